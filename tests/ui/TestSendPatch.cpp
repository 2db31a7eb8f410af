#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

#include "app/access/AccessImpact.h"

#include "app/json/Json.h"
#include "app/models/PatchModel.h"
#include "app/store/ClusterSession.h"
#include "app/store/PatchDraftStore.h"
#include "app/write/WriteJournal.h"
#include "tests/sandbox/SandboxTestSupport.h"
#include "tests/support/FaultProxy.h"
#include "tests/support/GuiFixture.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/views/configtree/ConfigTreeView.h"
#include "ui/views/patcheditor/PatchEditorView.h"
#include "ui/views/write/WriteCoordinator.h"
#include "ui/views/write/WriteDialog.h"
#include "ui/widgets/MessageBar.h"

using namespace Qt::StringLiterals;

namespace {

// The example request of the Patch Configuration API page (as in TestCliWrite): add a SAML domain, replace
// multi_rolespan_enabled, remove legacy_auth_domain. ("\/" keeps moc from reading "//" in the raw string as a
// comment.)
const char SeedExample[] = R"([
  {"op": "add", "path": "/config/dynamic/authc/saml_auth_domain",
   "value": {"http_enabled": true, "transport_enabled": false, "order": 1,
             "http_authenticator": {"type": "saml", "challenge": false,
                                    "config": {"idp": {"metadata_url": "https:\/\/idp.example.com\/saml\/metadata"},
                                               "sp": {"entity_id": "opensearch"}}},
             "authentication_backend": {"type": "noop", "config": {}}}},
  {"op": "replace", "path": "/config/dynamic/multi_rolespan_enabled", "value": true},
  {"op": "remove", "path": "/config/dynamic/authc/legacy_auth_domain"}
])";

} // namespace

// Sending a patch from the GUI through the safe-write pipeline, offscreen, against the in-process sandbox: the
// confirmation, the write, the report, and what ends up on the cluster and in the data directory.
class TestSendPatch : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_gui;

    // Replaces gui_role's description from the tree's context menu and the operation form.
    static void replaceDescription(MainWindow &window, const QString &text)
    {
        ConfigTreeView *tree = window.configTreeView();
        QTRY_VERIFY(tree->select(u"/roles/gui_role/description"_s));
        auto *action = tree->tree()->findChild<QAction *>(ObjectNames::patchAction(u"replace"_s));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        PatchEditorView *editor = window.patchEditor();
        auto *value = editor->findChild<QPlainTextEdit *>(ObjectNames::valueEdit);
        value->selectAll();
        QTest::keyClicks(value, u"\""_s + text + u"\""_s);
        auto *apply = editor->findChild<QPushButton *>(ObjectNames::applyOperationButton);
        QTRY_VERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(editor->model()->rowCount(), 1);
    }

    static WriteDialog *clickSend(MainWindow &window)
    {
        auto *send = window.patchEditor()->findChild<QPushButton *>(ObjectNames::sendPatchButton);
        if (!send->isEnabled())
            return nullptr;
        QTest::mouseClick(send, Qt::LeftButton);
        return window.writeDialog();
    }

    QString roleDescription() const
    {
        const SandboxTest::Reply reply = m_gui.adminSend("GET", u"/_plugins/_security/api/roles/gui_role"_s);
        return reply.json().value(u"gui_role"_s)[u"description"_s].toString();
    }

    static QStringList backupFiles() { return QDir(GuiFixture::backupsPath()).entryList({u"*.json"_s}, QDir::Files); }

    static QByteArray journalText()
    {
        QFile file(GuiFixture::journalPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase() { m_gui.initDataDirectory(); }

    void init()
    {
        // No draft or backup of an earlier test.
        m_gui.discardDraft(u"Sandbox"_s);
        m_gui.removeWriteFiles();
        m_gui.startSandbox(GuiFixture::sandboxOptions(GuiFixture::SecretAdminPassword));
        const SandboxTest::Reply role =
            m_gui.adminSend("PUT", u"/_plugins/_security/api/roles/gui_role"_s,
                            R"({"description":"Before","cluster_permissions":["cluster_monitor"]})");
        QVERIFY2(role.status == 200 || role.status == 201, role.body.constData());
    }

    void cleanup() { m_gui.cleanup(); }

    void sendFromTheEditor()
    {
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        replaceDescription(window, u"Dashboards users"_s);

        WriteDialog *dialog = clickSend(window);
        QVERIFY(dialog);
        auto *send = dialog->findChild<QPushButton *>(ObjectNames::writeSendButton);
        auto *cancel = dialog->findChild<QPushButton *>(ObjectNames::writeCancelButton);
        // The change list is computed on a worker: until it is shown, Send is off and the summary says so.
        QVERIFY(!send->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(ObjectNames::writeSummary)->text().startsWith(u"Computing the changes"_s));
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->page(), WriteDialog::Page::Confirm);
        QTRY_VERIFY(send->isEnabled()); // once the change list is computed (on a worker)
        QVERIFY(cancel->isDefault());   // Enter does not write
        QVERIFY(!send->isDefault());
        const QString requests = dialog->findChild<QPlainTextEdit *>(ObjectNames::writeRequests)->toPlainText();
        QVERIFY2(requests.contains(u"curl"_s) && requests.contains(u"PATCH"_s)
                     && requests.contains(u"/_plugins/_security/api/roles"_s),
                 qPrintable(requests));
        QVERIFY(requests.contains(u"Dashboards users"_s));
        QVERIFY(!requests.contains(GuiFixture::SecretAdminPassword));
        QVERIFY(dialog->findChild<QLabel *>(ObjectNames::writeSummary)->text().contains(u"roles: 1"_s));
        QVERIFY(!dialog->findChild<MessageBar *>(ObjectNames::writeLockoutBar)->isVisible());
        // A description changes nobody's access, and the confirmation says so.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->accessReady(), 20000);
        QVERIFY(dialog->accessChanges().isEmpty());
        QCOMPARE(dialog->findChild<QLabel *>(u"writeAccessSummary"_s)->text(), u"Access: No access changes"_s);
        GuiFixture::screenshot(dialog, u"send-confirm.png"_s);
        dialog->findChild<QTabWidget *>(ObjectNames::writePlanTabs)->setCurrentIndex(1);
        GuiFixture::screenshot(dialog, u"send-requests.png"_s);

        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), WriteDialog::Page::Report, 20000);
        QCOMPARE(dialog->report().outcome, WriteReport::Outcome::Applied);
        QVERIFY(dialog->report().verified);
        QVERIFY(!dialog->findChild<QPushButton *>(ObjectNames::writeRestoreButton)->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(ObjectNames::writeOutcome)->text().contains(u"verified"_s));
        auto *steps = dialog->findChild<QTreeWidget *>(ObjectNames::writeSteps);
        QCOMPARE(steps->topLevelItemCount(), 1);
        QCOMPARE(steps->topLevelItem(0)->text(2), u"applied"_s);
        GuiFixture::screenshot(dialog, u"send-report.png"_s);

        // On the cluster, in the session (refreshed), and the editor is empty (undoably).
        QCOMPARE(roleDescription(), u"Dashboards users"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
            session.configuration().document.value(u"roles"_s)[u"gui_role"_s][u"description"_s].toString(),
            u"Dashboards users"_s, 20000);
        QCOMPARE(window.patchEditor()->model()->rowCount(), 0);
        window.patchEditor()->undoStack()->undo();
        QCOMPARE(window.patchEditor()->model()->rowCount(), 1);

        // A backup and a journal line in the data directory, without the password or any hash.
        const QStringList backups = backupFiles();
        QCOMPARE(backups.size(), 1);
        QFile backup(GuiFixture::backupsPath() + u'/' + backups.first());
        QVERIFY(backup.open(QIODevice::ReadOnly));
        const QByteArray backupText = backup.readAll();
        QVERIFY(backupText.contains("gui_role"));
        QVERIFY(!backupText.contains(GuiFixture::SecretAdminPassword.toUtf8()));
        QVERIFY(!backupText.contains("$2y$") && !backupText.contains("$2a$"));
        const QList<QJsonObject> entries = WriteJournal().entries();
        QCOMPARE(entries.size(), 1);
        const QByteArray journal = journalText();
        QVERIFY(journal.contains("gui_role"));
        QVERIFY(journal.contains(backups.first().toUtf8()));
        QVERIFY(!journal.contains(GuiFixture::SecretAdminPassword.toUtf8()));

        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectNames::writeCloseButton), Qt::LeftButton);
        QTRY_VERIFY(!window.writeDialog());
    }

    // Every confirmation names who gains and who loses which access: here a role mapped to the analyst's backend
    // role gets a write action, and a mapping loses its user.
    void confirmationNamesAccessChanges()
    {
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        const QJsonObject document = session.configuration().document;
        const auto patch = Json::parse(QByteArray(R"([
            {"op":"add","path":"/roles/analyst_role/index_permissions/0/allowed_actions/-","value":"indices:data/write/index"},
            {"op":"remove","path":"/rolesmapping/readall"}])"));
        QVERIFY(patch);
        const auto plan = ChangePlan::compile(patch->toArray(), document);
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message()));
        window.writes()->request({*plan, {}, nullptr, {}});
        WriteDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.writeDialog()) != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->accessReady(), 20000);
        const AccessChanges &changes = dialog->accessChanges();
        QVERIFY2(!changes.gaining().isEmpty() && !changes.losing().isEmpty(), qPrintable(changes.lines().join(u'\n')));
        QVERIFY(changes.gaining().contains(AccessSubject {AccessSubject::Kind::InternalUser, u"analyst"_s}));
        const QString summary = dialog->findChild<QLabel *>(u"writeAccessSummary"_s)->text();
        QVERIFY2(summary.contains(u"gain access"_s) && summary.contains(u"lose"_s), qPrintable(summary));
        auto *tabs = dialog->findChild<QTabWidget *>(ObjectNames::writePlanTabs);
        auto *tree = dialog->findChild<QTreeWidget *>(u"writeAccessChanges"_s);
        QVERIFY(tree);
        QVERIFY(tabs->tabText(tabs->indexOf(tree)).startsWith(u"Access ("_s));
        QStringList shown;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            shown << tree->topLevelItem(i)->text(0);
            for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
                shown << u"  "_s + tree->topLevelItem(i)->child(j)->text(0);
        }
        const QString all = shown.join(u'\n');
        QVERIFY2(all.contains(u"user analyst"_s) && all.contains(u"+ gains part of write on logs-*"_s)
                     && all.contains(u"\u2212 loses"_s),
                 qPrintable(all));
        tabs->setCurrentWidget(tree);
        dialog->resize(900, 560);
        GuiFixture::screenshot(dialog, u"send-access.png"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectNames::writeCancelButton), Qt::LeftButton);
    }

    void sendSeedExampleFromRawJson()
    {
        // The seed removes legacy_auth_domain: give the sandbox one first, so that the removal has something to do.
        const SandboxTest::Reply added = m_gui.adminSend(
            "PATCH", u"/_plugins/_security/api/securityconfig"_s,
            R"([{"op":"add","path":"/config/dynamic/authc/legacy_auth_domain","value":{"http_enabled":true,
                "transport_enabled":false,"order":3,"http_authenticator":{"type":"basic","challenge":false},
                "authentication_backend":{"type":"internal"}}}])");
        QVERIFY2(added.status == 200, added.body.constData());

        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        PatchEditorView *editor = window.patchEditor();
        QVERIFY(editor->setRawMode(true));
        editor->findChild<QPlainTextEdit *>(ObjectNames::rawPatchEdit)->setPlainText(QString::fromUtf8(SeedExample));
        QVERIFY(editor->setRawMode(false));
        QCOMPARE(editor->model()->rowCount(), 3);
        QCOMPARE(editor->model()->invalidCount(), 0);

        WriteDialog *dialog = clickSend(window);
        QVERIFY(dialog);
        const QString requests = dialog->findChild<QPlainTextEdit *>(ObjectNames::writeRequests)->toPlainText();
        QVERIFY2(requests.contains(u"/_plugins/_security/api/securityconfig"_s), qPrintable(requests));
        QTRY_VERIFY(dialog->findChild<QPushButton *>(ObjectNames::writeSendButton)->isEnabled());
        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectNames::writeSendButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), WriteDialog::Page::Report, 20000);
        QVERIFY2(dialog->report().outcome == WriteReport::Outcome::Applied, qPrintable(dialog->report().text()));
        QVERIFY(dialog->report().verified);

        const QJsonObject dynamic = m_gui.adminSend("GET", u"/_plugins/_security/api/securityconfig"_s)
                                        .json()
                                        .value(u"config"_s)[u"dynamic"_s]
                                        .toObject();
        const QJsonObject authc = dynamic.value(u"authc"_s).toObject();
        const QJsonObject saml = authc.value(u"saml_auth_domain"_s).toObject();
        QCOMPARE(saml.value(u"http_authenticator"_s)[u"type"_s].toString(), u"saml"_s);
        QCOMPARE(saml.value(u"order"_s).toInt(), 1);
        QCOMPARE(saml.value(u"http_authenticator"_s)[u"config"_s][u"sp"_s][u"entity_id"_s].toString(), u"opensearch"_s);
        QCOMPARE(dynamic.value(u"multi_rolespan_enabled"_s).toBool(), true);
        QVERIFY(!authc.contains(u"legacy_auth_domain"_s));
        QCOMPARE(backupFiles().size(), 1);
        QVERIFY(journalText().contains("saml_auth_domain"));
    }

    void conflictWritesNothing()
    {
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        replaceDescription(window, u"Mine"_s);

        // Someone else changes the same role after the editor loaded.
        const SandboxTest::Reply theirs = m_gui.adminSend("PATCH", u"/_plugins/_security/api/roles/gui_role"_s,
                                                          R"([{"op":"add","path":"/description","value":"Theirs"}])");
        QVERIFY2(theirs.status == 200, theirs.body.constData());

        WriteDialog *dialog = clickSend(window);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->findChild<QPushButton *>(ObjectNames::writeSendButton)->isEnabled());
        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectNames::writeSendButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), WriteDialog::Page::Report, 20000);
        QCOMPARE(dialog->report().outcome, WriteReport::Outcome::Conflict);
        QVERIFY(dialog->findChild<QLabel *>(ObjectNames::writeOutcome)->text().contains(u"Nothing was written"_s));
        auto *conflict = dialog->findChild<QTreeWidget *>(ObjectNames::writeConflict);
        QVERIFY(conflict->isVisible());
        QTreeWidgetItem *row = nullptr;
        for (int i = 0; i < conflict->topLevelItemCount(); ++i) {
            if (conflict->topLevelItem(i)->text(0) == u"/roles/gui_role/description"_s)
                row = conflict->topLevelItem(i);
        }
        QVERIFY(row);
        QCOMPARE(row->text(2), u"\"Theirs\""_s); // server
        QCOMPARE(row->text(3), u"\"Mine\""_s);   // yours
        QVERIFY(row->text(1) != row->text(2));   // base
        GuiFixture::screenshot(dialog, u"send-conflict.png"_s);

        QCOMPARE(roleDescription(), u"Theirs"_s);
        QVERIFY(backupFiles().isEmpty());
        QVERIFY(journalText().isEmpty());
        QCOMPARE(window.patchEditor()->model()->rowCount(), 1); // the patch stays for another try
    }

    void partialWriteAndRestore()
    {
        // The sandbox refuses securityconfig writes: the roles PATCH applies, securityconfig fails, tenants is
        // never sent.
        SandboxOptions options = GuiFixture::sandboxOptions(GuiFixture::SecretAdminPassword);
        options.allowSecurityConfigModification = false;
        m_gui.startSandbox(options);
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        PatchEditorView *editor = window.patchEditor();
        QVERIFY(editor->setRawMode(true));
        editor->findChild<QPlainTextEdit *>(ObjectNames::rawPatchEdit)->setPlainText(QString::fromUtf8(R"([
            {"op": "add", "path": "/roles/part_role", "value": {"cluster_permissions": ["cluster_monitor"]}},
            {"op": "add", "path": "/config/dynamic/do_not_fail_on_forbidden", "value": true},
            {"op": "add", "path": "/tenants/part_tenant", "value": {"description": "never sent"}}])"));
        QVERIFY(editor->setRawMode(false));

        WriteDialog *dialog = clickSend(window);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->findChild<QPushButton *>(ObjectNames::writeSendButton)->isEnabled());
        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectNames::writeSendButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), WriteDialog::Page::Report, 20000);
        QCOMPARE(dialog->report().outcome, WriteReport::Outcome::PartiallyApplied);
        auto *steps = dialog->findChild<QTreeWidget *>(ObjectNames::writeSteps);
        QVERIFY(steps->isVisible());
        QCOMPARE(steps->topLevelItemCount(), 3);
        QCOMPARE(steps->topLevelItem(0)->text(2), u"applied"_s);
        QCOMPARE(steps->topLevelItem(1)->text(2), u"failed"_s);
        QVERIFY(!steps->topLevelItem(1)->text(3).isEmpty()); // the error
        QCOMPARE(steps->topLevelItem(2)->text(2), u"not-sent"_s);
        auto *restore = dialog->findChild<QPushButton *>(ObjectNames::writeRestoreButton);
        QVERIFY(restore->isVisible());
        GuiFixture::screenshot(dialog, u"send-partial.png"_s);
        QVERIFY(m_gui.adminSend("GET", u"/_plugins/_security/api/roles/part_role"_s).status == 200);
        QCOMPARE(editor->model()->rowCount(), 3); // kept: not everything was applied

        // Restore: the same confirmation, then the same pipeline.
        QTest::mouseClick(restore, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), WriteDialog::Page::Confirm, 20000);
        QCOMPARE(dialog->plan().kind, ChangePlan::Kind::Restore);
        QVERIFY(dialog->findChild<QPushButton *>(ObjectNames::writeCancelButton)->isDefault());
        QTRY_VERIFY(dialog->findChild<QPushButton *>(ObjectNames::writeSendButton)->isEnabled());
        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectNames::writeSendButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), WriteDialog::Page::Report, 20000);
        QVERIFY2(dialog->report().outcome == WriteReport::Outcome::Applied, qPrintable(dialog->report().text()));
        QCOMPARE(m_gui.adminSend("GET", u"/_plugins/_security/api/roles/part_role"_s).status, 404);
        QCOMPARE(editor->model()->rowCount(), 3); // a restore does not clear the editor
        QCOMPARE(WriteJournal().entries().size(), 2);
    }

    static void setPatchText(PatchEditorView *editor, const QString &text)
    {
        QVERIFY(editor->setRawMode(true));
        editor->findChild<QPlainTextEdit *>(ObjectNames::rawPatchEdit)->setPlainText(text);
        QVERIFY(editor->setRawMode(false));
    }

    void lockoutNeedsTheEntityNameTyped()
    {
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        PatchEditorView *editor = window.patchEditor();
        setPatchText(editor, u"[{\"op\": \"remove\", \"path\": \"/rolesmapping/all_access\"}]"_s);
        QVERIFY(!editor->model()->patchWarnings().isEmpty());

        WriteDialog *dialog = clickSend(window);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *send = dialog->findChild<QPushButton *>(ObjectNames::writeSendButton);
        auto *lockout = dialog->findChild<MessageBar *>(ObjectNames::writeLockoutBar);
        auto *confirm = dialog->findChild<QLineEdit *>(ObjectNames::writeLockoutConfirm);
        // Once the changes and the lockout check are computed: one sentence saying what is lost, and Send waits
        // for the name of the entity that causes it.
        // The lint check may finish first and show the row for its critical finding: wait for the lockout check.
        QTRY_COMPARE_WITH_TIMEOUT(dialog->lockouts().size(), 1, 20000);
        QVERIFY(confirm->isVisible());
        QVERIFY(lockout->isVisible());
        QVERIFY2(lockout->text().contains(u"You (admin) would lose all_access"_s), qPrintable(lockout->text()));
        QCOMPARE(dialog->lockouts().first().entity, u"all_access"_s);
        QVERIFY(!send->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(ObjectNames::writeLockoutConfirmLabel)->text().contains(u"all_access"_s));
        QCOMPARE(confirm->accessibleName(), u"Name to type to confirm"_s);
        // By the keyboard: Tab goes from the name to Send.
        QWidget *next = confirm->nextInFocusChain();
        while (next && next != send && !(next->focusPolicy() & Qt::TabFocus))
            next = next->nextInFocusChain();
        QCOMPARE(next, static_cast<QWidget *>(send));
        QTest::keyClicks(confirm, u"all_acces"_s);
        QVERIFY(!send->isEnabled());
        QTest::keyClicks(confirm, u"s"_s);
        QTRY_VERIFY(send->isEnabled()); // once the lint check is done too
        QVERIFY(dialog->findChild<QPushButton *>(ObjectNames::writeCancelButton)->isDefault()); // Enter still cancels
        GuiFixture::screenshot(dialog, u"send-lockout.png"_s);

        // Sent: applied, but the user can no longer read the mappings, and the report says so instead of "differs".
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), WriteDialog::Page::Report, 20000);
        const WriteReport &report = dialog->report();
        QVERIFY2(report.outcome == WriteReport::Outcome::AppliedUnverified, qPrintable(report.text()));
        QVERIFY(report.lockoutAllowed);
        const QString outcome = dialog->findChild<QLabel *>(ObjectNames::writeOutcome)->text();
        QVERIFY2(outcome.contains(u"you can no longer read rolesmapping, so it could not be verified"_s),
                 qPrintable(outcome));
        QVERIFY(!outcome.contains(u"differs"_s));
        QVERIFY(!dialog->findChild<QPushButton *>(ObjectNames::writeRestoreButton)->isVisible());
        GuiFixture::screenshot(dialog, u"send-lockout-report.png"_s);
        QCOMPARE(m_gui.adminSend("GET", u"/_plugins/_security/api/rolesmapping"_s).status, 403);
        QTRY_VERIFY(window.messageBar()->isVisible());
        QVERIFY2(!window.messageBar()->text().startsWith(u"Written to the cluster"_s),
                 qPrintable(window.messageBar()->text()));
    }

    void ownUserRemovalNeedsTheUserNameTyped()
    {
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        setPatchText(window.patchEditor(), u"[{\"op\": \"remove\", \"path\": \"/internalusers/admin\"}]"_s);
        WriteDialog *dialog = clickSend(window);
        QVERIFY(dialog);
        auto *confirm = dialog->findChild<QLineEdit *>(ObjectNames::writeLockoutConfirm);
        QTRY_VERIFY(confirm->isVisible());
        QVERIFY(
            dialog->findChild<MessageBar *>(ObjectNames::writeLockoutBar)->text().contains(u"your own user admin"_s));
        QTest::keyClicks(confirm, u"admin"_s);
        // Send also waits for the lint check, which a slow (sanitized) build may still be running.
        QTRY_VERIFY(dialog->findChild<QPushButton *>(ObjectNames::writeSendButton)->isEnabled());
        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectNames::writeCancelButton), Qt::LeftButton);
        QTRY_VERIFY(!window.writeDialog());
        QCOMPARE(m_gui.adminSend("GET", u"/_plugins/_security/api/internalusers/admin"_s).status, 200);
    }

    void lostAnswerIsReportedAsWhatReadingBackFound()
    {
        // The answer to the PATCH is lost after the sandbox applied it (a proxy drops it): the report says what
        // reading back found, never "failed", never "verified" as if nothing had happened.
        FaultProxy proxy(m_gui.sandbox()->url());
        proxy.addRule(FaultProxy::rule(FaultProxy::Fault::DropResponse, "PATCH", "/roles"));
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session, GuiFixture::Connection().through(proxy.url()));
        replaceDescription(window, u"Lost answer"_s);
        WriteDialog *dialog = clickSend(window);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->findChild<QPushButton *>(ObjectNames::writeSendButton)->isEnabled());
        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectNames::writeSendButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), WriteDialog::Page::Report, 20000);
        const WriteReport &report = dialog->report();
        QCOMPARE(report.name(), u"unknown-then-applied"_s);
        const QString outcome = dialog->findChild<QLabel *>(ObjectNames::writeOutcome)->text();
        QVERIFY2(outcome.contains(u"The answer to PATCH roles was lost; reading back shows the change was applied"_s),
                 qPrintable(outcome));
        auto *steps = dialog->findChild<QTreeWidget *>(ObjectNames::writeSteps);
        QCOMPARE(steps->topLevelItem(0)->text(2), u"unknown-then-applied"_s);
        // The whole message of the selected request, wrapped, and the report to copy.
        const QString details = dialog->findChild<QPlainTextEdit *>(ObjectNames::writeStepDetails)->toPlainText();
        QVERIFY2(details.contains(u"did not send it again"_s), qPrintable(details));
        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectNames::writeCopyButton), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), report.text());
        GuiFixture::screenshot(dialog, u"send-unknown.png"_s);
        QCOMPARE(proxy.forwarded("PATCH", "/roles"), 1);
        QCOMPARE(roleDescription(), u"Lost answer"_s);
        QCOMPARE(window.patchEditor()->model()->rowCount(), 0); // applied: cleared, not offered again
        QTRY_VERIFY(window.messageBar()->isVisible());
        QCOMPARE(window.messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY(window.messageBar()->text().contains(u"reading back shows the change was applied"_s));
    }

    void sentPatchIsNeverOfferedAgain()
    {
        {
            ClusterSession session;
            MainWindow window(&session);
            m_gui.connectWindow(window, session);
            // Two sends in a row, the first report left open while the second starts.
            for (const QString &text : {u"First"_s, u"Second"_s}) {
                replaceDescription(window, text);
                WriteDialog *dialog = clickSend(window);
                QVERIFY(dialog);
                QTRY_VERIFY(dialog->findChild<QPushButton *>(ObjectNames::writeSendButton)->isEnabled());
                QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectNames::writeSendButton), Qt::LeftButton);
                QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), WriteDialog::Page::Report, 20000);
                QVERIFY2(dialog->report().outcome == WriteReport::Outcome::Applied,
                         qPrintable(dialog->report().text()));
                QCOMPARE(window.patchEditor()->model()->rowCount(), 0);
                QTRY_COMPARE_WITH_TIMEOUT(
                    session.configuration().document.value(u"roles"_s)[u"gui_role"_s][u"description"_s].toString(),
                    text, 20000);
            }
            QCOMPARE(roleDescription(), u"Second"_s);
        }
        // After a restart nothing comes back to be sent twice.
        PatchDraftStore drafts;
        drafts.setDraftName(u"Sandbox"_s);
        QVERIFY(!QFile::exists(drafts.filePath()));
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        QCOMPARE(window.patchEditor()->model()->rowCount(), 0);
        QVERIFY(!window.patchEditor()->findChild<MessageBar *>(ObjectNames::patchMessageBar)->isVisible());
    }

    void draftsNeverHoldASecret()
    {
        const QString password = u"Sunflower-Granite-Orbit-77"_s;
        {
            ClusterSession session;
            MainWindow window(&session);
            m_gui.connectWindow(window, session);
            setPatchText(window.patchEditor(),
                         u"[{\"op\": \"add\", \"path\": \"/internalusers/draft_user\", \"value\": "
                         "{\"password\": \""_s
                             + password + u"\", \"backend_roles\": [\"x\"]}}]"_s);
            QCOMPARE(window.patchEditor()->model()->rowCount(), 1);
        } // the editor flushes its draft when it goes
        PatchDraftStore drafts;
        drafts.setDraftName(u"Sandbox"_s);
        QFile file(drafts.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(!text.contains(password.toUtf8()), text.constData());
        QVERIFY(text.contains("******"));
        QVERIFY(text.contains("draft_user"));

        // Restored: the operation is there, the password must be typed again, and nothing can be sent until then.
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        PatchEditorView *editor = window.patchEditor();
        QTRY_COMPARE(editor->model()->rowCount(), 1);
        auto *bar = editor->findChild<MessageBar *>(ObjectNames::patchMessageBar);
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(u"type them again in operation(s) 1"_s), qPrintable(bar->text()));
        QCOMPARE(editor->model()->invalidCount(), 1);
        QVERIFY(!editor->findChild<QPushButton *>(ObjectNames::sendPatchButton)->isEnabled());
        QVERIFY(!editor->send());
        QVERIFY(!window.writeDialog());
    }

    void formEditsAreAppliedBeforeSending()
    {
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        replaceDescription(window, u"Applied"_s);
        PatchEditorView *editor = window.patchEditor();
        auto *value = editor->findChild<QPlainTextEdit *>(ObjectNames::valueEdit);
        // An edit typed into the form but not applied is applied by Send, not silently dropped.
        value->selectAll();
        QTest::keyClicks(value, u"\"Typed, not applied\""_s);
        QVERIFY(editor->model()->operation(0).value.toString() == u"Applied"_s);
        WriteDialog *dialog = clickSend(window);
        QVERIFY(dialog);
        QCOMPARE(editor->model()->operation(0).value.toString(), u"Typed, not applied"_s);
        const QString requests = dialog->findChild<QPlainTextEdit *>(ObjectNames::writeRequests)->toPlainText();
        QVERIFY2(requests.contains(u"Typed, not applied"_s), qPrintable(requests));
        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectNames::writeCancelButton), Qt::LeftButton);
        QTRY_VERIFY(!window.writeDialog());

        // An edit that is not valid: Send refuses and names the operation.
        value->selectAll();
        QTest::keyClicks(value, u"{not json"_s);
        QVERIFY(!editor->send());
        QVERIFY(!window.writeDialog());
        auto *bar = editor->findChild<MessageBar *>(ObjectNames::patchMessageBar);
        QVERIFY2(bar->isVisible() && bar->text().contains(u"Operation 1 has edits"_s), qPrintable(bar->text()));

        // Enter in the path field applies the form to the selected operation.
        auto *path = editor->findChild<QLineEdit *>(ObjectNames::pathEdit);
        value->selectAll();
        QTest::keyClicks(value, u"\"By Enter\""_s);
        path->setFocus();
        QTest::keyClick(path, Qt::Key_Return);
        QCOMPARE(editor->model()->operation(0).value.toString(), u"By Enter"_s);
    }

    void cancelWritesNothing()
    {
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        const QString before = roleDescription();
        replaceDescription(window, u"Never sent"_s);

        WriteDialog *dialog = clickSend(window);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // Enter activates the default button: Cancel.
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_VERIFY(!window.writeDialog());

        QCOMPARE(roleDescription(), before);
        QVERIFY(backupFiles().isEmpty());
        QVERIFY(journalText().isEmpty());
        QCOMPARE(window.patchEditor()->model()->rowCount(), 1);
    }
};

QTEST_MAIN(TestSendPatch)
#include "TestSendPatch.moc"
