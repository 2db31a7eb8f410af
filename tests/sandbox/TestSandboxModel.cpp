// The sandbox's state model without HTTP: the plugin's JSON Patch engine (zjsonpatch semantics), the working
// document rendering, bcrypt, and the store's versions (numbering, no version without a change, retention,
// statics never stored, the injected clock).

#include <QTemporaryDir>
#include <QtTest>

#include "app/sandbox/Bcrypt.h"
#include "app/sandbox/DemoConfig.h"
#include "app/sandbox/EntitySchema.h"
#include "app/sandbox/SandboxStore.h"
#include "app/sandbox/ZjsonPatch.h"
#include "tests/sandbox/SandboxTestSupport.h"

using namespace Qt::StringLiterals;

namespace {

QJsonValue json(const QByteArray &text)
{
    return *Json::parse(text);
}

} // namespace

class TestSandboxModel : public QObject
{
    Q_OBJECT

private slots:
    void patch_data();
    void patch();
    void patchChecks_data();
    void patchChecks();
    void workingDocument_data();
    void workingDocument();
    void bcrypt();
    void storeVersions();
    void storeRetention_data();
    void storeRetention();
    void failedSaveChangesNothing();
};

void TestSandboxModel::patch_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QByteArray>("operations");
    QTest::addColumn<QByteArray>("expected"); // the result, or empty when an error is expected
    QTest::addColumn<QString>("error");
    QTest::newRow("add member") << QByteArray(R"({"a":1})") << QByteArray(R"([{"op":"add","path":"/b","value":2}])")
                                << QByteArray(R"({"a":1,"b":2})") << QString();
    QTest::newRow("add overwrites") << QByteArray(R"({"a":1})") << QByteArray(R"([{"op":"add","path":"/a","value":2}])")
                                    << QByteArray(R"({"a":2})") << QString();
    QTest::newRow("add appends") << QByteArray(R"({"a":[1]})")
                                 << QByteArray(R"([{"op":"add","path":"/a/-","value":2}])")
                                 << QByteArray(R"({"a":[1,2]})") << QString();
    QTest::newRow("add inserts") << QByteArray(R"({"a":[1]})")
                                 << QByteArray(R"([{"op":"add","path":"/a/0","value":0}])")
                                 << QByteArray(R"({"a":[0,1]})") << QString();
    QTest::newRow("add past the end") << QByteArray(R"({"a":[1]})")
                                      << QByteArray(R"([{"op":"add","path":"/a/2","value":0}])") << QByteArray()
                                      << u"Array index 2 out of bounds"_s;
    QTest::newRow("add root") << QByteArray(R"({"a":1})") << QByteArray(R"([{"op":"add","path":"","value":{"b":1}}])")
                              << QByteArray(R"({"b":1})") << QString();
    QTest::newRow("replace missing") << QByteArray(R"({"a":1})")
                                     << QByteArray(R"([{"op":"replace","path":"/b","value":1}])") << QByteArray()
                                     << u"Missing field \"b\""_s;
    QTest::newRow("replace past the end")
        << QByteArray(R"({"a":[1]})") << QByteArray(R"([{"op":"replace","path":"/a/1","value":1}])") << QByteArray()
        << u"Array index 1 out of bounds"_s;
    QTest::newRow("remove missing member succeeds")
        << QByteArray(R"({"a":1})") << QByteArray(R"([{"op":"remove","path":"/b"}])") << QByteArray(R"({"a":1})")
        << QString();
    QTest::newRow("remove past the end") << QByteArray(R"({"a":[]})")
                                         << QByteArray(R"([{"op":"remove","path":"/a/0"}])") << QByteArray()
                                         << u"Array index 0 out of bounds"_s;
    QTest::newRow("remove root") << QByteArray(R"({})") << QByteArray(R"([{"op":"remove","path":""}])") << QByteArray()
                                 << u"Cannot remove document root"_s;
    QTest::newRow("missing intermediate")
        << QByteArray(R"({})") << QByteArray(R"([{"op":"add","path":"/x/y","value":1}])") << QByteArray()
        << u"Missing field \"x\""_s;
    QTest::newRow("field on array") << QByteArray(R"({"a":[]})")
                                    << QByteArray(R"([{"op":"add","path":"/a/b/c","value":1}])") << QByteArray()
                                    << u"Can't reference field \"b\" on array"_s;
    QTest::newRow("index past the end while walking")
        << QByteArray(R"({"a":[]})") << QByteArray(R"([{"op":"add","path":"/a/3/c","value":1}])") << QByteArray()
        << u"Array index 3 is out of bounds"_s;
    QTest::newRow("through a scalar") << QByteArray(R"({"a":1})")
                                      << QByteArray(R"([{"op":"add","path":"/a/b","value":1}])") << QByteArray()
                                      << u"Can't reference past scalar value"_s;
    QTest::newRow("escapes") << QByteArray(R"({})") << QByteArray(R"([{"op":"add","path":"/a~1b~0c","value":1}])")
                             << QByteArray(R"({"a/b~c":1})") << QString();
    QTest::newRow("non-text path") << QByteArray(R"({})") << QByteArray(R"([{"op":"add","path":1,"value":1}])")
                                   << QByteArray() << u"Invalid JSON Patch payload (non-text 'path' field)"_s;
    QTest::newRow("atomic") << QByteArray(
        R"({"a":1})") << QByteArray(R"([{"op":"add","path":"/b","value":2},{"op":"replace","path":"/c","value":3}])")
                            << QByteArray() << u"Missing field \"c\""_s;
}

void TestSandboxModel::patch()
{
    QFETCH(QByteArray, document);
    QFETCH(QByteArray, operations);
    QFETCH(QByteArray, expected);
    QFETCH(QString, error);
    QJsonValue value = json(document);
    const ZjsonPatch::Outcome outcome = ZjsonPatch::apply(json(operations).toArray(), value);
    if (error.isEmpty()) {
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QVERIFY(Json::equals(value, json(expected)));
    } else {
        QCOMPARE(outcome.message, error);
        QVERIFY(Json::equals(value, json(document))); // unchanged
    }
}

void TestSandboxModel::patchChecks_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("ok") << QByteArray(R"([{"op":"add","path":"/a","value":1}])") << QString();
    QTest::newRow("empty") << QByteArray("[]") << u"Wrong request body"_s;
    QTest::newRow("object") << QByteArray("{}") << u"Wrong request body"_s;
    QTest::newRow("no op") << QByteArray("[{}]") << u"Wrong request body"_s;
    QTest::newRow("test") << QByteArray(R"([{"op":"add","path":"/a","value":1},{"op":"test","path":"/a","value":1}])")
                          << u"Unsupported patch operation: test. Supported are: add,replace,remove"_s;
    QTest::newRow("first offender") << QByteArray(R"([{"op":"copy"},{"op":"move"}])")
                                    << u"Unsupported patch operation: copy. Supported are: add,replace,remove"_s;
}

void TestSandboxModel::patchChecks()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QCOMPARE(ZjsonPatch::check(json(body)).message, message);
}

void TestSandboxModel::workingDocument_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("entity");
    QTest::addColumn<QByteArray>("working");
    QTest::addColumn<bool>("roundTrip"); // false where the plugin's rendering loses an empty member too
    QTest::newRow("role") << int(
        CType::Roles) << QByteArray(R"({"description":"d","index_permissions":[{"index_patterns":["a"],"dls":""}]})")
                          << QByteArray(R"({"description":"d","index_permissions":[{"index_patterns":["a"]}]})")
                          << false;
    QTest::newRow("empty role") << int(CType::Roles) << QByteArray(R"({})") << QByteArray(R"({})") << true;
    QTest::newRow("user attributes") << int(CType::InternalUsers)
                                     << QByteArray(R"({"hash":"h","attributes":{"a":"","b":"x"},"reserved":true})")
                                     << QByteArray(R"({"hash":"h","attributes":{"b":"x"},"reserved":true})") << false;
    QTest::newRow("config keeps annotated members")
        << int(CType::Config)
        << QByteArray(
               R"({"dynamic":{"authc":{"d":{"order":0,"http_authenticator":{"type":"basic","challenge":false}}}}})")
        << QByteArray(
               R"({"dynamic":{"kibana":{"multitenancy_enabled":true,"private_tenant_enabled":true,"default_tenant":"",
              "server_username":"kibanaserver","index":".kibana"},
            "http":{"xff":{"internalProxies":"192\\.168\\.0\\.10|192\\.168\\.0\\.11","remoteIpHeader":"X-Forwarded-For"}},
            "authc":{"d":{"http_enabled":true,"order":0,"http_authenticator":{"type":"basic","challenge":false},
                          "authentication_backend":{}}},
            "authz":{},"filtered_alias_mode":"warn","hosts_resolver_mode":"ip-only","multi_rolespan_enabled":true,
            "privileges_evaluation_ignore_unauthorized_indices":true,"api_tokens":{"max_tokens":100,"max_duration_seconds":7776000}}})")
        << true;
}

void TestSandboxModel::workingDocument()
{
    QFETCH(int, type);
    QFETCH(QByteArray, entity);
    QFETCH(QByteArray, working);
    QFETCH(bool, roundTrip);
    const auto full = EntitySchema::normalize(CType(type), json(entity).toObject());
    QVERIFY(full.ok());
    const QJsonObject rendered = EntitySchema::working(CType(type), *full);
    QVERIFY2(Json::equals(rendered, json(working)), Json::serialize(rendered, Json::Format::Compact).constData());
    // Normalising the working document gives the full rendering back.
    QCOMPARE(Json::equals(*EntitySchema::normalize(CType(type), rendered), *full), roundTrip);
}

void TestSandboxModel::bcrypt()
{
    const QByteArray hash = Bcrypt::hash("Correct-Horse-9", 4);
    QVERIFY(hash.startsWith("$2y$04$"));
    QCOMPARE(hash.size(), 60);
    QVERIFY(Bcrypt::verify("Correct-Horse-9", hash));
    QVERIFY(!Bcrypt::verify("correct-horse-9", hash));
    QVERIFY(hash != Bcrypt::hash("Correct-Horse-9", 4)); // a fresh salt each time
    QByteArray legacy = hash;
    legacy[2] = 'b';
    QVERIFY(Bcrypt::verify("Correct-Horse-9", legacy));
    QVERIFY(!Bcrypt::verify("x", "not-a-hash"));
}

void TestSandboxModel::storeVersions()
{
    SandboxOptions options = SandboxTest::fastOptions();
    SandboxStore store(StoreSettings {true, 10, QString(), options.clock, {}});
    QVERIFY(store.initialise(DemoConfig::build()).ok());
    QCOMPARE(store.versionCount(), 1);
    const ConfigSnapshot start = store.snapshot();
    // An unchanged commit records nothing; a change records the next number.
    QVERIFY(store.commit({{CType::Tenants, start.stored.value(CType::Tenants)}}, u"someone"_s).ok());
    QCOMPARE(store.versionCount(), 1);
    QJsonObject tenants = start.stored.value(CType::Tenants);
    tenants.insert(u"t1"_s, *EntitySchema::normalize(CType::Tenants, {}));
    tenants.insert(u"global_tenant"_s, *EntitySchema::normalize(CType::Tenants, {})); // a static: never stored
    QVERIFY(store.commit({{CType::Tenants, tenants}}, u"someone"_s).ok());
    const QJsonArray versions = store.versions();
    QCOMPARE(versions.size(), 2);
    const QJsonObject v2 = versions.last().toObject();
    QCOMPARE(v2.value(u"version_id"_s).toString(), u"v2"_s);
    QCOMPARE(v2.value(u"modified_by"_s).toString(), u"someone"_s);
    QCOMPARE(v2.value(u"timestamp"_s).toString(), u"2026-01-01T00:00:00.001000000Z"_s);
    QVERIFY(!store.snapshot().stored.value(CType::Tenants).contains(u"global_tenant"_s));
    QVERIFY(store.snapshot().entities(CType::Tenants).value(u"global_tenant"_s).toObject().value(u"static"_s).toBool());
    QCOMPARE(SandboxStore::versionNumber(u"v12"_s), 12);
    QCOMPARE(SandboxStore::versionNumber(u"12"_s), -1);
}

void TestSandboxModel::storeRetention_data()
{
    QTest::addColumn<int>("retention");
    QTest::addColumn<int>("writes");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::newRow("11 writes, 10 kept") << 10 << 11 << u"v3"_s << u"v12"_s;
    QTest::newRow("within retention") << 10 << 5 << u"v1"_s << u"v6"_s;
    QTest::newRow("retention 1") << 1 << 3 << u"v4"_s << u"v4"_s;
}

void TestSandboxModel::storeRetention()
{
    QFETCH(int, retention);
    QFETCH(int, writes);
    QFETCH(QString, first);
    QFETCH(QString, last);
    SandboxStore store(StoreSettings {true, retention, QString(), {}, {}});
    QVERIFY(store.initialise(DemoConfig::build()).ok());
    for (int i = 0; i < writes; ++i) {
        QJsonObject tenants = store.snapshot().stored.value(CType::Tenants);
        tenants.insert(u"t%1"_s.arg(i), *EntitySchema::normalize(CType::Tenants, {}));
        QVERIFY(store.commit({{CType::Tenants, tenants}}, u"system"_s).ok());
    }
    const QJsonArray versions = store.versions();
    QCOMPARE(versions.size(), qMin(retention, writes + 1));
    QCOMPARE(versions.first().toObject().value(u"version_id"_s).toString(), first);
    QCOMPARE(versions.last().toObject().value(u"version_id"_s).toString(), last);
}

void TestSandboxModel::failedSaveChangesNothing()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(u"state"_s));
    const QString file = dir.filePath(u"state/state.json"_s);
    SandboxStore store(StoreSettings {true, 10, file, {}, {}});
    QVERIFY(store.initialise(DemoConfig::build()).ok());
    QVERIFY(QFileInfo::exists(file));
    QVERIFY(QDir(dir.filePath(u"state"_s)).removeRecursively());
    const ConfigSnapshot before = store.snapshot();
    QJsonObject tenants = before.stored.value(CType::Tenants);
    tenants.insert(u"t1"_s, *EntitySchema::normalize(CType::Tenants, {}));
    const VoidResult saved = store.commit({{CType::Tenants, tenants}}, u"system"_s);
    QVERIFY(!saved.ok());
    QVERIFY(saved.error().toString().contains(u"state file"_s));
    QVERIFY(Json::equals(store.snapshot().stored.value(CType::Tenants), before.stored.value(CType::Tenants)));
    QCOMPARE(store.versionCount(), 1);
    QCOMPARE(store.writeCount(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxModel)
#include "TestSandboxModel.moc"
