// HTTPS with a given certificate and client-certificate authentication (docs/api/security-api.md §2.1, §2.2, §10.2):
// the CA, server and client certificates are made at test time with the openssl command; no key is ever committed.

#include <QProcess>
#include <QSslKey>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/sandbox/SandboxTestSupport.h"

using namespace Qt::StringLiterals;
using SandboxTest::Client;

class TestSandboxTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void requests_data();
    void requests();
    void adminCertificateIsSuperAdmin();
    void certificatesReportTheServerCertificate();
    void sslInfoOverTls();
    void reloadCertificates();

private:
    bool openssl(const QStringList &arguments);
    bool makeCertificate(const QString &name, const QString &subject, const QString &ca, bool server);
    QSslConfiguration clientConfiguration(const QString &certificate) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Sandbox> m_sandbox;
};

bool TestSandboxTls::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(u"openssl"_s, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning("openssl %s: %s", qPrintable(arguments.join(u' ')), process.readAllStandardError().constData());
        return false;
    }
    return true;
}

// <name>.key and <name>.pem, signed by <ca> (or self-signed when ca is empty).
bool TestSandboxTls::makeCertificate(const QString &name, const QString &subject, const QString &ca, bool server)
{
    if (!openssl({u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, name + u".key"_s, u"-out"_s,
                  name + u".csr"_s, u"-subj"_s, subject}))
        return false;
    QFile extensions(m_dir.filePath(name + u".ext"_s));
    if (!extensions.open(QIODevice::WriteOnly))
        return false;
    extensions.write(server ? "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n"
                            : (ca.isEmpty() ? "basicConstraints=critical,CA:TRUE\nkeyUsage=keyCertSign,cRLSign\n"
                                            : "extendedKeyUsage=clientAuth\n"));
    extensions.close();
    QStringList sign = {u"x509"_s,        u"-req"_s,  u"-in"_s, name + u".csr"_s, u"-out"_s,
                        name + u".pem"_s, u"-days"_s, u"2"_s,   u"-extfile"_s,    name + u".ext"_s};
    if (ca.isEmpty())
        sign += {u"-signkey"_s, name + u".key"_s};
    else
        sign += {u"-CA"_s, ca + u".pem"_s, u"-CAkey"_s, ca + u".key"_s, u"-CAcreateserial"_s};
    return openssl(sign);
}

QSslConfiguration TestSandboxTls::clientConfiguration(const QString &certificate) const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromPath(m_dir.filePath(u"ca.pem"_s)));
    if (!certificate.isEmpty()) {
        configuration.setLocalCertificate(QSslCertificate::fromPath(m_dir.filePath(certificate + u".pem"_s)).value(0));
        QFile key(m_dir.filePath(certificate + u".key"_s));
        if (key.open(QIODevice::ReadOnly))
            configuration.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa));
    }
    return configuration;
}

void TestSandboxTls::initTestCase()
{
    if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty())
        QSKIP("the openssl command is needed to make the test certificates");
    QVERIFY(m_dir.isValid());
    QVERIFY(makeCertificate(u"ca"_s, u"/CN=SecDesk Test CA"_s, QString(), false));
    QVERIFY(makeCertificate(u"other-ca"_s, u"/CN=Somebody Else"_s, QString(), false));
    QVERIFY(makeCertificate(u"server"_s, u"/CN=localhost"_s, u"ca"_s, true));
    QVERIFY(makeCertificate(u"kirk"_s, u"/C=de/L=test/O=client/OU=client/CN=kirk"_s, u"ca"_s, false));
    QVERIFY(makeCertificate(u"spock"_s, u"/C=de/L=test/O=client/OU=client/CN=spock"_s, u"ca"_s, false));
    QVERIFY(makeCertificate(u"mallory"_s, u"/C=de/L=test/O=client/OU=client/CN=kirk"_s, u"other-ca"_s, false));
    SandboxOptions options = SandboxTest::fastOptions();
    options.tls = true;
    options.certFile = m_dir.filePath(u"server.pem"_s);
    options.keyFile = m_dir.filePath(u"server.key"_s);
    options.clientCaFile = m_dir.filePath(u"ca.pem"_s);
    m_sandbox = std::make_unique<Sandbox>(options);
    const auto url = m_sandbox->start();
    QVERIFY2(url.ok(), url.ok() ? "" : qPrintable(url.error().toString()));
    QCOMPARE(url->scheme(), u"https"_s);
}

void TestSandboxTls::cleanupTestCase()
{
    m_sandbox.reset();
}

void TestSandboxTls::requests_data()
{
    QTest::addColumn<QString>("certificate"); // client certificate, or empty
    QTest::addColumn<QString>("user");        // basic credentials (user = password), or empty
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("expected");
    const QString roles = u"/_plugins/_security/api/roles"_s;
    const QString whoami = u"/_plugins/_security/whoami"_s;
    QTest::newRow("basic over HTTPS") << QString() << u"admin"_s << roles << 200 << QByteArray(R"({"all_access":{}})");
    QTest::newRow("no access, no client certificate")
        << QString() << u"viewer"_s << roles << 403
        << QByteArray(
               R"({"message":"No permission to access REST API: User viewer with Security roles [readall] does not have any role privileged for admin access. No client TLS certificate found in request"})");
    QTest::newRow("no access, a non-admin certificate")
        << u"spock"_s << u"viewer"_s << roles << 403
        << QByteArray(
               R"({"message":"No permission to access REST API: User viewer with Security roles [readall] does not have any role privileged for admin access. Security admin permissions required but CN=spock,OU=client,O=client,L=test,C=de is not an admin"})");
    QTest::newRow("a non-admin certificate alone") << u"spock"_s << QString() << roles << 401 << QByteArray();
    QTest::newRow("the admin certificate alone") << u"kirk"_s << QString() << roles + u"/maintenance_role"_s << 200
                                                 << QByteArray(R"({"maintenance_role":{"hidden":true}})");
    QTest::newRow("an admin DN from another CA") << u"mallory"_s << QString() << roles << 401 << QByteArray();
    QTest::newRow("whoami without a certificate")
        << QString() << QString() << whoami << 200
        << QByteArray(R"({"dn":null,"is_admin":false,"is_node_certificate_request":false})");
    QTest::newRow("whoami, admin certificate")
        << u"kirk"_s << QString() << whoami << 200
        << QByteArray(
               R"({"dn":"CN=kirk,OU=client,O=client,L=test,C=de","is_admin":true,"is_node_certificate_request":false})");
    QTest::newRow("whoami, other certificate")
        << u"spock"_s << QString() << whoami << 200
        << QByteArray(R"({"dn":"CN=spock,OU=client,O=client,L=test,C=de","is_admin":false})");
}

void TestSandboxTls::requests()
{
    QFETCH(QString, certificate);
    QFETCH(QString, user);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, expected);
    Client client(m_sandbox->url());
    client.setSslConfiguration(clientConfiguration(certificate));
    if (!user.isEmpty())
        client.setCredentials(user, user);
    const auto reply = client.get(path);
    if (reply.error != QNetworkReply::NoError && reply.status == 0)
        QFAIL(qPrintable(u"TLS request failed: %1"_s.arg(int(reply.error))));
    SANDBOX_EXPECT(reply, status, SandboxTest::parseObject(expected));
}

void TestSandboxTls::adminCertificateIsSuperAdmin()
{
    Client client(m_sandbox->url());
    client.setSslConfiguration(clientConfiguration(u"kirk"_s));
    // Reserved entities and REST-admin-only endpoints are open to the TLS admin.
    SANDBOX_EXPECT(client.send("PUT", u"/_plugins/_security/api/roles/sandbox_reports_read"_s, R"({"reserved":true})"),
                   200, SandboxTest::parseObject(R"({"message":"'sandbox_reports_read' updated."})"));
    QCOMPARE(client.get(u"/_plugins/_security/api/allowlist"_s).status, 200);
    QCOMPARE(client.get(u"/_plugins/_security/api/nodesdn"_s).status, 200);
    SANDBOX_EXPECT(
        client.get(u"/_plugins/_security/authinfo"_s), 200,
        SandboxTest::parseObject(R"({"user_name":"CN=kirk,OU=client,O=client,L=test,C=de","peer_certificates":"1"})"));
}

void TestSandboxTls::certificatesReportTheServerCertificate()
{
    Client client(m_sandbox->url());
    client.setSslConfiguration(clientConfiguration(u"kirk"_s));
    const auto reply = client.get(u"/_plugins/_security/api/certificates?cert_type=http"_s);
    QCOMPARE(reply.status, 200);
    const QJsonObject nodes = reply.json().value(u"nodes"_s).toObject();
    QCOMPARE(nodes.size(), 1);
    const QJsonObject certificates = nodes.begin()->toObject().value(u"certificates"_s).toObject();
    QCOMPARE(certificates.keys(), QStringList {u"http"_s});
    const QJsonArray http = certificates.value(u"http"_s).toArray();
    // The client CA (no key) first, then the server certificate, as the plugin sorts them.
    QCOMPARE(http.size(), 2);
    QVERIFY(SandboxTest::containsSubset(
        http.at(0),
        SandboxTest::parseObject(R"({"subject_dn":"CN=SecDesk Test CA","has_private_key":false,"format":"pem"})")));
    const QJsonObject server = http.at(1).toObject();
    QCOMPARE(server.value(u"subject_dn"_s).toString(), u"CN=localhost"_s);
    QCOMPARE(server.value(u"issuer_dn"_s).toString(), u"CN=SecDesk Test CA"_s);
    QCOMPARE(server.value(u"san"_s).toString(), u"[[2, localhost], [7, 127.0.0.1]]"_s);
    QCOMPARE(server.value(u"has_private_key"_s).toBool(), true);
    const QSslCertificate pem = QSslCertificate::fromPath(m_dir.filePath(u"server.pem"_s)).value(0);
    QCOMPARE(server.value(u"not_after"_s).toString(), pem.expiryDate().toUTC().toString(Qt::ISODate));
    QVERIFY(!server.value(u"serial_number"_s).toString().isEmpty());
    const auto legacy = client.get(u"/_plugins/_security/api/ssl/certs"_s);
    QCOMPARE(legacy.json().value(u"http_certificates_list"_s).toArray().first().toObject().value(u"subject_dn"_s),
             QJsonValue(u"CN=localhost"_s));
}

void TestSandboxTls::sslInfoOverTls()
{
    Client client(m_sandbox->url());
    client.setSslConfiguration(clientConfiguration(u"kirk"_s));
    client.setCredentials(u"admin"_s, u"admin"_s);
    const auto reply = client.get(u"/_opendistro/_security/sslinfo?show_dn=true"_s);
    SANDBOX_EXPECT(reply, 200, SandboxTest::parseObject(R"({"principal":"CN=kirk,OU=client,O=client,L=test,C=de",
                       "peer_certificates":"1","ssl_provider_http":"JDK",
                       "peer_certificates_list":["CN=kirk,OU=client,O=client,L=test,C=de"],
                       "local_certificates_list":["CN=localhost"]})"));
    QVERIFY(reply.json().value(u"ssl_protocol"_s).toString().startsWith(u"TLSv1."_s));
    QVERIFY(!reply.json().value(u"ssl_cipher"_s).toString().isEmpty());
    Client plain(m_sandbox->url());
    plain.setSslConfiguration(clientConfiguration(QString()));
    plain.setCredentials(u"admin"_s, u"admin"_s);
    SANDBOX_EXPECT(plain.get(u"/_opendistro/_security/sslinfo"_s), 200,
                   SandboxTest::parseObject(R"({"principal":null,"peer_certificates":"0"})"));
}

void TestSandboxTls::reloadCertificates()
{
    // Copies of the server's files, so that the test can replace them.
    const QString cert = m_dir.filePath(u"reload.pem"_s);
    const QString key = m_dir.filePath(u"reload.key"_s);
    QFile::remove(cert);
    QFile::remove(key);
    QVERIFY(QFile::copy(m_dir.filePath(u"server.pem"_s), cert));
    QVERIFY(QFile::copy(m_dir.filePath(u"server.key"_s), key));
    SandboxOptions options = SandboxTest::fastOptions();
    options.tls = true;
    options.certFile = cert;
    options.keyFile = key;
    options.clientCaFile = m_dir.filePath(u"ca.pem"_s);
    options.certificateReloadEnabled = true;
    Sandbox sandbox(options);
    QVERIFY(sandbox.start().ok());
    Client client(sandbox.url());
    client.setSslConfiguration(clientConfiguration(u"kirk"_s));
    const QString http = u"/_plugins/_security/api/ssl/http/reloadcerts"_s;
    SANDBOX_EXPECT(client.send("PUT", http), 200, SandboxTest::parseObject(R"({"message":"updated http certs"})"));
    SANDBOX_EXPECT(client.send("PUT", u"/_plugins/_security/api/ssl/transport/reloadcerts"_s), 200,
                   SandboxTest::parseObject(R"({"message":"updated transport certs"})"));
    SANDBOX_EXPECT(client.send("PUT", u"/_plugins/_security/api/ssl/other/reloadcerts"_s), 403,
                   SandboxTest::parseObject(R"({"status":"FORBIDDEN"})"));
    // A new certificate with another subject is refused, and the old one stays in use.
    QVERIFY(makeCertificate(u"renamed"_s, u"/CN=elsewhere"_s, u"ca"_s, true));
    QFile::remove(cert);
    QFile::remove(key);
    QVERIFY(QFile::copy(m_dir.filePath(u"renamed.pem"_s), cert));
    QVERIFY(QFile::copy(m_dir.filePath(u"renamed.key"_s), key));
    const auto refused = client.send("PUT", http);
    QCOMPARE(refused.status, 500);
    QVERIFY2(refused.body.contains("New certificates do not have valid Subject DNs"), refused.body.constData());
    // The same subject with a new key is taken, and new connections get it.
    QVERIFY(makeCertificate(u"renewed"_s, u"/CN=localhost"_s, u"ca"_s, true));
    QFile::remove(cert);
    QFile::remove(key);
    QVERIFY(QFile::copy(m_dir.filePath(u"renewed.pem"_s), cert));
    QVERIFY(QFile::copy(m_dir.filePath(u"renewed.key"_s), key));
    SANDBOX_EXPECT(client.send("PUT", http), 200, SandboxTest::parseObject(R"({"message":"updated http certs"})"));
    const QSslCertificate renewed = QSslCertificate::fromPath(m_dir.filePath(u"renewed.pem"_s)).value(0);
    QSslSocket socket;
    socket.setSslConfiguration(clientConfiguration(QString()));
    socket.connectToHostEncrypted(u"127.0.0.1"_s, quint16(sandbox.url().port()));
    QTRY_VERIFY_WITH_TIMEOUT(socket.isEncrypted(), 10000);
    QCOMPARE(socket.peerCertificate(), renewed);
}

QTEST_GUILESS_MAIN(TestSandboxTls)
#include "TestSandboxTls.moc"
