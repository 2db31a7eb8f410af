#include "app/write/ChangePlan.h"

#include <QJsonDocument>

#include "app/domain/WriteSecrets.h"
#include "app/json/Json.h"

using namespace Qt::StringLiterals;

namespace {

PatchError errorAt(qsizetype index, const PatchOperation &operation, const QString &reason)
{
    PatchError error;
    error.index = index;
    error.op = operation.opName();
    error.path = operation.path.toString();
    error.reason = reason;
    return error;
}

// Drops what GET adds to an entity but a write may not carry (docs/api/security-api.md §3.4, §4.2).
QJsonValue sanitizeEntity(ConfigType type, const QJsonValue &value)
{
    if (!value.isObject())
        return value;
    QJsonObject entity = value.toObject();
    entity.remove(u"static"_s);
    for (const QString &flag : {u"hidden"_s, u"reserved"_s}) {
        if (entity.contains(flag) && !entity.value(flag).toBool())
            entity.remove(flag);
    }
    if (type == ConfigType::InternalUsers && entity.value(u"hash"_s).toString().isEmpty())
        entity.remove(u"hash"_s);
    return entity;
}

// Builds the per-type requests while the patch's operations are walked in order.
class Compiler
{
public:
    explicit Compiler(const QJsonObject &document) : m_state(document) { }

    QJsonValue m_state;
    QList<ConfigType> m_order;
    QMap<ConfigType, QList<PatchOperation>> m_compiled;

    // One primitive (add, replace or remove with a path of two or more tokens) against the current state.
    Result<void, QString> primitive(const PatchOperation &operation)
    {
        const QJsonValue before = m_state;
        auto applied = JsonPatch({operation}).applyInPlace(m_state);
        if (!applied)
            return applied.error().reason;
        const QStringList &tokens = operation.path.tokens();
        const ConfigType type = *ConfigTypeInfo::fromKey(tokens.first());

        // A write below a container that holds only defaults: that container is absent from the server's working
        // document, so send the container whole.
        for (qsizetype depth = 3; depth < tokens.size(); ++depth) {
            const JsonPointer ancestor(tokens.mid(0, depth));
            if (!Json::isDefaultLike(ancestor.valueIn(before)))
                continue;
            const bool inArray = ancestor.parent().valueIn(before).isArray();
            const QJsonValue value = ancestor.valueIn(m_state);
            emitOperation(type,
                          inArray ? PatchOperation::replace(ancestor, value) : PatchOperation::add(ancestor, value));
            return {};
        }
        const bool parentIsArray = operation.path.parent().valueIn(before).isArray();
        switch (operation.op) {
        case PatchOperation::Op::Remove:
            emitOperation(type, operation);
            break;
        case PatchOperation::Op::Replace:
            emitOperation(type, parentIsArray ? operation : PatchOperation::add(operation.path, operation.value));
            break;
        default:
            emitOperation(type, operation);
            break;
        }
        return {};
    }

    void emitOperation(ConfigType type, PatchOperation operation)
    {
        if (operation.path.size() == 2 && ConfigTypeInfo::hasEntityCrud(type) && operation.hasValue())
            operation.value = sanitizeEntity(type, operation.value);
        // securityconfig's working document is {"config": ...}: our /config pointers are its pointers. Every
        // other endpoint's document is the type's value.
        if (type != ConfigType::Config)
            operation.path = JsonPointer(operation.path.tokens().mid(1));
        if (!m_compiled.contains(type))
            m_order.append(type);
        m_compiled[type].append(operation);
    }
};

// Lowers add/replace of a whole type to entity-level primitives.
QList<PatchOperation> lowerTypeRoot(const QString &key, const QJsonValue &current, const QJsonValue &next)
{
    QList<PatchOperation> result;
    const QJsonObject from = current.toObject();
    const QJsonObject to = next.toObject();
    for (auto it = to.begin(); it != to.end(); ++it) {
        if (!from.contains(it.key()) || !Json::equals(from.value(it.key()), it.value()))
            result.append(PatchOperation::add(JsonPointer({key, it.key()}), it.value()));
    }
    for (auto it = from.begin(); it != from.end(); ++it) {
        if (!to.contains(it.key()))
            result.append(PatchOperation::remove(JsonPointer({key, it.key()})));
    }
    return result;
}

} // namespace

QJsonValue WriteStep::displayBody() const
{
    if (!request.body)
        return QJsonValue(QJsonValue::Undefined);
    if (request.method == "PATCH")
        return WriteSecrets::redactPatch(request.body->toArray());
    return WriteSecrets::redactValue(*request.body);
}

QString WriteStep::curlText(const ConnectionSettings &settings) const
{
    auto quote = [](const QString &text) -> QString {
        return u'\'' + QString(text).replace(u"'"_s, u"'\\''"_s) + u'\'';
    };
    QString url = settings.baseUrl.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash) + request.path;
    if (!request.query.isEmpty())
        url += u'?' + request.query.toString(QUrl::FullyEncoded);
    QString text = u"curl -sS -X "_s + request.methodText() + u' ' + quote(url);
    if (!settings.userName.isEmpty())
        text += u" -u \"$SECDESK_USER:$SECDESK_PASSWORD\""_s;
    if (!settings.caFile.isEmpty())
        text += u" --cacert "_s + quote(settings.caFile);
    if (!settings.clientCertificateFile.isEmpty())
        text += u" --cert "_s + quote(settings.clientCertificateFile) + u" --key "_s + quote(settings.clientKeyFile);
    if (!settings.verifyTls)
        text += u" -k"_s;
    const QJsonValue body = displayBody();
    if (!body.isUndefined()) {
        const QByteArray json = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                               : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
        text += u" -H 'Content-Type: application/json' --data-binary "_s + quote(QString::fromUtf8(json));
    }
    return text;
}

QList<JsonChange> ChangePlan::changes() const
{
    QJsonObject from;
    QJsonObject to;
    for (ConfigType type : types) {
        const QString key = ConfigTypeInfo::key(type);
        if (base.contains(key))
            from.insert(key, base.value(key));
        if (expected.contains(key))
            to.insert(key, expected.value(key));
    }
    return WriteSecrets::diff(from, to).changes;
}

QJsonObject ChangePlan::toJson() const
{
    static const char *const kinds[] = {"patch", "replace-config", "restore", "other", "rollback", "upgrade"};
    QJsonArray typeKeys;
    for (ConfigType type : types)
        typeKeys.append(ConfigTypeInfo::key(type));
    QJsonArray requests;
    for (const WriteStep &step : steps) {
        QJsonObject request {
            {u"label"_s, step.label}, {u"method"_s, step.request.methodText()}, {u"path"_s, step.request.path}};
        const QJsonValue body = step.displayBody();
        if (!body.isUndefined())
            request.insert(u"body"_s, body);
        requests.append(request);
    }
    QJsonObject json {{u"kind"_s, QString::fromLatin1(kinds[int(kind)])},
                      {u"title"_s, title},
                      {u"types"_s, typeKeys},
                      {u"requests"_s, requests},
                      {u"warnings"_s, QJsonArray::fromStringList(warnings)}};
    if (!sourcePatch.isEmpty())
        json.insert(u"patch"_s, WriteSecrets::redactPatch(sourcePatch));
    if (kind == Kind::Upgrade)
        json.insert(u"entities"_s, QJsonArray::fromStringList(upgradeEntities));
    return json;
}

Result<QList<ConfigType>, PatchError> ChangePlan::touchedTypes(const QJsonArray &patch)
{
    auto parsed = JsonPatch::fromJson(patch);
    if (!parsed)
        return parsed.error();
    QList<ConfigType> types;
    const QList<PatchOperation> &operations = parsed->operations();
    for (qsizetype i = 0; i < operations.size(); ++i) {
        const PatchOperation &operation = operations.at(i);
        QList<JsonPointer> pointers {operation.path};
        if (operation.hasFrom())
            pointers.append(operation.from);
        for (const JsonPointer &pointer : std::as_const(pointers)) {
            if (pointer.isRoot())
                return errorAt(i, operation,
                               tr("the whole configuration document cannot be written at once; patch its types"));
            const auto type = ConfigTypeInfo::fromKey(pointer.tokens().first());
            if (!type)
                return errorAt(i, operation, tr("\"%1\" is not a configuration type").arg(pointer.tokens().first()));
            if (!types.contains(*type))
                types.append(*type);
        }
    }
    return types;
}

Result<ChangePlan, PatchError> ChangePlan::compile(const QJsonArray &patch, const QJsonObject &document)
{
    auto parsed = JsonPatch::fromJson(patch);
    if (!parsed)
        return parsed.error();
    const auto touched = touchedTypes(patch);
    if (!touched)
        return touched.error();

    ChangePlan plan;
    plan.kind = Kind::Patch;
    plan.sourcePatch = patch;
    plan.base = document;
    plan.title =
        QCoreApplication::translate("ChangePlan", "Apply a patch (%n operation(s))", nullptr, int(parsed->size()));
    const QList<PatchOperation> &operations = parsed->operations();
    // RFC 6902 is the contract: the whole patch applies here first, each operation against what the previous ones
    // left, and any operation RFC 6902 says fails (a `remove` of a missing member included, which the plugin would
    // silently accept) fails the plan before anything is lowered or sent.
    {
        QJsonValue state = document;
        for (qsizetype i = 0; i < operations.size(); ++i) {
            const PatchOperation &operation = operations.at(i);
            for (const JsonPointer *pointer : {&operation.path, &operation.from}) {
                if (pointer == &operation.from && !operation.hasFrom())
                    continue;
                const QString key = pointer->tokens().first();
                if (!state.toObject().contains(key))
                    return errorAt(i, operation, tr("the type \"%1\" is not available on this cluster").arg(key));
            }
            // "******" is what GET and drafts show instead of a secret: written, it would become the password.
            if (const auto placeholder = WriteSecrets::placeholderSecret(operation))
                return errorAt(i, operation,
                               tr("%1 holds the placeholder \"******\" instead of the secret: the server would store "
                                  "it literally; enter the real value")
                                   .arg(operation.path.toString() + placeholder->toString()));
            auto applied = JsonPatch({operation}).applyInPlace(state);
            if (!applied) {
                PatchError error = applied.error();
                error.index = i;
                return error;
            }
        }
    }

    // Then lowering to what the server takes, one primitive at a time.
    Compiler compiler(document);
    for (qsizetype i = 0; i < operations.size(); ++i) {
        const PatchOperation &operation = operations.at(i);
        auto checked = JsonPatch({operation}).apply(compiler.m_state);
        if (!checked) {
            PatchError error = checked.error();
            error.index = i;
            return error;
        }
        if (operation.op == PatchOperation::Op::Test)
            continue; // checked here, never sent

        if (operation.path.size() == 1 || (operation.hasFrom() && operation.from.size() == 1)) {
            if (operation.op == PatchOperation::Op::Remove || operation.hasFrom())
                return errorAt(i, operation,
                               tr("a whole configuration type cannot be removed or moved; patch its entities"));
            const QJsonValue next = operation.path.valueIn(*checked);
            const QList<PatchOperation> lowered =
                lowerTypeRoot(operation.path.last(), operation.path.valueIn(compiler.m_state), next);
            for (const PatchOperation &primitive : lowered) {
                if (auto done = compiler.primitive(primitive); !done)
                    return errorAt(i, operation, done.error());
            }
            continue;
        }

        QList<PatchOperation> primitives;
        switch (operation.op) {
        case PatchOperation::Op::Move:
            if (operation.from == operation.path)
                continue; // a no-op
            primitives = {PatchOperation::remove(operation.from),
                          PatchOperation::add(operation.path, operation.from.valueIn(compiler.m_state))};
            break;
        case PatchOperation::Op::Copy:
            primitives = {PatchOperation::add(operation.path, operation.from.valueIn(compiler.m_state))};
            break;
        default:
            primitives = {operation};
            break;
        }
        for (const PatchOperation &primitive : std::as_const(primitives)) {
            if (auto done = compiler.primitive(primitive); !done)
                return errorAt(i, operation, done.error());
        }
    }

    plan.expected = compiler.m_state.toObject();
    plan.types = compiler.m_order;
    plan.readTypes = *touched; // test operations depend on types they do not change
    for (ConfigType type : std::as_const(compiler.m_order)) {
        const JsonPatch typePatch(compiler.m_compiled.value(type));
        WriteStep step;
        step.label = u"PATCH "_s + ConfigTypeInfo::endpoint(type);
        step.types = {type};
        step.request = SecurityApi::patchConfig(type, typePatch);
        step.operations = typePatch.toJson();
        plan.steps.append(step);
    }
    return plan;
}
