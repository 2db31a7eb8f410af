#pragma once

// ApiService: the emulated Security REST API without sockets. dispatch() takes a request through OpenSearch's
// routing checks, authentication, the access gates and the handler, and returns the response. Owns nothing but
// references, the loaded TLS certificates and the API tokens (in memory only); callable from any thread (the store
// serialises writers). Handlers live in Api*Handlers.cpp.

#include <functional>
#include <optional>

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>
#include <QVersionNumber>

#include "app/common/Result.h"
#include "app/sandbox/Authenticator.h"
#include "app/sandbox/ConfigSnapshot.h"
#include "app/sandbox/ContentValidator.h"
#include "app/sandbox/HttpMessages.h"
#include "app/sandbox/Router.h"
#include "app/sandbox/SandboxOptions.h"
#include "app/sandbox/TlsMaterial.h"

class SandboxStore;

// What ApiService keeps besides the store: the HTTPS certificates as loaded (ssl/http/reloadcerts swaps them) and
// the API tokens' metadata (never the token values), both in memory only.
struct TlsState
{
    QMutex mutex;
    std::optional<TlsMaterial> material;
    std::function<void(const QSslConfiguration &)> apply;
};

struct ApiTokenStore
{
    QMutex mutex;
    QList<QJsonObject> tokens; // as GET apitokens lists them
    int nextId = 1;
};

class ApiService
{
public:
    ApiService(const SandboxOptions &options, SandboxStore &store, QJsonObject shippedRoles);

    SandboxResponse dispatch(const SandboxRequest &request) const;

    // Under TLS: the certificates the server was started with, and how to hand it new ones after a reload
    // (called on a worker thread; must not block on the server thread).
    void setTls(const TlsMaterial &material, std::function<void(const QSslConfiguration &)> apply);
    // True when dispatch() would run a bcrypt check for the request's credentials (see SandboxHttpServer).
    bool needsPasswordCheck(const SandboxRequest &request) const { return m_authenticator.needsPasswordCheck(request); }

private:
    struct Context
    {
        const SandboxRequest &request;
        const Route &route;
        QHash<QString, QString> parameters;
        Identity identity;
        ConfigSnapshot snapshot;

        QString name() const { return parameters.value(QStringLiteral("name")); }
        CType type() const { return route.type; }
    };

    SandboxResponse handle(Context &context) const;
    QString actor(const Context &context) const;
    // Whether the emulated cluster is at least major.minor (SandboxOptions::clusterVersion).
    bool since(int major, int minor) const { return m_version >= QVersionNumber(major, minor); }
    bool isAdmin(const Context &context) const; // REST admin for the route's endpoint (docs/api/security-api.md §2.3)
    VoidResult save(const Context &context, const QHash<CType, QJsonObject> &changes) const;
    SandboxResponse saveOrError(const Context &context, const QHash<CType, QJsonObject> &changes,
                                const SandboxResponse &success) const;

    // ApiCrudHandlers.cpp
    SandboxResponse getEntities(const Context &context) const;
    std::optional<SandboxResponse> entityPathChecks(const Context &context) const;
    SandboxResponse putEntity(const Context &context) const;
    SandboxResponse deleteEntity(const Context &context) const;
    SandboxResponse patchEntity(const Context &context) const;
    SandboxResponse patchCollection(const Context &context) const;
    std::optional<SandboxResponse> immutability(const Context &context, const QString &name) const;
    std::optional<SandboxResponse> restApiPermissionRule(const Context &context, const QString &name,
                                                         const QJsonObject &newEntity) const;
    // The checks of docs/api/security-api.md §5, after immutability; may rewrite the entity (users: password -> hash).
    std::optional<SandboxResponse> resourceChecks(const Context &context, const QString &name, QJsonObject &entity,
                                                  bool fromPatch) const;
    QJsonObject visibleEntities(const Context &context) const;

    // ApiConfigHandlers.cpp: securityconfig, allowlist, audit
    SandboxResponse getSingleton(const Context &context) const;
    SandboxResponse putSingleton(const Context &context) const;
    SandboxResponse patchSingleton(const Context &context) const;
    std::optional<SandboxResponse> singletonGate(const Context &context) const;
    std::optional<SandboxResponse> storeSingleton(const Context &context, const QJsonObject &entity,
                                                  QJsonObject &normalized) const;

    // ApiVersionHandlers.cpp
    SandboxResponse getVersions(const Context &context) const;
    SandboxResponse rollback(const Context &context) const;
    SandboxResponse upgrade(const Context &context) const;

    // ApiInfoHandlers.cpp
    SandboxResponse root(const Context &context) const;
    SandboxResponse authInfo(const Context &context) const;
    SandboxResponse health(const Context &context) const;
    SandboxResponse whoAmI(const Context &context) const;
    SandboxResponse permissionsInfo(const Context &context) const;

    // ApiIndexHandlers.cpp: OpenSearch core's _cat/indices, _cat/aliases, _cat/nodes and _data_stream
    SandboxResponse catIndices(const Context &context) const;
    SandboxResponse catAliases(const Context &context) const;
    SandboxResponse catNodes(const Context &context) const;
    SandboxResponse dataStreams(const Context &context) const;

    // ApiAccountHandlers.cpp: account, cache, authtoken, service account tokens, on-behalf-of tokens,
    // whoamiprotected
    SandboxResponse account(const Context &context) const;
    SandboxResponse putAccount(const Context &context) const;
    SandboxResponse flushCache(const Context &context) const;
    SandboxResponse authToken(const Context &context) const;
    SandboxResponse userAuthToken(const Context &context) const;
    SandboxResponse onBehalfOfToken(const Context &context) const;
    SandboxResponse whoAmIProtected(const Context &context) const;
    // A NamedRoute's privilege check in the plugin's REST filter: null when granted, else its 401.
    std::optional<SandboxResponse> namedRouteDenial(const Context &context, const QStringList &actions) const;
    QJsonObject tenantMap(const Context &context) const; // tenant -> writable, as authinfo and account show it

    // ApiTlsHandlers.cpp: certificates, ssl/certs, ssl/{type}/reloadcerts, sslinfo
    SandboxResponse certificates(const Context &context) const;
    SandboxResponse sslCerts(const Context &context) const;
    SandboxResponse reloadCertificates(const Context &context) const;
    SandboxResponse sslInfo(const Context &context) const;

    // ApiTenancyHandlers.cpp: tenancy/config, dashboardsinfo, tenantinfo, authfailurelisteners
    SandboxResponse tenancyConfig(const Context &context) const;
    SandboxResponse putTenancyConfig(const Context &context) const;
    SandboxResponse dashboardsInfo(const Context &context) const;
    SandboxResponse tenantInfo(const Context &context) const;
    SandboxResponse listeners(const Context &context) const;
    SandboxResponse putListener(const Context &context) const;
    SandboxResponse deleteListener(const Context &context) const;

    // ApiTokenHandlers.cpp: apitokens (3.7 and later)
    SandboxResponse apiTokens(const Context &context) const;
    SandboxResponse createApiToken(const Context &context) const;
    SandboxResponse revokeApiToken(const Context &context) const;

    const SandboxOptions &m_options;
    SandboxStore &m_store;
    mutable TlsState m_tls;
    mutable ApiTokenStore m_apiTokens;
    QJsonObject m_shippedRoles;
    Router m_router;
    Authenticator m_authenticator;
    PasswordRules m_passwordRules;
    QVersionNumber m_version;
};
