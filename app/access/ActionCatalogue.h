#pragma once

// ActionCatalogue: what the evaluators need to know about transport action names: which ones each engine treats as
// cluster actions, the renames they apply, which index actions the legacy engine may narrow to the permitted indices
// (do_not_fail_on_forbidden), which requests name a single index, and the common REST calls by name. Pure functions,
// any thread.

#include <optional>

#include <QString>
#include <QStringList>

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

// A REST call an administrator thinks in, and the transport action it becomes.
// Known transport action names (cluster and index actions of OpenSearch and the plugin's REST API), sorted: for
// completion and "did you mean". Not every action there is: an action missing here may still exist.
const QStringList &knownActions();

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
