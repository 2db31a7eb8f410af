#include "app/access/AccessImpact.h"

#include <algorithm>

#include <QBitArray>
#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include "app/access/AccessConfig.h"
#include "app/access/ActionPrivileges.h"
#include "app/access/EvaluationContext.h"
#include "app/access/LegacySpecialIndices.h"
#include "app/access/RoleMapper.h"
#include "app/access/TenantPrivileges.h"
#include "app/access/WildcardMatcher.h"
#include "app/domain/ConfigRelations.h"
#include "app/domain/IndexMetadata.h"
#include "app/json/Json.h"

using namespace Qt::StringLiterals;

namespace {

struct AccessImpactText
{
    Q_DECLARE_TR_FUNCTIONS(AccessImpact)
};

// The names a permission list can hold that are action groups or actions: every string of these lists.
QStringList permissionNamesOf(const QJsonObject &role)
{
    QStringList names = Json::strings(role.value(u"cluster_permissions"_s));
    for (const char16_t *list : {u"index_permissions", u"tenant_permissions"}) {
        for (const QJsonValue &entry : role.value(QStringView(list)).toArray())
            names += Json::strings(entry.toObject().value(u"allowed_actions"_s));
    }
    return names;
}

// The action groups that changed, and every group that (through others) lists one of them.
QSet<QString> affectedGroups(const QJsonObject &before, const QJsonObject &after)
{
    QSet<QString> affected = ConfigRelations::changedEntities(before, after, u"actiongroups"_s);
    if (affected.isEmpty())
        return affected;
    QHash<QString, QSet<QString>> listedBy; // group -> groups that list it
    for (const QJsonObject &document : {before, after}) {
        const QJsonObject groups = document.value(u"actiongroups"_s).toObject();
        for (auto it = groups.begin(); it != groups.end(); ++it) {
            for (const QString &member : Json::strings(it->toObject().value(u"allowed_actions"_s)))
                listedBy[member].insert(it.key());
        }
    }
    QStringList queue(affected.cbegin(), affected.cend());
    while (!queue.isEmpty()) {
        for (const QString &group : listedBy.value(queue.takeLast())) {
            if (!affected.contains(group)) {
                affected.insert(group);
                queue << group;
            }
        }
    }
    return affected;
}

AccessUser userOf(const QString &name, const QJsonObject &entity)
{
    AccessUser user;
    user.name = name;
    user.backendRoles = Json::strings(entity.value(u"backend_roles"_s));
    user.securityRoles = Json::strings(entity.value(u"opendistro_security_roles"_s));
    return user;
}

// The plain backend roles (no pattern, no regex) the role mappings of `documents` name, sorted, each once.
QStringList mappedBackendRoles(std::initializer_list<QJsonObject> documents)
{
    QStringList backendRoles;
    for (const QJsonObject &document : documents) {
        const QJsonObject mappings = document.value(u"rolesmapping"_s).toObject();
        for (auto it = mappings.begin(); it != mappings.end(); ++it) {
            for (const QString &role : Json::strings(it->toObject().value(u"backend_roles"_s))) {
                if (!role.isEmpty() && !WildcardMatcher::isPattern(role))
                    backendRoles << role;
            }
        }
    }
    backendRoles.removeDuplicates();
    backendRoles.sort();
    return backendRoles;
}

// Any user holding `role` and nothing else: the subject "backend role X".
AccessUser backendRoleUser(const QString &role)
{
    AccessUser user;
    user.name = u"(any user with backend role %1)"_s.arg(role);
    user.backendRoles = {role};
    return user;
}

constexpr int MaxChangesPerLine = 6; // a subject's changes on one line; the rest counted

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

// What one role grants on its own (before the special indices are taken out): per row the index actions of the
// columns, and the cluster actions. A subject's cells are the union over its roles, as the plugin's check table fills
// a cell from any role.
struct RoleGrants
{
    QHash<int, QBitArray> rows; // row -> granted actions (Side::indexActions), rows with some grant only
    QBitArray cluster;          // granted actions (Side::clusterActions)
};

// One side of the comparison: the configuration with only the roles that matter compiled.
struct Side
{
    QJsonObject document;
    RoleMapper mapper;
    AccessConfig config;
    QSet<QString> existingRoles; // roles defined on this side (a mapping to a missing role grants nothing)
    QList<AccessColumn> columns, clusterColumns;
    QStringList indexActions, clusterActions;
    QList<QBitArray> columnMasks, clusterMasks;
    QSet<int> specialRows; // rows the special-index protection may take out: decided per subject
    QHash<QString, RoleGrants> grants;
    QHash<QString, AccessMatrix> byRoles; // matrices of role sets without per-user patterns
};

// `clusterPermissions`: what every role of both sides names (the sides hold only the roles that matter, and both
// need the same columns).
void prepare(Side &side, const IndexMetadata &metadata, const QStringList &rows, const QStringList &clusterPermissions)
{
    side.columns = AccessMatrices::indexColumns(side.config);
    side.clusterColumns = AccessMatrices::clusterColumns(side.config, clusterPermissions);
    const auto collect = [](const QList<AccessColumn> &columns, QStringList &actions, QList<QBitArray> &masks) {
        for (const AccessColumn &column : columns) {
            for (const QString &action : column.actions) {
                if (!actions.contains(action))
                    actions << action;
            }
        }
        for (const AccessColumn &column : columns) {
            QBitArray mask(actions.size());
            for (const QString &action : column.actions)
                mask.setBit(actions.indexOf(action));
            masks << mask;
        }
    };
    collect(side.columns, side.indexActions, side.columnMasks);
    collect(side.clusterColumns, side.clusterActions, side.clusterMasks);
    const SpecialIndexProtection protection =
        SpecialIndexProtection::forEngine(side.config.dynamic().engine, side.config.settings(), metadata);
    const LegacySpecialIndices legacy(side.config, metadata);
    const bool isLegacy = side.config.dynamic().engine == AccessEngine::Legacy;
    for (int row = 0; row < rows.size(); ++row) {
        const QString &name = rows.at(row);
        if (isLegacy ? legacy.mayDeny(name)
                     : name == protection.universallyDenied || protection.isSystemIndex(name)
                           || (protection.protectedEnabled && protection.protectedIndices.matches(name)))
            side.specialRows.insert(row);
    }
}

const RoleGrants &grantsOf(Side &side, const IndexMetadata &metadata, const QString &role, const QStringList &rows)
{
    if (const auto found = side.grants.constFind(role); found != side.grants.constEnd())
        return *found;
    RoleGrants grants;
    grants.cluster = QBitArray(side.clusterActions.size());
    AccessUser user;
    user.name = u"(role %1)"_s.arg(role);
    EvaluationContext context(user, {role}, metadata, side.config.dynamic().engine);
    if (!rows.isEmpty() && !side.indexActions.isEmpty() && side.config.role(role)) {
        const IndexCheck check =
            ActionPrivileges::index(side.config, context, side.indexActions, rows, SpecialIndexProtection(), false);
        for (int row = 0; row < rows.size(); ++row) {
            const int tableRow = check.table.rowOf(rows.at(row));
            if (tableRow < 0)
                continue;
            QBitArray bits(side.indexActions.size());
            bool any = false;
            for (int action = 0; action < side.indexActions.size(); ++action) {
                if (check.table.isChecked(tableRow, action)) {
                    bits.setBit(action);
                    any = true;
                }
            }
            if (any)
                grants.rows.insert(row, bits);
        }
    }
    for (int action = 0; action < side.clusterActions.size() && side.config.role(role); ++action) {
        if (ActionPrivileges::cluster(side.config, context, side.clusterActions.at(action)).allowed)
            grants.cluster.setBit(action);
    }
    return *side.grants.insert(role, grants);
}

bool perUser(const AccessConfig &config, const QStringList &roles)
{
    for (const QString &name : roles) {
        const CompiledRole *role = config.role(name);
        if (!role)
            continue;
        for (const CompiledIndexPermission &permission : role->indexPermissions) {
            if (permission.pattern.hasDynamic())
                return true;
        }
        for (const CompiledTenantPermission &permission : role->tenantPermissions) {
            if (std::any_of(permission.matchers.cbegin(), permission.matchers.cend(),
                            [](const auto &matcher) { return !matcher.has_value(); }))
                return true;
        }
    }
    return false;
}

AccessCell tallied(const QBitArray &granted, const QBitArray &mask, const QStringList &roles,
                   const std::function<bool(const QString &)> &grantsSome)
{
    AccessCell cell;
    const qsizetype count = (granted & mask).count(true), of = mask.count(true);
    cell.access = count == 0 ? CellAccess::None : count == of ? CellAccess::Full : CellAccess::Partial;
    if (count > 0) {
        for (const QString &role : roles) {
            if (grantsSome(role))
                cell.roles << role;
        }
    }
    return cell;
}

// The subject's matrix as the union of what its roles grant (the special rows decided for the subject as a whole).
AccessMatrix unionMatrix(Side &side, const IndexMetadata &metadata, const AccessSubject &subject,
                         const QStringList &roles, const QStringList &rows)
{
    AccessMatrix matrix;
    matrix.subject = subject;
    matrix.mappedRoles = roles;
    matrix.rows = rows;
    matrix.columns = side.columns;
    matrix.clusterColumns = side.clusterColumns;
    matrix.cells.resize(rows.size() * side.columns.size());
    matrix.restrictions.fill(NoRestriction, rows.size());
    for (const QString &role : roles)
        grantsOf(side, metadata, role, rows); // every role computed first: an insertion may move the others
    QList<const RoleGrants *> grants;
    for (const QString &role : roles)
        grants << &*side.grants.constFind(role);
    QHash<int, QBitArray> granted;
    QBitArray cluster(side.clusterActions.size());
    for (const RoleGrants *role : std::as_const(grants)) {
        for (auto it = role->rows.cbegin(); it != role->rows.cend(); ++it) {
            QBitArray &bits = granted[it.key()];
            bits = bits.isEmpty() ? *it : bits | *it;
        }
        cluster |= role->cluster;
    }
    bool special = false;
    for (auto it = granted.cbegin(); it != granted.cend(); ++it) {
        special = special || side.specialRows.contains(it.key());
        for (int column = 0; column < side.columns.size(); ++column) {
            const QBitArray &mask = side.columnMasks.at(column);
            matrix.cells[it.key() * side.columns.size() + column] = tallied(*it, mask, roles, [&](const QString &role) {
                const QBitArray bits = grants.at(roles.indexOf(role))->rows.value(it.key());
                return !bits.isEmpty() && (bits & mask).count(true) > 0;
            });
        }
    }
    for (int column = 0; column < side.clusterColumns.size(); ++column) {
        const QBitArray &mask = side.clusterMasks.at(column);
        matrix.cluster << tallied(cluster, mask, roles, [&](const QString &role) {
            return (grants.at(roles.indexOf(role))->cluster & mask).count(true) > 0;
        });
    }
    AccessUser user;
    user.name = u"(roles)"_s;
    EvaluationContext context(user, roles, metadata, side.config.dynamic().engine);
    matrix.tenants = TenantPrivileges::tenantMap(side.config, context);
    matrix.tenants.remove(user.name);
    // Rows the special-index protection may take out: decided for the subject as a whole.
    if (special) {
        QList<int> specialRows(side.specialRows.cbegin(), side.specialRows.cend());
        std::sort(specialRows.begin(), specialRows.end());
        QStringList names;
        for (const int row : std::as_const(specialRows))
            names << rows.at(row);
        const AccessMatrix exact = AccessMatrices::compute(side.config, metadata, subject, names, side.clusterColumns);
        for (int i = 0; i < specialRows.size(); ++i) {
            for (int column = 0; column < side.columns.size(); ++column)
                matrix.cells[specialRows.at(i) * side.columns.size() + column] = exact.cell(i, column);
        }
    }
    return matrix;
}

// `roles`: the subject's roles defined on this side, sorted.
AccessMatrix matrixOf(Side &side, const IndexMetadata &metadata, const AccessSubject &subject, const QStringList &roles,
                      const QStringList &rows)
{
    if (perUser(side.config, roles)) {
        AccessMatrix matrix = AccessMatrices::compute(side.config, metadata, subject, rows, side.clusterColumns);
        if (subject.kind == AccessSubject::Kind::InternalUser)
            matrix.tenants.remove(subject.name); // the private tenant: the user's own, whatever the roles
        return matrix;
    }
    const QString key = roles.join(u'\n');
    auto found = side.byRoles.constFind(key);
    if (found == side.byRoles.constEnd())
        found = side.byRoles.insert(key, unionMatrix(side, metadata, subject, roles, rows));
    AccessMatrix matrix = *found;
    matrix.subject = subject;
    return matrix;
}

void compareCells(const AccessSubject &subject, const AccessChange::Area area, const QString &resource,
                  const QString &group, const AccessCell &before, const AccessCell &after, QList<AccessChange> &changes)
{
    if (before.access == after.access)
        return;
    AccessChange change;
    change.subject = subject;
    change.area = area;
    change.resource = resource;
    change.group = group;
    change.before = before.access;
    change.after = after.access;
    change.roles = change.gained() ? after.roles : before.roles;
    changes << change;
}

CellAccess tenantAccess(const QMap<QString, bool> &tenants, const QString &tenant)
{
    const auto found = tenants.constFind(tenant);
    return found == tenants.constEnd() ? CellAccess::None : *found ? CellAccess::Full : CellAccess::Partial;
}

// Every cell either side has (a side may be a user that does not exist there: no cells at all).
void compareMatrices(const AccessMatrix &before, const AccessMatrix &after, QList<AccessChange> &changes)
{
    const AccessSubject &subject = after.subject;
    const auto indexCells = [](const AccessMatrix &matrix) {
        QMap<std::pair<QString, QString>, AccessCell> cells; // (row, group) -> cell
        for (int row = 0; row < matrix.rows.size(); ++row) {
            for (int column = 0; column < matrix.columns.size(); ++column)
                cells.insert({matrix.rows.at(row), matrix.columns.at(column).group}, matrix.cell(row, column));
        }
        return cells;
    };
    const auto clusterCells = [](const AccessMatrix &matrix) {
        QMap<QString, AccessCell> cells;
        for (int column = 0; column < matrix.clusterColumns.size(); ++column)
            cells.insert(matrix.clusterColumns.at(column).group, matrix.cluster.value(column));
        return cells;
    };
    // The usual case: both sides computed over the same rows and columns (or one side is nobody): cell by cell.
    const auto sameColumns = [](const QList<AccessColumn> &a, const QList<AccessColumn> &b) {
        return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                          [](const AccessColumn &x, const AccessColumn &y) { return x.group == y.group; });
    };
    const bool beforeEmpty = before.cells.isEmpty(), afterEmpty = after.cells.isEmpty();
    const AccessMatrix &shaped = afterEmpty ? before : after;
    if ((beforeEmpty || afterEmpty || (before.rows == after.rows && sameColumns(before.columns, after.columns)))
        && !(beforeEmpty && afterEmpty)) {
        const AccessCell none;
        for (int row = 0; row < shaped.rows.size(); ++row) {
            for (int column = 0; column < shaped.columns.size(); ++column) {
                const AccessCell &was = beforeEmpty ? none : before.cell(row, column);
                const AccessCell &now = afterEmpty ? none : after.cell(row, column);
                if (was.access != now.access)
                    compareCells(subject, AccessChange::Area::Index, shaped.rows.at(row),
                                 shaped.columns.at(column).group, was, now, changes);
            }
        }
    } else {
        const auto was = indexCells(before), now = indexCells(after);
        // In the rows' order (patterns, then indices), each row's groups in column order.
        for (const QString &row : shaped.rows) {
            for (const AccessColumn &column : shaped.columns)
                compareCells(subject, AccessChange::Area::Index, row, column.group, was.value({row, column.group}),
                             now.value({row, column.group}), changes);
        }
    }
    const auto clusterWas = clusterCells(before), clusterNow = clusterCells(after);
    QStringList clusterGroups; // the after side's columns, then any only the before side has
    for (const AccessMatrix *matrix : {&after, &before}) {
        for (const AccessColumn &column : matrix->clusterColumns) {
            if (!clusterGroups.contains(column.group))
                clusterGroups << column.group;
        }
    }
    for (const QString &group : std::as_const(clusterGroups))
        compareCells(subject, AccessChange::Area::Cluster, {}, group, clusterWas.value(group), clusterNow.value(group),
                     changes);
    QStringList tenants = before.tenants.keys() + after.tenants.keys();
    tenants.removeDuplicates();
    tenants.sort();
    for (const QString &tenant : std::as_const(tenants)) {
        AccessCell tenantWas, tenantNow;
        tenantWas.access = tenantAccess(before.tenants, tenant);
        tenantNow.access = tenantAccess(after.tenants, tenant);
        compareCells(subject, AccessChange::Area::Tenant, tenant, {}, tenantWas, tenantNow, changes);
    }
}

} // namespace

QString AccessChange::text() const
{
    if (area == Area::Tenant) {
        const auto level = [](CellAccess access) { return access == CellAccess::Full ? u"read-write"_s : u"read"_s; };
        if (before == CellAccess::None)
            return AccessImpactText::tr("gains %1 on tenant %2").arg(level(after), resource);
        if (after == CellAccess::None)
            return AccessImpactText::tr("loses %1 on tenant %2").arg(level(before), resource);
        return AccessImpactText::tr("%1 instead of %2 on tenant %3").arg(level(after), level(before), resource);
    }
    const QString where = area == Area::Cluster ? AccessImpactText::tr("the cluster") : resource;
    if (gained())
        return after == CellAccess::Full
                   ? (before == CellAccess::None ? AccessImpactText::tr("gains %1 on %2").arg(group, where)
                                                 : AccessImpactText::tr("gains all of %1 on %2").arg(group, where))
                   : AccessImpactText::tr("gains part of %1 on %2").arg(group, where);
    return after == CellAccess::None
               ? (before == CellAccess::Full ? AccessImpactText::tr("loses %1 on %2").arg(group, where)
                                             : AccessImpactText::tr("loses what it had of %1 on %2").arg(group, where))
               : AccessImpactText::tr("loses part of %1 on %2").arg(group, where);
}

QList<AccessSubject> AccessChanges::subjects(std::optional<bool> gained) const
{
    QList<AccessSubject> subjects;
    QSet<std::pair<int, QString>> seen; // a change reaching every user lists tens of thousands
    const AccessSubject *previous = nullptr;
    for (const AccessChange &change : changes) {
        if ((gained && change.gained() != *gained) || (previous && *previous == change.subject))
            continue; // the changes come by subject: most repeat the one before
        previous = &change.subject;
        if (!seen.contains({int(change.subject.kind), change.subject.name})) {
            seen.insert({int(change.subject.kind), change.subject.name});
            subjects << change.subject;
        }
    }
    return subjects;
}

QStringList AccessChanges::lines(int maxSubjectsPerLine) const
{
    if (changes.isEmpty())
        return {AccessImpactText::tr("No access changes")};
    // Each subject's changes as text, then subjects with the same text on one line, in first-seen order.
    QList<std::pair<QString, QStringList>> groups; // text -> subjects
    QHash<QString, qsizetype> groupOf;             // text -> its group
    QList<AccessSubject> order;
    QHash<QString, QStringList> texts; // subject display -> its change texts
    for (const AccessChange &change : changes) {
        const QString subject = change.subject.displayText();
        if (!texts.contains(subject))
            order << change.subject;
        const QString roles = change.roles.isEmpty()
                                  ? QString()
                                  : u" ("_s + AccessImpactText::tr("role %1").arg(change.roles.join(u", "_s)) + u')';
        texts[subject] << change.text() + roles;
    }
    for (const AccessSubject &subject : std::as_const(order)) {
        const QStringList all = texts.value(subject.displayText());
        QString text = all.mid(0, MaxChangesPerLine).join(u"; "_s);
        if (all.size() > MaxChangesPerLine)
            text += u"; "_s + AccessImpactText::tr("and %n more", nullptr, int(all.size() - MaxChangesPerLine));
        const auto group = groupOf.constFind(text);
        if (group == groupOf.constEnd()) {
            groupOf.insert(text, groups.size());
            groups.append({text, {subject.displayText()}});
        } else {
            groups[*group].second << subject.displayText();
        }
    }
    QStringList result;
    for (const auto &[text, subjects] : std::as_const(groups)) {
        QString who = subjects.mid(0, maxSubjectsPerLine).join(u", "_s);
        if (subjects.size() > maxSubjectsPerLine)
            who += u' ' + AccessImpactText::tr("(and %n more)", nullptr, int(subjects.size() - maxSubjectsPerLine));
        result << who + u": "_s + text;
    }
    return result + notes;
}

QJsonArray AccessChanges::toJson() const
{
    QJsonArray subjects;
    QJsonObject current;
    QJsonArray currentChanges;
    const auto flush = [&] {
        if (current.isEmpty())
            return;
        current.insert(u"changes"_s, currentChanges);
        subjects.append(current);
        current = {};
        currentChanges = {};
    };
    static const char16_t *areas[] = {u"index", u"cluster", u"tenant"};
    for (const AccessChange &change : changes) {
        if (current.value(u"subject"_s).toString() != change.subject.name
            || current.value(u"kind"_s).toString() != change.subject.kindName()) {
            flush();
            current = {{u"subject"_s, change.subject.name}, {u"kind"_s, change.subject.kindName()}};
        }
        const auto level = [&](CellAccess access) {
            if (change.area != AccessChange::Area::Tenant)
                return CellAccesses::name(access);
            return access == CellAccess::None ? u"none"_s : access == CellAccess::Full ? u"read-write"_s : u"read"_s;
        };
        QJsonObject entry {{u"area"_s, QString::fromUtf16(areas[int(change.area)])},
                           {u"before"_s, level(change.before)},
                           {u"after"_s, level(change.after)},
                           {u"roles"_s, QJsonArray::fromStringList(change.roles)}};
        if (!change.resource.isEmpty())
            entry.insert(u"resource"_s, change.resource);
        if (!change.group.isEmpty())
            entry.insert(u"group"_s, change.group);
        currentChanges.append(entry);
    }
    flush();
    return subjects;
}

AccessChanges AccessImpact::compare(const QJsonObject &before, const QJsonObject &after, const NodeSettings &settings,
                                    const IndexMetadata &metadata, const std::function<bool()> &cancelled)
{
    AccessChanges result;
    const QSet<QString> changedRoles = ConfigRelations::changedEntities(before, after, u"roles"_s);
    const QSet<QString> changedMappings = ConfigRelations::changedEntities(before, after, u"rolesmapping"_s);
    const QSet<QString> changedUsers = ConfigRelations::changedEntities(before, after, u"internalusers"_s);
    const QSet<QString> changedTenants = ConfigRelations::changedEntities(before, after, u"tenants"_s);
    const QSet<QString> groups = affectedGroups(before, after);
    if (before.value(u"config"_s) != after.value(u"config"_s))
        result.notes << AccessImpactText::tr(
            "The security configuration (config) changed too: what its settings do to access "
            "(authentication, the evaluation engine, multitenancy) is not compared here.");
    if (changedRoles.isEmpty() && changedMappings.isEmpty() && changedUsers.isEmpty() && changedTenants.isEmpty()
        && groups.isEmpty())
        return result;

    // The roles whose grants may differ: changed ones, those using a changed action group, and (when tenants
    // changed) those with tenant permissions.
    QSet<QString> affectedRoles = changedRoles;
    for (const QJsonObject &document : {before, after}) {
        const QJsonObject roles = document.value(u"roles"_s).toObject();
        for (auto it = roles.begin(); it != roles.end(); ++it) {
            const QJsonObject role = it->toObject();
            if (!changedTenants.isEmpty() && !role.value(u"tenant_permissions"_s).toArray().isEmpty())
                affectedRoles.insert(it.key());
            else if (!groups.isEmpty()) {
                const QStringList names = permissionNamesOf(role);
                if (std::any_of(names.cbegin(), names.cend(), [&](const QString &n) { return groups.contains(n); }))
                    affectedRoles.insert(it.key());
            }
        }
    }

    Side sides[2];
    sides[0].document = before;
    sides[1].document = after;
    for (Side &side : sides) {
        side.mapper = RoleMapper(side.document.value(u"rolesmapping"_s).toObject(), settings.roleMappingResolution());
        const QStringList defined = side.document.value(u"roles"_s).toObject().keys();
        side.existingRoles = toSet(defined);
    }

    // The subjects the change can reach: their roles differ, or one of them is affected.
    struct Candidate
    {
        AccessSubject subject;
        QSet<QString> roles[2];
        bool exists[2] = {true, true}; // an internal user added or removed by the change exists on one side only
    };
    QList<Candidate> candidates;
    QSet<QString> neededRoles, rowRoles = affectedRoles;
    // Users the mappings name by the same entries, with the same backend and security roles, get the same roles.
    // A mapping of a role that exists on neither side grants nothing: without others, both sides map alike.
    const bool sameMapping = std::none_of(changedMappings.cbegin(), changedMappings.cend(), [&](const QString &role) {
        return sides[0].existingRoles.contains(role) || sides[1].existingRoles.contains(role);
    });
    // What the mapping of a user depends on: the users entries that name it, its backend and security roles.
    const auto keyOf = [&](int side, const AccessUser &user) -> QString {
        return sides[sameMapping ? 0 : side].mapper.userEntriesKey(user.name) + u'\x1e'
               + user.backendRoles.join(u'\x1f') + u'\x1e' + user.securityRoles.join(u'\x1f');
    };
    struct Mapped
    {
        QSet<QString> roles[2];
        bool reached = false;
    };
    QHash<QString, Mapped> mappedByKey; // users with the same keys on both sides are mapped (and reached) alike
    const auto consider = [&](const AccessSubject &subject, const AccessUser users[2], const QString keys[2],
                              const bool exists[2]) {
        const QString key = QString::number(int(exists[0]) + 2 * int(exists[1])) + keys[0] + u'\x1d' + keys[1];
        auto found = mappedByKey.constFind(key);
        if (found == mappedByKey.constEnd()) {
            Mapped mapped;
            for (int side = 0; side < 2; ++side) {
                if (exists[side])
                    mapped.roles[side] =
                        toSet(sides[sameMapping ? 0 : side].mapper.mapNames(users[side])) & sides[side].existingRoles;
            }
            mapped.reached = mapped.roles[0] != mapped.roles[1] || mapped.roles[0].intersects(affectedRoles)
                             || mapped.roles[1].intersects(affectedRoles);
            if (mapped.reached) {
                neededRoles += mapped.roles[0] + mapped.roles[1];
                rowRoles += (mapped.roles[0] - mapped.roles[1]) + (mapped.roles[1] - mapped.roles[0]);
            }
            found = mappedByKey.insert(key, mapped);
        }
        if (found->reached)
            candidates << Candidate {subject, {found->roles[0], found->roles[1]}, {exists[0], exists[1]}};
    };
    QStringList userNames =
        before.value(u"internalusers"_s).toObject().keys() + after.value(u"internalusers"_s).toObject().keys();
    userNames.removeDuplicates();
    userNames.sort();
    const QJsonObject usersBefore = before.value(u"internalusers"_s).toObject();
    const QJsonObject usersAfter = after.value(u"internalusers"_s).toObject();
    for (const QString &name : std::as_const(userNames)) {
        const QJsonValue was = usersBefore.value(name), now = usersAfter.value(name);
        const bool exists[2] {!was.isUndefined(), !now.isUndefined()};
        const bool same = was == now;
        const AccessUser user = userOf(name, was.toObject());
        const AccessUser users[2] {user, same ? user : userOf(name, now.toObject())};
        const QString key = keyOf(0, user);
        const QString keys[2] {key, same && sameMapping ? key : keyOf(1, users[1])};
        consider({AccessSubject::Kind::InternalUser, name}, users, keys, exists);
    }
    for (const QString &role : mappedBackendRoles({before, after})) {
        const AccessUser user = backendRoleUser(role);
        const AccessUser users[2] {user, user};
        const bool exists[2] {true, true};
        const QString keys[2] {keyOf(0, user), keyOf(1, user)};
        consider({AccessSubject::Kind::BackendRole, role}, users, keys, exists);
    }
    if (candidates.isEmpty())
        return result;

    // Compile each side with only the roles the candidates hold, and the tenants those roles' tenant patterns can
    // reach (global_tenant always: the legacy engine may grant it without a pattern).
    QStringList tenantPatterns;
    for (const Side &side : sides) {
        const QJsonObject roles = side.document.value(u"roles"_s).toObject();
        for (const QString &role : std::as_const(neededRoles)) {
            for (const QJsonValue &entry : roles.value(role).toObject().value(u"tenant_permissions"_s).toArray())
                tenantPatterns += Json::strings(entry.toObject().value(u"tenant_patterns"_s));
        }
    }
    const bool everyTenant = std::any_of(tenantPatterns.cbegin(), tenantPatterns.cend(),
                                         [](const QString &pattern) { return pattern.contains(u"${"_s); });
    const WildcardMatcher tenantMatcher = WildcardMatcher::compileLenient(tenantPatterns);
    for (Side &side : sides) {
        const QJsonObject roles = side.document.value(u"roles"_s).toObject();
        QJsonObject kept;
        for (const QString &role : std::as_const(neededRoles)) {
            if (const auto found = roles.constFind(role); found != roles.constEnd())
                kept.insert(role, *found);
        }
        QJsonObject reduced = side.document;
        reduced.insert(u"roles"_s, kept);
        if (!everyTenant) {
            const QJsonObject tenants = side.document.value(u"tenants"_s).toObject();
            QJsonObject reached;
            for (auto it = tenants.begin(); it != tenants.end(); ++it) {
                if (it.key() == u"global_tenant"_s || tenantMatcher.matches(it.key()))
                    reached.insert(it.key(), *it);
            }
            reduced.insert(u"tenants"_s, reached);
        }
        side.config = AccessConfig::compile(reduced, settings);
    }
    // The rows: every index pattern the configurations name, and the known names they reach, where a pattern of a
    // role whose grants changed for someone reaches them (elsewhere nothing can differ).
    QStringList changedPatterns;
    for (const QJsonObject &document : {before, after}) {
        const QJsonObject roles = document.value(u"roles"_s).toObject();
        for (const QString &role : std::as_const(rowRoles))
            changedPatterns += AccessMatrices::indexPatterns(roles.value(role).toObject());
    }
    const WildcardMatcher reached = WildcardMatcher::compileLenient(changedPatterns);
    QStringList rows;
    QSet<QString> seen;
    for (const QJsonObject &document : {before, after}) {
        const QJsonObject roles = document.value(u"roles"_s).toObject();
        for (auto it = roles.begin(); it != roles.end(); ++it) {
            for (const QString &pattern : AccessMatrices::indexPatterns(it->toObject())) {
                if (!seen.contains(pattern) && reached.matches(pattern)) {
                    seen.insert(pattern);
                    rows << pattern;
                }
            }
        }
    }
    rows.sort();
    QStringList known;
    for (const QStringList &names : {metadata.indexNames(), metadata.aliasNames(), metadata.dataStreamNames()}) {
        for (const QString &name : names) {
            if (!seen.contains(name) && reached.matches(name)) {
                seen.insert(name);
                known << name;
            }
        }
    }
    known.sort();
    rows += known;
    QStringList clusterPermissions;
    for (const QJsonObject &document : {before, after}) {
        const QJsonObject roles = document.value(u"roles"_s).toObject();
        for (auto it = roles.begin(); it != roles.end(); ++it)
            clusterPermissions += Json::strings(it->toObject().value(u"cluster_permissions"_s));
    }
    clusterPermissions.removeDuplicates();
    for (Side &side : sides)
        prepare(side, metadata, rows, clusterPermissions);

    // Subjects with the same roles on both sides (and no per-user pattern among them) change alike.
    QHash<QString, QList<AccessChange>> byRoles;
    for (const Candidate &candidate : std::as_const(candidates)) {
        if (cancelled && cancelled()) {
            result.notes << AccessImpactText::tr("Stopped before every subject was compared.");
            break;
        }
        QStringList roles[2];
        QString key;
        bool shared = true;
        for (int index = 0; index < 2; ++index) {
            roles[index] = QStringList(candidate.roles[index].cbegin(), candidate.roles[index].cend());
            roles[index].sort();
            key += (candidate.exists[index] ? u"+"_s : u"-"_s) + roles[index].join(u'\n') + u'\x1f';
            shared = shared && !perUser(sides[index].config, roles[index]);
        }
        if (const auto found = byRoles.constFind(key); shared && found != byRoles.constEnd()) {
            for (AccessChange change : *found) {
                change.subject = candidate.subject;
                result.changes << change;
            }
            ++result.subjectsCompared;
            continue;
        }
        const auto side = [&](int index) {
            if (candidate.exists[index])
                return matrixOf(sides[index], metadata, candidate.subject, roles[index], rows);
            AccessMatrix nothing; // a user that is not there has no access
            nothing.subject = candidate.subject;
            return nothing;
        };
        QList<AccessChange> changes;
        compareMatrices(side(0), side(1), changes);
        if (shared)
            byRoles.insert(key, changes);
        result.changes += changes;
        ++result.subjectsCompared;
    }
    return result;
}

QStringList RoleReach::lines(int maxHolders) const
{
    QStringList lines;
    if (isEmpty()) {
        lines << AccessImpactText::tr("Nobody holds %1: no one's access changes.").arg(roles.join(u", "_s));
        return lines;
    }
    lines << AccessImpactText::tr("%n subject(s) hold these roles; only their access can change:", nullptr,
                                  int(holders.size()));
    for (qsizetype i = 0; i < holders.size() && i < maxHolders; ++i)
        lines << AccessImpactText::tr("%1 (%2)").arg(holders.at(i).subject.displayText(),
                                                     holders.at(i).roles.join(u", "_s));
    if (holders.size() > maxHolders)
        lines << AccessImpactText::tr("and %n more", nullptr, int(holders.size() - maxHolders));
    for (const QString &entry : unlisted)
        lines << AccessImpactText::tr("and users SecDesk cannot list: %1").arg(entry);
    return lines;
}

QJsonObject RoleReach::toJson() const
{
    QJsonArray array;
    for (const RoleHolder &holder : holders)
        array << QJsonObject {{u"subject"_s, holder.subject.name},
                              {u"kind"_s, holder.subject.kindName()},
                              {u"roles"_s, QJsonArray::fromStringList(holder.roles)}};
    return {{u"roles"_s, QJsonArray::fromStringList(roles)},
            {u"holders"_s, array},
            {u"unlisted"_s, QJsonArray::fromStringList(unlisted)}};
}

RoleReach AccessImpact::reach(const QJsonObject &document, const NodeSettings &settings, const QStringList &roles)
{
    RoleReach reach;
    reach.roles = roles;
    const QSet<QString> asked = toSet(roles);
    const QJsonObject mappings = document.value(u"rolesmapping"_s).toObject();
    const QJsonObject users = document.value(u"internalusers"_s).toObject();
    const RoleMapper mapper(mappings, settings.roleMappingResolution());
    const auto holds = [&](const AccessSubject &subject, const AccessUser &user) {
        QStringList held;
        for (const QString &role : mapper.mapNames(user)) {
            if (asked.contains(role) && !held.contains(role))
                held << role;
        }
        if (!held.isEmpty()) {
            held.sort();
            reach.holders << RoleHolder {subject, held};
        }
    };
    for (auto it = users.begin(); it != users.end(); ++it)
        holds({AccessSubject::Kind::InternalUser, it.key()}, userOf(it.key(), it->toObject()));
    const auto isPattern = [](const QString &text) { return WildcardMatcher::isPattern(text) || text.isEmpty(); };
    for (const QString &role : mappedBackendRoles({document}))
        holds({AccessSubject::Kind::BackendRole, role}, backendRoleUser(role));
    QStringList sorted = roles;
    sorted.sort();
    for (const QString &role : std::as_const(sorted)) {
        const QJsonObject mapping = mappings.value(role).toObject();
        QStringList entries;
        for (const QString &user : Json::strings(mapping.value(u"users"_s))) {
            if (isPattern(user) || !users.contains(user))
                entries << AccessImpactText::tr("users %1").arg(user);
        }
        for (const QString &backendRole : Json::strings(mapping.value(u"backend_roles"_s))) {
            if (isPattern(backendRole))
                entries << AccessImpactText::tr("backend roles %1").arg(backendRole);
        }
        for (const QString &host : Json::strings(mapping.value(u"hosts"_s)))
            entries << AccessImpactText::tr("hosts %1").arg(host);
        const QStringList all = Json::strings(mapping.value(u"and_backend_roles"_s));
        if (!all.isEmpty())
            entries << AccessImpactText::tr("and_backend_roles %1").arg(all.join(u", "_s));
        if (!entries.isEmpty())
            reach.unlisted << u"roles/%1: %2"_s.arg(role, entries.join(u"; "_s));
    }
    return reach;
}
