#include <QTcpServer>
#include <QtTest>

#include "app/json/Json.h"
#include "tests/cli/CliTestSupport.h"
#include "tests/sandbox/SandboxTestSupport.h"

using CliTest::Run;

// secdesk-cli's read-only cluster commands against the sandbox over loopback HTTP: outputs and exit codes.
class TestCliCluster : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sandbox> m_sandbox;

    Run cli(const QStringList &arguments, const QString &password = QStringLiteral("admin"),
            const QString &url = QString())
    {
        return CliTest::run(arguments,
                            {{QStringLiteral("SECDESK_URL"), url.isEmpty() ? m_sandbox->url().toString() : url},
                             {QStringLiteral("SECDESK_USER"), QStringLiteral("admin")},
                             {QStringLiteral("SECDESK_PASSWORD"), password}});
    }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<Sandbox>(SandboxTest::fastOptions());
        const auto url = m_sandbox->start();
        QVERIFY2(url.ok(), url.ok() ? "" : qPrintable(url.error().message));
    }

    void cleanup() { m_sandbox.reset(); }

    void whoami()
    {
        const Run text = cli({QStringLiteral("whoami")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("admin"), text.out.constData());
        QVERIFY(text.out.contains("all_access"));
        const Run json = cli({QStringLiteral("whoami"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.json()[QStringLiteral("user")].toString(), QStringLiteral("admin"));
        QVERIFY(json.json()[QStringLiteral("roles")].toArray().contains(QStringLiteral("all_access")));
    }

    void getDocumentAndOneType()
    {
        const Run all = cli({QStringLiteral("get")});
        QCOMPARE(all.exitCode, 0);
        const QJsonObject document = all.json().toObject();
        for (const char *type :
             {"config", "roles", "rolesmapping", "internalusers", "actiongroups", "tenants", "audit"})
            QVERIFY2(document.contains(QLatin1String(type)), type);
        QVERIFY(document.value(QStringLiteral("config")).toObject().contains(QStringLiteral("dynamic")));
        QCOMPARE(
            document.value(QStringLiteral("internalusers"))[QStringLiteral("admin")][QStringLiteral("hash")].toString(),
            QString());
        // Types the demo admin may not read are left out with a note, never as empty objects.
        for (const char *type : {"nodesdn", "allowlist"}) {
            if (!document.contains(QLatin1String(type)))
                QVERIFY2(all.err.contains(QLatin1String(type)), qPrintable(all.err));
        }

        const Run roles = cli({QStringLiteral("get"), QStringLiteral("roles")});
        QCOMPARE(roles.exitCode, 0);
        QVERIFY(Json::equals(roles.json(), document.value(QStringLiteral("roles"))));

        const Run bad = cli({QStringLiteral("get"), QStringLiteral("rolez")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QStringLiteral("unknown type \"rolez\"")));
    }

    void versionsVersionAndDiff()
    {
        SandboxTest::Client client(m_sandbox->url());
        client.setCredentials(QStringLiteral("admin"), QStringLiteral("admin"));
        const auto put =
            client.send("PUT", QStringLiteral("/_plugins/_security/api/roles/cli_test_role"),
                        "{\"cluster_permissions\":[\"cluster_monitor\"],\"description\":\"from the test\"}");
        QCOMPARE(put.status, 201);

        const Run list = cli({QStringLiteral("versions"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray versions = list.json().toArray();
        QVERIFY(versions.size() >= 2);
        const QJsonObject newest = versions.first().toObject(); // newest first
        const QString newestId = newest.value(QStringLiteral("id")).toString();
        const QString previousId = versions.at(1).toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(newest.value(QStringLiteral("changes")).toInt(), 1);
        QCOMPARE(newest.value(QStringLiteral("changes_by_type")).toObject().value(QStringLiteral("roles")).toInt(), 1);

        const Run text = cli({QStringLiteral("versions")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QByteArray(newestId.toUtf8() + " ")), text.out.constData());
        QVERIFY(text.out.contains("roles 1"));

        const Run version = cli({QStringLiteral("version"), newestId});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.json()[QStringLiteral("roles")].toObject().contains(QStringLiteral("cli_test_role")));
        QCOMPARE(
            version.json()[QStringLiteral("internalusers")][QStringLiteral("admin")][QStringLiteral("hash")].toString(),
            QString());
        QVERIFY(!version.out.contains("$2"));
        QVERIFY(!version.out.contains("not-a-real-secret")); // the demo's LDAP bind password
        QVERIFY(version.out.contains("******"));
        const Run withHashes = cli({QStringLiteral("version"), newestId, QStringLiteral("--show-hashes")});
        QVERIFY(withHashes.json()[QStringLiteral("internalusers")][QStringLiteral("admin")][QStringLiteral("hash")]
                    .toString()
                    .startsWith(QStringLiteral("$2")));

        const Run missing = cli({QStringLiteral("version"), QStringLiteral("v999")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("Version v999 not found")), qPrintable(missing.err));

        const Run diff = cli({QStringLiteral("version-diff"), previousId, newestId});
        QCOMPARE(diff.exitCode, 0);
        const QJsonArray patch = diff.json().toArray();
        QCOMPARE(patch.size(), 1);
        QCOMPARE(patch.first()[QStringLiteral("op")].toString(), QStringLiteral("add"));
        QCOMPARE(patch.first()[QStringLiteral("path")].toString(), QStringLiteral("/roles/cli_test_role"));

        const Run summary = cli({QStringLiteral("version-diff"), previousId, newestId, QStringLiteral("--summary")});
        QCOMPARE(summary.exitCode, 0);
        QVERIFY2(summary.out.contains("+ /roles/cli_test_role"), summary.out.constData());

        // The newest version equals the live configuration: no differences (statics and hashes aside).
        const Run live = cli({QStringLiteral("version-diff"), newestId, QStringLiteral("current")});
        QCOMPARE(live.exitCode, 0);
        QVERIFY2(live.json().toArray().isEmpty(), live.out.constData());
        QVERIFY2(live.err.contains(QStringLiteral("hidden")), qPrintable(live.err)); // notes what it left out
        QVERIFY(!live.out.contains("not-a-real-secret") && !live.err.contains(QStringLiteral("not-a-real-secret")));
    }

    void upgradeCheck()
    {
        const Run json = cli({QStringLiteral("upgrade-check"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(json.json()[QStringLiteral("available")].toBool());
        QVERIFY(!json.json()[QStringLiteral("actions")].toArray().isEmpty());
        const Run text = cli({QStringLiteral("upgrade-check")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("upgrade is available"));
    }

    void connectionFailuresExitThree()
    {
        const Run wrongPassword = cli({QStringLiteral("whoami")}, QStringLiteral("not-the-password"));
        QCOMPARE(wrongPassword.exitCode, 3);
        QVERIFY(wrongPassword.err.contains(QStringLiteral("401")));
        QVERIFY(!wrongPassword.err.contains(QStringLiteral("not-the-password")));
        QVERIFY(wrongPassword.out.isEmpty());

        quint16 port;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        const Run unreachable =
            cli({QStringLiteral("get")}, QStringLiteral("admin"), QStringLiteral("http://127.0.0.1:%1").arg(port));
        QCOMPARE(unreachable.exitCode, 3);
        QVERIFY(unreachable.err.startsWith(QStringLiteral("secdesk-cli get: ")));
    }

    void usageErrorsExitTwo()
    {
        const Run noUrl = cli({QStringLiteral("whoami"), QStringLiteral("--url"), QStringLiteral("not a url")});
        QCOMPARE(noUrl.exitCode, 2);
        const Run badTimeout = cli({QStringLiteral("whoami"), QStringLiteral("--timeout"), QStringLiteral("soon")});
        QCOMPARE(badTimeout.exitCode, 2);
        const Run missingCa =
            cli({QStringLiteral("whoami"), QStringLiteral("--ca"), QStringLiteral("/nonexistent.pem")});
        QCOMPARE(missingCa.exitCode, 2);
        QVERIFY(missingCa.err.contains(QStringLiteral("/nonexistent.pem")));
        const Run versionWithoutId = cli({QStringLiteral("version")});
        QCOMPARE(versionWithoutId.exitCode, 2);
    }

    void versioningOff()
    {
        SandboxOptions options = SandboxTest::fastOptions();
        options.versioning = false;
        m_sandbox = std::make_unique<Sandbox>(options);
        QVERIFY(m_sandbox->start().ok());
        const Run run = cli({QStringLiteral("versions")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("configurations_versions.enabled")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliCluster)
#include "TestCliCluster.moc"
