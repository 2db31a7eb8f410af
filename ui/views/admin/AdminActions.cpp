#include "ui/views/admin/AdminActions.h"

#include <QAction>
#include <QMenu>

#include "app/store/ClusterSession.h"
#include "ui/views/admin/AccountDialog.h"
#include "ui/views/admin/CacheFlushDialog.h"
#include "ui/views/admin/CertificatesView.h"
#include "ui/views/admin/ListenersView.h"
#include "ui/views/admin/TenancyPanel.h"
#include "ui/views/admin/TokensView.h"

using namespace Qt::StringLiterals;

AdminActions::AdminActions(ClusterSession *session, QMenu *menu, QWidget *window)
    : QObject(window), m_session(session), m_window(window)
{
    menu->addSeparator();
    addAction(menu, tr("&Account\u2026"), u"actionAccount"_s,
              tr("Who the cluster says you are, and changing your own password"), Window::Account);
    addAction(menu, tr("&Flush security cache\u2026"), u"actionFlushCache"_s,
              tr("Make the nodes read users, roles and mappings again"), Window::CacheFlush);
    addAction(menu, tr("&Certificates"), u"actionCertificates"_s,
              tr("The TLS certificates of every node, with their expiry"), Window::Certificates);
    addAction(menu, tr("&Tenancy\u2026"), u"actionTenancy"_s, tr("The Dashboards multi-tenancy settings"),
              Window::Tenancy);
    addAction(menu, tr("T&okens\u2026"), u"actionTokens"_s, tr("API tokens and service account tokens"),
              Window::Tokens);
    addAction(menu, tr("Auth failure &listeners\u2026"), u"actionAuthFailureListeners"_s,
              tr("Block clients after too many failed logins"), Window::Listeners);
    connect(m_session, &ClusterSession::stateChanged, this, &AdminActions::updateState);
    connect(m_session, &ClusterSession::configurationLoaded, this, &AdminActions::updateState);
    updateState();
}

QAction *AdminActions::addAction(QMenu *menu, const QString &text, const QString &name, const QString &tip,
                                 Window window)
{
    QAction *action = menu->addAction(text, this, [this, window] { open(window); });
    action->setObjectName(name);
    m_actions[int(window)] = action;
    m_tips[int(window)] = tip;
    return action;
}

QAction *AdminActions::action(Window window) const
{
    return m_actions[int(window)];
}

void AdminActions::updateState()
{
    const bool connected =
        m_session->client() && m_session->state() != ClusterSession::State::Disconnected && m_session->cluster();
    const ApiAvailability availability(m_session->cluster() ? m_session->cluster()->version : QVersionNumber());
    // The API that decides whether a window can be offered at all; the others degrade inside the window
    // (ssl/certs before the certificates API, no per-user flush before 3.1, no API tokens before 3.7).
    const auto gate = [](Window window) {
        switch (window) {
        case Window::Listeners:
            return AdminApi::AuthFailureListeners;
        case Window::Tenancy:
            return AdminApi::Tenancy;
        case Window::CacheFlush:
            return AdminApi::CacheFlush;
        case Window::Certificates:
            return AdminApi::SslCerts;
        case Window::Tokens:
            return AdminApi::ServiceAccountTokens;
        case Window::Account:
            break;
        }
        return AdminApi::Account;
    };
    for (int i = 0; i < 6; ++i) {
        const Availability available = availability.of(gate(Window(i)));
        QString reason = available.reason;
        if (!connected)
            reason = tr("Connect to a cluster first.");
        // What the window offers only in part on this version is said too.
        const Window kind = Window(i);
        const AdminApi partial = kind == Window::Tokens         ? AdminApi::ApiTokens
                                 : kind == Window::CacheFlush   ? AdminApi::CacheFlushUser
                                 : kind == Window::Certificates ? AdminApi::Certificates
                                                                : gate(kind);
        const QString partialReason = connected ? availability.of(partial).reason : QString();
        QString tip = reason;
        if (tip.isEmpty())
            tip = partialReason.isEmpty() ? m_tips[i] : QString(m_tips[i] + u". "_s + partialReason);
        QAction *action = m_actions[i];
        action->setEnabled(connected && available.available);
        action->setToolTip(tip);
        action->setStatusTip(tip);
    }
    // An open window follows the connection (a new cluster may have another version).
    for (AdminWindow *window : {static_cast<AdminWindow *>(m_listeners), static_cast<AdminWindow *>(m_tokens),
                                static_cast<AdminWindow *>(m_cache)}) {
        if (window && window->isVisible() && connected)
            window->refresh();
    }
}

AdminWindow *AdminActions::create(Window window)
{
    AdminWindow *view = nullptr;
    switch (window) {
    case Window::Account:
        view = m_account = new AccountDialog(m_session, m_window);
        break;
    case Window::CacheFlush:
        view = m_cache = new CacheFlushDialog(m_session, m_window);
        break;
    case Window::Certificates:
        view = m_certificates = new CertificatesView(m_session, m_window);
        break;
    case Window::Tenancy:
        view = m_tenancy = new TenancyPanel(m_session, m_window);
        break;
    case Window::Tokens:
        view = m_tokens = new TokensView(m_session, m_window);
        break;
    case Window::Listeners:
        view = m_listeners = new ListenersView(m_session, m_window);
        break;
    }
    connect(view, &AdminWindow::writeRequested, this, &AdminActions::writeRequested);
    return view;
}

AdminWindow *AdminActions::open(Window window)
{
    if (!action(window)->isEnabled())
        return nullptr;
    AdminWindow *view = nullptr;
    switch (window) {
    case Window::Account:
        view = m_account;
        break;
    case Window::CacheFlush:
        view = m_cache;
        break;
    case Window::Certificates:
        view = m_certificates;
        break;
    case Window::Tenancy:
        view = m_tenancy;
        break;
    case Window::Tokens:
        view = m_tokens;
        break;
    case Window::Listeners:
        view = m_listeners;
        break;
    }
    if (!view)
        view = create(window);
    view->show();
    view->raise();
    view->activateWindow();
    view->refresh();
    return view;
}
