#pragma once

// HttpResponseParser: reads one HTTP/1.1 response from the bytes of a connection: the status line, the headers and a
// body delimited by Content-Length, chunked transfer-encoding or the end of the connection. Interim 1xx responses
// are skipped; heads and bodies above the limits are refused. No I/O, so HttpExchange feeds it and tests can too.
// A value type, any thread.

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include "app/api/Transport.h"

class HttpResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(NetworkTransport)

public:
    static constexpr qsizetype DefaultMaxHeadBytes = 64 * 1024;
    static constexpr qint64 DefaultMaxBodyBytes = qint64(1) << 30; // 1 GiB

    enum class Failure {
        None,
        Invalid,   // not HTTP/1.x, a malformed head or chunk, framing that contradicts itself, an unknown coding
        TooLarge,  // the head or the body is above its limit
        CutOff,    // the connection ended inside the response
        NoResponse // the connection ended before the first byte of a response
    };

    // responseToHead: the request was HEAD, so the response has no body whatever its headers say.
    explicit HttpResponseParser(bool responseToHead = false, qsizetype maxHeadBytes = DefaultMaxHeadBytes,
                                qint64 maxBodyBytes = DefaultMaxBodyBytes);

    // Consumes the next bytes of the connection. Bytes after a complete or failed response are ignored.
    void feed(QByteArrayView data);
    // The connection ended: completes a body that the end of the connection delimits; anything else unfinished is
    // cut off.
    void endOfInput();

    bool isComplete() const { return m_state == State::Complete; }
    bool hasFailed() const { return m_failure != Failure::None; }
    bool isDone() const { return isComplete() || hasFailed(); }
    Failure failure() const { return m_failure; }
    QString failureText() const { return m_failureText; } // for people: what was wrong with the response

    int status() const { return m_status; }
    const QByteArray &reasonPhrase() const { return m_reason; }
    const HttpHeaders &headers() const { return m_headers; }
    QByteArray header(const QByteArray &name) const;
    const QByteArray &body() const { return m_body; }
    qint64 bodyReceived() const { return m_body.size(); }
    qint64 bodyTotal() const { return m_contentLength; } // -1 when the head did not say
    int interimResponses() const { return m_interimResponses; }

private:
    enum class State { StatusLine, Headers, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Complete, Failed };
    enum class Framing { None, ContentLength, Chunked, UntilClose };

    bool takeLine(QByteArrayView data, qsizetype &pos, QByteArray &line, qsizetype limit);
    bool parseStatusLine(const QByteArray &line);
    bool parseHeaderLine(const QByteArray &line);
    bool startBody();
    bool appendBody(QByteArrayView bytes);
    void fail(Failure failure, const QString &text);

    bool m_responseToHead;
    qsizetype m_maxHeadBytes;
    qint64 m_maxBodyBytes;

    State m_state = State::StatusLine;
    Framing m_framing = Framing::None;
    Failure m_failure = Failure::None;
    QString m_failureText;
    QByteArray m_partialLine; // a line whose end has not arrived yet
    qsizetype m_headBytes = 0;
    bool m_receivedAnything = false;
    int m_interimResponses = 0;

    int m_status = 0;
    QByteArray m_reason;
    HttpHeaders m_headers;
    QByteArray m_body;
    qint64 m_contentLength = -1;
    qint64 m_chunkRemaining = 0;
};
