#pragma once

// RoleMapper: the role mappings compiled for quick lookups, and the roles a user gets from them, each with the
// reason (the mapping and the pattern that matched, or the setting that used a backend role as a role name). As the
// plugin: a user's security roles always count; with roles_mapping_resolution BOTH or BACKENDROLES_ONLY their
// backend roles count as role names; with MAPPING_ONLY (the default) or BOTH the mappings apply: any users pattern
// matching the name, any backend_roles pattern matching a backend role, and_backend_roles when every pattern matches
// some backend role, hosts patterns against the caller's IP. Every entry is a pattern: users: ["*"] maps everyone.
// Immutable after construction, any thread.

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "app/access/AccessTypes.h"
#include "app/access/NodeSettings.h"
#include "app/access/WildcardMatcher.h"

struct MappedRole
{
    QString role;
    QStringList reasons; // "rolesmapping/R: users pattern \"*\" matches the user name", ...
};

class RoleMapper
{
public:
    RoleMapper() = default;
    // `mappings`: the rolesmapping type's entities. `dropped` receives "mapping: pattern: reason" for each pattern
    // that does not compile (it then matches nothing).
    RoleMapper(const QJsonObject &mappings, NodeSettings::RoleMappingResolution resolution,
               QStringList *dropped = nullptr);

    // The user's roles in the plugin's order (security roles, backend roles as names, then mappings in the order
    // of the mapping entries), each once, with every reason that gave it.
    QList<MappedRole> map(const AccessUser &user) const;
    // Only the role names (faster: no reasons).
    QStringList mapNames(const AccessUser &user) const;
    // Which users entries name this user, as a short key: users with the same key, backend roles, security roles and
    // IP get the same roles.
    QString userEntriesKey(const QString &name) const;
    // Whether any mapping has users entries (without them, userEntriesKey is empty for everyone).
    bool hasUserEntries() const { return !m_userExact.isEmpty() || !m_userPatterns.isEmpty(); }

    // The mappings that give `role` (for who-can and the views).
    NodeSettings::RoleMappingResolution resolution() const { return m_resolution; }

private:
    struct Entry
    {
        QString role;
        int roleId; // the mapping's position in m_roleOrder
        QString pattern;
        WildcardMatcher matcher;
    };
    struct AndEntry
    {
        QString role;
        int roleId;
        QStringList patterns;
        QList<WildcardMatcher> matchers;
    };

    template <typename Add> void collect(const AccessUser &user, Add add) const;

    NodeSettings::RoleMappingResolution m_resolution = NodeSettings::RoleMappingResolution::MappingOnly;
    QList<QString> m_roleOrder;                // mapping keys in document order
    QHash<QString, int> m_roleIndex;           // role -> position in m_roleOrder
    QHash<QString, QList<int>> m_userExact;    // user name -> indexes into m_userEntries
    QList<Entry> m_userEntries;                // every users entry
    QList<int> m_userPatterns;                 // the users entries that are patterns
    QHash<QString, QList<int>> m_backendExact; // backend role -> indexes into m_backendEntries
    QList<Entry> m_backendEntries;
    QList<int> m_backendPatterns;
    QList<AndEntry> m_andEntries;
    QHash<QString, QList<int>> m_andByExactFirst; // an exact required backend role -> indexes into m_andEntries
    QList<int> m_andWithoutExact;                 // and-entries whose patterns are all patterns
    QList<Entry> m_hostEntries;
};
