#pragma once

// DiffTreeModel: a list of changes (JsonDiff) as a tree of only the changed paths: configuration type, entity, then
// the paths inside the entity, each with its kind (added, removed, changed) and its old and new value. Filters by
// kind, by type and by entity name rebuild the tree (a reset). Shared by the patch editor's preview and the version
// timeline. GUI thread (any one thread).

#include <memory>
#include <vector>

#include <QAbstractItemModel>
#include <QSet>

#include "app/json/JsonDiff.h"

class DiffTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, OldValueColumn, NewValueColumn, ColumnCount };

    enum Role {
        NodeLevelRole = Qt::UserRole + 1, // NodeLevel
        ChangeKindRole,                   // int (JsonChange::Kind), or -1 for a node that only groups changes
        PointerRole,                      // QString: the JSON pointer of the node
        OldValueRole,                     // QJsonValue (removed, changed)
        NewValueRole,                     // QJsonValue (added, changed)
        HasOldValueRole,                  // bool
        HasNewValueRole,                  // bool
        ConfigTypeRole,                   // QString
        EntityRole,                       // QString
        ChangeCountRole,                  // int: changes at or below the node
    };
    Q_ENUM(Role)

    enum class NodeLevel { Type, Entity, Path };
    Q_ENUM(NodeLevel)

    explicit DiffTreeModel(QObject *parent = nullptr);
    ~DiffTreeModel() override;

    void setChanges(const QList<JsonChange> &changes);
    const QList<JsonChange> &changes() const { return m_changes; }
    // The changes the filters let through, in the order of setChanges().
    QList<JsonChange> visibleChanges() const;

    // Only these kinds (all when empty).
    void setKindFilter(const QSet<JsonChange::Kind> &kinds);
    // Only this configuration type ("roles"); empty for all.
    void setTypeFilter(const QString &configType);
    // Only entities whose name contains the text (case-insensitive); empty for all.
    void setEntityFilter(const QString &text);
    // The types present in the changes, sorted.
    QStringList changedTypes() const;

    QModelIndex indexForPointer(const QString &pointer) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool accepts(const JsonChange &change) const;

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    void rebuild();

    QList<JsonChange> m_changes;
    QSet<JsonChange::Kind> m_kinds;
    QString m_type;
    QString m_entity;
    std::unique_ptr<Node> m_root;
};
