#include "app/access/AccessFix.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

#include "app/access/AccessConfig.h"
#include "app/access/EvaluationContext.h"
#include "app/json/JsonPatch.h"
#include "app/json/JsonPointer.h"

using namespace Qt::StringLiterals;

namespace AccessFixes {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AccessFixes", text);
}

bool isProtected(const QJsonObject &role)
{
    return role.value(u"reserved"_s).toBool() || role.value(u"static"_s).toBool() || role.value(u"hidden"_s).toBool();
}

// The (index, action) cells the decision lacks: the names checked, each with the missing actions it was not granted.
struct Missing
{
    QStringList indices;
    QStringList actions;
};

Missing missingCells(const AccessDecision &decision)
{
    Missing missing;
    QSet<QString> granted;
    for (const GrantedCell &cell : decision.grants)
        granted.insert(cell.index + u'\n' + cell.action);
    for (const QString &action : decision.missingPrivileges) {
        if (action.startsWith(u"any of"_s))
            continue;
        for (const QString &index : decision.checkedNames) {
            if (granted.contains(index + u'\n' + action))
                continue;
            if (!missing.indices.contains(index))
                missing.indices.append(index);
            if (!missing.actions.contains(action))
                missing.actions.append(action);
        }
    }
    return missing;
}

} // namespace

QString newRoleName(const AccessConfig &config, const QString &user)
{
    QString base;
    for (const QChar c : user)
        base += c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.' ? c : u'_';
    base = u"access_fix_"_s + base;
    const QJsonObject mappings = config.rawMappings();
    QString name = base;
    for (int n = 2; config.role(name) || !config.rawRole(name).isEmpty() || mappings.contains(name); ++n)
        name = base + u'_' + QString::number(n);
    return name;
}

std::optional<AccessFix> propose(const AccessConfig &config, const IndexMetadata &metadata, const AccessUser &user,
                                 const AccessRequest &request, const AccessDecision &decision)
{
    if (decision.status == AccessStatus::Allowed || decision.missingPrivileges.isEmpty())
        return std::nullopt;
    AccessFix fix;
    if (decision.clusterAction) {
        for (const QString &action : decision.missingPrivileges) {
            if (!action.startsWith(u"any of"_s))
                fix.actions.append(action);
        }
    } else {
        const Missing missing = missingCells(decision);
        fix.actions = missing.actions;
        fix.indices = missing.indices;
        if (fix.indices.isEmpty())
            fix.indices = request.indices;
        if (fix.indices.isEmpty())
            return std::nullopt;
    }
    if (fix.actions.isEmpty())
        return std::nullopt;

    // (a) An index permission of a mapped role that matches every missing index but lacks the actions.
    if (!decision.clusterAction) {
        QStringList roleNames;
        for (const MappedRole &role : decision.mappedRoles)
            roleNames.append(role.role);
        EvaluationContext context(user, roleNames, metadata, decision.engine);
        const bool memberYield = decision.engine == AccessEngine::Legacy;
        for (const QString &roleName : std::as_const(roleNames)) {
            const QJsonObject raw = config.rawRole(roleName);
            const CompiledRole *role = config.role(roleName);
            if (!role || raw.isEmpty() || isProtected(raw))
                continue;
            for (const CompiledIndexPermission &permission : role->indexPermissions) {
                bool matchesAll = true;
                for (const QString &index : std::as_const(fix.indices)) {
                    if (!permission.pattern.matches(index, context, memberYield).matched) {
                        matchesAll = false;
                        break;
                    }
                }
                if (!matchesAll)
                    continue;
                fix.kind = AccessFix::Kind::AddActions;
                fix.role = roleName;
                fix.entry = permission.entry;
                const QString path =
                    u"/roles/%1/index_permissions/%2/allowed_actions/-"_s.arg(JsonPointer::escapeToken(roleName))
                        .arg(permission.entry);
                for (const QString &action : std::as_const(fix.actions))
                    fix.patch.append(PatchOperation::json(u"add"_s, path, action));
                fix.indices = permission.pattern.source();
                fix.summary = tr("Add %1 to the allowed_actions of index permission %2 of role %3 (patterns %4)")
                                  .arg(fix.actions.join(u", "_s))
                                  .arg(permission.entry)
                                  .arg(roleName, permission.pattern.source().join(u", "_s));
                return fix;
            }
        }
    }

    // (b) A new role with just what is missing, mapped to the user by name.
    if (user.name.isEmpty())
        return std::nullopt;
    fix.kind = AccessFix::Kind::NewRole;
    fix.role = newRoleName(config, user.name);
    QJsonObject role {{u"description"_s, tr("Grants %1 what an access explanation found missing").arg(user.name)}};
    if (decision.clusterAction) {
        role.insert(u"cluster_permissions"_s, QJsonArray::fromStringList(fix.actions));
    } else {
        role.insert(u"index_permissions"_s,
                    QJsonArray {QJsonObject {{u"index_patterns"_s, QJsonArray::fromStringList(fix.indices)},
                                             {u"allowed_actions"_s, QJsonArray::fromStringList(fix.actions)}}});
    }
    fix.patch.append(PatchOperation::json(u"add"_s, u"/roles/"_s + JsonPointer::escapeToken(fix.role), role));
    fix.patch.append(PatchOperation::json(u"add"_s, u"/rolesmapping/"_s + JsonPointer::escapeToken(fix.role),
                                          QJsonObject {{u"users"_s, QJsonArray {user.name}}}));
    fix.summary = decision.clusterAction
                      ? tr("Create role %1 with cluster permission %2, mapped to user %3")
                            .arg(fix.role, fix.actions.join(u", "_s), user.name)
                      : tr("Create role %1 granting %2 on %3, mapped to user %4")
                            .arg(fix.role, fix.actions.join(u", "_s), fix.indices.join(u", "_s), user.name);
    return fix;
}

} // namespace AccessFixes
