#include <QMutex>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
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

// Passes everything to the real transport, and lets a test act just before a request goes out (another writer
// slipping in) and rewrite what comes back (a server that answers a read-back with something other than what it
// stored, an answer lost after the server applied the request).
class AlteringTransport : public Transport
{
public:
    using Alter = std::function<void(const TransportRequest &, TransportOutcome &)>;
    // Called before a request goes out; an outcome returned here is the request's, and it never reaches the server.
    using Intercept = std::function<std::optional<TransportOutcome>(const TransportRequest &)>;

    AlteringTransport(Transport *inner, Alter alter, Intercept intercept = {})
        : m_inner(inner), m_alter(std::move(alter)), m_intercept(std::move(intercept))
    {
        m_inner->setParent(this);
    }

    // Rewrites successful responses only.
    static Alter responses(std::function<void(const TransportRequest &, TransportResponse &)> alter)
    {
        return [alter](const TransportRequest &request, TransportOutcome &outcome) {
            if (!outcome)
                return;
            TransportResponse response = *outcome;
            alter(request, response);
            outcome = response;
        };
    }

    TransportReply *send(const TransportRequest &request) override
    {
        if (m_intercept) {
            if (std::optional<TransportOutcome> outcome = m_intercept(request)) {
                auto *reply = new ProxyReply(nullptr, this);
                QTimer::singleShot(0, reply, [reply, outcome = *outcome] {
                    emit reply->finished(outcome);
                    reply->deleteLater();
                });
                return reply;
            }
        }
        TransportReply *inner = m_inner->send(request);
        auto *reply = new ProxyReply(inner, this);
        connect(inner, &TransportReply::finished, reply, [this, reply, request](const TransportOutcome &outcome) {
            reply->m_inner = nullptr;
            TransportOutcome altered = outcome;
            if (m_alter)
                m_alter(request, altered);
            emit reply->finished(altered);
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
    Intercept m_intercept;
};

// The answer to a request lost on the way back, after the server applied it.
ApiError lostAnswer(const TransportRequest &request)
{
    ApiError error = ApiError::network(QString::fromLatin1(request.method), request.url.path(),
                                       u"the connection was closed before the answer arrived"_s);
    error.mayHaveReachedServer = true;
    return error;
}

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

    // A client as `user` over the real transport wrapped in an AlteringTransport.
    ApiClient *alteringClient(AlteringTransport::Alter alter, AlteringTransport::Intercept intercept = {},
                              const QString &user = u"admin"_s)
    {
        ConnectionSettings settings;
        settings.baseUrl = m_sandbox->url();
        settings.userName = user;
        settings.password = u"admin"_s;
        auto *inner = new NetworkTransport(QSslConfiguration::defaultConfiguration(), true);
        return new ApiClient(settings, new AlteringTransport(inner, std::move(alter), std::move(intercept)),
                             m_sandbox.get());
    }

    // Another administrator, "bob" (password "admin"), for concurrent writes.
    std::unique_ptr<SandboxTest::Client> bob()
    {
        SandboxTest::Client admin(m_sandbox->url());
        admin.setCredentials(u"admin"_s, u"admin"_s);
        if (admin.get(u"/_plugins/_security/api/internalusers/bob"_s).status == 404) {
            const auto created = admin.send("PUT", u"/_plugins/_security/api/internalusers/bob"_s,
                                            R"({"password": "Cedar-Lantern-Quartz-42", "backend_roles": ["admin"]})");
            if (created.status != 201)
                qWarning("bob: %s", created.body.constData());
        }
        auto client = std::make_unique<SandboxTest::Client>(m_sandbox->url());
        client->setCredentials(u"bob"_s, u"Cedar-Lantern-Quartz-42"_s);
        return client;
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

    void lostAnswerAfterTheServerAppliedIsReadBackAndReportedApplied()
    {
        startSandbox();
        // The roles PATCH reaches the server, but its answer is lost on the way back.
        ApiClient *client = alteringClient([](const TransportRequest &request, TransportOutcome &outcome) {
            if (request.method == "PATCH" && request.url.path().endsWith(u"/roles"_s))
                outcome = lostAnswer(request);
        });
        const ChangePlan plan = compile(patch(R"([
            {"op": "add", "path": "/roles/lost_role", "value": {"cluster_permissions": ["cluster_monitor"]}},
            {"op": "add", "path": "/tenants/lost_tenant", "value": {"description": "after"}}])"),
                                        read(client));
        const WriteReport report = run(plan, client);
        QVERIFY2(report.outcome == WriteReport::Outcome::Applied, qPrintable(report.text()));
        QVERIFY(report.outcomeWasUnknown);
        QCOMPARE(report.name(), u"unknown-then-applied"_s);
        QCOMPARE(report.steps.at(0).status, StepOutcome::Status::UnknownApplied);
        QCOMPARE(report.steps.at(1).status, StepOutcome::Status::Applied); // it went on: the first was applied
        QVERIFY2(report.text().contains(u"reading back shows the change was applied"_s), qPrintable(report.text()));
        QVERIFY(!report.text().contains(u"Applied and verified"_s));
        const QJsonObject after = read();
        QVERIFY(after.value(u"roles"_s).toObject().contains(u"lost_role"_s));
        QVERIFY(after.value(u"tenants"_s).toObject().contains(u"lost_tenant"_s));
        const QJsonObject result = m_journal->entries().first().value(u"result"_s).toObject();
        QCOMPARE(result.value(u"outcome"_s).toString(), u"unknown-then-applied"_s);
        QCOMPARE(result.value(u"steps"_s)[0][u"status"_s].toString(), u"unknown-then-applied"_s);
    }

    void lostRequestIsReadBackAndReportedPartlyApplied()
    {
        startSandbox();
        // The tenants PATCH dies on the way (its bytes were written, so the client cannot know that the server never
        // saw it): reading back finds it not applied, after roles was.
        ApiClient *client = alteringClient({}, [](const TransportRequest &request) -> std::optional<TransportOutcome> {
            if (request.method == "PATCH" && request.url.path().endsWith(u"/tenants"_s))
                return TransportOutcome(lostAnswer(request));
            return std::nullopt;
        });
        const ChangePlan plan = compile(patch(R"([
            {"op": "add", "path": "/roles/half_role", "value": {"cluster_permissions": ["cluster_monitor"]}},
            {"op": "add", "path": "/tenants/half_tenant", "value": {"description": "never there"}}])"),
                                        read(client));
        const WriteReport report = run(plan, client);
        QVERIFY2(report.outcome == WriteReport::Outcome::PartiallyApplied, qPrintable(report.text()));
        QVERIFY(report.outcomeWasUnknown);
        QCOMPARE(report.name(), u"unknown-then-partly-applied"_s);
        QCOMPARE(report.steps.at(0).status, StepOutcome::Status::Applied);
        QCOMPARE(report.steps.at(1).status, StepOutcome::Status::UnknownNotApplied);
        QVERIFY2(report.headline().contains(u"partly applied: roles yes, tenants no"_s), qPrintable(report.headline()));
        QCOMPARE(report.appliedTypes(), QList<ConfigType> {ConfigType::Roles});
        QVERIFY(!read().value(u"tenants"_s).toObject().contains(u"half_tenant"_s));
        QCOMPARE(m_journal->entries().first().value(u"result"_s)[u"steps"_s][1][u"status"_s].toString(),
                 u"unknown-then-not-applied"_s);
    }

    void requestThatNeverLeftIsFailedWithoutReadingBack()
    {
        startSandbox();
        int reads = 0;
        ApiClient *client =
            alteringClient({}, [&reads](const TransportRequest &request) -> std::optional<TransportOutcome> {
                if (request.method == "GET")
                    ++reads;
                if (request.method == "PATCH")
                    return TransportOutcome(ApiError::network(u"PATCH"_s, request.url.path(), u"connection refused"_s));
                return std::nullopt;
            });
        const ChangePlan plan =
            compile(patch(R"([{"op": "add", "path": "/tenants/never", "value": {"description": "x"}}])"), read(client));
        reads = 0;
        const WriteReport report = run(plan, client);
        QCOMPARE(report.outcome, WriteReport::Outcome::Failed);
        QVERIFY(!report.outcomeWasUnknown);
        QCOMPARE(report.steps.first().status, StepOutcome::Status::Failed);
        QVERIFY(report.text().contains(u"Nothing was written"_s));
        // The fresh read (nine types and the versions) and the read just before the request; no read-back.
        QCOMPARE(reads, 9 + 1 + 1);
    }

    void answerLostAndNothingReadableIsUnknown()
    {
        startSandbox();
        bool sent = false;
        ApiClient *client = alteringClient([&sent](const TransportRequest &request, TransportOutcome &outcome) {
            if (request.method == "PATCH") {
                sent = true;
                outcome = lostAnswer(request);
            } else if (sent) {
                outcome = lostAnswer(request); // the cluster is gone for the read-back too
            }
        });
        const ChangePlan plan =
            compile(patch(R"([{"op": "add", "path": "/tenants/maybe", "value": {"description": "x"}}])"), read(client));
        const WriteReport report = run(plan, client);
        QCOMPARE(report.outcome, WriteReport::Outcome::Unknown);
        QCOMPARE(report.name(), u"unknown"_s);
        QCOMPARE(report.steps.first().status, StepOutcome::Status::Unknown);
        QVERIFY2(report.headline().contains(u"whether the change was applied is unknown"_s),
                 qPrintable(report.headline()));
        QCOMPARE(m_journal->entries().first().value(u"result"_s)[u"outcome"_s].toString(), u"unknown"_s);
    }

    void serverRefusalIsConfirmedByReadingBack()
    {
        startSandbox();
        // A role whose cluster permission is null: the server refuses it with 400.
        const ChangePlan plan = compile(
            patch(R"([{"op": "add", "path": "/roles/refused", "value": {"cluster_permissions": [null]}}])"), read());
        const WriteReport report = run(plan);
        QCOMPARE(report.outcome, WriteReport::Outcome::Failed);
        QVERIFY(!report.outcomeWasUnknown);
        QCOMPARE(report.name(), u"failed"_s);
        QCOMPARE(report.steps.first().status, StepOutcome::Status::Failed);
        QCOMPARE(report.steps.first().error->httpStatus, 400);
    }

    void otherWritersChangesAreNamed()
    {
        SandboxOptions options = SandboxTest::fastOptions();
        options.modifiedBy = SandboxOptions::ModifiedBy::User;
        startSandbox(options);
        const auto bobClient = bob();
        SandboxTest::Client &other = *bobClient;
        QCOMPARE(other
                     .send("PUT", u"/_plugins/_security/api/roles/shared_role"_s,
                           R"({"cluster_permissions": ["cluster_monitor"], "description": "from bob"})")
                     .status,
                 201);
        // Bob writes just as our PATCH goes out (after our last read): a role of his own, and then our entity.
        int bobWrites = 0;
        ApiClient *client = alteringClient({}, [&](const TransportRequest &request) -> std::optional<TransportOutcome> {
            if (request.method != "PATCH" || bobWrites > 0)
                return std::nullopt;
            ++bobWrites;
            other.send("PUT", u"/_plugins/_security/api/roles/bobs_role"_s, R"({"cluster_permissions": ["a"]})");
            other.send("PATCH", u"/_plugins/_security/api/roles/shared_role"_s,
                       R"([{"op": "replace", "path": "/description", "value": "bob again"}])");
            return std::nullopt;
        });
        const ChangePlan plan = compile(patch(R"([
            {"op": "add", "path": "/roles/shared_role",
             "value": {"cluster_permissions": ["cluster_monitor"], "description": "mine"}}])"),
                                        read(client));
        const WriteReport report = run(plan, client);
        QVERIFY2(report.outcome == WriteReport::Outcome::ConcurrentChange, qPrintable(report.text()));
        QVERIFY(!report.verified);
        QVERIFY(!report.text().contains(u"Applied and verified"_s));
        // Bob's own role shows in the read-back and in his version; his change of our entity only in his version.
        QStringList named;
        for (const ConcurrentChange &change : report.concurrent)
            named << change.text();
        const QString all = named.join(u" | "_s);
        QVERIFY2(all.contains(u"roles/bobs_role by bob, v"_s), qPrintable(all));
        QVERIFY2(all.contains(u"roles/shared_role by bob, v"_s), qPrintable(all));
        QVERIFY2(report.headline().contains(u"another change landed at the same time"_s),
                 qPrintable(report.headline()));
        QCOMPARE(m_journal->entries().first().value(u"result"_s)[u"outcome"_s].toString(), u"concurrent-change"_s);
        QVERIFY(!m_journal->entries().first().value(u"result"_s)[u"concurrent_changes"_s].toArray().isEmpty());
    }

    void changeOfAStepsTypeJustBeforeItsRequestStopsIt()
    {
        startSandbox();
        const auto bobClient = bob();
        SandboxTest::Client &other = *bobClient;
        // Bob changes tenants while our roles request is on its way: the tenants step reads them again, sees his
        // change, and is not sent.
        bool done = false;
        ApiClient *client = alteringClient({}, [&](const TransportRequest &request) -> std::optional<TransportOutcome> {
            if (!done && request.method == "PATCH" && request.url.path().endsWith(u"/roles"_s)) {
                done = true;
                other.send("PUT", u"/_plugins/_security/api/tenants/bobs_tenant"_s, R"({"description": "b"})");
            }
            return std::nullopt;
        });
        const ChangePlan plan = compile(patch(R"([
            {"op": "add", "path": "/roles/first_role", "value": {"cluster_permissions": ["cluster_monitor"]}},
            {"op": "add", "path": "/tenants/second_tenant", "value": {"description": "mine"}}])"),
                                        read(client));
        const WriteReport report = run(plan, client);
        QVERIFY2(report.outcome == WriteReport::Outcome::PartiallyApplied, qPrintable(report.text()));
        QCOMPARE(report.steps.at(0).status, StepOutcome::Status::Applied);
        QCOMPARE(report.steps.at(1).status, StepOutcome::Status::NotSent);
        QCOMPARE(report.conflict.types, QStringList {u"tenants"_s});
        QVERIFY2(report.text().contains(u"tenants/bobs_tenant"_s), qPrintable(report.text()));
        QVERIFY(!read().value(u"tenants"_s).toObject().contains(u"second_tenant"_s));
    }

    void lockoutIsAppliedButReportedUnverifiable()
    {
        startSandbox();
        const ChangePlan plan = compile(patch(R"([{"op": "remove", "path": "/rolesmapping/all_access"}])"), read());
        const WriteReport report = run(plan);
        QVERIFY2(report.outcome == WriteReport::Outcome::AppliedUnverified, qPrintable(report.text()));
        QVERIFY(report.accessLost);
        QVERIFY2(report.headline().contains(u"you can no longer read rolesmapping, so it could not be verified"_s),
                 qPrintable(report.headline()));
        QVERIFY(!report.text().contains(u"differs from the plan"_s));
        QVERIFY2(report.text().contains(u"another administrator"_s), qPrintable(report.text()));
        SandboxTest::Client admin(m_sandbox->url());
        admin.setCredentials(u"admin"_s, u"admin"_s);
        QCOMPARE(admin.get(u"/_plugins/_security/api/rolesmapping"_s).status, 403);
    }

    void failedReadBeforeWritingIsNotAConflict()
    {
        startSandbox();
        bool bogus = false;
        ApiClient *client = alteringClient(
            AlteringTransport::responses([&bogus](const TransportRequest &request, TransportResponse &response) {
                if (bogus && request.method == "GET" && request.url.path().endsWith(u"/roles"_s))
                    response.body = "{\"x\": \"" + QByteArray(1024 * 1024, 'a') + "\"}";
            }));
        const ChangePlan plan =
            compile(patch(R"([{"op": "add", "path": "/roles/r_bogus", "value": {"cluster_permissions": ["a"]}}])"),
                    read(client));
        bogus = true;
        const WriteReport report = run(plan, client);
        QCOMPARE(report.outcome, WriteReport::Outcome::Failed);
        QVERIFY(report.readFailed);
        QVERIFY(report.conflict.isEmpty());
        QVERIFY2(report.apiError && report.apiError->kind == ApiError::Kind::InvalidResponse,
                 qPrintable(report.text()));
        QVERIFY(m_backups->list().isEmpty());
    }

    void concurrentBackupsNeverCollide()
    {
        // Two writers saving in the same millisecond (the app and secdesk-cli): each gets its own file.
        const QDateTime now(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());
        const QString directory = m_dir->filePath(u"race"_s);
        QStringList names;
        QMutex mutex;
        QStringList errors;
        auto save = [&] {
            BackupStore store(directory, 1000);
            for (int i = 0; i < 30; ++i) {
                const auto saved = store.save(QJsonObject {{u"roles"_s, QJsonObject()}}, u"p"_s, now);
                QMutexLocker locker(&mutex);
                if (saved)
                    names << saved->fileName;
                else
                    errors << saved.error().toString();
            }
        };
        QThread *first = QThread::create(save);
        QThread *second = QThread::create(save);
        first->start();
        second->start();
        QVERIFY(first->wait(20000) && second->wait(20000));
        delete first;
        delete second;
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(names.size(), 60);
        names.removeDuplicates();
        QCOMPARE(names.size(), 60);
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
        auto *transport = new AlteringTransport(
            inner,
            AlteringTransport::responses([&written](const TransportRequest &request, TransportResponse &response) {
                if (request.method == "PATCH")
                    written = true;
                if (!written || request.method != "GET" || !request.url.path().endsWith(u"/roles"_s))
                    return;
                QJsonObject roles = QJsonDocument::fromJson(response.body).object();
                QJsonObject role = roles.value(u"checked_role"_s).toObject();
                role.insert(u"description"_s, u"something else"_s);
                roles.insert(u"checked_role"_s, role);
                response.body = QJsonDocument(roles).toJson(QJsonDocument::Compact);
            }));
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
