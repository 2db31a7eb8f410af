#include "app/models/DiffTreeModel.h"
#include "app/domain/ConfigChanges.h"

#include <QSet>

#include "app/json/Json.h"

struct DiffTreeModel::Node
{
    Node *parent = nullptr;
    int row = 0;
    NodeLevel level = NodeLevel::Type;
    QString name;
    QString configType;
    QString entity;
    QString pointer;
    int kind = -1;
    bool hasOld = false;
    bool hasNew = false;
    QJsonValue oldValue;
    QJsonValue newValue;
    int changeCount = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }

    void setChange(const JsonChange &change)
    {
        kind = int(change.kind);
        hasOld = change.kind != JsonChange::Kind::Added;
        hasNew = change.kind != JsonChange::Kind::Removed;
        oldValue = change.oldValue;
        newValue = change.newValue;
    }
};

DiffTreeModel::DiffTreeModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>()) { }

DiffTreeModel::~DiffTreeModel() = default;

void DiffTreeModel::setChanges(const QList<JsonChange> &changes)
{
    m_changes = changes;
    rebuild();
}

QList<JsonChange> DiffTreeModel::visibleChanges() const
{
    QList<JsonChange> result;
    for (const JsonChange &change : m_changes) {
        if (accepts(change))
            result.append(change);
    }
    return result;
}

void DiffTreeModel::setKindFilter(const QSet<JsonChange::Kind> &kinds)
{
    if (kinds == m_kinds)
        return;
    m_kinds = kinds;
    rebuild();
}

void DiffTreeModel::setTypeFilter(const QString &configType)
{
    if (configType == m_type)
        return;
    m_type = configType;
    rebuild();
}

void DiffTreeModel::setEntityFilter(const QString &text)
{
    if (text == m_entity)
        return;
    m_entity = text;
    rebuild();
}

QStringList DiffTreeModel::changedTypes() const
{
    QSet<QString> types;
    for (const JsonChange &change : m_changes)
        types.insert(ConfigChanges::type(change));
    QStringList list(types.begin(), types.end());
    list.sort();
    return list;
}

bool DiffTreeModel::accepts(const JsonChange &change) const
{
    if (!m_kinds.isEmpty() && !m_kinds.contains(change.kind))
        return false;
    if (!m_type.isEmpty() && ConfigChanges::type(change) != m_type)
        return false;
    return m_entity.isEmpty() || ConfigChanges::entity(change).contains(m_entity, Qt::CaseInsensitive);
}

void DiffTreeModel::rebuild()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    for (const ConfigChangeGroup &group : ConfigChanges::group(visibleChanges())) {
        Node *typeNode = nullptr;
        if (!m_root->children.empty() && m_root->children.back()->configType == group.configType)
            typeNode = m_root->children.back().get();
        if (!typeNode) {
            auto node = std::make_unique<Node>();
            node->level = NodeLevel::Type;
            node->configType = group.configType;
            node->name = group.configType.isEmpty() ? QStringLiteral("/") : group.configType;
            node->pointer = group.configType.isEmpty() ? QString() : JsonPointer({group.configType}).toString();
            typeNode = m_root->add(std::move(node));
        }
        typeNode->changeCount += int(group.changes.size());
        Node *holder = typeNode;
        if (!group.entity.isEmpty()) {
            auto node = std::make_unique<Node>();
            node->level = NodeLevel::Entity;
            node->configType = group.configType;
            node->entity = group.entity;
            node->name = group.entity;
            node->pointer = JsonPointer({group.configType, group.entity}).toString();
            node->changeCount = int(group.changes.size());
            holder = typeNode->add(std::move(node));
            // An entity added, removed or replaced as a whole is one change on the entity itself.
            if (group.changes.size() == 1 && group.changes.first().path.size() == 2) {
                holder->setChange(group.changes.first());
                continue;
            }
            holder->kind = int(JsonChange::Kind::Changed);
        }
        for (const JsonChange &change : group.changes) {
            auto node = std::make_unique<Node>();
            node->level = NodeLevel::Path;
            node->configType = group.configType;
            node->entity = group.entity;
            node->pointer = change.path.toString();
            const qsizetype depth = group.entity.isEmpty() ? std::min<qsizetype>(change.path.size(), 1) : 2;
            node->name = JsonPointer(change.path.tokens().mid(depth)).toString();
            if (node->name.isEmpty())
                node->name = change.path.isRoot() ? QStringLiteral("/") : tr("(whole type)");
            node->changeCount = 1;
            node->setChange(change);
            holder->add(std::move(node));
        }
    }
    endResetModel();
}

QModelIndex DiffTreeModel::indexForPointer(const QString &pointer) const
{
    // Breadth is small (changed paths only), so a walk is fine.
    std::vector<const Node *> stack {m_root.get()};
    while (!stack.empty()) {
        const Node *node = stack.back();
        stack.pop_back();
        for (const auto &child : node->children) {
            if (child->pointer == pointer)
                return createIndex(child->row, 0, child.get());
            stack.push_back(child.get());
        }
    }
    return {};
}

DiffTreeModel::Node *DiffTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex DiffTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeFor(parent)->children.at(size_t(row)).get());
}

QModelIndex DiffTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *parentNode = nodeFor(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, const_cast<Node *>(parentNode));
}

int DiffTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int DiffTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DiffTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            if (node->level == NodeLevel::Type && role == Qt::DisplayRole)
                return tr("%1 (%n change(s))", nullptr, node->changeCount).arg(node->name);
            return role == Qt::ToolTipRole ? node->pointer : node->name;
        case KindColumn:
            switch (node->kind) {
            case int(JsonChange::Kind::Added):
                return tr("added");
            case int(JsonChange::Kind::Removed):
                return tr("removed");
            case int(JsonChange::Kind::Changed):
                return tr("changed");
            default:
                return {};
            }
        case OldValueColumn:
            if (!node->hasOld)
                return {};
            return role == Qt::ToolTipRole ? Json::preview(node->oldValue, 2000) : Json::preview(node->oldValue);
        case NewValueColumn:
            if (!node->hasNew)
                return {};
            return role == Qt::ToolTipRole ? Json::preview(node->newValue, 2000) : Json::preview(node->newValue);
        default:
            return {};
        }
    case NodeLevelRole:
        return QVariant::fromValue(node->level);
    case ChangeKindRole:
        return node->kind;
    case PointerRole:
        return node->pointer;
    case OldValueRole:
        return node->hasOld ? QVariant(node->oldValue) : QVariant();
    case NewValueRole:
        return node->hasNew ? QVariant(node->newValue) : QVariant();
    case HasOldValueRole:
        return node->hasOld;
    case HasNewValueRole:
        return node->hasNew;
    case ConfigTypeRole:
        return node->configType;
    case EntityRole:
        return node->entity;
    case ChangeCountRole:
        return node->changeCount;
    default:
        return {};
    }
}

QVariant DiffTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Changed path");
    case KindColumn:
        return tr("Change");
    case OldValueColumn:
        return tr("Old value");
    case NewValueColumn:
        return tr("New value");
    default:
        return {};
    }
}
