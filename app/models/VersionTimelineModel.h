#pragma once

// VersionTimelineModel: the cluster's configuration versions as a list, newest first, ordered numerically (v10
// before v2 in this newest-first order). Each row has the number of changes against the previous (older) version,
// per type; the oldest version listed has no previous one, so its counts are empty. Qt Core only.

#include <QAbstractListModel>
#include <QList>
#include <QMap>

#include "app/domain/ConfigVersion.h"

class VersionTimelineModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NumberRole,        // qint64, -1 for ids that do not parse
        TimeRole,          // QDateTime (UTC)
        TimestampTextRole, // as the server sent it
        ModifiedByRole,
        ChangeCountsRole, // QVariantMap type key -> int
        TotalChangesRole, // int
        IsNewestRole      // bool
    };
    Q_ENUM(Role)

    explicit VersionTimelineModel(QObject *parent = nullptr);

    // Replaces the rows; `versions` in any order (sorted here).
    void setVersions(QList<ConfigVersion> versions);
    // Row data, newest first.
    const ConfigVersion &versionAt(int row) const { return m_rows.at(row).version; }
    QString newestId() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        ConfigVersion version;
        QMap<QString, int> counts;
        int total = 0;
    };
    QList<Row> m_rows;
};
