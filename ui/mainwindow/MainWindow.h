#pragma once

// MainWindow: builds the menus, actions, pages and status bar, and wires the views to the cluster session.
// GUI thread.

#include <QMainWindow>

class ClusterSession;
class ConfigTreeModel;
class ConfigTreeView;
class MessageBar;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QToolButton;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ClusterSession *session, QWidget *parent = nullptr);

    ConfigTreeView *configTreeView() const { return m_treeView; }
    MessageBar *messageBar() const { return m_messageBar; }

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
    void updateState();
    void showConfiguration();

    ClusterSession *m_session;
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
};
