#include "app/models/ConfigTreeModel.h"

#include <algorithm>

#include <QFutureWatcher>
#include <QJsonArray>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include "app/common/WorkerPool.h"
#include "app/json/Json.h"
#include "app/models/ConfigTreeData.h"

using Node = ConfigTreeNode;

struct ConfigTreeModel::Built
{
    std::shared_ptr<const ConfigTreeSnapshot> snapshot;
    std::unique_ptr<ConfigTreeNode> root; // null when the run was cancelled
    std::unique_ptr<ConfigTreeFilter> filter;
    QFuture<std::shared_ptr<const ConfigTreeSearchIndex::Part>> indexing; // started as soon as the snapshot exists
};

namespace {

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

// Freeing a tree of 100,000 nodes or a 35 MB document takes long enough to stall the GUI; a worker does it.
template <typename... Things> void releaseOnWorker(Things &&...things)
{
    auto parcel = std::make_shared<std::tuple<std::decay_t<Things>...>>(std::forward<Things>(things)...);
    WorkerPool::instance()->start([parcel = std::move(parcel)]() mutable { parcel.reset(); });
}

// The parts of the index, built in parallel: for each type, its entities PartSize at a time (at least one part).
QFuture<std::shared_ptr<const ConfigTreeSearchIndex::Part>>
indexParts(const std::shared_ptr<const ConfigTreeSnapshot> &snapshot, const CancelToken &cancel)
{
    QList<std::pair<int, int>> parts; // type, first entity
    for (int t = 0; t < int(snapshot->types.size()); ++t) {
        const int count = int(snapshot->types[size_t(t)].names.size());
        for (int first = 0; first < count || first == 0; first += ConfigTreeSearchIndex::PartSize)
            parts.append({t, first});
    }
    return QtConcurrent::mapped(WorkerPool::instance(), parts, [snapshot, cancel](const std::pair<int, int> &part) {
        return ConfigTreeSearchIndex::Part::build(snapshot->types[size_t(part.first)], part.second, cancel);
    });
}

std::unique_ptr<ConfigTreeFilter> noFilter()
{
    return std::make_unique<ConfigTreeFilter>(ConfigTreeFilter::make(QString(), false).value());
}

} // namespace

ConfigTreeModel::ConfigTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_filter(noFilter()), m_wantedFilter(noFilter())
{
    setConfiguration({});
}

void ConfigTreeModel::discard(const std::shared_ptr<Built> &built)
{
    releaseOnWorker(std::move(built->root), std::move(built->snapshot));
}

ConfigTreeModel::~ConfigTreeModel()
{
    // Running workers see this and stop; their results go nowhere.
    m_loads.cancel();
    m_filters.cancel();
}

const QJsonObject &ConfigTreeModel::configuration() const
{
    return m_snapshot->document;
}

QString ConfigTreeModel::filterText() const
{
    return m_filter->text();
}

bool ConfigTreeModel::filterIsRegex() const
{
    return m_filter->isRegex();
}

bool ConfigTreeModel::isBusy() const
{
    return m_busy;
}

void ConfigTreeModel::setConfiguration(const QJsonObject &document, const QMap<ConfigType, QString> &unavailable)
{
    const CancelToken load = m_loads.next();
    m_filters.cancel();
    m_loading = m_filtering = false;
    auto snapshot = ConfigTreeSnapshot::make(document, unavailable);
    auto root = ConfigTreeData::buildTree(*snapshot, *m_wantedFilter);
    apply(snapshot, std::move(root), std::make_unique<ConfigTreeFilter>(*m_wantedFilter));
    startIndexing(indexParts(snapshot, load), load);
    updateBusy();
    emit configurationApplied();
}

void ConfigTreeModel::loadConfiguration(const QJsonObject &document, const QMap<ConfigType, QString> &unavailable)
{
    const CancelToken load = m_loads.next();
    m_filters.cancel(); // a filter run in flight is for the configuration being replaced
    m_loading = true;
    m_filtering = false;
    updateBusy();
    // Under a filter the new tree is built by walking the values: the index of the new configuration comes later.
    auto work = [document, unavailable, filter = *m_wantedFilter, load] {
        auto built = std::make_shared<Built>();
        built->snapshot = ConfigTreeSnapshot::make(document, unavailable);
        if (!load.isCancelled()) {
            built->indexing = indexParts(built->snapshot, load);
            built->root = ConfigTreeData::buildTree(*built->snapshot, filter, nullptr, load);
        }
        built->filter = std::make_unique<ConfigTreeFilter>(filter);
        return built;
    };
    m_loads.deliverWhenCurrent(
        QtConcurrent::run(WorkerPool::instance(), std::move(work)), load,
        [this, load](const std::shared_ptr<Built> &built) {
            if (!built->root)
                return releaseOnWorker(std::move(built->root), std::move(built->snapshot));
            m_loading = false;
            const bool filterChanged = !built->filter->sameAs(*m_filter);
            apply(built->snapshot, std::move(built->root), std::move(built->filter));
            startIndexing(built->indexing, load);
            emit configurationApplied();
            if (filterChanged)
                emit filterApplied();
            schedule();
            updateBusy();
        },
        &ConfigTreeModel::discard);
}

VoidResult ConfigTreeModel::setFilter(const QString &text, bool regex)
{
    auto filter = ConfigTreeFilter::make(text, regex);
    if (!filter)
        return filter.error();
    m_filters.cancel();
    m_filtering = false;
    m_wantedFilter = std::make_unique<ConfigTreeFilter>(*filter);
    // By walking the values: the definition that the indexed search of requestFilter() must agree with.
    auto root = ConfigTreeData::buildTree(*m_snapshot, *filter);
    apply(m_snapshot, std::move(root), std::make_unique<ConfigTreeFilter>(*filter));
    updateBusy();
    emit filterApplied();
    return {};
}

VoidResult ConfigTreeModel::requestFilter(const QString &text, bool regex)
{
    auto filter = ConfigTreeFilter::make(text, regex);
    if (!filter)
        return filter.error();
    m_wantedFilter = std::make_unique<ConfigTreeFilter>(*filter);
    schedule();
    return {};
}

// Starts the filter run the newest request needs, if any: not while a configuration loads (its arrival calls
// this again), and not before the index of a non-empty filter exists (its arrival calls this again).
void ConfigTreeModel::schedule()
{
    if (m_loading)
        return;
    if (m_wantedFilter->sameAs(*m_filter)) {
        if (m_filtering)
            m_filters.cancel();
        m_filtering = false;
        updateBusy();
        return;
    }
    const CancelToken run = m_filters.next();
    m_filtering = true;
    updateBusy();
    if (!m_wantedFilter->isEmpty() && !m_index)
        return;
    auto work = [snapshot = m_snapshot, index = m_index, filter = *m_wantedFilter, run] {
        auto built = std::make_shared<Built>();
        built->snapshot = snapshot;
        built->root = ConfigTreeData::buildTree(*snapshot, filter, index.get(), run);
        built->filter = std::make_unique<ConfigTreeFilter>(filter);
        return built;
    };
    m_filters.deliverWhenCurrent(
        QtConcurrent::run(WorkerPool::instance(), std::move(work)), run,
        [this](const std::shared_ptr<Built> &built) {
            if (!built->root || built->snapshot != m_snapshot)
                return releaseOnWorker(std::move(built->root), std::move(built->snapshot));
            m_filtering = false;
            apply(built->snapshot, std::move(built->root), std::move(built->filter));
            emit filterApplied();
            updateBusy();
        },
        &ConfigTreeModel::discard);
}

void ConfigTreeModel::startIndexing(const QFuture<std::shared_ptr<const ConfigTreeSearchIndex::Part>> &indexing,
                                    const CancelToken &load)
{
    using Part = std::shared_ptr<const ConfigTreeSearchIndex::Part>;
    m_loads.deliverWhenCurrent(indexing, load, [this](const QFuture<Part> &future) {
        const QList<Part> parts = future.results(); // in order: by type, then by first entity
        auto index = std::make_shared<ConfigTreeSearchIndex>();
        index->snapshot = m_snapshot;
        index->types.resize(m_snapshot->types.size());
        size_t t = 0;
        for (const Part &part : parts) {
            if (!part)
                return; // cancelled
            if (part->firstEntity == 0 && !index->types[t].empty())
                ++t;
            if (t >= index->types.size())
                return;
            index->types[t].push_back(part);
        }
        if (t + 1 != index->types.size())
            return;
        m_index = std::move(index);
        if (m_filtering)
            schedule();
    });
}

void ConfigTreeModel::apply(std::shared_ptr<const ConfigTreeSnapshot> snapshot, std::unique_ptr<ConfigTreeNode> root,
                            std::unique_ptr<ConfigTreeFilter> filter)
{
    beginResetModel();
    std::unique_ptr<ConfigTreeNode> oldRoot = std::exchange(m_root, std::move(root));
    std::shared_ptr<const ConfigTreeSearchIndex> oldIndex;
    if (snapshot != m_snapshot)
        oldIndex = std::exchange(m_index, nullptr);
    std::shared_ptr<const ConfigTreeSnapshot> oldSnapshot = std::exchange(m_snapshot, std::move(snapshot));
    m_filter = std::move(filter);
    endResetModel();
    releaseOnWorker(std::move(oldRoot), std::move(oldIndex), std::move(oldSnapshot));
}

void ConfigTreeModel::updateBusy()
{
    const bool busy = m_loading || m_filtering;
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

ConfigTreeNode *ConfigTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

void ConfigTreeModel::ensureChildren(Node *node) const
{
    if (node->built)
        return;
    node->built = true;
    if (node->kind == ConfigTreeNodeKind::Type)
        ConfigTreeData::buildEntityChildren(node, *m_snapshot);
    else
        ConfigTreeData::buildValueChildren(node, *m_filter);
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
    if (node->kind == ConfigTreeNodeKind::Type && node != m_root.get())
        return node->unavailableReason.isEmpty() ? int(node->entities.size()) : 0; // without making the nodes
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
    if (node->kind == ConfigTreeNodeKind::Type)
        return node->unavailableReason.isEmpty() && !node->entities.empty();
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
    const bool isEntity = node->kind == ConfigTreeNodeKind::Entity;
    const bool isType = node->kind == ConfigTreeNodeKind::Type;
    auto flag = [&](const char *name) {
        return isEntity && node->value.toObject().value(QLatin1String(name)).toBool();
    };
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return node->key;
        if (isType) {
            if (!node->unavailableReason.isEmpty())
                return tr("unavailable: %1").arg(node->unavailableReason);
            if (ConfigTypeInfo::isSingleEntity(*node->type))
                return QString();
            if (!m_filter->isEmpty())
                return tr("%1 of %2").arg(node->entities.size()).arg(node->entityCount);
            return QString::number(node->entityCount);
        }
        return valueSummary(node->value);
    case Qt::ToolTipRole: {
        QString tip;
        if (isType)
            tip =
                node->unavailableReason.isEmpty() ? ConfigTypeInfo::displayName(*node->type) : node->unavailableReason;
        else
            tip = pointerForIndex(index).toString();
        if (const EntityFindings *findings = findingsFor(node))
            tip += u'\n' + tr("%n problem(s):", nullptr, int(findings->lines.size())) + u'\n'
                   + findings->lines.join(u'\n');
        return tip;
    }
    case LintSeverityRole:
        if (const EntityFindings *findings = findingsFor(node))
            return int(findings->highest);
        return {};
    case LintFindingsRole:
        if (const EntityFindings *findings = findingsFor(node))
            return findings->lines;
        return {};
    case NodeKindRole:
        return QVariant::fromValue(static_cast<NodeKind>(node->kind));
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
        while (n && n->kind == ConfigTreeNodeKind::Member)
            n = n->parent;
        return n && n->kind == ConfigTreeNodeKind::Entity ? n->key : QString();
    }
    case ReservedRole:
        return flag("reserved");
    case HiddenRole:
        return flag("hidden");
    case StaticRole:
        return flag("static");
    case EntityCountRole:
        return isType ? QVariant(node->entityCount) : QVariant();
    case VisibleCountRole:
        return isType ? QVariant(int(node->entities.size())) : QVariant();
    case UnavailableReasonRole:
        return node->unavailableReason;
    case MatchedRole:
        return !m_filter->isEmpty() && node->matched;
    default:
        return {};
    }
}

const ConfigTreeModel::EntityFindings *ConfigTreeModel::findingsFor(const ConfigTreeNode *node) const
{
    if (m_findings.isEmpty() || !node || node->kind == ConfigTreeNodeKind::Member || !node->parent)
        return nullptr;
    const QString pointer = node->kind == ConfigTreeNodeKind::Type
                                ? u'/' + node->key
                                : JsonPointer(QStringList {node->parent->key, node->key}).toString();
    const auto found = m_findings.constFind(pointer);
    return found == m_findings.constEnd() ? nullptr : &*found;
}

void ConfigTreeModel::setFindings(const QList<LintFinding> &findings)
{
    QHash<QString, EntityFindings> byEntity;
    for (const LintFinding &finding : findings) {
        if (finding.type.isEmpty())
            continue;
        const QString pointer = finding.entity.isEmpty()
                                    ? u'/' + finding.type
                                    : JsonPointer(QStringList {finding.type, finding.entity}).toString();
        EntityFindings &entry = byEntity[pointer];
        if (entry.lines.isEmpty() || int(finding.severity) > int(entry.highest))
            entry.highest = finding.severity;
        // Lint::run orders by severity already; the line says which.
        entry.lines << tr("%1 (%2): %3").arg(LintSeverities::name(finding.severity), finding.rule, finding.message);
    }
    m_findings = std::move(byEntity);
    // Entity nodes that exist so far show the change; the others read m_findings when they are built.
    for (const auto &type : m_root->children) {
        const QModelIndex typeIndex = createIndex(type->row, 0, type.get());
        emit dataChanged(typeIndex, typeIndex);
        if (type->built && !type->children.empty())
            emit dataChanged(createIndex(0, 0, type->children.front().get()),
                             createIndex(type->children.back()->row, 0, type->children.back().get()));
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
    if (node->kind == ConfigTreeNodeKind::Type && !node->unavailableReason.isEmpty())
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
