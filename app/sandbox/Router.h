#pragma once

// Router: the route table of the emulated API (which paths and methods exist, under which prefixes, with which
// query parameters) and OpenSearch core's matching rules: 400 "no handler", 405 with the allowed methods,
// literal segments before parameters. Besides the plugin's routes, a few of OpenSearch core's own (GET /, _cat,
// _data_stream), without prefix. Immutable after construction; any thread.

#include <optional>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVersionNumber>

#include "app/sandbox/ConfigTypes.h"

enum class RouteKind {
    Root,
    AuthInfo,
    Health,
    WhoAmI,
    PermissionsInfo,
    CollectionGet,
    EntityGet,
    EntityPut,
    EntityDelete,
    CollectionPatch,
    EntityPatch,
    SecurityConfigGet,
    SecurityConfigPut,
    SecurityConfigPatch,
    AllowlistGet,
    AllowlistPut,
    AllowlistPatch,
    AuditGet,
    AuditPut,
    AuditPatch,
    UpgradeCheck,
    UpgradePerform,
    Versions,
    Version,
    Rollback,
    // OpenSearch core, not the plugin (docs/api/security-api.md §11.1)
    CatIndices,
    CatAliases,
    CatNodes,
    DataStreams,
    // The plugin's other APIs (docs/api/security-api.md §13)
    Account,
    AccountPut,
    CacheFlush,
    Certificates,
    SslCerts,
    SslReload,
    TenancyConfig,
    TenancyConfigPut,
    AuthToken,
    UserAuthToken,
    OnBehalfOfToken,
    DashboardsInfo,
    TenantInfo,
    SslInfo,
    WhoAmIProtected,
    ListenersGet,
    ListenerPut,
    ListenerDelete,
    ApiTokensGet,
    ApiTokenCreate,
    ApiTokenRevoke,
};

struct Route
{
    QStringList segments; // "{name}" marks a parameter
    QString method;
    RouteKind kind = RouteKind::Root;
    CType type = CType::Config;
    bool legacy = false;
    bool authenticated = true;
    // The REST API endpoint checked by docs/api/security-api.md §2.2; empty: not a management API route.
    QString endpoint;
    QStringList parameters; // accepted query parameters besides the global ones
};

struct RouteMatch
{
    const Route *route = nullptr;
    QHash<QString, QString> parameters;
    QStringList allowedMethods; // when route is null and the path exists: 405
};

struct RouterSettings
{
    bool nodesDn = true;
    bool versions = true;
    QVersionNumber version = QVersionNumber(3, 3, 0); // the emulated cluster's: routes it lacks do not exist
};

class Router
{
public:
    explicit Router(RouterSettings settings);

    // The route for this method and the raw (percent-encoded) path, or (route null) the methods the path allows; both
    // empty: 400.
    RouteMatch match(const QString &method, const QString &path) const;

    static bool isGlobalParameter(const QString &name);

private:
    void add(const QString &path, const QStringList &methods, RouteKind kind, CType type = CType::Config,
             bool withLegacy = true, const QStringList &parameters = {});
    // A route under one prefix only (`prefix` empty: OpenSearch core's), present from version `since` on.
    void addExact(const QString &prefix, const QString &path, const QStringList &methods, RouteKind kind,
                  const QString &endpoint, const QStringList &parameters = {}, bool authenticated = true,
                  bool legacy = false);

    QList<Route> m_routes;
};
