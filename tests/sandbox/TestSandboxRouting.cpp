// Routing errors, authentication, REST API access and the identity endpoints, over real loopback HTTP
// (docs/api/security-api.md §1.1, §1.2, §2.1, §2.2, §10).

#include <QtTest>

#include "tests/sandbox/SandboxTestSupport.h"

using namespace Qt::StringLiterals;
using SandboxTest::Client;

class TestSandboxRouting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void requests_data();
    void requests();
    void switchedOffRoutes_data();
    void switchedOffRoutes();
    void restAdminMode();
    void settings_data();
    void settings();

private:
    std::unique_ptr<Sandbox> m_sandbox;
};

void TestSandboxRouting::initTestCase()
{
    m_sandbox = std::make_unique<Sandbox>(SandboxTest::fastOptions());
    const auto url = m_sandbox->start();
    QVERIFY2(url.ok(), url.ok() ? "" : qPrintable(url.error().toString()));
}

void TestSandboxRouting::cleanupTestCase()
{
    m_sandbox.reset();
}

void TestSandboxRouting::requests_data()
{
    QTest::addColumn<QString>("user"); // "user:password" or empty
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("expected"); // JSON members, or "text:<exact body>"
    QTest::addColumn<QByteArray>("header");   // "Name: value prefix" or empty
    const QByteArray json = "application/json";
    const QString api = u"/_plugins/_security/api"_s;

    QTest::newRow("no handler, before authentication")
        << QString() << QByteArray("GET") << api + u"/nope"_s << QByteArray() << json << 400
        << QByteArray(R"({"error":"no handler found for uri [/_plugins/_security/api/nope] and method [GET]"})")
        << QByteArray();
    QTest::newRow("no handler: PUT securityconfig/xxx")
        << u"admin:admin"_s << QByteArray("PUT") << api + u"/securityconfig/xxx"_s << QByteArray(R"({"a":1})") << json
        << 400
        << QByteArray(
               R"({"error":"no handler found for uri [/_plugins/_security/api/securityconfig/xxx] and method [PUT]"})")
        << QByteArray();
    QTest::newRow("405 DELETE on a collection")
        << QString() << QByteArray("DELETE") << api + u"/roles"_s << QByteArray() << json << 405
        << QByteArray(R"({"status":405})") << QByteArray("Allow: ");
    QTest::newRow("405 GET securityconfig/config")
        << u"admin:admin"_s << QByteArray("GET") << api + u"/securityconfig/config"_s << QByteArray() << json << 405
        << QByteArray(
               R"({"error":"Incorrect HTTP method for uri [/_plugins/_security/api/securityconfig/config] and method [GET], allowed: [PUT]","status":405})")
        << QByteArray("Allow: PUT");
    QTest::newRow("405 POST version/v3") << u"admin:admin"_s << QByteArray("POST") << api + u"/version/v3"_s
                                         << QByteArray() << json << 405 << QByteArray(R"({"status":405})")
                                         << QByteArray("Allow: GET");
    QTest::newRow("406 body without Content-Type")
        << u"admin:admin"_s << QByteArray("PUT") << api + u"/tenants/t1"_s << QByteArray(R"({"description":"x"})")
        << QByteArray("-") << 406 << QByteArray(R"({"error":"Content-Type header is missing","status":406})")
        << QByteArray();
    QTest::newRow("406 unsupported Content-Type")
        << u"admin:admin"_s << QByteArray("PUT") << api + u"/tenants/t1"_s << QByteArray(R"({"description":"x"})")
        << QByteArray("text/plain") << 406
        << QByteArray(R"({"error":"Content-Type header [text/plain] is not supported","status":406})") << QByteArray();
    QTest::newRow("401 without credentials")
        << QString() << QByteArray("GET") << api + u"/roles"_s << QByteArray() << json << 401
        << QByteArray("text:Unauthorized") << QByteArray("WWW-Authenticate: Basic realm=\"OpenSearch Security\"");
    QTest::newRow("401 wrong password") << u"admin:wrong"_s << QByteArray("GET") << api + u"/roles"_s << QByteArray()
                                        << json << 401 << QByteArray("text:Unauthorized")
                                        << QByteArray("WWW-Authenticate: Basic");
    QTest::newRow("401 unknown user") << u"nobody:nobody"_s << QByteArray("GET") << api + u"/roles"_s << QByteArray()
                                      << json << 401 << QByteArray("text:Unauthorized") << QByteArray();
    QTest::newRow("403 no REST API access")
        << u"viewer:viewer"_s << QByteArray("GET") << api + u"/roles"_s << QByteArray() << json << 403
        << QByteArray(
               R"({"status":"FORBIDDEN","message":"No permission to access REST API: User viewer with Security roles [readall] does not have any role privileged for admin access. No ssl info found in request."})")
        << QByteArray();
    QTest::newRow("403 before the unknown-parameter check")
        << u"viewer:viewer"_s << QByteArray("GET") << api + u"/roles?foo=1"_s << QByteArray() << json << 403
        << QByteArray(R"({"status":"FORBIDDEN"})") << QByteArray();
    QTest::newRow("400 unknown query parameter")
        << u"admin:admin"_s << QByteArray("GET") << api + u"/roles?foo=1"_s << QByteArray() << json << 400
        << QByteArray(
               R"({"status":400,"error":{"type":"illegal_argument_exception","reason":"request [/_plugins/_security/api/roles] contains unrecognized parameter: [foo]"}})")
        << QByteArray();
    QTest::newRow("400 securityconfig takes no parameters")
        << u"admin:admin"_s << QByteArray("GET") << api + u"/securityconfig?filterBy=x"_s << QByteArray() << json << 400
        << QByteArray(R"({"status":400})") << QByteArray();
    QTest::newRow("global parameters are accepted")
        << u"admin:admin"_s << QByteArray("GET") << api + u"/roles?pretty&human=true"_s << QByteArray() << json << 200
        << QByteArray(R"({"all_access":{"static":true}})") << QByteArray();
    QTest::newRow("trailing slash ignored")
        << u"admin:admin"_s << QByteArray("GET") << api + u"/tenants/"_s << QByteArray() << json << 200
        << QByteArray(R"({"analysts":{"description":"Shared dashboards of the analysts"}})") << QByteArray();
    QTest::newRow("legacy prefix warns") << u"admin:admin"_s << QByteArray("GET")
                                         << u"/_opendistro/_security/api/tenants"_s << QByteArray() << json << 200
                                         << QByteArray(R"({"global_tenant":{"static":true,"reserved":true}})")
                                         << QByteArray("Warning: 299 OpenSearch-");
    QTest::newRow("legacy alias actiongroup")
        << u"admin:admin"_s << QByteArray("GET") << u"/_opendistro/_security/api/actiongroup/read"_s << QByteArray()
        << json << 200 << QByteArray(R"({"read":{"static":true}})") << QByteArray();
    QTest::newRow("no legacy versions")
        << u"admin:admin"_s << QByteArray("GET") << u"/_opendistro/_security/api/versions"_s << QByteArray() << json
        << 400
        << QByteArray(R"({"error":"no handler found for uri [/_opendistro/_security/api/versions] and method [GET]"})")
        << QByteArray();
    QTest::newRow("no legacy allowlist") << u"admin:admin"_s << QByteArray("GET")
                                         << u"/_opendistro/_security/api/allowlist"_s << QByteArray() << json << 400
                                         << QByteArray() << QByteArray();
    QTest::newRow("no legacy whoami") << QString() << QByteArray("GET") << u"/_opendistro/_security/whoami"_s
                                      << QByteArray() << json << 400 << QByteArray() << QByteArray();
    QTest::newRow("GET / like a cluster")
        << u"admin:admin"_s << QByteArray("GET") << u"/"_s << QByteArray() << json << 200
        << QByteArray(R"({"version":{"distribution":"opensearch","number":"3.3.0"},"cluster_name":"secdesk-sandbox"})")
        << QByteArray();
    QTest::newRow("GET / needs authentication") << QString() << QByteArray("GET") << u"/"_s << QByteArray() << json
                                                << 401 << QByteArray("text:Unauthorized") << QByteArray();
    QTest::newRow("authinfo")
        << u"admin:admin"_s << QByteArray("GET") << u"/_plugins/_security/authinfo"_s << QByteArray() << json << 200
        << QByteArray(
               R"({"user_name":"admin","backend_roles":["admin"],"roles":["all_access"],"peer_certificates":"0","tenants":{"admin":true,"global_tenant":true}})")
        << QByteArray();
    QTest::newRow("authinfo of a non-REST user, legacy, POST")
        << u"analyst:analyst"_s << QByteArray("POST") << u"/_opendistro/_security/authinfo"_s << QByteArray() << json
        << 200
        << QByteArray(
               R"({"user_name":"analyst","roles":["analyst_role","readall"],"tenants":{"analysts":true},"custom_attribute_names":["attr.internal.floor","attr.internal.team"]})")
        << QByteArray("Warning: 299");
    QTest::newRow("authinfo verbose") << u"admin:admin"_s << QByteArray("GET")
                                      << u"/_plugins/_security/authinfo?verbose=true&auth_type=x"_s << QByteArray()
                                      << json << 200 << QByteArray(R"({"user_name":"admin"})") << QByteArray();
    QTest::newRow("authinfo needs authentication")
        << QString() << QByteArray("GET") << u"/_plugins/_security/authinfo"_s << QByteArray() << json << 401
        << QByteArray("text:Unauthorized") << QByteArray();
    QTest::newRow("health without authentication")
        << QString() << QByteArray("GET") << u"/_plugins/_security/health"_s << QByteArray() << json << 200
        << QByteArray(
               R"({"message":null,"mode":"strict","status":"UP","settings":{"plugins.security.cache.ttl_minutes":60}})")
        << QByteArray();
    QTest::newRow("health lenient, legacy")
        << QString() << QByteArray("POST") << u"/_opendistro/_security/health?mode=lenient"_s << QByteArray() << json
        << 200 << QByteArray(R"({"mode":"lenient","status":"UP"})") << QByteArray();
    QTest::newRow("whoami over plain HTTP")
        << QString() << QByteArray("GET") << u"/_plugins/_security/whoami"_s << QByteArray() << json << 403
        << QByteArray("text:No security data") << QByteArray();
    QTest::newRow("version/rollback matches version/{id}")
        << u"admin:admin"_s << QByteArray("GET") << api + u"/version/rollback"_s << QByteArray() << json << 404
        << QByteArray(R"({"status":"NOT_FOUND","message":"Version rollback not found"})") << QByteArray();
    QTest::newRow("permissionsinfo skips the REST check")
        << u"viewer:viewer"_s << QByteArray("GET") << api + u"/permissionsinfo"_s << QByteArray() << json << 200
        << QByteArray(R"({"user_name":"viewer","has_api_access":false})") << QByteArray();
    QTest::newRow("allowlist needs a REST admin")
        << u"admin:admin"_s << QByteArray("GET") << api + u"/allowlist"_s << QByteArray() << json << 403
        << QByteArray(R"({"status":"FORBIDDEN","message":"Access denied"})") << QByteArray();
    QTest::newRow("nodesdn needs a REST admin")
        << u"admin:admin"_s << QByteArray("GET") << api + u"/nodesdn"_s << QByteArray() << json << 403
        << QByteArray(R"({"status":"FORBIDDEN","message":"Access denied"})") << QByteArray();
    QTest::newRow("OPTIONS lists the methods") << QString() << QByteArray("OPTIONS") << api + u"/roles/r1"_s
                                               << QByteArray() << json << 200 << QByteArray() << QByteArray("Allow: ");
}

void TestSandboxRouting::requests()
{
    QFETCH(QString, user);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, header);

    Client client(m_sandbox->url());
    if (!user.isEmpty())
        client.setCredentials(user.section(u':', 0, 0), user.section(u':', 1));
    const auto reply = client.send(method, path, body, contentType);
    if (expected.startsWith("text:")) {
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.body, expected.mid(5));
        QVERIFY(reply.header("Content-Type").startsWith("text/plain"));
    } else {
        SANDBOX_EXPECT(reply, status, SandboxTest::parseObject(expected));
        if (!reply.body.isEmpty())
            QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    }
    if (!header.isEmpty()) {
        const QByteArray name = header.left(header.indexOf(':'));
        const QByteArray prefix = header.mid(name.size() + 2);
        QVERIFY2(reply.header(name).startsWith(prefix), reply.header(name).constData());
    }
}

void TestSandboxRouting::switchedOffRoutes_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("versions") << u"/_plugins/_security/api/versions"_s;
    QTest::newRow("version id") << u"/_plugins/_security/api/version/v1"_s;
    QTest::newRow("nodesdn") << u"/_plugins/_security/api/nodesdn"_s;
}

void TestSandboxRouting::switchedOffRoutes()
{
    QFETCH(QString, path);
    SandboxOptions options = SandboxTest::fastOptions();
    options.versioning = false;
    options.nodesDnEnabled = false;
    Sandbox sandbox(options);
    QVERIFY(sandbox.start().ok());
    Client client(sandbox.url());
    client.setCredentials(u"admin"_s, u"admin"_s);
    const auto reply = client.get(path);
    SANDBOX_EXPECT(reply, 400,
                   (QJsonObject {{u"error"_s, u"no handler found for uri [%1] and method [GET]"_s.arg(path)}}));
    QVERIFY(!reply.json().contains(u"status"_s));
}

void TestSandboxRouting::restAdminMode()
{
    SandboxOptions options = SandboxTest::fastOptions();
    options.restApiAdmin = true;
    Sandbox sandbox(options);
    QVERIFY(sandbox.start().ok());
    Client client(sandbox.url());
    client.setCredentials(u"secadmin"_s, u"secadmin"_s);
    // secadmin holds restapi:admin/* through security_rest_api_full_access: it sees hidden entities.
    SANDBOX_EXPECT(client.get(u"/_plugins/_security/api/roles/maintenance_role"_s), 200,
                   (QJsonObject {{u"maintenance_role"_s, QJsonObject {{u"hidden"_s, true}}}}));
    SANDBOX_EXPECT(client.get(u"/_plugins/_security/api/allowlist"_s), 200,
                   (QJsonObject {{u"config"_s, QJsonObject {{u"enabled"_s, false}}}}));
    SANDBOX_EXPECT(
        client.get(u"/_plugins/_security/api/nodesdn?show_all=true"_s), 200,
        SandboxTest::parseObject(R"({"STATIC_OPENSEARCH_YML_NODES_DN":{"nodes_dn":[]},"sandbox_cluster":{}})"));
    // all_access is not a REST admin (a "*" does not count): hidden entities stay invisible.
    client.setCredentials(u"admin"_s, u"admin"_s);
    SANDBOX_EXPECT(
        client.get(u"/_plugins/_security/api/roles/maintenance_role"_s), 404,
        SandboxTest::parseObject(R"({"status":"NOT_FOUND","message":"role 'maintenance_role' not found."})"));
}

void TestSandboxRouting::settings_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("expected"); // JSON members, or "text:<exact body>"
    const QString roles = u"/_plugins/_security/api/roles"_s;
    QTest::newRow("endpoints_disabled for a role")
        << u"disabled"_s << u"admin"_s << QByteArray("DELETE") << roles + u"/analyst_role"_s << 403
        << QByteArray(
               R"({"message":"No permission to access REST API: User admin with Security roles [all_access] does not have any access to endpoint ROLES and method DELETE. No ssl info found in request."})");
    QTest::newRow("endpoints_disabled, other methods stay")
        << u"disabled"_s << u"admin"_s << QByteArray("GET") << roles << 200 << QByteArray();
    QTest::newRow("endpoints_disabled global")
        << u"disabled"_s << u"admin"_s << QByteArray("GET") << u"/_plugins/_security/api/versions"_s << 403
        << QByteArray(R"({"status":"FORBIDDEN"})");
    QTest::newRow("permissionsinfo lists them")
        << u"disabled"_s << u"admin"_s << QByteArray("GET") << u"/_plugins/_security/api/permissionsinfo"_s << 200
        << QByteArray(
               R"({"has_api_access":true,"disabled_endpoints":{"ROLES":["DELETE","PUT"],"VIEW_VERSION":["DELETE","GET","PATCH","POST","PUT"]}})");
    QTest::newRow("no challenging authenticator") << u"nochallenge"_s << QString() << QByteArray("GET") << roles << 401
                                                  << QByteArray("text:Authentication finally failed");
    QTest::newRow("admin DN over HTTP")
        << u"admindnuser"_s << u"CN=kirk,OU=client,O=client,L=test,C=de"_s << QByteArray("GET") << roles << 403
        << QByteArray("text:Cannot authenticate user because admin user is not permitted to login via HTTP");
    QTest::newRow("emulator admin-cert header")
        << u"certheader"_s << QString() << QByteArray("GET") << roles + u"/maintenance_role"_s << 200
        << QByteArray(R"({"maintenance_role":{"hidden":true}})");
    QTest::newRow("emulator admin-cert header, whoami")
        << u"certheader"_s << QString() << QByteArray("GET") << u"/_plugins/_security/whoami"_s << 200
        << QByteArray(R"({"dn":"CN=kirk,OU=client,O=client,L=test,C=de","is_admin":true})");
    QTest::newRow("header ignored without the switch")
        << QString() << QString() << QByteArray("GET") << roles << 401 << QByteArray("text:Unauthorized");
}

void TestSandboxRouting::settings()
{
    QFETCH(QString, setting);
    QFETCH(QString, user);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, expected);
    SandboxOptions options = SandboxTest::fastOptions();
    if (setting == u"disabled") {
        options.endpointsDisabled[u"all_access"_s][u"roles"_s] = QStringList {u"delete"_s, u"PUT"_s};
        options.endpointsDisabled[u"global"_s][u"VIEW_VERSION"_s] = QStringList {u"*"_s};
    } else if (setting == u"certheader") {
        options.adminCertHeader = "X-Emulator-Admin-Cert";
    }
    Sandbox sandbox(options);
    QVERIFY(sandbox.start().ok());
    Client client(sandbox.url());
    if (setting == u"nochallenge") {
        client.setCredentials(u"admin"_s, u"admin"_s);
        QCOMPARE(
            client
                .send(
                    "PATCH", u"/_plugins/_security/api/securityconfig"_s,
                    R"([{"op":"add","path":"/config/dynamic/authc/basic_internal_auth_domain/http_authenticator/challenge","value":false}])")
                .status,
            200);
        client.clearCredentials();
    }
    if (setting == u"admindnuser") {
        // A stored user named like the admin DN may still not log in over HTTP.
        client.setCredentials(u"admin"_s, u"admin"_s);
        QCOMPARE(
            client
                .send("PUT",
                      u"/_plugins/_security/api/internalusers/"_s + QString::fromLatin1(QUrl::toPercentEncoding(user)),
                      R"({"password":"Some-Pass-123"})")
                .status,
            201);
        client.setCredentials(user, u"Some-Pass-123"_s);
    } else if (!user.isEmpty()) {
        client.setCredentials(user, user);
    }
    client.setRawHeader("X-Emulator-Admin-Cert", "CN=kirk,OU=client,O=client,L=test,C=de");
    const auto reply = client.send(method, path);
    if (expected.startsWith("text:")) {
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.body, expected.mid(5));
    } else {
        SANDBOX_EXPECT(reply, status, SandboxTest::parseObject(expected));
    }
}

QTEST_GUILESS_MAIN(TestSandboxRouting)
#include "TestSandboxRouting.moc"
