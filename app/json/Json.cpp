#include "app/json/Json.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Json {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Json", text);
}

// 1-based line and column of a byte offset, for parse errors people can find in an editor.
std::pair<qsizetype, qsizetype> lineAndColumn(const QByteArray &bytes, qsizetype offset)
{
    qsizetype line = 1;
    qsizetype lineStart = 0;
    const qsizetype end = std::min(offset, bytes.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (bytes.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, end - lineStart + 1};
}

char firstNonSpace(const QByteArray &bytes)
{
    for (char c : bytes) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return c;
    }
    return '\0';
}

} // namespace

Result<QJsonValue> parse(const QByteArray &bytes, const QString &sourceName)
{
    const QString source = sourceName.isEmpty() ? tr("the input") : sourceName;
    const char first = firstNonSpace(bytes);
    if (first == '\0')
        return Error {QStringLiteral("json.parse"), tr("%1 is empty, not JSON").arg(source), {}};

    QJsonParseError parseError;
    QJsonValue result;
    qsizetype offsetShift = 0;
    if (first == '{' || first == '[') {
        QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
        if (parseError.error == QJsonParseError::NoError)
            result = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    } else {
        // QJsonDocument holds only objects and arrays: parse a top-level scalar as the element of an array.
        QJsonDocument document = QJsonDocument::fromJson('[' + bytes + ']', &parseError);
        offsetShift = 1;
        if (parseError.error == QJsonParseError::NoError) {
            const QJsonArray array = document.array();
            if (array.size() == 1)
                result = array.at(0);
            else
                parseError = {2, QJsonParseError::GarbageAtEnd};
        }
    }
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype offset = std::max<qsizetype>(0, parseError.offset - offsetShift);
        const auto [line, column] = lineAndColumn(bytes, offset);
        QString message = tr("%1 is not valid JSON: %2 at line %3, column %4")
                              .arg(source, parseError.errorString())
                              .arg(line)
                              .arg(column);
        if (first == '<')
            message += tr(" (it looks like an HTML or XML page)");
        return Error {QStringLiteral("json.parse"), message, {}};
    }
    return result;
}

Result<QJsonValue> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("io.read"), tr("cannot read %1: %2").arg(path, file.errorString()), {}};
    return parse(file.readAll(), path);
}

QByteArray serialize(const QJsonValue &value, Format format)
{
    const auto jsonFormat = format == Format::Compact ? QJsonDocument::Compact : QJsonDocument::Indented;
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(jsonFormat);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(jsonFormat);
    // A scalar: serialise it as the only element of an array and cut the brackets off.
    QByteArray text = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    text = text.mid(1, text.size() - 2);
    if (format == Format::Indented)
        text += '\n';
    return text;
}

bool identical(const QJsonValue &a, const QJsonValue &b)
{
    // Compared as CBOR containers (which share the JSON containers' data): the comparison then walks the stored
    // elements directly, without building a value object per element as QJsonObject's own operator== does.
    if (a.isObject() && b.isObject())
        return QCborMap::fromJsonObject(a.toObject()) == QCborMap::fromJsonObject(b.toObject());
    if (a.isArray() && b.isArray())
        return QCborArray::fromJsonArray(a.toArray()) == QCborArray::fromJsonArray(b.toArray());
    return a == b;
}

bool equals(const QJsonValue &a, const QJsonValue &b)
{
    const QJsonValue::Type type = a.type();
    if (type != b.type())
        return false;
    switch (type) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return true;
    case QJsonValue::Bool:
        return a.toBool() == b.toBool();
    case QJsonValue::Double: {
        if (a.toDouble() != b.toDouble())
            return false;
        // Equal as doubles; integers beyond 2^53 may still differ.
        constexpr qint64 NotInteger = std::numeric_limits<qint64>::min();
        const qint64 ia = a.toInteger(NotInteger);
        const qint64 ib = b.toInteger(NotInteger);
        return ia == NotInteger || ib == NotInteger || ia == ib;
    }
    case QJsonValue::String:
        return a.toString() == b.toString();
    case QJsonValue::Array: {
        if (identical(a, b))
            return true;
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!equals(x.at(i), y.at(i)))
                return false;
        }
        return true;
    }
    case QJsonValue::Object: {
        if (identical(a, b))
            return true;
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        if (x.size() != y.size())
            return false;
        // Both are kept sorted by key, so equal key sets line up; fall back to a lookup when they do not.
        auto yi = y.constBegin();
        for (auto xi = x.constBegin(); xi != x.constEnd(); ++xi, ++yi) {
            const QString key = xi.key();
            if (yi.key() == key) {
                if (!equals(xi.value(), yi.value()))
                    return false;
                continue;
            }
            const auto found = y.constFind(key);
            if (found == y.constEnd() || !equals(xi.value(), found.value()))
                return false;
        }
        return true;
    }
    }
    return false;
}

size_t hash(const QJsonValue &value, size_t seed)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return qHash(0x6e756c6cU, seed);
    case QJsonValue::Bool:
        return qHash(value.toBool() ? 0x74727565U : 0x66616c73U, seed);
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return qHash(d == 0.0 ? 0.0 : d, seed); // +0 and -0 are equal numbers
    }
    case QJsonValue::String:
        return qHash(value.toString(), seed);
    case QJsonValue::Array: {
        size_t h = qHash(0x61727261U, seed);
        const QJsonArray array = value.toArray();
        for (const QJsonValue &element : array)
            h = hash(element, h * 31 + 7);
        return h;
    }
    case QJsonValue::Object: {
        // Order-independent: a sum of member hashes.
        size_t h = qHash(0x6f626a65U, seed);
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            h += hash(it.value(), qHash(it.key(), seed));
        return h;
    }
    }
    return seed;
}

bool isDefaultLike(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return true;
    case QJsonValue::Bool:
        return !value.toBool();
    case QJsonValue::Double:
        return value.toDouble() == 0;
    case QJsonValue::String:
        return value.toString().isEmpty();
    case QJsonValue::Array:
        return value.toArray().isEmpty();
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        return std::all_of(object.begin(), object.end(),
                           [](const QJsonValue &member) { return isDefaultLike(member); });
    }
    }
    return false;
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("null");
}

QString preview(const QJsonValue &value, int maxChars)
{
    QString text = QString::fromUtf8(serialize(value, Format::Compact)).trimmed();
    if (text.size() > maxChars)
        text = text.left(std::max(0, maxChars - 1)) + QChar(0x2026);
    return text;
}

QStringList strings(const QJsonValue &value)
{
    // Through a const array: ranging over the temporary itself would detach (copy) it.
    const QJsonArray array = value.toArray();
    QStringList list;
    list.reserve(array.size());
    for (const QJsonValue &element : array)
        list << element.toString();
    return list;
}

std::optional<QStringList> stringList(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    const QJsonArray array = value.toArray();
    QStringList list;
    list.reserve(array.size());
    for (const QJsonValue &element : array) {
        if (!element.isString())
            return std::nullopt;
        list << element.toString();
    }
    return list;
}

} // namespace Json
