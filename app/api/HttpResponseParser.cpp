#include "app/api/HttpResponseParser.h"

#include <utility>

#include <QLocale>

namespace {

// A chunk-size line is a hex number and perhaps extensions; nothing legitimate comes close to this.
constexpr qsizetype MaxChunkSizeLineBytes = 1024;

// Up to 60 characters of what the server sent, with anything unprintable replaced, to quote in a message.
QString excerpt(const QByteArray &bytes)
{
    QString text;
    for (char c : bytes.left(60))
        text += (c >= 0x20 && c < 0x7f) ? QChar::fromLatin1(c) : QChar(u'?');
    return bytes.size() > 60 ? text + QChar(0x2026) : text;
}

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0);
}

} // namespace

HttpResponseParser::HttpResponseParser(bool responseToHead, qsizetype maxHeadBytes, qint64 maxBodyBytes)
    : m_responseToHead(responseToHead), m_maxHeadBytes(maxHeadBytes), m_maxBodyBytes(maxBodyBytes)
{ }

QByteArray HttpResponseParser::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void HttpResponseParser::feed(QByteArrayView data)
{
    if (isDone() || data.isEmpty())
        return;
    m_receivedAnything = true;
    qsizetype pos = 0;
    QByteArray line;
    while (pos < data.size() && !isDone()) {
        switch (m_state) {
        case State::StatusLine:
            if (takeLine(data, pos, line, m_maxHeadBytes - m_headBytes) && parseStatusLine(line))
                m_state = State::Headers;
            break;
        case State::Headers:
            if (!takeLine(data, pos, line, m_maxHeadBytes - m_headBytes))
                break;
            if (!line.isEmpty()) {
                parseHeaderLine(line);
            } else if (m_status >= 200) {
                startBody();
            } else if (m_status == 101) {
                fail(Failure::Invalid, tr("the server switched protocols (HTTP 101), which SecDesk did not ask for"));
            } else {
                // 100 Continue, 102 Processing, 103 Early Hints: the final response follows on the same connection.
                ++m_interimResponses;
                m_headBytes = 0;
                m_headers.clear();
                m_status = 0;
                m_reason.clear();
                m_state = State::StatusLine;
            }
            break;
        case State::Body: {
            const qsizetype available = data.size() - pos;
            const qsizetype take = m_framing == Framing::ContentLength
                                       ? qsizetype(qMin<qint64>(m_contentLength - m_body.size(), available))
                                       : available;
            if (!appendBody(data.sliced(pos, take)))
                break;
            pos += take;
            if (m_framing == Framing::ContentLength && m_body.size() == m_contentLength)
                m_state = State::Complete;
            break;
        }
        case State::ChunkSize: {
            if (!takeLine(data, pos, line, MaxChunkSizeLineBytes))
                break;
            const qsizetype extensions = line.indexOf(';');
            const QByteArray digits = (extensions < 0 ? line : line.left(extensions)).trimmed();
            bool ok = false;
            const qint64 size = digits.toLongLong(&ok, 16);
            if (!ok || size < 0 || digits.startsWith('-') || digits.startsWith('+')) {
                fail(Failure::Invalid, tr("a chunk of the response has no valid size (\"%1\")").arg(excerpt(line)));
            } else if (size > m_maxBodyBytes - m_body.size()) {
                fail(
                    Failure::TooLarge,
                    tr("the response body is larger than %1, more than SecDesk accepts").arg(dataSize(m_maxBodyBytes)));
            } else if (size == 0) {
                m_headBytes = 0; // the trailer section has the head's limit
                m_state = State::Trailers;
            } else {
                m_chunkRemaining = size;
                m_state = State::ChunkData;
            }
            break;
        }
        case State::ChunkData: {
            const qsizetype take = qsizetype(qMin<qint64>(m_chunkRemaining, data.size() - pos));
            if (!appendBody(data.sliced(pos, take)))
                break;
            pos += take;
            m_chunkRemaining -= take;
            if (m_chunkRemaining == 0)
                m_state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd:
            if (!takeLine(data, pos, line, MaxChunkSizeLineBytes))
                break;
            if (line.isEmpty())
                m_state = State::ChunkSize;
            else
                fail(Failure::Invalid, tr("a chunk of the response is longer than its declared size"));
            break;
        case State::Trailers:
            if (takeLine(data, pos, line, m_maxHeadBytes - m_headBytes) && line.isEmpty())
                m_state = State::Complete;
            break;
        case State::Complete:
        case State::Failed:
            break;
        }
    }
}

void HttpResponseParser::endOfInput()
{
    if (isDone())
        return;
    switch (m_state) {
    case State::Body:
        if (m_framing == Framing::UntilClose) {
            m_state = State::Complete;
            return;
        }
        return fail(Failure::CutOff, tr("the response was cut off after %1 of the %2 bytes of its body")
                                         .arg(m_body.size())
                                         .arg(m_contentLength));
    case State::StatusLine:
        if (m_partialLine.isEmpty())
            return fail(Failure::NoResponse, tr("the connection was closed before a response arrived"));
        [[fallthrough]];
    case State::Headers:
        return fail(Failure::CutOff, tr("the connection was closed in the middle of the response's headers"));
    case State::ChunkSize:
    case State::ChunkData:
    case State::ChunkDataEnd:
    case State::Trailers:
        return fail(Failure::CutOff,
                    tr("the response was cut off after %1 bytes of its chunked body").arg(m_body.size()));
    case State::Complete:
    case State::Failed:
        return;
    }
}

// True with a complete line in `line` (without its CR LF). False when its end has not arrived yet (the start is kept
// for the next call) or when it is longer than `limit`, which fails the response.
bool HttpResponseParser::takeLine(QByteArrayView data, qsizetype &pos, QByteArray &line, qsizetype limit)
{
    const bool inHead = m_state == State::StatusLine || m_state == State::Headers || m_state == State::Trailers;
    const qsizetype end = data.indexOf('\n', pos);
    const qsizetype taken = (end < 0 ? data.size() : end + 1) - pos;
    if (m_partialLine.size() + taken > limit) {
        if (inHead) {
            fail(
                Failure::TooLarge,
                tr("the response headers are larger than %1, more than SecDesk accepts").arg(dataSize(m_maxHeadBytes)));
        } else {
            fail(Failure::Invalid, tr("a chunk of the response has an overlong size line"));
        }
        return false;
    }
    m_partialLine += data.sliced(pos, taken);
    pos += taken;
    if (end < 0)
        return false;
    if (inHead)
        m_headBytes += m_partialLine.size();
    line = std::exchange(m_partialLine, {});
    line.chop(line.endsWith("\r\n") ? 2 : 1); // a bare LF ends a line too (RFC 9112, 2.2)
    return true;
}

bool HttpResponseParser::parseStatusLine(const QByteArray &line)
{
    // "HTTP/1.1 200 OK": the version, a space, three digits, and a reason phrase that may be empty.
    if (!line.startsWith("HTTP/1.") || line.size() < 12 || line.at(8) != ' ') {
        fail(Failure::Invalid, tr("the server did not answer with HTTP/1.x (it sent \"%1\")").arg(excerpt(line)));
        return false;
    }
    bool ok = false;
    const int status = line.mid(9, 3).toInt(&ok);
    if (!ok || status < 100 || status > 599 || (line.size() > 12 && line.at(12) != ' ')) {
        fail(Failure::Invalid, tr("the response's status line is not valid (\"%1\")").arg(excerpt(line)));
        return false;
    }
    m_status = status;
    m_reason = line.mid(13).trimmed();
    return true;
}

bool HttpResponseParser::parseHeaderLine(const QByteArray &line)
{
    if (line.startsWith(' ') || line.startsWith('\t')) {
        // obs-fold: the value continues on this line.
        if (m_headers.isEmpty()) {
            fail(Failure::Invalid, tr("the response's headers begin with a continuation line"));
            return false;
        }
        m_headers.last().second += ' ' + line.trimmed();
        return true;
    }
    const qsizetype colon = line.indexOf(':');
    const QByteArray name = line.left(colon);
    if (colon <= 0 || name.contains(' ') || name.contains('\t')) {
        fail(Failure::Invalid, tr("the response has a malformed header line (\"%1\")").arg(excerpt(line)));
        return false;
    }
    m_headers.append({name, line.mid(colon + 1).trimmed()});
    return true;
}

bool HttpResponseParser::startBody()
{
    if (m_responseToHead || m_status == 204 || m_status == 304) {
        m_state = State::Complete;
        return true;
    }
    // No Accept-Encoding was sent, so an encoded body is the server's mistake (or a proxy's), not something to guess.
    const QByteArray encoding = header("Content-Encoding").trimmed();
    if (!encoding.isEmpty() && encoding.compare("identity", Qt::CaseInsensitive) != 0) {
        fail(Failure::Invalid, tr("the response is encoded with \"%1\", which SecDesk did not ask for and cannot "
                                  "decode")
                                   .arg(excerpt(encoding)));
        return false;
    }
    QList<QByteArray> codings;
    QList<QByteArray> lengths;
    for (const auto &[name, value] : std::as_const(m_headers)) {
        const bool isCoding = name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0;
        if (!isCoding && name.compare("Content-Length", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &part : value.split(',')) {
            if (!part.trimmed().isEmpty())
                (isCoding ? codings : lengths) << part.trimmed().toLower();
        }
    }
    if (!codings.isEmpty()) {
        // Transfer-Encoding overrides Content-Length (RFC 9112, 6.3); chunked is the only coding a server may use
        // without being asked through TE.
        if (codings != QList<QByteArray> {"chunked"}) {
            fail(Failure::Invalid, tr("the response uses the transfer coding \"%1\", which SecDesk cannot decode")
                                       .arg(excerpt(codings.join(", "))));
            return false;
        }
        m_framing = Framing::Chunked;
        m_state = State::ChunkSize;
        return true;
    }
    if (!lengths.isEmpty()) {
        bool ok = false;
        const qint64 length = lengths.first().toLongLong(&ok);
        if (!ok || length < 0 || lengths.first().startsWith('+') || lengths.count(lengths.first()) != lengths.size()) {
            fail(Failure::Invalid,
                 tr("the response's Content-Length is not valid (\"%1\")").arg(excerpt(lengths.join(", "))));
            return false;
        }
        if (length > m_maxBodyBytes) {
            fail(Failure::TooLarge,
                 tr("the response body is larger than %1, more than SecDesk accepts").arg(dataSize(m_maxBodyBytes)));
            return false;
        }
        m_contentLength = length;
        m_framing = Framing::ContentLength;
        m_state = length == 0 ? State::Complete : State::Body;
        // Grow once for ordinary bodies; a huge declared length only reserves as it arrives.
        m_body.reserve(qsizetype(qMin<qint64>(length, 16 * 1024 * 1024)));
        return true;
    }
    m_framing = Framing::UntilClose;
    m_state = State::Body;
    return true;
}

bool HttpResponseParser::appendBody(QByteArrayView bytes)
{
    if (bytes.size() > m_maxBodyBytes - m_body.size()) {
        fail(Failure::TooLarge,
             tr("the response body is larger than %1, more than SecDesk accepts").arg(dataSize(m_maxBodyBytes)));
        return false;
    }
    m_body.append(bytes);
    return true;
}

void HttpResponseParser::fail(Failure failure, const QString &text)
{
    m_failure = failure;
    m_failureText = text;
    m_state = State::Failed;
}
