// Configuration versions and rollback over real loopback HTTP (docs/api/security-api.md §9): numbering, numeric order,
// retention, no version without a change, full hashes in snapshots, rollback by id and to the second-newest.

#include <QtTest>

#include "app/json/Json.h"
#include "tests/sandbox/SandboxTestSupport.h"

using namespace Qt::StringLiterals;
using SandboxTest::Client;

class TestSandboxVersions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startupVersion();
    void versionPerChangeOnly_data();
    void versionPerChangeOnly();
    void retention();
    void getOneVersion_data();
    void getOneVersion();
    void rollbackById();
    void rollbackWithoutIdToggles();
    void rollbackErrors();
    void modifiedByUser();

private:
    QJsonArray versions();
    QString putTenant(const QString &name, const QString &description);
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<Client> m_client;
};

void TestSandboxVersions::init()
{
    m_sandbox = std::make_unique<Sandbox>(SandboxTest::fastOptions());
    QVERIFY(m_sandbox->start().ok());
    m_client = std::make_unique<Client>(m_sandbox->url());
    m_client->setCredentials(u"admin"_s, u"admin"_s);
}

void TestSandboxVersions::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

QJsonArray TestSandboxVersions::versions()
{
    const auto reply = m_client->get(u"/_plugins/_security/api/versions"_s);
    if (reply.status != 200)
        qWarning("versions: %d %s", reply.status, reply.body.constData());
    return reply.json().value(u"versions"_s).toArray();
}

QString TestSandboxVersions::putTenant(const QString &name, const QString &description)
{
    const auto reply = m_client->send("PUT", u"/_plugins/_security/api/tenants/"_s + name,
                                      QJsonDocument(QJsonObject {{u"description"_s, description}}).toJson());
    return reply.json().value(u"message"_s).toString();
}

void TestSandboxVersions::startupVersion()
{
    const QJsonArray list = versions();
    QCOMPARE(list.size(), 1);
    const QJsonObject v1 = list.first().toObject();
    QCOMPARE(v1.value(u"version_id"_s).toString(), u"v1"_s);
    QCOMPARE(v1.value(u"modified_by"_s).toString(), u"system"_s);
    QCOMPARE(v1.value(u"timestamp"_s).toString(), u"2026-01-01T00:00:00.000000000Z"_s);
    const QJsonObject configs = v1.value(u"security_configs"_s).toObject();
    QCOMPARE(configs.keys(),
             (QStringList {u"actiongroups"_s, u"allowlist"_s, u"audit"_s, u"config"_s, u"internalusers"_s, u"nodesdn"_s,
                           u"roles"_s, u"rolesmapping"_s, u"tenants"_s}));
    const QJsonObject users = configs.value(u"internalusers"_s).toObject();
    QCOMPARE(users.value(u"lastUpdated"_s).toString(), v1.value(u"timestamp"_s).toString());
    const QJsonObject data = users.value(u"configData"_s).toObject();
    QCOMPARE(data.value(u"_meta"_s).toObject(),
             (QJsonObject {{u"type"_s, u"internalusers"_s}, {u"config_version"_s, 2}}));
    QVERIFY(data.value(u"admin"_s).toObject().value(u"hash"_s).toString().startsWith(u"$2y$"_s)); // real hashes
    QVERIFY(data.contains(u"ghost"_s));                                                           // hidden included
    const QJsonObject roles = configs.value(u"roles"_s).toObject().value(u"configData"_s).toObject();
    QVERIFY(!roles.contains(u"all_access"_s));                                // statics are never stored
    QVERIFY(roles.value(u"analyst_role"_s).toObject().contains(u"hidden"_s)); // full rendering
}

void TestSandboxVersions::versionPerChangeOnly_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("newVersions");
    QTest::newRow("create") << QByteArray("PUT") << u"/_plugins/_security/api/tenants/t1"_s
                            << QByteArray(R"({"description":"x"})") << 1;
    QTest::newRow("identical PUT") << QByteArray("PUT") << u"/_plugins/_security/api/tenants/analysts"_s
                                   << QByteArray(R"({"description":"Shared dashboards of the analysts"})") << 0;
    QTest::newRow("no-op PATCH") << QByteArray("PATCH") << u"/_plugins/_security/api/tenants"_s
                                 << QByteArray(R"([{"op":"remove","path":"/nope"}])") << 0;
    QTest::newRow("failed PUT") << QByteArray("PUT") << u"/_plugins/_security/api/tenants/t1"_s << QByteArray("{}")
                                << 0;
    QTest::newRow("DELETE") << QByteArray("DELETE") << u"/_plugins/_security/api/roles/analyst_role"_s << QByteArray()
                            << 1;
    QTest::newRow("securityconfig PATCH")
        << QByteArray("PATCH") << u"/_plugins/_security/api/securityconfig"_s
        << QByteArray(R"([{"op":"add","path":"/config/dynamic/hosts_resolver_mode","value":"other"}])") << 1;
    QTest::newRow("upgrade perform") << QByteArray("POST") << u"/_plugins/_security/api/_upgrade_perform"_s
                                     << QByteArray() << 1;
}

void TestSandboxVersions::versionPerChangeOnly()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, newVersions);
    const qsizetype before = versions().size();
    m_client->send(method, path, body);
    QCOMPARE(versions().size(), before + newVersions);
}

void TestSandboxVersions::retention()
{
    for (int i = 0; i < 11; ++i)
        QCOMPARE(putTenant(u"t%1"_s.arg(i), u"write %1"_s.arg(i)), u"'t%1' created."_s.arg(i));
    const QJsonArray list = versions();
    QCOMPARE(list.size(), 10);
    QStringList ids;
    for (const QJsonValue &version : list)
        ids.append(version.toObject().value(u"version_id"_s).toString());
    QCOMPARE(ids, (QStringList {u"v3"_s, u"v4"_s, u"v5"_s, u"v6"_s, u"v7"_s, u"v8"_s, u"v9"_s, u"v10"_s, u"v11"_s,
                                u"v12"_s}));
    // Every write is recorded: v12 holds the last tenant, v11 does not.
    auto tenantsOf = [&](int index) {
        return list.at(index)
            .toObject()
            .value(u"security_configs"_s)
            .toObject()
            .value(u"tenants"_s)
            .toObject()
            .value(u"configData"_s)
            .toObject();
    };
    QVERIFY(tenantsOf(9).contains(u"t10"_s));
    QVERIFY(!tenantsOf(8).contains(u"t10"_s));
    // Numbering continues after pruning.
    putTenant(u"t11"_s, u"x"_s);
    QCOMPARE(versions().last().toObject().value(u"version_id"_s).toString(), u"v13"_s);
    QCOMPARE(versions().first().toObject().value(u"version_id"_s).toString(), u"v4"_s);
}

void TestSandboxVersions::getOneVersion_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("status");
    QTest::newRow("v1") << u"v1"_s << 200;
    QTest::newRow("v2") << u"v2"_s << 200;
    QTest::newRow("upper case") << u"V1"_s << 404;
    QTest::newRow("number only") << u"2"_s << 404;
    QTest::newRow("unknown") << u"v99"_s << 404;
}

void TestSandboxVersions::getOneVersion()
{
    QFETCH(QString, id);
    QFETCH(int, status);
    putTenant(u"t1"_s, u"x"_s);
    const auto reply = m_client->get(u"/_plugins/_security/api/version/"_s + id);
    QCOMPARE(reply.status, status);
    if (status == 200) {
        const QJsonArray list = reply.json().value(u"versions"_s).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(u"version_id"_s).toString(), id);
    } else {
        QCOMPARE(reply.json(),
                 (QJsonObject {{u"status"_s, u"NOT_FOUND"_s}, {u"message"_s, u"Version %1 not found"_s.arg(id)}}));
    }
}

void TestSandboxVersions::rollbackById()
{
    putTenant(u"t1"_s, u"first"_s);                                                                     // v2
    QCOMPARE(m_client->send("DELETE", u"/_plugins/_security/api/internalusers/analyst"_s).status, 200); // v3
    putTenant(u"t1"_s, u"second"_s);                                                                    // v4
    const QJsonObject v2 = versions().at(1).toObject();
    QCOMPARE(v2.value(u"version_id"_s).toString(), u"v2"_s);

    SANDBOX_EXPECT(m_client->send("POST", u"/_plugins/_security/api/version/rollback/v2"_s), 200,
                   SandboxTest::parseObject(R"({"status":"OK","message":"config rolled back to version v2"})"));
    // The stored state equals v2's snapshot exactly, hashes included.
    const ConfigSnapshot now = m_sandbox->store().snapshot();
    const QJsonObject configs = v2.value(u"security_configs"_s).toObject();
    for (CType type : ConfigTypes::all()) {
        QJsonObject data = configs.value(ConfigTypes::name(type)).toObject().value(u"configData"_s).toObject();
        data.remove(u"_meta"_s);
        QVERIFY2(Json::equals(now.stored.value(type), data), qPrintable(ConfigTypes::name(type)));
    }
    // A rollback is a forward change: v5 holds v2's content.
    const QJsonArray list = versions();
    QCOMPARE(list.size(), 5);
    const QJsonObject v5 = list.last().toObject();
    QCOMPARE(v5.value(u"version_id"_s).toString(), u"v5"_s);
    for (const QString &type : configs.keys()) {
        QVERIFY(Json::equals(v5.value(u"security_configs"_s).toObject().value(type).toObject().value(u"configData"_s),
                             configs.value(type).toObject().value(u"configData"_s)));
    }
    QCOMPARE(m_client->get(u"/_plugins/_security/api/tenants/t1"_s)
                 .json()
                 .value(u"t1"_s)
                 .toObject()
                 .value(u"description"_s)
                 .toString(),
             u"first"_s);
    Client analyst(m_sandbox->url());
    analyst.setCredentials(u"analyst"_s, u"analyst"_s);
    QCOMPARE(analyst.get(u"/_plugins/_security/authinfo"_s).status, 200); // the deleted user is back, hash and all
    // Rolling back to the current content changes nothing and records nothing.
    SANDBOX_EXPECT(m_client->send("POST", u"/_plugins/_security/api/version/rollback/v5"_s), 200,
                   SandboxTest::parseObject(R"({"message":"config rolled back to version v5"})"));
    QCOMPARE(versions().size(), 5);
}

void TestSandboxVersions::rollbackWithoutIdToggles()
{
    putTenant(u"t1"_s, u"a"_s); // v2
    putTenant(u"t1"_s, u"b"_s); // v3
    auto description = [&] {
        return m_client->get(u"/_plugins/_security/api/tenants/t1"_s)
            .json()
            .value(u"t1"_s)
            .toObject()
            .value(u"description"_s)
            .toString();
    };
    SANDBOX_EXPECT(m_client->send("POST", u"/_plugins/_security/api/version/rollback"_s), 200,
                   SandboxTest::parseObject(R"({"message":"config rolled back to version v2"})"));
    QCOMPARE(description(), u"a"_s); // v4
    SANDBOX_EXPECT(m_client->send("POST", u"/_plugins/_security/api/version/rollback"_s), 200,
                   SandboxTest::parseObject(R"({"message":"config rolled back to version v3"})"));
    QCOMPARE(description(), u"b"_s); // v5
    SANDBOX_EXPECT(m_client->send("POST", u"/_plugins/_security/api/version/rollback"_s), 200,
                   SandboxTest::parseObject(R"({"message":"config rolled back to version v4"})"));
    QCOMPARE(description(), u"a"_s);
    QCOMPARE(versions().size(), 6);
}

void TestSandboxVersions::rollbackErrors()
{
    SANDBOX_EXPECT(
        m_client->send("POST", u"/_plugins/_security/api/version/rollback"_s), 404,
        SandboxTest::parseObject(R"({"status":"NOT_FOUND","message":"No previous version available to rollback"})"));
    SANDBOX_EXPECT(m_client->send("POST", u"/_plugins/_security/api/version/rollback/v9"_s), 404,
                   SandboxTest::parseObject(R"({"status":"NOT_FOUND","message":"Version v9 not found"})"));
    Client viewer(m_sandbox->url());
    viewer.setCredentials(u"viewer"_s, u"viewer"_s);
    QCOMPARE(viewer.send("POST", u"/_plugins/_security/api/version/rollback/v1"_s).status, 403);
    QCOMPARE(viewer.get(u"/_plugins/_security/api/versions"_s).status, 403);
}

void TestSandboxVersions::modifiedByUser()
{
    SandboxOptions options = SandboxTest::fastOptions();
    options.modifiedBy = SandboxOptions::ModifiedBy::User;
    Sandbox sandbox(options);
    QVERIFY(sandbox.start().ok());
    Client client(sandbox.url());
    client.setCredentials(u"admin"_s, u"admin"_s);
    QCOMPARE(client.send("PUT", u"/_plugins/_security/api/tenants/t1"_s, R"({"description":"x"})").status, 201);
    const QJsonArray list = client.get(u"/_plugins/_security/api/versions"_s).json().value(u"versions"_s).toArray();
    QCOMPARE(list.first().toObject().value(u"modified_by"_s).toString(), u"system"_s);
    QCOMPARE(list.last().toObject().value(u"modified_by"_s).toString(), u"admin"_s);
}

QTEST_GUILESS_MAIN(TestSandboxVersions)
#include "TestSandboxVersions.moc"
