#pragma once

// CompareMenu: the Cluster menu's compare, promote and export entries: "Compare with a securityadmin directory…",
// "Compare with another connection…" (both open the CompareView, a window of its own created on first use) and
// "Export as securityadmin files…" (ExportController, which also exports versions for the timeline). Writes leave
// as writeRequested() for the WriteCoordinator. GUI thread.

#include <QObject>

#include "app/domain/ConfigVersion.h"
#include "ui/views/write/WriteRequest.h"

class ClusterSession;
class CompareView;
class ExportController;
class ProfileStore;
class QAction;
class QMenu;
class QWidget;

class CompareMenu : public QObject
{
    Q_OBJECT

public:
    // Adds the actions to `menu`; widgets are created as children of `window`.
    CompareMenu(ClusterSession *session, ProfileStore *profiles, QMenu *menu, QWidget *window);

    QAction *compareDirectoryAction() const { return m_compareDirectory; }
    QAction *compareConnectionAction() const { return m_compareConnection; }
    QAction *exportAction() const { return m_export; }
    // Null until first opened.
    CompareView *compareView() const { return m_view; }
    ExportController *exporter() const { return m_exporter; }

public slots:
    // Shows the compare window (creating it on first use) and returns it.
    CompareView *openCompareView();
    void compareDirectory();
    void compareConnection();
    void exportLive();
    void exportVersion(const ConfigVersion &version);

signals:
    void writeRequested(const WriteRequest &request);
    void noticeShown(const QString &message);
    void errorOccurred(const QString &message);

private:
    void updateState();

    ClusterSession *m_session;
    ProfileStore *m_profiles;
    QWidget *m_window;
    QAction *m_compareDirectory;
    QAction *m_compareConnection;
    QAction *m_export;
    CompareView *m_view = nullptr;
    ExportController *m_exporter;
};
