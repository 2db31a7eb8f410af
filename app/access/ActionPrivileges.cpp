#include "app/access/ActionPrivileges.h"

#include "app/access/AccessConfig.h"
#include "app/access/EvaluationContext.h"

using namespace Qt::StringLiterals;

namespace {

const QString SystemIndexPermission = u"system:admin/system_index"_s;

bool isRemote(const QString &name)
{
    return name.contains(u':');
}

void addError(QStringList &errors, const QString &error)
{
    if (!errors.contains(error))
        errors.append(error);
}

// Fills what the mapped roles grant in the unchecked cells of `table` (the plugin's providesPrivilege()).
void providePrivileges(const AccessConfig &config, EvaluationContext &context, CheckTable &table, QStringList &errors)
{
    const bool memberYield = context.engine() == AccessEngine::Legacy;
    for (const QString &roleName : context.mappedRoles()) {
        const CompiledRole *role = config.role(roleName);
        if (!role)
            continue;
        for (const CompiledIndexPermission &permission : role->indexPermissions) {
            for (int column = 0; column < table.columns().size(); ++column) {
                const int actionPattern = permission.actions.matchingPattern(table.columns().at(column));
                if (actionPattern < 0)
                    continue;
                for (int row = 0; row < table.rows().size(); ++row) {
                    if (table.isChecked(row, column))
                        continue;
                    const PatternMatch match = permission.pattern.matches(table.rows().at(row), context, memberYield);
                    if (!match.error.isEmpty()) {
                        addError(errors, u"roles/%1/index_permissions/%2: %3"_s.arg(roleName)
                                             .arg(permission.entry)
                                             .arg(match.error));
                        continue;
                    }
                    if (!match.matched)
                        continue;
                    const Grant grant {roleName, permission.entry, match.pattern, match.via,
                                       permission.actions.patterns().at(actionPattern)};
                    if (table.check(row, column, grant))
                        return;
                }
            }
        }
    }
}

bool explicitOn(const AccessConfig &config, EvaluationContext &context, const QString &index, const QString &action,
                QStringList *errors, Grant *grant)
{
    const bool memberYield = context.engine() == AccessEngine::Legacy;
    for (const QString &roleName : context.mappedRoles()) {
        const CompiledRole *role = config.role(roleName);
        if (!role)
            continue;
        for (const CompiledIndexPermission &permission : role->indexPermissions) {
            const int actionPattern = permission.explicitActions.matchingPattern(action);
            if (actionPattern < 0)
                continue;
            const PatternMatch match = permission.pattern.matches(index, context, memberYield);
            if (!match.error.isEmpty()) {
                if (errors)
                    addError(
                        *errors,
                        u"roles/%1/index_permissions/%2: %3"_s.arg(roleName).arg(permission.entry).arg(match.error));
                continue;
            }
            if (match.matched) {
                if (grant) {
                    *grant = {roleName, permission.entry, match.pattern, match.via,
                              permission.explicitActions.patterns().at(actionPattern)};
                }
                return true;
            }
        }
    }
    return false;
}

bool anyRoleMatches(const EvaluationContext &context, const WildcardMatcher &roles)
{
    for (const QString &role : context.mappedRoles()) {
        if (roles.matches(role))
            return true;
    }
    return false;
}

// A check that allows only when the table is complete (no partial result), with `reason` when it is not.
IndexCheck allOrNothing(CheckTable table, const QString &reason)
{
    IndexCheck result;
    result.missingPrivileges = table.incompleteColumns();
    result.status = table.isComplete() ? AccessStatus::Allowed : AccessStatus::Denied;
    if (!table.isComplete())
        result.reason = reason;
    result.table = std::move(table);
    return result;
}

// The plugin's finalizeResult(): special indices out, then the status.
IndexCheck finalize(const AccessConfig &config, EvaluationContext &context, CheckTable table,
                    const SpecialIndexProtection &protection, QStringList errors)
{
    const IndexMetadata &metadata = context.metadata();
    for (int row = 0; row < table.rows().size(); ++row) {
        const QString &name = table.rows().at(row);
        if (!protection.universallyDenied.isEmpty() && name == protection.universallyDenied) {
            table.uncheck(row, u"the security index: no role grants access to it"_s);
            continue;
        }
        const auto unauthorizedSystem = [&](const QString &index) {
            return protection.isSystemIndex(index)
                   && !ActionPrivileges::hasExplicitSystemIndexPrivilege(config, context, index, &errors);
        };
        if (unauthorizedSystem(name)) {
            table.uncheck(row, u"a system index: it needs an explicit system:admin/system_index grant"_s);
            continue;
        }
        if (metadata.isAlias(name)) {
            bool denied = false;
            for (const QString &member : metadata.members(name)) {
                if (unauthorizedSystem(member)) {
                    table.uncheck(row, u"an alias of the system index %1, which needs an explicit "
                                       "system:admin/system_index grant"_s.arg(member));
                    denied = true;
                    break;
                }
            }
            if (denied)
                continue;
        }
        if (protection.protectedEnabled && !anyRoleMatches(context, protection.protectedRoles)) {
            if (protection.protectedIndices.matches(name)) {
                table.uncheck(row, u"a protected index: only the roles in protected_indices.roles may use it"_s);
                continue;
            }
            if (metadata.isAlias(name)) {
                for (const QString &member : metadata.members(name)) {
                    if (protection.protectedIndices.matches(member)) {
                        table.uncheck(row, u"an alias of the protected index %1"_s.arg(member));
                        break;
                    }
                }
            }
        }
    }
    IndexCheck result;
    result.evaluationErrors = errors;
    result.missingPrivileges = table.incompleteColumns();
    if (table.isComplete()) {
        result.status = AccessStatus::Allowed;
    } else if (!(result.availableIndices = table.completeRows()).isEmpty()) {
        result.status = AccessStatus::Partial;
    } else {
        result.status = AccessStatus::Denied;
        result.reason = table.rows().size() != 1 ? u"None of the referenced indices has sufficient permissions"_s
                                                 : u"Insufficient permissions for the referenced index"_s;
    }
    result.table = std::move(table);
    return result;
}

} // namespace

QString AccessStatuses::name(AccessStatus status)
{
    switch (status) {
    case AccessStatus::Allowed:
        return u"allowed"_s;
    case AccessStatus::Partial:
        return u"partial"_s;
    case AccessStatus::Denied:
        break;
    }
    return u"denied"_s;
}

bool SpecialIndexProtection::isSystemIndex(const QString &name) const
{
    return systemIndices.matches(name) || registeredSystemIndices.contains(name);
}

SpecialIndexProtection SpecialIndexProtection::forEngine(AccessEngine engine, const NodeSettings &settings,
                                                         const IndexMetadata &metadata)
{
    SpecialIndexProtection protection;
    if (engine == AccessEngine::Legacy)
        return protection;
    protection.universallyDenied = settings.securityIndex();
    // V4's SpecialIndices reads system_indices.indices whether or not system_indices.enabled is set.
    protection.systemIndices = WildcardMatcher::compileLenient(settings.systemIndices());
    protection.registeredSystemIndices = metadata.systemIndices();
    protection.protectedEnabled = settings.protectedIndicesEnabled();
    protection.protectedIndices = WildcardMatcher::compileLenient(settings.protectedIndices());
    protection.protectedRoles = WildcardMatcher::compileLenient(settings.protectedIndicesRoles());
    return protection;
}

CheckTable::CheckTable(const QStringList &rows, const QStringList &columns)
    : m_rows(rows), m_columns(columns), m_cells(rows.size() * columns.size()), m_unchecked(m_cells.size())
{ }

const Grant *CheckTable::grant(int row, int column) const
{
    const std::optional<Grant> &cell = m_cells.at(row * m_columns.size() + column);
    return cell ? &*cell : nullptr;
}

bool CheckTable::check(int row, int column, const Grant &grant)
{
    std::optional<Grant> &cell = m_cells[row * m_columns.size() + column];
    if (!cell) {
        cell = grant;
        --m_unchecked;
    }
    return m_unchecked == 0;
}

void CheckTable::uncheck(int row, const QString &why)
{
    bool any = false;
    for (int column = 0; column < m_columns.size(); ++column) {
        std::optional<Grant> &cell = m_cells[row * m_columns.size() + column];
        if (cell) {
            cell.reset();
            ++m_unchecked;
            any = true;
        }
    }
    if (any || !m_why.contains(row))
        m_why.insert(row, why);
}

bool CheckTable::isRowComplete(int row) const
{
    for (int column = 0; column < m_columns.size(); ++column) {
        if (!isChecked(row, column))
            return false;
    }
    return true;
}

QStringList CheckTable::completeRows() const
{
    QStringList rows;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (isRowComplete(row))
            rows.append(m_rows.at(row));
    }
    return rows;
}

QStringList CheckTable::incompleteColumns() const
{
    QStringList columns;
    for (int column = 0; column < m_columns.size(); ++column) {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (!isChecked(row, column)) {
                columns.append(m_columns.at(column));
                break;
            }
        }
    }
    return columns;
}

QString CheckTable::toText() const
{
    qsizetype width = 0;
    for (const QString &row : m_rows)
        width = std::max(width, row.size());
    QString text = QString(width, u' ');
    for (const QString &column : m_columns)
        text += u" | "_s + column;
    text += u'\n';
    for (int row = 0; row < m_rows.size(); ++row) {
        text += m_rows.at(row).leftJustified(width);
        for (int column = 0; column < m_columns.size(); ++column) {
            const QString cell = isChecked(row, column) ? u"ok"_s : u"MISSING"_s;
            text += u" | "_s + cell.leftJustified(m_columns.at(column).size());
        }
        text += u'\n';
    }
    return text;
}

ClusterCheck ActionPrivileges::cluster(const AccessConfig &config, const EvaluationContext &context,
                                       const QString &action, bool explicitOnly)
{
    ClusterCheck result;
    if (!explicitOnly) {
        for (const QString &roleName : context.mappedRoles()) {
            const CompiledRole *role = config.role(roleName);
            if (role && role->clusterAny) {
                result.allowed = true;
                result.grant = {roleName, -1, {}, {}, u"*"_s};
                return result;
            }
        }
    }
    for (const QString &roleName : context.mappedRoles()) {
        const CompiledRole *role = config.role(roleName);
        if (!role)
            continue;
        const WildcardMatcher &matcher = explicitOnly ? role->explicitCluster : role->cluster;
        const int index = matcher.matchingPattern(action);
        if (index >= 0) {
            result.allowed = true;
            result.grant = {roleName, -1, {}, {}, matcher.patterns().at(index)};
            return result;
        }
    }
    result.missing = {action};
    return result;
}

ClusterCheck ActionPrivileges::anyCluster(const AccessConfig &config, const EvaluationContext &context,
                                          const QStringList &actions)
{
    for (const QString &action : actions) {
        ClusterCheck one = cluster(config, context, action);
        if (one.allowed)
            return one;
    }
    ClusterCheck result;
    result.missing = {actions.size() == 1 ? actions.first() : u"any of [%1]"_s.arg(actions.join(u", "_s))};
    return result;
}

IndexCheck ActionPrivileges::index(const AccessConfig &config, EvaluationContext &context, const QStringList &actions,
                                   const QStringList &names, const SpecialIndexProtection &protection,
                                   bool breakDownAliases)
{
    QStringList local;
    for (const QString &name : names) {
        if (!isRemote(name) && !local.contains(name))
            local.append(name);
    }
    if (local.isEmpty()) {
        IndexCheck result;
        result.status = AccessStatus::Allowed;
        result.reason = u"no local indices: remote indices are checked on their own cluster"_s;
        return result;
    }
    QStringList errors;
    CheckTable table(local, actions);
    providePrivileges(config, context, table, errors);
    const IndexMetadata &metadata = context.metadata();
    bool incompleteAlias = false;
    if (breakDownAliases && !table.isComplete()) {
        for (int row = 0; row < table.rows().size() && !incompleteAlias; ++row) {
            const QString &name = table.rows().at(row);
            incompleteAlias = !table.isRowComplete(row) && (metadata.isAlias(name) || metadata.isDataStream(name));
        }
    }
    if (!incompleteAlias)
        return finalize(config, context, std::move(table), protection, errors);

    // Legacy only: an alias or data stream without privileges of its own is replaced by its members.
    QStringList rows;
    for (int row = 0; row < table.rows().size(); ++row) {
        const QString &name = table.rows().at(row);
        const QStringList replaced =
            !table.isRowComplete(row) && (metadata.isAlias(name) || metadata.isDataStream(name))
                ? metadata.members(name)
                : QStringList {name};
        for (const QString &one : replaced) {
            if (!rows.contains(one))
                rows.append(one);
        }
    }
    CheckTable members(rows, actions);
    for (int row = 0; row < rows.size(); ++row) {
        const int old = table.rowOf(rows.at(row));
        if (old < 0)
            continue;
        for (int column = 0; column < actions.size(); ++column) {
            if (const Grant *grant = table.grant(old, column))
                members.check(row, column, *grant);
        }
    }
    providePrivileges(config, context, members, errors);
    IndexCheck result = finalize(config, context, std::move(members), protection, errors);
    result.brokeDownAliases = true;
    return result;
}

IndexCheck ActionPrivileges::anyIndex(const AccessConfig &config, EvaluationContext &context,
                                      const QStringList &actions)
{
    CheckTable table({u"_any_index"_s}, actions);
    for (const QString &roleName : context.mappedRoles()) {
        const CompiledRole *role = config.role(roleName);
        if (!role)
            continue;
        for (const CompiledIndexPermission &permission : role->indexPermissions) {
            if (permission.pattern.isEmpty())
                continue;
            for (int column = 0; column < actions.size(); ++column) {
                const int actionPattern = permission.actions.matchingPattern(actions.at(column));
                if (actionPattern >= 0) {
                    table.check(0, column,
                                {roleName,
                                 permission.entry,
                                 permission.pattern.source().join(u", "_s),
                                 {},
                                 permission.actions.patterns().at(actionPattern)});
                }
            }
        }
    }
    return allOrNothing(std::move(table), u"The user does not have any index privileges for the requested action"_s);
}

IndexCheck ActionPrivileges::explicitIndex(const AccessConfig &config, EvaluationContext &context,
                                           const QStringList &actions, const QStringList &names)
{
    IndexCheck result;
    if (!actions.contains(SystemIndexPermission)) {
        result.table = CheckTable({u"_"_s}, actions);
        result.missingPrivileges = actions;
        result.reason = u"only system:admin/system_index is granted explicitly"_s;
        return result;
    }
    CheckTable table(names, actions);
    for (int row = 0; row < names.size(); ++row) {
        for (int column = 0; column < actions.size(); ++column) {
            if (actions.at(column) != SystemIndexPermission)
                continue;
            Grant grant;
            if (explicitOn(config, context, names.at(row), actions.at(column), &result.evaluationErrors, &grant))
                table.check(row, column, grant);
        }
    }
    IndexCheck check =
        allOrNothing(std::move(table), u"No explicit privileges have been provided for the referenced indices."_s);
    check.evaluationErrors = result.evaluationErrors;
    return check;
}

bool ActionPrivileges::hasExplicitSystemIndexPrivilege(const AccessConfig &config, EvaluationContext &context,
                                                       const QString &index, QStringList *errors)
{
    return explicitOn(config, context, index, SystemIndexPermission, errors, nullptr);
}
