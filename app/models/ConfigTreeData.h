#pragma once

// ConfigTreeData: the plain data behind ConfigTreeModel and the functions that build it: tree nodes, a snapshot of
// a configuration with its entities sorted, a search index over each entity's names and values, and the filter.
// No QObject and no shared mutable state: the builders run on worker threads over data nobody else changes, and
// hand back trees that the model then owns on the GUI thread.

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QRegularExpression>
#include <QStringList>

#include "app/common/Latest.h"
#include "app/common/Result.h"
#include "app/domain/ConfigType.h"

enum class ConfigTreeNodeKind { Type, Entity, Member };

// One node of the tree. Under a filter, `matched` means the node's own name or value matched (or an ancestor's
// did), so everything below it shows; the other nodes are shown as ancestors of matches.
struct ConfigTreeNode
{
    ConfigTreeNode *parent = nullptr;
    int row = 0;
    ConfigTreeNodeKind kind = ConfigTreeNodeKind::Member;
    QString key;
    QJsonValue value;
    std::optional<ConfigType> type; // type nodes
    QString unavailableReason;      // type nodes
    int entityCount = 0;            // type nodes
    // Type nodes: the entities that show, as (index into the snapshot type's names, matched itself). Their nodes
    // are made when first needed (buildEntityChildren): a type of 50,000 entities that stays closed costs nothing.
    std::vector<std::pair<int, bool>> entities;
    int typeIndex = -1; // type nodes: the position in the snapshot's types
    bool matched = false;
    bool built = false; // children are built on first use
    std::vector<std::unique_ptr<ConfigTreeNode>> children;

    ConfigTreeNode *add(std::unique_ptr<ConfigTreeNode> child);
};

// Case-insensitive matching of names and scalar values: plain text, or a regular expression.
class ConfigTreeFilter
{
    Q_DECLARE_TR_FUNCTIONS(ConfigTreeModel)

public:
    // An empty text is "no filter"; a bad expression is an error.
    static Result<ConfigTreeFilter> make(const QString &text, bool regex);

    QString text() const { return m_text; }
    bool isRegex() const { return m_regex; }
    bool isEmpty() const { return m_text.isEmpty(); }
    bool sameAs(const ConfigTreeFilter &other) const { return m_text == other.m_text && m_regex == other.m_regex; }

    bool matches(QStringView text) const;
    // Whether a name or scalar anywhere in `value` matches.
    bool subtreeMatches(const QJsonValue &value) const;
    // The text a scalar is matched as (strings as they are, the rest as compact JSON); empty for containers.
    static QString scalarText(const QJsonValue &value);

    // An expression that finds, in distinct strings joined with '\n', a match starting at or before the end of each
    // string that matches (and maybe more, to be checked); none when the pattern holds constructs for which that
    // is not sure: lookaround, atomic groups, possessive quantifiers, \A \z \Z \G, verbs, inline options.
    std::optional<QRegularExpression> prefilter() const;

private:
    QString m_text;
    bool m_regex = false;
    std::optional<QRegularExpression> m_expression;
};

// A configuration document with every type's entities sorted by name. Immutable once made; shared by threads.
struct ConfigTreeSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(ConfigTreeModel)

public:
    struct Type
    {
        ConfigType type;
        QString key;
        QJsonValue value;
        QString unavailableReason;
        QStringList names;        // sorted: case-insensitively, then exactly
        QList<QJsonValue> values; // values[i] is the entity names[i]
    };

    QJsonObject document;
    std::vector<Type> types; // in ConfigTypeInfo::all() order

    static std::shared_ptr<const ConfigTreeSnapshot> make(const QJsonObject &document,
                                                          const QMap<ConfigType, QString> &unavailable);
};

struct ConfigTreeSearchIndex; // ConfigTreeSearchIndex.h

namespace ConfigTreeData {

// The root with the type level and, for available types, which entities show (sorted; under a filter only the
// entities that match or hold matches). With an index, matches are found through it; without, by walking the
// values. Null when cancelled.
std::unique_ptr<ConfigTreeNode> buildTree(const ConfigTreeSnapshot &snapshot, const ConfigTreeFilter &filter,
                                          const ConfigTreeSearchIndex *index = nullptr, const CancelToken &cancel = {});

// The entity nodes of a type node, from its `entities`.
void buildEntityChildren(ConfigTreeNode *node, const ConfigTreeSnapshot &snapshot);

// The children of an entity or member node (members sorted by name, array elements in order), filtered.
void buildValueChildren(ConfigTreeNode *node, const ConfigTreeFilter &filter);

// Case-insensitive first, then exact: "Alpha" < "beta" < "zeta".
bool nameLess(const QString &a, const QString &b);

} // namespace ConfigTreeData
