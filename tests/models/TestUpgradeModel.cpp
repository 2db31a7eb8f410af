#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include "app/models/UpgradeModel.h"

using namespace Qt::StringLiterals;

// UpgradeModel: grouping by type, check boxes (type rows follow their entities), collision flags, and the seed's
// free-text rows (no check box); Upgrade::entries and Upgrade::results on both response shapes.
class TestUpgradeModel : public QObject
{
    Q_OBJECT

private:
    static QJsonObject live()
    {
        return {{u"roles"_s, QJsonObject {{u"mine"_s, QJsonObject {{u"cluster_permissions"_s, QJsonArray {u"a"_s}}}},
                                          {u"def"_s, QJsonObject {{u"reserved"_s, true}}},
                                          {u"stat"_s, QJsonObject {{u"static"_s, true}}}}}};
    }

    static UpgradeReport report()
    {
        UpgradeReport r;
        r.available = true;
        r.rows = {{u"roles"_s, u"add"_s, u"fresh"_s},
                  {u"roles"_s, u"modify"_s, u"mine"_s},
                  {u"roles"_s, u"modify"_s, u"def"_s},
                  {u"roles"_s, u"replace"_s, u"stat"_s}};
        return r;
    }

private slots:
    void entriesAndCollisions()
    {
        const QList<UpgradeEntry> entries = Upgrade::entries(report(), live());
        QCOMPARE(entries.size(), 4);
        QVERIFY(!entries.at(0).exists && !entries.at(0).collision);
        QVERIFY(entries.at(1).exists && entries.at(1).collision);
        QVERIFY(entries.at(2).reserved && !entries.at(2).collision);
        QVERIFY(entries.at(3).isStatic && !entries.at(3).collision);
        QCOMPARE(Upgrade::collisionWarnings(entries).size(), 1);
    }

    void checkBoxes()
    {
        UpgradeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(Upgrade::entries(report(), live()));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex roles = model.index(0, 0);
        QCOMPARE(model.rowCount(roles), 4);
        QCOMPARE(roles.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(model.checkedCount(), 4);
        QCOMPARE(model.checkedCollisions().size(), 1);

        QSignalSpy changed(&model, &UpgradeModel::checkedChanged);
        QVERIFY(model.setData(model.index(1, 0, roles), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(roles.data(Qt::CheckStateRole).toInt(), int(Qt::PartiallyChecked));
        QCOMPARE(model.checkedEntities(), (QStringList {u"fresh"_s, u"def"_s, u"stat"_s}));
        QVERIFY(model.checkedCollisions().isEmpty());

        QVERIFY(model.setData(roles, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.checkedCount(), 0);
        QCOMPARE(roles.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(model.setEntityChecked(u"def"_s, true));
        QVERIFY(!model.setEntityChecked(u"nope"_s, true));
        QCOMPARE(model.checkedEntities(), QStringList {u"def"_s});
        model.setAllChecked(true);
        QCOMPARE(model.checkedCount(), 4);

        const QModelIndex mine = model.index(1, 0, roles);
        QVERIFY(mine.data(UpgradeModel::CollisionRole).toBool());
        QVERIFY(!mine.data(UpgradeModel::WarningRole).toString().isEmpty());
        QCOMPARE(mine.data(UpgradeModel::EntityRole).toString(), u"mine"_s);
        QCOMPARE(model.index(1, UpgradeModel::OperationColumn, roles).data().toString(), u"modify"_s);
    }

    void seedSentences()
    {
        // The seed's shape: sentences, no operation and no entity to choose.
        const auto parsed = ResponseParsers::upgradePerform(
            QJsonObject {{u"status"_s, u"OK"_s},
                         {u"upgrades"_s, QJsonObject {{u"roles"_s, QJsonArray {u"Added permissions to x"_s}}}}});
        QVERIFY(parsed);
        UpgradeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(Upgrade::entries(*parsed, live()));
        QVERIFY(model.hasTextRows());
        QCOMPARE(model.checkableCount(), 0);
        const QModelIndex row = model.index(0, 0, model.index(0, 0));
        QVERIFY(!(model.flags(row) & Qt::ItemIsUserCheckable));
        QVERIFY(!model.data(row, Qt::CheckStateRole).isValid());
        QVERIFY(!model.setData(row, Qt::Checked, Qt::CheckStateRole));

        // Results for sentences: every entity of the type that differs.
        QJsonObject after = live();
        QJsonObject roles = after.value(u"roles"_s).toObject();
        roles.insert(u"x"_s, QJsonObject {{u"reserved"_s, true}});
        after.insert(u"roles"_s, roles);
        const QList<UpgradeEntityResult> results = Upgrade::results(parsed->rows, live(), after);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().entity, u"x"_s);
        QVERIFY(results.first().before.isUndefined());
        QCOMPARE(results.first().changes().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestUpgradeModel)
#include "TestUpgradeModel.moc"
