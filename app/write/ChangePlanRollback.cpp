// ChangePlan's version sources: a rollback to a version (POST version/rollback/{id}), a selective rollback of
// named entities or types (a patch), and the same copy of named entities from any other source (promote: a
// securityadmin directory, another cluster).

#include "app/domain/ConfigVersion.h"
#include "app/domain/SecurityAdminFiles.h"
#include "app/domain/WriteSecrets.h"
#include "app/json/Json.h"
#include "app/write/ChangePlan.h"

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

PatchError pointerError(const QString &op, qsizetype index, const JsonPointer &pointer, const QString &reason)
{
    PatchError error;
    error.index = index;
    error.op = op;
    error.path = pointer.toString();
    error.reason = reason;
    return error;
}

// How entities are brought over from a source (a version, a directory, another cluster).
struct EntityCopy
{
    enum class Mode { Rollback, Promote };
    Mode mode = Mode::Rollback;
    bool prune = true;   // remove entities the source lacks
    QString op;          // PatchError's op: "rollback", "promote"
    QString sourceLabel; // for messages
    QStringList warnings;
    QStringList leftAlone; // entities only live has, not removed (prune off)
};

// The operations that make `liveType`'s entity `name` equal to its state in `sourceType`.
Result<void, QString> copyEntity(const QString &typeKey, const QString &name, const QJsonObject &sourceType,
                                 const QJsonObject &liveType, EntityCopy &copy, QJsonArray &patch)
{
    const JsonPointer path({typeKey, name});
    if (!sourceType.contains(name)) {
        if (liveType.contains(name) && !isStatic(liveType.value(name))) {
            const QJsonObject current = liveType.value(name).toObject();
            const bool protectedEntity = current.value(u"reserved"_s).toBool() || current.value(u"hidden"_s).toBool();
            if (copy.prune && copy.mode == EntityCopy::Mode::Promote && protectedEntity)
                copy.warnings << ChangePlan::tr("%1 is reserved or hidden on the cluster, so the REST API cannot "
                                                "remove it; left alone")
                                     .arg(path.toString());
            else if (copy.prune)
                patch.append(PatchOperation::remove(path).toJson());
            else
                copy.leftAlone << path.toString();
        }
        return {};
    }
    const QJsonValue wanted = sourceType.value(name);
    if (copy.mode == EntityCopy::Mode::Rollback) {
        const bool differs =
            !liveType.contains(name)
            || !Json::equals(WriteSecrets::redactValue(wanted), WriteSecrets::redactValue(liveType.value(name)));
        // A user's hash cannot be compared (GET blanks it): restore it whenever the version holds one.
        const bool hasHash = typeKey == u"internalusers"_s && !wanted.toObject().value(u"hash"_s).toString().isEmpty();
        if (differs || hasHash)
            patch.append(PatchOperation::add(path, wanted).toJson());
        return {};
    }
    // Promote: statics are the plugin's on either side, never written.
    if (isStatic(wanted) || isStatic(liveType.value(name)))
        return {};
    const bool exists = liveType.contains(name);
    const QJsonObject current = liveType.value(name).toObject();
    if (exists && SecurityAdminFiles::differingMembers(typeKey, wanted.toObject(), current).isEmpty())
        return {};
    // The REST API refuses to change reserved or hidden entities, and to set those flags: only securityadmin.sh or an
    // admin certificate can (docs/api/security-api.md §3.4). Leave the first alone, write the second without them.
    if (current.value(u"reserved"_s).toBool() || current.value(u"hidden"_s).toBool()) {
        copy.warnings << ChangePlan::tr("%1 is reserved or hidden on the cluster, so the REST API cannot change it; "
                                        "left alone")
                             .arg(path.toString());
        return {};
    }
    QJsonObject body = wanted.toObject();
    QStringList dropped;
    for (const QString &flag : {u"reserved"_s, u"hidden"_s}) {
        if (body.value(flag).toBool()) {
            body.remove(flag);
            dropped << flag;
        }
    }
    if (!dropped.isEmpty()) {
        if (exists && SecurityAdminFiles::differingMembers(typeKey, body, current).isEmpty())
            return {};
        copy.warnings << ChangePlan::tr("%1: the REST API cannot set %2; written without it")
                             .arg(path.toString(), dropped.join(u", "_s));
    }
    if (typeKey == u"internalusers"_s && !exists && body.value(u"hash"_s).toString().isEmpty())
        return ChangePlan::tr("user %1 is new but %2 holds no password hash for it: add a hash there, or create the "
                              "user with a password first")
            .arg(name, copy.sourceLabel);
    if (current.contains(u"static"_s))
        body.insert(u"static"_s, current.value(u"static"_s)); // GET's flag (false here): never sent, kept in view
    if (WriteSecrets::containsPlaceholder(body))
        return ChangePlan::tr("%1 in %2 holds a redacted secret (\"******\"), which would be stored literally")
            .arg(path.toString(), copy.sourceLabel);
    patch.append(PatchOperation::add(path, body).toJson());
    return {};
}

// The patch that brings the entities or types named by `pointers` over from `source` to `live`.
Result<QJsonArray, PatchError> copyPatch(const QJsonObject &source, const QJsonObject &live,
                                         const QList<JsonPointer> &pointers, EntityCopy &copy)
{
    if (pointers.isEmpty())
        return pointerError(copy.op, 0, JsonPointer(), ChangePlan::tr("name at least one entity or type"));
    QJsonArray patch;
    for (qsizetype i = 0; i < pointers.size(); ++i) {
        const JsonPointer &pointer = pointers.at(i);
        if (pointer.isRoot() || pointer.size() > 2)
            return pointerError(copy.op, i, pointer,
                                ChangePlan::tr("name a type (/roles) or an entity (/roles/r1): whole entities are "
                                               "restored or copied"));
        const QString key = pointer.tokens().first();
        const auto type = ConfigTypeInfo::fromKey(key);
        if (!type)
            return pointerError(copy.op, i, pointer, ChangePlan::tr("\"%1\" is not a configuration type").arg(key));
        if (!source.contains(key))
            return pointerError(copy.op, i, pointer, ChangePlan::tr("%1 holds no %2").arg(copy.sourceLabel, key));
        if (!live.contains(key))
            return pointerError(copy.op, i, pointer, ChangePlan::tr("%1 is not available on this cluster").arg(key));
        const QJsonObject liveType = live.value(key).toObject();
        const QJsonObject sourceType = visibleLike(source.value(key).toObject(), liveType);
        Result<void, QString> copied;
        if (*type == ConfigType::Config && copy.mode == EntityCopy::Mode::Rollback) {
            // One fixed entity ("dynamic"): restore it whole, as one value.
            if (!Json::equals(WriteSecrets::redactValue(source.value(key)), WriteSecrets::redactValue(live.value(key))))
                patch.append(
                    PatchOperation::add(JsonPointer({key, u"dynamic"_s}), sourceType.value(u"dynamic"_s)).toJson());
        } else if (pointer.size() == 2) {
            copied = copyEntity(key, pointer.last(), sourceType, liveType, copy, patch);
        } else {
            for (auto it = sourceType.begin(); it != sourceType.end() && copied; ++it)
                copied = copyEntity(key, it.key(), sourceType, liveType, copy, patch);
            for (auto it = liveType.begin(); it != liveType.end() && copied; ++it) {
                if (!sourceType.contains(it.key()))
                    copied = copyEntity(key, it.key(), sourceType, liveType, copy, patch);
            }
        }
        if (!copied)
            return pointerError(copy.op, i, pointer, copied.error());
    }
    return patch;
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
    EntityCopy copy;
    copy.op = u"rollback"_s;
    copy.sourceLabel = versionId.isEmpty() ? tr("the version") : tr("version %1").arg(versionId);
    const auto copied = copyPatch(versionDocument, liveDocument, pointers, copy);
    if (!copied)
        return copied.error();
    const QJsonArray patch = *copied;
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

Result<ChangePlan, PatchError> ChangePlan::promote(const QJsonObject &source, const QJsonObject &live,
                                                   const QList<JsonPointer> &pointers, bool prune,
                                                   const QString &sourceLabel)
{
    EntityCopy copy;
    copy.mode = EntityCopy::Mode::Promote;
    copy.prune = prune;
    copy.op = u"promote"_s;
    copy.sourceLabel = sourceLabel.isEmpty() ? tr("the source") : sourceLabel;
    const auto copied = copyPatch(source, live, pointers, copy);
    if (!copied)
        return copied.error();
    auto plan = compile(*copied, live);
    if (!plan)
        return plan.error();
    QStringList names;
    for (const JsonPointer &pointer : pointers)
        names << pointer.toString();
    plan->title = tr("Bring %1 over from %2").arg(names.join(u", "_s), copy.sourceLabel);
    if (!copy.leftAlone.isEmpty()) {
        const QStringList shown = copy.leftAlone.mid(0, 10);
        copy.warnings << tr("%n entity(ies) that %1 does not hold left alone (no prune): %2", nullptr,
                            int(copy.leftAlone.size()))
                             .arg(copy.sourceLabel,
                                  shown.join(u", "_s)
                                      + (copy.leftAlone.size() > shown.size() ? u", ..."_s : QString()));
    }
    plan->warnings = copy.warnings + plan->warnings;
    return plan;
}
