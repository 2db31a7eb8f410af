#include <QtTest>

#include "app/domain/EntitySummary.h"
#include "app/json/Json.h"

using namespace Qt::StringLiterals;

namespace {

const char SecretHash[] = "$2y$12$SecretHashThatMustNeverBeShownXXXXXXXXXXXXXXXXXXXXXX";

QJsonObject document()
{
    QByteArray text = R"({
        "roles": {
            "ops_role": {"reserved": true, "description": "Operations",
                "cluster_permissions": ["cluster_monitor", "cluster:admin/reindex", "no_such_group"],
                "index_permissions": [
                    {"index_patterns": ["ops-*"], "allowed_actions": ["team_write"], "dls": "DLS",
                     "fls": ["~secret"], "masked_fields": ["ip"]},
                    {"index_patterns": ["logs-*", "metrics-*"], "allowed_actions": ["indices:data/read*"]}],
                "tenant_permissions": [{"tenant_patterns": ["team_*"], "allowed_actions": ["kibana_all_write"]}]},
            "reader": {"tenant_permissions": [{"tenant_patterns": ["global"], "allowed_actions": ["kibana_all_read"]}]},
            "lonely": {"static": true, "hidden": true}},
        "rolesmapping": {
            "ops_role": {"users": ["alice", "ldap_bob", "svc_*"], "backend_roles": ["ops"], "hosts": ["*.corp"]},
            "reader": {"backend_roles": ["analysts"]},
            "ghost_role": {"users": ["alice"]}},
        "internalusers": {
            "alice": {"hash": "HASH", "backend_roles": ["analysts"], "opendistro_security_roles": ["lonely"],
                      "attributes": {"team": "blue", "floor": "3"}, "description": "Alice"},
            "carl": {"hash": "", "backend_roles": ["ops"]},
            "svc_one": {"backend_roles": []},
            "svc_two": {"backend_roles": []},
            "nobody": {"backend_roles": ["x"]}},
        "actiongroups": {
            "cluster_monitor": {"allowed_actions": ["cluster:monitor/health"], "type": "cluster"},
            "team_write": {"allowed_actions": ["kibana_all_write", "indices:data/write*"], "type": "index"},
            "kibana_all_write": {"allowed_actions": ["kibana:saved_objects/write"], "type": "kibana"},
            "kibana_all_read": {"allowed_actions": ["kibana:saved_objects/read"], "type": "kibana"}},
        "tenants": {"team_blue": {"description": "Blue team"}, "global": {}, "orphan": {}},
        "config": {"dynamic": {}}})";
    text.replace("HASH", SecretHash);
    // Outside the raw string: moc (6.4) does not know raw strings, so they hold no escaped quotes and no "/*".
    text.replace("\"DLS\"", "\"{\\\"term\\\":{\\\"a\\\":1}}\"");
    return Json::parse(text).value().toObject();
}

const SummarySection *section(const EntitySummary &summary, const QString &title)
{
    for (const SummarySection &s : summary.sections) {
        if (s.title == title)
            return &s;
    }
    return nullptr;
}

// Each row as "label: part, part (note)", links as "[text->pointer]" and missing links as "[text->pointer!]".
QStringList rows(const SummarySection *s)
{
    QStringList out;
    if (!s)
        return {u"<no section>"_s};
    for (const SummaryRow &row : s->rows) {
        QStringList parts;
        for (const SummaryPart &part : row.parts) {
            parts << (part.isLink() ? u'[' + part.text + u"->" + part.pointer + (part.exists ? u""_s : u"!"_s) + u']'
                                    : part.text);
        }
        QString line = (row.label.isEmpty() ? QString() : row.label + u": ") + parts.join(u", ");
        if (!row.note.isEmpty())
            line += u" (" + row.note + u')';
        out << line;
    }
    return out;
}

} // namespace

// The readable summary of one entity: what it grants, who gets it, and links between related entities.
class TestEntitySummary : public QObject
{
    Q_OBJECT

private slots:
    void roleWithMappingAndUsers()
    {
        const EntitySummary s = summarize(document(), ConfigType::Roles, u"ops_role"_s);
        QCOMPARE(s.title, u"ops_role"_s);
        QCOMPARE(s.kind, u"Role"_s);
        QCOMPARE(s.description, u"Operations"_s);
        QCOMPARE(s.badges, QStringList {u"reserved"_s});
        // Existing action groups are links, actions are text, a group-like name that does not exist is a
        // missing link.
        QCOMPARE(rows(section(s, u"Cluster permissions"_s)),
                 QStringList {u"[cluster_monitor->/actiongroups/cluster_monitor], cluster:admin/reindex, "
                              "[no_such_group->/actiongroups/no_such_group!]"_s});
        const SummarySection *index = section(s, u"Index permissions"_s);
        QCOMPARE(rows(index), QStringList({u"Indices: ops-*"_s, u"Actions: [team_write->/actiongroups/team_write]"_s,
                                           u"Document-level security: {\"term\":{\"a\":1}}"_s,
                                           u"Field-level security: ~secret"_s, u"Masked fields: ip"_s,
                                           u"Indices: logs-*, metrics-*"_s, u"Actions: indices:data/read*"_s}));
        QVERIFY(!index->rows.at(0).startsGroup);
        QVERIFY(index->rows.at(5).startsGroup);
        QCOMPARE(rows(section(s, u"Tenant permissions"_s)),
                 QStringList({u"Tenants: team_*"_s, u"Actions: [kibana_all_write->/actiongroups/kibana_all_write]"_s}));
        QCOMPARE(rows(section(s, u"Mapping"_s)),
                 QStringList({u"Mapped by: [ops_role->/rolesmapping/ops_role]"_s,
                              u"Users: [alice->/internalusers/alice], ldap_bob"_s,
                              u"User pattern: svc_* (matches 2 internal user(s))"_s,
                              u"Backend roles: ops (any of them)"_s, u"Hosts: *.corp (any request from them)"_s}));
        QCOMPARE(rows(section(s, u"Internal users with this role"_s)),
                 QStringList({u"[alice->/internalusers/alice] (mapped by user name)"_s,
                              u"[carl->/internalusers/carl] (backend role ops)"_s,
                              u"[svc_one->/internalusers/svc_one] (mapped by user name)"_s,
                              u"[svc_two->/internalusers/svc_two] (mapped by user name)"_s}));
        QVERIFY(s.linkPointers().contains(u"/rolesmapping/ops_role"_s));
    }

    void unmappedRole()
    {
        const EntitySummary s = summarize(document(), ConfigType::Roles, u"lonely"_s);
        QCOMPARE(s.badges, QStringList({u"static"_s, u"hidden"_s}));
        const SummarySection *mapping = section(s, u"Mapping"_s);
        QVERIFY(mapping);
        QVERIFY(mapping->rows.isEmpty());
        QVERIFY(mapping->emptyText.contains(u"Not mapped"_s));
        QVERIFY(!s.linkPointers().contains(u"/rolesmapping/lonely"_s));
        // Still reached directly through a user's opendistro_security_roles.
        QCOMPARE(rows(section(s, u"Internal users with this role"_s)),
                 QStringList {u"[alice->/internalusers/alice] (listed in the user's opendistro_security_roles)"_s});
        QCOMPARE(section(s, u"Cluster permissions"_s)->emptyText, u"None"_s);
        QVERIFY(s.toPlainText().contains(u"Not mapped"_s));
    }

    void userWithRolesThroughAllPaths()
    {
        const EntitySummary s = summarize(document(), ConfigType::InternalUsers, u"alice"_s);
        QCOMPARE(s.kind, u"Internal user"_s);
        QCOMPARE(s.description, u"Alice"_s);
        QCOMPARE(rows(section(s, u"Roles"_s)),
                 QStringList({u"[ghost_role->/roles/ghost_role!] (mapped by user name)"_s,
                              u"[lonely->/roles/lonely] (listed in the user's opendistro_security_roles)"_s,
                              u"[ops_role->/roles/ops_role] (mapped by user name)"_s,
                              u"[reader->/roles/reader] (backend role analysts)"_s}));
        QCOMPARE(rows(section(s, u"Backend roles"_s)), QStringList {u"analysts"_s});
        QCOMPARE(rows(section(s, u"Attributes"_s)), QStringList({u"floor: 3"_s, u"team: blue"_s}));
        QCOMPARE(rows(section(s, u"Password"_s)), QStringList {u"password hash set"_s});

        const EntitySummary carl = summarize(document(), ConfigType::InternalUsers, u"carl"_s);
        QCOMPARE(rows(section(carl, u"Roles"_s)), QStringList {u"[ops_role->/roles/ops_role] (backend role ops)"_s});
        QVERIFY(!section(carl, u"Password"_s)); // an empty hash (as the REST API returns) says nothing
        const EntitySummary nobody = summarize(document(), ConfigType::InternalUsers, u"nobody"_s);
        QVERIFY(section(nobody, u"Roles"_s)->rows.isEmpty());
        QCOMPARE(section(nobody, u"Attributes"_s)->emptyText, u"None"_s);
    }

    void mappingWithMissingRole()
    {
        const EntitySummary s = summarize(document(), ConfigType::RolesMapping, u"ghost_role"_s);
        QCOMPARE(s.kind, u"Role mapping"_s);
        const SummarySection *role = section(s, u"Role"_s);
        QCOMPARE(role->rows.size(), 1);
        const SummaryPart link = role->rows.at(0).parts.at(0);
        QCOMPARE(link.pointer, u"/roles/ghost_role"_s);
        QVERIFY(!link.exists);
        QVERIFY(!role->rows.at(0).note.isEmpty());
        QCOMPARE(rows(section(s, u"Who gets the role"_s)), QStringList {u"Users: [alice->/internalusers/alice]"_s});

        const EntitySummary ops = summarize(document(), ConfigType::RolesMapping, u"ops_role"_s);
        QCOMPARE(rows(section(ops, u"Role"_s)), QStringList {u"[ops_role->/roles/ops_role]"_s});
        // Users the mapping reaches; alice's direct role (lonely) is not the mapping's doing.
        QCOMPARE(section(ops, u"Internal users with this role"_s)->rows.size(), 4);
        const EntitySummary lonelyMapping = summarize(document(), ConfigType::RolesMapping, u"lonely"_s);
        QVERIFY(lonelyMapping.isEmpty()); // there is no such mapping
    }

    void actionGroupLinks()
    {
        const EntitySummary s = summarize(document(), ConfigType::ActionGroups, u"team_write"_s);
        QCOMPARE(rows(section(s, u"Allowed actions"_s)),
                 QStringList({u"Actions: [kibana_all_write->/actiongroups/kibana_all_write], indices:data/write*"_s,
                              u"Type: index"_s}));
        QCOMPARE(rows(section(s, u"Used by"_s)),
                 QStringList {u"Role: [ops_role->/roles/ops_role] (index permissions)"_s});

        const EntitySummary kibana = summarize(document(), ConfigType::ActionGroups, u"kibana_all_write"_s);
        QCOMPARE(rows(section(kibana, u"Used by"_s)),
                 QStringList({u"Role: [ops_role->/roles/ops_role] (tenant permissions)"_s,
                              u"Action group: [team_write->/actiongroups/team_write]"_s}));
        const EntitySummary monitor = summarize(document(), ConfigType::ActionGroups, u"cluster_monitor"_s);
        QCOMPARE(rows(section(monitor, u"Used by"_s)),
                 QStringList {u"Role: [ops_role->/roles/ops_role] (cluster permissions)"_s});

        // Without the actiongroups type nothing is known: no links, nothing marked missing.
        QJsonObject withoutGroups = document();
        withoutGroups.remove(u"actiongroups"_s);
        const EntitySummary role = summarize(withoutGroups, ConfigType::Roles, u"ops_role"_s);
        QCOMPARE(rows(section(role, u"Cluster permissions"_s)),
                 QStringList {u"cluster_monitor, cluster:admin/reindex, no_such_group"_s});
    }

    void tenantRoles()
    {
        const EntitySummary s = summarize(document(), ConfigType::Tenants, u"team_blue"_s);
        QCOMPARE(s.kind, u"Tenant"_s);
        QCOMPARE(s.description, u"Blue team"_s);
        QCOMPARE(rows(section(s, u"Roles granting access"_s)),
                 QStringList {u"[ops_role->/roles/ops_role] (kibana_all_write (pattern team_*))"_s});
        const EntitySummary global = summarize(document(), ConfigType::Tenants, u"global"_s);
        QCOMPARE(rows(section(global, u"Roles granting access"_s)),
                 QStringList {u"[reader->/roles/reader] (kibana_all_read)"_s});
        const EntitySummary orphan = summarize(document(), ConfigType::Tenants, u"orphan"_s);
        QVERIFY(section(orphan, u"Roles granting access"_s)->rows.isEmpty());
        // The role side links existing tenants named exactly.
        const EntitySummary reader = summarize(document(), ConfigType::Roles, u"reader"_s);
        QCOMPARE(rows(section(reader, u"Tenant permissions"_s)),
                 QStringList({u"Tenants: [global->/tenants/global]"_s,
                              u"Actions: [kibana_all_read->/actiongroups/kibana_all_read]"_s}));
    }

    void noSummaryForOtherTypesOrAbsentEntities()
    {
        QVERIFY(summarize(document(), ConfigType::Config, u"dynamic"_s).isEmpty());
        QVERIFY(summarize(document(), ConfigType::Roles, u"absent"_s).isEmpty());
        QVERIFY(summarize({}, ConfigType::InternalUsers, u"alice"_s).isEmpty());
    }

    void hashNeverAppears()
    {
        const QJsonObject doc = document();
        const QString secret = QString::fromLatin1(SecretHash);
        int checked = 0;
        for (const auto &[type, key] :
             {std::pair {ConfigType::Roles, u"roles"_s}, std::pair {ConfigType::RolesMapping, u"rolesmapping"_s},
              std::pair {ConfigType::InternalUsers, u"internalusers"_s},
              std::pair {ConfigType::ActionGroups, u"actiongroups"_s}, std::pair {ConfigType::Tenants, u"tenants"_s}}) {
            const QJsonObject entities = doc.value(key).toObject();
            for (auto it = entities.begin(); it != entities.end(); ++it) {
                const EntitySummary s = summarize(doc, type, it.key());
                QVERIFY(!s.isEmpty());
                QVERIFY2(!s.toPlainText().contains(secret), qPrintable(it.key()));
                QVERIFY(!s.toPlainText().contains(u"$2y$"_s));
                ++checked;
            }
        }
        QCOMPARE(checked, 3 + 3 + 5 + 4 + 3);
    }
};

QTEST_APPLESS_MAIN(TestEntitySummary)
#include "TestEntitySummary.moc"
