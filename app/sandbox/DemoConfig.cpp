#include "app/sandbox/DemoConfig.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QTimeZone>

#include "app/json/Json.h"
#include "app/sandbox/EntitySchema.h"

using namespace Qt::StringLiterals;

namespace {

const char DemoUsers[] = R"json({
  "admin": {"hash": "", "reserved": true, "backend_roles": ["admin"], "description": "Sandbox administrator"},
  "dashboards": {"hash": "$2y$12$r7AMBdcf4hkP5ffk9nHqQuCDThel3rerVdD3tJB9cvlIIGPOqsnaO", "reserved": true,
                 "description": "Service account of the sandbox dashboards"},
  "analyst": {"hash": "$2y$12$b7NxO8WQDLLn6TEQAP7IDe6XHjHZ83zI8T3dlxTLFaHVWCJsn3kyS", "backend_roles": ["analyst"],
              "attributes": {"team": "blue", "floor": "3"}, "description": "Log analyst"},
  "viewer": {"hash": "$2y$12$eHZ1ZlocURPJLxCM26xA5./QlgCbC8x3era4Bo7e1laJWmXJCWpeq", "backend_roles": ["viewer"],
             "description": "Read-only sandbox user"},
  "secadmin": {"hash": "$2y$12$hy8EToMHRbxYuG4SNo5Iw.EQNqq2p/0qngEJc/CUx3U.SuzOsADbW", "backend_roles": ["secadmin"],
               "opendistro_security_roles": ["sandbox_audit_reader"], "description": "Security team member"},
  "ghost": {"hash": "$2y$12$BuuvLEBYwXzQuLyZtngrYuFhi0spksiofqI3w/t7ygw33BNX8DG.a", "hidden": true,
            "backend_roles": ["ghost"], "description": "Hidden maintenance account"}
})json";

const char DemoRoles[] = R"json({
  "security_rest_api_access": {"reserved": true, "description": "May use the security REST API"},
  "security_rest_api_full_access": {"reserved": true, "cluster_permissions": [
      "restapi:admin/actiongroups", "restapi:admin/allowlist", "restapi:admin/config/update",
      "restapi:admin/internalusers", "restapi:admin/nodesdn", "restapi:admin/roles", "restapi:admin/rolesmapping",
      "restapi:admin/tenants"]},
  "sandbox_reports_read": {"reserved": true, "description": "Read reports",
      "cluster_permissions": ["cluster:admin/sandbox/reports/get"]},
  "sandbox_audit_reader": {"description": "Reads the audit indices",
      "index_permissions": [{"index_patterns": ["audit-*"], "allowed_actions": ["read"]}]},
  "analyst_role": {"description": "Analysts read logs and work in their tenant",
      "cluster_permissions": ["cluster_monitor"],
      "index_permissions": [{"index_patterns": ["logs-*", "metrics-*"], "fls": ["~secret"],
                             "masked_fields": ["client_ip"], "allowed_actions": ["read", "indices:admin/mappings/get"]}],
      "tenant_permissions": [{"tenant_patterns": ["analysts"], "allowed_actions": ["kibana_all_write"]}]},
  "maintenance_role": {"hidden": true, "cluster_permissions": ["cluster:monitor/*"]}
})json";

const char StaticRoles[] = R"json({
  "all_access": {"reserved": true, "static": true, "description": "Full access to every index and cluster API",
      "cluster_permissions": ["*"],
      "index_permissions": [{"index_patterns": ["*"], "allowed_actions": ["*"]}],
      "tenant_permissions": [{"tenant_patterns": ["*"], "allowed_actions": ["kibana_all_write"]}]},
  "readall": {"reserved": true, "static": true, "description": "Read every index",
      "cluster_permissions": ["cluster_composite_ops_ro"],
      "index_permissions": [{"index_patterns": ["*"], "allowed_actions": ["read"]}]},
  "kibana_user": {"reserved": true, "static": true, "description": "What a dashboards user needs",
      "cluster_permissions": ["cluster_composite_ops"],
      "index_permissions": [{"index_patterns": [".kibana", ".kibana-6", ".kibana_*"],
                             "allowed_actions": ["read", "delete", "manage", "index"]}]}
})json";

const char ShippedRoles[] = R"json({
  "security_rest_api_access": {"reserved": true, "description": "May use the security REST API"},
  "security_rest_api_full_access": {"reserved": true, "cluster_permissions": [
      "restapi:admin/actiongroups", "restapi:admin/allowlist", "restapi:admin/config/update",
      "restapi:admin/internalusers", "restapi:admin/nodesdn", "restapi:admin/roles", "restapi:admin/rolesmapping",
      "restapi:admin/tenants"]},
  "sandbox_reports_read": {"reserved": true, "description": "Read reports and their definitions",
      "cluster_permissions": ["cluster:admin/sandbox/reports/get", "cluster:admin/sandbox/reports/definition/get"]},
  "sandbox_alerts_read": {"reserved": true, "description": "Read alerts and monitors",
      "cluster_permissions": ["cluster:admin/sandbox/alerts/get", "cluster:admin/sandbox/monitors/search"]}
})json";

const char DemoMappings[] = R"json({
  "all_access": {"backend_roles": ["admin"], "description": "Administrators get everything"},
  "security_rest_api_access": {"backend_roles": ["secadmin"]},
  "security_rest_api_full_access": {"reserved": true, "users": ["secadmin"]},
  "analyst_role": {"backend_roles": ["analyst"], "and_backend_roles": [], "description": "Analysts"},
  "readall": {"backend_roles": ["viewer", "analyst"]},
  "kibana_user": {"reserved": true, "users": ["dashboards"], "description": "The dashboards service account"},
  "maintenance_role": {"hidden": true, "users": ["ghost"]}
})json";

const char DemoActionGroups[] = R"json({
  "sandbox_read_ops": {"allowed_actions": ["indices:data/read/*", "indices:admin/mappings/get"], "type": "index",
                       "description": "Reading documents and mappings"},
  "sandbox_monitor": {"reserved": true, "allowed_actions": ["cluster:monitor/health", "cluster:monitor/state"],
                      "type": "cluster"},
  "sandbox_internal": {"hidden": true, "allowed_actions": ["cluster:monitor/nodes/stats"], "type": "cluster"}
})json";

const char StaticActionGroups[] = R"json({
  "read": {"reserved": true, "static": true, "type": "index", "description": "Read documents",
           "allowed_actions": ["indices:data/read*", "indices:admin/mappings/fields/get*"]},
  "write": {"reserved": true, "static": true, "type": "index", "description": "Write documents",
            "allowed_actions": ["indices:data/write*", "indices:admin/mapping/put"]},
  "cluster_monitor": {"reserved": true, "static": true, "type": "cluster", "description": "Cluster monitoring",
                      "allowed_actions": ["cluster:monitor/*"]},
  "cluster_composite_ops": {"reserved": true, "static": true, "type": "cluster",
                            "allowed_actions": ["indices:data/write/bulk", "indices:data/read/mget*"]},
  "cluster_composite_ops_ro": {"reserved": true, "static": true, "type": "cluster",
                               "allowed_actions": ["indices:data/read/mget*", "indices:data/read/msearch*"]},
  "kibana_all_write": {"reserved": true, "static": true, "type": "kibana", "allowed_actions": ["kibana:saved_objects/*/write"]},
  "kibana_all_read": {"reserved": true, "static": true, "type": "kibana", "allowed_actions": ["kibana:saved_objects/*/read"]}
})json";

const char DemoTenants[] = R"json({
  "admin_tenant": {"description": "Demo tenant for admin user"},
  "analysts": {"description": "Shared dashboards of the analysts"},
  "operations": {"reserved": true, "description": "Operations team tenant"},
  "vault": {"hidden": true, "description": "Hidden tenant"}
})json";

const char StaticTenants[] = R"json({
  "global_tenant": {"reserved": true, "static": true, "description": "The tenant every user shares"}
})json";

const char DemoConfigDoc[] = R"json({"config": {"dynamic": {
  "kibana": {"multitenancy_enabled": true, "server_username": "dashboards"},
  "http": {"anonymous_auth_enabled": false, "xff": {"enabled": false}},
  "authc": {
    "basic_internal_auth_domain": {"description": "HTTP Basic against the internal users", "http_enabled": true,
        "order": 0, "http_authenticator": {"type": "basic", "challenge": true},
        "authentication_backend": {"type": "intern"}},
    "directory_auth_domain": {"description": "A directory server (disabled in the sandbox)", "http_enabled": false,
        "order": 1, "http_authenticator": {"type": "basic", "challenge": false},
        "authentication_backend": {"type": "ldap", "config": {"hosts": ["ldap.sandbox.local:636"], "enable_ssl": true,
            "bind_dn": "cn=reader,dc=sandbox,dc=local", "password": "not-a-real-secret"}}}},
  "authz": {
    "directory_roles": {"description": "Roles from the directory (disabled)", "http_enabled": false,
        "authorization_backend": {"type": "ldap", "config": {"rolebase": "ou=groups,dc=sandbox,dc=local"}}}}
}}})json";

const char DemoAudit[] = R"json({"config": {"enabled": true,
  "audit": {"enable_rest": true, "disabled_rest_categories": ["AUTHENTICATED"], "enable_transport": false,
            "ignore_users": ["dashboards"]},
  "compliance": {"enabled": true, "internal_config": true, "write_log_diffs": true, "read_ignore_users": ["dashboards"]}
}})json";

const char DemoAllowlist[] = R"json({"config": {"enabled": false,
  "requests": {"/_cat/nodes": ["GET"], "/_cluster/health": ["GET"]}}})json";

const char DemoNodesDn[] =
    R"json({"sandbox_cluster": {"nodes_dn": ["CN=node-*.sandbox.local,OU=nodes,O=sandbox"]}})json";

// A stable index UUID: 22 characters of URL-safe Base64, as OpenSearch prints them, derived from the name.
QString uuidFor(const QString &name)
{
    const QByteArray digest = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Md5);
    return QString::fromLatin1(digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

qint64 millis(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

CatalogIndex demoIndex(const QString &name, qint64 docs, qint64 bytes, qint64 created)
{
    CatalogIndex index;
    index.name = name;
    index.uuid = uuidFor(name);
    index.docsCount = docs;
    index.docsDeleted = docs / 100;
    index.primaryStoreBytes = bytes;
    index.creationDate = created;
    return index;
}

QJsonObject parseEntities(CType type, const char *text)
{
    const QJsonObject raw = Json::parse(QByteArray(text), u"demo "_s + ConfigTypes::name(type))->toObject();
    QJsonObject out;
    for (auto it = raw.begin(); it != raw.end(); ++it) {
        auto entity = EntitySchema::normalize(type, it.value().toObject());
        Q_ASSERT(entity.ok());
        out.insert(it.key(), *entity);
    }
    return out;
}

} // namespace

namespace DemoConfig {

ConfigSnapshot statics()
{
    ConfigSnapshot snapshot;
    snapshot.statics.insert(CType::Roles, parseEntities(CType::Roles, StaticRoles));
    snapshot.statics.insert(CType::ActionGroups, parseEntities(CType::ActionGroups, StaticActionGroups));
    snapshot.statics.insert(CType::Tenants, parseEntities(CType::Tenants, StaticTenants));
    return snapshot;
}

ConfigSnapshot build()
{
    ConfigSnapshot snapshot = statics();
    snapshot.stored.insert(CType::InternalUsers, parseEntities(CType::InternalUsers, DemoUsers));
    snapshot.stored.insert(CType::Roles, parseEntities(CType::Roles, DemoRoles));
    snapshot.stored.insert(CType::RolesMapping, parseEntities(CType::RolesMapping, DemoMappings));
    snapshot.stored.insert(CType::ActionGroups, parseEntities(CType::ActionGroups, DemoActionGroups));
    snapshot.stored.insert(CType::Tenants, parseEntities(CType::Tenants, DemoTenants));
    snapshot.stored.insert(CType::Config, parseEntities(CType::Config, DemoConfigDoc));
    snapshot.stored.insert(CType::Audit, parseEntities(CType::Audit, DemoAudit));
    snapshot.stored.insert(CType::Allowlist, parseEntities(CType::Allowlist, DemoAllowlist));
    snapshot.stored.insert(CType::NodesDn, parseEntities(CType::NodesDn, DemoNodesDn));
    return snapshot;
}

QJsonObject shippedRoles()
{
    return parseEntities(CType::Roles, ShippedRoles);
}

IndexCatalog indices()
{
    IndexCatalog catalog;
    const qint64 jan1 = millis(2026, 1, 1);
    const qint64 jan2 = millis(2026, 1, 2);
    catalog.indices = {
        demoIndex(u".ds-logs-app-000001"_s, 5400, 1843200, millis(2025, 12, 30)),
        demoIndex(u".ds-logs-app-000002"_s, 4900, 1679360, millis(2025, 12, 31)),
        demoIndex(u".ds-logs-app-000003"_s, 820, 286720, jan1),
        demoIndex(u".kibana_1"_s, 42, 61440, millis(2025, 11, 3)),
        demoIndex(u".opendistro_security"_s, 10, 90112, millis(2025, 11, 1)),
        demoIndex(u".plugins-ml-config"_s, 1, 5120, millis(2025, 11, 1)),
        demoIndex(u"audit-2026.01"_s, 310, 204800, jan1),
        demoIndex(u"logs-2026.01.01"_s, 12000, 7340032, jan1),
        demoIndex(u"logs-2026.01.02"_s, 9500, 5662310, jan2),
        demoIndex(u"metrics-archive-2025"_s, 0, 0, millis(2025, 1, 1)),
        demoIndex(u"metrics-web"_s, 64000, 15938355, millis(2025, 12, 1)),
        demoIndex(u"reports-2026"_s, 12, 30720, jan1),
        demoIndex(u"security-auditlog-2026.01.01"_s, 2300, 1258291, jan1),
    };
    for (CatalogIndex &index : catalog.indices) {
        if (index.name == u"metrics-archive-2025")
            index.open = false; // closed: no document or store statistics
        if (index.name == u"metrics-web")
            index.replicas = 1; // unassigned on the one node: yellow
    }
    catalog.aliases = {
        {u".kibana"_s, u".kibana_1"_s, false, {}, {}, std::nullopt},
        {u"logs"_s, u"logs-2026.01.01"_s, false, {}, {}, false},
        {u"logs"_s, u"logs-2026.01.02"_s, false, {}, {}, true},
        {u"metrics-current"_s, u"metrics-web"_s, true, u"1"_s, u"1,2"_s, std::nullopt},
    };
    catalog.dataStreams = {
        {u"logs-app"_s,
         u"@timestamp"_s,
         {u".ds-logs-app-000001"_s, u".ds-logs-app-000002"_s, u".ds-logs-app-000003"_s},
         u"logs-app-template"_s},
    };
    return catalog;
}

} // namespace DemoConfig
