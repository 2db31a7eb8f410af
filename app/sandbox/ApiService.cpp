#include "app/sandbox/ApiService.h"

#include <mutex>

#include <QLoggingCategory>
#include <QStringList>

#include "app/sandbox/SandboxStore.h"

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSandboxApi, "app.sandbox.api", QtInfoMsg)

namespace {

bool isWriter(RouteKind kind)
{
    switch (kind) {
    case RouteKind::EntityPut:
    case RouteKind::EntityDelete:
    case RouteKind::EntityPatch:
    case RouteKind::CollectionPatch:
    case RouteKind::SecurityConfigPut:
    case RouteKind::SecurityConfigPatch:
    case RouteKind::AllowlistPut:
    case RouteKind::AllowlistPatch:
    case RouteKind::AuditPut:
    case RouteKind::AuditPatch:
    case RouteKind::UpgradePerform:
    case RouteKind::Rollback:
    case RouteKind::AccountPut:
    case RouteKind::TenancyConfigPut:
    case RouteKind::UserAuthToken:
    case RouteKind::ListenerPut:
    case RouteKind::ListenerDelete:
        return true;
    default:
        return false;
    }
}

bool isSupportedContentType(const QByteArray &value)
{
    const QByteArray media = value.split(';').first().trimmed().toLower();
    return media == "application/json" || media == "application/yaml" || media == "application/cbor"
           || media == "application/smile" || media == "application/x-ndjson";
}

QString uriOf(const SandboxRequest &request)
{
    QString uri = request.rawPath;
    if (!request.query.isEmpty()) {
        QStringList pairs;
        for (const auto &[key, value] : request.query)
            pairs.append(value.isEmpty() ? key : key + u'=' + value);
        uri += u'?' + pairs.join(u'&');
    }
    return uri;
}

SandboxResponse unauthorized()
{
    SandboxResponse response = SandboxResponse::text(401, "Unauthorized");
    response.addHeader("WWW-Authenticate", "Basic realm=\"OpenSearch Security\"");
    return response;
}

std::optional<SandboxResponse> allowlistDenial(const SandboxRequest &request, const ConfigSnapshot &snapshot)
{
    const QJsonObject allowlist = snapshot.stored.value(CType::Allowlist).value(u"config"_s).toObject();
    if (!allowlist.value(u"enabled"_s).toBool())
        return std::nullopt;
    const QJsonArray methods = allowlist.value(u"requests"_s).toObject().value(request.path).toArray();
    for (const QJsonValue &method : methods) {
        if (method.toString().compare(request.method, Qt::CaseInsensitive) == 0)
            return std::nullopt;
    }
    return SandboxResponse::fromJson(
        403, QJsonObject {{u"error"_s, u"%1 %2 API not allowlisted"_s.arg(request.method, request.path)},
                          {u"status"_s, u"FORBIDDEN"_s}});
}

} // namespace

ApiService::ApiService(const SandboxOptions &options, SandboxStore &store, QJsonObject shippedRoles)
    : m_options(options)
    , m_store(store)
    , m_shippedRoles(std::move(shippedRoles))
    , m_router(RouterSettings {options.nodesDnEnabled, options.versioning,
                               QVersionNumber::fromString(options.clusterVersion)})
    , m_authenticator(options)
{
    m_version = QVersionNumber::fromString(options.clusterVersion);
    m_passwordRules.minLength = options.passwordMinLength;
    m_passwordRules.regex = options.passwordRegex;
    m_passwordRules.regexMessage = options.passwordRegexMessage;
}

void ApiService::setTls(const TlsMaterial &material, std::function<void(const QSslConfiguration &)> apply)
{
    QMutexLocker locker(&m_tls.mutex);
    m_tls.material = material;
    m_tls.apply = std::move(apply);
}

SandboxResponse ApiService::dispatch(const SandboxRequest &request) const
{
    // docs/api/security-api.md §1.2: routing errors and content-type checks come before authentication.
    const RouteMatch match = m_router.match(request.method == u"HEAD" ? u"GET"_s : request.method, request.path);
    if (request.method == u"OPTIONS" && (match.route || !match.allowedMethods.isEmpty())) {
        SandboxResponse response = SandboxResponse::text(200, QByteArray());
        QStringList allowed = match.allowedMethods;
        if (match.route)
            allowed.append(match.route->method);
        response.addHeader("Allow", allowed.join(u',').toLatin1());
        return response;
    }
    if (!match.route) {
        if (match.allowedMethods.isEmpty()) {
            return SandboxResponse::simpleError(
                400, u"no handler found for uri [%1] and method [%2]"_s.arg(uriOf(request), request.method), false);
        }
        SandboxResponse response = SandboxResponse::simpleError(
            405, u"Incorrect HTTP method for uri [%1] and method [%2], allowed: [%3]"_s.arg(
                     uriOf(request), request.method, match.allowedMethods.join(u", "_s)));
        response.addHeader("Allow", match.allowedMethods.join(u',').toLatin1());
        return response;
    }
    if (!request.body.isEmpty()) {
        const QByteArray contentType = request.header("Content-Type");
        if (contentType.isEmpty())
            return SandboxResponse::simpleError(406, u"Content-Type header is missing"_s);
        if (!isSupportedContentType(contentType)) {
            return SandboxResponse::simpleError(
                406, u"Content-Type header [%1] is not supported"_s.arg(QString::fromLatin1(contentType)));
        }
    }

    const Route &route = *match.route;
    std::unique_lock<QMutex> writeGuard;
    if (isWriter(route.kind))
        writeGuard = m_store.writeGuard();
    Context context {request, route, match.parameters, Identity(), m_store.snapshot()};
    SandboxResponse response = handle(context);
    if (route.legacy) {
        response.addHeader("Warning", "299 OpenSearch-" + m_options.clusterVersion.toLatin1()
                                          + "-sandbox \"[_opendistro/_security] is a deprecated endpoint path. Please "
                                            "use _plugins/_security instead.\"");
    }
    qCDebug(lcSandboxApi) << request.method << request.path << response.status;
    return response;
}

SandboxResponse ApiService::handle(Context &context) const
{
    const Route &route = context.route;
    const SandboxRequest &request = context.request;
    if (route.authenticated) {
        context.identity = m_authenticator.authenticate(request, context.snapshot);
        switch (context.identity.failure) {
        case Identity::Failure::None:
            break;
        case Identity::Failure::Unauthorized:
            return unauthorized();
        case Identity::Failure::NoChallenge:
            return SandboxResponse::text(401, "Authentication finally failed");
        case Identity::Failure::AdminOverHttp:
            return SandboxResponse::text(
                403, "Cannot authenticate user because admin user is not permitted to login via HTTP");
        }
        if (!context.identity.superAdmin) {
            if (auto denial = allowlistDenial(request, context.snapshot))
                return *denial;
        }
    }
    if (!route.endpoint.isEmpty()) {
        if (auto denial = m_authenticator.restApiDenial(context.identity, request, route.endpoint))
            return SandboxResponse::message(403, *denial);
    }
    QStringList unknown;
    for (const auto &[key, value] : request.query) {
        if (!Router::isGlobalParameter(key) && !route.parameters.contains(key) && !unknown.contains(key))
            unknown.append(key);
    }
    if (!unknown.isEmpty()) {
        const QString reason =
            unknown.size() == 1
                ? u"request [%1] contains unrecognized parameter: [%2]"_s.arg(request.rawPath, unknown.first())
                : u"request [%1] contains unrecognized parameters: [%2]"_s.arg(request.rawPath,
                                                                               unknown.join(u"], ["_s));
        return SandboxResponse::exception(400, u"illegal_argument_exception"_s, reason);
    }

    switch (route.kind) {
    case RouteKind::Root:
        return root(context);
    case RouteKind::AuthInfo:
        return authInfo(context);
    case RouteKind::Health:
        return health(context);
    case RouteKind::WhoAmI:
        return whoAmI(context);
    case RouteKind::PermissionsInfo:
        return permissionsInfo(context);
    case RouteKind::CollectionGet:
    case RouteKind::EntityGet:
        return getEntities(context);
    case RouteKind::EntityPut:
        return putEntity(context);
    case RouteKind::EntityDelete:
        return deleteEntity(context);
    case RouteKind::EntityPatch:
        return patchEntity(context);
    case RouteKind::CollectionPatch:
        return patchCollection(context);
    case RouteKind::SecurityConfigGet:
    case RouteKind::AllowlistGet:
    case RouteKind::AuditGet:
        return getSingleton(context);
    case RouteKind::SecurityConfigPut:
    case RouteKind::AllowlistPut:
    case RouteKind::AuditPut:
        return putSingleton(context);
    case RouteKind::SecurityConfigPatch:
    case RouteKind::AllowlistPatch:
    case RouteKind::AuditPatch:
        return patchSingleton(context);
    case RouteKind::UpgradeCheck:
    case RouteKind::UpgradePerform:
        return upgrade(context);
    case RouteKind::Versions:
    case RouteKind::Version:
        return getVersions(context);
    case RouteKind::Rollback:
        return rollback(context);
    case RouteKind::CatIndices:
        return catIndices(context);
    case RouteKind::CatAliases:
        return catAliases(context);
    case RouteKind::DataStreams:
        return dataStreams(context);
    case RouteKind::CatNodes:
        return catNodes(context);
    case RouteKind::Account:
        return account(context);
    case RouteKind::AccountPut:
        return putAccount(context);
    case RouteKind::CacheFlush:
        return flushCache(context);
    case RouteKind::Certificates:
        return certificates(context);
    case RouteKind::SslCerts:
        return sslCerts(context);
    case RouteKind::SslReload:
        return reloadCertificates(context);
    case RouteKind::TenancyConfig:
        return tenancyConfig(context);
    case RouteKind::TenancyConfigPut:
        return putTenancyConfig(context);
    case RouteKind::AuthToken:
        return authToken(context);
    case RouteKind::UserAuthToken:
        return userAuthToken(context);
    case RouteKind::OnBehalfOfToken:
        return onBehalfOfToken(context);
    case RouteKind::DashboardsInfo:
        return dashboardsInfo(context);
    case RouteKind::TenantInfo:
        return tenantInfo(context);
    case RouteKind::SslInfo:
        return sslInfo(context);
    case RouteKind::WhoAmIProtected:
        return whoAmIProtected(context);
    case RouteKind::ListenersGet:
        return listeners(context);
    case RouteKind::ListenerPut:
        return putListener(context);
    case RouteKind::ListenerDelete:
        return deleteListener(context);
    case RouteKind::ApiTokensGet:
        return apiTokens(context);
    case RouteKind::ApiTokenCreate:
        return createApiToken(context);
    case RouteKind::ApiTokenRevoke:
        return revokeApiToken(context);
    }
    return SandboxResponse::message(500, u"unhandled route"_s);
}

QString ApiService::actor(const Context &context) const
{
    if (m_options.modifiedBy == SandboxOptions::ModifiedBy::System || context.identity.name.isEmpty())
        return u"system"_s;
    return context.identity.name;
}

bool ApiService::isAdmin(const Context &context) const
{
    QString permission;
    switch (context.type()) {
    case CType::ActionGroups:
        permission = u"restapi:admin/actiongroups"_s;
        break;
    case CType::Allowlist:
        permission = u"restapi:admin/allowlist"_s;
        break;
    case CType::Config:
        permission = u"restapi:admin/config/update"_s;
        break;
    case CType::InternalUsers:
        permission = u"restapi:admin/internalusers"_s;
        break;
    case CType::NodesDn:
        permission = u"restapi:admin/nodesdn"_s;
        break;
    case CType::Roles:
        permission = u"restapi:admin/roles"_s;
        break;
    case CType::RolesMapping:
        permission = u"restapi:admin/rolesmapping"_s;
        break;
    case CType::Tenants:
        permission = u"restapi:admin/tenants"_s;
        break;
    case CType::Audit:
        break; // only the TLS admin
    }
    return m_authenticator.isRestAdmin(context.identity, permission, context.snapshot);
}

VoidResult ApiService::save(const Context &context, const QHash<CType, QJsonObject> &changes) const
{
    return m_store.commit(changes, actor(context));
}

SandboxResponse ApiService::saveOrError(const Context &context, const QHash<CType, QJsonObject> &changes,
                                        const SandboxResponse &success) const
{
    if (auto saved = save(context, changes); !saved)
        return SandboxResponse::message(500, u"Error "_s + saved.error().toString());
    return success;
}
