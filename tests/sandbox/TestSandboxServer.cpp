// The sandbox as an HTTP server, over raw loopback sockets: `Connection: close` and HTTP/1.0, idle connections,
// oversized headers (431), pipelining, and bcrypt off the socket thread (a flood of wrong passwords does not delay a
// correct request; an unknown user costs one bcrypt check, like a wrong password).

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QtTest>

#include "app/sandbox/Bcrypt.h"
#include "tests/sandbox/SandboxTestSupport.h"

using namespace Qt::StringLiterals;

namespace {

struct RawResponse
{
    int status = 0;
    QByteArray head; // status line and headers
    QByteArray body;
};

QByteArray basic(const QByteArray &user, const QByteArray &password)
{
    return "Authorization: Basic " + QByteArray(user + ':' + password).toBase64() + "\r\n";
}

// Reads one response from the socket (Content-Length framed); status 0 when none arrived in time.
RawResponse readResponse(QTcpSocket &socket, QByteArray &buffer, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    RawResponse response;
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end >= 0) {
            response.head = buffer.left(end);
            qsizetype length = 0;
            for (const QByteArray &line : response.head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() >= end + 4 + length) {
                response.status = response.head.mid(9, 3).toInt();
                response.body = buffer.mid(end + 4, length);
                buffer.remove(0, end + 4 + length);
                return response;
            }
        }
        const int left = timeoutMs - int(timer.elapsed());
        if (left <= 0
            || (!socket.waitForReadyRead(left) && socket.state() != QAbstractSocket::ConnectedState
                && socket.bytesAvailable() == 0))
            return response;
        buffer.append(socket.readAll());
    }
}

bool connectTo(QTcpSocket &socket, const QUrl &url)
{
    socket.connectToHost(url.host(), quint16(url.port()));
    return socket.waitForConnected(5000);
}

// True when the server closes the connection within the time (reading whatever else arrives).
bool closedWithin(QTcpSocket &socket, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (socket.state() != QAbstractSocket::UnconnectedState && timer.elapsed() < ms) {
        socket.waitForReadyRead(std::max<int>(1, ms - int(timer.elapsed())));
        socket.readAll();
    }
    return socket.state() == QAbstractSocket::UnconnectedState;
}

QByteArray header(const RawResponse &response, const QByteArray &name)
{
    for (const QByteArray &line : response.head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private slots:
    void connectionHandling_data();
    void connectionHandling();
    void pipelinedRequestsAnswerInOrder();
    void idleConnectionIsClosed();
    void oversizedHeaderGets431();
    void wrongPasswordFloodDoesNotDelayCorrectRequests();
    void unknownUserCostsLikeWrongPassword();
};

void TestSandboxServer::connectionHandling_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<bool>("staysOpen");
    QTest::addColumn<QByteArray>("connectionHeader");
    QTest::newRow("HTTP/1.1") << QByteArray("GET / HTTP/1.1\r\nHost: sandbox\r\n") << true << QByteArray("keep-alive");
    QTest::newRow("HTTP/1.1 Connection: close")
        << QByteArray("GET / HTTP/1.1\r\nHost: sandbox\r\nConnection: close\r\n") << false << QByteArray("close");
    QTest::newRow("HTTP/1.1 Connection: Close, TE")
        << QByteArray("GET / HTTP/1.1\r\nHost: sandbox\r\nConnection: TE, Close\r\n") << false << QByteArray("close");
    QTest::newRow("HTTP/1.0") << QByteArray("GET / HTTP/1.0\r\n") << false << QByteArray("close");
    QTest::newRow("HTTP/1.0 keep-alive") << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n") << true
                                         << QByteArray("keep-alive");
}

void TestSandboxServer::connectionHandling()
{
    QFETCH(QByteArray, request);
    QFETCH(bool, staysOpen);
    QFETCH(QByteArray, connectionHeader);
    Sandbox sandbox(SandboxTest::fastOptions());
    QVERIFY(sandbox.start().ok());
    QTcpSocket socket;
    QVERIFY(connectTo(socket, sandbox.url()));
    socket.write(request + basic("admin", "admin") + "\r\n");
    QByteArray buffer;
    const RawResponse first = readResponse(socket, buffer);
    QCOMPARE(first.status, 200);
    QCOMPARE(header(first, "Connection").toLower(), connectionHeader);
    if (!staysOpen) {
        QVERIFY(closedWithin(socket, 5000));
        return;
    }
    // Still open: a second request on the same connection is answered.
    socket.write(request + basic("admin", "admin") + "\r\n");
    QCOMPARE(readResponse(socket, buffer).status, 200);
    QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
}

void TestSandboxServer::pipelinedRequestsAnswerInOrder()
{
    Sandbox sandbox(SandboxTest::fastOptions());
    QVERIFY(sandbox.start().ok());
    QTcpSocket socket;
    QVERIFY(connectTo(socket, sandbox.url()));
    // Three requests in one write; the second needs a bcrypt check and the third none, yet they answer in order.
    socket.write("GET /_plugins/_security/api/tenants/analysts HTTP/1.1\r\nHost: s\r\n" + basic("admin", "admin")
                 + "\r\nGET /_plugins/_security/authinfo HTTP/1.1\r\nHost: s\r\n" + basic("analyst", "wrong")
                 + "\r\nGET /_plugins/_security/health HTTP/1.1\r\nHost: s\r\n\r\n");
    QByteArray buffer;
    const RawResponse tenants = readResponse(socket, buffer);
    const RawResponse wrong = readResponse(socket, buffer);
    const RawResponse health = readResponse(socket, buffer);
    QCOMPARE(tenants.status, 200);
    QVERIFY(tenants.body.contains("analysts"));
    QCOMPARE(wrong.status, 401);
    QCOMPARE(health.status, 200);
    QVERIFY(health.body.contains("\"UP\""));
}

void TestSandboxServer::idleConnectionIsClosed()
{
    SandboxOptions options = SandboxTest::fastOptions();
    options.idleTimeoutMs = 300;
    Sandbox sandbox(options);
    QVERIFY(sandbox.start().ok());

    // A connection that never sends a request...
    QTcpSocket silent;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(connectTo(silent, sandbox.url()));
    QVERIFY(closedWithin(silent, 10000));
    QVERIFY2(timer.elapsed() >= 250, qPrintable(QString::number(timer.elapsed())));

    // ...and one that goes quiet after a request, or stops halfway through its headers.
    QTcpSocket quiet;
    QVERIFY(connectTo(quiet, sandbox.url()));
    quiet.write("GET /_plugins/_security/health HTTP/1.1\r\nHost: s\r\n\r\n");
    QByteArray buffer;
    QCOMPARE(readResponse(quiet, buffer).status, 200);
    QVERIFY(closedWithin(quiet, 10000));

    QTcpSocket slow;
    QVERIFY(connectTo(slow, sandbox.url()));
    slow.write("GET /_plugins/_security/health HTTP/1.1\r\nHost: s\r\n");
    QVERIFY(closedWithin(slow, 10000));

    // Meanwhile a new connection is served as usual.
    QTcpSocket fresh;
    QVERIFY(connectTo(fresh, sandbox.url()));
    fresh.write("GET /_plugins/_security/health HTTP/1.1\r\nHost: s\r\n\r\n");
    QCOMPARE(readResponse(fresh, buffer).status, 200);
}

void TestSandboxServer::oversizedHeaderGets431()
{
    Sandbox sandbox(SandboxTest::fastOptions());
    QVERIFY(sandbox.start().ok());
    for (const bool complete : {true, false}) {
        QTcpSocket socket;
        QVERIFY(connectTo(socket, sandbox.url()));
        // One 20 KiB header, with the blank line that ends the headers or still streaming them.
        socket.write("GET / HTTP/1.1\r\nHost: s\r\nX-Padding: " + QByteArray(20 * 1024, 'a') + "\r\n"
                     + (complete ? "\r\n" : ""));
        QByteArray buffer;
        const RawResponse response = readResponse(socket, buffer);
        QCOMPARE(response.status, 431);
        QCOMPARE(header(response, "Connection"), QByteArray("close"));
        QVERIFY(closedWithin(socket, 5000));
    }
    // Just under the limit is fine.
    QTcpSocket socket;
    QVERIFY(connectTo(socket, sandbox.url()));
    socket.write("GET / HTTP/1.1\r\nHost: s\r\n" + basic("admin", "admin") + "X-Padding: " + QByteArray(15 * 1024, 'a')
                 + "\r\n\r\n");
    QByteArray buffer;
    QCOMPARE(readResponse(socket, buffer).status, 200);
}

void TestSandboxServer::wrongPasswordFloodDoesNotDelayCorrectRequests()
{
    SandboxOptions options = SandboxTest::fastOptions();
    options.bcryptCost = 11; // the victim's hash: each wrong password costs a real bcrypt check
    Sandbox sandbox(options);
    QVERIFY(sandbox.start().ok());
    SandboxTest::Client admin(sandbox.url());
    admin.setCredentials(u"admin"_s, u"admin"_s);
    QCOMPARE(admin
                 .send("PUT", u"/_plugins/_security/api/internalusers/victim"_s,
                       R"({"password":"Correct-Horse-7","backend_roles":["x"]})")
                 .status,
             201);
    SandboxTest::Client victim(sandbox.url());
    victim.setCredentials(u"victim"_s, u"Correct-Horse-7"_s);
    QCOMPARE(victim.get(u"/_plugins/_security/authinfo"_s).status, 200); // logged in once: cached

    // The flood: 6 connections, 6 pipelined wrong passwords each, all sent before the correct request.
    const int connections = 6;
    const int perConnection = 6;
    QList<QTcpSocket *> flood;
    QElapsedTimer floodTimer;
    floodTimer.start();
    for (int c = 0; c < connections; ++c) {
        auto *socket = new QTcpSocket(this);
        QVERIFY(connectTo(*socket, sandbox.url()));
        QByteArray requests;
        for (int i = 0; i < perConnection; ++i) {
            requests += "GET /_plugins/_security/authinfo HTTP/1.1\r\nHost: s\r\n"
                        + basic("victim", "guess-" + QByteArray::number(c * perConnection + i)) + "\r\n";
        }
        socket->write(requests);
        socket->flush();
        flood.append(socket);
    }
    QTest::qWait(50); // the flood has reached the server

    QElapsedTimer timer;
    timer.start();
    const auto correct = victim.get(u"/_plugins/_security/authinfo"_s);
    const qint64 correctMs = timer.elapsed();
    QCOMPARE(correct.status, 200);

    int unauthorized = 0;
    for (QTcpSocket *socket : flood) {
        QByteArray buffer;
        for (int i = 0; i < perConnection; ++i)
            unauthorized += readResponse(*socket, buffer, 60000).status == 401 ? 1 : 0;
        socket->deleteLater();
    }
    const qint64 floodMs = floodTimer.elapsed();
    QCOMPARE(unauthorized, connections * perConnection);
    // Generous: the correct request must not wait for the flood's bcrypt work (36 checks at cost 11 on two
    // threads), which takes several times as long.
    QVERIFY2(correctMs < 1500, qPrintable(u"correct request took %1 ms"_s.arg(correctMs)));
    QVERIFY2(correctMs * 3 < floodMs, qPrintable(u"correct %1 ms, flood %2 ms"_s.arg(correctMs).arg(floodMs)));
}

void TestSandboxServer::unknownUserCostsLikeWrongPassword()
{
    SandboxOptions options = SandboxTest::fastOptions();
    options.bcryptCost = 9;
    Sandbox sandbox(options);
    QVERIFY(sandbox.start().ok());
    SandboxTest::Client admin(sandbox.url());
    admin.setCredentials(u"admin"_s, u"admin"_s);
    QCOMPARE(admin
                 .send("PUT", u"/_plugins/_security/api/internalusers/known"_s,
                       R"({"password":"Correct-Horse-7","backend_roles":["x"]})")
                 .status,
             201);

    auto attempt = [&](const QString &user, const QString &password, qint64 *elapsed) {
        SandboxTest::Client client(sandbox.url());
        client.setCredentials(user, password);
        const qint64 before = Bcrypt::verifications();
        QElapsedTimer timer;
        timer.start();
        const int status = client.get(u"/_plugins/_security/authinfo"_s).status;
        *elapsed = timer.elapsed();
        return QPair<int, qint64>(status, Bcrypt::verifications() - before);
    };
    QList<qint64> unknownTimes, wrongTimes;
    for (int i = 0; i < 3; ++i) {
        qint64 elapsed = 0;
        // The same unknown user and password each time: nothing about a failure is cached.
        const auto unknown = attempt(u"nobody"_s, u"Correct-Horse-7"_s, &elapsed);
        QCOMPARE(unknown.first, 401);
        QCOMPARE(unknown.second, qint64(1));
        unknownTimes.append(elapsed);
        const auto wrong = attempt(u"known"_s, u"Wrong-Horse-7"_s, &elapsed);
        QCOMPARE(wrong.first, 401);
        QCOMPARE(wrong.second, qint64(1));
        wrongTimes.append(elapsed);
    }
    // A correct password is checked once, then served from the cache of successful logins.
    qint64 elapsed = 0;
    QCOMPARE(attempt(u"known"_s, u"Correct-Horse-7"_s, &elapsed), (QPair<int, qint64>(200, 1)));
    QCOMPARE(attempt(u"known"_s, u"Correct-Horse-7"_s, &elapsed), (QPair<int, qint64>(200, 0)));

    // The dummy hash has the users' cost, so the times are alike; the bound is loose on purpose (a loaded machine).
    std::sort(unknownTimes.begin(), unknownTimes.end());
    std::sort(wrongTimes.begin(), wrongTimes.end());
    QVERIFY2(unknownTimes.at(1) * 4 >= wrongTimes.at(1),
             qPrintable(u"unknown %1 ms, wrong %2 ms"_s.arg(unknownTimes.at(1)).arg(wrongTimes.at(1))));
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "TestSandboxServer.moc"
