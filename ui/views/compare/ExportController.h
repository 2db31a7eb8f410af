#pragma once

// ExportController: writes the live configuration or one version as a securityadmin directory
// (SecurityAdminFiles::exportDirectory) and reports which users have no password hash and where the hashes came
// from. The live configuration takes its hashes from the cluster's newest version (GET never shows hashes), loaded
// through the session's VersionStore; a version takes them from itself. Writing runs on the WorkerPool. GUI thread.

#include <functional>

#include <QObject>
#include <QPointer>

#include "app/domain/ConfigVersion.h"

class ClusterSession;
class QWidget;
struct ExportOutcome;

class ExportController : public QObject
{
    Q_OBJECT

public:
    // The directory dialog opens over `window`.
    ExportController(ClusterSession *session, QWidget *window);

    bool isBusy() const { return m_busy; }

public slots:
    // Ask for a directory (a non-modal file dialog), then export.
    void chooseAndExportLive();
    void chooseAndExportVersion(const ConfigVersion &version);
    // Export without asking.
    void exportLive(const QString &dir);
    void exportVersion(const ConfigVersion &version, const QString &dir);

signals:
    // A report for people: the files, the hash source, the users without a hash.
    void exported(const QString &message);
    void failed(const QString &message);

private:
    void chooseDirectory(const QString &title, const std::function<void(const QString &)> &then);
    void run(const QJsonObject &document, const QString &dir, const QJsonObject &hashSource, const QString &hashId,
             const QString &hashNote, const QString &what);
    void report(const ExportOutcome &outcome);

    ClusterSession *m_session;
    QWidget *m_window;
    QString m_lastDirectory;
    bool m_busy = false;
};
