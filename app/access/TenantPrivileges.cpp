#include "app/access/TenantPrivileges.h"

#include "app/access/AccessConfig.h"
#include "app/access/EvaluationContext.h"

using namespace Qt::StringLiterals;

namespace TenantPrivileges {

namespace {

const QString GlobalTenant = u"global_tenant"_s;

// A grant by a static pattern of any role (mapped or not), for `write` or read access.
bool staticGrant(const AccessConfig &config, const QString &roleName, const QString &tenant, bool write,
                 TenantCheck *check)
{
    const CompiledRole *role = config.role(roleName);
    if (!role)
        return false;
    for (int i = 0; i < role->tenantPermissions.size(); ++i) {
        const CompiledTenantPermission &permission = role->tenantPermissions.at(i);
        if (write && !permission.write)
            continue;
        for (int p = 0; p < permission.patterns.size(); ++p) {
            const std::optional<WildcardMatcher> &matcher = permission.matchers.at(p);
            if (matcher && matcher->matches(tenant)) {
                if (check)
                    *check = {true, roleName, i, permission.patterns.at(p), {}};
                return true;
            }
        }
    }
    return false;
}

} // namespace

TenantCheck check(const AccessConfig &config, EvaluationContext &context, const QString &tenant, bool write)
{
    TenantCheck result;
    if (!config.hasTenant(tenant)) {
        result.reason = u"the tenant %1 is not defined"_s.arg(tenant);
        return result;
    }
    for (const QString &role : context.mappedRoles()) {
        if (staticGrant(config, role, tenant, write, &result))
            return result;
    }
    for (const QString &roleName : context.mappedRoles()) {
        const CompiledRole *role = config.role(roleName);
        if (!role)
            continue;
        for (int i = 0; i < role->tenantPermissions.size(); ++i) {
            const CompiledTenantPermission &permission = role->tenantPermissions.at(i);
            if (write && !permission.write)
                continue;
            for (int p = 0; p < permission.patterns.size(); ++p) {
                if (permission.matchers.at(p))
                    continue;
                // A pattern that does not compile once rendered is ignored.
                const Result<WildcardMatcher> matcher = context.renderedMatcher(permission.patterns.at(p));
                if (matcher && matcher->matches(tenant))
                    return {true, roleName, i, permission.patterns.at(p), {}};
            }
        }
    }
    if (context.engine() == AccessEngine::Legacy && tenant == GlobalTenant && context.hasRole(u"kibana_user"_s)) {
        // Legacy only: kibana_user gets global_tenant read and write unless a mapped role grants it read.
        bool readGranted = false;
        for (const QString &role : context.mappedRoles())
            readGranted = readGranted || staticGrant(config, role, tenant, false, nullptr);
        if (!readGranted) {
            result.allowed = true;
            result.role = u"kibana_user"_s;
            result.reason = u"the legacy engine gives kibana_user read and write access to global_tenant unless a "
                            "role grants it read access"_s;
            return result;
        }
    }
    result.reason = u"no mapped role grants %1 access to the tenant %2"_s.arg(write ? u"write"_s : u"read"_s, tenant);
    return result;
}

QMap<QString, bool> tenantMap(const AccessConfig &config, EvaluationContext &context)
{
    QMap<QString, bool> map;
    for (const QString &tenant : config.tenants()) {
        if (check(config, context, tenant, true).allowed)
            map.insert(tenant, true);
        else if (check(config, context, tenant, false).allowed)
            map.insert(tenant, false);
    }
    map.insert(context.user().name, true);
    return map;
}

} // namespace TenantPrivileges
