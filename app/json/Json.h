#pragma once

// Json: parsing, serialisation and RFC 6902 equality over QJsonValue. Pure functions, any thread.

#include <optional>

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include "app/common/Result.h"

namespace Json {

// Parses JSON text (any value at the top level, scalars included). Errors name the source, the line and
// column, and the parser's reason. The result owns its data exclusively (no other reference to it).
Result<QJsonValue> parse(const QByteArray &bytes, const QString &sourceName = QString());

// Reads and parses a file; errors name the file.
Result<QJsonValue> readFile(const QString &path);

enum class Format { Compact, Indented };
QByteArray serialize(const QJsonValue &value, Format format = Format::Indented);

// Equality as RFC 6902 `test` defines it: numbers by value (1 == 1.0), objects regardless of member order,
// arrays element by element, strings by code points.
bool equals(const QJsonValue &a, const QJsonValue &b);

// Exact structural identity (same types, same representation, members in any order): faster than equals() and
// sufficient to prove equality; numbers equal only in value (1 and 1.0) are not identical.
bool identical(const QJsonValue &a, const QJsonValue &b);

// A hash consistent with equals(): equal values hash equally. Used to speed up array diffing.
size_t hash(const QJsonValue &value, size_t seed = 0);

// The elements of an array as strings (a non-string element as "", a non-array as no element): configuration data
// read leniently, as the models and the access evaluation do.
QStringList strings(const QJsonValue &value);

// The elements of an array of strings; nullopt when `value` is not an array or holds anything but strings.
std::optional<QStringList> stringList(const QJsonValue &value);

// False, 0, "", null, [] and objects holding only such values: what the plugin's working document leaves out of an
// entity, and what it fills in.
bool isDefaultLike(const QJsonValue &value);

// "object", "array", "string", "number", "boolean", "null".
QString typeName(const QJsonValue &value);

// A short one-line rendering for messages: compact JSON, cut to at most maxChars with an ellipsis.
QString preview(const QJsonValue &value, int maxChars = 80);

} // namespace Json
