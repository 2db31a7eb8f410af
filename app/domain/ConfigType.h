#pragma once

// ConfigType: the nine configuration types of the Security plugin, with their keys in the configuration document,
// their REST endpoints and their securityadmin file names. Pure value code, any thread.

#include <optional>

#include <QList>
#include <QString>

enum class ConfigType { Config, Roles, RolesMapping, InternalUsers, ActionGroups, Tenants, NodesDn, Allowlist, Audit };

namespace ConfigTypeInfo {

// In the order the app shows them.
const QList<ConfigType> &all();

// The member of the configuration document and the cType of version snapshots: "config", "roles", ...
QString key(ConfigType type);
std::optional<ConfigType> fromKey(QStringView key);

// The path segment after /_plugins/_security/api/: "securityconfig" for config, otherwise the key.
QString endpoint(ConfigType type);

// The word the plugin uses in messages: "role", "rolesmapping", "user", "actiongroup", "tenant", ...
QString resourceWord(ConfigType type);

// The securityadmin file name: "roles_mapping.yml", "internal_users.yml", ...
QString fileName(ConfigType type);

// A name for people ("Role mappings"), translated.
QString displayName(ConfigType type);

// Types whose entities are created, replaced and deleted one by one (PUT/DELETE .../{type}/{name}).
bool hasEntityCrud(ConfigType type);

// Types whose value is a single entity named "config" rather than a map of named entities.
bool isSingleEntity(ConfigType type);

} // namespace ConfigTypeInfo
