#include "app/models/VersionTimelineModel.h"

#include <QVariantMap>

using namespace Qt::StringLiterals;

VersionTimelineModel::VersionTimelineModel(QObject *parent) : QAbstractListModel(parent) { }

void VersionTimelineModel::setVersions(QList<ConfigVersion> versions)
{
    ConfigVersions::sort(versions);
    QList<Row> rows;
    QJsonObject previous;
    for (qsizetype i = 0; i < versions.size(); ++i) {
        Row row;
        row.version = versions.at(i);
        const QJsonObject document = row.version.toConfigDocument(true);
        if (i > 0) {
            row.counts = ConfigVersions::changeCounts(previous, document);
            for (int count : std::as_const(row.counts))
                row.total += count;
        }
        previous = document;
        rows.prepend(row);
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QString VersionTimelineModel::newestId() const
{
    return m_rows.isEmpty() ? QString() : m_rows.first().version.id;
}

int VersionTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant VersionTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case IdRole:
        return row.version.id;
    case NumberRole:
        return row.version.number;
    case TimeRole:
        return row.version.timestamp;
    case TimestampTextRole:
        return row.version.timestampText;
    case ModifiedByRole:
        return row.version.modifiedBy;
    case ChangeCountsRole: {
        QVariantMap counts;
        for (auto it = row.counts.constBegin(); it != row.counts.constEnd(); ++it)
            counts.insert(it.key(), it.value());
        return counts;
    }
    case TotalChangesRole:
        return row.total;
    case IsNewestRole:
        return index.row() == 0;
    default:
        return {};
    }
}

QHash<int, QByteArray> VersionTimelineModel::roleNames() const
{
    return {{IdRole, "id"},
            {NumberRole, "number"},
            {TimeRole, "time"},
            {TimestampTextRole, "timestampText"},
            {ModifiedByRole, "modifiedBy"},
            {ChangeCountsRole, "changeCounts"},
            {TotalChangesRole, "totalChanges"},
            {IsNewestRole, "isNewest"}};
}
