#include "app/domain/ConfigRelations.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &element : value.toArray())
        list << element.toString();
    return list;
}

// Why `user` (with its backend roles) is matched by `mapping`; empty when it is not.
QString matchReason(const QJsonObject &mapping, const QString &user, const QStringList &backendRoles)
{
    for (const QString &pattern : strings(mapping.value(QStringLiteral("users")))) {
        if (ConfigRelations::wildcardMatches(pattern, user))
            return QStringLiteral("user");
    }
    for (const QString &pattern : strings(mapping.value(QStringLiteral("backend_roles")))) {
        for (const QString &backendRole : backendRoles) {
            if (ConfigRelations::wildcardMatches(pattern, backendRole))
                return QStringLiteral("backend_role:") + backendRole;
        }
    }
    const QStringList required = strings(mapping.value(QStringLiteral("and_backend_roles")));
    if (!required.isEmpty()) {
        const bool all = std::all_of(required.begin(), required.end(), [&backendRoles](const QString &pattern) {
            return std::any_of(backendRoles.begin(), backendRoles.end(), [&pattern](const QString &role) {
                return ConfigRelations::wildcardMatches(pattern, role);
            });
        });
        if (all)
            return QStringLiteral("and_backend_roles");
    }
    return {};
}

} // namespace

namespace ConfigRelations {

bool wildcardMatches(const QString &pattern, const QString &name)
{
    if (!pattern.contains(u'*') && !pattern.contains(u'?'))
        return pattern == name;
    const QRegularExpression expression(
        QRegularExpression::wildcardToRegularExpression(pattern, QRegularExpression::UnanchoredWildcardConversion));
    return QRegularExpression(QRegularExpression::anchoredPattern(expression.pattern())).match(name).hasMatch();
}

QList<RoleGrant> rolesOfUser(const QJsonObject &document, const QString &userName)
{
    const QJsonObject user = document.value(QStringLiteral("internalusers")).toObject().value(userName).toObject();
    const QStringList backendRoles = strings(user.value(QStringLiteral("backend_roles")));
    QList<RoleGrant> grants;
    QSet<QString> seen;
    const QJsonObject mappings = document.value(QStringLiteral("rolesmapping")).toObject();
    for (auto it = mappings.constBegin(); it != mappings.constEnd(); ++it) {
        const QString reason = matchReason(it.value().toObject(), userName, backendRoles);
        if (!reason.isEmpty() && !seen.contains(it.key())) {
            grants.append({it.key(), reason});
            seen.insert(it.key());
        }
    }
    for (const QString &role : strings(user.value(QStringLiteral("opendistro_security_roles")))) {
        if (!seen.contains(role)) {
            grants.append({role, QStringLiteral("direct")});
            seen.insert(role);
        }
    }
    std::sort(grants.begin(), grants.end(), [](const RoleGrant &a, const RoleGrant &b) { return a.role < b.role; });
    return grants;
}

QStringList usersOfRole(const QJsonObject &document, const QString &role)
{
    const QJsonObject mapping = document.value(QStringLiteral("rolesmapping")).toObject().value(role).toObject();
    const QJsonObject users = document.value(QStringLiteral("internalusers")).toObject();
    QStringList result;
    for (auto it = users.constBegin(); it != users.constEnd(); ++it) {
        const QJsonObject user = it.value().toObject();
        const bool direct = strings(user.value(QStringLiteral("opendistro_security_roles"))).contains(role);
        if (direct || !matchReason(mapping, it.key(), strings(user.value(QStringLiteral("backend_roles")))).isEmpty())
            result << it.key();
    }
    result.sort();
    return result;
}

} // namespace ConfigRelations
