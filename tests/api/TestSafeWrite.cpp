#include <QTemporaryDir>
#include <QtTest>

#include "app/api/ApiClient.h"
#include "app/api/ConfigFetch.h"
#include "app/api/NetworkTransport.h"
#include "app/json/Json.h"
#include "app/write/SafeWrite.h"
#include "tests/sandbox/SandboxTestSupport.h"
#include "tests/sandbox/SandboxWriteTest.h"

using namespace Qt::StringLiterals;

namespace {

QJsonArray patch(const char *text)
{
    return Json::parse(QByteArray(text))->toArray();
}

// Passes everything to the real transport, and lets a test rewrite responses (a server that answers a read-back
// with something other than what it stored).
class AlteringTransport : public Transport
{
public:
    using Alter = std::function<void(const TransportRequest &, TransportResponse &)>;

    AlteringTransport(Transport *inner, Alter alter) : m_inner(inner), m_alter(std::move(alter))
    {
        m_inner->setParent(this);
    }

    TransportReply *send(const TransportRequest &request) override
    {
        TransportReply *inner = m_inner->send(request);
        auto *reply = new ProxyReply(inner, this);
        connect(inner, &TransportReply::finished, reply, [this, reply, request](const TransportOutcome &outcome) {
            reply->m_inner = nullptr;
            if (!outcome) {
                emit reply->finished(outcome);
            } else {
                TransportResponse response = *outcome;
                m_alter(request, response);
                emit reply->finished(response);
            }
            reply->deleteLater();
        });
        return reply;
    }

private:
    class ProxyReply : public TransportReply
    {
    public:
        ProxyReply(TransportReply *inner, QObject *parent) : TransportReply(parent), m_inner(inner) { }
        void abort() override
        {
            if (m_inner)
                m_inner->abort();
        }
        TransportReply *m_inner;
    };

    Transport *m_inner;
    Alter m_alter;
};

} // namespace

// SafeWrite against the in-process sandbox over loopback HTTP: every stage, and every way a write can end.
class TestSafeWrite : public SandboxTest::WriteTest
{
    Q_OBJECT

public:
    TestSafeWrite() : WriteTest(u"test-profile"_s) { }

private:
    ChangePlan compile(const QJsonArray &operations, const QJsonObject &base)
    {
        auto plan = ChangePlan::compile(operations, base);
        if (!plan)
            qWarning("%s", qPrintable(plan.error().message()));
        return plan ? *plan : ChangePlan();
    }

    int versionCount()
    {
        SandboxTest::Client client(m_sandbox->url());
        client.setCredentials(u"admin"_s, u"admin"_s);
        return int(client.get(u"/_plugins/_security/api/versions"_s).json().value(u"versions"_s).toArray().size());
    }

    QByteArray fileText(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void init() { makeStores(); }
    void cleanup() { dropAll(); }

    void appliesVerifiesBacksUpAndJournals()
    {
        startSandbox();
        const QJsonObject base = read();
        QVERIFY(base.contains(u"roles"_s));
        const ChangePlan plan = compile(patch(R"([
            {"op": "add", "path": "/roles/sw_role", "value": {"cluster_permissions": ["cluster_monitor"]}},
            {"op": "add", "path": "/internalusers/sw_user",
             "value": {"password": "Corr3ct-Horse-Battery", "backend_roles": ["sw"]}},
            {"op": "replace", "path": "/config/dynamic/do_not_fail_on_forbidden", "value": true}])"),
                                        base);
        QCOMPARE(plan.steps.size(), 3);
        QList<SafeWrite::Stage> stages;
        const WriteReport report = run(plan, nullptr, &stages);
        QVERIFY2(report.outcome == WriteReport::Outcome::Applied, qPrintable(report.text()));
        QVERIFY(report.verified);
        QCOMPARE(stages, (QList<SafeWrite::Stage> {SafeWrite::Stage::Planning, SafeWrite::Stage::ReadingFresh,
                                                   SafeWrite::Stage::BackingUp, SafeWrite::Stage::Sending,
                                                   SafeWrite::Stage::Verifying, SafeWrite::Stage::Finished}));
        for (const StepOutcome &step : report.steps)
            QCOMPARE(step.status, StepOutcome::Status::Applied);
        QVERIFY(report.notCompared.join(u' ').contains(u"/internalusers/sw_user/password"_s));

        const QJsonObject after = read();
        QVERIFY(after.value(u"roles"_s).toObject().contains(u"sw_role"_s));
        QVERIFY(after.value(u"internalusers"_s).toObject().contains(u"sw_user"_s));
        QCOMPARE(after.value(u"config"_s)[u"dynamic"_s][u"do_not_fail_on_forbidden"_s].toBool(), true);

        // The backup: the configuration before the write, mode 0600, no secret.
        QVERIFY(QFileInfo::exists(report.backupPath));
        const auto permissions = QFile::permissions(report.backupPath);
        QVERIFY(permissions & QFileDevice::ReadOwner);
        QCOMPARE(
            permissions
                & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
            QFileDevice::Permissions());
        const auto backup = m_backups->read(report.backupPath);
        QVERIFY(backup);
        QVERIFY(!backup->value(u"roles"_s).toObject().contains(u"sw_role"_s));
        QCOMPARE(m_backups->list().size(), 1);
        QVERIFY(m_backups->list().first().fileName.endsWith(u"-test-profile.json"_s));

        // The journal: one line for the write, naming the backup; no password, no hash.
        const QList<QJsonObject> entries = m_journal->entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().value(u"result"_s)[u"outcome"_s].toString(), u"applied"_s);
        QCOMPARE(entries.first().value(u"backup"_s).toString(), QFileInfo(report.backupPath).fileName());
        QCOMPARE(entries.first().value(u"user"_s).toString(), u"admin"_s);
        QCOMPARE(entries.first().value(u"profile"_s).toString(), u"test-profile"_s);
        QVERIFY(entries.first().value(u"plan"_s)[u"requests"_s].toArray().size() == 3);
        for (const QByteArray &text : {fileText(report.backupPath), fileText(m_journal->path())}) {
            QVERIFY(!text.isEmpty());
            QVERIFY2(!text.contains("Corr3ct-Horse-Battery"), text.constData());
            QVERIFY(!text.contains("$2y$") && !text.contains("$2a$") && !text.contains("$2b$"));
        }
        QVERIFY(fileText(m_journal->path()).contains("******"));
    }

    void concurrentChangeIsDetectedAndNothingIsWritten()
    {
        startSandbox();
        const QJsonObject base = read();
        const ChangePlan plan = compile(patch(R"([
            {"op": "add", "path": "/roles/mine", "value": {"cluster_permissions": ["cluster_monitor"]}},
            {"op": "add", "path": "/tenants/mine", "value": {"description": "mine"}}])"),
                                        base);
        // Another client changes roles between the read and the write.
        SandboxTest::Client other(m_sandbox->url());
        other.setCredentials(u"admin"_s, u"admin"_s);
        QCOMPARE(
            other.send("PUT", u"/_plugins/_security/api/roles/theirs"_s, R"({"cluster_permissions":["a"]})").status,
            201);
        QTRY_VERIFY(versionCount() > 1);
        const int versionsBefore = versionCount();
        const QJsonObject serverBefore = read();

        const WriteReport report = run(plan);
        QCOMPARE(report.outcome, WriteReport::Outcome::Conflict);
        QCOMPARE(report.conflict.types, QStringList {u"roles"_s});
        QVERIFY(!report.conflict.entries.isEmpty());
        const ConflictEntry &entry = report.conflict.entries.first();
        QCOMPARE(entry.path.toString(), u"/roles/mine"_s);
        QVERIFY(entry.base.isUndefined());
        QVERIFY(entry.server.isUndefined());
        QVERIFY(entry.yours.isObject());
        QCOMPARE(report.conflict.serverChanges.size(), 1);
        QCOMPARE(report.conflict.serverChanges.first().path.toString(), u"/roles/theirs"_s);
        QVERIFY(report.text().contains(u"Nothing was written"_s));
        for (const StepOutcome &step : report.steps)
            QCOMPARE(step.status, StepOutcome::Status::NotSent);

        // Nothing written: same configuration, no new version, no backup, no journal line.
        QVERIFY(Json::equals(read(), serverBefore));
        QCOMPARE(versionCount(), versionsBefore);
        QVERIFY(m_backups->list().isEmpty());
        QVERIFY(m_journal->entries().isEmpty());

        // A type the patch only tests counts too: the test was checked against the base.
        QCOMPARE(other.send("PUT", u"/_plugins/_security/api/tenants/t_test"_s, R"({"description":"before"})").status,
                 201);
        const QJsonObject base2 = read();
        const ChangePlan tested = compile(patch(R"([
            {"op": "test", "path": "/tenants/t_test/description", "value": "before"},
            {"op": "add", "path": "/roles/mine", "value": {"cluster_permissions": ["cluster_monitor"]}}])"),
                                          base2);
        QCOMPARE(tested.types, QList<ConfigType> {ConfigType::Roles});
        QCOMPARE(other.send("PUT", u"/_plugins/_security/api/tenants/t_test"_s, R"({"description":"changed"})").status,
                 200);
        const WriteReport second = run(tested);
        QCOMPARE(second.outcome, WriteReport::Outcome::Conflict);
        QCOMPARE(second.conflict.types, QStringList {u"tenants"_s});
        QVERIFY(!read().value(u"roles"_s).toObject().contains(u"mine"_s));
    }

    void failurePartWayIsReportedPrecisely()
    {
        SandboxOptions options = SandboxTest::fastOptions();
        options.allowSecurityConfigModification = false;
        startSandbox(options);
        const QJsonObject base = read();
        const ChangePlan plan = compile(patch(R"([
            {"op": "add", "path": "/roles/part_role", "value": {"cluster_permissions": ["cluster_monitor"]}},
            {"op": "add", "path": "/config/dynamic/do_not_fail_on_forbidden", "value": true},
            {"op": "add", "path": "/tenants/part_tenant", "value": {"description": "never sent"}}])"),
                                        base);
        const WriteReport report = run(plan);
        QCOMPARE(report.outcome, WriteReport::Outcome::PartiallyApplied);
        QCOMPARE(report.steps.size(), 3);
        QCOMPARE(report.steps.at(0).status, StepOutcome::Status::Applied);
        QCOMPARE(report.steps.at(1).status, StepOutcome::Status::Failed);
        QCOMPARE(report.steps.at(1).error->httpStatus, 403);
        QVERIFY(report.steps.at(1).error->isSecurityConfigWriteDenied());
        const QString message = report.steps.at(1).error->userMessage();
        QVERIFY2(message.contains(u"plugins.security.unsupported.restapi.allow_securityconfig_modification"_s),
                 qPrintable(message));
        QVERIFY(message.contains(u"restapi:admin/config/update"_s));
        QVERIFY(!message.contains(u"endpoints_disabled"_s));
        QCOMPARE(report.steps.at(2).status, StepOutcome::Status::NotSent);
        const QString text = report.text();
        QVERIFY2(text.contains(u"applied:  PATCH roles"_s), qPrintable(text));
        QVERIFY(text.contains(u"FAILED:   PATCH securityconfig"_s));
        QVERIFY(text.contains(u"not sent: PATCH tenants"_s));
        QVERIFY(text.contains(report.backupPath));

        const QJsonObject after = read();
        QVERIFY(after.value(u"roles"_s).toObject().contains(u"part_role"_s));
        QVERIFY(!after.value(u"tenants"_s).toObject().contains(u"part_tenant"_s));
        QCOMPARE(after.value(u"config"_s)[u"dynamic"_s][u"do_not_fail_on_forbidden"_s].toBool(), false);
        QCOMPARE(m_journal->entries().size(), 1);
        QCOMPARE(m_journal->entries().first().value(u"result"_s)[u"outcome"_s].toString(), u"partially-applied"_s);

        // Restore the applied part from the backup through the same pipeline.
        const auto backup = m_backups->read(report.backupPath);
        QVERIFY(backup);
        const auto restore = ChangePlan::restore(*backup, after, {ConfigType::Roles});
        QVERIFY(restore);
        QCOMPARE(restore->steps.size(), 1);
        const WriteReport restored = run(*restore);
        QVERIFY2(restored.outcome == WriteReport::Outcome::Applied, qPrintable(restored.text()));
        QVERIFY(!read().value(u"roles"_s).toObject().contains(u"part_role"_s));
        QCOMPARE(m_journal->entries().size(), 2);
    }

    void verificationMismatchIsReported()
    {
        startSandbox();
        bool written = false;
        ConnectionSettings settings;
        settings.baseUrl = m_sandbox->url();
        settings.userName = u"admin"_s;
        settings.password = u"admin"_s;
        auto *inner = new NetworkTransport(QSslConfiguration::defaultConfiguration(), true);
        // After the write, the server "loses" the new role's description on the way back.
        auto *transport =
            new AlteringTransport(inner, [&written](const TransportRequest &request, TransportResponse &response) {
                if (request.method == "PATCH")
                    written = true;
                if (!written || request.method != "GET" || !request.url.path().endsWith(u"/roles"_s))
                    return;
                QJsonObject roles = QJsonDocument::fromJson(response.body).object();
                QJsonObject role = roles.value(u"checked_role"_s).toObject();
                role.insert(u"description"_s, u"something else"_s);
                roles.insert(u"checked_role"_s, role);
                response.body = QJsonDocument(roles).toJson(QJsonDocument::Compact);
            });
        auto *client = new ApiClient(settings, transport, m_sandbox.get());
        const ChangePlan plan = compile(patch(R"([
            {"op": "add", "path": "/roles/checked_role",
             "value": {"cluster_permissions": ["cluster_monitor"], "description": "as planned"}}])"),
                                        read(client));
        const WriteReport report = run(plan, client);
        QCOMPARE(report.outcome, WriteReport::Outcome::VerificationFailed);
        QVERIFY(!report.verified);
        QCOMPARE(report.steps.first().status, StepOutcome::Status::Applied);
        QCOMPARE(report.differences.size(), 1);
        QCOMPARE(report.differences.first().path.toString(), u"/roles/checked_role/description"_s);
        QCOMPARE(report.differences.first().oldValue.toString(), u"as planned"_s);
        QCOMPARE(report.differences.first().newValue.toString(), u"something else"_s);
        QVERIFY(report.text().contains(u"differs from the plan"_s));
        QCOMPARE(m_journal->entries().first().value(u"result"_s)[u"outcome"_s].toString(), u"verification-failed"_s);
    }

    void cancelBeforeSendingWritesNothing()
    {
        startSandbox();
        const ChangePlan plan =
            compile(patch(R"([{"op": "add", "path": "/tenants/cancelled", "value": {"description": "x"}}])"), read());
        std::optional<WriteReport> report;
        auto *write = new SafeWrite(m_client, plan, {QString(), m_backups.get(), m_journal.get(), true, true});
        connect(write, &SafeWrite::finished, this, [&](const WriteReport &r) { report = r; });
        write->start();
        QVERIFY(write->cancel());
        QTRY_VERIFY(report.has_value());
        QCOMPARE(report->outcome, WriteReport::Outcome::Cancelled);
        QVERIFY(!read().value(u"tenants"_s).toObject().contains(u"cancelled"_s));
        QVERIFY(m_backups->list().isEmpty());
    }

    void backupsAreRedactedAndPruned()
    {
        BackupStore store(m_dir->filePath(u"pruned"_s), 3);
        const QJsonObject document {
            {u"internalusers"_s, QJsonObject {{u"u"_s, QJsonObject {{u"hash"_s, u"$2y$12$secrethashsecrethash"_s}}}}},
            {u"config"_s,
             QJsonObject {{u"dynamic"_s, QJsonObject {{u"x"_s, QJsonObject {{u"password"_s, u"bindpw"_s}}}}}}}};
        const QDateTime start(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());
        QStringList names;
        for (int i = 0; i < 5; ++i) {
            const auto saved = store.save(document, u"p/1"_s, start.addSecs(i));
            QVERIFY(saved);
            names << saved->fileName;
        }
        QCOMPARE(names.first(), u"20260101T120000.000Z-p_1.json"_s);
        const QList<BackupInfo> kept = store.list();
        QCOMPARE(kept.size(), 3);
        QCOMPARE(kept.first().fileName, names.last()); // newest first
        QCOMPARE(kept.last().fileName, names.at(2));
        QCOMPARE(kept.first().created, start.addSecs(4));
        const QByteArray text = fileText(kept.first().path);
        QVERIFY(!text.contains("secrethash") && !text.contains("bindpw"));
        QVERIFY(text.contains("******"));
        QCOMPARE(QFile::permissions(kept.first().path)
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
    }
};

QTEST_GUILESS_MAIN(TestSafeWrite)
#include "TestSafeWrite.moc"
