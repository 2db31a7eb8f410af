// SandboxDemo::makeWrites: the example writes of `secdesk --sandbox --demo-writes N` go through the sandbox's API,
// each one recorded as a version, and are the same for the same count.

#include <QtTest>

#include "app/sandbox/Sandbox.h"
#include "app/sandbox/SandboxDemo.h"
#include "app/sandbox/SandboxStore.h"
#include "tests/sandbox/SandboxTestSupport.h"

using namespace Qt::StringLiterals;

class TestSandboxDemo : public QObject
{
    Q_OBJECT

private slots:
    void eachWriteIsAVersion()
    {
        Sandbox sandbox(SandboxTest::fastOptions());
        QVERIFY(sandbox.start());
        const int before = sandbox.store().versionCount();
        QVERIFY(SandboxDemo::makeWrites(sandbox, 4));
        QCOMPARE(sandbox.store().versionCount(), before + 4);
        QCOMPARE(sandbox.store().writeCount(), 4);

        const ConfigSnapshot state = sandbox.store().snapshot();
        const QJsonObject roles = state.stored.value(CType::Roles);
        QVERIFY(roles.contains(u"team_01_reader"_s));
        QVERIFY(roles.contains(u"team_04_reader"_s));
        QCOMPARE(roles.value(u"analyst_role"_s).toObject().value(u"description"_s).toString(),
                 u"Analysts read logs and work in their tenant (revision 2)"_s);
        const QJsonArray backendRoles = state.stored.value(CType::RolesMapping)
                                            .value(u"analyst_role"_s)
                                            .toObject()
                                            .value(u"backend_roles"_s)
                                            .toArray();
        QVERIFY(backendRoles.contains(u"auditors_3"_s));
    }

    void zeroWritesChangeNothing()
    {
        Sandbox sandbox(SandboxTest::fastOptions());
        QVERIFY(sandbox.start());
        const int before = sandbox.store().versionCount();
        QVERIFY(SandboxDemo::makeWrites(sandbox, 0));
        QCOMPARE(sandbox.store().versionCount(), before);
        QCOMPARE(sandbox.store().writeCount(), 0);
    }

    void aRefusedWriteStopsAndIsNamed()
    {
        // Without analyst_role, write 2 (a replace inside it) is refused; write 1 stays, nothing after it runs.
        Sandbox sandbox(SandboxTest::fastOptions());
        QVERIFY(sandbox.start());
        SandboxTest::Client client(sandbox.url());
        client.setCredentials(u"admin"_s, sandbox.options().adminPassword);
        QCOMPARE(client.send("DELETE", u"/_plugins/_security/api/roles/analyst_role"_s).status, 200);
        const int before = sandbox.store().versionCount();
        const VoidResult result = SandboxDemo::makeWrites(sandbox, 3);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(u"2 of 3"_s), qPrintable(result.error().toString()));
        QCOMPARE(sandbox.store().versionCount(), before + 1);
        QVERIFY(sandbox.store().snapshot().stored.value(CType::Roles).contains(u"team_01_reader"_s));
    }
};

QTEST_GUILESS_MAIN(TestSandboxDemo)
#include "TestSandboxDemo.moc"
