#include "app/access/WhoCan.h"

#include <algorithm>

#include <QJsonArray>
#include <QSet>

#include "app/access/AccessConfig.h"
#include "app/access/ActionCatalogue.h"
#include "app/access/EvaluationContext.h"
#include "app/access/WildcardMatcher.h"
#include "app/domain/IndexMetadata.h"

using namespace Qt::StringLiterals;

namespace {

std::optional<WhoCanEntry> decide(const AccessConfig &config, const IndexMetadata &metadata,
                                  const AccessRequest &request, const EvaluationOptions &options,
                                  const AccessUser &user, WhoCanEntry::Kind kind, const QString &subject)
{
    const AccessDecision decision = AccessEvaluator::evaluate(config, metadata, user, request, options);
    if (decision.status == AccessStatus::Denied)
        return std::nullopt;
    WhoCanEntry entry;
    entry.kind = kind;
    entry.subject = subject;
    entry.status = decision.status;
    for (const GrantedCell &cell : decision.grants) {
        if (!entry.roles.contains(cell.grant.role))
            entry.roles.append(cell.grant.role);
    }
    return entry;
}

} // namespace

QStringList WhoCan::mappedBackendRoles(const AccessConfig &config)
{
    QSet<QString> roles;
    const QJsonObject mappings = config.rawMappings();
    for (auto it = mappings.begin(); it != mappings.end(); ++it) {
        for (const QJsonValue &role : it->toObject().value(u"backend_roles"_s).toArray()) {
            if (role.isString() && !WildcardMatcher::isPattern(role.toString()) && !role.toString().isEmpty())
                roles.insert(role.toString());
        }
    }
    QStringList sorted(roles.begin(), roles.end());
    sorted.sort();
    return sorted;
}

QList<WhoCanEntry> WhoCan::evaluate(const AccessConfig &config, const IndexMetadata &metadata,
                                    const AccessRequest &request, std::optional<AccessEngine> engine,
                                    const std::function<bool()> &cancelled)
{
    EvaluationOptions options;
    options.engine = engine;
    options.details = false;
    // Only some of a user's roles can matter to this request: those that grant one of its actions (as a cluster or
    // an index permission), grant system:admin/system_index explicitly, or are named by protected_indices.roles. Users
    // whose relevant roles are the same get the same decision, unless a relevant role's index patterns hold "${...}"
    // (then the user's own attributes matter). So a large configuration needs a few evaluations, not one per user.
    const AccessEngine used = engine.value_or(config.dynamic().engine);
    QStringList actions;
    for (const QString &action : request.actions)
        actions.append(ActionCatalogue::normalize(action, used, config.settings()));
    const WildcardMatcher protectedRoles = WildcardMatcher::compileLenient(config.settings().protectedIndicesRoles());
    // When the request names indices outright (no wildcard, not all, not ignore_unavailable), an index permission
    // matters only if its patterns reach one of them, their members, or (through its aliases and data stream) the
    // index itself: V4's "some index" check is not reached then.
    QStringList names;
    const bool named =
        !request.indices.isEmpty() && !request.indicesOptions.value(u"ignore_unavailable"_s).toBool()
        && std::none_of(request.indices.cbegin(), request.indices.cend(), [](const QString &index) {
               return index.contains(u'*') || index == u"_all"_s || index.startsWith(u'-') || index.startsWith(u'<');
           });
    if (named) {
        for (const QString &index : request.indices) {
            names.append(index);
            names.append(metadata.members(index));
        }
    }
    EvaluationContext matching(AccessUser(), {}, metadata, used);

    struct Relevance
    {
        bool relevant = false;
        bool userDependent = false;
    };
    QHash<QString, Relevance> relevance;
    const auto relevanceOf = [&](const QString &role) -> const Relevance & {
        auto it = relevance.constFind(role);
        if (it != relevance.constEnd())
            return *it;
        Relevance r;
        if (const CompiledRole *compiled = config.role(role)) {
            for (const QString &action : std::as_const(actions))
                r.relevant = r.relevant || compiled->clusterAny || compiled->cluster.matches(action);
            for (const CompiledIndexPermission &permission : compiled->indexPermissions) {
                bool grants = permission.explicitActions.matches(u"system:admin/system_index"_s);
                for (const QString &action : std::as_const(actions))
                    grants = grants || permission.actions.matches(action);
                if (!grants)
                    continue;
                if (permission.pattern.hasDynamic()) {
                    r.relevant = r.userDependent = true;
                    continue;
                }
                if (!named) {
                    r.relevant = true;
                    continue;
                }
                for (const QString &name : std::as_const(names)) {
                    r.relevant =
                        r.relevant
                        || permission.pattern
                               .matches(name, matching, used == AccessEngine::Legacy, IndexPattern::Part::StaticOnly)
                               .matched;
                }
            }
        }
        r.relevant = r.relevant || protectedRoles.matches(role);
        return *relevance.insert(role, r);
    };
    QHash<QString, std::optional<WhoCanEntry>> byRoleSet;
    QList<WhoCanEntry> entries;
    // `user` may lack its attributes: `complete` gives the whole user when they matter.
    const auto consider = [&](const AccessUser &user, WhoCanEntry::Kind kind, const QString &subject,
                              const std::function<AccessUser()> &complete) {
        QStringList relevant;
        bool userDependent = false;
        for (const QString &role : config.mapper().mapNames(user)) {
            const Relevance &r = relevanceOf(role);
            if (r.relevant)
                relevant.append(role);
            userDependent = userDependent || r.userDependent;
        }
        options.mappedRoles = relevant;
        std::optional<WhoCanEntry> entry;
        if (userDependent) {
            entry = decide(config, metadata, request, options, complete ? complete() : user, kind, subject);
        } else {
            relevant.sort();
            const QString key = relevant.join(u'\n');
            auto it = byRoleSet.constFind(key);
            if (it == byRoleSet.constEnd())
                it = byRoleSet.insert(key, decide(config, metadata, request, options, user, kind, subject));
            entry = *it;
            if (entry) {
                entry->kind = kind;
                entry->subject = subject;
            }
        }
        if (entry)
            entries.append(*entry);
    };
    bool stopped = false;
    config.forEachInternalUser(
        [&](const AccessUser &user) {
            if (stopped || (cancelled && (stopped = cancelled())))
                return;
            consider(user, WhoCanEntry::Kind::InternalUser, user.name,
                     [&] { return *config.userFromInternalUsers(user.name); });
        },
        false);
    if (stopped)
        return entries;
    for (const QString &backendRole : mappedBackendRoles(config)) {
        if (cancelled && cancelled())
            return entries;
        // Any user with only this backend role (whose name no users mapping names).
        AccessUser user;
        user.backendRoles = {backendRole};
        consider(user, WhoCanEntry::Kind::BackendRole, backendRole, {});
    }
    return entries;
}
