#include <QtTest>

#include "app/domain/ConfigRelations.h"
#include "app/json/Json.h"

namespace {

QJsonObject document()
{
    return Json::parse(R"({
        "roles": {"ops_role": {}, "reader": {}, "auditor": {}, "team_role": {}},
        "rolesmapping": {
            "ops_role": {"users": ["alice", "ops_*"], "backend_roles": []},
            "reader": {"users": [], "backend_roles": ["analysts"]},
            "auditor": {"and_backend_roles": ["audit", "security"]},
            "team_role": {"users": ["b?b"]}},
        "internalusers": {
            "alice": {"backend_roles": []},
            "ops_bot": {"backend_roles": ["analysts"]},
            "bob": {"backend_roles": ["audit"], "opendistro_security_roles": ["auditor"]},
            "carol": {"backend_roles": ["audit", "security"]}}})")
        .value()
        .toObject();
}

QStringList grants(const QString &user)
{
    QStringList result;
    for (const RoleGrant &grant : ConfigRelations::rolesOfUser(document(), user))
        result << grant.role + u'/' + grant.via;
    return result;
}

} // namespace

// Which roles a user gets and which users a role reaches.
class TestConfigRelations : public QObject
{
    Q_OBJECT

private slots:
    void wildcards()
    {
        QVERIFY(ConfigRelations::wildcardMatches(QStringLiteral("*"), QStringLiteral("anyone")));
        QVERIFY(ConfigRelations::wildcardMatches(QStringLiteral("ops_*"), QStringLiteral("ops_bot")));
        QVERIFY(!ConfigRelations::wildcardMatches(QStringLiteral("ops_*"), QStringLiteral("xops_bot")));
        QVERIFY(ConfigRelations::wildcardMatches(QStringLiteral("b?b"), QStringLiteral("bob")));
        QVERIFY(!ConfigRelations::wildcardMatches(QStringLiteral("b?b"), QStringLiteral("bobby")));
        QVERIFY(!ConfigRelations::wildcardMatches(QStringLiteral("a.c"), QStringLiteral("abc"))); // no regex leak
        QVERIFY(ConfigRelations::wildcardMatches(QStringLiteral("a.c"), QStringLiteral("a.c")));
        // Glob matching backtracks past earlier stars, and nothing else is special.
        QVERIFY(ConfigRelations::wildcardMatches(QStringLiteral("*a"), QStringLiteral("*ba")));
        QVERIFY(ConfigRelations::wildcardMatches(QStringLiteral("a*b*c"), QStringLiteral("axxbyybc")));
        QVERIFY(!ConfigRelations::wildcardMatches(QStringLiteral("a*b*c"), QStringLiteral("axxbyyb")));
        QVERIFY(ConfigRelations::wildcardMatches(QStringLiteral("**"), QString()));
        QVERIFY(!ConfigRelations::wildcardMatches(QStringLiteral("?"), QString()));
        QVERIFY(!ConfigRelations::wildcardMatches(QStringLiteral("[ab]"), QStringLiteral("a")));
        QVERIFY(ConfigRelations::wildcardMatches(QStringLiteral("[ab]"), QStringLiteral("[ab]")));
    }

    void rolesOfUsers()
    {
        QCOMPARE(grants(QStringLiteral("alice")), QStringList {QStringLiteral("ops_role/user")});
        QCOMPARE(grants(QStringLiteral("ops_bot")),
                 QStringList({QStringLiteral("ops_role/user"), QStringLiteral("reader/backend_role:analysts")}));
        QCOMPARE(grants(QStringLiteral("bob")),
                 QStringList({QStringLiteral("auditor/direct"), QStringLiteral("team_role/user")}));
        QCOMPARE(grants(QStringLiteral("carol")), QStringList {QStringLiteral("auditor/and_backend_roles")});
        QVERIFY(grants(QStringLiteral("nobody")).isEmpty());
    }

    void usersOfRoles()
    {
        QCOMPARE(ConfigRelations::usersOfRole(document(), QStringLiteral("ops_role")),
                 QStringList({QStringLiteral("alice"), QStringLiteral("ops_bot")}));
        QCOMPARE(ConfigRelations::usersOfRole(document(), QStringLiteral("auditor")),
                 QStringList({QStringLiteral("bob"), QStringLiteral("carol")}));
        QCOMPARE(ConfigRelations::usersOfRole(document(), QStringLiteral("reader")),
                 QStringList {QStringLiteral("ops_bot")});
        QVERIFY(ConfigRelations::usersOfRole(document(), QStringLiteral("unmapped")).isEmpty());
        const QList<UserGrant> auditors = ConfigRelations::userGrantsOfRole(document(), QStringLiteral("auditor"));
        QCOMPARE(auditors.size(), 2);
        QCOMPARE(auditors.at(0).user + u'/' + auditors.at(0).via, QStringLiteral("bob/direct"));
        QCOMPARE(auditors.at(1).user + u'/' + auditors.at(1).via, QStringLiteral("carol/and_backend_roles"));
    }
};

QTEST_APPLESS_MAIN(TestConfigRelations)
#include "TestConfigRelations.moc"
