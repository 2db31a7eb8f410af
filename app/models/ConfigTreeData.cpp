#include "app/models/ConfigTreeData.h"

#include <algorithm>

#include <QJsonArray>

#include "app/json/Json.h"
#include "app/models/ConfigTreeSearchIndex.h"

namespace {

// How often a worker looks at its cancel token, in entities.
constexpr int DataCancelInterval = 256;
// Types showing at most this many entities get their entity nodes here, on the worker (views open such types); the
// nodes of larger ones are made when the type is first opened.
constexpr int EagerEntityNodes = 25000;

// The entities of one type that show under `filter`: (index into names, matched itself).
using Selection = std::vector<std::pair<int, bool>>;

// By walking every value: the definition of what matches.
std::optional<Selection> selectByWalking(const ConfigTreeSnapshot::Type &type, const ConfigTreeFilter &filter,
                                         const CancelToken &cancel)
{
    Selection selection;
    for (int i = 0; i < int(type.names.size()); ++i) {
        if (i % DataCancelInterval == 0 && cancel.isCancelled())
            return std::nullopt;
        if (filter.matches(type.names[i]))
            selection.emplace_back(i, true);
        else if (filter.subtreeMatches(type.values[i]))
            selection.emplace_back(i, false);
    }
    return selection;
}

// Through the index: each distinct string of a part is tested once, then an entity shows when its name or one of
// the strings below it matched. The same answers as walking, since the strings are the same ones.
std::optional<Selection> selectByIndex(const std::vector<std::shared_ptr<const ConfigTreeSearchIndex::Part>> &parts,
                                       const ConfigTreeFilter &filter, const CancelToken &cancel)
{
    Selection selection;
    for (const auto &part : parts) {
        const std::optional<std::vector<char>> hits = part->matchingStrings(filter, cancel);
        if (!hits)
            return std::nullopt;
        const int count = int(part->nameIds.size());
        for (int i = 0; i < count; ++i) {
            if ((*hits)[part->nameIds[size_t(i)]]) {
                selection.emplace_back(part->firstEntity + i, true);
                continue;
            }
            const auto begin = part->valueIds.begin() + part->starts[size_t(i)];
            const auto end = part->valueIds.begin() + part->starts[size_t(i) + 1];
            if (std::any_of(begin, end, [&hits](quint32 id) { return (*hits)[id] != 0; }))
                selection.emplace_back(part->firstEntity + i, false);
        }
    }
    return selection;
}

} // namespace

ConfigTreeNode *ConfigTreeNode::add(std::unique_ptr<ConfigTreeNode> child)
{
    child->parent = this;
    child->row = int(children.size());
    children.push_back(std::move(child));
    return children.back().get();
}

Result<ConfigTreeFilter> ConfigTreeFilter::make(const QString &text, bool regex)
{
    ConfigTreeFilter filter;
    filter.m_text = text;
    filter.m_regex = regex;
    if (regex && !text.isEmpty()) {
        QRegularExpression expression(text, QRegularExpression::CaseInsensitiveOption);
        if (!expression.isValid()) {
            return Error {QStringLiteral("filter.regex"),
                          tr("The filter is not a valid regular expression: %1 (at character %2)")
                              .arg(expression.errorString())
                              .arg(expression.patternErrorOffset()),
                          {}};
        }
        expression.optimize();
        filter.m_expression = std::move(expression);
    }
    return filter;
}

bool ConfigTreeFilter::matches(QStringView text) const
{
    if (m_expression)
        return m_expression->match(text).hasMatch();
    return text.contains(m_text, Qt::CaseInsensitive);
}

QString ConfigTreeFilter::scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool: // as Json::serialize writes them, without its cost (they are in every entity)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Double:
        return QString::fromUtf8(Json::serialize(value, Json::Format::Compact));
    default:
        return {};
    }
}

bool ConfigTreeFilter::subtreeMatches(const QJsonValue &value) const
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

std::optional<QRegularExpression> ConfigTreeFilter::prefilter() const
{
    if (!m_expression)
        return std::nullopt;
    // With '\n' after each string and ^ and $ matching at line ends, a match inside one string is still a match
    // in the joined text; only what looks around a match, cuts backtracking or changes options can tell apart.
    static const QStringList unsafe {QStringLiteral("(?"),  QStringLiteral("(*"),  QStringLiteral("\\A"),
                                     QStringLiteral("\\z"), QStringLiteral("\\Z"), QStringLiteral("\\G"),
                                     QStringLiteral("*+"),  QStringLiteral("++"),  QStringLiteral("?+"),
                                     QStringLiteral("}+")};
    for (const QString &construct : unsafe) {
        if (m_text.contains(construct))
            return std::nullopt;
    }
    QRegularExpression expression(m_text,
                                  QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    expression.optimize();
    return expression;
}

std::shared_ptr<const ConfigTreeSnapshot> ConfigTreeSnapshot::make(const QJsonObject &document,
                                                                   const QMap<ConfigType, QString> &unavailable)
{
    auto snapshot = std::make_shared<ConfigTreeSnapshot>();
    snapshot->document = document;
    for (ConfigType configType : ConfigTypeInfo::all()) {
        Type type;
        type.type = configType;
        type.key = ConfigTypeInfo::key(configType);
        type.value = document.value(type.key);
        type.unavailableReason = unavailable.value(configType);
        if (type.unavailableReason.isEmpty() && !document.contains(type.key))
            type.unavailableReason = tr("not read from the cluster");
        if (type.unavailableReason.isEmpty()) {
            const QJsonObject entities = type.value.toObject();
            // The object's keys come sorted exactly; a stable sort by the case-insensitive order keeps that
            // order among names that differ only in case, which is nameLess.
            std::vector<std::pair<QString, QJsonValue>> pairs;
            pairs.reserve(size_t(entities.size()));
            for (auto it = entities.constBegin(); it != entities.constEnd(); ++it)
                pairs.emplace_back(it.key(), it.value());
            std::stable_sort(pairs.begin(), pairs.end(),
                             [](const auto &a, const auto &b) { return ConfigTreeData::nameLess(a.first, b.first); });
            type.names.reserve(qsizetype(pairs.size()));
            type.values.reserve(qsizetype(pairs.size()));
            for (auto &pair : pairs) {
                type.names.append(std::move(pair.first));
                type.values.append(std::move(pair.second));
            }
        }
        snapshot->types.push_back(std::move(type));
    }
    return snapshot;
}

namespace ConfigTreeData {

bool nameLess(const QString &a, const QString &b)
{
    const int insensitive = a.compare(b, Qt::CaseInsensitive);
    return insensitive != 0 ? insensitive < 0 : a < b;
}

std::unique_ptr<ConfigTreeNode> buildTree(const ConfigTreeSnapshot &snapshot, const ConfigTreeFilter &filter,
                                          const ConfigTreeSearchIndex *index, const CancelToken &cancel)
{
    auto root = std::make_unique<ConfigTreeNode>();
    root->built = true;
    for (size_t t = 0; t < snapshot.types.size(); ++t) {
        const ConfigTreeSnapshot::Type &type = snapshot.types[t];
        auto node = std::make_unique<ConfigTreeNode>();
        node->kind = ConfigTreeNodeKind::Type;
        node->type = type.type;
        node->key = type.key;
        node->value = type.value;
        node->unavailableReason = type.unavailableReason;
        node->entityCount = int(type.names.size());
        node->typeIndex = int(t);
        node->built = !type.unavailableReason.isEmpty();
        if (type.unavailableReason.isEmpty()) {
            const bool all = filter.isEmpty() || filter.matches(type.key);
            std::optional<Selection> selection;
            if (all) {
                selection.emplace();
                selection->reserve(size_t(type.names.size()));
                for (int i = 0; i < int(type.names.size()); ++i)
                    selection->emplace_back(i, true);
            } else if (index) {
                selection = selectByIndex(index->types[t], filter, cancel);
            } else {
                selection = selectByWalking(type, filter, cancel);
            }
            if (!selection || cancel.isCancelled())
                return nullptr;
            node->entities = std::move(*selection);
            if (node->entities.size() <= size_t(EagerEntityNodes)) {
                buildEntityChildren(node.get(), snapshot);
                node->built = true;
            }
        }
        root->add(std::move(node));
    }
    return root;
}

void buildEntityChildren(ConfigTreeNode *node, const ConfigTreeSnapshot &snapshot)
{
    const ConfigTreeSnapshot::Type &type = snapshot.types[size_t(node->typeIndex)];
    node->children.reserve(node->entities.size());
    for (const auto &[i, matched] : std::as_const(node->entities)) {
        auto child = std::make_unique<ConfigTreeNode>();
        child->kind = ConfigTreeNodeKind::Entity;
        child->key = type.names[i];
        child->value = type.values[i];
        child->matched = matched;
        node->add(std::move(child));
    }
}

void buildValueChildren(ConfigTreeNode *node, const ConfigTreeFilter &filter)
{
    const bool showAll = filter.isEmpty() || node->matched;
    auto addChild = [&](const QString &key, const QJsonValue &value) {
        bool matched = showAll;
        if (!matched) {
            matched = filter.matches(key) || filter.matches(ConfigTreeFilter::scalarText(value));
            if (!matched && !filter.subtreeMatches(value))
                return;
        }
        auto child = std::make_unique<ConfigTreeNode>();
        child->kind = ConfigTreeNodeKind::Member;
        child->key = key;
        child->value = value;
        child->matched = matched;
        node->add(std::move(child));
    };
    if (node->value.isObject()) {
        const QJsonObject object = node->value.toObject();
        QStringList keys = object.keys();
        std::stable_sort(keys.begin(), keys.end(), nameLess);
        for (const QString &key : std::as_const(keys))
            addChild(key, object.value(key));
    } else if (node->value.isArray()) {
        const QJsonArray array = node->value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            addChild(QString::number(i), array.at(i));
    }
}

} // namespace ConfigTreeData
