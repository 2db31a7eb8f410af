#include <QTcpServer>
#include <QtTest>

#include "app/api/ApiClient.h"
#include "app/store/ConnectionTest.h"
#include "tests/sandbox/SandboxTestSupport.h"
#include "tests/support/TestCertificates.h"

using namespace Qt::StringLiterals;

// The peer certificate chain of successful HTTPS replies, and ConnectionTest (authinfo + GET /) against the
// sandbox over HTTPS and HTTP: identity, cluster, certificate, failures and cancel.
class TestPeerCertificates : public QObject
{
    Q_OBJECT

private:
    TestCertificates *m_certificates = nullptr;
    std::unique_ptr<Sandbox> m_tls;
    std::unique_ptr<Sandbox> m_plain;

    ConnectionSettings tlsSettings() const
    {
        ConnectionSettings settings;
        settings.baseUrl = m_tls->url();
        settings.caFile = m_certificates->path("ca.pem");
        settings.userName = u"admin"_s;
        settings.password = u"admin"_s;
        return settings;
    }

    static ConnectionTestResult runTest(ConnectionTest &test, const ConnectionSettings &settings)
    {
        std::optional<ConnectionTestResult> result;
        QObject context;
        connect(&test, &ConnectionTest::finished, &context, [&result](const ConnectionTestResult &r) { result = r; });
        test.start(settings);
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return ApiError::network(QString(), QString(), u"no result"_s);
        return *result;
    }

    QString serverFingerprint() const
    {
        return CertificateInfo::from(QSslCertificate::fromPath(m_certificates->path("server.pem")).value(0)).sha256;
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
        m_tls = std::make_unique<Sandbox>(options);
        QVERIFY(m_tls->start().ok());
        m_plain = std::make_unique<Sandbox>(SandboxTest::fastOptions());
        QVERIFY(m_plain->start().ok());
    }

    void cleanupTestCase()
    {
        m_tls.reset();
        m_plain.reset();
        delete m_certificates;
    }

    void successfulHttpsReplyCarriesTheChain()
    {
        ApiClient *client = ApiClient::create(tlsSettings(), this).value();
        std::optional<ApiResult> result;
        connect(client->send(SecurityApi::authInfo()), &ApiCall::finished, this,
                [&result](const ApiResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY2(*result, result->ok() ? "" : qPrintable(result->error().userMessage()));
        const QList<CertificateInfo> &chain = (*result)->peerCertificates;
        QVERIFY(!chain.isEmpty());
        QCOMPARE(chain.first().sha256, serverFingerprint());
        QVERIFY2(chain.first().subject.contains(u"127.0.0.1"_s), qPrintable(chain.first().subject));
        QVERIFY2(chain.first().issuer.contains(u"SecDesk Test CA"_s), qPrintable(chain.first().issuer));
        QVERIFY(chain.first().notBefore < QDateTime::currentDateTimeUtc());
        QVERIFY(chain.first().notAfter > QDateTime::currentDateTimeUtc());
        delete client;
    }

    void plainHttpHasNoChain()
    {
        ConnectionSettings settings;
        settings.baseUrl = m_plain->url();
        settings.userName = u"admin"_s;
        settings.password = u"admin"_s;
        ApiClient *client = ApiClient::create(settings, this).value();
        std::optional<ApiResult> result;
        connect(client->send(SecurityApi::authInfo()), &ApiCall::finished, this,
                [&result](const ApiResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY(*result);
        QVERIFY((*result)->peerCertificates.isEmpty());
        delete client;
    }

    void connectionTestReportsIdentityClusterAndCertificate()
    {
        ConnectionTest test;
        const ConnectionTestResult result = runTest(test, tlsSettings());
        QVERIFY2(result, result ? "" : qPrintable(result.error().userMessage()));
        QCOMPARE(result->identity.userName, u"admin"_s);
        QVERIFY(result->identity.roles.contains(u"all_access"_s));
        QVERIFY(result->cluster.has_value());
        QVERIFY(!result->cluster->clusterName.isEmpty());
        QVERIFY(!result->cluster->versionText.isEmpty());
        QCOMPARE(result->cluster->distribution, u"opensearch"_s);
        QVERIFY(!result->peerCertificates.isEmpty());
        QCOMPARE(result->peerCertificates.first().sha256, serverFingerprint());
        QVERIFY(!test.isRunning());
    }

    void connectionTestFailures()
    {
        ConnectionTest test;
        ConnectionSettings wrongPassword = tlsSettings();
        wrongPassword.password = u"wrong"_s;
        ConnectionTestResult result = runTest(test, wrongPassword);
        QVERIFY(!result);
        QVERIFY(result.error().isAuthenticationFailure());

        ConnectionSettings untrusted = tlsSettings();
        untrusted.caFile.clear();
        result = runTest(test, untrusted);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ApiError::Kind::Tls);
        QVERIFY(!result.error().certificates.isEmpty());

        ConnectionSettings badCa = tlsSettings();
        badCa.caFile = u"/nonexistent/ca.pem"_s;
        result = runTest(test, badCa);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ApiError::Kind::Setup);

        quint16 port;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        ConnectionSettings nowhere;
        nowhere.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
        result = runTest(test, nowhere);
        QVERIFY(!result);
        QVERIFY(result.error().isConnectionFailure());
    }

    void cancelReportsOnce()
    {
        ConnectionTest test;
        QList<ConnectionTestResult> results;
        connect(&test, &ConnectionTest::finished, this, [&results](const ConnectionTestResult &r) { results << r; });
        test.start(tlsSettings());
        QVERIFY(test.isRunning());
        test.cancel();
        QCOMPARE(results.size(), 1);
        QVERIFY(!results.first());
        QCOMPARE(results.first().error().kind, ApiError::Kind::Cancelled);
        // Its client (with the cancelled call) deletes itself: then nothing is left that could report again.
        QTRY_VERIFY(test.findChildren<ApiClient *>().isEmpty());
        QCOMPARE(results.size(), 1);
        QVERIFY(!test.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestPeerCertificates)
#include "TestPeerCertificates.moc"
