#include "app/access/AccessEvaluator.h"

#include <QJsonArray>

#include "app/access/AccessConfig.h"
#include "app/access/ActionCatalogue.h"
#include "app/access/DlsFls.h"
#include "app/access/EvaluationContext.h"
#include "app/access/IndexResolver.h"
#include "app/access/LegacySpecialIndices.h"
#include "app/domain/IndexMetadata.h"

using namespace Qt::StringLiterals;

namespace {

const QString BulkAction = u"indices:data/write/bulk"_s;

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

void appendUnique(QStringList &list, const QString &value)
{
    if (!list.contains(value))
        list.append(value);
}

class Evaluation
{
public:
    Evaluation(const AccessConfig &config, const IndexMetadata &metadata, const AccessUser &user,
               const AccessRequest &request, AccessDecision &decision, EvaluationContext &context, bool details)
        : m_details(details)
        , m_config(config)
        , m_settings(config.settings())
        , m_metadata(metadata)
        , m_user(user)
        , m_request(request)
        , m_decision(decision)
        , m_context(context)
        , m_special(config, metadata)
    { }

    void run()
    {
        const AccessEngine engine = m_decision.engine;
        for (const QString &action : m_request.actions)
            appendUnique(m_actions, ActionCatalogue::normalize(action, engine, m_settings));
        if (m_actions.isEmpty()) {
            deny(u"no action given"_s);
            return;
        }
        m_action = m_actions.first();
        if (m_action != m_request.actions.first())
            step(u"the action %1 is evaluated as %2"_s.arg(m_request.actions.first(), m_action));

        if (engine == AccessEngine::V4 && m_settings.universallyDeniedActions().contains(m_action)) {
            deny(u"%1 is in privileges_evaluation.actions.universally_denied_actions"_s.arg(m_action));
            m_decision.missingPrivileges = {m_action};
            return;
        }
        if (m_action == BulkAction && m_user.requestedTenant.isEmpty()) {
            step(u"a bulk request needs only the cluster privilege %1 (its items are checked per shard)"_s.arg(
                BulkAction));
            cluster();
            return;
        }
        m_decision.clusterAction = ActionCatalogue::isClusterAction(m_action, engine, m_settings);
        if (m_decision.clusterAction) {
            step(u"%1 is a cluster action for the %2 engine"_s.arg(m_action, AccessEngines::name(engine)));
            cluster();
            return;
        }
        step(u"%1 is an index action"_s.arg(m_action));
        Result<IndicesOptions> options = IndicesOptions::fromJson(m_request.indicesOptions, IndicesOptions());
        if (!options) {
            m_decision.evaluationErrors.append(options.error().message);
            deny(options.error().message);
            return;
        }
        m_options = *options;
        if (engine == AccessEngine::Legacy)
            legacyIndex();
        else
            v4Index();
        if (m_decision.status != AccessStatus::Denied)
            response();
    }

private:
    void step(const QString &text)
    {
        if (m_details)
            m_decision.trace.append(text);
    }

    void deny(const QString &reason)
    {
        m_decision.status = AccessStatus::Denied;
        m_decision.httpStatus = 403;
        m_decision.reason = reason;
        step(u"denied: "_s + reason);
    }

    void cluster()
    {
        const ClusterCheck check = ActionPrivileges::cluster(m_config, m_context, m_action);
        if (check.allowed) {
            m_decision.status = AccessStatus::Allowed;
            m_decision.httpStatus = 200;
            m_decision.reason = u"the role %1 grants %2 through the cluster permission %3"_s.arg(
                check.grant.role, m_action, check.grant.actionPattern);
            GrantedCell cell {QString(), m_action, check.grant, m_details ? clusterChain(check.grant) : QStringList()};
            m_decision.grants.append(cell);
            step(m_decision.reason);
            return;
        }
        m_decision.missingPrivileges = check.missing;
        if (m_details)
            m_decision.misses.append(clusterMiss());
        deny(u"no mapped role grants the cluster privilege %1"_s.arg(m_action));
    }

    QStringList clusterChain(const Grant &grant) const
    {
        const CompiledRole *role = m_config.role(grant.role);
        if (!role)
            return {};
        const QStringList written =
            m_config.rawRole(grant.role).value(u"cluster_permissions"_s).toVariant().toStringList();
        return chainFrom(written, grant.actionPattern);
    }

    QStringList chainFrom(const QStringList &written, const QString &actionPattern) const
    {
        for (const QString &entry : written) {
            if (const std::optional<QStringList> chain = m_config.actionGroups().chain(entry, actionPattern)) {
                QStringList path = chain->isEmpty() ? QStringList {entry} : *chain;
                if (path.last() != actionPattern)
                    path.append(actionPattern);
                return path;
            }
        }
        return {actionPattern};
    }

    QString clusterMiss() const
    {
        if (m_context.mappedRoles().isEmpty())
            return u"the user has no mapped role"_s;
        QStringList defined;
        for (const QString &roleName : m_context.mappedRoles()) {
            if (m_config.role(roleName))
                defined.append(roleName);
        }
        if (defined.isEmpty())
            return u"none of the mapped roles (%1) is defined"_s.arg(m_context.mappedRoles().join(u", "_s));
        return u"%1 is not among the cluster permissions of %2"_s.arg(m_action, defined.join(u", "_s));
    }

    // SystemIndexAccessEvaluator and ProtectedIndexAccessEvaluator of the legacy engine; false when they deny.
    bool legacySpecialIndices(Resolution &resolution)
    {
        const LegacySpecialIndexCheck check =
            m_special.check(m_context, m_action, resolution.localAll, resolution.names);
        for (const QString &text : check.steps)
            step(text);
        if (check.denied) {
            if (!check.missingPrivileges.isEmpty())
                m_decision.missingPrivileges = check.missingPrivileges;
            deny(check.reason);
            return false;
        }
        return true;
    }

    void legacyIndex()
    {
        Resolution resolution =
            m_metadata.isEmpty() ? asWritten() : IndexResolver::legacy(m_request.indices, m_metadata);
        describeResolution(resolution);
        if (!legacySpecialIndices(resolution))
            return;
        m_decision.checkedNames = resolution.names;
        const IndexCheck check =
            ActionPrivileges::index(m_config, m_context, m_actions, resolution.names, SpecialIndexProtection(), true);
        record(check);
        const bool dnfof = m_config.dynamic().dnfof && ActionCatalogue::isDnfofAction(m_action);
        const bool replaceable = !ActionCatalogue::isSingleIndexAction(m_action);
        m_finalExpressions = m_request.indices;
        if (check.status == AccessStatus::Allowed) {
            allow(check, resolution.rawExpressions && !m_options.ignoreUnavailable);
        } else if (check.status == AccessStatus::Partial && dnfof && replaceable) {
            narrow(check, u"do_not_fail_on_forbidden: the request is narrowed to the indices the user may read"_s);
        } else if (check.status == AccessStatus::Denied && dnfof && replaceable && m_config.dynamic().dnfofEmpty) {
            narrowToNothing(u"do_not_fail_on_forbidden_empty: no index is permitted, the result is empty"_s);
        } else {
            QString why;
            if (check.status == AccessStatus::Partial) {
                why = !m_config.dynamic().dnfof ? u"do_not_fail_on_forbidden is off"_s
                      : !ActionCatalogue::isDnfofAction(m_action)
                          ? u"do_not_fail_on_forbidden does not apply to %1"_s.arg(m_action)
                          : u"%1 names a single index and cannot be narrowed"_s.arg(m_action);
            }
            denyIndex(check, why);
        }
    }

    void v4Index()
    {
        // A request that names one index (analyze, get, ...) and names none resolves to nothing, not to all.
        const Resolution resolution =
            m_request.indices.isEmpty() && ActionCatalogue::isSingleIndexAction(m_action) ? Resolution()
            : m_metadata.isEmpty()                                                        ? asWritten()
                                   : IndexResolver::v4(m_request.indices, m_options, m_metadata);
        describeResolution(resolution);
        m_finalExpressions = m_request.indices;
        if (resolution.names.isEmpty() && resolution.remote.isEmpty()) {
            step(u"no index is resolved: the action must be granted on some index"_s);
            const IndexCheck any = ActionPrivileges::anyIndex(m_config, m_context, m_actions);
            record(any);
            if (any.status == AccessStatus::Allowed) {
                m_decision.status = AccessStatus::Allowed;
                m_decision.httpStatus = 200;
                m_decision.reason = u"the action is granted on some index, and the request resolves to none"_s;
                if (!m_request.indices.isEmpty())
                    m_emptyResult = true;
            } else {
                deny(any.reason);
            }
            return;
        }
        m_decision.checkedNames = resolution.names;
        const IndexCheck check =
            ActionPrivileges::index(m_config, m_context, m_actions, resolution.names,
                                    SpecialIndexProtection::forEngine(AccessEngine::V4, m_settings, m_metadata), false);
        record(check);
        const bool replaceable = !ActionCatalogue::isSingleIndexAction(m_action);
        const bool reducible = m_config.dynamic().ignoreUnauthorizedIndices && replaceable
                               && (m_options.ignoreUnavailable || resolution.hasWildcard || resolution.localAll);
        if (check.status == AccessStatus::Allowed) {
            allow(check, !resolution.missing.isEmpty() && !m_options.ignoreUnavailable);
        } else if (check.status == AccessStatus::Partial && reducible) {
            narrow(check, u"index reduction: the request is narrowed to the indices the user may read"_s);
        } else if (check.status == AccessStatus::Denied && reducible && m_options.allowNoIndices
                   && ActionPrivileges::anyIndex(m_config, m_context, m_actions).status == AccessStatus::Allowed) {
            narrowToNothing(u"index reduction: no requested index is permitted, the result is empty"_s);
        } else {
            QString why;
            if (check.status == AccessStatus::Partial) {
                why = !m_config.dynamic().ignoreUnauthorizedIndices
                          ? u"privileges_evaluation_ignore_unauthorized_indices is off"_s
                      : !replaceable ? u"%1 names a single index and cannot be narrowed"_s.arg(m_action)
                                     : u"index reduction needs a wildcard or ignore_unavailable"_s;
            }
            denyIndex(check, why);
        }
    }

    // Without index metadata every name is taken as it is written, and as existing.
    Resolution asWritten() const
    {
        Resolution resolution;
        for (const QString &expression : m_request.indices) {
            if (expression.contains(u':'))
                resolution.remote.append(expression);
            else
                appendUnique(resolution.names, expression);
            resolution.hasWildcard = resolution.hasWildcard || IndexResolver::isWildcard(expression);
        }
        resolution.localAll = m_request.indices.isEmpty() || m_request.indices == QStringList {u"_all"_s}
                              || m_request.indices == QStringList {u"*"_s};
        if (m_request.indices.isEmpty() && !ActionCatalogue::isSingleIndexAction(m_action))
            resolution.names = {u"*"_s};
        return resolution;
    }

    // The request rewritten to the indices the user may use (a 200 with what they hold).
    void narrow(const IndexCheck &check, const QString &reason)
    {
        m_decision.status = AccessStatus::Partial;
        m_decision.httpStatus = 200;
        m_decision.allowedIndices = check.availableIndices;
        m_finalExpressions = check.availableIndices;
        m_decision.reason = reason;
        step(reason + u": "_s + check.availableIndices.join(u", "_s));
    }

    // The request rewritten to no index (a 200 with an empty result).
    void narrowToNothing(const QString &reason)
    {
        m_decision.status = AccessStatus::Partial;
        m_decision.httpStatus = 200;
        m_finalExpressions.clear();
        m_emptyResult = true;
        m_decision.reason = reason;
        step(reason);
    }

    // A denied index check; `why` says why a partial result was not narrowed.
    void denyIndex(const IndexCheck &check, const QString &why)
    {
        if (check.status == AccessStatus::Partial) {
            deny(u"only %1 of the requested indices are permitted, and the request is not narrowed: %2"_s.arg(
                check.availableIndices.join(u", "_s), why));
            return;
        }
        deny(check.reason.isEmpty() ? u"Insufficient permissions for the referenced index"_s : check.reason);
    }

    void describeResolution(const Resolution &resolution)
    {
        const QString requested = m_request.indices.isEmpty() ? u"no index"_s : m_request.indices.join(u", "_s);
        step(u"%1 resolves to %2"_s.arg(requested,
                                        resolution.names.isEmpty() ? u"nothing"_s : resolution.names.join(u", "_s)));
        if (!resolution.remote.isEmpty())
            step(u"remote indices are checked on their own cluster: %1"_s.arg(resolution.remote.join(u", "_s)));
        if (resolution.rawExpressions)
            step(u"a named index does not exist: the expressions themselves are checked"_s);
        if (!resolution.missing.isEmpty())
            m_missing = resolution.missing;
    }

    void allow(const IndexCheck &check, bool indexMissing)
    {
        m_decision.status = AccessStatus::Allowed;
        m_decision.httpStatus = indexMissing ? 404 : 200;
        m_decision.reason = indexMissing
                                ? u"permitted, but the index %1 does not exist (404)"_s.arg(m_missing.join(u", "_s))
                                : u"every requested index is permitted"_s;
        Q_UNUSED(check)
        step(m_decision.reason);
        if (indexMissing)
            m_emptyResult = true;
    }

    // The table's witnesses and misses into the decision.
    void record(const IndexCheck &check)
    {
        m_decision.evaluationErrors += check.evaluationErrors;
        m_decision.missingPrivileges = check.missingPrivileges;
        if (check.brokeDownAliases)
            step(u"aliases and data streams without privileges of their own were checked as their member indices"_s);
        const CheckTable &table = check.table;
        for (int row = 0; row < table.rows().size(); ++row) {
            for (int column = 0; column < table.columns().size(); ++column) {
                const QString &index = table.rows().at(row);
                const QString &action = table.columns().at(column);
                if (const Grant *grant = table.grant(row, column)) {
                    m_decision.grants.append({index, action, *grant, m_details ? indexChain(*grant) : QStringList()});
                } else if (m_details) {
                    const QString why = table.uncheckedWhy(row);
                    m_decision.misses.append(why.isEmpty() ? indexMiss(index, action)
                                                           : u"%1 (%2): %3"_s.arg(index, action, why));
                }
            }
        }
    }

    QStringList indexChain(const Grant &grant) const
    {
        const CompiledRole *role = m_config.role(grant.role);
        if (!role || grant.entry < 0)
            return {grant.actionPattern};
        for (const CompiledIndexPermission &permission : role->indexPermissions) {
            if (permission.entry == grant.entry)
                return chainFrom(permission.allowedActions, grant.actionPattern);
        }
        return {grant.actionPattern};
    }

    // The nearest miss for one (index, action): an entry that matches the index but lacks the action, else one that
    // grants the action elsewhere.
    QString indexMiss(const QString &index, const QString &action)
    {
        const bool memberYield = m_decision.engine == AccessEngine::Legacy;
        QString actionElsewhere;
        for (const QString &roleName : m_context.mappedRoles()) {
            const CompiledRole *role = m_config.role(roleName);
            if (!role)
                continue;
            for (const CompiledIndexPermission &permission : role->indexPermissions) {
                const PatternMatch match = permission.pattern.matches(index, m_context, memberYield);
                const bool grantsAction = permission.actions.matches(action);
                if (match.matched && !grantsAction) {
                    return u"%1 (%2): roles/%3 index_permissions[%4] matches %1 through %5, but its allowed_actions "
                           "[%6] do not include %2"_s.arg(index, action, roleName)
                               .arg(permission.entry)
                               .arg(match.pattern, permission.allowedActions.join(u", "_s));
                }
                if (grantsAction && actionElsewhere.isEmpty()) {
                    actionElsewhere = u"%1 (%2): roles/%3 index_permissions[%4] grants %2 on [%5], which does not "
                                      "match %1"_s.arg(index, action, roleName)
                                          .arg(permission.entry)
                                          .arg(permission.pattern.source().join(u", "_s));
                }
            }
        }
        if (!actionElsewhere.isEmpty())
            return actionElsewhere;
        if (m_context.mappedRoles().isEmpty())
            return u"%1 (%2): the user has no mapped role"_s.arg(index, action);
        return u"%1 (%2): no mapped role grants %2 on any index"_s.arg(index, action);
    }

    // What core answers after the privilege check: which indices' documents come back, and which the system-index
    // reader withholds.
    void response()
    {
        if (m_emptyResult)
            return;
        // Without index metadata the names are taken as written.
        const QStringList concrete = m_metadata.isEmpty()
                                         ? m_finalExpressions
                                         : IndexResolver::concrete(m_finalExpressions, m_options, m_metadata);
        const QString securityIndex = m_settings.securityIndex();
        const bool protectedRole = m_settings.protectedIndicesEnabled() && m_special.hasProtectedRole(m_context);
        for (const QString &index : concrete) {
            QString withheld;
            if (index == securityIndex) {
                withheld = u"the security index's documents are withheld from everyone but the super admin"_s;
            } else if (m_special.isProtectedIndex(index) && !protectedRole) {
                withheld = u"a protected index: its documents are withheld without a role of protected_indices.roles"_s;
            } else if (m_settings.systemIndicesEnabled() && m_special.isSystemIndex(index)
                       && (!m_settings.systemIndexPermissionEnabled()
                           || !ActionPrivileges::hasExplicitSystemIndexPrivilege(m_config, m_context, index))) {
                withheld = u"a system index: its documents are withheld"_s;
            }
            if (!withheld.isEmpty()) {
                m_decision.documentsWithheld = true;
                step(u"%1: %2"_s.arg(index, withheld));
                continue;
            }
            m_decision.responseIndices.append(index);
        }
        // What a narrowed request reads is what comes back: the narrowed names as concrete indices, less the
        // withheld ones.
        if (m_decision.status == AccessStatus::Partial)
            m_decision.allowedIndices = m_decision.responseIndices;
        if (m_decision.documentsWithheld && ActionCatalogue::isSingleIndexAction(m_action)
            && m_decision.responseIndices.isEmpty()) {
            m_decision.httpStatus = 404;
            step(u"the document is withheld: core answers 404"_s);
        }
        if (m_details)
            restrictions();
    }

    void restrictions()
    {
        for (const QString &index : std::as_const(m_decision.responseIndices)) {
            IndexRestrictions r;
            r.index = index;
            const DlsFls::DlsResult dls = DlsFls::dls(m_config, m_context, index);
            switch (dls.state) {
            case DlsFls::DlsResult::State::Unrestricted:
                r.dls = u"unrestricted"_s;
                break;
            case DlsFls::DlsResult::State::FullyRestricted:
                r.dls = u"no documents"_s;
                break;
            case DlsFls::DlsResult::State::Queries:
                r.dls = dls.queries.join(u" OR "_s);
                break;
            case DlsFls::DlsResult::State::Error:
                r.dls = u"error: "_s + dls.error;
                break;
            }
            r.fls = DlsFls::flsPatterns(m_config, m_context, index);
            r.maskedFields = DlsFls::maskedFields(m_config, m_context, index);
            if (r.dls != u"unrestricted"_s || r.fls != QStringList {u"*"_s} || !r.maskedFields.isEmpty())
                m_decision.restrictions.append(r);
        }
    }

    const bool m_details;
    const AccessConfig &m_config;
    const NodeSettings &m_settings;
    const IndexMetadata &m_metadata;
    const AccessUser &m_user;
    const AccessRequest &m_request;
    AccessDecision &m_decision;
    EvaluationContext &m_context;
    const LegacySpecialIndices m_special;
    QStringList m_actions;
    QString m_action;
    IndicesOptions m_options;
    QStringList m_finalExpressions;
    QStringList m_missing;
    bool m_emptyResult = false;
};

} // namespace

QJsonObject AccessDecision::toJson() const
{
    QJsonArray roles;
    QStringList roleNames;
    for (const MappedRole &role : mappedRoles) {
        roleNames.append(role.role);
        roles.append(QJsonObject {{u"role"_s, role.role}, {u"reasons"_s, toArray(role.reasons)}});
    }
    QJsonArray grantArray;
    for (const GrantedCell &cell : grants) {
        QJsonObject object {{u"action"_s, cell.action},
                            {u"role"_s, cell.grant.role},
                            {u"action_pattern"_s, cell.grant.actionPattern},
                            {u"chain"_s, toArray(cell.chain)}};
        if (!cell.index.isEmpty()) {
            object.insert(u"index"_s, cell.index);
            object.insert(u"index_permission"_s, cell.grant.entry);
            object.insert(u"index_pattern"_s, cell.grant.indexPattern);
            if (!cell.grant.via.isEmpty())
                object.insert(u"via"_s, cell.grant.via);
        }
        grantArray.append(object);
    }
    QJsonArray restrictionArray;
    for (const IndexRestrictions &r : restrictions) {
        restrictionArray.append(QJsonObject {{u"index"_s, r.index},
                                             {u"dls"_s, r.dls},
                                             {u"fls"_s, toArray(r.fls)},
                                             {u"masked_fields"_s, toArray(r.maskedFields)}});
    }
    return QJsonObject {
        {u"engine"_s, AccessEngines::name(engine)},
        {u"mapped_roles"_s, toArray(roleNames)},
        {u"role_mapping"_s, roles},
        {u"status"_s, AccessStatuses::name(status)},
        {u"http_status"_s, httpStatus},
        {u"allowed_indices"_s, toArray(allowedIndices)},
        {u"missing_privileges"_s, toArray(missingPrivileges)},
        {u"response_indices"_s, toArray(responseIndices)},
        {u"documents_withheld"_s, documentsWithheld},
        {u"reason"_s, reason},
        {u"grants"_s, grantArray},
        {u"misses"_s, toArray(misses)},
        {u"evaluation_errors"_s, toArray(evaluationErrors)},
        {u"restrictions"_s, restrictionArray},
        {u"trace"_s, toArray(trace)},
        {u"assumptions"_s, toArray(assumptions)},
    };
}

AccessDecision AccessEvaluator::evaluate(const AccessConfig &config, const IndexMetadata &metadata,
                                         const AccessUser &user, const AccessRequest &request,
                                         const EvaluationOptions &options)
{
    AccessDecision decision;
    decision.engine = options.engine.value_or(config.dynamic().engine);
    QStringList roleNames;
    if (options.mappedRoles) {
        roleNames = *options.mappedRoles;
        for (const QString &role : roleNames)
            decision.mappedRoles.append({role, {u"given directly (role mapping skipped)"_s}});
    } else if (options.details) {
        decision.mappedRoles = config.mapper().map(user);
        for (const MappedRole &role : std::as_const(decision.mappedRoles))
            roleNames.append(role.role);
    } else {
        roleNames = config.mapper().mapNames(user);
        for (const QString &role : std::as_const(roleNames))
            decision.mappedRoles.append({role, {}});
    }
    if (options.details) {
        decision.assumptions = options.assumptions;
        if (options.engine && *options.engine != config.dynamic().engine)
            decision.assumptions.append(u"the %1 engine was asked for; the configuration selects %2"_s.arg(
                AccessEngines::name(*options.engine), AccessEngines::name(config.dynamic().engine)));
        QStringList defaulted = config.settings().defaulted();
        if (defaulted.size() == NodeSettings::knownSettings().size()) {
            decision.assumptions.append(u"no node settings given: every one is at the plugin's default"_s);
        } else if (!defaulted.isEmpty()) {
            for (QString &name : defaulted)
                name.remove(u"plugins.security."_s);
            decision.assumptions.append(u"node settings at the plugin's defaults (not given): "_s
                                        + defaulted.join(u", "_s));
        }
        if (metadata.isEmpty())
            decision.assumptions.append(u"no index metadata: names are checked as they are written (no alias, data "
                                        "stream or wildcard expansion)"_s);
        for (const QString &role : std::as_const(roleNames)) {
            if (config.droppedRoles().contains(role))
                decision.trace.append(u"the role %1 grants nothing: %2"_s.arg(role, config.droppedRoles().value(role)));
            else if (!config.role(role))
                decision.trace.append(u"the mapped role %1 is not defined: it grants nothing"_s.arg(role));
        }
    }
    EvaluationContext context(user, roleNames, metadata, decision.engine);
    Evaluation(config, metadata, user, request, decision, context, options.details).run();
    return decision;
}
