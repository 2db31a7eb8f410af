#pragma once

// UpgradeView: the upgrade assistant (docs/api/security-api.md §8, §12.1). "Check" asks _upgrade_check and lists, per
// type, the entities the upgrade would add or modify, with check boxes, an operation badge and a warning on collisions
// (a role that exists but is not reserved: probably the user's own, which performing would overwrite). "Perform
// selected" remembers the newest version id (read through the session's version store), then hands an upgrade plan
// (with the collision warnings as danger warnings) to writeRequested (the WriteCoordinator). When that write ends it
// shows the before/after of each performed entity and enables "Undo this upgrade": a rollback to the remembered
// version through the normal rollback plan. Up to date and unsupported clusters are explained, not errors.
// GUI thread.

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include "app/common/Latest.h"
#include "app/domain/ConfigVersion.h"
#include "app/write/ChangePlan.h"
#include "app/write/WriteReport.h"
#include "ui/views/write/WriteRequest.h"

class ApiCall;
class ApiClient;
class ClusterSession;
class ConfigFetch;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTreeView;
class SideBySideDiffView;
class UpgradeModel;
class VersionStore;

class UpgradeView : public QWidget
{
    Q_OBJECT

public:
    enum class State { Idle, Checking, Available, UpToDate, Unsupported, Failed, Preparing };
    Q_ENUM(State)

    explicit UpgradeView(ClusterSession *session, QWidget *parent = nullptr);
    ~UpgradeView() override;

    State state() const { return m_state; }
    UpgradeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    SideBySideDiffView *diffView() const { return m_diff; }
    QListWidget *resultList() const { return m_results; }
    // The newest version id read just before the last perform ("Undo this upgrade" rolls back to it).
    QString rememberedVersionId() const { return m_rememberedId; }
    const QList<UpgradeEntityResult> &lastResults() const { return m_lastResults; }

public slots:
    void check();
    void performSelected();
    void undoUpgrade();

signals:
    void writeRequested(const WriteRequest &request);

private:
    // The report of a write this view requested.
    void onWriteFinished(const WriteReport &report);
    void setState(State state, const QString &text = QString());
    void onChecked(const QJsonValue &checkBody);
    void sendPlan();
    void showResults(const QList<UpgradeEntityResult> &results);
    void updateButtons();

    ClusterSession *m_session;
    ApiClient *m_client = nullptr; // the session's client the state below belongs to
    State m_state = State::Idle;
    UpgradeModel *m_model;
    QTreeView *m_tree;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_check;
    QPushButton *m_all;
    QPushButton *m_none;
    QPushButton *m_perform;
    QPushButton *m_undo;
    QLabel *m_resultLabel;
    QListWidget *m_results;
    SideBySideDiffView *m_diff;
    QWidget *m_resultPane;
    QSplitter *m_splitter;

    QPointer<ApiCall> m_call;
    QPointer<ConfigFetch> m_fetch;
    QJsonObject m_live;          // roles read with the last check (the plan's base, the collision flags)
    QStringList m_pendingDanger; // for the plan being prepared
    QStringList m_pendingEntities;
    QString m_availableText; // the status shown while the check's result is on screen
    QString m_rememberedId;
    ConfigVersion m_rememberedVersion;
    bool m_undoPending = false;
    QList<UpgradeEntityResult> m_lastResults;
    Latest m_requests {this}; // a newer check, perform or connection wins
};
