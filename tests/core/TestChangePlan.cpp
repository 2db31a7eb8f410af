#include <QtTest>

#include "app/domain/ConfigChanges.h"
#include "app/domain/WriteSecrets.h"
#include "app/json/Json.h"
#include "app/write/ChangePlan.h"
#include "app/write/WriteChecks.h"

using namespace Qt::StringLiterals;

namespace {

QJsonValue json(const char *text)
{
    auto parsed = Json::parse(QByteArray(text));
    if (!parsed)
        qFatal("bad test JSON: %s", qPrintable(parsed.error().toString()));
    return *parsed;
}

QJsonObject document()
{
    return json(R"({
      "config": {"dynamic": {"multi_rolespan_enabled": false, "do_not_fail_on_forbidden": false,
        "authc": {"basic": {"http_enabled": true, "order": 0,
                            "http_authenticator": {"challenge": true, "type": "basic", "config": {}},
                            "authentication_backend": {"type": "intern", "config": {}}},
                  "ldap": {"http_enabled": false, "order": 1,
                           "http_authenticator": {"challenge": false, "type": "basic", "config": {}},
                           "authentication_backend": {"type": "ldap", "config": {"password": "******"}}}},
        "authz": {}, "on_behalf_of": {"enabled": false}}},
      "roles": {
        "r1": {"reserved": false, "hidden": false, "static": false, "cluster_permissions": ["a", "b"],
               "index_permissions": [], "description": "one"},
        "r2": {"reserved": false, "hidden": false, "static": false, "cluster_permissions": [], "description": "two"}},
      "internalusers": {"u1": {"hash": "", "reserved": false, "hidden": false, "backend_roles": [],
                               "attributes": {}, "static": false}},
      "tenants": {"t1": {"description": "x", "reserved": false, "hidden": false, "static": false}}
    })")
        .toObject();
}

ChangePlan compiled(const char *patch, const QJsonObject &doc = document())
{
    auto plan = ChangePlan::compile(json(patch).toArray(), doc);
    if (!plan)
        qWarning("%s", qPrintable(plan.error().message()));
    return plan ? *plan : ChangePlan();
}

const WriteStep *stepFor(const ChangePlan &plan, ConfigType type)
{
    for (const WriteStep &step : plan.steps) {
        if (step.types.contains(type))
            return &step;
    }
    return nullptr;
}

} // namespace

// ChangePlan: compiling a patch over the configuration document into the requests the plugin accepts.
class TestChangePlan : public QObject
{
    Q_OBJECT

private slots:
    void splitsByTypeInOrderOfFirstUse()
    {
        const ChangePlan plan = compiled(R"([
            {"op": "add", "path": "/roles/r1/description", "value": "new"},
            {"op": "add", "path": "/config/dynamic/hosts_resolver_mode", "value": "other"},
            {"op": "add", "path": "/tenants/t2", "value": {"description": "second"}},
            {"op": "remove", "path": "/roles/r2"}])");
        QCOMPARE(plan.steps.size(), 3);
        QCOMPARE(plan.steps.at(0).request.path, u"/_plugins/_security/api/roles"_s);
        QCOMPARE(plan.steps.at(1).request.path, u"/_plugins/_security/api/securityconfig"_s);
        QCOMPARE(plan.steps.at(2).request.path, u"/_plugins/_security/api/tenants"_s);
        for (const WriteStep &step : plan.steps)
            QCOMPARE(step.request.method, QByteArray("PATCH"));
        // Paths relative to the type; securityconfig keeps /config/dynamic/... unchanged.
        QVERIFY(Json::equals(plan.steps.at(0).operations, json(R"([
            {"op": "add", "path": "/r1/description", "value": "new"}, {"op": "remove", "path": "/r2"}])")));
        QVERIFY(Json::equals(plan.steps.at(1).operations, json(R"([
            {"op": "add", "path": "/config/dynamic/hosts_resolver_mode", "value": "other"}])")));
        QVERIFY(Json::equals(*plan.steps.at(0).request.body, plan.steps.at(0).operations));
        QCOMPARE(plan.types, (QList<ConfigType> {ConfigType::Roles, ConfigType::Config, ConfigType::Tenants}));
        QCOMPARE(plan.expected.value(u"roles"_s).toObject().value(u"r1"_s)[u"description"_s].toString(), u"new"_s);
        QVERIFY(!plan.expected.value(u"roles"_s).toObject().contains(u"r2"_s));
        QCOMPARE(plan.changes().size(), 4);
    }

    void objectMembersAreWrittenWithAdd()
    {
        const ChangePlan plan = compiled(R"([
            {"op": "replace", "path": "/roles/r1/description", "value": "changed"},
            {"op": "replace", "path": "/roles/r1/cluster_permissions/0", "value": "c"},
            {"op": "replace", "path": "/config/dynamic/multi_rolespan_enabled", "value": true}])");
        QVERIFY(Json::equals(stepFor(plan, ConfigType::Roles)->operations, json(R"([
            {"op": "add", "path": "/r1/description", "value": "changed"},
            {"op": "replace", "path": "/r1/cluster_permissions/0", "value": "c"}])")));
        QVERIFY(Json::equals(stepFor(plan, ConfigType::Config)->operations, json(R"([
            {"op": "add", "path": "/config/dynamic/multi_rolespan_enabled", "value": true}])")));
    }

    void moveAndCopyAreLowered()
    {
        const ChangePlan plan = compiled(R"([
            {"op": "move", "from": "/roles/r1/cluster_permissions/1", "path": "/roles/r2/cluster_permissions/0"},
            {"op": "copy", "from": "/roles/r1", "path": "/roles/r3"}])");
        const QJsonArray operations = stepFor(plan, ConfigType::Roles)->operations;
        for (const QJsonValue &operation : operations) {
            const QString op = operation[u"op"_s].toString();
            QVERIFY2(op == u"add"_s || op == u"remove"_s || op == u"replace"_s, qPrintable(op));
        }
        // r2's permissions were empty: absent from the server's working document, so the array is sent whole.
        // The copied role loses the flags GET adds.
        QVERIFY2(Json::equals(operations, json(R"([
            {"op": "remove", "path": "/r1/cluster_permissions/1"},
            {"op": "add", "path": "/r2/cluster_permissions", "value": ["b"]},
            {"op": "add", "path": "/r3", "value": {"cluster_permissions": ["a"], "index_permissions": [],
                                                   "description": "one"}}])")),
                 Json::serialize(operations).constData());
        const QJsonObject roles = plan.expected.value(u"roles"_s).toObject();
        QVERIFY(Json::equals(roles.value(u"r2"_s)[u"cluster_permissions"_s], json(R"(["b"])")));
        QVERIFY(roles.contains(u"r3"_s));
    }

    void testOperationsAreCheckedLocallyAndNeverSent()
    {
        const ChangePlan plan = compiled(R"([
            {"op": "test", "path": "/roles/r1/description", "value": "one"},
            {"op": "add", "path": "/roles/r1/description", "value": "two"},
            {"op": "test", "path": "/roles/r1/description", "value": "two"}])");
        QCOMPARE(plan.steps.size(), 1);
        QCOMPARE(plan.steps.first().operations.size(), 1);

        const auto failed = ChangePlan::compile(json(R"([
            {"op": "add", "path": "/roles/r1/description", "value": "two"},
            {"op": "test", "path": "/roles/r1/description", "value": "one"}])")
                                                    .toArray(),
                                                document());
        QVERIFY(!failed);
        QCOMPARE(failed.error().index, 1);
        QCOMPARE(failed.error().op, u"test"_s);
        QVERIFY2(failed.error().message().startsWith(u"operation 1 (test /roles/r1/description)"_s),
                 qPrintable(failed.error().message()));
    }

    void writesBelowDefaultContainersSendTheContainer()
    {
        const ChangePlan plan = compiled(R"([
            {"op": "add", "path": "/config/dynamic/authc/basic/http_authenticator/config/realm", "value": "r"},
            {"op": "add", "path": "/config/dynamic/on_behalf_of/enabled", "value": true},
            {"op": "add", "path": "/config/dynamic/authz/roles_from_ldap", "value": {"http_enabled": true}}])");
        QVERIFY2(Json::equals(stepFor(plan, ConfigType::Config)->operations, json(R"([
            {"op": "add", "path": "/config/dynamic/authc/basic/http_authenticator/config", "value": {"realm": "r"}},
            {"op": "add", "path": "/config/dynamic/on_behalf_of", "value": {"enabled": true}},
            {"op": "add", "path": "/config/dynamic/authz", "value": {"roles_from_ldap": {"http_enabled": true}}}])")),
                 Json::serialize(stepFor(plan, ConfigType::Config)->operations).constData());
    }

    void rfcFailuresFailThePlanBeforeAnythingIsLowered_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("reason");
        // The plugin accepts a remove of a missing member silently and applies the rest: RFC 6902 says it fails.
        QTest::newRow("remove a missing member") << QByteArray(R"([
            {"op": "replace", "path": "/roles/r1/description", "value": "x"},
            {"op": "remove", "path": "/roles/nope"}])")
                                                 << 1 << u"nope"_s;
        QTest::newRow("remove a missing nested member") << QByteArray(R"([
            {"op": "add", "path": "/config/dynamic/multi_rolespan_enabled", "value": true},
            {"op": "remove", "path": "/config/dynamic/authc/legacy_auth_domain"}])")
                                                        << 1 << u"legacy_auth_domain"_s;
        QTest::newRow("a later operation fails") << QByteArray(R"([
            {"op": "add", "path": "/tenants/t3", "value": {"description": "a"}},
            {"op": "add", "path": "/roles/r9", "value": {}},
            {"op": "replace", "path": "/tenants/t2/description", "value": "b"}])")
                                                 << 2 << u"t2"_s;
        QTest::newRow("a test fails after an earlier add") << QByteArray(R"([
            {"op": "add", "path": "/tenants/t1", "value": {"description": "a"}},
            {"op": "test", "path": "/tenants/t1/description", "value": "b"}])")
                                                           << 1 << QString();
    }

    void rfcFailuresFailThePlanBeforeAnythingIsLowered()
    {
        QFETCH(QByteArray, patch);
        QFETCH(int, index);
        QFETCH(QString, reason);
        const auto plan = ChangePlan::compile(json(patch.constData()).toArray(), document());
        QVERIFY(!plan);
        QCOMPARE(plan.error().index, index);
        QVERIFY2(plan.error().message().contains(reason), qPrintable(plan.error().message()));
    }

    void placeholdersAreNeverSentAsSecrets()
    {
        // "******" is what GET and drafts show instead of a secret: sent, it would become the password.
        const auto plan = ChangePlan::compile(json(R"([
            {"op": "add", "path": "/internalusers/u2", "value": {"password": "******", "backend_roles": []}}])")
                                                  .toArray(),
                                              document());
        QVERIFY(!plan);
        QCOMPARE(plan.error().index, 0);
        QVERIFY2(plan.error().message().contains(u"/internalusers/u2/password"_s), qPrintable(plan.error().message()));
        const auto bind = ChangePlan::compile(
            json(R"([{"op": "replace", "path": "/config/dynamic/authc/ldap/authentication_backend/config/password",
                      "value": "******"}])")
                .toArray(),
            document());
        QVERIFY(!bind);
        // A description that happens to read "******" is not a secret.
        QVERIFY(ChangePlan::compile(
            json(R"([{"op": "replace", "path": "/roles/r1/description", "value": "******"}])").toArray(), document()));
    }

    void draftTextKeepsNoSecret()
    {
        const QString text = QString::fromUtf8(R"([
    {"op": "add", "path": "/internalusers/u2", "value": {"password": "Plain-Secret-1", "backend_roles": ["a"]}},
    {"op": "add", "path": "/internalusers/u3", "value": {"hash": "$2y$12$abcdefghijklmnopqrstuv"}},
    {"op": "replace", "path": "/internalusers/u1/password", "value": "Other-Secret-2"},
    {"op": "add", "path": "/roles/r3", "value": {"description": "kept as typed"}}
])");
        const auto redacted = WriteSecrets::redactPatchText(text);
        QVERIFY(redacted);
        QVERIFY(!redacted->contains(u"Plain-Secret-1"_s) && !redacted->contains(u"Other-Secret-2"_s));
        QVERIFY(!redacted->contains(u"$2y$"_s)); // a hash becomes "******", never "" (a user without a password)
        QCOMPARE(redacted->count(u"******"_s), 3);
        const auto patch = JsonPatch::fromJson(json(redacted->toUtf8().constData()).toArray());
        QVERIFY(patch);
        QCOMPARE(patch->size(), 4);
        QVERIFY(WriteSecrets::placeholderSecret(patch->operations().at(0)));
        QCOMPARE(WriteSecrets::placeholderSecret(patch->operations().at(0))->toString(), u"/password"_s);
        QVERIFY(WriteSecrets::placeholderSecret(patch->operations().at(1)));
        QCOMPARE(WriteSecrets::placeholderSecret(patch->operations().at(2))->toString(), QString());
        QVERIFY(!WriteSecrets::placeholderSecret(patch->operations().at(3)));
        // Text without secrets is kept exactly; raw text that does not parse is kept only without a secret in it.
        const QString plain = u"[{\"op\": \"remove\", \"path\": \"/roles/r2\"}]"_s;
        QCOMPARE(*WriteSecrets::redactPatchText(plain), plain);
        QCOMPARE(*WriteSecrets::redactPatchText(u"[{\"op\": \"rem"_s), u"[{\"op\": \"rem"_s);
        QVERIFY(!WriteSecrets::redactPatchText(u"[{\"op\": \"add\", \"value\": {\"password\": \"x"_s));
    }

    void errorsNameTheOperation_data()
    {
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown type") << QByteArray(R"([{"op":"add","path":"/roles/x","value":{}},
                                                        {"op":"add","path":"/rolez/x","value":{}}])")
                                      << 1 << u"not a configuration type"_s;
        QTest::newRow("whole document") << QByteArray(R"([{"op":"add","path":"","value":{}}])") << 0
                                        << u"whole configuration document"_s;
        QTest::newRow("unavailable type")
            << QByteArray(R"([{"op":"add","path":"/nodesdn/n","value":{}}])") << 0 << u"not available"_s;
        QTest::newRow("remove a type") << QByteArray(R"([{"op":"remove","path":"/tenants"}])") << 0
                                       << u"whole configuration type"_s;
        QTest::newRow("replace missing") << QByteArray(R"([{"op":"add","path":"/roles/r1/description","value":"x"},
                                                           {"op":"replace","path":"/roles/r9/description","value":"y"}])")
                                         << 1 << QString();
        QTest::newRow("not an operation")
            << QByteArray(R"([{"op":"add","path":"/roles/x","value":{}}, 3])") << 1 << QString();
    }

    void errorsNameTheOperation()
    {
        QFETCH(QByteArray, patch);
        QFETCH(int, index);
        QFETCH(QString, reason);
        const auto plan = ChangePlan::compile(json(patch.constData()).toArray(), document());
        QVERIFY(!plan);
        QCOMPARE(plan.error().index, index);
        QVERIFY2(plan.error().message().startsWith(u"operation %1"_s.arg(index)), qPrintable(plan.error().message()));
        if (!reason.isEmpty())
            QVERIFY2(plan.error().reason.contains(reason), qPrintable(plan.error().reason));
    }

    void replacingAWholeTypeBecomesEntityOperations()
    {
        const ChangePlan plan = compiled(R"([{"op": "replace", "path": "/tenants", "value": {
            "t1": {"description": "x", "reserved": false, "hidden": false, "static": false},
            "t2": {"description": "new"}}}])");
        QVERIFY(Json::equals(plan.steps.first().operations, json(R"([
            {"op": "add", "path": "/t2", "value": {"description": "new"}}])")));
    }

    void secretsAreRedactedInCurlAndJson()
    {
        ConnectionSettings settings;
        settings.baseUrl = QUrl(u"https://admin:adminpw@cluster.example:9200"_s);
        settings.userName = u"admin"_s;
        settings.password = u"adminpw"_s;
        const ChangePlan plan = compiled(R"([
            {"op": "add", "path": "/internalusers/u2", "value": {"password": "S3cret!pass", "backend_roles": []}},
            {"op": "add", "path": "/internalusers/u1/password", "value": "An0ther!pass"},
            {"op": "add", "path": "/internalusers/u1/hash", "value": "$2y$12$abcdefghijklmnopqrstuv"},
            {"op": "add", "path": "/config/dynamic/authc/ldap/authentication_backend/config/password",
             "value": "bindS3cret"}])");
        QCOMPARE(plan.steps.size(), 2);
        QString all;
        for (const WriteStep &step : plan.steps) {
            const QString curl = step.curlText(settings);
            QVERIFY2(curl.startsWith(u"curl -sS -X PATCH 'https://cluster.example:9200/_plugins/_security/api/"_s),
                     qPrintable(curl));
            QVERIFY(curl.contains(u"$SECDESK_PASSWORD"_s));
            all += curl;
        }
        all += QString::fromUtf8(Json::serialize(plan.toJson()));
        all += ConfigChanges::summaryText(plan.changes());
        for (const QString &secret :
             {u"S3cret!pass"_s, u"An0ther!pass"_s, u"$2y$12$abc"_s, u"bindS3cret"_s, u"adminpw"_s})
            QVERIFY2(!all.contains(secret), qPrintable(secret));
        QVERIFY(all.contains(u"******"_s));
        // The request itself carries the real values.
        QVERIFY(Json::serialize(*stepFor(plan, ConfigType::InternalUsers)->request.body).contains("S3cret!pass"));
    }

    void expectedDocumentMatchesRfcApply()
    {
        const QJsonArray patch = json(R"([
            {"op": "add", "path": "/roles/r2/cluster_permissions/-", "value": "x"},
            {"op": "move", "from": "/tenants/t1", "path": "/tenants/t9"},
            {"op": "replace", "path": "/config/dynamic/do_not_fail_on_forbidden", "value": true}])")
                                     .toArray();
        const ChangePlan plan = compiled(Json::serialize(patch).constData());
        const auto applied = JsonPatch::fromJson(patch)->apply(document());
        QVERIFY(applied);
        QVERIFY(Json::equals(plan.expected, *applied));
        QCOMPARE(plan.base, document());
    }

    void replaceConfigValidates_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("error");
        QTest::newRow("other key") << QByteArray(R"({"dynamic": {}, "extra": 1})") << u"\"extra\""_s;
        QTest::newRow("no dynamic") << QByteArray(R"({})") << u"\"dynamic\" is missing"_s;
        QTest::newRow("long string") << (QByteArray(R"({"dynamic": {"kibana": {"index": ")") + QByteArray(257, 'a')
                                         + QByteArray(R"("}}})"))
                                     << u"/dynamic/kibana/index: the string has 257 characters"_s;
        QTest::newRow("null element") << QByteArray(R"({"dynamic": {"kibana": {"preferred_tenants": ["a", null]}}})")
                                      << u"/dynamic/kibana/preferred_tenants/1"_s;
        QTest::newRow("blank element") << QByteArray(R"({"dynamic": {"x": [" "]}})") << u"/dynamic/x/0"_s;
    }

    void replaceConfigValidates()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, error);
        const auto plan = ChangePlan::replaceConfig(json(file.constData()).toObject(), document());
        QVERIFY(!plan);
        QVERIFY2(plan.error().message.contains(error), qPrintable(plan.error().message));
    }

    void replaceConfigPlan()
    {
        const QJsonObject file =
            json(R"({"dynamic": {"authc": {"ldap": {"authentication_backend": {"config": {"password": "******"}}}}}})")
                .toObject();
        const auto plan = ChangePlan::replaceConfig(file, document());
        QVERIFY(plan);
        QCOMPARE(plan->steps.size(), 1);
        QCOMPARE(plan->steps.first().request.method, QByteArray("PUT"));
        QCOMPARE(plan->steps.first().request.path, u"/_plugins/_security/api/securityconfig/config"_s);
        QVERIFY(Json::equals(*plan->steps.first().request.body, file));
        QCOMPARE(plan->warnings.size(), 1);
        QVERIFY(plan->warnings.first().contains(u"/dynamic/authc/ldap/authentication_backend/config/password"_s));
        QVERIFY(Json::equals(plan->expected.value(u"config"_s), file));
    }

    void restoreFromBackup()
    {
        QJsonObject current = document();
        QJsonObject roles = current.value(u"roles"_s).toObject();
        QJsonObject r1 = roles.value(u"r1"_s).toObject();
        r1.insert(u"description"_s, u"changed since"_s);
        roles.insert(u"r1"_s, r1);
        roles.insert(u"r_new"_s, QJsonObject {{u"cluster_permissions"_s, QJsonArray {u"z"_s}}});
        current.insert(u"roles"_s, roles);
        current.insert(u"internalusers"_s, QJsonObject()); // u1 deleted since the backup
        const auto plan = ChangePlan::restore(document(), current, {ConfigType::Roles, ConfigType::InternalUsers});
        QVERIFY(plan);
        QCOMPARE(plan->kind, ChangePlan::Kind::Restore);
        QCOMPARE(plan->steps.size(), 1);
        QVERIFY2(Json::equals(plan->steps.first().operations, json(R"([
            {"op": "add", "path": "/r1/description", "value": "one"}, {"op": "remove", "path": "/r_new"}])")),
                 Json::serialize(plan->steps.first().operations).constData());
        QCOMPARE(plan->warnings.size(), 1);
        QVERIFY(plan->warnings.first().contains(u"u1"_s));
    }

    // Reading back: what the plugin fills in (false, 0, "", [], objects of those) or leaves out is no difference, as
    // the change plan assumes when it lowers a patch; any other value is.
    void verifyTakesServerDefaultsAsNoDifference()
    {
        const QJsonObject expected = json(R"({"roles": {"r": {"cluster_permissions": ["a"], "tries": 0}}})").toObject();
        const QJsonObject filled = json(R"({"roles": {"r": {"cluster_permissions": ["a"], "description": "",
            "hidden": false, "index_permissions": [], "limits": {"max": 0, "names": []}}}})")
                                       .toObject();
        const WriteChecks::Verification same = WriteChecks::verify(expected, filled, {ConfigType::Roles});
        QVERIFY2(same.differences.isEmpty(),
                 qPrintable(same.differences.isEmpty() ? QString() : same.differences.first().path.toString()));
        const QJsonObject other =
            json(R"({"roles": {"r": {"cluster_permissions": ["a"], "tries": 3, "hidden": true}}})").toObject();
        const WriteChecks::Verification differs = WriteChecks::verify(expected, other, {ConfigType::Roles});
        QCOMPARE(differs.differences.size(), 2);
        QCOMPARE(JsonPointer({u"roles"_s, u"r"_s, u"tries"_s}).valueIn(other), QJsonValue(3));
        QVERIFY(JsonPointer({u"roles"_s, u"nobody"_s}).valueIn(other).isUndefined());
    }
};

QTEST_APPLESS_MAIN(TestChangePlan)
#include "TestChangePlan.moc"
