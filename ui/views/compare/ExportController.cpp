#include "ui/views/compare/ExportController.h"

#include <optional>

#include <QDir>
#include <QFileDialog>
#include <QtConcurrent>

#include "app/common/WorkerPool.h"
#include "app/domain/SecurityAdminFiles.h"
#include "app/store/ClusterSession.h"
#include "app/store/VersionStore.h"

using namespace Qt::StringLiterals;

struct ExportOutcome
{
    QString dir;
    QString what;     // "the live configuration", "version v12"
    QString hashNote; // why there are no hashes, when there is no hash source
    std::optional<SecurityAdminFiles::ExportResult> result;
    QString error;
};

ExportController::ExportController(ClusterSession *session, QWidget *window)
    : QObject(window), m_session(session), m_window(window)
{ }

void ExportController::chooseDirectory(const QString &title, const std::function<void(const QString &)> &then)
{
    auto *dialog = new QFileDialog(m_window, title, m_lastDirectory);
    dialog->setObjectName(u"exportDirectoryDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setLabelText(QFileDialog::Accept, tr("Export"));
    connect(dialog, &QFileDialog::fileSelected, this, then);
    dialog->open();
}

void ExportController::chooseAndExportLive()
{
    if (!m_session->client() || m_session->state() != ClusterSession::State::Ready) {
        emit failed(tr("Not connected: there is no configuration to export."));
        return;
    }
    chooseDirectory(tr("Export the live configuration as securityadmin files"),
                    [this](const QString &dir) { exportLive(dir); });
}

void ExportController::chooseAndExportVersion(const ConfigVersion &version)
{
    chooseDirectory(tr("Export version %1 as securityadmin files").arg(version.id),
                    [this, version](const QString &dir) { exportVersion(version, dir); });
}

void ExportController::exportLive(const QString &dir)
{
    if (m_busy) {
        emit failed(tr("An export is in progress; wait for it to finish."));
        return;
    }
    if (!m_session->client() || !m_session->versions()) {
        emit failed(tr("Not connected: there is no configuration to export."));
        return;
    }
    m_busy = true;
    m_lastDirectory = dir;
    const QJsonObject live = m_session->configuration().document;
    // GET blanks every hash; the newest version that matches the live configuration holds the current ones. The
    // session's version store is read again (the newest version may be newer than what it last loaded).
    VersionStore *store = m_session->versions();
    const QString what = tr("the live configuration");
    store->loadThen(this, [this, store = QPointer<VersionStore>(store), live, dir, what](bool loaded) {
        if (!loaded || !store) {
            run(live, dir, {}, {},
                tr("no version could be read: %1").arg(store ? store->message() : tr("disconnected")), what);
            return;
        }
        if (store->versions().isEmpty()) {
            run(live, dir, {}, {}, tr("the cluster has no version to take them from"), what);
            return;
        }
        // Hashes only from a version whose configuration is the live one (apart from secrets): an older
        // version could hold a password that has changed since. The search compares documents: on the worker.
        const QList<ConfigVersion> versions = store->versions();
        const QString noMatch = tr("no version matches the live configuration (it changed after the newest version "
                                   "was recorded)");
        WorkerPool::whenFinished(
            this,
            QtConcurrent::run(WorkerPool::instance(),
                              [versions, live] { return SecurityAdminFiles::newestMatchingVersion(versions, live); }),
            [this, versions, live, dir, what, noMatch](const QFuture<qsizetype> &future) {
                const qsizetype index = future.result();
                if (index < 0) {
                    run(live, dir, {}, {}, noMatch, what);
                    return;
                }
                const ConfigVersion &match = versions.at(index);
                run(live, dir, match.toConfigDocument(true), match.id, QString(), what);
            });
    });
}

void ExportController::exportVersion(const ConfigVersion &version, const QString &dir)
{
    if (m_busy) {
        emit failed(tr("An export is in progress; wait for it to finish."));
        return;
    }
    m_busy = true;
    m_lastDirectory = dir;
    const QJsonObject document = version.toConfigDocument(true);
    run(document, dir, document, version.id, QString(), tr("version %1").arg(version.id));
}

void ExportController::run(const QJsonObject &document, const QString &dir, const QJsonObject &hashSource,
                           const QString &hashId, const QString &hashNote, const QString &what)
{
    WorkerPool::whenFinished(this,
                             QtConcurrent::run(WorkerPool::instance(),
                                               [=] {
                                                   ExportOutcome outcome;
                                                   outcome.dir = dir;
                                                   outcome.what = what;
                                                   outcome.hashNote = hashNote;
                                                   auto result =
                                                       SecurityAdminFiles::exportDirectory(document, dir, hashSource);
                                                   if (!result) {
                                                       outcome.error = result.error().toString();
                                                       return outcome;
                                                   }
                                                   outcome.result = *result;
                                                   outcome.result->hashVersionId = hashId;
                                                   return outcome;
                                               }),
                             [this](const QFuture<ExportOutcome> &future) { report(future.result()); });
}

void ExportController::report(const ExportOutcome &outcome)
{
    m_busy = false;
    const QString dir = QDir::toNativeSeparators(outcome.dir);
    if (!outcome.result) {
        emit failed(tr("Could not export %1 to %2: %3").arg(outcome.what, dir, outcome.error));
        return;
    }
    const SecurityAdminFiles::ExportResult &result = *outcome.result;
    QStringList parts;
    parts << tr("Exported %1 to %2 (%n file(s)).", nullptr, int(result.files.size())).arg(outcome.what, dir);
    if (!result.hashVersionId.isEmpty())
        parts << tr("Password hashes come from version %1.").arg(result.hashVersionId);
    else if (!outcome.hashNote.isEmpty())
        parts << tr("No password hashes: %1.").arg(outcome.hashNote);
    if (!result.usersWithoutHash.isEmpty())
        parts << tr("%n user(s) without a hash (written without a password; set one before running "
                    "securityadmin): %1.",
                    nullptr, int(result.usersWithoutHash.size()))
                     .arg(result.usersWithoutHash.join(u", "_s));
    else
        parts << tr("Every user has a hash.");
    if (!result.redactedSecrets.isEmpty())
        parts << tr("Passwords the cluster only shows as \"******\" are placeholders in: %1; replace them before "
                    "running securityadmin.")
                     .arg(result.redactedSecrets.join(u", "_s));
    emit exported(parts.join(u' '));
}
