#pragma once

// Yaml: the client's YAML reader and writer for JSON values (securityadmin.sh files). Pure functions, any thread;
// yaml-cpp stays inside YamlReader.cpp and none of its exceptions leave it.
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

// What parse() accepts beyond the YAML grammar, so that a hostile or broken file fails fast with a reason instead
// of taking the process down. securityadmin.sh's SnakeYAML is stricter still (50 levels, 50 aliases).
inline constexpr int MaxDepth = 100; // nested maps and sequences; real securityadmin files need fewer than 10
// The values (map values, sequence items, the root; aliases counted as what they expand to) a file may convert
// to: valueBudget(n) = max(n + 1, min(AliasFactor * n + MinValueBudget, MaxAliasValues)) for a file of n bytes.
// Without aliases every value needs at least one byte of its own (its text, an indicator or a separator), so a
// file holds at most n + 1 values and is never refused. Real files reuse an anchor a few times, well under one
// value per byte; AliasFactor allows ten per byte, MinValueBudget room for small files. A "billion laughs" file
// grows exponentially and is refused at the alias that crosses the budget; MaxAliasValues bounds what a large
// file's aliases may bring in, and with it the work of everything that walks the document afterwards.
inline constexpr qint64 AliasFactor = 10;
inline constexpr qint64 MinValueBudget = 10000;
inline constexpr qint64 MaxAliasValues = 1000000;
qint64 valueBudget(qint64 bytes);

// Parses the first YAML document of UTF-8 text (a UTF-8 byte order mark is skipped). Refused with the line:
// bytes that are not UTF-8 and characters YAML does not allow in a file (control characters other than tab and
// line breaks), duplicate and non-scalar keys (Jackson refuses them too), a quoted scalar that is never closed
// or whose continuation lines are not indented more than the block it sits in (YAML 1.2 flow scalars in block
// context; yaml-cpp alone would read the rest of the file into it), aliases that refer to the value they sit in
// or expand beyond valueBudget(), and nesting deeper than MaxDepth.
Result<Document, ParseError> parse(const QByteArray &text);

// A scalar as a YAML token: null, true, 12, 1.5, plain or double-quoted strings. Every string reads back the same
// (control characters, Unicode line breaks, byte order marks and noncharacters as escapes), except that a lone
// UTF-16 surrogate, which no UTF-8 file can hold, becomes U+FFFD.
QString scalar(const QJsonValue &value);

// A value in block style, each line indented by `indent` spaces. Maps and sequences end with a newline; a scalar
// or an empty container is returned as a single token without one ("x", "[]", "{}").
QString block(const QJsonValue &value, int indent);

// "key: value\n" or "key:\n  ...": one member of a map at `indent`. A key longer than YAML readers take for an
// implicit key (1024 characters; yaml-cpp counts bytes) is written as an explicit one ("? key\n: value\n").
QString member(const QString &key, const QJsonValue &value, int indent);

} // namespace Yaml
