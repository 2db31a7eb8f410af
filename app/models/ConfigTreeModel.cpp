#include "app/models/ConfigTreeModel.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonArray>

#include "app/json/Json.h"

// One node of the tree. Children are built on first use; under a filter only the matching ones are built.
struct ConfigTreeModel::Node
{
    Node *parent = nullptr;
    int row = 0;
    NodeKind kind = NodeKind::Member;
    QString key;
    QJsonValue value;
    std::optional<ConfigType> type; // type nodes
    QString unavailableReason;      // type nodes
    int entityCount = 0;            // type nodes
    bool subtreeMatched = false;    // under a filter: this node's own name or value matched, so all below shows
    bool built = false;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

// Case-insensitive text or regular-expression matching of names and of scalar values.
struct ConfigTreeModel::Matcher
{
    QString needle; // lower-case, plain mode
    std::optional<QRegularExpression> expression;

    bool matches(const QString &text) const
    {
        if (expression)
            return expression->match(text).hasMatch();
        return text.contains(needle, Qt::CaseInsensitive);
    }

    static QString scalarText(const QJsonValue &value)
    {
        switch (value.type()) {
        case QJsonValue::String:
            return value.toString();
        case QJsonValue::Double:
        case QJsonValue::Bool:
        case QJsonValue::Null:
            return QString::fromUtf8(Json::serialize(value, Json::Format::Compact));
        default:
            return {};
        }
    }

    // Whether a name or scalar anywhere in `value` matches.
    bool subtreeMatches(const QJsonValue &value) const
    {
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                if (matches(it.key()) || subtreeMatches(it.value()))
                    return true;
            }
            return false;
        }
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (const QJsonValue &element : array) {
                if (subtreeMatches(element))
                    return true;
            }
            return false;
        }
        return matches(scalarText(value));
    }
};

namespace {

bool nameLess(const QString &a, const QString &b)
{
    const int insensitive = a.compare(b, Qt::CaseInsensitive);
    return insensitive != 0 ? insensitive < 0 : a < b;
}

QString valueSummary(const QJsonValue &value)
{
    if (value.isObject()) {
        const qsizetype size = value.toObject().size();
        return size == 0 ? QStringLiteral("{}") : QStringLiteral("{%1}").arg(size);
    }
    if (value.isArray()) {
        const qsizetype size = value.toArray().size();
        return size == 0 ? QStringLiteral("[]") : QStringLiteral("[%1]").arg(size);
    }
    if (value.isString())
        return value.toString();
    return Json::preview(value);
}

} // namespace

ConfigTreeModel::ConfigTreeModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
    setConfiguration({});
}

ConfigTreeModel::~ConfigTreeModel() = default;

void ConfigTreeModel::setConfiguration(const QJsonObject &document, const QMap<ConfigType, QString> &unavailable)
{
    beginResetModel();
    m_document = document;
    m_root = std::make_unique<Node>();
    m_root->built = true;
    for (ConfigType type : ConfigTypeInfo::all()) {
        auto node = std::make_unique<Node>();
        node->kind = NodeKind::Type;
        node->type = type;
        node->key = ConfigTypeInfo::key(type);
        node->value = document.value(node->key);
        node->unavailableReason = unavailable.value(type);
        if (node->unavailableReason.isEmpty() && !document.contains(node->key))
            node->unavailableReason = tr("not read from the cluster");
        node->entityCount = int(node->value.toObject().size());
        m_root->add(std::move(node));
    }
    endResetModel();
}

VoidResult ConfigTreeModel::setFilter(const QString &text, bool regex)
{
    std::unique_ptr<Matcher> matcher;
    if (!text.isEmpty()) {
        matcher = std::make_unique<Matcher>();
        if (regex) {
            QRegularExpression expression(text, QRegularExpression::CaseInsensitiveOption);
            if (!expression.isValid()) {
                return Error {QStringLiteral("filter.regex"),
                              tr("The filter is not a valid regular expression: %1 (at character %2)")
                                  .arg(expression.errorString())
                                  .arg(expression.patternErrorOffset()),
                              {}};
            }
            matcher->expression = std::move(expression);
        } else {
            matcher->needle = text;
        }
    }
    beginResetModel();
    m_filterText = text;
    m_matcher = std::move(matcher);
    for (const auto &type : m_root->children) {
        type->children.clear();
        type->built = false;
    }
    endResetModel();
    return {};
}

ConfigTreeModel::Node *ConfigTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

void ConfigTreeModel::ensureChildren(Node *node) const
{
    if (node->built)
        return;
    node->built = true;
    if (node->kind == NodeKind::Type)
        buildTypeChildren(node);
    else
        buildValueChildren(node);
}

bool ConfigTreeModel::entityNameMatches(const Node *entity) const
{
    return m_matcher && m_matcher->matches(entity->key);
}

void ConfigTreeModel::buildTypeChildren(Node *node) const
{
    if (!node->unavailableReason.isEmpty())
        return;
    const QJsonObject entities = node->value.toObject();
    const bool typeMatched = m_matcher && m_matcher->matches(node->key);
    QStringList names;
    names.reserve(entities.size());
    for (auto it = entities.constBegin(); it != entities.constEnd(); ++it) {
        if (!m_matcher || typeMatched || m_matcher->matches(it.key()) || m_matcher->subtreeMatches(it.value()))
            names << it.key();
    }
    std::sort(names.begin(), names.end(), nameLess);
    node->children.reserve(size_t(names.size()));
    for (const QString &name : std::as_const(names)) {
        auto child = std::make_unique<Node>();
        child->kind = NodeKind::Entity;
        child->key = name;
        child->value = entities.value(name);
        child->subtreeMatched = !m_matcher || typeMatched || m_matcher->matches(name);
        node->add(std::move(child));
    }
}

void ConfigTreeModel::buildValueChildren(Node *node) const
{
    const bool showAll = !m_matcher || node->subtreeMatched;
    auto addChild = [&](const QString &key, const QJsonValue &value) {
        bool matched = showAll;
        if (!matched) {
            matched = m_matcher->matches(key) || m_matcher->matches(Matcher::scalarText(value));
            if (!matched && !m_matcher->subtreeMatches(value))
                return;
        }
        auto child = std::make_unique<Node>();
        child->kind = NodeKind::Member;
        child->key = key;
        child->value = value;
        child->subtreeMatched = matched;
        node->add(std::move(child));
    };
    if (node->value.isObject()) {
        const QJsonObject object = node->value.toObject();
        QStringList keys = object.keys();
        std::sort(keys.begin(), keys.end(), nameLess);
        for (const QString &key : std::as_const(keys))
            addChild(key, object.value(key));
    } else if (node->value.isArray()) {
        const QJsonArray array = node->value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            addChild(QString::number(i), array.at(i));
    }
}

QModelIndex ConfigTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *node = nodeFor(parent);
    ensureChildren(node);
    if (row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex ConfigTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *parentNode = static_cast<Node *>(child.internalPointer())->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, const_cast<Node *>(parentNode));
}

int ConfigTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    Node *node = nodeFor(parent);
    ensureChildren(node);
    return int(node->children.size());
}

int ConfigTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool ConfigTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeFor(parent);
    if (node == m_root.get())
        return true;
    if (node->kind == NodeKind::Type && !node->unavailableReason.isEmpty())
        return false;
    if (!node->built) {
        // Without building: a non-empty container may have children (under a filter, it has: it is shown
        // only because something inside it matched, or it matched itself).
        if (node->value.isObject())
            return !node->value.toObject().isEmpty();
        if (node->value.isArray())
            return !node->value.toArray().isEmpty();
        return false;
    }
    return !node->children.empty();
}

QVariant ConfigTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeFor(index);
    const bool isEntity = node->kind == NodeKind::Entity;
    auto flag = [&](const char *name) {
        return isEntity && node->value.toObject().value(QLatin1String(name)).toBool();
    };
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return node->key;
        if (node->kind == NodeKind::Type) {
            if (!node->unavailableReason.isEmpty())
                return tr("unavailable: %1").arg(node->unavailableReason);
            if (ConfigTypeInfo::isSingleEntity(*node->type))
                return QString();
            if (m_matcher) {
                ensureChildren(const_cast<Node *>(node));
                return tr("%1 of %2").arg(node->children.size()).arg(node->entityCount);
            }
            return QString::number(node->entityCount);
        }
        return valueSummary(node->value);
    case Qt::ToolTipRole:
        if (node->kind == NodeKind::Type)
            return node->unavailableReason.isEmpty() ? ConfigTypeInfo::displayName(*node->type)
                                                     : node->unavailableReason;
        return pointerForIndex(index).toString();
    case NodeKindRole:
        return QVariant::fromValue(node->kind);
    case PointerRole:
        return pointerForIndex(index).toString();
    case JsonRole:
        return QVariant::fromValue(node->value);
    case ConfigTypeRole: {
        const Node *n = node;
        while (n->parent && n->parent != m_root.get())
            n = n->parent;
        return n->key;
    }
    case EntityRole: {
        const Node *n = node;
        while (n && n->kind == NodeKind::Member)
            n = n->parent;
        return n && n->kind == NodeKind::Entity ? n->key : QString();
    }
    case ReservedRole:
        return flag("reserved");
    case HiddenRole:
        return flag("hidden");
    case StaticRole:
        return flag("static");
    case EntityCountRole:
        return node->kind == NodeKind::Type ? QVariant(node->entityCount) : QVariant();
    case VisibleCountRole:
        if (node->kind != NodeKind::Type)
            return {};
        ensureChildren(const_cast<Node *>(node));
        return int(node->children.size());
    case UnavailableReasonRole:
        return node->unavailableReason;
    default:
        return {};
    }
}

QVariant ConfigTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Name") : tr("Value");
}

Qt::ItemFlags ConfigTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Node *node = nodeFor(index);
    if (node->kind == NodeKind::Type && !node->unavailableReason.isEmpty())
        return Qt::NoItemFlags; // shown disabled, with the reason
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

JsonPointer ConfigTreeModel::pointerForIndex(const QModelIndex &index) const
{
    QStringList tokens;
    for (const Node *node = nodeFor(index); node && node != m_root.get(); node = node->parent)
        tokens.prepend(node->key);
    return JsonPointer(tokens);
}

QModelIndex ConfigTreeModel::indexForPointer(const JsonPointer &pointer) const
{
    Node *node = m_root.get();
    QModelIndex result;
    for (const QString &token : pointer.tokens()) {
        ensureChildren(node);
        const auto it = std::find_if(node->children.begin(), node->children.end(),
                                     [&token](const std::unique_ptr<Node> &child) { return child->key == token; });
        if (it == node->children.end())
            return {};
        node = it->get();
        result = createIndex(node->row, 0, node);
    }
    return result;
}
