#pragma once

// JournalModel: the write journal (WriteJournal::entries()) as a table, newest first: time, profile, user, what was
// written, the result and the backup's file name. Read-only; reload() re-reads the file (a reset). The journal
// never holds a secret, and the model shows no column that could. GUI thread (any one thread).

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>

class JournalModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, ProfileColumn, UserColumn, WhatColumn, ResultColumn, BackupColumn, ColumnCount };

    enum Role {
        EntryRole = Qt::UserRole + 1, // QJsonObject: the whole journal entry
        TimeRole,                     // QDateTime (UTC)
        OutcomeRole,                  // QString: "applied", "conflict", ...
    };
    Q_ENUM(Role)

    // An empty path reads WriteJournal::defaultPath().
    explicit JournalModel(const QString &path = QString(), QObject *parent = nullptr);

    const QString &path() const { return m_path; }
    // Reads another journal file (empty: the default one).
    void setPath(const QString &path);
    // Re-reads the journal file.
    void reload();
    QJsonObject entry(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_path;
    QList<QJsonObject> m_entries; // newest first
};
