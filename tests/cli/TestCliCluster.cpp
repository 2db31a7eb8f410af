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

    // `version ID` redacts every secret; --show-hashes brings back the internal users' hashes only, --show-secrets
    // every other secret only (here an LDAP bind password, a JWT signing key and on-behalf-of keys patched in).
    void versionShowsHashesAndSecretsOnlyWhenAsked()
    {
        SandboxTest::Client client(m_sandbox->url());
        client.setCredentials(QStringLiteral("admin"), QStringLiteral("admin"));
        const QByteArray patch = R"([
            {"op": "replace",
             "path": "/config/dynamic/authc/directory_auth_domain/authentication_backend/config/password",
             "value": "Bind-Password-From-The-Test"},
            {"op": "add", "path": "/config/dynamic/authc/jwt_auth_domain",
             "value": {"http_enabled": false, "order": 2, "authentication_backend": {"type": "noop"},
                       "http_authenticator": {"type": "jwt", "challenge": false,
                                              "config": {"signing_key": "Signing-Key-From-The-Test"}}}},
            {"op": "add", "path": "/config/dynamic/on_behalf_of",
             "value": {"enabled": false, "signing_key": "Obo-Signing-Key-From-The-Test",
                       "encryption_key": "Obo-Encryption-Key-From-The-Test"}}])";
        const auto patched = client.send("PATCH", QStringLiteral("/_plugins/_security/api/securityconfig"), patch);
        QVERIFY2(patched.status == 200, patched.body.constData());
        const Run list = cli({QStringLiteral("versions"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QString newest = list.json().toArray().first()[QStringLiteral("id")].toString();

        const QList<QByteArray> secrets {"Bind-Password-From-The-Test", "Signing-Key-From-The-Test",
                                         "Obo-Signing-Key-From-The-Test", "Obo-Encryption-Key-From-The-Test"};
        const auto check = [&](const QStringList &flags, bool hashes, bool others) {
            const Run run = cli(QStringList {QStringLiteral("version"), newest} + flags);
            QCOMPARE(run.exitCode, 0);
            const QJsonValue config = run.json()[QStringLiteral("config")][QStringLiteral("dynamic")];
            const QString hash =
                run.json()[QStringLiteral("internalusers")][QStringLiteral("admin")][QStringLiteral("hash")].toString();
            QVERIFY2(hashes ? hash.startsWith(QStringLiteral("$2")) : hash.isEmpty(), qPrintable(flags.join(u' ')));
            QCOMPARE(run.out.contains("\"$2"), hashes);
            for (const QByteArray &secret : secrets)
                QVERIFY2(run.out.contains(secret) == others, secret.constData());
            const QString signingKey =
                config[QStringLiteral("authc")][QStringLiteral("jwt_auth_domain")][QStringLiteral("http_authenticator")]
                      [QStringLiteral("config")][QStringLiteral("signing_key")]
                          .toString();
            QCOMPARE(signingKey, others ? QStringLiteral("Signing-Key-From-The-Test") : QStringLiteral("******"));
            QCOMPARE(config[QStringLiteral("on_behalf_of")][QStringLiteral("encryption_key")].toString(),
                     others ? QStringLiteral("Obo-Encryption-Key-From-The-Test") : QStringLiteral("******"));
        };
        check({}, false, false);
        check({QStringLiteral("--show-hashes")}, true, false);
        check({QStringLiteral("--show-secrets")}, false, true);
        check({QStringLiteral("--show-hashes"), QStringLiteral("--show-secrets")}, true, true);
        // version-diff shows that the secrets changed, by fingerprint, and never what they are.
        const QString previous = list.json().toArray().at(1)[QStringLiteral("id")].toString();
        const Run diff = cli({QStringLiteral("version-diff"), previous, newest});
        QCOMPARE(diff.exitCode, 0);
        QCOMPARE(diff.json().toArray().size(), 4); // the password, the JWT domain, two on_behalf_of keys
        QVERIFY2(diff.out.contains("<secret "), diff.out.constData());
        for (const QByteArray &secret : secrets)
            QVERIFY2(!diff.out.contains(secret), diff.out.constData());
        const Run live = cli({QStringLiteral("version-diff"), newest, QStringLiteral("current")});
        QCOMPARE(live.exitCode, 0);
        for (const QByteArray &secret : secrets)
            QVERIFY2(!live.out.contains(secret), live.out.constData());

        const Run help = cli({QStringLiteral("version"), QStringLiteral("--help")});
        QVERIFY2(help.out.contains("--show-secrets") || help.err.contains(QStringLiteral("--show-secrets")),
                 help.out.constData());
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
