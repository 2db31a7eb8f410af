#pragma once

// AdminActions: the Cluster menu's section for the plugin's other APIs (docs/api/security-api.md §13): Account…,
// Flush security cache…, Certificates, Tenancy…, Tokens…, Auth failure listeners…. It owns the actions and the
// windows (created on first use as children of the main window). An action the connected cluster's version lacks,
// or any while disconnected, is disabled with the reason as its tooltip and status tip. Writes of the security
// configuration leave through writeRequested() (to the WriteCoordinator). GUI thread.

#include <QObject>
#include <QPointer>

#include "app/api/ApiAvailability.h"
#include "ui/views/admin/AccountDialog.h"
#include "ui/views/admin/CacheFlushDialog.h"
#include "ui/views/admin/CertificatesView.h"
#include "ui/views/admin/ListenersView.h"
#include "ui/views/admin/TenancyPanel.h"
#include "ui/views/admin/TokensView.h"
#include "ui/views/write/WriteRequest.h"

class ClusterSession;
class QAction;
class QMenu;
class QWidget;

class AdminActions : public QObject
{
    Q_OBJECT

public:
    enum class Window { Account, CacheFlush, Certificates, Tenancy, Tokens, Listeners };

    // Adds the section (after a separator) to `menu`; windows open as children of `window`.
    AdminActions(ClusterSession *session, QMenu *menu, QWidget *window);

    QAction *action(Window window) const;
    // Opens (creating it if needed), refreshes and raises the window; null when its action is disabled.
    AdminWindow *open(Window window);
    // Null until first opened.
    AccountDialog *accountDialog() const { return m_account; }
    CacheFlushDialog *cacheFlushDialog() const { return m_cache; }
    CertificatesView *certificatesView() const { return m_certificates; }
    TenancyPanel *tenancyPanel() const { return m_tenancy; }
    TokensView *tokensView() const { return m_tokens; }
    ListenersView *listenersView() const { return m_listeners; }

signals:
    void writeRequested(const WriteRequest &request);

private:
    void updateState();
    AdminWindow *create(Window window);
    QAction *addAction(QMenu *menu, const QString &text, const QString &name, const QString &tip, Window window);

    ClusterSession *m_session;
    QWidget *m_window;
    QAction *m_actions[6] = {};
    QString m_tips[6];
    QPointer<AccountDialog> m_account;
    QPointer<CacheFlushDialog> m_cache;
    QPointer<CertificatesView> m_certificates;
    QPointer<TenancyPanel> m_tenancy;
    QPointer<TokensView> m_tokens;
    QPointer<ListenersView> m_listeners;
};
