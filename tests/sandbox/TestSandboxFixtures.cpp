// --config-dir loading (securityadmin YAML layout): the shared fixtures (../shared/fixtures, read at test time)
// served back by GET with the statics overlaid and hashes blanked, the documented demo passwords, and load errors.

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include "app/sandbox/YamlConfigLoader.h"
#include "tests/sandbox/SandboxTestSupport.h"

using namespace Qt::StringLiterals;
using SandboxTest::Client;

#define REQUIRE_FIXTURES()                                                                                             \
    if (!m_sandbox)                                                                                                    \
    QSKIP("../shared/fixtures is absent: this test needs the shared directory beside the repository")

class TestSandboxFixtures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void getMatchesFiles_data();
    void getMatchesFiles();
    void securityConfigMatchesFile();
    void fixtureUsersLogIn_data();
    void fixtureUsersLogIn();
    void noUpgradeAgainstItself();
    void builtInDemoUsersLogIn_data();
    void builtInDemoUsersLogIn();
    void loadErrors_data();
    void loadErrors();

private:
    QString m_fixtures;
    std::unique_ptr<Sandbox> m_sandbox;
};

void TestSandboxFixtures::initTestCase()
{
    m_fixtures = QStringLiteral(SECDESK_SHARED_DIR) + u"/fixtures"_s;
    if (!QFileInfo(m_fixtures + u"/security-config/roles.yml"_s).exists())
        return; // the fixture tests skip themselves (REQUIRE_FIXTURES)
    SandboxOptions options = SandboxTest::fastOptions();
    options.configDir = m_fixtures + u"/security-config"_s;
    options.staticDir = m_fixtures + u"/static-config"_s;
    m_sandbox = std::make_unique<Sandbox>(options);
    const auto url = m_sandbox->start();
    QVERIFY2(url.ok(), url.ok() ? "" : qPrintable(url.error().toString()));
}

void TestSandboxFixtures::cleanupTestCase()
{
    m_sandbox.reset();
}

void TestSandboxFixtures::getMatchesFiles_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("staticFile");
    QTest::newRow("roles") << u"roles"_s << u"roles.yml"_s << u"static_roles.yml"_s;
    QTest::newRow("rolesmapping") << u"rolesmapping"_s << u"roles_mapping.yml"_s << QString();
    QTest::newRow("internalusers") << u"internalusers"_s << u"internal_users.yml"_s << QString();
    QTest::newRow("actiongroups") << u"actiongroups"_s << u"action_groups.yml"_s << u"static_action_groups.yml"_s;
    QTest::newRow("tenants") << u"tenants"_s << u"tenants.yml"_s << u"static_tenants.yml"_s;
}

void TestSandboxFixtures::getMatchesFiles()
{
    REQUIRE_FIXTURES();
    QFETCH(QString, endpoint);
    QFETCH(QString, file);
    QFETCH(QString, staticFile);
    Client client(m_sandbox->url());
    client.setCredentials(u"admin"_s, u"admin"_s);
    const auto reply = client.get(u"/_plugins/_security/api/"_s + endpoint);
    QCOMPARE(reply.status, 200);
    const QJsonObject served = reply.json();

    auto expectFile = [&](const QString &path, bool isStatic) {
        const auto document = YamlConfigLoader::readFile(path);
        QVERIFY2(document.ok(), document.ok() ? "" : qPrintable(document.error().toString()));
        const QJsonObject entities = document->toObject();
        for (auto it = entities.begin(); it != entities.end(); ++it) {
            if (it.key() == u"_meta")
                continue;
            QJsonObject expected = it.value().toObject();
            for (const QString &key : expected.keys()) {
                if (expected.value(key).isNull())
                    expected.remove(key); // null members are omitted
            }
            if (expected.contains(u"hash"_s))
                expected.insert(u"hash"_s, u""_s); // hashes are blanked
            if (isStatic)
                expected.insert(u"static"_s, true);
            QString where;
            QVERIFY2(served.contains(it.key()), qPrintable(it.key()));
            QVERIFY2(SandboxTest::containsSubset(served.value(it.key()), expected, &where),
                     qPrintable(it.key() + u" differs at "_s + where));
        }
    };
    expectFile(m_fixtures + u"/security-config/"_s + file, false);
    if (!staticFile.isEmpty())
        expectFile(m_fixtures + u"/static-config/"_s + staticFile, true);
    QVERIFY(!reply.body.contains("$2"));
}

void TestSandboxFixtures::securityConfigMatchesFile()
{
    REQUIRE_FIXTURES();
    Client client(m_sandbox->url());
    client.setCredentials(u"admin"_s, u"admin"_s);
    const auto reply = client.get(u"/_plugins/_security/api/securityconfig"_s);
    QCOMPARE(reply.status, 200);
    const QJsonObject dynamic = reply.json().value(u"config"_s).toObject().value(u"dynamic"_s).toObject();
    const auto document = YamlConfigLoader::readFile(m_fixtures + u"/security-config/config.yml"_s);
    QVERIFY(document.ok());
    const QJsonObject fileDynamic = document->toObject().value(u"config"_s).toObject().value(u"dynamic"_s).toObject();
    QCOMPARE(dynamic.value(u"authc"_s).toObject().keys(), fileDynamic.value(u"authc"_s).toObject().keys());
    QCOMPARE(dynamic.value(u"authz"_s).toObject().keys(), fileDynamic.value(u"authz"_s).toObject().keys());
    SANDBOX_EXPECT(reply, 200, SandboxTest::parseObject(R"({"config":{"dynamic":{"authc":{"basic_internal_auth_domain":{
        "http_enabled":true,"order":4,"http_authenticator":{"type":"basic","challenge":true,"config":{}},
        "authentication_backend":{"type":"intern","config":{}}}},
        "http":{"xff":{"internalProxies":"192\\.168\\.0\\.10|192\\.168\\.0\\.11"}}}}})"));
    const QJsonObject ldap = dynamic.value(u"authc"_s).toObject().value(u"ldap"_s).toObject();
    QCOMPARE(ldap.value(u"authentication_backend"_s)
                 .toObject()
                 .value(u"config"_s)
                 .toObject()
                 .value(u"password"_s)
                 .toString(),
             u"******"_s);
    QVERIFY(!ldap.contains(u"transport_enabled"_s));

    const auto audit = client.get(u"/_plugins/_security/api/audit"_s);
    const auto auditFile = YamlConfigLoader::readFile(m_fixtures + u"/security-config/audit.yml"_s);
    QVERIFY(auditFile.ok());
    QString where;
    QVERIFY2(
        SandboxTest::containsSubset(audit.json().value(u"config"_s), auditFile->toObject().value(u"config"_s), &where),
        qPrintable(where));
    QCOMPARE(audit.json().value(u"_readonly"_s).toArray(), QJsonArray());
}

void TestSandboxFixtures::fixtureUsersLogIn_data()
{
    // Every demo user's password equals the user name (docs/api/security-api.md §2.6).
    QTest::addColumn<QString>("user");
    for (const char *user :
         {"admin", "kibanaserver", "kibanaro", "logstash", "readall", "snapshotrestore", "anomalyadmin"})
        QTest::newRow(user) << QString::fromLatin1(user);
}

void TestSandboxFixtures::fixtureUsersLogIn()
{
    REQUIRE_FIXTURES();
    QFETCH(QString, user);
    Client client(m_sandbox->url());
    client.setCredentials(user, user);
    SANDBOX_EXPECT(client.get(u"/_plugins/_security/authinfo"_s), 200, (QJsonObject {{u"user_name"_s, user}}));
    if (user == u"admin") {
        client.setCredentials(user, user + u"x"_s);
        QCOMPARE(client.get(u"/_plugins/_security/authinfo"_s).status, 401);
    }
}

void TestSandboxFixtures::noUpgradeAgainstItself()
{
    REQUIRE_FIXTURES();
    Client client(m_sandbox->url());
    client.setCredentials(u"admin"_s, u"admin"_s);
    QCOMPARE(client.get(u"/_plugins/_security/api/_upgrade_check"_s).json(),
             SandboxTest::parseObject(R"({"status":"OK","upgradeAvailable":false})"));
    // kibanaro maps to kibana_user and readall: no REST access (docs/api/security-api.md §2.6).
    client.setCredentials(u"kibanaro"_s, u"kibanaro"_s);
    SANDBOX_EXPECT(
        client.get(u"/_plugins/_security/api/roles"_s), 403,
        SandboxTest::parseObject(
            R"({"message":"No permission to access REST API: User kibanaro with Security roles [kibana_user, readall] does not have any role privileged for admin access. No ssl info found in request."})"));
}

void TestSandboxFixtures::builtInDemoUsersLogIn_data()
{
    // The built-in demo configuration's documented passwords (app/sandbox/DemoConfig.h).
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QStringList>("roles");
    QTest::newRow("admin") << u"admin"_s << u"s3cret-Admin"_s << QStringList {u"all_access"_s};
    QTest::newRow("analyst") << u"analyst"_s << u"analyst"_s << QStringList {u"analyst_role"_s, u"readall"_s};
    QTest::newRow("viewer") << u"viewer"_s << u"viewer"_s << QStringList {u"readall"_s};
    QTest::newRow("dashboards") << u"dashboards"_s << u"dashboards"_s << QStringList {u"kibana_user"_s};
    QTest::newRow("secadmin") << u"secadmin"_s << u"secadmin"_s
                              << QStringList {u"sandbox_audit_reader"_s, u"security_rest_api_access"_s,
                                              u"security_rest_api_full_access"_s};
    QTest::newRow("ghost") << u"ghost"_s << u"ghost"_s << QStringList {u"maintenance_role"_s};
}

void TestSandboxFixtures::builtInDemoUsersLogIn()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QStringList, roles);
    SandboxOptions options = SandboxTest::fastOptions();
    options.adminPassword = u"s3cret-Admin"_s;
    Sandbox sandbox(options);
    QVERIFY(sandbox.start().ok());
    Client client(sandbox.url());
    client.setCredentials(user, password);
    SANDBOX_EXPECT(client.get(u"/_plugins/_security/authinfo"_s), 200,
                   (QJsonObject {{u"user_name"_s, user}, {u"roles"_s, QJsonArray::fromStringList(roles)}}));
}

void TestSandboxFixtures::loadErrors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("invalid YAML") << u"roles.yml"_s << QByteArray("r1: [unclosed\n") << u"roles.yml"_s;
    QTest::newRow("unknown member") << u"tenants.yml"_s << QByteArray("t1:\n  colour: blue\n") << u"t1"_s;
    QTest::newRow("not an object") << u"action_groups.yml"_s << QByteArray("g1: 5\n") << u"g1"_s;
    // Aliases that would expand to 10^9 values, and an alias inside its own anchor: refused at once.
    QByteArray bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char level = 'b'; level <= 'i'; ++level) {
        const char previous = char(level - 1);
        bomb += QByteArray(1, level) + ": &" + QByteArray(1, level) + " [";
        for (int i = 0; i < 10; ++i)
            bomb += (i ? ", *" : "*") + QByteArray(1, previous);
        bomb += "]\n";
    }
    QTest::newRow("alias bomb") << u"roles.yml"_s << bomb << u"aliases expand"_s;
    QTest::newRow("alias in its own anchor") << u"roles.yml"_s << QByteArray("r1: &a [x, *a]\n") << u"roles.yml"_s;
}

void TestSandboxFixtures::loadErrors()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, messagePart);
    QTemporaryDir dir;
    QFile out(dir.filePath(file));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(content);
    out.close();
    SandboxOptions options = SandboxTest::fastOptions();
    options.configDir = dir.path();
    Sandbox sandbox(options);
    const auto url = sandbox.start();
    QVERIFY(!url.ok());
    QVERIFY2(url.error().toString().contains(messagePart), qPrintable(url.error().toString()));
    options.configDir = dir.filePath(u"missing"_s);
    Sandbox missing(options);
    QVERIFY(!missing.start().ok());
}

QTEST_GUILESS_MAIN(TestSandboxFixtures)
#include "TestSandboxFixtures.moc"
