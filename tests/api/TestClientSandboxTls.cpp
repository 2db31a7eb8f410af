#include <QtTest>

#include "app/api/ApiClient.h"
#include "app/api/ConfigFetch.h"
#include "app/api/ResponseParsers.h"
#include "tests/sandbox/SandboxTestSupport.h"
#include "tests/support/TestCertificates.h"

// The real client against the sandbox over loopback HTTPS: verification, and a client certificate on the admin DN
// list acting as the super admin.
class TestClientSandboxTls : public QObject
{
    Q_OBJECT

private:
    TestCertificates *m_certificates = nullptr;
    std::unique_ptr<Sandbox> m_sandbox;

    ApiResult call(ApiClient *client, const ApiRequest &request)
    {
        std::optional<ApiResult> result;
        connect(client->send(request), &ApiCall::finished, this, [&result](const ApiResult &r) { result = r; });
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 20000);
        return result.value_or(ApiResult(ApiError::network(QString(), QString(), QStringLiteral("no result"))));
    }

    ConnectionSettings settings(bool withCa) const
    {
        ConnectionSettings settings;
        settings.baseUrl = m_sandbox->url();
        if (withCa)
            settings.caFile = m_certificates->path("ca.pem");
        return settings;
    }

private slots:
    void initTestCase()
    {
        m_certificates = new TestCertificates;
        if (!m_certificates->error.isEmpty())
            QFAIL(qPrintable(m_certificates->error));
        SandboxOptions options = SandboxTest::fastOptions();
        options.tls = true;
        options.certFile = m_certificates->path("server.pem");
        options.keyFile = m_certificates->path("server.key");
        options.clientCaFile = m_certificates->path("ca.pem");
        m_sandbox = std::make_unique<Sandbox>(options);
        const auto url = m_sandbox->start();
        QVERIFY2(url.ok(), url.ok() ? "" : qPrintable(url.error().message));
        QCOMPARE(url->scheme(), QStringLiteral("https"));
    }

    void cleanupTestCase()
    {
        m_sandbox.reset();
        delete m_certificates;
    }

    void untrustedByDefault()
    {
        ApiClient *client = ApiClient::create(settings(false), this).value();
        const ApiResult result = call(client, SecurityApi::health());
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ApiError::Kind::Tls);
        const QString expected =
            CertificateInfo::from(QSslCertificate::fromPath(m_certificates->path("server.pem")).value(0)).sha256;
        QVERIFY2(result.error().userMessage().contains(expected), qPrintable(result.error().userMessage()));
    }

    void basicAuthOverHttps()
    {
        ConnectionSettings s = settings(true);
        s.userName = QStringLiteral("admin");
        s.password = QStringLiteral("admin");
        ApiClient *client = ApiClient::create(s, this).value();
        const ApiResult info = call(client, SecurityApi::authInfo());
        QVERIFY2(info, info ? "" : qPrintable(info.error().userMessage()));
        QCOMPARE(ResponseParsers::authInfo(info->json)->userName, QStringLiteral("admin"));
        const ApiResult nodes = call(client, SecurityApi::getConfig(ConfigType::NodesDn));
        QVERIFY(!nodes);
        QCOMPARE(nodes.error().httpStatus, 403); // not an admin without the certificate
    }

    void adminCertificateIsTheSuperAdmin()
    {
        ConnectionSettings s = settings(true);
        s.clientCertificateFile = m_certificates->path("client.pem");
        s.clientKeyFile = m_certificates->path("client-encrypted.key");
        s.clientKeyPassphrase = QStringLiteral("open sesame");
        ApiClient *client = ApiClient::create(s, this).value();
        const ApiResult nodes = call(client, SecurityApi::getConfig(ConfigType::NodesDn));
        QVERIFY2(nodes, nodes ? "" : qPrintable(nodes.error().userMessage()));

        std::optional<FetchResult> fetched;
        auto *fetch = new ConfigFetch(client);
        connect(fetch, &ConfigFetch::finished, this, [&fetched](const FetchResult &r) { fetched = r; });
        fetch->start();
        QTRY_VERIFY_WITH_TIMEOUT(fetched.has_value(), 20000);
        QVERIFY2(*fetched, fetched->ok() ? "" : qPrintable(fetched->error().userMessage()));
        QVERIFY2((*fetched)->unavailable.isEmpty(), qPrintable((*fetched)->unavailable.values().join(u"; ")));
        QCOMPARE((*fetched)->document.size(), 9);
    }
};

QTEST_GUILESS_MAIN(TestClientSandboxTls)
#include "TestClientSandboxTls.moc"
