#pragma once

// ClusterMenu: the "Cluster" menu: replace the security configuration (ReplaceConfigDialog) and the write journal
// (JournalView), both modeless windows created on first use as children of the main window, and after a separator
// the section for the plugin's other APIs (AdminActions: account, cache, certificates, tenancy, tokens, listeners).
// Sending is left to whoever connects writeRequested() (the WriteCoordinator). GUI thread.

#include <QObject>

#include "ui/views/write/WriteRequest.h"

class AdminActions;
class ClusterSession;
class JournalView;
class QAction;
class QMenu;
class QWidget;
class ReplaceConfigDialog;

class ClusterMenu : public QObject
{
    Q_OBJECT

public:
    // Widgets are created as children of `window`. An empty journal path reads the default journal.
    ClusterMenu(ClusterSession *session, QWidget *window, const QString &journalPath = QString());

    QMenu *menu() const { return m_menu; }
    QAction *replaceConfigAction() const { return m_replaceAction; }
    QAction *journalAction() const { return m_journalAction; }
    // Null until first opened.
    ReplaceConfigDialog *replaceConfigDialog() const { return m_replaceDialog; }
    JournalView *journalView() const { return m_journalView; }
    // Null until addAdminSection().
    AdminActions *adminActions() const { return m_admin; }
    // Appends the section for the plugin's other APIs, after a separator (once; the main window calls it after the
    // other Cluster entries are in place).
    void addAdminSection();

public slots:
    void openReplaceConfig();
    void openJournal();
    // The journal file to show (the one writes append to; empty: the default one).
    void setJournalPath(const QString &path);
    // A write was journalled: an open journal view re-reads the file.
    void reloadJournal();

signals:
    // From the replace-config dialog's Send: a PUT plan for securityconfig/config.
    void writeRequested(const WriteRequest &request);

private:
    void updateState();

    ClusterSession *m_session;
    QWidget *m_window;
    QString m_journalPath;
    QMenu *m_menu;
    QAction *m_replaceAction;
    QAction *m_journalAction;
    ReplaceConfigDialog *m_replaceDialog = nullptr;
    JournalView *m_journalView = nullptr;
    AdminActions *m_admin = nullptr;
};
