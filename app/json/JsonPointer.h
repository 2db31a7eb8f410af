#pragma once

// JsonPointer: an RFC 6901 pointer, held as its unescaped reference tokens. A value type, any thread.

#include <optional>

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include "app/common/Result.h"

class JsonPointer
{
public:
    JsonPointer() = default; // the whole document ("")
    explicit JsonPointer(QStringList tokens) : m_tokens(std::move(tokens)) { }

    // Parses "" or "/a/b~1c". Errors say why ("must start with '/'", "bad escape '~2' in token 3").
    static Result<JsonPointer> parse(QStringView text);

    static QString escapeToken(QStringView token);

    // An array index token: digits only, no leading zero (except "0" itself), within qsizetype.
    // "-" is not an index here; callers handle it where it is allowed.
    static std::optional<qsizetype> parseArrayIndex(QStringView token);

    QString toString() const;
    const QStringList &tokens() const { return m_tokens; }
    qsizetype size() const { return m_tokens.size(); }
    bool isRoot() const { return m_tokens.isEmpty(); }
    const QString &last() const { return m_tokens.last(); }

    JsonPointer parent() const;
    JsonPointer child(const QString &token) const;
    JsonPointer child(qsizetype index) const;

    // True when this pointer is other or one of its ancestors.
    bool isPrefixOf(const JsonPointer &other) const;

    // The value at this pointer. The error says which token failed and why.
    Result<QJsonValue> resolve(const QJsonValue &document) const;
    // The value at this pointer, or undefined when there is none.
    QJsonValue valueIn(const QJsonValue &document) const;

    bool operator==(const JsonPointer &other) const = default;

private:
    static QString tr(const char *text);

    QStringList m_tokens;
};
