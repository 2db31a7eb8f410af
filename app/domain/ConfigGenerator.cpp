#include "app/domain/ConfigGenerator.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QSet>

#include "app/domain/ConfigGeneratorEntities.h"
#include "app/domain/ConfigGeneratorSections.h"

using namespace ConfigGeneratorEntities;
using namespace ConfigGeneratorSections;

using namespace Qt::StringLiterals;

namespace {

using Entities = std::vector<std::pair<QString, QJsonObject>>;

// QJsonObject keeps its keys sorted and inserts by moving the tail: inserting in key order keeps that O(1).
QJsonObject toObject(Entities entities)
{
    std::sort(entities.begin(), entities.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QJsonObject object;
    for (auto &[name, value] : entities)
        object.insert(name, value);
    return object;
}

QJsonObject special(QJsonObject object, bool reserved, bool hidden, bool isStatic)
{
    object.insert(u"reserved"_s, reserved || isStatic);
    object.insert(u"hidden"_s, hidden);
    if (object.contains(u"static"_s))
        object.insert(u"static"_s, isStatic);
    return object;
}

// Names the generated entities get: unique by their index, so any count works.
QString userName(qsizetype i)
{
    return firstNames().at(i % firstNames().size()) + u'.' + lastNames().at((i / 7) % lastNames().size())
           + QString::number(i);
}

QString entityName(const Profile &p, const QString &kind, qsizetype i)
{
    return p.department + u'_' + p.team + u'_' + kind + u'_' + QString::number(i);
}

bool isProtected(const QJsonObject &entity)
{
    return entity.value(u"reserved"_s).toBool() || entity.value(u"static"_s).toBool()
           || entity.value(u"hidden"_s).toBool();
}

} // namespace

QStringList ConfigGenerator::entityTypes()
{
    return {u"actiongroups"_s, u"internalusers"_s, u"roles"_s, u"rolesmapping"_s, u"tenants"_s};
}

QJsonObject ConfigGenerator::generate(const Options &options)
{
    Builder b(options.seed);

    // Static and reserved entities as a real cluster has them; they count towards the requested sizes.
    QStringList staticGroups;
    for (const StaticActionGroup &group : staticActionGroups())
        staticGroups.append(group.name);
    const QStringList staticTenants {u"global_tenant"_s};

    // Names first, so entities can refer to each other.
    std::vector<Profile> groupProfiles, tenantProfiles, roleProfiles;
    auto names = [&](qsizetype count, const QStringList &specials, const QString &kind,
                     std::vector<Profile> &profiles) {
        QStringList list;
        for (qsizetype i = 0; i < count; ++i) {
            profiles.push_back(b.profile());
            list.append(i < specials.size() ? specials.at(i) : entityName(profiles.back(), kind, i));
        }
        return list;
    };
    const QStringList groupNames = names(options.actionGroups, staticGroups, u"ag"_s, groupProfiles);
    b.actionGroupNames = groupNames.mid(staticGroups.size());
    b.tenantNames = names(options.tenants, staticTenants, u"tenant"_s, tenantProfiles);
    b.roleNames = names(options.roles, specialRoles(), u"role"_s, roleProfiles);
    for (qsizetype i = 0; i < options.users; ++i)
        b.userNames.append(i < specialUsers().size() ? specialUsers().at(i) : userName(i));

    Entities groups, tenants, roles, users, mappings;
    for (qsizetype i = 0; i < options.actionGroups; ++i) {
        QJsonObject group = b.actionGroup(groupProfiles[size_t(i)]);
        if (i < staticGroups.size()) {
            const StaticActionGroup &entry = staticActionGroups().at(i);
            group = special(group, true, false, true);
            group.insert(u"type"_s, entry.type);
            group.insert(u"allowed_actions"_s, strings(entry.actions));
            group.insert(u"description"_s, u"Built-in action group %1"_s.arg(staticGroups.at(i)));
        }
        groups.emplace_back(groupNames.at(i), group);
    }
    for (qsizetype i = 0; i < options.tenants; ++i) {
        QJsonObject tenant = b.tenant(tenantProfiles[size_t(i)]);
        if (i == 0)
            tenant = special(tenant, true, false, true);
        tenants.emplace_back(b.tenantNames.at(i), tenant);
    }
    for (qsizetype i = 0; i < options.roles; ++i) {
        QJsonObject role = b.role(roleProfiles[size_t(i)]);
        if (i == 0) {
            role = special(role, true, false, true);
            role.insert(u"description"_s, u"Allow full access to all indices and all cluster APIs"_s);
            role.insert(u"cluster_permissions"_s, QJsonArray {u"*"_s});
            role.insert(u"index_permissions"_s, QJsonArray {QJsonObject {{u"index_patterns"_s, QJsonArray {u"*"_s}},
                                                                         {u"fls"_s, QJsonArray()},
                                                                         {u"masked_fields"_s, QJsonArray()},
                                                                         {u"allowed_actions"_s, QJsonArray {u"*"_s}}}});
            role.insert(u"tenant_permissions"_s,
                        QJsonArray {QJsonObject {{u"tenant_patterns"_s, QJsonArray {u"*"_s}},
                                                 {u"allowed_actions"_s, QJsonArray {u"kibana_all_write"_s}}}});
        } else if (i < 3)
            role = special(role, true, false, true); // kibana_user, readall
        else if (i < 5)
            role = special(role, true, false, false);
        else if (i == 6)
            role = special(role, false, true, false);
        roles.emplace_back(b.roleNames.at(i), role);
    }
    for (qsizetype i = 0; i < options.users; ++i) {
        QJsonObject user = b.user(b.profile(), b.userNames.at(i));
        if (i < specialUsers().size()) {
            // Demo and service accounts: no person behind them.
            user.insert(u"description"_s, specialUserDescriptions().at(i));
            user.insert(u"attributes"_s, QJsonObject());
            const QString group = i == 0 ? u"admin"_s : i == 3 ? u"readall"_s : QString();
            user.insert(u"backend_roles"_s, strings(group.isEmpty() ? QStringList() : QStringList {group}));
        }
        if (i < 2)
            user = special(user, true, false, false);
        else if (i == 4)
            user = special(user, false, true, false);
        users.emplace_back(b.userNames.at(i), user);
    }
    // A mapping is named after its role; beyond the number of roles, after roles the configuration lacks.
    for (qsizetype i = 0; i < options.mappings; ++i) {
        const Profile p = i < options.roles ? roleProfiles[size_t(i)] : b.profile();
        QJsonObject mapping = b.mapping(p);
        if (i == 4)
            mapping = special(mapping, true, false, false); // kibana_server
        mappings.emplace_back(i < options.roles ? b.roleNames.at(i) : entityName(p, u"unmapped"_s, i), mapping);
    }

    return QJsonObject {{u"config"_s, QJsonObject {{u"dynamic"_s, ConfigGeneratorSections::dynamicConfig()}}},
                        {u"roles"_s, toObject(std::move(roles))},
                        {u"rolesmapping"_s, toObject(std::move(mappings))},
                        {u"internalusers"_s, toObject(std::move(users))},
                        {u"actiongroups"_s, toObject(std::move(groups))},
                        {u"tenants"_s, toObject(std::move(tenants))},
                        {u"nodesdn"_s, ConfigGeneratorSections::nodesDn()},
                        {u"allowlist"_s, QJsonObject {{u"config"_s, ConfigGeneratorSections::allowlist()}}},
                        {u"audit"_s, QJsonObject {{u"config"_s, ConfigGeneratorSections::auditConfig()}}}};
}

qsizetype ConfigGenerator::entityCount(const QJsonObject &document)
{
    qsizetype count = 0;
    for (const QString &type : entityTypes())
        count += document.value(type).toObject().size();
    return count;
}

namespace {

// Edits one entity so that it differs afterwards, the way an administrator would.
class Mutator
{
public:
    Mutator(Builder &builder, quint64 seed) : b(builder), m_seed(seed) { }

    QJsonObject edit(const QString &type, QJsonObject entity)
    {
        const qsizetype choice = b.random.below(4);
        if (choice == 0 || (type == u"tenants" && choice != 3)) {
            entity.insert(u"description"_s, newDescription(entity.value(u"description"_s).toString()));
        } else if (type == u"roles") {
            QJsonArray permissions = entity.value(u"index_permissions"_s).toArray();
            if (permissions.isEmpty())
                permissions.append(b.indexPermission(b.profile()));
            const qsizetype index = b.random.below(permissions.size());
            QJsonObject permission = permissions.at(index).toObject();
            const QString member = choice == 1 ? u"allowed_actions"_s : u"index_patterns"_s;
            const QString value = choice == 1 ? newElement(permission.value(member).toArray(), indexActions())
                                              : b.indexPattern(b.profile()) + u"-v"_s + QString::number(m_seed);
            permission.insert(member, appended(permission.value(member).toArray(), value));
            permissions.replace(index, permission);
            entity.insert(u"index_permissions"_s, permissions);
        } else if (type == u"internalusers") {
            if (choice == 1) {
                entity.insert(u"backend_roles"_s, removedOrAdded(entity.value(u"backend_roles"_s).toArray()));
            } else {
                QJsonObject attributes = entity.value(u"attributes"_s).toObject();
                const QString old = attributes.value(u"location"_s).toString();
                QString location = b.random.pick(locations());
                while (location == old)
                    location = b.random.pick(locations());
                attributes.insert(u"location"_s, location);
                entity.insert(u"attributes"_s, attributes);
            }
        } else if (type == u"rolesmapping") {
            if (choice == 1) {
                entity.insert(u"backend_roles"_s, removedOrAdded(entity.value(u"backend_roles"_s).toArray()));
            } else {
                const QJsonArray users = entity.value(u"users"_s).toArray();
                entity.insert(u"users"_s, appended(users, newElement(users, b.userNames)));
            }
        } else if (type == u"actiongroups") {
            const QJsonArray actions = entity.value(u"allowed_actions"_s).toArray();
            entity.insert(u"allowed_actions"_s, appended(actions, newElement(actions, indexActions())));
        } else {
            entity.insert(u"description"_s, newDescription(entity.value(u"description"_s).toString()));
        }
        return entity;
    }

private:
    Builder &b;
    quint64 m_seed;
    qsizetype m_serial = 0;

    QString newDescription(const QString &old)
    {
        const QString base = old.section(u" (reviewed"_s, 0, 0);
        const QString note = u"reviewed in change %1-%2"_s.arg(m_seed).arg(++m_serial);
        return base.isEmpty() ? note : base + u" ("_s + note + u')';
    }

    // An element of `pool` that `array` lacks, or a fresh one when it has them all.
    QString newElement(const QJsonArray &array, const QStringList &pool)
    {
        for (int attempt = 0; attempt < 20 && !pool.isEmpty(); ++attempt) {
            const QString candidate = b.random.pick(pool);
            if (!array.contains(candidate))
                return candidate;
        }
        return u"indices:data/read/custom_%1_%2"_s.arg(m_seed).arg(++m_serial);
    }

    static QJsonArray appended(QJsonArray array, const QString &value)
    {
        array.append(value);
        return array;
    }

    QJsonArray removedOrAdded(QJsonArray array)
    {
        if (array.isEmpty())
            return appended(array, b.groupName(b.random.pick(departments()), b.random.pick(teams())));
        array.removeAt(b.random.below(array.size()));
        return array;
    }
};

} // namespace

QJsonObject ConfigGenerator::mutate(const QJsonObject &document, double percent, quint64 seed)
{
    const QStringList types = entityTypes();
    QHash<QString, QJsonObject> maps;
    QHash<QString, QStringList> keys;
    qsizetype total = 0;
    for (const QString &type : types) {
        maps.insert(type, document.value(type).toObject());
        keys.insert(type, maps.value(type).keys());
        total += keys.value(type).size();
    }
    const qsizetype changes =
        percent <= 0 || total == 0 ? 0 : std::max<qsizetype>(1, std::llround(total * percent / 100.0));
    qsizetype adds = std::llround(changes * 0.2);
    qsizetype removes = std::llround(changes * 0.2);
    if (changes >= 3) {
        adds = std::max<qsizetype>(adds, 1);
        removes = std::max<qsizetype>(removes, 1);
    }
    const qsizetype edits = changes - adds - removes;

    Builder b(seed ^ 0x5ec0e5ad5eedULL);
    b.roleNames = keys.value(u"roles"_s);
    b.userNames = keys.value(u"internalusers"_s);
    b.tenantNames = keys.value(u"tenants"_s);
    for (const QString &name : keys.value(u"actiongroups"_s)) {
        if (!isProtected(maps.value(u"actiongroups"_s).value(name).toObject()))
            b.actionGroupNames.append(name);
    }
    Mutator mutator(b, seed);

    // Picks a type with a probability proportional to its size, so changes spread like the entities do.
    auto pickType = [&]() {
        qsizetype index = b.random.below(total);
        for (const QString &type : types) {
            if (index < keys.value(type).size())
                return type;
            index -= keys.value(type).size();
        }
        return types.last();
    };
    QSet<QString> touched;
    // An existing entity not touched yet and not protected; empty when there seems to be none left.
    auto pickEntity = [&](QString &type) -> QString {
        for (int attempt = 0; attempt < 1000; ++attempt) {
            type = pickType();
            const QStringList &names = keys[type];
            if (names.isEmpty())
                continue;
            const QString name = b.random.pick(names);
            if (touched.contains(type + u'/' + name) || isProtected(maps[type].value(name).toObject()))
                continue;
            touched.insert(type + u'/' + name);
            return name;
        }
        return {};
    };

    for (qsizetype i = 0; i < removes; ++i) {
        QString type;
        const QString name = pickEntity(type);
        if (!name.isEmpty())
            maps[type].remove(name);
    }
    for (qsizetype i = 0; i < edits; ++i) {
        QString type;
        const QString name = pickEntity(type);
        if (!name.isEmpty())
            maps[type].insert(name, mutator.edit(type, maps[type].value(name).toObject()));
    }
    for (qsizetype i = 0; i < adds; ++i) {
        const QString type = total > 0 ? pickType() : types.first();
        const Profile p = b.profile();
        QString name = type == u"internalusers" ? userName(b.random.below(1'000'000)) + u"_new"_s
                                                : entityName(p, type.left(4), i) + u"_new"_s;
        name += QString::number(seed) + u'_' + QString::number(i);
        QJsonObject entity;
        if (type == u"roles")
            entity = b.role(p);
        else if (type == u"internalusers")
            entity = b.user(p, name);
        else if (type == u"rolesmapping")
            entity = b.mapping(p);
        else if (type == u"actiongroups")
            entity = b.actionGroup(p);
        else
            entity = b.tenant(p);
        maps[type].insert(name, entity);
    }

    QJsonObject result = document;
    for (const QString &type : types) {
        if (document.contains(type))
            result.insert(type, maps.value(type));
    }
    return result;
}
