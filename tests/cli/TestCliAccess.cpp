#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/cli/CliTestSupport.h"
#include "tests/sandbox/SandboxTestSupport.h"

using namespace Qt::StringLiterals;
using CliTest::Run;

// explain, access-test and who-can (docs/cli.md, "Access"): on a configuration file, a securityadmin directory and
// the sandbox over loopback HTTP (live and a version); outputs, exit codes and the errors bad input gets.
class TestCliAccess : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_config;
    QString m_indices;
    std::unique_ptr<Sandbox> m_sandbox;

    static Run cli(const QStringList &arguments) { return CliTest::run(arguments, {{u"SECDESK_URL"_s, QString()}}); }

    Run live(const QStringList &arguments)
    {
        return CliTest::run(arguments, CliTest::clusterEnvironment(m_sandbox->url(), m_dir.filePath(u"data"_s)));
    }

    QString file(const QString &name, const QByteArray &content)
    {
        return CliTest::writeFile(m_dir.filePath(name), content);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_config = QStringLiteral(SECDESK_TEST_DATA_DIR "/access/config.json");
        m_indices = QStringLiteral(SECDESK_TEST_DATA_DIR "/access/indices.json");
    }

    void explainGrantWithItsReasons()
    {
        const Run run = cli({u"explain"_s, u"--config"_s, m_config, u"--indices"_s, m_indices, u"--user"_s, u"ann"_s,
                             u"--action"_s, u"search"_s, u"--index"_s, u"logs-*"_s});
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(u"Decision: ALLOWED (HTTP 200)"_s), qPrintable(out));
        QVERIFY(out.contains(u"analyst: rolesmapping/analyst: backend_roles pattern \"analysts\""_s));
        // The grant: role, entry, pattern and the action-group chain down to the action pattern.
        QVERIFY2(out.contains(u"logs-1 indices:data/read/search: role analyst, index_permissions[0], pattern logs-*, "
                              "actions reader > searcher > indices:data/read/search"_s),
                 qPrintable(out));
        // DLS in force, rendered for ann.
        QVERIFY2(out.contains(u"\"blue\""_s), qPrintable(out));
        QVERIFY(out.contains(u"Assumptions:"_s));
    }

    void explainJsonUsesTheCaseFieldNames()
    {
        const Run run =
            cli({u"explain"_s, u"--config"_s, m_config, u"--indices"_s, m_indices, u"--user"_s, u"ann"_s, u"--action"_s,
                 u"indices:data/read/search"_s, u"--index"_s, u"logs-1"_s, u"--index"_s, u"prod-1"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json().toObject();
        QCOMPARE(json.value(u"status"_s).toString(), u"partial"_s); // do_not_fail_on_forbidden narrows
        QCOMPARE(json.value(u"http_status"_s).toInt(), 200);
        QCOMPARE(json.value(u"allowed_indices"_s).toArray(), QJsonArray {u"logs-1"_s});
        QCOMPARE(json.value(u"mapped_roles"_s).toArray(), QJsonArray {u"analyst"_s});
        QCOMPARE(json.value(u"engine"_s).toString(), u"legacy"_s);
        QVERIFY(!json.value(u"trace"_s).toArray().isEmpty());
        QVERIFY(json.value(u"misses"_s).toArray().first().toString().contains(u"prod-1"_s));
        QVERIFY(json.contains(u"assumptions"_s));
    }

    void explainDenialNamesTheNearestMiss()
    {
        const Run run =
            cli({u"explain"_s, u"--config"_s, m_config, u"--indices"_s, m_indices, u"--user"_s, u"ann"_s, u"--action"_s,
                 u"indices:data/write/index"_s, u"--index"_s, u"logs-1"_s, u"--engine"_s, u"v4"_s});
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(u"Decision: DENIED (HTTP 403)"_s), qPrintable(out));
        QVERIFY(out.contains(u"Missing privileges: indices:data/write/index"_s));
        QVERIFY2(
            out.contains(u"roles/analyst index_permissions[0] matches logs-1 through logs-*, but its allowed_actions "
                         "[reader] do not include indices:data/write/index"_s),
            qPrintable(out));
        QVERIFY(out.contains(u"v4 engine"_s));
        QVERIFY(out.contains(u"the v4 engine was asked for"_s));
    }

    void explainGivenIdentityAndTenant()
    {
        // Not an internal user: only what is given counts.
        const Run given = cli({u"explain"_s, u"--config"_s, m_config, u"--user"_s, u"zoe"_s, u"--backend-role"_s,
                               u"analysts"_s, u"--attr"_s, u"attr.internal.team=red"_s, u"--action"_s, u"search"_s,
                               u"--index"_s, u"logs-9"_s, u"--json"_s});
        QCOMPARE(given.exitCode, 0);
        QCOMPARE(given.json()[u"status"_s].toString(), u"allowed"_s);
        QVERIFY(given.json()[u"restrictions"_s].toArray().first()[u"dls"_s].toString().contains(u"red"_s));

        const Run write = cli({u"explain"_s, u"--config"_s, m_config, u"--user"_s, u"wendy"_s, u"--tenant"_s,
                               u"team_blue"_s, u"--write"_s});
        QCOMPARE(write.exitCode, 0);
        QVERIFY2(write.out.contains("Decision: ALLOWED: role writer, tenant pattern team_*"), write.out.constData());
        const Run other = cli(
            {u"explain"_s, u"--config"_s, m_config, u"--user"_s, u"ann"_s, u"--tenant"_s, u"team_blue"_s, u"--json"_s});
        QCOMPARE(other.json()[u"status"_s].toString(), u"denied"_s);
    }

    void explainRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        const QString config = m_config;
        QTest::newRow("no user") << QStringList {u"--config"_s, config, u"--action"_s, u"search"_s} << u"--user"_s;
        QTest::newRow("no action") << QStringList {u"--config"_s, config, u"--user"_s, u"ann"_s} << u"--action"_s;
        QTest::newRow("engine") << QStringList {u"--config"_s, config, u"--user"_s,   u"a"_s,
                                                u"--action"_s, u"x"_s, u"--engine"_s, u"v5"_s}
                                << u"unknown engine \"v5\""_s;
        QTest::newRow("missing file") << QStringList {u"--config"_s, m_dir.filePath(u"nope.json"_s),
                                                      u"--user"_s,   u"a"_s,
                                                      u"--action"_s, u"x"_s}
                                      << u"nope.json"_s;
        QTest::newRow("bad indices") << QStringList {u"--config"_s, config, u"--indices"_s, config,
                                                     u"--user"_s,   u"a"_s, u"--action"_s,  u"x"_s}
                                     << u"indices "_s;
    }

    void explainRefusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const Run run = cli(QStringList {u"explain"_s} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    }

    // A securityadmin directory holds no static entities: the plugin's are merged, and the explanation says so.
    void securityAdminDirectoryGetsTheStatics()
    {
        const QString dir = m_dir.filePath(u"securityadmin"_s);
        QDir().mkpath(dir);
        CliTest::writeFile(dir + u"/roles_mapping.yml"_s,
                           "_meta:\n  type: rolesmapping\n  config_version: 2\nreadall:\n  users: [\"vic\"]\n");
        CliTest::writeFile(dir + u"/internal_users.yml"_s,
                           "_meta:\n  type: internalusers\n  config_version: 2\nvic:\n  hash: \"\"\n");
        const Run run = cli({u"explain"_s, u"--config"_s, dir, u"--user"_s, u"vic"_s, u"--action"_s, u"search"_s,
                             u"--index"_s, u"anything"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json()[u"status"_s].toString(), u"allowed"_s);
        QCOMPARE(run.json()[u"grants"_s].toArray().first()[u"role"_s].toString(), u"readall"_s);
        const QString assumptions =
            QString::fromUtf8(Json::serialize(run.json()[u"assumptions"_s], Json::Format::Compact));
        QVERIFY2(assumptions.contains(u"static entities"_s), qPrintable(assumptions));
        // A YAML error is exit 2 naming the file and line.
        CliTest::writeFile(dir + u"/roles.yml"_s, "_meta:\n  type: roles\n  config_version: 2\nr:\n  x: [a\n");
        const Run bad = cli({u"explain"_s, u"--config"_s, dir, u"--user"_s, u"vic"_s, u"--action"_s, u"search"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(u"roles.yml:"_s), qPrintable(bad.err));
        QFile::remove(dir + u"/roles.yml"_s);
    }

    void accessTestPassFailAndReports()
    {
        const QString policy = QStringLiteral(SECDESK_TEST_DATA_DIR "/access/policy.json");
        const QString junit = m_dir.filePath(u"junit.xml"_s);
        const Run run =
            cli({u"access-test"_s, policy, u"--config"_s, m_config, u"--indices"_s, m_indices, u"--junit"_s, junit});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("PASS ann-reads-logs [legacy]\nPASS ann-reads-logs [v4]\n"), run.out.constData());
        QVERIFY(run.out.contains("FAIL ann-writes-prod [legacy]: status expected allowed, got denied"));
        QVERIFY(run.out.endsWith("2 passed, 1 failed\n"));
        QFile xml(junit);
        QVERIFY(xml.open(QIODevice::ReadOnly));
        const QByteArray report = xml.readAll();
        QVERIFY(report.contains("tests=\"3\""));
        QVERIFY(report.contains("failures=\"1\""));
        QVERIFY(report.contains("status expected allowed, got denied"));

        const Run json =
            cli({u"access-test"_s, policy, u"--config"_s, m_config, u"--indices"_s, m_indices, u"--json"_s});
        QCOMPARE(json.exitCode, 1);
        QCOMPARE(json.json()[u"passed"_s].toInt(), 2);
        QCOMPARE(json.json()[u"failed"_s].toInt(), 1);
        const QJsonObject last = json.json()[u"results"_s].toArray().last().toObject();
        QCOMPARE(last.value(u"id"_s).toString(), u"ann-writes-prod"_s);
        QCOMPARE(last.value(u"pass"_s).toBool(), false);
        QCOMPARE(last.value(u"result"_s)[u"status"_s].toString(), u"denied"_s);
    }

    void accessTestAllPassingAndSelfContained()
    {
        const QString policy = QStringLiteral(SECDESK_TEST_DATA_DIR "/access/self-contained.json");
        // No source needed: the case brings its own configuration.
        const Run run = cli({u"access-test"_s, policy});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.endsWith("1 passed, 0 failed\n"));
    }

    void accessTestBadInput()
    {
        const QString unknown = file(
            u"unknown.json"_s, R"([{"id": "c7", "request": {"type": "teleport"}, "expect": {"status": "allowed"}}])");
        const Run type = cli({u"access-test"_s, unknown, u"--config"_s, m_config});
        QCOMPARE(type.exitCode, 2);
        QVERIFY2(type.err.contains(unknown + u": case c7: request.type: unknown request type \"teleport\""_s),
                 qPrintable(type.err));
        const QString engine =
            file(u"engine.json"_s,
                 R"([{"id": "c8", "engine": "v9", "request": {"type": "cluster"}, "expect": {"status": "allowed"}}])");
        const Run badEngine = cli({u"access-test"_s, engine, u"--config"_s, m_config});
        QCOMPARE(badEngine.exitCode, 2);
        QVERIFY(badEngine.err.contains(u"case c8: engine: unknown engine \"v9\""_s));
        const Run missing = cli({u"access-test"_s, m_dir.filePath(u"absent.json"_s)});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(u"absent.json: cannot read"_s));
        const QString broken = file(u"broken.json"_s, "[{\"id\": ");
        const Run notJson = cli({u"access-test"_s, broken});
        QCOMPARE(notJson.exitCode, 2);
        QVERIFY(notJson.err.contains(u"broken.json: not JSON"_s));
    }

    void whoCanListsUsersAndBackendRoles()
    {
        const Run run = cli({u"who-can"_s, u"--config"_s, m_config, u"--indices"_s, m_indices, u"--action"_s,
                             u"search"_s, u"--index"_s, u"logs-2"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray subjects = run.json()[u"subjects"_s].toArray();
        QCOMPARE(subjects.size(), 2);
        QCOMPARE(subjects.at(0)[u"name"_s].toString(), u"ann"_s);
        QCOMPARE(subjects.at(0)[u"kind"_s].toString(), u"user"_s);
        QCOMPARE(subjects.at(0)[u"roles"_s].toArray(), QJsonArray {u"analyst"_s});
        QCOMPARE(subjects.at(1)[u"name"_s].toString(), u"analysts"_s);
        QCOMPARE(subjects.at(1)[u"kind"_s].toString(), u"backend_role"_s);
        const Run write = cli({u"who-can"_s, u"--config"_s, m_config, u"--indices"_s, m_indices, u"--action"_s,
                               u"indices:data/write/index"_s, u"--index"_s, u"prod-1"_s});
        QCOMPARE(write.exitCode, 0);
        QVERIFY2(write.out.contains("user wendy: allowed by writer"), write.out.constData());
        QVERIFY(!write.out.contains("ann"));
    }

    void lintFormatsAndExitCodes()
    {
        const QString everyone = QStringLiteral(SECDESK_TEST_DATA_DIR "/lint/everyone.json");
        const Run text = cli({u"lint"_s, u"--config"_s, everyone});
        QCOMPARE(text.exitCode, 1); // a critical finding
        QVERIFY2(text.out.contains("critical mapping-matches-everyone /rolesmapping/r/users/0: "),
                 text.out.constData());
        QVERIFY(text.out.contains("    fix: [{\"op\":\"remove\",\"path\":\"/rolesmapping/r/users/0\"}]"));
        const Run json = cli({u"lint"_s, u"--config"_s, everyone, u"--format"_s, u"json"_s});
        QCOMPARE(json.exitCode, 1);
        QCOMPARE(json.json()[u"counts"_s][u"critical"_s].toInt(), 1);
        const Run sarif = cli({u"lint"_s, u"--config"_s, everyone, u"--format"_s, u"sarif"_s});
        QCOMPARE(sarif.json()[u"version"_s].toString(), u"2.1.0"_s);
        QCOMPARE(sarif.json()[u"runs"_s][0][u"results"_s][0][u"ruleId"_s].toString(), u"mapping-matches-everyone"_s);
        // Disabled, the configuration passes (exit 0); an unknown rule or format is bad usage.
        const Run disabled = cli({u"lint"_s, u"--config"_s, everyone, u"--disable"_s, u"mapping-matches-everyone"_s,
                                  u"--disable"_s, u"unused-role"_s});
        QCOMPARE(disabled.exitCode, 0);
        const Run unknown = cli({u"lint"_s, u"--config"_s, everyone, u"--disable"_s, u"no-such-rule"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(u"no rule \"no-such-rule\""_s));
        const Run format = cli({u"lint"_s, u"--config"_s, everyone, u"--format"_s, u"xml"_s});
        QCOMPARE(format.exitCode, 2);
    }

    // On the sandbox: the live configuration as the connected user reads it, and a version.
    void onTheSandbox()
    {
        m_sandbox = std::make_unique<Sandbox>(SandboxTest::fastOptions());
        const auto url = m_sandbox->start();
        QVERIFY2(url.ok(), url.ok() ? "" : qPrintable(url.error().message));

        const Run explain = live({u"explain"_s, u"--user"_s, u"analyst"_s, u"--action"_s, u"search"_s, u"--index"_s,
                                  u"logs-1"_s, u"--json"_s});
        QVERIFY2(explain.exitCode == 0, qPrintable(explain.err));
        QCOMPARE(explain.json()[u"status"_s].toString(), u"allowed"_s);
        QVERIFY(explain.json()[u"mapped_roles"_s].toArray().contains(u"analyst_role"_s));
        const QString assumptions =
            QString::fromUtf8(Json::serialize(explain.json()[u"assumptions"_s], Json::Format::Compact));
        QVERIFY2(assumptions.contains(u"hidden entities are left out"_s), qPrintable(assumptions));

        // The sandbox's indices, aliases and data stream come along: the alias logs is read as its two indices.
        const Run alias = live({u"explain"_s, u"--user"_s, u"analyst"_s, u"--action"_s, u"search"_s, u"--index"_s,
                                u"logs"_s, u"--json"_s});
        QVERIFY2(alias.exitCode == 0, qPrintable(alias.err));
        QCOMPARE(alias.json()[u"response_indices"_s].toArray(),
                 (QJsonArray {u"logs-2026.01.01"_s, u"logs-2026.01.02"_s}));
        const Run hidden = live(
            {u"explain"_s, u"--user"_s, u"analyst"_s, u"--action"_s, u"search"_s, u"--index"_s, u"*"_s, u"--json"_s});
        QCOMPARE(hidden.json()[u"status"_s].toString(), u"allowed"_s); // readall: read on *
        QVERIFY(!hidden.json()[u"response_indices"_s].toArray().contains(u".opendistro_security"_s));

        // explain's --user is the user evaluated; --login is the user it connects as.
        ProcessRun::Environment environment = CliTest::clusterEnvironment(m_sandbox->url(), m_dir.filePath(u"data"_s));
        environment.append({u"SECDESK_USER"_s, u"nobody"_s}); // later entries win
        const Run login = CliTest::run({u"explain"_s, u"--login"_s, u"admin"_s, u"--user"_s, u"viewer"_s, u"--action"_s,
                                        u"search"_s, u"--index"_s, u"logs-1"_s, u"--json"_s},
                                       environment);
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
        QCOMPARE(login.json()[u"mapped_roles"_s].toArray(), QJsonArray {u"readall"_s});
        // Connected as analyst, who may list indices but not data streams: said among the assumptions.
        ProcessRun::Environment asAnalyst =
            CliTest::clusterEnvironment(m_sandbox->url(), m_dir.filePath(u"data"_s), u"analyst"_s, u"analyst"_s);
        const Run partly = CliTest::run({u"who-can"_s, u"--action"_s, u"search"_s, u"--index"_s, u"logs"_s}, asAnalyst);
        QVERIFY2(partly.exitCode == 0, qPrintable(partly.err));
        QVERIFY2(partly.out.contains("data streams unknown: no permission for _data_stream (403)"),
                 partly.out.constData());

        const Run whoCan =
            live({u"who-can"_s, u"--action"_s, u"indices:data/write/index"_s, u"--index"_s, u"logs-1"_s});
        QCOMPARE(whoCan.exitCode, 0);
        QVERIFY2(whoCan.out.contains("user admin: allowed by all_access"), whoCan.out.constData());
        QVERIFY(!whoCan.out.contains("user viewer"));

        const QString policy = file(u"live-policy.json"_s, R"([
            {"id": "viewer-cannot-write", "user": {"name": "viewer"},
             "request": {"type": "index", "actions": ["indices:data/write/index"], "indices": ["logs-1"]},
             "expect": {"status": "denied", "http_status": 403}}
        ])");
        const Run test = live({u"access-test"_s, policy});
        QCOMPARE(test.exitCode, 0);
        QVERIFY2(test.out.contains("PASS viewer-cannot-write [legacy]"), test.out.constData());

        const Run versions = live({u"versions"_s, u"--json"_s});
        QCOMPARE(versions.exitCode, 0);
        const QJsonArray list =
            versions.json().isArray() ? versions.json().toArray() : versions.json()[u"versions"_s].toArray();
        QVERIFY(!list.isEmpty());
        const QString id = list.first()[u"id"_s].toVariant().toString();
        const Run version = live({u"explain"_s, u"--version"_s, id, u"--user"_s, u"analyst"_s, u"--action"_s,
                                  u"search"_s, u"--index"_s, u"metrics-1"_s, u"--json"_s});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.json()[u"status"_s].toString(), u"allowed"_s);
        const Run unknownVersion =
            live({u"explain"_s, u"--version"_s, u"999999"_s, u"--user"_s, u"analyst"_s, u"--action"_s, u"search"_s});
        QVERIFY(unknownVersion.exitCode != 0);
        // plan prints the findings a patch introduces; plan --json has them under "lint".
        const QString patch =
            file(u"everyone-patch.json"_s, R"([{"op": "add", "path": "/rolesmapping/readall/users/-", "value": "*"}])");
        const Run plan = live({u"plan"_s, patch});
        QVERIFY2(plan.exitCode == 0, qPrintable(plan.err));
        QVERIFY2(plan.out.contains("Lint: 1 introduced, 0 removed"), plan.out.constData());
        QVERIFY(plan.out.contains("+ critical mapping-matches-everyone /rolesmapping/readall/users/"));
        const Run planJson = live({u"plan"_s, patch, u"--json"_s});
        QCOMPARE(planJson.json()[u"lint"_s][u"introduced"_s][0][u"rule"_s].toString(), u"mapping-matches-everyone"_s);
        const Run lint = live({u"lint"_s, u"--format"_s, u"json"_s});
        QVERIFY(lint.exitCode == 0 || lint.exitCode == 1);
        QVERIFY(lint.json()[u"counts"_s].isObject());
        m_sandbox.reset();
    }
};

QTEST_GUILESS_MAIN(TestCliAccess)
#include "TestCliAccess.moc"
