#pragma once

// JsonDiff: the difference between two JSON documents, as an RFC 6902 patch and as a change list for people.
// Pure functions, any thread.
//
// The patch is minimal and readable: objects are compared member by member, arrays by longest common
// subsequence (a role gaining one permission is one `add`), changed scalars become `replace`; an array element
// replaced by a container of the same kind is diffed recursively. The change list has exactly one entry per
// patch operation, in the same order. Reading a change as the change of a configuration type and entity is
// ConfigChanges' (app/domain).

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

    static QString kindName(Kind kind); // "added", "removed", "changed"
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

} // namespace JsonDiff
