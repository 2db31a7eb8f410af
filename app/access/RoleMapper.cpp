#include "app/access/RoleMapper.h"

#include <algorithm>

#include <QVarLengthArray>

#include <QJsonArray>

#include "app/json/Json.h"

using namespace Qt::StringLiterals;

namespace {

// Exact entries of users and backend_roles are looked up by name (the caller indexes them): they need no matcher.
WildcardMatcher compilePattern(const QString &role, const QString &field, const QString &pattern, QStringList *dropped)
{
    Result<WildcardMatcher> matcher = WildcardMatcher::compile(pattern);
    if (matcher)
        return *matcher;
    if (dropped)
        dropped->append(u"rolesmapping/%1 %2 %3: %4"_s.arg(role, field, pattern, matcher.error().message));
    return {};
}

} // namespace

RoleMapper::RoleMapper(const QJsonObject &mappings, NodeSettings::RoleMappingResolution resolution,
                       QStringList *dropped)
    : m_resolution(resolution)
{
    for (auto it = mappings.begin(); it != mappings.end(); ++it) {
        const QString role = it.key();
        const QJsonObject mapping = it->toObject();
        const int roleId = int(m_roleOrder.size());
        m_roleIndex.insert(role, roleId);
        m_roleOrder.append(role);
        for (const QString &pattern : Json::strings(mapping.value(u"users"_s))) {
            const int index = int(m_userEntries.size());
            m_userEntries.append({role, roleId, pattern,
                                  WildcardMatcher::isPattern(pattern)
                                      ? compilePattern(role, u"users"_s, pattern, dropped)
                                      : WildcardMatcher()});
            if (WildcardMatcher::isPattern(pattern))
                m_userPatterns.append(index);
            else
                m_userExact[pattern].append(index);
        }
        for (const QString &pattern : Json::strings(mapping.value(u"backend_roles"_s))) {
            const int index = int(m_backendEntries.size());
            m_backendEntries.append({role, roleId, pattern,
                                     WildcardMatcher::isPattern(pattern)
                                         ? compilePattern(role, u"backend_roles"_s, pattern, dropped)
                                         : WildcardMatcher()});
            if (WildcardMatcher::isPattern(pattern))
                m_backendPatterns.append(index);
            else
                m_backendExact[pattern].append(index);
        }
        QStringList andPatterns = Json::strings(mapping.value(u"and_backend_roles"_s));
        andPatterns.removeDuplicates();
        if (!andPatterns.isEmpty()) {
            AndEntry entry {role, roleId, andPatterns, {}};
            QString exact;
            for (const QString &pattern : andPatterns) {
                entry.matchers.append(compilePattern(role, u"and_backend_roles"_s, pattern, dropped));
                if (exact.isEmpty() && !WildcardMatcher::isPattern(pattern))
                    exact = pattern;
            }
            const int index = int(m_andEntries.size());
            m_andEntries.append(entry);
            // Every pattern must match some backend role: a user without this exact one cannot qualify.
            if (exact.isEmpty())
                m_andWithoutExact.append(index);
            else
                m_andByExactFirst[exact].append(index);
        }
        for (const QString &pattern : Json::strings(mapping.value(u"hosts"_s)))
            m_hostEntries.append({role, roleId, pattern, compilePattern(role, u"hosts"_s, pattern, dropped)});
    }
}

template <typename Add> void RoleMapper::collect(const AccessUser &user, Add add) const
{
    for (const QString &role : user.securityRoles)
        add(role, -1, [&] { return u"a security role of the user (opendistro_security_roles)"_s; });
    if (m_resolution != NodeSettings::RoleMappingResolution::MappingOnly) {
        for (const QString &role : user.backendRoles) {
            add(role, -1, [&] {
                return u"the backend role %1, used as a role name (roles_mapping_resolution %2)"_s.arg(
                    role,
                    m_resolution == NodeSettings::RoleMappingResolution::Both ? u"BOTH"_s : u"BACKENDROLES_ONLY"_s);
            });
        }
    }
    if (m_resolution == NodeSettings::RoleMappingResolution::BackendRolesOnly)
        return;
    // The reasons are only written when asked for (map(), not mapNames()).
    const auto fromEntry = [&](const Entry &entry, const QString &field, const char *what, const QString &value) {
        add(entry.role, entry.roleId, [&] {
            return u"rolesmapping/%1: %2 pattern \"%3\" matches %4"_s.arg(entry.role, field, entry.pattern,
                                                                          QString::fromLatin1(what).arg(value));
        });
    };
    const auto byUser = [&](int index) {
        fromEntry(m_userEntries.at(index), u"users"_s, "the user name %1", user.name);
    };
    if (const auto it = m_userExact.constFind(user.name); it != m_userExact.constEnd()) {
        for (int index : *it)
            byUser(index);
    }
    for (int index : m_userPatterns) {
        if (m_userEntries.at(index).matcher.matches(user.name))
            byUser(index);
    }
    for (const QString &backendRole : user.backendRoles) {
        const auto byBackendRole = [&](int index) {
            fromEntry(m_backendEntries.at(index), u"backend_roles"_s, "the backend role %1", backendRole);
        };
        if (const auto it = m_backendExact.constFind(backendRole); it != m_backendExact.constEnd()) {
            for (int index : *it)
                byBackendRole(index);
        }
        for (int index : m_backendPatterns) {
            if (m_backendEntries.at(index).matcher.matches(backendRole))
                byBackendRole(index);
        }
    }
    const auto tryAnd = [&](int index) {
        const AndEntry &entry = m_andEntries.at(index);
        for (const WildcardMatcher &matcher : entry.matchers) {
            bool any = false;
            for (const QString &backendRole : user.backendRoles) {
                if (matcher.matches(backendRole)) {
                    any = true;
                    break;
                }
            }
            if (!any)
                return;
        }
        add(entry.role, entry.roleId, [&] {
            return u"rolesmapping/%1: every and_backend_roles pattern (%2) matches a backend role"_s.arg(
                entry.role, entry.patterns.join(u", "_s));
        });
    };
    QVarLengthArray<int, 16> tried;
    for (const QString &backendRole : user.backendRoles) {
        const auto it = m_andByExactFirst.constFind(backendRole);
        if (it == m_andByExactFirst.constEnd())
            continue;
        for (int index : *it) {
            if (!tried.contains(index)) {
                tried.append(index);
                tryAnd(index);
            }
        }
    }
    for (int index : m_andWithoutExact)
        tryAnd(index);
    // The caller's IP is always matched against hosts; host names only with a resolver mode that the offline
    // evaluation cannot reproduce (no reverse lookups), so only the IP is used.
    if (!user.ip.isEmpty()) {
        for (const Entry &entry : m_hostEntries) {
            if (entry.matcher.matches(user.ip))
                fromEntry(entry, u"hosts"_s, "the IP %1", user.ip);
        }
    }
}

QList<MappedRole> RoleMapper::map(const AccessUser &user) const
{
    QList<MappedRole> roles;
    QHash<QString, int> index;
    collect(user, [&](const QString &role, int, const auto &reason) {
        const auto it = index.constFind(role);
        if (it == index.constEnd()) {
            index.insert(role, int(roles.size()));
            roles.append({role, {reason()}});
        } else {
            QStringList &reasons = roles[*it].reasons;
            const QString text = reason();
            if (!reasons.contains(text))
                reasons.append(text);
        }
    });
    return roles;
}

QStringList RoleMapper::mapNames(const AccessUser &user) const
{
    // Called for every user by who-can: roles from mappings are told apart by their mapping's number, the few others
    // (security roles, backend roles as role names) by name.
    QStringList roles;
    QStringList named;
    QVarLengthArray<int, 64> seenIds;
    collect(user, [&](const QString &role, int roleId, const auto &) {
        if (roleId >= 0) {
            if (seenIds.contains(roleId))
                return;
            seenIds.append(roleId);
        } else if (roles.contains(role)) {
            return;
        }
        if (named.contains(role))
            return;
        if (roleId < 0)
            named.append(role);
        roles.append(role);
    });
    return roles;
}

QString RoleMapper::userEntriesKey(const QString &name) const
{
    QString key;
    if (const auto it = m_userExact.constFind(name); it != m_userExact.constEnd()) {
        for (int index : *it)
            key += QString::number(index) + u',';
    }
    for (int index : m_userPatterns) {
        if (m_userEntries.at(index).matcher.matches(name))
            key += QString::number(index) + u',';
    }
    return key;
}
