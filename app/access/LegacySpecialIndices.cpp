#include "app/access/LegacySpecialIndices.h"

#include <algorithm>

#include "app/access/AccessConfig.h"
#include "app/access/ActionCatalogue.h"
#include "app/access/ActionPrivileges.h"
#include "app/access/EvaluationContext.h"
#include "app/access/NodeSettings.h"
#include "app/domain/IndexMetadata.h"

using namespace Qt::StringLiterals;

namespace {

const QString SystemIndexPermission = u"system:admin/system_index"_s;

LegacySpecialIndexCheck denial(LegacySpecialIndexCheck check, const QString &reason)
{
    check.denied = true;
    check.reason = reason;
    return check;
}

} // namespace

LegacySpecialIndices::LegacySpecialIndices(const AccessConfig &config, const IndexMetadata &metadata)
    : m_config(config)
    , m_settings(config.settings())
    , m_metadata(metadata)
    , m_systemIndices(WildcardMatcher::compileLenient(m_settings.systemIndices()))
    , m_protectedIndices(WildcardMatcher::compileLenient(m_settings.protectedIndices()))
    , m_protectedRoles(WildcardMatcher::compileLenient(m_settings.protectedIndicesRoles()))
{ }

bool LegacySpecialIndices::isSystemIndex(const QString &name) const
{
    if (name == m_settings.securityIndex())
        return true;
    if (!m_settings.systemIndicesEnabled())
        return false;
    return m_systemIndices.matches(name) || m_metadata.systemIndices().contains(name);
}

bool LegacySpecialIndices::isProtectedIndex(const QString &name) const
{
    return m_settings.protectedIndicesEnabled() && m_protectedIndices.matches(name);
}

bool LegacySpecialIndices::hasProtectedRole(const EvaluationContext &context) const
{
    for (const QString &role : context.mappedRoles()) {
        if (m_protectedRoles.matches(role))
            return true;
    }
    return false;
}

LegacySpecialIndexCheck LegacySpecialIndices::check(EvaluationContext &context, const QString &action, bool localAll,
                                                    QStringList &names) const
{
    LegacySpecialIndexCheck result;
    const QString securityIndex = m_settings.securityIndex();
    // For "*", "_all" or no index the legacy resolver keeps the literal "*" as the requested index, so these
    // evaluators see no system index then (the check table sees every index).
    const QStringList requested = localAll ? QStringList {u"*"_s} : names;
    QStringList system;
    for (const QString &name : requested) {
        if (isSystemIndex(name))
            system.append(name);
    }
    if (m_settings.systemIndexPermissionEnabled()) {
        if (requested.contains(securityIndex))
            return denial(
                result,
                u"the request includes the security index %1, which only the super admin may use"_s.arg(securityIndex));
        if (!system.isEmpty()) {
            const IndexCheck check =
                ActionPrivileges::explicitIndex(m_config, context, {SystemIndexPermission}, requested);
            if (check.status != AccessStatus::Allowed) {
                result.missingPrivileges = {SystemIndexPermission};
                return denial(result, u"the request includes the system indices %1, and no role grants %2 explicitly "
                                      "on every requested index"_s.arg(system.join(u", "_s), SystemIndexPermission));
            }
            result.steps << u"system indices %1: %2 is granted explicitly"_s.arg(system.join(u", "_s),
                                                                                 SystemIndexPermission);
        }
    }
    const bool guarded = ActionCatalogue::isSystemIndexDeniedAction(action);
    if (guarded) {
        const bool filter = m_settings.filterSecurityIndexFromAllRequests();
        if (localAll) {
            if (!filter)
                return denial(result, u"%1 on all indices is not allowed for a regular user (it would touch the "
                                      "system indices)"_s.arg(action));
            names.removeAll(securityIndex);
            result.steps << u"filter_securityindex_from_all_requests: the security index is taken out"_s;
        } else if (!system.isEmpty() && !m_settings.systemIndexPermissionEnabled()) {
            if (!filter)
                return denial(result, u"%1 on the system indices %2 is not allowed for a regular user"_s.arg(
                                          action, system.join(u", "_s)));
            names.removeAll(securityIndex);
            if (names.isEmpty())
                return denial(result, u"only the security index was requested, and it is filtered out"_s);
        }
    }
    if (m_settings.protectedIndicesEnabled() && guarded && !hasProtectedRole(context)) {
        bool touches = localAll;
        for (const QString &name : requested)
            touches = touches || m_protectedIndices.matches(name);
        if (touches)
            return denial(result,
                          u"%1 on a protected index needs one of the roles in protected_indices.roles"_s.arg(action));
    }
    return result;
}

bool LegacySpecialIndices::mayDeny(const QString &row) const
{
    if (row.isEmpty() || row == u"*"_s || row == u"_all"_s)
        return true;
    if (isSystemIndex(row) || isProtectedIndex(row))
        return true;
    if (!WildcardMatcher::isPattern(row))
        return false;
    if (!m_specialNames) {
        QStringList names {m_settings.securityIndex()};
        for (const QStringList &known : {m_metadata.systemIndices(), m_metadata.indexNames()}) {
            for (const QString &name : known) {
                if (isSystemIndex(name) || isProtectedIndex(name))
                    names << name;
            }
        }
        names.removeDuplicates();
        m_specialNames = names;
    }
    const WildcardMatcher pattern = WildcardMatcher::compileLenient({row});
    return std::any_of(m_specialNames->cbegin(), m_specialNames->cend(),
                       [&](const QString &name) { return pattern.matches(name); });
}
