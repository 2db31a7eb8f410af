#include <sys/socket.h>

#include <QPointer>
#include <QtTest>

#include "app/api/ApiClient.h"
#include "app/api/HttpExchange.h"
#include "app/json/Json.h"
#include "tests/support/ApiCallSupport.h"
#include "tests/support/TestCertificates.h"

namespace {

using namespace ApiCallSupport;

ApiRequest getRoles()
{
    return SecurityApi::getConfig(ConfigType::Roles);
}

} // namespace

// The one-shot exchange every write goes through: what it puts on the wire, the responses it reads (chunked,
// delimited by the close, after interim responses), what it refuses (redirects, oversized heads, encodings it did
// not ask for), TLS as strict as the read path, and whether each failure may have reached the server.
class TestHttpExchange : public QObject
{
    Q_OBJECT

private:
    TestCertificates *m_certificates = nullptr;

    std::optional<ApiResult> call(const QString &url, const ApiRequest &request, ConnectionSettings settings = {},
                                  int timeoutMs = 5000)
    {
        settings.baseUrl = QUrl(url);
        settings.userName = QStringLiteral("admin");
        settings.password = QStringLiteral("admin");
        settings.timeoutMs = timeoutMs;
        auto client = ApiClient::create(settings, this);
        if (!client)
            return ApiResult(client.error());
        return runCall((*client)->send(request));
    }

    static quint16 closedPort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort(); // closed when probe goes: nothing listens there now
    }

private slots:
    void initTestCase()
    {
        m_certificates = new TestCertificates;
        if (!m_certificates->error.isEmpty())
            QFAIL(qPrintable(m_certificates->error));
    }

    void cleanupTestCase() { delete m_certificates; }

    void requestOnTheWire()
    {
        ScriptedHttpServer server(answerOk());
        const auto result = call(server.url(), appendToAnalystRole());
        QVERIFY(result.has_value());
        QVERIFY2(*result, qPrintable(messageOf(*result)));
        QCOMPARE((*result)->json.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("OK"));
        QCOMPARE(server.requests.size(), 1);
        const ScriptedHttpServer::Request &request = server.requests.first();
        QVERIFY2(request.head.startsWith("PATCH /_plugins/_security/api/roles HTTP/1.1\r\n"), request.head.constData());
        QCOMPARE(request.header("Host"), QByteArray("127.0.0.1:" + QByteArray::number(server.port())));
        QCOMPARE(request.header("Connection"), QByteArray("close"));
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(request.header("Authorization"), QByteArray("Basic YWRtaW46YWRtaW4="));
        QCOMPARE(request.header("Content-Length"), QByteArray::number(appendPatch().size()));
        QCOMPARE(request.body, appendPatch());
        // Nothing may come back encoded: the exchange decodes no Content-Encoding.
        QVERIFY(request.header("Accept-Encoding").isEmpty());
    }

    void deleteWithEncodedPathAndNoBody()
    {
        ScriptedHttpServer server(answerOk());
        ApiRequest request = SecurityApi::deleteEntity(ConfigType::Roles, QStringLiteral("client role"));
        request.query.addQueryItem(QStringLiteral("a"), QStringLiteral("b c"));
        const auto result = call(server.url(), request);
        QVERIFY(result.has_value() && *result);
        QCOMPARE(server.requests.first().method, QByteArray("DELETE"));
        QCOMPARE(server.requests.first().path, QByteArray("/_plugins/_security/api/roles/client%20role?a=b%20c"));
        QVERIFY(server.requests.first().header("Content-Length").isEmpty());
    }

    void chunkedResponse()
    {
        ScriptedHttpServer server([](const auto &, QTcpSocket *socket) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "7\r\n{\"statu\r\n");
            socket->flush();
            QTimer::singleShot(30, socket, [socket] { socket->write("8;x=y\r\ns\":\"OK\"}\r\n0\r\n\r\n"); });
        });
        const auto result = call(server.url(), appendToAnalystRole());
        QVERIFY(result.has_value());
        QVERIFY2(*result, qPrintable(messageOf(*result)));
        QCOMPARE((*result)->json.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("OK"));
    }

    void responseDelimitedByTheClose()
    {
        ScriptedHttpServer server(
            answer("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{\"status\":\"OK\"}", true));
        const auto result = call(server.url(), appendToAnalystRole());
        QVERIFY(result.has_value());
        QVERIFY2(*result, qPrintable(messageOf(*result)));
        QCOMPARE((*result)->json.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("OK"));
    }

    void interimResponsesAreSkipped()
    {
        ScriptedHttpServer server(
            answer("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </x>\r\n\r\n"
                   + ScriptedHttpServer::response(201, "Created", "application/json", "{\"status\":\"CREATED\"}")));
        const auto result = call(server.url(), appendToAnalystRole());
        QVERIFY(result.has_value());
        QVERIFY2(*result, qPrintable(messageOf(*result)));
        QCOMPARE((*result)->status, 201);
    }

    void redirectIsNotFollowed_data()
    {
        QTest::addColumn<int>("status");
        for (int status : {301, 302, 303, 307, 308})
            QTest::newRow(qPrintable(QString::number(status))) << status;
    }

    void redirectIsNotFollowed()
    {
        QFETCH(int, status);
        ScriptedHttpServer elsewhere(answerOk());
        const QByteArray target = elsewhere.url().toUtf8() + "/_plugins/_security/api/roles";
        ScriptedHttpServer server(
            answer(ScriptedHttpServer::response(status, "Moved", "text/plain", "", "Location: " + target + "\r\n")));
        const auto result = call(server.url(), appendToAnalystRole());
        QVERIFY(result.has_value());
        QVERIFY(!*result);
        QCOMPARE(result->error().kind, ApiError::Kind::Network);
        QVERIFY(result->error().mayHaveReachedServer);
        const QString text = result->error().userMessage();
        QVERIFY2(text.contains(QStringLiteral("PATCH /_plugins/_security/api/roles")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("HTTP %1").arg(status)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("did not follow it")), qPrintable(text));
        QVERIFY2(text.contains(QString::fromUtf8(target)), qPrintable(text));
        QCOMPARE(server.requests.size(), 1);
        QVERIFY(elsewhere.requests.isEmpty());
    }

    void oversizedHeadersAreRefused()
    {
        ScriptedHttpServer server(
            answer("HTTP/1.1 200 OK\r\nX-Padding: " + QByteArray(70 * 1024, 'a') + "\r\nContent-Length: 2\r\n\r\n{}"));
        const auto result = call(server.url(), appendToAnalystRole());
        QVERIFY(result.has_value());
        QVERIFY(!*result);
        QCOMPARE(result->error().kind, ApiError::Kind::InvalidResponse);
        QVERIFY(result->error().mayHaveReachedServer);
        QVERIFY2(result->error().userMessage().contains(QStringLiteral("headers are larger than 64 KiB")),
                 qPrintable(result->error().userMessage()));
    }

    void encodedBodyIsRefused()
    {
        ScriptedHttpServer server(answer(ScriptedHttpServer::response(200, "OK", "application/json", "\x1f\x8b garbage",
                                                                      "Content-Encoding: gzip\r\n")));
        const auto result = call(server.url(), appendToAnalystRole());
        QVERIFY(result.has_value());
        QCOMPARE(result->error().kind, ApiError::Kind::InvalidResponse);
        QVERIFY2(result->error().userMessage().contains(QStringLiteral("encoded with \"gzip\"")),
                 qPrintable(result->error().userMessage()));
    }

    void bodyAboveTheLimitIsRefused()
    {
        ScriptedHttpServer server(
            answer(ScriptedHttpServer::response(200, "OK", "application/json", QByteArray(5000, ' ') + "{}")));
        TransportRequest request;
        request.method = "POST";
        request.url = QUrl(server.url() + QStringLiteral("/x"));
        HttpExchange::Limits limits;
        limits.maxBodyBytes = 500;
        auto *exchange = new HttpExchange(request, {}, true, limits, this);
        std::optional<TransportOutcome> outcome;
        connect(exchange, &TransportReply::finished, this, [&outcome](const TransportOutcome &o) { outcome = o; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 5000);
        QVERIFY(!*outcome);
        QCOMPARE(outcome->error().kind, ApiError::Kind::InvalidResponse);
        QVERIFY2(outcome->error().detail.contains(QStringLiteral("larger than 500 bytes")),
                 qPrintable(outcome->error().detail));
    }

    void progressKeepsASlowResponseAlive()
    {
        // 12 pieces 80 ms apart: about a second in all, three times the timeout, but never silent for 300 ms.
        const QByteArray body = "{\"padding\":\"" + QByteArray(12 * 10 - 14, 'x') + "\"}";
        ScriptedHttpServer server([body](const auto &, QTcpSocket *socket) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n");
            auto *timer = new QTimer(socket);
            auto sent = std::make_shared<qsizetype>(0);
            QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, body, sent] {
                socket->write(body.mid(*sent, 10));
                *sent += 10;
                if (*sent >= body.size())
                    timer->stop();
            });
            timer->start(80);
        });
        ConnectionSettings settings;
        settings.baseUrl = QUrl(server.url());
        settings.timeoutMs = 300;
        ApiClient *client = ApiClient::create(settings, this).value();
        ApiCall *apiCall = client->send(appendToAnalystRole());
        QList<qint64> progress;
        connect(apiCall, &ApiCall::progressed, this, [&progress](qint64 received, qint64) { progress << received; });
        const auto result = runCall(apiCall);
        QVERIFY(result.has_value());
        QVERIFY2(*result, qPrintable(messageOf(*result)));
        QVERIFY2(progress.size() >= 10, qPrintable(QString::number(progress.size())));
        QCOMPARE(progress.last(), body.size());
    }

    void silentServerTimesOutOnce()
    {
        ScriptedHttpServer server([](const auto &, QTcpSocket *) {});
        const auto result = call(server.url(), appendToAnalystRole(), {}, 300);
        QVERIFY(result.has_value());
        QCOMPARE(result->error().kind, ApiError::Kind::Timeout);
        QVERIFY(result->error().mayHaveReachedServer);
        QCOMPARE(server.requests.size(), 1);
        const QString text = result->error().userMessage();
        QVERIFY2(text.contains(QStringLiteral("PATCH /_plugins/_security/api/roles timed out")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("did not send it again")), qPrintable(text));
    }

    void closedWhileWaiting()
    {
        ScriptedHttpServer server([](const auto &, QTcpSocket *socket) { socket->disconnectFromHost(); });
        const auto result = call(server.url(), appendToAnalystRole());
        QVERIFY(result.has_value());
        QCOMPARE(result->error().kind, ApiError::Kind::Network);
        QVERIFY(result->error().mayHaveReachedServer);
        QCOMPARE(server.requests.size(), 1);
        const QString text = result->error().userMessage();
        QVERIFY2(text.contains(QStringLiteral("closed before a response arrived")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("may have applied the change")), qPrintable(text));
    }

    void resetWhileWaiting()
    {
        ScriptedHttpServer server([](const auto &, QTcpSocket *socket) {
            // SO_LINGER with a zero timeout: close() sends a reset instead of a FIN.
            const linger hard {1, 0};
            setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
            socket->abort();
        });
        const auto result = call(server.url(), appendToAnalystRole());
        QVERIFY(result.has_value());
        QCOMPARE(result->error().kind, ApiError::Kind::Network);
        QVERIFY(result->error().mayHaveReachedServer);
        QCOMPARE(server.requests.size(), 1);
    }

    void cutBody()
    {
        ScriptedHttpServer server(answer(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"roles\": {\"a\"",
            true));
        const auto result = call(server.url(), appendToAnalystRole());
        QVERIFY(result.has_value());
        QCOMPARE(result->error().kind, ApiError::Kind::InvalidResponse);
        QVERIFY(result->error().mayHaveReachedServer);
        QVERIFY2(result->error().userMessage().contains(QStringLiteral("cut off after 14 of the 5000 bytes")),
                 qPrintable(result->error().userMessage()));
    }

    void unparseableBody()
    {
        ScriptedHttpServer server(
            answer(ScriptedHttpServer::response(200, "OK", "application/json", "<!doctype html><p>login</p>")));
        const auto result = call(server.url(), appendToAnalystRole());
        QVERIFY(result.has_value());
        QCOMPARE(result->error().kind, ApiError::Kind::InvalidResponse);
        QVERIFY(result->error().mayHaveReachedServer); // ApiClient's parse failure: the server answered
    }

    void httpErrorMayHaveReachedServer()
    {
        ScriptedHttpServer server(answer(ScriptedHttpServer::response(
            409, "Conflict", "application/json", "{\"status\":\"CONFLICT\",\"message\":\"changed meanwhile\"}")));
        const auto result = call(server.url(), appendToAnalystRole());
        QVERIFY(result.has_value());
        QCOMPARE(result->error().kind, ApiError::Kind::Http);
        QVERIFY(result->error().mayHaveReachedServer);
        QCOMPARE(result->error().serverMessage, QStringLiteral("changed meanwhile"));
        // The server answered: no "may have applied" guess on top of its own message.
        QVERIFY(!result->error().userMessage().contains(QStringLiteral("may have applied")));
    }

    void refusedConnectionNeverReachedTheServer_data()
    {
        QTest::addColumn<bool>("write");
        QTest::newRow("PATCH (own connection)") << true;
        QTest::newRow("GET (QNetworkAccessManager)") << false;
    }

    void refusedConnectionNeverReachedTheServer()
    {
        QFETCH(bool, write);
        const auto result =
            call(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()), write ? appendToAnalystRole() : getRoles());
        QVERIFY(result.has_value());
        QCOMPARE(result->error().kind, ApiError::Kind::Network);
        QVERIFY(!result->error().mayHaveReachedServer);
        const QString text = result->error().userMessage();
        QVERIFY2(text.contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("cannot be reached")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("may have applied")), qPrintable(text));
    }

    void unknownHostNeverReachedTheServer_data() { refusedConnectionNeverReachedTheServer_data(); }

    void unknownHostNeverReachedTheServer()
    {
        QFETCH(bool, write);
        const auto result =
            call(QStringLiteral("http://secdesk-test-host.invalid:9200"), write ? appendToAnalystRole() : getRoles());
        QVERIFY(result.has_value());
        QCOMPARE(result->error().kind, ApiError::Kind::Network);
        QVERIFY(!result->error().mayHaveReachedServer);
    }

    void timeoutBeforeSendingNeverReachedTheServer_data() { refusedConnectionNeverReachedTheServer_data(); }

    void timeoutBeforeSendingNeverReachedTheServer()
    {
        // A TCP server that accepts and says nothing: the TLS handshake never completes, so no request goes out.
        QFETCH(bool, write);
        QTcpServer mute;
        QVERIFY(mute.listen(QHostAddress::LocalHost, 0));
        const auto result = call(QStringLiteral("https://127.0.0.1:%1").arg(mute.serverPort()),
                                 write ? appendToAnalystRole() : getRoles(), {}, 300);
        QVERIFY(result.has_value());
        QCOMPARE(result->error().kind, ApiError::Kind::Timeout);
        QVERIFY(!result->error().mayHaveReachedServer);
    }

    void timeoutAfterSendingOnTheReadPath()
    {
        ScriptedHttpServer server([](const auto &, QTcpSocket *) {});
        const auto result = call(server.url(), getRoles(), {}, 300);
        QVERIFY(result.has_value());
        QCOMPARE(result->error().kind, ApiError::Kind::Timeout);
        QVERIFY(result->error().mayHaveReachedServer);
    }

    void cancelledBeforeSending()
    {
        ScriptedHttpServer server(answerOk());
        ConnectionSettings settings;
        settings.baseUrl = QUrl(server.url());
        ApiCall *apiCall = ApiClient::create(settings, this).value()->send(appendToAnalystRole());
        const QPointer<ApiCall> alive(apiCall);
        std::optional<ApiResult> result;
        int count = 0;
        connect(apiCall, &ApiCall::finished, this, [&](const ApiResult &r) {
            result = r;
            ++count;
        });
        apiCall->cancel(); // before the event loop ran: not even connected
        QCOMPARE(count, 1);
        QTRY_VERIFY(alive.isNull()); // gone with its exchange: it can emit nothing more
        QCOMPARE(count, 1);
        QTest::qWait(50); // kept: no signal says a request did not reach the server; a sent one would have by now
        QVERIFY(server.requests.isEmpty());
        QCOMPARE(result->error().kind, ApiError::Kind::Cancelled);
        QVERIFY(!result->error().mayHaveReachedServer);
        QVERIFY(!result->error().userMessage().contains(QStringLiteral("may have applied")));
    }

    void cancelledAfterSending()
    {
        ScriptedHttpServer server([](const auto &, QTcpSocket *) {});
        ConnectionSettings settings;
        settings.baseUrl = QUrl(server.url());
        ApiCall *apiCall = ApiClient::create(settings, this).value()->send(appendToAnalystRole());
        std::optional<ApiResult> result;
        int count = 0;
        connect(apiCall, &ApiCall::finished, this, [&](const ApiResult &r) {
            result = r;
            ++count;
        });
        QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 1, 5000);
        apiCall->cancel();
        QTRY_COMPARE(count, 1);
        QCOMPARE(result->error().kind, ApiError::Kind::Cancelled);
        QVERIFY(result->error().mayHaveReachedServer);
        QVERIFY2(result->error().userMessage().contains(QStringLiteral("may have applied the change")),
                 qPrintable(result->error().userMessage()));
    }

    void abortFinishesOnceThenDeletes()
    {
        ScriptedHttpServer server([](const auto &, QTcpSocket *) {});
        TransportRequest request;
        request.method = "PUT";
        request.url = QUrl(server.url() + QStringLiteral("/x"));
        request.hasBody = true;
        request.body = "{}";
        QPointer<HttpExchange> exchange = new HttpExchange(request, {}, true, this);
        QList<TransportOutcome> outcomes;
        connect(exchange, &TransportReply::finished, this, [&outcomes](const TransportOutcome &o) { outcomes << o; });
        QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 1, 5000);
        exchange->abort();
        exchange->abort();
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().error().kind, ApiError::Kind::Cancelled);
        QVERIFY(outcomes.first().error().mayHaveReachedServer);
        QTRY_VERIFY(exchange.isNull());
        QCOMPARE(outcomes.size(), 1);
    }

    void httpsWithTrustedCa()
    {
        ScriptedHttpServer server(answerOk(), m_certificates->serverConfiguration(QStringLiteral("server")));
        ConnectionSettings settings;
        settings.caFile = m_certificates->path("ca.pem");
        const auto result = call(server.url(), appendToAnalystRole(), settings);
        QVERIFY(result.has_value());
        QVERIFY2(*result, qPrintable(messageOf(*result)));
        QVERIFY(!(*result)->peerCertificates.isEmpty());
        QCOMPARE((*result)->peerCertificates.first().issuer, QStringLiteral("SecDesk Test CA"));
        QCOMPARE(server.requests.first().body, appendPatch());
    }

    void httpsUntrustedIsRefusedBeforeSending()
    {
        ScriptedHttpServer server(answerOk(), m_certificates->serverConfiguration(QStringLiteral("server")));
        const auto result = call(server.url(), appendToAnalystRole());
        QVERIFY(result.has_value());
        const ApiError &error = result->error();
        QCOMPARE(error.kind, ApiError::Kind::Tls);
        QVERIFY(!error.mayHaveReachedServer);
        QVERIFY(!error.certificates.isEmpty());
        const CertificateInfo expected =
            CertificateInfo::from(QSslCertificate::fromPath(m_certificates->path("server.pem")).value(0));
        QCOMPARE(error.certificates.first().sha256, expected.sha256);
        const QString text = error.userMessage();
        QVERIFY2(text.contains(QStringLiteral("PATCH /_plugins/_security/api/roles")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("not signed by a trusted authority")), qPrintable(text));
        QVERIFY2(text.contains(expected.sha256), qPrintable(text));
        QVERIFY(server.requests.isEmpty());
    }

    void httpsHostNameIsChecked()
    {
        ScriptedHttpServer server(answerOk(), m_certificates->serverConfiguration(QStringLiteral("other")));
        ConnectionSettings settings;
        settings.caFile = m_certificates->path("ca.pem");
        const auto result = call(server.url(), appendToAnalystRole(), settings);
        QVERIFY(result.has_value());
        QCOMPARE(result->error().kind, ApiError::Kind::Tls);
        QVERIFY2(result->error().userMessage().contains(QStringLiteral("not for this host name")),
                 qPrintable(result->error().userMessage()));
        QVERIFY(server.requests.isEmpty());
    }

    void httpsVerificationOff()
    {
        ScriptedHttpServer server(answerOk(), m_certificates->serverConfiguration(QStringLiteral("other")));
        ConnectionSettings settings;
        settings.verifyTls = false;
        const auto result = call(server.url(), appendToAnalystRole(), settings);
        QVERIFY(result.has_value());
        QVERIFY2(*result, qPrintable(messageOf(*result)));
        QCOMPARE(server.requests.size(), 1);
    }

    void httpsClientCertificate()
    {
        ScriptedHttpServer server(answerOk(), m_certificates->serverConfiguration(QStringLiteral("server"), true));
        ConnectionSettings settings;
        settings.caFile = m_certificates->path("ca.pem");
        settings.clientCertificateFile = m_certificates->path("client.pem");
        settings.clientKeyFile = m_certificates->path("client-encrypted.key");
        settings.clientKeyPassphrase = QStringLiteral("open sesame");
        const auto result = call(server.url(), appendToAnalystRole(), settings);
        QVERIFY(result.has_value());
        QVERIFY2(*result, qPrintable(messageOf(*result)));
        QCOMPARE(server.peerCertificates.size(), 1);
        QCOMPARE(server.peerCertificates.first().subjectInfo(QSslCertificate::CommonName).value(0),
                 QStringLiteral("kirk"));
    }

    void httpsWithoutTheRequiredClientCertificate()
    {
        ScriptedHttpServer server(answerOk(), m_certificates->serverConfiguration(QStringLiteral("server"), true));
        ConnectionSettings settings;
        settings.caFile = m_certificates->path("ca.pem");
        const auto result = call(server.url(), appendToAnalystRole(), settings);
        QVERIFY(result.has_value());
        QVERIFY(!*result);
        QVERIFY(result->error().isConnectionFailure());
        QVERIFY(server.requests.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHttpExchange)
#include "TestHttpExchange.moc"
