#include <QAbstractItemModelTester>
#include <QtTest>

#include "app/models/DiffTreeModel.h"
#include "tests/support/JsonTestUtil.h"

// The tree of changed paths: grouping, kinds, values, filters.
class TestDiffTreeModel : public QObject
{
    Q_OBJECT

private:
    static QList<JsonChange> sample()
    {
        const QJsonValue before = TestUtil::json(R"({
            "roles": {"r1": {"description": "one", "cluster_permissions": ["a"]}, "gone": {}},
            "internalusers": {"bob": {"backend_roles": []}}
        })");
        const QJsonValue after = TestUtil::json(R"({
            "roles": {"r1": {"description": "uno", "cluster_permissions": ["a", "b"]}, "new_role": {"x": 1}},
            "internalusers": {"bob": {"backend_roles": ["ops"]}}
        })");
        return JsonDiff::changes(before, after);
    }

private slots:
    void groupsByTypeAndEntity()
    {
        DiffTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChanges(sample());
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex users = model.index(0, 0);
        const QModelIndex roles = model.index(1, 0);
        QCOMPARE(users.data(DiffTreeModel::ConfigTypeRole).toString(), QStringLiteral("internalusers"));
        QCOMPARE(roles.data(DiffTreeModel::ConfigTypeRole).toString(), QStringLiteral("roles"));
        QCOMPARE(roles.data(DiffTreeModel::ChangeCountRole).toInt(), 4);
        QCOMPARE(roles.data(DiffTreeModel::ChangeKindRole).toInt(), -1);

        // Entities sorted: gone (removed as a whole), new_role (added as a whole), r1 (two paths).
        QCOMPARE(model.rowCount(roles), 3);
        const QModelIndex gone = model.index(0, 0, roles);
        QCOMPARE(gone.data().toString(), QStringLiteral("gone"));
        QCOMPARE(gone.data(DiffTreeModel::ChangeKindRole).toInt(), int(JsonChange::Kind::Removed));
        QCOMPARE(model.rowCount(gone), 0);
        QVERIFY(gone.data(DiffTreeModel::HasOldValueRole).toBool());
        QVERIFY(!gone.data(DiffTreeModel::HasNewValueRole).toBool());
        const QModelIndex added = model.index(1, 0, roles);
        QCOMPARE(added.data(DiffTreeModel::ChangeKindRole).toInt(), int(JsonChange::Kind::Added));
        JSON_COMPARE(added.data(DiffTreeModel::NewValueRole).toJsonValue(), TestUtil::json(R"({"x": 1})"));
        QCOMPARE(model.index(1, DiffTreeModel::KindColumn, roles).data().toString(), QStringLiteral("added"));

        const QModelIndex r1 = model.index(2, 0, roles);
        QCOMPARE(r1.data(DiffTreeModel::NodeLevelRole).value<DiffTreeModel::NodeLevel>(),
                 DiffTreeModel::NodeLevel::Entity);
        QCOMPARE(model.rowCount(r1), 2);
        QStringList paths;
        for (int row = 0; row < 2; ++row)
            paths << model.index(row, 0, r1).data().toString();
        paths.sort();
        QCOMPARE(paths, (QStringList {QStringLiteral("/cluster_permissions/1"), QStringLiteral("/description")}));
        const QModelIndex description = model.indexForPointer(QStringLiteral("/roles/r1/description"));
        QVERIFY(description.isValid());
        QCOMPARE(description.data(DiffTreeModel::OldValueRole).toJsonValue().toString(), QStringLiteral("one"));
        QCOMPARE(description.data(DiffTreeModel::NewValueRole).toJsonValue().toString(), QStringLiteral("uno"));
        QCOMPARE(model.index(description.row(), DiffTreeModel::OldValueColumn, r1).data().toString(),
                 QStringLiteral("\"one\""));
        QCOMPARE(model.changedTypes(), (QStringList {QStringLiteral("internalusers"), QStringLiteral("roles")}));
    }

    void filters()
    {
        DiffTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChanges(sample());
        model.setTypeFilter(QStringLiteral("roles"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.visibleChanges().size(), 4);
        model.setEntityFilter(QStringLiteral("R1"));
        QCOMPARE(model.rowCount(model.index(0, 0)), 1);
        QCOMPARE(model.visibleChanges().size(), 2);
        model.setEntityFilter(QString());
        model.setKindFilter({JsonChange::Kind::Added});
        QCOMPARE(model.visibleChanges().size(), 2); // new_role and cluster_permissions/1
        model.setTypeFilter(QStringLiteral("tenants"));
        QCOMPARE(model.rowCount(), 0);
        model.setTypeFilter(QString());
        model.setKindFilter({});
        QCOMPARE(model.rowCount(), 2);
        model.setChanges({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDiffTreeModel)
#include "TestDiffTreeModel.moc"
