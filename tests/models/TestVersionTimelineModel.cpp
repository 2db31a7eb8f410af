#include <QAbstractItemModelTester>
#include <QtTest>

#include "app/models/VersionTimelineModel.h"

using namespace Qt::StringLiterals;

namespace {

ConfigVersion version(const QString &id, const QJsonObject &roles, const QString &user = u"system"_s)
{
    ConfigVersion v;
    v.id = id;
    v.number = ConfigVersions::parseNumber(id);
    v.timestampText = u"2026-01-01T00:00:00.000000000Z"_s;
    v.timestamp = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()).addSecs(v.number);
    v.modifiedBy = user;
    QJsonObject data = roles;
    data.insert(u"_meta"_s, QJsonObject {{u"type"_s, u"roles"_s}, {u"config_version"_s, 2}});
    v.securityConfigs.insert(u"roles"_s, QJsonObject {{u"lastUpdated"_s, v.timestampText}, {u"configData"_s, data}});
    QJsonObject tenants {{u"_meta"_s, QJsonObject {{u"type"_s, u"tenants"_s}, {u"config_version"_s, 2}}}};
    v.securityConfigs.insert(u"tenants"_s,
                             QJsonObject {{u"lastUpdated"_s, v.timestampText}, {u"configData"_s, tenants}});
    return v;
}

QJsonObject role(const QString &permission)
{
    return {{u"cluster_permissions"_s, QJsonArray {permission}}};
}

} // namespace

// VersionTimelineModel: newest first in numeric order, change counts against the previous version.
class TestVersionTimelineModel : public QObject
{
    Q_OBJECT

private slots:
    void newestFirstNumericallyWithCounts()
    {
        VersionTimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // Given out of order on purpose: v10 must come before v2 (a text sort would put v2 first).
        model.setVersions({version(u"v10"_s, {{u"a"_s, role(u"x"_s)}, {u"b"_s, role(u"y"_s)}}, u"admin"_s),
                           version(u"v1"_s, {}), version(u"v2"_s, {{u"a"_s, role(u"z"_s)}})});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        auto at = [&](int row, int role) { return model.data(model.index(row), role); };
        QCOMPARE(at(0, VersionTimelineModel::IdRole).toString(), u"v10"_s);
        QCOMPARE(at(1, VersionTimelineModel::IdRole).toString(), u"v2"_s);
        QCOMPARE(at(2, VersionTimelineModel::IdRole).toString(), u"v1"_s);
        QCOMPARE(at(0, Qt::DisplayRole).toString(), u"v10"_s);
        QCOMPARE(at(0, VersionTimelineModel::NumberRole).toLongLong(), 10);
        QCOMPARE(at(0, VersionTimelineModel::ModifiedByRole).toString(), u"admin"_s);
        QVERIFY(at(0, VersionTimelineModel::IsNewestRole).toBool());
        QVERIFY(!at(1, VersionTimelineModel::IsNewestRole).toBool());
        QCOMPARE(model.newestId(), u"v10"_s);

        // v10 against v2: a changed permission in a, b added -> changes in roles only.
        const QVariantMap counts10 = at(0, VersionTimelineModel::ChangeCountsRole).toMap();
        QCOMPARE(counts10.keys(), QStringList {u"roles"_s});
        QCOMPARE(counts10.value(u"roles"_s).toInt(), at(0, VersionTimelineModel::TotalChangesRole).toInt());
        QVERIFY(at(0, VersionTimelineModel::TotalChangesRole).toInt() >= 2);
        // v2 against v1: one role added.
        QCOMPARE(at(1, VersionTimelineModel::ChangeCountsRole).toMap(), (QVariantMap {{u"roles"_s, 1}}));
        QCOMPARE(at(1, VersionTimelineModel::TotalChangesRole).toInt(), 1);
        // The oldest has nothing to compare with.
        QVERIFY(at(2, VersionTimelineModel::ChangeCountsRole).toMap().isEmpty());
        QCOMPARE(at(2, VersionTimelineModel::TotalChangesRole).toInt(), 0);

        QVERIFY(model.roleNames().values().contains("modifiedBy"));
        model.setVersions({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.newestId().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVersionTimelineModel)
#include "TestVersionTimelineModel.moc"
