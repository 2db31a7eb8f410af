#include "ui/widgets/diff/DiffTreeView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "app/models/DiffTreeModel.h"
#include "ui/widgets/diff/DiffColours.h"

namespace {

// Tints rows by their change kind and colours the kind column; reads only the model's roles.
class DiffTreeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const int kind = index.data(DiffTreeModel::ChangeKindRole).toInt();
        if (kind < 0)
            return;
        const auto level = index.data(DiffTreeModel::NodeLevelRole).value<DiffTreeModel::NodeLevel>();
        const DiffColours::Tone tone = kind == int(JsonChange::Kind::Added)     ? DiffColours::Tone::Added
                                       : kind == int(JsonChange::Kind::Removed) ? DiffColours::Tone::Removed
                                                                                : DiffColours::Tone::Changed;
        const QPalette &palette = option->palette;
        if (index.column() == DiffTreeModel::KindColumn) {
            option->palette.setColor(QPalette::Text, DiffColours::text(palette, tone));
            option->font.setBold(true);
        }
        const bool leaf =
            level == DiffTreeModel::NodeLevel::Path || !index.model()->hasChildren(index.siblingAtColumn(0));
        if (leaf)
            option->backgroundBrush = DiffColours::background(palette, tone);
    }
};

QToolButton *kindButton(QWidget *parent, const QString &text, const QString &name)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setObjectName(name);
    button->setCheckable(true);
    button->setChecked(true);
    button->setAutoRaise(true);
    return button;
}

} // namespace

DiffTreeView::DiffTreeView(QWidget *parent)
    : QWidget(parent)
    , m_model(new DiffTreeModel(this))
    , m_type(new QComboBox(this))
    , m_entity(new QLineEdit(this))
    , m_added(kindButton(this, tr("Added"), QStringLiteral("diffShowAdded")))
    , m_removed(kindButton(this, tr("Removed"), QStringLiteral("diffShowRemoved")))
    , m_changed(kindButton(this, tr("Changed"), QStringLiteral("diffShowChanged")))
    , m_tree(new QTreeView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("diffTreeView"));
    m_type->setObjectName(QStringLiteral("diffTypeFilter"));
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_entity->setObjectName(QStringLiteral("diffEntityFilter"));
    m_entity->setPlaceholderText(tr("Filter entities"));
    m_entity->setClearButtonEnabled(true);
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_tree->setObjectName(QStringLiteral("diffTree"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new DiffTreeDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(DiffTreeModel::NameColumn, 200);
    // At least as wide as its translated title ("Modification").
    m_tree->header()->resizeSection(DiffTreeModel::KindColumn,
                                    qMax(70, m_tree->header()->sectionSizeHint(DiffTreeModel::KindColumn)));
    m_tree->header()->resizeSection(DiffTreeModel::OldValueColumn, 150);
    m_type->setAccessibleName(tr("Type of the changes shown"));
    m_entity->setAccessibleName(tr("Filter entities"));
    m_tree->setAccessibleName(tr("Changed paths"));
    m_added->setAccessibleDescription(tr("Show added paths"));
    m_removed->setAccessibleDescription(tr("Show removed paths"));
    m_changed->setAccessibleDescription(tr("Show changed paths"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_type);
    filters->addWidget(m_entity, 1);
    filters->addWidget(m_added);
    filters->addWidget(m_removed);
    filters->addWidget(m_changed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);

    connect(m_type, &QComboBox::currentIndexChanged, this, &DiffTreeView::applyFilter);
    connect(m_entity, &QLineEdit::textChanged, this, &DiffTreeView::applyFilter);
    for (QToolButton *button : {m_added, m_removed, m_changed})
        connect(button, &QToolButton::toggled, this, &DiffTreeView::applyFilter);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit entitySelected(index.data(DiffTreeModel::ConfigTypeRole).toString(),
                                index.data(DiffTreeModel::EntityRole).toString(),
                                index.data(DiffTreeModel::PointerRole).toString());
    });
    setChanges({});
}

void DiffTreeView::setChanges(const QList<JsonChange> &changes)
{
    const QString type = m_type->currentData().toString();
    m_model->setChanges(changes);
    const QSignalBlocker blocker(m_type);
    m_type->clear();
    m_type->addItem(tr("All types"), QString());
    for (const QString &changed : m_model->changedTypes())
        m_type->addItem(changed, changed);
    m_type->setCurrentIndex(std::max(0, m_type->findData(type)));
    applyFilter();
}

void DiffTreeView::applyFilter()
{
    QSet<JsonChange::Kind> kinds;
    if (m_added->isChecked())
        kinds.insert(JsonChange::Kind::Added);
    if (m_removed->isChecked())
        kinds.insert(JsonChange::Kind::Removed);
    if (m_changed->isChecked())
        kinds.insert(JsonChange::Kind::Changed);
    if (kinds.size() == 3)
        kinds.clear();
    else if (kinds.isEmpty())
        kinds.insert(JsonChange::Kind(-1)); // nothing checked: nothing shown
    const QString type = m_type->currentData().toString();
    m_model->setKindFilter(kinds);
    m_model->setTypeFilter(type);
    m_model->setEntityFilter(m_entity->text());
    // Small diffs are read in full; big ones open at the type level.
    int nodes = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        nodes += m_model->rowCount(m_model->index(row, 0));
    if (nodes <= 200)
        m_tree->expandAll();
    updateSummary();
    emit filterChanged(type, m_entity->text());
}

void DiffTreeView::updateSummary()
{
    const QList<JsonChange> visible = m_model->visibleChanges();
    int added = 0;
    int removed = 0;
    for (const JsonChange &change : visible) {
        added += change.kind == JsonChange::Kind::Added;
        removed += change.kind == JsonChange::Kind::Removed;
    }
    const int changed = int(visible.size()) - added - removed;
    m_summary->setText(tr("%1 added, %2 removed, %3 changed").arg(added).arg(removed).arg(changed));
}
