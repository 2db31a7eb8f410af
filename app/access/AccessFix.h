#pragma once

// AccessFix: the smallest change to a configuration that grants what a denied (or partial) decision lacks, as a
// JSON Patch over the configuration document: (a) the missing actions added to the allowed_actions of an index
// permission of a role the user is mapped to whose patterns already match the missing indices, or (b) a new role
// granting the missing actions on the missing indices (cluster_permissions for a cluster action), mapped to the user
// by name. Reserved, static and hidden roles are never changed. Pure functions, any thread.

#include <optional>

#include <QJsonArray>
#include <QString>

#include "app/access/AccessEvaluator.h"

struct AccessFix
{
    enum class Kind { AddActions, NewRole };
    Kind kind = Kind::AddActions;
    QString role;        // the role changed or created
    int entry = -1;      // AddActions: the index permission's position in the role
    QStringList actions; // the actions granted
    QStringList indices; // the index patterns they are granted on (empty for a cluster action)
    QJsonArray patch;    // RFC 6902 over the configuration document (type key -> entities)
    QString summary;     // one sentence for people
};

namespace AccessFixes {

// A proposal for `decision` (made for `user` and `request` on `config`); nullopt when nothing is missing, or when no
// change of roles can help (an evaluation error, a protected or system index, a user without a name to map).
std::optional<AccessFix> propose(const AccessConfig &config, const IndexMetadata &metadata, const AccessUser &user,
                                 const AccessRequest &request, const AccessDecision &decision);

// The name of the role a NewRole proposal creates for `user`: "access_fix_<user>", with a number when taken.
QString newRoleName(const AccessConfig &config, const QString &user);

} // namespace AccessFixes
