#include "app/access/AccessQueries.h"

#include <QCoreApplication>
#include <QJsonArray>

#include "app/access/AccessConfig.h"
#include "app/access/ActionCatalogue.h"
#include "app/access/EvaluationContext.h"

using namespace Qt::StringLiterals;

namespace AccessQueries {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AccessQueries", text);
}

const QString DefaultAction = u"search"_s;

// The first index pattern of a role's index permission `entry` (the first one when -1), or "*".
QString firstPattern(const QJsonObject &role, int entry, int pattern = -1)
{
    const QJsonArray permissions = role.value(u"index_permissions"_s).toArray();
    for (int i = 0; i < permissions.size(); ++i) {
        if (entry >= 0 && i != entry)
            continue;
        const QJsonArray patterns = permissions.at(i).toObject().value(u"index_patterns"_s).toArray();
        if (pattern >= 0 && pattern < patterns.size())
            return patterns.at(pattern).toString();
        for (const QJsonValue &value : patterns) {
            if (!value.toString().isEmpty())
                return value.toString();
        }
    }
    return u"*"_s;
}

// The tokens of a JSON pointer ("/roles/a~1b/x" -> roles, a/b, x).
QStringList tokens(const QString &pointer)
{
    QStringList parts = pointer.split(u'/');
    if (!parts.isEmpty())
        parts.removeFirst();
    for (QString &part : parts)
        part.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
    return parts;
}

int intAt(const QStringList &parts, int position)
{
    bool ok = false;
    const int value = parts.value(position).toInt(&ok);
    return ok ? value : -1;
}

} // namespace

ExplainQuery explainQueryFor(const QJsonObject &document, const QString &pointer)
{
    ExplainQuery query;
    query.action = DefaultAction;
    query.indices = {u"*"_s};
    const QStringList parts = tokens(pointer);
    const QString type = parts.value(0);
    const QString name = parts.value(1);
    if (type == u"internalusers") {
        query.user = name;
        return query;
    }
    if (type != u"roles" && type != u"rolesmapping")
        return query;
    const QJsonObject mapping = document.value(u"rolesmapping"_s).toObject().value(name).toObject();
    for (const QJsonValue &user : mapping.value(u"users"_s).toArray()) {
        if (!user.toString().isEmpty() && !user.toString().contains(u'*')) {
            query.user = user.toString();
            break;
        }
    }
    if (query.user.isEmpty()) {
        query.user = u"hypothetical-user"_s; // a name, not text: never translated
        const QJsonArray backendRoles = mapping.value(u"backend_roles"_s).toArray();
        if (!backendRoles.isEmpty())
            query.backendRoles = QStringList {backendRoles.first().toString()};
    }
    const QJsonObject role = document.value(u"roles"_s).toObject().value(name).toObject();
    const bool entryNode = type == u"roles" && parts.value(2) == u"index_permissions";
    query.indices = {firstPattern(role, entryNode ? intAt(parts, 3) : -1,
                                  entryNode && parts.value(4) == u"index_patterns" ? intAt(parts, 5) : -1)};
    return query;
}

std::pair<QString, QString> whoCanQueryFor(const QJsonObject &document, const QString &pointer)
{
    const QStringList parts = tokens(pointer);
    if (parts.value(0) != u"roles")
        return {u"*"_s, DefaultAction};
    const QJsonObject role = document.value(u"roles"_s).toObject().value(parts.value(1)).toObject();
    const bool entryNode = parts.value(2) == u"index_permissions";
    return {firstPattern(role, entryNode ? intAt(parts, 3) : -1,
                         entryNode && parts.value(4) == u"index_patterns" ? intAt(parts, 5) : -1),
            DefaultAction};
}

QString actionFrom(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.contains(u':')) {
        if (const std::optional<QString> action = ActionCatalogue::actionForRestCall(trimmed))
            return *action;
    }
    return trimmed;
}

QStringList actionCompletions(const QJsonObject &document)
{
    QStringList completions;
    for (const ActionCatalogue::RestCall &call : ActionCatalogue::restCalls())
        completions.append(call.name);
    completions += document.value(u"actiongroups"_s).toObject().keys();
    completions += ActionCatalogue::knownActions();
    completions.removeDuplicates();
    return completions;
}

QStringList splitList(const QString &text)
{
    QStringList parts;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        if (const QString trimmed = part.trimmed(); !trimmed.isEmpty())
            parts.append(trimmed);
    }
    return parts;
}

ExplainResult explain(const AccessConfig &config, const IndexMetadata &metadata, const ExplainQuery &query,
                      const QStringList &assumptions)
{
    ExplainResult result;
    result.query = query;
    QStringList notes = assumptions;
    if (const std::optional<AccessUser> internal = config.userFromInternalUsers(query.user)) {
        result.user = *internal;
        result.internalUser = true;
    } else {
        result.user.name = query.user;
        notes.append(
            tr("%1 is not an internal user: only the backend roles, attributes and IP given count").arg(query.user));
    }
    if (query.backendRoles)
        result.user.backendRoles = *query.backendRoles;
    for (auto it = query.attributes.constBegin(); it != query.attributes.constEnd(); ++it)
        result.user.attributes.insert(it.key(), it.value());
    result.user.ip = query.ip;
    if (!query.tenant.isEmpty()) {
        AccessDecision &decision = result.decision;
        decision.engine = query.engine.value_or(config.dynamic().engine);
        decision.mappedRoles = config.mapper().map(result.user);
        QStringList roles;
        for (const MappedRole &role : std::as_const(decision.mappedRoles))
            roles.append(role.role);
        EvaluationContext context(result.user, roles, metadata, decision.engine);
        result.tenant = TenantPrivileges::check(config, context, query.tenant, query.tenantWrite);
        decision.status = result.tenant->allowed ? AccessStatus::Allowed : AccessStatus::Denied;
        decision.httpStatus = result.tenant->allowed ? 200 : 403;
        decision.reason = result.tenant->reason;
        decision.assumptions = notes;
        return result;
    }
    result.request.actions = {actionFrom(query.action)};
    result.request.indices = query.indices;
    EvaluationOptions options;
    options.engine = query.engine;
    options.assumptions = notes;
    result.decision = AccessEvaluator::evaluate(config, metadata, result.user, result.request, options);
    result.fix = AccessFixes::propose(config, metadata, result.user, result.request, result.decision);
    return result;
}

QList<WhoCanEntry> whoCan(const AccessConfig &config, const IndexMetadata &metadata, const QString &action,
                          const QString &index, const std::function<bool()> &cancelled)
{
    AccessRequest request;
    request.actions = {actionFrom(action)};
    if (!index.trimmed().isEmpty())
        request.indices = {index.trimmed()};
    return WhoCan::evaluate(config, metadata, request, std::nullopt, cancelled);
}

} // namespace AccessQueries
