#pragma once

// ZjsonPatch: JSON Patch as the plugin applies it (zjsonpatch 0.6.3 with only add, replace and remove), with its
// exact messages and deviations from RFC 6902 (docs/api/security-api.md §4.5, §4.6). Pure functions, any thread.

#include <QJsonArray>
#include <QJsonValue>
#include <QString>

namespace ZjsonPatch {

enum class Failure {
    None,
    WrongBody,   // 400 shape A "Wrong request body"
    Unsupported, // 400 shape A "Unsupported patch operation: ..."
    Engine,      // 400 shape A with the engine message
    Pointer      // 400 shape C (a path without a leading slash, a bad escape)
};

struct Outcome
{
    Failure failure = Failure::None;
    QString message;
    bool ok() const { return failure == Failure::None; }
};

// The pre-checks on the parsed body: an array with at least one "op", and only add, replace and remove.
Outcome check(const QJsonValue &body);

// Applies the operations in order to `document`; all or nothing.
Outcome apply(const QJsonArray &operations, QJsonValue &document);

// The distinct first path segments of the operations, in order of first appearance (collection PATCH).
QStringList touchedEntities(const QJsonArray &operations);

} // namespace ZjsonPatch
