#include "app/domain/PatchGuards.h"

#include <algorithm>

#include <QJsonArray>
#include <QSet>

#include "app/domain/ConfigRelations.h"
#include "app/json/Json.h"

namespace PatchGuards {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("PatchGuards", text, disambiguation, n);
}

const QString InternalUsers = QStringLiteral("internalusers");
const QString RolesMapping = QStringLiteral("rolesmapping");
const QString Roles = QStringLiteral("roles");

// The entity an operation's pointer lands in: {type, entity}, or empty when the pointer is shorter.
std::optional<std::pair<QString, QString>> entityOf(const JsonPointer &pointer)
{
    if (pointer.size() < 2)
        return std::nullopt;
    return std::make_pair(pointer.tokens().at(0), pointer.tokens().at(1));
}

void checkEntityFlags(const JsonPointer &pointer, const QJsonObject &before, QList<PatchWarning> *warnings)
{
    const auto entity = entityOf(pointer);
    if (!entity)
        return;
    const QJsonObject object = before.value(entity->first).toObject().value(entity->second).toObject();
    const QString name = entity->second;
    if (object.value(QStringLiteral("static")).toBool()) {
        warnings->append({PatchWarning::Level::Warning, PatchWarning::Kind::StaticEntity,
                          tr("\"%1\" is static: the server refuses changes to it from anyone but an admin, and even "
                             "an admin's change is overridden on the next load.")
                              .arg(name)});
    } else if (object.value(QStringLiteral("reserved")).toBool()) {
        warnings->append({PatchWarning::Level::Warning, PatchWarning::Kind::ReservedEntity,
                          tr("\"%1\" is reserved: the server refuses changes to it from anyone but a REST admin "
                             "(403 \"Resource is reserved\").")
                              .arg(name)});
    }
    if (object.value(QStringLiteral("hidden")).toBool()) {
        warnings->append({PatchWarning::Level::Warning, PatchWarning::Kind::HiddenEntity,
                          tr("\"%1\" is hidden: for anyone but an admin the server answers that it is not available "
                             "(404).")
                              .arg(name)});
    }
}

bool hasProtectedKey(const PatchOperation &operation)
{
    static const QStringList keys {QStringLiteral("static"), QStringLiteral("reserved"), QStringLiteral("hidden")};
    if (!operation.hasValue() || operation.op == PatchOperation::Op::Test)
        return false;
    if (operation.path.size() == 3 && keys.contains(operation.path.last()))
        return true;
    if (operation.path.size() == 2 && operation.value.isObject()) {
        const QJsonObject object = operation.value.toObject();
        return std::any_of(keys.begin(), keys.end(), [&object](const QString &key) { return object.contains(key); });
    }
    return false;
}

} // namespace

QList<PatchWarning> checkOperation(const PatchOperation &operation, const QJsonObject &before)
{
    QList<PatchWarning> warnings;
    if (operation.op == PatchOperation::Op::Add && !operation.path.isRoot()) {
        const QJsonValue parent = operation.path.parent().resolve(before).ok()
                                      ? operation.path.parent().resolve(before).value()
                                      : QJsonValue();
        if (parent.isObject()) {
            const QJsonValue current = parent.toObject().value(operation.path.last());
            if (current.isArray()) {
                warnings.append({PatchWarning::Level::Warning, PatchWarning::Kind::ArrayReplaced,
                                 tr("\"add\" on the existing member %1 replaces the whole array (%n element(s) now); "
                                    "to append an element, add at %1/- instead.",
                                    nullptr, int(current.toArray().size()))
                                     .arg(operation.path.toString())});
            }
        }
    }
    if (operation.op != PatchOperation::Op::Test) {
        checkEntityFlags(operation.path, before, &warnings);
        if (operation.op == PatchOperation::Op::Move && entityOf(operation.from) != entityOf(operation.path))
            checkEntityFlags(operation.from, before, &warnings);
    }
    if (hasProtectedKey(operation)) {
        warnings.append({PatchWarning::Level::Notice, PatchWarning::Kind::ProtectedKey,
                         tr("The server never accepts the key \"static\", and accepts \"reserved\" and \"hidden\" "
                            "only from an admin.")});
    }
    const auto touchesMeta = [](const JsonPointer &pointer) {
        return pointer.size() >= 2 && pointer.tokens().at(1) == u"_meta";
    };
    if (operation.op != PatchOperation::Op::Test
        && (touchesMeta(operation.path) || (operation.hasFrom() && touchesMeta(operation.from)))) {
        warnings.append({PatchWarning::Level::Warning, PatchWarning::Kind::MetaEdited,
                         tr("The _meta member must not be patched: the server refuses the change or fails.")});
    }
    return warnings;
}

bool affectsAccess(const PatchOperation &operation)
{
    if (operation.op == PatchOperation::Op::Test)
        return false;
    const auto relevant = [](const JsonPointer &pointer) {
        if (pointer.isRoot())
            return true;
        const QString &type = pointer.tokens().at(0);
        return type == InternalUsers || type == RolesMapping || type == Roles;
    };
    return relevant(operation.path) || (operation.op == PatchOperation::Op::Move && relevant(operation.from));
}

QStringList effectiveRoles(const QJsonObject &document, const QString &userName, const QStringList &backendRoles)
{
    QList<RoleGrant> grants;
    if (document.value(InternalUsers).toObject().contains(userName)) {
        grants = ConfigRelations::rolesOfUser(document, userName);
    } else {
        // Not an internal user (LDAP, SAML, a certificate...): match the mappings with the reported backend roles.
        const QJsonObject probe {
            {RolesMapping, document.value(RolesMapping)},
            {InternalUsers, QJsonObject {{userName, QJsonObject {{QStringLiteral("backend_roles"),
                                                                  QJsonArray::fromStringList(backendRoles)}}}}}};
        grants = ConfigRelations::rolesOfUser(probe, userName);
    }
    const bool checkExists = document.contains(Roles);
    const QJsonObject roles = document.value(Roles).toObject();
    QStringList result;
    for (const RoleGrant &grant : grants) {
        if (!checkExists || roles.contains(grant.role))
            result << grant.role;
    }
    return result;
}

namespace {

QJsonValue entityValue(const QJsonObject &document, const QString &type, const QString &name)
{
    const QJsonObject entities = document.value(type).toObject();
    return entities.contains(name) ? entities.value(name) : QJsonValue(QJsonValue::Undefined);
}

bool entityChanged(const QJsonObject &before, const QJsonObject &after, const QString &type, const QString &name)
{
    return !Json::equals(entityValue(before, type, name), entityValue(after, type, name));
}

// The changed entity that takes `role` away from `user`: the role itself when it is removed, else its mapping, else
// the user's own entry (its backend roles or security roles).
std::pair<QString, QString> causeOf(const QJsonObject &before, const QJsonObject &after, const QString &user,
                                    const QString &role)
{
    if (!entityValue(before, Roles, role).isUndefined() && entityValue(after, Roles, role).isUndefined())
        return {Roles, role};
    if (entityChanged(before, after, RolesMapping, role))
        return {RolesMapping, role};
    if (entityChanged(before, after, InternalUsers, user))
        return {InternalUsers, user};
    return {RolesMapping, role};
}

void setCause(Lockout &lockout, const QString &type, const QString &name)
{
    lockout.entity = name;
    lockout.pointer = JsonPointer({type, name}).toString();
}

QStringList lostRoles(const QStringList &before, const QStringList &after)
{
    QStringList lost;
    for (const QString &role : before) {
        if (!after.contains(role) && !lost.contains(role))
            lost << role;
    }
    return lost;
}

// `document` cut down to the user's entry and the roles and mappings named `roles`.
QJsonObject restrictedTo(const QJsonObject &document, const QString &user, const QSet<QString> &roles)
{
    QJsonObject restricted;
    for (const QString &type : {RolesMapping, Roles}) {
        if (!document.contains(type))
            continue;
        const QJsonObject all = document.value(type).toObject();
        QJsonObject some;
        for (const QString &role : roles) {
            if (all.contains(role))
                some.insert(role, all.value(role));
        }
        restricted.insert(type, some);
    }
    const QJsonObject users = document.value(InternalUsers).toObject();
    restricted.insert(InternalUsers, users.contains(user) ? QJsonObject {{user, users.value(user)}} : QJsonObject());
    return restricted;
}

// The roles `user` holds in `before` and no longer in `after`. Only the mappings, the roles and the user's own entry
// decide them: when none of those changed (shared, unchanged values compare in no time), nothing is lost and the
// mappings are not walked; nor when the user holds no role to lose. When the user's entry is unchanged, only a role
// whose mapping changed or that was removed can be lost: the mappings are walked for those roles alone.
QStringList lostRolesOf(const QJsonObject &before, const QJsonObject &after, const QString &user,
                        const QStringList &backendRoles)
{
    const bool userChanged = entityChanged(before, after, InternalUsers, user);
    if (before.value(RolesMapping) == after.value(RolesMapping) && before.value(Roles) == after.value(Roles)
        && !userChanged)
        return {};
    if (!userChanged) {
        QSet<QString> candidates = ConfigRelations::changedEntities(before, after, RolesMapping);
        candidates.unite(ConfigRelations::changedEntities(before, after, Roles));
        return lostRoles(effectiveRoles(restrictedTo(before, user, candidates), user, backendRoles),
                         effectiveRoles(restrictedTo(after, user, candidates), user, backendRoles));
    }
    const QStringList rolesBefore = effectiveRoles(before, user, backendRoles);
    if (rolesBefore.isEmpty())
        return {};
    return lostRoles(rolesBefore, effectiveRoles(after, user, backendRoles));
}

} // namespace

QList<Lockout> lockouts(const QJsonObject &before, const QJsonObject &after, const GuardContext &context)
{
    QList<Lockout> result;
    const auto isInternal = [](const QJsonObject &document, const QString &user) {
        return document.value(InternalUsers).toObject().contains(user);
    };
    if (!context.userName.isEmpty()) {
        const QString &user = context.userName;
        if (isInternal(before, user) && !isInternal(after, user)) {
            Lockout lockout;
            lockout.kind = Lockout::Kind::OwnUserRemoved;
            lockout.user = user;
            lockout.apiAccessLost = true;
            setCause(lockout, InternalUsers, user);
            lockout.sentence =
                tr("This removes your own user %1: you could no longer log in, nor undo this change.").arg(user);
            result.append(lockout);
        } else {
            const QStringList lost = lostRolesOf(before, after, user, context.backendRoles);
            if (!lost.isEmpty()) {
                const QStringList rolesBefore = effectiveRoles(before, user, context.backendRoles);
                // The roles that let this user in: the configured API roles it holds, or else (a cluster with other
                // roles_enabled) the roles it holds now, since one of them must be what lets it in.
                QStringList access;
                for (const QString &role : rolesBefore) {
                    if (context.apiRoles.contains(role))
                        access << role;
                }
                if (access.isEmpty()) {
                    for (const QString &role : rolesBefore) {
                        if (context.currentRoles.contains(role))
                            access << role;
                    }
                }
                Lockout lockout;
                lockout.kind = Lockout::Kind::OwnRolesLost;
                lockout.user = user;
                lockout.lostRoles = lost;
                lockout.apiAccessLost = !access.isEmpty()
                                        && std::all_of(access.begin(), access.end(),
                                                       [&lost](const QString &role) { return lost.contains(role); });
                const auto cause = causeOf(before, after, user, lost.first());
                setCause(lockout, cause.first, cause.second);
                lockout.sentence =
                    lockout.apiAccessLost
                        ? tr("You (%1) would lose %2, the role(s) that give you access to the security REST API: you "
                             "could not undo this change yourself.",
                             nullptr, int(lost.size()))
                              .arg(user, lost.join(QStringLiteral(", ")))
                        : tr("You (%1) would lose the role(s) %2 you hold now; another role still gives you access "
                             "to the security REST API.",
                             nullptr, int(lost.size()))
                              .arg(user, lost.join(QStringLiteral(", ")));
                result.append(lockout);
            }
        }
    }
    const QString &dashboards = context.dashboardsUser;
    if (!dashboards.isEmpty() && dashboards != context.userName && isInternal(before, dashboards)) {
        Lockout lockout;
        lockout.user = dashboards;
        if (!isInternal(after, dashboards)) {
            lockout.kind = Lockout::Kind::DashboardsUserRemoved;
            setCause(lockout, InternalUsers, dashboards);
            lockout.sentence = tr("This removes the Dashboards server user %1: OpenSearch Dashboards would stop "
                                  "working.")
                                   .arg(dashboards);
            result.append(lockout);
        } else {
            const QStringList lost = lostRolesOf(before, after, dashboards, {});
            if (!lost.isEmpty()) {
                lockout.kind = Lockout::Kind::DashboardsRolesLost;
                lockout.lostRoles = lost;
                const auto cause = causeOf(before, after, dashboards, lost.first());
                setCause(lockout, cause.first, cause.second);
                lockout.sentence =
                    lost.contains(context.dashboardsRole)
                        ? tr("The Dashboards server user %1 would lose %2: OpenSearch Dashboards would stop working.")
                              .arg(dashboards, lost.join(QStringLiteral(", ")))
                        : tr("The Dashboards server user %1 would lose %2, which it holds now.")
                              .arg(dashboards, lost.join(QStringLiteral(", ")));
                result.append(lockout);
            }
        }
    }
    return result;
}

QString lockoutText(const QList<Lockout> &lockouts)
{
    QStringList sentences;
    for (const Lockout &lockout : lockouts)
        sentences << lockout.sentence;
    return sentences.join(u' ');
}

QList<PatchWarning> checkAccess(const QJsonObject &before, const QJsonObject &after, const GuardContext &context)
{
    QList<PatchWarning> warnings;
    for (const Lockout &lockout : lockouts(before, after, context)) {
        PatchWarning::Kind kind = PatchWarning::Kind::DashboardsUserLost;
        switch (lockout.kind) {
        case Lockout::Kind::OwnUserRemoved:
            kind = PatchWarning::Kind::OwnUserRemoved;
            break;
        case Lockout::Kind::OwnRolesLost:
            kind = lockout.apiAccessLost ? PatchWarning::Kind::OwnAccessLost : PatchWarning::Kind::OwnAccessReduced;
            break;
        case Lockout::Kind::DashboardsUserRemoved:
        case Lockout::Kind::DashboardsRolesLost:
            break;
        }
        warnings.append({PatchWarning::Level::Danger, kind, tr("Lockout: %1").arg(lockout.sentence)});
    }
    return warnings;
}

QList<PatchOperation> appendInstead(const PatchOperation &operation, const QJsonObject &before)
{
    if (operation.op != PatchOperation::Op::Add || operation.path.isRoot() || !operation.value.isArray())
        return {};
    const auto current = operation.path.resolve(before);
    if (!current || !current->isArray() || !operation.path.parent().resolve(before)->isObject())
        return {};
    const QJsonArray existing = current->toArray();
    QList<PatchOperation> result;
    for (const QJsonValue &element : operation.value.toArray()) {
        const bool present = std::any_of(existing.begin(), existing.end(),
                                         [&element](const QJsonValue &old) { return Json::equals(old, element); });
        if (!present)
            result.append(PatchOperation::add(operation.path.child(QStringLiteral("-")), element));
    }
    return result;
}

PatchWarning::Level highestLevel(const QList<PatchWarning> &warnings)
{
    PatchWarning::Level level = PatchWarning::Level::None;
    for (const PatchWarning &warning : warnings)
        level = std::max(level, warning.level);
    return level;
}

} // namespace PatchGuards
