#pragma once

// ApiService: the emulated Security REST API without sockets. dispatch() takes a request through OpenSearch's
// routing checks, authentication, the access gates and the handler, and returns the response. Owns nothing but
// references; callable from any thread (the store serialises writers). Handlers live in Api*Handlers.cpp.

#include <QHash>
#include <QJsonObject>
#include <QString>

#include "app/common/Result.h"
#include "app/sandbox/Authenticator.h"
#include "app/sandbox/ConfigSnapshot.h"
#include "app/sandbox/ContentValidator.h"
#include "app/sandbox/HttpMessages.h"
#include "app/sandbox/Router.h"
#include "app/sandbox/SandboxOptions.h"

class SandboxStore;

class ApiService
{
public:
    ApiService(const SandboxOptions &options, SandboxStore &store, QJsonObject shippedRoles);

    SandboxResponse dispatch(const SandboxRequest &request) const;

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

    // ApiIndexHandlers.cpp: OpenSearch core's _cat/indices, _cat/aliases and _data_stream
    SandboxResponse catIndices(const Context &context) const;
    SandboxResponse catAliases(const Context &context) const;
    SandboxResponse dataStreams(const Context &context) const;

    const SandboxOptions &m_options;
    SandboxStore &m_store;
    QJsonObject m_shippedRoles;
    Router m_router;
    Authenticator m_authenticator;
    PasswordRules m_passwordRules;
};
