// The plugin's APIs beside the configuration types, over HTTP against the sandbox (docs/api/security-api.md §13):
// account, cache, authtoken, service-account tokens, on-behalf-of tokens, whoamiprotected, tenancy/config,
// dashboardsinfo, tenantinfo, auth failure listeners, API tokens, _cat/nodes, and which of them a version has.

#include <QMessageAuthenticationCode>
#include <QtTest>

#include "tests/sandbox/SandboxTestSupport.h"

using namespace Qt::StringLiterals;
using SandboxTest::Client;
using SandboxTest::parseObject;
using SandboxTest::setDynamic;

namespace {

const QString Api = u"/_plugins/_security/api/"_s;

} // namespace

class TestSandboxAccountApis : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void account();
    void changeOwnPassword();
    void cache();
    void authToken();
    void serviceAccountToken();
    void onBehalfOfToken();
    void whoAmIProtected();
    void tenancyConfig();
    void dashboardsAndTenantInfo();
    void authFailureListeners();
    void apiTokens();
    void routesFollowTheVersion_data();
    void routesFollowTheVersion();
    void catNodes();
    void certificatesWithoutTls();

private:
    // A client logged in as admin (a new one per call: Client holds a QNetworkAccessManager).
    std::unique_ptr<Client> adminClient() const
    {
        auto client = std::make_unique<Client>(m_sandbox->url());
        client->setCredentials(u"admin"_s, u"admin"_s);
        return client;
    }
    std::unique_ptr<Sandbox> m_sandbox;
};

void TestSandboxAccountApis::init()
{
    m_sandbox = std::make_unique<Sandbox>(SandboxTest::fastOptions());
    QVERIFY(m_sandbox->start().ok());
}

void TestSandboxAccountApis::cleanup()
{
    m_sandbox.reset();
}

void TestSandboxAccountApis::account()
{
    SANDBOX_EXPECT(adminClient()->get(Api + u"account"_s), 200, parseObject(R"({"user_name":"admin","is_reserved":true,
        "is_hidden":false,"is_internal_user":true,"user_requested_tenant":null,"backend_roles":["admin"],
        "roles":["all_access"]})"));
    Client analyst(m_sandbox->url());
    analyst.setCredentials(u"analyst"_s, u"analyst"_s);
    // No REST API access needed: any authenticated user sees their own account.
    const auto reply = analyst.get(u"/_opendistro/_security/api/account"_s);
    SANDBOX_EXPECT(reply, 200, parseObject(R"({"user_name":"analyst","is_reserved":false,"is_internal_user":true,
        "tenants":{"analysts":true,"analyst":true},"custom_attribute_names":["attr.internal.floor","attr.internal.team"]})"));
    QVERIFY(!reply.header("Warning").isEmpty()); // the legacy prefix is deprecated
    Client nobody(m_sandbox->url());
    QCOMPARE(nobody.get(Api + u"account"_s).status, 401);
    SANDBOX_EXPECT(
        adminClient()->send("POST", Api + u"account"_s, R"({})"), 405,
        parseObject(
            R"({"error":"Incorrect HTTP method for uri [/_plugins/_security/api/account] and method [POST], allowed: [GET, PUT]"})"));
}

void TestSandboxAccountApis::changeOwnPassword()
{
    // The reserved admin account cannot be changed through the account API (the official story's 403).
    SANDBOX_EXPECT(
        adminClient()->send("PUT", Api + u"account"_s,
                            R"({"current_password":"myStrongPassword123!","password":"myWeakPassword123!"})"),
        403, parseObject(R"({"status":"FORBIDDEN","message":"Resource 'admin' is reserved."})"));
    Client analyst(m_sandbox->url());
    analyst.setCredentials(u"analyst"_s, u"analyst"_s);
    SANDBOX_EXPECT(analyst.send("PUT", Api + u"account"_s, R"({"password":"N3w-Passw0rd!"})"), 400,
                   parseObject(R"({"status":"error","reason":"Invalid configuration",
                       "missing_mandatory_keys":{"keys":"current_password"}})"));
    SANDBOX_EXPECT(analyst.send("PUT", Api + u"account"_s, R"({"current_password":"analyst","password":"x","foo":1})"),
                   400, parseObject(R"({"reason":"Invalid configuration","invalid_keys":{"keys":"foo"}})"));
    SANDBOX_EXPECT(analyst.send("PUT", Api + u"account"_s, R"({"current_password":"analyst","password":"abc"})"), 400,
                   parseObject(R"({"status":"error","reason":"Password is too short"})"));
    SANDBOX_EXPECT(
        analyst.send("PUT", Api + u"account"_s, R"({"current_password":"wrong","password":"N3w-Passw0rd!"})"), 400,
        parseObject(R"({"status":"BAD_REQUEST","message":"Could not validate your current password."})"));
    SANDBOX_EXPECT(
        analyst.send("PUT", Api + u"account"_s, R"({"current_password":"analyst","password":"N3w-Passw0rd!"})"), 200,
        parseObject(R"({"status":"OK","message":"'analyst' updated."})"));
    // The old password no longer works (the cached login is gone), the new one does.
    QCOMPARE(analyst.get(Api + u"account"_s).status, 401);
    analyst.setCredentials(u"analyst"_s, u"N3w-Passw0rd!"_s);
    QCOMPARE(analyst.get(Api + u"account"_s).status, 200);
    const QString hash =
        m_sandbox->store().snapshot().entity(CType::InternalUsers, u"analyst"_s).value(u"hash"_s).toString();
    QVERIFY(hash.startsWith(u"$2y$04$"_s));
}

void TestSandboxAccountApis::cache()
{
    SANDBOX_EXPECT(adminClient()->send("DELETE", Api + u"cache"_s), 200,
                   parseObject(R"({"status":"OK","message":"Cache flushed successfully."})"));
    SANDBOX_EXPECT(adminClient()->send("DELETE", Api + u"cache/user/analyst"_s), 200,
                   parseObject(R"({"status":"OK","message":"Cache invalidated for user: analyst"})"));
    for (const QByteArray method : {"GET", "PUT", "POST"})
        QCOMPARE(adminClient()->send(method, Api + u"cache"_s, method == "GET" ? QByteArray() : "{}").status, 405);
    // The legacy prefix has the flush of everything, not the per-user one.
    QCOMPARE(adminClient()->send("DELETE", u"/_opendistro/_security/api/cache"_s).status, 200);
    QCOMPARE(adminClient()->send("DELETE", u"/_opendistro/_security/api/cache/user/analyst"_s).status, 400);
    // REST API access is needed.
    Client viewer(m_sandbox->url());
    viewer.setCredentials(u"viewer"_s, u"viewer"_s);
    SANDBOX_EXPECT(viewer.send("DELETE", Api + u"cache"_s), 403, parseObject(R"({"status":"FORBIDDEN"})"));
}

void TestSandboxAccountApis::authToken()
{
    SANDBOX_EXPECT(adminClient()->send("POST", Api + u"authtoken"_s), 200,
                   parseObject(R"({"status":"OK","message":""})"));
    Client viewer(m_sandbox->url());
    viewer.setCredentials(u"viewer"_s, u"viewer"_s);
    QCOMPARE(viewer.send("POST", Api + u"authtoken"_s).status, 403);
}

void TestSandboxAccountApis::serviceAccountToken()
{
    const auto owner = adminClient();
    Client &client = *owner;
    // A service account: no password allowed, and its token is vended only while enabled.
    SANDBOX_EXPECT(
        client.send("PUT", Api + u"internalusers/robot"_s,
                    R"({"attributes":{"service":"true","enabled":"true"},"password":"Secret-123x"})"),
        400,
        parseObject(
            R"({"message":"A password cannot be provided for a service account. Failed to register service account: robot"})"));
    QCOMPARE(client.send("PUT", Api + u"internalusers/robot"_s, R"({"attributes":{"service":"true","enabled":"true"}})")
                 .status,
             201);
    const auto reply = client.send("POST", Api + u"internalusers/robot/authtoken"_s);
    QCOMPARE(reply.status, 200);
    const QString message = reply.json().value(u"message"_s).toString();
    const QString prefix = u"'robot' authtoken generated Basic auth token with user=robot, password="_s;
    QVERIFY2(message.startsWith(prefix), qPrintable(message));
    const QString password = message.mid(prefix.size());
    QVERIFY(password.size() >= 8 && password.size() <= 15);
    // The token is the account's new password: it authenticates, and it is not stored anywhere but as a hash.
    Client robot(m_sandbox->url());
    robot.setCredentials(u"robot"_s, password);
    SANDBOX_EXPECT(robot.get(u"/_plugins/_security/authinfo"_s), 200, parseObject(R"({"user_name":"robot"})"));
    const QJsonObject stored = m_sandbox->store().snapshot().entity(CType::InternalUsers, u"robot"_s);
    QVERIFY(!QJsonDocument(stored).toJson().contains(password.toUtf8()));
    // A second token replaces the first.
    QCOMPARE(client.send("POST", Api + u"internalusers/robot/authtoken"_s).status, 200);
    QCOMPARE(robot.get(u"/_plugins/_security/authinfo"_s).status, 401);

    SANDBOX_EXPECT(
        client.send("POST", Api + u"internalusers/analyst/authtoken"_s), 400,
        parseObject(
            R"({"status":"BAD_REQUEST","message":"An auth token could not be generated for the specified account."})"));
    SANDBOX_EXPECT(client.send("POST", Api + u"internalusers/ghost-x/authtoken"_s), 404,
                   parseObject(R"({"status":"NOT_FOUND","message":"user 'ghost-x' not found."})"));
    // The singular path exists but vends nothing.
    SANDBOX_EXPECT(client.send("POST", Api + u"user/robot/authtoken"_s), 501,
                   parseObject(R"({"status":"NOT_FOUND","message":"Method POST not supported for this action."})"));
    QCOMPARE(
        client.send("PUT", Api + u"internalusers/sleepy"_s, R"({"attributes":{"service":"true","enabled":"false"}})")
            .status,
        201);
    QCOMPARE(client.send("POST", Api + u"internalusers/sleepy/authtoken"_s).status, 400);
}

void TestSandboxAccountApis::onBehalfOfToken()
{
    const auto owner = adminClient();
    Client &client = *owner;
    const auto disabled = client.send("POST", Api + u"generateonbehalfoftoken"_s,
                                      R"({"description":"Auth token for admin","service":"","duration":"60"})");
    QCOMPARE(disabled.status, 400);
    QVERIFY(disabled.header("Content-Type").startsWith("text/plain"));
    QVERIFY(disabled.body.startsWith("The OnBehalfOf token generating API has been disabled"));

    const QByteArray key = QByteArray("a signing key of the sandbox tests, long enough for HS512 use").toBase64();
    setDynamic(*m_sandbox, u"on_behalf_of"_s,
               QJsonObject {{u"enabled"_s, true}, {u"signing_key"_s, QString::fromLatin1(key)}});
    SANDBOX_EXPECT(client.send("POST", Api + u"generateonbehalfoftoken"_s, R"({"duration":"60"})"), 400,
                   parseObject(R"({"error":"Unrecognized parameter: duration"})"));
    SANDBOX_EXPECT(client.send("POST", Api + u"generateonbehalfoftoken"_s, R"({"service":""})"), 400,
                   parseObject(R"({"error":"Claims must be supplied with an audience value"})"));
    SANDBOX_EXPECT(client.send("POST", Api + u"generateonbehalfoftoken"_s, R"({"durationSeconds":"soon"})"), 400,
                   parseObject(R"({"error":"durationSeconds must be a number."})"));
    const auto reply = client.send("POST", Api + u"generateonbehalfoftoken"_s,
                                   R"({"description":"test","service":"reports","durationSeconds":9999})");
    SANDBOX_EXPECT(reply, 200, parseObject(R"({"user":"admin","durationSeconds":600})"));
    const QList<QByteArray> parts = reply.json().value(u"authenticationToken"_s).toString().toLatin1().split('.');
    QCOMPARE(parts.size(), 3);
    const QByteArray expected =
        QMessageAuthenticationCode::hash(parts.at(0) + '.' + parts.at(1), QByteArray::fromBase64(key),
                                         QCryptographicHash::Sha512)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QCOMPARE(parts.at(2), expected);
    const QJsonObject claims =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding)).object();
    QCOMPARE(claims.value(u"sub"_s).toString(), u"admin"_s);
    QCOMPARE(claims.value(u"aud"_s).toString(), u"reports"_s);
    QCOMPARE(claims.value(u"exp"_s).toInteger() - claims.value(u"iat"_s).toInteger(), 600);
    // The route is a named one: a user without security:obo/create gets the REST filter's 401.
    Client viewer(m_sandbox->url());
    viewer.setCredentials(u"viewer"_s, u"viewer"_s);
    const auto denied = viewer.send("POST", Api + u"generateonbehalfoftoken"_s, R"({"service":"x"})");
    QCOMPARE(denied.status, 401);
    QVERIFY(denied.body.startsWith("no permissions for [security:obo/create] and User [name=viewer"));
}

void TestSandboxAccountApis::whoAmIProtected()
{
    // Over plain HTTP there is no SSL information, as for whoami.
    const auto reply = adminClient()->get(u"/_plugins/_security/whoamiprotected"_s);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.body, QByteArray("No security data"));
    Client viewer(m_sandbox->url());
    viewer.setCredentials(u"viewer"_s, u"viewer"_s);
    const auto denied = viewer.get(u"/_plugins/_security/whoamiprotected"_s);
    QCOMPARE(denied.status, 401);
    QVERIFY(denied.body.startsWith("no permissions for [security:whoamiprotected]"));
    Client nobody(m_sandbox->url());
    QCOMPARE(nobody.get(u"/_plugins/_security/whoamiprotected"_s).status, 401);
    QCOMPARE(adminClient()->send("POST", u"/_plugins/_security/whoamiprotected"_s, "{}").status, 405);
}

void TestSandboxAccountApis::tenancyConfig()
{
    const auto owner = adminClient();
    Client &client = *owner;
    SANDBOX_EXPECT(client.get(Api + u"tenancy/config"_s), 200,
                   parseObject(R"({"default_tenant":"","private_tenant_enabled":true,"multitenancy_enabled":true,
                       "sign_in_options":[]})"));
    // The official story's PUT.
    SANDBOX_EXPECT(client.send("PUT", Api + u"tenancy/config"_s,
                               R"({"default_tenant":"admin_tenant","private_tenant_enabled":false,
                                   "multitenancy_enabled":true,"sign_in_options":[]})"),
                   200, parseObject(R"({"default_tenant":"admin_tenant","private_tenant_enabled":false,
                       "multitenancy_enabled":true})"));
    SANDBOX_EXPECT(client.send("PUT", Api + u"tenancy/config"_s, R"({"sign_in_options":["basic"]})"), 200,
                   parseObject(R"({"sign_in_options":["BASIC"],"default_tenant":"admin_tenant"})"));
    // preferred_tenants came with 3.7.
    QVERIFY(!client.get(Api + u"tenancy/config"_s).json().contains(u"preferred_tenants"_s));
    SANDBOX_EXPECT(client.send("PUT", Api + u"tenancy/config"_s, R"({"preferred_tenants":["Global"]})"), 400,
                   parseObject(R"({"reason":"Invalid configuration","invalid_keys":{"keys":"preferred_tenants"}})"));
    const QJsonObject kibana = m_sandbox->store()
                                   .snapshot()
                                   .stored.value(CType::Config)
                                   .value(u"config"_s)
                                   .toObject()
                                   .value(u"dynamic"_s)
                                   .toObject()
                                   .value(u"kibana"_s)
                                   .toObject();
    QCOMPARE(kibana.value(u"default_tenant"_s).toString(), u"admin_tenant"_s);
    QCOMPARE(kibana.value(u"private_tenant_enabled"_s).toBool(true), false);

    SANDBOX_EXPECT(client.send("PUT", Api + u"tenancy/config"_s, R"({"default_tenant":"nowhere"})"), 400,
                   parseObject(R"({"status":400,"error":{"type":"illegal_argument_exception",
                       "reason":"nowhere can not be set to default tenant. Default tenant should be selected from one of the available tenants."}})"));
    SANDBOX_EXPECT(
        client.send("PUT", Api + u"tenancy/config"_s, R"({"default_tenant":"private_tenant"})"), 400,
        parseObject(R"({"error":{"reason":"Private tenant can not be disabled if it is the default tenant."}})"));
    SANDBOX_EXPECT(
        client.send("PUT", Api + u"tenancy/config"_s, R"({"sign_in_options":["saml"]})"), 400,
        parseObject(
            R"({"error":{"reason":"Validation failure: SAML authentication provider is not available for this cluster."}})"));
    SANDBOX_EXPECT(
        client.send("PUT", Api + u"tenancy/config"_s, R"({"multitenancy_enabled":"maybe","colour":1})"), 400,
        parseObject(R"({"status":"error","reason":"Invalid configuration","invalid_keys":{"keys":"colour"}})"));
    SANDBOX_EXPECT(client.send("PUT", Api + u"tenancy/config"_s, R"({"multitenancy_enabled":"maybe"})"), 400,
                   parseObject(R"({"reason":"Wrong datatype","multitenancy_enabled":"Boolean expected"})"));
    Client viewer(m_sandbox->url());
    viewer.setCredentials(u"viewer"_s, u"viewer"_s);
    QCOMPARE(viewer.get(Api + u"tenancy/config"_s).status, 403);
}

void TestSandboxAccountApis::dashboardsAndTenantInfo()
{
    for (const QByteArray method : {"GET", "POST"}) {
        SANDBOX_EXPECT(
            adminClient()->send(method, u"/_plugins/_security/dashboardsinfo"_s, method == "POST" ? "{}" : ""), 200,
            parseObject(R"({"user_name":"admin","not_fail_on_forbidden_enabled":false,
                           "opensearch_dashboards_mt_enabled":true,"opensearch_dashboards_index":".kibana",
                           "opensearch_dashboards_server_user":"dashboards","multitenancy_enabled":true,
                           "private_tenant_enabled":true,"default_tenant":"","resource_sharing_enabled":false})"));
    }
    QCOMPARE(adminClient()->get(u"/_opendistro/_security/kibanainfo"_s).status, 200);
    QVERIFY(!adminClient()->get(u"/_plugins/_security/dashboardsinfo"_s).json().contains(u"api_tokens_enabled"_s));

    // tenantinfo: only the super admin and the dashboards server user; everyone else gets an empty 403.
    const auto denied = adminClient()->send("POST", u"/_plugins/_security/tenantinfo"_s, "{}");
    QCOMPARE(denied.status, 403);
    QVERIFY(denied.body.isEmpty());
    QVERIFY(denied.header("Content-Type").startsWith("text/plain"));
    Client dashboards(m_sandbox->url());
    dashboards.setCredentials(u"dashboards"_s, u"dashboards"_s);
    const auto reply = dashboards.get(u"/_plugins/_security/tenantinfo"_s);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json().isEmpty() || !reply.json().contains(u".kibana"_s)); // only <index>_<hash>_<name> indices
}

void TestSandboxAccountApis::authFailureListeners()
{
    const auto owner = adminClient();
    Client &client = *owner;
    const QString path = Api + u"authfailurelisteners"_s;
    SANDBOX_EXPECT(client.get(path), 200, QJsonObject());
    QCOMPARE(client.get(path).body, QByteArray("{}"));
    SANDBOX_EXPECT(client.send("PUT", path + u"/internal_limits"_s,
                               R"({"type":"username","authentication_backend":"internal","allowed_tries":3})"),
                   200, parseObject(R"({"internal_limits":{"name":"internal_limits","type":"username",
                       "authentication_backend":"internal","allowed_tries":3,"time_window_seconds":3600,
                       "block_expiry_seconds":600,"max_blocked_clients":100000,"max_tracked_clients":100000,
                       "ignore_hosts":[]}})"));
    SANDBOX_EXPECT(client.send("PUT", path + u"/by_ip"_s, R"({"type":"ip","ignore_hosts":["10.0.0.1"]})"), 200,
                   parseObject(R"({"by_ip":{"type":"ip","authentication_backend":null,"ignore_hosts":["10.0.0.1"]}})"));
    QCOMPARE(client.get(path).json().keys(), (QStringList {u"by_ip"_s, u"internal_limits"_s}));
    for (const QByteArray &body :
         {QByteArray(R"({"type":"dns"})"), QByteArray(R"({"type":"username"})"),
          QByteArray(R"({"type":"ip","authentication_backend":"internal"})"), QByteArray(R"({"allowed_tries":3})")}) {
        const auto reply = client.send("PUT", path + u"/bad"_s, body);
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.json().value(u"message"_s).toString().contains(u"ValidationResult"_s));
    }
    SANDBOX_EXPECT(client.send("DELETE", path + u"/by_ip"_s), 200, QJsonObject());
    QCOMPARE(client.get(path).json().keys(), QStringList {u"internal_limits"_s});
    SANDBOX_EXPECT(client.send("DELETE", path + u"/by_ip"_s), 404,
                   parseObject(R"({"status":"NOT_FOUND","message":"listener not found"})"));
    const QJsonObject stored = m_sandbox->store()
                                   .snapshot()
                                   .stored.value(CType::Config)
                                   .value(u"config"_s)
                                   .toObject()
                                   .value(u"dynamic"_s)
                                   .toObject()
                                   .value(u"auth_failure_listeners"_s)
                                   .toObject();
    QCOMPARE(stored.keys(), QStringList {u"internal_limits"_s});
}

void TestSandboxAccountApis::apiTokens()
{
    m_sandbox.reset();
    SandboxOptions options = SandboxTest::fastOptions();
    options.clusterVersion = u"3.7.0"_s;
    m_sandbox = std::make_unique<Sandbox>(options);
    QVERIFY(m_sandbox->start().ok());
    const auto owner = adminClient();
    Client &client = *owner;
    const QString path = Api + u"apitokens"_s;
    SANDBOX_EXPECT(client.get(path), 403,
                   parseObject(R"({"status":"FORBIDDEN","message":"API tokens are not enabled."})"));
    setDynamic(*m_sandbox, u"api_tokens"_s, QJsonObject {{u"enabled"_s, true}, {u"max_duration_seconds"_s, 3600}});
    QCOMPARE(client.get(path).body, QByteArray("[]"));
    QVERIFY(client.get(Api + u"securityconfig"_s).body.contains("\"api_tokens\""));
    SANDBOX_EXPECT(client.get(u"/_plugins/_security/dashboardsinfo"_s), 200,
                   parseObject(R"({"api_tokens_enabled":true,"max_duration_seconds":3600,"preferred_tenants":[]})"));
    SANDBOX_EXPECT(client.send("PUT", Api + u"tenancy/config"_s, R"({"preferred_tenants":["Global","Private"]})"), 200,
                   parseObject(R"({"preferred_tenants":["Global","Private"]})"));
    SANDBOX_EXPECT(client.send("POST", path, R"({"name":"reports","duration_seconds":7200})"), 400,
                   parseObject(R"({"error":"Token duration exceeds the maximum allowed duration of 3600 seconds."})"));
    SANDBOX_EXPECT(
        client.send("POST", path, R"({"name":"reports"})"), 400,
        parseObject(R"({"error":"Non-expiring tokens are not allowed. Maximum duration is 3600 seconds."})"));
    SANDBOX_EXPECT(
        client.send("POST", path, R"({"name":"bad name","duration_seconds":60})"), 400,
        parseObject(R"({"error":"Token name must contain only alphanumeric characters, hyphens, and underscores."})"));
    const auto created =
        client.send("POST", path,
                    R"({"name":"reports","duration_seconds":600,"cluster_permissions":["cluster_monitor"],
                                         "index_permissions":[{"index_pattern":["logs-*"],"allowed_actions":["read"]}]})");
    QCOMPARE(created.status, 200);
    const QString id = created.json().value(u"id"_s).toString();
    const QString token = created.json().value(u"token"_s).toString();
    QVERIFY(token.startsWith(u"os_"_s) && token.size() > 40);
    SANDBOX_EXPECT(client.send("POST", path, R"({"name":"reports","duration_seconds":60})"), 400,
                   parseObject(R"({"error":"A token with name 'reports' already exists."})"));
    const QJsonArray list = QJsonDocument::fromJson(client.get(path).body).array();
    QCOMPARE(list.size(), 1);
    const QJsonObject listed = list.first().toObject();
    QCOMPARE(listed.value(u"id"_s).toString(), id);
    QCOMPARE(listed.value(u"created_by"_s).toString(), u"admin"_s);
    QCOMPARE(listed.value(u"expires_at"_s).toInteger() - listed.value(u"iat"_s).toInteger(), 600000);
    QVERIFY(!listed.contains(u"token"_s) && !listed.contains(u"revoked_at"_s));
    // The value is answered once and kept nowhere.
    QVERIFY(!client.get(path).body.contains(token.toUtf8()));
    SANDBOX_EXPECT(
        client.send("DELETE", path + u'/' + id), 200,
        parseObject(QJsonDocument(QJsonObject {{u"message"_s, u"Token %1 revoked successfully."_s.arg(id)}}).toJson()));
    QVERIFY(QJsonDocument::fromJson(client.get(path).body).array().first().toObject().contains(u"revoked_at"_s));
    QCOMPARE(client.send("DELETE", path + u"/no-such-id"_s).status, 500);
    Client viewer(m_sandbox->url());
    viewer.setCredentials(u"viewer"_s, u"viewer"_s);
    SANDBOX_EXPECT(
        viewer.get(path), 403,
        parseObject(
            R"({"message":"No permission to access REST API: User does not have required security API access"})"));
}

void TestSandboxAccountApis::routesFollowTheVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("exists");
    QTest::newRow("apitokens on 3.3") << u"3.3.0"_s << QByteArray("GET") << Api + u"apitokens"_s << false;
    QTest::newRow("apitokens on 3.7") << u"3.7.0"_s << QByteArray("GET") << Api + u"apitokens"_s << true;
    QTest::newRow("cache/user on 3.0") << u"3.0.0"_s << QByteArray("DELETE") << Api + u"cache/user/x"_s << false;
    QTest::newRow("cache/user on 3.1") << u"3.1.0"_s << QByteArray("DELETE") << Api + u"cache/user/x"_s << true;
    QTest::newRow("listeners on 2.19") << u"2.19.0"_s << QByteArray("GET") << Api + u"authfailurelisteners"_s << false;
    QTest::newRow("listeners on 3.0") << u"3.0.0"_s << QByteArray("GET") << Api + u"authfailurelisteners"_s << true;
    QTest::newRow("certificates on 2.14") << u"2.14.0"_s << QByteArray("GET") << Api + u"certificates"_s << false;
    QTest::newRow("certificates on 2.15") << u"2.15.0"_s << QByteArray("GET") << Api + u"certificates"_s << true;
}

void TestSandboxAccountApis::routesFollowTheVersion()
{
    QFETCH(QString, version);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(bool, exists);
    m_sandbox.reset();
    SandboxOptions options = SandboxTest::fastOptions();
    options.clusterVersion = version;
    m_sandbox = std::make_unique<Sandbox>(options);
    QVERIFY(m_sandbox->start().ok());
    const auto reply = adminClient()->send(method, path);
    if (exists) {
        QVERIFY2(reply.status != 400, reply.body.constData());
    } else {
        SANDBOX_EXPECT(
            reply, 400,
            parseObject(QJsonDocument(QJsonObject {{u"error"_s, u"no handler found for uri [%1] and method [%2]"_s.arg(
                                                                    path, QString::fromLatin1(method))}})
                            .toJson()));
    }
    SANDBOX_EXPECT(
        adminClient()->get(u"/"_s), 200,
        parseObject(QJsonDocument(QJsonObject {{u"version"_s, QJsonObject {{u"number"_s, version}}}}).toJson()));
}

void TestSandboxAccountApis::catNodes()
{
    const auto reply = adminClient()->get(u"/_cat/nodes?full_id=true&size=1&format=json&h=id"_s);
    QCOMPARE(reply.status, 200);
    const QJsonArray rows = QJsonDocument::fromJson(reply.body).array();
    QCOMPARE(rows.size(), 1);
    const QString id = rows.first().toObject().value(u"id"_s).toString();
    QCOMPARE(id.size(), 19);
    // The same node id names the node in api/certificates (here through the admin certificate header).
    QCOMPARE(adminClient()->get(u"/_cat/nodes?h=id"_s).body, id.left(4).toUtf8() + '\n');
}

void TestSandboxAccountApis::certificatesWithoutTls()
{
    // An all_access user is not a REST admin for certificates: "Access denied" (the official story's 403).
    for (const QString &path : QStringList {Api + u"certificates?cert_type=all"_s, Api + u"ssl/certs"_s}) {
        SANDBOX_EXPECT(adminClient()->get(path), 403,
                       parseObject(R"({"status":"FORBIDDEN","message":"Access denied"})"));
    }
    SANDBOX_EXPECT(adminClient()->send("PUT", Api + u"ssl/http/reloadcerts"_s), 403,
                   parseObject(R"({"status":"FORBIDDEN","message":"Access denied"})"));

    m_sandbox.reset();
    SandboxOptions options = SandboxTest::fastOptions();
    options.restApiAdmin = true;
    options.adminCertHeader = "X-Test-Dn";
    m_sandbox = std::make_unique<Sandbox>(options);
    QVERIFY(m_sandbox->start().ok());
    Client kirk(m_sandbox->url());
    kirk.setRawHeader("X-Test-Dn", "CN=kirk,OU=client,O=client,L=test,C=de");
    const QString node =
        QString::fromUtf8(QJsonDocument::fromJson(kirk.get(u"/_cat/nodes?full_id=true&format=json&h=id"_s).body)
                              .array()
                              .first()
                              .toObject()
                              .value(u"id"_s)
                              .toString()
                              .toUtf8());
    // Without TLS the HTTP list is empty; the transport layer reports the demo certificates, CA first.
    const auto all = kirk.get(Api + u"certificates"_s);
    SANDBOX_EXPECT(all, 200,
                   parseObject(R"({"_nodes":{"total":1,"successful":1,"failed":0},"cluster_name":"secdesk-sandbox"})"));
    const QJsonObject certificates =
        all.json().value(u"nodes"_s).toObject().value(node).toObject().value(u"certificates"_s).toObject();
    QCOMPARE(certificates.keys(), (QStringList {u"http"_s, u"transport"_s, u"transport_client"_s}));
    QCOMPARE(certificates.value(u"http"_s).toArray().size(), 0);
    const QJsonArray transport = certificates.value(u"transport"_s).toArray();
    QCOMPARE(transport.size(), 2);
    QCOMPARE(transport.at(0).toObject().value(u"has_private_key"_s).toBool(), false);
    QVERIFY(transport.at(1).toObject().value(u"san"_s).toString().contains(u"[7, 127.0.0.1]"_s));
    const auto one = kirk.get(Api + u"certificates/"_s + node + u"?cert_type=transport"_s);
    QCOMPARE(one.json().value(u"nodes"_s).toObject().value(node).toObject().value(u"certificates"_s).toObject().keys(),
             QStringList {u"transport"_s});
    SANDBOX_EXPECT(kirk.get(Api + u"certificates/other-node"_s), 200,
                   parseObject(R"({"_nodes":{"total":0},"nodes":{}})"));
    SANDBOX_EXPECT(kirk.get(Api + u"certificates?cert_type=web"_s), 500,
                   parseObject(R"({"status":"INTERNAL_SERVER_ERROR"})"));
    SANDBOX_EXPECT(kirk.get(Api + u"ssl/certs"_s), 200, parseObject(R"({"http_certificates_list":null})"));
    QCOMPARE(kirk.get(Api + u"ssl/certs"_s).json().value(u"transport_certificates_list"_s).toArray().size(), 1);
    // Reloading is off unless the node allows it.
    SANDBOX_EXPECT(
        kirk.send("PUT", Api + u"ssl/transport/reloadcerts"_s), 400,
        parseObject(
            R"({"message":"no handler found for uri [/_plugins/_security/api/ssl/transport/reloadcerts] and method [PUT]. In order to use SSL reload functionality set plugins.security.ssl_cert_reload_enabled to true"})"));
    // sslinfo over plain HTTP: no SSL information.
    SANDBOX_EXPECT(
        adminClient()->get(u"/_opendistro/_security/sslinfo"_s), 200,
        parseObject(R"({"principal":null,"peer_certificates":"0","ssl_protocol":null,"ssl_provider_http":null,
                       "ssl_provider_transport_server":"JDK"})"));
    QCOMPARE(adminClient()->get(u"/_plugins/_security/sslinfo"_s).status, 400);
}

QTEST_GUILESS_MAIN(TestSandboxAccountApis)
#include "TestSandboxAccountApis.moc"
