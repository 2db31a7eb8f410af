#include "ui/views/access/AccessChangesTree.h"

#include <QEvent>
#include <QHeaderView>

#include "ui/widgets/diff/DiffColours.h"

using namespace Qt::StringLiterals;

AccessChangesTree::AccessChangesTree(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Who, and what changes"), tr("Through")});
    setAccessibleName(tr("Access changes"));
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(0, QHeaderView::Interactive);
}

QString AccessChangesTree::summary(const AccessChanges &changes)
{
    if (changes.isEmpty())
        return tr("No access changes")
               + (changes.notes.isEmpty() ? QString() : u" ("_s + changes.notes.join(u' ') + u')');
    const qsizetype gaining = changes.gaining().size(), losing = changes.losing().size();
    QString text = losing == 0    ? tr("%n subject(s) gain access", nullptr, int(gaining))
                   : gaining == 0 ? tr("%n subject(s) lose access", nullptr, int(losing))
                                  : tr("%n subject(s) gain access, ", nullptr, int(gaining))
                                        + tr("%n lose some", nullptr, int(losing));
    if (!changes.notes.isEmpty())
        text += u' ' + changes.notes.join(u' ');
    return text;
}

QString AccessChangesTree::tabTitle(const AccessChanges &changes)
{
    const qsizetype subjects = changes.subjects().size();
    return subjects == 0 ? tr("Access") : tr("Access (%1)").arg(subjects);
}

void AccessChangesTree::setChanges(const AccessChanges &changes)
{
    m_changes = changes;
    fill();
}

void AccessChangesTree::changeEvent(QEvent *event)
{
    QTreeWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        fill();
}

void AccessChangesTree::fill()
{
    clear();
    // The changes come by subject; a change that reaches tens of thousands of users would keep the GUI thread busy
    // for seconds listing them all: the first subjects are listed, the others counted.
    constexpr int MaxSubjects = 300;
    QList<QList<const AccessChange *>> bySubject; // the first MaxSubjects subjects' changes
    qsizetype more = 0;                           // the subjects after them
    const AccessSubject *previous = nullptr;
    for (const AccessChange &change : m_changes.changes) {
        const bool next = !previous || !(*previous == change.subject);
        previous = &change.subject;
        if (next && bySubject.size() == MaxSubjects)
            ++more;
        if (more > 0)
            continue;
        if (next)
            bySubject.append(QList<const AccessChange *>());
        bySubject.last().append(&change);
    }
    const QColor gained = DiffColours::text(palette(), DiffColours::Tone::Added);
    const QColor lost = DiffColours::text(palette(), DiffColours::Tone::Removed);
    for (qsizetype index = 0; index < bySubject.size(); ++index) {
        const QList<const AccessChange *> &changes = bySubject.at(index);
        int gains = 0, losses = 0;
        auto *subjectItem = new QTreeWidgetItem(this);
        for (const AccessChange *change : changes) {
            const bool gain = change->gained();
            (gain ? gains : losses) += 1;
            auto *item = new QTreeWidgetItem(
                subjectItem, {(gain ? u"+ "_s : u"\u2212 "_s) + change->text(), change->roles.join(u", "_s)});
            item->setForeground(0, gain ? gained : lost);
            item->setToolTip(0, gain ? tr("Gained") : tr("Lost"));
        }
        subjectItem->setText(0, changes.constFirst()->subject.displayText() + u"  \u2014  "_s
                                    + (losses == 0  ? tr("gains %n", nullptr, gains)
                                       : gains == 0 ? tr("loses %n", nullptr, losses)
                                                    : tr("gains %1, loses %2").arg(gains).arg(losses)));
        QFont bold = subjectItem->font(0);
        bold.setBold(true);
        subjectItem->setFont(0, bold);
    }
    if (more > 0)
        new QTreeWidgetItem(
            this, {tr("%n more subject(s) change access: secdesk-cli plan --json lists them all", nullptr, int(more))});
    if (m_changes.isEmpty())
        new QTreeWidgetItem(this, {tr("No access changes")});
    for (const QString &note : m_changes.notes)
        new QTreeWidgetItem(this, {note});
    if (topLevelItemCount() <= 20)
        expandAll();
    resizeColumnToContents(0);
}
