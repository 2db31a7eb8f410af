// _upgrade_check and _upgrade_perform against the sandbox's shipped defaults (docs/api/security-api.md §8): query
// parameters, root-level removes dropped, grouping by operation, the 400 "no differences found".

#include <QtTest>

#include "tests/sandbox/SandboxTestSupport.h"

using namespace Qt::StringLiterals;
using SandboxTest::Client;

class TestSandboxUpgrade : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void requests_data();
    void requests();
    void performThenNothingLeft();
    void groupingByOperation_data();
    void groupingByOperation();

private:
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<Client> m_client;
};

void TestSandboxUpgrade::init()
{
    SandboxOptions options = SandboxTest::fastOptions();
    options.restApiAdmin = true;
    m_sandbox = std::make_unique<Sandbox>(options);
    QVERIFY(m_sandbox->start().ok());
    m_client = std::make_unique<Client>(m_sandbox->url());
    m_client->setCredentials(u"admin"_s, u"admin"_s);
}

void TestSandboxUpgrade::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

void TestSandboxUpgrade::requests_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("expected"); // compared exactly
    const QByteArray available =
        R"({"status":"OK","upgradeAvailable":true,"upgradeActions":{"roles":{"add":["sandbox_alerts_read"],"modify":["sandbox_reports_read"]}}})";
    const QByteArray none = R"({"status":"OK","upgradeAvailable":false})";
    QTest::newRow("check") << QByteArray("GET") << QString() << QByteArray() << 200 << available;
    QTest::newRow("check roles, any case")
        << QByteArray("GET") << u"?configs=ROLES"_s << QByteArray() << 200 << available;
    QTest::newRow("check unknown configs dropped")
        << QByteArray("GET") << u"?configs=roles,nope"_s << QByteArray() << 200 << available;
    QTest::newRow("check only unknown configs")
        << QByteArray("GET") << u"?configs=nope"_s << QByteArray() << 200 << none;
    QTest::newRow("check unsupported config")
        << QByteArray("GET") << u"?configs=roles,config"_s << QByteArray() << 400
        << QByteArray(R"({"status":"BAD_REQUEST","message":"Unsupported configurations for upgrade, [CONFIG]"})");
    QTest::newRow("check unsupported configs")
        << QByteArray("GET") << u"?configs=config,tenants"_s << QByteArray() << 400
        << QByteArray(
               R"({"status":"BAD_REQUEST","message":"Unsupported configurations for upgrade, [CONFIG, TENANTS]"})");
    QTest::newRow("check one entity")
        << QByteArray("GET") << u"?entities=sandbox_alerts_read"_s << QByteArray() << 200
        << QByteArray(
               R"({"status":"OK","upgradeAvailable":true,"upgradeActions":{"roles":{"add":["sandbox_alerts_read"]}}})");
    QTest::newRow("check a modified entity, full rendering")
        << QByteArray("GET") << u"?entities=sandbox_reports_read,analyst_role"_s << QByteArray() << 200
        << QByteArray(
               R"({"status":"OK","upgradeAvailable":true,"upgradeActions":{"roles":{"modify":["sandbox_reports_read"]}}})");
    QTest::newRow("check an unknown entity") << QByteArray("GET") << u"?entities=nope"_s << QByteArray() << 200 << none;
    QTest::newRow("perform")
        << QByteArray("POST") << QString() << QByteArray() << 200
        << QByteArray(
               R"({"status":"OK","upgrades":{"roles":{"add":["sandbox_alerts_read"],"modify":["sandbox_reports_read"]}}})");
    QTest::newRow("perform ignores the seed body")
        << QByteArray("POST") << u"?configs=roles"_s << QByteArray(R"({"config":["roles","config"]})") << 200
        << QByteArray(
               R"({"status":"OK","upgrades":{"roles":{"add":["sandbox_alerts_read"],"modify":["sandbox_reports_read"]}}})");
    QTest::newRow("perform nothing requested")
        << QByteArray("POST") << u"?configs="_s << QByteArray() << 400
        << QByteArray(R"({"status":"BAD_REQUEST","message":"Unable to upgrade, no differences found"})");
    QTest::newRow("perform unsupported")
        << QByteArray("POST") << u"?configs=internalusers"_s << QByteArray() << 400
        << QByteArray(
               R"({"status":"BAD_REQUEST","message":"Unsupported configurations for upgrade, [INTERNALUSERS]"})");
    QTest::newRow("perform an entity without differences")
        << QByteArray("POST") << u"?entities=analyst_role"_s << QByteArray() << 400
        << QByteArray(
               R"({"status":"BAD_REQUEST","message":"Unable to upgrade, no differences found in 'roles' config"})");
}

void TestSandboxUpgrade::requests()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, query);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QByteArray, expected);
    const QString path =
        method == "GET" ? u"/_plugins/_security/api/_upgrade_check"_s : u"/_plugins/_security/api/_upgrade_perform"_s;
    const auto reply = m_client->send(method, path + query, body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.json(), SandboxTest::parseObject(expected));
    QVERIFY(reply.body.contains("\n")); // always pretty-printed
}

void TestSandboxUpgrade::performThenNothingLeft()
{
    QCOMPARE(m_client->send("POST", u"/_plugins/_security/api/_upgrade_perform?entities=sandbox_alerts_read"_s).status,
             200);
    QCOMPARE(m_client->get(u"/_plugins/_security/api/_upgrade_check"_s).json().value(u"upgradeActions"_s).toObject(),
             SandboxTest::parseObject(R"({"roles":{"modify":["sandbox_reports_read"]}})"));
    QCOMPARE(m_client->send("POST", u"/_opendistro/_security/api/_upgrade_perform"_s).status, 200);
    QCOMPARE(m_client->get(u"/_plugins/_security/api/_upgrade_check"_s).json(),
             SandboxTest::parseObject(R"({"status":"OK","upgradeAvailable":false})"));
    SANDBOX_EXPECT(
        m_client->send("POST", u"/_plugins/_security/api/_upgrade_perform"_s), 400,
        SandboxTest::parseObject(R"({"message":"Unable to upgrade, no differences found in 'roles' config"})"));
    // The restored roles match the shipped definitions; custom roles are untouched.
    SANDBOX_EXPECT(m_client->get(u"/_plugins/_security/api/roles/sandbox_reports_read"_s), 200,
                   SandboxTest::parseObject(
                       R"({"sandbox_reports_read":{"reserved":true,"description":"Read reports and their definitions",
                       "cluster_permissions":["cluster:admin/sandbox/reports/get","cluster:admin/sandbox/reports/definition/get"]}})"));
    QCOMPARE(m_client->get(u"/_plugins/_security/api/roles/analyst_role"_s).status, 200);
    Client viewer(m_sandbox->url());
    viewer.setCredentials(u"viewer"_s, u"viewer"_s);
    QCOMPARE(viewer.get(u"/_plugins/_security/api/_upgrade_check"_s).status, 403);
    QCOMPARE(m_client->get(u"/_plugins/_security/api/_upgrade_check?foo=1"_s).status, 400);
}

void TestSandboxUpgrade::groupingByOperation_data()
{
    QTest::addColumn<QByteArray>("role"); // a new body for security_rest_api_access, written by a REST admin
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("replace") << QByteArray(R"({"reserved":true,"description":"changed"})")
                             << QByteArray(R"({"replace":["security_rest_api_access"]})");
    QTest::newRow("remove") << QByteArray(
        R"({"reserved":true,"description":"May use the security REST API","cluster_permissions":["extra"]})")
                            << QByteArray(R"({"remove":["security_rest_api_access"]})");
    QTest::newRow("add member") << QByteArray(R"({"reserved":true})")
                                << QByteArray(R"({"add":["security_rest_api_access"]})");
    QTest::newRow("modify") << QByteArray(R"({"reserved":true,"cluster_permissions":["extra"]})")
                            << QByteArray(R"({"modify":["security_rest_api_access"]})");
}

void TestSandboxUpgrade::groupingByOperation()
{
    QFETCH(QByteArray, role);
    QFETCH(QByteArray, expected);
    Client secadmin(m_sandbox->url());
    secadmin.setCredentials(u"secadmin"_s, u"secadmin"_s);
    QCOMPARE(secadmin.send("PUT", u"/_plugins/_security/api/roles/security_rest_api_access"_s, role).status, 200);
    const auto reply = m_client->get(u"/_plugins/_security/api/_upgrade_check?entities=security_rest_api_access"_s);
    QCOMPARE(reply.json().value(u"upgradeActions"_s).toObject().value(u"roles"_s).toObject(),
             SandboxTest::parseObject(expected));
}

QTEST_GUILESS_MAIN(TestSandboxUpgrade)
#include "TestSandboxUpgrade.moc"
