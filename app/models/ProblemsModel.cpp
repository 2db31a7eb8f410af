#include "app/models/ProblemsModel.h"

#include <QSet>

#include "app/json/JsonPointer.h"

using namespace Qt::StringLiterals;

ProblemsModel::ProblemsModel(QObject *parent) : QAbstractTableModel(parent) { }

void ProblemsModel::setFindings(const QList<LintFinding> &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

int ProblemsModel::count(LintSeverity severity) const
{
    return int(std::count_if(m_findings.cbegin(), m_findings.cend(),
                             [severity](const LintFinding &f) { return f.severity == severity; }));
}

QStringList ProblemsModel::ruleIds() const
{
    QSet<QString> ids;
    for (const LintFinding &finding : m_findings)
        ids.insert(finding.rule);
    QStringList sorted(ids.cbegin(), ids.cend());
    sorted.sort();
    return sorted;
}

QString ProblemsModel::entityPointer(const LintFinding &finding)
{
    if (finding.type.isEmpty())
        return {};
    if (finding.entity.isEmpty())
        return u'/' + finding.type;
    return JsonPointer({finding.type, finding.entity}).toString();
}

QString ProblemsModel::severityText(LintSeverity severity)
{
    switch (severity) {
    case LintSeverity::Critical:
        return tr("critical");
    case LintSeverity::High:
        return tr("high");
    case LintSeverity::Medium:
        return tr("medium");
    case LintSeverity::Info:
        return tr("info");
    }
    return {};
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LintFinding &finding = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityText(finding.severity);
        case RuleColumn:
            return finding.rule;
        case EntityColumn:
            return finding.entity.isEmpty() ? finding.type : finding.type + u'/' + finding.entity;
        case MessageColumn:
            return finding.message;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines {finding.message};
        if (const LintRule *rule = Lint::rule(finding.rule))
            lines << rule->title + u": "_s + rule->explanation;
        if (!finding.note.isEmpty())
            lines << tr("Note: %1").arg(finding.note);
        lines << finding.pointer;
        if (!finding.fix.isEmpty())
            lines << tr("A fix is offered (Fix\u2026).");
        return lines.join(u'\n');
    }
    case SeverityRole:
        return int(finding.severity);
    case RuleRole:
        return finding.rule;
    case TypeRole:
        return finding.type;
    case EntityRole:
        return finding.entity;
    case PointerRole:
        return finding.pointer;
    case NoteRole:
        return finding.note;
    case FixRole:
        return finding.fix;
    case HasFixRole:
        return !finding.fix.isEmpty();
    default:
        return {};
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case EntityColumn:
        return tr("Entity");
    case MessageColumn:
        return tr("Problem");
    }
    return {};
}

ProblemsFilterModel::ProblemsFilterModel(QObject *parent) : QSortFilterProxyModel(parent) { }

void ProblemsFilterModel::setSeverity(std::optional<LintSeverity> severity)
{
    if (m_severity == severity)
        return;
    m_severity = severity;
    invalidateFilter();
}

void ProblemsFilterModel::setRule(const QString &rule)
{
    if (m_rule == rule)
        return;
    m_rule = rule;
    invalidateFilter();
}

bool ProblemsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_severity && index.data(ProblemsModel::SeverityRole).toInt() != int(*m_severity))
        return false;
    return m_rule.isEmpty() || index.data(ProblemsModel::RuleRole).toString() == m_rule;
}
