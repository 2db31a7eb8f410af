#include <zlib.h>

#include <QPointer>
#include <QtTest>

#include "app/api/ApiClient.h"
#include "app/json/Json.h"
#include "tests/support/ApiCallSupport.h"

namespace {

using namespace ApiCallSupport;

QByteArray gzip(const QByteArray &data)
{
    z_stream stream {};
    deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

} // namespace

// The real network transport over loopback against servers that misbehave: every fault ends the call exactly once
// with a clear error, never a crash or a hang.
class TestNetworkFaults : public QObject
{
    Q_OBJECT

private slots:
    void connectionRefused()
    {
        quint16 port;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        } // closed: nothing listens there now
        QObject owner;
        const auto result = runCall(adminClient(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), &owner)
                                        ->send(SecurityApi::clusterInfo()));
        QVERIFY(result.has_value());
        QVERIFY(!*result);
        QCOMPARE(result->error().kind, ApiError::Kind::Network);
        QVERIFY(result->error().isConnectionFailure());
        QVERIFY2(result->error().userMessage().contains(QStringLiteral("refused"), Qt::CaseInsensitive),
                 qPrintable(result->error().userMessage()));
    }

    void serverThatNeverAnswersTimesOut()
    {
        ScriptedHttpServer server([](const auto &, QTcpSocket *) { /* silence */ });
        QObject owner;
        const auto result = runCall(adminClient(QUrl(server.url()), &owner, 300)->send(SecurityApi::authInfo()));
        QVERIFY(result.has_value());
        QCOMPARE(result->error().kind, ApiError::Kind::Timeout);
        QVERIFY(result->error().isConnectionFailure());
        QVERIFY2(result->error().userMessage().contains(QStringLiteral("timed out")),
                 qPrintable(result->error().userMessage()));
    }

    void bodyCutOffInTheMiddle()
    {
        ScriptedHttpServer server([](const auto &, QTcpSocket *socket) {
            socket->write(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"roles\": {\"a\"");
            socket->flush();
            socket->disconnectFromHost();
        });
        QObject owner;
        const auto result =
            runCall(adminClient(QUrl(server.url()), &owner)->send(SecurityApi::getConfig(ConfigType::Roles)));
        QVERIFY(result.has_value());
        QVERIFY(!*result);
        QVERIFY2(result->error().kind == ApiError::Kind::InvalidResponse
                     || result->error().kind == ApiError::Kind::Network,
                 qPrintable(result->error().userMessage()));
        QVERIFY(result->error().userMessage().contains(QStringLiteral("GET /_plugins/_security/api/roles")));
    }

    void htmlErrorPageFromAProxy()
    {
        ScriptedHttpServer server([](const auto &, QTcpSocket *socket) {
            socket->write(ScriptedHttpServer::response(
                502, "Bad Gateway", "text/html",
                "<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>"));
        });
        QObject owner;
        const auto result =
            runCall(adminClient(QUrl(server.url()), &owner)->send(SecurityApi::getConfig(ConfigType::Tenants)));
        QVERIFY(result.has_value());
        QCOMPARE(result->error().kind, ApiError::Kind::Http);
        QCOMPARE(result->error().httpStatus, 502);
        QVERIFY2(result->error().userMessage().contains(QStringLiteral("502 Bad Gateway")),
                 qPrintable(result->error().userMessage()));
    }

    void clientErrorStatusesAreHttpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("reason");
        for (int status : {400, 401, 403, 404, 405, 406, 409, 500, 501, 503})
            QTest::newRow(qPrintable(QString::number(status))) << status << QByteArray("Status");
    }

    void clientErrorStatusesAreHttpErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, reason);
        ScriptedHttpServer server([status, reason](const auto &, QTcpSocket *socket) {
            socket->write(ScriptedHttpServer::response(status, reason, "application/json",
                                                       "{\"status\":\"X\",\"message\":\"told by the server\"}"));
        });
        QObject owner;
        const auto result = runCall(adminClient(QUrl(server.url()), &owner)->send(SecurityApi::versions()));
        QVERIFY(result.has_value());
        QCOMPARE(result->error().kind, ApiError::Kind::Http);
        QCOMPARE(result->error().httpStatus, status);
        QCOMPARE(result->error().serverMessage, QStringLiteral("told by the server"));
        QCOMPARE(result->error().isConnectionFailure(), status == 401);
    }

    void okWithInvalidJson()
    {
        ScriptedHttpServer server([](const auto &, QTcpSocket *socket) {
            socket->write(ScriptedHttpServer::response(200, "OK", "application/json", "<!doctype html><p>login</p>"));
        });
        QObject owner;
        const auto result = runCall(adminClient(QUrl(server.url()), &owner)->send(SecurityApi::versions()));
        QVERIFY(result.has_value());
        QCOMPARE(result->error().kind, ApiError::Kind::InvalidResponse);
        QVERIFY2(result->error().userMessage().contains(QStringLiteral("HTML")),
                 qPrintable(result->error().userMessage()));
    }

    void fiftyMegabyteResponse()
    {
        QByteArray body = "{\"roles\": {";
        const QByteArray padding(900, 'x');
        int i = 0;
        while (body.size() < 50 * 1024 * 1024) {
            if (i)
                body += ',';
            body += "\"role" + QByteArray::number(i++) + "\": {\"description\": \"" + padding + "\"}";
        }
        body += "}}";
        ScriptedHttpServer server([body](const auto &, QTcpSocket *socket) {
            socket->write(ScriptedHttpServer::response(200, "OK", "application/json", body));
        });
        QObject owner;
        qint64 lastProgress = 0;
        ApiCall *call = adminClient(QUrl(server.url()), &owner)->send(SecurityApi::getConfig(ConfigType::Roles));
        connect(call, &ApiCall::progressed, this,
                [&lastProgress](qint64 received, qint64) { lastProgress = received; });
        const auto result = runCall(call);
        QVERIFY(result.has_value());
        QVERIFY2(*result, qPrintable(result->ok() ? QString() : result->error().userMessage()));
        QCOMPARE((*result)->json.toObject().value(QStringLiteral("roles")).toObject().size(), i);
        QCOMPARE(lastProgress, body.size());
    }

    void gzipBodies()
    {
        const QByteArray json = "{\"status\":\"UP\",\"mode\":\"strict\",\"message\":null}";
        ScriptedHttpServer server([json](const auto &, QTcpSocket *socket) {
            socket->write(
                ScriptedHttpServer::response(200, "OK", "application/json", gzip(json), "Content-Encoding: gzip\r\n"));
        });
        QObject owner;
        const auto result = runCall(adminClient(QUrl(server.url()), &owner)->send(SecurityApi::health()));
        QVERIFY(result.has_value() && *result);
        QCOMPARE((*result)->json.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("UP"));
        QVERIFY(server.requests.first().header("Accept-Encoding").contains("gzip"));
    }

    void noCredentialsToAnotherOrigin()
    {
        ScriptedHttpServer elsewhere([](const auto &, QTcpSocket *socket) {
            socket->write(ScriptedHttpServer::response(200, "OK", "application/json", "{}"));
        });
        const QByteArray target = elsewhere.url().toUtf8() + "/_plugins/_security/authinfo";
        ScriptedHttpServer server([target](const auto &, QTcpSocket *socket) {
            socket->write(ScriptedHttpServer::response(302, "Found", "text/plain", "", "Location: " + target + "\r\n"));
        });
        QObject owner;
        const auto result = runCall(adminClient(QUrl(server.url()), &owner)->send(SecurityApi::authInfo()));
        QVERIFY(result.has_value());
        QVERIFY(!*result);
        QVERIFY(elsewhere.requests.isEmpty()); // never followed, so the credentials never left the origin
        QCOMPARE(server.requests.first().header("Authorization"), QByteArray("Basic YWRtaW46YWRtaW4="));
    }

    void cancelWhileWaiting()
    {
        ScriptedHttpServer server([](const auto &, QTcpSocket *) {});
        QObject owner;
        ApiCall *call = adminClient(QUrl(server.url()), &owner)->send(SecurityApi::versions());
        QTimer::singleShot(50, call, &ApiCall::cancel);
        const auto result = runCall(call);
        QVERIFY(result.has_value());
        QCOMPARE(result->error().kind, ApiError::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestNetworkFaults)
#include "TestNetworkFaults.moc"
