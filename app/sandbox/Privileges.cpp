#include "app/sandbox/Privileges.h"

#include <algorithm>

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.toString());
    return out;
}

// Replaces every action group name by the group's actions (recursively; a group met twice adds nothing more).
void expand(const QStringList &actions, const QJsonObject &groups, QSet<QString> &seen, QStringList &out)
{
    for (const QString &action : actions) {
        if (groups.contains(action)) {
            if (seen.contains(action))
                continue;
            seen.insert(action);
            expand(strings(groups.value(action).toObject().value(u"allowed_actions"_s)), groups, seen, out);
        } else if (!out.contains(action)) {
            out.append(action);
        }
    }
}

// The plugin's static action groups that decide the core endpoints; a --static-dir without them still has them.
QJsonObject withBuiltInGroups(QJsonObject groups)
{
    const QList<QPair<QString, QString>> builtIn = {{u"cluster_all"_s, u"cluster:*"_s},
                                                    {u"cluster_monitor"_s, u"cluster:monitor/*"_s}};
    for (const auto &[name, action] : builtIn) {
        if (!groups.contains(name))
            groups.insert(name, QJsonObject {{u"allowed_actions"_s, QJsonArray {action}}});
    }
    return groups;
}

QStringList expanded(const QStringList &actions, const QJsonObject &groups)
{
    QSet<QString> seen;
    QStringList out;
    expand(actions, groups, seen, out);
    return out;
}

} // namespace

Privileges::Privileges(const Identity &identity, const ConfigSnapshot &snapshot) : m_superAdmin(identity.superAdmin)
{
    if (m_superAdmin)
        return;
    const QJsonObject roles = snapshot.entities(CType::Roles);
    const QJsonObject groups = withBuiltInGroups(snapshot.entities(CType::ActionGroups));
    for (const QString &name : identity.roles) {
        const QJsonObject role = roles.value(name).toObject();
        for (const QString &action : expanded(strings(role.value(u"cluster_permissions"_s)), groups)) {
            if (!m_clusterActions.contains(action))
                m_clusterActions.append(action);
        }
        for (const QJsonValue &permission : role.value(u"index_permissions"_s).toArray()) {
            const QJsonObject grant = permission.toObject();
            m_indexGrants.append({strings(grant.value(u"index_patterns"_s)),
                                  expanded(strings(grant.value(u"allowed_actions"_s)), groups)});
        }
    }
}

bool Privileges::anyMatches(const QStringList &patterns, const QString &text)
{
    return std::any_of(patterns.begin(), patterns.end(),
                       [&](const QString &pattern) { return Authenticator::globMatches(pattern, text); });
}

bool Privileges::grantsCluster(const QString &action) const
{
    return m_superAdmin || anyMatches(m_clusterActions, action);
}

bool Privileges::grantsIndex(const QString &action, const QString &name) const
{
    return m_superAdmin || std::any_of(m_indexGrants.begin(), m_indexGrants.end(), [&](const IndexGrant &grant) {
               return anyMatches(grant.actions, action) && anyMatches(grant.patterns, name);
           });
}
