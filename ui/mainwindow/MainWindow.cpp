#include "ui/mainwindow/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QJsonArray>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "app/json/JsonPointer.h"
#include "app/models/ConfigTreeModel.h"
#include "app/models/PatchModel.h"
#include "app/store/AccessConfigStore.h"
#include "app/store/ClusterSession.h"
#include "app/store/IndexMetadataStore.h"
#include "app/store/PatchDraftStore.h"
#include "app/write/WriteReport.h"
#include "ui/dialogs/NodeSettingsDialog.h"
#include "ui/dialogs/PreferencesDialog.h"
#include "ui/mainwindow/ClusterMenu.h"
#include "ui/mainwindow/ProfileMenu.h"
#include "ui/views/access/EffectivePermissionsView.h"
#include "ui/views/access/ExplainView.h"
#include "ui/views/access/WhoCanView.h"
#include "ui/views/compare/CompareMenu.h"
#include "ui/views/configtree/ConfigTreeView.h"
#include "ui/views/forms/EntityForms.h"
#include "ui/views/patcheditor/PatchEditorView.h"
#include "ui/views/problems/LintSession.h"
#include "ui/views/problems/ProblemsView.h"
#include "ui/views/timeline/TimelineView.h"
#include "ui/views/upgrade/UpgradeView.h"
#include "ui/views/write/WriteCoordinator.h"
#include "ui/views/write/WriteDialog.h"
#include "ui/widgets/MessageBar.h"

namespace {

enum Page { WelcomePage, ClusterPage };

} // namespace

MainWindow::MainWindow(ClusterSession *session, ProfileStore *profiles, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_model(new ConfigTreeModel(this))
    , m_pages(new QStackedWidget(this))
    , m_writes(new WriteCoordinator(session, this))
{
    if (profiles) {
        m_profileMenu = new ProfileMenu(profiles, session, this);
        connect(m_profileMenu, &ProfileMenu::errorOccurred, this, &MainWindow::showError);
        connect(m_profileMenu, &ProfileMenu::noticeShown, this,
                [this](const QString &text) { m_messageBar->showMessage(MessageBar::Kind::Information, text); });
    }
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/secdesk.svg")));
    resize(1200, 760);
    // The message bar sits above both pages: errors before any connection (a sandbox that cannot start, an
    // unknown profile) must be seen too.
    m_messageBar = new MessageBar(this);
    connect(m_messageBar, &MessageBar::actionTriggered, m_session, &ClusterSession::refresh);
    m_pages->addWidget(createWelcomePage());
    m_pages->addWidget(createClusterPage());
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(m_messageBar);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);
    createActions();
    createStatusBar();
    createPatchEditor();
    createTimeline();
    createUpgrade();
    createProblems();
    createAccess();
    createCompare(profiles);
    m_clusterMenu->addAdminSection(); // last in the Cluster menu
    // Every view's writes meet in the coordinator; the message bar shows how each ended, and an earlier message is
    // cleared when the next confirmation opens.
    connect(m_writes, &WriteCoordinator::started, m_messageBar, &QWidget::hide);
    connect(m_writes, &WriteCoordinator::finished, this, &MainWindow::onWriteFinished);
    connect(m_writes, &WriteCoordinator::errorOccurred, this, &MainWindow::showError);
    m_clusterMenu->setJournalPath(m_writes->journalPath());

    connect(m_session, &ClusterSession::stateChanged, this, &MainWindow::updateState);
    connect(m_session, &ClusterSession::progressed, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_session, &ClusterSession::configurationLoaded, this, &MainWindow::showConfiguration);
    connect(m_session, &ClusterSession::failed, this, [this](const ApiError &error) {
        showError(error.userMessage());
        m_readErrorShown = true; // a successful read clears it
    });
    connect(m_treeView, &ConfigTreeView::filterFailed, this, &MainWindow::showError);
    connect(m_model, &ConfigTreeModel::configurationApplied, this,
            [this] { m_treeView->tree()->expand(m_model->index(1, 0)); }); // the roles
    updateState();
}

void MainWindow::setSettings(Settings *settings)
{
    if (m_preferencesAction)
        return;
    m_settings = settings;
    m_problems->setSettings(settings);
    m_preferencesAction = PreferencesDialog::createAction(settings, this);
    m_fileMenu->insertAction(m_quitAction, m_preferencesAction);
    m_fileMenu->insertSeparator(m_quitAction);
}

void MainWindow::showView(View view)
{
    if (view == View::Explain || view == View::WhoCan) {
        m_accessTabs->setCurrentWidget(view == View::Explain ? static_cast<QWidget *>(m_explain) : m_whoCan);
        m_accessDock->show();
        m_accessDock->raise();
        return;
    }
    QDockWidget *dock = view == View::Timeline   ? m_timelineDock
                        : view == View::Upgrade  ? m_upgradeDock
                        : view == View::Problems ? m_problemsDock
                                                 : m_patchDock;
    dock->show();
    dock->raise();
}

void MainWindow::showAbout()
{
    // Non-modal: About is not a confirmation.
    auto *box = new QMessageBox(QMessageBox::Information, tr("About SecDesk"), QString(), QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("aboutDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<h3>SecDesk %1</h3><p>Administration of the OpenSearch Security plugin's configuration: "
                    "browse it, change it through a change plan, compare versions, roll back.</p>")
                     .arg(QStringLiteral(SECDESK_VERSION)));
    box->setInformativeText(
        tr("<p>Built with Qt %1, running on Qt %2.</p><p>Licence: %3.</p><p>Qt is used under the GNU Lesser General "
           "Public License v3; yaml-cpp under the MIT licence; QtKeychain under the BSD 3-clause licence.</p>")
            .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                 QStringLiteral(SECDESK_LICENSE).toHtmlEscaped()));
    box->setWindowModality(Qt::NonModal);
    box->show();
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *sandbox = m_fileMenu->addAction(tr("Try the &sandbox"), this, &MainWindow::sandboxRequested);
    sandbox->setObjectName(QStringLiteral("actionTrySandbox"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);

    if (m_profileMenu)
        menuBar()->addMenu(m_profileMenu->menu());

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_refreshAction = m_viewMenu->addAction(tr("&Refresh"), m_session, &ClusterSession::refresh);
    m_refreshAction->setObjectName(QStringLiteral("actionRefresh"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_cancelAction = m_viewMenu->addAction(tr("&Cancel"), m_session, &ClusterSession::cancel);
    m_cancelAction->setObjectName(QStringLiteral("actionCancel"));
    m_cancelAction->setShortcut(QKeySequence::Cancel);
    QAction *filter = m_viewMenu->addAction(tr("&Filter"), m_treeView, &ConfigTreeView::focusFilter);
    filter->setObjectName(QStringLiteral("actionFilter"));
    filter->setShortcut(QKeySequence::Find);

    m_clusterMenu = new ClusterMenu(m_session, this);
    menuBar()->addMenu(m_clusterMenu->menu());
    // A replaced security config goes through the same confirmation and pipeline as a patch.
    connect(m_clusterMenu, &ClusterMenu::writeRequested, m_writes, &WriteCoordinator::request);

    m_patchMenu = menuBar()->addMenu(tr("&Patch")); // filled by createPatchEditor()
    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = m_helpMenu->addAction(tr("&About SecDesk"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
}

QWidget *MainWindow::createWelcomePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("welcomePage"));
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();

    auto *icon = new QLabel(page);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/secdesk.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon);

    auto *title = new QLabel(tr("<h1>SecDesk</h1>"), page);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);

    auto *text = new QLabel(tr("<p>Manage the OpenSearch Security plugin's configuration:<br>"
                               "browse it, change it with previewed JSON patches,<br>"
                               "compare versions and roll back.</p><p>No cluster is connected yet.</p>"),
                            page);
    text->setObjectName(QStringLiteral("welcomeText"));
    text->setAlignment(Qt::AlignCenter);
    layout->addWidget(text);

    auto *buttons = new QHBoxLayout;
    auto *sandbox = new QPushButton(tr("Try the sandbox"), page);
    sandbox->setObjectName(QStringLiteral("trySandboxButton"));
    sandbox->setDefault(true);
    sandbox->setToolTip(tr("Start a local emulation of the Security API with a demo configuration, and connect"));
    connect(sandbox, &QPushButton::clicked, this, &MainWindow::sandboxRequested);
    auto *addCluster = new QPushButton(tr("Add a cluster\u2026"), page);
    addCluster->setObjectName(QStringLiteral("addClusterButton"));
    addCluster->setEnabled(m_profileMenu != nullptr);
    addCluster->setToolTip(tr("Save the address and credentials of a cluster, and connect"));
    if (m_profileMenu)
        connect(addCluster, &QPushButton::clicked, m_profileMenu, &ProfileMenu::addCluster);
    buttons->addStretch();
    buttons->addWidget(sandbox);
    buttons->addWidget(addCluster);
    buttons->addStretch();
    layout->addLayout(buttons);
    if (m_profileMenu) {
        layout->addSpacing(16);
        layout->addWidget(m_profileMenu->welcomeWidget(), 0, Qt::AlignHCenter);
    }
    layout->addStretch();
    return page;
}

QWidget *MainWindow::createClusterPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("clusterPage"));
    auto *layout = new QVBoxLayout(page);
    m_treeView = new ConfigTreeView(m_model, page);
    layout->addWidget(m_treeView, 1);
    return page;
}

void MainWindow::createStatusBar()
{
    m_identityLabel = new QLabel(this);
    m_identityLabel->setObjectName(QStringLiteral("identityLabel"));
    m_clusterLabel = new QLabel(this);
    m_clusterLabel->setObjectName(QStringLiteral("clusterLabel"));
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_lastReadLabel = new QLabel(this);
    m_lastReadLabel->setObjectName(QStringLiteral("lastReadLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("busyIndicator"));
    m_progress->setMaximumWidth(140);
    m_progress->setTextVisible(false);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setDefaultAction(m_cancelAction);
    statusBar()->addWidget(m_stateLabel);
    statusBar()->addWidget(m_progress);
    statusBar()->addWidget(m_cancelButton);
    statusBar()->addPermanentWidget(m_identityLabel);
    statusBar()->addPermanentWidget(m_clusterLabel);
    statusBar()->addPermanentWidget(m_lastReadLabel);
}

void MainWindow::updateState()
{
    const ClusterSession::State state = m_session->state();
    const QString name = m_session->connectionName();
    setWindowTitle(name.isEmpty() ? tr("SecDesk") : tr("SecDesk \u2014 %1").arg(name));
    const bool busy = m_session->isBusy();
    m_progress->setVisible(busy);
    if (busy)
        m_progress->setRange(0, 0);
    m_cancelButton->setVisible(busy);
    m_cancelAction->setEnabled(busy);
    m_refreshAction->setEnabled(m_session->client() && !busy);
    switch (state) {
    case ClusterSession::State::Disconnected:
        m_stateLabel->setText(tr("Not connected"));
        break;
    case ClusterSession::State::Connecting:
        m_stateLabel->setText(tr("Connecting to %1\u2026").arg(name));
        break;
    case ClusterSession::State::Loading:
        m_stateLabel->setText(tr("Reading the configuration\u2026"));
        break;
    case ClusterSession::State::Ready:
        m_stateLabel->setText(tr("Connected"));
        break;
    case ClusterSession::State::Failed:
        m_stateLabel->setText(tr("Connection failed"));
        break;
    }
    if (const auto &identity = m_session->identity()) {
        m_identityLabel->setText(
            tr("%1 (roles: %2)").arg(identity->userName, identity->roles.join(QStringLiteral(", "))));
    } else {
        m_identityLabel->clear();
    }
    if (const auto &cluster = m_session->cluster())
        m_clusterLabel->setText(
            tr("%1 \u00b7 %2 %3").arg(cluster->clusterName, cluster->distribution, cluster->versionText));
    else
        m_clusterLabel->clear();
    const QDateTime lastRead = m_session->lastRead();
    m_lastReadLabel->setText(lastRead.isValid()
                                 ? tr("read at %1").arg(lastRead.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
                                 : QString());
    if (state != ClusterSession::State::Disconnected)
        m_pages->setCurrentIndex(ClusterPage);
}

void MainWindow::showConfiguration()
{
    const FetchedConfig &config = m_session->configuration();
    // The tree is built on a worker; the roles open once it is there (configurationApplied, see the constructor).
    m_model->loadConfiguration(config.document, config.unavailable);
    if (m_readErrorShown && m_messageBar->kind() == MessageBar::Kind::Error)
        m_messageBar->hide();
    m_readErrorShown = false;
    updateState();
}

void MainWindow::showError(const QString &message)
{
    m_readErrorShown = false;
    m_messageBar->showMessage(MessageBar::Kind::Error, message, m_session->client() ? tr("Retry") : QString());
}

void MainWindow::createPatchEditor()
{
    // The patch editor docks beside the tree; the tree's context menu starts operations in it.
    // The draft store belongs to the editor, so the editor's last flush of the draft (in its destructor) runs while
    // the store is still alive, whatever order the window deletes its children in.
    auto *drafts = new PatchDraftStore(QString());
    m_patchEditor = new PatchEditorView(drafts, this);
    drafts->setParent(m_patchEditor);
    m_patchDock = new QDockWidget(tr("Patch editor"), this);
    m_patchDock->setObjectName(QStringLiteral("patchEditorDock"));
    m_patchDock->setWidget(m_patchEditor);
    m_patchDock->setAllowedAreas(Qt::RightDockWidgetArea | Qt::BottomDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_patchDock);
    m_patchDock->hide();
    QAction *toggle = m_patchDock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionPatchEditor"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_patchMenu->addAction(toggle);
    connect(m_treeView, &ConfigTreeView::operationRequested, this,
            [this](const QString &kind, const QString &pointer, const QJsonValue &value) {
                m_patchDock->show();
                m_patchDock->raise();
                m_patchEditor->requestOperation(kind, pointer, value);
            });
    connect(m_patchEditor, &PatchEditorView::writeRequested, m_writes, &WriteCoordinator::request);
    connect(m_session, &ClusterSession::configurationLoaded, this, [this] {
        m_patchEditor->setConfiguration(m_session->configuration().document, lintContext().connection);
        if (m_draftName != m_session->connectionName()) {
            m_draftName = m_session->connectionName();
            m_patchEditor->restoreDraft(m_draftName);
            if (m_patchEditor->model()->rowCount() > 0)
                m_patchDock->show();
        }
    });
}

void MainWindow::createTimeline()
{
    // The version timeline docks below; it loads when shown and after every write.
    m_timeline = new TimelineView(m_session, this);
    m_timelineDock = new QDockWidget(tr("Version timeline"), this);
    m_timelineDock->setObjectName(QStringLiteral("timelineDock"));
    m_timelineDock->setWidget(m_timeline);
    m_timelineDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_timelineDock);
    m_timelineDock->hide();
    QAction *toggle = m_timelineDock->toggleViewAction();
    toggle->setText(tr("Version &timeline"));
    toggle->setObjectName(QStringLiteral("actionVersionTimeline"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_viewMenu->addAction(toggle);
    connect(m_timeline, &TimelineView::writeRequested, m_writes, &WriteCoordinator::request);
    connect(m_timeline, &TimelineView::errorOccurred, this, &MainWindow::showError);
    connect(m_timeline, &TimelineView::blameAnswered, this,
            [this](const QString &text) { m_messageBar->showMessage(MessageBar::Kind::Information, text); });
    connect(m_treeView, &ConfigTreeView::blameRequested, m_timeline, &TimelineView::blame);
}

void MainWindow::createUpgrade()
{
    // The upgrade assistant docks below, reached from the Cluster menu; its writes go through the coordinator, which
    // hands the report of each one back to it (the before/after of the performed entities).
    m_upgrade = new UpgradeView(m_session, this);
    m_upgradeDock = new QDockWidget(tr("Upgrade assistant"), this);
    m_upgradeDock->setObjectName(QStringLiteral("upgradeDock"));
    m_upgradeDock->setWidget(m_upgrade);
    m_upgradeDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_upgradeDock);
    m_upgradeDock->hide();
    QAction *toggle = m_upgradeDock->toggleViewAction();
    toggle->setText(tr("&Upgrade assistant"));
    toggle->setObjectName(QStringLiteral("actionUpgradeAssistant"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_clusterMenu->menu()->addSeparator();
    m_clusterMenu->menu()->addAction(toggle);
    connect(m_upgrade, &UpgradeView::writeRequested, m_writes, &WriteCoordinator::request);
}

// The entity forms: Patch > New, and the tree's context menu and double-click. The entity written is shown in the
// tree once the configuration is read again.
void MainWindow::createForms(const std::function<std::optional<LintContext>()> &lint)
{
    m_forms = new EntityForms(m_session, m_writes, lint, this);
    QMenu *newMenu = m_patchMenu->addMenu(tr("&New"));
    newMenu->setObjectName(QStringLiteral("newMenu"));
    m_forms->addNewActions(newMenu);
    connect(m_treeView, &ConfigTreeView::formRequested, this, [this](const QString &kind, const QString &pointer) {
        const QString type = EntityForms::typeOf(pointer);
        const QString name = EntityForms::entityOf(pointer);
        if (kind == u"new")
            m_forms->open(type, EntityFormDialog::Mode::Create);
        else if (kind == u"edit")
            m_forms->open(type, EntityFormDialog::Mode::Edit, name);
        else if (kind == u"duplicate")
            m_forms->open(type, EntityFormDialog::Mode::Duplicate, name);
        else if (kind == u"rename")
            m_forms->open(type, EntityFormDialog::Mode::Rename, name);
        else if (kind == u"delete")
            m_forms->remove(type, name);
    });
    connect(m_forms, &EntityForms::entityWritten, m_treeView, &ConfigTreeView::selectWhenShown);
}

LintContext MainWindow::lintContext() const
{
    return LintSession::context(*m_session, nullptr, m_problems ? m_problems->disabledRules() : QStringList());
}

void MainWindow::createProblems()
{
    // The lint findings dock below the tree; lint runs whenever the configuration is read, shown or not, because the
    // tree's badges come from it too.
    m_problems = new ProblemsView(m_session, this);
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problems);
    m_problemsDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide();
    QAction *toggle = m_problemsDock->toggleViewAction();
    toggle->setText(tr("&Problems"));
    toggle->setObjectName(QStringLiteral("actionProblems"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_viewMenu->addAction(toggle);
    m_writes->setDisabledLintRules([this] { return m_problems->disabledRules(); });
    const auto connectedLintContext = [this]() -> std::optional<LintContext> {
        if (m_session->state() == ClusterSession::State::Disconnected)
            return std::nullopt;
        return lintContext();
    };
    m_patchEditor->setLintContext(connectedLintContext);
    createForms(connectedLintContext);
    connect(m_problems, &ProblemsView::countsChanged, m_problemsDock, &QDockWidget::setWindowTitle);
    connect(m_problems, &ProblemsView::findingsChanged, m_model, &ConfigTreeModel::setFindings);
    // A deep pointer may be filtered out of the tree or not exist (a missing member): then its entity.
    connect(m_problems, &ProblemsView::entityRequested, this,
            [this](const QString &pointer, const QString &entityPointer) {
                if (!m_treeView->select(pointer) && !entityPointer.isEmpty())
                    m_treeView->select(entityPointer);
                m_treeView->tree()->setFocus();
            });
    // A fix is reviewed in the patch editor and sent from there, through the write coordinator like any patch.
    connect(m_problems, &ProblemsView::fixRequested, this, [this](const QJsonArray &patch, const QString &label) {
        m_patchDock->show();
        m_patchDock->raise();
        if (const VoidResult added = m_patchEditor->appendPatch(patch, label); !added)
            showError(added.error().toString());
    });
}

QJsonObject MainWindow::nodeSettingsJson() const
{
    const QString connection = m_session->connectionName();
    return m_settings ? m_settings->nodeSettings(connection) : m_nodeSettings.value(connection);
}

void MainWindow::editNodeSettings()
{
    const QString connection = m_session->connectionName();
    if (connection.isEmpty()) {
        showError(tr("Connect first: node settings are kept per connection."));
        return;
    }
    auto *dialog = new NodeSettingsDialog(connection, nodeSettingsJson(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, connection] {
        if (m_settings) {
            m_settings->setNodeSettings(connection, dialog->settings());
            m_settings->sync();
        } else {
            m_nodeSettings.insert(connection, dialog->settings());
        }
        // The answers change with them: compiled again, and asked again (ExplainView follows the store), and the
        // configuration linted again.
        m_accessConfigs->recompile();
        m_problems->relint();
    });
    dialog->open();
}

void MainWindow::createAccess()
{
    // Explain and Who can, tabs of one dock (room for more access views). Both evaluate on workers over one compiled
    // configuration, compiled once per read; the index metadata is read after each configuration read.
    m_indexMetadata = new IndexMetadataStore(m_session, this);
    m_accessConfigs = new AccessConfigStore(m_session, m_indexMetadata, this);
    m_explain = new ExplainView(m_session, m_accessConfigs, this);
    m_whoCan = new WhoCanView(m_session, m_accessConfigs, this);
    m_accessTabs = new QTabWidget(this);
    m_accessTabs->setObjectName(QStringLiteral("accessTabs"));
    m_accessTabs->addTab(m_explain, tr("Explain"));
    m_accessTabs->addTab(m_whoCan, tr("Who can"));
    m_effective = new EffectivePermissionsView(m_session, m_accessConfigs, this);
    m_accessTabs->addTab(m_effective, tr("Effective permissions"));
    // Write confirmations name the access changes over these indices too.
    m_writes->setKnownIndices([this] { return m_indexMetadata->metadata().metadata; });
    // The node settings the administrator gave for this connection (else the plugin's defaults), for evaluation and
    // for the confirmations' access changes and lint.
    const auto nodeSettings = [this] {
        const Result<NodeSettings> settings = NodeSettings::fromJson(nodeSettingsJson());
        return settings ? *settings : NodeSettings();
    };
    m_accessConfigs->setNodeSettings(nodeSettings);
    m_writes->setNodeSettings(nodeSettings);
    connect(m_explain, &ExplainView::nodeSettingsRequested, this, &MainWindow::editNodeSettings);
    m_accessDock = new QDockWidget(tr("Access"), this);
    m_accessDock->setObjectName(QStringLiteral("accessDock"));
    m_accessDock->setWidget(m_accessTabs);
    m_accessDock->setAllowedAreas(Qt::RightDockWidgetArea | Qt::BottomDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_accessDock);
    m_accessDock->hide();
    // The configuration is compiled for access once the dock is first shown (not for every user of the app).
    connect(m_accessDock, &QDockWidget::visibilityChanged, m_accessConfigs, [this](bool visible) {
        if (visible)
            m_accessConfigs->activate();
    });
    QAction *toggle = m_accessDock->toggleViewAction();
    toggle->setText(tr("&Explain access"));
    toggle->setObjectName(QStringLiteral("actionExplainAccess"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(toggle, &QAction::triggered, this, [this](bool shown) {
        if (shown)
            m_accessTabs->setCurrentWidget(m_explain);
    });
    m_viewMenu->addAction(toggle);
    QAction *whoCan = m_viewMenu->addAction(tr("&Who can access"), this, [this] { showView(View::WhoCan); });
    whoCan->setObjectName(QStringLiteral("actionWhoCanAccess"));
    whoCan->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    const auto selectInTree = [this](const QString &pointer) {
        // A deep pointer (an index permission) may be filtered out: then its entity.
        if (!m_treeView->select(pointer)) {
            const QStringList parts = pointer.split(u'/');
            if (parts.size() > 3)
                m_treeView->select(parts.mid(0, 3).join(u'/'));
        }
    };
    connect(m_explain, &ExplainView::entityRequested, this, selectInTree);
    connect(m_whoCan, &WhoCanView::entityRequested, this, selectInTree);
    connect(m_explain, &ExplainView::writeRequested, m_writes, &WriteCoordinator::request);
    connect(m_treeView, &ConfigTreeView::accessRequested, this, [this](const QString &kind, const QString &pointer) {
        if (kind == u"who-can") {
            showView(View::WhoCan);
            m_whoCan->askFor(pointer);
        } else if (kind == u"effective") {
            // A user's, or a role's (a mapping's role).
            const QStringList parts = pointer.split(u'/');
            m_accessTabs->setCurrentWidget(m_effective);
            m_accessDock->show();
            m_accessDock->raise();
            m_effective->showSubject(
                {parts.value(1) == u"internalusers" ? AccessSubject::Kind::InternalUser : AccessSubject::Kind::Role,
                 JsonPointer::parse(pointer)->tokens().value(1)});
        } else {
            showView(View::Explain);
            m_explain->explainFor(pointer);
        }
    });
}

void MainWindow::createCompare(ProfileStore *profiles)
{
    // Compare with a securityadmin directory or another connection, promote selected entities, export files.
    m_compareMenu = new CompareMenu(m_session, profiles, m_clusterMenu->menu(), this);
    connect(m_compareMenu, &CompareMenu::writeRequested, m_writes, &WriteCoordinator::request);
    connect(m_compareMenu, &CompareMenu::errorOccurred, this, &MainWindow::showError);
    connect(m_compareMenu, &CompareMenu::noticeShown, this,
            [this](const QString &text) { m_messageBar->showMessage(MessageBar::Kind::Information, text); });
    connect(m_timeline, &TimelineView::exportRequested, m_compareMenu, &CompareMenu::exportVersion);
}

void MainWindow::setWriteStores(BackupStore *backups, WriteJournal *journal)
{
    m_writes->setStores(backups, journal);
    m_clusterMenu->setJournalPath(m_writes->journalPath());
}

WriteDialog *MainWindow::writeDialog() const
{
    return m_writes->dialog();
}

void MainWindow::onWriteFinished(const WriteReport &report)
{
    if (report.wroteSomething())
        m_clusterMenu->reloadJournal();
    if (report.outcome == WriteReport::Outcome::Cancelled)
        return;
    m_readErrorShown = false; // the refresh after the write must not hide its report
    // Only a write that was applied and verified is reported as such; anything else says what was found.
    if (report.outcome == WriteReport::Outcome::Applied && report.verified && !report.outcomeWasUnknown)
        m_messageBar->showMessage(MessageBar::Kind::Information,
                                  tr("Written to the cluster and verified: %1").arg(report.title));
    else
        m_messageBar->showMessage(report.outcome == WriteReport::Outcome::NothingToDo ? MessageBar::Kind::Information
                                                                                      : MessageBar::Kind::Error,
                                  tr("%1: %2").arg(report.title, report.headline()));
}
