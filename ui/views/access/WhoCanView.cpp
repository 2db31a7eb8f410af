#include "ui/views/access/WhoCanView.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "app/access/AccessConfig.h"
#include "app/access/AccessQueries.h"
#include "app/json/JsonPointer.h"
#include "app/store/AccessConfigStore.h"
#include "app/store/ClusterSession.h"
#include "ui/views/access/AccessViewLink.h"

using namespace Qt::StringLiterals;

namespace {

enum Column { SubjectColumn, KindColumn, StatusColumn, RolesColumn };

} // namespace

WhoCanView::WhoCanView(ClusterSession *session, AccessConfigStore *store, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_store(store)
    , m_index(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_ask(new QPushButton(tr("Who can?"), this))
    , m_status(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_actions(new QStringListModel(this))
{
    setObjectName(u"whoCanView"_s);
    m_index->setObjectName(u"whoCanIndex"_s);
    m_index->setPlaceholderText(tr("an index, alias or pattern; empty for a cluster action"));
    m_index->setAccessibleName(tr("Index"));
    m_action->setObjectName(u"whoCanAction"_s);
    m_action->setEditable(true);
    m_action->setModel(m_actions);
    m_action->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_action->completer()->setFilterMode(Qt::MatchContains);
    m_action->setInsertPolicy(QComboBox::NoInsert);
    m_action->setAccessibleName(tr("Action"));
    m_action->setMinimumContentsLength(28);
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ask->setObjectName(u"whoCanButton"_s);
    m_status->setObjectName(u"whoCanStatus"_s);
    m_status->setWordWrap(true);
    m_list->setObjectName(u"whoCanResult"_s);
    m_list->setAccessibleName(tr("Who can"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Subject"), tr("Kind"), tr("Status"), tr("Granting roles")});
    // Fixed widths, uniform rows: thousands of subjects must not be measured on the GUI thread.
    m_list->setUniformRowHeights(true);
    const int character = m_list->fontMetrics().averageCharWidth();
    m_list->header()->resizeSection(SubjectColumn, character * 28);
    m_list->header()->resizeSection(KindColumn, character * 16);
    m_list->header()->resizeSection(StatusColumn, character * 12);
    m_list->setToolTip(tr("Double-click: the user, or the granting role, in the tree"));

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("I&ndex:"), this));
    row->addWidget(m_index, 1);
    auto *actionLabel = new QLabel(tr("A&ction:"), this);
    actionLabel->setBuddy(m_action);
    row->addWidget(actionLabel);
    row->addWidget(m_action, 1);
    row->addWidget(m_ask);
    qobject_cast<QLabel *>(row->itemAt(0)->widget())->setBuddy(m_index);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    setTabOrder(m_index, m_action);
    setTabOrder(m_action, m_ask);
    setTabOrder(m_ask, m_list);

    connect(m_ask, &QPushButton::clicked, this, &WhoCanView::ask);
    connect(m_index, &QLineEdit::returnPressed, this, &WhoCanView::ask);
    connect(m_list, &QTreeWidget::itemActivated, this, &WhoCanView::open);
    m_link = new AccessViewLink(this, m_session, m_store, m_status, [this] { updateCompletions(); });
    m_action->setEditText(u"search"_s);
    m_status->setText(tr("Give an index and an action: the users and backend roles allowed are listed."));
}

void WhoCanView::updateCompletions()
{
    const QString action = m_action->currentText();
    m_actions->setStringList(AccessQueries::actionCompletions(m_session->configuration().document));
    m_action->setEditText(action.isEmpty() ? u"search"_s : action);
}

void WhoCanView::setQuery(const QString &index, const QString &action)
{
    m_index->setText(index);
    m_action->setEditText(action);
}

void WhoCanView::askFor(const QString &pointer)
{
    const auto [index, action] = AccessQueries::whoCanQueryFor(m_session->configuration().document, pointer);
    setQuery(index, action);
    ask();
}

void WhoCanView::ask()
{
    const QString action = m_action->currentText().trimmed();
    if (action.isEmpty()) {
        m_status->setText(tr("Give an action."));
        return;
    }
    run(m_index->text().trimmed(), action);
}

void WhoCanView::run(const QString &index, const QString &action)
{
    const auto ask = [this, index, action] { run(index, action); };
    m_link->askAgainOnChange(ask);
    std::optional<AccessSnapshot> snapshot = m_link->snapshot(ask);
    if (!snapshot)
        return;
    m_busy = true;
    m_status->setText(tr("Evaluating every user and backend role\u2026"));
    m_evaluations.run(
        [snapshot = std::move(*snapshot), index, action](const CancelToken &cancel) {
            return AccessQueries::whoCan(*snapshot.config, snapshot.metadata, action, index,
                                         [cancel] { return cancel.isCancelled(); });
        },
        [this, index, action](const QList<WhoCanEntry> &entries) { showEntries(entries, index, action); });
}

void WhoCanView::showEntries(const QList<WhoCanEntry> &entries, const QString &index, const QString &action)
{
    m_busy = false;
    m_entries = entries;
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(entries.size());
    for (const WhoCanEntry &entry : entries) {
        const bool user = entry.kind == WhoCanEntry::Kind::InternalUser;
        auto *item = new QTreeWidgetItem({entry.subject, user ? tr("user") : tr("backend role"),
                                          entry.status == AccessStatus::Allowed ? tr("allowed") : tr("partial"),
                                          entry.roles.join(u", "_s)});
        item->setData(SubjectColumn, Qt::UserRole,
                      user ? u"/internalusers/"_s + JsonPointer::escapeToken(entry.subject) : QString());
        item->setData(RolesColumn, Qt::UserRole,
                      entry.roles.isEmpty() ? QString() : u"/roles/"_s + JsonPointer::escapeToken(entry.roles.first()));
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    const QString what = AccessQueries::actionFrom(action);
    m_status->setText(index.isEmpty()
                          ? tr("%n subject(s) may %1.", nullptr, int(entries.size())).arg(what)
                          : tr("%n subject(s) may %1 on %2.", nullptr, int(entries.size())).arg(what, index));
    emit resultShown();
}

void WhoCanView::open(QTreeWidgetItem *item, int column)
{
    QString pointer = item->data(column == RolesColumn ? RolesColumn : SubjectColumn, Qt::UserRole).toString();
    if (pointer.isEmpty())
        pointer = item->data(RolesColumn, Qt::UserRole).toString();
    if (!pointer.isEmpty())
        emit entityRequested(pointer);
}
