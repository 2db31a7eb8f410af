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

QList<PatchWarning> checkAccess(const QJsonObject &before, const QJsonObject &after, const GuardContext &context)
{
    QList<PatchWarning> warnings;
    if (!context.userName.isEmpty()) {
        const bool internalBefore = before.value(InternalUsers).toObject().contains(context.userName);
        const bool internalAfter = after.value(InternalUsers).toObject().contains(context.userName);
        if (internalBefore && !internalAfter) {
            warnings.append(
                {PatchWarning::Level::Danger, PatchWarning::Kind::OwnUserRemoved,
                 tr("Lockout: this removes your own user \"%1\"; you could no longer log in.").arg(context.userName)});
        } else {
            const QStringList rolesBefore = effectiveRoles(before, context.userName, context.backendRoles);
            const QStringList rolesAfter = effectiveRoles(after, context.userName, context.backendRoles);
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
            QStringList lost;
            for (const QString &role : std::as_const(access)) {
                if (!rolesAfter.contains(role))
                    lost << role;
            }
            if (!access.isEmpty() && lost.size() == access.size()) {
                warnings.append(
                    {PatchWarning::Level::Danger, PatchWarning::Kind::OwnAccessLost,
                     tr("Lockout: you (%1) would lose %2, the role(s) that give you access to the security REST "
                        "API; you could not undo this change yourself.",
                        nullptr, int(lost.size()))
                         .arg(context.userName, lost.join(QStringLiteral(", ")))});
            } else if (!lost.isEmpty()) {
                warnings.append(
                    {PatchWarning::Level::Warning, PatchWarning::Kind::OwnAccessReduced,
                     tr("You (%1) would lose %2; another role still gives you API access.", nullptr, int(lost.size()))
                         .arg(context.userName, lost.join(QStringLiteral(", ")))});
            }
        }
    }
    if (!context.dashboardsUser.isEmpty() && before.value(InternalUsers).toObject().contains(context.dashboardsUser)) {
        const QString &user = context.dashboardsUser;
        if (!after.value(InternalUsers).toObject().contains(user)) {
            warnings.append({PatchWarning::Level::Danger, PatchWarning::Kind::DashboardsUserLost,
                             tr("This removes the Dashboards server user \"%1\": OpenSearch Dashboards would stop "
                                "working.")
                                 .arg(user)});
        } else if (effectiveRoles(before, user, {}).contains(context.dashboardsRole)
                   && !effectiveRoles(after, user, {}).contains(context.dashboardsRole)) {
            warnings.append({PatchWarning::Level::Danger, PatchWarning::Kind::DashboardsUserLost,
                             tr("The Dashboards server user \"%1\" would lose its %2 mapping: OpenSearch Dashboards "
                                "would stop working.")
                                 .arg(user, context.dashboardsRole)});
        }
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
