#include <QMessageBox>
#include <QtTest>

#include "app/store/ClusterSession.h"
#include "tests/support/ProcessRun.h"
#include "ui/mainwindow/LaunchOptions.h"
#include "ui/mainwindow/MainWindow.h"

using namespace Qt::StringLiterals;

namespace {

using Run = ProcessRun::Result;

// secdesk with no display at all: no X11 or Wayland server, and the platform plugin that needs one.
Run secdesk(const QStringList &arguments, const QString &platform = u"xcb"_s)
{
    return ProcessRun::run(u"secdesk"_s, arguments,
                           {{u"DISPLAY"_s, QString()},
                            {u"WAYLAND_DISPLAY"_s, QString()},
                            {u"QT_QPA_PLATFORM"_s, platform},
                            {u"SECDESK_SECRET_STORE"_s, u"none"_s},
                            {u"SECDESK_LANG"_s, u"en"_s}},
                           30000);
}

} // namespace

// How secdesk starts: --help and --version without a display, bad options refused with exit 2, Help > About.
class TestLaunch : public QObject
{
    Q_OBJECT

private slots:
    void helpAndVersionNeedNoDisplay()
    {
        const Run help = secdesk({u"--help"_s});
        QVERIFY2(help.exitCode == 0, qPrintable(help.err));
        QVERIFY(help.out.contains("--sandbox") && help.out.contains("--profile <name>"));
        const Run version = secdesk({u"--version"_s});
        QVERIFY2(version.exitCode == 0, qPrintable(version.err));
        QVERIFY2(version.out.contains(SECDESK_VERSION), version.out.constData());
        // Without those, the window system is needed: with none, Qt says so and secdesk does not start.
        const Run window = secdesk({u"--palette"_s, u"dark"_s});
        QVERIFY(window.exitCode != 0);
    }

    void badOptionsAreRefused()
    {
        for (const QStringList &arguments :
             {QStringList {u"--palette"_s, u"purple"_s}, QStringList {u"--show"_s, u"nowhere"_s},
              QStringList {u"--demo-writes"_s, u"-1"_s}}) {
            const Run run = secdesk(arguments, u"offscreen"_s);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(arguments.first()), qPrintable(run.err));
        }
    }

    // --show with a form: the picture is of the form (a role's is taller than the others), of the entity --select
    // names, or of a new one.
    void formsShownForScreenshots()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const struct
        {
            QString editor;
            QString select;
            int height;
        } cases[] = {{u"role-editor"_s, u"/roles/analyst_role"_s, 720}, {u"user-editor"_s, {}, 0}};
        for (const auto &each : cases) {
            const QString picture = directory.filePath(each.editor + u".png"_s);
            QStringList arguments {u"--sandbox"_s, u"--show"_s, each.editor, u"--screenshot"_s, picture};
            if (!each.select.isEmpty())
                arguments << u"--select"_s << each.select;
            QTemporaryDir settings;
            const Run run = ProcessRun::run(u"secdesk"_s, arguments,
                                            {{u"QT_QPA_PLATFORM"_s, u"offscreen"_s},
                                             {u"SECDESK_SECRET_STORE"_s, u"none"_s},
                                             {u"SECDESK_LANG"_s, u"en"_s},
                                             {u"SECDESK_SETTINGS"_s, settings.filePath(u"settings.ini"_s)},
                                             {u"XDG_DATA_HOME"_s, settings.path()}},
                                            60000);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            const QImage image(picture);
            QVERIFY2(!image.isNull(), qPrintable(picture));
            QCOMPARE(image.width(), 720);
            if (each.height > 0)
                QCOMPARE(image.height(), each.height);
            else // a user's form is as tall as its fields need, less than a role's
                QVERIFY2(image.height() > 300 && image.height() < 720, qPrintable(QString::number(image.height())));
        }
    }

    void aboutNamesVersionsAndLicences()
    {
        ClusterSession session;
        MainWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction *>(u"actionAbout"_s)->trigger();
        QMessageBox *about = nullptr;
        QTRY_VERIFY((about = window.findChild<QMessageBox *>(u"aboutDialog"_s)) && about->isVisible());
        QVERIFY(!about->isModal()); // not a confirmation: the window stays usable
        const QString text = about->text() + about->informativeText();
        QVERIFY2(text.contains(QStringLiteral(SECDESK_VERSION)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral(QT_VERSION_STR)));
        QVERIFY(text.contains(u"Licence"_s) && text.contains(u"GNU Lesser General Public License"_s));
        about->close();
    }
};

QTEST_MAIN(TestLaunch)
#include "TestLaunch.moc"
