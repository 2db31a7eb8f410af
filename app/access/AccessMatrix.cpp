#include "app/access/AccessMatrix.h"

#include <QBitArray>
#include <QHash>
#include <QJsonArray>
#include <QSet>

#include "app/access/AccessConfig.h"
#include "app/access/ActionCatalogue.h"
#include "app/access/ActionPrivileges.h"
#include "app/access/DlsFls.h"
#include "app/access/EvaluationContext.h"
#include "app/access/IndexResolver.h"
#include "app/access/LegacySpecialIndices.h"
#include "app/access/TenantPrivileges.h"
#include "app/access/WildcardMatcher.h"
#include "app/domain/IndexMetadata.h"

using namespace Qt::StringLiterals;

namespace {

// The plugin's static action groups an administrator reads access in, broadest last.
const QStringList IndexGroups {u"read"_s,           u"search"_s,          u"get"_s,    u"write"_s,
                               u"index"_s,          u"delete"_s,          u"crud"_s,   u"create_index"_s,
                               u"manage_aliases"_s, u"indices_monitor"_s, u"manage"_s, u"indices_all"_s};
const QStringList ClusterGroups {
    u"cluster_monitor"_s,  u"cluster_composite_ops_ro"_s,       u"cluster_composite_ops"_s,
    u"manage_snapshots"_s, u"cluster_manage_index_templates"_s, u"cluster_manage_pipelines"_s,
    u"cluster_all"_s};

QList<AccessColumn> columns(const AccessConfig &config, const QStringList &groups, bool cluster)
{
    const AccessEngine engine = config.dynamic().engine;
    QStringList candidates;
    for (const ActionCatalogue::ActionInfo &action : ActionCatalogue::catalogue()) {
        const bool isCluster = ActionCatalogue::isClusterAction(action.name, engine, config.settings());
        if (isCluster == cluster && (cluster || action.name.startsWith(u"indices:"_s)))
            candidates << action.name;
    }
    QList<AccessColumn> result;
    for (const QString &group : groups) {
        if (!config.actionGroups().contains(group))
            continue;
        const WildcardMatcher matcher = WildcardMatcher::compileLenient(config.actionGroups().resolve({group}));
        AccessColumn column {group, {}};
        for (const QString &action : std::as_const(candidates)) {
            if (matcher.matches(action))
                column.actions << action;
        }
        if (!column.actions.isEmpty())
            result << column;
    }
    return result;
}

AccessUser userOf(const AccessConfig &config, const AccessSubject &subject)
{
    AccessUser user;
    switch (subject.kind) {
    case AccessSubject::Kind::InternalUser:
        if (const auto internal = config.userFromInternalUsers(subject.name))
            return *internal;
        user.name = subject.name;
        break;
    case AccessSubject::Kind::BackendRole:
        user.name = u"(any user with backend role %1)"_s.arg(subject.name);
        user.backendRoles = {subject.name};
        break;
    case AccessSubject::Kind::Role:
        user.name = u"(role %1)"_s.arg(subject.name);
        break;
    }
    return user;
}

void addRole(AccessCell &cell, const Grant *grant)
{
    if (grant && !cell.roles.contains(grant->role))
        cell.roles << grant->role;
}

AccessCell tally(int granted, int of, AccessCell cell)
{
    cell.access = granted == 0 ? CellAccess::None : granted == of ? CellAccess::Full : CellAccess::Partial;
    cell.roles.sort();
    return cell;
}

// The legacy engine's special-index evaluators run before its check table: per row that they can deny (all indices,
// the security index, system and protected indices, patterns reaching them), the actions they deny to this subject,
// each asked as a request of that action on the row alone. Empty for V4, which folds them into the table.
QHash<int, QBitArray> legacyDenials(const AccessConfig &config, const IndexMetadata &metadata,
                                    EvaluationContext &context, const QStringList &rows, const QStringList &actions)
{
    QHash<int, QBitArray> denied;
    if (config.dynamic().engine != AccessEngine::Legacy)
        return denied;
    const LegacySpecialIndices special(config, metadata);
    for (int row = 0; row < rows.size(); ++row) {
        const QString &name = rows.at(row);
        if (!special.mayDeny(name))
            continue;
        const bool localAll = name == u"*"_s || name == u"_all"_s;
        const QStringList names =
            metadata.isEmpty() ? QStringList {name} : IndexResolver::legacy({name}, metadata).names;
        QBitArray bits(actions.size());
        for (int action = 0; action < actions.size(); ++action) {
            QStringList requested = names;
            if (special.check(context, actions.at(action), localAll, requested).denied)
                bits.setBit(action);
        }
        if (bits.count(true) > 0)
            denied.insert(row, bits);
    }
    return denied;
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

} // namespace

QString CellAccesses::name(CellAccess access)
{
    switch (access) {
    case CellAccess::Full:
        return u"full"_s;
    case CellAccess::Partial:
        return u"partial"_s;
    case CellAccess::None:
        break;
    }
    return u"none"_s;
}

QString AccessSubject::displayText() const
{
    switch (kind) {
    case Kind::InternalUser:
        return u"user "_s + name;
    case Kind::BackendRole:
        return u"backend role "_s + name;
    case Kind::Role:
        break;
    }
    return u"role "_s + name;
}

QString AccessSubject::kindName() const
{
    switch (kind) {
    case Kind::InternalUser:
        return u"internal_user"_s;
    case Kind::BackendRole:
        return u"backend_role"_s;
    case Kind::Role:
        break;
    }
    return u"role"_s;
}

QList<AccessColumn> AccessMatrices::indexColumns(const AccessConfig &config)
{
    return columns(config, IndexGroups, false);
}

QList<AccessColumn> AccessMatrices::clusterColumns(const AccessConfig &config)
{
    QStringList permissions;
    for (const QString &name : config.roleNames())
        permissions += config.role(name)->clusterPermissions;
    return clusterColumns(config, permissions);
}

QList<AccessColumn> AccessMatrices::clusterColumns(const AccessConfig &config, const QStringList &permissions)
{
    QList<AccessColumn> result = columns(config, ClusterGroups, true);
    // What the static groups cover: their actions, and the patterns they expand to.
    QSet<QString> covered;
    for (const AccessColumn &column : std::as_const(result)) {
        for (const QString &name : config.actionGroups().resolve({column.group}))
            covered.insert(name);
        for (const QString &action : column.actions)
            covered.insert(action);
    }
    QStringList named;
    for (const QString &name : config.actionGroups().resolve(permissions)) {
        // An action or action pattern ("cluster:...", "restapi:..."): a name without a colon is an action group
        // that does not exist (it grants nothing), an index action only as the engine takes it for a cluster one.
        const bool cluster = name.contains(u':')
                             && (!name.startsWith(u"indices:"_s)
                                 || ActionCatalogue::isClusterAction(name, config.dynamic().engine, config.settings()));
        if (cluster && name != u"*"_s && !name.isEmpty() && !config.actionGroups().contains(name)
            && !covered.contains(name) && !named.contains(name))
            named << name;
    }
    named.sort();
    for (const QString &name : std::as_const(named))
        result << AccessColumn {name, {name}};
    return result;
}

QStringList AccessMatrices::indexPatterns(const QJsonObject &role)
{
    QStringList patterns;
    for (const QJsonValue &entry : role.value(u"index_permissions"_s).toArray()) {
        for (const QJsonValue &pattern : entry.toObject().value(u"index_patterns"_s).toArray()) {
            const QString text = pattern.toString();
            if (!text.isEmpty() && !text.contains(u"${"_s))
                patterns << text;
        }
    }
    return patterns;
}

QStringList AccessMatrices::rows(const AccessConfig &config, const IndexMetadata &metadata, const QStringList &roles,
                                 int limit)
{
    QStringList patterns;
    QSet<QString> seen;
    for (const QString &role : roles.isEmpty() ? config.roleNames() : roles) {
        for (const QString &pattern : indexPatterns(config.rawRole(role))) {
            if (!seen.contains(pattern)) {
                seen.insert(pattern);
                patterns << pattern;
            }
        }
    }
    patterns.sort();
    const WildcardMatcher matcher = WildcardMatcher::compileLenient(patterns);
    QStringList known;
    for (const QStringList &names : {metadata.indexNames(), metadata.aliasNames(), metadata.dataStreamNames()}) {
        for (const QString &name : names) {
            if (known.size() >= limit)
                break;
            if (!seen.contains(name) && matcher.matches(name)) {
                seen.insert(name);
                known << name;
            }
        }
    }
    known.sort();
    return patterns + known;
}

QStringList AccessMatrices::mappedRoles(const AccessConfig &config, const AccessSubject &subject)
{
    if (subject.kind == AccessSubject::Kind::Role)
        return {subject.name};
    return config.mapper().mapNames(userOf(config, subject));
}

AccessMatrix AccessMatrices::compute(const AccessConfig &config, const IndexMetadata &metadata,
                                     const AccessSubject &subject, const QStringList &rows,
                                     const std::optional<QList<AccessColumn>> &clusterColumns)
{
    AccessMatrix matrix;
    matrix.subject = subject;
    matrix.rows = rows;
    matrix.columns = indexColumns(config);
    matrix.clusterColumns = clusterColumns ? *clusterColumns : AccessMatrices::clusterColumns(config);
    matrix.mappedRoles = mappedRoles(config, subject);
    matrix.cells.resize(rows.size() * matrix.columns.size());
    matrix.restrictions.fill(NoRestriction, rows.size());
    const AccessUser user = userOf(config, subject);
    const AccessEngine engine = config.dynamic().engine;
    EvaluationContext context(user, matrix.mappedRoles, metadata, engine);

    QStringList actions;
    for (const AccessColumn &column : std::as_const(matrix.columns)) {
        for (const QString &action : column.actions) {
            if (!actions.contains(action))
                actions << action;
        }
    }
    if (!rows.isEmpty() && !actions.isEmpty()) {
        const IndexCheck check =
            ActionPrivileges::index(config, context, actions, rows,
                                    SpecialIndexProtection::forEngine(engine, config.settings(), metadata), false);
        const CheckTable &table = check.table;
        QList<QList<int>> columnActions; // each column's actions as table columns
        for (const AccessColumn &column : std::as_const(matrix.columns)) {
            QList<int> indices;
            for (const QString &action : column.actions)
                indices << int(table.columns().indexOf(action));
            columnActions << indices;
        }
        const QHash<int, QBitArray> denied = legacyDenials(config, metadata, context, rows, table.columns());
        for (int row = 0; row < rows.size(); ++row) {
            const int tableRow = table.rowOf(rows.at(row));
            if (tableRow < 0)
                continue;
            const QBitArray deniedActions = denied.value(row);
            bool any = false;
            for (int column = 0; column < matrix.columns.size(); ++column) {
                AccessCell cell;
                int granted = 0;
                for (const int action : columnActions.at(column)) {
                    if (action >= 0 && table.isChecked(tableRow, action)
                        && (deniedActions.isEmpty() || !deniedActions.testBit(action))) {
                        ++granted;
                        addRole(cell, table.grant(tableRow, action));
                    }
                }
                cell = tally(granted, int(columnActions.at(column).size()), cell);
                any = any || cell.access != CellAccess::None;
                matrix.cells[row * matrix.columns.size() + column] = cell;
            }
            if (!any)
                continue;
            quint8 restricted = NoRestriction;
            for (const auto &[kind, bit] : {std::pair {DlsFls::Kind::Dls, Dls}, std::pair {DlsFls::Kind::Fls, Fls},
                                            std::pair {DlsFls::Kind::Masking, Masking}}) {
                if (!DlsFls::restriction(config, context, kind, rows.at(row)).unrestricted)
                    restricted |= bit;
            }
            matrix.restrictions[row] = restricted;
        }
    }
    for (const AccessColumn &column : std::as_const(matrix.clusterColumns)) {
        AccessCell cell;
        int granted = 0;
        for (const QString &action : column.actions) {
            const ClusterCheck check = ActionPrivileges::cluster(config, context, action);
            if (check.allowed) {
                ++granted;
                addRole(cell, &check.grant);
            }
        }
        matrix.cluster << tally(granted, int(column.actions.size()), cell);
    }
    matrix.tenants = TenantPrivileges::tenantMap(config, context);
    if (subject.kind != AccessSubject::Kind::InternalUser)
        matrix.tenants.remove(user.name); // the private tenant of a made-up user
    return matrix;
}

QByteArray AccessMatrix::toCsv(const QString &stamp) const
{
    QStringList lines;
    lines << u"subject,%1,configuration,%2"_s.arg(csvField(subject.displayText()), csvField(stamp));
    QStringList header {u"index pattern"_s};
    for (const AccessColumn &column : columns)
        header << csvField(column.group);
    header << u"dls"_s << u"fls"_s << u"masked"_s;
    lines << header.join(u',');
    for (int row = 0; row < rows.size(); ++row) {
        QStringList fields {csvField(rows.at(row))};
        for (int column = 0; column < columns.size(); ++column) {
            const CellAccess access = cell(row, column).access;
            fields << (access == CellAccess::None ? QString() : CellAccesses::name(access));
        }
        const quint8 restricted = restrictions.value(row);
        fields << ((restricted & Dls) ? u"yes"_s : QString()) << ((restricted & Fls) ? u"yes"_s : QString())
               << ((restricted & Masking) ? u"yes"_s : QString());
        lines << fields.join(u',');
    }
    lines << QString();
    QStringList clusterHeader {u"cluster"_s}, clusterRow {QString()};
    for (int column = 0; column < clusterColumns.size(); ++column) {
        clusterHeader << csvField(clusterColumns.at(column).group);
        const CellAccess access = cluster.value(column).access;
        clusterRow << (access == CellAccess::None ? QString() : CellAccesses::name(access));
    }
    lines << clusterHeader.join(u',') << clusterRow.join(u',') << QString() << u"tenant,access"_s;
    for (auto it = tenants.cbegin(); it != tenants.cend(); ++it)
        lines << csvField(it.key()) + u',' + (it.value() ? u"read-write"_s : u"read"_s);
    return (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}
