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
#include "app/sandbox/IndexCatalog.h"

namespace DemoConfig {

// The demo configuration with its statics, entities normalised (defaults filled). Hashes are precomputed
// bcrypt hashes (cost 12) of the documented passwords; the caller sets the admin password.
ConfigSnapshot build();

// The built-in static entities and audit _readonly list (used with --config-dir when no static dir is given).
ConfigSnapshot statics();

// The shipped roles.yml equivalent (entities keyed by name, normalised), newer than the demo's roles.
QJsonObject shippedRoles();

// The sandbox's indices, aliases and data stream (docs/api/security-api.md §11.1), the same with --config-dir.
// They match the demo roles' patterns: logs-2026.01.01 and logs-2026.01.02 (alias "logs", the second its write
// index) and metrics-web (filtered alias "metrics-current", one unassigned replica) for analyst_role's logs-* and
// metrics-*, metrics-archive-2025 (closed), audit-2026.01 for sandbox_audit_reader's audit-*, .kibana_1 (alias
// ".kibana") for kibana_user, reports-2026 and security-auditlog-2026.01.01 for nobody but all_access; the security
// index .opendistro_security, .plugins-ml-config and the data stream logs-app with its backing indices
// .ds-logs-app-000001 to -000003. Every dot-index is hidden.
IndexCatalog indices();

} // namespace DemoConfig
