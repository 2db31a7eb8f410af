#pragma once

// ConfigRelations: how entities of a configuration document refer to each other, the way administrators think
// about them: a role, the mapping of the same name, the users and backend roles it maps; a user and the roles it
// ends up with (through mappings by user name or backend role, or directly). Pure functions, any thread.

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

struct RoleGrant
{
    QString role;
    QString via; // "user", "backend_role:<name>", "and_backend_roles", or "direct" (opendistro_security_roles)
};

struct UserGrant
{
    QString user;
    QString via; // as RoleGrant::via
};

namespace ConfigRelations {

// Whether a mapping's pattern ("*", "ops_*", "a?c") matches a name, as the plugin's wildcard matching does.
// A plain glob match without regular expressions, so it stays cheap over 100,000 entities.
bool wildcardMatches(QStringView pattern, QStringView name);
inline bool isWildcard(QStringView pattern)
{
    return pattern.contains(u'*') || pattern.contains(u'?');
}

// The roles a user is mapped to, in role-name order, with how (users and backend roles of every mapping, plus the
// user's own opendistro_security_roles). Host-based mappings are not evaluated.
QList<RoleGrant> rolesOfUser(const QJsonObject &document, const QString &userName);

// The internal users a role's mapping reaches (by user name pattern or by backend role), sorted.
QStringList usersOfRole(const QJsonObject &document, const QString &role);

// The same users with how they get the role (the mapping's users or backend roles, or their own
// opendistro_security_roles), in user-name order. One pass over the internal users.
QList<UserGrant> userGrantsOfRole(const QJsonObject &document, const QString &role);

// The entities of `type` whose value differs between two documents, added and removed ones included. Values shared
// between the documents (a change's untouched entities) compare in no time.
QSet<QString> changedEntities(const QJsonObject &before, const QJsonObject &after, const QString &type);

} // namespace ConfigRelations
