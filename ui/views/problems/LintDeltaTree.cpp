#include "ui/views/problems/LintDeltaTree.h"

#include "app/models/ProblemsModel.h"
#include "ui/views/problems/LintStyle.h"

using namespace Qt::StringLiterals;

namespace {

QTreeWidgetItem *findingItem(QTreeWidgetItem *parent, const LintFinding &finding)
{
    auto *item = new QTreeWidgetItem(
        parent, {LintStyle::mark(finding.severity) + u' ' + ProblemsModel::severityText(finding.severity), finding.rule,
                 finding.entity.isEmpty() ? finding.type : finding.type + u'/' + finding.entity, finding.message});
    QString tip = finding.message + u'\n' + finding.pointer;
    if (!finding.note.isEmpty())
        tip += u'\n' + LintDeltaTree::tr("Note: %1").arg(finding.note);
    for (int column = 0; column < 4; ++column)
        item->setToolTip(column, tip);
    return item;
}

} // namespace

LintDeltaTree::LintDeltaTree(QWidget *parent) : QTreeWidget(parent)
{
    setHeaderLabels({tr("Severity"), tr("Rule"), tr("Entity"), tr("Problem")});
    setAccessibleName(tr("Problems the change introduces and resolves"));
    setWordWrap(false);
    setUniformRowHeights(true);
}

void LintDeltaTree::setDelta(const LintDelta &delta)
{
    clear();
    if (!delta.introduced.isEmpty()) {
        auto *group = new QTreeWidgetItem(this, {tr("Introduced by this change (%1)").arg(delta.introduced.size())});
        group->setFirstColumnSpanned(true);
        for (const LintFinding &finding : delta.introduced)
            findingItem(group, finding)->setForeground(0, LintStyle::text(palette(), finding.severity));
    }
    if (!delta.removed.isEmpty()) {
        auto *group = new QTreeWidgetItem(this, {tr("Resolved by this change (%1)").arg(delta.removed.size())});
        group->setFirstColumnSpanned(true);
        for (const LintFinding &finding : delta.removed)
            findingItem(group, finding);
    }
    expandAll();
    for (int column = 0; column < 3; ++column)
        resizeColumnToContents(column);
}

QList<LintFinding> LintDeltaTree::critical(const QList<LintFinding> &findings)
{
    QList<LintFinding> result;
    for (const LintFinding &finding : findings) {
        if (finding.severity == LintSeverity::Critical)
            result << finding;
    }
    return result;
}

bool LintDeltaTree::introducesSerious(const LintDelta &delta)
{
    return std::any_of(delta.introduced.cbegin(), delta.introduced.cend(),
                       [](const LintFinding &f) { return f.severity >= LintSeverity::High; });
}

QString LintDeltaTree::summary(const LintDelta &delta)
{
    const int introduced = int(delta.introduced.size());
    const int removed = int(delta.removed.size());
    const int criticals = int(critical(delta.introduced).size());
    QStringList parts;
    if (introduced == 0)
        parts << tr("No new findings.");
    else if (criticals > 0)
        parts << tr("\u2716 This change introduces %n problem(s), %1 of them critical.", nullptr, introduced)
                     .arg(criticals);
    else
        parts << tr("\u26a0 This change introduces %n problem(s).", nullptr, introduced);
    if (removed > 0)
        parts << tr("It resolves %n problem(s).", nullptr, removed);
    return parts.join(u' ');
}

QString LintDeltaTree::tabTitle(const LintDelta &delta)
{
    if (delta.isEmpty())
        return tr("Problems");
    return tr("Problems (+%1 / \u2212%2)").arg(delta.introduced.size()).arg(delta.removed.size());
}
