#pragma once

// WriteCoordinator: the one home of every write from the GUI. A view hands it a WriteRequest; it opens the
// confirmation (WriteDialog: the plan, its danger warnings, the lockout check for the connected user and the lint
// findings the change introduces and removes), which runs the safe-write pipeline and shows the report; afterwards it
// refreshes the ClusterSession and its versions and tells the view that asked. MainWindow only wires views to request()
// and shows finished() in its message bar. GUI thread.

#include <functional>
#include <memory>

#include <QObject>
#include <QPointer>

#include "app/access/NodeSettings.h"
#include "app/domain/IndexMetadata.h"
#include "ui/views/write/WriteRequest.h"

class BackupStore;
class ClusterSession;
class QWidget;
class WriteDialog;
class WriteJournal;

class WriteCoordinator : public QObject
{
    Q_OBJECT

public:
    // Dialogs open as children of `window`.
    WriteCoordinator(ClusterSession *session, QWidget *window);
    ~WriteCoordinator() override;

    // Where writes keep their backups and journal lines; without this call, the defaults in the data directory
    // (created on the first write).
    void setStores(BackupStore *backups, WriteJournal *journal);
    // The lint rules switched off for the current connection (the Problems dock's), which confirmations do not run.
    void setDisabledLintRules(std::function<QStringList()> rules) { m_disabledLintRules = std::move(rules); }
    // The cluster's known indices, aliases and data streams, over which confirmations name the access changes (with
    // the configuration's patterns); without it, the patterns only.
    void setKnownIndices(std::function<IndexMetadata()> indices) { m_knownIndices = std::move(indices); }
    // The node settings (opensearch.yml) confirmations assume for lint and access changes; without it, defaults.
    void setNodeSettings(std::function<NodeSettings()> settings) { m_nodeSettings = std::move(settings); }
    // The journal writes append to (the default one until setStores()).
    QString journalPath() const;
    // The dialog of the write in progress or last shown, while it is open.
    WriteDialog *dialog() const { return m_dialog; }

public slots:
    // Opens the confirmation for the request. Refused (errorOccurred) when not connected or while another write is
    // on its way.
    void request(const WriteRequest &request);

signals:
    // A confirmation opened: messages about an earlier write are stale.
    void started();
    // A write (or a restore after it) ended.
    void finished(const WriteReport &report);
    void errorOccurred(const QString &message);

private:
    void onWriteFinished(const WriteReport &report, bool restore);
    void ensureStores();

    ClusterSession *m_session;
    QWidget *m_window;
    BackupStore *m_backups = nullptr;
    WriteJournal *m_journal = nullptr;
    std::function<QStringList()> m_disabledLintRules;
    std::function<IndexMetadata()> m_knownIndices;
    std::function<NodeSettings()> m_nodeSettings;
    std::unique_ptr<BackupStore> m_defaultBackups;
    std::unique_ptr<WriteJournal> m_defaultJournal;
    QPointer<WriteDialog> m_dialog;
    WriteRequest m_request; // the request the open dialog is for
};
