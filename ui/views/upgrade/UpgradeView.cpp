#include "ui/views/upgrade/UpgradeView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

#include "app/api/ApiClient.h"
#include "app/api/ConfigFetch.h"
#include "app/api/ResponseParsers.h"
#include "app/models/UpgradeModel.h"
#include "app/store/ClusterSession.h"
#include "app/store/VersionStore.h"
#include "app/write/Upgrade.h"
#include "ui/theme/Theme.h"
#include "ui/widgets/diff/SideBySideDiffView.h"

using namespace Qt::StringLiterals;

namespace {

// Paints what the core model only names: the collision warning icon and the coloured operation badge.
class UpgradeDecorations : public QIdentityProxyModel
{
public:
    UpgradeDecorations(QWidget *view, QObject *parent) : QIdentityProxyModel(parent), m_view(view) { }

    QVariant data(const QModelIndex &index, int role) const override
    {
        const QModelIndex source = mapToSource(index); // its roles, without recursing into this override
        const bool isType = source.data(UpgradeModel::IsTypeRole).toBool();
        if (role == Qt::DecorationRole && index.column() == UpgradeModel::NameColumn
            && source.data(UpgradeModel::CollisionRole).toBool() && !isType)
            return m_view->style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (role == Qt::ForegroundRole && index.column() == UpgradeModel::OperationColumn && !isType) {
            const QString operation = source.data(UpgradeModel::OperationRole).toString();
            return Theme::hueText(m_view->palette(), operation == u"add"_s ? Theme::Hue::Green : Theme::Hue::Blue);
        }
        if (role == Qt::ForegroundRole && index.column() == UpgradeModel::NoteColumn
            && source.data(UpgradeModel::CollisionRole).toBool() && !isType)
            return Theme::errorText(m_view->palette());
        if (role == Qt::FontRole && index.column() == UpgradeModel::OperationColumn && !isType) {
            QFont font = m_view->font();
            font.setBold(true);
            return font;
        }
        return QIdentityProxyModel::data(index, role);
    }

private:
    QWidget *m_view;
};

} // namespace

UpgradeView::UpgradeView(ClusterSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new UpgradeModel(this))
{
    setObjectName(u"upgradeView"_s);

    m_check = new QPushButton(tr("&Check for an upgrade"), this);
    m_check->setObjectName(u"upgradeCheckButton"_s);
    m_check->setToolTip(tr("Ask the cluster which default roles differ from the ones it ships (_upgrade_check)"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"upgradeProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status = new QLabel(tr("Check whether the cluster ships newer default roles than the ones it holds."), this);
    m_status->setObjectName(u"upgradeStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    auto *top = new QHBoxLayout;
    top->addWidget(m_check);
    top->addWidget(m_progress);
    top->addWidget(m_status, 1);

    auto *decorations = new UpgradeDecorations(this, this);
    decorations->setSourceModel(m_model);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(u"upgradeTree"_s);
    m_tree->setModel(decorations);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setAccessibleName(tr("Entities the upgrade would change"));

    m_all = new QPushButton(tr("Select &all"), this);
    m_all->setObjectName(u"upgradeSelectAllButton"_s);
    m_none = new QPushButton(tr("Select &none"), this);
    m_none->setObjectName(u"upgradeSelectNoneButton"_s);
    m_perform = new QPushButton(tr("&Perform selected\u2026"), this);
    m_perform->setObjectName(u"upgradePerformButton"_s);
    m_undo = new QPushButton(tr("&Undo this upgrade\u2026"), this);
    m_undo->setObjectName(u"upgradeUndoButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_all);
    buttons->addWidget(m_none);
    buttons->addStretch();
    buttons->addWidget(m_perform);
    buttons->addWidget(m_undo);

    auto *checkPane = new QWidget(this);
    auto *checkLayout = new QVBoxLayout(checkPane);
    checkLayout->setContentsMargins(0, 0, 0, 0);
    checkLayout->addWidget(m_tree, 1);
    checkLayout->addLayout(buttons);

    m_resultPane = new QWidget(this);
    m_resultPane->setObjectName(u"upgradeResultPane"_s);
    m_resultLabel = new QLabel(m_resultPane);
    m_resultLabel->setObjectName(u"upgradeResultLabel"_s);
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextFormat(Qt::PlainText);
    m_results = new QListWidget(m_resultPane);
    m_results->setObjectName(u"upgradeResultList"_s);
    m_results->setMaximumWidth(260);
    m_results->setAccessibleName(tr("Performed entities"));
    m_diff = new SideBySideDiffView(m_resultPane);
    m_diff->setObjectName(u"upgradeDiffView"_s);
    m_diff->setTitles(tr("Before the upgrade"), tr("After the upgrade"));
    auto *resultSplit = new QHBoxLayout;
    resultSplit->addWidget(m_results);
    resultSplit->addWidget(m_diff, 1);
    auto *resultLayout = new QVBoxLayout(m_resultPane);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    resultLayout->addWidget(m_resultLabel);
    resultLayout->addLayout(resultSplit, 1);
    m_resultPane->hide();

    auto *splitter = m_splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"upgradeSplitter"_s);
    splitter->addWidget(checkPane);
    splitter->addWidget(m_resultPane);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    setTabOrder(m_check, m_tree);
    setTabOrder(m_tree, m_all);
    setTabOrder(m_all, m_none);
    setTabOrder(m_none, m_perform);
    setTabOrder(m_perform, m_undo);
    setTabOrder(m_undo, m_results);

    connect(m_check, &QPushButton::clicked, this, &UpgradeView::check);
    connect(m_all, &QPushButton::clicked, this, [this] { m_model->setAllChecked(true); });
    connect(m_none, &QPushButton::clicked, this, [this] { m_model->setAllChecked(false); });
    connect(m_perform, &QPushButton::clicked, this, &UpgradeView::performSelected);
    connect(m_undo, &QPushButton::clicked, this, &UpgradeView::undoUpgrade);
    connect(m_model, &UpgradeModel::checkedChanged, this, &UpgradeView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        for (int column = 0; column < UpgradeModel::ColumnCount - 1; ++column) {
            m_tree->resizeColumnToContents(column);
            m_tree->setColumnWidth(column, m_tree->columnWidth(column) + 16); // room between the columns
        }
    });
    connect(m_results, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_lastResults.size())
            m_diff->scrollToEntity(m_lastResults.at(row).configType, m_lastResults.at(row).entity);
    });
    // Another cluster: what was checked or remembered belongs to the old one.
    connect(m_session, &ClusterSession::stateChanged, this, [this] {
        if (m_session->client() != m_client) { // a refresh keeps the client; a new connection does not
            m_client = m_session->client();
            m_requests.cancel();
            m_model->clear();
            m_rememberedId.clear();
            m_lastResults.clear();
            m_resultPane->hide();
            setState(State::Idle, tr("Check whether the cluster ships newer default roles than the ones it holds."));
        }
        updateButtons();
    });
    updateButtons();
}

UpgradeView::~UpgradeView() = default;

void UpgradeView::setState(State state, const QString &text)
{
    m_state = state;
    m_progress->setVisible(state == State::Checking || state == State::Preparing);
    if (!text.isEmpty())
        m_status->setText(text);
    updateButtons();
}

void UpgradeView::updateButtons()
{
    const bool connected = m_session->client() != nullptr;
    const bool busy = m_state == State::Checking || m_state == State::Preparing;
    m_check->setEnabled(connected && !busy);
    const bool available = m_state == State::Available;
    m_all->setEnabled(available && m_model->checkableCount() > 0);
    m_none->setEnabled(available && m_model->checkableCount() > 0);
    const bool some = m_model->checkedCount() > 0 || (m_model->hasTextRows() && m_model->checkableCount() == 0);
    m_perform->setEnabled(connected && available && some);
    m_perform->setToolTip(available && !some ? tr("Select at least one entity to upgrade")
                                             : tr("Perform the upgrade of the selected entities after a confirmation"));
    m_undo->setEnabled(connected && !busy && !m_rememberedId.isEmpty() && !m_lastResults.isEmpty());
    m_undo->setToolTip(
        m_rememberedId.isEmpty()
            ? tr("Available after an upgrade, when the cluster records configuration versions")
            : tr("Roll the configuration back to version %1, read just before the upgrade").arg(m_rememberedId));
}

void UpgradeView::check()
{
    ApiClient *client = m_session->client();
    if (!client) {
        setState(State::Failed, tr("Not connected: connect to a cluster first."));
        return;
    }
    if (m_state == State::Checking || m_state == State::Preparing)
        return;
    const CancelToken request = m_requests.next();
    m_model->clear();
    setState(State::Checking, tr("Checking\u2026"));
    // The roles as they are now: the plan's base and what tells the user's own roles from reserved defaults.
    m_fetch = new ConfigFetch(client, {ConfigType::Roles}, this);
    connect(m_fetch, &ConfigFetch::finished, this, [this, client, request](const FetchResult &fetched) {
        if (request.isCancelled())
            return;
        if (!fetched) {
            setState(State::Failed, tr("The roles cannot be read: %1").arg(fetched.error().userMessage()));
            return;
        }
        m_live = fetched->document;
        m_call = client->send(SecurityApi::upgradeCheck(Upgrade::supportedConfigs()));
        connect(m_call, &ApiCall::finished, this, [this, request](const ApiResult &result) {
            if (request.isCancelled())
                return;
            if (!result) {
                if (Upgrade::isUnsupported(result.error()))
                    setState(State::Unsupported, Upgrade::unsupportedText());
                else if (Upgrade::isUpToDate(result.error()))
                    setState(State::UpToDate, Upgrade::upToDateText());
                else
                    setState(State::Failed, tr("The check failed: %1").arg(result.error().userMessage()));
                return;
            }
            onChecked(result->json);
        });
    });
    m_fetch->start();
}

void UpgradeView::onChecked(const QJsonValue &checkBody)
{
    const auto report = ResponseParsers::upgradeCheck(checkBody);
    if (!report) {
        setState(State::Failed, tr("The check's answer cannot be read: %1").arg(report.error().message));
        return;
    }
    if (!report->available || report->rows.isEmpty()) {
        setState(State::UpToDate, Upgrade::upToDateText());
        return;
    }
    const QList<UpgradeEntry> entries = Upgrade::entries(*report, m_live);
    m_model->setEntries(entries);
    const int collisions = int(Upgrade::collisionWarnings(entries).size());
    QString text =
        tr("The upgrade would change %n entity(ies). Choose which to perform.", nullptr, int(entries.size()));
    if (collisions > 0)
        text +=
            u' ' + tr("\u26a0 %n of them look like your own role(s) and would be overwritten.", nullptr, collisions);
    if (m_model->hasTextRows())
        text += u' ' + tr("The cluster described the changes in sentences: they are performed all together.");
    setState(State::Available, text);
}

void UpgradeView::performSelected()
{
    ApiClient *client = m_session->client();
    if (!client || m_state != State::Available)
        return;
    m_pendingEntities = m_model->checkableCount() > 0 ? m_model->checkedEntities() : QStringList();
    if (m_model->checkableCount() > 0 && m_pendingEntities.isEmpty())
        return;
    m_pendingDanger = Upgrade::collisionWarnings(m_model->checkedCollisions());
    // Remember the newest version first, so that one click can roll the upgrade back.
    m_availableText = m_status->text();
    setState(State::Preparing, tr("Reading the version timeline\u2026"));
    VersionStore *store = m_session->versions();
    const CancelToken request = m_requests.next();
    store->loadThen(this, [this, request, store = QPointer<VersionStore>(store)](bool loaded) {
        if (request.isCancelled())
            return;
        // Without versions (versioning off) the upgrade cannot be undone with one click.
        m_rememberedId = loaded && store ? store->newestId() : QString();
        if (!m_rememberedId.isEmpty())
            m_rememberedVersion = store->versions().last();
        sendPlan();
    });
}

void UpgradeView::sendPlan()
{
    const auto plan = ChangePlan::upgrade(Upgrade::supportedConfigs(), m_pendingEntities, m_live);
    setState(State::Available, m_availableText);
    if (!plan) {
        setState(State::Failed, tr("The upgrade cannot be planned: %1").arg(plan.error().message));
        return;
    }
    ChangePlan withNotes = *plan;
    if (m_rememberedId.isEmpty())
        withNotes.warnings << tr("This cluster records no configuration versions: the upgrade cannot be undone with "
                                 "one click (a backup is still saved before sending).");
    else
        withNotes.warnings
            << tr("Version %1 is remembered: \"Undo this upgrade\" rolls back to it.").arg(m_rememberedId);
    m_undoPending = false;
    emit writeRequested({withNotes, m_pendingDanger, this, [this](const WriteReport &r) { onWriteFinished(r); }});
}

void UpgradeView::undoUpgrade()
{
    ApiClient *client = m_session->client();
    if (!client || m_rememberedId.isEmpty())
        return;
    setState(State::Preparing, tr("Reading the configuration\u2026"));
    auto *fetch = new ConfigFetch(client, ConfigTypeInfo::all(), this);
    connect(fetch, &ConfigFetch::finished, this, [this](const FetchResult &fetched) {
        setState(State::Idle);
        if (!fetched) {
            setState(State::Failed, tr("The configuration cannot be read: %1").arg(fetched.error().userMessage()));
            return;
        }
        const auto plan =
            ChangePlan::rollback(m_rememberedId, m_rememberedVersion.toConfigDocument(true), fetched->document);
        if (!plan) {
            setState(State::Failed, tr("Cannot roll back to %1: %2").arg(m_rememberedId, plan.error().message));
            return;
        }
        ChangePlan undo = *plan;
        undo.title = tr("Undo the upgrade: roll back to version %1").arg(m_rememberedId);
        m_undoPending = true;
        emit writeRequested({undo, {}, this, [this](const WriteReport &r) { onWriteFinished(r); }});
    });
    fetch->start();
}

void UpgradeView::onWriteFinished(const WriteReport &report)
{
    const bool undo = m_undoPending;
    m_undoPending = false;
    if (undo) {
        if (report.outcome == WriteReport::Outcome::Applied) {
            m_lastResults.clear();
            m_resultPane->hide();
            m_status->setText(
                tr("The upgrade was undone: the configuration is back at version %1.").arg(m_rememberedId));
            m_rememberedId.clear();
            check();
        }
        updateButtons();
        return;
    }
    switch (report.outcome) {
    case WriteReport::Outcome::NothingToDo:
        m_model->clear();
        setState(State::UpToDate, Upgrade::upToDateText());
        return;
    case WriteReport::Outcome::Applied:
    case WriteReport::Outcome::ConcurrentChange:
    case WriteReport::Outcome::AppliedUnverified:
        showResults(report.upgraded);
        check(); // what is left
        return;
    case WriteReport::Outcome::Failed:
        if (report.apiError && Upgrade::isUnsupported(*report.apiError)) {
            setState(State::Unsupported, Upgrade::unsupportedText());
            return;
        }
        break;
    default:
        break;
    }
    updateButtons();
}

void UpgradeView::showResults(const QList<UpgradeEntityResult> &results)
{
    m_lastResults = results;
    m_results->clear();
    QList<DiffSection> sections;
    for (const UpgradeEntityResult &result : results) {
        auto *item = new QListWidgetItem(
            tr("%1/%2 (%3)")
                .arg(result.configType, result.entity, result.operation.isEmpty() ? tr("changed") : result.operation),
            m_results);
        item->setToolTip(tr("%n change(s)", nullptr, int(result.changes().size())));
        DiffSection section;
        section.configType = result.configType;
        section.entity = result.entity;
        if (!result.before.isUndefined())
            section.left = result.before;
        if (!result.after.isUndefined())
            section.right = result.after;
        sections.append(section);
    }
    m_diff->setSections(sections);
    m_resultLabel->setText(
        results.isEmpty()
            ? tr("The upgrade was performed, but the roles read back show no difference.")
            : tr("Upgraded %n entity(ies). Before and after, as read just before and just after the upgrade:", nullptr,
                 int(results.size())));
    if (!m_resultPane->isVisible()) {
        m_resultPane->show();
        m_splitter->setSizes({1, 3}); // the before/after is what matters now
    }
    if (!results.isEmpty())
        m_results->setCurrentRow(0);
    updateButtons();
}
