#include <QtTest>

#include "app/access/ActionCatalogue.h"
#include "app/forms/EntityChecks.h"
#include "app/forms/EntityEdits.h"
#include "app/json/Json.h"
#include "app/json/JsonPatch.h"

using namespace Qt::StringLiterals;

// What the entity forms compile to (EntityEdits: put, rename with references, delete with clean-up) applied to a
// configuration, and what they check before sending (EntityChecks).
class TestEntityEdits : public QObject
{
    Q_OBJECT

private:
    static QJsonObject document()
    {
        const Result<QJsonValue> parsed = Json::parse(QByteArray(R"({
            "roles": {
                "analyst": {"cluster_permissions": ["ops_group"],
                            "index_permissions": [{"index_patterns": ["logs-*"], "allowed_actions": ["read", "ops_group"]}],
                            "tenant_permissions": [{"tenant_patterns": ["finance", "fin*"], "allowed_actions": ["kibana_all_read"]}]},
                "locked": {"reserved": true, "cluster_permissions": ["ops_group"]}
            },
            "rolesmapping": {"analyst": {"users": ["alice", "bob"], "backend_roles": ["staff"]}},
            "internalusers": {"alice": {"opendistro_security_roles": ["analyst", "other", "analyst"]}, "bob": {}},
            "actiongroups": {"ops_group": {"type": "cluster", "allowed_actions": ["cluster_monitor"]},
                             "wider": {"type": "cluster", "allowed_actions": ["ops_group", "cluster_composite_ops"]}},
            "tenants": {"finance": {}}
        })"));
        return parsed->toObject();
    }

    static QJsonObject applied(const QJsonObject &document, const QJsonArray &patch)
    {
        const auto parsed = JsonPatch::fromJson(patch);
        if (!parsed)
            qFatal("%s", qPrintable(parsed.error().message()));
        const auto result = parsed->apply(document);
        if (!result)
            qFatal("%s", qPrintable(result.error().message()));
        return result->toObject();
    }

    static QStringList fields(const QList<FieldIssue> &issues, bool blocking)
    {
        QStringList result;
        for (const FieldIssue &issue : issues) {
            if (issue.blocking == blocking)
                result << issue.field + u": "_s + issue.message;
        }
        return result;
    }

private slots:
    void referencesOfEachType()
    {
        const QJsonObject doc = document();
        QStringList pointers;
        for (const auto &reference : EntityEdits::references(doc, u"roles"_s, u"analyst"_s))
            pointers << reference.pointer;
        QCOMPARE(pointers,
                 (QStringList {u"/rolesmapping/analyst"_s, u"/internalusers/alice/opendistro_security_roles/0"_s,
                               u"/internalusers/alice/opendistro_security_roles/2"_s}));
        const auto groups = EntityEdits::references(doc, u"actiongroups"_s, u"ops_group"_s);
        pointers.clear();
        for (const auto &reference : groups)
            pointers << reference.pointer + (reference.holderReadOnly ? u" (read-only)"_s : QString());
        QCOMPARE(pointers, (QStringList {u"/roles/analyst/cluster_permissions/0"_s,
                                         u"/roles/analyst/index_permissions/0/allowed_actions/1"_s,
                                         u"/roles/locked/cluster_permissions/0 (read-only)"_s,
                                         u"/actiongroups/wider/allowed_actions/0"_s}));
        // A tenant's exact uses only: the pattern fin* is not a reference.
        const auto tenants = EntityEdits::references(doc, u"tenants"_s, u"finance"_s);
        QCOMPARE(tenants.size(), 1);
        QCOMPARE(tenants.first().pointer, u"/roles/analyst/tenant_permissions/0/tenant_patterns/0"_s);
        const auto users = EntityEdits::references(doc, u"internalusers"_s, u"bob"_s);
        QCOMPARE(users.size(), 1);
        QCOMPARE(users.first().pointer, u"/rolesmapping/analyst/users/1"_s);
    }

    void renameMovesTheReferences()
    {
        const QJsonObject doc = document();
        const QJsonObject role = doc[u"roles"_s][u"analyst"_s].toObject();
        const QJsonObject after = applied(doc, EntityEdits::rename(doc, u"roles"_s, u"analyst"_s, u"analysts"_s, role));
        QVERIFY(!after[u"roles"_s].toObject().contains(u"analyst"_s));
        QCOMPARE(after[u"roles"_s][u"analysts"_s].toObject(), role);
        QVERIFY(!after[u"rolesmapping"_s].toObject().contains(u"analyst"_s));
        QCOMPARE(after[u"rolesmapping"_s][u"analysts"_s], doc[u"rolesmapping"_s][u"analyst"_s]);
        QCOMPARE(Json::strings(after[u"internalusers"_s][u"alice"_s][u"opendistro_security_roles"_s]),
                 (QStringList {u"analysts"_s, u"other"_s, u"analysts"_s}));

        // An action group renamed: uses in editable roles and groups follow; the reserved role keeps the old name.
        const QJsonObject group = doc[u"actiongroups"_s][u"ops_group"_s].toObject();
        const QJsonObject renamed =
            applied(doc, EntityEdits::rename(doc, u"actiongroups"_s, u"ops_group"_s, u"ops"_s, group));
        QCOMPARE(renamed[u"roles"_s][u"analyst"_s][u"cluster_permissions"_s][0].toString(), u"ops"_s);
        QCOMPARE(renamed[u"roles"_s][u"analyst"_s][u"index_permissions"_s][0][u"allowed_actions"_s][1].toString(),
                 u"ops"_s);
        QCOMPARE(renamed[u"actiongroups"_s][u"wider"_s][u"allowed_actions"_s][0].toString(), u"ops"_s);
        QCOMPARE(renamed[u"roles"_s][u"locked"_s][u"cluster_permissions"_s][0].toString(), u"ops_group"_s);

        const QJsonObject user =
            applied(doc, EntityEdits::rename(doc, u"internalusers"_s, u"bob"_s, u"robert"_s, QJsonObject {}));
        QCOMPARE(Json::strings(user[u"rolesmapping"_s][u"analyst"_s][u"users"_s]),
                 (QStringList {u"alice"_s, u"robert"_s}));
        const QJsonObject tenant =
            applied(doc, EntityEdits::rename(doc, u"tenants"_s, u"finance"_s, u"fin"_s, QJsonObject {}));
        QCOMPARE(Json::strings(tenant[u"roles"_s][u"analyst"_s][u"tenant_permissions"_s][0][u"tenant_patterns"_s]),
                 (QStringList {u"fin"_s, u"fin*"_s}));
    }

    void deleteWithAndWithoutCleanUp()
    {
        const QJsonObject doc = document();
        const QJsonObject kept = applied(doc, EntityEdits::remove(doc, u"roles"_s, u"analyst"_s, false));
        QVERIFY(!kept[u"roles"_s].toObject().contains(u"analyst"_s));
        QVERIFY(kept[u"rolesmapping"_s].toObject().contains(u"analyst"_s)); // dangles, as asked
        const QJsonObject clean = applied(doc, EntityEdits::remove(doc, u"roles"_s, u"analyst"_s, true));
        QVERIFY(!clean[u"rolesmapping"_s].toObject().contains(u"analyst"_s));
        QCOMPARE(Json::strings(clean[u"internalusers"_s][u"alice"_s][u"opendistro_security_roles"_s]),
                 QStringList {u"other"_s});
        const QJsonObject group = applied(doc, EntityEdits::remove(doc, u"actiongroups"_s, u"ops_group"_s, true));
        QCOMPARE(Json::strings(group[u"roles"_s][u"analyst"_s][u"index_permissions"_s][0][u"allowed_actions"_s]),
                 QStringList {u"read"_s});
        QCOMPARE(Json::strings(group[u"roles"_s][u"locked"_s][u"cluster_permissions"_s]), QStringList {u"ops_group"_s});
    }

    void readOnlyReasons()
    {
        QCOMPARE(EntityEdits::readOnlyReason(QJsonObject {{u"reserved"_s, true}, {u"static"_s, true}}),
                 u"reserved, static"_s);
        QVERIFY(EntityEdits::readOnlyReason(QJsonObject {{u"reserved"_s, false}}).isEmpty());
    }

    void namesAreChecked()
    {
        CheckContext context;
        context.document = document();
        QCOMPARE(fields(EntityChecks::name(u"roles"_s, {}, context), true),
                 QStringList {u"name: a name is required"_s});
        QVERIFY(!fields(EntityChecks::name(u"roles"_s, u" x"_s, context), true).isEmpty());
        QCOMPARE(fields(EntityChecks::name(u"roles"_s, u"analyst"_s, context), true),
                 QStringList {u"name: analyst already exists"_s});
        QCOMPARE(fields(EntityChecks::name(u"roles"_s, u"locked"_s, context), true),
                 QStringList {u"name: locked already exists, and is reserved"_s});
        context.originalName = u"analyst"_s; // editing it: its own name is fine
        QVERIFY(EntityChecks::name(u"roles"_s, u"analyst"_s, context).isEmpty());
        context.clusterVersion = QVersionNumber(3, 8);
        QVERIFY(EntityChecks::blocks(EntityChecks::name(u"roles"_s, QString(300, u'a'), context)));
    }

    void typosAreFlaggedWithASuggestion()
    {
        CheckContext context;
        context.document = document();
        const QJsonObject role {
            {u"cluster_permissions"_s, QJsonArray {u"cluster_monitr"_s, u"indices:data/read/search"_s}},
            {u"index_permissions"_s,
             QJsonArray {QJsonObject {{u"index_patterns"_s, QJsonArray {u"logs-*"_s}},
                                      {u"allowed_actions"_s, QJsonArray {u"raed"_s, u"cluster:admin/snapshot/create"_s,
                                                                         u"indices:data/read/serch"_s}}}}},
            {u"tenant_permissions"_s,
             QJsonArray {QJsonObject {{u"tenant_patterns"_s, QJsonArray {u"finanse"_s}},
                                      {u"allowed_actions"_s, QJsonArray {u"kibana_all_wrte"_s}}}}}};
        const QList<FieldIssue> issues = EntityChecks::entity(u"roles"_s, u"r"_s, role, context);
        QVERIFY2(!EntityChecks::blocks(issues), qPrintable(fields(issues, true).join(u'\n')));
        const QStringList warnings = fields(issues, false);
        const QString all = warnings.join(u'\n');
        QVERIFY2(all.contains(u"cluster_permissions/0: cluster_monitr is not an action group: did you mean "
                              "cluster_monitor?"_s),
                 qPrintable(all));
        QVERIFY2(all.contains(u"cluster_permissions/1: indices:data/read/search is an index action"_s),
                 qPrintable(all));
        QVERIFY(
            all.contains(u"index_permissions/0/allowed_actions/0: raed is not an action group: did you mean read?"_s));
        QVERIFY(all.contains(u"index_permissions/0/allowed_actions/1: cluster:admin/snapshot/create is a cluster "
                             "action"_s));
        QVERIFY(all.contains(u"did you mean indices:data/read/search?"_s));
        QVERIFY(all.contains(u"tenant_permissions/0/tenant_patterns/0: there is no tenant finanse: did you mean "
                             "finance?"_s));
        QVERIFY(all.contains(u"tenant_permissions/0/allowed_actions/0: tenant permissions take kibana_all_read or "
                             "kibana_all_write"_s));
        QCOMPARE(warnings.size(), 7);
    }

    void fieldsThatBlock()
    {
        CheckContext context;
        context.document = document();
        const QJsonObject role {
            {u"index_permissions"_s,
             QJsonArray {
                 QJsonObject {{u"index_patterns"_s, QJsonArray {}},
                              {u"allowed_actions"_s, QJsonArray {u""_s}},
                              {u"dls"_s, u"{\"term\": "_s},
                              {u"masked_fields"_s, QJsonArray {u"ssn::SHA-256"_s, u"ip::NOPE"_s, u"mail::/x/::y"_s,
                                                               u"a::b::c::d"_s, u"name::x::y"_s}}}}}};
        const QStringList blocking = fields(EntityChecks::entity(u"roles"_s, u"r"_s, role, context), true);
        const QString all = blocking.join(u'\n');
        QVERIFY2(all.contains(u"index_permissions/0/index_patterns: at least one index pattern is needed"_s),
                 qPrintable(all));
        QVERIFY(all.contains(u"index_permissions/0/allowed_actions/0: an empty entry"_s));
        QVERIFY(all.contains(u"index_permissions/0/dls: the DLS query is not valid JSON"_s));
        QVERIFY(all.contains(u"index_permissions/0/masked_fields/1: Invalid algorithm NOPE"_s));
        QVERIFY(all.contains(u"index_permissions/0/masked_fields/3: A field masking expression must have the form"_s));
        QVERIFY(all.contains(u"index_permissions/0/masked_fields/4: A regular expression needs to be wrapped"_s));
        QCOMPARE(blocking.size(), 6);
        // An action group of another type, a mapping of a role that does not exist.
        QVERIFY(EntityChecks::blocks(EntityChecks::entity(
            u"actiongroups"_s, u"g"_s,
            QJsonObject {{u"type"_s, u"other"_s}, {u"allowed_actions"_s, QJsonArray {u"read"_s}}}, context)));
        const auto mapping = EntityChecks::entity(u"rolesmapping"_s, u"analist"_s,
                                                  QJsonObject {{u"users"_s, QJsonArray {u"alice"_s}}}, context);
        QCOMPARE(fields(mapping, false), QStringList {u"role/0: there is no role analist: did you mean analyst?"_s});
    }

    void passwords()
    {
        QCOMPARE(fields(EntityChecks::password(u"alice"_s, {}, {}), true),
                 QStringList {u"password: Password is too short"_s});
        QVERIFY(fields(EntityChecks::password(u"alice"_s, QString(101, u'x'), QString(101, u'x')), true)
                    .contains(u"password: Password is too long"_s));
        QVERIFY(fields(EntityChecks::password(u"alice"_s, u"Zq8#vT!m2pLw"_s, u"Zq8#vT!m2pLx"_s), true)
                    .contains(u"confirm: the passwords do not match"_s));
        QVERIFY(fields(EntityChecks::password(u"some_user"_s, u"456Some_uSer_1234!"_s, u"456Some_uSer_1234!"_s), true)
                    .contains(u"password: Password is similar to user name"_s));
        QVERIFY(fields(EntityChecks::password(u"alice"_s, u"X9!ecila-rt"_s, u"X9!ecila-rt"_s), true)
                    .contains(u"password: Password is similar to user name"_s)); // reversed
        QVERIFY(!fields(EntityChecks::password(u"alice"_s, u"password123"_s, u"password123"_s), false).isEmpty());
        const QList<FieldIssue> strong = EntityChecks::password(u"alice"_s, u"Zq8#vT!m2pLw"_s, u"Zq8#vT!m2pLw"_s);
        QVERIFY2(strong.isEmpty(), qPrintable(fields(strong, false).join(u'\n')));
    }

    void completionNames()
    {
        const QStringList names = EntityChecks::permissionNames(document());
        QVERIFY(names.contains(u"ops_group"_s));       // the configuration's
        QVERIFY(names.contains(u"cluster_monitor"_s)); // the plugin's static groups
        QVERIFY(names.contains(u"indices:data/read/search"_s));
        QVERIFY(std::is_sorted(names.cbegin(), names.cend()));
        // Only what the cluster's version has: point in time came with 2.4.
        QVERIFY(!EntityChecks::permissionNames(document(), QVersionNumber(2, 3, 0))
                     .contains(u"indices:data/read/point_in_time/create"_s));
        QVERIFY(EntityChecks::permissionNames(document(), QVersionNumber(2, 4, 0))
                    .contains(u"indices:data/read/point_in_time/create"_s));
    }

    // The catalogue SecDesk ships as data: read, sorted, holding every action the evaluators and the REST calls name,
    // with the versions that introduced the later ones.
    void actionCatalogue()
    {
        const QList<ActionCatalogue::ActionInfo> &catalogue = ActionCatalogue::catalogue();
        QVERIFY2(catalogue.size() >= 100, qPrintable(QString::number(catalogue.size())));
        QVERIFY(std::is_sorted(catalogue.cbegin(), catalogue.cend(),
                               [](const ActionCatalogue::ActionInfo &a, const ActionCatalogue::ActionInfo &b) {
                                   return a.name < b.name;
                               }));
        for (const ActionCatalogue::ActionInfo &action : catalogue) {
            QVERIFY2(action.name.contains(u':') && !action.name.contains(u'*'), qPrintable(action.name));
            QVERIFY2(action.origin == u"core"_s || action.origin == u"security"_s, qPrintable(action.name));
        }
        for (const ActionCatalogue::RestCall &call : ActionCatalogue::restCalls())
            QVERIFY2(ActionCatalogue::info(call.action), qPrintable(call.action));
        for (const QString &action :
             {u"indices:data/read/mget"_s, u"indices:data/read/scroll/clear"_s, u"indices:data/read/msearch/template"_s,
              u"indices:data/read/point_in_time/readall"_s, u"indices:data/read/field_caps"_s,
              u"cluster:monitor/nodes/stats"_s})
            QVERIFY2(ActionCatalogue::info(action), qPrintable(action));
        QCOMPARE(ActionCatalogue::info(u"indices:data/read/point_in_time/create"_s)->since, QVersionNumber(2, 4, 0));
        QCOMPARE(ActionCatalogue::info(u"cluster:admin/security/certificates/info"_s)->origin, u"security"_s);
        QVERIFY(ActionCatalogue::info(u"indices:data/read/search"_s)->since.isNull());
        QVERIFY(!ActionCatalogue::info(u"indices:data/read/serch"_s));
    }

    // An action the cluster's version does not have yet is flagged (a warning: the plugin stores it).
    void actionsNewerThanTheCluster()
    {
        const QJsonObject role {
            {u"cluster_permissions"_s, QJsonArray {u"cluster:admin/search/pipeline/put"_s}},
            {u"index_permissions"_s,
             QJsonArray {
                 QJsonObject {{u"index_patterns"_s, QJsonArray {u"logs-*"_s}},
                              {u"allowed_actions"_s, QJsonArray {u"indices:data/read/point_in_time/create"_s}}}}}};
        const QStringList old =
            fields(EntityChecks::entity(u"roles"_s, u"r"_s, role, {document(), QVersionNumber(2, 3, 0), {}}), false);
        QVERIFY2(old.contains(u"cluster_permissions/0: cluster:admin/search/pipeline/put exists from OpenSearch 2.9.0; "
                              "this cluster runs 2.3.0: it grants nothing here"_s),
                 qPrintable(old.join(u'\n')));
        QVERIFY(
            old.join(u'\n').contains(u"index_permissions/0/allowed_actions/0: indices:data/read/point_in_time/create "
                                     "exists from OpenSearch 2.4.0"_s));
        QVERIFY(fields(EntityChecks::entity(u"roles"_s, u"r"_s, role, {document(), QVersionNumber(3, 3, 0), {}}), false)
                    .isEmpty());
        QVERIFY(
            fields(EntityChecks::entity(u"roles"_s, u"r"_s, role, {document(), std::nullopt, {}}), false).isEmpty());
    }

    // A form's state checked as one: a rename must change the name; an edited user may keep its password; a given
    // hash must be bcrypt; a role's mapping is checked with it.
    void formStates()
    {
        EntityChecks::FormState state;
        state.type = u"internalusers"_s;
        state.name = u"alice"_s;
        state.value = QJsonObject {{u"description"_s, u"x"_s}};
        state.editing = true;
        const CheckContext editing {document(), {}, u"alice"_s};
        QVERIFY(!EntityChecks::blocks(EntityChecks::form(state, editing))); // keeps its password
        state.password = u"short"_s;
        QVERIFY(EntityChecks::blocks(EntityChecks::form(state, editing)));
        state.password.clear();
        state.editing = false;
        state.renaming = true;
        QVERIFY(fields(EntityChecks::form(state, editing), true).contains(u"name: type the new name"_s));
        state.renaming = false;
        state.name = u"carol"_s;
        QVERIFY(fields(EntityChecks::form(state, {}), true).contains(u"password: Password is too short"_s));
        state.hash = u"$2y$12$notahash"_s;
        QVERIFY(fields(EntityChecks::form(state, {}), true)
                    .contains(u"hash: not a bcrypt hash ($2y$12$ and 53 characters)"_s));
        state.hash = u"$2a$12$VcCDgh2NDk07JGN0rjGbM.Ad41qVR/YFJcgHp0UGns5JDymv..TOG"_s;
        QVERIFY(!EntityChecks::blocks(EntityChecks::form(state, {})));
        state.service = true;
        state.hash.clear();
        QVERIFY(!EntityChecks::blocks(EntityChecks::form(state, {}))); // a service account has no password

        EntityChecks::FormState role;
        role.type = u"roles"_s;
        role.name = u"new_role"_s;
        role.value = QJsonObject {{u"cluster_permissions"_s, QJsonArray {u"cluster_monitor"_s}}};
        role.mapping = QJsonObject {{u"users"_s, QJsonArray {u""_s}}};
        QVERIFY(fields(EntityChecks::form(role, {document(), {}, {}}), true)
                    .contains(u"users/0: an empty entry: the cluster refuses it"_s));
    }
};

QTEST_GUILESS_MAIN(TestEntityEdits)
#include "TestEntityEdits.moc"
