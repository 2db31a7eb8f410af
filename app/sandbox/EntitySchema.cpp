#include "app/sandbox/EntitySchema.h"

#include <QJsonArray>

#include "app/json/Json.h"

using namespace Qt::StringLiterals;

using Kind = SchemaField::Kind;

const SchemaField *Schema::find(QStringView name) const
{
    for (const SchemaField &field : fields) {
        if (field.name == name)
            return &field;
    }
    return nullptr;
}

namespace {

SchemaField f(const QString &name, Kind kind, QJsonValue def = QJsonValue(QJsonValue::Undefined), bool always = false,
              const Schema *sub = nullptr)
{
    return SchemaField {name, kind, def, always, sub};
}

SchemaField flag(const QString &name)
{
    return f(name, Kind::Bool, false);
}

SchemaField list(const QString &name)
{
    return f(name, Kind::StringList, QJsonArray());
}

SchemaField text(const QString &name)
{
    return f(name, Kind::String);
}

const Schema &roleSchema()
{
    static const Schema index {{list(u"index_patterns"_s), text(u"dls"_s), list(u"fls"_s), list(u"masked_fields"_s),
                                list(u"allowed_actions"_s)}};
    static const Schema tenant {{list(u"tenant_patterns"_s), list(u"allowed_actions"_s)}};
    static const Schema role {
        {flag(u"reserved"_s), flag(u"hidden"_s), text(u"description"_s), list(u"cluster_permissions"_s),
         f(u"index_permissions"_s, Kind::ObjectList, QJsonArray(), false, &index),
         f(u"tenant_permissions"_s, Kind::ObjectList, QJsonArray(), false, &tenant), flag(u"static"_s)}};
    return role;
}

const Schema &mappingSchema()
{
    static const Schema mapping {{list(u"hosts"_s), list(u"users"_s), flag(u"reserved"_s), flag(u"hidden"_s),
                                  list(u"backend_roles"_s), list(u"and_backend_roles"_s), text(u"description"_s)}};
    return mapping;
}

const Schema &userSchema()
{
    static const Schema user {{f(u"hash"_s, Kind::String, u""_s), flag(u"reserved"_s), flag(u"hidden"_s),
                               list(u"backend_roles"_s), f(u"attributes"_s, Kind::FreeMap, QJsonObject()),
                               text(u"description"_s), list(u"opendistro_security_roles"_s), flag(u"static"_s)}};
    return user;
}

const Schema &actionGroupSchema()
{
    static const Schema group {{flag(u"reserved"_s), flag(u"hidden"_s), list(u"allowed_actions"_s), text(u"type"_s),
                                text(u"description"_s), flag(u"static"_s)}};
    return group;
}

const Schema &tenantSchema()
{
    static const Schema tenant {{flag(u"reserved"_s), flag(u"hidden"_s), text(u"description"_s), flag(u"static"_s)}};
    return tenant;
}

const Schema &nodesDnSchema()
{
    static const Schema nodes {{list(u"nodes_dn"_s)}};
    return nodes;
}

const Schema &allowlistSchema()
{
    static const Schema allow {{flag(u"enabled"_s), f(u"requests"_s, Kind::FreeMap, QJsonObject())}};
    return allow;
}

const Schema &auditSchema()
{
    static const Schema audit {{f(u"enable_rest"_s, Kind::Bool, true), list(u"disabled_rest_categories"_s),
                                f(u"enable_transport"_s, Kind::Bool, true), list(u"disabled_transport_categories"_s),
                                list(u"ignore_users"_s), list(u"ignore_requests"_s), flag(u"resolve_bulk_requests"_s),
                                f(u"log_request_body"_s, Kind::Bool, true), f(u"resolve_indices"_s, Kind::Bool, true),
                                f(u"exclude_sensitive_headers"_s, Kind::Bool, true), list(u"ignore_headers"_s),
                                list(u"ignore_url_params"_s)},
                               true};
    static const Schema compliance {
        {f(u"enabled"_s, Kind::Bool, true), f(u"internal_config"_s, Kind::Bool, true), flag(u"external_config"_s),
         f(u"read_metadata_only"_s, Kind::Bool, true), f(u"read_watched_fields"_s, Kind::FreeMap, QJsonObject()),
         list(u"read_ignore_users"_s), f(u"write_metadata_only"_s, Kind::Bool, true), flag(u"write_log_diffs"_s),
         list(u"write_watched_indices"_s), list(u"write_ignore_users"_s)},
        true};
    static const Schema config {{f(u"enabled"_s, Kind::Bool, true),
                                 f(u"audit"_s, Kind::Object, QJsonObject(), true, &audit),
                                 f(u"compliance"_s, Kind::Object, QJsonObject(), true, &compliance)}};
    return config;
}

const Schema &configSchema()
{
    static const Schema authenticator {
        {f(u"challenge"_s, Kind::Bool, true, true), text(u"type"_s), f(u"config"_s, Kind::FreeMap, QJsonObject())}};
    static const Schema backend {{text(u"type"_s), f(u"config"_s, Kind::FreeMap, QJsonObject())}};
    static const Schema authc {{f(u"http_enabled"_s, Kind::Bool, true, true), f(u"order"_s, Kind::Int, 0, true),
                                f(u"http_authenticator"_s, Kind::Object, QJsonObject(), true, &authenticator),
                                f(u"authentication_backend"_s, Kind::Object, QJsonObject(), true, &backend),
                                text(u"description"_s)}};
    static const Schema authz {{f(u"http_enabled"_s, Kind::Bool, true, true),
                                f(u"authorization_backend"_s, Kind::Object, QJsonObject(), true, &backend),
                                text(u"description"_s)}};
    static const Schema listener {{text(u"type"_s), text(u"authentication_backend"_s), list(u"ignore_hosts"_s),
                                   f(u"allowed_tries"_s, Kind::Int, 10), f(u"time_window_seconds"_s, Kind::Int, 3600),
                                   f(u"block_expiry_seconds"_s, Kind::Int, 600),
                                   f(u"max_blocked_clients"_s, Kind::Int, 100000),
                                   f(u"max_tracked_clients"_s, Kind::Int, 100000)}};
    static const Schema kibana {{f(u"multitenancy_enabled"_s, Kind::Bool, true, true),
                                 f(u"private_tenant_enabled"_s, Kind::Bool, true, true),
                                 f(u"default_tenant"_s, Kind::String, u""_s, true), list(u"preferred_tenants"_s),
                                 f(u"server_username"_s, Kind::String, u"kibanaserver"_s), text(u"opendistro_role"_s),
                                 f(u"index"_s, Kind::String, u".kibana"_s), f(u"sign_in_options"_s, Kind::StringList)}};
    static const Schema xff {{flag(u"enabled"_s),
                              f(u"internalProxies"_s, Kind::String, u"192\\.168\\.0\\.10|192\\.168\\.0\\.11"_s),
                              f(u"remoteIpHeader"_s, Kind::String, u"X-Forwarded-For"_s)}};
    static const Schema http {
        {flag(u"anonymous_auth_enabled"_s), f(u"xff"_s, Kind::Object, QJsonObject(), true, &xff)}};
    static const Schema onBehalfOf {{flag(u"enabled"_s), text(u"signing_key"_s), text(u"encryption_key"_s)}};
    static const Schema apiTokens {
        {flag(u"enabled"_s), f(u"max_tokens"_s, Kind::Int, 100), f(u"max_duration_seconds"_s, Kind::Int, 7776000)}};
    static const Schema dynamic {
        {f(u"filtered_alias_mode"_s, Kind::String, u"warn"_s), flag(u"disable_rest_auth"_s),
         flag(u"disable_intertransport_auth"_s), flag(u"respect_request_indices_options"_s), text(u"license"_s),
         f(u"kibana"_s, Kind::Object, QJsonObject(), true, &kibana),
         f(u"http"_s, Kind::Object, QJsonObject(), true, &http),
         f(u"authc"_s, Kind::ObjectMap, QJsonObject(), true, &authc),
         f(u"authz"_s, Kind::ObjectMap, QJsonObject(), true, &authz),
         f(u"auth_failure_listeners"_s, Kind::ObjectMap, QJsonObject(), false, &listener),
         flag(u"do_not_fail_on_forbidden"_s), f(u"multi_rolespan_enabled"_s, Kind::Bool, true, true),
         f(u"hosts_resolver_mode"_s, Kind::String, u"ip-only"_s), text(u"transport_userrname_attribute"_s),
         flag(u"do_not_fail_on_forbidden_empty"_s),
         f(u"on_behalf_of"_s, Kind::Object, QJsonObject(), false, &onBehalfOf),
         f(u"api_tokens"_s, Kind::Object, QJsonObject(), false, &apiTokens), text(u"privileges_evaluation_type"_s),
         f(u"privileges_evaluation_ignore_unauthorized_indices"_s, Kind::Bool, true, true)}};
    static const Schema config {{f(u"dynamic"_s, Kind::Object, QJsonObject(), true, &dynamic)}};
    return config;
}

// Members accepted on input and dropped (never returned).
bool isInputOnly(QStringView name)
{
    return name == u"transport_enabled";
}

Result<QJsonObject> normalizeObject(const QJsonObject &input, const Schema &schema, const QString &where);

Result<QJsonValue> normalizeValue(const QJsonValue &value, const SchemaField &field, const QString &where)
{
    const QString at = where + u'.' + field.name;
    auto mismatch = [&](const QString &expected) {
        return Error {
            u"schema.type"_s,
            u"Cannot deserialize value of type `%1` from %2 (at %3)"_s.arg(expected, Json::typeName(value), at),
            {}};
    };
    switch (field.kind) {
    case Kind::Bool:
        if (value.isBool())
            return value;
        if (value.isString()
            && (value.toString().compare(u"true"_s, Qt::CaseInsensitive) == 0
                || value.toString().compare(u"false"_s, Qt::CaseInsensitive) == 0))
            return QJsonValue(value.toString().compare(u"true"_s, Qt::CaseInsensitive) == 0);
        return mismatch(u"boolean"_s);
    case Kind::Int:
        if (value.isDouble())
            return QJsonValue(value.toInteger());
        return mismatch(u"int"_s);
    case Kind::String:
        if (value.isString())
            return value;
        if (value.isDouble() || value.isBool())
            return QJsonValue(value.isBool() ? (value.toBool() ? u"true"_s : u"false"_s)
                                             : QString::number(value.toDouble()));
        return mismatch(u"java.lang.String"_s);
    case Kind::StringList: {
        if (!value.isArray())
            return mismatch(u"java.util.List"_s);
        QJsonArray out;
        for (const QJsonValue &item : value.toArray()) {
            if (item.isString())
                out.append(item);
            else if (item.isDouble())
                out.append(QString::number(item.toDouble()));
            else if (!item.isNull())
                return mismatch(u"java.lang.String"_s);
        }
        return QJsonValue(out);
    }
    case Kind::FreeMap:
        if (!value.isObject())
            return mismatch(u"java.util.Map"_s);
        return value;
    case Kind::Object: {
        if (!value.isObject())
            return mismatch(u"object"_s);
        auto sub = normalizeObject(value.toObject(), *field.sub, at);
        if (!sub)
            return sub.error();
        return QJsonValue(*sub);
    }
    case Kind::ObjectList: {
        if (!value.isArray())
            return mismatch(u"java.util.List"_s);
        QJsonArray out;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isObject())
                return mismatch(u"object"_s);
            auto sub = normalizeObject(item.toObject(), *field.sub, at);
            if (!sub)
                return sub.error();
            out.append(*sub);
        }
        return QJsonValue(out);
    }
    case Kind::ObjectMap: {
        if (!value.isObject())
            return mismatch(u"java.util.Map"_s);
        QJsonObject out;
        const QJsonObject map = value.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (!it.value().isObject())
                return mismatch(u"object"_s);
            auto sub = normalizeObject(it.value().toObject(), *field.sub, at + u'.' + it.key());
            if (!sub)
                return sub.error();
            out.insert(it.key(), *sub);
        }
        return QJsonValue(out);
    }
    case Kind::Any:
        return value;
    }
    return value;
}

Result<QJsonObject> normalizeObject(const QJsonObject &input, const Schema &schema, const QString &where)
{
    QJsonObject out;
    for (auto it = input.begin(); it != input.end(); ++it) {
        const SchemaField *field = schema.find(it.key());
        if (!field) {
            if (isInputOnly(it.key()))
                continue;
            if (schema.open) {
                out.insert(it.key(), it.value());
                continue;
            }
            return Error {u"schema.unknown"_s,
                          u"Unrecognized field \"%1\" (at %2), not marked as ignorable"_s.arg(it.key(), where),
                          {}};
        }
        if (it.value().isNull())
            continue;
        auto value = normalizeValue(it.value(), *field, where);
        if (!value)
            return value.error();
        out.insert(it.key(), *value);
    }
    for (const SchemaField &field : schema.fields) {
        if (out.contains(field.name) || field.defaultValue.isUndefined())
            continue;
        if (field.kind == Kind::Object) {
            out.insert(field.name, *normalizeObject(QJsonObject(), *field.sub, where + u'.' + field.name));
        } else {
            out.insert(field.name, field.defaultValue);
        }
    }
    return out;
}

bool isDefaultLike(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return true;
    case QJsonValue::Bool:
        return !value.toBool();
    case QJsonValue::Double:
        return value.toDouble() == 0;
    case QJsonValue::String:
        return value.toString().isEmpty();
    case QJsonValue::Array:
        return value.toArray().isEmpty();
    case QJsonValue::Object:
        return value.toObject().isEmpty();
    }
    return false;
}

QJsonObject stripFreeMap(const QJsonObject &map)
{
    QJsonObject out;
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!isDefaultLike(it.value()))
            out.insert(it.key(), it.value());
    }
    return out;
}

QJsonObject stripObject(const QJsonObject &full, const Schema &schema)
{
    QJsonObject out;
    for (auto it = full.begin(); it != full.end(); ++it) {
        const SchemaField *field = schema.find(it.key());
        if (!field) {
            if (!isDefaultLike(it.value()))
                out.insert(it.key(), it.value());
            continue;
        }
        QJsonValue value = it.value();
        switch (field->kind) {
        case Kind::FreeMap:
            value = stripFreeMap(value.toObject());
            break;
        case Kind::Object:
            value = stripObject(value.toObject(), *field->sub);
            break;
        case Kind::ObjectList: {
            QJsonArray items;
            for (const QJsonValue &item : value.toArray())
                items.append(stripObject(item.toObject(), *field->sub));
            value = items;
            break;
        }
        case Kind::ObjectMap: {
            QJsonObject map;
            const QJsonObject in = value.toObject();
            for (auto m = in.begin(); m != in.end(); ++m)
                map.insert(m.key(), stripObject(m.value().toObject(), *field->sub));
            value = map;
            break;
        }
        default:
            break;
        }
        if (field->alwaysPresent || !isDefaultLike(value))
            out.insert(it.key(), value);
    }
    return out;
}

} // namespace

namespace EntitySchema {

const Schema &entitySchema(CType type)
{
    switch (type) {
    case CType::ActionGroups:
        return actionGroupSchema();
    case CType::Allowlist:
        return allowlistSchema();
    case CType::Audit:
        return auditSchema();
    case CType::Config:
        return configSchema();
    case CType::InternalUsers:
        return userSchema();
    case CType::NodesDn:
        return nodesDnSchema();
    case CType::Roles:
        return roleSchema();
    case CType::RolesMapping:
        return mappingSchema();
    case CType::Tenants:
        return tenantSchema();
    }
    return tenantSchema();
}

Result<QJsonObject> normalize(CType type, const QJsonObject &entity)
{
    return normalizeObject(entity, entitySchema(type), ConfigTypes::name(type));
}

QJsonObject working(CType type, const QJsonObject &fullEntity)
{
    return stripObject(fullEntity, entitySchema(type));
}

QJsonObject workingCollection(CType type, const QJsonObject &fullEntities, bool withMeta)
{
    QJsonObject out;
    for (auto it = fullEntities.begin(); it != fullEntities.end(); ++it)
        out.insert(it.key(), working(type, it.value().toObject()));
    if (withMeta)
        out.insert(u"_meta"_s, meta(type));
    return out;
}

QJsonObject meta(CType type)
{
    return QJsonObject {{u"type"_s, ConfigTypes::name(type)}, {u"config_version"_s, 2}};
}

QJsonObject forVersion(CType type, QJsonObject entity, const QVersionNumber &version)
{
    if (type != CType::Config || version >= QVersionNumber(3, 7) || !entity.contains(u"dynamic"_s))
        return entity;
    QJsonObject dynamic = entity.value(u"dynamic"_s).toObject();
    dynamic.remove(u"api_tokens"_s);
    dynamic.remove(u"privileges_evaluation_ignore_unauthorized_indices"_s);
    entity.insert(u"dynamic"_s, dynamic);
    return entity;
}

} // namespace EntitySchema
