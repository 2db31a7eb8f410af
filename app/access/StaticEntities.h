#pragma once

// StaticEntities: the Security plugin's built-in ("static") roles, action groups and tenants for each supported major
// version, and their overlay on a configuration document. The plugin never stores them, so a securityadmin directory or
// a version snapshot lacks them while a live GET shows them. Pure data and functions, any thread.

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace StaticEntities {

// The plugin's built-in roles, action groups and tenants for a major version (2 or 3), keyed by the configuration's
// type key ("roles", "actiongroups", "tenants"), each entity as the REST API shows it: "reserved": true,
// "static": true, "hidden": false and the model's defaults filled in ([] for absent lists, no "dls"). Empty for an
// unsupported major.
QJsonObject forMajorVersion(int major);

// {2, 3}
QList<int> supportedMajorVersions();

// `document` (type key -> entities) with the statics of `major` laid over it as the plugin does on every load: a
// static entry replaces a dynamic one of the same name, other entries (and "_meta") stay. A type the document lacks
// gets its statics (the plugin always has all types); a type whose value is not an object is left alone. `added`,
// when given, is cleared and receives the static names laid over, per type key, in name order. An unsupported major
// returns the document unchanged.
QJsonObject withStatics(const QJsonObject &document, int major, QMap<QString, QStringList> *added = nullptr);

} // namespace StaticEntities
