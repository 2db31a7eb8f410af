#pragma once

// DemoConfig: the sandbox's built-in demonstration configuration (our own writing, not the plugin's files),
// its static entities and the "shipped defaults" that the upgrade endpoints compare against. Pure functions.
//
// Demo users and passwords: admin (the --admin-password, default "admin"; mapped to all_access),
// analyst/analyst, viewer/viewer (read only, no REST API access), dashboards/dashboards (reserved),
// secadmin/secadmin (a REST admin when restapi admin mode is on), ghost/ghost (hidden).

#include <QJsonObject>

#include "app/common/Result.h"
#include "app/sandbox/ConfigSnapshot.h"

namespace DemoConfig {

// The demo configuration with its statics, entities normalised (defaults filled). Hashes are precomputed
// bcrypt hashes (cost 12) of the documented passwords; the caller sets the admin password.
ConfigSnapshot build();

// The built-in static entities and audit _readonly list (used with --config-dir when no static dir is given).
ConfigSnapshot statics();

// The shipped roles.yml equivalent (entities keyed by name, normalised), newer than the demo's roles.
QJsonObject shippedRoles();

} // namespace DemoConfig
