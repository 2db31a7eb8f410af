#pragma once

// JsonSource: a parsed JSON document kept together with its text. For a configuration-like document (an object
// whose members are objects of entities) it also knows the text of every entity, so that two documents can tell an
// unchanged entity by comparing bytes instead of walking values. The text is indexed on a second thread while
// the first parses. A value type, any thread.

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QJsonValue>
#include <QString>

#include "app/common/Result.h"

class JsonSource
{
public:
    JsonSource() = default;

    // Parses like Json::parse (errors name the source, line and column) and indexes the entities' text.
    static Result<JsonSource> parse(const QByteArray &bytes, const QString &sourceName = QString());
    static Result<JsonSource> readFile(const QString &path);

    const QJsonValue &value() const { return m_value; }
    const QByteArray &text() const { return m_text; }

    // The source text of the member `entity` of the top-level member `type`; empty when not indexed.
    QByteArrayView entityText(const QString &type, const QString &entity) const;
    bool hasEntityIndex() const { return !m_spans.isEmpty(); }

    struct Span
    {
        qsizetype begin = 0;
        qsizetype end = 0;
    };
    using EntitySpans = QHash<QString, Span>;
    const EntitySpans *entitySpans(const QString &type) const;

private:
    QJsonValue m_value;
    QByteArray m_text;
    QHash<QString, EntitySpans> m_spans;
};
