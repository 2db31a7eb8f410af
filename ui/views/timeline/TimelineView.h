#pragma once

// TimelineView: the cluster's configuration versions as a vertical timeline (newest first), the diff of the
// selected version against the live configuration or another version (changed paths and side-by-side JSON,
// secrets redacted), rollback ("Roll back to this version", "Undo the last change", "Restore selected entity or
// type") as write plans, and blame for a live path. Shows the session's VersionStore (loaded when shown; the write
// coordinator refreshes it after writes); diffs are computed by TimelineJobs on the WorkerPool (the newest selection
// wins), and the "Configuration" tab's tree is built only while that tab is shown. Writes go out as
// writeRequested(request) (the WriteCoordinator). GUI thread.

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include "app/common/Latest.h"
#include "app/domain/ConfigVersion.h"
#include "app/write/ChangePlan.h"
#include "ui/views/write/WriteRequest.h"

class ApiClient;
class ClusterSession;
class ConfigTreeModel;
class QCheckBox;
class QTabWidget;
class QTreeView;
class DiffTreeView;
class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class SideBySideDiffView;
class VersionStore;
class VersionTimelineModel;
struct TimelineDiff;

class TimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(ClusterSession *session, QWidget *parent = nullptr);
    ~TimelineView() override;

    VersionTimelineModel *model() const { return m_model; }
    VersionStore *store() const;
    QListView *list() const { return m_list; }
    DiffTreeView *diffTree() const { return m_diffTree; }
    SideBySideDiffView *sideBySide() const { return m_sideBySide; }
    // The selected version's whole configuration (hashes redacted unless "Reveal hashes" is checked).
    ConfigTreeModel *configurationModel() const { return m_configModel; }
    // The id of the selected version; empty when none.
    QString selectedId() const;
    bool selectVersion(const QString &id);
    // The versions to compare the selected one with: empty for the live configuration.
    bool setCompareWith(const QString &id);

    // Loads the versions (again).
    void reload();
    // Who set the value at `pointer` of the live configuration; answered by blameAnswered (loads if needed).
    void blame(const QString &pointer);

signals:
    void writeRequested(const WriteRequest &request);
    void blameAnswered(const QString &text);
    void errorOccurred(const QString &message);
    // "Export this version…": the version to write as securityadmin files (with its own hashes).
    void exportRequested(const ConfigVersion &version);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void ensureStore();
    void onLoaded();
    void onFailed(const QString &message);
    void updateButtons();
    void updateCompareCombo();
    void computeDiff();
    void showVersionConfiguration();
    void showDiff(const TimelineDiff &diff);
    void answerBlame();
    void rollbackTo(const QString &id);
    void restoreSelected();
    QJsonObject liveDocument() const;
    const ConfigVersion *findVersion(const QString &id) const;

    ClusterSession *m_session;
    QPointer<VersionStore> m_store; // the session's
    VersionTimelineModel *m_model;
    QListView *m_list;
    QLabel *m_message;
    QComboBox *m_compare;
    DiffTreeView *m_diffTree;
    SideBySideDiffView *m_sideBySide;
    QLabel *m_diffStatus;
    QTabWidget *m_tabs;
    ConfigTreeModel *m_configModel;
    QTreeView *m_configTree;
    QCheckBox *m_reveal;
    QPushButton *m_reload;
    QPushButton *m_rollback;
    QPushButton *m_undo;
    QPushButton *m_restore;
    QPushButton *m_export;
    Latest m_diffs {this}; // the newest comparison wins
    QString m_configShown; // the version (and reveal state) the Configuration tab's model was last given
    QString m_pendingBlame;
    bool m_hasPendingBlame = false;
};
