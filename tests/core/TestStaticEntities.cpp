// TestStaticEntities: the plugin's static roles, action groups and tenants per major version (3.x against the plugin's
// own files when a copy is present, 2.x against the facts of plugin 2.19), and their overlay on a configuration
// document.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

#include "app/access/StaticEntities.h"
#include "app/json/Yaml.h"
#include "tests/support/JsonTestUtil.h"

using namespace Qt::StringLiterals;
using TestUtil::json;

namespace {

const QString StaticConfigDir = QDir::cleanPath(QStringLiteral(SECDESK_SHARED_DIR "/fixtures/static-config"));

const QStringList RoleNames {u"all_access"_s,       u"kibana_server"_s, u"kibana_user"_s, u"logstash"_s,
                             u"manage_snapshots"_s, u"own_index"_s,     u"readall"_s,     u"readall_and_monitor"_s};

const QStringList GroupNames {u"cluster_all"_s,
                              u"cluster_composite_ops"_s,
                              u"cluster_composite_ops_ro"_s,
                              u"cluster_manage_index_templates"_s,
                              u"cluster_manage_pipelines"_s,
                              u"cluster_monitor"_s,
                              u"create_index"_s,
                              u"crud"_s,
                              u"data_access"_s,
                              u"delete"_s,
                              u"get"_s,
                              u"index"_s,
                              u"indices_all"_s,
                              u"indices_monitor"_s,
                              u"kibana_all_read"_s,
                              u"kibana_all_write"_s,
                              u"manage"_s,
                              u"manage_aliases"_s,
                              u"manage_data_streams"_s,
                              u"manage_point_in_time"_s,
                              u"manage_snapshots"_s,
                              u"read"_s,
                              u"search"_s,
                              u"suggest"_s,
                              u"unlimited"_s,
                              u"write"_s};

QJsonObject statics(int major, const QString &type)
{
    return StaticEntities::forMajorVersion(major).value(type).toObject();
}

QJsonValue at(const QJsonObject &entities, const QString &name, const QString &member)
{
    return entities.value(name).toObject().value(member);
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList sorted(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &item : array.toArray())
        list.append(item.toString());
    list.sort();
    return list;
}

// A plugin file's entities (its "_meta" left out).
QJsonObject readStaticFile(const QString &fileName, QString *error)
{
    QFile file(StaticConfigDir + u'/' + fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = fileName + u": cannot be read"_s;
        return {};
    }
    const auto parsed = Yaml::parse(file.readAll());
    if (!parsed) {
        *error = u"%1:%2: %3"_s.arg(fileName).arg(parsed.error().line).arg(parsed.error().reason);
        return {};
    }
    QJsonObject entities = parsed->value.toObject();
    entities.remove(u"_meta"_s);
    return entities;
}

bool isDefault(const QJsonValue &value)
{
    return (value.isArray() && value.toArray().isEmpty()) || value == QJsonValue(false);
}

// Where `ours` differs from the file's `theirs`: every member the file holds must be equal (lists in the same order,
// objects inside lists member by member), and a member only we hold must be a default the REST API fills in.
void differences(const QJsonValue &theirs, const QJsonValue &ours, const QString &path, QStringList *out)
{
    if (theirs.isObject() && ours.isObject()) {
        const QJsonObject file = theirs.toObject();
        const QJsonObject data = ours.toObject();
        for (auto member = file.begin(); member != file.end(); ++member)
            differences(member.value(), data.value(member.key()), path + u'/' + member.key(), out);
        for (auto member = data.begin(); member != data.end(); ++member) {
            if (!file.contains(member.key()) && !isDefault(member.value()))
                out->append(path + u'/' + member.key() + u": only in the data"_s);
        }
    } else if (theirs.isArray() && ours.isArray() && theirs.toArray().size() == ours.toArray().size()) {
        for (qsizetype i = 0; i < theirs.toArray().size(); ++i)
            differences(theirs.toArray().at(i), ours.toArray().at(i), path + u'/' + QString::number(i), out);
    } else if (theirs != ours) {
        out->append(u"%1: file %2, data %3"_s.arg(path, QString::fromUtf8(TestUtil::compact(theirs)),
                                                  QString::fromUtf8(TestUtil::compact(ours))));
    }
}

} // namespace

class TestStaticEntities : public QObject
{
    Q_OBJECT

private slots:
    void supportedVersions()
    {
        QCOMPARE(StaticEntities::supportedMajorVersions(), (QList<int> {2, 3}));
        for (const int major : {0, 1, 4, -3})
            QVERIFY2(StaticEntities::forMajorVersion(major).isEmpty(), qPrintable(QString::number(major)));
    }

    void shape_data()
    {
        QTest::addColumn<int>("major");
        QTest::newRow("2.x") << 2;
        QTest::newRow("3.x") << 3;
    }

    // What both versions share: the names, the flags GET shows and the defaults it fills in.
    void shape()
    {
        QFETCH(int, major);
        const QJsonObject all = StaticEntities::forMajorVersion(major);
        QCOMPARE(all.keys(), (QStringList {u"actiongroups"_s, u"roles"_s, u"tenants"_s}));
        QCOMPARE(statics(major, u"roles"_s).keys(), RoleNames);
        QCOMPARE(statics(major, u"actiongroups"_s).keys(), GroupNames);
        QCOMPARE(statics(major, u"tenants"_s).keys(), QStringList {u"global_tenant"_s});

        for (auto type = all.begin(); type != all.end(); ++type) {
            const QJsonObject entities = type.value().toObject();
            for (auto entity = entities.begin(); entity != entities.end(); ++entity) {
                const QJsonObject value = entity.value().toObject();
                const QString where = type.key() + u'/' + entity.key();
                QVERIFY2(value.value(u"reserved"_s) == QJsonValue(true), qPrintable(where));
                QVERIFY2(value.value(u"static"_s) == QJsonValue(true), qPrintable(where));
                QVERIFY2(value.value(u"hidden"_s) == QJsonValue(false), qPrintable(where));
                QVERIFY2(!value.value(u"description"_s).toString().isEmpty(), qPrintable(where));
            }
        }
        const QJsonObject groups = statics(major, u"actiongroups"_s);
        for (auto group = groups.begin(); group != groups.end(); ++group) {
            const QJsonObject value = group.value().toObject();
            QVERIFY2((QStringList {u"all"_s, u"cluster"_s, u"index"_s, u"kibana"_s})
                         .contains(value.value(u"type"_s).toString()),
                     qPrintable(group.key()));
            QVERIFY2(!value.value(u"allowed_actions"_s).toArray().isEmpty(), qPrintable(group.key()));
        }
        const QJsonObject roles = statics(major, u"roles"_s);
        for (auto role = roles.begin(); role != roles.end(); ++role) {
            const QJsonObject value = role.value().toObject();
            QVERIFY2(value.value(u"tenant_permissions"_s).isArray(), qPrintable(role.key()));
            QVERIFY2(!value.value(u"cluster_permissions"_s).toArray().isEmpty(), qPrintable(role.key()));
            for (const QJsonValue &permission : value.value(u"index_permissions"_s).toArray()) {
                const QJsonObject entry = permission.toObject();
                QCOMPARE(entry.keys(),
                         (QStringList {u"allowed_actions"_s, u"fls"_s, u"index_patterns"_s, u"masked_fields"_s}));
                QCOMPARE(entry.value(u"fls"_s), QJsonValue(QJsonArray()));
                QCOMPARE(entry.value(u"masked_fields"_s), QJsonValue(QJsonArray()));
            }
        }
        // A few facts spelled out, so that a slip in the tables shows here too.
        JSON_COMPARE(at(groups, u"unlimited"_s, u"allowed_actions"_s), json(R"(["*"])"));
        QCOMPARE(at(groups, u"unlimited"_s, u"type"_s).toString(), u"all"_s);
        JSON_COMPARE(at(groups, u"cluster_composite_ops"_s, u"allowed_actions"_s),
                     json(R"(["indices:data/write/bulk", "indices:admin/aliases*", "indices:data/write/reindex",
                              "cluster_composite_ops_ro"])"));
        JSON_COMPARE(roles.value(u"all_access"_s), json(R"({"reserved": true, "hidden": false, "static": true,
                              "description": "Allow full access to all indices and all cluster APIs",
                              "cluster_permissions": ["*"],
                              "index_permissions": [{"index_patterns": ["*"], "fls": [], "masked_fields": [],
                                                     "allowed_actions": ["*"]}],
                              "tenant_permissions": [{"tenant_patterns": ["*"],
                                                      "allowed_actions": ["kibana_all_write"]}]})"));
        JSON_COMPARE(at(roles, u"own_index"_s, u"index_permissions"_s),
                     json(R"([{"index_patterns": ["${user_name}"], "fls": [], "masked_fields": [],
                               "allowed_actions": ["indices_all"]}])"));
        QCOMPARE(at(roles, u"readall_and_monitor"_s, u"description"_s).toString(),
                 u"Provide the minimum permissions for to readall indices and monitor the cluster"_s);
        JSON_COMPARE(statics(major, u"tenants"_s).value(u"global_tenant"_s),
                     json(R"({"reserved": true, "hidden": false, "static": true, "description": "Global tenant"})"));
    }

    void version3MatchesPluginFiles_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("type");
        QTest::newRow("roles") << u"static_roles.yml"_s << u"roles"_s;
        QTest::newRow("action groups") << u"static_action_groups.yml"_s << u"actiongroups"_s;
        QTest::newRow("tenants") << u"static_tenants.yml"_s << u"tenants"_s;
    }

    // The 3.x data equals the plugin's static_config files at the commit the shared fixtures were taken from: the same
    // entities, and every member the files hold equal, lists in the same order.
    void version3MatchesPluginFiles()
    {
        if (!QDir(StaticConfigDir).exists())
            QSKIP(qPrintable(StaticConfigDir
                             + u" is absent: the 3.x statics were not compared with the plugin's "
                               u"static_config files"_s));
        QFETCH(QString, fileName);
        QFETCH(QString, type);
        QString error;
        const QJsonObject file = readStaticFile(fileName, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonObject data = statics(3, type);
        QCOMPARE(data.keys(), file.keys());

        QStringList found;
        differences(file, data, type, &found);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));

        // The members evaluation reads are all there in the file, so the comparison above covered them.
        const QStringList members = type == u"roles"_s ? QStringList {u"cluster_permissions"_s, u"index_permissions"_s}
                                    : type == u"actiongroups"_s ? QStringList {u"allowed_actions"_s, u"type"_s}
                                                                : QStringList {};
        for (auto entity = file.begin(); entity != file.end(); ++entity) {
            for (const QString &member : members + QStringList {u"description"_s})
                QVERIFY2(entity.value().toObject().contains(member), qPrintable(entity.key() + u'/' + member));
        }
    }

    // Plugin 2.19 (tags 2.17.0.0 to 2.19.6.0): the action groups and tenants are those of 3.x; so are the roles, but
    // for the order of some lists, which 3.0 sorted.
    void version2SharesGroupsAndTenants()
    {
        JSON_COMPARE(statics(2, u"actiongroups"_s), statics(3, u"actiongroups"_s));
        JSON_COMPARE(statics(2, u"tenants"_s), statics(3, u"tenants"_s));
    }

    void version2RolesHaveTheSameMembers()
    {
        const QJsonObject roles2 = statics(2, u"roles"_s);
        const QJsonObject roles3 = statics(3, u"roles"_s);
        QCOMPARE(roles2.keys(), roles3.keys());
        for (const QString &name : roles3.keys()) {
            QJsonObject role2 = roles2.value(name).toObject();
            QJsonObject role3 = roles3.value(name).toObject();
            QCOMPARE(sorted(role2.value(u"cluster_permissions"_s)), sorted(role3.value(u"cluster_permissions"_s)));
            const QJsonArray index2 = role2.take(u"index_permissions"_s).toArray();
            const QJsonArray index3 = role3.take(u"index_permissions"_s).toArray();
            QCOMPARE(index2.size(), index3.size());
            for (qsizetype i = 0; i < index3.size(); ++i) {
                QJsonObject entry2 = index2.at(i).toObject();
                QJsonObject entry3 = index3.at(i).toObject();
                QCOMPARE(sorted(entry2.take(u"allowed_actions"_s)), sorted(entry3.take(u"allowed_actions"_s)));
                JSON_COMPARE(entry2, entry3);
            }
            role2.remove(u"cluster_permissions"_s);
            role3.remove(u"cluster_permissions"_s);
            JSON_COMPARE(role2, role3);
        }
    }

    void version2RoleOrder_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("indexPermission"); // -1: cluster_permissions
        QTest::addColumn<QStringList>("order2");
        QTest::addColumn<QStringList>("order3");
        QTest::newRow("kibana_user") << u"kibana_user"_s << 0
                                     << QStringList {u"read"_s, u"delete"_s, u"manage"_s, u"index"_s}
                                     << QStringList {u"delete"_s, u"index"_s, u"manage"_s, u"read"_s};
        QTest::newRow("kibana_user tasks")
            << u"kibana_user"_s << 1 << QStringList {u"indices_all"_s} << QStringList {u"indices_all"_s};
        QTest::newRow("manage_snapshots")
            << u"manage_snapshots"_s << 0 << QStringList {u"indices:data/write/index"_s, u"indices:admin/create"_s}
            << QStringList {u"indices:admin/create"_s, u"indices:data/write/index"_s};
        QTest::newRow("kibana_server cluster")
            << u"kibana_server"_s << -1 << QStringList {u"cluster_monitor"_s,
                                                        u"cluster_composite_ops"_s,
                                                        u"manage_point_in_time"_s,
                                                        u"indices:admin/template*"_s,
                                                        u"indices:admin/index_template*"_s,
                                                        u"indices:data/read/scroll*"_s}
            << QStringList {u"cluster_composite_ops"_s,         u"cluster_monitor"_s,
                            u"indices:admin/index_template*"_s, u"indices:admin/template*"_s,
                            u"indices:data/read/scroll*"_s,     u"manage_point_in_time"_s};
        QTest::newRow("logstash cluster") << u"logstash"_s << -1
                                          << QStringList {u"cluster_monitor"_s,
                                                          u"cluster_composite_ops"_s,
                                                          u"indices:admin/template/get"_s,
                                                          u"indices:admin/template/put"_s,
                                                          u"cluster:admin/ingest/pipeline/put"_s,
                                                          u"cluster:admin/ingest/pipeline/get"_s}
                                          << QStringList {u"cluster:admin/ingest/pipeline/get"_s,
                                                          u"cluster:admin/ingest/pipeline/put"_s,
                                                          u"cluster_composite_ops"_s,
                                                          u"cluster_monitor"_s,
                                                          u"indices:admin/template/get"_s,
                                                          u"indices:admin/template/put"_s};
        QTest::newRow("logstash logstash-*") << u"logstash"_s << 0 << QStringList {u"crud"_s, u"create_index"_s}
                                             << QStringList {u"create_index"_s, u"crud"_s};
        QTest::newRow("logstash *beat*") << u"logstash"_s << 1 << QStringList {u"crud"_s, u"create_index"_s}
                                         << QStringList {u"crud"_s, u"create_index"_s};
        QTest::newRow("readall_and_monitor")
            << u"readall_and_monitor"_s << -1 << QStringList {u"cluster_monitor"_s, u"cluster_composite_ops_ro"_s}
            << QStringList {u"cluster_composite_ops_ro"_s, u"cluster_monitor"_s};
        QTest::newRow("readall") << u"readall"_s << -1 << QStringList {u"cluster_composite_ops_ro"_s}
                                 << QStringList {u"cluster_composite_ops_ro"_s};
    }

    // The lists as GET shows them on a 2.19 and on a 3.x cluster.
    void version2RoleOrder()
    {
        QFETCH(QString, role);
        QFETCH(int, indexPermission);
        QFETCH(QStringList, order2);
        QFETCH(QStringList, order3);
        const auto list = [&](int major) {
            const QJsonObject value = statics(major, u"roles"_s).value(role).toObject();
            if (indexPermission < 0)
                return value.value(u"cluster_permissions"_s);
            return value.value(u"index_permissions"_s)
                .toArray()
                .at(indexPermission)
                .toObject()
                .value(u"allowed_actions"_s);
        };
        JSON_COMPARE(list(2), strings(order2));
        JSON_COMPARE(list(3), strings(order3));
    }

    // 2.19 facts that earlier 2.x releases lacked, and that the data holds for both majors.
    void version2RecentFacts()
    {
        for (const int major : {2, 3}) {
            const QJsonObject roles = statics(major, u"roles"_s);
            const QJsonObject groups = statics(major, u"actiongroups"_s);
            JSON_COMPARE(
                at(roles, u"logstash"_s, u"index_permissions"_s).toArray().at(0).toObject().value(u"index_patterns"_s),
                json(R"(["logstash-*", "ecs-logstash-*"])"));
            QVERIFY(sorted(at(roles, u"kibana_server"_s, u"cluster_permissions"_s))
                        .contains(u"indices:admin/index_template*"_s));
            QCOMPARE(at(groups, u"manage_point_in_time"_s, u"type"_s).toString(), u"index"_s);
            QCOMPARE(at(groups, u"manage_point_in_time"_s, u"allowed_actions"_s).toArray().size(), 5);
            JSON_COMPARE(at(groups, u"cluster_manage_index_templates"_s, u"allowed_actions"_s),
                         strings({u"indices:admin/template/*"_s, u"indices:admin/index_template/*"_s,
                                  u"cluster:admin/component_template/*"_s}));
        }
    }

    void staticReplacesDynamic_data()
    {
        QTest::addColumn<int>("major");
        QTest::newRow("2.x") << 2;
        QTest::newRow("3.x") << 3;
    }

    void staticReplacesDynamic()
    {
        QFETCH(int, major);
        const QJsonObject document = json(R"({
            "roles": {"_meta": {"type": "roles", "config_version": 2},
                      "kibana_user": {"reserved": false, "hidden": false, "static": false,
                                      "cluster_permissions": ["cluster_all"], "index_permissions": [],
                                      "tenant_permissions": []},
                      "team": {"cluster_permissions": ["cluster_monitor"],
                               "index_permissions": [{"index_patterns": ["team-*"], "allowed_actions": ["read"]}]}},
            "actiongroups": {"read": {"allowed_actions": ["indices:*"], "type": "index"},
                             "team_read": {"allowed_actions": ["read", "indices:admin/get"]}},
            "rolesmapping": {"team": {"backend_roles": ["team"]}}})")
                                         .toObject();
        QMap<QString, QStringList> added {{u"stale"_s, {u"x"_s}}};
        const QJsonObject result = StaticEntities::withStatics(document, major, &added);

        // Statics win over dynamic entries of the same name.
        JSON_COMPARE(result.value(u"roles"_s).toObject().value(u"kibana_user"_s),
                     statics(major, u"roles"_s).value(u"kibana_user"_s));
        JSON_COMPARE(result.value(u"actiongroups"_s).toObject().value(u"read"_s),
                     statics(major, u"actiongroups"_s).value(u"read"_s));
        // Dynamic entries of other names, "_meta" and the types without statics stay as they were.
        for (const QString &type : {u"roles"_s, u"actiongroups"_s}) {
            const QJsonObject before = document.value(type).toObject();
            const QJsonObject after = result.value(type).toObject();
            for (auto entity = before.begin(); entity != before.end(); ++entity) {
                if (!statics(major, type).contains(entity.key()))
                    JSON_COMPARE(after.value(entity.key()), entity.value());
            }
        }
        JSON_COMPARE(result.value(u"rolesmapping"_s), document.value(u"rolesmapping"_s));
        // Every static is there, a type the document lacked included.
        QCOMPARE(result.value(u"roles"_s).toObject().keys(),
                 QStringList {u"_meta"_s} + RoleNames + QStringList {u"team"_s});
        QCOMPARE(result.value(u"roles"_s).toObject().size(), RoleNames.size() + 2);
        QCOMPARE(result.value(u"actiongroups"_s).toObject().size(), GroupNames.size() + 1);
        JSON_COMPARE(result.value(u"tenants"_s),
                     (QJsonObject {{u"global_tenant"_s, statics(major, u"tenants"_s).value(u"global_tenant"_s)}}));
        QCOMPARE(result.keys(), (QStringList {u"actiongroups"_s, u"roles"_s, u"rolesmapping"_s, u"tenants"_s}));

        // The names laid over, per type, the replaced ones included; what `added` held before is gone.
        QCOMPARE(added.keys(), (QStringList {u"actiongroups"_s, u"roles"_s, u"tenants"_s}));
        QCOMPARE(added.value(u"roles"_s), RoleNames);
        QCOMPARE(added.value(u"actiongroups"_s), GroupNames);
        QCOMPARE(added.value(u"tenants"_s), QStringList {u"global_tenant"_s});
    }

    void majorsLayOverTheirOwnData()
    {
        const QJsonObject document {{u"roles"_s, QJsonObject()}};
        const QJsonObject kibanaUser2 =
            StaticEntities::withStatics(document, 2).value(u"roles"_s).toObject().value(u"kibana_user"_s).toObject();
        const QJsonObject kibanaUser3 =
            StaticEntities::withStatics(document, 3).value(u"roles"_s).toObject().value(u"kibana_user"_s).toObject();
        JSON_COMPARE(kibanaUser2, statics(2, u"roles"_s).value(u"kibana_user"_s));
        JSON_COMPARE(kibanaUser3, statics(3, u"roles"_s).value(u"kibana_user"_s));
        QVERIFY(kibanaUser2 != kibanaUser3);
    }

    void unsupportedMajorLeavesDocument()
    {
        const QJsonObject document = json(R"({"roles": {"all_access": {"cluster_permissions": []}},
                                               "tenants": {"team": {"description": "x"}}})")
                                         .toObject();
        for (const int major : {0, 1, 4}) {
            QMap<QString, QStringList> added {{u"roles"_s, {u"stale"_s}}};
            JSON_COMPARE(StaticEntities::withStatics(document, major, &added), document);
            QVERIFY2(added.isEmpty(), qPrintable(QString::number(major)));
        }
    }

    // A type that is not a map of entities is not touched (the document's own checks report it); null counts as
    // absent.
    void malformedTypeLeftAlone()
    {
        const QJsonObject document = json(R"({"roles": ["not", "a", "map"], "tenants": null})").toObject();
        QMap<QString, QStringList> added;
        const QJsonObject result = StaticEntities::withStatics(document, 3, &added);
        JSON_COMPARE(result.value(u"roles"_s), document.value(u"roles"_s));
        QCOMPARE(result.value(u"tenants"_s).toObject().keys(), QStringList {u"global_tenant"_s});
        QCOMPARE(added.keys(), (QStringList {u"actiongroups"_s, u"tenants"_s}));
    }
};

QTEST_GUILESS_MAIN(TestStaticEntities)
#include "TestStaticEntities.moc"
