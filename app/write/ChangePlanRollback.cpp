// ChangePlan's version sources: a rollback to a version (POST version/rollback/{id}) and a selective rollback of
// named entities or types (a patch).

#include "app/domain/ConfigVersion.h"
#include "app/json/Json.h"
#include "app/write/ChangePlan.h"
#include "app/write/WriteSecrets.h"

using namespace Qt::StringLiterals;

namespace {

bool isStatic(const QJsonValue &entity)
{
    return entity.toObject().value(u"static"_s).toBool();
}

// The plugin stores hidden entities, and versions hold them, but GET leaves them out: a version's entity that is
// hidden and absent live is one this user cannot see, not one to add.
QJsonObject visibleLike(const QJsonObject &versionType, const QJsonObject &liveType)
{
    QJsonObject result = versionType;
    for (auto it = versionType.begin(); it != versionType.end(); ++it) {
        if (it.value().toObject().value(u"hidden"_s).toBool() && !liveType.contains(it.key()))
            result.remove(it.key());
    }
    return result;
}

PatchError pointerError(qsizetype index, const JsonPointer &pointer, const QString &reason)
{
    PatchError error;
    error.index = index;
    error.op = u"rollback"_s;
    error.path = pointer.toString();
    error.reason = reason;
    return error;
}

// The operations that make `liveType`'s entity `name` equal to its state in `versionType`.
void restoreEntity(const QString &typeKey, const QString &name, const QJsonObject &versionType,
                   const QJsonObject &liveType, QJsonArray &patch)
{
    const JsonPointer path({typeKey, name});
    if (!versionType.contains(name)) {
        if (liveType.contains(name) && !isStatic(liveType.value(name)))
            patch.append(PatchOperation::remove(path).toJson());
        return;
    }
    const QJsonValue wanted = versionType.value(name);
    const bool differs =
        !liveType.contains(name)
        || !Json::equals(WriteSecrets::redactValue(wanted), WriteSecrets::redactValue(liveType.value(name)));
    // A user's hash cannot be compared (GET blanks it): restore it whenever the version holds one.
    const bool hasHash = typeKey == u"internalusers"_s && !wanted.toObject().value(u"hash"_s).toString().isEmpty();
    if (differs || hasHash)
        patch.append(PatchOperation::add(path, wanted).toJson());
}

} // namespace

Result<ChangePlan> ChangePlan::rollback(const QString &versionId, const QJsonObject &versionDocument,
                                        const QJsonObject &liveDocument)
{
    if (versionId.trimmed().isEmpty())
        return Error {u"write.rollback"_s,
                      tr("a rollback needs an explicit version id (without one the server toggles between the two "
                         "newest versions)"),
                      {}};
    ChangePlan plan;
    plan.kind = Kind::Rollback;
    plan.title = tr("Roll back to version %1").arg(versionId);
    plan.base = liveDocument;
    plan.expected = liveDocument;
    for (ConfigType type : ConfigTypeInfo::all()) {
        const QString key = ConfigTypeInfo::key(type);
        if (!versionDocument.contains(key))
            continue;
        if (!liveDocument.contains(key)) {
            plan.warnings << tr("%1 cannot be read with these credentials: the rollback restores it as well, "
                                "without a check")
                                 .arg(key);
            continue;
        }
        // Versions never hold the plugin's static entities; they stay as they are.
        const QJsonObject live = liveDocument.value(key).toObject();
        QJsonObject wanted = versionDocument.value(key).toObject();
        if (type != ConfigType::Config)
            wanted = visibleLike(wanted, live);
        if (type != ConfigType::Config) {
            for (auto it = live.begin(); it != live.end(); ++it) {
                if (isStatic(it.value()) && !wanted.contains(it.key()))
                    wanted.insert(it.key(), it.value());
            }
        }
        plan.expected.insert(key, wanted);
        plan.types.append(type);
    }
    if (plan.types.isEmpty())
        return Error {u"write.rollback"_s, tr("version %1 holds no configuration to roll back to").arg(versionId), {}};
    if (plan.changes().isEmpty())
        plan.warnings << tr("the live configuration already matches version %1 (secrets cannot be compared); the "
                            "rollback still restores its password hashes")
                             .arg(versionId);
    WriteStep step;
    step.label = u"POST version/rollback/"_s + versionId;
    step.types = plan.types;
    step.request = SecurityApi::rollback(versionId);
    plan.steps.append(step);
    return plan;
}

Result<ChangePlan, PatchError> ChangePlan::selectiveRollback(const QJsonObject &versionDocument,
                                                             const QJsonObject &liveDocument,
                                                             const QList<JsonPointer> &pointers,
                                                             const QString &versionId)
{
    if (pointers.isEmpty())
        return pointerError(0, JsonPointer(), tr("name at least one entity or type to restore"));
    QJsonArray patch;
    for (qsizetype i = 0; i < pointers.size(); ++i) {
        const JsonPointer &pointer = pointers.at(i);
        if (pointer.isRoot() || pointer.size() > 2)
            return pointerError(i, pointer,
                                tr("name a type (/roles) or an entity (/roles/r1); a selective rollback restores "
                                   "whole entities"));
        const QString key = pointer.tokens().first();
        const auto type = ConfigTypeInfo::fromKey(key);
        if (!type)
            return pointerError(i, pointer, tr("\"%1\" is not a configuration type").arg(key));
        if (!versionDocument.contains(key))
            return pointerError(i, pointer, tr("the version holds no %1").arg(key));
        if (!liveDocument.contains(key))
            return pointerError(i, pointer, tr("%1 is not available on this cluster").arg(key));
        const QJsonObject liveType = liveDocument.value(key).toObject();
        const QJsonObject versionType = visibleLike(versionDocument.value(key).toObject(), liveType);
        if (*type == ConfigType::Config) {
            // One fixed entity ("dynamic"): restore it whole, as one value.
            const QJsonValue wanted = versionDocument.value(key);
            if (!Json::equals(WriteSecrets::redactValue(wanted), WriteSecrets::redactValue(liveDocument.value(key))))
                patch.append(
                    PatchOperation::add(JsonPointer({key, u"dynamic"_s}), versionType.value(u"dynamic"_s)).toJson());
            continue;
        }
        if (pointer.size() == 2) {
            restoreEntity(key, pointer.last(), versionType, liveType, patch);
            continue;
        }
        for (auto it = versionType.begin(); it != versionType.end(); ++it)
            restoreEntity(key, it.key(), versionType, liveType, patch);
        for (auto it = liveType.begin(); it != liveType.end(); ++it) {
            if (!versionType.contains(it.key()))
                restoreEntity(key, it.key(), versionType, liveType, patch);
        }
    }
    auto plan = compile(patch, liveDocument);
    if (!plan)
        return plan.error();
    plan->kind = Kind::Rollback;
    QStringList names;
    for (const JsonPointer &pointer : pointers)
        names << pointer.toString();
    plan->title = versionId.isEmpty() ? tr("Restore %1 from a version").arg(names.join(u", "_s))
                                      : tr("Restore %1 from version %2").arg(names.join(u", "_s), versionId);
    return plan;
}
