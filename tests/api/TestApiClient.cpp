#include <QPointer>
#include <QSignalSpy>
#include <QtTest>

#include "app/api/AdminResponses.h"
#include "app/api/ApiClient.h"
#include "app/json/Json.h"
#include "tests/support/FakeTransport.h"

Q_DECLARE_METATYPE(ApiResult)

namespace {

struct Fixture
{
    FakeTransport *transport = new FakeTransport;
    ApiClient client;

    explicit Fixture(const QString &url = QStringLiteral("https://cluster.example:9200"))
        : client(settings(url), transport)
    { }

    static ConnectionSettings settings(const QString &url)
    {
        ConnectionSettings settings;
        settings.baseUrl = QUrl(url);
        settings.userName = QStringLiteral("admin");
        settings.password = QStringLiteral("s3cr\u00e9t:x");
        return settings;
    }
};

// Runs the call to completion and returns every result it emitted: until it deleted itself (after finished()), so
// a second emission would be among them; empty when it did not go within 10 s.
QList<ApiResult> run(ApiCall *call)
{
    QList<ApiResult> results;
    const QPointer<ApiCall> alive(call);
    QObject::connect(call, &ApiCall::finished, call, [&results](const ApiResult &result) { results.append(result); });
    if (!QTest::qWaitFor([&] { return alive.isNull(); }, 10000))
        return {};
    return results;
}

// Runs `call` and checks that it finished exactly once.
#define RUN_CALL(results, call)                                                                                        \
    const QList<ApiResult> results = run(call);                                                                        \
    QCOMPARE(results.size(), 1)

} // namespace

// ApiClient and ApiCall over a fake transport: requests as sent, results exactly once, cancellation, parsing.
class TestApiClient : public QObject
{
    Q_OBJECT

private slots:
    void requestAsSent()
    {
        Fixture f(QStringLiteral("https://cluster.example:9200/proxy/"));
        f.transport->respond("GET", QStringLiteral("/proxy/_plugins/_security/api/_upgrade_check"), 200,
                             "{\"status\":\"OK\",\"upgradeAvailable\":false}");
        RUN_CALL(results, f.client.send(SecurityApi::upgradeCheck({QStringLiteral("roles")},
                                                                  {QStringLiteral("a b"), QStringLiteral("c")})));
        QVERIFY(results.first());
        QCOMPARE(f.transport->requests.size(), 1);
        const TransportRequest &request = f.transport->requests.first();
        QCOMPARE(request.url.path(), QStringLiteral("/proxy/_plugins/_security/api/_upgrade_check"));
        QCOMPARE(QUrlQuery(request.url).queryItemValue(QStringLiteral("configs")), QStringLiteral("roles"));
        QCOMPARE(QUrlQuery(request.url).queryItemValue(QStringLiteral("entities"), QUrl::FullyDecoded),
                 QStringLiteral("a b,c"));
        QVERIFY(!request.hasBody);
        QByteArray authorization, contentType;
        for (const auto &[name, value] : request.headers) {
            if (name == "Authorization")
                authorization = value;
            if (name == "Content-Type")
                contentType = value;
        }
        QCOMPARE(authorization, "Basic " + QStringLiteral("admin:s3cr\u00e9t:x").toUtf8().toBase64());
        QVERIFY(contentType.isEmpty());
        QCOMPARE(request.timeoutMs, ConnectionSettings::DefaultTimeoutMs);
    }

    void bodiesAreJson()
    {
        Fixture f;
        f.transport->respond("PUT", QStringLiteral("/_plugins/_security/api/roles/r%201%2Fx"), 201,
                             "{\"status\":\"CREATED\",\"message\":\"'r 1/x' created.\"}");
        RUN_CALL(results, f.client.send(SecurityApi::putEntity(ConfigType::Roles, QStringLiteral("r 1/x"),
                                                               QJsonObject {{QStringLiteral("a"), 1}})));
        QVERIFY(results.first());
        QCOMPARE(results.first()->status, 201);
        const TransportRequest &request = f.transport->requests.first();
        QVERIFY(request.hasBody);
        QCOMPARE(request.body, QByteArray("{\"a\":1}"));
        bool json = false;
        for (const auto &[name, value] : request.headers)
            json = json || (name == "Content-Type" && value == "application/json");
        QVERIFY(json);
    }

    void httpErrorsAreParsed()
    {
        Fixture f;
        f.transport->respond("DELETE", QStringLiteral("/_plugins/_security/api/internalusers/admin"), 403,
                             "{\"status\":\"FORBIDDEN\",\"message\":\"Resource 'admin' is reserved.\"}");
        RUN_CALL(results, f.client.send(SecurityApi::deleteEntity(ConfigType::InternalUsers, QStringLiteral("admin"))));
        QVERIFY(!results.first());
        const ApiError &error = results.first().error();
        QCOMPARE(error.kind, ApiError::Kind::Http);
        QCOMPARE(error.httpStatus, 403);
        QCOMPARE(error.serverMessage, QStringLiteral("Resource 'admin' is reserved."));
        QCOMPARE(error.method, QStringLiteral("DELETE"));
    }

    void invalidJsonIsNamed()
    {
        Fixture f;
        f.transport->respond("GET", QStringLiteral("/_plugins/_security/api/roles"), 200, "{\"r1\": {\"x\": ");
        RUN_CALL(results, f.client.send(SecurityApi::getConfig(ConfigType::Roles)));
        QVERIFY(!results.first());
        QCOMPARE(results.first().error().kind, ApiError::Kind::InvalidResponse);
        const QString text = results.first().error().userMessage();
        QVERIFY2(text.contains(QStringLiteral("GET /_plugins/_security/api/roles")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("not valid JSON")), qPrintable(text));
    }

    void largeBodiesParseOffThreadToTheSameResult()
    {
        Fixture f;
        QJsonObject roles;
        for (int i = 0; i < 20000; ++i)
            roles.insert(QStringLiteral("role%1").arg(i),
                         QJsonObject {{QStringLiteral("description"), QStringLiteral("d%1").arg(i)}});
        const QByteArray body = Json::serialize(roles);
        QVERIFY(body.size() > 256 * 1024);
        f.transport->respond("GET", QStringLiteral("/_plugins/_security/api/roles"), 200, body);
        RUN_CALL(results, f.client.send(SecurityApi::getConfig(ConfigType::Roles)));
        QVERIFY(results.first());
        QVERIFY(Json::equals(results.first()->json, roles));
    }

    void emptyBodyIsNull()
    {
        Fixture f;
        f.transport->respond("GET", QStringLiteral("/_plugins/_security/health"), 200, "  ");
        RUN_CALL(results, f.client.send(SecurityApi::health()));
        QVERIFY(results.first());
        QVERIFY(results.first()->json.isNull());
    }

    void cancelFinishesOnceAndDeletes()
    {
        Fixture f;
        f.transport->hang("GET", QStringLiteral("/_plugins/_security/api/versions"));
        ApiCall *call = f.client.send(SecurityApi::versions());
        QPointer<ApiCall> guard(call);
        QList<ApiResult> results;
        connect(call, &ApiCall::finished, this, [&results](const ApiResult &result) { results.append(result); });
        QTest::qWait(20); // kept: a hung call has no signal for "still running"; this shows it does not finish alone
        QVERIFY(results.isEmpty());
        call->cancel();
        QTRY_COMPARE(results.size(), 1);
        QCOMPARE(results.first().error().kind, ApiError::Kind::Cancelled);
        QTRY_VERIFY(guard.isNull()); // deleted itself
        QCOMPARE(results.size(), 1);
    }

    void cancelAfterFinishIsIgnored()
    {
        Fixture f;
        f.transport->respond("GET", QStringLiteral("/"), 200, "{\"version\":{\"number\":\"3.3.0\"}}");
        ApiCall *call = f.client.send(SecurityApi::clusterInfo());
        QList<ApiResult> results;
        connect(call, &ApiCall::finished, this, [&results, call](const ApiResult &result) {
            results.append(result);
            call->cancel(); // from inside the handler: must not emit again
        });
        QPointer<ApiCall> guard(call);
        QTRY_COMPARE(results.size(), 1);
        QTRY_VERIFY(guard.isNull()); // deleted itself: a second emission can no longer come
        QCOMPARE(results.size(), 1);
        QVERIFY(results.first());
    }

    void transportErrorsPassThrough()
    {
        Fixture f;
        f.transport->fail(
            "GET", QStringLiteral("/"),
            ApiError::network(QStringLiteral("GET"), QStringLiteral("/"), QStringLiteral("Connection refused")));
        RUN_CALL(results, f.client.send(SecurityApi::clusterInfo()));
        QVERIFY(!results.first());
        QVERIFY(results.first().error().isConnectionFailure());
        QVERIFY(results.first().error().userMessage().contains(QStringLiteral("Connection refused")));
    }

    void badSettingsAreRefusedUpFront()
    {
        ConnectionSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("cluster:9200"));
        auto client = ApiClient::create(settings);
        QVERIFY(!client);
        QCOMPARE(client.error().kind, ApiError::Kind::Setup);

        settings.baseUrl = QUrl(QStringLiteral("https://localhost:9200"));
        settings.caFile = QStringLiteral("/nonexistent/ca.pem");
        client = ApiClient::create(settings);
        QVERIFY(!client);
        QVERIFY(client.error().userMessage().contains(QStringLiteral("/nonexistent/ca.pem")));

        settings.caFile.clear();
        settings.clientCertificateFile = QStringLiteral("/nonexistent/cert.pem");
        client = ApiClient::create(settings);
        QVERIFY(!client);
        QVERIFY(client.error().userMessage().contains(QStringLiteral("key file")));
    }

    // The plugin's other APIs through the client: a proxy's HTML page, the error shapes those endpoints use, and a
    // password change whose body never shows in the request's text.
    void otherApisOddBodies()
    {
        Fixture f;
        const QString certificates = QStringLiteral("/_plugins/_security/api/certificates");
        f.transport->respond("GET", certificates, 200, "<html><body><h1>Welcome to nginx</h1></body></html>");
        RUN_CALL(page, f.client.send(SecurityApi::certificates()));
        QVERIFY(!page.first());
        QCOMPARE(page.first().error().kind, ApiError::Kind::InvalidResponse);
        QVERIFY(page.first().error().userMessage().contains(certificates));

        f.transport->respond("GET", QStringLiteral("/_plugins/_security/api/tenancy/config"), 502,
                             "<html><body>Bad Gateway</body></html>");
        RUN_CALL(gateway, f.client.send(SecurityApi::tenancyConfig()));
        QCOMPARE(gateway.first().error().httpStatus, 502);
        QVERIFY(gateway.first().error().serverMessage.contains(QStringLiteral("Bad Gateway")));

        f.transport->respond("POST", QStringLiteral("/_plugins/_security/api/apitokens"), 400,
                             "{\"error\":\"Token name is required.\"}");
        RUN_CALL(shapeD, f.client.send(SecurityApi::createApiToken(QJsonObject())));
        QCOMPARE(shapeD.first().error().serverMessage, QStringLiteral("Token name is required."));

        // A 200 of the wrong shape reaches the reader, which names the endpoint.
        f.transport->respond("GET", QStringLiteral("/_plugins/_security/api/authfailurelisteners"), 200,
                             "[\"not\", \"a\", \"map\"]");
        RUN_CALL(array, f.client.send(SecurityApi::authFailureListeners()));
        const auto listeners = AdminParsers::authFailureListeners(array.first()->json);
        QVERIFY(!listeners);
        QVERIFY(listeners.error().message.contains(QStringLiteral("authfailurelisteners")));

        const ApiRequest change = SecurityApi::changeOwnPassword(QStringLiteral("old-pw"), QStringLiteral("new-pw"));
        QCOMPARE(change.method, QByteArray("PUT"));
        QCOMPARE(change.path, QStringLiteral("/_plugins/_security/api/account"));
        QVERIFY(!change.displayText().contains(QStringLiteral("pw")));
        QCOMPARE(change.body->toObject().value(QStringLiteral("current_password")).toString(),
                 QStringLiteral("old-pw"));
        QCOMPARE(SecurityApi::flushUserCache(QStringLiteral("a/b")).path,
                 QStringLiteral("/_plugins/_security/api/cache/user/a%2Fb"));
        QCOMPARE(SecurityApi::certificates(QStringLiteral("http"), QStringLiteral("n 1")).displayText(),
                 QStringLiteral("GET /_plugins/_security/api/certificates/n%201?cert_type=http"));
        QCOMPARE(SecurityApi::sslInfo(true).displayText(),
                 QStringLiteral("GET /_opendistro/_security/sslinfo?show_dn=true"));
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "TestApiClient.moc"
