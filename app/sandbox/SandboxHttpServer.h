#pragma once

// SandboxHttpServer: the socket side of the sandbox. Speaks HTTP/1.1 itself over a QTcpServer (a QSslServer under
// TLS), so that it controls what Qt's server did not: `Connection: close` and HTTP/1.0, an idle timeout, the
// header size limit (431) and answers computed off the socket thread. Each request goes to ApiService on one of two
// small pools of its own: requests whose password still needs a bcrypt check wait in one, everything else (cached
// logins, certificates, no credentials) in the other, so a flood of wrong passwords never delays a correct request.
// Responses go back to the client in request order. Lives in the sandbox's server thread.

#include <memory>

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QThreadPool>

class ApiService;
class QSslCertificate;
class QTcpServer;
class QTcpSocket;
class QTimer;
struct SandboxResponse;

struct HttpLimits
{
    int idleTimeoutMs = 30000;         // a connection without a complete request for this long is closed
    int maxHeaderBytes = 16 * 1024;    // OpenSearch's http.max_header_size default; beyond it: 431
    qint64 maxBodyBytes = 100LL << 20; // http.max_content_length; beyond it: 413
    int passwordCheckThreads = 2;      // the pool for requests that need a bcrypt check
    int requestThreads = 4;            // the pool for the others
};

class SandboxHttpServer : public QObject
{
    Q_OBJECT

public:
    SandboxHttpServer(const ApiService &service, bool tls, HttpLimits limits = {}, QObject *parent = nullptr);
    ~SandboxHttpServer() override;

    // Under TLS: the configuration for new connections (certificate, key, client CAs). Callable again (reload).
    void setSslConfiguration(const QSslConfiguration &configuration);
    // Listens in the calling (server) thread; the port, 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);

    static QString subjectDn(const QSslCertificate &certificate);

private:
    struct Connection;
    struct Parsed;

    void accept();
    void readFrom(quint64 id);
    void parseNext(Connection &connection);
    void dispatch(Connection &connection, Parsed parsed);
    void finish(quint64 id, const SandboxResponse &response, bool keepAlive, bool head);
    void fail(Connection &connection, int status, const QByteArray &message);
    void drop(quint64 id);
    void armIdleTimer(Connection &connection);

    const ApiService &m_service;
    bool m_tls = false;
    HttpLimits m_limits;
    QTcpServer *m_server = nullptr;
    QSslConfiguration m_sslConfiguration;
    QHash<quint64, Connection *> m_connections;
    quint64 m_nextId = 1;
    QThreadPool m_passwordPool;
    QThreadPool m_requestPool;
};
