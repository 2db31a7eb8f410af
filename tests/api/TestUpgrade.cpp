#include <QTemporaryDir>
#include <QtTest>

#include "app/api/ApiClient.h"
#include "app/api/ConfigFetch.h"
#include "app/api/ResponseParsers.h"
#include "app/domain/WriteSecrets.h"
#include "app/json/Json.h"
#include "app/store/VersionStore.h"
#include "app/write/SafeWrite.h"
#include "app/write/Upgrade.h"
#include "tests/sandbox/SandboxTestSupport.h"

using namespace Qt::StringLiterals;

// The upgrade assistant's core against the in-process sandbox over loopback HTTP, whose fresh state has an upgrade
// available (add sandbox_alerts_read, modify sandbox_reports_read): check, perform one, the rest, up to date,
// collisions, and the rollback to the version remembered before performing.
class TestUpgrade : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<BackupStore> m_backups;
    std::unique_ptr<WriteJournal> m_journal;
    ApiClient *m_client = nullptr;

    QJsonObject read()
    {
        std::optional<FetchResult> result;
        auto *fetch = new ConfigFetch(m_client);
        connect(fetch, &ConfigFetch::finished, this, [&](const FetchResult &r) { result = r; });
        fetch->start();
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000) || !*result)
            return {};
        return (*result)->document;
    }

    ApiResult call(const ApiRequest &request)
    {
        std::optional<ApiResult> result;
        auto *sent = m_client->send(request);
        connect(sent, &ApiCall::finished, this, [&](const ApiResult &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return ApiError::timeout(u"?"_s, u"?"_s, 20000);
        return *result;
    }

    QList<UpgradeEntry> check(const QJsonObject &live)
    {
        const ApiResult result = call(SecurityApi::upgradeCheck());
        if (!result)
            return {};
        const auto report = ResponseParsers::upgradeCheck(result->json);
        return report ? Upgrade::entries(*report, live) : QList<UpgradeEntry>();
    }

    static QStringList names(const QList<UpgradeEntry> &entries)
    {
        QStringList result;
        for (const UpgradeEntry &entry : entries)
            result << entry.entity;
        result.sort();
        return result;
    }

    static const UpgradeEntry *find(const QList<UpgradeEntry> &entries, const QString &name)
    {
        for (const UpgradeEntry &entry : entries) {
            if (entry.entity == name)
                return &entry;
        }
        return nullptr;
    }

    WriteReport run(const ChangePlan &plan)
    {
        std::optional<WriteReport> report;
        auto *write = new SafeWrite(m_client, plan, {u"test"_s, m_backups.get(), m_journal.get(), true, true});
        connect(write, &SafeWrite::finished, this, [&](const WriteReport &r) { report = r; });
        write->start();
        if (!QTest::qWaitFor([&] { return report.has_value(); }, 30000))
            return {};
        return *report;
    }

    WriteReport perform(const QStringList &entities)
    {
        auto plan = ChangePlan::upgrade(Upgrade::supportedConfigs(), entities, read());
        if (!plan)
            return {};
        return run(*plan);
    }

    QString newestVersionId()
    {
        VersionStore store(m_client);
        QSignalSpy loaded(&store, &VersionStore::loaded);
        store.load();
        if (!loaded.wait(10000))
            return {};
        return store.newestId();
    }

    void putRole(const QString &name, const QJsonObject &body)
    {
        SandboxTest::Client client(m_sandbox->url());
        client.setCredentials(u"admin"_s, u"admin"_s);
        const auto reply = client.send("PUT", u"/_plugins/_security/api/roles/"_s + name,
                                       QJsonDocument(body).toJson(QJsonDocument::Compact));
        QVERIFY2(reply.status == 200 || reply.status == 201, reply.body.constData());
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_backups = std::make_unique<BackupStore>(m_dir->filePath(u"backups"_s));
        m_journal = std::make_unique<WriteJournal>(m_dir->filePath(u"journal.jsonl"_s));
        m_sandbox = std::make_unique<Sandbox>(SandboxTest::fastOptions());
        QVERIFY(m_sandbox->start().ok());
        ConnectionSettings settings;
        settings.baseUrl = m_sandbox->url();
        settings.userName = u"admin"_s;
        settings.password = u"admin"_s;
        m_client = ApiClient::create(settings, m_sandbox.get()).value();
    }

    void cleanup()
    {
        m_sandbox.reset();
        m_journal.reset();
        m_backups.reset();
        m_dir.reset();
    }

    void checkListsEntities()
    {
        const QList<UpgradeEntry> entries = check(read());
        QCOMPARE(names(entries), (QStringList {u"sandbox_alerts_read"_s, u"sandbox_reports_read"_s}));
        const UpgradeEntry *added = find(entries, u"sandbox_alerts_read"_s);
        QCOMPARE(added->operation, u"add"_s);
        QVERIFY(!added->exists);
        QVERIFY(!added->collision);
        const UpgradeEntry *modified = find(entries, u"sandbox_reports_read"_s);
        QCOMPARE(modified->operation, u"modify"_s);
        QVERIFY(modified->exists);
        QVERIFY(modified->reserved);
        QVERIFY(!modified->collision); // a reserved default: the upgrade is meant for it
    }

    void performOneThenTheRest()
    {
        const QJsonObject before = read();
        const WriteReport one = perform({u"sandbox_alerts_read"_s});
        QVERIFY2(one.outcome == WriteReport::Outcome::Applied, qPrintable(one.text()));
        QVERIFY(!one.backupPath.isEmpty());
        QCOMPARE(one.upgraded.size(), 1);
        const UpgradeEntityResult &result = one.upgraded.first();
        QCOMPARE(result.entity, u"sandbox_alerts_read"_s);
        QVERIFY(result.before.isUndefined());
        QVERIFY(result.after.toObject()
                    .value(u"cluster_permissions"_s)
                    .toArray()
                    .contains(u"cluster:admin/sandbox/alerts/get"_s));
        QVERIFY(!result.changes().isEmpty());

        // Only that role changed (GET before and after).
        const QJsonObject after = read();
        QJsonObject rolesBefore = before.value(u"roles"_s).toObject();
        QJsonObject rolesAfter = after.value(u"roles"_s).toObject();
        QVERIFY(!rolesBefore.contains(u"sandbox_alerts_read"_s));
        QVERIFY(rolesAfter.contains(u"sandbox_alerts_read"_s));
        rolesAfter.remove(u"sandbox_alerts_read"_s);
        QCOMPARE(rolesAfter, rolesBefore);
        for (const QString &key : before.keys()) {
            if (key != u"roles"_s)
                QCOMPARE(WriteSecrets::redactValue(after.value(key)), WriteSecrets::redactValue(before.value(key)));
        }
        // The journal holds it, as an upgrade with its entities.
        QCOMPARE(m_journal->entries().size(), 1);
        QCOMPARE(m_journal->entries().first()[u"plan"_s][u"kind"_s].toString(), u"upgrade"_s);

        // A second check lists the rest.
        QCOMPARE(names(check(after)), QStringList {u"sandbox_reports_read"_s});

        // Performing everything leaves it up to date.
        const WriteReport rest = perform({});
        QVERIFY2(rest.outcome == WriteReport::Outcome::Applied, qPrintable(rest.text()));
        QCOMPARE(rest.upgraded.size(), 1);
        QCOMPARE(rest.upgraded.first().entity, u"sandbox_reports_read"_s);
        QVERIFY(rest.upgraded.first().before.toObject() != rest.upgraded.first().after.toObject());
        QVERIFY(check(read()).isEmpty());
        const ApiResult again = call(SecurityApi::upgradeCheck());
        QVERIFY(again);
        QVERIFY(!ResponseParsers::upgradeCheck(again->json)->available);

        // Performing again is "up to date" (400 no differences found), not a failure.
        const WriteReport upToDate = perform({});
        QVERIFY2(upToDate.outcome == WriteReport::Outcome::NothingToDo, qPrintable(upToDate.text()));
        QVERIFY(!upToDate.apiError);
        QVERIFY(!upToDate.wroteSomething());
        QVERIFY(upToDate.upgraded.isEmpty());
    }

    void collisionIsFlagged()
    {
        // The user's own role, named like the default the upgrade would add.
        putRole(u"sandbox_alerts_read"_s, {{u"cluster_permissions"_s, QJsonArray {u"cluster_monitor"_s}}});
        const QJsonObject live = read();
        const QList<UpgradeEntry> entries = check(live);
        const UpgradeEntry *mine = find(entries, u"sandbox_alerts_read"_s);
        QVERIFY(mine);
        QVERIFY(mine->exists);
        QVERIFY(!mine->reserved);
        QVERIFY(mine->collision);
        QVERIFY(!find(entries, u"sandbox_reports_read"_s)->collision);
        const QStringList warnings = Upgrade::collisionWarnings(entries);
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(u"roles/sandbox_alerts_read"_s));
        QVERIFY(!Upgrade::isCollision(u"roles"_s, u"nope"_s, live));
    }

    void rollbackToTheRememberedVersion()
    {
        const QJsonObject before = read();
        const QString remembered = newestVersionId();
        QVERIFY(!remembered.isEmpty());
        const WriteReport report = perform({});
        QVERIFY2(report.outcome == WriteReport::Outcome::Applied, qPrintable(report.text()));
        QCOMPARE(report.upgraded.size(), 2);
        QVERIFY(read().value(u"roles"_s) != before.value(u"roles"_s));

        VersionStore store(m_client);
        QSignalSpy loaded(&store, &VersionStore::loaded);
        store.load();
        QVERIFY(loaded.wait(10000));
        const ConfigVersion *version = nullptr;
        for (const ConfigVersion &v : store.versions()) {
            if (v.id == remembered)
                version = &v;
        }
        QVERIFY(version);
        const auto plan = ChangePlan::rollback(remembered, version->toConfigDocument(true), read());
        QVERIFY(plan);
        const WriteReport undone = run(*plan);
        QVERIFY2(undone.outcome == WriteReport::Outcome::Applied, qPrintable(undone.text()));
        QCOMPARE(read().value(u"roles"_s), before.value(u"roles"_s));
        QCOMPARE(names(check(read())), (QStringList {u"sandbox_alerts_read"_s, u"sandbox_reports_read"_s}));
    }

    void unsupportedAndUpToDateErrors()
    {
        const ApiError noHandler = ApiError::fromHttp(
            u"GET"_s, u"/_plugins/_security/api/_upgrade_check"_s, 400, u"Bad Request"_s,
            R"({"error":"no handler found for uri [/_plugins/_security/api/_upgrade_check] and method [GET]"})");
        QVERIFY(Upgrade::isUnsupported(noHandler));
        QVERIFY(!Upgrade::isUpToDate(noHandler));
        const ApiError none = ApiError::fromHttp(
            u"POST"_s, u"/_plugins/_security/api/_upgrade_perform"_s, 400, u"Bad Request"_s,
            R"({"status":"BAD_REQUEST","message":"Unable to upgrade, no differences found in 'roles' config"})");
        QVERIFY(Upgrade::isUpToDate(none));
        QVERIFY(!ChangePlan::upgrade({u"config"_s}, {}, {}));
        const auto plan = ChangePlan::upgrade({u"roles"_s}, {u"a"_s, u"b"_s}, {{u"roles"_s, QJsonObject()}});
        QVERIFY(plan);
        QCOMPARE(plan->kind, ChangePlan::Kind::Upgrade);
        QCOMPARE(plan->steps.size(), 1);
        QVERIFY(!plan->steps.first().verifiable);
        QCOMPARE(plan->steps.first().request.query.queryItemValue(u"entities"_s), u"a,b"_s);
        QCOMPARE(plan->steps.first().request.query.queryItemValue(u"configs"_s), u"roles"_s);
    }
};

QTEST_GUILESS_MAIN(TestUpgrade)
#include "TestUpgrade.moc"
