#include "app/sandbox/Router.h"

#include <algorithm>

#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

const QString Current = u"_plugins/_security"_s;
const QString Legacy = u"_opendistro/_security"_s;

QStringList split(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

// Routes of OpenSearch core: no plugin prefix, no legacy twin.
bool isCore(RouteKind kind)
{
    return kind == RouteKind::Root || kind == RouteKind::CatIndices || kind == RouteKind::CatAliases
           || kind == RouteKind::CatNodes || kind == RouteKind::DataStreams;
}

bool isParameter(const QString &segment)
{
    return segment.startsWith(u'{');
}

// Literal segments win over parameters, earlier segments first (OpenSearch's path trie).
bool moreSpecific(const Route *a, const Route *b)
{
    for (qsizetype i = 0; i < std::min(a->segments.size(), b->segments.size()); ++i) {
        const bool pa = isParameter(a->segments.at(i));
        const bool pb = isParameter(b->segments.at(i));
        if (pa != pb)
            return !pa;
    }
    return false;
}

QString endpointFor(RouteKind kind, CType type)
{
    switch (kind) {
    case RouteKind::Root:
    case RouteKind::AuthInfo:
    case RouteKind::Health:
    case RouteKind::WhoAmI:
    case RouteKind::PermissionsInfo:
    case RouteKind::CatIndices:
    case RouteKind::CatAliases:
    case RouteKind::DataStreams:
    case RouteKind::CatNodes:
        return {};
    case RouteKind::SecurityConfigGet:
    case RouteKind::SecurityConfigPut:
    case RouteKind::SecurityConfigPatch:
    case RouteKind::UpgradeCheck:
    case RouteKind::UpgradePerform:
        return u"CONFIG"_s;
    case RouteKind::AllowlistGet:
    case RouteKind::AllowlistPut:
    case RouteKind::AllowlistPatch:
        return u"ALLOWLIST"_s;
    case RouteKind::AuditGet:
    case RouteKind::AuditPut:
    case RouteKind::AuditPatch:
        return u"AUDIT"_s;
    case RouteKind::Versions:
    case RouteKind::Version:
        return u"VIEW_VERSION"_s;
    case RouteKind::Rollback:
        return u"ROLLBACK_VERSION"_s;
    default:
        return ConfigTypes::endpointName(type);
    }
}

} // namespace

Router::Router(RouterSettings settings)
{
    add(QString(), {u"GET"_s}, RouteKind::Root, CType::Config, false);
    add(u"authinfo"_s, {u"GET"_s, u"POST"_s}, RouteKind::AuthInfo, CType::Config, true, {u"verbose"_s, u"auth_type"_s});
    add(u"health"_s, {u"GET"_s, u"POST"_s}, RouteKind::Health, CType::Config, true, {u"mode"_s});
    add(u"whoami"_s, {u"GET"_s, u"POST"_s}, RouteKind::WhoAmI, CType::Config, false);
    add(u"api/permissionsinfo"_s, {u"GET"_s}, RouteKind::PermissionsInfo);

    // `local` is accepted and changes nothing: the sandbox is one node.
    add(u"_cat/indices"_s, {u"GET"_s}, RouteKind::CatIndices, CType::Config, false,
        {u"expand_wildcards"_s, u"h"_s, u"v"_s, u"bytes"_s, u"local"_s});
    add(u"_cat/aliases"_s, {u"GET"_s}, RouteKind::CatAliases, CType::Config, false,
        {u"expand_wildcards"_s, u"h"_s, u"v"_s, u"local"_s});
    add(u"_data_stream"_s, {u"GET"_s}, RouteKind::DataStreams, CType::Config, false);
    add(u"_data_stream/{name}"_s, {u"GET"_s}, RouteKind::DataStreams, CType::Config, false);

    QList<CType> crud = {CType::Roles, CType::RolesMapping, CType::InternalUsers, CType::ActionGroups, CType::Tenants};
    if (settings.nodesDn)
        crud.append(CType::NodesDn);
    for (CType type : crud) {
        const QString base = u"api/"_s + ConfigTypes::name(type);
        QStringList getParameters;
        if (type == CType::InternalUsers)
            getParameters = {u"filterBy"_s};
        if (type == CType::NodesDn)
            getParameters = {u"show_all"_s};
        add(base, {u"GET"_s}, RouteKind::CollectionGet, type, true, getParameters);
        add(base, {u"PATCH"_s}, RouteKind::CollectionPatch, type);
        add(base + u"/{name}"_s, {u"GET"_s}, RouteKind::EntityGet, type, true, getParameters);
        add(base + u"/{name}"_s, {u"PUT"_s}, RouteKind::EntityPut, type);
        add(base + u"/{name}"_s, {u"DELETE"_s}, RouteKind::EntityDelete, type);
        add(base + u"/{name}"_s, {u"PATCH"_s}, RouteKind::EntityPatch, type);
    }
    // Legacy singular aliases: GET, GET/{name}, PUT/{name}, DELETE/{name}; no PATCH.
    const QList<QPair<QString, CType>> aliases = {{u"actiongroup"_s, CType::ActionGroups},
                                                  {u"user"_s, CType::InternalUsers}};
    for (const auto &[word, type] : aliases) {
        const QString base = u"api/"_s + word;
        add(base, {u"GET"_s}, RouteKind::CollectionGet, type);
        add(base + u"/{name}"_s, {u"GET"_s}, RouteKind::EntityGet, type);
        add(base + u"/{name}"_s, {u"PUT"_s}, RouteKind::EntityPut, type);
        add(base + u"/{name}"_s, {u"DELETE"_s}, RouteKind::EntityDelete, type);
    }

    add(u"api/securityconfig"_s, {u"GET"_s}, RouteKind::SecurityConfigGet, CType::Config);
    add(u"api/securityconfig"_s, {u"PATCH"_s}, RouteKind::SecurityConfigPatch, CType::Config);
    add(u"api/securityconfig/config"_s, {u"PUT"_s}, RouteKind::SecurityConfigPut, CType::Config);

    add(u"api/allowlist"_s, {u"GET"_s}, RouteKind::AllowlistGet, CType::Allowlist, false);
    add(u"api/allowlist"_s, {u"PUT"_s}, RouteKind::AllowlistPut, CType::Allowlist, false);
    add(u"api/allowlist"_s, {u"PATCH"_s}, RouteKind::AllowlistPatch, CType::Allowlist, false);

    add(u"api/audit"_s, {u"GET"_s}, RouteKind::AuditGet, CType::Audit);
    add(u"api/audit"_s, {u"PATCH"_s}, RouteKind::AuditPatch, CType::Audit);
    add(u"api/audit/config"_s, {u"PUT"_s}, RouteKind::AuditPut, CType::Audit);

    add(u"api/_upgrade_check"_s, {u"GET"_s}, RouteKind::UpgradeCheck, CType::Roles, true,
        {u"configs"_s, u"entities"_s});
    add(u"api/_upgrade_perform"_s, {u"POST"_s}, RouteKind::UpgradePerform, CType::Roles, true,
        {u"configs"_s, u"entities"_s});

    const QVersionNumber &v = settings.version;
    auto since = [&v](int major, int minor) { return v >= QVersionNumber(major, minor); };
    add(u"_cat/nodes"_s, {u"GET"_s}, RouteKind::CatNodes, CType::Config, false,
        {u"full_id"_s, u"h"_s, u"v"_s, u"size"_s, u"local"_s, u"bytes"_s, u"time"_s});
    // The plugin's other APIs (docs/api/security-api.md §13). ACCOUNT has no access check of its own.
    for (const QString &prefix : {Current, Legacy}) {
        const bool legacy = prefix == Legacy;
        addExact(prefix, u"api/account"_s, {u"GET"_s}, RouteKind::Account, QString(), {}, true, legacy);
        addExact(prefix, u"api/account"_s, {u"PUT"_s}, RouteKind::AccountPut, QString(), {}, true, legacy);
        addExact(prefix, u"api/cache"_s, {u"DELETE"_s}, RouteKind::CacheFlush, u"CACHE"_s, {}, true, legacy);
        addExact(prefix, u"api/ssl/certs"_s, {u"GET"_s}, RouteKind::SslCerts, u"SSL"_s, {}, true, legacy);
        addExact(prefix, u"api/ssl/{certType}/reloadcerts"_s, {u"PUT"_s}, RouteKind::SslReload, u"SSL"_s, {}, true,
                 legacy);
        addExact(prefix, u"api/tenancy/config"_s, {u"GET"_s}, RouteKind::TenancyConfig, u"TENANTS"_s, {}, true, legacy);
        addExact(prefix, u"api/tenancy/config"_s, {u"PUT"_s}, RouteKind::TenancyConfigPut, u"TENANTS"_s, {}, true,
                 legacy);
        addExact(prefix, u"api/authtoken"_s, {u"POST"_s}, RouteKind::AuthToken, u"AUTHTOKEN"_s, {}, true, legacy);
        addExact(prefix, u"api/internalusers/{name}/authtoken"_s, {u"POST"_s}, RouteKind::UserAuthToken,
                 u"INTERNALUSERS"_s, {}, true, legacy);
        addExact(prefix, u"api/user/{name}/authtoken"_s, {u"POST"_s}, RouteKind::UserAuthToken, u"INTERNALUSERS"_s, {},
                 true, legacy);
        addExact(prefix, u"tenantinfo"_s, {u"GET"_s, u"POST"_s}, RouteKind::TenantInfo, QString(), {}, true, legacy);
        if (since(3, 0)) {
            addExact(prefix, u"api/authfailurelisteners"_s, {u"GET"_s}, RouteKind::ListenersGet, u"RATELIMITERS"_s, {},
                     true, legacy);
            addExact(prefix, u"api/authfailurelisteners/{name}"_s, {u"PUT"_s}, RouteKind::ListenerPut,
                     u"RATELIMITERS"_s, {}, true, legacy);
            addExact(prefix, u"api/authfailurelisteners/{name}"_s, {u"DELETE"_s}, RouteKind::ListenerDelete,
                     u"RATELIMITERS"_s, {}, true, legacy);
        }
    }
    if (since(3, 1))
        addExact(Current, u"api/cache/user/{username}"_s, {u"DELETE"_s}, RouteKind::CacheFlush, u"CACHE"_s);
    if (since(2, 15)) {
        addExact(Current, u"api/certificates"_s, {u"GET"_s}, RouteKind::Certificates, u"SSL"_s,
                 {u"cert_type"_s, u"timeout"_s});
        addExact(Current, u"api/certificates/{nodeId}"_s, {u"GET"_s}, RouteKind::Certificates, u"SSL"_s,
                 {u"cert_type"_s, u"timeout"_s});
    }
    addExact(Current, u"api/generateonbehalfoftoken"_s, {u"POST"_s}, RouteKind::OnBehalfOfToken, QString());
    addExact(Current, u"api/obo/token"_s, {u"POST"_s}, RouteKind::OnBehalfOfToken, QString());
    addExact(Current, u"dashboardsinfo"_s, {u"GET"_s, u"POST"_s}, RouteKind::DashboardsInfo, QString());
    addExact(Legacy, u"kibanainfo"_s, {u"GET"_s, u"POST"_s}, RouteKind::DashboardsInfo, QString(), {}, true, true);
    // sslinfo exists under the legacy prefix only, as a regular (not deprecated) route.
    addExact(Legacy, u"sslinfo"_s, {u"GET"_s}, RouteKind::SslInfo, QString(), {u"show_dn"_s});
    addExact(Current, u"whoamiprotected"_s, {u"GET"_s}, RouteKind::WhoAmIProtected, QString());
    if (since(3, 7)) {
        // Access is checked by the handler, with its own message.
        addExact(Current, u"api/apitokens"_s, {u"GET"_s}, RouteKind::ApiTokensGet, QString());
        addExact(Current, u"api/apitokens"_s, {u"POST"_s}, RouteKind::ApiTokenCreate, QString());
        addExact(Current, u"api/apitokens/{id}"_s, {u"DELETE"_s}, RouteKind::ApiTokenRevoke, QString());
    }

    if (settings.versions) {
        add(u"api/versions"_s, {u"GET"_s}, RouteKind::Versions, CType::Config, false);
        add(u"api/version/{versionID}"_s, {u"GET"_s}, RouteKind::Version, CType::Config, false);
        add(u"api/version/rollback"_s, {u"POST"_s}, RouteKind::Rollback, CType::Config, false);
        add(u"api/version/rollback/{versionID}"_s, {u"POST"_s}, RouteKind::Rollback, CType::Config, false);
    }
}

void Router::add(const QString &path, const QStringList &methods, RouteKind kind, CType type, bool withLegacy,
                 const QStringList &parameters)
{
    QStringList prefixes;
    if (isCore(kind))
        prefixes = {QString()};
    else
        prefixes = withLegacy ? QStringList {Current, Legacy} : QStringList {Current};
    for (const QString &prefix : prefixes) {
        for (const QString &method : methods) {
            Route route;
            route.segments = split(prefix + u'/' + path);
            route.method = method;
            route.kind = kind;
            route.type = type;
            route.legacy = prefix == Legacy;
            route.authenticated = kind != RouteKind::Health && kind != RouteKind::WhoAmI;
            route.endpoint = endpointFor(kind, type);
            route.parameters = parameters;
            m_routes.append(route);
        }
    }
}

void Router::addExact(const QString &prefix, const QString &path, const QStringList &methods, RouteKind kind,
                      const QString &endpoint, const QStringList &parameters, bool authenticated, bool legacy)
{
    for (const QString &method : methods) {
        Route route;
        route.segments = split(prefix + u'/' + path);
        route.method = method;
        route.kind = kind;
        route.legacy = legacy;
        route.authenticated = authenticated;
        route.endpoint = endpoint;
        route.parameters = parameters;
        m_routes.append(route);
    }
}

RouteMatch Router::match(const QString &method, const QString &path) const
{
    QStringList segments = split(path);
    for (QString &segment : segments)
        segment = QUrl::fromPercentEncoding(segment.toUtf8());
    QList<const Route *> candidates;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i)
            matches = isParameter(route.segments.at(i)) || route.segments.at(i) == segments.at(i);
        if (matches)
            candidates.append(&route);
    }
    std::stable_sort(candidates.begin(), candidates.end(), moreSpecific);
    RouteMatch result;
    for (const Route *route : candidates) {
        if (route->method != method) {
            if (!result.allowedMethods.contains(route->method))
                result.allowedMethods.append(route->method);
            continue;
        }
        result.route = route;
        for (qsizetype i = 0; i < segments.size(); ++i) {
            const QString &segment = route->segments.at(i);
            if (isParameter(segment))
                result.parameters.insert(segment.mid(1, segment.size() - 2), segments.at(i));
        }
        return result;
    }
    return result;
}

bool Router::isGlobalParameter(const QString &name)
{
    return name == u"pretty" || name == u"format" || name == u"human" || name == u"filter_path"
           || name == u"error_trace";
}
