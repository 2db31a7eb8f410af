#include <QtTest>

#include "app/domain/ConfigVersion.h"
#include "app/json/Json.h"
#include "app/json/JsonPointer.h"

namespace {

QJsonObject document()
{
    return Json::parse(R"({
        "config": {"dynamic": {"authc": {"ldap": {"authentication_backend": {"config": {
            "bind_dn": "cn=x", "password": "bind-secret", "hosts": ["a"]}}}}}},
        "internalusers": {"u1": {"hash": "$2y$12$aaaa", "backend_roles": []}, "u2": {"hash": "", "static": true}},
        "roles": {"r1": {"static": true}, "r2": {"static": false}, "r3": {}}})")
        .value()
        .toObject();
}

QJsonValue at(const QJsonValue &value, const char *pointer)
{
    return JsonPointer::parse(QString::fromLatin1(pointer))->resolve(value).value();
}

} // namespace

// Secrets in version snapshots, static entities, and change counts between versions.
class TestConfigVersion : public QObject
{
    Q_OBJECT

private slots:
    void redact()
    {
        const QJsonObject redacted = ConfigVersions::protectSecrets(document(), ConfigVersions::SecretMode::Redact);
        const QByteArray text = Json::serialize(redacted);
        QVERIFY(!text.contains("bind-secret"));
        QVERIFY(!text.contains("$2y$"));
        QCOMPARE(at(redacted, "/internalusers/u1/hash").toString(), QString());
        QCOMPARE(at(redacted, "/config/dynamic/authc/ldap/authentication_backend/config/password").toString(),
                 QStringLiteral("******"));
        QCOMPARE(at(redacted, "/config/dynamic/authc/ldap/authentication_backend/config/bind_dn").toString(),
                 QStringLiteral("cn=x"));
    }

    void fingerprintKeepsChangesVisible()
    {
        QJsonObject changed = document();
        QJsonObject users = changed.value(QStringLiteral("internalusers")).toObject();
        QJsonObject u1 = users.value(QStringLiteral("u1")).toObject();
        u1.insert(QStringLiteral("hash"), QStringLiteral("$2y$12$bbbb"));
        users.insert(QStringLiteral("u1"), u1);
        changed.insert(QStringLiteral("internalusers"), users);

        const auto mode = ConfigVersions::SecretMode::Fingerprint;
        const QJsonObject a = ConfigVersions::protectSecrets(document(), mode);
        const QJsonObject b = ConfigVersions::protectSecrets(changed, mode);
        QVERIFY(!Json::serialize(a).contains("$2y$") && !Json::serialize(a).contains("bind-secret"));
        QVERIFY(at(a, "/internalusers/u1/hash").toString().startsWith(QStringLiteral("<hash ")));
        QVERIFY(at(a, "/internalusers/u1/hash") != at(b, "/internalusers/u1/hash"));
        QCOMPARE(at(a, "/internalusers/u2/hash").toString(), QString()); // no hash stays empty
        QCOMPARE(ConfigVersions::protectSecrets(document(), mode), a);   // stable

        const QMap<QString, int> counts = ConfigVersions::changeCounts(document(), changed);
        QCOMPARE(counts.value(QStringLiteral("internalusers")), 1);
        QCOMPARE(counts.size(), 1);
    }

    void aRuleForSecretNamesProtectsEveryType()
    {
        QJsonObject withKeys = document();
        withKeys.insert(QStringLiteral("audit"),
                        Json::parse(R"({"config": {"audit": {"webhook_password": "wp"}}})").value());
        QJsonObject config = withKeys.value(QStringLiteral("config")).toObject();
        QJsonObject dynamic = config.value(QStringLiteral("dynamic")).toObject();
        dynamic.insert(QStringLiteral("on_behalf_of"),
                       Json::parse(R"({"signing_key": "sk", "encryption_key": {"k": "ek"}})").value());
        config.insert(QStringLiteral("dynamic"), dynamic);
        withKeys.insert(QStringLiteral("config"), config);
        const auto isSecret = [](QStringView key) { return key.endsWith(u"_key") || key.contains(u"password"); };

        // Without the rule only passwords in config and hashes are protected, as before.
        const QJsonObject plain = ConfigVersions::protectSecrets(withKeys, ConfigVersions::SecretMode::Redact);
        QCOMPARE(at(plain, "/config/dynamic/on_behalf_of/signing_key").toString(), QStringLiteral("sk"));
        QCOMPARE(at(plain, "/audit/config/audit/webhook_password").toString(), QStringLiteral("wp"));

        const QJsonObject redacted =
            ConfigVersions::protectSecrets(withKeys, ConfigVersions::SecretMode::Redact, isSecret);
        QCOMPARE(at(redacted, "/config/dynamic/on_behalf_of/signing_key").toString(), QStringLiteral("******"));
        QCOMPARE(at(redacted, "/config/dynamic/on_behalf_of/encryption_key").toString(), QStringLiteral("******"));
        QCOMPARE(at(redacted, "/audit/config/audit/webhook_password").toString(), QStringLiteral("******"));
        QCOMPARE(at(redacted, "/internalusers/u1/hash").toString(), QString()); // still a hash, not "******"
        QCOMPARE(at(redacted, "/config/dynamic/authc/ldap/authentication_backend/config/bind_dn").toString(),
                 QStringLiteral("cn=x"));

        const auto mode = ConfigVersions::SecretMode::Fingerprint;
        const QJsonObject a = ConfigVersions::protectSecrets(withKeys, mode, isSecret);
        QVERIFY(at(a, "/config/dynamic/on_behalf_of/encryption_key").toString().startsWith(QStringLiteral("<secret ")));
        QVERIFY(at(a, "/internalusers/u1/hash").toString().startsWith(QStringLiteral("<hash ")));
        const QByteArray text = Json::serialize(a);
        QVERIFY(!text.contains("\"sk\"") && !text.contains("ek") && !text.contains("\"wp\""));
    }

    void staticsAreDropped()
    {
        const QJsonObject result = ConfigVersions::withoutStatics(document());
        QCOMPARE(at(result, "/roles").toObject().keys(), QStringList({QStringLiteral("r2"), QStringLiteral("r3")}));
        QCOMPARE(at(result, "/internalusers").toObject().keys(), QStringList {QStringLiteral("u1")});
        QCOMPARE(at(result, "/config"), at(document(), "/config"));
    }

    void versionDocument()
    {
        ConfigVersion version;
        version.securityConfigs = Json::parse(R"({
            "config": {"lastUpdated": "t", "configData": {"_meta": {"type": "config"}, "config": {"dynamic": {"x": {"password": "p"}}}}},
            "internalusers": {"lastUpdated": "t", "configData": {"_meta": {}, "u": {"hash": "$2y$h"}}}})")
                                      .value()
                                      .toObject();
        const QJsonObject shown = version.toConfigDocument(true);
        QCOMPARE(at(shown, "/internalusers/u/hash").toString(), QStringLiteral("$2y$h"));
        QCOMPARE(at(shown, "/config/dynamic/x/password").toString(), QStringLiteral("p"));
        QVERIFY(!at(shown, "/internalusers").toObject().contains(QStringLiteral("_meta")));
        const QJsonObject hidden = version.toConfigDocument();
        QCOMPARE(at(hidden, "/internalusers/u/hash").toString(), QString());
        QCOMPARE(at(hidden, "/config/dynamic/x/password").toString(), QStringLiteral("******"));
    }
};

QTEST_APPLESS_MAIN(TestConfigVersion)
#include "TestConfigVersion.moc"
