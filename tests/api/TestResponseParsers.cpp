#include <QtTest>

#include "app/api/AdminResponses.h"
#include "app/api/ApiAvailability.h"
#include "app/api/ResponseParsers.h"
#include "app/json/Json.h"
#include "app/write/AdminPlans.h"

namespace {

QJsonValue fixture(const char *name)
{
    const auto value = Json::readFile(QStringLiteral(SECDESK_TEST_DATA_DIR "/api/") + QString::fromUtf8(name));
    if (!value)
        qFatal("%s", qPrintable(value.error().message));
    return *value;
}

QStringList rowsText(const UpgradeReport &report)
{
    QStringList rows;
    for (const UpgradeRow &row : report.rows)
        rows << row.configType + u'/' + row.operation + u'/' + row.entity;
    rows.sort();
    return rows;
}

} // namespace

// The tolerant readers: the plugin's real shapes and the documentation's shapes give the same result.
class TestResponseParsers : public QObject
{
    Q_OBJECT

private slots:
    void upgradePerformBothShapes()
    {
        const auto real = ResponseParsers::upgradePerform(fixture("upgrade-perform-real.json"));
        QVERIFY(real);
        QCOMPARE(rowsText(*real), QStringList({QStringLiteral("roles/add/ml_full_access"),
                                               QStringLiteral("roles/modify/alerting_read_access"),
                                               QStringLiteral("roles/modify/readall_and_monitor")}));
        QVERIFY(real->available);

        const auto seed = ResponseParsers::upgradePerform(fixture("upgrade-perform-seed.json"));
        QVERIFY(seed);
        QCOMPARE(seed->rows.size(), 3);
        QCOMPARE(seed->rows.at(0).configType, QStringLiteral("roles"));
        QVERIFY(seed->rows.at(0).operation.isEmpty());
        QCOMPARE(seed->rows.at(0).entity, QStringLiteral("Added permissions to role ml_full_access"));
    }

    void upgradeCheckAvailability()
    {
        const auto real = ResponseParsers::upgradeCheck(fixture("upgrade-check-real.json"));
        const auto derived = ResponseParsers::upgradeCheck(fixture("upgrade-check-no-flag.json"));
        QVERIFY(real && derived);
        QVERIFY(real->available);
        QVERIFY(derived->available); // absent flag: derived from the actions
        QCOMPARE(rowsText(*real), rowsText(*derived));

        const auto none =
            ResponseParsers::upgradeCheck(Json::parse("{\"status\":\"OK\",\"upgradeAvailable\":false}").value());
        QVERIFY(none);
        QVERIFY(!none->available);
        QVERIFY(none->rows.isEmpty());
        QVERIFY(!ResponseParsers::upgradeCheck(Json::parse("[]").value()));
    }

    void versionsBothShapesAndNumericOrder()
    {
        const auto real = ResponseParsers::versions(fixture("versions-real.json"));
        const auto seed = ResponseParsers::versions(fixture("versions-seed.json"));
        QVERIFY(real && seed);
        QCOMPARE(real->size(), 2);
        QCOMPARE(real->at(0).id, QStringLiteral("v2")); // v2 before v10
        QCOMPARE(real->at(1).id, QStringLiteral("v10"));
        QCOMPARE(real->at(1).number, 10);
        QCOMPARE(real->at(1).modifiedBy, QStringLiteral("system"));
        QCOMPARE(real->at(1).timestamp, QDateTime(QDate(2026, 3, 2), QTime(10, 15, 0, 123), Qt::UTC));
        QCOMPARE(real->at(0).timestamp, QDateTime(QDate(2026, 3, 1), QTime(8, 0, 0, 500), Qt::UTC));
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(seed->at(i).id, real->at(i).id);
            QVERIFY(Json::equals(seed->at(i).securityConfigs, real->at(i).securityConfigs));
        }

        const QJsonObject document = real->at(1).toConfigDocument();
        QVERIFY(!document.contains(QStringLiteral("_meta")));
        QCOMPARE(document.value(QStringLiteral("config"))
                     .toObject()
                     .value(QStringLiteral("dynamic"))
                     .toObject()
                     .value(QStringLiteral("hosts_resolver_mode")),
                 QJsonValue(QStringLiteral("ip-only")));
        const QJsonObject users = document.value(QStringLiteral("internalusers")).toObject();
        QVERIFY(!users.contains(QStringLiteral("_meta")));
        QCOMPARE(users.value(QStringLiteral("ops")).toObject().value(QStringLiteral("hash")).toString(), QString());
        const QJsonObject withHashes = real->at(1).toConfigDocument(true);
        QVERIFY(withHashes.value(QStringLiteral("internalusers"))
                    .toObject()
                    .value(QStringLiteral("ops"))
                    .toObject()
                    .value(QStringLiteral("hash"))
                    .toString()
                    .startsWith(QStringLiteral("$2y$")));
    }

    void versionOrdering()
    {
        QList<ConfigVersion> versions;
        for (const char *id : {"v10", "x", "v2", "v1", "v100", "v9"}) {
            ConfigVersion version;
            version.id = QString::fromLatin1(id);
            version.number = ConfigVersions::parseNumber(version.id);
            versions << version;
        }
        ConfigVersions::sort(versions);
        QStringList ids;
        for (const ConfigVersion &version : versions)
            ids << version.id;
        QCOMPARE(ids, QStringList({QStringLiteral("v1"), QStringLiteral("v2"), QStringLiteral("v9"),
                                   QStringLiteral("v10"), QStringLiteral("v100"), QStringLiteral("x")}));
    }

    void authInfo()
    {
        const auto info = ResponseParsers::authInfo(fixture("authinfo-real.json"));
        QVERIFY(info);
        QCOMPARE(info->userName, QStringLiteral("ops"));
        QCOMPARE(info->roles, QStringList({QStringLiteral("ops_role"), QStringLiteral("own_index")}));
        QCOMPARE(info->backendRoles, QStringList {QStringLiteral("ops")});
        QCOMPARE(info->tenants.value(QStringLiteral("audit_tenant"), true), false);
        QCOMPARE(info->tenants.value(QStringLiteral("ops")), true);
        QCOMPARE(info->peerCertificates, 0);
        auto numeric = Json::parse("{\"user_name\":\"a\",\"peer_certificates\":2}");
        QCOMPARE(ResponseParsers::authInfo(*numeric)->peerCertificates, 2);
        QVERIFY(!ResponseParsers::authInfo(Json::parse("{\"user\":\"x\"}").value()));
    }

    void clusterInfo()
    {
        const auto info = ResponseParsers::clusterInfo(
            Json::parse("{\"name\":\"node-1\",\"cluster_name\":\"prod\",\"version\":{\"distribution\":\"opensearch\","
                        "\"number\":\"3.3.1\"},\"tagline\":\"The OpenSearch Project\",\"extra\":1}")
                .value());
        QVERIFY(info);
        QCOMPARE(info->clusterName, QStringLiteral("prod"));
        QCOMPARE(info->version, QVersionNumber(3, 3, 1));
        QVERIFY(info->hasVersioning());
        QVERIFY(info->hasUpgradeApi());
        const auto old = ResponseParsers::clusterInfo(Json::parse("{\"version\":{\"number\":\"2.11.0\"}}").value());
        QVERIFY(old && !old->hasVersioning() && !old->hasUpgradeApi());
        const auto broken = ResponseParsers::clusterInfo(Json::parse("{\"name\":\"x\"}").value());
        QVERIFY(!broken);
        QVERIFY(broken.error().message.contains(QStringLiteral("version")));
    }

    void configTypeValues()
    {
        const auto config = ResponseParsers::configTypeValue(
            ConfigType::Config, Json::parse("{\"config\":{\"dynamic\":{\"a\":1}}}").value());
        QVERIFY(config);
        QVERIFY(Json::equals(*config, Json::parse("{\"dynamic\":{\"a\":1}}").value()));
        const auto audit = ResponseParsers::configTypeValue(
            ConfigType::Audit, Json::parse("{\"config\":{\"enabled\":true},\"_readonly\":[\"/audit/x\"]}").value());
        QVERIFY(Json::equals(*audit, Json::parse("{\"config\":{\"enabled\":true}}").value()));
        const auto roles = ResponseParsers::configTypeValue(
            ConfigType::Roles, Json::parse("{\"_meta\":{\"type\":\"roles\"},\"r1\":{}}").value());
        QVERIFY(Json::equals(*roles, Json::parse("{\"r1\":{}}").value()));
        QVERIFY(!ResponseParsers::configTypeValue(ConfigType::Config, Json::parse("{\"x\":1}").value()));
    }

    // _cat/indices?format=json as OpenSearch writes it: every value a string, a closed index's statistics null.
    void catIndices()
    {
        const auto rows = ResponseParsers::catIndices(Json::parse(R"([
            {"health": "green", "status": "open", "index": "logs-1", "uuid": "aBcD", "pri": "1", "rep": "0",
             "docs.count": "12", "docs.deleted": "0", "store.size": "7kb", "pri.store.size": "7kb"},
            {"health": "green", "status": "close", "index": "old", "uuid": "eFgH", "pri": "1", "rep": "0",
             "docs.count": null, "docs.deleted": null, "store.size": null, "pri.store.size": null},
            {"index": ".hidden"}])")
                                                          .value());
        QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->at(0).index, QStringLiteral("logs-1"));
        QCOMPARE(rows->at(0).health, QStringLiteral("green"));
        QCOMPARE(rows->at(0).uuid, QStringLiteral("aBcD"));
        QVERIFY(!rows->at(0).closed);
        QVERIFY(rows->at(1).closed);
        QVERIFY(!rows->at(2).closed); // h=index: no status, taken as open
        QVERIFY(rows->at(2).health.isEmpty());
        QVERIFY(ResponseParsers::catIndices(Json::parse("[]").value())->isEmpty());
    }

    void badCatBodies_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        const QString indices = QStringLiteral("_cat/indices");
        const QString aliases = QStringLiteral("_cat/aliases");
        const QString streams = QStringLiteral("_data_stream");
        QTest::newRow("indices: an object") << indices << QByteArray(R"({"error": "x"})")
                                            << QStringLiteral("the _cat/indices response is not a JSON array");
        QTest::newRow("indices: a row that is not an object")
            << indices << QByteArray(R"([{"index": "a"}, "b"])") << QStringLiteral("row 2 is not an object");
        QTest::newRow("indices: no index") << indices << QByteArray(R"([{"index": "a"}, {"status": "open"}])")
                                           << QStringLiteral("row 2 has no \"index\"");
        QTest::newRow("indices: an empty index")
            << indices << QByteArray(R"([{"index": ""}])") << QStringLiteral("row 1 has no \"index\"");
        QTest::newRow("indices: a number for index")
            << indices << QByteArray(R"([{"index": 5}])") << QStringLiteral("row 1 has no \"index\"");
        QTest::newRow("indices: an unknown status") << indices << QByteArray(R"([{"index": "a", "status": "frozen"}])")
                                                    << QStringLiteral("the status of \"a\" is neither open nor close");
        QTest::newRow("aliases: an object")
            << aliases << QByteArray("{}") << QStringLiteral("the _cat/aliases response is not a JSON array");
        QTest::newRow("aliases: no alias")
            << aliases << QByteArray(R"([{"index": "a"}])") << QStringLiteral("row 1 has no \"alias\"");
        QTest::newRow("aliases: no index") << aliases << QByteArray(R"([{"alias": "a", "index": "x"}, {"alias": "b"}])")
                                           << QStringLiteral("row 2 has no \"index\"");
        QTest::newRow("data streams: an array")
            << streams << QByteArray("[]")
            << QStringLiteral("the _data_stream response is not an object with a \"data_streams\" array");
        QTest::newRow("data streams: no name") << streams << QByteArray(R"({"data_streams": [{"indices": []}]})")
                                               << QStringLiteral("entry 1 has no \"name\"");
        QTest::newRow("data streams: no indices") << streams << QByteArray(R"({"data_streams": [{"name": "ds"}]})")
                                                  << QStringLiteral("\"ds\" has no \"indices\" array");
        QTest::newRow("data streams: a backing index without name")
            << streams << QByteArray(R"({"data_streams": [{"name": "ds", "indices": [{"index_uuid": "u"}]}]})")
            << QStringLiteral("a backing index of \"ds\" has no \"index_name\"");
    }

    void badCatBodies()
    {
        QFETCH(QString, endpoint);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const QJsonValue json = Json::parse(body).value();
        QString error;
        if (endpoint == u"_cat/indices") {
            const auto result = ResponseParsers::catIndices(json);
            QVERIFY(!result);
            error = result.error().message;
        } else if (endpoint == u"_cat/aliases") {
            const auto result = ResponseParsers::catAliases(json);
            QVERIFY(!result);
            error = result.error().message;
        } else {
            const auto result = ResponseParsers::dataStreams(json);
            QVERIFY(!result);
            error = result.error().message;
        }
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(error.contains(endpoint), qPrintable(error));
    }

    void catAliasesAndDataStreams()
    {
        const auto aliases = ResponseParsers::catAliases(Json::parse(R"([
            {"alias": "logs", "index": "logs-1", "filter": "-", "routing.index": "-", "routing.search": "-",
             "is_write_index": "true"},
            {"alias": "logs", "index": "logs-2"}])")
                                                             .value());
        QVERIFY2(aliases, aliases ? "" : qPrintable(aliases.error().message));
        QCOMPARE(aliases->size(), 2);
        QCOMPARE(aliases->at(1).alias, QStringLiteral("logs"));
        QCOMPARE(aliases->at(1).index, QStringLiteral("logs-2"));

        const auto streams = ResponseParsers::dataStreams(Json::parse(R"({"data_streams": [
            {"name": "ds", "timestamp_field": {"name": "@timestamp"}, "generation": 2, "status": "GREEN",
             "template": "ds-template", "indices": [{"index_name": ".ds-ds-000001", "index_uuid": "u1"},
                                                    {"index_name": ".ds-ds-000002", "index_uuid": "u2"}]},
            {"name": "bare", "indices": []}]})")
                                                              .value());
        QVERIFY2(streams, streams ? "" : qPrintable(streams.error().message));
        QCOMPARE(streams->size(), 2);
        const DataStreamInfo &ds = streams->at(0);
        QCOMPARE(ds.name, QStringLiteral("ds"));
        QCOMPARE(ds.backingIndices, QStringList({QStringLiteral(".ds-ds-000001"), QStringLiteral(".ds-ds-000002")}));
        QCOMPARE(ds.timestampField, QStringLiteral("@timestamp"));
        QCOMPARE(ds.generation, 2);
        QCOMPARE(ds.status, QStringLiteral("GREEN"));
        QCOMPARE(ds.templateName, QStringLiteral("ds-template"));
        QVERIFY(streams->at(1).backingIndices.isEmpty());
        QVERIFY(streams->at(1).templateName.isEmpty());
    }

    // Hidden is what only the expand_wildcards=all listing has; aliases and data streams land on their indices.
    void indexMetadata()
    {
        const QList<CatIndexRow> indices = {{QStringLiteral("logs-1"), false, {}, {}},
                                            {QStringLiteral("old"), true, {}, {}},
                                            {QStringLiteral("quiet"), false, {}, {}},
                                            {QStringLiteral(".ds-ds-000002"), false, {}, {}},
                                            {QStringLiteral(".ds-ds-000001"), false, {}, {}}};
        const QStringList notHidden = {QStringLiteral("logs-1"), QStringLiteral("old")};
        const QList<CatAliasRow> aliases = {{QStringLiteral("logs"), QStringLiteral("logs-1")},
                                            {QStringLiteral("all-logs"), QStringLiteral("logs-1")},
                                            {QStringLiteral("logs"), QStringLiteral("later")}};
        DataStreamInfo stream;
        stream.name = QStringLiteral("ds");
        stream.backingIndices = {QStringLiteral(".ds-ds-000001"), QStringLiteral(".ds-ds-000002")};
        const IndexMetadata metadata = ResponseParsers::indexMetadata(indices, notHidden, aliases, {stream});

        QCOMPARE(metadata.indexNames(),
                 QStringList({QStringLiteral(".ds-ds-000001"), QStringLiteral(".ds-ds-000002"), QStringLiteral("later"),
                              QStringLiteral("logs-1"), QStringLiteral("old"), QStringLiteral("quiet")}));
        QVERIFY(!metadata.index(QStringLiteral("logs-1"))->hidden);
        QVERIFY(metadata.index(QStringLiteral("quiet"))->hidden); // not listed without hidden indices: no dot needed
        QVERIFY(metadata.index(QStringLiteral(".ds-ds-000001"))->hidden);
        QVERIFY(metadata.index(QStringLiteral("old"))->closed);
        QVERIFY(!metadata.index(QStringLiteral("later"))->hidden); // an alias member _cat/indices did not list yet
        QCOMPARE(metadata.index(QStringLiteral("logs-1"))->aliases,
                 QStringList({QStringLiteral("logs"), QStringLiteral("all-logs")}));
        QCOMPARE(metadata.members(QStringLiteral("logs")),
                 QStringList({QStringLiteral("later"), QStringLiteral("logs-1")}));
        QCOMPARE(metadata.dataStreamNames(), QStringList {QStringLiteral("ds")});
        QCOMPARE(metadata.members(QStringLiteral("ds")), stream.backingIndices); // oldest first, as sent
        QCOMPARE(metadata.index(QStringLiteral(".ds-ds-000002"))->dataStream, QStringLiteral("ds"));
        QVERIFY(metadata.index(QStringLiteral("logs-1"))->dataStream.isEmpty());
    }

    // The plugin's other APIs (docs/api/security-api.md §13): app/api/AdminResponses.h.
    void account()
    {
        const auto info = AdminParsers::account(Json::parse(R"({"user_name": "admin", "is_reserved": true,
            "is_hidden": false, "is_internal_user": true, "user_requested_tenant": null, "backend_roles": ["admin"],
            "custom_attribute_names": ["attr.internal.dept"], "tenants": {"global_tenant": true, "ro": false},
            "roles": ["all_access"], "future_member": {"x": 1}})")
                                                    .value());
        QVERIFY(info);
        QCOMPARE(info->userName, QStringLiteral("admin"));
        QVERIFY(info->isReserved && info->isInternalUser && !info->isHidden);
        QVERIFY(info->requestedTenant.isEmpty());
        QCOMPARE(info->tenants.value(QStringLiteral("global_tenant")), true);
        QCOMPARE(info->tenants.value(QStringLiteral("ro"), true), false);
        QCOMPARE(info->customAttributeNames, QStringList {QStringLiteral("attr.internal.dept")});
        // "true" as a string, tenants as a list of names (older answers).
        const auto old = AdminParsers::account(
            Json::parse(R"({"user_name": "u", "is_reserved": "true", "tenants": ["a", "b"]})").value());
        QVERIFY(old && old->isReserved);
        QCOMPARE(old->tenants.keys(), (QStringList {QStringLiteral("a"), QStringLiteral("b")}));
        const auto array = AdminParsers::account(Json::parse("[]").value());
        QVERIFY(!array);
        QVERIFY(array.error().message.contains(QStringLiteral("the account response is not an object")));
        QVERIFY(!AdminParsers::account(Json::parse(R"({"roles": []})").value()));
    }

    void certificatesBothShapes()
    {
        const auto nodes = AdminParsers::certificates(Json::parse(R"({"_nodes": {"total": 1}, "cluster_name": "c",
            "nodes": {"n1": {"name": "node-1", "certificates": {
              "http": [],
              "transport": [
                {"format": "pem", "alias": null, "subject_dn": "CN=ca", "issuer_dn": "CN=ca", "san": "",
                 "serial_number": "4096", "has_private_key": false,
                 "not_after": "2036-01-01T00:00:00Z", "not_before": "2036-01-01T00:00:00Z"},
                {"subject_dn": "CN=node", "issuer_dn": "CN=ca", "san": "[[2, localhost], [7, 127.0.0.1]]",
                 "has_private_key": true, "not_before": "2026-01-01T00:00:00.123456789Z",
                 "not_after": "2028-01-01T00:00:00Z"}]}},
              "n2": {"name": "node-2"}}})")
                                                          .value());
        QVERIFY2(nodes, nodes ? "" : qPrintable(nodes.error().message));
        QCOMPARE(nodes->size(), 2);
        const NodeCertificate &ca = nodes->at(0);
        QCOMPARE(ca.nodeId, QStringLiteral("n1"));
        QCOMPARE(ca.nodeName, QStringLiteral("node-1"));
        QCOMPARE(ca.type, QStringLiteral("transport"));
        QVERIFY(ca.sans.isEmpty());
        QVERIFY(!ca.notBefore.isValid()); // the plugin repeats not_after there: unknown, not trusted
        QCOMPARE(ca.notAfter, QDateTime(QDate(2036, 1, 1), QTime(0, 0), Qt::UTC));
        const NodeCertificate &node = nodes->at(1);
        QCOMPARE(node.sans, (QStringList {QStringLiteral("DNS:localhost"), QStringLiteral("IP:127.0.0.1")}));
        QCOMPARE(node.notBefore, QDateTime(QDate(2026, 1, 1), QTime(0, 0, 0, 123), Qt::UTC));
        QVERIFY(node.hasPrivateKey);

        // ssl/certs: no nodes, SANs as arrays, epoch milliseconds.
        const auto list = AdminParsers::certificates(Json::parse(R"({"http_certificates_list": null,
            "transport_certificates_list": [{"subject_dn": "CN=n", "san": [[2, "a.example"], ["7", "10.0.0.1"]],
            "not_after": 1767225600000}]})")
                                                         .value());
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().type, QStringLiteral("transport"));
        QCOMPARE(list->first().sans, (QStringList {QStringLiteral("DNS:a.example"), QStringLiteral("IP:10.0.0.1")}));
        QCOMPARE(list->first().notAfter, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    }

    void badCertificateBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("array") << QByteArray("[1]") << QStringLiteral("the certificates response is not an object");
        QTest::newRow("neither shape") << QByteArray(R"({"error": "x"})") << QStringLiteral("a certificate list");
        QTest::newRow("nodes not an object") << QByteArray(R"({"nodes": []})") << QStringLiteral("\"nodes\" object");
        QTest::newRow("type not a list") << QByteArray(
            R"({"nodes": {"n": {"name": "x", "certificates": {"http": {}}}}})")
                                         << QStringLiteral("http of node x is not an array");
        QTest::newRow("entry not an object")
            << QByteArray(R"({"nodes": {"n": {"certificates": {"transport": ["pem"]}}}})")
            << QStringLiteral("an entry of transport of node n is not an object");
    }

    void badCertificateBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        const auto result = AdminParsers::certificates(Json::parse(body).value());
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
    }

    void certificateExpiry()
    {
        const QDateTime now(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
        QCOMPARE(CertificateExpiry::classify(now.addDays(31), now), ExpiryLevel::Ok);
        QCOMPARE(CertificateExpiry::classify(now.addDays(30), now), ExpiryLevel::Ok);
        QCOMPARE(CertificateExpiry::classify(now.addDays(29), now), ExpiryLevel::Warning);
        QCOMPARE(CertificateExpiry::classify(now.addDays(7), now), ExpiryLevel::Warning);
        QCOMPARE(CertificateExpiry::classify(now.addDays(6), now), ExpiryLevel::Error);
        QCOMPARE(CertificateExpiry::classify(now.addSecs(-1), now), ExpiryLevel::Error);
        QCOMPARE(CertificateExpiry::classify(QDateTime(), now), ExpiryLevel::Warning);
        QCOMPARE(CertificateExpiry::daysLeft(now.addSecs(86400 * 2 + 5), now).value(), 2);
        QCOMPARE(CertificateExpiry::daysLeft(now.addSecs(-1), now).value(), -1);
        QVERIFY(!CertificateExpiry::daysLeft(QDateTime(), now));
        QCOMPARE(CertificateExpiry::levelName(ExpiryLevel::Warning), QStringLiteral("warning"));
    }

    void tenancyAndDashboards()
    {
        const auto config = AdminParsers::tenancyConfig(Json::parse(R"({"default_tenant": "analysts",
            "private_tenant_enabled": "false", "multitenancy_enabled": true, "sign_in_options": ["BASIC"]})")
                                                            .value());
        QVERIFY(config);
        QCOMPARE(config->defaultTenant, QStringLiteral("analysts"));
        QVERIFY(!config->privateTenantEnabled);
        QVERIFY(config->multitenancyEnabled);
        QVERIFY(!config->preferredTenants);
        const auto v37 = AdminParsers::tenancyConfig(
            Json::parse(R"({"multitenancy_enabled": false, "preferred_tenants": ["a"]})").value());
        QVERIFY(v37 && !v37->multitenancyEnabled);
        QCOMPARE(v37->preferredTenants.value(), QStringList {QStringLiteral("a")});
        QVERIFY(!AdminParsers::tenancyConfig(Json::parse(R"({"status": "OK"})").value()));
        QVERIFY(!AdminParsers::tenancyConfig(Json::parse(R"("text")").value()));

        // Older answers name multi-tenancy opensearch_dashboards_mt_enabled (or kibana_mt_enabled) only.
        const auto old = AdminParsers::dashboardsInfo(Json::parse(R"({"user_name": "u", "kibana_mt_enabled": false,
            "kibana_index": ".kibana", "kibana_server_user": "kibanaserver"})")
                                                          .value());
        QVERIFY(old);
        QVERIFY(!old->multitenancyEnabled);
        QCOMPARE(old->serverUser, QStringLiteral("kibanaserver"));
        QVERIFY(!old->apiTokensEnabled && !old->resourceSharingEnabled);
        const auto v37info = AdminParsers::dashboardsInfo(
            Json::parse(R"({"multitenancy_enabled": true, "api_tokens_enabled": true, "max_duration_seconds": 60})")
                .value());
        QVERIFY(v37info && *v37info->apiTokensEnabled);
        QCOMPARE(*v37info->maxDurationSeconds, 60);
        QVERIFY(!AdminParsers::dashboardsInfo(Json::parse("[]").value()));
        const auto indices = AdminParsers::tenantInfo(Json::parse(R"({".kibana_1_a": "a"})").value());
        QVERIFY(indices);
        QCOMPARE(indices->value(QStringLiteral(".kibana_1_a")), QStringLiteral("a"));
        QVERIFY(!AdminParsers::tenantInfo(Json::parse("null").value()));
    }

    void listeners()
    {
        const auto list = AdminParsers::authFailureListeners(Json::parse(R"({
            "ip": {"name": "ip", "type": "ip", "authentication_backend": null, "allowed_tries": "5",
                   "ignore_hosts": ["10.0.0.1"]},
            "user": {"type": "username", "authentication_backend": "internal"}})")
                                                                 .value());
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).allowedTries, 5);
        QCOMPARE(list->at(0).ignoreHosts, QStringList {QStringLiteral("10.0.0.1")});
        QCOMPARE(list->at(1).name, QStringLiteral("user"));
        QCOMPARE(list->at(1).timeWindowSeconds, 3600); // defaults filled
        QCOMPARE(list->at(1).maxTrackedClients, 100000);
        QVERIFY(!AdminParsers::authFailureListeners(Json::parse(R"({"a": 1})").value()));
        QVERIFY(!AdminParsers::authFailureListeners(Json::parse("[]").value()));

        // What we send is checked as the plugin checks it.
        QVERIFY(AdminParsers::authFailureListener(QStringLiteral("a"), Json::parse(R"({"type": "ip"})").value()));
        const QList<QPair<QByteArray, QString>> bad {
            {R"({"type": "host"})", QStringLiteral("\"type\" must be")},
            {R"({})", QStringLiteral("\"type\" must be")},
            {R"({"type": "username"})", QStringLiteral("authentication_backend")},
            {R"({"type": "ip", "authentication_backend": "internal"})", QStringLiteral("takes no")},
            {R"({"type": "ip", "allowed_tries": -1})", QStringLiteral("allowed_tries")},
            {R"({"type": "ip", "time_window_seconds": 1.5})", QStringLiteral("time_window_seconds")},
            {R"([])", QStringLiteral("not a JSON object")}};
        for (const auto &[body, message] : bad) {
            const auto result = AdminParsers::authFailureListener(QStringLiteral("l1"), Json::parse(body).value());
            QVERIFY2(!result, body.constData());
            QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
            QVERIFY(result.error().message.contains(QStringLiteral("l1")));
        }
    }

    void apiTokens()
    {
        const QByteArray entry = R"({"id": "x1", "name": "t1", "iat": 1767225600000, "expires_at": 0,
            "cluster_permissions": ["cluster_monitor"], "index_permissions": [{"index_pattern": ["logs"],
            "allowed_actions": ["read"]}], "created_by": "admin", "revoked_at": 1767225601000})";
        for (const QByteArray &body :
             QList<QByteArray> {"[" + entry + "]", R"({"tokens": [)" + entry + "]}", R"({"x1": )" + entry + "}"}) {
            const auto list = AdminParsers::apiTokens(Json::parse(body).value());
            QVERIFY2(list, body.constData());
            QCOMPARE(list->size(), 1);
            const ApiTokenInfo &token = list->first();
            QCOMPARE(token.id, QStringLiteral("x1"));
            QCOMPARE(token.name, QStringLiteral("t1"));
            QVERIFY(!token.expiresAt.isValid()); // 0: never
            QVERIFY(token.isRevoked());
            QCOMPARE(token.issuedAt, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
            QCOMPARE(token.indexPermissions.size(), 1);
        }
        QVERIFY(!AdminParsers::apiTokens(Json::parse(R"("x")").value()));
        const auto bad = AdminParsers::apiTokens(Json::parse(R"([{"iat": 1}])").value());
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("entry 1 has neither id nor name")));

        const auto created = AdminParsers::createdApiToken(Json::parse(R"({"id": "i", "token": "os_abc"})").value());
        QVERIFY(created);
        QCOMPARE(created->token, QStringLiteral("os_abc"));
        QVERIFY(!AdminParsers::createdApiToken(Json::parse(R"({"id": "i"})").value()));

        const auto service = AdminParsers::serviceAccountToken(Json::parse(R"({"status": "OK", "message":
            "'svc' authtoken generated Basic auth token with user=svc, password=Ab3xYz9Q"})")
                                                                   .value());
        QVERIFY(service);
        QCOMPARE(service->user, QStringLiteral("svc"));
        QCOMPARE(service->password, QStringLiteral("Ab3xYz9Q"));
        QVERIFY(!AdminParsers::serviceAccountToken(Json::parse(R"({"message": ""})").value()));
    }

    void availability()
    {
        const ApiAvailability v33(QVersionNumber(3, 3, 0));
        QVERIFY(v33.has(AdminApi::Account));
        QVERIFY(v33.has(AdminApi::AuthFailureListeners));
        QVERIFY(v33.has(AdminApi::CacheFlushUser));
        const Availability tokens = v33.of(AdminApi::ApiTokens);
        QVERIFY(!tokens);
        QCOMPARE(tokens.reason, QStringLiteral("API tokens need OpenSearch 3.7 or later; this cluster runs 3.3.0."));
        const ApiAvailability v219(QVersionNumber(2, 19, 0));
        QVERIFY(!v219.has(AdminApi::AuthFailureListeners));
        QVERIFY(!v219.has(AdminApi::CacheFlushUser));
        QVERIFY(v219.has(AdminApi::Certificates));
        QVERIFY(!ApiAvailability(QVersionNumber(2, 14, 0)).has(AdminApi::Certificates));
        QVERIFY(ApiAvailability(QVersionNumber(3, 7, 0)).has(AdminApi::ApiTokens));
        QVERIFY(ApiAvailability(QVersionNumber()).has(AdminApi::ApiTokens)); // unknown: the server decides
        for (AdminApi api : ApiAvailability::all())
            QVERIFY(!ApiAvailability::name(api).isEmpty());
    }

    void adminPlans()
    {
        const QJsonObject live = Json::parse(R"({"config": {"dynamic": {"kibana": {"multitenancy_enabled": true,
            "private_tenant_enabled": true, "default_tenant": ""}, "auth_failure_listeners": {"old": {"type": "ip"}}}},
            "tenants": {"Analysts": {}}})")
                                     .value()
                                     .toObject();
        TenancyChange change;
        change.defaultTenant = QStringLiteral("analysts"); // tenants match without regard to case
        const auto plan = AdminPlans::tenancy(change, live);
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
        QCOMPARE(plan->steps.size(), 1);
        QCOMPARE(plan->kind, ChangePlan::Kind::Other);
        QCOMPARE(plan->steps.first().request.path, QStringLiteral("/_plugins/_security/api/tenancy/config"));
        QVERIFY(
            Json::equals(*plan->steps.first().request.body, Json::parse(R"({"default_tenant": "analysts"})").value()));
        QCOMPARE(AdminPlans::kibanaOf(plan->expected).value(QStringLiteral("default_tenant")).toString(),
                 QStringLiteral("analysts"));
        QCOMPARE(plan->changes().size(), 1);

        TenancyChange same;
        same.multitenancyEnabled = true;
        QVERIFY(AdminPlans::tenancy(same, live)->isEmpty());
        TenancyChange missing;
        missing.defaultTenant = QStringLiteral("nope");
        QVERIFY(AdminPlans::tenancy(missing, live).error().message.contains(QStringLiteral("does not exist")));
        TenancyChange privateDefault;
        privateDefault.defaultTenant = QStringLiteral("private_tenant");
        privateDefault.privateTenantEnabled = false;
        QVERIFY(AdminPlans::tenancy(privateDefault, live).error().message.contains(QStringLiteral("private tenant")));
        QVERIFY(!AdminPlans::tenancy(change, QJsonObject()));

        const auto listener =
            AdminParsers::authFailureListener(QStringLiteral("new"), Json::parse(R"({"type": "ip"})").value());
        const auto put = AdminPlans::putListener(*listener, live);
        QVERIFY(put && put->steps.size() == 1);
        QCOMPARE(put->steps.first().request.method, QByteArray("PUT"));
        QCOMPARE(AdminPlans::listenersOf(put->expected).keys(),
                 (QStringList {QStringLiteral("new"), QStringLiteral("old")}));
        const auto removed = AdminPlans::deleteListener(QStringLiteral("old"), live);
        QVERIFY(removed && removed->steps.size() == 1);
        QVERIFY(AdminPlans::listenersOf(removed->expected).isEmpty());
        QVERIFY(!AdminPlans::deleteListener(QStringLiteral("nope"), live));
    }
};

QTEST_APPLESS_MAIN(TestResponseParsers)
#include "TestResponseParsers.moc"
