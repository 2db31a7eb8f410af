#include <QTemporaryDir>
#include <QtTest>

#include "app/json/Json.h"
#include "tests/cli/CliTestSupport.h"
#include "tests/sandbox/SandboxTestSupport.h"

using namespace Qt::StringLiterals;

// secdesk-cli upgrade-check and upgrade-perform against the sandbox over loopback HTTP (its fresh state has an
// upgrade available): listing with collisions, performing one entity, "up to date" exiting 0, and the refusal to
// write unconfirmed when stdin is not a terminal.
class TestCliUpgrade : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;

    CliTest::Run cli(const QStringList &arguments)
    {
        return CliTest::run(arguments, CliTest::clusterEnvironment(m_sandbox->url(), m_dir->filePath(u"data"_s)));
    }

    QJsonObject roles()
    {
        SandboxTest::Client client(m_sandbox->url());
        client.setCredentials(u"admin"_s, u"admin"_s);
        return client.send("GET", u"/_plugins/_security/api/roles"_s).json();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_sandbox = std::make_unique<Sandbox>(SandboxTest::fastOptions());
        QVERIFY(m_sandbox->start().ok());
    }

    void cleanup()
    {
        m_sandbox.reset();
        m_dir.reset();
    }

    void checkLists()
    {
        const CliTest::Run text = cli({u"upgrade-check"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("upgrade is available"));
        QVERIFY(text.out.contains("sandbox_alerts_read"));
        QVERIFY(text.out.contains("sandbox_reports_read"));
        QVERIFY2(!text.err.contains(u"warning"_s), qPrintable(text.err));

        const CliTest::Run json = cli({u"upgrade-check"_s, u"--json"_s});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(json.json()[u"available"_s].toBool());
        QCOMPARE(json.json()[u"actions"_s].toArray().size(), 2);
        QVERIFY(json.json()[u"collisions"_s].toArray().isEmpty());
    }

    void checkWarnsAboutCollisions()
    {
        SandboxTest::Client client(m_sandbox->url());
        client.setCredentials(u"admin"_s, u"admin"_s);
        const auto put = client.send("PUT", u"/_plugins/_security/api/roles/sandbox_alerts_read"_s,
                                     R"({"cluster_permissions":["cluster_monitor"]})");
        QCOMPARE(put.status, 201);
        const CliTest::Run text = cli({u"upgrade-check"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.err.contains(u"warning: roles/sandbox_alerts_read"_s), qPrintable(text.err));
        QVERIFY(text.out.contains("overwrites your role"));
        const CliTest::Run json = cli({u"upgrade-check"_s, u"--json"_s});
        QCOMPARE(json.json()[u"collisions"_s].toArray().size(), 1);
    }

    void performOneThenAllThenUpToDate()
    {
        const QJsonObject before = roles();
        const CliTest::Run one = cli({u"upgrade-perform"_s, u"--entities"_s, u"sandbox_alerts_read"_s, u"--yes"_s});
        QVERIFY2(one.exitCode == 0, qPrintable(one.err));
        // The before/after diff of the performed entity.
        QVERIFY2(one.out.contains("+++ roles/sandbox_alerts_read"), one.out.constData());
        QVERIFY(one.out.contains("cluster:admin/sandbox/alerts/get"));
        QVERIFY(!one.out.contains("roles/sandbox_reports_read"));
        QVERIFY2(one.err.contains(u"secdesk-cli rollback v"_s), qPrintable(one.err)); // how to undo it
        // Nobody holds the role it adds: said before, and no access changes after.
        QVERIFY2(one.err.contains(u"Nobody holds sandbox_alerts_read: no one's access changes."_s),
                 qPrintable(one.err));
        QVERIFY2(one.out.contains("Access changes:\n  No access changes\n"), one.out.constData());
        QJsonObject after = roles();
        QVERIFY(after.contains(u"sandbox_alerts_read"_s));
        after.remove(u"sandbox_alerts_read"_s);
        QCOMPARE(after, before);

        const CliTest::Run rest = cli({u"upgrade-check"_s, u"--json"_s});
        QCOMPARE(rest.json()[u"actions"_s].toArray().size(), 1);
        QCOMPARE(rest.json()[u"actions"_s][0][u"entity"_s].toString(), u"sandbox_reports_read"_s);

        // The role it modifies is held by a user: named before, and what the user gained after.
        SandboxTest::Client client(m_sandbox->url());
        client.setCredentials(u"admin"_s, u"admin"_s);
        QCOMPARE(
            client
                .send("PUT", u"/_plugins/_security/api/rolesmapping/sandbox_reports_read"_s, R"({"users":["viewer"]})")
                .status,
            201);
        const CliTest::Run all = cli({u"upgrade-perform"_s, u"--yes"_s, u"--json"_s});
        QVERIFY2(all.exitCode == 0, qPrintable(all.err));
        QVERIFY2(all.err.contains(u"user viewer (sandbox_reports_read)"_s), qPrintable(all.err));
        QCOMPARE(all.json()[u"access_reach"_s][u"holders"_s][0][u"subject"_s].toString(), u"viewer"_s);
        const QJsonArray gained = all.json()[u"access_changes"_s].toArray();
        QCOMPARE(gained.size(), 1);
        QCOMPARE(gained[0][u"subject"_s].toString(), u"viewer"_s);
        const QJsonArray viewers = gained[0][u"changes"_s].toArray();
        QVERIFY(std::any_of(viewers.begin(), viewers.end(), [](const QJsonValue &c) {
            return c[u"group"_s] == u"cluster:admin/sandbox/reports/definition/get"_s && c[u"before"_s] == u"none"_s
                   && c[u"after"_s] == u"full"_s;
        }));
        QCOMPARE(all.json()[u"outcome"_s].toString(), u"applied"_s);
        QCOMPARE(all.json()[u"upgraded"_s].toArray().size(), 1);
        QCOMPARE(all.json()[u"upgraded"_s][0][u"entity"_s].toString(), u"sandbox_reports_read"_s);
        QVERIFY(!all.json()[u"undo_version"_s].toString().isEmpty());

        const CliTest::Run upToDate = cli({u"upgrade-perform"_s, u"--yes"_s});
        QCOMPARE(upToDate.exitCode, 0);
        QVERIFY2(upToDate.out.contains("Up to date"), upToDate.out.constData());
        const CliTest::Run upToDateJson = cli({u"upgrade-perform"_s, u"--yes"_s, u"--json"_s});
        QCOMPARE(upToDateJson.exitCode, 0);
        QCOMPARE(upToDateJson.json()[u"outcome"_s].toString(), u"up-to-date"_s);
        const CliTest::Run checkAgain = cli({u"upgrade-check"_s});
        QCOMPARE(checkAgain.exitCode, 0);
        QVERIFY(checkAgain.out.contains("Up to date"));
    }

    void refusesWithoutTerminal()
    {
        const QJsonObject before = roles();
        const CliTest::Run run = cli({u"upgrade-perform"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"--yes"_s));
        QCOMPARE(roles(), before);
    }

    void unreachableExitsThree()
    {
        const CliTest::Run run = CliTest::run({u"upgrade-check"_s, u"--url"_s, u"http://127.0.0.1:1"_s},
                                              {{u"SECDESK_USER"_s, u"admin"_s}, {u"SECDESK_PASSWORD"_s, u"admin"_s}});
        QCOMPARE(run.exitCode, 3);
    }
};

QTEST_GUILESS_MAIN(TestCliUpgrade)
#include "TestCliUpgrade.moc"
