#pragma once

// WriteDialog: the confirmation, progress and report of one write (WriteCoordinator opens it for every write from
// the GUI). It shows the ChangePlan for confirmation (summary, danger warnings at the top, the changes, the exact
// requests as curl with secrets redacted). A plan that takes roles or REST API access away from the connected user or
// the Dashboards server user says in one sentence what is lost, and Send stays off until the user types the name of
// the entity that causes it. The lint findings the change introduces and removes (Lint::change) are listed; one that
// introduces a critical finding needs the same typed confirmation (the name of the entity it is on). The change list,
// the lockout check and lint are computed on workers; Send waits for all of them. Send runs SafeWrite
// (stages, progress, Cancel until the first request), then the WriteReport shows: applied and verified, a conflict
// (base / server / yours per path, nothing written), a partial write (with "Restore from backup"), an outcome found by
// reading back after a lost answer, another writer's changes, differences; server messages whole, "Copy details".
//
// Non-modal towards the event loop: open it with show() (never exec()); tests drive it through the objectNames.
// Cancel is the default button, so Enter does not write. GUI thread.

#include <optional>

#include <QDialog>
#include <QPointer>

#include "app/access/AccessImpact.h"
#include "app/common/Latest.h"
#include "app/domain/IndexMetadata.h"
#include "app/domain/PatchGuards.h"
#include "app/lint/Lint.h"
#include "app/write/ChangePlan.h"
#include "app/write/SafeWrite.h"
#include "app/write/WriteReport.h"

class ApiClient;
class BackupStore;
class DiffTreeView;
class MessageBar;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class AccessChangesTree;
class LintDeltaTree;
class QTreeWidget;
class WriteJournal;

class WriteDialog : public QDialog
{
    Q_OBJECT

public:
    struct Context
    {
        ApiClient *client = nullptr;
        QString profile;
        BackupStore *backups = nullptr;
        WriteJournal *journal = nullptr;
        QStringList dangerWarnings;      // shown loud above everything else (an upgrade's collisions, ...)
        GuardContext guard;              // who is connected, for the lockout check
        std::optional<LintContext> lint; // lint the change with this; none: no lint
        // Name the access changes (who gains and loses what) over these known indices and the configuration's
        // patterns; none: not compared.
        std::optional<IndexMetadata> accessIndices;
        // The whole configuration as last read. An upgrade's plan holds only the roles: who holds the roles it
        // changes, and afterwards what it changed in access, are worked out on this.
        QJsonObject configuration;
    };

    enum class Page { Confirm, Progress, Report };

    WriteDialog(ChangePlan plan, Context context, QWidget *parent = nullptr);

    const ChangePlan &plan() const { return m_plan; }
    Page page() const;
    // The last report (valid once page() is Report).
    const WriteReport &report() const { return m_report; }
    bool hasReport() const { return m_hasReport; }
    // What the plan takes away (computed on a worker with the change list; empty until then).
    const QList<Lockout> &lockouts() const { return m_lockouts; }
    // The findings the plan introduces and removes (computed on a worker; empty until lintReady()).
    const LintDelta &lintDelta() const { return m_lintDelta; }
    bool lintReady() const { return m_lintReady; }
    // What the plan does to access (computed on a worker; does not hold Send back).
    const AccessChanges &accessChanges() const { return m_accessChanges; }
    bool accessReady() const { return m_accessReady; }
    // The name to type before Send is enabled (a lockout's entity, else the entity of an introduced critical
    // finding); empty when none is needed.
    QString confirmationName() const;

    // The same as clicking the buttons (for tests and the composition root).
    void send();
    void restoreFromBackup();

signals:
    // A write ended (one per SafeWrite run; `restore` for the restore from backup offered after it).
    void writeFinished(const WriteReport &report, bool restore);

protected:
    void reject() override;

private:
    QWidget *createConfirmPage();
    QWidget *createProgressPage();
    QWidget *createReportPage();
    void showPlan();
    void showReview(const QList<JsonChange> &changes, const QList<Lockout> &lockouts);
    void showLint(const LintDelta &delta);
    void showAccess(const AccessChanges &changes);
    void showReach(const RoleReach &reach);
    void compareUpgradedAccess();
    void updateConfirmation();
    void showStepDetails();
    void updateSendButton();
    void onStage(SafeWrite::Stage stage);
    void onFinished(const WriteReport &report);
    void showReport();
    void showError(const QString &text);

    ChangePlan m_plan;
    Context m_context;
    WriteReport m_report;
    bool m_hasReport = false;
    QPointer<SafeWrite> m_write;
    bool m_restoring = false;
    bool m_changesReady = false; // Send waits for the change list, computed on a worker
    QList<Lockout> m_lockouts;
    bool m_lintReady = true;
    LintDelta m_lintDelta;
    Latest m_lint {this}; // the current plan's lint (a restore plans again)
    bool m_accessReady = true;
    AccessChanges m_accessChanges;
    Latest m_access {this};

    QStackedWidget *m_pages;
    // Confirm
    MessageBar *m_lockoutBar;
    QWidget *m_confirmRow;
    QLabel *m_confirmLabel;
    QLineEdit *m_confirmEdit;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_warnings;
    QLabel *m_lintSummary;
    LintDeltaTree *m_findings;
    QLabel *m_accessSummary;
    AccessChangesTree *m_accessTree;
    QTabWidget *m_planTabs;
    DiffTreeView *m_changes;
    QPlainTextEdit *m_requests;
    QPushButton *m_send;
    QPushButton *m_cancel;
    // Progress
    QListWidget *m_stages;
    QPlainTextEdit *m_log;
    QPushButton *m_cancelWrite;
    // Report
    QLabel *m_outcome;
    QTabWidget *m_reportTabs;
    QTreeWidget *m_steps;
    QPlainTextEdit *m_stepDetails;
    QTreeWidget *m_conflict;
    DiffTreeView *m_serverChanges;
    DiffTreeView *m_differences;
    QPlainTextEdit *m_reportText;
    AccessChangesTree *m_reportAccess; // an upgrade's access changes, known once it is done
    QPushButton *m_restore;
    QPushButton *m_copy;
    QPushButton *m_close;
};
