#include <QtTest>

#include "app/domain/PatchGuards.h"
#include "tests/support/JsonTestUtil.h"

// The guards of the patch editor: array-replacing adds, protected entities, and the lockout guard.
class TestPatchGuards : public QObject
{
    Q_OBJECT

private:
    static QJsonObject config()
    {
        return TestUtil::json(R"({
            "roles": {
                "all_access": {"reserved": true, "static": true, "cluster_permissions": ["*"]},
                "kibana_server": {"reserved": true, "static": false, "cluster_permissions": ["cluster_monitor"]},
                "ops": {"reserved": false, "cluster_permissions": ["cluster_monitor", "indices_monitor"]},
                "secret": {"hidden": true, "cluster_permissions": []}
            },
            "rolesmapping": {
                "all_access": {"users": [], "backend_roles": ["admin"]},
                "kibana_server": {"users": ["kibanaserver"], "backend_roles": []},
                "ops": {"users": ["ops_*"], "backend_roles": []}
            },
            "internalusers": {
                "admin": {"backend_roles": ["admin"], "reserved": true},
                "kibanaserver": {"backend_roles": [], "reserved": true},
                "ops_bob": {"backend_roles": []}
            }
        })")
            .toObject();
    }

    static GuardContext adminContext()
    {
        GuardContext context;
        context.userName = QStringLiteral("admin");
        context.backendRoles = {QStringLiteral("admin")};
        context.currentRoles = {QStringLiteral("all_access")};
        return context;
    }

    static PatchOperation op(const char *json)
    {
        auto patch = JsonPatch::fromJson(QJsonArray {TestUtil::json(json)});
        if (!patch)
            qFatal("bad operation in a test");
        return patch->operations().first();
    }

    static bool has(const QList<PatchWarning> &warnings, PatchWarning::Kind kind)
    {
        return std::any_of(warnings.begin(), warnings.end(), [kind](const PatchWarning &w) { return w.kind == kind; });
    }

    static QJsonObject applied(const char *operationJson)
    {
        auto result = JsonPatch({op(operationJson)}).apply(config());
        if (!result)
            qFatal("operation does not apply in a test");
        return result->toObject();
    }

private slots:
    void addOnExistingArrayReplacesIt()
    {
        const auto warnings = PatchGuards::checkOperation(
            op(R"({"op": "add", "path": "/roles/ops/cluster_permissions", "value": ["cluster_all"]})"), config());
        QVERIFY(has(warnings, PatchWarning::Kind::ArrayReplaced));
        QVERIFY(warnings.first().text.contains(QStringLiteral("/roles/ops/cluster_permissions/-")));
        QCOMPARE(PatchGuards::highestLevel(warnings), PatchWarning::Level::Warning);

        // The fix appends only what is new.
        const auto fix = PatchGuards::appendInstead(
            op(R"({"op": "add", "path": "/roles/ops/cluster_permissions", "value": ["cluster_monitor", "x"]})"),
            config());
        QCOMPARE(fix.size(), 1);
        QCOMPARE(fix.first().path.toString(), QStringLiteral("/roles/ops/cluster_permissions/-"));
        QCOMPARE(fix.first().value.toString(), QStringLiteral("x"));

        // Appending, inserting into the array, or adding a new member are fine.
        for (const char *fine : {R"({"op": "add", "path": "/roles/ops/cluster_permissions/-", "value": "x"})",
                                 R"({"op": "add", "path": "/roles/ops/cluster_permissions/0", "value": "x"})",
                                 R"({"op": "add", "path": "/roles/ops/index_permissions", "value": []})"}) {
            QVERIFY2(!has(PatchGuards::checkOperation(op(fine), config()), PatchWarning::Kind::ArrayReplaced), fine);
        }
    }

    void protectedEntities()
    {
        auto warnings = PatchGuards::checkOperation(
            op(R"({"op": "replace", "path": "/roles/kibana_server/cluster_permissions", "value": []})"), config());
        QVERIFY(has(warnings, PatchWarning::Kind::ReservedEntity));
        warnings = PatchGuards::checkOperation(op(R"({"op": "remove", "path": "/roles/all_access"})"), config());
        QVERIFY(has(warnings, PatchWarning::Kind::StaticEntity));
        QVERIFY(!has(warnings, PatchWarning::Kind::ReservedEntity)); // static says it all
        warnings = PatchGuards::checkOperation(
            op(R"({"op": "move", "from": "/roles/secret", "path": "/roles/visible"})"), config());
        QVERIFY(has(warnings, PatchWarning::Kind::HiddenEntity));
        // A test changes nothing; a normal entity gives no warning.
        QVERIFY(PatchGuards::checkOperation(
                    op(R"({"op": "test", "path": "/roles/all_access/reserved", "value": true})"), config())
                    .isEmpty());
        QVERIFY(PatchGuards::checkOperation(
                    op(R"({"op": "replace", "path": "/roles/ops/cluster_permissions", "value": []})"), config())
                    .isEmpty());
        // Bodies with protected keys, and _meta.
        QVERIFY(has(PatchGuards::checkOperation(
                        op(R"({"op": "add", "path": "/roles/new", "value": {"static": false}})"), config()),
                    PatchWarning::Kind::ProtectedKey));
        QVERIFY(has(PatchGuards::checkOperation(op(R"({"op": "remove", "path": "/roles/_meta"})"), config()),
                    PatchWarning::Kind::MetaEdited));
    }

    void lockoutOfTheConnectedUser_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<int>("kind"); // -1: no lockout warning
        QTest::newRow("mapping removed") << R"({"op": "remove", "path": "/rolesmapping/all_access"})"
                                         << int(PatchWarning::Kind::OwnAccessLost);
        QTest::newRow("backend role unmapped")
            << R"({"op": "replace", "path": "/rolesmapping/all_access/backend_roles", "value": []})"
            << int(PatchWarning::Kind::OwnAccessLost);
        QTest::newRow("own backend roles changed")
            << R"({"op": "replace", "path": "/internalusers/admin/backend_roles", "value": ["x"]})"
            << int(PatchWarning::Kind::OwnAccessLost);
        QTest::newRow("role deleted") << R"({"op": "remove", "path": "/roles/all_access"})"
                                      << int(PatchWarning::Kind::OwnAccessLost);
        QTest::newRow("own user removed")
            << R"({"op": "remove", "path": "/internalusers/admin"})" << int(PatchWarning::Kind::OwnUserRemoved);
        QTest::newRow("mapped by name too")
            << R"({"op": "add", "path": "/rolesmapping/all_access/users/-", "value": "admin"})" << -1;
        QTest::newRow("someone else") << R"({"op": "remove", "path": "/internalusers/ops_bob"})" << -1;
    }

    void lockoutOfTheConnectedUser()
    {
        QFETCH(QString, operation);
        QFETCH(int, kind);
        const QJsonObject after = applied(operation.toUtf8().constData());
        const auto warnings = PatchGuards::checkAccess(config(), after, adminContext());
        const auto isLockout = [](const PatchWarning &w) {
            return w.kind == PatchWarning::Kind::OwnAccessLost || w.kind == PatchWarning::Kind::OwnUserRemoved;
        };
        if (kind < 0) {
            QVERIFY(std::none_of(warnings.begin(), warnings.end(), isLockout));
            return;
        }
        QVERIFY(has(warnings, PatchWarning::Kind(kind)));
        QCOMPARE(PatchGuards::highestLevel(warnings), PatchWarning::Level::Danger);
        QVERIFY(PatchGuards::affectsAccess(op(operation.toUtf8().constData())));
    }

    void lockoutNamesWhatIsLostAndTheEntityToType_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QStringList>("lost");
        QTest::addColumn<bool>("apiAccessLost");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("mapping removed") << R"({"op": "remove", "path": "/rolesmapping/all_access"})"
                                         << "admin"
                                         << "/rolesmapping/all_access" << QStringList {QStringLiteral("all_access")}
                                         << true << "You (admin) would lose all_access";
        QTest::newRow("role deleted") << R"({"op": "remove", "path": "/roles/all_access"})"
                                      << "admin"
                                      << "/roles/all_access" << QStringList {QStringLiteral("all_access")} << true
                                      << "all_access";
        QTest::newRow("own backend roles changed")
            << R"({"op": "replace", "path": "/internalusers/admin/backend_roles", "value": ["x"]})"
            << "admin"
            << "/internalusers/admin" << QStringList {QStringLiteral("all_access")} << true
            << "could not undo this change";
        QTest::newRow("own user removed")
            << R"({"op": "remove", "path": "/internalusers/admin"})"
            << "admin"
            << "/internalusers/admin" << QStringList() << true << "This removes your own user admin";
        // A role that does not grant the API is a lockout too: the user holds it now and would lose it.
        QTest::newRow("another role lost")
            << R"({"op": "replace", "path": "/rolesmapping/ops/backend_roles", "value": []})"
            << "admin"
            << "/rolesmapping/ops" << QStringList {QStringLiteral("ops")} << false
            << "another role still gives you access";
        QTest::newRow("dashboards user unmapped")
            << R"({"op": "replace", "path": "/rolesmapping/kibana_server/users", "value": []})"
            << "kibanaserver"
            << "/rolesmapping/kibana_server" << QStringList {QStringLiteral("kibana_server")} << false
            << "OpenSearch Dashboards would stop working";
        QTest::newRow("dashboards user removed")
            << R"({"op": "remove", "path": "/internalusers/kibanaserver"})"
            << "kibanaserver"
            << "/internalusers/kibanaserver" << QStringList() << false << "removes the Dashboards server user";
    }

    void lockoutNamesWhatIsLostAndTheEntityToType()
    {
        QFETCH(QString, operation);
        QFETCH(QString, user);
        QFETCH(QString, pointer);
        QFETCH(QStringList, lost);
        QFETCH(bool, apiAccessLost);
        QFETCH(QString, sentence);
        QJsonObject before = config();
        if (QTest::currentDataTag() == QByteArrayLiteral("another role lost")) {
            // admin holds ops through its backend role too
            QJsonObject mappings = before.value(QStringLiteral("rolesmapping")).toObject();
            mappings.insert(QStringLiteral("ops"),
                            TestUtil::json(R"({"users": ["ops_*"], "backend_roles": ["admin"]})"));
            before.insert(QStringLiteral("rolesmapping"), mappings);
        }
        auto after = JsonPatch({op(operation.toUtf8().constData())}).apply(before);
        QVERIFY(after);
        const QList<Lockout> lockouts = PatchGuards::lockouts(before, after->toObject(), adminContext());
        QCOMPARE(lockouts.size(), 1);
        const Lockout &lockout = lockouts.first();
        QCOMPARE(lockout.user, user);
        QCOMPARE(lockout.pointer, pointer);
        QCOMPARE(lockout.entity, pointer.section(u'/', 2));
        QCOMPARE(lockout.lostRoles, lost);
        QCOMPARE(lockout.apiAccessLost, apiAccessLost);
        QVERIFY2(lockout.sentence.contains(sentence), qPrintable(lockout.sentence));
        QCOMPARE(PatchGuards::lockoutText(lockouts), lockout.sentence);
        // The editor shows each lockout as a danger.
        const auto warnings = PatchGuards::checkAccess(before, after->toObject(), adminContext());
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().level, PatchWarning::Level::Danger);
    }

    void noLockoutWithoutALoss()
    {
        for (const char *operation : {R"({"op": "add", "path": "/rolesmapping/all_access/users/-", "value": "admin"})",
                                      R"({"op": "remove", "path": "/internalusers/ops_bob"})",
                                      R"({"op": "add", "path": "/rolesmapping/kibana_server/users/-", "value": "x"})",
                                      R"({"op": "replace", "path": "/roles/ops/cluster_permissions", "value": []})"}) {
            QVERIFY2(PatchGuards::lockouts(config(), applied(operation), adminContext()).isEmpty(), operation);
        }
    }

    void externalUserAndFallbackRoles()
    {
        // An LDAP user (not internal) with backend role "ops_team", mapped to "ops" which is not a default API role:
        // the current roles stand in for the unknown roles_enabled.
        QJsonObject before = config();
        QJsonObject mappings = before.value(QStringLiteral("rolesmapping")).toObject();
        mappings.insert(QStringLiteral("ops"), TestUtil::json(R"({"backend_roles": ["ops_team"]})"));
        before.insert(QStringLiteral("rolesmapping"), mappings);
        GuardContext context;
        context.userName = QStringLiteral("carol");
        context.backendRoles = {QStringLiteral("ops_team")};
        context.currentRoles = {QStringLiteral("ops")};
        QCOMPARE(PatchGuards::effectiveRoles(before, QStringLiteral("carol"), context.backendRoles),
                 QStringList {QStringLiteral("ops")});
        QJsonObject after = before;
        mappings.remove(QStringLiteral("ops"));
        after.insert(QStringLiteral("rolesmapping"), mappings);
        QVERIFY(has(PatchGuards::checkAccess(before, after, context), PatchWarning::Kind::OwnAccessLost));
    }

    void dashboardsServerUser()
    {
        GuardContext context; // nobody connected: only the Dashboards check runs
        auto warnings = PatchGuards::checkAccess(
            config(), applied(R"({"op": "replace", "path": "/rolesmapping/kibana_server/users", "value": []})"),
            context);
        QVERIFY(has(warnings, PatchWarning::Kind::DashboardsUserLost));
        warnings = PatchGuards::checkAccess(
            config(), applied(R"({"op": "remove", "path": "/internalusers/kibanaserver"})"), context);
        QVERIFY(has(warnings, PatchWarning::Kind::DashboardsUserLost));
        warnings = PatchGuards::checkAccess(
            config(), applied(R"({"op": "add", "path": "/rolesmapping/kibana_server/users/-", "value": "x"})"),
            context);
        QVERIFY(warnings.isEmpty());
        QVERIFY(!PatchGuards::affectsAccess(op(R"({"op": "add", "path": "/tenants/t", "value": {}})")));
    }
};

QTEST_APPLESS_MAIN(TestPatchGuards)
#include "TestPatchGuards.moc"
