#pragma once

// LegacySpecialIndices: the legacy engine's SystemIndexAccessEvaluator and ProtectedIndexAccessEvaluator, which run
// before its privilege check and deny a request on the security index, on system indices (without an explicit
// system:admin/system_index grant when system index permissions are on; for the write and admin actions they guard
// when they are off) and on protected indices (without a role of protected_indices.roles). Shared by the evaluator,
// which decides one request, and the effective-permissions matrix, which asks the same of each special row. Pure
// functions, any thread.

#include <optional>

#include <QStringList>

#include "app/access/WildcardMatcher.h"

class AccessConfig;
class EvaluationContext;
class IndexMetadata;
class NodeSettings;

struct LegacySpecialIndexCheck
{
    bool denied = false;
    QString reason;                // when denied: one sentence
    QStringList missingPrivileges; // when denied for want of an explicit grant
    QStringList steps;             // what was found on the way (an explicit grant, the security index filtered out)
};

class LegacySpecialIndices
{
public:
    LegacySpecialIndices(const AccessConfig &config, const IndexMetadata &metadata);

    // The security index, and with system_indices.enabled the configured and registered system indices.
    bool isSystemIndex(const QString &name) const;
    bool isProtectedIndex(const QString &name) const;
    bool hasProtectedRole(const EvaluationContext &context) const;

    // The evaluators on a request of `action` on `names` (the resolved names; `localAll`: the request named all
    // indices, which these evaluators see as the literal "*"). When the security index is filtered from the request
    // (filter_securityindex_from_all_requests) it is taken out of `names`.
    LegacySpecialIndexCheck check(EvaluationContext &context, const QString &action, bool localAll,
                                  QStringList &names) const;

    // Whether a row of an access matrix (a name, a pattern, or "*" for all) can be denied by these evaluators for
    // some subject and action: it is all indices, or it is, or as a pattern matches, a special index.
    bool mayDeny(const QString &row) const;

private:
    const AccessConfig &m_config;
    const NodeSettings &m_settings;
    const IndexMetadata &m_metadata;
    WildcardMatcher m_systemIndices;
    WildcardMatcher m_protectedIndices;
    WildcardMatcher m_protectedRoles;
    // The known indices these evaluators guard (the security index among them), gathered on the first mayDeny().
    mutable std::optional<QStringList> m_specialNames;
};
