#include "app/domain/ConfigRelations.h"

#include <algorithm>

#include <QJsonArray>
#include <QSet>

#include "app/json/Json.h"

namespace {

// A mapping's patterns, read once, so that matching it against many users allocates nothing per user.
struct MappingMatcher
{
    QStringList users;
    QStringList backendRoles;
    QStringList andBackendRoles;

    explicit MappingMatcher(const QJsonObject &mapping)
        : users(Json::strings(mapping.value(QStringLiteral("users"))))
        , backendRoles(Json::strings(mapping.value(QStringLiteral("backend_roles"))))
        , andBackendRoles(Json::strings(mapping.value(QStringLiteral("and_backend_roles"))))
    { }

    bool needsBackendRoles() const { return !backendRoles.isEmpty() || !andBackendRoles.isEmpty(); }

    // Why `user` (with its backend roles) is matched; empty when it is not.
    QString reason(const QString &user, const QStringList &userBackendRoles) const
    {
        for (const QString &pattern : users) {
            if (ConfigRelations::wildcardMatches(pattern, user))
                return QStringLiteral("user");
        }
        for (const QString &pattern : backendRoles) {
            for (const QString &backendRole : userBackendRoles) {
                if (ConfigRelations::wildcardMatches(pattern, backendRole))
                    return QStringLiteral("backend_role:") + backendRole;
            }
        }
        if (!andBackendRoles.isEmpty()) {
            const bool all = std::all_of(andBackendRoles.begin(), andBackendRoles.end(), [&](const QString &pattern) {
                return std::any_of(userBackendRoles.begin(), userBackendRoles.end(), [&pattern](const QString &role) {
                    return ConfigRelations::wildcardMatches(pattern, role);
                });
            });
            if (all)
                return QStringLiteral("and_backend_roles");
        }
        return {};
    }
};

} // namespace

namespace ConfigRelations {

bool wildcardMatches(QStringView pattern, QStringView name)
{
    // Greedy glob matching with one backtracking point (the last '*'): linear for the patterns mappings use.
    qsizetype p = 0;
    qsizetype n = 0;
    qsizetype star = -1;
    qsizetype starName = 0;
    while (n < name.size()) {
        if (p < pattern.size() && pattern.at(p) == u'*') {
            star = p++;
            starName = n;
        } else if (p < pattern.size() && (pattern.at(p) == u'?' || pattern.at(p) == name.at(n))) {
            ++p;
            ++n;
        } else if (star >= 0) {
            p = star + 1;
            n = ++starName;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == u'*')
        ++p;
    return p == pattern.size();
}

QList<RoleGrant> rolesOfUser(const QJsonObject &document, const QString &userName)
{
    const QJsonObject user = document.value(QStringLiteral("internalusers")).toObject().value(userName).toObject();
    const QStringList backendRoles = Json::strings(user.value(QStringLiteral("backend_roles")));
    QList<RoleGrant> grants;
    QSet<QString> seen;
    const QJsonObject mappings = document.value(QStringLiteral("rolesmapping")).toObject();
    for (auto it = mappings.constBegin(); it != mappings.constEnd(); ++it) {
        const QString reason = MappingMatcher(it.value().toObject()).reason(userName, backendRoles);
        if (!reason.isEmpty() && !seen.contains(it.key())) {
            grants.append({it.key(), reason});
            seen.insert(it.key());
        }
    }
    for (const QString &role : Json::strings(user.value(QStringLiteral("opendistro_security_roles")))) {
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
    QStringList result;
    for (const UserGrant &grant : userGrantsOfRole(document, role))
        result << grant.user;
    return result;
}

QList<UserGrant> userGrantsOfRole(const QJsonObject &document, const QString &role)
{
    const MappingMatcher mapping(document.value(QStringLiteral("rolesmapping")).toObject().value(role).toObject());
    const QJsonObject users = document.value(QStringLiteral("internalusers")).toObject();
    const QJsonValue roleValue(role);
    const QString backendRolesKey = QStringLiteral("backend_roles");
    const QString directKey = QStringLiteral("opendistro_security_roles");
    QList<UserGrant> result;
    // One pass over possibly 100,000 users: read a user's members only when the mapping needs them.
    for (auto it = users.constBegin(); it != users.constEnd(); ++it) {
        const QJsonObject user = it.value().toObject();
        const QString name = it.key();
        QString reason = mapping.reason(name, mapping.needsBackendRoles() ? Json::strings(user.value(backendRolesKey))
                                                                          : QStringList());
        if (reason.isEmpty() && user.value(directKey).toArray().contains(roleValue))
            reason = QStringLiteral("direct");
        if (!reason.isEmpty())
            result.append({name, reason});
    }
    // QJsonObject keeps its keys sorted already; sort anyway so the order never depends on that.
    std::sort(result.begin(), result.end(), [](const UserGrant &a, const UserGrant &b) { return a.user < b.user; });
    return result;
}

QSet<QString> changedEntities(const QJsonObject &before, const QJsonObject &after, const QString &type)
{
    QSet<QString> changed;
    const QJsonObject was = before.value(type).toObject();
    const QJsonObject now = after.value(type).toObject();
    if (was == now)
        return changed;
    // Both objects keep their keys in the same order: walk them side by side, looking keys up only around an added
    // or removed entity (and for the rest, should the orders ever disagree).
    auto a = was.begin();
    auto b = now.begin();
    while (a != was.end() && b != now.end()) {
        const QString key = a.key();
        if (key == b.key()) {
            if (a.value() != b.value())
                changed.insert(key);
            ++a;
            ++b;
        } else if (!now.contains(key)) {
            changed.insert(key);
            ++a;
        } else if (!was.contains(b.key())) {
            changed.insert(b.key());
            ++b;
        } else {
            break;
        }
    }
    for (; a != was.end(); ++a) {
        if (now.value(a.key()) != a.value())
            changed.insert(a.key());
    }
    for (; b != now.end(); ++b) {
        if (!was.contains(b.key()))
            changed.insert(b.key());
    }
    return changed;
}

} // namespace ConfigRelations
