#include "ui/views/write/WriteCoordinator.h"

#include "app/store/ClusterSession.h"
#include "app/store/VersionStore.h"
#include "app/write/BackupStore.h"
#include "app/write/WriteJournal.h"
#include "ui/views/problems/LintSession.h"
#include "ui/views/write/WriteDialog.h"

WriteCoordinator::WriteCoordinator(ClusterSession *session, QWidget *window)
    : QObject(window), m_session(session), m_window(window)
{ }

WriteCoordinator::~WriteCoordinator() = default;

void WriteCoordinator::setStores(BackupStore *backups, WriteJournal *journal)
{
    m_backups = backups;
    m_journal = journal;
}

void WriteCoordinator::ensureStores()
{
    if (m_backups && m_journal)
        return;
    m_defaultBackups = std::make_unique<BackupStore>();
    m_defaultJournal = std::make_unique<WriteJournal>();
    m_backups = m_defaultBackups.get();
    m_journal = m_defaultJournal.get();
}

QString WriteCoordinator::journalPath() const
{
    return m_journal ? m_journal->path() : WriteJournal::defaultPath();
}

void WriteCoordinator::request(const WriteRequest &request)
{
    if (!m_session->client()) {
        emit errorOccurred(tr("Not connected: nothing can be sent."));
        return;
    }
    if (m_dialog) {
        if (m_dialog->page() == WriteDialog::Page::Progress) {
            m_dialog->raise();
            emit errorOccurred(tr("A write is in progress; wait for its report."));
            return;
        }
        m_dialog->close();
    }
    ensureStores();
    WriteDialog::Context context;
    context.client = m_session->client();
    context.profile = m_session->connectionName();
    context.backups = m_backups;
    context.journal = m_journal;
    context.dangerWarnings = request.dangerWarnings;
    if (const auto &identity = m_session->identity()) {
        context.guard.userName = identity->userName;
        context.guard.backendRoles = identity->backendRoles;
        context.guard.currentRoles = identity->roles;
    } else {
        context.guard.userName = m_session->client()->settings().userName;
    }
    context.lint =
        LintSession::context(*m_session, nullptr, m_disabledLintRules ? m_disabledLintRules() : QStringList());
    if (m_nodeSettings) {
        context.lint->settings = m_nodeSettings();
        context.lint->settingsKnown = !context.lint->settings.toJson().isEmpty();
    }
    context.accessIndices = m_knownIndices ? m_knownIndices() : IndexMetadata();
    context.configuration = m_session->configuration().document;
    m_request = request;
    m_dialog = new WriteDialog(request.plan, context, m_window);
    connect(m_dialog, &WriteDialog::writeFinished, this, &WriteCoordinator::onWriteFinished);
    emit started();
    m_dialog->show();
}

void WriteCoordinator::onWriteFinished(const WriteReport &report, bool restore)
{
    if (report.wroteSomething()) {
        // Versions are recorded asynchronously: a loaded version store polls for the new one, and every view showing
        // it follows (an unloaded one loads when a view needs it). The session shows what is on the cluster now.
        VersionStore *versions = m_session->versions();
        if (versions && versions->state() == VersionStore::State::Loaded)
            versions->refreshUntilNewVersion(versions->newestId());
        m_session->refresh();
    }
    if (!restore && m_request.origin && m_request.finished)
        m_request.finished(report);
    emit finished(report);
}
