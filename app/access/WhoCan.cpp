#include "app/access/WhoCan.h"

#include <QJsonArray>
#include <QSet>

#include "app/access/AccessConfig.h"
#include "app/access/WildcardMatcher.h"

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
    QList<WhoCanEntry> entries;
    QStringList users = config.internalUserNames();
    users.sort();
    for (const QString &name : std::as_const(users)) {
        if (cancelled && cancelled())
            return entries;
        const std::optional<AccessUser> user = config.userFromInternalUsers(name);
        if (const auto entry = decide(config, metadata, request, options, *user, WhoCanEntry::Kind::InternalUser, name))
            entries.append(*entry);
    }
    for (const QString &backendRole : mappedBackendRoles(config)) {
        if (cancelled && cancelled())
            return entries;
        // Any user with only this backend role (whose name no users mapping names).
        AccessUser user;
        user.backendRoles = {backendRole};
        if (const auto entry =
                decide(config, metadata, request, options, user, WhoCanEntry::Kind::BackendRole, backendRole))
            entries.append(*entry);
    }
    return entries;
}
