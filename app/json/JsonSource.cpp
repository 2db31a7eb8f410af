#include "app/json/JsonSource.h"

#include <cstring>

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

#include "app/common/WorkerPool.h"
#include "app/json/Json.h"

namespace {

// A minimal scanner over JSON text that is known to parse (it only has to agree with the parser on valid input;
// on anything unexpected it gives up and the index is simply empty).
class Scanner
{
public:
    explicit Scanner(const QByteArray &text) : m_data(text.constData()), m_size(text.size()) { }

    QHash<QString, JsonSource::EntitySpans> index()
    {
        QHash<QString, JsonSource::EntitySpans> spans;
        skipSpace();
        if (!consume('{'))
            return {};
        skipSpace();
        if (consume('}'))
            return spans;
        while (true) {
            QString type;
            if (!readKey(type))
                return {};
            skipSpace();
            if (peek() == '{') {
                JsonSource::EntitySpans entities;
                if (!indexObject(entities))
                    return {};
                spans.insert(type, std::move(entities));
            } else if (!skipValue()) {
                return {};
            }
            skipSpace();
            if (consume('}'))
                return spans;
            if (!consume(','))
                return {};
            skipSpace();
        }
    }

private:
    char peek() const { return m_pos < m_size ? m_data[m_pos] : '\0'; }
    bool consume(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    void skipSpace()
    {
        while (m_pos < m_size) {
            const char c = m_data[m_pos];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                return;
            ++m_pos;
        }
    }

    // Moves past a string starting at m_pos (on the quote); true on success.
    bool skipString()
    {
        ++m_pos;
        while (m_pos < m_size) {
            const void *quote = std::memchr(m_data + m_pos, '"', size_t(m_size - m_pos));
            if (!quote)
                return false;
            qsizetype at = static_cast<const char *>(quote) - m_data;
            qsizetype backslashes = 0;
            while (at - 1 - backslashes >= m_pos && m_data[at - 1 - backslashes] == '\\')
                ++backslashes;
            m_pos = at + 1;
            if (backslashes % 2 == 0)
                return true;
        }
        return false;
    }

    bool readKey(QString &key)
    {
        if (peek() != '"')
            return false;
        const qsizetype begin = m_pos;
        if (!skipString())
            return false;
        const QByteArrayView raw(m_data + begin + 1, m_pos - begin - 2);
        if (raw.contains('\\')) {
            const QJsonDocument decoded =
                QJsonDocument::fromJson('[' + QByteArray(m_data + begin, m_pos - begin) + ']');
            key = decoded.array().at(0).toString();
        } else {
            key = QString::fromUtf8(raw);
        }
        skipSpace();
        return consume(':');
    }

    bool skipValue()
    {
        const char c = peek();
        if (c == '"')
            return skipString();
        if (c == '{' || c == '[') {
            int depth = 0;
            while (m_pos < m_size) {
                const char d = m_data[m_pos];
                if (d == '"') {
                    if (!skipString())
                        return false;
                    continue;
                }
                if (d == '{' || d == '[')
                    ++depth;
                else if (d == '}' || d == ']')
                    --depth;
                ++m_pos;
                if (depth == 0)
                    return true;
            }
            return false;
        }
        while (m_pos < m_size) {
            const char d = m_data[m_pos];
            if (d == ',' || d == '}' || d == ']' || d == ' ' || d == '\n' || d == '\r' || d == '\t')
                return true;
            ++m_pos;
        }
        return true;
    }

    bool indexObject(JsonSource::EntitySpans &entities)
    {
        consume('{');
        skipSpace();
        if (consume('}'))
            return true;
        while (true) {
            QString name;
            if (!readKey(name))
                return false;
            skipSpace();
            const qsizetype begin = m_pos;
            if (!skipValue())
                return false;
            entities.insert(name, {begin, m_pos});
            skipSpace();
            if (consume('}'))
                return true;
            if (!consume(','))
                return false;
            skipSpace();
        }
    }

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
};

} // namespace

Result<JsonSource> JsonSource::parse(const QByteArray &bytes, const QString &sourceName)
{
    // Index on a worker while this thread parses; the index is thrown away if the text does not parse.
    QFuture<QHash<QString, EntitySpans>> spans =
        QtConcurrent::run(WorkerPool::instance(), [bytes] { return Scanner(bytes).index(); });
    auto parsed = Json::parse(bytes, sourceName);
    spans.waitForFinished();
    if (!parsed)
        return parsed.error();
    JsonSource source;
    source.m_value = std::move(parsed).value();
    source.m_text = bytes;
    if (source.m_value.isObject())
        source.m_spans = spans.result();
    return source;
}

Result<JsonSource> JsonSource::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("io.read"),
                      QCoreApplication::translate("Json", "cannot read %1: %2").arg(path, file.errorString()),
                      {}};
    return parse(file.readAll(), path);
}

QByteArrayView JsonSource::entityText(const QString &type, const QString &entity) const
{
    const auto typeIt = m_spans.constFind(type);
    if (typeIt == m_spans.constEnd())
        return {};
    const auto it = typeIt->constFind(entity);
    if (it == typeIt->constEnd())
        return {};
    return QByteArrayView(m_text.constData() + it->begin, it->end - it->begin);
}

const JsonSource::EntitySpans *JsonSource::entitySpans(const QString &type) const
{
    const auto it = m_spans.constFind(type);
    return it == m_spans.constEnd() ? nullptr : &*it;
}
