// PUT, DELETE and PATCH on the five CRUD resources: the pipeline order, reserved/hidden/static rules and the exact
// messages of docs/api/security-api.md §3.4, §4.3 to §4.6 and §5, table-driven over real loopback HTTP. Each row runs
// on a fresh sandbox.

#include <QtTest>

#include "tests/sandbox/SandboxTestSupport.h"

using namespace Qt::StringLiterals;
using SandboxTest::Client;

class TestSandboxCrud : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void writes_data();
    void writes();
    void getBlanksHashes();
    void passwordChangeTakesEffect();
    void collectionPatchAddsUsers();
    void staticChangeByAdminIsInvisible();
    void passwordRegex_data();
    void passwordRegex();

private:
    std::unique_ptr<Sandbox> m_sandbox;
};

void TestSandboxCrud::init()
{
    SandboxOptions options = SandboxTest::fastOptions();
    options.restApiAdmin = true; // secadmin is a REST admin; admin (all_access) is not
    m_sandbox = std::make_unique<Sandbox>(options);
    QVERIFY(m_sandbox->start().ok());
}

void TestSandboxCrud::cleanup()
{
    m_sandbox.reset();
}

namespace {

void row(const char *name, const QString &user, const QByteArray &method, const QString &path, const QByteArray &body,
         int status, const QByteArray &expected)
{
    QTest::newRow(name) << user << method << path << body << status << expected;
}

QByteArray message(const char *status, const QString &text)
{
    return QJsonDocument(QJsonObject {{u"status"_s, QString::fromLatin1(status)}, {u"message"_s, text}})
        .toJson(QJsonDocument::Compact);
}

QByteArray reason(const QString &text)
{
    return QJsonDocument(QJsonObject {{u"status"_s, u"error"_s}, {u"reason"_s, text}}).toJson(QJsonDocument::Compact);
}

} // namespace

void TestSandboxCrud::writes_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("expected");
    const QString admin = u"admin"_s;       // REST API access, not a REST admin
    const QString secadmin = u"secadmin"_s; // REST admin
    const QString roles = u"/_plugins/_security/api/roles/"_s;
    const QString users = u"/_plugins/_security/api/internalusers/"_s;
    const QString mappings = u"/_plugins/_security/api/rolesmapping/"_s;
    const QString groups = u"/_plugins/_security/api/actiongroups/"_s;
    const QString tenants = u"/_plugins/_security/api/tenants/"_s;
    const QByteArray longText = QByteArray(257, 'x');

    // PUT pipeline (§4.3)
    row("PUT creates", admin, "PUT", roles + u"r1"_s, R"({"cluster_permissions":["cluster_monitor"]})", 201,
        message("CREATED", u"'r1' created."_s));
    row("PUT replaces", admin, "PUT", roles + u"analyst_role"_s, R"({"description":"new"})", 200,
        message("OK", u"'analyst_role' updated."_s));
    row("PUT name too long", admin, "PUT", roles + QString(257, u'n'), R"({"description":"x"})", 400,
        message("BAD_REQUEST", u"role name exceeds maximum length of 256."_s));
    row("PUT unparsable body", admin, "PUT", roles + u"r1"_s, R"({"description":)", 400,
        reason(u"Could not parse content of request."_s));
    row("PUT empty object", admin, "PUT", roles + u"r1"_s, "{}", 400,
        reason(u"Request body required for this action."_s));
    row("PUT invalid keys", admin, "PUT", roles + u"r1"_s, R"({"description":"x","foo":1})", 400,
        R"({"status":"error","reason":"Invalid configuration","invalid_keys":{"keys":"foo"}})");
    row("PUT hidden key by a non-admin", admin, "PUT", roles + u"r1"_s, R"({"hidden":true,"description":"x"})", 400,
        R"({"reason":"Invalid configuration","invalid_keys":{"keys":"hidden"}})");
    row("PUT hidden key by a REST admin", secadmin, "PUT", roles + u"r1"_s, R"({"hidden":true,"description":"x"})", 201,
        message("CREATED", u"'r1' created."_s));
    row("PUT static key", secadmin, "PUT", roles + u"r1"_s, R"({"static":true})", 400,
        R"({"reason":"Invalid configuration","invalid_keys":{"keys":"static"}})");
    row("PUT wrong datatype", admin, "PUT", roles + u"r1"_s, R"({"cluster_permissions":"a","description":[]})", 400,
        R"({"status":"error","reason":"Wrong datatype","cluster_permissions":"Array expected","description":"String expected"})");
    row("PUT null array element", admin, "PUT", roles + u"r1"_s, R"({"cluster_permissions":["a",null]})", 400,
        reason(u"`null` or blank values are not allowed as json array elements"_s));
    row("PUT blank nested array element", admin, "PUT", roles + u"r1"_s,
        R"({"index_permissions":[{"index_patterns":["  "]}]})", 400,
        reason(u"`null` or blank values are not allowed as json array elements"_s));
    row("PUT string too long", admin, "PUT", roles + u"r1"_s, "{\"description\":\"" + longText + "\"}", 400,
        reason(u"String value exceeds the maximum allowed length of 256 characters"_s));
    row("PUT unknown nested member is a 500", admin, "PUT", roles + u"r1"_s,
        R"({"index_permissions":[{"index_patterns":["a"],"foo":1}]})", 500, R"({"status":500,"error":{}})");
    row("PUT masked fields", admin, "PUT", roles + u"r1"_s,
        R"({"index_permissions":[{"index_patterns":["a"],"masked_fields":["ip","mail::SHA-512","card::/[0-9]{4}/::****"]}]})",
        201, message("CREATED", u"'r1' created."_s));
    row("PUT invalid masked field", admin, "PUT", roles + u"r1"_s,
        R"({"index_permissions":[{"index_patterns":["a"],"masked_fields":["ip::NOPE"]}]})", 400,
        R"({"status":"error","reason":"Wrong datatype","Masked field not valid: ip::NOPE":"Unknown hash algorithm NOPE"})");
    row("PUT reserved", admin, "PUT", roles + u"sandbox_reports_read"_s, R"({"description":"x"})", 403,
        message("FORBIDDEN", u"Resource 'sandbox_reports_read' is reserved."_s));
    row("PUT static", admin, "PUT", roles + u"all_access"_s, R"({"description":"x"})", 403,
        message("FORBIDDEN", u"Resource 'all_access' is static."_s));
    row("PUT hidden", admin, "PUT", roles + u"maintenance_role"_s, R"({"description":"x"})", 404,
        message("NOT_FOUND", u"Resource 'maintenance_role' is not available."_s));
    row("PUT reserved by a REST admin", secadmin, "PUT", roles + u"sandbox_reports_read"_s, R"({"description":"x"})",
        200, message("OK", u"'sandbox_reports_read' updated."_s));
    row("PUT static by a REST admin", secadmin, "PUT", roles + u"all_access"_s, R"({"description":"x"})", 200,
        message("OK", u"'all_access' updated."_s));
    row("PUT restapi permission", secadmin, "PUT", roles + u"r1"_s,
        R"({"cluster_permissions":["restapi:admin/roles"]})", 403, message("FORBIDDEN", u"Access denied"_s));
    row("PUT role holding restapi permissions", secadmin, "PUT", roles + u"security_rest_api_full_access"_s,
        R"({"description":"x"})", 403, message("FORBIDDEN", u"Access denied"_s));

    // rolesmapping (§5.2)
    row("mapping created", admin, "PUT", mappings + u"sandbox_audit_reader"_s, R"({"users":["u1"]})", 201,
        message("CREATED", u"'sandbox_audit_reader' created."_s));
    row("mapping needs one of", admin, "PUT", mappings + u"analyst_role"_s, R"({"description":"x"})", 400,
        R"({"reason":"Invalid configuration","specify_one_of":{"keys":"and_backend_roles,backend_roles,hosts,users"}})");
    row("mapping of a missing role", admin, "PUT", mappings + u"nope"_s, R"({"users":["u1"]})", 404,
        message("NOT_FOUND", u"role 'nope' not found."_s));
    row("mapping of a hidden role", admin, "PUT", mappings + u"maintenance_role"_s, R"({"users":["u1"]})", 404,
        message("NOT_FOUND", u"Resource 'maintenance_role' is not available."_s));
    row("mapping of a restapi role", secadmin, "PUT", mappings + u"security_rest_api_full_access"_s,
        R"({"users":["u1"]})", 403, message("FORBIDDEN", u"Access denied"_s));

    // internalusers (§5.3)
    row("user created", admin, "PUT", users + u"carol"_s, R"({"password":"myWeakPassword123!","backend_roles":["x"]})",
        201, message("CREATED", u"'carol' created."_s));
    row("user with a hash", admin, "PUT", users + u"dave"_s, R"({"hash":"$2y$04$abcdefghijklmnopqrstuu"})", 201,
        message("CREATED", u"'dave' created."_s));
    row("user without password or hash", admin, "PUT", users + u"carol"_s, R"({"backend_roles":["x"]})", 400,
        message("BAD_REQUEST", u"Please specify either 'hash' or 'password' when creating a new internal user."_s));
    row("existing user keeps the hash", admin, "PUT", users + u"analyst"_s, R"({"backend_roles":["x"]})", 200,
        message("OK", u"'analyst' updated."_s));
    row("empty password", admin, "PUT", users + u"carol"_s, R"({"password":""})", 400,
        reason(u"Password is too short"_s));
    row("short password", admin, "PUT", users + u"carol"_s, R"({"password":"aB3!x"})", 400,
        reason(u"Password is too short"_s));
    row("long password", admin, "PUT", users + u"carol"_s, "{\"password\":\"" + QByteArray(101, 'a') + "\"}", 400,
        reason(u"Password is too long"_s));
    row("weak password", admin, "PUT", users + u"carol"_s, R"({"password":"password123"})", 400,
        reason(u"Weak password"_s));
    row("password like the user name", admin, "PUT", users + u"carolyn"_s, R"({"password":"Carolyn-2026!"})", 400,
        reason(u"Password is similar to user name"_s));
    row("colon in the user name", admin, "PUT", users + u"a:b"_s, R"({"password":"myWeakPassword123!"})", 400,
        message("BAD_REQUEST", u"A restricted character(s) was detected in the account name. Please remove: ':'"_s));
    row("user with a missing role", admin, "PUT", users + u"carol"_s,
        R"({"password":"myWeakPassword123!","opendistro_security_roles":["nope"]})", 404,
        message("NOT_FOUND", u"role 'nope' not found."_s));
    row("user with a reserved mapping's role", admin, "PUT", users + u"carol"_s,
        R"({"password":"myWeakPassword123!","opendistro_security_roles":["kibana_user"]})", 403,
        message("FORBIDDEN", u"Resource 'kibana_user' is reserved."_s));
    row("service account with a password", admin, "PUT", users + u"svc"_s,
        R"({"password":"myWeakPassword123!","attributes":{"service":"true"}})", 400,
        message("BAD_REQUEST",
                u"A password cannot be provided for a service account. Failed to register service account: svc"_s));
    row("service account", admin, "PUT", users + u"svc"_s, R"({"attributes":{"service":"true"}})", 201,
        message("CREATED", u"'svc' created."_s));
    row("reserved user", admin, "PUT", users + u"admin"_s, R"({"password":"myWeakPassword123!"})", 403,
        message("FORBIDDEN", u"Resource 'admin' is reserved."_s));

    // actiongroups (§5.4) and tenants (§5.5)
    row("group needs allowed_actions", admin, "PUT", groups + u"g1"_s, R"({"description":"x"})", 400,
        R"({"reason":"Invalid configuration","missing_mandatory_keys":{"keys":"allowed_actions"}})");
    row("group type", admin, "PUT", groups + u"g1"_s, R"({"allowed_actions":["a"],"type":"foo"})", 400,
        message("BAD_REQUEST", u"Invalid action group type: foo. Supported types are: cluster, index."_s));
    row("group named like a role", admin, "PUT", groups + u"readall"_s, R"({"allowed_actions":["a"]})", 400,
        message("BAD_REQUEST",
                u"readall is an existing role. A action group cannot be named with an existing role name."_s));
    row("group listing itself", admin, "PUT", groups + u"g1"_s, R"({"allowed_actions":["g1"]})", 400,
        message("BAD_REQUEST", u"g1 cannot be an allowed_action of itself"_s));
    row("group with restapi", admin, "PUT", groups + u"g1"_s, R"({"allowed_actions":["restapi:admin/roles"]})", 403,
        message("FORBIDDEN", u"Access denied"_s));
    row("group created", admin, "PUT", groups + u"g1"_s, R"({"allowed_actions":["a"],"type":"INDEX"})", 201,
        message("CREATED", u"'g1' created."_s));
    row("tenant created", admin, "PUT", tenants + u"t1"_s, R"({"description":"x"})", 201,
        message("CREATED", u"'t1' created."_s));
    row("legacy alias user", admin, "PUT", u"/_opendistro/_security/api/user/erin"_s,
        R"({"password":"myWeakPassword123!"})", 201, message("CREATED", u"'erin' created."_s));

    // DELETE (§4.4)
    row("DELETE", admin, "DELETE", roles + u"analyst_role"_s, QByteArray(), 200,
        message("OK", u"'analyst_role' deleted."_s));
    row("DELETE missing", admin, "DELETE", roles + u"nope"_s, QByteArray(), 404,
        message("NOT_FOUND", u"role 'nope' not found."_s));
    row("DELETE reserved", admin, "DELETE", tenants + u"operations"_s, QByteArray(), 403,
        message("FORBIDDEN", u"Resource 'operations' is reserved."_s));
    row("DELETE static", admin, "DELETE", tenants + u"global_tenant"_s, QByteArray(), 403,
        message("FORBIDDEN", u"Resource 'global_tenant' is static."_s));
    row("DELETE hidden", admin, "DELETE", users + u"ghost"_s, QByteArray(), 404,
        message("NOT_FOUND", u"Resource 'ghost' is not available."_s));
    row("DELETE hidden by a REST admin", secadmin, "DELETE", users + u"ghost"_s, QByteArray(), 200,
        message("OK", u"'ghost' deleted."_s));
    row("DELETE restapi mapping", secadmin, "DELETE", mappings + u"security_rest_api_full_access"_s, QByteArray(), 403,
        message("FORBIDDEN", u"Access denied"_s));

    // PATCH on one entity (§4.5, §4.6)
    const QString analyst = roles + u"analyst_role"_s;
    row("PATCH entity", admin, "PATCH", analyst, R"([{"op":"add","path":"/description","value":"x"}])", 200,
        message("OK", u"'analyst_role' updated."_s));
    row("PATCH no-op", admin, "PATCH", analyst,
        R"([{"op":"add","path":"/description","value":"Analysts read logs and work in their tenant"}])", 200,
        message("OK", u"No updates required"_s));
    row("PATCH remove of a missing member", admin, "PATCH", analyst, R"([{"op":"remove","path":"/nope"}])", 200,
        message("OK", u"No updates required"_s));
    row("PATCH test is unsupported", admin, "PATCH", analyst, R"([{"op":"test","path":"/description","value":"x"}])",
        400, message("BAD_REQUEST", u"Unsupported patch operation: test. Supported are: add,replace,remove"_s));
    row("PATCH move is unsupported", admin, "PATCH", analyst,
        R"([{"op":"add","path":"/description","value":"x"},{"op":"move","from":"/a","path":"/b"}])", 400,
        message("BAD_REQUEST", u"Unsupported patch operation: move. Supported are: add,replace,remove"_s));
    row("PATCH empty array", admin, "PATCH", analyst, "[]", 400, message("BAD_REQUEST", u"Wrong request body"_s));
    row("PATCH object body", admin, "PATCH", analyst, "{}", 400, message("BAD_REQUEST", u"Wrong request body"_s));
    row("PATCH no op member", admin, "PATCH", analyst, "[{}]", 400, message("BAD_REQUEST", u"Wrong request body"_s));
    row("PATCH unparsable", admin, "PATCH", analyst, "[{", 400, R"({"status":"BAD_REQUEST"})");
    row("PATCH replace of a default member", admin, "PATCH", analyst,
        R"([{"op":"replace","path":"/hidden","value":true}])", 400,
        message("BAD_REQUEST", u"Missing field \"hidden\""_s));
    row("PATCH add of a default member", admin, "PATCH", analyst, R"([{"op":"add","path":"/description","value":"y"}])",
        200, message("OK", u"'analyst_role' updated."_s));
    row("PATCH index out of bounds", admin, "PATCH", analyst,
        R"([{"op":"add","path":"/cluster_permissions/5","value":"a"}])", 400,
        message("BAD_REQUEST", u"Array index 5 out of bounds"_s));
    row("PATCH missing intermediate", admin, "PATCH", analyst, R"([{"op":"add","path":"/nope/x","value":"a"}])", 400,
        message("BAD_REQUEST", u"Missing field \"nope\""_s));
    row("PATCH field on an array", admin, "PATCH", analyst,
        R"([{"op":"add","path":"/cluster_permissions/x/y","value":"a"}])", 400,
        message("BAD_REQUEST", u"Can't reference field \"x\" on array"_s));
    row("PATCH remove root", admin, "PATCH", analyst, R"([{"op":"remove","path":""}])", 400,
        message("BAD_REQUEST", u"Cannot remove document root"_s));
    row("PATCH missing value", admin, "PATCH", analyst, R"([{"op":"add","path":"/description"}])", 400,
        message("BAD_REQUEST", u"Invalid JSON Patch payload (missing 'value' field)"_s));
    row("PATCH missing path", admin, "PATCH", analyst, R"([{"op":"remove"}])", 400,
        message("BAD_REQUEST", u"Invalid JSON Patch payload (missing 'path' field)"_s));
    row("PATCH non-object operation", admin, "PATCH", analyst, R"([{"op":"remove","path":"/a"},1])", 400,
        message("BAD_REQUEST", u"Invalid JSON Patch payload (not an object)"_s));
    row("PATCH path without slash", admin, "PATCH", analyst, R"([{"op":"add","path":"description","value":"x"}])", 400,
        R"({"status":400,"error":{"reason":"Missing leading slash"}})");
    row("PATCH all or nothing", admin, "PATCH", analyst,
        R"([{"op":"add","path":"/description","value":"x"},{"op":"replace","path":"/nope","value":1}])", 400,
        message("BAD_REQUEST", u"Missing field \"nope\""_s));
    row("PATCH invalid result", admin, "PATCH", analyst, R"([{"op":"add","path":"/foo","value":1}])", 400,
        R"({"reason":"Invalid configuration","invalid_keys":{"keys":"foo"}})");
    row("PATCH reserved even as a no-op", admin, "PATCH", roles + u"sandbox_reports_read"_s,
        R"([{"op":"remove","path":"/nope"}])", 403,
        message("FORBIDDEN", u"Resource 'sandbox_reports_read' is reserved."_s));
    row("PATCH missing entity", admin, "PATCH", roles + u"nope"_s,
        R"([{"op":"add","path":"/description","value":"x"}])", 404, message("NOT_FOUND", u"role 'nope' not found."_s));
    row("PATCH user password", admin, "PATCH", users + u"analyst"_s,
        R"([{"op":"add","path":"/password","value":"weak"}])", 400, reason(u"Password is too short"_s));

    // PATCH on the collection
    const QString rolesCollection = u"/_plugins/_security/api/roles"_s;
    row("PATCH collection adds", admin, "PATCH", rolesCollection,
        R"([{"op":"add","path":"/r2","value":{"cluster_permissions":["a"]}}])", 200,
        message("OK", u"Resource updated."_s));
    row("PATCH collection no-op", admin, "PATCH", rolesCollection, R"([{"op":"remove","path":"/nope"}])", 200,
        message("OK", u"No updates required"_s));
    row("PATCH collection removes reserved", admin, "PATCH", rolesCollection,
        R"([{"op":"remove","path":"/sandbox_reports_read"}])", 403,
        message("FORBIDDEN", u"Resource 'sandbox_reports_read' is reserved."_s));
    row("PATCH collection changes static", admin, "PATCH", rolesCollection,
        R"([{"op":"add","path":"/readall/description","value":"x"}])", 403,
        message("FORBIDDEN", u"Resource 'readall' is static."_s));
    row("PATCH collection validates new entities", admin, "PATCH", rolesCollection,
        R"([{"op":"add","path":"/r2","value":{"foo":1}}])", 400,
        R"({"reason":"Invalid configuration","invalid_keys":{"keys":"foo"}})");
    row("PATCH collection _meta", admin, "PATCH", rolesCollection, R"([{"op":"add","path":"/_meta/type","value":"x"}])",
        400, R"({"reason":"Invalid configuration"})");
    row("PATCH collection, missing mapping role", admin, "PATCH", u"/_plugins/_security/api/rolesmapping"_s,
        R"([{"op":"add","path":"/nope","value":{"users":["a"]}}])", 404,
        message("NOT_FOUND", u"role 'nope' not found."_s));
}

void TestSandboxCrud::writes()
{
    QFETCH(QString, user);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QByteArray, expected);
    Client client(m_sandbox->url());
    client.setCredentials(user, user);
    const qint64 writesBefore = m_sandbox->store().writeCount();
    const auto reply = client.send(method, path, body);
    SANDBOX_EXPECT(reply, status, SandboxTest::parseObject(expected));
    const bool changed =
        (status == 200 || status == 201) && reply.json().value(u"message"_s).toString() != u"No updates required";
    QCOMPARE(m_sandbox->store().writeCount(), writesBefore + (changed ? 1 : 0));
}

void TestSandboxCrud::getBlanksHashes()
{
    Client client(m_sandbox->url());
    client.setCredentials(u"admin"_s, u"admin"_s);
    const auto all = client.get(u"/_plugins/_security/api/internalusers"_s);
    QCOMPARE(all.status, 200);
    QVERIFY(!all.body.contains("$2"));
    QVERIFY(!all.json().contains(u"ghost"_s)); // hidden
    QCOMPARE(all.json().value(u"admin"_s).toObject().value(u"hash"_s).toString(), QString());
    QVERIFY(!all.json().value(u"admin"_s).toObject().contains(u"password"_s));
    SANDBOX_EXPECT(client.get(u"/_plugins/_security/api/internalusers/analyst"_s), 200,
                   SandboxTest::parseObject(R"({"analyst":{"hash":"","reserved":false,"hidden":false,"static":false,
                       "backend_roles":["analyst"],"attributes":{"team":"blue","floor":"3"},"opendistro_security_roles":[]}})"));
    SANDBOX_EXPECT(client.get(u"/_plugins/_security/api/internalusers/nope"_s), 404,
                   SandboxTest::parseObject(R"({"status":"NOT_FOUND","message":"user 'nope' not found."})"));
    SANDBOX_EXPECT(client.get(u"/_plugins/_security/api/internalusers?filterBy=service"_s), 200, QJsonObject());
    QCOMPARE(client.get(u"/_plugins/_security/api/internalusers?filterBy=service"_s).json().size(), 0);
}

void TestSandboxCrud::passwordChangeTakesEffect()
{
    Client client(m_sandbox->url());
    client.setCredentials(u"admin"_s, u"admin"_s);
    SANDBOX_EXPECT(client.send("PATCH", u"/_plugins/_security/api/internalusers/analyst"_s,
                               R"([{"op":"add","path":"/password","value":"Tr0ub4dor&3x"}])"),
                   200, SandboxTest::parseObject(R"({"message":"'analyst' updated."})"));
    Client analyst(m_sandbox->url());
    analyst.setCredentials(u"analyst"_s, u"analyst"_s);
    QCOMPARE(analyst.get(u"/_plugins/_security/authinfo"_s).status, 401);
    analyst.setCredentials(u"analyst"_s, u"Tr0ub4dor&3x"_s);
    QCOMPARE(analyst.get(u"/_plugins/_security/authinfo"_s).status, 200);
    // The stored hash is a real bcrypt hash, never the password.
    const QString hash = m_sandbox->store()
                             .snapshot()
                             .stored.value(CType::InternalUsers)
                             .value(u"analyst"_s)
                             .toObject()
                             .value(u"hash"_s)
                             .toString();
    QVERIFY(hash.startsWith(u"$2y$04$"_s));
}

void TestSandboxCrud::collectionPatchAddsUsers()
{
    Client client(m_sandbox->url());
    client.setCredentials(u"admin"_s, u"admin"_s);
    SANDBOX_EXPECT(
        client.send("PATCH", u"/_plugins/_security/api/internalusers"_s,
                    R"([{"op":"add","path":"/frank","value":{"password":"Correct-Horse-9","backend_roles":["admin"]}},
                                   {"op":"remove","path":"/viewer"}])"),
        200, SandboxTest::parseObject(R"({"status":"OK","message":"Resource updated."})"));
    Client frank(m_sandbox->url());
    frank.setCredentials(u"frank"_s, u"Correct-Horse-9"_s);
    SANDBOX_EXPECT(frank.get(u"/_plugins/_security/authinfo"_s), 200,
                   SandboxTest::parseObject(R"({"roles":["all_access"]})"));
    QCOMPARE(client.get(u"/_plugins/_security/api/internalusers/viewer"_s).status, 404);
}

void TestSandboxCrud::staticChangeByAdminIsInvisible()
{
    Client client(m_sandbox->url());
    client.setCredentials(u"secadmin"_s, u"secadmin"_s);
    QCOMPARE(client.send("DELETE", u"/_plugins/_security/api/tenants/global_tenant"_s).status, 200);
    SANDBOX_EXPECT(client.get(u"/_plugins/_security/api/tenants/global_tenant"_s), 200,
                   SandboxTest::parseObject(R"({"global_tenant":{"static":true,"reserved":true}})"));
}

void TestSandboxCrud::passwordRegex_data()
{
    QTest::addColumn<QString>("message"); // configured message, or empty for the default
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("reason");
    QTest::newRow("matches") << QString() << u"correcthorse2battery9staple"_s << 201 << QString();
    QTest::newRow("default message") << QString() << u"Abcdefgh-12"_s << 400
                                     << u"Password does not match minimum criteria"_s;
    QTest::newRow("configured message") << u"Lower case and digits only"_s << u"Abcdefgh-12"_s << 400
                                        << u"Lower case and digits only"_s;
}

void TestSandboxCrud::passwordRegex()
{
    QFETCH(QString, message);
    QFETCH(QString, password);
    QFETCH(int, status);
    QFETCH(QString, reason);
    SandboxOptions options = SandboxTest::fastOptions();
    options.passwordRegex = u"[a-z0-9]+"_s;
    options.passwordRegexMessage = message;
    Sandbox sandbox(options);
    QVERIFY(sandbox.start().ok());
    Client client(sandbox.url());
    client.setCredentials(u"admin"_s, u"admin"_s);
    const auto reply = client.send("PUT", u"/_plugins/_security/api/internalusers/carol"_s,
                                   QJsonDocument(QJsonObject {{u"password"_s, password}}).toJson());
    QCOMPARE(reply.status, status);
    if (!reason.isEmpty())
        QCOMPARE(reply.json().value(u"reason"_s).toString(), reason);
}

QTEST_GUILESS_MAIN(TestSandboxCrud)
#include "TestSandboxCrud.moc"
