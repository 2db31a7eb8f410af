#include <QTemporaryDir>
#include <QtTest>

#include "app/api/ApiClient.h"
#include "app/api/ConfigFetch.h"
#include "app/domain/ConfigBlame.h"
#include "app/domain/WriteSecrets.h"
#include "app/json/Json.h"
#include "app/models/VersionTimelineModel.h"
#include "app/store/VersionStore.h"
#include "app/write/SafeWrite.h"
#include "tests/sandbox/SandboxTestSupport.h"
#include "tests/sandbox/SandboxWriteTest.h"

using namespace Qt::StringLiterals;

namespace {

QJsonObject role(const QString &permission)
{
    return {{u"cluster_permissions"_s, QJsonArray {permission}}};
}

// What a comparison of whole configurations may look at: no statics (versions never hold them), secrets redacted.
QJsonObject comparable(const QJsonObject &document)
{
    return WriteSecrets::redactDocument(ConfigVersions::withoutStatics(document));
}

} // namespace

// The version timeline, rollback, selective rollback and blame against the in-process sandbox over loopback HTTP.
class TestRollback : public SandboxTest::WriteTest
{
    Q_OBJECT

public:
    TestRollback() : WriteTest(u"test"_s) { }

private:
    void putRole(const QString &name, const QJsonObject &body)
    {
        SandboxTest::Client client(m_sandbox->url());
        client.setCredentials(u"admin"_s, u"admin"_s);
        const auto reply = client.send("PUT", u"/_plugins/_security/api/roles/"_s + name,
                                       QJsonDocument(body).toJson(QJsonDocument::Compact));
        QVERIFY2(reply.status == 200 || reply.status == 201, reply.body.constData());
    }

    // Loads the versions through a VersionStore (oldest first).
    QList<ConfigVersion> versions(VersionStore *store = nullptr)
    {
        VersionStore own(m_client);
        VersionStore *s = store ? store : &own;
        QSignalSpy loaded(s, &VersionStore::loaded);
        QSignalSpy failed(s, &VersionStore::failed);
        s->load();
        if (!QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, 20000))
            return {};
        return s->versions();
    }

    const ConfigVersion *find(const QList<ConfigVersion> &list, const QString &id)
    {
        for (const ConfigVersion &version : list) {
            if (version.id == id)
                return &version;
        }
        return nullptr;
    }

private slots:
    void init() { makeStores(); }
    void cleanup() { dropAll(); }

    void timelineAfterWrites()
    {
        startSandbox();
        VersionStore store(m_client);
        const QList<ConfigVersion> start = versions(&store);
        QCOMPARE(start.size(), 1);
        QVERIFY(!store.rollbackDisabledReason().isEmpty()); // one version: nothing to roll back to
        QVERIFY(store.previousId().isEmpty());

        putRole(u"t1"_s, role(u"cluster_monitor"_s));
        putRole(u"t2"_s, role(u"cluster_monitor"_s));
        putRole(u"t1"_s, role(u"cluster_all"_s));
        const QList<ConfigVersion> after = versions(&store);
        QCOMPARE(after.size(), 4);
        QVERIFY(store.rollbackDisabledReason().isEmpty());
        QCOMPARE(store.previousId(), after.at(2).id);

        VersionTimelineModel model;
        model.setVersions(after);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.newestId(), store.newestId());
        QCOMPARE(model.data(model.index(0), VersionTimelineModel::IdRole).toString(), after.last().id);
        QCOMPARE(model.data(model.index(3), VersionTimelineModel::IdRole).toString(), after.first().id);
        for (int row = 0; row < 3; ++row) {
            const QVariantMap counts = model.data(model.index(row), VersionTimelineModel::ChangeCountsRole).toMap();
            QCOMPARE(counts.keys(), QStringList {u"roles"_s});
        }

        // Polling after a write ends when the new id appears.
        const QString previous = store.newestId();
        putRole(u"t3"_s, role(u"cluster_monitor"_s));
        QSignalSpy loaded(&store, &VersionStore::loaded);
        store.refreshUntilNewVersion(previous, 5000, 50);
        QVERIFY(loaded.wait(10000));
        QVERIFY(store.newVersion());
        QVERIFY(store.newestId() != previous);
        // Nothing new: it gives up after the timeout.
        store.refreshUntilNewVersion(store.newestId(), 300, 50);
        QVERIFY(loaded.wait(10000));
        QVERIFY(!store.newVersion());
    }

    void versioningOffIsExplained()
    {
        SandboxOptions options = SandboxTest::fastOptions();
        options.versioning = false;
        startSandbox(options);
        VersionStore store(m_client);
        QSignalSpy failed(&store, &VersionStore::failed);
        store.load();
        QVERIFY(failed.wait(10000));
        QCOMPARE(store.state(), VersionStore::State::VersioningOff);
        QVERIFY(store.message().contains(u"plugins.security.configurations_versions.enabled: true"_s));
        QVERIFY(store.rollbackDisabledReason().contains(u"plugins.security.configurations_versions.enabled"_s));
    }

    void retentionKeepsTen()
    {
        SandboxOptions options = SandboxTest::fastOptions();
        options.retention = 10;
        startSandbox(options);
        for (int i = 0; i < 11; ++i)
            putRole(u"ret"_s, role(u"perm"_s + QString::number(i)));
        const QList<ConfigVersion> list = versions();
        QCOMPARE(list.size(), 10);
        // v1 (start-up) plus 11 writes = v12 newest; v1 and v2 pruned.
        QCOMPARE(list.last().id, u"v12"_s);
        QCOMPARE(list.first().id, u"v3"_s);
        for (qsizetype i = 1; i < list.size(); ++i)
            QCOMPARE(list.at(i).number, list.at(i - 1).number + 1);
    }

    void rollbackRestoresExactlyThatConfiguration()
    {
        startSandbox();
        putRole(u"rb_a"_s, role(u"cluster_monitor"_s));
        const QJsonObject target = read();
        const QString targetId = versions().last().id;

        putRole(u"rb_a"_s, role(u"cluster_all"_s));
        putRole(u"rb_b"_s, role(u"cluster_monitor"_s));
        const QJsonObject live = read();
        QVERIFY(comparable(live) != comparable(target));

        const QList<ConfigVersion> list = versions();
        const ConfigVersion *version = find(list, targetId);
        QVERIFY(version);
        auto plan = ChangePlan::rollback(targetId, version->toConfigDocument(true), live);
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message));
        QCOMPARE(plan->steps.size(), 1);
        QCOMPARE(plan->steps.first().request.method, QByteArray("POST"));
        QVERIFY(plan->steps.first().request.path.endsWith(u"/version/rollback/"_s + targetId));
        QVERIFY(!plan->changes().isEmpty());
        QVERIFY(!ChangePlan::rollback(QString(), version->toConfigDocument(true), live));

        const WriteReport report = run(*plan);
        QVERIFY2(report.outcome == WriteReport::Outcome::Applied, qPrintable(report.text()));
        QVERIFY(report.verified);
        QCOMPARE(comparable(read()), comparable(target));
        // The rollback is journalled like any write.
        QCOMPARE(m_journal->entries().size(), 1);
    }

    void selectiveRollbackTouchesOnlyWhatItNames()
    {
        startSandbox();
        putRole(u"x"_s, role(u"x1"_s));
        putRole(u"y"_s, role(u"y1"_s));
        const QString targetId = versions().last().id;
        putRole(u"x"_s, role(u"x2"_s));
        putRole(u"y"_s, role(u"y2"_s));
        putRole(u"z"_s, role(u"z1"_s)); // missing in the version

        const QJsonObject live = read();
        const QList<ConfigVersion> list = versions();
        const QJsonObject versionDocument = find(list, targetId)->toConfigDocument(true);

        QVERIFY(!ChangePlan::selectiveRollback(versionDocument, live,
                                               {JsonPointer({u"roles"_s, u"x"_s, u"cluster_permissions"_s})}));
        QVERIFY(!ChangePlan::selectiveRollback(versionDocument, live, {JsonPointer({u"nope"_s})}));

        auto plan = ChangePlan::selectiveRollback(
            versionDocument, live, {JsonPointer({u"roles"_s, u"x"_s}), JsonPointer({u"roles"_s, u"z"_s})}, targetId);
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message()));
        QCOMPARE(plan->steps.size(), 1);
        QCOMPARE(plan->steps.first().request.method, QByteArray("PATCH"));
        const WriteReport report = run(*plan);
        QVERIFY2(report.outcome == WriteReport::Outcome::Applied, qPrintable(report.text()));

        const QJsonObject roles = read().value(u"roles"_s).toObject();
        QCOMPARE(roles.value(u"x"_s)[u"cluster_permissions"_s].toArray(), QJsonArray {u"x1"_s});
        QCOMPARE(roles.value(u"y"_s)[u"cluster_permissions"_s].toArray(), QJsonArray {u"y2"_s});
        QVERIFY(!roles.contains(u"z"_s));
        QVERIFY(roles.contains(u"all_access"_s)); // untouched
    }

    void selectiveRollbackOfAWholeType()
    {
        startSandbox();
        putRole(u"x"_s, role(u"x1"_s));
        putRole(u"w"_s, role(u"w1"_s));
        const QString targetId = versions().last().id;
        putRole(u"x"_s, role(u"x2"_s));
        putRole(u"z"_s, role(u"z1"_s));
        {
            SandboxTest::Client client(m_sandbox->url());
            client.setCredentials(u"admin"_s, u"admin"_s);
            QCOMPARE(client.send("DELETE", u"/_plugins/_security/api/roles/w"_s).status, 200);
            const auto tenant =
                client.send("PUT", u"/_plugins/_security/api/tenants/t_new"_s, R"({"description": "kept"})");
            QCOMPARE(tenant.status, 201);
        }
        const QJsonObject live = read();
        const QList<ConfigVersion> list = versions();
        auto plan = ChangePlan::selectiveRollback(find(list, targetId)->toConfigDocument(true), live,
                                                  {JsonPointer({u"roles"_s})});
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error().message()));
        QCOMPARE(plan->types, QList<ConfigType> {ConfigType::Roles});
        const WriteReport report = run(*plan);
        QVERIFY2(report.outcome == WriteReport::Outcome::Applied, qPrintable(report.text()));

        const QJsonObject after = read();
        const QJsonObject roles = after.value(u"roles"_s).toObject();
        QCOMPARE(roles.value(u"x"_s)[u"cluster_permissions"_s].toArray(), QJsonArray {u"x1"_s});
        QCOMPARE(roles.value(u"w"_s)[u"cluster_permissions"_s].toArray(), QJsonArray {u"w1"_s}); // added again
        QVERIFY(!roles.contains(u"z"_s));                                                        // removed
        QVERIFY(after.value(u"tenants"_s).toObject().contains(u"t_new"_s));                      // left alone
        // Every role now as in the version (hidden ones, which GET leaves out, aside).
        const QJsonObject versionRoles =
            comparable(find(list, targetId)->toConfigDocument(true)).value(u"roles"_s).toObject();
        const QJsonObject afterRoles = comparable(after).value(u"roles"_s).toObject();
        for (auto it = versionRoles.begin(); it != versionRoles.end(); ++it) {
            if (!it.value()[u"hidden"_s].toBool())
                QCOMPARE(afterRoles.value(it.key()), it.value());
        }
        for (auto it = afterRoles.begin(); it != afterRoles.end(); ++it)
            QVERIFY2(versionRoles.contains(it.key()), qPrintable(it.key()));
    }

    void blameNamesTheVersionAndUser()
    {
        SandboxOptions options = SandboxTest::fastOptions();
        options.modifiedBy = SandboxOptions::ModifiedBy::User;
        startSandbox(options);
        putRole(u"bl"_s, role(u"one"_s));
        putRole(u"bl"_s, role(u"two"_s));
        const QString introduced = versions().last().id;
        putRole(u"other"_s, role(u"three"_s));

        QList<BlameVersion> history;
        for (const ConfigVersion &version : versions())
            history.append(
                {version.id, version.timestampText, version.modifiedBy, comparable(version.toConfigDocument(true))});
        const JsonPointer path({u"roles"_s, u"bl"_s, u"cluster_permissions"_s});
        const QJsonValue liveValue = *path.resolve(comparable(read()));
        const auto result = ConfigBlame::blame(history, path, liveValue);
        QVERIFY(result);
        QCOMPARE(result->id, introduced);
        QCOMPARE(result->modifiedBy, u"admin"_s);
    }
};

QTEST_GUILESS_MAIN(TestRollback)
#include "TestRollback.moc"
