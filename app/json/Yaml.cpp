#include "app/json/Yaml.h"

#include <cmath>
#include <set>
#include <string>

#include <yaml-cpp/yaml.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QVariant>

#include "app/json/JsonPointer.h"

using namespace Qt::StringLiterals;

// The helpers sit in an anonymous namespace inside Yaml, so lupdate files their texts under "Yaml" too.
namespace Yaml {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Yaml", text);
}

int lineOf(const YAML::Node &node)
{
    const YAML::Mark mark = node.Mark();
    return mark.line >= 0 ? mark.line + 1 : 0;
}

// A plain scalar typed by the YAML 1.2 core schema; quoted and explicitly tagged strings stay strings.
QJsonValue typedScalar(const YAML::Node &node)
{
    const QString text = QString::fromStdString(node.Scalar());
    const std::string &tag = node.Tag();
    if (tag == "!" || tag == "tag:yaml.org,2002:str")
        return text;
    if (tag == "tag:yaml.org,2002:null")
        return QJsonValue::Null;
    static const QRegularExpression nullWord(u"^(null|Null|NULL|~)?$"_s);
    static const QRegularExpression trueWord(u"^(true|True|TRUE)$"_s);
    static const QRegularExpression falseWord(u"^(false|False|FALSE)$"_s);
    static const QRegularExpression integer(u"^[-+]?[0-9]+$"_s);
    static const QRegularExpression octal(u"^0o[0-7]+$"_s);
    static const QRegularExpression hex(u"^0x[0-9a-fA-F]+$"_s);
    static const QRegularExpression number(u"^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"_s);
    if (nullWord.match(text).hasMatch())
        return QJsonValue::Null;
    if (trueWord.match(text).hasMatch())
        return true;
    if (falseWord.match(text).hasMatch())
        return false;
    bool ok = false;
    // A number too large for a double (1e400, a 400-digit integer) stays text like .inf: JSON has no infinity.
    const auto finite = [&text](double value) { return std::isfinite(value) ? QJsonValue(value) : QJsonValue(text); };
    if (integer.match(text).hasMatch()) {
        const qint64 value = text.toLongLong(&ok);
        return ok ? QJsonValue(value) : finite(text.toDouble());
    }
    if (octal.match(text).hasMatch()) {
        const qint64 value = text.mid(2).toLongLong(&ok, 8);
        if (ok)
            return QJsonValue(value);
    }
    if (hex.match(text).hasMatch()) {
        const qint64 value = text.mid(2).toLongLong(&ok, 16);
        if (ok)
            return QJsonValue(value);
    }
    if (number.match(text).hasMatch())
        return finite(text.toDouble());
    return text; // .inf and .nan have no JSON form: kept as the text
}

// Converts a node, recording the lines of the values up to two levels deep.
Result<QJsonValue, Yaml::ParseError> convert(const YAML::Node &node, const JsonPointer &at, Yaml::Document &document)
{
    if (at.size() <= 2)
        document.lines.insert(at.toString(), lineOf(node));
    switch (node.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        return QJsonValue(QJsonValue::Null);
    case YAML::NodeType::Scalar:
        return typedScalar(node);
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node &item : node) {
            auto value = convert(item, at.child(array.size()), document);
            if (!value)
                return value.error();
            array.append(*value);
        }
        return QJsonValue(array);
    }
    case YAML::NodeType::Map: {
        QJsonObject object;
        std::set<std::string> seen;
        for (const auto &item : node) {
            if (!item.first.IsScalar())
                return Yaml::ParseError {lineOf(item.first), tr("a map key must be a plain value")};
            const std::string &key = item.first.Scalar();
            if (!seen.insert(key).second)
                return Yaml::ParseError {lineOf(item.first),
                                         tr("duplicate key \"%1\"").arg(QString::fromStdString(key))};
            const QString name = QString::fromStdString(key);
            auto value = convert(item.second, at.child(name), document);
            if (!value)
                return value.error();
            if (at.size() < 2)
                document.lines.insert(at.child(name).toString(), lineOf(item.first));
            object.insert(name, *value);
        }
        return QJsonValue(object);
    }
    }
    return QJsonValue(QJsonValue::Null);
}

// Words that YAML 1.1 (SnakeYAML, used by securityadmin.sh) or 1.2 read as null or booleans.
bool isReservedWord(const QString &text)
{
    static const QRegularExpression words(u"^(y|n|yes|no|on|off|true|false|null)$"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    return words.match(text).hasMatch();
}

bool isPlainSafe(const QString &text)
{
    // Letters first, then a small set that never starts a token or ends a value: no ':', '#', quotes, brackets,
    // and nothing a YAML 1.1 reader takes for a number, a date, a boolean or null.
    // Inner single spaces are fine ("Demo admin user"); leading, trailing and double spaces are not kept by all.
    static const QRegularExpression safe(u"^[A-Za-z_]([A-Za-z0-9_.\\-/]| (?! ))*(?<! )$"_s);
    return safe.match(text).hasMatch() && !isReservedWord(text);
}

QString quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
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
            // Control characters and the Unicode line breaks YAML would fold.
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == 0x85 || c.unicode() == 0x2028
                || c.unicode() == 0x2029 || c.unicode() == 0xfeff)
                out += u"\\u%1"_s.arg(int(c.unicode()), 4, 16, QChar(u'0'));
            else
                out += c;
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

Result<Document, ParseError> parse(const QByteArray &text)
{
    Document document;
    try {
        const YAML::Node root = YAML::Load(text.toStdString());
        auto value = convert(root, JsonPointer(), document);
        if (!value)
            return value.error();
        document.value = *value;
        return document;
    } catch (const YAML::Exception &e) {
        const int line = e.mark.line >= 0 ? e.mark.line + 1 : 0;
        return ParseError {line, QString::fromStdString(e.msg)};
    } catch (const std::exception &e) {
        return ParseError {0, QString::fromLocal8Bit(e.what())};
    }
}

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
    if ((value.isObject() || value.isArray()) && !isEmptyContainer(value))
        return pad + keyText(key) + u":\n"_s + block(value, indent + 2);
    return pad + keyText(key) + u": "_s + scalar(value) + u'\n';
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
