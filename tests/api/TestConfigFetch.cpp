#include <QPointer>
#include <QtTest>

#include "app/api/ConfigFetch.h"
#include "app/json/Json.h"
#include "tests/support/FakeTransport.h"

namespace {

QString path(const char *endpoint)
{
    return QStringLiteral("/_plugins/_security/api/") + QString::fromLatin1(endpoint);
}

void respondAll(FakeTransport *transport)
{
    transport->respond("GET", path("securityconfig"), 200,
                       "{\"config\":{\"dynamic\":{\"hosts_resolver_mode\":\"ip-only\"}}}");
    transport->respond("GET", path("roles"), 200, "{\"r1\":{\"reserved\":false,\"cluster_permissions\":[\"a\"]}}");
    transport->respond("GET", path("rolesmapping"), 200, "{\"r1\":{\"users\":[\"u\"]}}");
    transport->respond("GET", path("internalusers"), 200, "{\"u\":{\"hash\":\"\",\"backend_roles\":[]}}");
    transport->respond("GET", path("actiongroups"), 200, "{\"g\":{\"allowed_actions\":[\"x\"]}}");
    transport->respond("GET", path("tenants"), 200, "{\"_meta\":{\"type\":\"tenants\"},\"t\":{\"description\":\"d\"}}");
    transport->respond("GET", path("nodesdn"), 200, "{\"cluster2\":{\"nodes_dn\":[\"CN=n\"]}}");
    transport->respond("GET", path("allowlist"), 200, "{\"config\":{\"enabled\":false,\"requests\":{}}}");
    transport->respond("GET", path("audit"), 200, "{\"config\":{\"enabled\":true},\"_readonly\":[\"/audit/x\"]}");
}

struct Run
{
    QList<FetchResult> results;
    QList<int> progress;
};

// Runs a fetch until it deleted itself (after its finished()), so a second finished() would be among the results.
Run fetch(ApiClient *client)
{
    Run run;
    auto *fetch = new ConfigFetch(client);
    const QPointer<ConfigFetch> alive(fetch);
    QObject::connect(fetch, &ConfigFetch::finished, fetch, [&run](const FetchResult &r) { run.results << r; });
    QObject::connect(fetch, &ConfigFetch::progressed, fetch, [&run](int done, int) { run.progress << done; });
    fetch->start();
    (void)QTest::qWaitFor([&] { return alive.isNull(); }, 5000);
    return run;
}

ConnectionSettings settings()
{
    ConnectionSettings s;
    s.baseUrl = QUrl(QStringLiteral("http://cluster:9200"));
    return s;
}

} // namespace

// The parallel read of every type and the assembled configuration document.
class TestConfigFetch : public QObject
{
    Q_OBJECT

private slots:
    void assemblesTheDocument()
    {
        auto *transport = new FakeTransport;
        ApiClient client(settings(), transport);
        respondAll(transport);
        const Run run = fetch(&client);
        QCOMPARE(run.results.size(), 1);
        QVERIFY(run.results.first());
        QCOMPARE(transport->requests.size(), 9);
        const FetchedConfig &config = run.results.first().value();
        const QJsonValue expected = Json::parse(R"({
            "config": {"dynamic": {"hosts_resolver_mode": "ip-only"}},
            "roles": {"r1": {"reserved": false, "cluster_permissions": ["a"]}},
            "rolesmapping": {"r1": {"users": ["u"]}},
            "internalusers": {"u": {"hash": "", "backend_roles": []}},
            "actiongroups": {"g": {"allowed_actions": ["x"]}},
            "tenants": {"t": {"description": "d"}},
            "nodesdn": {"cluster2": {"nodes_dn": ["CN=n"]}},
            "allowlist": {"config": {"enabled": false, "requests": {}}},
            "audit": {"config": {"enabled": true}}})")
                                        .value();
        QVERIFY2(Json::equals(config.document, expected), Json::serialize(config.document).constData());
        QVERIFY(config.unavailable.isEmpty());
        QCOMPARE(config.auditReadonly.size(), 1);
        QCOMPARE(run.progress.size(), 9);
        QCOMPARE(run.progress.last(), 9);
        QVERIFY(config.fetchedAt.isValid());
    }

    void unexposedTypesAreMarkedNotFatal()
    {
        auto *transport = new FakeTransport;
        ApiClient client(settings(), transport);
        respondAll(transport);
        transport->respond(
            "GET", path("nodesdn"), 400,
            "{\"error\":\"no handler found for uri [/_plugins/_security/api/nodesdn] and method [GET]\"}");
        transport->respond("GET", path("allowlist"), 403, "{\"status\":\"FORBIDDEN\",\"message\":\"Access denied\"}");
        transport->respond("GET", path("audit"), 501,
                           "{\"status\":\"NOT_FOUND\",\"message\":\"Method GET not supported for this action.\"}");
        const Run run = fetch(&client);
        QCOMPARE(run.results.size(), 1);
        QVERIFY(run.results.first());
        const FetchedConfig &config = run.results.first().value();
        QVERIFY(!config.document.contains(QStringLiteral("nodesdn")));
        QVERIFY(!config.document.contains(QStringLiteral("allowlist")));
        QVERIFY(!config.document.contains(QStringLiteral("audit")));
        QVERIFY(config.document.contains(QStringLiteral("roles")));
        QCOMPARE(config.unavailable.size(), 3);
        QVERIFY(
            config.unavailable.value(ConfigType::NodesDn).contains(QStringLiteral("nodes_dn_dynamic_config_enabled")));
        QVERIFY(config.unavailable.value(ConfigType::Allowlist).contains(QStringLiteral("Access denied")));
        QVERIFY(config.unavailable.value(ConfigType::Audit).contains(QStringLiteral("audit")));
    }

    void otherFailuresEndTheFetch()
    {
        auto *transport = new FakeTransport;
        ApiClient client(settings(), transport);
        respondAll(transport);
        transport->hang("GET", path("internalusers"));
        transport->respond("GET", path("roles"), 500,
                           "{\"status\":\"INTERNAL_SERVER_ERROR\",\"message\":\"Security index not initialized\"}");
        const Run run = fetch(&client);
        QCOMPARE(run.results.size(), 1);
        QVERIFY(!run.results.first());
        QCOMPARE(run.results.first().error().httpStatus, 500);
        QVERIFY(run.results.first().error().userMessage().contains(QStringLiteral("Security index not initialized")));
    }

    void wrongShapeIsAnError()
    {
        auto *transport = new FakeTransport;
        ApiClient client(settings(), transport);
        respondAll(transport);
        transport->respond("GET", path("securityconfig"), 200, "{\"dynamic\":{}}");
        const Run run = fetch(&client);
        QCOMPARE(run.results.size(), 1);
        QVERIFY(!run.results.first());
        QCOMPARE(run.results.first().error().kind, ApiError::Kind::InvalidResponse);
        QVERIFY(run.results.first().error().userMessage().contains(QStringLiteral("securityconfig")));
    }

    void cancel()
    {
        auto *transport = new FakeTransport;
        ApiClient client(settings(), transport);
        for (ConfigType type : ConfigTypeInfo::all())
            transport->hang("GET", path(ConfigTypeInfo::endpoint(type).toLatin1().constData()));
        QList<FetchResult> results;
        auto *fetch = new ConfigFetch(&client);
        const QPointer<ConfigFetch> alive(fetch);
        connect(fetch, &ConfigFetch::finished, this, [&results](const FetchResult &r) { results << r; });
        fetch->start();
        // Cancelled while every request is out (and hangs).
        QTRY_COMPARE(transport->requests.size(), ConfigTypeInfo::all().size());
        QVERIFY(results.isEmpty());
        fetch->cancel();
        QTRY_COMPARE(results.size(), 1);
        QTRY_VERIFY(alive.isNull()); // deleted itself: a second finished() can no longer come
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().error().kind, ApiError::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestConfigFetch)
#include "TestConfigFetch.moc"
