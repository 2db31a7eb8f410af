#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

#include "app/json/Json.h"
#include "tests/cli/CliTestSupport.h"
#include "tests/sandbox/SandboxTestSupport.h"

using CliTest::Run;

// secdesk-cli's commands for the plugin's other APIs (account, cache, certs, tenancy, tokens, listeners) against the
// sandbox over loopback HTTP: outputs, exit codes, the version gates (nothing sent to a cluster that lacks the API),
// writes through the pipeline, and secrets that reach stdout once and nothing else.
class TestCliAdmin : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_data;

    void startSandbox(const QString &version, bool restApiAdmin = false)
    {
        SandboxOptions options = SandboxTest::fastOptions();
        options.clusterVersion = version;
        options.restApiAdmin = restApiAdmin;
        m_sandbox = std::make_unique<Sandbox>(options);
        const auto url = m_sandbox->start();
        QVERIFY2(url.ok(), url.ok() ? "" : qPrintable(url.error().message));
    }

    ProcessRun::Environment environment(const QString &password = QStringLiteral("admin"),
                                        const QString &user = QStringLiteral("admin"))
    {
        return CliTest::clusterEnvironment(m_sandbox->url(), m_data->path(), user, password);
    }

    Run cli(const QStringList &arguments, const QString &password = QStringLiteral("admin"),
            const QString &user = QStringLiteral("admin"))
    {
        return CliTest::run(arguments, environment(password, user));
    }

    // A run with `input` on stdin (a pipe, not a terminal).
    Run cliWithInput(const QStringList &arguments, const QByteArray &input, const QString &user,
                     const QString &password)
    {
        QProcess process;
        process.setProcessEnvironment(ProcessRun::environment(environment(password, user)));
        process.start(ProcessRun::executable(QStringLiteral("secdesk-cli")), arguments);
        process.write(input);
        process.closeWriteChannel();
        Run run;
        if (!process.waitForFinished(60000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = process.readAllStandardOutput();
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    // Every file SecDesk wrote (journal, backups): none may hold `secret`.
    QString fileHolding(const QByteArray &secret) const
    {
        QDirIterator it(m_data->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
                return file.fileName();
        }
        return {};
    }

    QByteArray journal() const
    {
        QFile file(m_data->path() + QStringLiteral("/SecDesk/journal.jsonl"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void init()
    {
        m_data = std::make_unique<QTemporaryDir>();
        startSandbox(QStringLiteral("3.3.0"));
    }

    void cleanup()
    {
        m_sandbox.reset();
        m_data.reset();
    }

    void account()
    {
        const Run text = cli({QStringLiteral("account")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("admin (internal user, reserved)"), text.out.constData());
        QVERIFY(text.out.contains("all_access"));
        const Run json = cli({QStringLiteral("account"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.json()[QStringLiteral("user")].toString(), QStringLiteral("admin"));
        QCOMPARE(json.json()[QStringLiteral("reserved")].toBool(), true);
        QVERIFY(json.json()[QStringLiteral("tenants")][QStringLiteral("global_tenant")].toBool());
        const Run bad = cli({QStringLiteral("account"), QStringLiteral("delete")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QStringLiteral("unknown action \"delete\"")));
        QCOMPARE(cli({QStringLiteral("account")}, QStringLiteral("wrong")).exitCode, 3);
    }

    void setPassword()
    {
        SandboxTest::Client admin(m_sandbox->url());
        admin.setCredentials(QStringLiteral("admin"), QStringLiteral("admin"));
        QCOMPARE(admin
                     .send("PUT", QStringLiteral("/_plugins/_security/api/internalusers/alice"),
                           R"({"password": "Old-Secret-pw1"})")
                     .status,
                 201);
        const QString alice = QStringLiteral("alice");
        const QString old = QStringLiteral("Old-Secret-pw1");
        const QStringList setPassword {QStringLiteral("account"), QStringLiteral("set-password")};
        const QByteArray secret = "N3w-Secret-pw!";
        // A wrong current password: the server refuses, nothing changes.
        const Run wrong = cliWithInput(setPassword, "not-it\n" + secret + "\n", alice, old);
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(QStringLiteral("Could not validate your current password.")),
                 qPrintable(wrong.err));
        // Missing lines: bad usage, nothing sent.
        QCOMPARE(cliWithInput(setPassword, "Old-Secret-pw1\n", alice, old).exitCode, 2);
        QCOMPARE(cliWithInput(setPassword, "", alice, old).exitCode, 2);
        // The plugin's own refusal of a reserved account (admin), as the server words it.
        const Run reserved =
            cliWithInput(setPassword, "admin\n" + secret + "\n", QStringLiteral("admin"), QStringLiteral("admin"));
        QCOMPARE(reserved.exitCode, 1);
        QVERIFY(reserved.err.contains(QStringLiteral("Resource 'admin' is reserved.")));

        const Run changed = cliWithInput(setPassword, "Old-Secret-pw1\n" + secret + "\n", alice, old);
        QCOMPARE(changed.exitCode, 0);
        QVERIFY2(changed.out.contains("'alice' updated."), changed.out.constData());
        QVERIFY(!changed.out.contains(secret) && !changed.err.contains(QString::fromLatin1(secret)));
        QCOMPARE(cli({QStringLiteral("account")}, old, alice).exitCode, 3); // the old password no longer works
        QCOMPARE(cli({QStringLiteral("account")}, QString::fromLatin1(secret), alice).exitCode, 0);
        QVERIFY2(fileHolding(secret).isEmpty(), qPrintable(fileHolding(secret)));
        QVERIFY(journal().isEmpty()); // not a configuration write: no journal line, no backup
    }

    void cacheFlush()
    {
        const Run all = cli({QStringLiteral("cache"), QStringLiteral("flush")});
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(all.out, QByteArray("Cache flushed successfully.\n"));
        const Run one = cli({QStringLiteral("cache"), QStringLiteral("flush"), QStringLiteral("--user"),
                             QStringLiteral("analyst"), QStringLiteral("--json")});
        QCOMPARE(one.exitCode, 0);
        QCOMPARE(one.json()[QStringLiteral("message")].toString(),
                 QStringLiteral("Cache invalidated for user: analyst"));
        QCOMPARE(cli({QStringLiteral("cache")}).exitCode, 2);

        // 2.19 has no per-user flush: refused before sending, naming the version needed.
        startSandbox(QStringLiteral("2.19.0"));
        const Run old = cli(
            {QStringLiteral("cache"), QStringLiteral("flush"), QStringLiteral("--user"), QStringLiteral("analyst")});
        QCOMPARE(old.exitCode, 1);
        QVERIFY2(old.err.contains(QStringLiteral(
                     "Flushing one user's cache needs OpenSearch 3.1 or later; this cluster runs 2.19.0.")),
                 qPrintable(old.err));
        QVERIFY(old.err.contains(QStringLiteral("Nothing was sent.")));
        QCOMPARE(cli({QStringLiteral("cache"), QStringLiteral("flush")}).exitCode, 0);
    }

    void certificates()
    {
        const Run denied = cli({QStringLiteral("certs")});
        QCOMPARE(denied.exitCode, 1);
        QVERIFY(denied.err.contains(QStringLiteral("restapi:admin/ssl/certs/info")));

        startSandbox(QStringLiteral("3.3.0"), true);
        SandboxTest::grantRestAdmin(
            *m_sandbox, QStringLiteral("admin"),
            {QStringLiteral("restapi:admin/ssl/certs/info"), QStringLiteral("restapi:admin/ssl/certs/reload")});
        const Run text = cli({QStringLiteral("certs")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("sandbox-node-1 transport:"), text.out.constData());
        QVERIFY(text.out.contains("CN=SecDesk Sandbox Root CA"));
        QVERIFY(text.out.contains("IP:127.0.0.1"));
        QVERIFY(text.out.contains(" left)") || text.out.contains("expired"));
        const Run json = cli(
            {QStringLiteral("certs"), QStringLiteral("--type"), QStringLiteral("transport"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray list = json.json().toArray();
        QCOMPARE(list.size(), 2);
        for (const QJsonValue &entry : list) {
            QCOMPARE(entry[QStringLiteral("type")].toString(), QStringLiteral("transport"));
            QVERIFY(entry[QStringLiteral("not_before")].isNull()); // the plugin's copy of not_after is not trusted
            QVERIFY(QStringList({QStringLiteral("ok"), QStringLiteral("warning"), QStringLiteral("error")})
                        .contains(entry[QStringLiteral("level")].toString()));
        }
        QCOMPARE(list.at(1)[QStringLiteral("sans")].toArray().first().toString(), QStringLiteral("DNS:localhost"));
        QCOMPARE(cli({QStringLiteral("certs"), QStringLiteral("--type"), QStringLiteral("web")}).exitCode, 2);

        // This connection's TLS as the node saw it: plain HTTP here.
        const Run info = cli({QStringLiteral("certs"), QStringLiteral("info")});
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.out.contains("(not TLS)"), info.out.constData());
        QCOMPARE(cli({QStringLiteral("certs"), QStringLiteral("info"), QStringLiteral("--json")})
                     .json()[QStringLiteral("protocol")]
                     .toString(),
                 QString());

        // Reloading: a write that needs confirmation; the sandbox has it switched off.
        QCOMPARE(cli({QStringLiteral("certs"), QStringLiteral("reload"), QStringLiteral("http")}).exitCode, 2);
        const Run reload = cli(
            {QStringLiteral("certs"), QStringLiteral("reload"), QStringLiteral("transport"), QStringLiteral("--yes")});
        QCOMPARE(reload.exitCode, 1);
        QVERIFY2(reload.err.contains(QStringLiteral("ssl_cert_reload_enabled")), qPrintable(reload.err));

        // Before 2.15 there is no certificates API: the key certificates of ssl/certs, with a note.
        startSandbox(QStringLiteral("2.14.0"), true);
        SandboxTest::grantRestAdmin(*m_sandbox, QStringLiteral("admin"),
                                    {QStringLiteral("restapi:admin/ssl/certs/info")});
        const Run old = cli({QStringLiteral("certs"), QStringLiteral("--json")});
        QCOMPARE(old.exitCode, 0);
        QVERIFY2(old.err.contains(
                     QStringLiteral("The certificates API needs OpenSearch 2.15 or later; this cluster runs 2.14.0.")),
                 qPrintable(old.err));
        const QJsonArray keys = old.json().toArray();
        QCOMPARE(keys.size(), 1); // the transport key certificate; no HTTPS
        QCOMPARE(keys.first()[QStringLiteral("node")].toString(), QString());
        QVERIFY(!keys.first()[QStringLiteral("not_before")].isNull());
    }

    void tenancy()
    {
        const Run text = cli({QStringLiteral("tenancy")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("multi-tenancy:     on"), text.out.constData());
        QVERIFY(text.out.contains("dashboards user:   dashboards"));
        const Run json = cli({QStringLiteral("tenancy"), QStringLiteral("--json")});
        QCOMPARE(json.json()[QStringLiteral("default_tenant")].toString(), QString());
        QCOMPARE(json.json()[QStringLiteral("dashboards")][QStringLiteral("server_user")].toString(),
                 QStringLiteral("dashboards"));

        const QStringList set {QStringLiteral("tenancy"), QStringLiteral("set"), QStringLiteral("--default-tenant"),
                               QStringLiteral("analysts")};
        // The plan, sent nowhere.
        const Run plan = cli(set + QStringList {QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QCOMPARE(plan.exitCode, 0);
        QCOMPARE(plan.json()[QStringLiteral("requests")][0][QStringLiteral("label")].toString(),
                 QStringLiteral("PUT tenancy/config"));
        QCOMPARE(plan.json()[QStringLiteral("changes")][0][QStringLiteral("path")].toString(),
                 QStringLiteral("/config/dynamic/kibana/default_tenant"));
        QVERIFY(journal().isEmpty());
        QCOMPARE(cli(set).exitCode, 2); // not a terminal, no --yes
        const Run applied = cli(set + QStringList {QStringLiteral("--yes")});
        QCOMPARE(applied.exitCode, 0);
        QVERIFY2(applied.out.contains("Applied and verified"), applied.out.constData());
        QVERIFY(journal().contains("PUT tenancy/config"));
        QCOMPARE(cli({QStringLiteral("tenancy"), QStringLiteral("--json")})
                     .json()[QStringLiteral("default_tenant")]
                     .toString(),
                 QStringLiteral("analysts"));
        const Run again = cli(set + QStringList {QStringLiteral("--yes")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains("Nothing to do"));

        const Run missing = cli({QStringLiteral("tenancy"), QStringLiteral("set"), QStringLiteral("--default-tenant"),
                                 QStringLiteral("nope"), QStringLiteral("--yes")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QStringLiteral("does not exist")));
        QCOMPARE(cli({QStringLiteral("tenancy"), QStringLiteral("set")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("tenancy"), QStringLiteral("set"), QStringLiteral("--multitenancy"),
                      QStringLiteral("maybe")})
                     .exitCode,
                 2);
        const Run indices = cli({QStringLiteral("tenancy"), QStringLiteral("indices")});
        QCOMPARE(indices.exitCode, 1); // admin is not the Dashboards server user
        QVERIFY(indices.err.contains(QStringLiteral("Dashboards server user")));
    }

    void listeners()
    {
        const Run empty = cli({QStringLiteral("listeners")});
        QCOMPARE(empty.exitCode, 0);
        QCOMPARE(empty.out, QByteArray("(no auth failure listeners)\n"));
        const QString file =
            CliTest::writeFile(m_data->path() + QStringLiteral("/l.json"), R"({"type": "ip", "allowed_tries": 3})");
        const Run set = cli({QStringLiteral("listeners"), QStringLiteral("set"), QStringLiteral("by-ip"),
                             QStringLiteral("--file"), file, QStringLiteral("--yes")});
        QCOMPARE(set.exitCode, 0);
        QVERIFY2(set.out.contains("Applied and verified"), set.out.constData());
        QVERIFY(journal().contains("PUT authfailurelisteners/by-ip"));
        const Run list = cli({QStringLiteral("listeners"), QStringLiteral("--json")});
        QCOMPARE(list.json()[QStringLiteral("by-ip")][QStringLiteral("allowed_tries")].toInt(), 3);
        QCOMPARE(list.json()[QStringLiteral("by-ip")][QStringLiteral("time_window_seconds")].toInt(), 3600);
        QVERIFY(cli({QStringLiteral("listeners")}).out.contains("by-ip"));

        const QString invalid =
            CliTest::writeFile(m_data->path() + QStringLiteral("/bad.json"), R"({"type": "username"})");
        const Run refused = cli({QStringLiteral("listeners"), QStringLiteral("set"), QStringLiteral("u"),
                                 QStringLiteral("--file"), invalid, QStringLiteral("--yes")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(QStringLiteral("authentication_backend")));
        QCOMPARE(cli({QStringLiteral("listeners"), QStringLiteral("set"), QStringLiteral("u"), QStringLiteral("--file"),
                      m_data->path() + QStringLiteral("/none.json"), QStringLiteral("--yes")})
                     .exitCode,
                 2);

        const Run dry = cli({QStringLiteral("listeners"), QStringLiteral("delete"), QStringLiteral("by-ip"),
                             QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY(dry.out.contains("DELETE authfailurelisteners/by-ip"));
        const Run removed = cli(
            {QStringLiteral("listeners"), QStringLiteral("delete"), QStringLiteral("by-ip"), QStringLiteral("--yes")});
        QCOMPARE(removed.exitCode, 0);
        QCOMPARE(cli({QStringLiteral("listeners"), QStringLiteral("delete"), QStringLiteral("by-ip"),
                      QStringLiteral("--yes")})
                     .exitCode,
                 1);

        startSandbox(QStringLiteral("2.19.0"));
        const Run old = cli({QStringLiteral("listeners")});
        QCOMPARE(old.exitCode, 1);
        QVERIFY2(old.err.contains(
                     QStringLiteral("Auth failure listeners need OpenSearch 3.0 or later; this cluster runs 2.19.0.")),
                 qPrintable(old.err));
    }

    void apiTokens()
    {
        const Run old = cli({QStringLiteral("tokens")});
        QCOMPARE(old.exitCode, 1);
        QVERIFY2(old.err.contains(QStringLiteral("API tokens need OpenSearch 3.7 or later; this cluster runs 3.3.0.")),
                 qPrintable(old.err));

        startSandbox(QStringLiteral("3.7.0"));
        const Run off = cli({QStringLiteral("tokens"), QStringLiteral("list")});
        QCOMPARE(off.exitCode, 1);
        QVERIFY(off.err.contains(QStringLiteral("api_tokens.enabled")));
        SandboxTest::setDynamic(*m_sandbox, QStringLiteral("api_tokens"),
                                QJsonObject {{QStringLiteral("enabled"), true}});
        const Run created = cli({QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("ci"),
                                 QStringLiteral("--index-permission"), QStringLiteral("logs-*,metrics-*=read"),
                                 QStringLiteral("--cluster-permission"), QStringLiteral("cluster_monitor"),
                                 QStringLiteral("--duration"), QStringLiteral("3600")});
        QCOMPARE(created.exitCode, 0);
        const QByteArray token = created.out.trimmed();
        QVERIFY2(token.startsWith("os_") && !token.contains('\n'), created.out.constData());
        QVERIFY(!created.err.contains(QString::fromLatin1(token)));
        QCOMPARE(cli({QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("x"),
                      QStringLiteral("--index-permission"), QStringLiteral("logs")})
                     .exitCode,
                 2);

        const Run list = cli({QStringLiteral("tokens"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY(!list.out.contains(token));
        const QJsonObject entry = list.json().toArray().first().toObject();
        QCOMPARE(entry.value(QStringLiteral("name")).toString(), QStringLiteral("ci"));
        // The sandbox's clock starts on 2026-01-01: the one-hour token may already count as expired.
        QVERIFY(entry.value(QStringLiteral("status")).toString() != QStringLiteral("revoked"));
        QCOMPARE(entry.value(QStringLiteral("index_permissions"))[0][QStringLiteral("index_pattern")].toArray().size(),
                 2);
        const QString id = entry.value(QStringLiteral("id")).toString();
        QCOMPARE(cli({QStringLiteral("tokens"), QStringLiteral("revoke"), id}).exitCode, 2); // needs --yes here
        const Run revoked = cli({QStringLiteral("tokens"), QStringLiteral("revoke"), id, QStringLiteral("--yes")});
        QCOMPARE(revoked.exitCode, 0);
        QVERIFY(revoked.out.contains("revoked"));
        QVERIFY(cli({QStringLiteral("tokens")}).out.contains("revoked"));
        QVERIFY2(fileHolding(token).isEmpty(), qPrintable(fileHolding(token)));
    }

    void serviceAccountToken()
    {
        SandboxTest::Client admin(m_sandbox->url());
        admin.setCredentials(QStringLiteral("admin"), QStringLiteral("admin"));
        QCOMPARE(admin
                     .send("PUT", QStringLiteral("/_plugins/_security/api/internalusers/svc"),
                           R"({"attributes": {"service": "true", "enabled": "true"}})")
                     .status,
                 201);
        const QStringList create {QStringLiteral("tokens"), QStringLiteral("create"),
                                  QStringLiteral("--service-account"), QStringLiteral("svc")};
        QCOMPARE(cli(create).exitCode, 2); // it replaces the account's password: --yes or a terminal
        const Run created = cli(create + QStringList {QStringLiteral("--yes")});
        QCOMPARE(created.exitCode, 0);
        const QByteArray password = created.out.trimmed();
        QVERIFY2(password.size() >= 8 && !password.contains(' '), created.out.constData());
        QVERIFY(!created.err.contains(QString::fromLatin1(password)));
        SandboxTest::Client svc(m_sandbox->url());
        svc.setCredentials(QStringLiteral("svc"), QString::fromLatin1(password));
        QCOMPARE(svc.get(QStringLiteral("/_plugins/_security/authinfo")).status, 200);
        QVERIFY(fileHolding(password).isEmpty());
        QVERIFY(journal().isEmpty());

        const Run notService =
            cli({QStringLiteral("tokens"), QStringLiteral("create"), QStringLiteral("--service-account"),
                 QStringLiteral("analyst"), QStringLiteral("--yes")});
        QCOMPARE(notService.exitCode, 1);
        QVERIFY(notService.err.contains(QStringLiteral("attributes service and enabled")));
        QCOMPARE(cli({QStringLiteral("tokens"), QStringLiteral("create")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliAdmin)
#include "TestCliAdmin.moc"
