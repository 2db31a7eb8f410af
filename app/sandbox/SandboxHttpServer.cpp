#include "app/sandbox/SandboxHttpServer.h"

#include <algorithm>

#include <QLoggingCategory>
#include <QPointer>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include "app/sandbox/ApiService.h"

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSandboxHttp, "app.sandbox.http", QtInfoMsg)

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 409:
        return "Conflict";
    case 413:
        return "Request Entity Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Unknown";
    }
}

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_3:
        return u"TLSv1.3"_s;
    case QSsl::TlsV1_2:
        return u"TLSv1.2"_s;
    default:
        return u"TLS"_s;
    }
}

// The body of a chunked message starting at `from`: the index just past it, -1 while incomplete, -2 when malformed.
qsizetype decodeChunked(const QByteArray &buffer, qsizetype from, QByteArray &body)
{
    qsizetype at = from;
    body.clear();
    for (;;) {
        const qsizetype lineEnd = buffer.indexOf("\r\n", at);
        if (lineEnd < 0)
            return -1;
        bool ok = false;
        const qint64 size = buffer.mid(at, lineEnd - at).split(';').first().trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return -2;
        at = lineEnd + 2;
        if (size == 0) {
            // Trailers (ignored), then the empty line.
            const qsizetype end = buffer.indexOf("\r\n", at);
            if (end < 0)
                return -1;
            if (end == at)
                return end + 2;
            const qsizetype trailersEnd = buffer.indexOf("\r\n\r\n", at);
            return trailersEnd < 0 ? -1 : trailersEnd + 4;
        }
        if (buffer.size() < at + size + 2)
            return -1;
        body.append(buffer.constData() + at, size);
        at += size + 2;
    }
}

} // namespace

struct SandboxHttpServer::Connection
{
    quint64 id = 0;
    QPointer<QTcpSocket> socket;
    QByteArray buffer;
    QTimer *idle = nullptr; // child of the socket
    bool busy = false;      // a request is being answered; later ones wait in the buffer
    bool continueSent = false;
};

struct SandboxHttpServer::Parsed
{
    SandboxRequest request;
    bool keepAlive = true;
};

SandboxHttpServer::SandboxHttpServer(const ApiService &service, bool tls, HttpLimits limits, QObject *parent)
    : QObject(parent), m_service(service), m_tls(tls), m_limits(limits)
{
    m_passwordPool.setMaxThreadCount(m_limits.passwordCheckThreads);
    m_passwordPool.setObjectName(u"sandbox-bcrypt"_s);
    m_requestPool.setMaxThreadCount(m_limits.requestThreads);
    m_requestPool.setObjectName(u"sandbox-requests"_s);
}

SandboxHttpServer::~SandboxHttpServer()
{
    // Workers post their answers to this object; wait for them before it goes.
    m_passwordPool.waitForDone();
    m_requestPool.waitForDone();
    qDeleteAll(m_connections);
}

void SandboxHttpServer::setSslConfiguration(const QSslConfiguration &configuration)
{
    m_sslConfiguration = configuration;
    if (auto *ssl = qobject_cast<QSslServer *>(m_server))
        ssl->setSslConfiguration(configuration);
}

quint16 SandboxHttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (m_tls) {
        auto *ssl = new QSslServer(this);
        ssl->setSslConfiguration(m_sslConfiguration);
        m_server = ssl;
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &SandboxHttpServer::accept);
    if (!m_server->listen(address, port))
        return 0;
    return m_server->serverPort();
}

QString SandboxHttpServer::subjectDn(const QSslCertificate &certificate)
{
    // RFC 2253 order as Java prints it: the most specific attribute first.
    static const QList<QPair<QByteArray, QString>> order = {{"CN", u"CN"_s}, {"OU", u"OU"_s}, {"O", u"O"_s},
                                                            {"L", u"L"_s},   {"ST", u"ST"_s}, {"C", u"C"_s}};
    QStringList parts;
    for (const auto &[attribute, label] : order) {
        for (const QString &value : certificate.subjectInfo(attribute))
            parts.append(label + u'=' + value);
    }
    return parts.join(u',');
}

void SandboxHttpServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new Connection;
        connection->id = m_nextId++;
        connection->socket = socket;
        connection->idle = new QTimer(socket);
        connection->idle->setSingleShot(true);
        const quint64 id = connection->id;
        m_connections.insert(id, connection);
        connect(connection->idle, &QTimer::timeout, this, [this, id] {
            qCDebug(lcSandboxHttp) << "closing idle connection" << id;
            drop(id);
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, id] { readFrom(id); });
        connect(socket, &QTcpSocket::disconnected, this, [this, id] { drop(id); });
        armIdleTimer(*connection);
        if (socket->bytesAvailable() > 0)
            readFrom(id);
    }
}

void SandboxHttpServer::armIdleTimer(Connection &connection)
{
    if (m_limits.idleTimeoutMs > 0)
        connection.idle->start(m_limits.idleTimeoutMs);
}

void SandboxHttpServer::drop(quint64 id)
{
    Connection *connection = m_connections.take(id);
    if (!connection)
        return;
    if (connection->socket) {
        connection->socket->disconnect(this);
        connection->socket->abort();
        connection->socket->deleteLater();
    }
    delete connection;
}

void SandboxHttpServer::readFrom(quint64 id)
{
    Connection *connection = m_connections.value(id);
    if (!connection || !connection->socket)
        return;
    connection->buffer.append(connection->socket->readAll());
    parseNext(*connection);
}

void SandboxHttpServer::fail(Connection &connection, int status, const QByteArray &message)
{
    QTcpSocket *socket = connection.socket;
    connection.idle->stop();
    connection.busy = true; // nothing more is read from this connection
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\nContent-Length: " + QByteArray::number(message.size())
           + "\r\nConnection: close\r\n\r\n" + message;
    socket->write(out);
    socket->disconnectFromHost();
}

void SandboxHttpServer::parseNext(Connection &connection)
{
    QByteArray &buffer = connection.buffer;
    while (!connection.busy) {
        // Empty lines before a request line are allowed (RFC 9112 §2.2).
        while (buffer.startsWith("\r\n"))
            buffer.remove(0, 2);
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0 ? buffer.size() > m_limits.maxHeaderBytes : headerEnd + 4 > m_limits.maxHeaderBytes) {
            fail(connection, 431, "Request Header Fields Too Large");
            return;
        }
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.") || requestLine.at(1).isEmpty()) {
            fail(connection, 400, "Bad Request");
            return;
        }
        Parsed parsed;
        SandboxRequest &request = parsed.request;
        request.method = QString::fromLatin1(requestLine.at(0)).toUpper();
        const bool http10 = requestLine.at(2) == "HTTP/1.0";
        qint64 contentLength = 0;
        bool chunked = false;
        QByteArray connectionHeader;
        bool expectContinue = false;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                fail(connection, 400, "Bad Request");
                return;
            }
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append({name, value});
            const QByteArray lower = name.toLower();
            if (lower == "content-length") {
                bool ok = false;
                contentLength = value.toLongLong(&ok);
                if (!ok || contentLength < 0) {
                    fail(connection, 400, "Bad Request");
                    return;
                }
            } else if (lower == "transfer-encoding") {
                chunked = value.toLower().contains("chunked");
            } else if (lower == "connection") {
                connectionHeader = value.toLower();
            } else if (lower == "expect") {
                expectContinue = value.toLower() == "100-continue";
            }
        }
        if (contentLength > m_limits.maxBodyBytes) {
            fail(connection, 413, "Request Entity Too Large");
            return;
        }
        const qsizetype bodyStart = headerEnd + 4;
        qsizetype next = 0;
        if (chunked) {
            next = decodeChunked(buffer, bodyStart, request.body);
            if (next == -2) {
                fail(connection, 400, "Bad Request");
                return;
            }
        } else {
            next = buffer.size() >= bodyStart + contentLength ? bodyStart + contentLength : -1;
            if (next >= 0)
                request.body = buffer.mid(bodyStart, contentLength);
        }
        if (next < 0) {
            if (expectContinue && !connection.continueSent) {
                connection.continueSent = true;
                connection.socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            if (buffer.size() - bodyStart > m_limits.maxBodyBytes)
                fail(connection, 413, "Request Entity Too Large");
            return;
        }
        buffer.remove(0, next);
        connection.continueSent = false;

        // HTTP/1.1 keeps the connection unless told to close; HTTP/1.0 closes unless asked to keep it.
        const QList<QByteArray> tokens = connectionHeader.split(',');
        auto hasToken = [&](const QByteArray &token) {
            return std::any_of(tokens.begin(), tokens.end(), [&](const QByteArray &t) { return t.trimmed() == token; });
        };
        parsed.keepAlive = http10 ? hasToken("keep-alive") : !hasToken("close");

        const QByteArray target = requestLine.at(1);
        const qsizetype question = target.indexOf('?');
        QString path = QString::fromLatin1(question < 0 ? target : target.left(question));
        if (path.isEmpty() || !path.startsWith(u'/'))
            path.prepend(u'/');
        while (path.size() > 1 && path.endsWith(u'/'))
            path.chop(1);
        request.path = path;
        request.rawPath = path;
        if (question >= 0)
            request.query = QUrlQuery(QString::fromUtf8(target.mid(question + 1))).queryItems(QUrl::FullyDecoded);
        QTcpSocket *socket = connection.socket;
        request.remoteAddress = socket->peerAddress().toString() + u':' + QString::number(socket->peerPort());
        request.tls = m_tls;
        if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
            request.sslProtocol = protocolName(ssl->sessionProtocol());
            request.sslCipher = ssl->sessionCipher().name();
            const QSslCertificate peer = ssl->peerCertificate();
            // Only a certificate that verified against the client CA counts; QueryPeer records errors instead. Qt's
            // chain ends with the CA; the plugin counts what the client sent, here its one certificate.
            if (!peer.isNull() && ssl->sslHandshakeErrors().isEmpty()) {
                request.clientCertDn = subjectDn(peer);
                request.peerCertificates = 1;
            }
        }
        dispatch(connection, std::move(parsed));
    }
}

void SandboxHttpServer::dispatch(Connection &connection, Parsed parsed)
{
    connection.busy = true;
    connection.idle->stop();
    const quint64 id = connection.id;
    QThreadPool &pool = m_service.needsPasswordCheck(parsed.request) ? m_passwordPool : m_requestPool;
    pool.start([this, id, parsed = std::move(parsed)] {
        const SandboxResponse response = m_service.dispatch(parsed.request);
        const bool head = parsed.request.method == u"HEAD";
        const bool keepAlive = parsed.keepAlive;
        QMetaObject::invokeMethod(
            this, [this, id, response, keepAlive, head] { finish(id, response, keepAlive, head); },
            Qt::QueuedConnection);
    });
}

void SandboxHttpServer::finish(quint64 id, const SandboxResponse &response, bool keepAlive, bool head)
{
    Connection *connection = m_connections.value(id);
    if (!connection || !connection->socket)
        return;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    // HEAD: the headers of the GET answer, no body.
    if (!head)
        out += response.body;
    connection->socket->write(out);
    if (!keepAlive) {
        connection->socket->disconnectFromHost();
        return;
    }
    connection->busy = false;
    armIdleTimer(*connection);
    parseNext(*connection);
}
