#pragma once

// ConfigTreeModel: the whole security configuration as one tree (type, entity, members), with semantic roles for
// badges (reserved, hidden, static), counts per type, types the cluster does not expose, and a filter over names
// and values that keeps the ancestors of matches. Lives on the GUI thread. The type and entity levels of a
// configuration, a search index over it and filter results are built on worker threads (loadConfiguration,
// requestFilter) and swapped in with a model reset; deeper levels are built lazily as they are browsed.

#include <atomic>
#include <memory>

#include <QAbstractItemModel>
#include <QFuture>
#include <QJsonObject>
#include <QMap>

#include "app/common/Latest.h"
#include "app/common/Result.h"
#include "app/domain/ConfigType.h"
#include "app/json/JsonPointer.h"
#include "app/lint/Lint.h"
#include "app/models/ConfigTreeSearchIndex.h"

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
        MatchedRole,                     // bool: under a filter, the node (or an ancestor) matched by name or value
        LintSeverityRole,                // int (entities, and the config type): the most severe lint finding's
                                         // LintSeverity; invalid when there is none
        LintFindingsRole,                // QStringList (the same nodes): one line per finding, most severe first
    };
    Q_ENUM(Role)

    enum class NodeKind { Type, Entity, Member };
    Q_ENUM(NodeKind)

    explicit ConfigTreeModel(QObject *parent = nullptr);
    ~ConfigTreeModel() override;

    // Replaces everything at once (a model reset), on this thread. Every type is present: unavailable ones are
    // disabled with the reason. For small documents and tests; the app uses loadConfiguration().
    void setConfiguration(const QJsonObject &document, const QMap<ConfigType, QString> &unavailable = {});
    // The same, built on a worker thread: the model keeps showing what it has until the reset that applies it,
    // then emits configurationApplied(). The current filter carries over. A newer call supersedes this one.
    void loadConfiguration(const QJsonObject &document, const QMap<ConfigType, QString> &unavailable = {});
    const QJsonObject &configuration() const;

    // Shows only what matches `text` (names and values, case-insensitive; a regular expression if `regex`) and
    // the ancestors of matches. An empty text shows everything. A bad expression is refused and changes nothing.
    // At once, on this thread; the app uses requestFilter().
    VoidResult setFilter(const QString &text, bool regex = false);
    // The same, with the matches found on a worker thread: checks the expression at once, then applies the result
    // with a model reset and emits filterApplied(). Only the newest request is applied; older ones stop early.
    VoidResult requestFilter(const QString &text, bool regex = false);
    // The filter that is shown (a requested one shows once filterApplied() is emitted).
    QString filterText() const;
    bool filterIsRegex() const;
    // The lint findings of the configuration, shown on their entities (LintSeverityRole, LintFindingsRole and the
    // tooltip); kept across loads and filters until the next call. Emits dataChanged for the nodes built so far.
    void setFindings(const QList<LintFinding> &findings);

    // Whether a load or a filter is being computed.
    bool isBusy() const;

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

signals:
    void configurationApplied();
    void filterApplied();
    void busyChanged(bool busy);

private:
    struct Built; // what a worker hands back
    // A result nobody wants any more (a newer load or filter replaced it) is freed on a worker too.
    static void discard(const std::shared_ptr<Built> &built);

    ConfigTreeNode *nodeFor(const QModelIndex &index) const;
    void ensureChildren(ConfigTreeNode *node) const;
    void apply(std::shared_ptr<const ConfigTreeSnapshot> snapshot, std::unique_ptr<ConfigTreeNode> root,
               std::unique_ptr<ConfigTreeFilter> filter);
    void startIndexing(const QFuture<std::shared_ptr<const ConfigTreeSearchIndex::Part>> &indexing,
                       const CancelToken &load);
    void schedule();
    void updateBusy();

    struct EntityFindings
    {
        LintSeverity highest = LintSeverity::Info;
        QStringList lines;
    };
    const EntityFindings *findingsFor(const ConfigTreeNode *node) const;

    QHash<QString, EntityFindings> m_findings; // by the entity's pointer ("/roles/x", "/config")
    std::shared_ptr<const ConfigTreeSnapshot> m_snapshot;
    std::unique_ptr<ConfigTreeNode> m_root;
    std::unique_ptr<ConfigTreeFilter> m_filter;           // the one shown
    std::unique_ptr<ConfigTreeFilter> m_wantedFilter;     // the newest requested
    std::shared_ptr<const ConfigTreeSearchIndex> m_index; // for m_snapshot; null until built
    // The newest load and the newest filter run win: an older one stops and is dropped.
    Latest m_loads {this};
    Latest m_filters {this};
    bool m_loading = false;
    bool m_filtering = false;
    bool m_busy = false;
};
