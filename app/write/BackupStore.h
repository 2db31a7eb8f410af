#pragma once

// BackupStore: the configuration documents saved before each write (docs/cli.md §10: `backups/` in the application data
// directory, shared by the app and secdesk-cli). One JSON file per write, named by its UTC time (and the profile),
// file mode 0600, the newest N kept. Secrets are redacted before anything is written: a backup never holds a
// password or a hash. Plain file I/O on the calling thread (a document is written once per write).

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "app/common/Result.h"

struct BackupInfo
{
    QString fileName; // "20260101T120000.123Z-prod.json"
    QString path;     // absolute
    QDateTime created;
    QString profile;
};

class BackupStore
{
    Q_DECLARE_TR_FUNCTIONS(BackupStore)

public:
    static constexpr int DefaultKeep = 50;

    // The default directory: DataDirectory::path()/backups.
    static QString defaultDirectory();

    explicit BackupStore(QString directory = defaultDirectory(), int keep = DefaultKeep);

    const QString &directory() const { return m_directory; }
    int keep() const { return m_keep; }
    void setKeep(int keep) { m_keep = keep; }

    // Writes the document (redacted), then prunes to the newest `keep`. The directory is created (mode 0700).
    Result<BackupInfo> save(const QJsonObject &document, const QString &profile = QString(),
                            const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Newest first.
    QList<BackupInfo> list() const;
    // A backup by file name (or absolute path).
    Result<QJsonObject> read(const QString &fileName) const;

private:
    void prune();

    QString m_directory;
    int m_keep;
};
