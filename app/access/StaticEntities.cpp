#include "app/access/StaticEntities.h"

#include <QJsonArray>

#include "app/domain/ConfigType.h"

using namespace Qt::StringLiterals;

// The facts of the plugin's src/main/resources/static_config (static_roles.yml, static_action_groups.yml,
// static_tenants.yml), restated as tables.
//   3.x: as of plugin 3.9 (main at bb55e64, 3.9.0-SNAPSHOT); the files are the same in every 3.x tag (3.0.0.0 to
//        3.8.0.0).
//   2.x: as of plugin 2.19 (tags 2.17.0.0 to 2.19.6.0 hold the same files): the same action groups and tenants as
//        3.x, and the same roles with some lists in another order (Order2x). Earlier 2.x releases grant less: before
//        2.17 logstash lacks the pattern ecs-logstash-*, before 2.7 kibana_server lacks indices:admin/index_template*,
//        before 2.6 cluster_manage_index_templates is indices:admin/template/* alone, and before 2.4
//        manage_point_in_time is absent or a cluster group of other actions.
// Lists are written space-separated: no action name or pattern holds a space.

namespace {

enum class Line { Role, Index, Tenant };

// A role is a Role line followed by its Index and Tenant lines, in the order of its permission lists.
struct RoleLine
{
    Line line;
    const char16_t *nameOrPatterns;        // Role: the role's name; Index, Tenant: index_patterns, tenant_patterns
    const char16_t *actions;               // Role: cluster_permissions; Index, Tenant: allowed_actions
    const char16_t *description = nullptr; // Role only
};

constexpr RoleLine Roles[] = {
    {Line::Role, u"all_access", u"*", u"Allow full access to all indices and all cluster APIs"},
    {Line::Index, u"*", u"*"},
    {Line::Tenant, u"*", u"kibana_all_write"},

    {Line::Role, u"kibana_user", u"cluster_composite_ops", u"Provide the minimum permissions for a kibana user"},
    {Line::Index,
     u".kibana .kibana-6 .kibana_* .opensearch_dashboards .opensearch_dashboards-6 .opensearch_dashboards_*",
     u"delete index manage read"},
    {Line::Index, u".tasks .management-beats *:.tasks *:.management-beats", u"indices_all"},

    {Line::Role, u"own_index", u"cluster_composite_ops", u"Allow all for indices named like the current user"},
    {Line::Index, u"${user_name}", u"indices_all"},

    {Line::Role, u"manage_snapshots", u"manage_snapshots", u"Provide the minimum permissions for managing snapshots"},
    {Line::Index, u"*", u"indices:admin/create indices:data/write/index"},

    {Line::Role, u"kibana_server",
     u"cluster_composite_ops cluster_monitor indices:admin/index_template* indices:admin/template* "
     u"indices:data/read/scroll* manage_point_in_time",
     u"Provide the minimum permissions for the Kibana server"},
    {Line::Index, u".kibana .opensearch_dashboards", u"indices_all"},
    {Line::Index, u".kibana-6 .opensearch_dashboards-6", u"indices_all"},
    {Line::Index, u".kibana_* .opensearch_dashboards_*", u"indices_all"},
    {Line::Index, u".tasks", u"indices_all"},
    {Line::Index, u".management-beats*", u"indices_all"},
    {Line::Index, u"*", u"indices:admin/aliases*"},

    {Line::Role, u"logstash",
     u"cluster:admin/ingest/pipeline/get cluster:admin/ingest/pipeline/put cluster_composite_ops cluster_monitor "
     u"indices:admin/template/get indices:admin/template/put",
     u"Provide the minimum permissions for logstash and beats"},
    {Line::Index, u"logstash-* ecs-logstash-*", u"create_index crud"},
    {Line::Index, u"*beat*", u"crud create_index"},

    {Line::Role, u"readall_and_monitor", u"cluster_composite_ops_ro cluster_monitor",
     u"Provide the minimum permissions for to readall indices and monitor the cluster"},
    {Line::Index, u"*", u"read"},

    {Line::Role, u"readall", u"cluster_composite_ops_ro", u"Provide the minimum permissions for to readall indices"},
    {Line::Index, u"*", u"read"},
};

struct GroupRow
{
    const char16_t *name;
    const char16_t *type;
    const char16_t *actions;
    const char16_t *description;
};

constexpr GroupRow ActionGroups[] = {
    {u"kibana_all_write", u"kibana", u"kibana:saved_objects/*/write",
     u"Allow writing in all OpenSearch Dashboards apps"},
    {u"kibana_all_read", u"kibana", u"kibana:saved_objects/*/read", u"Allow reading in all OpenSearch Dashboards apps"},
    {u"cluster_all", u"cluster", u"cluster:*", u"Allow everything on cluster level"},
    {u"crud", u"index", u"read write", u"Allow all read/write operations on data"},
    {u"search", u"index", u"indices:data/read/search* indices:data/read/msearch* indices:admin/resolve/index suggest",
     u"Allow searching"},
    {u"data_access", u"index", u"indices:data/* crud", u"Allow all read/write operations on data"},
    {u"create_index", u"index", u"indices:admin/create indices:admin/mapping/put", u"Allow creating new indices"},
    {u"write", u"index", u"indices:data/write* indices:admin/mapping/put", u"Allow writing data"},
    {u"manage_aliases", u"index", u"indices:admin/aliases*", u"Allow managing index aliases"},
    {u"read", u"index", u"indices:data/read* indices:admin/mappings/fields/get* indices:admin/resolve/index",
     u"Allow all read operations"},
    {u"indices_all", u"index", u"indices:*", u"Allow readonly everything with indices and data"},
    {u"delete", u"index", u"indices:data/write/delete*", u"Allow deleting documents"},
    {u"cluster_composite_ops", u"cluster",
     u"indices:data/write/bulk indices:admin/aliases* indices:data/write/reindex cluster_composite_ops_ro",
     u"Allow read/write bulk and m* operations"},
    {u"cluster_composite_ops_ro", u"cluster",
     u"indices:data/read/mget indices:data/read/msearch indices:data/read/mtv indices:admin/aliases/exists* "
     u"indices:admin/aliases/get* indices:data/read/scroll indices:admin/resolve/index",
     u"Allow readonly bulk and m* operations"},
    {u"get", u"index", u"indices:data/read/get* indices:data/read/mget*", u"Allow get"},
    {u"manage", u"index", u"indices:monitor/* indices:admin/*", u"Allow indices management"},
    {u"cluster_monitor", u"cluster", u"cluster:monitor/*", u"Allow monitoring the cluster"},
    {u"manage_snapshots", u"cluster", u"cluster:admin/snapshot/* cluster:admin/repository/*", u"Allow snapshots"},
    {u"index", u"index",
     u"indices:data/write/index* indices:data/write/update* indices:admin/mapping/put indices:data/write/bulk*",
     u"Allow indexing"},
    {u"unlimited", u"all", u"*", u"Allow all"},
    {u"indices_monitor", u"index", u"indices:monitor/*", u"Allow monitoring indices"},
    {u"suggest", u"index", u"indices:data/read/suggest*", u"Allow suggestions"},
    {u"cluster_manage_index_templates", u"cluster",
     u"indices:admin/template/* indices:admin/index_template/* cluster:admin/component_template/*",
     u"Manage index templates"},
    {u"cluster_manage_pipelines", u"cluster", u"cluster:admin/ingest/pipeline/*", u"Manage pipelines"},
    {u"manage_data_streams", u"index", u"indices:admin/data_stream/* indices:monitor/data_stream/stats",
     u"Manage data streams"},
    {u"manage_point_in_time", u"index",
     u"indices:data/read/point_in_time/create indices:data/read/point_in_time/delete "
     u"indices:data/read/point_in_time/readall indices:data/read/search indices:monitor/point_in_time/segments",
     u"Manage point in time actions"},
};

struct TenantRow
{
    const char16_t *name;
    const char16_t *description;
};

constexpr TenantRow Tenants[] = {
    {u"global_tenant", u"Global tenant"},
};

// 2.x holds the same members as 3.x in these lists, in another order (3.0 sorted them); GET shows a list in the
// file's order.
struct ReorderRow
{
    const char16_t *role;
    int indexPermission; // -1: cluster_permissions; n: allowed_actions of index_permissions[n]
    const char16_t *order;
};

constexpr ReorderRow Order2x[] = {
    {u"kibana_user", 0, u"read delete manage index"},
    {u"manage_snapshots", 0, u"indices:data/write/index indices:admin/create"},
    {u"kibana_server", -1,
     u"cluster_monitor cluster_composite_ops manage_point_in_time indices:admin/template* "
     u"indices:admin/index_template* indices:data/read/scroll*"},
    {u"logstash", -1,
     u"cluster_monitor cluster_composite_ops indices:admin/template/get indices:admin/template/put "
     u"cluster:admin/ingest/pipeline/put cluster:admin/ingest/pipeline/get"},
    {u"logstash", 0, u"crud create_index"},
    {u"readall_and_monitor", -1, u"cluster_monitor cluster_composite_ops_ro"},
};

QString text(const char16_t *value)
{
    return QStringView(value).toString();
}

QJsonArray words(const char16_t *value)
{
    QJsonArray array;
    for (const QStringView word : QStringView(value).split(u' ', Qt::SkipEmptyParts))
        array.append(word.toString());
    return array;
}

// The members every static entity shows.
QJsonObject staticEntity(const char16_t *description)
{
    return QJsonObject {
        {u"reserved"_s, true}, {u"hidden"_s, false}, {u"static"_s, true}, {u"description"_s, text(description)}};
}

QJsonObject roles3()
{
    QJsonObject roles;
    QString name;
    QJsonObject role;
    QJsonArray indexPermissions;
    QJsonArray tenantPermissions;
    const auto finishRole = [&] {
        if (name.isEmpty())
            return;
        role.insert(u"index_permissions"_s, indexPermissions);
        role.insert(u"tenant_permissions"_s, tenantPermissions);
        roles.insert(name, role);
    };
    for (const RoleLine &line : Roles) {
        switch (line.line) {
        case Line::Role:
            finishRole();
            name = text(line.nameOrPatterns);
            role = staticEntity(line.description);
            role.insert(u"cluster_permissions"_s, words(line.actions));
            indexPermissions = {};
            tenantPermissions = {};
            break;
        case Line::Index:
            indexPermissions.append(QJsonObject {{u"index_patterns"_s, words(line.nameOrPatterns)},
                                                 {u"fls"_s, QJsonArray()},
                                                 {u"masked_fields"_s, QJsonArray()},
                                                 {u"allowed_actions"_s, words(line.actions)}});
            break;
        case Line::Tenant:
            tenantPermissions.append(QJsonObject {{u"tenant_patterns"_s, words(line.nameOrPatterns)},
                                                  {u"allowed_actions"_s, words(line.actions)}});
            break;
        }
    }
    finishRole();
    return roles;
}

QJsonObject roles2()
{
    QJsonObject roles = roles3();
    for (const ReorderRow &row : Order2x) {
        const QString name = text(row.role);
        QJsonObject role = roles.value(name).toObject();
        if (row.indexPermission < 0) {
            role.insert(u"cluster_permissions"_s, words(row.order));
        } else {
            QJsonArray permissions = role.value(u"index_permissions"_s).toArray();
            QJsonObject permission = permissions.at(row.indexPermission).toObject();
            permission.insert(u"allowed_actions"_s, words(row.order));
            permissions.replace(row.indexPermission, permission);
            role.insert(u"index_permissions"_s, permissions);
        }
        roles.insert(name, role);
    }
    return roles;
}

QJsonObject actionGroups()
{
    QJsonObject groups;
    for (const GroupRow &row : ActionGroups) {
        QJsonObject group = staticEntity(row.description);
        group.insert(u"type"_s, text(row.type));
        group.insert(u"allowed_actions"_s, words(row.actions));
        groups.insert(text(row.name), group);
    }
    return groups;
}

QJsonObject tenants()
{
    QJsonObject result;
    for (const TenantRow &row : Tenants)
        result.insert(text(row.name), staticEntity(row.description));
    return result;
}

QJsonObject build(int major)
{
    return QJsonObject {{ConfigTypeInfo::key(ConfigType::Roles), major == 2 ? roles2() : roles3()},
                        {ConfigTypeInfo::key(ConfigType::ActionGroups), actionGroups()},
                        {ConfigTypeInfo::key(ConfigType::Tenants), tenants()}};
}

} // namespace

namespace StaticEntities {

QJsonObject forMajorVersion(int major)
{
    // Built once per major; copies of a QJsonObject share the data, so callers on any thread read the same tree.
    static const QJsonObject v2 = build(2);
    static const QJsonObject v3 = build(3);
    switch (major) {
    case 2:
        return v2;
    case 3:
        return v3;
    default:
        return {};
    }
}

QList<int> supportedMajorVersions()
{
    return {2, 3};
}

QJsonObject withStatics(const QJsonObject &document, int major, QMap<QString, QStringList> *added)
{
    if (added)
        added->clear();
    const QJsonObject statics = forMajorVersion(major);
    QJsonObject result = document;
    for (auto type = statics.begin(); type != statics.end(); ++type) {
        const QJsonValue current = result.value(type.key());
        if (!current.isUndefined() && !current.isNull() && !current.isObject())
            continue; // not a map of entities: the caller's checks report it
        QJsonObject entities = current.toObject();
        const QJsonObject staticEntities = type.value().toObject();
        for (auto entity = staticEntities.begin(); entity != staticEntities.end(); ++entity)
            entities.insert(entity.key(), entity.value());
        result.insert(type.key(), entities);
        if (added)
            added->insert(type.key(), staticEntities.keys());
    }
    return result;
}

} // namespace StaticEntities
