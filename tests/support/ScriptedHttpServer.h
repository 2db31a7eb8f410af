#pragma once

// ScriptedHttpServer: a loopback TCP server that answers each HTTP request with whatever bytes a test scripts,
// including answers no real server should give (never answering, cutting a body off, HTML error pages).
// Lives on the test's thread.

#include <functional>

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

    explicit ScriptedHttpServer(Script script) : m_script(std::move(script))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto *buffer = new QByteArray;
                QObject::connect(socket, &QObject::destroyed, [buffer] { delete buffer; });
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    Request request;
                    request.head = buffer->left(end);
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

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    quint16 port() const { return m_server.serverPort(); }

    static QByteArray response(int status, const QByteArray &reason, const QByteArray &contentType,
                               const QByteArray &body, const QByteArray &extraHeaders = {})
    {
        return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + contentType
               + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
    }

    QList<Request> requests;

private:
    QTcpServer m_server;
    Script m_script;
};
