// securityconfig (GET/PUT/PATCH and its write gate), allowlist, audit and nodesdn (docs/api/security-api.md §6 and §7),
// table-driven over real loopback HTTP; each row runs on a fresh sandbox with the row's settings.

#include <QTemporaryDir>
#include <QtTest>

#include "tests/sandbox/SandboxTestSupport.h"

using namespace Qt::StringLiterals;
using SandboxTest::Client;

class TestSandboxSecurityConfig : public QObject
{
    Q_OBJECT

private slots:
    void requests_data();
    void requests();
    void getRendersDefaultsAndRedacts();
    void patchIsVisibleInGet();
    void allowlistGate();
    void auditReadOnlyFieldsAndCreatedAdmin();

private:
    static std::unique_ptr<Sandbox> start(bool restApiAdmin, bool allowModification);
};

std::unique_ptr<Sandbox> TestSandboxSecurityConfig::start(bool restApiAdmin, bool allowModification)
{
    SandboxOptions options = SandboxTest::fastOptions();
    options.restApiAdmin = restApiAdmin;
    options.allowSecurityConfigModification = allowModification;
    auto sandbox = std::make_unique<Sandbox>(options);
    if (!sandbox->start().ok())
        return nullptr;
    return sandbox;
}

void TestSandboxSecurityConfig::requests_data()
{
    QTest::addColumn<bool>("restApiAdmin");
    QTest::addColumn<bool>("allowModification");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("expected");
    const QString config = u"/_plugins/_security/api/securityconfig"_s;
    const QString putConfig = u"/_plugins/_security/api/securityconfig/config"_s;
    const QByteArray updated = R"({"status":"OK","message":"Resource updated."})";
    const QByteArray denied = R"({"status":"FORBIDDEN","message":"Access denied"})";

    QTest::newRow("GET") << false << true << u"admin"_s << QByteArray("GET") << config << QByteArray() << 200
                         << QByteArray(
                                R"({"config":{"dynamic":{"authc":{"basic_internal_auth_domain":{"order":0}}}}})");
    QTest::newRow("GET, legacy") << false << true << u"admin"_s << QByteArray("GET")
                                 << u"/_opendistro/_security/api/securityconfig"_s << QByteArray() << 200
                                 << QByteArray(R"({"config":{"dynamic":{}}})");
    QTest::newRow("GET needs REST access") << false << true << u"viewer"_s << QByteArray("GET") << config
                                           << QByteArray() << 403 << QByteArray(R"({"status":"FORBIDDEN"})");
    QTest::newRow("405 POST") << false << true << u"admin"_s << QByteArray("POST") << config << QByteArray() << 405
                              << QByteArray(R"({"status":405})");
    QTest::newRow("PATCH add") << false << true << u"admin"_s << QByteArray("PATCH") << config
                               << QByteArray(
                                      R"([{"op":"add","path":"/config/dynamic/hosts_resolver_mode","value":"other"}])")
                               << 200 << updated;
    QTest::newRow("PATCH replace of a false member")
        << false << true << u"admin"_s << QByteArray("PATCH") << config
        << QByteArray(R"([{"op":"replace","path":"/config/dynamic/do_not_fail_on_forbidden","value":true}])") << 400
        << QByteArray(R"({"status":"BAD_REQUEST","message":"Missing field \"do_not_fail_on_forbidden\""})");
    QTest::newRow("PATCH add of a false member")
        << false << true << u"admin"_s << QByteArray("PATCH") << config
        << QByteArray(R"([{"op":"add","path":"/config/dynamic/do_not_fail_on_forbidden","value":true}])") << 200
        << updated;
    QTest::newRow("PATCH always-present member can be replaced")
        << false << true << u"admin"_s << QByteArray("PATCH") << config
        << QByteArray(R"([{"op":"replace","path":"/config/dynamic/authc/basic_internal_auth_domain/order","value":3}])")
        << 200 << updated;
    QTest::newRow("PATCH remove of a missing domain")
        << false << true << u"admin"_s << QByteArray("PATCH") << config
        << QByteArray(R"([{"op":"remove","path":"/config/dynamic/authc/legacy_auth_domain"}])") << 200
        << QByteArray(R"({"status":"OK","message":"No updates required"})");
    QTest::newRow("PATCH unknown member") << false << true << u"admin"_s << QByteArray("PATCH") << config
                                          << QByteArray(R"([{"op":"add","path":"/config/dynamic/foo","value":1}])")
                                          << 500 << QByteArray(R"({"status":500,"error":{}})");
    QTest::newRow("PATCH move")
        << false << true << u"admin"_s << QByteArray("PATCH") << config
        << QByteArray(R"([{"op":"copy","from":"/config","path":"/x"}])") << 400
        << QByteArray(R"({"message":"Unsupported patch operation: copy. Supported are: add,replace,remove"})");
    QTest::newRow("PUT")
        << false << true << u"admin"_s << QByteArray("PUT") << putConfig
        << QByteArray(
               R"({"dynamic":{"authc":{"basic_internal_auth_domain":{"order":1,"http_enabled":true,"transport_enabled":true,"http_authenticator":{"type":"basic","challenge":true},"authentication_backend":{"type":"intern"}}}}})")
        << 200 << QByteArray(R"({"status":"OK","message":"'config' updated."})");
    QTest::newRow("PUT empty") << false << true << u"admin"_s << QByteArray("PUT") << putConfig << QByteArray("{}")
                               << 400
                               << QByteArray(R"({"status":"error","reason":"Request body required for this action."})");
    QTest::newRow("PUT invalid key") << false << true << u"admin"_s << QByteArray("PUT") << putConfig
                                     << QByteArray(R"({"dynamic":{},"foo":{}})") << 400
                                     << QByteArray(
                                            R"({"reason":"Invalid configuration","invalid_keys":{"keys":"foo"}})");
    QTest::newRow("PUT the seed's member")
        << false << true << u"admin"_s << QByteArray("PUT") << putConfig
        << QByteArray(R"({"dynamic":{"opensearch-dashboards":{}}})") << 500 << QByteArray(R"({"status":500})");
    QTest::newRow("PUT blank array element deep")
        << false << true << u"admin"_s << QByteArray("PUT") << putConfig
        << QByteArray(R"({"dynamic":{"kibana":{"preferred_tenants":[""]}}})") << 400
        << QByteArray(R"({"reason":"`null` or blank values are not allowed as json array elements"})");
    QTest::newRow("gate: modification off")
        << false << false << u"admin"_s << QByteArray("PATCH") << config
        << QByteArray(R"([{"op":"add","path":"/config/dynamic/hosts_resolver_mode","value":"x"}])") << 403 << denied;
    QTest::newRow("gate: modification off, PUT") << false << false << u"admin"_s << QByteArray("PUT") << putConfig
                                                 << QByteArray(R"({"dynamic":{}})") << 403 << denied;
    QTest::newRow("gate: admin mode ignores the modification switch")
        << true << true << u"admin"_s << QByteArray("PUT") << putConfig << QByteArray(R"({"dynamic":{}})") << 403
        << denied;
    QTest::newRow("gate: admin mode, explicit permission")
        << true << false << u"secadmin"_s << QByteArray("PATCH") << config
        << QByteArray(R"([{"op":"add","path":"/config/dynamic/hosts_resolver_mode","value":"x"}])") << 200 << updated;

    // allowlist (§7.2)
    const QString allowlist = u"/_plugins/_security/api/allowlist"_s;
    QTest::newRow("allowlist PUT") << true << true << u"secadmin"_s << QByteArray("PUT") << allowlist
                                   << QByteArray(R"({"enabled":false,"requests":{"/_cat/health":["GET"]}})") << 200
                                   << QByteArray(R"({"status":"OK","message":"'config' updated."})");
    QTest::newRow("allowlist PUT by a non-admin") << true << true << u"admin"_s << QByteArray("PUT") << allowlist
                                                  << QByteArray(R"({"enabled":false})") << 403 << denied;
    QTest::newRow("allowlist PATCH replace of false")
        << true << true << u"secadmin"_s << QByteArray("PATCH") << allowlist
        << QByteArray(R"([{"op":"replace","path":"/config/enabled","value":false}])") << 400
        << QByteArray(R"({"message":"Missing field \"enabled\""})");
    QTest::newRow("allowlist DELETE") << true << true << u"secadmin"_s << QByteArray("DELETE") << allowlist
                                      << QByteArray() << 405 << QByteArray(R"({"status":405})");
    QTest::newRow("allowlist wrong type")
        << true << true << u"secadmin"_s << QByteArray("PUT") << allowlist << QByteArray(R"({"enabled":"maybe"})")
        << 400 << QByteArray(R"({"reason":"Wrong datatype","enabled":"Boolean expected"})");

    // audit (§7.3)
    const QString audit = u"/_plugins/_security/api/audit"_s;
    QTest::newRow("audit GET")
        << false << true << u"admin"_s << QByteArray("GET") << audit << QByteArray() << 200
        << QByteArray(
               R"({"config":{"enabled":true,"audit":{"enable_rest":true},"compliance":{"enabled":true}},"_readonly":[]})");
    QTest::newRow("audit PUT") << false << true << u"admin"_s << QByteArray("PUT") << audit + u"/config"_s
                               << QByteArray(R"({"enabled":false,"audit":{},"compliance":{}})") << 200
                               << QByteArray(R"({"status":"OK","message":"'config' updated."})");
    QTest::newRow("audit PUT invalid key")
        << false << true << u"admin"_s << QByteArray("PUT") << audit + u"/config"_s << QByteArray(R"({"foo":1})") << 400
        << QByteArray(R"({"invalid_keys":{"keys":"foo"}})");
    QTest::newRow("audit PATCH") << false << true << u"admin"_s << QByteArray("PATCH") << audit
                                 << QByteArray(R"([{"op":"add","path":"/config/audit/enable_rest","value":false}])")
                                 << 200 << updated;
    QTest::newRow("audit POST") << false << true << u"admin"_s << QByteArray("POST") << audit << QByteArray() << 405
                                << QByteArray(R"({"status":405})");

    // nodesdn (§7.1)
    const QString nodes = u"/_plugins/_security/api/nodesdn/"_s;
    QTest::newRow("nodesdn PUT") << true << true << u"secadmin"_s << QByteArray("PUT") << nodes + u"c2"_s
                                 << QByteArray(R"({"nodes_dn":["CN=n2"]})") << 201
                                 << QByteArray(R"({"status":"CREATED","message":"'c2' created."})");
    QTest::newRow("nodesdn PUT needs nodes_dn")
        << true << true << u"secadmin"_s << QByteArray("PUT") << nodes + u"c2"_s << QByteArray(R"({"x":["CN=n2"]})")
        << 400 << QByteArray(R"({"invalid_keys":{"keys":"x"},"missing_mandatory_keys":{"keys":"nodes_dn"}})");
    QTest::newRow("nodesdn read-only entry")
        << true << true << u"secadmin"_s << QByteArray("PUT") << nodes + u"STATIC_OPENSEARCH_YML_NODES_DN"_s
        << QByteArray(R"({"nodes_dn":["CN=n2"]})") << 403
        << QByteArray(R"({"message":"Resource 'STATIC_OPENSEARCH_YML_NODES_DN' is read-only."})");
    QTest::newRow("nodesdn not found") << true << true << u"secadmin"_s << QByteArray("GET") << nodes + u"nope"_s
                                       << QByteArray() << 404
                                       << QByteArray(R"({"status":"NOT_FOUND","message":"nodesdn 'nope' not found."})");
    QTest::newRow("nodesdn DELETE") << true << true << u"secadmin"_s << QByteArray("DELETE")
                                    << nodes + u"sandbox_cluster"_s << QByteArray() << 200
                                    << QByteArray(R"({"message":"'sandbox_cluster' deleted."})");
    QTest::newRow("nodesdn by a non-admin") << true << true << u"admin"_s << QByteArray("DELETE")
                                            << nodes + u"sandbox_cluster"_s << QByteArray() << 403 << denied;
}

void TestSandboxSecurityConfig::requests()
{
    QFETCH(bool, restApiAdmin);
    QFETCH(bool, allowModification);
    QFETCH(QString, user);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QByteArray, expected);
    auto sandbox = start(restApiAdmin, allowModification);
    QVERIFY(sandbox);
    Client client(sandbox->url());
    client.setCredentials(user, user);
    SANDBOX_EXPECT(client.send(method, path, body), status, SandboxTest::parseObject(expected));
}

void TestSandboxSecurityConfig::getRendersDefaultsAndRedacts()
{
    auto sandbox = start(false, true);
    QVERIFY(sandbox);
    Client client(sandbox->url());
    client.setCredentials(u"admin"_s, u"admin"_s);
    const auto reply = client.get(u"/_plugins/_security/api/securityconfig"_s);
    SANDBOX_EXPECT(reply, 200, SandboxTest::parseObject(R"({"config":{"dynamic":{
        "filtered_alias_mode":"warn","disable_rest_auth":false,"multi_rolespan_enabled":true,
        "hosts_resolver_mode":"ip-only",
        "kibana":{"multitenancy_enabled":true,"private_tenant_enabled":true,"default_tenant":"","index":".kibana"},
        "http":{"anonymous_auth_enabled":false,"xff":{"enabled":false,"remoteIpHeader":"X-Forwarded-For"}},
        "authc":{"basic_internal_auth_domain":{"http_enabled":true,"order":0,
            "http_authenticator":{"challenge":true,"type":"basic","config":{}},
            "authentication_backend":{"type":"intern","config":{}}},
          "directory_auth_domain":{"authentication_backend":{"config":{"password":"******"}}}}}}})"));
    QVERIFY(!reply.body.contains("not-a-real-secret"));
    // The sandbox emulates 3.3 by default: the members 3.7 added to config.dynamic are not rendered.
    QVERIFY(!reply.body.contains("privileges_evaluation_ignore_unauthorized_indices"));
    QVERIFY(!reply.body.contains("api_tokens"));
}

void TestSandboxSecurityConfig::patchIsVisibleInGet()
{
    auto sandbox = start(false, true);
    QVERIFY(sandbox);
    Client client(sandbox->url());
    client.setCredentials(u"admin"_s, u"admin"_s);
    QCOMPARE(client
                 .send("PATCH", u"/_plugins/_security/api/securityconfig"_s,
                       R"([{"op":"add","path":"/config/dynamic/kibana/default_tenant","value":"analysts"},
                             {"op":"remove","path":"/config/dynamic/authz/directory_roles"}])")
                 .status,
             200);
    const auto reply = client.get(u"/_plugins/_security/api/securityconfig"_s);
    SANDBOX_EXPECT(
        reply, 200,
        SandboxTest::parseObject(R"({"config":{"dynamic":{"kibana":{"default_tenant":"analysts"},"authz":{}}}})"));
    QCOMPARE(
        reply.json().value(u"config"_s).toObject().value(u"dynamic"_s).toObject().value(u"authz"_s).toObject().size(),
        0);
}

void TestSandboxSecurityConfig::allowlistGate()
{
    auto sandbox = start(true, true);
    QVERIFY(sandbox);
    Client secadmin(sandbox->url());
    secadmin.setCredentials(u"secadmin"_s, u"secadmin"_s);
    QCOMPARE(secadmin
                 .send("PATCH", u"/_plugins/_security/api/allowlist"_s,
                       R"([{"op":"add","path":"/config/enabled","value":true}])")
                 .status,
             200);
    Client admin(sandbox->url());
    admin.setCredentials(u"admin"_s, u"admin"_s);
    SANDBOX_EXPECT(admin.get(u"/_plugins/_security/api/roles"_s), 403,
                   SandboxTest::parseObject(
                       R"({"error":"GET /_plugins/_security/api/roles API not allowlisted","status":"FORBIDDEN"})"));
    QCOMPARE(admin.get(u"/_cat/nodes"_s).status, 200); // allowlisted
}

void TestSandboxSecurityConfig::auditReadOnlyFieldsAndCreatedAdmin()
{
    // Our own small securityadmin directory: no admin user (--admin-password creates it, mapped to all_access)
    // and a static_audit.yml with one read-only field.
    QTemporaryDir config;
    QTemporaryDir statics;
    auto write = [](const QString &path, const QByteArray &text) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    };
    QVERIFY(write(config.filePath(u"audit.yml"_s),
                  "_meta:\n  type: audit\n  config_version: 2\nconfig:\n  enabled: true\n  audit:\n"
                  "    enable_rest: true\n  compliance:\n    internal_config: true\n"));
    QVERIFY(write(config.filePath(u"tenants.yml"_s),
                  "_meta:\n  type: tenants\n  config_version: 2\nteam:\n  description: 'x'\n"));
    QVERIFY(write(statics.filePath(u"static_audit.yml"_s), "_readonly:\n  - /compliance/internal_config\n"));
    SandboxOptions options = SandboxTest::fastOptions();
    options.configDir = config.path();
    options.staticDir = statics.path();
    options.adminPassword = u"Fresh-Admin-1"_s;
    Sandbox sandbox(options);
    const auto url = sandbox.start();
    QVERIFY2(url.ok(), url.ok() ? "" : qPrintable(url.error().toString()));
    Client client(sandbox.url());
    client.setCredentials(u"admin"_s, u"Fresh-Admin-1"_s);
    SANDBOX_EXPECT(client.get(u"/_plugins/_security/authinfo"_s), 200,
                   SandboxTest::parseObject(R"({"user_name":"admin","roles":["all_access"]})"));
    SANDBOX_EXPECT(client.get(u"/_plugins/_security/api/audit"_s), 200,
                   SandboxTest::parseObject(R"({"_readonly":["/compliance/internal_config"]})"));
    SANDBOX_EXPECT(
        client.send("PATCH", u"/_plugins/_security/api/audit"_s,
                    R"([{"op":"add","path":"/config/compliance/internal_config","value":false}])"),
        409, SandboxTest::parseObject(R"({"status":"CONFLICT","message":"Attempted to update read-only property."})"));
    SANDBOX_EXPECT(client.send("PATCH", u"/_plugins/_security/api/audit"_s,
                               R"([{"op":"add","path":"/config/audit/enable_rest","value":false}])"),
                   200, SandboxTest::parseObject(R"({"message":"Resource updated."})"));
    SANDBOX_EXPECT(client.get(u"/_plugins/_security/api/tenants/team"_s), 200,
                   SandboxTest::parseObject(R"({"team":{"description":"x","static":false}})"));
}

QTEST_GUILESS_MAIN(TestSandboxSecurityConfig)
#include "TestSandboxSecurityConfig.moc"
