#include "ui/mainwindow/ClusterMenu.h"

#include <QAction>
#include <QMenu>

#include "app/store/ClusterSession.h"
#include "ui/views/admin/AdminActions.h"
#include "ui/views/configeditor/ReplaceConfigDialog.h"
#include "ui/views/journal/JournalView.h"

using namespace Qt::StringLiterals;

ClusterMenu::ClusterMenu(ClusterSession *session, QWidget *window, const QString &journalPath)
    : QObject(window), m_session(session), m_window(window), m_journalPath(journalPath)
{
    m_menu = new QMenu(tr("&Cluster"), window);
    m_menu->setObjectName(u"clusterMenu"_s);
    m_replaceAction = m_menu->addAction(tr("Replace security config\u2026"), this, &ClusterMenu::openReplaceConfig);
    m_replaceAction->setObjectName(u"actionReplaceConfig"_s);
    m_replaceAction->setToolTip(tr("Edit \"dynamic\" of securityconfig/config as a whole and send it with PUT"));
    m_menu->addSeparator();
    m_journalAction = m_menu->addAction(tr("Write &journal"), this, &ClusterMenu::openJournal);
    m_journalAction->setObjectName(u"actionWriteJournal"_s);
    // Ctrl+J is the patch editor's raw mode.
    m_journalAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    m_journalAction->setToolTip(tr("Every write to a cluster made by SecDesk or secdesk-cli"));

    connect(m_session, &ClusterSession::stateChanged, this, &ClusterMenu::updateState);
    connect(m_session, &ClusterSession::configurationLoaded, this, [this] {
        updateState();
        // An open editor keeps its text but is checked against the new configuration.
        if (m_replaceDialog)
            m_replaceDialog->setConfiguration(m_session->configuration().document);
    });
    updateState();
}

void ClusterMenu::addAdminSection()
{
    if (m_admin)
        return;
    m_admin = new AdminActions(m_session, m_menu, m_window);
    connect(m_admin, &AdminActions::writeRequested, this, &ClusterMenu::writeRequested);
}

void ClusterMenu::updateState()
{
    const bool ready =
        m_session->state() == ClusterSession::State::Ready && m_session->configuration().document.contains(u"config"_s);
    m_replaceAction->setEnabled(ready);
}

void ClusterMenu::openReplaceConfig()
{
    if (!m_replaceAction->isEnabled())
        return;
    if (!m_replaceDialog) {
        m_replaceDialog = new ReplaceConfigDialog(m_window);
        connect(m_replaceDialog, &ReplaceConfigDialog::replaceRequested, this, [this](const ChangePlan &plan) {
            emit writeRequested({plan, {}, {}, {}});
        });
    }
    const bool wasOpen = m_replaceDialog->isVisible();
    m_replaceDialog->setConfiguration(m_session->configuration().document);
    if (!wasOpen)
        m_replaceDialog->resetText();
    m_replaceDialog->show();
    m_replaceDialog->raise();
    m_replaceDialog->activateWindow();
}

void ClusterMenu::openJournal()
{
    if (!m_journalView) {
        m_journalView = new JournalView(m_journalPath, m_window);
        m_journalView->setWindowFlag(Qt::Window);
    }
    if (m_journalView->isVisible())
        m_journalView->reload();
    m_journalView->show();
    m_journalView->raise();
    m_journalView->activateWindow();
}

void ClusterMenu::setJournalPath(const QString &path)
{
    m_journalPath = path;
    if (m_journalView)
        m_journalView->setPath(path);
}

void ClusterMenu::reloadJournal()
{
    if (m_journalView && m_journalView->isVisible())
        m_journalView->reload();
}
