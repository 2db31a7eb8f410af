#include "app/json/JsonPointer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include "app/json/Json.h"

namespace {

QString displayPointer(const QStringList &tokens, qsizetype count)
{
    return count == 0 ? QCoreApplication::translate("JsonPointer", "the document root")
                      : JsonPointer(tokens.mid(0, count)).toString();
}

} // namespace

QString JsonPointer::tr(const char *text)
{
    return QCoreApplication::translate("JsonPointer", text);
}

Result<JsonPointer> JsonPointer::parse(QStringView text)
{
    if (text.isEmpty())
        return JsonPointer();
    if (text.front() != u'/') {
        return Error {QStringLiteral("pointer.syntax"),
                      tr("\"%1\" is not a JSON pointer: it must be empty or start with '/'").arg(text),
                      {}};
    }
    QStringList tokens;
    QString token;
    for (qsizetype i = 1; i <= text.size(); ++i) {
        if (i == text.size() || text.at(i) == u'/') {
            tokens.append(token);
            token.clear();
            continue;
        }
        const QChar c = text.at(i);
        if (c != u'~') {
            token.append(c);
            continue;
        }
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (next == u'0') {
            token.append(u'~');
        } else if (next == u'1') {
            token.append(u'/');
        } else {
            return Error {QStringLiteral("pointer.syntax"),
                          tr("\"%1\" is not a JSON pointer: bad escape in token %2 ('~' must be followed by 0 or 1)")
                              .arg(text)
                              .arg(tokens.size() + 1),
                          {}};
        }
        ++i;
    }
    return JsonPointer(std::move(tokens));
}

QString JsonPointer::escapeToken(QStringView token)
{
    QString escaped;
    escaped.reserve(token.size());
    for (const QChar c : token) {
        if (c == u'~')
            escaped += QStringLiteral("~0");
        else if (c == u'/')
            escaped += QStringLiteral("~1");
        else
            escaped += c;
    }
    return escaped;
}

std::optional<qsizetype> JsonPointer::parseArrayIndex(QStringView token)
{
    if (token.isEmpty() || token.size() > 18)
        return std::nullopt;
    if (token.size() > 1 && token.front() == u'0')
        return std::nullopt;
    qsizetype value = 0;
    for (const QChar c : token) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

QString JsonPointer::toString() const
{
    QString text;
    for (const QString &token : m_tokens)
        text += u'/' + escapeToken(token);
    return text;
}

JsonPointer JsonPointer::parent() const
{
    return m_tokens.isEmpty() ? JsonPointer() : JsonPointer(m_tokens.mid(0, m_tokens.size() - 1));
}

JsonPointer JsonPointer::child(const QString &token) const
{
    QStringList tokens = m_tokens;
    tokens.append(token);
    return JsonPointer(std::move(tokens));
}

JsonPointer JsonPointer::child(qsizetype index) const
{
    return child(QString::number(index));
}

bool JsonPointer::isPrefixOf(const JsonPointer &other) const
{
    if (m_tokens.size() > other.m_tokens.size())
        return false;
    for (qsizetype i = 0; i < m_tokens.size(); ++i) {
        if (m_tokens.at(i) != other.m_tokens.at(i))
            return false;
    }
    return true;
}

QJsonValue JsonPointer::valueIn(const QJsonValue &document) const
{
    const Result<QJsonValue> resolved = resolve(document);
    return resolved ? *resolved : QJsonValue(QJsonValue::Undefined);
}

Result<QJsonValue> JsonPointer::resolve(const QJsonValue &document) const
{
    QJsonValue current = document;
    for (qsizetype i = 0; i < m_tokens.size(); ++i) {
        const QString &token = m_tokens.at(i);
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            const auto it = object.constFind(token);
            if (it == object.constEnd()) {
                return Error {QStringLiteral("pointer.missing"),
                              tr("%1 does not exist: %2 has no member \"%3\"")
                                  .arg(toString(), displayPointer(m_tokens, i), token),
                              {}};
            }
            current = it.value();
        } else if (current.isArray()) {
            const QJsonArray array = current.toArray();
            if (token == u'-') {
                return Error {QStringLiteral("pointer.missing"),
                              tr("%1 does not exist: \"-\" names the end of the array at %2, not an element")
                                  .arg(toString(), displayPointer(m_tokens, i)),
                              {}};
            }
            const auto index = parseArrayIndex(token);
            if (!index) {
                return Error {QStringLiteral("pointer.index"),
                              tr("%1: \"%2\" is not an array index (digits only, no leading zero) for the array at %3")
                                  .arg(toString(), token, displayPointer(m_tokens, i)),
                              {}};
            }
            if (*index >= array.size()) {
                return Error {QStringLiteral("pointer.missing"),
                              QCoreApplication::translate(
                                  "JsonPointer",
                                  "%1 does not exist: index %2 is out of range, the array at %3 has %n element(s)",
                                  nullptr, int(array.size()))
                                  .arg(toString())
                                  .arg(*index)
                                  .arg(displayPointer(m_tokens, i)),
                              {}};
            }
            current = array.at(*index);
        } else {
            return Error {QStringLiteral("pointer.missing"),
                          tr("%1 does not exist: %2 is a %3, which has no members")
                              .arg(toString(), displayPointer(m_tokens, i), Json::typeName(current)),
                          {}};
        }
    }
    return current;
}
