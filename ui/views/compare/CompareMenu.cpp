#include "ui/views/compare/CompareMenu.h"

#include <QAction>
#include <QMenu>

#include "app/store/ClusterSession.h"
#include "ui/views/compare/CompareView.h"
#include "ui/views/compare/ExportController.h"

using namespace Qt::StringLiterals;

CompareMenu::CompareMenu(ClusterSession *session, ProfileStore *profiles, QMenu *menu, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_profiles(profiles)
    , m_window(window)
    , m_exporter(new ExportController(session, window))
{
    menu->addSeparator();
    m_compareDirectory =
        menu->addAction(tr("Compare with a securityadmin &directory\u2026"), this, &CompareMenu::compareDirectory);
    m_compareDirectory->setObjectName(u"actionCompareDirectory"_s);
    m_compareDirectory->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_compareDirectory->setToolTip(
        tr("Compare the live configuration with securityadmin YAML files and apply selected differences"));
    m_compareConnection =
        menu->addAction(tr("Compare with another &connection\u2026"), this, &CompareMenu::compareConnection);
    m_compareConnection->setObjectName(u"actionCompareConnection"_s);
    m_compareConnection->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_compareConnection->setToolTip(
        tr("Compare with a saved connection (say staging) and promote selected entities to this one"));
    m_compareConnection->setEnabled(profiles != nullptr);
    m_export = menu->addAction(tr("&Export as securityadmin files\u2026"), this, &CompareMenu::exportLive);
    m_export->setObjectName(u"actionExportSecurityAdmin"_s);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_export->setToolTip(tr("Write the live configuration as securityadmin YAML files, with the password hashes of "
                            "the newest version"));

    connect(m_exporter, &ExportController::exported, this, &CompareMenu::noticeShown);
    connect(m_exporter, &ExportController::failed, this, &CompareMenu::errorOccurred);
    connect(m_session, &ClusterSession::stateChanged, this, &CompareMenu::updateState);
    updateState();
}

void CompareMenu::updateState()
{
    const bool ready = m_session->state() == ClusterSession::State::Ready;
    m_compareDirectory->setEnabled(ready);
    m_compareConnection->setEnabled(ready && m_profiles);
    m_export->setEnabled(ready);
}

CompareView *CompareMenu::openCompareView()
{
    if (!m_view) {
        m_view = new CompareView(m_session, m_profiles, m_window);
        m_view->setWindowFlag(Qt::Window);
        connect(m_view, &CompareView::writeRequested, this, &CompareMenu::writeRequested);
    }
    m_view->show();
    m_view->raise();
    m_view->activateWindow();
    return m_view;
}

void CompareMenu::compareDirectory()
{
    if (m_compareDirectory->isEnabled())
        openCompareView()->chooseDirectory();
}

void CompareMenu::compareConnection()
{
    if (m_compareConnection->isEnabled())
        openCompareView()->focusProfileChoice();
}

void CompareMenu::exportLive()
{
    if (m_export->isEnabled())
        m_exporter->chooseAndExportLive();
}

void CompareMenu::exportVersion(const ConfigVersion &version)
{
    m_exporter->chooseAndExportVersion(version);
}
