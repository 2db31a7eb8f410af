#include "app/models/JournalModel.h"

#include <algorithm>

#include <QDateTime>
#include <QJsonArray>

#include "app/write/WriteJournal.h"

using namespace Qt::StringLiterals;

namespace {

QDateTime entryTime(const QJsonObject &entry)
{
    return QDateTime::fromString(entry.value(u"time"_s).toString(), Qt::ISODateWithMs);
}

QString outcomeText(const QString &outcome)
{
    if (outcome == u"applied"_s)
        return JournalModel::tr("Applied");
    if (outcome == u"nothing-to-do"_s)
        return JournalModel::tr("Nothing to do");
    if (outcome == u"conflict"_s)
        return JournalModel::tr("Conflict");
    if (outcome == u"failed"_s)
        return JournalModel::tr("Failed");
    if (outcome == u"partially-applied"_s)
        return JournalModel::tr("Partially applied");
    if (outcome == u"verification-failed"_s)
        return JournalModel::tr("Verification failed");
    if (outcome == u"cancelled"_s)
        return JournalModel::tr("Cancelled");
    return outcome;
}

} // namespace

JournalModel::JournalModel(const QString &path, QObject *parent)
    : QAbstractTableModel(parent), m_path(path.isEmpty() ? WriteJournal::defaultPath() : path)
{
    reload();
}

void JournalModel::setPath(const QString &path)
{
    m_path = path.isEmpty() ? WriteJournal::defaultPath() : path;
    reload();
}

void JournalModel::reload()
{
    QList<QJsonObject> entries = WriteJournal(m_path).entries();
    std::reverse(entries.begin(), entries.end());
    // The file is in append order; two processes (the app and the CLI) may append slightly out of time order.
    std::stable_sort(entries.begin(), entries.end(),
                     [](const QJsonObject &a, const QJsonObject &b) { return entryTime(a) > entryTime(b); });
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

QJsonObject JournalModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row) : QJsonObject();
}

int JournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int JournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject &entry = m_entries.at(index.row());
    const QJsonObject plan = entry.value(u"plan"_s).toObject();
    const QJsonObject result = entry.value(u"result"_s).toObject();
    switch (role) {
    case EntryRole:
        return entry;
    case TimeRole:
        return entryTime(entry);
    case OutcomeRole:
        return result.value(u"outcome"_s).toString();
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: {
            const QDateTime time = entryTime(entry);
            return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s)
                                  : entry.value(u"time"_s).toString();
        }
        case ProfileColumn:
            return entry.value(u"profile"_s).toString();
        case UserColumn:
            return entry.value(u"user"_s).toString();
        case WhatColumn:
            return plan.value(u"title"_s).toString();
        case ResultColumn:
            return outcomeText(result.value(u"outcome"_s).toString());
        case BackupColumn:
            return entry.value(u"backup"_s).toString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == WhatColumn) {
            QStringList types;
            for (const QJsonValue &type : plan.value(u"types"_s).toArray())
                types << type.toString();
            return tr("Types: %1").arg(types.join(u", "_s));
        }
        if (index.column() == ResultColumn && result.contains(u"error"_s))
            return result.value(u"error"_s).toString();
        if (index.column() == TimeColumn)
            return entry.value(u"cluster"_s).toString();
        return {};
    }
    return {};
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ProfileColumn:
        return tr("Profile");
    case UserColumn:
        return tr("User");
    case WhatColumn:
        return tr("What");
    case ResultColumn:
        return tr("Result");
    case BackupColumn:
        return tr("Backup");
    }
    return {};
}
