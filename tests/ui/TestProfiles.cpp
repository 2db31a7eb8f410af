#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QtTest>

#include "app/common/SecretStore.h"
#include "app/store/ClusterSession.h"
#include "app/store/ProfileStore.h"
#include "tests/sandbox/SandboxTestSupport.h"
#include "tests/support/GuiFixture.h"
#include "tests/support/TestCertificates.h"
#include "ui/dialogs/ConnectionDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/ProfileMenu.h"
#include "ui/widgets/MessageBar.h"

using namespace Qt::StringLiterals;

// Connection profiles driven like a user would, offscreen, against two in-process sandboxes, with a temporary
// settings file and secrets in memory (never the real keychain). SECDESK_SCREENSHOT_DIR=DIR saves pictures.
class TestProfiles : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_gui;
    Sandbox *m_first = nullptr;  // owned by m_gui
    Sandbox *m_second = nullptr; // owned by m_gui

    static ConnectionDialog *openDialogByKeyboard(MainWindow &window)
    {
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            return nullptr;
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        ConnectionDialog *dialog = nullptr;
        (void)QTest::qWaitFor([&] {
            for (ConnectionDialog *candidate : window.findChildren<ConnectionDialog *>(ObjectNames::connectionDialog)) {
                if (candidate->isVisible())
                    dialog = candidate;
            }
            return dialog != nullptr;
        });
        return dialog;
    }

    static void fill(ConnectionDialog *dialog, const QString &objectName, const QString &text)
    {
        auto *edit = dialog->findChild<QLineEdit *>(objectName);
        QVERIFY2(edit, qPrintable(objectName));
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }

    static QString fileText(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private slots:
    void initTestCase()
    {
        m_gui.initDataDirectory();
        SandboxOptions options = GuiFixture::sandboxOptions();
        options.clusterName = u"first-cluster"_s;
        m_gui.startSandbox(options);
        m_first = m_gui.sandbox();
        QVERIFY(m_first);
        options.clusterName = u"second-cluster"_s;
        options.adminPassword = u"second-secret"_s;
        m_second = m_gui.startOtherSandbox(options);
        QVERIFY(m_second);
        m_gui.makeProfileStore();
    }

    void cleanupTestCase()
    {
        m_first = m_second = nullptr;
        m_gui.cleanup();
    }

    void addTestSaveConnectAndSwitch()
    {
        ClusterSession session;
        MainWindow window(&session, m_gui.profiles());
        GuiFixture::show(window);
        QVERIFY(window.findChild<QPushButton *>(ObjectNames::addClusterButton)->isEnabled());
        QVERIFY(!window.findChild<QWidget *>(ObjectNames::savedProfiles)->isVisible()); // none saved yet

        ConnectionDialog *dialog = openDialogByKeyboard(window);
        QVERIFY(dialog);
        QTRY_COMPARE(dialog->focusWidget(),
                     static_cast<QWidget *>(dialog->findChild<QLineEdit *>(ObjectNames::nameEdit)));
        QCOMPARE(dialog->findChild<QLineEdit *>(ObjectNames::passwordEdit)->echoMode(), QLineEdit::Password);
        QVERIFY(dialog->findChild<QCheckBox *>(ObjectNames::verifyTlsCheck)->isChecked());

        // Saving with missing fields shows why, inline, and keeps the dialog open.
        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectNames::saveButton), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        auto *nameError = dialog->findChild<QLabel *>(ObjectNames::nameError);
        QTRY_VERIFY(nameError->isVisible());
        QVERIFY(nameError->text().contains(u"name"_s));

        fill(dialog, ObjectNames::nameEdit, u"First"_s);
        fill(dialog, ObjectNames::urlEdit, m_first->url().toString());
        fill(dialog, ObjectNames::userEdit, u"admin"_s);
        fill(dialog, ObjectNames::passwordEdit, u"admin"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectNames::testButton), Qt::LeftButton);
        auto *result = dialog->findChild<QLabel *>(ObjectNames::testResult);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"first-cluster"_s), 20000);
        QVERIFY2(result->text().contains(u"Connected as admin"_s), qPrintable(result->text()));
        QVERIFY(result->text().contains(u"all_access"_s));
        QVERIFY(!nameError->isVisible());
        QVERIFY(dialog->findChild<QPushButton *>(ObjectNames::testButton)->isEnabled());
        GuiFixture::screenshot(dialog, u"connection-dialog.png"_s);

        // Save with the keyboard (Enter on the default button): the dialog closes and the app connects.
        dialog->findChild<QLineEdit *>(ObjectNames::userEdit)->setFocus();
        QTest::keyClick(dialog->findChild<QLineEdit *>(ObjectNames::userEdit), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ClusterSession::State::Ready, 20000);
        QCOMPARE(session.connectionName(), u"First"_s);
        QCOMPARE(window.windowTitle(), u"SecDesk \u2014 First"_s);
        QCOMPARE(m_gui.profiles()->lastProfile(), u"First"_s);

        m_gui.settings()->sync();
        const QString text = fileText(m_gui.settingsFile());
        QVERIFY2(text.contains(m_first->url().toString()), qPrintable(text));
        QVERIFY(text.contains(u"user=admin"_s));
        QVERIFY(!text.contains(u"password"_s, Qt::CaseInsensitive));
        QCOMPARE(m_gui.secrets()->keys(), QStringList({SecretStore::passwordKey(u"First"_s)}));

        // A second cluster, added from the Connection menu, then switch between them without a restart.
        dialog = openDialogByKeyboard(window);
        QVERIFY(dialog);
        fill(dialog, ObjectNames::nameEdit, u"Second"_s);
        fill(dialog, ObjectNames::urlEdit, m_second->url().toString());
        fill(dialog, ObjectNames::userEdit, u"admin"_s);
        fill(dialog, ObjectNames::passwordEdit, u"second-secret"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectNames::saveButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(session.connectionName(), u"Second"_s, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ClusterSession::State::Ready, 20000);
        QCOMPARE(session.cluster()->clusterName, u"second-cluster"_s);
        QCOMPARE(window.windowTitle(), u"SecDesk \u2014 Second"_s);
        QVERIFY(!fileText(m_gui.settingsFile()).contains(u"second-secret"_s));

        auto *first = window.findChild<QAction *>(ObjectNames::profileAction(u"First"_s));
        QVERIFY(first);
        QVERIFY(window.findChild<QAction *>(ObjectNames::profileAction(u"Second"_s))->isChecked());
        first->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(session.connectionName(), u"First"_s, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ClusterSession::State::Ready, 20000);
        QCOMPARE(session.cluster()->clusterName, u"first-cluster"_s);
        QCOMPARE(window.windowTitle(), u"SecDesk \u2014 First"_s);
        QVERIFY(window.findChild<QAction *>(ObjectNames::profileAction(u"First"_s))->isChecked());
    }

    void wrongPasswordAndDeadPortShowClearMessages()
    {
        ClusterSession session;
        MainWindow window(&session, m_gui.profiles());
        GuiFixture::show(window);
        ConnectionDialog *dialog = openDialogByKeyboard(window);
        QVERIFY(dialog);
        fill(dialog, ObjectNames::nameEdit, u"Wrong password"_s);
        fill(dialog, ObjectNames::urlEdit, m_first->url().toString());
        fill(dialog, ObjectNames::userEdit, u"admin"_s);
        fill(dialog, ObjectNames::passwordEdit, u"not-it"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectNames::testButton), Qt::LeftButton);
        auto *result = dialog->findChild<QLabel *>(ObjectNames::testResult);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"failed"_s), 20000);
        QVERIFY2(result->text().contains(u"401"_s), qPrintable(result->text()));
        QVERIFY(result->text().contains(u"Check the user name and password"_s));
        QVERIFY(!result->text().contains(u"not-it"_s));
        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectNames::saveButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ClusterSession::State::Failed, 20000);
        MessageBar *bar = window.messageBar();
        QTRY_VERIFY(bar->isVisible());
        QCOMPARE(bar->kind(), MessageBar::Kind::Error);
        QVERIFY2(bar->text().contains(u"401"_s), qPrintable(bar->text()));
        QCOMPARE(window.windowTitle(), u"SecDesk \u2014 Wrong password"_s);

        const quint16 port = GuiFixture::closedPort();
        QVERIFY(port != 0);
        ConnectionProfile dead;
        dead.name = u"Dead port"_s;
        dead.url = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
        dead.user = u"admin"_s;
        m_gui.saveProfile(dead, u"admin"_s);
        window.profileMenu()->connectToProfile(u"Dead port"_s);
        QTRY_VERIFY_WITH_TIMEOUT(bar->text().contains(u"cannot be reached"_s), 20000);
        QCOMPARE(session.state(), ClusterSession::State::Failed);

        // An unknown name (secdesk --profile NAME) lists the saved ones.
        window.profileMenu()->connectToProfile(u"Nope"_s);
        QTRY_VERIFY(bar->text().contains(u"\"Nope\""_s));
        QVERIFY2(bar->text().contains(u"Dead port, First, Second, Wrong password"_s), qPrintable(bar->text()));
    }

    void httpsTestShowsThePeerCertificate()
    {
        TestCertificates certificates;
        QVERIFY2(certificates.error.isEmpty(), qPrintable(certificates.error));
        SandboxOptions options = SandboxTest::fastOptions();
        options.clusterName = u"tls-cluster"_s;
        options.tls = true;
        options.certFile = certificates.path("server.pem");
        options.keyFile = certificates.path("server.key");
        Sandbox sandbox(options);
        QVERIFY(sandbox.start().ok());

        ClusterSession session;
        MainWindow window(&session, m_gui.profiles());
        GuiFixture::show(window);
        ConnectionDialog *dialog = openDialogByKeyboard(window);
        QVERIFY(dialog);
        fill(dialog, ObjectNames::nameEdit, u"Production (TLS)"_s);
        fill(dialog, ObjectNames::urlEdit, sandbox.url().toString());
        fill(dialog, ObjectNames::userEdit, u"admin"_s);
        fill(dialog, ObjectNames::passwordEdit, u"admin"_s);
        auto *test = dialog->findChild<QPushButton *>(ObjectNames::testButton);
        auto *result = dialog->findChild<QLabel *>(ObjectNames::testResult);

        // Untrusted without the CA: the failure names the certificate.
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"failed"_s), 20000);
        const QString fingerprint =
            CertificateInfo::from(QSslCertificate::fromPath(certificates.path("server.pem")).value(0)).sha256;
        QVERIFY2(result->text().contains(fingerprint), qPrintable(result->text()));

        fill(dialog, ObjectNames::caEdit, certificates.path("ca.pem"));
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"tls-cluster"_s), 20000);
        QVERIFY2(result->text().contains(u"CN=127.0.0.1"_s) || result->text().contains(u"127.0.0.1"_s),
                 qPrintable(result->text()));
        QVERIFY(result->text().contains(u"SecDesk Test CA"_s));
        QVERIFY(result->text().contains(fingerprint));
        GuiFixture::screenshot(dialog, u"connection-dialog-tls.png"_s);

        // Turning verification off shows a warning.
        auto *verify = dialog->findChild<QCheckBox *>(ObjectNames::verifyTlsCheck);
        auto *warning = dialog->findChild<QLabel *>(ObjectNames::tlsWarningLabel);
        QVERIFY(!warning->isVisible());
        verify->setFocus();
        QTest::keyClick(verify, Qt::Key_Space);
        QVERIFY(!verify->isChecked());
        QTRY_VERIFY(warning->isVisible());
        dialog->reject();
        QVERIFY(!m_gui.profiles()->contains(u"Production (TLS)"_s));
    }

    void welcomeListConnectsAndRemoveAsks()
    {
        ClusterSession session;
        MainWindow window(&session, m_gui.profiles());
        GuiFixture::show(window, {1000, 700});
        auto *list = window.findChild<QListWidget *>(ObjectNames::profileList);
        QVERIFY(list && list->isVisible());
        QCOMPARE(list->count(), 4);
        GuiFixture::screenshot(&window, u"welcome-profiles.png"_s);

        // The last used profile is preselected; pick "Second" with the keyboard and press Enter.
        list->setFocus();
        QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), m_gui.profiles()->lastProfile());
        QTest::keyClick(list, Qt::Key_Home);
        while (list->currentItem()->data(Qt::UserRole).toString() != u"Second"_s)
            QTest::keyClick(list, Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ClusterSession::State::Ready, 20000);
        QCOMPARE(window.windowTitle(), u"SecDesk \u2014 Second"_s);

        // Edit the connected profile: its password is read back into the dialog.
        window.findChild<QAction *>(ObjectNames::actionEditProfile)->trigger();
        auto *dialog = window.findChild<ConnectionDialog *>(ObjectNames::connectionDialog);
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit *>(ObjectNames::nameEdit)->text(), u"Second"_s);
        QTRY_COMPARE(dialog->findChild<QLineEdit *>(ObjectNames::passwordEdit)->text(), u"second-secret"_s);
        dialog->reject();

        // Remove the connected profile: asked first; its secret goes too.
        window.findChild<QAction *>(ObjectNames::actionRemoveProfile)->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(ObjectNames::confirmRemoveProfile)) && box->isVisible());
        QVERIFY(box->text().contains(u"Second"_s));
        QTest::mouseClick(box->findChild<QPushButton *>(ObjectNames::confirmRemoveButton), Qt::LeftButton);
        QTRY_COMPARE(list->count(), 3);
        QVERIFY(!m_gui.profiles()->contains(u"Second"_s));
        QTRY_VERIFY(!m_gui.secrets()->contains(SecretStore::passwordKey(u"Second"_s)));
        QVERIFY(!window.findChild<QAction *>(ObjectNames::profileAction(u"Second"_s)));
        QVERIFY2(!fileText(m_gui.settingsFile()).contains(u"\nSecond\\"_s), qPrintable(fileText(m_gui.settingsFile())));
        QVERIFY(fileText(m_gui.settingsFile()).contains(u"\nFirst\\"_s));
    }
};

QTEST_MAIN(TestProfiles)
#include "TestProfiles.moc"
