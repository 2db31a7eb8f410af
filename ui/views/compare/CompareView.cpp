#include "ui/views/compare/CompareView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "app/api/ConfigFetch.h"
#include "app/common/WorkerPool.h"
#include "app/models/CompareJobs.h"
#include "app/models/CompareModel.h"
#include "app/store/ClusterSession.h"
#include "app/store/ProfileStore.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/diff/DiffTreeView.h"
#include "ui/widgets/diff/SideBySideDiffView.h"

using namespace Qt::StringLiterals;

CompareView::CompareView(ClusterSession *session, ProfileStore *profiles, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_profiles(profiles)
    , m_model(new CompareModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_messageBar(new MessageBar(this))
    , m_summary(new QLabel(this))
    , m_apply(new QPushButton(tr("&Apply selected\u2026"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(u"compareView"_s);
    setWindowTitle(tr("Compare and promote"));
    m_messageBar->setObjectName(u"compareMessageBar"_s);
    m_summary->setObjectName(u"compareSummary"_s);
    m_summary->setWordWrap(true);
    m_apply->setObjectName(u"compareApplyButton"_s);
    m_apply->setToolTip(tr("Write the checked entities to the current connection (you confirm the exact requests "
                           "first)"));
    m_close->setObjectName(u"compareCloseButton"_s);
    m_proxy->setObjectName(u"compareFilterModel"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(CompareModel::NameColumn);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"compareSplitter"_s);
    splitter->addWidget(createEntityPane());
    splitter->addWidget(createDiffPane());
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 820});

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createSourceRow());
    layout->addWidget(m_messageBar);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    resize(1200, 760);
    // The buttons were created first; Tab reaches them last, after the diff panes.
    QWidget *lastPane = m_sideBySide->findChild<QWidget *>(u"diffRightPane"_s);
    QWidget::setTabOrder(lastPane ? lastPane : m_sideBySide, m_apply);
    QWidget::setTabOrder(m_apply, m_close);

    connect(m_apply, &QPushButton::clicked, this, &CompareView::applySelected);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);
    connect(m_model, &CompareModel::checkedChanged, this, [this] {
        updateButtons();
        updateSummary();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &CompareView::showEntityDiff);
    connect(m_session, &ClusterSession::stateChanged, this, [this] {
        updateTarget();
        updateButtons();
    });
    // A new live configuration (after a write, F5, another connection) changes every difference.
    connect(m_session, &ClusterSession::configurationLoaded, this, &CompareView::recompare);
    if (m_profiles)
        connect(m_profiles, &ProfileStore::profilesChanged, this, &CompareView::updateProfiles);
    updateProfiles();
    updateTarget();
    updateButtons();
    updateSummary();
}

CompareView::~CompareView() = default;

QWidget *CompareView::createSourceRow()
{
    auto *box = new QWidget(this);
    auto *grid = new QVBoxLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *choose = new QHBoxLayout;
    m_openDirectory = new QPushButton(tr("Open securityadmin &directory\u2026"), box);
    m_openDirectory->setObjectName(u"compareOpenDirectoryButton"_s);
    m_openDirectory->setToolTip(tr("Read a directory of securityadmin YAML files (read-only) and compare it"));
    m_profileCombo = new QComboBox(box);
    m_profileCombo->setObjectName(u"compareProfileCombo"_s);
    m_profileCombo->setMinimumContentsLength(16);
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *profileLabel = new QLabel(tr("or another &connection:"), box);
    profileLabel->setBuddy(m_profileCombo);
    m_compareProfile = new QPushButton(tr("Co&mpare"), box);
    m_compareProfile->setObjectName(u"compareProfileButton"_s);
    m_compareProfile->setToolTip(tr("Read the configuration of the chosen saved connection (read-only) and compare"));
    choose->addWidget(new QLabel(tr("Source:"), box));
    choose->addWidget(m_openDirectory);
    choose->addSpacing(12);
    choose->addWidget(profileLabel);
    choose->addWidget(m_profileCombo);
    choose->addWidget(m_compareProfile);
    choose->addStretch();
    grid->addLayout(choose);

    m_sourceLabel = new QLabel(tr("No source is open."), box);
    m_sourceLabel->setObjectName(u"compareSourceLabel"_s);
    m_sourceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sourceLabel->setWordWrap(true);
    m_targetLabel = new QLabel(box);
    m_targetLabel->setObjectName(u"compareTargetLabel"_s);
    m_targetLabel->setTextFormat(Qt::PlainText);
    QFont bold = m_targetLabel->font();
    bold.setBold(true);
    m_targetLabel->setFont(bold);
    auto *labels = new QHBoxLayout;
    labels->addWidget(m_sourceLabel, 1);
    labels->addWidget(m_targetLabel);
    grid->addLayout(labels);

    connect(m_openDirectory, &QPushButton::clicked, this, &CompareView::chooseDirectory);
    connect(m_compareProfile, &QPushButton::clicked, this, [this] {
        const QString name = m_profileCombo->currentData().toString();
        if (!name.isEmpty())
            compareWithProfile(name);
    });
    return box;
}

QWidget *CompareView::createEntityPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    m_filter = new QLineEdit(pane);
    m_filter->setObjectName(u"compareFilterEdit"_s);
    m_filter->setPlaceholderText(tr("Filter by type or entity name"));
    m_filter->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(tr("&Filter:"), pane);
    filterLabel->setBuddy(m_filter);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    layout->addLayout(filterRow);

    m_tree = new QTreeView(pane);
    m_tree->setObjectName(u"compareTree"_s);
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(CompareModel::NameColumn, 200);
    m_tree->setToolTip(tr("Check the entities to apply; Space toggles the current one"));
    m_tree->setAccessibleName(tr("Entities that differ"));
    layout->addWidget(m_tree, 1);

    m_selectAll = new QPushButton(tr("Select a&ll"), pane);
    m_selectAll->setObjectName(u"compareSelectAllButton"_s);
    m_selectNone = new QPushButton(tr("Select &none"), pane);
    m_selectNone->setObjectName(u"compareSelectNoneButton"_s);
    auto *selectRow = new QHBoxLayout;
    selectRow->addWidget(m_selectAll);
    selectRow->addWidget(m_selectNone);
    selectRow->addStretch();
    layout->addLayout(selectRow);

    m_prune = new QCheckBox(tr("Also &remove entities missing from the source"), pane);
    m_prune->setObjectName(u"comparePruneCheck"_s);
    m_prune->setToolTip(tr("Off: entities only on the live cluster are left alone and cannot be checked"));
    m_pruneWarning = new QLabel(pane);
    m_pruneWarning->setObjectName(u"comparePruneWarning"_s);
    m_pruneWarning->setWordWrap(true);
    m_pruneWarning->hide();
    layout->addWidget(m_prune);
    layout->addWidget(m_pruneWarning);

    connect(m_filter, &QLineEdit::textChanged, this, &CompareView::applyFilter);
    connect(m_selectAll, &QPushButton::clicked, this, [this] { m_model->setAllChecked(true); });
    connect(m_selectNone, &QPushButton::clicked, this, [this] { m_model->setAllChecked(false); });
    connect(m_prune, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setPruneEnabled(on);
        m_pruneWarning->setText(tr("\u26a0 Checked entities marked \"only live\" will be DELETED from %1.")
                                    .arg(m_session->connectionName()));
        m_pruneWarning->setVisible(on);
    });
    return pane;
}

QWidget *CompareView::createDiffPane()
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_diffTree = new DiffTreeView(splitter);
    m_diffTree->setObjectName(u"compareDiffTree"_s);
    m_sideBySide = new SideBySideDiffView(splitter);
    m_sideBySide->setObjectName(u"compareSideBySide"_s);
    splitter->addWidget(m_diffTree);
    splitter->addWidget(m_sideBySide);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    connect(m_diffTree, &DiffTreeView::filterChanged, m_sideBySide, &SideBySideDiffView::setFilter);
    connect(m_diffTree, &DiffTreeView::entitySelected, this,
            [this](const QString &type, const QString &entity) { m_sideBySide->scrollToEntity(type, entity); });
    return splitter;
}

void CompareView::updateProfiles()
{
    const QString current = m_profileCombo->currentData().toString();
    m_profileCombo->clear();
    const QStringList names = m_profiles ? m_profiles->names() : QStringList();
    for (const QString &name : names)
        m_profileCombo->addItem(name, name);
    if (names.isEmpty())
        m_profileCombo->addItem(m_profiles ? tr("(no saved connection)") : tr("(not available)"), QString());
    const int index = m_profileCombo->findData(current);
    if (index >= 0)
        m_profileCombo->setCurrentIndex(index);
    updateButtons();
}

void CompareView::updateTarget()
{
    const QString name = m_session->connectionName();
    m_targetLabel->setText(m_session->client() ? tr("Changes are written to %1").arg(name)
                                               : tr("Not connected: nothing can be written"));
}

void CompareView::updateButtons()
{
    const bool ready = m_session->state() == ClusterSession::State::Ready;
    m_openDirectory->setEnabled(ready && !m_busy);
    m_compareProfile->setEnabled(ready && !m_busy && !m_profileCombo->currentData().toString().isEmpty());
    m_apply->setEnabled(ready && !m_busy && m_model->checkedCount() > 0);
    m_selectAll->setEnabled(m_model->entityCount() > 0);
    m_selectNone->setEnabled(m_model->checkedCount() > 0);
}

void CompareView::updateSummary()
{
    if (m_busy)
        return;
    if (m_sourceName.isEmpty()) {
        m_summary->setText(tr("Open a securityadmin directory or choose another connection to compare."));
        return;
    }
    if (m_model->entityCount() == 0) {
        m_summary->setText(tr("No differences: the live configuration matches the source."));
        return;
    }
    m_summary->setText(tr("%1 only in source, %2 only live, %3 different; %4 checked")
                           .arg(m_model->count(CompareModel::Status::OnlyInSource))
                           .arg(m_model->count(CompareModel::Status::OnlyLive))
                           .arg(m_model->count(CompareModel::Status::Different))
                           .arg(m_model->checkedCount()));
}

void CompareView::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    if (busy)
        m_summary->setText(status);
    updateButtons();
    updateSummary();
}

void CompareView::applyFilter(const QString &text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    m_tree->expandAll();
}

bool CompareView::select(const QString &type, const QString &entity)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexFor(type, entity));
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void CompareView::chooseDirectory()
{
    auto *dialog = new QFileDialog(this, tr("Open a securityadmin directory"), m_lastDirectory);
    dialog->setObjectName(u"compareDirectoryDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, &CompareView::openDirectory);
    dialog->open();
}

void CompareView::focusProfileChoice()
{
    m_profileCombo->setFocus(Qt::ShortcutFocusReason);
}

void CompareView::openDirectory(const QString &dir)
{
    m_lastDirectory = dir;
    m_messageBar->hide();
    m_sourceName = QDir::toNativeSeparators(dir);
    m_sourceLabelText = tr("directory %1").arg(m_sourceName);
    m_sourceLabel->setText(tr("Comparing with directory %1 (read-only)").arg(m_sourceName));
    setBusy(true, tr("Reading %1\u2026").arg(m_sourceName));
    const QJsonObject live = m_session->configuration().document;
    m_sources.run([dir, live](const CancelToken &) { return CompareJobs::loadAndCompare(dir, live); },
                  [this](const CompareJobs::Comparison &outcome) { showOutcome(outcome); });
}

void CompareView::compareWithProfile(const QString &name)
{
    if (!m_profiles)
        return failSource(tr("Saved connections are not available here."));
    if (m_fetch)
        m_fetch->cancel();
    const CancelToken request = m_sources.next();
    m_messageBar->hide();
    m_sourceName = name;
    m_sourceLabelText = tr("connection %1").arg(name);
    m_sourceLabel->setText(tr("Comparing with connection %1 (read-only)").arg(name));
    setBusy(true, tr("Reading the configuration of %1\u2026").arg(name));
    ProfileLoad *load = m_profiles->load(name);
    connect(load, &ProfileLoad::finished, this, [this, request, name](const Result<LoadedProfile> &loaded) {
        if (request.isCancelled())
            return;
        if (!loaded)
            return failSource(loaded.error().toString());
        auto client = ApiClient::create(loaded->settings, this);
        if (!client)
            return failSource(tr("Cannot connect to %1: %2").arg(name, client.error().userMessage()));
        ApiClient *other = *client;
        m_fetch = new ConfigFetch(other, ConfigTypeInfo::all(), this);
        connect(m_fetch, &ConfigFetch::finished, this, [this, request, name, other](const FetchResult &result) {
            other->deleteLater();
            if (request.isCancelled())
                return;
            if (!result)
                return failSource(
                    tr("Cannot read the configuration of %1: %2").arg(name, result.error().userMessage()));
            startCompare(result->document, {});
        });
        m_fetch->start();
    });
}

void CompareView::startCompare(const QJsonObject &source, const QList<JsonPointer> &keepChecked)
{
    setBusy(true, tr("Comparing\u2026"));
    const QJsonObject live = m_session->configuration().document;
    m_sources.run(
        [source, live, keepChecked](const CancelToken &) { return CompareJobs::compare(source, live, keepChecked); },
        [this](const CompareJobs::Comparison &outcome) { showOutcome(outcome); });
}

void CompareView::recompare()
{
    updateTarget();
    if (m_sourceName.isEmpty() || m_source.isEmpty() || m_busy)
        return;
    startCompare(m_source, m_model->checkedPointers());
}

void CompareView::failSource(const QString &message)
{
    m_sources.cancel();
    m_source = {};
    m_sourceName.clear();
    m_sourceLabelText.clear();
    m_sourceLabel->setText(tr("No source is open."));
    m_model->clear();
    setBusy(false);
    m_messageBar->showMessage(MessageBar::Kind::Error, message);
    emit comparisonFinished();
}

void CompareView::showOutcome(const CompareJobs::Comparison &outcome)
{
    if (!outcome.error.isEmpty())
        return failSource(tr("Cannot read %1: %2").arg(m_sourceName, outcome.error));
    m_source = outcome.source;
    QStringList types;
    for (auto it = m_source.begin(); it != m_source.end(); ++it) {
        if (m_session->configuration().document.contains(it.key()))
            types << it.key();
    }
    m_sourceLabel->setText(tr("Comparing with %1 (read-only); types compared: %2")
                               .arg(m_sourceLabelText, types.isEmpty() ? tr("no common type") : types.join(u", "_s)));
    // The row shown before stays current when it is still listed; otherwise the first entity, so that a diff shows.
    const QModelIndex current = m_tree->currentIndex();
    const QString currentType = current.data(CompareModel::ConfigTypeRole).toString();
    const QString currentEntity = current.data(CompareModel::EntityRole).toString();
    m_model->setDifferences(outcome.differences, outcome.keepChecked);
    m_tree->expandAll();
    m_tree->resizeColumnToContents(CompareModel::NameColumn);
    setBusy(false);
    const QModelIndex firstType = m_model->index(0, 0);
    if (!select(currentType, currentEntity) && m_model->rowCount(firstType) > 0)
        select(firstType.data(CompareModel::ConfigTypeRole).toString(),
               m_model->index(0, 0, firstType).data(CompareModel::EntityRole).toString());
    showEntityDiff();
    emit comparisonFinished();
}

void CompareView::showEntityDiff()
{
    const QModelIndex index = m_tree->currentIndex();
    if (!index.isValid() || m_source.isEmpty()) {
        m_diffs.cancel();
        m_diffTree->setChanges({});
        m_sideBySide->setSections({});
        return;
    }
    const QString type = index.data(CompareModel::ConfigTypeRole).toString();
    const QString entity = index.data(CompareModel::EntityRole).toString();
    m_sideBySide->setTitles(tr("live: %1").arg(m_session->connectionName()), tr("source: %1").arg(m_sourceName));
    const QJsonObject live = m_session->configuration().document;
    const QJsonObject source = m_source;
    m_diffs.run([live, source, type,
                 entity](const CancelToken &) { return CompareJobs::entityDiff(live, source, type, entity); },
                [this](const CompareJobs::EntityDiff &outcome) {
                    m_diffTree->setChanges(outcome.changes);
                    m_sideBySide->setSections(outcome.sections);
                });
}

void CompareView::applySelected()
{
    const QList<JsonPointer> pointers = m_model->checkedPointers();
    if (pointers.isEmpty() || m_busy || !m_session->client())
        return;
    setBusy(true, tr("Preparing the write\u2026"));
    const QJsonObject live = m_session->configuration().document;
    const QJsonObject source = m_source;
    const bool prune = m_model->pruneEnabled();
    const QString label = m_sourceLabelText;
    m_sources.run([source, live, pointers, prune,
                   label](const CancelToken &) { return CompareJobs::promote(source, live, pointers, prune, label); },
                  [this](const CompareJobs::Promotion &outcome) { showPromoteOutcome(outcome); });
}

void CompareView::showPromoteOutcome(const CompareJobs::Promotion &outcome)
{
    setBusy(false);
    if (!outcome.plan) {
        m_messageBar->showMessage(MessageBar::Kind::Error,
                                  tr("The selection cannot be applied: %1").arg(outcome.error));
        return;
    }
    if (outcome.plan->isEmpty()) {
        m_messageBar->showMessage(MessageBar::Kind::Information,
                                  tr("Nothing to write: the checked entities already match the source."));
        return;
    }
    emit writeRequested({*outcome.plan, {}, {}, {}});
}
