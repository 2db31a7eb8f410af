#pragma once

// WriteDialog: every write to the cluster from the GUI goes through here. It shows the ChangePlan for
// confirmation (summary, warnings with any lockout warning at the top, the changes, the exact requests as curl
// with secrets redacted), runs SafeWrite on Send (stages, progress, Cancel until the first request), then shows the
// WriteReport: applied and verified, a conflict (base / server / yours per path, nothing written), a partial write
// (applied / failed / not sent, with "Restore from backup"), or verification differences.
//
// Non-modal towards the event loop: open it with show() (never exec()); tests drive it through the objectNames.
// Cancel is the default button, so Enter does not write. GUI thread.

#include <QDialog>
#include <QPointer>

#include "app/write/ChangePlan.h"
#include "app/write/SafeWrite.h"
#include "app/write/WriteReport.h"

class ApiClient;
class BackupStore;
class DiffTreeView;
class MessageBar;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
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
        QStringList dangerWarnings; // lockout warnings of the editor, shown loud above everything else
    };

    enum class Page { Confirm, Progress, Report };

    WriteDialog(ChangePlan plan, Context context, QWidget *parent = nullptr);

    const ChangePlan &plan() const { return m_plan; }
    Page page() const;
    // The last report (valid once page() is Report).
    const WriteReport &report() const { return m_report; }
    bool hasReport() const { return m_hasReport; }

    // The same as clicking the buttons (for tests and the composition root).
    void send();
    void restoreFromBackup();

signals:
    // A write ended (one per SafeWrite run, including a restore run).
    void writeFinished(const WriteReport &report);

protected:
    void reject() override;

private:
    QWidget *createConfirmPage();
    QWidget *createProgressPage();
    QWidget *createReportPage();
    void showPlan();
    void showChanges(const QList<JsonChange> &changes);
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

    QStackedWidget *m_pages;
    // Confirm
    MessageBar *m_lockoutBar;
    QLabel *m_title;
    QLabel *m_summary;
    QLabel *m_warnings;
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
    QTreeWidget *m_conflict;
    DiffTreeView *m_serverChanges;
    DiffTreeView *m_differences;
    QPlainTextEdit *m_reportText;
    QPushButton *m_restore;
    QPushButton *m_close;
};
