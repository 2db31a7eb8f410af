#pragma once

// ActionCatalogue: what the evaluators need to know about transport action names: which ones each engine treats as
// cluster actions, the renames they apply, which index actions the legacy engine may narrow to the permitted indices
// (do_not_fail_on_forbidden), which requests name a single index, and the common REST calls by name. Pure functions,
// any thread.

#include <optional>

#include <QString>
#include <QStringList>
#include <QVersionNumber>

#include "app/access/AccessTypes.h"

class NodeSettings;

namespace ActionCatalogue {

// The action as the engine evaluates it (legacy and V4 renames; V4 also map_action_names).
QString normalize(const QString &action, AccessEngine engine, const NodeSettings &settings);
// Whether the engine checks `action` against cluster permissions.
bool isClusterAction(const QString &action, AccessEngine engine, const NodeSettings &settings);
// Legacy do_not_fail_on_forbidden applies to these actions only.
bool isDnfofAction(const QString &action);
// Requests of this action name one index (get, index, delete, update, ...): they cannot be narrowed.
bool isSingleIndexAction(const QString &action);
// The actions the legacy engine denies on system indices when system index permissions are off.
bool isSystemIndexDeniedAction(const QString &action);

// An action name in the catalogue SecDesk ships as data (resources/data/actions.json): OpenSearch's own actions and
// the Security plugin's, with the version that introduced those that came after 1.0. Not every action there is:
// plugins add their own, so an action missing here may still exist.
struct ActionInfo
{
    QString name;         // "indices:data/read/point_in_time/create"
    QString origin;       // "core" (OpenSearch) or "security" (the Security plugin)
    QVersionNumber since; // the first version that has it; null: every version SecDesk supports

    bool availableIn(const QVersionNumber &version) const { return since.isNull() || version >= since; }
};

// The catalogue, sorted by name.
const QList<ActionInfo> &catalogue();
// The catalogue's entry for `action`, or nullopt.
std::optional<ActionInfo> info(const QString &action);
// The catalogue's names, sorted: for completion and "did you mean".
const QStringList &knownActions();
// The names available in `version` (all of them when it is unknown).
QStringList knownActions(const std::optional<QVersionNumber> &version);

// A REST call an administrator thinks in, and the transport action it becomes.
struct RestCall
{
    QString name;   // "search"
    QString action; // "indices:data/read/search"
    QString description;
};
QList<RestCall> restCalls();
// The action for a REST call name ("search", "bulk", "create-index", ...), or nullopt.
std::optional<QString> actionForRestCall(const QString &name);

} // namespace ActionCatalogue
