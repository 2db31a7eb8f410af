#pragma once

// MainWindow: builds the menus, actions, pages and status bar, and wires the views to the cluster session.
// GUI thread.

#include <QMainWindow>

class ClusterSession;
class ConfigTreeModel;
class ConfigTreeView;
class MessageBar;
class PatchEditorView;
class ProfileMenu;
class ProfileStore;
class QDockWidget;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QToolButton;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Without a profile store there is no "Connection" menu and "Add a cluster" stays disabled.
    explicit MainWindow(ClusterSession *session, ProfileStore *profiles = nullptr, QWidget *parent = nullptr);

    ConfigTreeView *configTreeView() const { return m_treeView; }
    MessageBar *messageBar() const { return m_messageBar; }
    // The patch editor; its sendRequested() is for the composition root to connect.
    PatchEditorView *patchEditor() const { return m_patchEditor; }
    ProfileMenu *profileMenu() const { return m_profileMenu; }

signals:
    // The user asked for the sandbox; the composition root starts it and connects the session.
    void sandboxRequested();

public slots:
    void showError(const QString &message);

private:
    void createActions();
    QWidget *createWelcomePage();
    QWidget *createClusterPage();
    void createStatusBar();
    void createPatchEditor();
    void updateState();
    void showConfiguration();

    ClusterSession *m_session;
    ProfileMenu *m_profileMenu = nullptr;
    ConfigTreeModel *m_model;
    QStackedWidget *m_pages;
    ConfigTreeView *m_treeView = nullptr;
    MessageBar *m_messageBar = nullptr;
    QLabel *m_identityLabel = nullptr;
    QLabel *m_clusterLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_lastReadLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_cancelAction = nullptr;
    PatchEditorView *m_patchEditor = nullptr;
    QDockWidget *m_patchDock = nullptr;
    QString m_draftName;
};
