#pragma once

// WriteJournal: one JSON line per write to a cluster (docs/cli.md §10: `journal.jsonl` in the application data
// directory, shared by the app and secdesk-cli): time, profile, user, cluster, the plan, the result and the backup's
// file name. Entries pass through WriteSecrets before they are written, so no secret ever reaches the file.
// Plain file I/O on the calling thread.

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "app/common/Result.h"

class WriteJournal
{
    Q_DECLARE_TR_FUNCTIONS(WriteJournal)

public:
    // The default file: DataDirectory::path()/journal.jsonl.
    static QString defaultPath();

    explicit WriteJournal(QString path = defaultPath());

    const QString &path() const { return m_path; }

    // Appends the entry as one line (secrets redacted). The file is created with mode 0600.
    VoidResult append(const QJsonObject &entry);

    // Every entry, oldest first. Lines that do not parse are skipped (a crash may cut the last one off).
    QList<QJsonObject> entries() const;

private:
    QString m_path;
};
