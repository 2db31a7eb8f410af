#pragma once

// ConfigChanges: a JSON change list (JsonDiff) read as changes of a configuration document: the type ("roles") and
// the entity ("r1") each change belongs to, the changes grouped that way, as JSON for scripts and the journal, and
// as text for people. Pure functions, any thread.

#include <QJsonArray>
#include <QList>
#include <QString>

#include "app/json/JsonDiff.h"

// The changes of one entity (or of a type's root, entity empty), in patch order.
struct ConfigChangeGroup
{
    QString configType;
    QString entity;
    QList<JsonChange> changes;
};

namespace ConfigChanges {

// The type ("roles") and the entity ("r1") a change belongs to; empty when its path is shorter.
QString type(const JsonChange &change);
QString entity(const JsonChange &change);
// "type/entity", or "type/*" for a change of a type's root.
QString key(const JsonChange &change);

// Groups by configuration type, then entity, both sorted by name; changes keep their order within a group.
QList<ConfigChangeGroup> group(const QList<JsonChange> &changes);

// The change list as JSON: [{"path", "kind", "type", "entity", "old" (unless added), "new" (unless removed)}].
QJsonArray toJson(const QList<JsonChange> &changes);

// Readable text: a heading per type and entity, one line per change ("+ /roles/r1/x: 1"), and a count line.
QString summaryText(const QList<JsonChange> &changes);

} // namespace ConfigChanges
