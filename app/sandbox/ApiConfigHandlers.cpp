// The single-entity types: securityconfig, allowlist and audit (docs/api/security-api.md §6, §7.2, §7.3).

#include <QJsonArray>
#include <QJsonDocument>

#include "app/json/Json.h"
#include "app/json/JsonPointer.h"
#include "app/sandbox/ApiService.h"
#include "app/sandbox/EntitySchema.h"
#include "app/sandbox/SandboxStore.h"
#include "app/sandbox/ZjsonPatch.h"

using namespace Qt::StringLiterals;

namespace {

const QString Config = u"config"_s;

QJsonValue redactPasswords(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(it.key(), it.key() == u"password" ? QJsonValue(u"******"_s) : redactPasswords(it.value()));
        return out;
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(redactPasswords(item));
        return out;
    }
    return value;
}

SandboxResponse auditInactive(const QString &method)
{
    return SandboxResponse::fromJson(
        501, QJsonObject {{u"status"_s, u"NOT_FOUND"_s},
                          {u"message"_s, u"Method %1 not supported for this action."_s.arg(method)}});
}

} // namespace

SandboxResponse ApiService::getSingleton(const Context &context) const
{
    const QJsonObject entity = context.snapshot.stored.value(context.type()).value(Config).toObject();
    switch (context.type()) {
    case CType::Allowlist:
        if (!isAdmin(context))
            return SandboxResponse::message(403, u"Access denied"_s);
        return SandboxResponse::fromJson(200, QJsonObject {{Config, entity}});
    case CType::Audit:
        if (entity.isEmpty())
            return auditInactive(context.request.method);
        return SandboxResponse::fromJson(
            200, QJsonObject {{Config, entity}, {u"_readonly"_s, context.snapshot.auditReadonly}});
    default: // the rendered defaults too, as this version has them
        return SandboxResponse::fromJson(
            200, QJsonObject {
                     {Config, EntitySchema::forVersion(CType::Config, redactPasswords(entity).toObject(), m_version)}});
    }
}

std::optional<SandboxResponse> ApiService::singletonGate(const Context &context) const
{
    switch (context.type()) {
    case CType::Config: {
        const bool allowed = m_options.restApiAdmin ? isAdmin(context) : m_options.allowSecurityConfigModification;
        if (!allowed)
            return SandboxResponse::message(403, u"Access denied"_s);
        break;
    }
    case CType::Allowlist:
        if (!isAdmin(context))
            return SandboxResponse::message(403, u"Access denied"_s);
        break;
    case CType::Audit:
        if (context.snapshot.stored.value(CType::Audit).value(Config).toObject().isEmpty())
            return auditInactive(context.request.method);
        break;
    default:
        break;
    }
    return std::nullopt;
}

// Normalises the new entity and applies the audit read-only rule; the caller saves.
std::optional<SandboxResponse> ApiService::storeSingleton(const Context &context, const QJsonObject &entity,
                                                          QJsonObject &normalized) const
{
    auto full = EntitySchema::normalize(context.type(), entity);
    if (!full)
        return SandboxResponse::exception(500, u"json_mapping_exception"_s, full.error().message);
    normalized = *full;
    if (context.type() == CType::Audit && !context.identity.superAdmin) {
        const QJsonObject current = context.snapshot.stored.value(CType::Audit).value(Config).toObject();
        for (const QJsonValue &pointerText : context.snapshot.auditReadonly) {
            auto pointer = JsonPointer::parse(pointerText.toString());
            if (!pointer)
                continue;
            auto before = pointer->resolve(current);
            auto after = pointer->resolve(normalized);
            const QJsonValue a = before ? *before : QJsonValue();
            const QJsonValue b = after ? *after : QJsonValue();
            if (!Json::equals(a, b))
                return SandboxResponse::message(409, u"Attempted to update read-only property."_s);
        }
    }
    return std::nullopt;
}

SandboxResponse ApiService::putSingleton(const Context &context) const
{
    if (auto error = singletonGate(context))
        return *error;
    QJsonObject body;
    if (auto error = ContentValidator::parseBody(context.request.body, body))
        return *error;
    if (auto error = ContentValidator::validate(context.type(), body, false, QString(), m_passwordRules))
        return *error;
    QJsonObject entity;
    if (auto error = storeSingleton(context, body, entity))
        return *error;
    return saveOrError(context, {{context.type(), QJsonObject {{Config, entity}}}},
                       SandboxResponse::message(200, u"'config' updated."_s));
}

SandboxResponse ApiService::patchSingleton(const Context &context) const
{
    if (auto error = singletonGate(context))
        return *error;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(context.request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return SandboxResponse::message(400, u"Error in JSON patch: "_s + parseError.errorString());
    const QJsonValue body = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    if (const auto checked = ZjsonPatch::check(body); !checked.ok())
        return SandboxResponse::message(400, checked.message);
    const QJsonObject current = context.snapshot.stored.value(context.type()).value(Config).toObject();
    const QJsonObject before {{Config, EntitySchema::working(context.type(), current)}};
    QJsonValue patched = before;
    const ZjsonPatch::Outcome applied = ZjsonPatch::apply(body.toArray(), patched);
    if (!applied.ok()) {
        if (applied.failure == ZjsonPatch::Failure::Pointer)
            return SandboxResponse::exception(400, u"json_pointer_exception"_s, applied.message);
        return SandboxResponse::message(400, applied.message);
    }
    if (Json::equals(patched, before))
        return SandboxResponse::message(200, u"No updates required"_s);
    const QJsonValue newEntity = patched.toObject().value(Config);
    if (!newEntity.isObject())
        return SandboxResponse::validation(u"Could not parse content of request."_s);
    if (auto error =
            ContentValidator::validate(context.type(), newEntity.toObject(), false, QString(), m_passwordRules))
        return *error;
    QJsonObject entity;
    if (auto error = storeSingleton(context, newEntity.toObject(), entity))
        return *error;
    return saveOrError(context, {{context.type(), QJsonObject {{Config, entity}}}},
                       SandboxResponse::message(200, u"Resource updated."_s));
}
