#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtTest>

#include "app/access/AccessConfig.h"
#include "app/access/AccessFix.h"
#include "app/access/AccessQueries.h"
#include "app/common/Settings.h"
#include "app/json/Json.h"
#include "app/json/JsonPatch.h"
#include "app/store/AccessConfigStore.h"
#include "app/store/IndexMetadataStore.h"
#include "tests/support/GuiFixture.h"
#include "ui/dialogs/NodeSettingsDialog.h"
#include "ui/views/access/AccessChangesTree.h"
#include "ui/views/access/EffectivePermissionsView.h"
#include "ui/views/access/ExplainView.h"
#include "ui/views/access/WhoCanView.h"
#include "ui/views/configtree/EntitySummaryView.h"
#include "ui/views/problems/ProblemsView.h"
#include "ui/views/write/WriteDialog.h"

using namespace Qt::StringLiterals;

// The access views on the sandbox over HTTP: Explain (allowed, denied, partial; the sentence, the table, the links
// into the tree, a hypothetical user, Fix… sent through the write confirmation and explained again), Who can, and
// the entry points in the tree and the entity summary. First the Fix proposal itself (AccessFix), without a GUI.
class TestAccessViews : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_gui;

    // ---- AccessFix on a small configuration ----

    static QJsonObject document(bool reserved = false)
    {
        QJsonObject role = Json::parse(R"({"index_permissions": [{"index_patterns": ["logs-*"],
                                              "allowed_actions": ["read"]}]})")
                               ->toObject();
        if (reserved)
            role.insert(u"reserved"_s, true);
        return QJsonObject {
            {u"roles"_s, QJsonObject {{u"reader"_s, role}}},
            {u"rolesmapping"_s, Json::parse(R"({"reader": {"users": ["alice"]}})")->toObject()},
            {u"internalusers"_s, Json::parse(R"({"alice": {"hash": "", "backend_roles": []}})")->toObject()},
            {u"actiongroups"_s, Json::parse(R"({"read": {"allowed_actions": ["indices:data/read*"]}})")->toObject()},
            {u"config"_s, Json::parse(R"({"dynamic": {}})")->toObject()},
        };
    }

    static ExplainResult explainOn(const QJsonObject &doc, const QString &action, const QStringList &indices)
    {
        const AccessConfig config = AccessConfig::compile(doc, NodeSettings());
        ExplainQuery query;
        query.user = u"alice"_s;
        query.action = action;
        query.indices = indices;
        return AccessQueries::explain(config, IndexMetadata(), query);
    }

    // The fix applied to the document, then the same question: allowed.
    static void verifyFixGrants(const QJsonObject &doc, const ExplainResult &denied)
    {
        QVERIFY(denied.fix);
        const auto patch = JsonPatch::fromJson(denied.fix->patch);
        QVERIFY(patch.ok());
        const auto fixed = patch->apply(doc);
        QVERIFY2(fixed.ok(), fixed.ok() ? "" : qPrintable(fixed.error().message()));
        const ExplainResult after = explainOn(fixed->toObject(), denied.query.action, denied.query.indices);
        QCOMPARE(AccessStatuses::name(after.decision.status), u"allowed"_s);
        QVERIFY(!after.fix);
    }

    // ---- The GUI on the sandbox ----

    struct Window
    {
        ClusterSession session;
        MainWindow window {&session};
    };

    // The window connected and the index metadata read; with `compiled`, the Access dock shown and the configuration
    // compiled for access (nothing is compiled before access is asked for).
    void connectAccess(Window &w, bool compiled = true)
    {
        m_gui.connectWindow(w.window, w.session);
        QTRY_VERIFY_WITH_TIMEOUT(w.window.indexMetadata()->metadata().isAvailable(), GuiFixture::ConnectTimeoutMs);
        QVERIFY(!w.window.accessConfigs()->isActive());
        QVERIFY(!w.window.accessConfigs()->snapshot().isReady());
        if (!compiled)
            return;
        QVERIFY(openExplain(w.window));
        QVERIFY(w.window.accessConfigs()->isActive());
        QTRY_VERIFY_WITH_TIMEOUT(w.window.accessConfigs()->snapshot().isReady(), GuiFixture::ConnectTimeoutMs);
    }

    static ExplainView *openExplain(MainWindow &window)
    {
        auto *action = window.findChild<QAction *>(u"actionExplainAccess"_s);
        if (!action || action->shortcut().isEmpty())
            return nullptr;
        if (!window.accessDock()->isVisible())
            action->trigger();
        return window.accessDock()->isVisible() ? window.explainView() : nullptr;
    }

    // Fills the fields, clicks Explain and waits for the result.
    static void explain(ExplainView *view, const QString &user, const QString &action, const QString &indices,
                        const QString &backendRoles = {}, int engine = 0)
    {
        auto *userBox = view->findChild<QComboBox *>(u"explainUser"_s);
        userBox->setEditText(user);
        view->findChild<QLineEdit *>(u"explainBackendRoles"_s)->setText(backendRoles);
        view->findChild<QComboBox *>(u"explainAction"_s)->setEditText(action);
        view->findChild<QLineEdit *>(u"explainIndices"_s)->setText(indices);
        view->findChild<QComboBox *>(u"explainEngine"_s)->setCurrentIndex(engine);
        QSignalSpy shown(view, &ExplainView::resultShown);
        QTest::mouseClick(view->findChild<QPushButton *>(u"explainButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, 10000);
        QVERIFY(view->result());
        QCOMPARE(view->result()->query.user, user);
    }

    static QString html(ExplainView *view)
    {
        return view->findChild<QTextBrowser *>(u"explainResult"_s)->toPlainText();
    }

    static QString currentPointer(MainWindow &window)
    {
        return window.configTreeView()->tree()->currentIndex().data(ConfigTreeModel::PointerRole).toString();
    }

private slots:
    void initTestCase() { m_gui.initDataDirectory(); }

    void init()
    {
        m_gui.startSandbox();
        m_gui.makeWriteStores();
        m_gui.discardDraft();
    }

    void cleanup() { m_gui.cleanup(); }

    // (a) The entry whose patterns match gets the action.
    void fixAddsTheActionToTheEntryThatNearlyMatched()
    {
        const QJsonObject doc = document();
        const ExplainResult denied = explainOn(doc, u"index"_s, {u"logs-1"_s});
        QCOMPARE(AccessStatuses::name(denied.decision.status), u"denied"_s);
        QVERIFY(denied.fix);
        QCOMPARE(denied.fix->kind, AccessFix::Kind::AddActions);
        QCOMPARE(denied.fix->role, u"reader"_s);
        QCOMPARE(denied.fix->entry, 0);
        QCOMPARE(denied.fix->patch.size(), 1);
        QCOMPARE(denied.fix->patch.at(0).toObject(),
                 (QJsonObject {{u"op"_s, u"add"_s},
                               {u"path"_s, u"/roles/reader/index_permissions/0/allowed_actions/-"_s},
                               {u"value"_s, u"indices:data/write/index"_s}}));
        QCOMPARE(ExplainView::sentenceFor(denied),
                 u"denied: no role of alice grants indices:data/write/index on logs-1"_s);
        verifyFixGrants(doc, denied);
    }

    // (b) No entry matches the index: a new role, mapped to the user.
    void fixCreatesARoleWhenNoEntryMatches()
    {
        const QJsonObject doc = document();
        const ExplainResult denied = explainOn(doc, u"search"_s, {u"audit-1"_s});
        QVERIFY(denied.fix);
        QCOMPARE(denied.fix->kind, AccessFix::Kind::NewRole);
        QCOMPARE(denied.fix->role, u"access_fix_alice"_s);
        QCOMPARE(denied.fix->patch.size(), 2);
        QCOMPARE(denied.fix->patch.at(1).toObject().value(u"path"_s).toString(), u"/rolesmapping/access_fix_alice"_s);
        verifyFixGrants(doc, denied);
    }

    // Reserved (and static, hidden) roles are never changed: a new role instead.
    void fixNeverTouchesAReservedRole()
    {
        const QJsonObject doc = document(true);
        const ExplainResult denied = explainOn(doc, u"index"_s, {u"logs-1"_s});
        QVERIFY(denied.fix);
        QCOMPARE(denied.fix->kind, AccessFix::Kind::NewRole);
        QVERIFY(!denied.fix->patch.at(0).toObject().value(u"path"_s).toString().startsWith(u"/roles/reader"_s));
        verifyFixGrants(doc, denied);
    }

    // A cluster action: a new role with cluster_permissions; a taken name gets a number.
    void fixGrantsAClusterAction()
    {
        QJsonObject doc = document();
        QJsonObject roles = doc.value(u"roles"_s).toObject();
        roles.insert(u"access_fix_alice"_s, QJsonObject());
        doc.insert(u"roles"_s, roles);
        const ExplainResult denied = explainOn(doc, u"cluster:monitor/health"_s, {});
        QVERIFY(denied.decision.clusterAction);
        QVERIFY(denied.fix);
        QCOMPARE(denied.fix->role, u"access_fix_alice_2"_s);
        QCOMPARE(denied.fix->patch.at(0).toObject().value(u"value"_s).toObject().value(u"cluster_permissions"_s),
                 QJsonValue(QJsonArray {u"cluster:monitor/health"_s}));
        QCOMPARE(ExplainView::sentenceFor(denied), u"denied: no role of alice grants cluster:monitor/health"_s);
        verifyFixGrants(doc, denied);
    }

    void noFixWhenAllowed()
    {
        const ExplainResult allowed = explainOn(document(), u"search"_s, {u"logs-1"_s});
        QCOMPARE(AccessStatuses::name(allowed.decision.status), u"allowed"_s);
        QVERIFY(!allowed.fix);
        QCOMPARE(ExplainView::sentenceFor(allowed), u"allowed: alice may indices:data/read/search on logs-1"_s);
    }

    void queriesFromTreeNodes()
    {
        const QJsonObject doc = document();
        const ExplainQuery user = AccessQueries::explainQueryFor(doc, u"/internalusers/alice"_s);
        QCOMPARE(user.user, u"alice"_s);
        const ExplainQuery role = AccessQueries::explainQueryFor(doc, u"/roles/reader/index_permissions/0"_s);
        QCOMPARE(role.user, u"alice"_s);
        QCOMPARE(role.indices, QStringList {u"logs-*"_s});
        const auto whoCan = AccessQueries::whoCanQueryFor(doc, u"/roles/reader/index_permissions/0/index_patterns/0"_s);
        QCOMPARE(whoCan.first, u"logs-*"_s);
        QCOMPARE(AccessQueries::actionFrom(whoCan.second), u"indices:data/read/search"_s);
    }

    // ---- On the sandbox ----

    void explainAllowed()
    {
        Window w;
        connectAccess(w);
        ExplainView *view = openExplain(w.window);
        QVERIFY(view);
        explain(view, u"analyst"_s, u"search"_s, u"logs-2026.01.01"_s);
        const ExplainResult &result = *view->result();
        QCOMPARE(result.decision.status, AccessStatus::Allowed);
        QCOMPARE(view->sentence(), u"allowed: analyst may indices:data/read/search on logs-2026.01.01"_s);
        QVERIFY(view->findChild<QLabel *>(u"explainStatus"_s)->text().startsWith(u"Explained on"_s));
        QStringList roles;
        for (const MappedRole &role : result.decision.mappedRoles)
            roles << role.role;
        QVERIFY2(roles.contains(u"analyst_role"_s) && roles.contains(u"readall"_s), qPrintable(roles.join(u',')));
        const QString text = html(view);
        QVERIFY2(text.contains(u"Indices \u00d7 actions"_s) && text.contains(u"ok"_s), qPrintable(text));
        QVERIFY(!text.contains(u"missing"_s));
        QVERIFY(text.contains(u"rolesmapping/analyst_role"_s)); // the mapping behind the role
        QVERIFY(!view->findChild<QPushButton *>(u"explainFixButton"_s)->isEnabled());
        // A grant's role and its index permission are links into the tree.
        const qsizetype entry = view->links().indexOf(u"/roles/analyst_role/index_permissions/0"_s);
        QVERIFY2(entry >= 0, qPrintable(view->links().join(u' ')));
        emit view->findChild<QTextBrowser *>(u"explainResult"_s)->anchorClicked(QUrl(u"entity:%1"_s.arg(entry)));
        QCOMPARE(currentPointer(w.window), u"/roles/analyst_role/index_permissions/0"_s);
        const qsizetype mapping = view->links().indexOf(u"/rolesmapping/readall"_s);
        QVERIFY(mapping >= 0);
        emit view->findChild<QTextBrowser *>(u"explainResult"_s)->anchorClicked(QUrl(u"entity:%1"_s.arg(mapping)));
        QCOMPARE(currentPointer(w.window), u"/rolesmapping/readall"_s);
        // The masking and FLS of analyst_role are shown... unless readall lifts them (it grants read unrestricted).
        QVERIFY(!result.decision.restrictions.isEmpty());
        QVERIFY(text.contains(u"Document and field restrictions"_s));
    }

    // A tenant instead of an action, by the keyboard: the tenant's role and permission as links, or why not.
    void explainTenant()
    {
        Window w;
        connectAccess(w);
        ExplainView *view = openExplain(w.window);
        QVERIFY(view);
        view->findChild<QComboBox *>(u"explainUser"_s)->setEditText(u"analyst"_s);
        auto *tenant = view->findChild<QLineEdit *>(u"explainTenant"_s);
        auto *write = view->findChild<QCheckBox *>(u"explainTenantWrite"_s);
        QVERIFY(!write->isEnabled());
        tenant->setFocus();
        QTest::keyClicks(tenant, u"analysts"_s);
        QVERIFY(write->isEnabled());
        QVERIFY(!view->findChild<QComboBox *>(u"explainAction"_s)->isEnabled()); // the action is not asked
        QTest::keyClick(tenant, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), write);
        QTest::keyClick(write, Qt::Key_Space);
        QVERIFY(write->isChecked());
        QSignalSpy shown(view, &ExplainView::resultShown);
        QTest::keyClick(tenant, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 1, 10000);
        QVERIFY(view->result()->tenant);
        QCOMPARE(view->sentence(), u"allowed: analyst may write in tenant analysts (role analyst_role)"_s);
        QVERIFY(view->links().contains(u"/roles/analyst_role/tenant_permissions/0"_s));
        QVERIFY(html(view).contains(u"Tenant analysts"_s));
        GuiFixture::screenshot(w.window.accessDock(), u"explain-tenant.png"_s);

        // viewer holds no role with tenant permissions there.
        view->findChild<QComboBox *>(u"explainUser"_s)->setEditText(u"viewer"_s);
        QTest::keyClick(tenant, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() == 2, 10000);
        QCOMPARE(view->result()->decision.status, AccessStatus::Denied);
        QVERIFY2(view->sentence().startsWith(u"denied: viewer may not write in tenant analysts: "_s),
                 qPrintable(view->sentence()));
        // An empty tenant asks the action again.
        tenant->clear();
        QVERIFY(view->findChild<QComboBox *>(u"explainAction"_s)->isEnabled() && !write->isEnabled());
        QVERIFY(!view->query().tenantWrite);
    }

    // The node settings the REST API does not show: given for the connection (checked at the field, kept in the
    // settings), they change the answer, which is asked again.
    void nodeSettingsChangeTheAnswer()
    {
        QTemporaryDir dir;
        Settings settings(dir.filePath(u"settings.ini"_s));
        Window w;
        w.window.setSettings(&settings);
        connectAccess(w);
        ExplainView *view = openExplain(w.window);
        explain(view, u"analyst"_s, u"search"_s, u"logs-2026.01.01"_s);
        QCOMPARE(view->result()->decision.status, AccessStatus::Allowed);
        QVERIFY(view->result()->decision.assumptions.join(u' ').contains(u"no node settings given"_s));

        QTest::mouseClick(view->findChild<QPushButton *>(u"explainNodeSettingsButton"_s), Qt::LeftButton);
        auto *dialog = w.window.findChild<NodeSettingsDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        auto *edit = dialog->findChild<QPlainTextEdit *>(u"nodeSettingsEdit"_s);
        auto *error = dialog->findChild<QLabel *>(u"nodeSettingsError"_s);
        const auto ok = [&] {
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        };
        // A typo in a setting's name, then one of the wrong type: said at the field, nothing kept.
        edit->setPlainText(uR"({"plugins.security.roles_mapping_resolutoin": "BOTH"})"_s);
        ok();
        QVERIFY(dialog->isVisible() && error->isVisible());
        QVERIFY2(error->text().contains(u"roles_mapping_resolutoin is not a setting"_s), qPrintable(error->text()));
        edit->setPlainText(u"{\"plugins.security.system_indices.enabled\": [1]"_s);
        ok();
        QVERIFY2(error->text().startsWith(u"Not JSON"_s), qPrintable(error->text()));
        QVERIFY(settings.nodeSettings(w.session.connectionName()).isEmpty());

        // A mode the plugin does not know (it would take it as MAPPING_ONLY without a word).
        edit->setPlainText(uR"({"plugins.security.roles_mapping_resolution": "BACKEND_ROLES_ONLY"})"_s);
        ok();
        QVERIFY2(error->text().contains(u"BACKENDROLES_ONLY"_s) && dialog->isVisible(), qPrintable(error->text()));
        GuiFixture::screenshot(dialog, u"node-settings.png"_s);

        QSignalSpy shown(view, &ExplainView::resultShown);
        ProblemsView *problems = w.window.problemsView();
        QTRY_VERIFY_WITH_TIMEOUT(!problems->isChecking(), 20000); // the lint of the configuration as read is done
        QSignalSpy linted(problems, &ProblemsView::findingsChanged);
        edit->setPlainText(uR"({"plugins.security.roles_mapping_resolution": "backendroles_only"})"_s);
        ok();
        QVERIFY(!dialog->isVisible());
        // The Problems dock lints again with them, without waiting for the next read.
        QVERIFY(problems->isChecking());
        QTRY_VERIFY_WITH_TIMEOUT(linted.count() >= 1, 20000);
        QCOMPARE(
            settings.nodeSettings(w.session.connectionName()).value(u"plugins.security.roles_mapping_resolution"_s),
            QJsonValue(u"backendroles_only"_s));
        // Compiled again and asked again: the backend role now names a role directly, and there is no role analyst.
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 10000);
        QCOMPARE(view->result()->decision.status, AccessStatus::Denied);
        const QString assumed = view->result()->decision.assumptions.join(u' ');
        QVERIFY2(assumed.contains(u"node settings at the plugin's defaults (not given)"_s)
                     && !assumed.contains(u"roles_mapping_resolution"_s),
                 qPrintable(assumed));
        QCOMPARE(w.window.accessConfigs()->nodeSettings().roleMappingResolution(),
                 NodeSettings::RoleMappingResolution::BackendRolesOnly);
    }

    // A denial with its fix: shown, pictured, sent through the write confirmation, and then explained as allowed.
    void explainDeniedFixAndSend()
    {
        Window w;
        connectAccess(w);
        ExplainView *view = openExplain(w.window);
        QVERIFY(view);
        w.window.accessDock()->setMinimumWidth(640);
        explain(view, u"analyst"_s, u"index"_s, u"logs-2026.01.01"_s);
        const ExplainResult denied = *view->result();
        QCOMPARE(denied.decision.status, AccessStatus::Denied);
        QCOMPARE(view->sentence(), u"denied: no role of analyst grants indices:data/write/index on logs-2026.01.01"_s);
        const QString text = html(view);
        QVERIFY2(text.contains(u"missing"_s) && text.contains(u"Nearest miss"_s), qPrintable(text));
        QVERIFY(text.contains(u"Proposed fix"_s));
        QVERIFY(denied.fix);
        QCOMPARE(denied.fix->kind, AccessFix::Kind::AddActions);
        QCOMPARE(denied.fix->role, u"analyst_role"_s); // readall is static: never changed
        auto *fix = view->findChild<QPushButton *>(u"explainFixButton"_s);
        QVERIFY(fix->isEnabled());
        GuiFixture::screenshot(w.window.accessDock(), u"explain-denied.png"_s);

        QTest::mouseClick(fix, Qt::LeftButton);
        WriteDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = w.window.writeDialog()) != nullptr, 5000);
        QVERIFY(dialog->plan().title.contains(u"analyst_role"_s));
        auto *send = dialog->findChild<QPushButton *>(ObjectNames::writeSendButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->lintReady() && send->isEnabled(), 20000);
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), WriteDialog::Page::Report, 20000);
        QCOMPARE(dialog->report().outcome, WriteReport::Outcome::Applied);
        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectNames::writeCloseButton), Qt::LeftButton);
        QTRY_VERIFY(!w.window.writeDialog());
        // The configuration is read again and compiled; the same question is asked again on its own.
        QTRY_VERIFY_WITH_TIMEOUT(view->result() && view->result()->decision.status == AccessStatus::Allowed, 20000);
        QVERIFY(view->sentence().startsWith(u"allowed: analyst may indices:data/write/index"_s));
        QVERIFY(!fix->isEnabled());
        const auto role = m_gui.adminSend("GET", u"/_plugins/_security/api/roles/analyst_role"_s);
        QVERIFY(role.body.contains("indices:data/write/index"));
    }

    // V4 narrows a search with wildcards to the permitted indices: partial.
    void explainPartial()
    {
        Window w;
        connectAccess(w);
        ExplainView *view = openExplain(w.window);
        QVERIFY(view);
        explain(view, u"secadmin"_s, u"search"_s, u"audit-*, reports-*"_s, {}, 2); // reduction needs a wildcard
        const ExplainResult &result = *view->result();
        QCOMPARE(AccessStatuses::name(result.decision.status), u"partial"_s);
        QCOMPARE(result.decision.allowedIndices, QStringList {u"audit-2026.01"_s});
        QCOMPARE(view->sentence(), u"partial: secadmin may indices:data/read/search only on audit-2026.01"_s);
        const QString text = html(view);
        QVERIFY(text.contains(u"ok"_s) && text.contains(u"missing"_s));
        QVERIFY(result.fix);
        QCOMPARE(result.fix->kind, AccessFix::Kind::NewRole); // sandbox_audit_reader's audit-* does not match
        QCOMPARE(result.fix->indices, QStringList {u"reports-2026"_s});
    }

    // Someone who is not an internal user, with a backend role: the mappings of the backend role apply.
    void explainHypotheticalUser()
    {
        Window w;
        connectAccess(w);
        ExplainView *view = openExplain(w.window);
        QVERIFY(view);
        explain(view, u"carol"_s, u"search"_s, u"logs-2026.01.02"_s, u"analyst"_s);
        const ExplainResult &result = *view->result();
        QVERIFY(!result.internalUser);
        QCOMPARE(result.user.backendRoles, QStringList {u"analyst"_s});
        QCOMPARE(result.decision.status, AccessStatus::Allowed);
        QVERIFY(html(view).contains(u"(hypothetical)"_s));
        explain(view, u"carol"_s, u"search"_s, u"logs-2026.01.02"_s);
        QCOMPARE(view->sentence(), u"denied: carol is mapped to no role"_s);
    }

    void whoCanListsUsersAndBackendRoles()
    {
        Window w;
        connectAccess(w);
        w.window.showView(MainWindow::View::WhoCan);
        WhoCanView *view = w.window.whoCanView();
        QVERIFY(view->isVisible());
        view->setQuery(u"audit-2026.01"_s, u"search"_s);
        QSignalSpy shown(view, &WhoCanView::resultShown);
        QTest::mouseClick(view->findChild<QPushButton *>(u"whoCanButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, 10000);
        QMap<QString, QString> found;
        for (const WhoCanEntry &entry : view->entries())
            found.insert((entry.kind == WhoCanEntry::Kind::InternalUser ? u"user "_s : u"backend "_s) + entry.subject,
                         entry.roles.join(u','));
        QVERIFY2(found.value(u"user secadmin"_s).contains(u"sandbox_audit_reader"_s),
                 qPrintable(found.keys().join(u',')));
        QVERIFY(found.value(u"user admin"_s).contains(u"all_access"_s));
        QVERIFY(found.value(u"user viewer"_s).contains(u"readall"_s));
        QVERIFY(found.value(u"backend viewer"_s).contains(u"readall"_s));
        QVERIFY(found.value(u"backend admin"_s).contains(u"all_access"_s));
        QVERIFY(!found.contains(u"user dashboards"_s));
        auto *list = view->findChild<QTreeWidget *>(u"whoCanResult"_s);
        QCOMPARE(list->topLevelItemCount(), view->entries().size());
        // A row leads to its user in the tree.
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            if (list->topLevelItem(row)->text(0) == u"secadmin") {
                emit list->itemActivated(list->topLevelItem(row), 0);
                break;
            }
        }
        QCOMPARE(currentPointer(w.window), u"/internalusers/secadmin"_s);
    }

    // The View menu's access entries have shortcuts no other action of the window uses.
    void shortcutsClashWithNone()
    {
        Window w;
        QMap<QString, QStringList> byKey;
        for (QAction *action : w.window.findChildren<QAction *>()) {
            for (const QKeySequence &key : action->shortcuts())
                byKey[key.toString()].append(action->objectName());
        }
        for (const QString &name : {u"actionExplainAccess"_s, u"actionWhoCanAccess"_s}) {
            auto *action = w.window.findChild<QAction *>(name);
            QVERIFY(action);
            QVERIFY(!action->shortcut().isEmpty());
            QCOMPARE(byKey.value(action->shortcut().toString()), QStringList {name});
        }
        QCOMPARE(w.window.findChild<QAction *>(u"actionExplainAccess"_s)->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        QCOMPARE(w.window.findChild<QAction *>(u"actionWhoCanAccess"_s)->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    }

    // From the tree's context menu and from the entity summary's links.
    void entryPointsInTheTreeAndTheSummary()
    {
        Window w;
        connectAccess(w, false); // the first question compiles the configuration
        ConfigTreeView *tree = w.window.configTreeView();
        QVERIFY(tree->select(u"/internalusers/viewer"_s));
        auto *explainAction = tree->tree()->findChild<QAction *>(u"actionTreeExplainAccess"_s);
        auto *whoCanAction = tree->tree()->findChild<QAction *>(u"actionTreeWhoCanAccess"_s);
        QVERIFY(explainAction && whoCanAction);
        QVERIFY(explainAction->isEnabled());
        QVERIFY(!whoCanAction->isEnabled());
        QSignalSpy shown(w.window.explainView(), &ExplainView::resultShown);
        explainAction->trigger();
        QVERIFY(w.window.accessDock()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, 10000);
        QCOMPARE(w.window.explainView()->result()->user.name, u"viewer"_s);

        QVERIFY(tree->select(u"/roles/analyst_role/index_permissions/0"_s));
        QVERIFY(whoCanAction->isEnabled());
        QSignalSpy whoCanShown(w.window.whoCanView(), &WhoCanView::resultShown);
        whoCanAction->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(whoCanShown.count() > 0, 10000);
        QCOMPARE(w.window.whoCanView()->findChild<QLineEdit *>(u"whoCanIndex"_s)->text(), u"logs-*"_s);
        QVERIFY(w.window.whoCanView()->isVisible());

        // The summary of a mapping: "Explain access…" explains for a user it maps.
        QVERIFY(tree->select(u"/rolesmapping/security_rest_api_full_access"_s));
        auto *summary = tree->findChild<EntitySummaryView *>(u"entitySummary"_s);
        QTRY_COMPARE(summary->currentPointer(), u"/rolesmapping/security_rest_api_full_access"_s);
        QVERIFY(summary->toHtml().contains(u"access:explain"_s));
        emit summary->anchorClicked(QUrl(u"access:explain"_s));
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 1, 10000);
        QCOMPARE(w.window.explainView()->result()->user.name, u"secadmin"_s);
    }

    // Effective permissions of a user from the tree, and of a role from its summary: the matrix, the markers, the
    // cluster groups and tenants; exported as CSV stamped with the configuration it was computed on.
    // A change that reaches thousands: the tree lists the first subjects with their changes and counts the rest; the
    // summary and the tab's title count every subject once, gaining and losing apart.
    void accessChangesTreeListsTheFirstSubjects()
    {
        AccessChanges changes;
        for (int user = 0; user < 1000; ++user) {
            for (const bool gain : {true, false}) {
                AccessChange change;
                change.subject = {AccessSubject::Kind::InternalUser, u"user%1"_s.arg(user)};
                change.resource = u"logs-*"_s;
                change.group = gain ? u"write"_s : u"read"_s;
                (gain ? change.after : change.before) = CellAccess::Full;
                if (user % 2 == 0 || gain) // the odd users only gain
                    changes.changes << change;
            }
        }
        AccessChange backend;
        backend.subject = {AccessSubject::Kind::BackendRole, u"user0"_s}; // the same name, another kind
        backend.resource = u"logs-*"_s;
        backend.group = u"read"_s;
        backend.after = CellAccess::Partial;
        changes.changes << backend;
        AccessChangesTree tree;
        tree.setChanges(changes);
        QCOMPARE(tree.topLevelItemCount(), 301);
        QVERIFY(tree.topLevelItem(0)->text(0).startsWith(u"user user0"_s));
        QCOMPARE(tree.topLevelItem(0)->childCount(), 2);
        QCOMPARE(tree.topLevelItem(1)->childCount(), 1);
        QVERIFY2(tree.topLevelItem(300)->text(0).startsWith(u"701 more subject"_s),
                 qPrintable(tree.topLevelItem(300)->text(0)));
        QCOMPARE(changes.gaining().size(), 1001);
        QCOMPARE(changes.losing().size(), 500);
        QCOMPARE(AccessChangesTree::tabTitle(changes), u"Access (1001)"_s);
        QCOMPARE(AccessChangesTree::summary(changes), u"1001 subject(s) gain access, 500 lose some"_s);
    }

    void effectivePermissions()
    {
        Window w;
        connectAccess(w, false);
        ConfigTreeView *tree = w.window.configTreeView();
        QVERIFY(tree->select(u"/internalusers/analyst"_s));
        auto *action = tree->tree()->findChild<QAction *>(u"actionTreeEffectivePermissions"_s);
        QVERIFY(action && action->isEnabled());
        EffectivePermissionsView *view = w.window.effectivePermissionsView();
        QSignalSpy computed(view, &EffectivePermissionsView::computed);
        action->trigger();
        QVERIFY(w.window.accessDock()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(computed.count() > 0, 10000);
        const AccessMatrix &matrix = view->matrix();
        QCOMPARE(matrix.subject.name, u"analyst"_s);
        QVERIFY2(matrix.mappedRoles.contains(u"analyst_role"_s), qPrintable(matrix.mappedRoles.join(u',')));
        const int logs = int(matrix.rows.indexOf(u"logs-*"_s));
        QVERIFY2(logs >= 0, qPrintable(matrix.rows.join(u',')));
        int read = -1;
        for (int c = 0; c < matrix.columns.size(); ++c)
            read = matrix.columns.at(c).group == u"read"_s ? c : read;
        QVERIFY(read >= 0);
        QCOMPARE(matrix.cell(logs, read).access, CellAccess::Full);
        QVERIFY(matrix.cell(logs, read).roles.contains(u"analyst_role"_s));
        QVERIFY(matrix.restrictions.at(logs) & Fls); // analyst_role hides ~secret on logs-*
        auto *table = view->findChild<QTableWidget *>(u"effectiveMatrix"_s);
        QCOMPARE(table->rowCount(), matrix.rows.size());
        QCOMPARE(table->item(logs, read)->text(), u"full"_s);
        QVERIFY(view->findChild<QLabel *>(u"effectiveTenants"_s)->text().contains(u"analysts"_s));
        // CSV, stamped.
        QTemporaryDir directory;
        const QString path = directory.filePath(u"analyst.csv"_s);
        QVERIFY(view->exportCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY2(csv.startsWith("subject,user analyst,configuration,"), csv.constData());
        QVERIFY(csv.contains(view->stamp().toUtf8()) && view->stamp().contains(u"configuration read"_s));
        QVERIFY(csv.contains("\r\nlogs-*,"));
        w.window.accessDock()->resize(900, 520);
        GuiFixture::screenshot(w.window.accessDock(), u"effective-permissions.png"_s);

        // A role's, from its summary.
        QVERIFY(tree->select(u"/roles/readall"_s));
        auto *summary = tree->findChild<EntitySummaryView *>(u"entitySummary"_s);
        QTRY_COMPARE(summary->currentPointer(), u"/roles/readall"_s);
        emit summary->anchorClicked(QUrl(u"access:effective"_s));
        QTRY_VERIFY_WITH_TIMEOUT(computed.count() > 1, 10000);
        QCOMPARE(view->matrix().subject.kind, AccessSubject::Kind::Role);
        QCOMPARE(view->matrix().mappedRoles, QStringList {u"readall"_s});
    }
};

QTEST_MAIN(TestAccessViews)
#include "TestAccessViews.moc"
