#pragma once

// ConfigTreeModel: the whole security configuration as one tree (type, entity, members), with semantic roles for
// badges (reserved, hidden, static), counts per type, types the cluster does not expose, and a filter over names
// and values that keeps the ancestors of matches. Children are built lazily, so a configuration with 100,000
// entities costs only its type level until it is browsed. GUI thread (any one thread).

#include <memory>
#include <optional>
#include <vector>

#include <QAbstractItemModel>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

#include "app/common/Result.h"
#include "app/domain/ConfigType.h"
#include "app/json/JsonPointer.h"

class ConfigTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, ColumnCount };

    enum Role {
        NodeKindRole = Qt::UserRole + 1, // NodeKind
        PointerRole,                     // QString: the node's JSON pointer in the configuration document
        JsonRole,                        // QJsonValue: the node's value
        ConfigTypeRole,                  // QString: the type key ("roles")
        EntityRole,                      // QString: the entity name (entities and their members)
        ReservedRole,                    // bool (entities)
        HiddenRole,                      // bool (entities)
        StaticRole,                      // bool (entities)
        EntityCountRole,                 // int (types): entities in the type
        VisibleCountRole,                // int (types): entities shown under the filter
        UnavailableReasonRole,           // QString (types): why the cluster does not expose it; empty otherwise
    };
    Q_ENUM(Role)

    enum class NodeKind { Type, Entity, Member };
    Q_ENUM(NodeKind)

    explicit ConfigTreeModel(QObject *parent = nullptr);
    ~ConfigTreeModel() override;

    // Replaces everything (a model reset). Every type is present: unavailable ones are disabled with the reason.
    void setConfiguration(const QJsonObject &document, const QMap<ConfigType, QString> &unavailable = {});
    const QJsonObject &configuration() const { return m_document; }

    // Shows only what matches `text` (names and values, case-insensitive; a regular expression if `regex`) and
    // the ancestors of matches. An empty text shows everything. A bad expression is refused and changes nothing.
    VoidResult setFilter(const QString &text, bool regex = false);
    QString filterText() const { return m_filterText; }

    // The index of the node at `pointer`, building the path as needed; invalid when it is absent or filtered out.
    QModelIndex indexForPointer(const JsonPointer &pointer) const;
    JsonPointer pointerForIndex(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Node;
    struct Matcher;

    Node *nodeFor(const QModelIndex &index) const;
    void ensureChildren(Node *node) const;
    void buildTypeChildren(Node *node) const;
    void buildValueChildren(Node *node) const;
    bool entityNameMatches(const Node *entity) const;

    QJsonObject m_document;
    std::unique_ptr<Node> m_root;
    QString m_filterText;
    std::unique_ptr<Matcher> m_matcher; // null: no filter
};
