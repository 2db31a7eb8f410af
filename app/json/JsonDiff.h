#pragma once

// JsonDiff: the difference between two JSON documents, as an RFC 6902 patch and as a change list for people.
// Pure functions, any thread.
//
// The patch is minimal and readable: objects are compared member by member, arrays by longest common
// subsequence (a role gaining one permission is one `add`), changed scalars become `replace`; an array element
// replaced by a container of the same kind is diffed recursively. The change list has exactly one entry per
// patch operation, in the same order.

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include "app/json/JsonPatch.h"
#include "app/json/JsonPointer.h"
#include "app/json/JsonSource.h"

struct JsonChange
{
    enum class Kind { Added, Removed, Changed };

    JsonPointer path;
    Kind kind = Kind::Changed;
    QJsonValue oldValue; // Removed, Changed
    QJsonValue newValue; // Added, Changed

    // In a configuration document: the type ("roles") and the entity ("r1") the change belongs to; empty when
    // the path is shorter.
    QString configType() const { return path.size() > 0 ? path.tokens().at(0) : QString(); }
    QString entity() const { return path.size() > 1 ? path.tokens().at(1) : QString(); }

    static QString kindName(Kind kind); // "added", "removed", "changed"
};

// The changes of one entity (or of a type's root, entity empty), in patch order.
struct JsonChangeGroup
{
    QString configType;
    QString entity;
    QList<JsonChange> changes;
};

struct JsonDiffResult
{
    JsonPatch patch;
    QList<JsonChange> changes; // changes[i] describes patch.operations()[i]
};

namespace JsonDiff {

JsonDiffResult compute(const QJsonValue &from, const QJsonValue &to);
// The same result; entities whose source text is identical on both sides are known unchanged without a walk.
JsonDiffResult compute(const JsonSource &from, const JsonSource &to);
JsonPatch diff(const QJsonValue &from, const QJsonValue &to);
QList<JsonChange> changes(const QJsonValue &from, const QJsonValue &to);

// Groups by configuration type, then entity, both sorted by name; changes keep their order within a group.
QList<JsonChangeGroup> group(const QList<JsonChange> &changes);

// The change list as JSON: [{"path", "kind", "type", "entity", "old" (unless added), "new" (unless removed)}].
QJsonArray changesToJson(const QList<JsonChange> &changes);

// Readable text: a heading per type and entity, one line per change ("+ /roles/r1/x: 1"), and a count line.
QString summaryText(const QList<JsonChange> &changes);

} // namespace JsonDiff
