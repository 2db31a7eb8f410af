#include <QtTest>

#include "app/domain/ConfigChanges.h"
#include "app/domain/ConfigGenerator.h"
#include "app/domain/ConfigVersion.h"
#include "app/domain/WriteSecrets.h"
#include "app/models/TimelineJobs.h"

using namespace Qt::StringLiterals;

// The timeline's comparison, without widgets: what it shows is the diff of the documents with statics left out and
// secrets redacted, and only the changed entities are redacted on the way (WriteSecrets::diff).
class TestTimelineJobs : public QObject
{
    Q_OBJECT

private:
    static QJsonObject small()
    {
        ConfigGenerator::Options options;
        options.users = 60;
        options.roles = 40;
        options.mappings = 30;
        options.tenants = 10;
        options.actionGroups = 10;
        options.seed = 7;
        return ConfigGenerator::generate(options);
    }

private slots:
    void redactingOnlyWhatDiffersGivesTheSameDiff()
    {
        const QJsonObject base = small();
        for (quint64 seed = 1; seed <= 20; ++seed) {
            const QJsonObject changed = ConfigGenerator::mutate(base, 10, seed);
            const auto diff = WriteSecrets::diff(base, changed);
            const QList<JsonChange> whole =
                JsonDiff::changes(WriteSecrets::redactDocument(base), WriteSecrets::redactDocument(changed));
            QCOMPARE(ConfigChanges::toJson(diff.changes), ConfigChanges::toJson(whole));
            QVERIFY(!diff.changes.isEmpty());
            // Only the changed entities were taken (and redacted): far fewer users than the document holds.
            QVERIFY(diff.before.value(u"internalusers"_s).toObject().size()
                    < base.value(u"internalusers"_s).toObject().size());
        }
    }

    void hashesAndSecretsNeverShow()
    {
        QJsonObject from = small();
        QJsonObject to = from;
        QJsonObject users = to.value(u"internalusers"_s).toObject();
        const QString name = users.begin().key();
        QJsonObject user = users.value(name).toObject();
        user.insert(u"hash"_s, u"$2y$12$anotherhashanotherhashanotherhash"_s);
        users.insert(name, user);
        to.insert(u"internalusers"_s, users);
        QJsonObject config = to.value(u"config"_s).toObject();
        QJsonObject dynamic = config.value(u"dynamic"_s).toObject();
        dynamic.insert(u"signing_key"_s, u"a-new-signing-key"_s);
        config.insert(u"dynamic"_s, dynamic);
        to.insert(u"config"_s, config);
        const TimelineDiff diff = TimelineJobs::compare(from, to, u"v1"_s, false);
        const QByteArray text = QJsonDocument(ConfigChanges::toJson(diff.changes)).toJson();
        QVERIFY(!text.contains("anotherhash"));
        QVERIFY(!text.contains("a-new-signing-key"));
        // The hash change is invisible (both redacted); the signing key shows as a redacted member added.
        for (const JsonChange &change : diff.changes)
            QVERIFY2(ConfigChanges::type(change) != u"internalusers"_s, qPrintable(change.path.toString()));
    }

    void staticsAndRollbackViewAgainstLive()
    {
        // A version never holds statics; live does: they are not a difference. Hidden entities the user cannot see
        // live are left out of the comparison with live, as a rollback would leave them.
        QJsonObject version = small();
        QJsonObject live = version;
        QJsonObject roles = live.value(u"roles"_s).toObject();
        roles.insert(u"a_static_role"_s, QJsonObject {{u"static"_s, true}, {u"cluster_permissions"_s, QJsonArray()}});
        roles.insert(u"added_live"_s, QJsonObject {{u"cluster_permissions"_s, QJsonArray {u"a"_s}}});
        live.insert(u"roles"_s, roles);
        QJsonObject versionRoles = version.value(u"roles"_s).toObject();
        versionRoles.insert(u"hidden_role"_s,
                            QJsonObject {{u"hidden"_s, true}, {u"cluster_permissions"_s, QJsonArray()}});
        version.insert(u"roles"_s, versionRoles);
        const TimelineDiff diff = TimelineJobs::compare(version, live, u"v3"_s, true);
        QStringList paths;
        for (const JsonChange &change : diff.changes)
            paths << change.path.toString();
        QCOMPARE(paths, QStringList {u"/roles/added_live"_s});
        QVERIFY(!diff.sections.isEmpty());
    }

    void aCancelledComparisonReturnsEarly()
    {
        QObject owner;
        Latest latest(&owner);
        const CancelToken stale = latest.next();
        latest.next();
        const TimelineDiff diff =
            TimelineJobs::compare(small(), ConfigGenerator::mutate(small(), 5, 3), u"v1"_s, false, stale);
        QVERIFY(diff.changes.isEmpty());
        QVERIFY(diff.sections.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTimelineJobs)
#include "TestTimelineJobs.moc"
