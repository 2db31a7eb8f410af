#pragma once

// UpgradeModel: what an upgrade check found, as a two-level tree: configuration types, then the entities the
// upgrade would add or modify, each with a check box (all checked after setEntries). A type row's check state
// follows its entities (partially checked when some are) and checking it checks them all. Free-text rows (the
// seed's sentences) have no check box: they name no entity. Columns: name, operation, note (collision warning,
// reserved, new). The tree and the check boxes are CheckableEntityModel's. Qt Core only; any one thread.

#include <QList>
#include <QStringList>

#include "app/models/CheckableEntityModel.h"
#include "app/write/Upgrade.h"

class UpgradeModel : public CheckableEntityModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, OperationColumn, NoteColumn, ColumnCount };

    enum Role {
        ConfigTypeRole = Qt::UserRole + 1, // QString: "roles"
        EntityRole,                        // QString: the entity (empty on type rows and text rows)
        OperationRole,                     // QString: "add", "modify", ...
        IsTypeRole,                        // bool: a type row
        IsTextRole,                        // bool: a free-text row
        ExistsRole,                        // bool: the entity exists live
        ReservedRole,                      // bool
        CollisionRole,                     // bool: performing would overwrite what is probably the user's own role
        WarningRole,                       // QString: the collision warning, empty otherwise
    };
    Q_ENUM(Role)

    explicit UpgradeModel(QObject *parent = nullptr);

    // Replaces the rows (a reset); every entity starts checked.
    void setEntries(const QList<UpgradeEntry> &entries);
    void clear() { setEntries({}); }
    const QList<UpgradeEntry> &entries() const { return m_entries; }

    // The checked entities' names, in row order.
    QStringList checkedEntities() const;
    QList<UpgradeEntry> checkedCollisions() const;
    bool hasTextRows() const;
    // False when there is no such entity row.
    bool setEntityChecked(const QString &entity, bool checked);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    // Free-text rows name no entity: no box.
    bool isCheckable(int type, int entity) const override;

private:
    struct TypeGroup
    {
        QString configType;
        QList<int> rows; // indices into m_entries
    };

    const UpgradeEntry &entryAt(int type, int entity) const { return m_entries.at(m_types.at(type).rows.at(entity)); }

    QList<UpgradeEntry> m_entries;
    QList<TypeGroup> m_types;
};
