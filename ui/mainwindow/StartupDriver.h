#pragma once

// StartupDriver: carries out the launch options that act once the first configuration has been read (--show,
// --patch, --version-id, --compare-dir) and, for documentation pictures, --screenshot (with --filter and --select):
// it waits until what the picture needs has settled (at most 5 s), saves the picture and quits the application.
// GUI thread; a child of the main window.

#include <QObject>

#include "ui/mainwindow/LaunchOptions.h"
#include "ui/views/admin/AdminActions.h"

class AdminWindow;
class ClusterSession;
class MainWindow;

class StartupDriver : public QObject
{
    Q_OBJECT

public:
    StartupDriver(MainWindow *window, ClusterSession *session, const LaunchOptions &options);

private:
    void onFirstConfiguration();
    void selectVersionOnce();
    bool settled() const;
    AdminActions::Window adminWindow() const;
    AdminWindow *shownAdminWindow() const;
    void shoot();

    MainWindow *m_window;
    ClusterSession *m_session;
    LaunchOptions m_options;
    bool m_configured = false;
    bool m_versionSelected = false;
};
