#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include "app/json/Json.h"
#include "tests/cli/CliTestSupport.h"
#include "tests/sandbox/SandboxTestSupport.h"
#include "tests/support/FaultProxy.h"

using namespace Qt::StringLiterals;

namespace {

using CliTest::Run;

// How a fault leaves the write: whether the sandbox saw (and applied) it, and what the report must then say.
struct Expectation
{
    bool applied = false; // reading back finds the change
    int exitCode = 0;
    QString outcome;    // the journal's outcome
    QString reportText; // a sentence of the report on stdout
};

const char *const Applied = "reading back shows the change was applied";
const char *const NotApplied = "reading back shows the change was not applied";

} // namespace

// secdesk-cli apply, replace-config and rollback through a fault-injecting proxy in front of the sandbox, for every
// way the answer to a write can go wrong. Whatever happens on the wire: the write is never applied twice, the exit
// code and the report say what reading back found, the journal says the same, and the backup was taken first.
class TestCliWriteFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<FaultProxy> m_proxy;

    Run cli(QStringList arguments, const QString &user = u"admin"_s, const QString &password = u"admin"_s)
    {
        arguments << u"--timeout"_s << u"2"_s;
        return CliTest::run(arguments,
                            CliTest::clusterEnvironment(m_proxy->url(), m_dir->filePath(u"data"_s), user, password));
    }

    SandboxTest::Reply admin(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        SandboxTest::Client client(m_sandbox->url());
        client.setCredentials(u"admin"_s, u"admin"_s);
        return client.send(method, u"/_plugins/_security/api/"_s + path, body);
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        return CliTest::writeFile(m_dir->filePath(name), content);
    }

    QString dataPath(const QString &relative) const { return m_dir->filePath(u"data/SecDesk/"_s + relative); }

    QList<QJsonObject> journal() const
    {
        QFile file(dataPath(u"journal.jsonl"_s));
        QList<QJsonObject> entries;
        if (!file.open(QIODevice::ReadOnly))
            return entries;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (!line.trimmed().isEmpty())
                entries << QJsonDocument::fromJson(line).object();
        }
        return entries;
    }

    // The command, its write request (method and path part) and how to tell whether it was applied.
    struct Command
    {
        QStringList arguments;
        QByteArray method;
        QByteArray pathPart;
        std::function<bool()> applied;    // the change is on the cluster, exactly once
        std::function<bool()> notApplied; // the cluster is as before
    };

    Command prepare(const QString &name)
    {
        if (name == u"apply") {
            // An append (applied twice, it would show twice) and a second type after it.
            admin("PUT", u"roles/fault_role"_s, R"({"cluster_permissions": ["cluster_monitor"]})");
            const QString patch = writeFile(u"patch.json"_s, R"([
                {"op": "add", "path": "/roles/fault_role/cluster_permissions/-", "value": "indices_monitor"},
                {"op": "add", "path": "/tenants/fault_tenant", "value": {"description": "after roles"}}])");
            auto permissions = [this] {
                return admin("GET", u"roles/fault_role"_s).json().value(u"fault_role"_s)[u"cluster_permissions"_s];
            };
            auto tenant = [this] { return admin("GET", u"tenants/fault_tenant"_s).status == 200; };
            return {{u"apply"_s, patch, u"--yes"_s},
                    "PATCH",
                    "/roles",
                    [=] {
                        return permissions() == QJsonArray {u"cluster_monitor"_s, u"indices_monitor"_s} && tenant();
                    },
                    [=] { return permissions() == QJsonArray {u"cluster_monitor"_s} && !tenant(); }};
        }
        if (name == u"replace-config") {
            QJsonObject dynamic = admin("GET", u"securityconfig"_s).json().value(u"config"_s)[u"dynamic"_s].toObject();
            dynamic.insert(u"do_not_fail_on_forbidden"_s, true);
            const QString file = writeFile(
                u"config.json"_s, Json::serialize(QJsonObject {{u"dynamic"_s, dynamic}}, Json::Format::Compact));
            auto flag = [this] {
                return admin("GET", u"securityconfig"_s)
                    .json()
                    .value(u"config"_s)[u"dynamic"_s][u"do_not_fail_on_forbidden"_s]
                    .toBool();
            };
            return {{u"replace-config"_s, file, u"--yes"_s}, "PUT", "/securityconfig/config", flag, [=] {
                        return !flag();
                    }};
        }
        // rollback: v1 is the demo, the role below makes v2; rolling back to v1 removes it.
        admin("PUT", u"roles/rolled_back"_s, R"({"cluster_permissions": ["cluster_monitor"]})");
        auto present = [this] { return admin("GET", u"roles/rolled_back"_s).status == 200; };
        return {
            {u"rollback"_s, u"v1"_s, u"--yes"_s}, "POST", "/version/rollback/", [=] { return !present(); }, present};
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        SandboxOptions options = SandboxTest::fastOptions();
        options.adminPassword = u"admin"_s;
        m_sandbox = std::make_unique<Sandbox>(options);
        QVERIFY(m_sandbox->start().ok());
        m_proxy = std::make_unique<FaultProxy>(m_sandbox->url());
    }

    void cleanup()
    {
        m_proxy.reset();
        m_sandbox.reset();
        m_dir.reset();
    }

    void faultsOnTheWrite_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("fault");
        QTest::addColumn<bool>("forwards"); // the request reaches the sandbox
        QTest::addColumn<int>("times");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("applied");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("text");
        using F = FaultProxy::Fault;
        const QByteArray html = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
        for (const QString &command : {u"apply"_s, u"replace-config"_s, u"rollback"_s}) {
            const auto row = [&](const char *name) {
                return &QTest::newRow(qPrintable(command + u": "_s + QString::fromLatin1(name)));
            };
            *row("closed before the request reached the server")
                << command << int(F::CloseBeforeForward) << false << 1 << 0 << QByteArray() << QByteArray() << false
                << 1 << u"unknown-then-not-applied"_s << QString::fromLatin1(NotApplied);
            *row("answer dropped after the server applied it")
                << command << int(F::DropResponse) << true << 1 << 0 << QByteArray() << QByteArray() << true << 0
                << u"unknown-then-applied"_s << QString::fromLatin1(Applied);
            *row("every answer dropped") << command << int(F::DropResponse) << true << -1 << 0 << QByteArray()
                                         << QByteArray() << true << 0 << u"unknown-then-applied"_s
                                         << QString::fromLatin1(Applied);
            *row("body cut off") << command << int(F::CutBody) << true << 1 << 0 << QByteArray() << QByteArray() << true
                                 << 0 << u"unknown-then-applied"_s << QString::fromLatin1(Applied);
            *row("a gateway's HTML 502 after the server applied it")
                << command << int(F::ReplaceStatus) << true << 1 << 502 << QByteArray("text/html") << html << true << 0
                << u"unknown-then-applied"_s << QString::fromLatin1(Applied);
            *row("200 that is not JSON") << command << int(F::ReplaceStatus) << true << 1 << 200
                                         << QByteArray("text/plain") << QByteArray("OK but {not json") << true << 0
                                         << u"unknown-then-applied"_s << QString::fromLatin1(Applied);
            // A refusal from the server: reading back confirms nothing changed; a plain failure.
            *row("409 conflict") << command << int(F::ReplaceStatus) << false << 1 << 409
                                 << QByteArray("application/json")
                                 << QByteArray(R"({"status":"CONFLICT","message":"version conflict"})") << false << 1
                                 << u"failed"_s << u"FAILED"_s;
            *row("500 before the server applied it")
                << command << int(F::ReplaceStatus) << false << 1 << 500 << QByteArray("application/json")
                << QByteArray(R"({"status":"INTERNAL_SERVER_ERROR","message":"Error saving"})") << false << 1
                << u"unknown-then-not-applied"_s << QString::fromLatin1(NotApplied);
            *row("answer later than --timeout")
                << command << int(F::Delay) << true << 1 << 0 << QByteArray() << QByteArray() << true << 0
                << u"unknown-then-applied"_s << QString::fromLatin1(Applied);
        }
    }

    void faultsOnTheWrite()
    {
        QFETCH(QString, command);
        QFETCH(int, fault);
        QFETCH(bool, forwards);
        QFETCH(int, times);
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(bool, applied);
        QFETCH(int, exitCode);
        QFETCH(QString, outcome);
        QFETCH(QString, text);

        const Command write = prepare(command);
        QVERIFY(write.notApplied());
        FaultProxy::Rule rule = FaultProxy::rule(FaultProxy::Fault(fault), write.method, write.pathPart, times);
        rule.status = status;
        rule.contentType = contentType;
        rule.body = body;
        rule.forward = forwards;
        rule.delayMs = 3500; // past --timeout 2
        m_proxy->addRule(rule);

        const Run run = cli(write.arguments);
        const QString all = QString::fromUtf8(run.out) + run.err;
        QVERIFY2(run.exitCode == exitCode, qPrintable(u"exit %1\n"_s.arg(run.exitCode) + all));
        // Sent once, whatever happened to the answer: never replayed.
        QCOMPARE(m_proxy->received(write.method, write.pathPart), 1);
        QCOMPARE(m_proxy->forwarded(write.method, write.pathPart), forwards ? 1 : 0);
        QVERIFY2(applied ? write.applied() : write.notApplied(), qPrintable(all));
        QVERIFY2(run.out.contains(text.toUtf8()), qPrintable(all));
        QVERIFY(!run.out.contains("Applied and verified") || outcome == u"applied"_s);

        // The journal tells the same, and names the backup taken before the first request.
        const QList<QJsonObject> entries = journal();
        QCOMPARE(entries.size(), 1);
        const QJsonObject result = entries.last().value(u"result"_s).toObject();
        QCOMPARE(result.value(u"outcome"_s).toString(), outcome);
        const QString backup = entries.last().value(u"backup"_s).toString();
        QVERIFY(!backup.isEmpty());
        QVERIFY(QFileInfo::exists(dataPath(u"backups/"_s + backup)));
    }

    void answerLostOnTheSecondTypeIsPartlyApplied()
    {
        const Command write = prepare(u"apply"_s);
        m_proxy->addRule(FaultProxy::rule(FaultProxy::Fault::CloseBeforeForward, "PATCH", "/tenants"));
        const Run run = cli(write.arguments);
        const QString all = QString::fromUtf8(run.out) + run.err;
        QVERIFY2(run.exitCode == 1, qPrintable(all));
        QVERIFY2(run.out.contains("reading back shows the change was partly applied: roles yes, tenants no"),
                 qPrintable(all));
        QCOMPARE(journal().last().value(u"result"_s)[u"outcome"_s].toString(), u"unknown-then-partly-applied"_s);
        QCOMPARE(admin("GET", u"roles/fault_role"_s).json().value(u"fault_role"_s)[u"cluster_permissions"_s],
                 QJsonValue(QJsonArray {u"cluster_monitor"_s, u"indices_monitor"_s}));
        QCOMPARE(admin("GET", u"tenants/fault_tenant"_s).status, 404);
    }

    void lostAnswerAndUnreadableClusterIsUnknown()
    {
        const Command write = prepare(u"apply"_s);
        // The answer is lost, and so is the read after it: what the cluster holds cannot be found out. Before writing,
        // apply reads "/api/roles" (and "/api/rolesmapping", which the rule matches too) twice each, for the base and
        // the fresh read, and roles once more just before the PATCH: five reads pass.
        m_proxy->addRule(FaultProxy::rule(FaultProxy::Fault::DropResponse, "PATCH", "/roles"));
        FaultProxy::Rule unreadable = FaultProxy::rule(FaultProxy::Fault::CloseBeforeForward, "GET", "/api/roles", -1);
        unreadable.skip = 5;
        m_proxy->addRule(unreadable);
        const Run run = cli(write.arguments);
        const QString all = QString::fromUtf8(run.out) + run.err;
        QVERIFY2(run.exitCode == 3, qPrintable(all));
        QVERIFY2(run.out.contains("whether the change was applied is unknown"), qPrintable(all));
        QCOMPARE(m_proxy->forwarded("PATCH", "/roles"), 1);
        QCOMPARE(journal().last().value(u"result"_s)[u"outcome"_s].toString(), u"unknown"_s);
        QVERIFY(write.applied() || admin("GET", u"tenants/fault_tenant"_s).status == 404); // never the tenants step
        QCOMPARE(m_proxy->received("PATCH", "/tenants"), 0);
    }

    void aWriterOverwrittenMeanwhileIsNeverToldVerified()
    {
        // Two administrators replace the same role. The first one's PATCH is applied, but its answer is held back
        // (the proxy delays it); meanwhile the second reads, writes the role again and finishes. The first one's
        // change is gone: it must not hear "verified", and it names the change that replaced it.
        admin("PUT", u"internalusers/bob"_s, R"({"password": "Cedar-Lantern-Quartz-42", "backend_roles": ["admin"]})");
        QCOMPARE(admin("GET", u"internalusers/bob"_s).status, 200);
        m_proxy->addRule(FaultProxy::delay("PATCH", "/roles", 1500));
        const auto patchFor = [this](const QString &who) {
            return writeFile(u"race-%1.json"_s.arg(who),
                             u"[{\"op\": \"add\", \"path\": \"/roles/race_role\", \"value\": {\"description\": "
                             "\"%1\", \"cluster_permissions\": [\"cluster_monitor\"]}}]"_s.arg(who)
                                 .toUtf8());
        };
        QProcess first;
        first.setProcessEnvironment(
            ProcessRun::environment(CliTest::clusterEnvironment(m_proxy->url(), m_dir->filePath(u"data"_s))));
        first.start(ProcessRun::executable(u"secdesk-cli"_s), {u"apply"_s, patchFor(u"alice"_s), u"--yes"_s});
        first.closeWriteChannel();
        QTRY_COMPARE_WITH_TIMEOUT(m_proxy->forwarded("PATCH", "/roles"), 1, 20000);

        const Run second = cli({u"apply"_s, patchFor(u"bob"_s), u"--yes"_s}, u"bob"_s, u"Cedar-Lantern-Quartz-42"_s);
        QVERIFY(first.waitForFinished(30000));
        const QString firstOut = QString::fromUtf8(first.readAllStandardOutput());
        QVERIFY2(second.exitCode == 0, qPrintable(second.err + QString::fromUtf8(second.out)));
        QCOMPARE(admin("GET", u"roles/race_role"_s).json().value(u"race_role"_s)[u"description"_s].toString(),
                 u"bob"_s);
        QCOMPARE(first.exitCode(), 1);
        QVERIFY2(!firstOut.contains(u"Applied and verified"_s), qPrintable(firstOut));
        QVERIFY2(firstOut.contains(u"/roles/race_role/description: \"alice\" -> \"bob\""_s), qPrintable(firstOut));
        QVERIFY2(firstOut.contains(u"Another change landed at the same time: roles/race_role"_s), qPrintable(firstOut));
    }
};

QTEST_GUILESS_MAIN(TestCliWriteFaults)
#include "TestCliWriteFaults.moc"
