#include "app/domain/PatchPreview.h"
#include "app/domain/ConfigChanges.h"

#include <QSet>

namespace {

// Copies into `target` what `pointer` reaches of `source` at the entity level (or the whole type, or everything).
void include(const JsonPointer &pointer, const QJsonObject &source, QJsonObject &target)
{
    if (pointer.isRoot()) {
        target = source;
        return;
    }
    const QString &type = pointer.tokens().at(0);
    if (!source.contains(type))
        return;
    const QJsonValue typeValue = source.value(type);
    if (pointer.size() == 1 || !typeValue.isObject()) {
        target.insert(type, typeValue);
        return;
    }
    const QString &entity = pointer.tokens().at(1);
    QJsonObject entities = target.value(type).toObject();
    const QJsonObject sourceEntities = typeValue.toObject();
    if (const auto it = sourceEntities.constFind(entity); it != sourceEntities.constEnd())
        entities.insert(entity, it.value());
    target.insert(type, entities);
}

} // namespace

namespace PatchPreviewBuilder {

PatchPreview build(const QJsonObject &before, const QJsonObject &after, const QList<PatchOperation> &operations)
{
    QJsonObject left;
    QJsonObject right;
    for (const PatchOperation &operation : operations) {
        if (operation.op == PatchOperation::Op::Test)
            continue;
        QList<JsonPointer> pointers {operation.path};
        if (operation.hasFrom())
            pointers << operation.from;
        for (const JsonPointer &pointer : std::as_const(pointers)) {
            include(pointer, before, left);
            include(pointer, after, right);
            // Keep the type present on both sides, so that an added entity is one change, not a whole type.
            if (!pointer.isRoot()) {
                const QString &type = pointer.tokens().at(0);
                if (before.value(type).isObject() && !left.contains(type))
                    left.insert(type, QJsonObject());
                if (after.value(type).isObject() && !right.contains(type))
                    right.insert(type, QJsonObject());
            }
        }
    }
    PatchPreview preview;
    preview.changes = JsonDiff::changes(left, right);
    preview.sections = sections(preview.changes, before, after);
    return preview;
}

QList<DiffSection> sections(const QList<JsonChange> &changes, const QJsonObject &before, const QJsonObject &after)
{
    QList<DiffSection> result;
    for (const ConfigChangeGroup &group : ConfigChanges::group(changes)) {
        DiffSection section;
        section.configType = group.configType;
        section.entity = group.entity;
        const auto side = [&group](const QJsonObject &document) -> std::optional<QJsonValue> {
            if (group.configType.isEmpty())
                return QJsonValue(document);
            if (!document.contains(group.configType))
                return std::nullopt;
            const QJsonValue type = document.value(group.configType);
            if (group.entity.isEmpty())
                return type;
            const QJsonObject entities = type.toObject();
            const auto it = entities.constFind(group.entity);
            return it == entities.constEnd() ? std::nullopt : std::optional<QJsonValue>(it.value());
        };
        section.left = side(before);
        section.right = side(after);
        result.append(std::move(section));
    }
    return result;
}

} // namespace PatchPreviewBuilder
