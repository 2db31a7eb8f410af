#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

#include "app/lint/Lint.h"
#include "app/models/ConfigTreeModel.h"
#include "app/models/ProblemsModel.h"

using namespace Qt::StringLiterals;

namespace {

LintFinding finding(const QString &rule, LintSeverity severity, const QString &type, const QString &entity,
                    const QString &pointer, const QJsonArray &fix = {})
{
    LintFinding f;
    f.rule = rule;
    f.severity = severity;
    f.type = type;
    f.entity = entity;
    f.pointer = pointer;
    f.message = rule + u" on "_s + entity;
    f.fix = fix;
    return f;
}

QList<LintFinding> sample()
{
    const QJsonArray removeStar {QJsonObject {{u"op"_s, u"remove"_s}, {u"path"_s, u"/rolesmapping/readall/users/0"_s}}};
    return {
        finding(u"mapping-matches-everyone"_s, LintSeverity::Critical, u"rolesmapping"_s, u"readall"_s,
                u"/rolesmapping/readall/users/0"_s, removeStar),
        finding(u"mapping-to-missing-role"_s, LintSeverity::High, u"rolesmapping"_s, u"a/b"_s, u"/rolesmapping/a~1b"_s),
        finding(u"unused-role"_s, LintSeverity::Info, u"roles"_s, u"lonely"_s, u"/roles/lonely"_s),
        finding(u"unused-role"_s, LintSeverity::Info, u"roles"_s, u"other"_s, u"/roles/other"_s),
        finding(u"engine-setting-ignored"_s, LintSeverity::Info, u"config"_s, QString(),
                u"/config/dynamic/do_not_fail_on_forbidden"_s)};
}

} // namespace

// ProblemsModel and ProblemsFilterModel (the Problems dock's data), and the lint roles of ConfigTreeModel (the tree's
// badges): no widgets.
class TestProblemsModel : public QObject
{
    Q_OBJECT

private slots:
    void columnsAndRoles()
    {
        ProblemsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setFindings(sample());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(ProblemsModel::ColumnCount));
        const QModelIndex first = model.index(0, ProblemsModel::SeverityColumn);
        QCOMPARE(first.data().toString(), u"critical"_s);
        QCOMPARE(model.index(0, ProblemsModel::RuleColumn).data().toString(), u"mapping-matches-everyone"_s);
        QCOMPARE(model.index(0, ProblemsModel::EntityColumn).data().toString(), u"rolesmapping/readall"_s);
        QCOMPARE(model.index(4, ProblemsModel::EntityColumn).data().toString(), u"config"_s);
        QCOMPARE(model.index(0, ProblemsModel::MessageColumn).data().toString(),
                 u"mapping-matches-everyone on readall"_s);
        QCOMPARE(first.data(ProblemsModel::SeverityRole).toInt(), int(LintSeverity::Critical));
        QCOMPARE(first.data(ProblemsModel::PointerRole).toString(), u"/rolesmapping/readall/users/0"_s);
        QVERIFY(first.data(ProblemsModel::HasFixRole).toBool());
        QCOMPARE(first.data(ProblemsModel::FixRole).toJsonArray().size(), 1);
        QVERIFY(!model.index(1, 0).data(ProblemsModel::HasFixRole).toBool());
        QVERIFY(first.data(Qt::ToolTipRole).toString().contains(u"Fix"_s));
        QCOMPARE(model.headerData(ProblemsModel::MessageColumn, Qt::Horizontal).toString(), u"Problem"_s);

        QCOMPARE(model.count(LintSeverity::Critical), 1);
        QCOMPARE(model.count(LintSeverity::High), 1);
        QCOMPARE(model.count(LintSeverity::Medium), 0);
        QCOMPARE(model.count(LintSeverity::Info), 3);
        QCOMPARE(model.ruleIds(), QStringList({u"engine-setting-ignored"_s, u"mapping-matches-everyone"_s,
                                               u"mapping-to-missing-role"_s, u"unused-role"_s}));

        model.setFindings({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.size(), 2);
    }

    void entityPointer()
    {
        const QList<LintFinding> findings = sample();
        QCOMPARE(ProblemsModel::entityPointer(findings.at(0)), u"/rolesmapping/readall"_s);
        QCOMPARE(ProblemsModel::entityPointer(findings.at(1)), u"/rolesmapping/a~1b"_s); // RFC 6901 escaped
        QCOMPARE(ProblemsModel::entityPointer(findings.at(4)), u"/config"_s);
    }

    void filterBySeverityAndRule()
    {
        ProblemsModel model;
        model.setFindings(sample());
        ProblemsFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(filter.rowCount(), 5);
        filter.setSeverity(LintSeverity::Info);
        QCOMPARE(filter.rowCount(), 3);
        filter.setRule(u"unused-role"_s);
        QCOMPARE(filter.rowCount(), 2);
        for (int row = 0; row < filter.rowCount(); ++row)
            QCOMPARE(filter.index(row, 0).data(ProblemsModel::RuleRole).toString(), u"unused-role"_s);
        filter.setSeverity(LintSeverity::Critical);
        QCOMPARE(filter.rowCount(), 0);
        filter.setSeverity(std::nullopt);
        QCOMPARE(filter.rowCount(), 2);
        filter.setRule(QString());
        QCOMPARE(filter.rowCount(), 5);
        // New findings keep the filter.
        filter.setSeverity(LintSeverity::High);
        model.setFindings(sample().mid(0, 2));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, ProblemsModel::RuleColumn).data().toString(), u"mapping-to-missing-role"_s);
    }

    // The tree's badge roles: the most severe finding per entity, lines for the tooltip; kept across a new load.
    void treeBadgeRoles()
    {
        const QJsonObject document {
            {u"roles"_s, QJsonObject {{u"lonely"_s, QJsonObject {}}, {u"quiet"_s, QJsonObject {}}}},
            {u"rolesmapping"_s, QJsonObject {{u"readall"_s, QJsonObject {{u"users"_s, QJsonArray {u"*"_s}}}}}},
            {u"config"_s, QJsonObject {{u"dynamic"_s, QJsonObject {}}}}};
        ConfigTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConfiguration(document);
        const auto at = [&model](const QString &pointer) {
            return model.indexForPointer(JsonPointer::parse(pointer).value());
        };
        QVERIFY(at(u"/roles/lonely"_s).isValid());
        QVERIFY(!at(u"/roles/lonely"_s).data(ConfigTreeModel::LintSeverityRole).isValid());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QList<LintFinding> findings = sample();
        findings << finding(u"reserved-edit"_s, LintSeverity::Medium, u"rolesmapping"_s, u"readall"_s,
                            u"/rolesmapping/readall"_s);
        model.setFindings(findings);
        QVERIFY(!changed.isEmpty());
        const QModelIndex readall = at(u"/rolesmapping/readall"_s);
        QCOMPARE(readall.data(ConfigTreeModel::LintSeverityRole).toInt(), int(LintSeverity::Critical));
        const QStringList lines = readall.data(ConfigTreeModel::LintFindingsRole).toStringList();
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.first().contains(u"mapping-matches-everyone"_s), qPrintable(lines.first()));
        QVERIFY(readall.data(Qt::ToolTipRole).toString().contains(u"mapping-matches-everyone on readall"_s));
        QCOMPARE(at(u"/roles/lonely"_s).data(ConfigTreeModel::LintSeverityRole).toInt(), int(LintSeverity::Info));
        QVERIFY(!at(u"/roles/quiet"_s).data(ConfigTreeModel::LintSeverityRole).isValid());
        // A member shows no badge; the config type carries the findings about the security config.
        QVERIFY(!at(u"/rolesmapping/readall/users"_s).data(ConfigTreeModel::LintSeverityRole).isValid());
        QCOMPARE(at(u"/config"_s).data(ConfigTreeModel::LintSeverityRole).toInt(), int(LintSeverity::Info));

        // Kept across a new load of the same configuration, gone once cleared.
        model.setConfiguration(document);
        QCOMPARE(at(u"/rolesmapping/readall"_s).data(ConfigTreeModel::LintSeverityRole).toInt(),
                 int(LintSeverity::Critical));
        model.setFindings({});
        QVERIFY(!at(u"/rolesmapping/readall"_s).data(ConfigTreeModel::LintSeverityRole).isValid());
    }

    // Real findings from the linter land in the model in the linter's order (most severe first).
    void fromTheLinter()
    {
        const QJsonObject document {
            {u"roles"_s, QJsonObject {{u"reader"_s, QJsonObject {}}}},
            {u"rolesmapping"_s, QJsonObject {{u"reader"_s, QJsonObject {{u"users"_s, QJsonArray {u"*"_s}}}}}}};
        ProblemsModel model;
        model.setFindings(Lint::run(document, LintContext()));
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.index(0, 0).data(ProblemsModel::SeverityRole).toInt(), int(LintSeverity::Critical));
        QVERIFY(model.ruleIds().contains(u"mapping-matches-everyone"_s));
    }
};

QTEST_GUILESS_MAIN(TestProblemsModel)
#include "TestProblemsModel.moc"
