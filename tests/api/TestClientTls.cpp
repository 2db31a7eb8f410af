#include <QtTest>

#include "app/api/ApiClient.h"
#include "tests/support/ApiCallSupport.h"
#include "tests/support/TestCertificates.h"

using namespace ApiCallSupport;

// TLS in the client: verification on by default, a custom CA, host-name checks, explicit opt-out, client certificates.
class TestClientTls : public QObject
{
    Q_OBJECT

private:
    TestCertificates *m_certificates = nullptr;

    std::optional<ApiResult> call(const QString &url, const ConnectionSettings &base = {})
    {
        ConnectionSettings settings = base;
        settings.baseUrl = QUrl(url);
        settings.timeoutMs = 10000;
        auto client = ApiClient::create(settings, this);
        if (!client)
            return ApiResult(client.error());
        return runCall((*client)->send(SecurityApi::health()));
    }

private slots:
    void initTestCase()
    {
        m_certificates = new TestCertificates;
        if (!m_certificates->error.isEmpty())
            QFAIL(qPrintable(m_certificates->error));
    }

    void cleanupTestCase() { delete m_certificates; }

    void untrustedCertificateIsRefusedWithItsFingerprint()
    {
        ScriptedHttpServer server(answerOk(), m_certificates->serverConfiguration(QStringLiteral("server")));
        const auto result = call(server.url());
        QVERIFY(result.has_value());
        QVERIFY(!*result);
        const ApiError &error = result->error();
        QCOMPARE(error.kind, ApiError::Kind::Tls);
        QVERIFY(error.isConnectionFailure());
        QVERIFY(!error.certificates.isEmpty());
        const QSslCertificate presented = QSslCertificate::fromPath(m_certificates->path("server.pem")).value(0);
        const CertificateInfo expected = CertificateInfo::from(presented);
        QCOMPARE(error.certificates.first().sha256, expected.sha256);
        QCOMPARE(expected.sha256.size(), 32 * 3 - 1); // "AB:CD:..." for 32 bytes
        const QString text = error.userMessage();
        QVERIFY2(text.contains(expected.sha256), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("SecDesk Test CA")), qPrintable(text)); // the issuer
        QVERIFY2(text.contains(QStringLiteral("not signed by a trusted authority")), qPrintable(text));
        QVERIFY(server.requests.isEmpty()); // nothing was sent, credentials included
    }

    void acceptedWithItsCa()
    {
        ScriptedHttpServer server(answerOk(), m_certificates->serverConfiguration(QStringLiteral("server")));
        ConnectionSettings settings;
        settings.caFile = m_certificates->path("ca.pem");
        const auto result = call(server.url(), settings);
        QVERIFY(result.has_value());
        QVERIFY2(*result, qPrintable(result->ok() ? QString() : result->error().userMessage()));
        QCOMPARE((*result)->json.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("OK"));
    }

    void hostNameMismatchIsRefused()
    {
        ScriptedHttpServer server(answerOk(), m_certificates->serverConfiguration(QStringLiteral("other")));
        ConnectionSettings settings;
        settings.caFile = m_certificates->path("ca.pem");
        const auto result = call(server.url(), settings);
        QVERIFY(result.has_value());
        QCOMPARE(result->error().kind, ApiError::Kind::Tls);
        QVERIFY2(result->error().userMessage().contains(QStringLiteral("not for this host name")),
                 qPrintable(result->error().userMessage()));
        QVERIFY(server.requests.isEmpty());
    }

    void verificationOffOnlyByChoice()
    {
        ScriptedHttpServer server(answerOk(), m_certificates->serverConfiguration(QStringLiteral("other")));
        ConnectionSettings settings;
        settings.verifyTls = false;
        const auto result = call(server.url(), settings);
        QVERIFY(result.has_value());
        QVERIFY2(*result, qPrintable(result->ok() ? QString() : result->error().userMessage()));
    }

    void clientCertificateIsPresented()
    {
        ScriptedHttpServer server(answerOk(), m_certificates->serverConfiguration(QStringLiteral("server"), true));
        ConnectionSettings settings;
        settings.caFile = m_certificates->path("ca.pem");
        settings.clientCertificateFile = m_certificates->path("client.pem");
        settings.clientKeyFile = m_certificates->path("client-encrypted.key");
        settings.clientKeyPassphrase = QStringLiteral("open sesame");
        const auto result = call(server.url(), settings);
        QVERIFY(result.has_value());
        QVERIFY2(*result, qPrintable(result->ok() ? QString() : result->error().userMessage()));
        QCOMPARE(server.peerCertificates.size(), 1);
        QCOMPARE(server.peerCertificates.first().subjectInfo(QSslCertificate::CommonName).value(0),
                 QStringLiteral("kirk"));
    }

    void wrongPassphraseIsASetupError()
    {
        ConnectionSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:1"));
        settings.clientCertificateFile = m_certificates->path("client.pem");
        settings.clientKeyFile = m_certificates->path("client-encrypted.key");
        settings.clientKeyPassphrase = QStringLiteral("hunter2-not-it");
        const auto client = ApiClient::create(settings, this);
        QVERIFY(!client);
        QCOMPARE(client.error().kind, ApiError::Kind::Setup);
        QVERIFY(client.error().userMessage().contains(QStringLiteral("passphrase")));
        QVERIFY(!client.error().userMessage().contains(QStringLiteral("hunter2"))); // never echo a secret
    }

    void serverRequiringAClientCertificateRefusesWithoutOne()
    {
        ScriptedHttpServer server(answerOk(), m_certificates->serverConfiguration(QStringLiteral("server"), true));
        ConnectionSettings settings;
        settings.caFile = m_certificates->path("ca.pem");
        const auto result = call(server.url(), settings);
        QVERIFY(result.has_value());
        QVERIFY(!*result); // VerifyPeer on the server: no client certificate, no connection
        QVERIFY(result->error().isConnectionFailure());
    }
};

QTEST_GUILESS_MAIN(TestClientTls)
#include "TestClientTls.moc"
