#pragma once

// MainWindow: builds the menus, actions, pages and status bar, and wires the views to the cluster session.
// GUI thread.

#include <functional>
#include <optional>

#include <QHash>
#include <QJsonObject>
#include <QMainWindow>

#include "app/lint/Lint.h"

class AccessConfigStore;
class EffectivePermissionsView;
class BackupStore;
class ExplainView;
class IndexMetadataStore;
class QTabWidget;
class WhoCanView;
class WriteJournal;

class ClusterMenu;
class CompareMenu;
class EntityForms;
class ClusterSession;
class ConfigTreeModel;
class ConfigTreeView;
class MessageBar;
class PatchEditorView;
class ProblemsView;
class ProfileMenu;
class ProfileStore;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;
class Settings;
class QToolButton;
class TimelineView;
class UpgradeView;
class WriteCoordinator;
class WriteDialog;
class WriteReport;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Without a profile store there is no "Connection" menu and "Add a cluster" stays disabled.
    explicit MainWindow(ClusterSession *session, ProfileStore *profiles = nullptr, QWidget *parent = nullptr);

    ConfigTreeView *configTreeView() const { return m_treeView; }
    MessageBar *messageBar() const { return m_messageBar; }
    // The patch editor (its writes go through writes()).
    PatchEditorView *patchEditor() const { return m_patchEditor; }
    // The version timeline (dock "View > Version timeline").
    TimelineView *timelineView() const { return m_timeline; }
    QDockWidget *timelineDock() const { return m_timelineDock; }
    // The upgrade assistant (dock "Cluster > Upgrade assistant", Ctrl+Shift+U) and its dock.
    UpgradeView *upgradeView() const { return m_upgrade; }
    QDockWidget *upgradeDock() const { return m_upgradeDock; }
    // The lint findings of the live configuration (dock "View > Problems", Ctrl+Shift+L).
    ProblemsView *problemsView() const { return m_problems; }
    QDockWidget *problemsDock() const { return m_problemsDock; }
    // Access: "Explain access" (Ctrl+Shift+A) and "Who can access" (Ctrl+Shift+W), tabs of the dock "View > Access".
    ExplainView *explainView() const { return m_explain; }
    WhoCanView *whoCanView() const { return m_whoCan; }
    EffectivePermissionsView *effectivePermissionsView() const { return m_effective; }
    QDockWidget *accessDock() const { return m_accessDock; }
    // The cluster's indices, aliases and data streams, read after each configuration read.
    IndexMetadataStore *indexMetadata() const { return m_indexMetadata; }
    // The live configuration compiled for access evaluation, shared by the access views.
    AccessConfigStore *accessConfigs() const { return m_accessConfigs; }
    // The entity forms (New, Edit, Duplicate, Rename, Delete).
    EntityForms *forms() const { return m_forms; }
    ProfileMenu *profileMenu() const { return m_profileMenu; }
    // The "Cluster" menu (replace config, write journal).
    ClusterMenu *clusterMenu() const { return m_clusterMenu; }
    // Every write from every view goes through here.
    WriteCoordinator *writes() const { return m_writes; }
    // The Cluster menu's compare, promote and export entries (the compare window is created on first use).
    CompareMenu *compareMenu() const { return m_compareMenu; }
    // Where writes keep their backups and journal lines (the composition root injects them; without them the
    // window uses the defaults in the data directory, created on the first write).
    void setWriteStores(BackupStore *backups, WriteJournal *journal);
    // Adds "File > Preferences…" (the language), saved in `settings`; the lint rules disabled per connection are kept
    // there too.
    void setSettings(Settings *settings);
    // The dialog of the write in progress or last shown, while it is open.
    WriteDialog *writeDialog() const;

    enum class View { PatchEditor, Timeline, Upgrade, Problems, Explain, WhoCan };
    // Shows and raises the dock of a view (as its menu entry does).
    void showView(View view);

signals:
    // The user asked for the sandbox; the composition root starts it and connects the session.
    void sandboxRequested();

public slots:
    void showError(const QString &message);
    // Help > About: the version, the Qt version and the licences (non-modal).
    void showAbout();

private:
    void createActions();
    QWidget *createWelcomePage();
    QWidget *createClusterPage();
    void createStatusBar();
    void createPatchEditor();
    void createTimeline();
    void createUpgrade();
    void createProblems();
    void createAccess();
    // The node settings assumed for the current connection (Settings, or kept in memory without them), and their
    // dialog.
    QJsonObject nodeSettingsJson() const;
    void editNodeSettings();
    void createForms(const std::function<std::optional<LintContext>()> &lint);
    // What lint knows of the connected cluster (its version, the connected user, the rules disabled here).
    LintContext lintContext() const;
    void createCompare(ProfileStore *profiles);
    void updateState();
    void showConfiguration();
    void onWriteFinished(const WriteReport &report);

    ClusterSession *m_session;
    ProfileMenu *m_profileMenu = nullptr;
    ClusterMenu *m_clusterMenu = nullptr;
    CompareMenu *m_compareMenu = nullptr;
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
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_patchMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    Settings *m_settings = nullptr;
    QHash<QString, QJsonObject> m_nodeSettings; // by connection, when there are no Settings
    QAction *m_refreshAction = nullptr;
    QAction *m_cancelAction = nullptr;
    PatchEditorView *m_patchEditor = nullptr;
    QDockWidget *m_patchDock = nullptr;
    TimelineView *m_timeline = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    ProblemsView *m_problems = nullptr;
    EntityForms *m_forms = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    UpgradeView *m_upgrade = nullptr;
    QDockWidget *m_upgradeDock = nullptr;
    IndexMetadataStore *m_indexMetadata = nullptr;
    AccessConfigStore *m_accessConfigs = nullptr;
    ExplainView *m_explain = nullptr;
    WhoCanView *m_whoCan = nullptr;
    QTabWidget *m_accessTabs = nullptr;
    EffectivePermissionsView *m_effective = nullptr;
    QDockWidget *m_accessDock = nullptr;
    QString m_draftName;
    WriteCoordinator *m_writes;
    bool m_readErrorShown = false; // the message bar shows why the session could not read (cleared by a read)
};
