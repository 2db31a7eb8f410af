#pragma once

// ActionPrivileges: the plugin's privilege checks on a user's mapped roles: cluster actions (plain, "explicit" where
// a grant through the literal "*" does not count, and "any of"), and index actions on resolved names through the
// check table (rows: the names; columns: the actions; a cell may be filled by any role and any index permission, with
// no conjunction per entry). Each filled cell keeps its witness: the role, the index permission, the index pattern
// and the action pattern that granted it. Then the special indices are taken out again (the security index, system
// indices without an explicit system:admin/system_index grant, protected indices without a protected role). Pure
// functions over an EvaluationContext, on the evaluating thread.

#include <QList>
#include <QMap>
#include <QStringList>

#include "app/access/AccessTypes.h"
#include "app/access/WildcardMatcher.h"

class AccessConfig;
class IndexMetadata;
class NodeSettings;
class EvaluationContext;

enum class AccessStatus { Allowed, Partial, Denied };

namespace AccessStatuses {
QString name(AccessStatus status); // "allowed", "partial", "denied"
}

// What granted a cell (or a cluster action).
struct Grant
{
    QString role;
    int entry = -1;        // the index permission's position in the role; -1 for cluster permissions
    QString indexPattern;  // the pattern that matched the name
    QString via;           // the alias or data stream through which it matched ("members": all members matched)
    QString actionPattern; // the resolved action pattern that matched the action
};

// The indices that evaluation takes out after the roles have granted what they grant.
struct SpecialIndexProtection
{
    QString universallyDenied;     // the security index (V4); empty: none
    WildcardMatcher systemIndices; // indices that need an explicit system:admin/system_index grant
    QStringList registeredSystemIndices;
    bool protectedEnabled = false;
    WildcardMatcher protectedIndices;
    WildcardMatcher protectedRoles;

    bool isSystemIndex(const QString &name) const;

    // What the engine folds into the check table: nothing for the legacy engine (its system-index and
    // protected-index evaluators run before it); for V4 the security index, the configured and registered system
    // indices, and the protected indices when enabled.
    static SpecialIndexProtection forEngine(AccessEngine engine, const NodeSettings &settings,
                                            const IndexMetadata &metadata);
};

class CheckTable
{
public:
    CheckTable() = default;
    CheckTable(const QStringList &rows, const QStringList &columns);

    const QStringList &rows() const { return m_rows; }
    const QStringList &columns() const { return m_columns; }
    bool isChecked(int row, int column) const { return m_cells.at(row * m_columns.size() + column).has_value(); }
    const Grant *grant(int row, int column) const;
    bool check(int row, int column, const Grant &grant); // true when the table is complete afterwards
    void uncheck(int row, const QString &why);
    bool isRowComplete(int row) const;
    bool isComplete() const { return m_unchecked == 0; }
    QStringList completeRows() const;
    QStringList incompleteColumns() const;
    QString uncheckedWhy(int row) const { return m_why.value(row); }
    int rowOf(const QString &name) const { return int(m_rows.indexOf(name)); }
    // As the plugin logs it: one line per name, "ok" or "MISSING" per action.
    QString toText() const;

private:
    QStringList m_rows;
    QStringList m_columns;
    QList<std::optional<Grant>> m_cells;
    QMap<int, QString> m_why;
    qsizetype m_unchecked = 0;
};

struct ClusterCheck
{
    bool allowed = false;
    Grant grant;         // when allowed
    QStringList missing; // when not: the action, or "any of [a, b]"
};

struct IndexCheck
{
    AccessStatus status = AccessStatus::Denied;
    CheckTable table;
    QStringList availableIndices;  // complete rows (for Partial)
    QStringList missingPrivileges; // incomplete columns
    QString reason;
    QStringList evaluationErrors;
    bool brokeDownAliases = false; // legacy: aliases and data streams were re-checked as their member indices
};

namespace ActionPrivileges {

// hasClusterPrivilege / hasExplicitClusterPrivilege.
ClusterCheck cluster(const AccessConfig &config, const EvaluationContext &context, const QString &action,
                     bool explicitOnly = false);
// hasAnyClusterPrivilege.
ClusterCheck anyCluster(const AccessConfig &config, const EvaluationContext &context, const QStringList &actions);

// hasIndexPrivilege on resolved names. `breakDownAliases` (legacy): incomplete aliases and data streams are
// replaced by their member indices and checked again. Names of the form "cluster:index" are remote and not checked;
// only remote names (or none) allow.
IndexCheck index(const AccessConfig &config, EvaluationContext &context, const QStringList &actions,
                 const QStringList &names, const SpecialIndexProtection &protection, bool breakDownAliases);
// hasIndexPrivilegeForAnyIndex: some index permission grants the actions on some (non-empty) pattern.
IndexCheck anyIndex(const AccessConfig &config, EvaluationContext &context, const QStringList &actions);
// hasExplicitIndexPrivilege: only grants that do not come from the literal "*", and only for the actions that need
// them (system:admin/system_index).
IndexCheck explicitIndex(const AccessConfig &config, EvaluationContext &context, const QStringList &actions,
                         const QStringList &names);
// Whether the mapped roles grant system:admin/system_index explicitly on `index`.
bool hasExplicitSystemIndexPrivilege(const AccessConfig &config, EvaluationContext &context, const QString &index,
                                     QStringList *errors = nullptr);

} // namespace ActionPrivileges
