#pragma once

// ScriptedHttpServer: a loopback TCP server that answers each HTTP request with whatever bytes a test scripts,
// including answers no real server should give (never answering, cutting a body off, HTML error pages).
// Lives on the test's thread.

#include <functional>

#include <memory>

#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

class ScriptedHttpServer
{
public:
    struct Request
    {
        QByteArray head; // request line and headers
        QByteArray method;
        QByteArray path;
        QByteArray body; // as long as its Content-Length said (the script runs once all of it arrived)
        QByteArray header(const QByteArray &name) const
        {
            for (const QByteArray &line : head.split('\n')) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                    return line.mid(colon + 1).trimmed();
            }
            return {};
        }
    };

    // Called with each complete request head; writes the answer (or nothing) to the socket.
    using Script = std::function<void(const Request &, QTcpSocket *)>;

    // With a TLS configuration, it serves HTTPS (QSslServer hands out connections after the handshake).
    explicit ScriptedHttpServer(Script script, const std::optional<QSslConfiguration> &tls = std::nullopt)
        : m_script(std::move(script))
    {
        if (tls) {
            auto *sslServer = new QSslServer;
            sslServer->setSslConfiguration(*tls);
            QObject::connect(sslServer, &QSslServer::errorOccurred, sslServer,
                             [this](QSslSocket *, QAbstractSocket::SocketError) { ++handshakeFailures; });
            QObject::connect(sslServer, &QSslServer::peerVerifyError, sslServer,
                             [this](QSslSocket *, const QSslError &) { ++handshakeFailures; });
            m_server.reset(sslServer);
        } else {
            m_server.reset(new QTcpServer);
        }
        m_server->listen(QHostAddress::LocalHost, 0);
        QObject::connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, m_server.get(), [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                if (auto *ssl = qobject_cast<QSslSocket *>(socket))
                    peerCertificates.append(ssl->peerCertificate());
                auto *buffer = new QByteArray;
                QObject::connect(socket, &QObject::destroyed, [buffer] { delete buffer; });
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    Request request;
                    request.head = buffer->left(end);
                    const qsizetype length = request.header("Content-Length").toLongLong();
                    if (buffer->size() < end + 4 + length)
                        return;
                    request.body = buffer->mid(end + 4, length);
                    const QList<QByteArray> requestLine = request.head.left(request.head.indexOf('\r')).split(' ');
                    request.method = requestLine.value(0);
                    request.path = requestLine.value(1);
                    buffer->clear();
                    requests.append(request);
                    m_script(request, socket);
                });
            }
        });
    }

    QString url(const QString &host = QStringLiteral("127.0.0.1")) const
    {
        const bool tls = qobject_cast<QSslServer *>(m_server.get()) != nullptr;
        return QStringLiteral("%1://%2:%3")
            .arg(tls ? QStringLiteral("https") : QStringLiteral("http"), host)
            .arg(port());
    }
    quint16 port() const { return m_server->serverPort(); }

    static QByteArray response(int status, const QByteArray &reason, const QByteArray &contentType,
                               const QByteArray &body, const QByteArray &extraHeaders = {})
    {
        return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + contentType
               + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
    }

    QList<Request> requests;
    QList<QSslCertificate> peerCertificates; // the client certificate of each TLS connection (null when none)
    int handshakeFailures = 0;

private:
    std::unique_ptr<QTcpServer> m_server;
    Script m_script;
};
