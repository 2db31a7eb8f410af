#include "app/domain/ConfigGeneratorSections.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QString>

using namespace Qt::StringLiterals;

namespace ConfigGeneratorSections {

QStringList latin1List(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromLatin1(item));
    return list;
}

const QStringList &firstNames()
{
    static const QStringList names =
        latin1List({"anna",   "ben",    "chloe", "david", "elena",  "felix",  "greta", "hugo",  "ines",
                    "jonas",  "karin",  "lukas", "maria", "nils",   "olga",   "paul",  "quinn", "rosa",
                    "sven",   "tara",   "uwe",   "vera",  "willem", "xenia",  "yusuf", "zoe",   "amir",
                    "bianca", "carlos", "dana",  "emil",  "fatima", "george", "hana",  "ivan",  "julia"});
    return names;
}

const QStringList &lastNames()
{
    static const QStringList names = latin1List(
        {"schmidt", "mueller", "garcia", "nguyen",   "kowalski", "rossi",  "dubois", "jansen",  "novak", "smith",
         "johnson", "tanaka",  "silva",  "andersen", "fischer",  "martin", "kaya",   "ivanova", "brown", "larsen",
         "weber",   "moreau",  "costa",  "popescu",  "horvat",   "meyer",  "okafor", "singh",   "chen",  "wagner"});
    return names;
}

const QStringList &departments()
{
    static const QStringList names =
        latin1List({"finance", "marketing", "engineering", "sales", "hr", "legal", "support", "security", "operations",
                    "research", "logistics", "procurement", "compliance", "product", "data", "facilities"});
    return names;
}

const QStringList &teams()
{
    static const QStringList names =
        latin1List({"payments", "billing", "search",    "analytics", "platform",   "mobile",       "web",
                    "identity", "fraud",   "reporting", "ingest",    "pricing",    "inventory",    "shipping",
                    "crm",      "risk",    "treasury",  "audit",     "onboarding", "observability"});
    return names;
}

const QStringList &locations()
{
    static const QStringList names = latin1List({"Berlin", "Amsterdam", "Dublin", "Lisbon", "Warsaw", "Austin",
                                                 "Toronto", "Singapore", "Sydney", "Tokyo", "Nairobi", "Sao Paulo"});
    return names;
}

const QStringList &roleKinds()
{
    static const QStringList names =
        latin1List({"read", "write", "admin", "analyst", "ingest", "dashboards", "auditor", "ops"});
    return names;
}

const QStringList &groupSuffixes()
{
    static const QStringList names = latin1List({"analysts", "engineers", "admins", "leads", "readers", "oncall"});
    return names;
}

const QStringList &indexActions()
{
    static const QStringList names = latin1List({"read",
                                                 "write",
                                                 "crud",
                                                 "search",
                                                 "get",
                                                 "index",
                                                 "delete",
                                                 "create_index",
                                                 "manage",
                                                 "indices_monitor",
                                                 "indices:data/read/search*",
                                                 "indices:data/read/msearch",
                                                 "indices:data/read/get*",
                                                 "indices:data/write/bulk*",
                                                 "indices:data/write/index",
                                                 "indices:admin/mappings/get",
                                                 "indices:admin/create",
                                                 "indices:monitor/settings/get",
                                                 "indices:admin/aliases/get",
                                                 "indices:data/read/scroll*"});
    return names;
}

const QStringList &clusterActions()
{
    static const QStringList names = latin1List(
        {"cluster_composite_ops_ro", "cluster_composite_ops", "cluster_monitor", "cluster_manage_index_templates",
         "cluster:admin/opendistro/reports/definition/get", "cluster:admin/opendistro/reports/instance/list",
         "cluster:admin/opensearch/ppl", "cluster:monitor/health", "cluster:admin/opendistro/alerting/monitor/get",
         "cluster:admin/opensearch/observability/get", "indices:data/read/scroll/clear"});
    return names;
}

const QStringList &maskableFields()
{
    static const QStringList names = latin1List({"email", "phone", "iban", "ssn", "salary", "address.street",
                                                 "customer.name", "ip", "date_of_birth", "card.number"});
    return names;
}

const QStringList &visibleFields()
{
    static const QStringList names = latin1List({"@timestamp", "message", "status", "amount", "currency", "customer.id",
                                                 "order.id", "region", "event.category", "host.name"});
    return names;
}

const QStringList &sensitiveIndices()
{
    static const QStringList names =
        latin1List({"customers", "payroll", "transactions", "hr-records", "pii", "invoices", "tickets"});
    return names;
}

const QStringList &jobTitles()
{
    static const QStringList names =
        latin1List({"Data Analyst", "Senior Data Analyst", "Software Engineer", "Senior Software Engineer",
                    "Site Reliability Engineer", "Team Lead", "Engineering Manager", "Product Manager",
                    "Security Analyst", "Business Analyst", "Accountant", "Support Specialist", "Compliance Officer",
                    "Data Scientist", "Operations Manager", "Intern"});
    return names;
}

const QStringList &sharedGroups()
{
    static const QStringList names = latin1List(
        {"vpn-users", "sso-mfa-enforced", "dashboards-users", "oncall-rotation", "all-employees", "contractors"});
    return names;
}

const QStringList &dlsQueries()
{
    static const QStringList queries = latin1List({
        "{\"term\": {\"department\": \"<department>\"}}",
        "{\"bool\": {\"filter\": [{\"term\": {\"department\": \"<department>\"}}, {\"term\": {\"team\": "
        "\"<team>\"}}]}}",
        "{\"term\": {\"owner\": \"${user.name}\"}}",
        "{\"term\": {\"department\": \"${attr.internal.department}\"}}",
        "{\"bool\": {\"must_not\": [{\"term\": {\"classification\": \"restricted\"}}]}}",
        "{\"range\": {\"@timestamp\": {\"gte\": \"now-90d/d\"}}}",
        "{\"bool\": {\"should\": [{\"term\": {\"team\": \"<team>\"}}, {\"term\": {\"visibility\": "
        "\"public\"}}], \"minimum_should_match\": 1}}",
    });
    return queries;
}

const QStringList &roleDescriptions()
{
    static const QStringList texts = latin1List({"%1 access for the %2 %3 team", "%2 %3: %1 access to its indices",
                                                 "Grants %1 rights on %2 %3 data", "%1 role of %2 (%3)"});
    return texts;
}

const QStringList &tenantDescriptions()
{
    static const QStringList texts =
        latin1List({"Dashboards and saved searches of %1 %2", "Shared reports, %1 %2", "%1 %2 team space"});
    return texts;
}

const QList<StaticActionGroup> &staticActionGroups()
{
    auto group = [](const char *name, const char *type, std::initializer_list<const char *> actions) {
        return StaticActionGroup {QString::fromLatin1(name), QString::fromLatin1(type), latin1List(actions)};
    };
    static const QList<StaticActionGroup> groups {
        group("read", "index",
              {"indices:data/read*", "indices:admin/mappings/fields/get*", "indices:admin/resolve/index"}),
        group("write", "index", {"indices:data/write*", "indices:admin/mapping/put"}),
        group("crud", "index", {"read", "write"}),
        group("search", "index", {"indices:data/read/search*", "indices:data/read/msearch*", "suggest"}),
        group("manage", "index", {"indices:monitor/*", "indices:admin/*"}),
        group("indices_monitor", "index", {"indices:monitor/*"}),
        group("create_index", "index", {"indices:admin/create", "indices:admin/mapping/put"}),
        group("cluster_monitor", "cluster", {"cluster:monitor/*"}),
        group("cluster_composite_ops_ro", "cluster",
              {"indices:data/read/mget", "indices:data/read/msearch", "indices:data/read/mtv",
               "indices:admin/aliases/get*", "indices:data/read/scroll", "indices:admin/resolve/index"}),
        group("kibana_all_read", "kibana", {"kibana:saved_objects/*/read"}),
        group("kibana_all_write", "kibana", {"kibana:saved_objects/*/write"}),
    };
    return groups;
}

const QStringList &specialRoles()
{
    static const QStringList names = latin1List({"all_access", "kibana_user", "readall", "security_rest_api_access",
                                                 "kibana_server", "logstash", "monitoring_internal"});
    return names;
}

const QStringList &specialUsers()
{
    static const QStringList names = latin1List({"admin", "kibanaserver", "logstash", "readall", "monitoring_agent"});
    return names;
}

const QStringList &specialUserDescriptions()
{
    static const QStringList texts = latin1List({"Demo admin user", "Dashboards server user", "Logstash ingest account",
                                                 "Demo read-only user", "Metrics collection agent"});
    return texts;
}

QJsonObject dynamicConfig()
{
    auto domain = [](int order, bool enabled, const QString &authenticator, bool challenge,
                     const QJsonObject &authenticatorConfig, const QString &backend, const QJsonObject &backendConfig,
                     const QString &description) {
        return QJsonObject {
            {u"http_enabled"_s, enabled},
            {u"order"_s, order},
            {u"http_authenticator"_s,
             QJsonObject {{u"challenge"_s, challenge}, {u"type"_s, authenticator}, {u"config"_s, authenticatorConfig}}},
            {u"authentication_backend"_s, QJsonObject {{u"type"_s, backend}, {u"config"_s, backendConfig}}},
            {u"description"_s, description}};
    };
    const QJsonObject ldapConfig {
        {u"enable_ssl"_s, true},
        {u"enable_start_tls"_s, false},
        {u"enable_ssl_client_auth"_s, false},
        {u"verify_hostnames"_s, true},
        {u"hosts"_s, QJsonArray {u"ldap1.corp.example.com:636"_s, u"ldap2.corp.example.com:636"_s}},
        {u"bind_dn"_s, u"cn=opensearch,ou=services,dc=corp,dc=example,dc=com"_s},
        {u"password"_s, u"******"_s},
        {u"userbase"_s, u"ou=people,dc=corp,dc=example,dc=com"_s},
        {u"usersearch"_s, u"(sAMAccountName={0})"_s},
        {u"username_attribute"_s, u"uid"_s}};
    QJsonObject authc {
        {u"basic_internal_auth_domain"_s, domain(4, true, u"basic"_s, true, {}, u"intern"_s, {},
                                                 u"Authenticate via HTTP Basic against internal users database"_s)},
        {u"ldap"_s,
         domain(5, true, u"basic"_s, false, {}, u"ldap"_s, ldapConfig, u"Authenticate via LDAP or Active Directory"_s)},
        {u"jwt_auth_domain"_s,
         domain(0, true, u"jwt"_s, false,
                QJsonObject {{u"jwks_uri"_s, u"https://sso.corp.example.com/.well-known/jwks.json"_s},
                             {u"jwt_header"_s, u"Authorization"_s},
                             {u"jwt_clock_skew_tolerance_seconds"_s, 30},
                             {u"roles_key"_s, u"groups"_s},
                             {u"subject_key"_s, u"preferred_username"_s}},
                u"noop"_s, {}, u"Authenticate via Json Web Token"_s)},
        {u"proxy_auth_domain"_s,
         domain(3, false, u"proxy"_s, false,
                QJsonObject {{u"user_header"_s, u"x-proxy-user"_s}, {u"roles_header"_s, u"x-proxy-roles"_s}}, u"noop"_s,
                {}, u"Authenticate via proxy"_s)},
        {u"clientcert_auth_domain"_s,
         domain(2, false, u"clientcert"_s, false, QJsonObject {{u"username_attribute"_s, u"cn"_s}}, u"noop"_s, {},
                u"Authenticate via SSL client certificates"_s)},
        {u"kerberos_auth_domain"_s,
         domain(6, false, u"kerberos"_s, true,
                QJsonObject {{u"krb_debug"_s, false}, {u"strip_realm_from_principal"_s, true}}, u"noop"_s, {},
                QString())}};
    QJsonObject ldapAuthz = ldapConfig;
    ldapAuthz.insert(u"rolebase"_s, u"ou=groups,dc=corp,dc=example,dc=com"_s);
    ldapAuthz.insert(u"rolesearch"_s, u"(member={0})"_s);
    ldapAuthz.insert(u"rolename"_s, u"cn"_s);
    ldapAuthz.insert(u"userrolename"_s, u"disabled"_s);
    ldapAuthz.insert(u"resolve_nested_roles"_s, true);
    QJsonObject authz {
        {u"roles_from_myldap"_s,
         QJsonObject {{u"http_enabled"_s, true},
                      {u"authorization_backend"_s, QJsonObject {{u"type"_s, u"ldap"_s}, {u"config"_s, ldapAuthz}}},
                      {u"description"_s, u"Authorize via LDAP or Active Directory"_s}}},
        {u"roles_from_another_ldap"_s,
         QJsonObject {{u"http_enabled"_s, false},
                      {u"authorization_backend"_s, QJsonObject {{u"type"_s, u"ldap"_s}, {u"config"_s, QJsonObject()}}},
                      {u"description"_s, u"Authorize via another Active Directory"_s}}}};
    auto listener = [](const QString &type, const QJsonValue &backend) {
        QJsonObject object {{u"type"_s, type},
                            {u"ignore_hosts"_s, QJsonArray()},
                            {u"allowed_tries"_s, 10},
                            {u"time_window_seconds"_s, 3600},
                            {u"block_expiry_seconds"_s, 600},
                            {u"max_blocked_clients"_s, 100000},
                            {u"max_tracked_clients"_s, 100000}};
        if (!backend.isNull())
            object.insert(u"authentication_backend"_s, backend);
        return object;
    };
    return QJsonObject {
        {u"filtered_alias_mode"_s, u"warn"_s},
        {u"disable_rest_auth"_s, false},
        {u"disable_intertransport_auth"_s, false},
        {u"respect_request_indices_options"_s, false},
        {u"kibana"_s, QJsonObject {{u"multitenancy_enabled"_s, true},
                                   {u"private_tenant_enabled"_s, true},
                                   {u"default_tenant"_s, u"global_tenant"_s},
                                   {u"preferred_tenants"_s, QJsonArray {u"Private"_s, u"Global"_s}},
                                   {u"server_username"_s, u"kibanaserver"_s},
                                   {u"index"_s, u".kibana"_s}}},
        {u"http"_s, QJsonObject {{u"anonymous_auth_enabled"_s, false},
                                 {u"xff"_s, QJsonObject {{u"enabled"_s, true},
                                                         {u"internalProxies"_s, u"10\\.0\\.0\\.\\d+"_s},
                                                         {u"remoteIpHeader"_s, u"X-Forwarded-For"_s}}}}},
        {u"authc"_s, authc},
        {u"authz"_s, authz},
        {u"auth_failure_listeners"_s,
         QJsonObject {{u"ip_rate_limiting"_s, listener(u"ip"_s, QJsonValue())},
                      {u"internal_authentication_backend_limiting"_s, listener(u"username"_s, u"intern"_s)}}},
        {u"do_not_fail_on_forbidden"_s, true},
        {u"multi_rolespan_enabled"_s, true},
        {u"hosts_resolver_mode"_s, u"ip-only"_s},
        {u"do_not_fail_on_forbidden_empty"_s, false},
        {u"on_behalf_of"_s, QJsonObject {{u"enabled"_s, false}}},
        {u"api_tokens"_s,
         QJsonObject {{u"enabled"_s, false}, {u"max_tokens"_s, 100}, {u"max_duration_seconds"_s, 7776000}}},
        {u"privileges_evaluation_ignore_unauthorized_indices"_s, true}};
}

QJsonObject auditConfig()
{
    return QJsonObject {
        {u"enabled"_s, true},
        {u"audit"_s,
         QJsonObject {{u"enable_rest"_s, true},
                      {u"disabled_rest_categories"_s, QJsonArray {u"AUTHENTICATED"_s, u"GRANTED_PRIVILEGES"_s}},
                      {u"enable_transport"_s, true},
                      {u"disabled_transport_categories"_s, QJsonArray {u"AUTHENTICATED"_s, u"GRANTED_PRIVILEGES"_s}},
                      {u"ignore_users"_s, QJsonArray {u"kibanaserver"_s}},
                      {u"ignore_requests"_s, QJsonArray()},
                      {u"resolve_bulk_requests"_s, false},
                      {u"log_request_body"_s, true},
                      {u"resolve_indices"_s, true},
                      {u"exclude_sensitive_headers"_s, true}}},
        {u"compliance"_s, QJsonObject {{u"enabled"_s, true},
                                       {u"internal_config"_s, true},
                                       {u"external_config"_s, false},
                                       {u"read_metadata_only"_s, true},
                                       {u"read_watched_fields"_s, QJsonObject()},
                                       {u"read_ignore_users"_s, QJsonArray {u"kibanaserver"_s}},
                                       {u"write_metadata_only"_s, true},
                                       {u"write_log_diffs"_s, false},
                                       {u"write_watched_indices"_s, QJsonArray()},
                                       {u"write_ignore_users"_s, QJsonArray {u"kibanaserver"_s}}}}};
}

QJsonObject nodesDn()
{
    QJsonObject nodesDn;
    for (int i = 1; i <= 3; ++i) {
        nodesDn.insert(u"cluster%1"_s.arg(i),
                       QJsonObject {{u"nodes_dn"_s, QJsonArray {u"CN=*.cluster%1.corp.example.com"_s.arg(i),
                                                                u"CN=node-%1-*.example.com,OU=ops"_s.arg(i)}}});
    }
    return nodesDn;
}

QJsonObject allowlist()
{
    return QJsonObject {{u"enabled"_s, false},
                        {u"requests"_s, QJsonObject {{u"/_cluster/settings"_s, QJsonArray {u"GET"_s}},
                                                     {u"/_cat/nodes"_s, QJsonArray {u"GET"_s}}}}};
}

} // namespace ConfigGeneratorSections
