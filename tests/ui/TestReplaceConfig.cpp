#include <QAction>
#include <QDirIterator>
#include <QJsonArray>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtTest>

#include "app/json/Json.h"
#include "app/models/DiffTreeModel.h"
#include "app/store/ClusterSession.h"
#include "tests/support/GuiFixture.h"
#include "ui/mainwindow/ClusterMenu.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/views/configeditor/ReplaceConfigDialog.h"
#include "ui/views/journal/JournalView.h"
#include "ui/views/write/WriteDialog.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/diff/DiffTreeView.h"

using namespace Qt::StringLiterals;

// The replace-config editor in the main window, against the in-process sandbox: prefilled with the loaded
// `dynamic`, validated as it changes, "******" placeholders warned about, Send emitting a PUT plan.
class TestReplaceConfig : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_gui;

    static QJsonObject editorObject(QPlainTextEdit *editor)
    {
        const auto parsed = Json::parse(editor->toPlainText().toUtf8());
        return parsed ? parsed->toObject() : QJsonObject();
    }

private slots:
    void initTestCase() { m_gui.initDataDirectory(); }
    void init() { m_gui.startSandbox(); }
    void cleanup() { m_gui.cleanup(); }

    void editValidateWarnAndSend()
    {
        ClusterSession session;
        MainWindow window(&session);
        auto *action = window.findChild<QAction *>(ObjectNames::actionReplaceConfig);
        QVERIFY(action);
        QVERIFY(!action->isEnabled()); // nothing loaded yet
        QVERIFY(window.clusterMenu()->menu()->actions().contains(action));
        QVERIFY(window.menuBar()->actions().contains(window.clusterMenu()->menu()->menuAction()));
        m_gui.connectWindow(window, session, GuiFixture::Connection().keepSize());
        QTRY_VERIFY(action->isEnabled());
        action->trigger();

        auto *dialog = window.findChild<ReplaceConfigDialog *>(ObjectNames::replaceConfigDialog);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *editor = dialog->findChild<QPlainTextEdit *>(ObjectNames::replaceConfigEditor);
        auto *send = dialog->findChild<QPushButton *>(ObjectNames::replaceConfigSend);
        auto *status = dialog->findChild<MessageBar *>(ObjectNames::replaceConfigStatus);
        auto *warnings = dialog->findChild<MessageBar *>(ObjectNames::replaceConfigWarnings);
        auto *diff = dialog->findChild<DiffTreeView *>(ObjectNames::replaceConfigDiff);
        QVERIFY(editor && send && status && warnings && diff);

        // Prefilled with exactly the loaded dynamic, pretty-printed.
        const QJsonObject dynamic =
            session.configuration().document.value(u"config"_s).toObject().value(u"dynamic"_s).toObject();
        QVERIFY(!dynamic.isEmpty());
        const QJsonObject prefilled = editorObject(editor);
        QCOMPARE(prefilled.keys(), QStringList {u"dynamic"_s});
        QCOMPARE(prefilled.value(u"dynamic"_s).toObject(), dynamic);
        QVERIFY(editor->toPlainText().count(u'\n') > 10);
        // Unchanged: valid but nothing to send.
        QVERIFY(status->isVisible());
        QCOMPARE(status->kind(), MessageBar::Kind::Information);
        QVERIFY(!send->isEnabled());
        QCOMPARE(diff->model()->changes().size(), 0);

        // GET shows the LDAP bind password as "******": the warning names its path.
        QVERIFY(warnings->isVisible());
        QVERIFY(warnings->text().contains(u"******"_s));
        QVERIFY(warnings->text().contains(
            u"/dynamic/authc/directory_auth_domain/authentication_backend/config/password"_s));

        // An invalid edit (a blank array element) disables Send and names the path and the reason.
        QJsonObject file = prefilled;
        QJsonObject edited = dynamic;
        edited.insert(u"do_not_fail_on_forbidden_nodes"_s, QJsonArray {u"ok"_s, u" "_s});
        file.insert(u"dynamic"_s, edited);
        editor->setPlainText(QString::fromUtf8(Json::serialize(file)));
        QTRY_COMPARE(status->kind(), MessageBar::Kind::Error);
        QVERIFY(!send->isEnabled());
        QVERIFY2(status->text().contains(u"/dynamic/do_not_fail_on_forbidden_nodes/1"_s), qPrintable(status->text()));
        QVERIFY(status->text().contains(u"blank"_s));
        QVERIFY(!dialog->plan());

        // Another member beside dynamic: refused.
        editor->setPlainText(u"{\"dynamic\": {}, \"extra\": 1}"_s);
        QTRY_VERIFY(status->text().contains(u"extra"_s));
        QVERIFY(!send->isEnabled());
        // Not JSON at all.
        editor->setPlainText(u"{\"dynamic\": "_s);
        QCOMPARE(status->kind(), MessageBar::Kind::Error);
        QVERIFY(!send->isEnabled());

        // A valid edit: a password put in for the placeholder, anonymous auth switched on.
        edited = dynamic;
        QJsonObject http = edited.value(u"http"_s).toObject();
        http.insert(u"anonymous_auth_enabled"_s, !http.value(u"anonymous_auth_enabled"_s).toBool());
        edited.insert(u"http"_s, http);
        QJsonObject authc = edited.value(u"authc"_s).toObject();
        QJsonObject ldap = authc.value(u"directory_auth_domain"_s).toObject();
        QJsonObject backend = ldap.value(u"authentication_backend"_s).toObject();
        QJsonObject backendConfig = backend.value(u"config"_s).toObject();
        backendConfig.insert(u"password"_s, u"the-real-one"_s);
        backend.insert(u"config"_s, backendConfig);
        ldap.insert(u"authentication_backend"_s, backend);
        authc.insert(u"directory_auth_domain"_s, ldap);
        edited.insert(u"authc"_s, authc);
        editor->setPlainText(QString::fromUtf8(Json::serialize(QJsonObject {{u"dynamic"_s, edited}})));
        QTRY_VERIFY(send->isEnabled());
        QCOMPARE(status->kind(), MessageBar::Kind::Information);
        QVERIFY(!warnings->isVisible()); // no placeholder left
        QVERIFY(diff->model()->changes().size() >= 1);
        QVERIFY(diff->model()->indexForPointer(u"/config/dynamic/http/anonymous_auth_enabled"_s).isValid());

        std::optional<ChangePlan> sent;
        connect(window.clusterMenu(), &ClusterMenu::writeRequested, this,
                [&sent](const WriteRequest &request) { sent = request.plan; });
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(sent);
        QCOMPARE(sent->kind, ChangePlan::Kind::ReplaceConfig);
        QCOMPARE(sent->steps.size(), 1);
        const ApiRequest &request = sent->steps.first().request;
        QCOMPARE(request.method, QByteArray("PUT"));
        QVERIFY(request.path.endsWith(u"/securityconfig/config"_s));
        QVERIFY(request.body.has_value());
        const QJsonObject body = request.body->toObject();
        QCOMPARE(body.keys(), QStringList {u"dynamic"_s});
        QCOMPARE(body.value(u"dynamic"_s).toObject(), edited);
        QVERIFY(sent->warnings.isEmpty());

        if (!qEnvironmentVariableIsEmpty("SECDESK_SCREENSHOT_DIR")) {
            editor->setPlainText(QString::fromUtf8(
                Json::serialize(QJsonObject {{u"dynamic"_s, [&] {
                                                  QJsonObject withPlaceholder = edited;
                                                  withPlaceholder.insert(u"authc"_s, dynamic.value(u"authc"_s));
                                                  return withPlaceholder;
                                              }()}})));
            GuiFixture::screenshot(dialog, u"replace-config.png"_s);
        }
    }

    void placeholderWarningKeepsSendEnabled()
    {
        // Sending a placeholder is allowed (the user may mean it) but never without the warning in view.
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session, GuiFixture::Connection().keepSize());
        window.clusterMenu()->openReplaceConfig();
        ReplaceConfigDialog *dialog = window.clusterMenu()->replaceConfigDialog();
        QVERIFY(dialog && dialog->isVisible());
        auto *editor = dialog->findChild<QPlainTextEdit *>(ObjectNames::replaceConfigEditor);
        auto *warnings = dialog->findChild<MessageBar *>(ObjectNames::replaceConfigWarnings);
        QJsonObject file = editorObject(editor);
        QJsonObject dynamic = file.value(u"dynamic"_s).toObject();
        QJsonObject http = dynamic.value(u"http"_s).toObject();
        http.insert(u"anonymous_auth_enabled"_s, !http.value(u"anonymous_auth_enabled"_s).toBool());
        dynamic.insert(u"http"_s, http);
        dynamic.insert(u"kibana"_s, QJsonObject {{u"server_username"_s, u"******"_s}});
        editor->setPlainText(QString::fromUtf8(Json::serialize(QJsonObject {{u"dynamic"_s, dynamic}})));
        QTRY_VERIFY(dialog->findChild<QPushButton *>(ObjectNames::replaceConfigSend)->isEnabled());
        QVERIFY(warnings->isVisible());
        QVERIFY(warnings->text().contains(u"/dynamic/kibana/server_username"_s));
        QVERIFY(warnings->text().contains(
            u"/dynamic/authc/directory_auth_domain/authentication_backend/config/password"_s));
        QCOMPARE(dialog->plan()->warnings.size(), 1);
    }
    void replaceGoesThroughThePipeline()
    {
        // Send in the editor opens the same confirmation as a patch; confirming writes with PUT, the session reads
        // the change back, and the write is in the journal the app shows.
        m_gui.makeWriteStores();
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session, GuiFixture::Connection().keepSize());
        window.clusterMenu()->openReplaceConfig();
        ReplaceConfigDialog *dialog = window.clusterMenu()->replaceConfigDialog();
        auto *editor = dialog->findChild<QPlainTextEdit *>(ObjectNames::replaceConfigEditor);
        QJsonObject dynamic = editorObject(editor).value(u"dynamic"_s).toObject();
        const bool anonymous = dynamic.value(u"http"_s).toObject().value(u"anonymous_auth_enabled"_s).toBool();
        QJsonObject http = dynamic.value(u"http"_s).toObject();
        http.insert(u"anonymous_auth_enabled"_s, !anonymous);
        dynamic.insert(u"http"_s, http);
        // The demo's LDAP password comes back as "******"; give the real one so no placeholder is written.
        QJsonObject authc = dynamic.value(u"authc"_s).toObject();
        QJsonObject ldap = authc.value(u"directory_auth_domain"_s).toObject();
        QJsonObject backend = ldap.value(u"authentication_backend"_s).toObject();
        QJsonObject backendConfig = backend.value(u"config"_s).toObject();
        backendConfig.insert(u"password"_s, u"not-a-real-secret"_s);
        backend.insert(u"config"_s, backendConfig);
        ldap.insert(u"authentication_backend"_s, backend);
        authc.insert(u"directory_auth_domain"_s, ldap);
        dynamic.insert(u"authc"_s, authc);
        editor->setPlainText(QString::fromUtf8(Json::serialize(QJsonObject {{u"dynamic"_s, dynamic}})));
        auto *send = dialog->findChild<QPushButton *>(ObjectNames::replaceConfigSend);
        QTRY_VERIFY(send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);

        QTRY_VERIFY(window.writeDialog() && window.writeDialog()->isVisible());
        WriteDialog *write = window.writeDialog();
        QTRY_VERIFY(write->findChild<QPushButton *>(ObjectNames::writeSendButton)->isEnabled());
        QTest::mouseClick(write->findChild<QPushButton *>(ObjectNames::writeSendButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(write->page(), WriteDialog::Page::Report, 20000);
        QCOMPARE(write->report().outcome, WriteReport::Outcome::Applied);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ClusterSession::State::Ready, 20000);
        // Read again on every try: the session reads the change back after the write.
        const auto live = [&session] {
            return session.configuration()
                .document.value(u"config"_s)
                .toObject()
                .value(u"dynamic"_s)
                .toObject()
                .value(u"http"_s)
                .toObject()
                .value(u"anonymous_auth_enabled"_s);
        };
        QTRY_COMPARE(live().toBool(), !anonymous);

        const QList<QJsonObject> entries = m_gui.journal()->entries();
        QCOMPARE(entries.size(), 1);
        QVERIFY(!QString::fromUtf8(Json::serialize(entries.first())).contains(u"not-a-real-secret"_s));
        QDirIterator it(m_gui.dataPath(), QDir::Files, QDirIterator::Subdirectories); // backups, journal, drafts
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains("not-a-real-secret"), qPrintable(file.fileName()));
        }
    }
};

QTEST_MAIN(TestReplaceConfig)
#include "TestReplaceConfig.moc"
