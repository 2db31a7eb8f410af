#include <QtTest>

#include "app/api/ResponseParsers.h"
#include "app/json/Json.h"

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
};

QTEST_APPLESS_MAIN(TestResponseParsers)
#include "TestResponseParsers.moc"
