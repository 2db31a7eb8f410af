#pragma once

// CompareModel: the entities that differ between a source (a securityadmin directory, another cluster) and the
// live configuration, as a tree of types and entities with check boxes, for promoting selected entities through
// ChangePlan::promote. Entities only live are removals: they can be checked only after setPruneEnabled(true).
// The tree and the check boxes are CheckableEntityModel's. Qt Core only; one thread (the GUI's). The differences are
// computed elsewhere (on the WorkerPool).

#include <QList>
#include <QStringList>

#include "app/domain/SecurityAdminFiles.h"
#include "app/json/JsonPointer.h"
#include "app/models/CheckableEntityModel.h"

class CompareModel : public CheckableEntityModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, StatusColumn, ColumnCount };

    enum class Status { OnlyInSource, OnlyLive, Different };
    Q_ENUM(Status)

    enum Role {
        StatusRole = Qt::UserRole + 1, // int (Status) for entities, -1 for types
        ConfigTypeRole,                // QString: "roles"
        EntityRole,                    // QString: "r1"; empty for a type row
        PointerRole,                   // QString: "/roles/r1" or "/roles"
        IsTypeRole,                    // bool
        CheckableRole,                 // bool: an entity that can be checked now
        ChangedMembersRole,            // QStringList (Different)
        EntityCountRole,               // int: entities of a type row
    };
    Q_ENUM(Role)

    explicit CompareModel(QObject *parent = nullptr);

    // Replaces the rows (a reset); nothing is checked, except the entities named in `keepChecked` that are still
    // listed and checkable.
    void setDifferences(const QList<SecurityAdminFiles::EntityDifference> &differences,
                        const QList<JsonPointer> &keepChecked = {});
    void clear();

    // Off by default. Turning it off unchecks every "only live" entity.
    bool pruneEnabled() const { return m_prune; }
    void setPruneEnabled(bool enabled);

    // False when the entity is not listed or cannot be checked (only live, prune off).
    bool setChecked(const QString &type, const QString &entity, bool checked);
    // Every checkable entity of the type ("select all of a type").
    void setTypeChecked(const QString &type, bool checked);
    bool isChecked(const QString &type, const QString &entity) const;

    // The checked entities as "/type/entity" pointers, in the order shown: what ChangePlan::promote takes.
    QList<JsonPointer> checkedPointers() const;
    int entityCount() const;
    int count(Status status) const;

    static QString statusText(Status status);

    QModelIndex indexFor(const QString &type, const QString &entity = QString()) const;

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool isCheckable(int type, int entity) const override;

private:
    struct EntityRow
    {
        QString name;
        Status status = Status::Different;
        QStringList members;
    };
    struct TypeRow
    {
        QString type;
        QList<EntityRow> entities;
    };

    QList<TypeRow> m_types;
    bool m_prune = false;
};
