#pragma once

// EntitySchema: the shape of each configuration type's entities (members, kinds, defaults), and the three
// renderings the plugin uses: full (defaults filled, GET and version snapshots), working (defaults omitted,
// the PATCH document of docs/api/security-api.md §3.5) and the binder check (unknown members). Pure functions, any
// thread.

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QVersionNumber>

#include "app/common/Result.h"
#include "app/sandbox/ConfigTypes.h"

struct SchemaField;

// A set of members of one JSON object.
struct Schema
{
    QList<SchemaField> fields;
    bool open = false; // unknown members are kept as they are (audit sections)
    const SchemaField *find(QStringView name) const;
};

struct SchemaField
{
    enum class Kind { Bool, Int, String, StringList, FreeMap, Object, ObjectList, ObjectMap, Any };
    QString name;
    Kind kind = Kind::Any;
    QJsonValue defaultValue;     // undefined: no default, the member is omitted while absent
    bool alwaysPresent = false;  // kept in the working document even at a default-like value
    const Schema *sub = nullptr; // Object, ObjectList, ObjectMap
};

namespace EntitySchema {

// The schema of one entity of a type (for config: the "config" entity holding "dynamic").
const Schema &entitySchema(CType type);

// Fills defaults and converts lenient scalars ("true" -> true). Unknown members give an error whose message
// reads like the plugin's binder ("Unrecognized field ..."); the caller turns it into a 500.
Result<QJsonObject> normalize(CType type, const QJsonObject &entity);

// The working document rendering of one entity (§3.5): default-like members left out.
QJsonObject working(CType type, const QJsonObject &fullEntity);

// The working rendering of a whole collection (entities keyed by name), optionally with _meta.
QJsonObject workingCollection(CType type, const QJsonObject &fullEntities, bool withMeta);

QJsonObject meta(CType type);

// One entity of `type` (for config: {"dynamic": ...}) as a cluster of `version` has it: members a later version
// added left out (config.dynamic's api_tokens and privileges_evaluation_ignore_unauthorized_indices came with 3.7).
QJsonObject forVersion(CType type, QJsonObject entity, const QVersionNumber &version);

} // namespace EntitySchema
