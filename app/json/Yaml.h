#pragma once

// Yaml: the client's YAML reader and writer for JSON values (securityadmin.sh files). Pure functions, any thread;
// yaml-cpp stays inside Yaml.cpp and none of its exceptions leave it.
//
// Reading types plain scalars like the YAML 1.2 core schema (null, true/false, integers, floats; anything else,
// and every quoted scalar, is a string). Writing is block style; a string is quoted whenever a YAML 1.1 or 1.2
// reader (Jackson/SnakeYAML in securityadmin.sh, yaml-cpp) could read it as anything else, so both read back the
// same JSON.

#include <QHash>
#include <QJsonValue>
#include <QString>

#include "app/common/Result.h"

namespace Yaml {

struct ParseError
{
    int line = 0;   // 1-based; 0 when unknown
    QString reason; // one sentence: translated for our own checks, yaml-cpp's own messages stay English
};

struct Document
{
    QJsonValue value;
    // The 1-based line of the values up to two levels deep, by JSON pointer text ("", "/_meta", "/roles/r1"...):
    // for structural errors that point at the right place.
    QHash<QString, int> lines;

    int lineOf(const QString &pointer) const { return lines.value(pointer, 1); }
};

// Parses one YAML document. Duplicate keys and non-scalar keys are errors (Jackson refuses them too).
Result<Document, ParseError> parse(const QByteArray &text);

// A scalar as a YAML token: null, true, 12, 1.5, plain or double-quoted strings.
QString scalar(const QJsonValue &value);

// A value in block style, each line indented by `indent` spaces. Maps and sequences end with a newline; a scalar
// or an empty container is returned as a single token without one ("x", "[]", "{}").
QString block(const QJsonValue &value, int indent);

// "key: value\n" or "key:\n  ...": one member of a map at `indent`.
QString member(const QString &key, const QJsonValue &value, int indent);

} // namespace Yaml
