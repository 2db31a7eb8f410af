#pragma once

// PatchPreview: what a patch does to a configuration, for people: the changes of only the entities the patch
// touches (so a preview of a two-operation patch on 100,000 entities walks two entities, not the document) and
// the sections of a side-by-side diff, one per changed entity. Pure functions, any thread (run it off the GUI
// thread with QtConcurrent for big patches).

#include <QJsonObject>
#include <QList>

#include "app/json/JsonDiff.h"
#include "app/json/JsonLineDiff.h"

struct PatchPreview
{
    QList<JsonChange> changes;
    QList<DiffSection> sections; // one per changed entity (or type root), in the order of JsonDiff::group
};

namespace PatchPreviewBuilder {

// `operations` tells which entities to compare; a pointer shorter than an entity compares its whole type.
PatchPreview build(const QJsonObject &before, const QJsonObject &after, const QList<PatchOperation> &operations);

// The sections of a side-by-side diff for these changes: each changed entity before and after.
QList<DiffSection> sections(const QList<JsonChange> &changes, const QJsonObject &before, const QJsonObject &after);

} // namespace PatchPreviewBuilder
