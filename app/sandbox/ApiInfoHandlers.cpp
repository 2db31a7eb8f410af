// GET /, authinfo, health, whoami and permissionsinfo (docs/api/security-api.md §10).

#include <QJsonArray>

#include "app/sandbox/ApiService.h"

using namespace Qt::StringLiterals;

SandboxResponse ApiService::root(const Context &) const
{
    const QJsonObject version {{u"distribution"_s, u"opensearch"_s},
                               {u"number"_s, m_options.clusterVersion},
                               {u"build_type"_s, u"sandbox"_s},
                               {u"build_hash"_s, u"secdesk-sandbox"_s},
                               {u"build_date"_s, u"2026-01-01T00:00:00.000000Z"_s},
                               {u"build_snapshot"_s, false},
                               {u"lucene_version"_s, u"10.2.2"_s},
                               {u"minimum_wire_compatibility_version"_s, u"2.19.0"_s},
                               {u"minimum_index_compatibility_version"_s, u"2.0.0"_s}};
    return SandboxResponse::fromJson(
        200, QJsonObject {{u"name"_s, u"sandbox-node-1"_s},
                          {u"cluster_name"_s, m_options.clusterName},
                          {u"cluster_uuid"_s, u"c2FuZGJveC1jbHVzdGVyLXV1aWQ"_s},
                          {u"version"_s, version},
                          {u"tagline"_s, u"The OpenSearch Project: https://opensearch.org/"_s}});
}

SandboxResponse ApiService::authInfo(const Context &context) const
{
    const Identity &identity = context.identity;
    const QJsonObject tenants = tenantMap(context);
    QJsonArray attributeNames;
    for (const QString &key : identity.attributes.keys())
        attributeNames.append(QString(u"attr.internal."_s + key));
    QJsonObject body {
        {u"user"_s, Authenticator::describe(identity)},
        {u"user_name"_s, identity.name},
        {u"user_requested_tenant"_s, QJsonValue::Null},
        {u"remote_address"_s, context.request.remoteAddress},
        {u"backend_roles"_s, QJsonArray::fromStringList(identity.backendRoles)},
        {u"custom_attribute_names"_s, attributeNames},
        {u"roles"_s, QJsonArray::fromStringList(identity.roles)},
        {u"tenants"_s, tenants},
        {u"principal"_s, QJsonValue::Null},
        {u"peer_certificates"_s, m_authenticator.certificateDn(context.request).isEmpty() ? u"0"_s : u"1"_s},
        {u"sso_logout_url"_s, QJsonValue::Null}};
    if (context.request.queryValue(u"verbose"_s) == u"true") {
        body.insert(u"size_of_user"_s, u"%1b"_s.arg(identity.name.size() * 2 + 64));
        body.insert(u"size_of_custom_attributes"_s, u"%1b"_s.arg(identity.attributes.size() * 32));
        body.insert(u"size_of_backendroles"_s, u"%1b"_s.arg(identity.backendRoles.join(QString()).size() * 2));
    }
    return SandboxResponse::fromJson(200, body);
}

QJsonObject ApiService::tenantMap(const Context &context) const
{
    const Identity &identity = context.identity;
    QJsonObject tenants;
    const QJsonObject roles = context.snapshot.entities(CType::Roles);
    const QJsonObject allTenants = context.snapshot.entities(CType::Tenants);
    for (const QString &role : identity.roles) {
        for (const QJsonValue &permission : roles.value(role).toObject().value(u"tenant_permissions"_s).toArray()) {
            const QJsonObject grant = permission.toObject();
            bool write = false;
            for (const QJsonValue &action : grant.value(u"allowed_actions"_s).toArray())
                write |= action.toString().endsWith(u"_write"_s) || action.toString() == u"*";
            for (const QJsonValue &pattern : grant.value(u"tenant_patterns"_s).toArray()) {
                for (const QString &tenant : allTenants.keys()) {
                    if (Authenticator::globMatches(pattern.toString(), tenant))
                        tenants.insert(tenant, write || tenants.value(tenant).toBool());
                }
            }
        }
    }
    if (!identity.superAdmin)
        tenants.insert(identity.name, true);
    return tenants;
}

SandboxResponse ApiService::health(const Context &context) const
{
    const QString mode = context.request.hasQuery(u"mode"_s) ? context.request.queryValue(u"mode"_s) : u"strict"_s;
    return SandboxResponse::fromJson(
        200, QJsonObject {{u"message"_s, QJsonValue::Null},
                          {u"mode"_s, mode},
                          {u"status"_s, u"UP"_s},
                          {u"settings"_s, QJsonObject {{u"plugins.security.cache.ttl_minutes"_s, 60}}}});
}

SandboxResponse ApiService::whoAmI(const Context &context) const
{
    const QString dn = m_authenticator.certificateDn(context.request);
    if (!context.request.tls && dn.isEmpty())
        return SandboxResponse::text(403, "No security data");
    return SandboxResponse::fromJson(200, QJsonObject {{u"dn"_s, dn.isEmpty() ? QJsonValue() : QJsonValue(dn)},
                                                       {u"is_admin"_s, m_authenticator.isAdminDn(dn)},
                                                       {u"is_node_certificate_request"_s, false}});
}

SandboxResponse ApiService::permissionsInfo(const Context &context) const
{
    const bool access = !m_authenticator.restApiDenial(context.identity, context.request, QString()).has_value();
    static const QStringList endpoints = {
        u"ACTIONGROUPS"_s, u"ALLOWLIST"_s,    u"AUDIT"_s,   u"CONFIG"_s,       u"INTERNALUSERS"_s,   u"NODESDN"_s,
        u"ROLES"_s,        u"ROLESMAPPING"_s, u"TENANTS"_s, u"VIEW_VERSION"_s, u"ROLLBACK_VERSION"_s};
    QJsonObject disabled;
    if (!context.identity.superAdmin) {
        for (const QString &endpoint : endpoints) {
            const QStringList methods = m_authenticator.disabledMethods(context.identity.roles, endpoint);
            if (!methods.isEmpty())
                disabled.insert(endpoint, QJsonArray::fromStringList(methods));
        }
    }
    return SandboxResponse::fromJson(200, QJsonObject {{u"user"_s, Authenticator::describe(context.identity)},
                                                       {u"user_name"_s, context.identity.name},
                                                       {u"has_api_access"_s, access},
                                                       {u"disabled_endpoints"_s, disabled}});
}
