#pragma once

// FaultProxy: an HTTP/1.1 proxy for tests, between a client and an upstream server (the sandbox, plain http), that
// injects faults by rule: it closes the connection before forwarding, drops or cuts the upstream's response,
// replaces it, or holds it back. It serves on 127.0.0.1 from a thread of its own, so a test may block (in
// QProcess::waitForFinished, say) while a client talks through it; rules and records may be used from any thread.
//
//     FaultProxy proxy(sandbox.url());
//     proxy.addRule(FaultProxy::rule(FaultProxy::Fault::DropResponse, "PATCH", "/roles"));
//     ... a client on proxy.url() ...
//     QCOMPARE(proxy.forwarded("PATCH", "/roles"), 1);
//
// It keeps client connections alive (several requests each, as QNetworkAccessManager reuses them) and finds the end
// of every message in both directions by Content-Length or chunked framing, since the upstream may keep its
// connection open whatever the request asked. Each request goes upstream over a fresh connection.

#include <memory>
#include <optional>

#include <QHostAddress>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>

class FaultProxy
{
public:
    enum class Fault {
        None,               // relay the upstream's response
        CloseBeforeForward, // close the client connection; the upstream never sees the request
        DropResponse,  // forward, read the upstream's whole response, close the client connection sending none of it
        CutBody,       // forward, send the response head (its real Content-Length) and half the body, close
        ReplaceStatus, // forward when `forward` is set, then answer status/contentType/body instead
        Delay          // forward, then hold the response back for delayMs before sending it
    };

    struct Rule
    {
        QByteArray method;   // "PATCH"; empty matches every method
        QByteArray pathPart; // a substring of the request target (path and query); empty matches every target
        Fault fault = Fault::None;
        int times = 1; // how many matching requests it applies to; -1: all of them
        int skip = 0;  // how many matching requests pass untouched before it starts to apply
        // ReplaceStatus
        bool forward = false;
        int status = 500;
        QByteArray reason; // empty: the usual phrase for the status
        QByteArray contentType = "application/json";
        QByteArray body;
        // Delay
        int delayMs = 0;
    };

    // One request the proxy received, in order of arrival.
    struct Record
    {
        QByteArray method;
        QByteArray path;           // the request target, query included
        int connection = 0;        // the client connection that carried it: 1, 2, ... in order of acceptance
        bool forwarded = false;    // written to the upstream, which may have applied it
        Fault fault = Fault::None; // the rule that applied, if any
        int upstreamStatus = 0;    // the upstream's status; 0 when not forwarded or when it did not answer
    };

    static Rule rule(Fault fault, const QByteArray &method, const QByteArray &pathPart, int times = 1)
    {
        Rule r;
        r.fault = fault;
        r.method = method;
        r.pathPart = pathPart;
        r.times = times;
        return r;
    }
    static Rule replaceStatus(const QByteArray &method, const QByteArray &pathPart, int status,
                              const QByteArray &contentType, const QByteArray &body, bool forward, int times = 1)
    {
        Rule r = rule(Fault::ReplaceStatus, method, pathPart, times);
        r.status = status;
        r.contentType = contentType;
        r.body = body;
        r.forward = forward;
        return r;
    }
    static Rule delay(const QByteArray &method, const QByteArray &pathPart, int delayMs, int times = 1)
    {
        Rule r = rule(Fault::Delay, method, pathPart, times);
        r.delayMs = delayMs;
        return r;
    }

    // upstream: "http://127.0.0.1:port". An upstream that does not answer within upstreamTimeoutMs has the client
    // connection closed.
    explicit FaultProxy(const QUrl &upstream, int upstreamTimeoutMs = 10000)
        : m_shared(std::make_shared<Shared>()), m_upstream(upstream), m_upstreamTimeoutMs(upstreamTimeoutMs)
    {
        m_thread.setObjectName(QStringLiteral("FaultProxy"));
        m_thread.start();
        m_root = new QObject;
        m_root->moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            m_root,
            [this] {
                auto *server = new QTcpServer(m_root);
                server->listen(QHostAddress::LocalHost, 0);
                m_port = server->serverPort();
                QObject::connect(server, &QTcpServer::pendingConnectionAvailable, server, [this, server] {
                    while (QTcpSocket *socket = server->nextPendingConnection()) {
                        int id;
                        {
                            QMutexLocker lock(&m_shared->mutex);
                            id = ++m_shared->connections;
                        }
                        new Connection(socket, m_shared, m_upstream, m_upstreamTimeoutMs, id, m_root);
                    }
                });
            },
            Qt::BlockingQueuedConnection);
    }

    // Closes every connection and joins the thread.
    ~FaultProxy()
    {
        QMetaObject::invokeMethod(
            m_root,
            [this] {
                const QObjectList children = m_root->children(); // the server and the connections
                qDeleteAll(children);
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        delete m_root; // its thread has finished
    }

    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    quint16 port() const { return m_port; } // 0 when it could not listen
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

    // Rules are tried in the order they were added; the first that matches applies (and counts one of its times).
    void addRule(const Rule &rule)
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->rules.append(rule);
    }
    void clearRules()
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->rules.clear();
    }

    QList<Record> records() const
    {
        QMutexLocker lock(&m_shared->mutex);
        return m_shared->records;
    }
    void clearRecords()
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->records.clear();
    }
    // Requests received / forwarded upstream, by method (empty: all) and target substring (empty: all).
    int received(const QByteArray &method = {}, const QByteArray &pathPart = {}) const
    {
        return count(method, pathPart, false);
    }
    int forwarded(const QByteArray &method = {}, const QByteArray &pathPart = {}) const
    {
        return count(method, pathPart, true);
    }
    int connections() const
    {
        QMutexLocker lock(&m_shared->mutex);
        return m_shared->connections;
    }

private:
    struct Shared
    {
        mutable QMutex mutex;
        QList<Rule> rules;
        QList<Record> records;
        int connections = 0;

        // Records the request and returns the rule that applies to it, if any, with the record's index.
        std::pair<qsizetype, std::optional<Rule>> arrive(const QByteArray &method, const QByteArray &path, int id)
        {
            QMutexLocker lock(&mutex);
            Record record;
            record.method = method;
            record.path = path;
            record.connection = id;
            std::optional<Rule> match;
            for (qsizetype i = 0; i < rules.size(); ++i) {
                Rule &candidate = rules[i];
                if ((!candidate.method.isEmpty() && candidate.method != method) || !path.contains(candidate.pathPart))
                    continue;
                if (candidate.skip > 0) {
                    --candidate.skip;
                    break; // this request passes; later rules do not apply to it either
                }
                match = candidate;
                if (candidate.times > 0 && --candidate.times == 0)
                    rules.removeAt(i);
                break;
            }
            record.fault = match ? match->fault : Fault::None;
            records.append(record);
            return {records.size() - 1, match};
        }
        template <typename F> void update(qsizetype index, F change)
        {
            QMutexLocker lock(&mutex);
            if (index < records.size()) // clearRecords() may have run meanwhile
                change(records[index]);
        }
    };

    // Where the first message in `buffer` ends: its length, or -1 while it is incomplete. A response without
    // Content-Length or chunked framing ends with the connection (-1, and *untilClose set).
    static qsizetype messageLength(const QByteArray &buffer, bool response, bool toHead, bool *untilClose = nullptr)
    {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return -1;
        const qsizetype bodyStart = headEnd + 4;
        const QByteArray head = buffer.left(headEnd);
        const QList<QByteArray> lines = head.split('\n');
        const int status = response ? lines.value(0).mid(9, 3).toInt() : 0;
        if (response && (toHead || status < 200 || status == 204 || status == 304))
            return bodyStart;
        qint64 contentLength = -1;
        bool chunked = false;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed().toLower();
            if (name == "content-length")
                contentLength = value.toLongLong();
            else if (name == "transfer-encoding" && value.contains("chunked"))
                chunked = true;
        }
        if (chunked) {
            qsizetype pos = bodyStart;
            while (true) {
                const qsizetype lineEnd = buffer.indexOf("\r\n", pos);
                if (lineEnd < 0)
                    return -1;
                const qint64 size =
                    buffer.mid(pos, lineEnd - pos).split(';').value(0).trimmed().toLongLong(nullptr, 16);
                pos = lineEnd + 2;
                if (size == 0) {
                    if (buffer.mid(pos, 2) == "\r\n")
                        return pos + 2;
                    const qsizetype end = buffer.indexOf("\r\n\r\n", pos);
                    return end < 0 ? -1 : end + 4;
                }
                pos += size + 2;
                if (pos > buffer.size())
                    return -1;
            }
        }
        if (contentLength >= 0)
            return buffer.size() >= bodyStart + contentLength ? bodyStart + contentLength : -1;
        if (response && untilClose)
            *untilClose = true;
        return response ? -1 : bodyStart;
    }

    static QByteArray header(const QByteArray &head, const QByteArray &name)
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
                return line.mid(colon + 1).trimmed();
        }
        return {};
    }

    static QByteArray reasonFor(int status)
    {
        switch (status) {
        case 200:
            return "OK";
        case 400:
            return "Bad Request";
        case 404:
            return "Not Found";
        case 409:
            return "Conflict";
        case 500:
            return "Internal Server Error";
        case 502:
            return "Bad Gateway";
        case 503:
            return "Service Unavailable";
        default:
            return "Status";
        }
    }

    // One client connection and the request in flight on it. Lives in the proxy's thread, a child of its root.
    class Connection : public QObject
    {
    public:
        Connection(QTcpSocket *client, std::shared_ptr<Shared> shared, const QUrl &upstream, int timeoutMs, int id,
                   QObject *parent)
            : QObject(parent)
            , m_client(client)
            , m_shared(std::move(shared))
            , m_upstreamUrl(upstream)
            , m_timeoutMs(timeoutMs)
            , m_id(id)
        {
            client->setParent(this);
            QObject::connect(client, &QTcpSocket::readyRead, this, [this] {
                m_clientBuffer += m_client->readAll();
                processNext();
            });
            QObject::connect(client, &QTcpSocket::disconnected, this, [this] {
                m_clientGone = true;
                if (!m_busy || !m_upstream)
                    deleteLater();
            });
            m_upstreamTimer.setSingleShot(true);
            QObject::connect(&m_upstreamTimer, &QTimer::timeout, this, [this] { upstreamFailed(); });
        }

        ~Connection() override
        {
            for (QTcpSocket *socket : {m_client.data(), m_upstream.data()}) {
                if (socket) {
                    socket->disconnect(this);
                    socket->abort();
                }
            }
        }

    private:
        void processNext()
        {
            if (m_busy || m_clientGone)
                return;
            const qsizetype length = messageLength(m_clientBuffer, false, false);
            if (length < 0) {
                if (m_clientBuffer.size() > 64 * 1024 * 1024)
                    closeClient(); // not HTTP, or absurd: never buffer without bound
                return;
            }
            m_request = m_clientBuffer.left(length);
            m_clientBuffer.remove(0, length);
            const QList<QByteArray> requestLine = m_request.left(m_request.indexOf("\r\n")).split(' ');
            m_method = requestLine.value(0);
            m_clientWantsClose =
                header(m_request.left(m_request.indexOf("\r\n\r\n")), "Connection").toLower().contains("close");
            m_busy = true;
            auto [index, match] = m_shared->arrive(m_method, requestLine.value(1), m_id);
            m_recordIndex = index;
            m_rule = match.value_or(Rule());
            if (m_rule.fault == Fault::CloseBeforeForward)
                return closeClient();
            if (m_rule.fault == Fault::ReplaceStatus && !m_rule.forward)
                return respond(replacement());
            forward();
        }

        void forward()
        {
            m_upstreamBuffer.clear();
            m_upstream = new QTcpSocket(this);
            QObject::connect(m_upstream, &QTcpSocket::connected, this, [this] {
                m_upstream->write(m_request);
                m_shared->update(m_recordIndex, [](Record &record) { record.forwarded = true; });
            });
            QObject::connect(m_upstream, &QTcpSocket::readyRead, this, [this] {
                m_upstreamBuffer += m_upstream->readAll();
                m_upstreamTimer.start();
                const qsizetype length = messageLength(m_upstreamBuffer, true, m_method == "HEAD");
                if (length >= 0)
                    upstreamAnswered(m_upstreamBuffer.left(length));
            });
            QObject::connect(m_upstream, &QTcpSocket::disconnected, this, [this] {
                bool untilClose = false;
                if (messageLength(m_upstreamBuffer, true, m_method == "HEAD", &untilClose) < 0 && untilClose)
                    upstreamAnswered(m_upstreamBuffer);
                else
                    upstreamFailed();
            });
            QObject::connect(m_upstream, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
                if (e != QAbstractSocket::RemoteHostClosedError)
                    upstreamFailed();
            });
            m_upstreamTimer.start(m_timeoutMs);
            m_upstream->connectToHost(m_upstreamUrl.host(), quint16(m_upstreamUrl.port(80)));
        }

        void upstreamAnswered(const QByteArray &response)
        {
            closeUpstream();
            const int status = response.mid(9, 3).toInt();
            m_shared->update(m_recordIndex, [status](Record &record) { record.upstreamStatus = status; });
            const qsizetype bodyStart = response.indexOf("\r\n\r\n") + 4;
            switch (m_rule.fault) {
            case Fault::DropResponse:
                return closeClient();
            case Fault::CutBody:
                if (!m_clientGone)
                    m_client->write(response.left(bodyStart + (response.size() - bodyStart) / 2));
                return closeClient();
            case Fault::ReplaceStatus:
                return respond(replacement());
            case Fault::Delay:
                QTimer::singleShot(m_rule.delayMs, this, [this, response] { respond(response); });
                return;
            case Fault::None:
            case Fault::CloseBeforeForward:
                return respond(response);
            }
        }

        void upstreamFailed()
        {
            if (!m_upstream)
                return;
            closeUpstream();
            closeClient();
        }

        void closeUpstream()
        {
            m_upstreamTimer.stop();
            if (m_upstream) {
                m_upstream->disconnect(this);
                m_upstream->abort();
                m_upstream->deleteLater();
                m_upstream = nullptr;
            }
        }

        void respond(const QByteArray &response)
        {
            if (m_clientGone)
                return finishRequest();
            m_client->write(response);
            const QByteArray head = response.left(response.indexOf("\r\n\r\n"));
            if (m_clientWantsClose || header(head, "Connection").toLower().contains("close"))
                return closeClient();
            finishRequest();
        }

        void finishRequest()
        {
            m_busy = false;
            if (m_clientGone)
                return deleteLater();
            processNext(); // a request that came in meanwhile
        }

        void closeClient()
        {
            m_busy = true; // nothing more on this connection
            if (m_clientGone || m_client->state() == QAbstractSocket::UnconnectedState) {
                m_clientGone = true;
                return deleteLater();
            }
            // After what is already written; disconnected() then deletes this.
            m_client->disconnectFromHost();
        }

        QByteArray replacement() const
        {
            const QByteArray reason = m_rule.reason.isEmpty() ? reasonFor(m_rule.status) : m_rule.reason;
            return "HTTP/1.1 " + QByteArray::number(m_rule.status) + ' ' + reason
                   + "\r\nContent-Type: " + m_rule.contentType
                   + "\r\nContent-Length: " + QByteArray::number(m_rule.body.size()) + "\r\n\r\n" + m_rule.body;
        }

        QPointer<QTcpSocket> m_client;
        QPointer<QTcpSocket> m_upstream;
        std::shared_ptr<Shared> m_shared;
        QUrl m_upstreamUrl;
        int m_timeoutMs;
        int m_id;
        QTimer m_upstreamTimer; // created in the proxy's thread with the connection
        QByteArray m_clientBuffer;
        QByteArray m_upstreamBuffer;
        QByteArray m_request;
        QByteArray m_method;
        qsizetype m_recordIndex = -1;
        Rule m_rule;
        bool m_busy = false;
        bool m_clientGone = false;
        bool m_clientWantsClose = false;
    };

    int count(const QByteArray &method, const QByteArray &pathPart, bool forwardedOnly) const
    {
        QMutexLocker lock(&m_shared->mutex);
        int n = 0;
        for (const Record &record : std::as_const(m_shared->records)) {
            if ((method.isEmpty() || record.method == method) && record.path.contains(pathPart)
                && (!forwardedOnly || record.forwarded))
                ++n;
        }
        return n;
    }

    std::shared_ptr<Shared> m_shared;
    QUrl m_upstream;
    int m_upstreamTimeoutMs;
    QThread m_thread;
    QObject *m_root = nullptr; // lives in m_thread; owns the server and the connections
    quint16 m_port = 0;
};
