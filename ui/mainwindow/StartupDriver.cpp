#include "ui/mainwindow/StartupDriver.h"

#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QTimer>

#include "app/models/DiffTreeModel.h"
#include "app/models/VersionTimelineModel.h"
#include "app/store/ClusterSession.h"
#include "ui/mainwindow/ClusterMenu.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/views/admin/AdminActions.h"
#include "ui/views/admin/AdminWindow.h"
#include "ui/views/admin/CertificatesView.h"
#include "ui/views/admin/TenancyPanel.h"
#include "ui/views/admin/TokensView.h"
#include "ui/views/compare/CompareMenu.h"
#include "ui/views/compare/CompareView.h"
#include "ui/views/configtree/ConfigTreeView.h"
#include "ui/views/forms/EntityForms.h"
#include "ui/views/patcheditor/PatchEditorView.h"
#include "ui/views/problems/ProblemsView.h"
#include "ui/views/timeline/TimelineView.h"
#include "ui/views/upgrade/UpgradeView.h"
#include "ui/widgets/diff/DiffTreeView.h"
#include "ui/widgets/diff/SideBySideDiffView.h"

using namespace Qt::StringLiterals;

StartupDriver::StartupDriver(MainWindow *window, ClusterSession *session, const LaunchOptions &options)
    : QObject(window), m_window(window), m_session(session), m_options(options)
{
    if (options.show != LaunchOptions::View::None || !options.patch.isEmpty() || !options.compareDir.isEmpty())
        connect(session, &ClusterSession::configurationLoaded, this, &StartupDriver::onFirstConfiguration);
    if (!options.versionId.isEmpty()) {
        // The timeline selects the newest version after each load; this runs after that, once.
        TimelineView *timeline = window->timelineView();
        connect(timeline->model(), &QAbstractItemModel::modelReset, this,
                [this] { QTimer::singleShot(0, this, &StartupDriver::selectVersionOnce); });
    }
    if (options.screenshot.isEmpty())
        return;
    if (options.sandbox) {
        connect(session, &ClusterSession::stateChanged, this, [this] {
            if (m_session->state() == ClusterSession::State::Ready
                || m_session->state() == ClusterSession::State::Failed)
                QTimer::singleShot(200, this, &StartupDriver::shoot);
        });
    } else {
        QTimer::singleShot(500, this, &StartupDriver::shoot);
    }
}

void StartupDriver::onFirstConfiguration()
{
    if (std::exchange(m_configured, true))
        return;
    if (!m_options.patch.isEmpty()) {
        if (const VoidResult opened = m_window->patchEditor()->openFile(m_options.patch); !opened)
            m_window->showError(opened.error().toString());
    }
    switch (m_options.show) {
    case LaunchOptions::View::None:
        break;
    case LaunchOptions::View::Timeline:
        m_window->showView(MainWindow::View::Timeline);
        // The timeline docks below the tree: give it most of the height, its diff panes need it.
        QTimer::singleShot(0, this, [this] {
            m_window->resizeDocks({m_window->timelineDock()}, {m_window->height() * 3 / 5}, Qt::Vertical);
        });
        break;
    case LaunchOptions::View::PatchEditor:
        m_window->showView(MainWindow::View::PatchEditor);
        break;
    case LaunchOptions::View::Upgrade:
        m_window->showView(MainWindow::View::Upgrade);
        m_window->upgradeView()->check();
        break;
    case LaunchOptions::View::Problems:
        m_window->showView(MainWindow::View::Problems);
        // Below the tree, with room for a dozen findings.
        QTimer::singleShot(0, this, [this] {
            m_window->resizeDocks({m_window->problemsDock()}, {m_window->height() * 2 / 5}, Qt::Vertical);
        });
        break;
    case LaunchOptions::View::Certificates:
    case LaunchOptions::View::Tenancy:
    case LaunchOptions::View::Tokens:
        m_window->clusterMenu()->adminActions()->open(adminWindow());
        break;
    case LaunchOptions::View::Form: {
        // The entity --select names when it is of the form's type, else a new one.
        const bool entity = EntityForms::typeOf(m_options.select) == m_options.formType
                            && !EntityForms::entityOf(m_options.select).isEmpty();
        m_window->forms()->open(m_options.formType,
                                entity ? EntityFormDialog::Mode::Edit : EntityFormDialog::Mode::Create,
                                entity ? EntityForms::entityOf(m_options.select) : QString());
        break;
    }
    }
    if (!m_options.compareDir.isEmpty())
        m_window->compareMenu()->openCompareView()->openDirectory(m_options.compareDir);
}

AdminActions::Window StartupDriver::adminWindow() const
{
    return m_options.show == LaunchOptions::View::Tenancy  ? AdminActions::Window::Tenancy
           : m_options.show == LaunchOptions::View::Tokens ? AdminActions::Window::Tokens
                                                           : AdminActions::Window::Certificates;
}

// The admin window --show opened (certificates, tenancy, tokens), when it is on screen.
AdminWindow *StartupDriver::shownAdminWindow() const
{
    if (m_options.show != LaunchOptions::View::Certificates && m_options.show != LaunchOptions::View::Tenancy
        && m_options.show != LaunchOptions::View::Tokens)
        return nullptr;
    const AdminActions *actions = m_window->clusterMenu()->adminActions();
    AdminWindow *view = nullptr;
    switch (adminWindow()) {
    case AdminActions::Window::Tenancy:
        view = actions->tenancyPanel();
        break;
    case AdminActions::Window::Tokens:
        view = actions->tokensView();
        break;
    default:
        view = actions->certificatesView();
        break;
    }
    return view && view->isVisible() ? view : nullptr;
}

void StartupDriver::selectVersionOnce()
{
    if (!m_versionSelected)
        m_versionSelected = m_window->timelineView()->selectVersion(m_options.versionId);
}

// What has to be on screen before the picture: the compare window's diff, the timeline's diff, the upgrade check,
// the patch editor's preview.
bool StartupDriver::settled() const
{
    if (!m_options.compareDir.isEmpty()) {
        const CompareView *compare = m_window->compareMenu()->compareView();
        return compare && compare->hasSource() && !compare->sideBySide()->currentLayout().rightLines.isEmpty();
    }
    switch (m_options.show) {
    case LaunchOptions::View::Timeline:
        return !m_window->timelineView()->diffTree()->model()->changes().isEmpty();
    case LaunchOptions::View::Upgrade:
        return m_window->upgradeView()->state() != UpgradeView::State::Checking
               && m_window->upgradeView()->state() != UpgradeView::State::Idle;
    case LaunchOptions::View::Problems:
        return !m_window->problemsView()->isChecking() && !m_window->problemsView()->countsText().isEmpty();
    case LaunchOptions::View::Certificates:
    case LaunchOptions::View::Tenancy:
    case LaunchOptions::View::Tokens: {
        const AdminWindow *view = shownAdminWindow();
        return view && !view->isBusy();
    }
    default:
        break;
    }
    if (!m_options.patch.isEmpty())
        return !m_window->patchEditor()->findChild<DiffTreeView *>()->model()->changes().isEmpty();
    return true;
}

void StartupDriver::shoot()
{
    if (!m_options.filter.isEmpty()) {
        auto *edit = m_window->findChild<QLineEdit *>(u"filterEdit"_s);
        edit->setText(m_options.filter);
        QMetaObject::invokeMethod(edit, "returnPressed");
    }
    if (!m_options.select.isEmpty())
        m_window->configTreeView()->select(m_options.select);
    auto *poll = new QTimer(this);
    poll->setInterval(100);
    // At most 5 s: a version equal to the live configuration has no diff to wait for.
    connect(poll, &QTimer::timeout, this, [this, poll, ticks = 0]() mutable {
        if (!settled() && ++ticks < 50)
            return;
        poll->stop();
        QTimer::singleShot(300, this, [this] {
            // With --compare-dir the compare window is the picture.
            QWidget *target = m_window->compareMenu()->compareView();
            if (m_options.show == LaunchOptions::View::Form && m_window->forms()->form())
                target = m_window->forms()->form();
            if (AdminWindow *admin = shownAdminWindow())
                target = admin;
            if (!target || !target->isVisible())
                target = m_window;
            QApplication::exit(target->grab().save(m_options.screenshot) ? 0 : 1);
        });
    });
    poll->start();
}
