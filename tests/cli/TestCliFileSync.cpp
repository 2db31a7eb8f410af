#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include "app/common/SecretStore.h"
#include "app/common/Settings.h"
#include "app/domain/SecurityAdminFiles.h"
#include "app/json/Json.h"
#include "app/json/Yaml.h"
#include "app/store/ProfileStore.h"
#include "tests/cli/CliTestSupport.h"
#include "tests/sandbox/SandboxTestSupport.h"

using namespace Qt::StringLiterals;

namespace {

using CliTest::Run;

const QStringList Endpoints {u"roles"_s,   u"rolesmapping"_s,   u"internalusers"_s, u"actiongroups"_s, u"tenants"_s,
                             u"nodesdn"_s, u"securityconfig"_s, u"allowlist"_s,     u"audit"_s};

} // namespace

// secdesk-cli export, import and compare against sandboxes over loopback HTTP: an export loads into a second
// sandbox (--config-dir) with the same GETs and working password hashes; import leaves entities missing from the
// directory alone unless --prune; compare with a directory and with another profile's cluster.
class TestCliFileSync : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;

    Run cli(const QStringList &arguments, const QUrl &url = {})
    {
        return CliTest::run(
            arguments, CliTest::clusterEnvironment(url.isEmpty() ? m_sandbox->url() : url, m_dir->filePath(u"data"_s))
                           + ProcessRun::Environment {{u"SECDESK_SETTINGS"_s, m_dir->filePath(u"SecDesk.ini"_s)},
                                                      {u"SECDESK_SECRET_STORE"_s, u"none"_s}});
    }

    static SandboxTest::Reply call(const QUrl &url, const QByteArray &method, const QString &path,
                                   const QJsonObject &body = {}, const QString &user = u"admin"_s,
                                   const QString &password = u"admin"_s)
    {
        SandboxTest::Client client(url);
        client.setCredentials(user, password);
        return client.send(method, u"/_plugins/_security/api/"_s + path,
                           body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    }

    SandboxTest::Reply call(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return call(m_sandbox->url(), method, path, body);
    }

    void put(const QString &path, const QJsonObject &body)
    {
        const auto reply = call("PUT", path, body);
        QVERIFY2(reply.status == 200 || reply.status == 201, reply.body.constData());
    }

    QJsonObject get(const QString &path) { return call("GET", path).json(); }

    static int login(const QUrl &url, const QString &user, const QString &password)
    {
        SandboxTest::Client client(url);
        client.setCredentials(user, password);
        return client.get(u"/_plugins/_security/authinfo"_s).status;
    }

    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    void saveProfile(const QString &name, const QUrl &url)
    {
        Settings settings(m_dir->filePath(u"SecDesk.ini"_s));
        MemorySecretStore secrets;
        ProfileStore store(&settings, &secrets);
        ConnectionProfile profile;
        profile.name = name;
        profile.url = url;
        profile.user = u"admin"_s;
        std::optional<Result<QString>> saved;
        connect(store.save(profile, u"stays-in-memory"_s, QString()), &SecretJob::finished, this,
                [&saved](const Result<QString> &r) { saved = r; });
        QTRY_VERIFY(saved.has_value());
        QVERIFY(*saved);
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

    void exportLoadsIntoASecondSandbox()
    {
        put(u"internalusers/alice"_s, {{u"password"_s, u"Tr0ub4dor-horse"_s},
                                       {u"backend_roles"_s, QJsonArray {u"team"_s}},
                                       {u"attributes"_s, QJsonObject {{u"level"_s, u"3"_s}}}});
        put(u"roles/exported"_s, {{u"description"_s, u"true"_s}, {u"cluster_permissions"_s, QJsonArray {u"1.5"_s}}});
        put(u"rolesmapping/exported"_s, {{u"users"_s, QJsonArray {u"alice"_s}}});
        const QString dir = m_dir->filePath(u"export"_s);
        const Run run = cli({u"export"_s, dir, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject report = run.json().toObject();
        QVERIFY2(!report.value(u"hashVersion"_s).toString().isEmpty(), run.out.constData());
        QCOMPARE(report.value(u"usersWithoutHash"_s).toArray().size(), 0);
        // nodesdn and allowlist need an admin certificate: the CLI says so and leaves them out.
        QCOMPARE(report.value(u"files"_s).toArray().size(), 7);
        QVERIFY2(run.err.contains(u"nodesdn is left out"_s), qPrintable(run.err));
        const QByteArray users = readFile(dir + u"/internal_users.yml"_s);
        QVERIFY2(QRegularExpression(u"\nalice:\n(  .*\n)*  hash: \"\\$2"_s).match(QString::fromUtf8(users)).hasMatch(),
                 users.constData());
        QVERIFY(!users.contains("hash: \"\""));

        SandboxOptions options = SandboxTest::fastOptions();
        options.configDir = dir;
        Sandbox second(options);
        QVERIFY(second.start().ok());
        for (const QString &endpoint : Endpoints) {
            const auto original = call(m_sandbox->url(), "GET", endpoint);
            const auto copy = call(second.url(), "GET", endpoint);
            QCOMPARE(copy.status, original.status);
            if (!Json::equals(original.json(), copy.json()))
                QFAIL(qPrintable(u"GET %1 differs:\n%2\n%3"_s.arg(endpoint, QString::fromUtf8(original.body),
                                                                  QString::fromUtf8(copy.body))));
        }
        // The real hash went along: alice logs in on the copy with her password.
        QCOMPARE(login(second.url(), u"alice"_s, u"Tr0ub4dor-horse"_s), 200);
        QCOMPARE(login(second.url(), u"alice"_s, u"wrong-password"_s), 401);
    }

    void exportOfAVersionAndWithoutVersioning()
    {
        const QString versionDir = m_dir->filePath(u"v1"_s);
        const Run version = cli({u"export"_s, versionDir, u"--version"_s, u"v1"_s});
        QVERIFY2(version.exitCode == 0, qPrintable(version.err));
        QVERIFY(version.out.contains("v1"));

        SandboxOptions options = SandboxTest::fastOptions();
        options.versioning = false;
        Sandbox unversioned(options);
        QVERIFY(unversioned.start().ok());
        const QString dir = m_dir->filePath(u"plain"_s);
        const Run run = cli({u"export"_s, dir}, unversioned.url());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(u"versioning is off"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"no password hash for "_s) && run.err.contains(u"admin"_s), qPrintable(run.err));
        const QByteArray text = readFile(dir + u"/internal_users.yml"_s);
        QVERIFY(text.contains("# no password hash available: set one before using this file with securityadmin.sh\n"
                              "admin:\n"));
        QVERIFY(!text.contains("hash:"));
    }

    void importLeavesMissingEntitiesAloneUnlessPrune()
    {
        const QString exported = m_dir->filePath(u"export"_s);
        QCOMPARE(cli({u"export"_s, exported}).exitCode, 0);
        // The directory gains a role and changes a tenant; the cluster gains a role the directory lacks.
        auto document = SecurityAdminFiles::loadDirectory(exported);
        QVERIFY(document);
        QJsonObject roles = document->value(u"roles"_s).toObject();
        roles.insert(u"from_files"_s, QJsonObject {{u"cluster_permissions"_s, QJsonArray {u"cluster_monitor"_s}}});
        document->insert(u"roles"_s, roles);
        QJsonObject tenants = document->value(u"tenants"_s).toObject();
        tenants.insert(u"analysts"_s, QJsonObject {{u"description"_s, u"from the files"_s}});
        document->insert(u"tenants"_s, tenants);
        const QString dir = m_dir->filePath(u"edited"_s);
        QVERIFY(SecurityAdminFiles::exportDirectory(*document, dir));
        put(u"roles/live_only"_s, {{u"cluster_permissions"_s, QJsonArray {u"cluster_monitor"_s}}});

        const Run summary = cli({u"compare"_s, dir, u"--summary"_s});
        QVERIFY2(summary.exitCode == 0, qPrintable(summary.err));
        QVERIFY2(summary.out.contains("+ roles/from_files\n"), summary.out.constData());
        QVERIFY(summary.out.contains("- roles/live_only\n"));
        QVERIFY(summary.out.contains("~ tenants/analysts (description)\n"));
        const Run patch = cli({u"compare"_s, dir});
        QCOMPARE(patch.exitCode, 0);
        QCOMPARE(patch.json().toArray().size(), 3);

        const Run unconfirmed = cli({u"import"_s, dir});
        QCOMPARE(unconfirmed.exitCode, 2);
        QVERIFY(!get(u"roles"_s).contains(u"from_files"_s));

        const Run run = cli({u"import"_s, dir, u"--yes"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(get(u"roles"_s).contains(u"from_files"_s));
        QVERIFY(get(u"roles"_s).contains(u"live_only"_s));
        QCOMPARE(get(u"tenants"_s).value(u"analysts"_s)[u"description"_s].toString(), u"from the files"_s);
        // The admin still logs in: import kept the password.
        QCOMPARE(login(m_sandbox->url(), u"admin"_s, u"admin"_s), 200);

        const Run again = cli({u"import"_s, dir});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY(again.out.contains("Nothing to do"));

        const Run pruned = cli({u"import"_s, dir, u"--prune"_s, u"--yes"_s});
        QVERIFY2(pruned.exitCode == 0, qPrintable(pruned.err));
        QVERIFY(!get(u"roles"_s).contains(u"live_only"_s));
        QVERIFY(get(u"roles"_s).contains(u"from_files"_s));
    }

    void brokenYamlIsUnreadableInput()
    {
        const QString dir = m_dir->filePath(u"broken"_s);
        QVERIFY(QDir().mkpath(dir));
        QFile file(dir + u"/roles.yml"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("_meta:\n  type: roles\n  config_version: 2\nr1:\n  cluster_permissions: [a, b\n");
        file.close();
        for (const QStringList &arguments :
             {QStringList {u"import"_s, dir, u"--yes"_s}, QStringList {u"compare"_s, dir}}) {
            const Run run = cli(arguments);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(dir + u"/roles.yml:"_s), qPrintable(run.err));
        }
        QCOMPARE(cli({u"compare"_s}).exitCode, 2);
    }

    void unreadableFilesAreRefusedAndNothingIsSent_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error"); // after the directory
        const QByteArray head = "_meta:\n  type: \"roles\"\n  config_version: 2\nfile_role:\n  cluster_permissions:\n"
                                "    - cluster_monitor\n";
        QTest::newRow("quote never closed")
            << head + "  description: \"abc\n"
            << u"/roles.yml:7: a quoted value starts here with \" and is never closed"_s;
        QTest::newRow("quote running on") << head
                                                 + "    - 'indices_monitor\n    - cluster_composite_ops\n  "
                                                   "description: x\nother_role:\n  reserved: false\n"
                                          << u"/roles.yml:7: a quoted value starts here with ' and runs on to line 8, "
                                             u"which is not indented more than "
                                             "the block it belongs to: is the closing ' missing?"_s;
        QTest::newRow("latin-1") << head + "  description: \"caf\xe9\"\n"
                                 << u"/roles.yml:7: not valid UTF-8: the byte 0xE9 in column 20; securityadmin files "
                                    "are UTF-8"_s;
        QByteArray bomb = "_meta:\n  type: roles\n  config_version: 2\nbomb_role:\n  lol:\n"
                          "    a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
        for (char level = 'b'; level <= 'i'; ++level) {
            const QByteArray alias = QByteArray("*") + char(level - 1);
            bomb += QByteArray("    ") + level + ": &" + level + " [" + QByteArrayList(9, alias).join(',') + "]\n";
        }
        bomb += "  cluster_permissions: *i\n";
        QTest::newRow("alias bomb") << bomb
                                    << u"/roles.yml:10: aliases expand to more than %1 values; refusing"_s.arg(
                                           Yaml::valueBudget(bomb.size()));
    }

    // import and compare refuse the directory before connecting (exit 2, "file:line: reason" first on stderr): the
    // cluster is unchanged, and a URL where nothing listens gives the same error, not a connection failure.
    void unreadableFilesAreRefusedAndNothingIsSent()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        const QString dir = m_dir->filePath(u"unreadable"_s);
        QVERIFY(QDir().mkpath(dir));
        QFile roles(dir + u"/roles.yml"_s);
        QVERIFY(roles.open(QIODevice::WriteOnly));
        roles.write(text);
        roles.close();
        QFile tenants(dir + u"/tenants.yml"_s); // a good file that would change the cluster
        QVERIFY(tenants.open(QIODevice::WriteOnly));
        tenants.write("_meta:\n  type: tenants\n  config_version: 2\nfrom_files: {description: x}\n");
        tenants.close();
        const QJsonObject rolesBefore = get(u"roles"_s);
        const QJsonObject versionsBefore = get(u"versions"_s);
        QTcpServer closed; // a port that was free a moment ago, where nothing listens
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QUrl nowhere(u"http://127.0.0.1:%1"_s.arg(closed.serverPort()));
        closed.close();
        for (const QStringList &arguments :
             {QStringList {u"import"_s, dir, u"--yes"_s}, QStringList {u"compare"_s, dir},
              QStringList {u"compare"_s, dir, u"--summary"_s}}) {
            for (const QUrl &url : {m_sandbox->url(), nowhere}) {
                const Run run = cli(arguments, url);
                QCOMPARE(run.exitCode, 2);
                QVERIFY2(run.out.isEmpty(), run.out.constData());
                const QString first = run.err.section(u'\n', 0, 0);
                QCOMPARE(first, u"secdesk-cli %1: "_s.arg(arguments.first()) + dir + error);
            }
        }
        QVERIFY(Json::equals(get(u"roles"_s), rolesBefore));
        QVERIFY(Json::equals(get(u"versions"_s), versionsBefore));
        QVERIFY(!get(u"tenants"_s).contains(u"from_files"_s));
    }

    void exportedFilesAreReadableByTheirOwnerOnly()
    {
        const QString dir = m_dir->filePath(u"private/export"_s);
        const Run run = cli({u"export"_s, dir, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray files = run.json()[u"files"_s].toArray();
        QVERIFY(files.size() >= 7);
        const QFile::Permissions all = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                       | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
                                       | QFile::ExeOther;
        for (const QJsonValue &file : files)
            QCOMPARE(QFileInfo(file.toString()).permissions() & all, QFile::ReadOwner | QFile::WriteOwner);
        for (const QString &created : {dir, m_dir->filePath(u"private"_s)})
            QCOMPARE(QFileInfo(created).permissions() & all, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(readFile(dir + u"/internal_users.yml"_s).contains("hash: \"$2"));
    }

    void compareWithAnotherProfile()
    {
        Sandbox other(SandboxTest::fastOptions());
        QVERIFY(other.start().ok());
        saveProfile(u"staging"_s, other.url());
        put(u"roles/only_here"_s, {{u"cluster_permissions"_s, QJsonArray {u"cluster_monitor"_s}}});
        QCOMPARE(call(other.url(), "PUT", u"tenants/only_there"_s, {{u"description"_s, u"t"_s}}).status, 201);
        const Run run = cli({u"compare"_s, u"--with-profile"_s, u"staging"_s, u"--summary"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonArray differences = run.json().toArray();
        QCOMPARE(differences.size(), 2);
        QCOMPARE(differences.at(0)[u"entity"_s].toString(), u"only_here"_s);
        QCOMPARE(differences.at(0)[u"kind"_s].toString(), u"removed"_s);
        QCOMPARE(differences.at(1)[u"entity"_s].toString(), u"only_there"_s);
        QCOMPARE(differences.at(1)[u"kind"_s].toString(), u"added"_s);
        QCOMPARE(cli({u"compare"_s, u"--with-profile"_s, u"nope"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliFileSync)
#include "TestCliFileSync.moc"
