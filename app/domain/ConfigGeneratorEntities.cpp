#include "app/domain/ConfigGeneratorEntities.h"

#include <QJsonArray>
#include <QStringView>

#include "app/domain/ConfigGeneratorSections.h"

using namespace ConfigGeneratorSections;

using namespace Qt::StringLiterals;

namespace ConfigGeneratorEntities {

namespace {

QJsonObject flags(bool reserved, bool hidden)
{
    return QJsonObject {{u"reserved"_s, reserved}, {u"hidden"_s, hidden}};
}

} // namespace

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

Profile Builder::profile()
{
    return {random.pick(departments()), random.pick(teams()), random.pick(roleKinds())};
}

QString Builder::groupName(const QString &department, const QString &team)
{
    return department + u'-' + team + u'-' + random.pick(groupSuffixes());
}

QString Builder::description(const Profile &p, const QString &what)
{
    return u"%1, %2 %3"_s.arg(what, p.department, p.team);
}

// The department's cost centre: the same for a department and team everywhere.
QString Builder::costCenter(const Profile &p)
{
    return u"CC-%1"_s.arg(1000 + 100 * departments().indexOf(p.department) + teams().indexOf(p.team));
}

QString Builder::indexPattern(const Profile &p)
{
    switch (random.below(6)) {
    case 0:
        return p.department + u'-' + p.team + u"-logs-*"_s;
    case 1:
        return p.department + u'-' + p.team + u"-metrics-*"_s;
    case 2:
        return p.department + u"-shared-*"_s;
    case 3:
        return p.team + u"-events-20"_s + QString::number(20 + random.below(6)) + u".*"_s;
    case 4:
        return u"%1-%2-%3"_s.arg(p.department, p.team, random.pick(roleKinds()));
    }
    return u"%1-%2-alerts"_s.arg(p.department, p.team);
}

// Personal or financial data: these get `dls`, `fls` and `masked_fields`.
QString Builder::sensitivePattern(const Profile &p)
{
    const QString kind = random.pick(sensitiveIndices());
    if (random.chance(0.5))
        return p.department + u'-' + kind + u"-*"_s;
    return p.department + u'-' + p.team + u'-' + kind;
}

QJsonObject Builder::indexPermission(const Profile &p)
{
    const bool sensitive = random.chance(0.25);
    QStringList patterns {sensitive ? sensitivePattern(p) : indexPattern(p)};
    for (qsizetype i = random.chance(0.35) ? random.between(1, 2) : 0; i > 0; --i)
        patterns.append(indexPattern(p));
    patterns.removeDuplicates();
    QStringList actions = random.sample(indexActions(), random.between(1, sensitive ? 2 : 3));
    if (!actionGroupNames.isEmpty() && random.chance(0.3))
        actions.append(random.pick(actionGroupNames));
    // Field-level security: either fields left out ("~field") or the only fields shown.
    QStringList fls;
    if (sensitive && random.chance(0.6)) {
        if (random.chance(0.5)) {
            for (const QString &field : random.sample(maskableFields(), random.between(1, 3)))
                fls.append(u'~' + field);
        } else {
            fls = random.sample(visibleFields(), random.between(2, 5));
        }
    } else if (random.chance(0.05)) {
        fls.append(u'~' + random.pick(maskableFields()));
    }
    QStringList masked;
    if (sensitive && random.chance(0.5)) {
        for (const QString &field : random.sample(maskableFields(), random.between(1, 3)))
            masked.append(random.chance(0.3) ? field + u"::SHA-512"_s : field);
    }
    QJsonObject permission {{u"index_patterns"_s, strings(patterns)},
                            {u"fls"_s, strings(fls)},
                            {u"masked_fields"_s, strings(masked)},
                            {u"allowed_actions"_s, strings(actions)}};
    // `dls` is omitted when absent (docs/api/security-api.md §3.2).
    if (random.chance(sensitive ? 0.7 : 0.05)) {
        QString query = random.pick(dlsQueries());
        query.replace(u"<department>"_s, p.department).replace(u"<team>"_s, p.team);
        permission.insert(u"dls"_s, query);
    }
    return permission;
}

QJsonObject Builder::tenantPermission(const Profile &p)
{
    QStringList patterns = random.sample(tenantNames, random.between(1, 2));
    if (random.chance(0.2))
        patterns.append(p.department + u"_*"_s);
    return QJsonObject {
        {u"tenant_patterns"_s, strings(patterns)},
        {u"allowed_actions"_s, strings({random.chance(0.6) ? u"kibana_all_read"_s : u"kibana_all_write"_s})}};
}

QJsonObject Builder::role(const Profile &p)
{
    QJsonObject role = flags(false, false);
    role.insert(u"static"_s, false);
    role.insert(u"description"_s, random.pick(roleDescriptions()).arg(p.kind, p.department, p.team));
    QStringList cluster = random.sample(clusterActions(), random.chance(0.45) ? 0 : random.between(1, 2));
    if (!actionGroupNames.isEmpty() && random.chance(0.15))
        cluster.append(random.pick(actionGroupNames));
    role.insert(u"cluster_permissions"_s, strings(cluster));
    // Roles often cover a few index families: 1 to 4 index permissions, 1.7 on average.
    const qsizetype roll = random.below(100);
    QJsonArray indexPermissions;
    for (qsizetype i = roll < 50 ? 1 : roll < 85 ? 2 : roll < 97 ? 3 : 4; i > 0; --i)
        indexPermissions.append(indexPermission(p));
    role.insert(u"index_permissions"_s, indexPermissions);
    QJsonArray tenantPermissions;
    if (!tenantNames.isEmpty() && random.chance(0.4)) {
        for (qsizetype i = random.chance(0.2) ? 2 : 1; i > 0; --i)
            tenantPermissions.append(tenantPermission(p));
    }
    role.insert(u"tenant_permissions"_s, tenantPermissions);
    return role;
}

// `login` names the account: "anna.schmidt123" belongs to Anna Schmidt.
QJsonObject Builder::user(const Profile &p, const QString &login)
{
    QJsonObject user = flags(false, false);
    user.insert(u"hash"_s, QString());
    user.insert(u"static"_s, false);
    QStringList backendRoles {groupName(p.department, p.team)};
    if (random.chance(0.45))
        backendRoles.append(p.department + u"-staff"_s);
    if (random.chance(0.2))
        backendRoles.append(groupName(p.department, random.pick(teams())));
    if (random.chance(0.2))
        backendRoles.append(random.pick(sharedGroups()));
    backendRoles.removeDuplicates();
    user.insert(u"backend_roles"_s, strings(backendRoles));
    // Attribute values are strings (docs/api/security-api.md §3.2): what the directory knows about the person.
    QJsonObject attributes {{u"department"_s, p.department},
                            {u"team"_s, p.team},
                            {u"location"_s, random.pick(locations())},
                            {u"employee_id"_s, u"E%1"_s.arg(random.between(100000, 999999))},
                            {u"cost_center"_s, costCenter(p)}};
    if (random.chance(0.1))
        attributes.insert(u"clearance"_s, random.chance(0.7) ? u"internal"_s : u"confidential"_s);
    user.insert(u"attributes"_s, attributes);
    user.insert(u"opendistro_security_roles"_s,
                strings(!roleNames.isEmpty() && random.chance(0.1) ? random.sample(roleNames, random.between(1, 2))
                                                                   : QStringList()));
    user.insert(u"description"_s,
                u"%1, %2, %3 %4"_s.arg(personName(login), random.pick(jobTitles()), p.department, p.team));
    return user;
}

QJsonObject Builder::mapping(const Profile &p)
{
    QJsonObject mapping = flags(false, false);
    QStringList backendRoles {groupName(p.department, p.team)};
    for (qsizetype i = random.chance(0.25) ? random.between(1, 2) : 0; i > 0; --i)
        backendRoles.append(groupName(p.department, random.chance(0.5) ? p.team : random.pick(teams())));
    backendRoles.removeDuplicates();
    mapping.insert(u"backend_roles"_s, strings(backendRoles));
    mapping.insert(u"users"_s, strings(random.sample(userNames, random.chance(0.45) ? 0 : random.between(1, 2))));
    QStringList hosts;
    if (random.chance(0.1))
        hosts.append(u"*.%1.corp.example.com"_s.arg(p.department));
    if (random.chance(0.05))
        hosts.append(u"10.%1.*"_s.arg(departments().indexOf(p.department) + 10));
    mapping.insert(u"hosts"_s, strings(hosts));
    mapping.insert(u"and_backend_roles"_s,
                   strings(random.chance(0.05) ? QStringList {groupName(p.department, p.team)} : QStringList()));
    if (random.chance(0.7))
        mapping.insert(u"description"_s, description(p, u"Maps %1 groups"_s.arg(p.kind)));
    return mapping;
}

QJsonObject Builder::actionGroup(const Profile &p)
{
    QJsonObject group = flags(false, false);
    group.insert(u"static"_s, false);
    const bool cluster = random.chance(0.25);
    group.insert(u"allowed_actions"_s,
                 strings(random.sample(cluster ? clusterActions() : indexActions(), random.between(2, 6))));
    if (random.chance(0.7))
        group.insert(u"type"_s, cluster ? u"cluster"_s : u"index"_s);
    group.insert(u"description"_s, description(p, u"Action group"_s));
    return group;
}

QJsonObject Builder::tenant(const Profile &p)
{
    QJsonObject tenant = flags(false, false);
    tenant.insert(u"static"_s, false);
    tenant.insert(u"description"_s, random.pick(tenantDescriptions()).arg(p.department, p.team));
    return tenant;
}

// "anna.schmidt123" and "anna.schmidt77_new3_1" give "Anna Schmidt".
QString Builder::personName(const QString &login)
{
    QStringList parts;
    for (QStringView part : QStringView(login).split(u'.')) {
        qsizetype end = 0;
        while (end < part.size() && part[end].isLetter())
            ++end;
        if (end > 0)
            parts.append(part.left(1).toString().toUpper() + part.mid(1, end - 1));
    }
    return parts.isEmpty() ? login : parts.join(u' ');
}

} // namespace ConfigGeneratorEntities
