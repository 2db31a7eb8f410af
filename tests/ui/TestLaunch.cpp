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
