// Yaml's writer (block(), member(), scalar()); the reader is YamlReader.cpp.

#include "app/json/Yaml.h"

#include <cmath>

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Yaml {
namespace {

// Words that YAML 1.1 (SnakeYAML, used by securityadmin.sh) or 1.2 read as null or booleans.
bool isReservedWord(const QString &text)
{
    static const QRegularExpression words(u"^(y|n|yes|no|on|off|true|false|null)\\z"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    return words.match(text).hasMatch();
}

bool isPlainSafe(const QString &text)
{
    // Letters first, then a small set that never starts a token or ends a value: no ':', '#', quotes, brackets,
    // and nothing a YAML 1.1 reader takes for a number, a date, a boolean or null.
    // Inner single spaces are fine ("Demo admin user"); leading, trailing and double spaces are not kept by all.
    // \z, not $: $ also matches before a last line feed, and "co\n" written plain reads back "co" (found by
    // fuzz_yaml_import).
    static const QRegularExpression safe(u"^[A-Za-z_]([A-Za-z0-9_.\\-/]| (?! ))*(?<! )\\z"_s);
    return safe.match(text).hasMatch() && !isReservedWord(text);
}

// Whether a character must be written as an escape: a YAML reader would refuse it raw (control characters, C1
// controls, noncharacters) or change it (line breaks, which YAML 1.1 readers also see in U+0085, U+2028 and
// U+2029, are folded; a byte order mark may be dropped).
bool needsEscape(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff || c == 0xfffe
           || c == 0xffff;
}

QString quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        switch (c) {
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        default:
            if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                out += text.at(i);
                out += text.at(++i);
            } else if (QChar::isSurrogate(c)) {
                out += u"\\uFFFD"_s; // a lone surrogate is no character: no UTF-8 file can hold it
            } else if (needsEscape(c)) {
                out += u"\\u%1"_s.arg(int(c), 4, 16, QChar(u'0'));
            } else {
                out += QChar(c);
            }
        }
    }
    out += u'"';
    return out;
}

QString keyText(const QString &key)
{
    return isPlainSafe(key) ? key : quoted(key);
}

bool isEmptyContainer(const QJsonValue &value)
{
    return (value.isObject() && value.toObject().isEmpty()) || (value.isArray() && value.toArray().isEmpty());
}

} // namespace

QString scalar(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return u"null"_s;
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        if (value.toVariant().typeId() == QMetaType::LongLong)
            return QString::number(value.toInteger());
        const double number = value.toDouble();
        if (std::floor(number) == number && std::fabs(number) < 9007199254740992.0)
            return QString::number(qint64(number));
        QString text = QString::number(number, 'g', QLocale::FloatingPointShortest);
        // "1e+20" is a float to YAML 1.2 but a string to YAML 1.1 readers; "1.0e+20" is a float to both.
        if (!text.contains(u'.') && text.contains(u'e'))
            text.replace(u'e', u".0e"_s);
        return text;
    }
    case QJsonValue::String: {
        const QString text = value.toString();
        return isPlainSafe(text) ? text : quoted(text);
    }
    case QJsonValue::Array:
        return u"[]"_s;
    case QJsonValue::Object:
        return u"{}"_s;
    }
    return u"null"_s;
}

QString member(const QString &key, const QJsonValue &value, int indent)
{
    const QString pad(indent, u' ');
    const bool nested = (value.isObject() || value.isArray()) && !isEmptyContainer(value);
    const QString written = keyText(key);
    // An implicit key must end within 1024 characters of its start: yaml-cpp counts UTF-8 bytes ("illegal map
    // value" beyond), SnakeYAML characters. Escapes make keys long ("\u0000" is six bytes for one character), so a
    // longer key is written as an explicit one. A UTF-16 unit is at most three UTF-8 bytes.
    if (written.size() > 333 && written.toUtf8().size() > 1000) {
        const QString head = pad + u"? "_s + written + u'\n' + pad + u':';
        if (nested)
            return head + u'\n' + block(value, indent + 2);
        return head + u' ' + scalar(value) + u'\n';
    }
    if (nested)
        return pad + written + u":\n"_s + block(value, indent + 2);
    return pad + written + u": "_s + scalar(value) + u'\n';
}

QString block(const QJsonValue &value, int indent)
{
    if (!(value.isObject() || value.isArray()) || isEmptyContainer(value))
        return scalar(value);
    const QString pad(indent, u' ');
    QString out;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out += member(it.key(), it.value(), indent);
        return out;
    }
    for (const QJsonValue &item : value.toArray()) {
        if (item.isObject() && !isEmptyContainer(item)) {
            // "- first: x" with the other members aligned under "first".
            const QString nested = block(item, indent + 2);
            out += pad + u"- "_s + nested.mid(indent + 2);
        } else if (item.isArray() && !isEmptyContainer(item)) {
            out += pad + u"-\n"_s + block(item, indent + 2);
        } else {
            out += pad + u"- "_s + scalar(item) + u'\n';
        }
    }
    return out;
}

} // namespace Yaml
