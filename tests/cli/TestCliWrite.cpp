#include <QDirIterator>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "app/json/Json.h"
#include "tests/cli/CliTestSupport.h"
#include "tests/sandbox/SandboxTestSupport.h"

using namespace Qt::StringLiterals;

namespace {

using CliTest::Run;

// The example request of the Patch Configuration API page: add a SAML domain, replace multi_rolespan_enabled,
// remove legacy_auth_domain. ("\/" keeps moc from reading "//" in the raw string as a comment.)
const char SeedExample[] = R"([
  {"op": "add", "path": "/config/dynamic/authc/saml_auth_domain",
   "value": {"http_enabled": true, "transport_enabled": false, "order": 1,
             "http_authenticator": {"type": "saml", "challenge": false,
                                    "config": {"idp": {"metadata_url": "https:\/\/idp.example.com\/saml\/metadata"},
                                               "sp": {"entity_id": "opensearch"}}},
             "authentication_backend": {"type": "noop", "config": {}}}},
  {"op": "replace", "path": "/config/dynamic/multi_rolespan_enabled", "value": true},
  {"op": "remove", "path": "/config/dynamic/authc/legacy_auth_domain"}
])";

// The domain the example removes (the demo configuration has none).
const char LegacyDomain[] = R"([{"op": "add", "path": "/config/dynamic/authc/legacy_auth_domain",
  "value": {"http_enabled": true, "order": 3, "http_authenticator": {"type": "basic", "challenge": false},
            "authentication_backend": {"type": "intern"}}}])";

} // namespace

// secdesk-cli plan, apply and replace-config against the sandbox over loopback HTTP: outputs, exit codes, and what
// ends up on the cluster and in the data directory.
class TestCliWrite : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;

    Run cli(const QStringList &arguments)
    {
        return CliTest::run(arguments, CliTest::clusterEnvironment(m_sandbox->url(), m_dir->filePath(u"data"_s)));
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        return CliTest::writeFile(m_dir->filePath(name), content);
    }

    QJsonObject server(const QString &type)
    {
        SandboxTest::Client client(m_sandbox->url());
        client.setCredentials(u"admin"_s, u"admin"_s);
        return client.get(u"/_plugins/_security/api/"_s + type).json();
    }

    // Files named `name` anywhere below the data directory (the app's data folder comes from QStandardPaths).
    QStringList dataFiles(const QString &pattern)
    {
        QStringList found;
        QDirIterator it(m_dir->filePath(u"data"_s), {pattern}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            found << it.next();
        return found;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_sandbox = std::make_unique<Sandbox>(SandboxTest::fastOptions());
        const auto url = m_sandbox->start();
        QVERIFY2(url.ok(), url.ok() ? "" : qPrintable(url.error().message));
    }

    void cleanup()
    {
        m_sandbox.reset();
        m_dir.reset();
    }

    void seedExampleAppliesEndToEnd()
    {
        const QString patch = writeFile(u"seed.json"_s, SeedExample);
        // RFC 6902: removing a member that is not there fails, so the whole patch fails here, before anything is
        // sent (the plugin would silently accept that remove and apply the rest).
        const QJsonObject before = server(u"securityconfig"_s);
        const Run refused = cli({u"apply"_s, patch, u"--yes"_s});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"operation 2 (remove /config/dynamic/authc/legacy_auth_domain)"_s),
                 qPrintable(refused.err));
        QVERIFY(Json::equals(server(u"securityconfig"_s), before));
        QVERIFY(dataFiles(u"*.json"_s).isEmpty()); // not even a backup: nothing was sent

        SandboxTest::Client client(m_sandbox->url());
        client.setCredentials(u"admin"_s, u"admin"_s);
        QCOMPARE(client.send("PATCH", u"/_plugins/_security/api/securityconfig"_s, LegacyDomain).status, 200);
        const Run run = cli({u"apply"_s, patch, u"--yes"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + QString::fromUtf8(run.out)));
        QVERIFY2(run.out.contains("Applied and verified"), run.out.constData());

        const QJsonObject dynamic = server(u"securityconfig"_s).value(u"config"_s)[u"dynamic"_s].toObject();
        const QJsonObject saml = dynamic.value(u"authc"_s)[u"saml_auth_domain"_s].toObject();
        QCOMPARE(saml.value(u"http_authenticator"_s)[u"type"_s].toString(), u"saml"_s);
        QCOMPARE(saml.value(u"order"_s).toInt(), 1);
        QCOMPARE(saml.value(u"http_authenticator"_s)[u"config"_s][u"sp"_s][u"entity_id"_s].toString(), u"opensearch"_s);
        QCOMPARE(dynamic.value(u"multi_rolespan_enabled"_s).toBool(), true);
        QVERIFY(!dynamic.value(u"authc"_s).toObject().contains(u"legacy_auth_domain"_s));
        QVERIFY(dynamic.value(u"authc"_s).toObject().contains(u"basic_internal_auth_domain"_s));

        // A backup and a journal line in the data directory, neither holding a secret.
        const QStringList backups = dataFiles(u"*.json"_s);
        QCOMPARE(backups.size(), 1);
        QVERIFY(backups.first().contains(u"/backups/"_s));
        const QStringList journals = dataFiles(u"journal.jsonl"_s);
        QCOMPARE(journals.size(), 1);
        const QByteArray journal = readAll(journals.first());
        QCOMPARE(journal.count('\n'), 1);
        QVERIFY(journal.contains("saml_auth_domain"));
        // Without --profile the journal names the cluster by its address.
        QCOMPARE(QJsonDocument::fromJson(journal).object().value(u"profile"_s).toString(), m_sandbox->url().toString());
        for (const QByteArray &text : {readAll(backups.first()), journal}) {
            QVERIFY(!text.contains("not-a-real-secret")); // the demo's LDAP bind password
            QVERIFY(!text.contains("$2y$") && !text.contains("$2a$"));
        }
    }

    void staleBaseExitsWithFourAndWritesNothing()
    {
        const Run get = cli({u"get"_s});
        QCOMPARE(get.exitCode, 0);
        const QString base = writeFile(u"base.json"_s, get.out);
        SandboxTest::Client other(m_sandbox->url());
        other.setCredentials(u"admin"_s, u"admin"_s);
        QCOMPARE(
            other.send("PUT", u"/_plugins/_security/api/roles/theirs"_s, R"({"cluster_permissions":["a"]})").status,
            201);
        const QString patch = writeFile(
            u"p.json"_s, R"([{"op":"add","path":"/roles/mine","value":{"cluster_permissions":["cluster_monitor"]}}])");
        const Run run = cli({u"apply"_s, patch, u"--base"_s, base, u"--yes"_s});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(u"changed on the cluster"_s), qPrintable(run.err));
        QVERIFY2(run.out.contains("/roles/theirs"), run.out.constData());
        QVERIFY(!server(u"roles"_s).contains(u"mine"_s));
        QVERIFY(dataFiles(u"*.json*"_s).isEmpty());

        // The same base is fine for a type that did not change.
        const QString tenants =
            writeFile(u"t.json"_s, R"([{"op":"add","path":"/tenants/mine","value":{"description":"from the CLI"}}])");
        const Run ok = cli({u"apply"_s, tenants, u"--base"_s, base, u"--yes"_s, u"--json"_s});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        QCOMPARE(ok.json()[u"outcome"_s].toString(), u"applied"_s);
        QVERIFY(server(u"tenants"_s).contains(u"mine"_s));
    }

    void withoutYesAndNoTerminalItRefuses()
    {
        const QString patch =
            writeFile(u"p.json"_s, R"([{"op":"add","path":"/tenants/nope","value":{"description":"x"}}])");
        const Run run = cli({u"apply"_s, patch});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"--yes"_s), qPrintable(run.err));
        QVERIFY(!server(u"tenants"_s).contains(u"nope"_s));

        const QString config = writeFile(u"c.json"_s, R"({"dynamic": {}})");
        QCOMPARE(cli({u"replace-config"_s, config}).exitCode, 2);
    }

    void planPrintsRequestsWithoutSecrets()
    {
        const QString patch = writeFile(u"p.json"_s, R"([
            {"op":"add","path":"/internalusers/planned","value":{"password":"Pl4n-Secret-Value","backend_roles":[]}},
            {"op":"move","from":"/roles/analyst_role","path":"/roles/analyst_role_2"},
            {"op":"test","path":"/config/dynamic/multi_rolespan_enabled","value":true}])");
        const Run text = cli({u"plan"_s, patch});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY(text.out.contains("curl -sS -X PATCH"));
        QVERIFY(text.out.contains("/_plugins/_security/api/internalusers"));
        QVERIFY(text.out.contains("+ /internalusers/planned"));
        QVERIFY(!text.out.contains("Pl4n-Secret-Value") && !text.err.contains(u"Pl4n-Secret-Value"_s));
        QVERIFY(!text.out.contains("\"move\"") && !text.out.contains("\"test\""));

        const Run json = cli({u"plan"_s, patch, u"--json"_s});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray requests = json.json()[u"requests"_s].toArray();
        QCOMPARE(requests.size(), 2);
        QVERIFY(requests.first()[u"curl"_s].toString().contains(u"$SECDESK_PASSWORD"_s));
        QVERIFY(!json.out.contains("Pl4n-Secret-Value"));
        QVERIFY(!server(u"internalusers"_s).contains(u"planned"_s)); // plan sends nothing

        const QString failing =
            writeFile(u"f.json"_s, R"([{"op":"test","path":"/config/dynamic/multi_rolespan_enabled","value":"no"}])");
        const Run failed = cli({u"plan"_s, failing});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains(u"operation 0 (test /config/dynamic/multi_rolespan_enabled)"_s),
                 qPrintable(failed.err));
        QCOMPARE(cli({u"plan"_s, writeFile(u"bad.json"_s, "[{")}).exitCode, 2);
    }

    // plan names what the change does to access: who gains and who loses what, over the configuration's index
    // patterns and the cluster's indices; text and JSON.
    void planNamesAccessChanges()
    {
        const QString grant = writeFile(u"grant.json"_s, R"([
            {"op":"add","path":"/roles/analyst_role/index_permissions/0/allowed_actions/-","value":"indices:data/write/index"}])");
        const Run text = cli({u"plan"_s, grant});
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains("Access changes:\n"), text.out.constData());
        QVERIFY2(text.out.contains("user analyst") && text.out.contains("backend role analyst")
                     && text.out.contains("gains part of write on logs-* (role analyst_role)"),
                 text.out.constData());
        const Run json = cli({u"plan"_s, grant, u"--json"_s});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray subjects = json.json()[u"access_changes"_s].toArray();
        const auto analyst = std::find_if(subjects.begin(), subjects.end(), [](const QJsonValue &s) {
            return s[u"subject"_s] == u"analyst"_s && s[u"kind"_s] == u"internal_user"_s;
        });
        QVERIFY2(analyst != subjects.end(), json.out.constData());
        const QJsonArray changes = (*analyst)[u"changes"_s].toArray();
        QVERIFY(std::any_of(changes.begin(), changes.end(), [](const QJsonValue &c) {
            return c[u"area"_s] == u"index"_s && c[u"resource"_s] == u"logs-*"_s && c[u"group"_s] == u"write"_s
                   && c[u"before"_s] == u"none"_s && c[u"after"_s] == u"partial"_s
                   && c[u"roles"_s].toArray() == QJsonArray {u"analyst_role"_s};
        }));
        // A change that touches no grant: no access changes.
        const QString harmless = writeFile(
            u"harmless.json"_s, R"([{"op":"add","path":"/roles/analyst_role/description","value":"only words"}])");
        const Run none = cli({u"plan"_s, harmless});
        QVERIFY2(none.out.contains("Access changes:\n  No access changes\n"), none.out.constData());
        QCOMPARE(cli({u"plan"_s, harmless, u"--json"_s}).json()[u"access_changes"_s].toArray(), QJsonArray());
    }

    void replaceConfigValidatesAndWarns()
    {
        const Run extra =
            cli({u"replace-config"_s, writeFile(u"e.json"_s, R"({"dynamic": {}, "other": {}})"), u"--yes"_s});
        QCOMPARE(extra.exitCode, 1);
        QVERIFY2(extra.err.contains(u"\"other\""_s), qPrintable(extra.err));
        const Run longString =
            cli({u"replace-config"_s,
                 writeFile(u"l.json"_s, R"({"dynamic": {"kibana": {"index": ")" + QByteArray(300, 'x') + R"("}}})"),
                 u"--yes"_s});
        QCOMPARE(longString.exitCode, 1);
        QVERIFY2(longString.err.contains(u"256"_s), qPrintable(longString.err));
        const Run blank =
            cli({u"replace-config"_s, writeFile(u"b.json"_s, R"({"dynamic": {"kibana": {"preferred_tenants": [""]}}})"),
                 u"--yes"_s});
        QCOMPARE(blank.exitCode, 1);
        QCOMPARE(cli({u"replace-config"_s, writeFile(u"n.json"_s, "{"), u"--yes"_s}).exitCode, 2);
        QVERIFY(dataFiles(u"*"_s).isEmpty());

        // The whole dynamic from GET, with hosts_resolver_mode changed: applied, and the redacted LDAP password
        // that would be written back literally is pointed out.
        QJsonObject dynamic = server(u"securityconfig"_s).value(u"config"_s)[u"dynamic"_s].toObject();
        dynamic.insert(u"hosts_resolver_mode"_s, u"other"_s);
        const QString file =
            writeFile(u"dynamic.json"_s, Json::serialize(QJsonObject {{u"dynamic"_s, dynamic}}, Json::Format::Compact));
        const Run run = cli({u"replace-config"_s, file, u"--yes"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + QString::fromUtf8(run.out)));
        QVERIFY2(run.err.contains(u"******"_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"PUT securityconfig/config"_s));
        QCOMPARE(server(u"securityconfig"_s).value(u"config"_s)[u"dynamic"_s][u"hosts_resolver_mode"_s].toString(),
                 u"other"_s);
    }

    void lockoutIsRefusedWithoutAllowLockout()
    {
        const QString patch = writeFile(u"lockout.json"_s, R"([{"op": "remove", "path": "/rolesmapping/all_access"}])");
        const Run refused = cli({u"apply"_s, patch, u"--yes"_s});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"secdesk-cli apply: You (admin) would lose all_access"_s),
                 qPrintable(refused.err));
        QVERIFY(refused.err.contains(u"--allow-lockout"_s));
        QVERIFY(server(u"rolesmapping"_s).contains(u"all_access"_s));
        QVERIFY(dataFiles(u"*.json"_s).isEmpty()); // nothing sent, not even a backup taken

        // plan says so too, and names the entity.
        const Run plan = cli({u"plan"_s, patch, u"--json"_s});
        QCOMPARE(plan.exitCode, 0);
        const QJsonArray lockouts = QJsonDocument::fromJson(plan.out).object().value(u"lockout"_s).toArray();
        QCOMPARE(lockouts.size(), 1);
        QCOMPARE(lockouts.first()[u"entity"_s].toString(), u"/rolesmapping/all_access"_s);
        QCOMPARE(lockouts.first()[u"api_access_lost"_s].toBool(), true);

        // With --allow-lockout it is sent; the result cannot be read back, and the report says why.
        const Run allowed = cli({u"apply"_s, patch, u"--yes"_s, u"--allow-lockout"_s});
        QVERIFY2(allowed.exitCode == 0, qPrintable(allowed.err + QString::fromUtf8(allowed.out)));
        QVERIFY2(allowed.out.contains("you can no longer read rolesmapping, so it could not be verified"),
                 allowed.out.constData());
        QVERIFY(!allowed.out.contains("differs from the plan"));
        SandboxTest::Client admin(m_sandbox->url());
        admin.setCredentials(u"admin"_s, u"admin"_s);
        QCOMPARE(admin.get(u"/_plugins/_security/api/rolesmapping"_s).status, 403);
    }

    void securityConfigWriteRefusedExplainsTheSettings()
    {
        SandboxOptions options = SandboxTest::fastOptions();
        options.allowSecurityConfigModification = false;
        m_sandbox = std::make_unique<Sandbox>(options);
        QVERIFY(m_sandbox->start().ok());
        const Run run = cli({u"apply"_s, writeFile(u"multi.json"_s, R"([
            {"op": "replace", "path": "/config/dynamic/multi_rolespan_enabled", "value": true}])"),
                             u"--yes"_s});
        QCOMPARE(run.exitCode, 1);
        const QString all = run.err + QString::fromUtf8(run.out);
        QVERIFY2(all.contains(u"plugins.security.unsupported.restapi.allow_securityconfig_modification"_s),
                 qPrintable(all));
        QVERIFY(all.contains(u"plugins.security.restapi.admin.enabled"_s));
        QVERIFY(all.contains(u"Nothing was written"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliWrite)
#include "TestCliWrite.moc"
