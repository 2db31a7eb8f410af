#include "app/domain/EntitySummary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include "app/domain/ConfigRelations.h"
#include "app/json/Json.h"
#include "app/json/JsonPointer.h"

using namespace Qt::StringLiterals;

namespace {

// Whether the array `value` holds the string `needle` (without copying the array's strings).
bool holds(const QJsonValue &value, const QJsonValue &needle)
{
    return value.toArray().contains(needle);
}

QString entityPointer(const QString &typeKey, const QString &name)
{
    return u'/' + typeKey + u'/' + JsonPointer::escapeToken(name);
}

SummaryPart text(const QString &value)
{
    return SummaryPart {value, {}, false};
}

// A link to entity `name` of the type held in `entities` (the document's member `typeKey`).
SummaryPart link(const QJsonObject &entities, const QString &typeKey, const QString &name)
{
    return SummaryPart {name, entityPointer(typeKey, name), entities.contains(name)};
}

QList<SummaryPart> textParts(const QStringList &values)
{
    QList<SummaryPart> parts;
    for (const QString &value : values)
        parts << text(value);
    return parts;
}

SummaryRow row(const QString &label, QList<SummaryPart> parts, const QString &note = {})
{
    return SummaryRow {label, std::move(parts), note, false};
}

// Actions and action groups of a permission: names of existing action groups become links. A name that is not an
// action (no ':'), not a pattern and not an action group is a broken reference, shown as a missing link. Without
// the actiongroups type in the document nothing can be said, so everything stays plain.
QList<SummaryPart> actionParts(const QStringList &actions, const QJsonObject &document)
{
    const bool known = document.contains(u"actiongroups"_s);
    const QJsonObject groups = document.value(u"actiongroups"_s).toObject();
    QList<SummaryPart> parts;
    for (const QString &action : actions) {
        const bool groupLike = !action.contains(u':') && !ConfigRelations::isWildcard(action);
        if (groups.contains(action) || (known && groupLike))
            parts << link(groups, u"actiongroups"_s, action);
        else
            parts << text(action);
    }
    return parts;
}

QString viaText(const QString &via)
{
    if (via == u"user")
        return EntitySummaries::tr("mapped by user name");
    if (via.startsWith(u"backend_role:"))
        return EntitySummaries::tr("backend role %1").arg(via.mid(qsizetype(sizeof("backend_role:") - 1)));
    if (via == u"and_backend_roles")
        return EntitySummaries::tr("has all backend roles the mapping requires");
    if (via == u"direct")
        return EntitySummaries::tr("listed in the user's opendistro_security_roles");
    return via;
}

SummaryRow moreRow(qsizetype hidden)
{
    return row({}, {text(EntitySummaries::tr("… and %n more", nullptr, int(hidden)))});
}

QString compact(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

// The internal users that get a role, with how; `includeDirect` false keeps only those reached by the mapping.
SummarySection usersSection(const QJsonObject &document, const QString &role, bool includeDirect)
{
    SummarySection section {EntitySummaries::tr("Internal users with this role"),
                            {},
                            EntitySummaries::tr("No internal user gets this role.")};
    const QJsonObject users = document.value(u"internalusers"_s).toObject();
    qsizetype hidden = 0;
    for (const UserGrant &grant : ConfigRelations::userGrantsOfRole(document, role)) {
        if (!includeDirect && grant.via == u"direct")
            continue;
        if (section.rows.size() >= EntitySummaries::MaxListed) {
            ++hidden;
            continue;
        }
        section.rows << row({}, {link(users, u"internalusers"_s, grant.user)}, viaText(grant.via));
    }
    if (hidden > 0)
        section.rows << moreRow(hidden);
    return section;
}

// Who a mapping reaches: its user names (linked when they are internal users), backend roles and hosts.
QList<SummaryRow> mappingRows(const QJsonObject &document, const QJsonObject &mapping)
{
    const QJsonObject users = document.value(u"internalusers"_s).toObject();
    QList<SummaryRow> rows;
    QList<SummaryPart> userParts;
    QStringList patterns;
    for (const QString &user : Json::strings(mapping.value(u"users"_s))) {
        if (ConfigRelations::isWildcard(user))
            patterns << user;
        else if (users.contains(user))
            userParts << link(users, u"internalusers"_s, user);
        else
            userParts << text(user);
    }
    if (!userParts.isEmpty())
        rows << row(EntitySummaries::tr("Users"), userParts);
    if (!patterns.isEmpty()) {
        // One pass over the internal users for all patterns together.
        QList<qsizetype> counts(patterns.size(), 0);
        for (auto it = users.constBegin(); it != users.constEnd(); ++it) {
            for (qsizetype i = 0; i < patterns.size(); ++i) {
                if (ConfigRelations::wildcardMatches(patterns.at(i), it.key()))
                    ++counts[i];
            }
        }
        for (qsizetype i = 0; i < patterns.size(); ++i) {
            rows << row(EntitySummaries::tr("User pattern"), {text(patterns.at(i))},
                        EntitySummaries::tr("matches %n internal user(s)", nullptr, int(counts.at(i))));
        }
    }
    const QStringList backendRoles = Json::strings(mapping.value(u"backend_roles"_s));
    if (!backendRoles.isEmpty())
        rows << row(EntitySummaries::tr("Backend roles"), textParts(backendRoles), EntitySummaries::tr("any of them"));
    const QStringList andBackendRoles = Json::strings(mapping.value(u"and_backend_roles"_s));
    if (!andBackendRoles.isEmpty())
        rows << row(EntitySummaries::tr("Required backend roles"), textParts(andBackendRoles),
                    EntitySummaries::tr("all of them"));
    const QStringList hosts = Json::strings(mapping.value(u"hosts"_s));
    if (!hosts.isEmpty())
        rows << row(EntitySummaries::tr("Hosts"), textParts(hosts), EntitySummaries::tr("any request from them"));
    return rows;
}

void roleSummary(EntitySummary &summary, const QJsonObject &document, const QString &name, const QJsonObject &role)
{
    SummarySection cluster {EntitySummaries::tr("Cluster permissions"), {}, EntitySummaries::tr("None")};
    const QStringList clusterPermissions = Json::strings(role.value(u"cluster_permissions"_s));
    if (!clusterPermissions.isEmpty())
        cluster.rows << row({}, actionParts(clusterPermissions, document));
    summary.sections << cluster;

    SummarySection index {EntitySummaries::tr("Index permissions"), {}, EntitySummaries::tr("None")};
    const QJsonArray indexPermissions = role.value(u"index_permissions"_s).toArray();
    for (const QJsonValue &value : indexPermissions) {
        const QJsonObject permission = value.toObject();
        SummaryRow indices =
            row(EntitySummaries::tr("Indices"), textParts(Json::strings(permission.value(u"index_patterns"_s))));
        indices.startsGroup = !index.rows.isEmpty();
        index.rows << indices;
        index.rows << row(EntitySummaries::tr("Actions"),
                          actionParts(Json::strings(permission.value(u"allowed_actions"_s)), document));
        const QString dls = permission.value(u"dls"_s).toString();
        if (!dls.isEmpty())
            index.rows << row(EntitySummaries::tr("Document-level security"), {text(dls)});
        const QStringList fls = Json::strings(permission.value(u"fls"_s));
        if (!fls.isEmpty())
            index.rows << row(EntitySummaries::tr("Field-level security"), textParts(fls));
        const QStringList masked = Json::strings(permission.value(u"masked_fields"_s));
        if (!masked.isEmpty())
            index.rows << row(EntitySummaries::tr("Masked fields"), textParts(masked));
    }
    summary.sections << index;

    SummarySection tenant {EntitySummaries::tr("Tenant permissions"), {}, EntitySummaries::tr("None")};
    const QJsonObject tenants = document.value(u"tenants"_s).toObject();
    const QJsonArray tenantPermissions = role.value(u"tenant_permissions"_s).toArray();
    for (const QJsonValue &value : tenantPermissions) {
        const QJsonObject permission = value.toObject();
        QList<SummaryPart> tenantParts;
        for (const QString &pattern : Json::strings(permission.value(u"tenant_patterns"_s))) {
            tenantParts << (tenants.contains(pattern) ? link(tenants, u"tenants"_s, pattern) : text(pattern));
        }
        SummaryRow tenantRow = row(EntitySummaries::tr("Tenants"), tenantParts);
        tenantRow.startsGroup = !tenant.rows.isEmpty();
        tenant.rows << tenantRow;
        tenant.rows << row(EntitySummaries::tr("Actions"),
                           actionParts(Json::strings(permission.value(u"allowed_actions"_s)), document));
    }
    summary.sections << tenant;

    const QJsonObject mappings = document.value(u"rolesmapping"_s).toObject();
    SummarySection mapped {EntitySummaries::tr("Mapping"),
                           {},
                           EntitySummaries::tr("Not mapped: there is no role mapping named %1.").arg(name)};
    if (mappings.contains(name)) {
        mapped.rows << row(EntitySummaries::tr("Mapped by"), {link(mappings, u"rolesmapping"_s, name)});
        mapped.rows << mappingRows(document, mappings.value(name).toObject());
    }
    summary.sections << mapped;
    summary.sections << usersSection(document, name, true);
}

void mappingSummary(EntitySummary &summary, const QJsonObject &document, const QString &name,
                    const QJsonObject &mapping)
{
    const QJsonObject roles = document.value(u"roles"_s).toObject();
    SummaryPart role = link(roles, u"roles"_s, name);
    SummarySection roleSection {EntitySummaries::tr("Role"), {}, {}};
    roleSection.rows << row({}, {role}, role.exists ? QString() : EntitySummaries::tr("no role of this name exists"));
    summary.sections << roleSection;
    summary.sections << SummarySection {EntitySummaries::tr("Who gets the role"), mappingRows(document, mapping),
                                        EntitySummaries::tr("Nobody: the mapping is empty.")};
    summary.sections << usersSection(document, name, false);
}

void userSummary(EntitySummary &summary, const QJsonObject &document, const QString &name, const QJsonObject &user)
{
    const QJsonObject roles = document.value(u"roles"_s).toObject();
    SummarySection roleSection {EntitySummaries::tr("Roles"), {}, EntitySummaries::tr("No roles.")};
    for (const RoleGrant &grant : ConfigRelations::rolesOfUser(document, name))
        roleSection.rows << row({}, {link(roles, u"roles"_s, grant.role)}, viaText(grant.via));
    summary.sections << roleSection;

    SummarySection backend {EntitySummaries::tr("Backend roles"), {}, EntitySummaries::tr("None")};
    const QStringList backendRoles = Json::strings(user.value(u"backend_roles"_s));
    if (!backendRoles.isEmpty())
        backend.rows << row({}, textParts(backendRoles));
    summary.sections << backend;

    SummarySection attributes {EntitySummaries::tr("Attributes"), {}, EntitySummaries::tr("None")};
    const QJsonObject attributeObject = user.value(u"attributes"_s).toObject();
    for (auto it = attributeObject.constBegin(); it != attributeObject.constEnd(); ++it)
        attributes.rows << row(it.key(), {text(compact(it.value()))});
    summary.sections << attributes;

    // Never the hash itself: only whether the read included one.
    if (!user.value(u"hash"_s).toString().isEmpty()) {
        summary.sections << SummarySection {
            EntitySummaries::tr("Password"), {row({}, {text(EntitySummaries::tr("password hash set"))})}, {}};
    }
}

void actionGroupSummary(EntitySummary &summary, const QJsonObject &document, const QString &name,
                        const QJsonObject &group)
{
    SummarySection actions {EntitySummaries::tr("Allowed actions"), {}, EntitySummaries::tr("None")};
    const QStringList allowed = Json::strings(group.value(u"allowed_actions"_s));
    if (!allowed.isEmpty())
        actions.rows << row(EntitySummaries::tr("Actions"), actionParts(allowed, document));
    const QString type = group.value(u"type"_s).toString();
    if (!type.isEmpty())
        actions.rows << row(EntitySummaries::tr("Type"), {text(type)});
    summary.sections << actions;

    SummarySection usedBy {EntitySummaries::tr("Used by"), {}, EntitySummaries::tr("No role or action group uses it.")};
    qsizetype hidden = 0;
    auto add = [&usedBy, &hidden](SummaryRow entry) {
        if (usedBy.rows.size() < EntitySummaries::MaxListed)
            usedBy.rows << std::move(entry);
        else
            ++hidden;
    };
    const QJsonObject roles = document.value(u"roles"_s).toObject();
    const QJsonValue needle(name);
    const QString allowedKey = u"allowed_actions"_s;
    for (auto it = roles.constBegin(); it != roles.constEnd(); ++it) {
        const QJsonObject role = it.value().toObject();
        QStringList where;
        if (holds(role.value(u"cluster_permissions"_s), needle))
            where << EntitySummaries::tr("cluster permissions");
        for (const char *member : {"index_permissions", "tenant_permissions"}) {
            const QJsonArray permissions = role.value(QLatin1StringView(member)).toArray();
            const bool uses = std::any_of(permissions.begin(), permissions.end(), [&](const QJsonValue &p) {
                return holds(p.toObject().value(allowedKey), needle);
            });
            if (uses) {
                where << (qstrcmp(member, "index_permissions") == 0 ? EntitySummaries::tr("index permissions")
                                                                    : EntitySummaries::tr("tenant permissions"));
            }
        }
        if (!where.isEmpty())
            add(row(EntitySummaries::tr("Role"), {link(roles, u"roles"_s, it.key())}, where.join(u", ")));
    }
    const QJsonObject groups = document.value(u"actiongroups"_s).toObject();
    for (auto it = groups.constBegin(); it != groups.constEnd(); ++it) {
        if (it.key() != name && holds(it.value().toObject().value(allowedKey), needle))
            add(row(EntitySummaries::tr("Action group"), {link(groups, u"actiongroups"_s, it.key())}));
    }
    if (hidden > 0)
        usedBy.rows << moreRow(hidden);
    summary.sections << usedBy;
}

void tenantSummary(EntitySummary &summary, const QJsonObject &document, const QString &name)
{
    SummarySection granted {
        EntitySummaries::tr("Roles granting access"), {}, EntitySummaries::tr("No role grants this tenant.")};
    qsizetype hidden = 0;
    const QJsonObject roles = document.value(u"roles"_s).toObject();
    for (auto it = roles.constBegin(); it != roles.constEnd(); ++it) {
        const QJsonArray permissions = it.value().toObject().value(u"tenant_permissions"_s).toArray();
        for (const QJsonValue &value : permissions) {
            const QJsonObject permission = value.toObject();
            const QStringList patterns = Json::strings(permission.value(u"tenant_patterns"_s));
            const auto match = std::find_if(patterns.begin(), patterns.end(), [&name](const QString &pattern) {
                return ConfigRelations::wildcardMatches(pattern, name);
            });
            if (match == patterns.end())
                continue;
            if (granted.rows.size() >= EntitySummaries::MaxListed) {
                ++hidden;
                break;
            }
            QString note = Json::strings(permission.value(u"allowed_actions"_s)).join(u", ");
            if (*match != name)
                note = EntitySummaries::tr("%1 (pattern %2)").arg(note, *match);
            granted.rows << row({}, {link(roles, u"roles"_s, it.key())}, note);
            break;
        }
    }
    if (hidden > 0)
        granted.rows << moreRow(hidden);
    summary.sections << granted;
}

} // namespace

QStringList EntitySummary::linkPointers() const
{
    QStringList pointers;
    for (const SummarySection &section : sections) {
        for (const SummaryRow &entry : section.rows) {
            for (const SummaryPart &part : entry.parts) {
                if (part.isLink())
                    pointers << part.pointer;
            }
        }
    }
    return pointers;
}

QString EntitySummary::toPlainText() const
{
    QStringList lines {title + u" (" + kind + u')'};
    if (!badges.isEmpty())
        lines << badges.join(u", ");
    if (!description.isEmpty())
        lines << description;
    for (const SummarySection &section : sections) {
        lines << section.title + u':';
        if (section.rows.isEmpty() && !section.emptyText.isEmpty())
            lines << u"  "_s + section.emptyText;
        for (const SummaryRow &entry : section.rows) {
            QStringList parts;
            for (const SummaryPart &part : entry.parts)
                parts << part.text;
            QString line = u"  "_s + (entry.label.isEmpty() ? QString() : entry.label + u": ") + parts.join(u", ");
            if (!entry.note.isEmpty())
                line += u" (" + entry.note + u')';
            lines << line;
        }
    }
    return lines.join(u'\n');
}

EntitySummary EntitySummaries::summarize(const QJsonObject &configDocument, ConfigType type, const QString &name)
{
    EntitySummary summary;
    switch (type) {
    case ConfigType::Roles:
        summary.kind = tr("Role");
        break;
    case ConfigType::RolesMapping:
        summary.kind = tr("Role mapping");
        break;
    case ConfigType::InternalUsers:
        summary.kind = tr("Internal user");
        break;
    case ConfigType::ActionGroups:
        summary.kind = tr("Action group");
        break;
    case ConfigType::Tenants:
        summary.kind = tr("Tenant");
        break;
    default:
        return {};
    }
    const QJsonObject entities = configDocument.value(ConfigTypeInfo::key(type)).toObject();
    const auto found = entities.constFind(name);
    if (found == entities.constEnd() || !found.value().isObject())
        return {};
    const QJsonObject entity = found.value().toObject();

    summary.title = name;
    summary.description = entity.value(u"description"_s).toString();
    // In the order of the tree's badges (ConfigTreeDelegate).
    if (entity.value(u"static"_s).toBool())
        summary.badges << tr("static");
    if (entity.value(u"reserved"_s).toBool())
        summary.badges << tr("reserved");
    if (entity.value(u"hidden"_s).toBool())
        summary.badges << tr("hidden");

    switch (type) {
    case ConfigType::Roles:
        roleSummary(summary, configDocument, name, entity);
        break;
    case ConfigType::RolesMapping:
        mappingSummary(summary, configDocument, name, entity);
        break;
    case ConfigType::InternalUsers:
        userSummary(summary, configDocument, name, entity);
        break;
    case ConfigType::ActionGroups:
        actionGroupSummary(summary, configDocument, name, entity);
        break;
    case ConfigType::Tenants:
        tenantSummary(summary, configDocument, name);
        break;
    default:
        break;
    }
    return summary;
}
