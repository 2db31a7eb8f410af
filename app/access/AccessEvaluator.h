#pragma once

// AccessEvaluator: one request decided end to end as the plugin decides it, with the engine the configuration selects
// (or the one asked for): the user's roles, the bulk shortcut, the legacy system-index and protected-index
// evaluators, cluster or index privileges through the check table, do_not_fail_on_forbidden (legacy) or index
// reduction (V4), what core then answers (404 for a missing index), which indices' documents come back and which the
// system-index reader withholds, and the DLS, FLS and masking in force on them. Every result carries its reasons:
// the mapping behind each role, the grant behind each (index, action), the nearest miss for each missing one, and
// the assumptions made. Pure functions, any thread.

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "app/access/AccessTypes.h"
#include "app/access/ActionPrivileges.h"
#include "app/access/RoleMapper.h"

class AccessConfig;
class IndexMetadata;

struct AccessRequest
{
    QStringList actions;        // the request's action, then any further index actions it needs
    QStringList indices;        // index expressions as requested; empty: no index named
    QJsonObject indicesOptions; // only the options the request sets ("ignore_unavailable", "expand_wildcards", ...)
};

// Why one (index, action) is granted: the grant, and how the permission's allowed_actions reach the action pattern.
struct GrantedCell
{
    QString index;
    QString action;
    Grant grant;
    QStringList chain; // allowed_actions entry, then the action groups down to the action pattern
};

struct IndexRestrictions
{
    QString index;
    QString dls;              // "unrestricted", "no documents", the ORed queries, or "error: ..."
    QStringList fls;          // effective FLS patterns ("*": all fields)
    QStringList maskedFields; // empty: none
};

struct AccessDecision
{
    AccessEngine engine = AccessEngine::Legacy;
    QList<MappedRole> mappedRoles;
    bool clusterAction = false;
    AccessStatus status = AccessStatus::Denied;
    int httpStatus = 403;
    QStringList checkedNames;   // the names whose privileges were checked
    QStringList allowedIndices; // partial: what the request was narrowed to
    QStringList missingPrivileges;
    QStringList responseIndices; // indices whose documents come back
    bool documentsWithheld = false;
    QString reason; // one sentence
    QList<GrantedCell> grants;
    QStringList misses; // the nearest miss for each missing privilege
    QStringList evaluationErrors;
    QList<IndexRestrictions> restrictions;
    QStringList trace; // the steps, in order
    QStringList assumptions;

    QJsonObject toJson() const;
};

struct EvaluationOptions
{
    std::optional<QStringList> mappedRoles; // given: used instead of role mapping
    std::optional<AccessEngine> engine;     // given: overrides the configured engine
    QStringList assumptions;                // the caller's (a source lacking hidden entities, ...), carried over
    bool details = true;                    // false: the decision only (no mapping reasons, misses, DLS/FLS/masking)
};

namespace AccessEvaluator {

// Decides `request` for `user`.
AccessDecision evaluate(const AccessConfig &config, const IndexMetadata &metadata, const AccessUser &user,
                        const AccessRequest &request, const EvaluationOptions &options = {});

} // namespace AccessEvaluator
