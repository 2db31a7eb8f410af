#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include "app/models/CompareModel.h"
#include "app/write/ChangePlan.h"
#include "tests/support/JsonTestUtil.h"

using namespace Qt::StringLiterals;

// The entity list of compare and promote: statuses from the core's comparison, check boxes (per entity, per type,
// all), the pointers handed to ChangePlan::promote, and removals that stay uncheckable until prune is turned on.
class TestCompareModel : public QObject
{
    Q_OBJECT

private:
    // source: r_changed differs, r_new only in source, bob's backend roles differ; live: r_gone and alice only live,
    // a static role only live (never listed).
    static QJsonObject source()
    {
        return TestUtil::json(R"({
            "roles": {"r_same": {"cluster_permissions": ["a"]}, "r_changed": {"cluster_permissions": ["b"]},
                      "r_new": {"index_permissions": []}},
            "internalusers": {"bob": {"backend_roles": ["ops"], "hash": "$2y$12$abc"}}
        })")
            .toObject();
    }

    static QJsonObject live()
    {
        return TestUtil::json(R"({
            "roles": {"r_same": {"cluster_permissions": ["a"]}, "r_changed": {"cluster_permissions": ["a"]},
                      "r_gone": {}, "all_access": {"static": true, "cluster_permissions": ["*"]}},
            "internalusers": {"bob": {"backend_roles": [], "hash": ""}, "alice": {"backend_roles": []}},
            "tenants": {"t1": {}}
        })")
            .toObject();
    }

    static QList<SecurityAdminFiles::EntityDifference> differences()
    {
        return SecurityAdminFiles::compareDocuments(source(), live());
    }

    static QStringList pointerTexts(const QList<JsonPointer> &pointers)
    {
        QStringList texts;
        for (const JsonPointer &pointer : pointers)
            texts << pointer.toString();
        return texts;
    }

private slots:
    void statuses()
    {
        CompareModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDifferences(differences());
        // Types in ConfigTypeInfo order (roles before internal users); tenants only live as a whole type: not listed.
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex roles = model.indexFor(u"roles"_s);
        QVERIFY(roles.isValid());
        QVERIFY(roles.data(CompareModel::IsTypeRole).toBool());
        QCOMPARE(model.rowCount(roles), 3); // r_changed, r_gone, r_new; not r_same, not the static all_access
        QCOMPARE(roles.data(CompareModel::EntityCountRole).toInt(), 3);
        QCOMPARE(model.entityCount(), 5);

        const QModelIndex changed = model.indexFor(u"roles"_s, u"r_changed"_s);
        QCOMPARE(changed.data(CompareModel::StatusRole).toInt(), int(CompareModel::Status::Different));
        QCOMPARE(changed.data(CompareModel::ChangedMembersRole).toStringList(), QStringList {u"cluster_permissions"_s});
        QVERIFY(
            changed.siblingAtColumn(CompareModel::StatusColumn).data().toString().contains(u"cluster_permissions"_s));
        QCOMPARE(changed.data(CompareModel::PointerRole).toString(), u"/roles/r_changed"_s);
        QCOMPARE(model.indexFor(u"roles"_s, u"r_new"_s).data(CompareModel::StatusRole).toInt(),
                 int(CompareModel::Status::OnlyInSource));
        QCOMPARE(model.indexFor(u"roles"_s, u"r_gone"_s).data(CompareModel::StatusRole).toInt(),
                 int(CompareModel::Status::OnlyLive));
        QCOMPARE(model.indexFor(u"internalusers"_s, u"alice"_s).data(CompareModel::StatusRole).toInt(),
                 int(CompareModel::Status::OnlyLive));
        QVERIFY(!model.indexFor(u"roles"_s, u"r_same"_s).isValid());
        QVERIFY(!model.indexFor(u"roles"_s, u"all_access"_s).isValid());
        QCOMPARE(model.count(CompareModel::Status::OnlyInSource), 1);
        QCOMPARE(model.count(CompareModel::Status::OnlyLive), 2);
        QCOMPARE(model.count(CompareModel::Status::Different), 2); // r_changed, bob
        QCOMPARE(model.indexFor(u"internalusers"_s, u"bob"_s).data(CompareModel::StatusRole).toInt(),
                 int(CompareModel::Status::Different));
    }

    void nothingCheckedAndPruneOffByDefault()
    {
        CompareModel model;
        model.setDifferences(differences());
        QVERIFY(!model.pruneEnabled());
        QCOMPARE(model.checkedCount(), 0);
        QVERIFY(model.checkedPointers().isEmpty());
        const QModelIndex gone = model.indexFor(u"roles"_s, u"r_gone"_s);
        QVERIFY(!(model.flags(gone) & Qt::ItemIsUserCheckable));
        QVERIFY(!gone.data(CompareModel::CheckableRole).toBool());
        QVERIFY(!gone.data(Qt::CheckStateRole).isValid()); // no check box is drawn
        QCOMPARE(model.indexFor(u"roles"_s, u"r_new"_s).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(model.flags(model.indexFor(u"roles"_s, u"r_new"_s)) & Qt::ItemIsUserCheckable);
        // An "only live" entity cannot be checked, through the API or as the view would.
        QVERIFY(!model.setChecked(u"roles"_s, u"r_gone"_s, true));
        QVERIFY(!model.setData(gone, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(!model.isChecked(u"roles"_s, u"r_gone"_s));
        // "Select all" leaves the removals out.
        model.setAllChecked(true);
        QCOMPARE(pointerTexts(model.checkedPointers()),
                 (QStringList {u"/roles/r_changed"_s, u"/roles/r_new"_s, u"/internalusers/bob"_s}));
    }

    void checkEntitiesAndTypes()
    {
        CompareModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDifferences(differences());
        QSignalSpy checkedChanged(&model, &CompareModel::checkedChanged);
        QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);

        QVERIFY(model.setChecked(u"roles"_s, u"r_changed"_s, true));
        QCOMPARE(checkedChanged.size(), 1);
        QCOMPARE(dataChanged.size(), 2); // the entity and its type
        QCOMPARE(dataChanged.at(0).at(0).value<QModelIndex>(), model.indexFor(u"roles"_s, u"r_changed"_s));
        QCOMPARE(dataChanged.at(1).at(0).value<QModelIndex>(), model.indexFor(u"roles"_s));
        const QModelIndex roles = model.indexFor(u"roles"_s);
        QCOMPARE(roles.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
        QVERIFY(!model.setChecked(u"roles"_s, u"nope"_s, true));

        // Checking the type row (as a click in the view does) selects every checkable entity of the type only.
        QVERIFY(model.setData(roles, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(roles.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(pointerTexts(model.checkedPointers()), (QStringList {u"/roles/r_changed"_s, u"/roles/r_new"_s}));
        QVERIFY(!model.isChecked(u"internalusers"_s, u"bob"_s));

        model.setTypeChecked(u"roles"_s, false);
        QCOMPARE(model.checkedCount(), 0);
        QCOMPARE(roles.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        checkedChanged.clear();
        model.setTypeChecked(u"roles"_s, false); // no change, no signal
        QCOMPARE(checkedChanged.size(), 0);

        // Exactly the chosen entity goes to promote, which changes only that one.
        QVERIFY(model.setChecked(u"roles"_s, u"r_changed"_s, true));
        const auto plan =
            ChangePlan::promote(source(), live(), model.checkedPointers(), model.pruneEnabled(), u"test"_s);
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message()));
        const QList<JsonChange> changes = plan->changes();
        QVERIFY(!changes.isEmpty());
        for (const JsonChange &change : changes)
            QVERIFY2(change.path.toString().startsWith(u"/roles/r_changed"_s), qPrintable(change.path.toString()));
    }

    void pruneMakesRemovalsCheckable()
    {
        CompareModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDifferences(differences());
        model.setPruneEnabled(true);
        const QModelIndex gone = model.indexFor(u"roles"_s, u"r_gone"_s);
        QVERIFY(model.flags(gone) & Qt::ItemIsUserCheckable);
        QCOMPARE(gone.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(model.setData(gone, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model.setChecked(u"internalusers"_s, u"alice"_s, true));
        QVERIFY(model.setChecked(u"roles"_s, u"r_new"_s, true));
        QCOMPARE(model.checkedCount(), 3);

        // Turning prune off again unchecks the removals and keeps the rest.
        QSignalSpy checkedChanged(&model, &CompareModel::checkedChanged);
        model.setPruneEnabled(false);
        QCOMPARE(checkedChanged.size(), 1);
        QCOMPARE(pointerTexts(model.checkedPointers()), QStringList {u"/roles/r_new"_s});
        QVERIFY(!(model.flags(gone) & Qt::ItemIsUserCheckable));
    }

    void keepsChecksAcrossARecompare()
    {
        CompareModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDifferences(differences());
        QVERIFY(model.setChecked(u"roles"_s, u"r_new"_s, true));
        // A new live configuration: r_changed now matches; the check on r_new survives, an "only live" one never.
        QJsonObject newLive = live();
        QJsonObject roles = newLive.value(u"roles"_s).toObject();
        roles.insert(u"r_changed"_s, source().value(u"roles"_s)[u"r_changed"_s]);
        newLive.insert(u"roles"_s, roles);
        model.setDifferences(SecurityAdminFiles::compareDocuments(source(), newLive),
                             model.checkedPointers() << JsonPointer({u"roles"_s, u"r_gone"_s}));
        QVERIFY(!model.indexFor(u"roles"_s, u"r_changed"_s).isValid());
        QCOMPARE(pointerTexts(model.checkedPointers()), QStringList {u"/roles/r_new"_s});

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.checkedCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCompareModel)
#include "TestCompareModel.moc"
