#include <QtTest>

#include "app/access/AccessConfig.h"
#include "app/access/AccessEvaluator.h"
#include "app/access/AccessImpact.h"
#include "app/access/AccessMatrix.h"
#include "app/domain/ConfigGenerator.h"
#include "app/domain/IndexMetadata.h"
#include "app/json/Json.h"
#include "app/json/JsonPatch.h"

using namespace Qt::StringLiterals;

// Effective permissions as a matrix (AccessMatrix) and what a change does to access (AccessImpact): the cells for
// known cases, the changes of single edits (an action added, a mapping removed, an action group widened, a user
// deleted), and on generated configurations, changed at random, exactly the changes that computing every subject's
// whole matrix before and after finds.
class TestAccessImpact : public QObject
{
    Q_OBJECT

private:
    // (Stars and inner quotes are written \u002a and \u0022 in this JSON: in a raw string they stop moc from reading
    // the file.)
    static QJsonObject document()
    {
        const Result<QJsonValue> parsed = Json::parse(QByteArray(R"({
            "config": {"dynamic": {}},
            "roles": {
                "reader": {"index_permissions": [{"index_patterns": ["logs-\u002a"], "allowed_actions": ["read"]}],
                           "tenant_permissions": [{"tenant_patterns": ["finance"], "allowed_actions": ["kibana_all_read"]}]},
                "writer": {"cluster_permissions": ["cluster_monitor"],
                           "index_permissions": [{"index_patterns": ["logs-\u002a", "metrics-\u002a"], "allowed_actions": ["my_write"],
                                                  "dls": "{\u0022term\u0022: {\u0022team\u0022: \u0022a\u0022}}"}]},
                "unused": {"index_permissions": [{"index_patterns": ["other-\u002a"], "allowed_actions": ["read"]}]}
            },
            "rolesmapping": {"reader": {"users": ["alice"], "backend_roles": ["analysts"]},
                             "writer": {"users": ["bob"]}},
            "internalusers": {"alice": {}, "bob": {}, "carol": {"opendistro_security_roles": ["reader"]}},
            "actiongroups": {"my_write": {"type": "index", "allowed_actions": ["indices:data/write/index"]},
                             "index": {"type": "index", "allowed_actions": ["indices:data/write/index"]},
                             "delete": {"type": "index", "allowed_actions": ["indices:data/write/delete"]},
                             "read": {"type": "index", "allowed_actions": ["indices:data/read\u002a", "indices:admin/mappings/fields/get\u002a"]},
                             "write": {"type": "index", "allowed_actions": ["indices:data/write\u002a", "indices:admin/mapping/put"]},
                             "cluster_monitor": {"type": "cluster", "allowed_actions": ["cluster:monitor/\u002a"]},
                             "kibana_all_read": {"type": "kibana", "allowed_actions": ["kibana:saved_objects/\u002a/read"]},
                             "kibana_all_write": {"type": "kibana", "allowed_actions": ["kibana:saved_objects/\u002a/write"]}},
            "tenants": {"finance": {}}
        })"));
        return parsed->toObject();
    }

    static QJsonObject patched(const QJsonObject &document, const QByteArray &patch)
    {
        const auto parsed = JsonPatch::fromJson(Json::parse(patch).value());
        const auto applied = parsed->apply(document);
        if (!applied)
            qFatal("%s", qPrintable(applied.error().message()));
        return applied->toObject();
    }

    static QString column(const AccessMatrix &matrix, const QString &row, const QString &group)
    {
        const int r = int(matrix.rows.indexOf(row));
        for (int c = 0; c < matrix.columns.size(); ++c) {
            if (matrix.columns.at(c).group == group && r >= 0)
                return CellAccesses::name(matrix.cell(r, c).access);
        }
        return u"(absent)"_s;
    }

    static QStringList texts(const AccessChanges &changes)
    {
        QStringList lines;
        for (const AccessChange &change : changes.changes)
            lines << change.subject.displayText() + u": "_s + change.text();
        return lines;
    }

    // Every subject's whole matrix on both sides, compared cell by cell: (subject, area, resource, group, before,
    // after) for each cell that differs.
    static QStringList bruteForce(const QJsonObject &before, const QJsonObject &after, const IndexMetadata &metadata)
    {
        const AccessConfig configs[2] {AccessConfig::compile(before, NodeSettings()),
                                       AccessConfig::compile(after, NodeSettings())};
        QStringList rows = AccessMatrices::rows(configs[0], metadata) + AccessMatrices::rows(configs[1], metadata);
        rows.removeDuplicates();
        // The cluster columns: every cluster permission either side's roles name, on both sides.
        QStringList permissions;
        for (const AccessConfig &config : configs) {
            for (const QString &role : config.roleNames())
                permissions += config.role(role)->clusterPermissions;
        }
        QList<AccessSubject> subjects;
        for (const QJsonObject &document : {before, after}) {
            for (const QString &name : document.value(u"internalusers"_s).toObject().keys())
                subjects << AccessSubject {AccessSubject::Kind::InternalUser, name};
            const QJsonObject mappings = document.value(u"rolesmapping"_s).toObject();
            for (auto it = mappings.begin(); it != mappings.end(); ++it) {
                for (const QString &role : Json::strings(it->toObject().value(u"backend_roles"_s))) {
                    if (!role.contains(u'*') && !role.contains(u'?') && !role.startsWith(u'/') && !role.isEmpty())
                        subjects << AccessSubject {AccessSubject::Kind::BackendRole, role};
                }
            }
        }
        QStringList found;
        QList<AccessSubject> done;
        for (const AccessSubject &subject : std::as_const(subjects)) {
            if (done.contains(subject))
                continue;
            done << subject;
            QHash<QString, QString> cells[2];
            for (int side = 0; side < 2; ++side) {
                const QJsonObject &document = side == 0 ? before : after;
                if (subject.kind == AccessSubject::Kind::InternalUser
                    && !document.value(u"internalusers"_s).toObject().contains(subject.name))
                    continue;
                const AccessMatrix matrix = AccessMatrices::compute(
                    configs[side], metadata, subject, rows, AccessMatrices::clusterColumns(configs[side], permissions));
                for (int r = 0; r < matrix.rows.size(); ++r) {
                    for (int c = 0; c < matrix.columns.size(); ++c) {
                        if (matrix.cell(r, c).access != CellAccess::None)
                            cells[side].insert(u"index "_s + matrix.rows.at(r) + u' ' + matrix.columns.at(c).group,
                                               CellAccesses::name(matrix.cell(r, c).access));
                    }
                }
                for (int c = 0; c < matrix.clusterColumns.size(); ++c) {
                    if (matrix.cluster.at(c).access != CellAccess::None)
                        cells[side].insert(u"cluster  "_s + matrix.clusterColumns.at(c).group,
                                           CellAccesses::name(matrix.cluster.at(c).access));
                }
                for (auto it = matrix.tenants.cbegin(); it != matrix.tenants.cend(); ++it) {
                    if (it.key() != subject.name)
                        cells[side].insert(u"tenant "_s + it.key() + u' ', it.value() ? u"full"_s : u"partial"_s);
                }
            }
            QStringList keys = cells[0].keys() + cells[1].keys();
            keys.removeDuplicates();
            for (const QString &key : std::as_const(keys)) {
                const QString was = cells[0].value(key, u"none"_s), now = cells[1].value(key, u"none"_s);
                if (was != now)
                    found << subject.displayText() + u' ' + key + u' ' + was + u" -> "_s + now;
            }
        }
        found.sort();
        return found;
    }

    static QStringList keysOf(const AccessChanges &changes)
    {
        QStringList keys;
        static const QString areas[] = {u"index"_s, u"cluster"_s, u"tenant"_s};
        for (const AccessChange &change : changes.changes)
            keys << change.subject.displayText() + u' ' + areas[int(change.area)] + u' ' + change.resource + u' '
                        + change.group + u' ' + CellAccesses::name(change.before) + u" -> "_s
                        + CellAccesses::name(change.after);
        keys.sort();
        return keys;
    }

private slots:
    void matrixOfAUser()
    {
        const AccessConfig config = AccessConfig::compile(document(), NodeSettings());
        const QStringList rows = AccessMatrices::rows(config, IndexMetadata());
        QCOMPARE(rows, (QStringList {u"logs-*"_s, u"metrics-*"_s, u"other-*"_s}));
        const AccessMatrix alice =
            AccessMatrices::compute(config, IndexMetadata(), {AccessSubject::Kind::InternalUser, u"alice"_s}, rows);
        QCOMPARE(alice.mappedRoles, QStringList {u"reader"_s});
        QCOMPARE(column(alice, u"logs-*"_s, u"read"_s), u"full"_s);
        QCOMPARE(column(alice, u"logs-*"_s, u"write"_s), u"none"_s);
        QCOMPARE(column(alice, u"metrics-*"_s, u"read"_s), u"none"_s);
        QCOMPARE(alice.tenants.value(u"finance"_s, true), false); // read only
        const AccessMatrix bob =
            AccessMatrices::compute(config, IndexMetadata(), {AccessSubject::Kind::InternalUser, u"bob"_s}, rows);
        QCOMPARE(column(bob, u"metrics-*"_s, u"write"_s), u"partial"_s); // index only, of write's actions
        QCOMPARE(column(bob, u"metrics-*"_s, u"index"_s).isEmpty(), false);
        QCOMPARE(bob.restrictions.at(1) & Dls, int(Dls));
        QCOMPARE(bob.restrictions.at(0) & Fls, 0);
        bool monitor = false;
        for (int c = 0; c < bob.clusterColumns.size(); ++c)
            monitor = monitor
                      || (bob.clusterColumns.at(c).group == u"cluster_monitor"_s
                          && bob.cluster.at(c).access == CellAccess::Full);
        QVERIFY(monitor);
        // A known index the patterns reach is a row of its own.
        IndexMetadata metadata;
        metadata.addIndex(u"logs-2026"_s, {});
        metadata.addIndex(u"unrelated"_s, {});
        const QStringList withIndices = AccessMatrices::rows(config, metadata);
        QVERIFY(withIndices.contains(u"logs-2026"_s) && !withIndices.contains(u"unrelated"_s));
        // CSV: the subject and the stamp, a header, one line per row.
        const QByteArray csv =
            AccessMatrices::compute(config, metadata, {AccessSubject::Kind::BackendRole, u"analysts"_s}, withIndices)
                .toCsv(u"version 7"_s);
        QVERIFY2(csv.startsWith("subject,backend role analysts,configuration,version 7\r\n"), csv.constData());
        QVERIFY(csv.contains("\r\nindex pattern,read,"));
        QVERIFY(csv.contains("\r\nlogs-2026,full,"));
        QVERIFY(csv.contains("\r\nfinance,read\r\n"));
    }

    void singleChanges()
    {
        const QJsonObject before = document();
        // An action added to the reader's entry: its users and backend role gain part of write, nobody else.
        AccessChanges changes = AccessImpact::compare(
            before,
            patched(
                before,
                R"([{"op":"add","path":"/roles/reader/index_permissions/0/allowed_actions/-","value":"indices:data/write/index"}])"),
            NodeSettings(), IndexMetadata());
        QStringList lines = texts(changes);
        QVERIFY2(lines.contains(u"user alice: gains part of write on logs-*"_s), qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.contains(u"backend role analysts: gains index on logs-*"_s), qPrintable(lines.join(u'\n')));
        QVERIFY(lines.contains(u"user carol: gains index on logs-*"_s)); // through her own security role
        QVERIFY(std::none_of(lines.cbegin(), lines.cend(), [](const QString &l) { return l.contains(u"bob"_s); }));
        QCOMPARE(changes.losing(), QList<AccessSubject> {});
        QCOMPARE(changes.subjectsCompared, 3);
        const QStringList grouped = changes.lines();
        QVERIFY2(grouped.first().startsWith(u"user alice, user carol, backend role analysts: gains"_s),
                 qPrintable(grouped.join(u'\n')));
        QVERIFY(grouped.first().contains(u"(role reader)"_s));

        // alice taken out of the mapping: she loses what the role gave, and the tenant.
        changes =
            AccessImpact::compare(before, patched(before, R"([{"op":"remove","path":"/rolesmapping/reader/users/0"}])"),
                                  NodeSettings(), IndexMetadata());
        lines = texts(changes);
        QVERIFY2(lines.contains(u"user alice: loses read on logs-*"_s), qPrintable(lines.join(u'\n')));
        QVERIFY(lines.contains(u"user alice: loses read on tenant finance"_s));
        QCOMPARE(changes.gaining(), QList<AccessSubject> {});

        // An action group widened: the roles using it, through it.
        changes = AccessImpact::compare(
            before,
            patched(
                before,
                R"([{"op":"add","path":"/actiongroups/my_write/allowed_actions/-","value":"indices:data/write/delete"}])"),
            NodeSettings(), IndexMetadata());
        lines = texts(changes);
        QVERIFY2(lines.contains(u"user bob: gains delete on metrics-*"_s), qPrintable(lines.join(u'\n')));

        // Through a group that lists the changed one: the roles using the outer group are reached too.
        const QJsonObject nested = patched(before, R"([
            {"op":"add","path":"/actiongroups/outer","value":{"type":"index","allowed_actions":["my_write"]}},
            {"op":"add","path":"/roles/nested","value":{"index_permissions":[{"index_patterns":["archive"],"allowed_actions":["outer"]}]}},
            {"op":"add","path":"/rolesmapping/nested","value":{"users":["dave"]}},
            {"op":"add","path":"/internalusers/dave","value":{}}])");
        changes = AccessImpact::compare(
            nested,
            patched(
                nested,
                R"([{"op":"add","path":"/actiongroups/my_write/allowed_actions/-","value":"indices:data/write/delete"}])"),
            NodeSettings(), IndexMetadata());
        lines = texts(changes);
        QVERIFY2(lines.contains(u"user dave: gains delete on archive"_s), qPrintable(lines.join(u'\n')));

        // A user deleted loses everything; nothing changed: no access changes.
        changes = AccessImpact::compare(before, patched(before, R"([{"op":"remove","path":"/internalusers/bob"}])"),
                                        NodeSettings(), IndexMetadata());
        QVERIFY(texts(changes).contains(u"user bob: loses cluster_monitor on the cluster"_s));
        changes = AccessImpact::compare(before, before, NodeSettings(), IndexMetadata());
        QVERIFY(changes.isEmpty());
        QCOMPARE(changes.lines(), QStringList {u"No access changes"_s});
        // A role nobody is mapped to: changed, but no access changes.
        QVERIFY(
            AccessImpact::compare(
                before,
                patched(
                    before,
                    R"([{"op":"add","path":"/roles/unused/index_permissions/0/allowed_actions/-","value":"write"}])"),
                NodeSettings(), IndexMetadata())
                .isEmpty());

        // A plugin's cluster action that no static group covers is a column of its own: granting it is a change.
        changes = AccessImpact::compare(
            before,
            patched(
                before,
                R"([{"op":"add","path":"/roles/writer/cluster_permissions/-","value":"cluster:admin/opendistro/alerting/monitor/get"}])"),
            NodeSettings(), IndexMetadata());
        lines = texts(changes);
        QVERIFY2(lines
                     == QStringList {u"user bob: gains cluster:admin/opendistro/alerting/monitor/get on the cluster"_s},
                 qPrintable(lines.join(u'\n')));

        // Who holds roles, for a change known only by the roles it touches (an upgrade): the mapped users, backend
        // roles and security roles; a role nobody holds reaches nobody; entries SecDesk cannot list are named.
        RoleReach reach = AccessImpact::reach(before, NodeSettings(), {u"reader"_s});
        QStringList holders;
        for (const RoleHolder &holder : reach.holders)
            holders << holder.subject.displayText() + u':' + holder.roles.join(u',');
        QCOMPARE(holders,
                 (QStringList {u"user alice:reader"_s, u"user carol:reader"_s, u"backend role analysts:reader"_s}));
        QVERIFY(reach.unlisted.isEmpty());
        QVERIFY(AccessImpact::reach(before, NodeSettings(), {u"unused"_s, u"not_yet_there"_s}).isEmpty());
        QCOMPARE(AccessImpact::reach(before, NodeSettings(), {u"unused"_s}).lines().first(),
                 u"Nobody holds unused: no one's access changes."_s);
        reach = AccessImpact::reach(patched(before, R"([{"op":"add","path":"/rolesmapping/not_yet_there","value":
                                {"users":["ldap-jane"],"backend_roles":["ops-*"],"hosts":["10.0.0.1"]}}])"),
                                    NodeSettings(), {u"not_yet_there"_s});
        QVERIFY(reach.holders.isEmpty());
        QCOMPARE(reach.unlisted,
                 QStringList {u"roles/not_yet_there: users ldap-jane; backend roles ops-*; hosts 10.0.0.1"_s});

        // JSON: by subject.
        changes = AccessImpact::compare(before, patched(before, R"([{"op":"remove","path":"/rolesmapping/writer"}])"),
                                        NodeSettings(), IndexMetadata());
        const QJsonArray json = changes.toJson();
        QCOMPARE(json.size(), 1);
        QCOMPARE(json[0][u"subject"_s].toString(), u"bob"_s);
        QCOMPARE(json[0][u"kind"_s].toString(), u"internal_user"_s);
        const QJsonArray bobs = json[0][u"changes"_s].toArray();
        QVERIFY(std::any_of(bobs.begin(), bobs.end(), [](const QJsonValue &c) {
            return c[u"area"_s] == u"index"_s && c[u"resource"_s] == u"metrics-*"_s && c[u"group"_s] == u"index"_s
                   && c[u"before"_s] == u"full"_s && c[u"after"_s] == u"none"_s
                   && c[u"roles"_s].toArray() == QJsonArray {u"writer"_s};
        }));
    }

    // The legacy engine denies the security index, system indices and protected indices before its check table: each
    // cell of those rows says what an explain of the row's actions says, under the node settings that change it.
    void legacySpecialIndicesAgreeWithExplain_data()
    {
        QTest::addColumn<QJsonObject>("settings");
        QTest::addColumn<QString>("securityWrite"); // root's write cell on the security index
        QTest::addColumn<QString>("allWrite");      // root's write cell on "*"
        QTest::newRow("defaults") << QJsonObject() << u"none"_s << u"none"_s;
        QTest::newRow("filter the security index")
            << QJsonObject {{u"plugins.security.filter_securityindex_from_all_requests"_s, true}} << u"none"_s
            << u"full"_s;
        QTest::newRow("system index permissions")
            << QJsonObject {{u"plugins.security.system_indices.enabled"_s, true},
                            {u"plugins.security.system_indices.permission.enabled"_s, true},
                            {u"plugins.security.system_indices.indices"_s, QJsonArray {u".kibana_*"_s}}}
            << u"none"_s << u"none"_s;
        QTest::newRow("protected indices")
            << QJsonObject {{u"plugins.security.protected_indices.enabled"_s, true},
                            {u"plugins.security.protected_indices.indices"_s, QJsonArray {u"secret-*"_s}},
                            {u"plugins.security.protected_indices.roles"_s, QJsonArray {u"guardian"_s}}}
            << u"none"_s << u"none"_s;
    }

    void legacySpecialIndicesAgreeWithExplain()
    {
        QFETCH(QJsonObject, settings);
        QFETCH(QString, securityWrite);
        QFETCH(QString, allWrite);
        const NodeSettings nodeSettings = NodeSettings::fromJson(settings).value();
        const QJsonObject before = patched(document(), R"([
            {"op": "add", "path": "/roles/everything", "value": {"index_permissions": [
                {"index_patterns": ["\u002a"], "allowed_actions": ["indices_all"]},
                {"index_patterns": [".kibana_1"], "allowed_actions": ["system:admin/system_index"]}]}},
            {"op": "add", "path": "/rolesmapping/everything", "value": {"users": ["root"]}},
            {"op": "add", "path": "/internalusers/root", "value": {}},
            {"op": "add", "path": "/actiongroups/indices_all", "value": {"type": "index", "allowed_actions": ["indices:\u002a"]}}
        ])");
        IndexMetadata metadata;
        for (const QString &index :
             {u".opendistro_security"_s, u".kibana_1"_s, u".kibana_2"_s, u"logs-1"_s, u"secret-1"_s})
            metadata.addIndex(index, {});
        const AccessConfig config = AccessConfig::compile(before, nodeSettings);
        const QStringList rows {u"*"_s,       u".opendistro_security"_s, u".kibana_1"_s, u".kibana_2"_s, u"logs-1"_s,
                                u"secret-1"_s};
        const AccessMatrix root =
            AccessMatrices::compute(config, metadata, {AccessSubject::Kind::InternalUser, u"root"_s}, rows);
        QCOMPARE(column(root, u".opendistro_security"_s, u"write"_s), securityWrite);
        QCOMPARE(column(root, u"*"_s, u"write"_s), allWrite);
        QCOMPARE(column(root, u"logs-1"_s, u"write"_s), u"full"_s);
        // Every concrete row's cell is what explaining each of its column's actions on that index alone says.
        AccessUser user;
        user.name = u"root"_s;
        EvaluationOptions decisionOnly;
        decisionOnly.details = false;
        int compared = 0, denied = 0;
        for (int r = 1; r < rows.size(); ++r) {
            for (int c = 0; c < root.columns.size(); ++c) {
                int allowed = 0, of = 0;
                for (const QString &action : root.columns.at(c).actions) {
                    const AccessDecision decision = AccessEvaluator::evaluate(
                        config, metadata, user, AccessRequest {{action}, {rows.at(r)}, {}}, decisionOnly);
                    if (decision.clusterAction || action == u"indices:data/write/bulk"_s)
                        continue; // decided as a cluster action: not a cell of the index table
                    ++of;
                    allowed += decision.status == AccessStatus::Allowed ? 1 : 0;
                }
                if (of != root.columns.at(c).actions.size())
                    continue;
                const CellAccess expected = allowed == 0    ? CellAccess::None
                                            : allowed == of ? CellAccess::Full
                                                            : CellAccess::Partial;
                QVERIFY2(root.cell(r, c).access == expected,
                         qPrintable(u"%1 × %2: the matrix says %3, explain %4"_s.arg(
                             rows.at(r), root.columns.at(c).group, CellAccesses::name(root.cell(r, c).access),
                             CellAccesses::name(expected))));
                ++compared;
                denied += expected == CellAccess::Full ? 0 : 1;
            }
        }
        QCOMPARE(compared,
                 int(rows.size() - 1) * int(root.columns.size())); // every cell: none is decided as a cluster action
        QVERIFY(root.columns.size() >= 5);
        QVERIFY(denied > 0); // some special row was taken out: the comparison was not vacuous
        // What a change does to access follows: granting everything to alice too does not give her the security index.
        const QJsonObject after =
            patched(before, R"([{"op": "add", "path": "/rolesmapping/everything/users/-", "value": "alice"}])");
        const AccessChanges changes = AccessImpact::compare(before, after, nodeSettings, metadata);
        bool logs = false;
        for (const AccessChange &change : changes.changes) {
            QVERIFY2(change.resource != u".opendistro_security"_s || change.group != u"write"_s,
                     qPrintable(change.text()));
            logs = logs || (change.resource == u"logs-1"_s && change.group == u"write"_s && change.gained());
        }
        QVERIFY(logs);
    }

    // The shortcuts (only subjects the change can reach, reduced configurations, shared matrices) find exactly what
    // comparing everyone's whole matrix finds.
    void randomChangesMatchBruteForce()
    {
        ConfigGenerator::Options options;
        options.users = 60;
        options.roles = 30;
        options.mappings = 30;
        options.tenants = 6;
        options.actionGroups = 12;
        options.seed = 7;
        const QJsonObject base = ConfigGenerator::generate(options);
        IndexMetadata metadata;
        metadata.addIndex(u"logs-2026"_s, {});
        metadata.addIndex(u".opendistro_security"_s, {}); // a row the legacy special-index evaluators decide
        int changed = 0;
        for (quint64 seed = 1; seed <= 12; ++seed) {
            const QJsonObject after = ConfigGenerator::mutate(base, 8.0, seed);
            const AccessChanges changes = AccessImpact::compare(base, after, NodeSettings(), metadata);
            const QStringList fast = keysOf(changes);
            const QStringList slow = bruteForce(base, after, metadata);
            QCOMPARE(fast, slow);
            changed += changes.isEmpty() ? 0 : 1;
        }
        QVERIFY(changed >= 6); // the comparison was not vacuous
    }
};

QTEST_GUILESS_MAIN(TestAccessImpact)
#include "TestAccessImpact.moc"
