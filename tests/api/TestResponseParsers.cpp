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
};

QTEST_APPLESS_MAIN(TestResponseParsers)
#include "TestResponseParsers.moc"
