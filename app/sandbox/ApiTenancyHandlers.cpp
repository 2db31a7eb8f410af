// Dashboards multi-tenancy (GET/PUT api/tenancy/config, dashboardsinfo, tenantinfo) and the auth failure listeners
// (api/authfailurelisteners, 3.0 and later), all read from and written to config.dynamic (docs/api/security-api.md
// §13.3 and §13.4).

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include "app/sandbox/ApiService.h"
#include "app/sandbox/SandboxStore.h"

using namespace Qt::StringLiterals;

namespace {

QJsonObject dynamicOf(const ConfigSnapshot &snapshot)
{
    return snapshot.stored.value(CType::Config).value(u"config"_s).toObject().value(u"dynamic"_s).toObject();
}

// config.dynamic.kibana with ConfigV7.Kibana's defaults filled in.
QJsonObject kibanaOf(const ConfigSnapshot &snapshot)
{
    QJsonObject kibana {{u"multitenancy_enabled"_s, true},
                        {u"private_tenant_enabled"_s, true},
                        {u"default_tenant"_s, u""_s},
                        {u"preferred_tenants"_s, QJsonArray()},
                        {u"server_username"_s, u"kibanaserver"_s},
                        {u"opendistro_role"_s, QJsonValue::Null},
                        {u"index"_s, u".kibana"_s},
                        {u"sign_in_options"_s, QJsonArray()}};
    const QJsonObject stored = dynamicOf(snapshot).value(u"kibana"_s).toObject();
    for (auto it = stored.begin(); it != stored.end(); ++it)
        kibana.insert(it.key(), it.value());
    return kibana;
}

bool truthy(const QJsonValue &value)
{
    return value.toBool() || value.toString().compare(u"true"_s, Qt::CaseInsensitive) == 0;
}

// preferredTenants: 3.7 and later show (and accept) preferred_tenants.
QJsonObject multitenancyContent(const QJsonObject &kibana, bool preferredTenants)
{
    QJsonObject content {{u"default_tenant"_s, kibana.value(u"default_tenant"_s)},
                         {u"private_tenant_enabled"_s, truthy(kibana.value(u"private_tenant_enabled"_s))},
                         {u"multitenancy_enabled"_s, truthy(kibana.value(u"multitenancy_enabled"_s))},
                         {u"sign_in_options"_s, kibana.value(u"sign_in_options"_s)}};
    if (preferredTenants)
        content.insert(u"preferred_tenants"_s, kibana.value(u"preferred_tenants"_s));
    return content;
}

// An OpenSearch exception envelope for the IllegalArgumentExceptions the handlers throw.
SandboxResponse illegalArgument(const QString &reason)
{
    return SandboxResponse::exception(400, u"illegal_argument_exception"_s, reason);
}

QHash<CType, QJsonObject> withDynamic(const ConfigSnapshot &snapshot, const QJsonObject &dynamic)
{
    QJsonObject document = snapshot.stored.value(CType::Config);
    QJsonObject config = document.value(u"config"_s).toObject();
    config.insert(u"dynamic"_s, dynamic);
    document.insert(u"config"_s, config);
    return {{CType::Config, document}};
}

// ConfigV7.AuthFailureListener with its defaults, as authFailureContent prints it.
QJsonObject listenerContent(const QString &name, const QJsonObject &listener)
{
    auto number = [&](const QString &key, int fallback) {
        return listener.contains(key) && !listener.value(key).isNull() ? listener.value(key).toInt() : fallback;
    };
    return QJsonObject {{u"name"_s, name},
                        {u"type"_s, listener.value(u"type"_s).isUndefined() ? QJsonValue() : listener.value(u"type"_s)},
                        {u"ignore_hosts"_s, listener.value(u"ignore_hosts"_s).isArray()
                                                ? listener.value(u"ignore_hosts"_s)
                                                : QJsonValue(QJsonArray())},
                        {u"authentication_backend"_s, listener.value(u"authentication_backend"_s).isUndefined()
                                                          ? QJsonValue()
                                                          : listener.value(u"authentication_backend"_s)},
                        {u"allowed_tries"_s, number(u"allowed_tries"_s, 10)},
                        {u"time_window_seconds"_s, number(u"time_window_seconds"_s, 3600)},
                        {u"block_expiry_seconds"_s, number(u"block_expiry_seconds"_s, 600)},
                        {u"max_blocked_clients"_s, number(u"max_blocked_clients"_s, 100000)},
                        {u"max_tracked_clients"_s, number(u"max_tracked_clients"_s, 100000)}};
}

QJsonObject listenersContent(const QJsonObject &listeners)
{
    QJsonObject out;
    for (auto it = listeners.begin(); it != listeners.end(); ++it)
        out.insert(it.key(), listenerContent(it.key(), it.value().toObject()));
    return out;
}

} // namespace

SandboxResponse ApiService::tenancyConfig(const Context &context) const
{
    return SandboxResponse::fromJson(200, multitenancyContent(kibanaOf(context.snapshot), since(3, 7)));
}

SandboxResponse ApiService::putTenancyConfig(const Context &context) const
{
    QJsonObject body;
    if (auto error = ContentValidator::parseBody(context.request.body, body))
        return *error;
    using ContentValidator::DataType;
    ContentValidator::KeyRules rules {{{u"default_tenant"_s, DataType::String},
                                       {u"private_tenant_enabled"_s, DataType::Boolean},
                                       {u"multitenancy_enabled"_s, DataType::Boolean},
                                       {u"sign_in_options"_s, DataType::Array}},
                                      {},
                                      {}};
    if (since(3, 7))
        rules.allowed.append({u"preferred_tenants"_s, DataType::Array});
    if (auto error = ContentValidator::validateKeys(body, rules))
        return *error;
    for (const QString &key : {u"sign_in_options"_s, u"preferred_tenants"_s}) {
        for (const QJsonValue &item : body.value(key).toArray()) {
            if (item.isNull() || (item.isString() && item.toString().trimmed().isEmpty()))
                return SandboxResponse::validation(u"`null` or blank values are not allowed as json array elements"_s);
        }
    }
    if (body.value(u"default_tenant"_s).toString().size() > 256)
        return SandboxResponse::validation(u"String value exceeds the maximum allowed length of 256 characters"_s);
    const QJsonArray preferred = body.value(u"preferred_tenants"_s).toArray();
    if (preferred.size() > 100) {
        return SandboxResponse::validation(u"Wrong datatype"_s,
                                           QJsonObject {{u"preferred_tenants"_s, u"Array size exceeds 100"_s}});
    }
    for (const QJsonValue &item : preferred) {
        if (!item.isString())
            return SandboxResponse::validation(u"Wrong datatype"_s,
                                               QJsonObject {{u"preferred_tenants"_s, u"Array of strings expected"_s}});
    }

    QJsonObject dynamic = dynamicOf(context.snapshot);
    QJsonObject kibana = dynamic.value(u"kibana"_s).toObject();
    const QJsonObject current = kibanaOf(context.snapshot);
    if (body.contains(u"default_tenant"_s))
        kibana.insert(u"default_tenant"_s, body.value(u"default_tenant"_s).toString());
    for (const QString &key : {u"private_tenant_enabled"_s, u"multitenancy_enabled"_s}) {
        if (body.contains(key))
            kibana.insert(key, truthy(body.value(key)));
    }
    const QJsonArray options = body.value(u"sign_in_options"_s).toArray();
    if (!options.isEmpty()) {
        // Each option must name a sign-in method (BASIC, SAML, OPENID, ANONYMOUS, either case) whose authenticator
        // an HTTP-enabled domain has; ANONYMOUS is always available.
        QStringList authenticators;
        const QJsonObject domains = dynamic.value(u"authc"_s).toObject();
        for (const QJsonValue &domain : domains) {
            const QJsonObject object = domain.toObject();
            if (object.value(u"http_enabled"_s).toBool(true))
                authenticators.append(
                    object.value(u"http_authenticator"_s).toObject().value(u"type"_s).toString().toLower());
        }
        QJsonArray resolved;
        for (const QJsonValue &option : options) {
            const QString word = option.isString() ? option.toString() : QString::number(option.toDouble());
            static const QStringList known = {u"basic"_s, u"saml"_s, u"openid"_s, u"anonymous"_s};
            const QString lower = word.toLower();
            if (!known.contains(lower))
                return illegalArgument(u"Validation failure: %1 is not a recognized sign-in option."_s.arg(word));
            if (lower != u"anonymous" && !authenticators.contains(lower)) {
                return illegalArgument(
                    u"Validation failure: %1 authentication provider is not available for this cluster."_s.arg(
                        lower.toUpper()));
            }
            resolved.append(lower.toUpper());
        }
        kibana.insert(u"sign_in_options"_s, resolved);
    }
    if (body.contains(u"preferred_tenants"_s) && !body.value(u"preferred_tenants"_s).isNull())
        kibana.insert(u"preferred_tenants"_s, preferred);

    QJsonObject merged = current;
    for (auto it = kibana.begin(); it != kibana.end(); ++it)
        merged.insert(it.key(), it.value());
    const QString defaultTenant = merged.value(u"default_tenant"_s).toString().toLower();
    if (!truthy(merged.value(u"private_tenant_enabled"_s)) && defaultTenant == u"private_tenant")
        return illegalArgument(u"Private tenant can not be disabled if it is the default tenant."_s);
    if (!defaultTenant.isEmpty() && defaultTenant != u"global_tenant" && defaultTenant != u"private_tenant") {
        bool available = false;
        for (const QString &tenant : context.snapshot.entities(CType::Tenants).keys())
            available |= tenant.toLower() == defaultTenant;
        if (!available) {
            return illegalArgument(u"%1 can not be set to default tenant. Default tenant should be selected from one "
                                   u"of the available tenants."_s.arg(merged.value(u"default_tenant"_s).toString()));
        }
    }
    dynamic.insert(u"kibana"_s, kibana);
    return saveOrError(context, withDynamic(context.snapshot, dynamic),
                       SandboxResponse::fromJson(200, multitenancyContent(merged, since(3, 7))));
}

SandboxResponse ApiService::dashboardsInfo(const Context &context) const
{
    const QJsonObject dynamic = dynamicOf(context.snapshot);
    const QJsonObject kibana = kibanaOf(context.snapshot);
    const QJsonObject apiTokens = dynamic.value(u"api_tokens"_s).toObject();
    static const QString defaultRegex = u"(?=.*[A-Z])(?=.*[^a-zA-Z\\d])(?=.*[0-9])(?=.*[a-z]).{8,}"_s;
    static const QString defaultMessage =
        u"Password should be at least 8 characters long and contain at least one uppercase letter, one lowercase "
        u"letter, one digit, and one special character."_s;
    QJsonObject info {
        {u"user_name"_s, context.identity.name},
        {u"not_fail_on_forbidden_enabled"_s, truthy(dynamic.value(u"do_not_fail_on_forbidden"_s))},
        {u"opensearch_dashboards_mt_enabled"_s, truthy(kibana.value(u"multitenancy_enabled"_s))},
        {u"opensearch_dashboards_index"_s, kibana.value(u"index"_s)},
        {u"opensearch_dashboards_server_user"_s, kibana.value(u"server_username"_s)},
        {u"multitenancy_enabled"_s, truthy(kibana.value(u"multitenancy_enabled"_s))},
        {u"private_tenant_enabled"_s, truthy(kibana.value(u"private_tenant_enabled"_s))},
        {u"default_tenant"_s, kibana.value(u"default_tenant"_s)},
        {u"sign_in_options"_s, kibana.value(u"sign_in_options"_s)},
        {u"password_validation_error_message"_s,
         m_options.passwordRegexMessage.isEmpty() ? defaultMessage : m_options.passwordRegexMessage},
        {u"password_validation_regex"_s, m_options.passwordRegex.isEmpty() ? defaultRegex : m_options.passwordRegex}};
    // Members by the version that added them to the plugin's DashboardsInfoAction.
    if (since(3, 3))
        info.insert(u"resource_sharing_enabled"_s, false);
    if (since(3, 7)) {
        info.insert(u"preferred_tenants"_s, kibana.value(u"preferred_tenants"_s));
        info.insert(u"api_tokens_enabled"_s, truthy(apiTokens.value(u"enabled"_s)));
        info.insert(u"max_duration_seconds"_s, apiTokens.contains(u"max_duration_seconds"_s)
                                                   ? apiTokens.value(u"max_duration_seconds"_s).toInteger()
                                                   : qint64(7776000));
    }
    return SandboxResponse::fromJson(200, info);
}

SandboxResponse ApiService::tenantInfo(const Context &context) const
{
    // Only the super admin, the dashboards server user, and users mapped to the dashboards role may ask.
    const QJsonObject kibana = kibanaOf(context.snapshot);
    const Identity &identity = context.identity;
    bool authorized = identity.superAdmin || identity.name == kibana.value(u"server_username"_s).toString();
    const QString role = kibana.value(u"opendistro_role"_s).toString();
    if (!authorized && !role.isEmpty()) {
        const QJsonArray users =
            context.snapshot.entities(CType::RolesMapping).value(role).toObject().value(u"users"_s).toArray();
        authorized = users.contains(identity.name);
    }
    if (!authorized)
        return SandboxResponse::text(403, QByteArray());
    // Index names "<kibana index>_<tenant hash>_<sanitised tenant name>" -> the tenant (String.hashCode()).
    auto javaHash = [](const QString &text) {
        qint32 hash = 0;
        for (const QChar c : text)
            hash = qint32(quint32(hash) * 31u + c.unicode());
        return hash;
    };
    const QString dashboardsIndex = kibana.value(u"index"_s).toString();
    const QStringList tenants = context.snapshot.entities(CType::Tenants).keys();
    QJsonObject out;
    QStringList names;
    for (const CatalogIndex &index : context.snapshot.indices.indices)
        names.append(index.name);
    for (const CatalogAlias &alias : context.snapshot.indices.aliases) {
        if (!names.contains(alias.alias))
            names.append(alias.alias);
    }
    names.sort(); // the cluster's indices lookup is a sorted map
    for (const QString &name : names) {
        const QStringList parts = name.split(u'_');
        if (parts.size() != 3 || parts.at(0) != dashboardsIndex)
            continue;
        bool ok = false;
        const int expected = parts.at(1).toInt(&ok);
        if (!ok)
            continue;
        QString tenantName = u"__private__"_s;
        for (const QString &tenant : tenants) {
            if (javaHash(tenant) == expected
                && parts.at(2) == tenant.toLower().remove(QRegularExpression(u"[^a-z0-9]+"_s)))
                tenantName = tenant;
        }
        out.insert(name, tenantName);
    }
    return SandboxResponse::fromJson(200, out);
}

SandboxResponse ApiService::listeners(const Context &context) const
{
    const QJsonObject listeners = dynamicOf(context.snapshot).value(u"auth_failure_listeners"_s).toObject();
    return SandboxResponse::fromJson(200, listenersContent(listeners));
}

SandboxResponse ApiService::putListener(const Context &context) const
{
    const QString name = context.name();
    const QJsonDocument document = QJsonDocument::fromJson(context.request.body);
    if (!document.isObject())
        return SandboxResponse::exception(400, u"json_parse_exception"_s, u"Could not parse content of request."_s);
    const QJsonObject body = document.object();
    // The plugin answers its validation failures with the ValidationResult object's default toString().
    auto invalid = [] {
        return SandboxResponse::message(400, u"org.opensearch.security.dlic.rest.validation."
                                             u"ValidationResult@1b2c3d4e"_s);
    };
    const QString type = body.value(u"type"_s).toString();
    if (!body.contains(u"type"_s) || body.value(u"type"_s).isNull())
        return invalid();
    if (type != u"ip" && type != u"username")
        return invalid();
    const QJsonValue backend = body.value(u"authentication_backend"_s);
    const bool hasBackend = !backend.isUndefined() && !backend.isNull();
    if (type == u"username" && (!hasBackend || backend.toString() != u"internal"))
        return invalid();
    if (type == u"ip" && hasBackend)
        return invalid();
    QJsonObject listener {{u"type"_s, type},
                          {u"authentication_backend"_s, hasBackend ? backend : QJsonValue()},
                          {u"ignore_hosts"_s, body.value(u"ignore_hosts"_s).isArray() ? body.value(u"ignore_hosts"_s)
                                                                                      : QJsonValue(QJsonArray())}};
    for (const QString &key : {u"allowed_tries"_s, u"time_window_seconds"_s, u"block_expiry_seconds"_s,
                               u"max_blocked_clients"_s, u"max_tracked_clients"_s}) {
        const QJsonValue value = body.value(key);
        listener.insert(key, listenerContent(name, body).value(key));
        if (value.isString()) {
            bool ok = false;
            const int number = value.toString().toInt(&ok);
            if (ok)
                listener.insert(key, number);
        }
    }
    QJsonObject dynamic = dynamicOf(context.snapshot);
    QJsonObject listeners = dynamic.value(u"auth_failure_listeners"_s).toObject();
    listeners.insert(name, listener);
    dynamic.insert(u"auth_failure_listeners"_s, listeners);
    return saveOrError(context, withDynamic(context.snapshot, dynamic),
                       SandboxResponse::fromJson(200, listenersContent(listeners)));
}

SandboxResponse ApiService::deleteListener(const Context &context) const
{
    QJsonObject dynamic = dynamicOf(context.snapshot);
    QJsonObject listeners = dynamic.value(u"auth_failure_listeners"_s).toObject();
    if (!listeners.contains(context.name()))
        return SandboxResponse::message(404, u"listener not found"_s);
    listeners.remove(context.name());
    dynamic.insert(u"auth_failure_listeners"_s, listeners);
    return saveOrError(context, withDynamic(context.snapshot, dynamic),
                       SandboxResponse::fromJson(200, listenersContent(listeners)));
}
