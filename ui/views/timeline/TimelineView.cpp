#include "ui/views/timeline/TimelineView.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include "app/domain/ConfigBlame.h"
#include "app/domain/PatchPreview.h"
#include "app/domain/WriteSecrets.h"
#include "app/models/ConfigTreeModel.h"
#include "app/models/DiffTreeModel.h"
#include "app/models/TimelineJobs.h"
#include "app/models/VersionTimelineModel.h"
#include "app/store/ClusterSession.h"
#include "app/store/VersionStore.h"
#include "ui/views/configtree/ConfigTreeDelegate.h"
#include "ui/views/timeline/TimelineDelegate.h"
#include "ui/widgets/diff/DiffTreeView.h"
#include "ui/widgets/diff/SideBySideDiffView.h"

using namespace Qt::StringLiterals;

namespace {

// What a comparison of whole configurations may look at: no statics (versions never hold them), secrets redacted.
QJsonObject comparable(const QJsonObject &document)
{
    return WriteSecrets::redactDocument(ConfigVersions::withoutStatics(document));
}

} // namespace

TimelineView::TimelineView(ClusterSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new VersionTimelineModel(this))
    , m_list(new QListView(this))
    , m_message(new QLabel(this))
    , m_compare(new QComboBox(this))
    , m_diffTree(new DiffTreeView(this))
    , m_sideBySide(new SideBySideDiffView(this))
    , m_diffStatus(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_configModel(new ConfigTreeModel(this))
    , m_configTree(new QTreeView(this))
    , m_reveal(new QCheckBox(tr("Reveal hashes"), this))
    , m_reload(new QPushButton(tr("Reload"), this))
    , m_rollback(new QPushButton(tr("Roll back to this version\u2026"), this))
    , m_undo(new QPushButton(tr("Undo the last change\u2026"), this))
    , m_restore(new QPushButton(tr("Restore selected entity/type\u2026"), this))
    , m_export(new QPushButton(tr("E&xport this version\u2026"), this))
{
    setObjectName(u"timelineView"_s);
    m_list->setObjectName(u"timelineList"_s);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new TimelineDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setToolTip(tr("Versions are recorded by the cluster after every change; newest first"));
    m_list->setMinimumWidth(260);
    m_message->setObjectName(u"timelineMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_compare->setObjectName(u"timelineCompareCombo"_s);
    m_compare->setToolTip(tr("What the selected version is compared with"));
    m_diffTree->setObjectName(u"timelineDiffTree"_s);
    m_sideBySide->setObjectName(u"timelineSideBySide"_s);
    m_diffStatus->setObjectName(u"timelineDiffStatus"_s);
    m_reload->setObjectName(u"timelineReloadButton"_s);
    m_rollback->setObjectName(u"timelineRollbackButton"_s);
    m_undo->setObjectName(u"timelineUndoButton"_s);
    m_restore->setObjectName(u"timelineRestoreButton"_s);
    m_export->setObjectName(u"timelineExportButton"_s);
    m_export->setToolTip(tr("Write the selected version as securityadmin files, with its password hashes"));
    // The same from the list's context menu.
    auto *exportAction = new QAction(tr("Export this version\u2026"), m_list);
    exportAction->setObjectName(u"actionTimelineExport"_s);
    m_list->addAction(exportAction);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(exportAction, &QAction::triggered, m_export, &QPushButton::click);
    m_rollback->setToolTip(tr("Make the live configuration what it was in the selected version"));
    m_restore->setToolTip(tr("Restore only the entity or type selected in the changes to the selected version"));

    auto *compareRow = new QHBoxLayout;
    auto *compareLabel = new QLabel(tr("Compare with:"), this);
    compareLabel->setBuddy(m_compare); // its accessible name
    compareRow->addWidget(compareLabel);
    compareRow->addWidget(m_compare, 1);
    compareRow->addWidget(m_diffStatus, 1);
    auto *diffPane = new QWidget(this);
    auto *diffLayout = new QVBoxLayout(diffPane);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addLayout(compareRow);
    auto *diffSplitter = new QSplitter(Qt::Vertical, diffPane);
    diffSplitter->addWidget(m_diffTree);
    diffSplitter->addWidget(m_sideBySide);
    diffSplitter->setStretchFactor(0, 1);
    diffSplitter->setStretchFactor(1, 2);
    diffLayout->addWidget(diffSplitter, 1);
    // The selected version's whole configuration, as in the main tree; password hashes only on purpose.
    auto *configPane = new QWidget(this);
    auto *configLayout = new QVBoxLayout(configPane);
    configLayout->setContentsMargins(0, 0, 0, 0);
    m_reveal->setObjectName(u"timelineRevealHashes"_s);
    m_reveal->setToolTip(tr("Show the password hashes stored in this version (they are never logged or saved)"));
    m_configTree->setObjectName(u"timelineConfigTree"_s);
    m_configTree->setAccessibleName(tr("Configuration of the selected version"));
    m_list->setAccessibleName(tr("Versions"));
    m_list->setAccessibleDescription(m_list->toolTip());
    m_configTree->setModel(m_configModel);
    m_configTree->setItemDelegate(new ConfigTreeDelegate(m_configTree));
    m_configTree->setUniformRowHeights(true);
    m_configTree->header()->resizeSection(ConfigTreeModel::NameColumn, 300);
    configLayout->addWidget(m_reveal);
    configLayout->addWidget(m_configTree, 1);
    m_tabs->setObjectName(u"timelineTabs"_s);
    m_tabs->addTab(diffPane, tr("Changes"));
    m_tabs->addTab(configPane, tr("Configuration"));
    // Tab: the versions, then the tabs above the comparison, then what is in the current tab.
    setTabOrder(m_list, m_tabs);
    setTabOrder(m_tabs, m_compare);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 900});

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reload);
    buttons->addWidget(m_export);
    buttons->addStretch();
    buttons->addWidget(m_restore);
    buttons->addWidget(m_undo);
    buttons->addWidget(m_rollback);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_reload, &QPushButton::clicked, this, &TimelineView::reload);
    connect(m_rollback, &QPushButton::clicked, this, [this] { rollbackTo(selectedId()); });
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (m_store)
            rollbackTo(m_store->previousId());
    });
    connect(m_restore, &QPushButton::clicked, this, &TimelineView::restoreSelected);
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (const ConfigVersion *version = findVersion(selectedId()))
            emit exportRequested(*version);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateButtons();
        computeDiff();
        m_reveal->setChecked(false); // revealed for one version at a time, on purpose
        showVersionConfiguration();
    });
    connect(m_reveal, &QCheckBox::toggled, this, &TimelineView::showVersionConfiguration);
    connect(m_tabs, &QTabWidget::currentChanged, this, &TimelineView::showVersionConfiguration);
    connect(m_compare, &QComboBox::currentIndexChanged, this, &TimelineView::computeDiff);
    connect(m_diffTree, &DiffTreeView::filterChanged, m_sideBySide, &SideBySideDiffView::setFilter);
    connect(m_diffTree, &DiffTreeView::entitySelected, this, [this](const QString &type, const QString &entity) {
        m_sideBySide->scrollToEntity(type, entity);
        updateButtons();
    });
    // A new live configuration (after a write, F5) changes every "version -> live" diff.
    connect(m_session, &ClusterSession::configurationLoaded, this, [this] {
        if (m_store != m_session->versions()) {
            m_configShown.clear(); // another cluster's "v1" is another configuration
            m_model->setVersions({});
            if (isVisible())
                reload();
        }
        computeDiff();
    });
    updateButtons();
}

TimelineView::~TimelineView() = default;

VersionStore *TimelineView::store() const
{
    return m_store;
}

void TimelineView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    const bool storeChanged = m_store != m_session->versions();
    ensureStore();
    if (!m_store || storeChanged || m_store->state() == VersionStore::State::Empty)
        reload();
    else if (m_store->state() == VersionStore::State::Loaded)
        onLoaded(); // loaded while hidden (after a write, for another view)
}

void TimelineView::ensureStore()
{
    // The session's store, shared with the other views and the write coordinator: a write's new version shows here
    // without this view asking.
    VersionStore *store = m_session->versions();
    if (store == m_store)
        return;
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    m_configShown.clear();
    if (!m_store)
        return;
    connect(m_store, &VersionStore::loaded, this, &TimelineView::onLoaded);
    connect(m_store, &VersionStore::failed, this, &TimelineView::onFailed);
}

void TimelineView::reload()
{
    ensureStore();
    if (!m_store) {
        m_message->setText(tr("Not connected."));
        m_message->show();
        updateButtons();
        return;
    }
    m_store->load();
}

void TimelineView::onLoaded()
{
    const QString selected = selectedId();
    const QString compare = m_compare->currentData().toString();
    m_model->setVersions(m_store->versions());
    updateCompareCombo();
    setCompareWith(compare);
    if (!selectVersion(selected) && m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
    const QString reason = m_store->rollbackDisabledReason();
    m_message->setText(reason);
    m_message->setVisible(!reason.isEmpty());
    updateButtons();
    computeDiff();
    if (m_hasPendingBlame)
        answerBlame();
}

void TimelineView::onFailed(const QString &message)
{
    m_model->setVersions({});
    updateCompareCombo();
    m_message->setText(message);
    m_message->show();
    updateButtons();
    computeDiff();
    if (m_hasPendingBlame) {
        m_hasPendingBlame = false;
        emit blameAnswered(tr("Blame is not available: %1").arg(message));
    }
}

void TimelineView::updateCompareCombo()
{
    const QSignalBlocker blocker(m_compare);
    const QString current = m_compare->currentData().toString();
    m_compare->clear();
    m_compare->addItem(tr("Live configuration"), QString());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString id = m_model->versionAt(row).id;
        m_compare->addItem(id, id);
    }
    const int index = m_compare->findData(current);
    m_compare->setCurrentIndex(index < 0 ? 0 : index);
}

QString TimelineView::selectedId() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? index.data(VersionTimelineModel::IdRole).toString() : QString();
}

bool TimelineView::selectVersion(const QString &id)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->versionAt(row).id == id) {
            m_list->setCurrentIndex(m_model->index(row, 0));
            return true;
        }
    }
    return false;
}

bool TimelineView::setCompareWith(const QString &id)
{
    const int index = m_compare->findData(id);
    if (index < 0)
        return false;
    m_compare->setCurrentIndex(index);
    return true;
}

const ConfigVersion *TimelineView::findVersion(const QString &id) const
{
    if (!m_store || id.isEmpty())
        return nullptr;
    for (const ConfigVersion &version : m_store->versions()) {
        if (version.id == id)
            return &version;
    }
    return nullptr;
}

QJsonObject TimelineView::liveDocument() const
{
    return m_session->configuration().document;
}

void TimelineView::updateButtons()
{
    const QString reason = m_store ? m_store->rollbackDisabledReason() : tr("The versions are not loaded.");
    const bool can = reason.isEmpty() && m_session->client();
    const QString selected = selectedId();
    m_rollback->setEnabled(can && !selected.isEmpty());
    m_undo->setEnabled(can && m_store && !m_store->previousId().isEmpty());
    const QModelIndex diffIndex = m_diffTree->tree()->currentIndex();
    const bool hasTarget = diffIndex.isValid() && !diffIndex.data(DiffTreeModel::ConfigTypeRole).toString().isEmpty();
    m_restore->setEnabled(can && !selected.isEmpty() && hasTarget);
    m_export->setEnabled(findVersion(selected) != nullptr);
    if (!reason.isEmpty()) {
        for (QPushButton *button : {m_rollback, m_undo, m_restore})
            button->setToolTip(reason);
    } else {
        m_rollback->setToolTip(tr("Make the live configuration what it was in %1").arg(selected));
        m_undo->setToolTip(
            tr("Roll back to %1, the version before the newest").arg(m_store ? m_store->previousId() : QString()));
        m_restore->setToolTip(hasTarget ? tr("Restore only the selected entity or type to %1").arg(selected)
                                        : tr("Select an entity or a type in the changes first"));
    }
}

void TimelineView::computeDiff()
{
    const ConfigVersion *version = findVersion(selectedId());
    if (!version) {
        m_diffs.cancel();
        m_diffTree->setChanges({});
        m_sideBySide->setSections({});
        m_diffStatus->clear();
        return;
    }
    const QString compareId = m_compare->currentData().toString();
    const ConfigVersion *other = findVersion(compareId);
    const QJsonObject left = version->toConfigDocument(true);
    const QJsonObject right = other ? other->toConfigDocument(true) : liveDocument();
    m_sideBySide->setTitles(version->id, other ? other->id : tr("live"));
    m_diffStatus->setText(tr("Comparing\u2026"));
    m_diffs.run([left, right, id = version->id, againstLive = !other](
                    const CancelToken &cancel) { return TimelineJobs::compare(left, right, id, againstLive, cancel); },
                [this](const TimelineDiff &diff) { showDiff(diff); });
}

void TimelineView::showVersionConfiguration()
{
    // The whole tree of a large version is costly to build: only while its tab is shown, so that it does not compete
    // with the comparison. Hidden, the model is emptied (no hashes kept for a tab nobody looks at).
    const bool shown = m_tabs->currentWidget() == m_configTree->parentWidget();
    const ConfigVersion *version = shown ? findVersion(selectedId()) : nullptr;
    const QString key = version ? version->id + (m_reveal->isChecked() ? u"+revealed"_s : u"+redacted"_s) : QString();
    if (key == m_configShown)
        return;
    m_configShown = key;
    // "Reveal hashes" reveals the hashes only: bind passwords and signing keys stay redacted.
    m_configModel->loadConfiguration(
        version ? WriteSecrets::shownDocument(version->toConfigDocument(true), m_reveal->isChecked(), false)
                : QJsonObject());
}

void TimelineView::showDiff(const TimelineDiff &diff)
{
    m_diffTree->setChanges(diff.changes);
    m_sideBySide->setSections(diff.sections);
    m_diffStatus->setText(diff.changes.isEmpty() ? tr("No differences.")
                                                 : tr("%n change(s).", nullptr, int(diff.changes.size())));
    updateButtons();
}

void TimelineView::rollbackTo(const QString &id)
{
    const ConfigVersion *version = findVersion(id);
    if (!version)
        return;
    auto plan = ChangePlan::rollback(id, version->toConfigDocument(true), liveDocument());
    if (!plan) {
        emit errorOccurred(tr("Cannot roll back to %1: %2").arg(id, plan.error().message));
        return;
    }
    emit writeRequested({*plan, {}, {}, {}});
}

void TimelineView::restoreSelected()
{
    const QString id = selectedId();
    const ConfigVersion *version = findVersion(id);
    const QModelIndex index = m_diffTree->tree()->currentIndex();
    if (!version || !index.isValid())
        return;
    const QString type = index.data(DiffTreeModel::ConfigTypeRole).toString();
    const QString entity = index.data(DiffTreeModel::EntityRole).toString();
    if (type.isEmpty())
        return;
    const JsonPointer pointer(entity.isEmpty() ? QStringList {type} : QStringList {type, entity});
    auto plan = ChangePlan::selectiveRollback(version->toConfigDocument(true), liveDocument(), {pointer}, id);
    if (!plan) {
        emit errorOccurred(tr("Cannot restore from %1: %2").arg(id, plan.error().message()));
        return;
    }
    emit writeRequested({*plan, {}, {}, {}});
}

void TimelineView::blame(const QString &pointer)
{
    m_pendingBlame = pointer;
    m_hasPendingBlame = true;
    ensureStore();
    if (!m_store) {
        m_hasPendingBlame = false;
        emit blameAnswered(tr("Not connected."));
        return;
    }
    if (m_store->state() == VersionStore::State::Loaded)
        answerBlame();
    else
        m_store->load();
}

void TimelineView::answerBlame()
{
    m_hasPendingBlame = false;
    const auto pointer = JsonPointer::parse(m_pendingBlame);
    if (!pointer) {
        emit blameAnswered(tr("Blame: %1 is not a JSON pointer.").arg(m_pendingBlame));
        return;
    }
    QList<BlameVersion> history;
    for (const ConfigVersion &version : m_store->versions())
        history.append(
            {version.id, version.timestampText, version.modifiedBy, comparable(version.toConfigDocument(true))});
    const auto live = pointer->resolve(comparable(liveDocument()));
    const auto result = ConfigBlame::blame(history, *pointer, live ? *live : QJsonValue(QJsonValue::Undefined));
    emit blameAnswered(tr("Blame %1: %2").arg(m_pendingBlame, ConfigBlame::describe(result)));
}
