#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

#include "app/domain/ConfigChanges.h"
#include "app/domain/ConfigGenerator.h"
#include "app/json/Json.h"
#include "app/json/JsonDiff.h"

using namespace Qt::StringLiterals;

namespace {

ConfigGenerator::Options smallOptions(quint64 seed = 1)
{
    ConfigGenerator::Options options;
    options.users = 3000;
    options.roles = 1200;
    options.mappings = 1100;
    options.tenants = 300;
    options.actionGroups = 150;
    options.seed = seed;
    return options;
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

QSet<QString> keySet(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.begin(), keys.end());
}

// What GET never returns: strings over 256 characters, null members or elements, blank array elements. Appends
// the pointers of offenders to `problems`.
void findUnreturnable(const QJsonValue &value, const QString &pointer, QStringList &problems)
{
    if (value.isString() && value.toString().size() > 256)
        problems.append(pointer + u" is too long"_s);
    if (value.isNull())
        problems.append(pointer + u" is null"_s);
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (array.at(i).isString() && array.at(i).toString().trimmed().isEmpty())
                problems.append(pointer + u'/' + QString::number(i) + u" is blank"_s);
            findUnreturnable(array.at(i), pointer + u'/' + QString::number(i), problems);
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            findUnreturnable(it.value(), pointer + u'/' + it.key(), problems);
    }
}

} // namespace

class TestConfigGenerator : public QObject
{
    Q_OBJECT

private slots:
    void countsPerType_data()
    {
        QTest::addColumn<qsizetype>("users");
        QTest::addColumn<qsizetype>("roles");
        QTest::addColumn<qsizetype>("mappings");
        QTest::addColumn<qsizetype>("tenants");
        QTest::addColumn<qsizetype>("actionGroups");
        QTest::newRow("empty") << qsizetype(0) << qsizetype(0) << qsizetype(0) << qsizetype(0) << qsizetype(0);
        QTest::newRow("tiny") << qsizetype(3) << qsizetype(2) << qsizetype(1) << qsizetype(1) << qsizetype(4);
        QTest::newRow("more mappings than roles")
            << qsizetype(40) << qsizetype(10) << qsizetype(25) << qsizetype(8) << qsizetype(30);
        QTest::newRow("small") << qsizetype(3000) << qsizetype(1200) << qsizetype(1100) << qsizetype(300)
                               << qsizetype(150);
    }

    void countsPerType()
    {
        QFETCH(qsizetype, users);
        QFETCH(qsizetype, roles);
        QFETCH(qsizetype, mappings);
        QFETCH(qsizetype, tenants);
        QFETCH(qsizetype, actionGroups);
        ConfigGenerator::Options options;
        options.users = users;
        options.roles = roles;
        options.mappings = mappings;
        options.tenants = tenants;
        options.actionGroups = actionGroups;
        const QJsonObject document = ConfigGenerator::generate(options);

        // Every type of the configuration document, and nothing else.
        QCOMPARE(sortedKeys(document),
                 QStringList({u"actiongroups"_s, u"allowlist"_s, u"audit"_s, u"config"_s, u"internalusers"_s,
                              u"nodesdn"_s, u"roles"_s, u"rolesmapping"_s, u"tenants"_s}));
        QCOMPARE(document.value(u"internalusers"_s).toObject().size(), users);
        QCOMPARE(document.value(u"roles"_s).toObject().size(), roles);
        QCOMPARE(document.value(u"rolesmapping"_s).toObject().size(), mappings);
        QCOMPARE(document.value(u"tenants"_s).toObject().size(), tenants);
        QCOMPARE(document.value(u"actiongroups"_s).toObject().size(), actionGroups);
        QCOMPARE(ConfigGenerator::entityCount(document), users + roles + mappings + tenants + actionGroups);

        const QJsonObject dynamic = document.value(u"config"_s).toObject().value(u"dynamic"_s).toObject();
        QVERIFY(dynamic.value(u"authc"_s).toObject().contains(u"basic_internal_auth_domain"_s));
        QVERIFY(dynamic.value(u"authz"_s).toObject().size() > 0);
        QVERIFY(document.value(u"allowlist"_s).toObject().value(u"config"_s).isObject());
        QVERIFY(document.value(u"audit"_s).toObject().value(u"config"_s).isObject());
        QVERIFY(document.value(u"nodesdn"_s).toObject().size() > 0);
    }

    void entitiesHaveTheGetLayout()
    {
        const QJsonObject document = ConfigGenerator::generate(smallOptions());
        const QJsonObject roles = document.value(u"roles"_s).toObject();
        const QJsonObject users = document.value(u"internalusers"_s).toObject();
        const QSet<QString> roleMembers {u"reserved"_s,
                                         u"hidden"_s,
                                         u"static"_s,
                                         u"description"_s,
                                         u"cluster_permissions"_s,
                                         u"index_permissions"_s,
                                         u"tenant_permissions"_s};
        qsizetype indexPermissions = 0, withDls = 0, withFls = 0, withMasks = 0, tenantPermissions = 0;
        for (auto it = roles.constBegin(); it != roles.constEnd(); ++it) {
            const QJsonObject role = it.value().toObject();
            const QStringList keys = role.keys();
            QCOMPARE(QSet<QString>(keys.begin(), keys.end()), roleMembers);
            for (const QJsonValue &permission : role.value(u"index_permissions"_s).toArray()) {
                const QJsonObject object = permission.toObject();
                QSet<QString> members = keySet(object);
                QVERIFY(members.remove(u"dls"_s) || !object.contains(u"dls"_s));
                QCOMPARE(members,
                         QSet<QString>({u"index_patterns"_s, u"fls"_s, u"masked_fields"_s, u"allowed_actions"_s}));
                QVERIFY(!object.value(u"index_patterns"_s).toArray().isEmpty());
                QVERIFY(!object.value(u"allowed_actions"_s).toArray().isEmpty());
                QVERIFY(object.value(u"fls"_s).isArray());
                QVERIFY(object.value(u"masked_fields"_s).isArray());
                if (object.contains(u"dls"_s)) {
                    // A DLS query is a JSON object in a string.
                    const auto query = Json::parse(object.value(u"dls"_s).toString().toUtf8());
                    QVERIFY2(query && query->isObject(), qPrintable(object.value(u"dls"_s).toString()));
                    ++withDls;
                }
                withFls += object.value(u"fls"_s).toArray().isEmpty() ? 0 : 1;
                withMasks += object.value(u"masked_fields"_s).toArray().isEmpty() ? 0 : 1;
                ++indexPermissions;
            }
            for (const QJsonValue &permission : role.value(u"tenant_permissions"_s).toArray()) {
                QCOMPARE(keySet(permission.toObject()), QSet<QString>({u"tenant_patterns"_s, u"allowed_actions"_s}));
                ++tenantPermissions;
            }
        }
        // Realistic roles: several index permissions on average, some with document- and field-level security.
        QVERIFY2(indexPermissions > roles.size() * 3 / 2, qPrintable(QString::number(indexPermissions)));
        QVERIFY(withDls > indexPermissions / 20);
        QVERIFY(withFls > indexPermissions / 20);
        QVERIFY(withMasks > indexPermissions / 20);
        QVERIFY(tenantPermissions > roles.size() / 4);
        QVERIFY(roles.value(u"all_access"_s).toObject().value(u"static"_s).toBool());
        const QSet<QString> userMembers {u"hash"_s,
                                         u"reserved"_s,
                                         u"hidden"_s,
                                         u"backend_roles"_s,
                                         u"attributes"_s,
                                         u"description"_s,
                                         u"opendistro_security_roles"_s,
                                         u"static"_s};
        for (auto it = users.constBegin(); it != users.constEnd(); ++it) {
            const QJsonObject user = it.value().toObject();
            QCOMPARE(keySet(user), userMembers);
            QCOMPARE(user.value(u"hash"_s), QJsonValue(QString()));
            QVERIFY(!user.value(u"description"_s).toString().isEmpty());
            // Attribute values are strings; people have what the directory knows about them.
            const QJsonObject attributes = user.value(u"attributes"_s).toObject();
            for (const QJsonValue &attribute : attributes)
                QVERIFY(attribute.isString());
            if (!user.value(u"reserved"_s).toBool() && !user.value(u"hidden"_s).toBool() && it.key() != u"logstash"
                && it.key() != u"readall") {
                for (const QString &member :
                     {u"department"_s, u"team"_s, u"location"_s, u"employee_id"_s, u"cost_center"_s})
                    QVERIFY2(!attributes.value(member).toString().isEmpty(), qPrintable(it.key()));
            }
            QVERIFY(user.value(u"backend_roles"_s).isArray());
            QVERIFY(user.value(u"opendistro_security_roles"_s).isArray());
            for (const QJsonValue &role : user.value(u"opendistro_security_roles"_s).toArray())
                QVERIFY2(roles.contains(role.toString()), qPrintable(role.toString()));
        }
        QVERIFY(users.value(u"admin"_s).toObject().value(u"reserved"_s).toBool());

        // Mappings are named after roles and refer to existing users; none of them has `static`.
        const QJsonObject mappings = document.value(u"rolesmapping"_s).toObject();
        qsizetype withUsers = 0, withHosts = 0;
        for (auto it = mappings.constBegin(); it != mappings.constEnd(); ++it) {
            QVERIFY2(roles.contains(it.key()), qPrintable(it.key()));
            const QJsonObject mapping = it.value().toObject();
            QSet<QString> members = keySet(mapping);
            members.remove(u"description"_s);
            QCOMPARE(members, QSet<QString>({u"hosts"_s, u"users"_s, u"reserved"_s, u"hidden"_s, u"backend_roles"_s,
                                             u"and_backend_roles"_s}));
            withUsers += mapping.value(u"users"_s).toArray().isEmpty() ? 0 : 1;
            withHosts += mapping.value(u"hosts"_s).toArray().isEmpty() ? 0 : 1;
            for (const QString &member : {u"backend_roles"_s, u"hosts"_s, u"users"_s, u"and_backend_roles"_s})
                QVERIFY(mapping.value(member).isArray());
            for (const QJsonValue &user : mapping.value(u"users"_s).toArray())
                QVERIFY(users.contains(user.toString()));
        }
        QVERIFY(withUsers > mappings.size() / 3);
        QVERIFY(withHosts > mappings.size() / 50);
        QVERIFY(
            document.value(u"tenants"_s).toObject().value(u"global_tenant"_s).toObject().value(u"static"_s).toBool());
        const QJsonObject groups = document.value(u"actiongroups"_s).toObject();
        QCOMPARE(groups.value(u"read"_s).toObject().value(u"type"_s).toString(), u"index"_s);
    }

    void nothingGetWouldNotReturn()
    {
        const QJsonObject document = ConfigGenerator::generate(smallOptions());
        for (const QJsonObject &version : {document, ConfigGenerator::mutate(document, 5, 2)}) {
            QStringList problems;
            findUnreturnable(version, QString(), problems);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 5).join(u"; "_s)));
        }
    }

    // `secdesk-cli generate` with its defaults writes about 35 MB of compact JSON. A document at 1/50 of the
    // default size, scaled up, must land in 33-37 MB; the parts that do not grow with the counts are not scaled.
    void defaultSizeIsAbout35MB()
    {
        const ConfigGenerator::Options defaults;
        ConfigGenerator::Options small = defaults;
        small.users /= 50;
        small.roles /= 50;
        small.mappings /= 50;
        small.tenants /= 50;
        small.actionGroups /= 50;
        ConfigGenerator::Options none = defaults;
        none.users = none.roles = none.mappings = none.tenants = none.actionGroups = 0;
        const qint64 fixed = Json::serialize(ConfigGenerator::generate(none), Json::Format::Compact).size();
        const qint64 bytes = Json::serialize(ConfigGenerator::generate(small), Json::Format::Compact).size();
        const qint64 scaled = fixed + (bytes - fixed) * 50;
        QVERIFY2(scaled >= 33'000'000 && scaled <= 37'000'000,
                 qPrintable(u"%1 bytes at 1/50 scale, %2 bytes scaled up"_s.arg(bytes).arg(scaled)));
    }

    void deterministicForASeed()
    {
        const QJsonObject a = ConfigGenerator::generate(smallOptions(7));
        const QJsonObject b = ConfigGenerator::generate(smallOptions(7));
        const QJsonObject c = ConfigGenerator::generate(smallOptions(8));
        QCOMPARE(Json::serialize(a), Json::serialize(b));
        QVERIFY(!Json::equals(a, c));
        QCOMPARE(Json::serialize(ConfigGenerator::mutate(a, 1, 3)), Json::serialize(ConfigGenerator::mutate(a, 1, 3)));
        QVERIFY(!Json::equals(ConfigGenerator::mutate(a, 1, 3), ConfigGenerator::mutate(a, 1, 4)));
    }

    void mutateChangesAboutThatShare()
    {
        const QJsonObject document = ConfigGenerator::generate(smallOptions());
        const QJsonObject mutated = ConfigGenerator::mutate(document, 1, 42);
        const qsizetype total = ConfigGenerator::entityCount(document);

        const QList<JsonChange> changes = JsonDiff::changes(document, mutated);
        qsizetype changedEntities = 0;
        bool added = false, removed = false, edited = false;
        QSet<QString> types;
        for (const ConfigChangeGroup &group : ConfigChanges::group(changes)) {
            QVERIFY2(ConfigGenerator::entityTypes().contains(group.configType), qPrintable(group.configType));
            QVERIFY(!group.entity.isEmpty());
            ++changedEntities;
            types.insert(group.configType);
            for (const JsonChange &change : group.changes) {
                if (change.path.size() > 2)
                    edited = true;
                else if (change.kind == JsonChange::Kind::Added)
                    added = true;
                else if (change.kind == JsonChange::Kind::Removed)
                    removed = true;
            }
        }
        QVERIFY2(changedEntities * 200 >= total && changedEntities * 50 <= total,
                 qPrintable(u"%1 of %2 entities changed"_s.arg(changedEntities).arg(total)));
        QVERIFY(added);
        QVERIFY(removed);
        QVERIFY(edited);
        QVERIFY2(types.size() >= 3, "changes spread over the types");

        // Applying the diff gives the mutated document; reserved, static and hidden entities are untouched.
        QVERIFY(Json::equals(*JsonDiff::diff(document, mutated).apply(document), mutated));
        for (const QString &type : ConfigGenerator::entityTypes()) {
            const QJsonObject before = document.value(type).toObject();
            const QJsonObject after = mutated.value(type).toObject();
            for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
                const QJsonObject entity = it.value().toObject();
                if (entity.value(u"reserved"_s).toBool() || entity.value(u"static"_s).toBool()
                    || entity.value(u"hidden"_s).toBool())
                    QVERIFY2(Json::equals(entity, after.value(it.key())), qPrintable(it.key()));
            }
        }
    }

    void mutateKeepsTheOtherTypes()
    {
        const QJsonObject document = ConfigGenerator::generate(smallOptions());
        const QJsonObject mutated = ConfigGenerator::mutate(document, 5, 1);
        QCOMPARE(sortedKeys(mutated), sortedKeys(document));
        for (const QString &type : {u"config"_s, u"nodesdn"_s, u"allowlist"_s, u"audit"_s})
            QVERIFY(Json::equals(mutated.value(type), document.value(type)));
        QVERIFY(Json::equals(ConfigGenerator::mutate(document, 0, 1), document));
    }
};

QTEST_APPLESS_MAIN(TestConfigGenerator)
#include "TestConfigGenerator.moc"
