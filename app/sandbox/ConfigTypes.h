#pragma once

// The nine configuration types (cTypes) of the Security plugin and their names in the API, the versions
// document, the securityadmin files and messages. Pure data, any thread.

#include <optional>

#include <QList>
#include <QString>

enum class CType { ActionGroups, Allowlist, Audit, Config, InternalUsers, NodesDn, Roles, RolesMapping, Tenants };

namespace ConfigTypes {

const QList<CType> &all();
QString name(CType type);                        // "actiongroups", "internalusers", ... (API, versions, _meta.type)
std::optional<CType> fromName(QStringView name); // exact, lower case
QString fileName(CType type);                    // "action_groups.yml", ...
QString staticFileName(CType type);              // "static_roles.yml", ... or empty
QString resourceWord(CType type);                // "role", "rolesmapping", "user", "actiongroup", "tenant", "nodesdn"
QString endpointName(CType type);                // "ROLES", "INTERNALUSERS", ... (messages, endpoints_disabled)
bool isCollection(CType type);                   // named entities (not the single "config" entity)
bool supportsStatic(CType type);                 // static entities may exist (not rolesmapping)
bool supportsFlags(CType type);                  // hidden and reserved

} // namespace ConfigTypes
