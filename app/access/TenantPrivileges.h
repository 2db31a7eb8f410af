#pragma once

// TenantPrivileges: Dashboards tenants as the plugin decides them. Only tenants defined in the tenants type (the
// static global_tenant included) can be granted; a tenant permission gives write access exactly when its resolved
// actions contain kibana:saved_objects/*/write, otherwise read (so allowed_actions ["*"] gives read only); "${...}"
// patterns are rendered per user. The legacy engine also gives a user with the mapped role kibana_user read and
// write on global_tenant unless a role grants it read explicitly. The private tenant is the user's own. Pure
// functions over an EvaluationContext, on the evaluating thread.

#include <QMap>
#include <QString>

class AccessConfig;
class EvaluationContext;

namespace TenantPrivileges {

struct TenantCheck
{
    bool allowed = false;
    QString role;        // the role that granted it
    int permission = -1; // its tenant permission's position
    QString pattern;     // the tenant pattern that matched
    QString reason;      // for legacy implicit global access, or why not
};

TenantCheck check(const AccessConfig &config, EvaluationContext &context, const QString &tenant, bool write);

// The plugin's tenantMap() (what authinfo shows): tenant -> true (read and write) or false (read only), plus the
// user's name for the private tenant (true).
QMap<QString, bool> tenantMap(const AccessConfig &config, EvaluationContext &context);

} // namespace TenantPrivileges
