// The five CRUD resources and nodesdn: GET, PUT, DELETE and both PATCH forms (docs/api/security-api.md §4, §5, §7.1).

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>

#include "app/json/Json.h"
#include "app/sandbox/ApiService.h"
#include "app/sandbox/Bcrypt.h"
#include "app/sandbox/EntitySchema.h"
#include "app/sandbox/SandboxStore.h"
#include "app/sandbox/ZjsonPatch.h"

using namespace Qt::StringLiterals;

namespace {

const QString StaticNodesDn = u"STATIC_OPENSEARCH_YML_NODES_DN"_s;

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.toString());
    return out;
}

bool hasRestAdminPermission(const QStringList &permissions)
{
    return std::any_of(permissions.begin(), permissions.end(),
                       [](const QString &p) { return p.startsWith(u"restapi:admin/"_s); });
}

SandboxResponse notFound(CType type, const QString &name)
{
    return SandboxResponse::message(404, u"%1 '%2' not found."_s.arg(ConfigTypes::resourceWord(type), name));
}

SandboxResponse binderError(const Error &error)
{
    return SandboxResponse::exception(500, u"json_mapping_exception"_s, error.message);
}

// 400 responses for a PATCH body that cannot be read, or null when it is a usable operation array.
std::optional<SandboxResponse> readPatch(const QByteArray &body, QJsonArray &operations)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return SandboxResponse::message(400, u"Error in JSON patch: "_s + error.errorString());
    const QJsonValue value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    const ZjsonPatch::Outcome checked = ZjsonPatch::check(value);
    if (!checked.ok())
        return SandboxResponse::message(400, checked.message);
    operations = document.array();
    return std::nullopt;
}

std::optional<SandboxResponse> applyPatch(const QJsonArray &operations, QJsonValue &document)
{
    const ZjsonPatch::Outcome applied = ZjsonPatch::apply(operations, document);
    if (applied.ok())
        return std::nullopt;
    if (applied.failure == ZjsonPatch::Failure::Pointer)
        return SandboxResponse::exception(400, u"json_pointer_exception"_s, applied.message);
    return SandboxResponse::message(400, applied.message);
}

QString randomSecret()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64());
}

} // namespace

QJsonObject ApiService::visibleEntities(const Context &context) const
{
    const bool admin = isAdmin(context);
    QJsonObject out;
    const QJsonObject all = context.snapshot.entities(context.type());
    for (auto it = all.begin(); it != all.end(); ++it) {
        QJsonObject entity = it.value().toObject();
        if (!admin && entity.value(u"hidden"_s).toBool())
            continue;
        if (context.type() == CType::InternalUsers) {
            entity.insert(u"hash"_s, u""_s);
            QJsonObject attributes = entity.value(u"attributes"_s).toObject();
            if (attributes.contains(u"password"_s)) {
                attributes.insert(u"password"_s, u"******"_s);
                entity.insert(u"attributes"_s, attributes);
            }
        }
        out.insert(it.key(), entity);
    }
    return out;
}

SandboxResponse ApiService::getEntities(const Context &context) const
{
    if (context.type() == CType::NodesDn && !isAdmin(context))
        return SandboxResponse::accessDenied();
    QJsonObject entities = visibleEntities(context);
    if (context.type() == CType::InternalUsers) {
        const QString filter = context.request.queryValue(u"filterBy"_s);
        if (filter == u"internal" || filter == u"service") {
            const bool wantService = filter == u"service";
            for (const QString &name : entities.keys()) {
                const bool service =
                    entities.value(name).toObject().value(u"attributes"_s).toObject().value(u"service"_s).toString()
                    == u"true"_s;
                if (service != wantService)
                    entities.remove(name);
            }
        }
    }
    if (context.type() == CType::NodesDn && context.request.queryValue(u"show_all"_s) == u"true")
        entities.insert(StaticNodesDn, QJsonObject {{u"nodes_dn"_s, QJsonArray()}});
    if (context.route.kind == RouteKind::CollectionGet)
        return SandboxResponse::fromJson(200, entities);
    const QString name = context.name();
    if (!entities.contains(name))
        return notFound(context.type(), name);
    return SandboxResponse::fromJson(200, QJsonObject {{name, entities.value(name)}});
}

std::optional<SandboxResponse> ApiService::immutability(const Context &context, const QString &name) const
{
    const QJsonObject entities = context.snapshot.entities(context.type());
    if (!entities.contains(name) || isAdmin(context))
        return std::nullopt;
    const QJsonObject entity = entities.value(name).toObject();
    if (entity.value(u"hidden"_s).toBool())
        return SandboxResponse::message(404, u"Resource '%1' is not available."_s.arg(name));
    if (entity.value(u"static"_s).toBool())
        return SandboxResponse::message(403, u"Resource '%1' is static."_s.arg(name));
    if (entity.value(u"reserved"_s).toBool())
        return SandboxResponse::message(403, u"Resource '%1' is reserved."_s.arg(name));
    return std::nullopt;
}

std::optional<SandboxResponse> ApiService::restApiPermissionRule(const Context &context, const QString &name,
                                                                 const QJsonObject &newEntity) const
{
    const QJsonObject existing = context.snapshot.entity(context.type(), name);
    switch (context.type()) {
    case CType::Roles:
        if (hasRestAdminPermission(strings(existing.value(u"cluster_permissions"_s)))
            || hasRestAdminPermission(strings(newEntity.value(u"cluster_permissions"_s))))
            return SandboxResponse::accessDenied();
        break;
    case CType::ActionGroups:
        if (hasRestAdminPermission(strings(existing.value(u"allowed_actions"_s)))
            || hasRestAdminPermission(strings(newEntity.value(u"allowed_actions"_s))))
            return SandboxResponse::accessDenied();
        break;
    case CType::RolesMapping: {
        const QJsonObject role = context.snapshot.entity(CType::Roles, name);
        if (hasRestAdminPermission(strings(role.value(u"cluster_permissions"_s))))
            return SandboxResponse::accessDenied();
        break;
    }
    default:
        break;
    }
    return std::nullopt;
}

std::optional<SandboxResponse> ApiService::resourceChecks(const Context &context, const QString &name,
                                                          QJsonObject &entity, bool fromPatch) const
{
    const bool admin = isAdmin(context);
    const QJsonObject roles = context.snapshot.entities(CType::Roles);
    switch (context.type()) {
    case CType::RolesMapping: {
        if (!roles.contains(name))
            return SandboxResponse::message(404, u"role '%1' not found."_s.arg(name));
        if (!admin && roles.value(name).toObject().value(u"hidden"_s).toBool())
            return SandboxResponse::message(404, u"Resource '%1' is not available."_s.arg(name));
        break;
    }
    case CType::ActionGroups: {
        const QString type = entity.value(u"type"_s).toString();
        if (entity.contains(u"type"_s) && type.compare(u"cluster"_s, Qt::CaseInsensitive) != 0
            && type.compare(u"index"_s, Qt::CaseInsensitive) != 0
            && !(fromPatch && context.snapshot.isStatic(CType::ActionGroups, name))) {
            return SandboxResponse::message(
                400, u"Invalid action group type: %1. Supported types are: cluster, index."_s.arg(type));
        }
        if (roles.contains(name)) {
            return SandboxResponse::message(
                400, u"%1 is an existing role. A action group cannot be named with an existing role name."_s.arg(name));
        }
        if (strings(entity.value(u"allowed_actions"_s)).contains(name))
            return SandboxResponse::message(400, u"%1 cannot be an allowed_action of itself"_s.arg(name));
        break;
    }
    case CType::InternalUsers: {
        const QJsonObject mappings = context.snapshot.entities(CType::RolesMapping);
        for (const QString &role : strings(entity.value(u"opendistro_security_roles"_s))) {
            if (!roles.contains(role))
                return SandboxResponse::message(404, u"role '%1' not found."_s.arg(role));
            if (!admin && roles.value(role).toObject().value(u"hidden"_s).toBool())
                return SandboxResponse::message(404, u"Resource '%1' is not available."_s.arg(role));
            if (!admin && mappings.contains(role)) {
                const QJsonObject mapping = mappings.value(role).toObject();
                if (mapping.value(u"hidden"_s).toBool())
                    return SandboxResponse::message(404, u"Resource '%1' is not available."_s.arg(role));
                if (mapping.value(u"reserved"_s).toBool())
                    return SandboxResponse::message(403, u"Resource '%1' is reserved."_s.arg(role));
            }
        }
        if (name.contains(u':')) {
            return SandboxResponse::message(
                400, u"A restricted character(s) was detected in the account name. Please remove: ':'"_s);
        }
        const QJsonObject existing = context.snapshot.stored.value(CType::InternalUsers).value(name).toObject();
        const bool exists = context.snapshot.entities(CType::InternalUsers).contains(name);
        // Attributes are strings in the plugin (Map<String, String>): a JSON true or 3 is stored as "true" or "3".
        QJsonObject attributes = entity.value(u"attributes"_s).toObject();
        for (auto it = attributes.begin(); it != attributes.end(); ++it) {
            if (it.value().isBool())
                it.value() = it.value().toBool() ? u"true"_s : u"false"_s;
            else if (it.value().isDouble())
                it.value() = QString::number(it.value().toDouble());
        }
        if (entity.contains(u"attributes"_s))
            entity.insert(u"attributes"_s, attributes);
        const bool service = attributes.value(u"service"_s).toString().compare(u"true"_s, Qt::CaseInsensitive) == 0;
        const QString password = entity.value(u"password"_s).toString();
        const bool sentHash =
            entity.contains(u"hash"_s) && (!fromPatch || entity.value(u"hash"_s) != existing.value(u"hash"_s));
        if (service) {
            if (!password.isEmpty()) {
                return SandboxResponse::message(
                    400,
                    u"A password cannot be provided for a service account. Failed to register service account: %1"_s
                        .arg(name));
            }
            if (sentHash) {
                return SandboxResponse::message(
                    400,
                    u"A password hash cannot be provided for service account. Failed to register service account: %1"_s
                        .arg(name));
            }
            entity.remove(u"password"_s);
            entity.insert(u"hash"_s, QString::fromLatin1(Bcrypt::hash(randomSecret().toUtf8(), m_options.bcryptCost)));
            break;
        }
        if (!password.isEmpty()) {
            entity.insert(u"hash"_s, QString::fromLatin1(Bcrypt::hash(password.toUtf8(), m_options.bcryptCost)));
        } else if (!entity.value(u"hash"_s).toString().isEmpty()) {
            // sent as is, without a format check
        } else if (exists) {
            const QString stored = existing.value(u"hash"_s).toString();
            if (stored.isEmpty() && fromPatch) {
                return SandboxResponse::message(
                    500, u"Existing user %1 has no password, and no new password or hash was specified."_s.arg(name));
            }
            entity.insert(u"hash"_s, stored);
        } else if (!fromPatch || context.route.kind == RouteKind::EntityPatch) {
            return SandboxResponse::message(
                400, u"Please specify either 'hash' or 'password' when creating a new internal user."_s);
        }
        entity.remove(u"password"_s);
        break;
    }
    default:
        break;
    }
    return std::nullopt;
}

// The first checks of PUT and DELETE on one entity: the name's length, then nodesdn's admin gate and read-only entry.
std::optional<SandboxResponse> ApiService::entityPathChecks(const Context &context) const
{
    const QString name = context.name();
    const CType type = context.type();
    if (name.size() > 256)
        return SandboxResponse::message(
            400, u"%1 name exceeds maximum length of 256."_s.arg(ConfigTypes::resourceWord(type)));
    if (type == CType::NodesDn) {
        if (!isAdmin(context))
            return SandboxResponse::accessDenied();
        if (name == StaticNodesDn)
            return SandboxResponse::message(403, u"Resource '%1' is read-only."_s.arg(name));
    }
    return std::nullopt;
}

SandboxResponse ApiService::putEntity(const Context &context) const
{
    const QString name = context.name();
    const CType type = context.type();
    if (auto error = entityPathChecks(context))
        return *error;
    QJsonObject body;
    if (auto error = ContentValidator::parseBody(context.request.body, body))
        return *error;
    if (auto error = ContentValidator::validate(type, body, isAdmin(context), name, m_passwordRules))
        return *error;
    if (auto error = immutability(context, name))
        return *error;
    if (auto error = restApiPermissionRule(context, name, body))
        return *error;
    if (auto error = resourceChecks(context, name, body, false))
        return *error;
    auto entity = EntitySchema::normalize(type, body);
    if (!entity)
        return binderError(entity.error());
    const bool exists = context.snapshot.entities(type).contains(name);
    QJsonObject stored = context.snapshot.stored.value(type);
    stored.insert(name, *entity);
    return saveOrError(context, {{type, stored}},
                       exists ? SandboxResponse::message(200, u"'%1' updated."_s.arg(name))
                              : SandboxResponse::message(201, u"'%1' created."_s.arg(name)));
}

SandboxResponse ApiService::deleteEntity(const Context &context) const
{
    const QString name = context.name();
    const CType type = context.type();
    if (auto error = entityPathChecks(context))
        return *error;
    if (auto error = immutability(context, name))
        return *error;
    if (auto error = restApiPermissionRule(context, name, QJsonObject()))
        return *error;
    if (!context.snapshot.entities(type).contains(name))
        return notFound(type, name);
    QJsonObject stored = context.snapshot.stored.value(type);
    stored.remove(name);
    return saveOrError(context, {{type, stored}}, SandboxResponse::message(200, u"'%1' deleted."_s.arg(name)));
}

SandboxResponse ApiService::patchEntity(const Context &context) const
{
    const QString name = context.name();
    const CType type = context.type();
    if (type == CType::NodesDn && !isAdmin(context))
        return SandboxResponse::accessDenied();
    QJsonArray operations;
    if (auto error = readPatch(context.request.body, operations))
        return *error;
    if (auto error = immutability(context, name))
        return *error;
    const QJsonObject existing = context.snapshot.entity(type, name);
    if (auto error = restApiPermissionRule(context, name, existing))
        return *error;
    if (!context.snapshot.entities(type).contains(name))
        return notFound(type, name);
    const QJsonObject before = EntitySchema::working(type, existing);
    QJsonValue document = before;
    if (auto error = applyPatch(operations, document))
        return *error;
    if (Json::equals(document, before))
        return SandboxResponse::message(200, u"No updates required"_s);
    if (!document.isObject())
        return SandboxResponse::validation(u"Could not parse content of request."_s);
    QJsonObject patched = document.toObject();
    patched.remove(u"static"_s);
    QSet<QString> changed;
    for (const QString &key : patched.keys()) {
        if (!Json::equals(patched.value(key), before.value(key)))
            changed.insert(key);
    }
    if (auto error = ContentValidator::validate(type, patched, isAdmin(context), name, m_passwordRules, &changed))
        return *error;
    if (auto error = restApiPermissionRule(context, name, patched))
        return *error;
    if (auto error = resourceChecks(context, name, patched, true))
        return *error;
    auto entity = EntitySchema::normalize(type, patched);
    if (!entity)
        return binderError(entity.error());
    QJsonObject stored = context.snapshot.stored.value(type);
    stored.insert(name, *entity);
    return saveOrError(context, {{type, stored}}, SandboxResponse::message(200, u"'%1' updated."_s.arg(name)));
}

SandboxResponse ApiService::patchCollection(const Context &context) const
{
    const CType type = context.type();
    if (type == CType::NodesDn && !isAdmin(context))
        return SandboxResponse::accessDenied();
    QJsonArray operations;
    if (auto error = readPatch(context.request.body, operations))
        return *error;
    const QJsonObject before = EntitySchema::workingCollection(type, context.snapshot.entities(type), true);
    QJsonValue document = before;
    if (auto error = applyPatch(operations, document))
        return *error;
    if (Json::equals(document, before))
        return SandboxResponse::message(200, u"No updates required"_s);
    const QJsonObject after = document.toObject();
    if (!after.contains(u"_meta"_s))
        return SandboxResponse::exception(500, u"null_pointer_exception"_s, u"_meta is missing"_s);
    if (!Json::equals(after.value(u"_meta"_s), before.value(u"_meta"_s))) {
        return SandboxResponse::validation(u"Invalid configuration"_s,
                                           QJsonObject {{u"invalid_keys"_s, QJsonObject {{u"keys"_s, u"_meta"_s}}}});
    }
    QStringList names = ZjsonPatch::touchedEntities(operations);
    const QStringList beforeKeys = before.keys(); // one list: begin() and end() of two temporaries would differ
    QSet<QString> all(beforeKeys.begin(), beforeKeys.end());
    for (const QString &key : after.keys())
        all.insert(key);
    QStringList rest(all.begin(), all.end());
    rest.sort();
    for (const QString &key : rest) {
        if (!names.contains(key) && !Json::equals(before.value(key), after.value(key)))
            names.append(key);
    }
    QJsonObject stored = context.snapshot.stored.value(type);
    for (const QString &name : names) {
        if (name == u"_meta")
            continue;
        const bool existed = before.contains(name);
        const bool exists = after.contains(name);
        if (!existed && !exists)
            continue;
        const bool changed = existed && exists && !Json::equals(before.value(name), after.value(name));
        if (existed && (changed || !exists)) {
            if (auto error = immutability(context, name))
                return *error;
            if (auto error = restApiPermissionRule(context, name, after.value(name).toObject()))
                return *error;
        }
        if (!exists) {
            stored.remove(name);
            continue;
        }
        if (existed && !changed)
            continue;
        if (!after.value(name).isObject())
            return SandboxResponse::validation(u"Could not parse content of request."_s);
        QJsonObject patched = after.value(name).toObject();
        patched.remove(u"static"_s);
        if (auto error = ContentValidator::validate(type, patched, isAdmin(context), name, m_passwordRules))
            return *error;
        if (!existed) {
            if (auto error = restApiPermissionRule(context, name, patched))
                return *error;
        }
        if (auto error = resourceChecks(context, name, patched, true))
            return *error;
        auto entity = EntitySchema::normalize(type, patched);
        if (!entity)
            return binderError(entity.error());
        stored.insert(name, *entity);
    }
    return saveOrError(context, {{type, stored}}, SandboxResponse::message(200, u"Resource updated."_s));
}
