#include "app/models/CompareJobs.h"

#include <QJsonArray>

#include "app/domain/ConfigVersion.h"
#include "app/domain/PatchPreview.h"
#include "app/domain/SecurityAdminFiles.h"
#include "app/domain/WriteSecrets.h"

using namespace Qt::StringLiterals;

namespace {

// The value of a type or of one of its entities, as a one-type document with statics dropped and secrets redacted.
// A real password hash shows as a fingerprint ("<hash 1a2b3c4d>"): promoting the user writes it, so the diff must
// say that there is one, never what it is.
QJsonObject displayed(const QJsonObject &document, const QString &type, const QString &entity)
{
    QJsonObject part;
    if (!document.contains(type))
        return part;
    if (entity.isEmpty()) {
        part.insert(type, document.value(type));
    } else {
        QJsonObject members;
        const QJsonObject typeValue = document.value(type).toObject();
        if (typeValue.contains(entity))
            members.insert(entity, typeValue.value(entity));
        part.insert(type, members);
    }
    part = ConfigVersions::withoutStatics(part);
    QJsonObject redacted = WriteSecrets::redactDocument(part);
    if (type == u"internalusers"_s) {
        const QJsonObject hashes =
            ConfigVersions::protectSecrets(part, ConfigVersions::SecretMode::Fingerprint).value(type).toObject();
        QJsonObject users = redacted.value(type).toObject();
        for (auto it = users.begin(); it != users.end(); ++it) {
            const QString hash = hashes.value(it.key())[u"hash"_s].toString();
            if (!hash.isEmpty()) {
                QJsonObject user = it.value().toObject();
                user.insert(u"hash"_s, hash);
                it.value() = user;
            }
        }
        redacted.insert(type, users);
    }
    QJsonObject entities = redacted.value(type).toObject();
    // What the comparison ignores (SecurityAdminFiles::compareDocuments), so the diff shows only what made the
    // entity differ.
    for (auto it = entities.begin(); it != entities.end(); ++it) {
        QJsonObject entityValue = it.value().toObject();
        entityValue.remove(u"static"_s);
        it.value() = SecurityAdminFiles::withoutDefaults(entityValue);
    }
    redacted.insert(type, entities);
    return redacted;
}

} // namespace

namespace CompareJobs {

Comparison loadAndCompare(const QString &dir, const QJsonObject &live)
{
    Comparison result;
    auto loaded = SecurityAdminFiles::loadDirectory(dir);
    if (!loaded) {
        result.error = loaded.error().toString();
        return result;
    }
    result.source = std::move(*loaded);
    result.differences = SecurityAdminFiles::compareDocuments(result.source, live);
    return result;
}

Comparison compare(const QJsonObject &source, const QJsonObject &live, const QList<JsonPointer> &keepChecked)
{
    Comparison result;
    result.source = source;
    result.keepChecked = keepChecked;
    result.differences = SecurityAdminFiles::compareDocuments(source, live);
    return result;
}

EntityDiff entityDiff(const QJsonObject &live, const QJsonObject &source, const QString &type, const QString &entity)
{
    EntityDiff result;
    const QJsonObject before = displayed(live, type, entity);
    const QJsonObject after = displayed(source, type, entity);
    result.changes = JsonDiff::changes(before, after);
    result.sections = PatchPreviewBuilder::sections(result.changes, before, after);
    return result;
}

Promotion promote(const QJsonObject &source, const QJsonObject &live, const QList<JsonPointer> &pointers, bool prune,
                  const QString &sourceLabel)
{
    Promotion result;
    auto plan = ChangePlan::promote(source, live, pointers, prune, sourceLabel);
    if (!plan) {
        result.error = plan.error().message();
        return result;
    }
    result.plan = std::move(*plan);
    return result;
}

} // namespace CompareJobs
