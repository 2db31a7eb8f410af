#pragma once

// YamlConfigLoader: reads a securityadmin-layout directory (config.yml, roles.yml, ...) and the static_*.yml
// overlay into a ConfigSnapshot, entities normalised. yaml-cpp's exceptions stop here. Pure functions.

#include <QJsonObject>
#include <QString>

#include "app/common/Result.h"
#include "app/sandbox/ConfigSnapshot.h"

namespace YamlConfigLoader {

// A YAML file as JSON (plain scalars typed as YAML 1.2 core: booleans, integers, floats, null).
Result<QJsonValue> readFile(const QString &path);

// The stored configuration of `dir`; missing files give empty types.
Result<ConfigSnapshot> loadConfigDir(const QString &dir);

// The statics (static_roles.yml, static_action_groups.yml, static_tenants.yml, static_audit.yml) of `dir`.
Result<ConfigSnapshot> loadStaticDir(const QString &dir);

// One type's entities from a file's JSON: _meta removed, each entity normalised.
Result<QJsonObject> entitiesFromDocument(CType type, const QJsonObject &document, const QString &source);

} // namespace YamlConfigLoader
