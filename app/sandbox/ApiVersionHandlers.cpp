// Versions and rollback (docs/api/security-api.md §9), and the configuration upgrade (§8).

#include <algorithm>

#include <QJsonArray>

#include "app/json/Json.h"
#include "app/json/JsonDiff.h"
#include "app/sandbox/ApiService.h"
#include "app/sandbox/EntitySchema.h"
#include "app/sandbox/SandboxStore.h"

using namespace Qt::StringLiterals;

namespace {

SandboxResponse pretty(int status, const QJsonObject &body)
{
    return SandboxResponse::fromJson(status, body, true);
}

SandboxResponse prettyMessage(int status, const QString &message)
{
    return pretty(status, QJsonObject {{u"status"_s, SandboxResponse::statusName(status)}, {u"message"_s, message}});
}

QJsonObject findVersion(const QJsonArray &versions, const QString &id)
{
    for (const QJsonValue &version : versions) {
        if (version.toObject().value(u"version_id"_s).toString() == id)
            return version.toObject();
    }
    return {};
}

QJsonObject restrictTo(const QJsonObject &entities, const QStringList &names)
{
    QJsonObject out;
    for (const QString &name : names) {
        if (entities.contains(name))
            out.insert(name, entities.value(name));
    }
    return out;
}

// The differences as the plugin reports them: root-level removes dropped, entity -> operation kinds.
struct UpgradeDiff
{
    JsonPatch patch;
    QJsonObject actions; // {"add":[...],"modify":[...]}
};

UpgradeDiff upgradeDiff(const QJsonObject &active, const QJsonObject &shipped)
{
    UpgradeDiff result;
    QStringList order;
    QHash<QString, QStringList> kinds;
    const JsonPatch full = JsonDiff::diff(active, shipped);
    for (const PatchOperation &operation : full.operations()) {
        if (operation.path.size() == 1 && operation.op == PatchOperation::Op::Remove)
            continue;
        result.patch.append(operation);
        const QString entity = operation.path.tokens().value(0);
        if (!order.contains(entity))
            order.append(entity);
        if (!kinds[entity].contains(operation.opName()))
            kinds[entity].append(operation.opName());
    }
    QHash<QString, QJsonArray> grouped;
    for (const QString &entity : order) {
        const QStringList &entityKinds = kinds.value(entity);
        grouped[entityKinds.size() == 1 ? entityKinds.first() : u"modify"_s].append(entity);
    }
    for (auto it = grouped.begin(); it != grouped.end(); ++it)
        result.actions.insert(it.key(), it.value());
    return result;
}

} // namespace

SandboxResponse ApiService::getVersions(const Context &context) const
{
    const QJsonArray versions = m_store.versions();
    if (context.route.kind == RouteKind::Versions)
        return pretty(200, QJsonObject {{u"versions"_s, versions}});
    const QString id = context.parameters.value(u"versionID"_s);
    const QJsonObject version = findVersion(versions, id);
    if (version.isEmpty())
        return prettyMessage(404, u"Version %1 not found"_s.arg(id));
    return pretty(200, QJsonObject {{u"versions"_s, QJsonArray {version}}});
}

SandboxResponse ApiService::rollback(const Context &context) const
{
    const QJsonArray versions = m_store.versions();
    QJsonObject target;
    if (context.parameters.contains(u"versionID"_s)) {
        const QString id = context.parameters.value(u"versionID"_s);
        target = findVersion(versions, id);
        if (target.isEmpty())
            return prettyMessage(404, u"Version %1 not found"_s.arg(id));
    } else {
        if (versions.size() < 2)
            return prettyMessage(404, u"No previous version available to rollback"_s);
        QList<QJsonObject> sorted;
        for (const QJsonValue &version : versions)
            sorted.append(version.toObject());
        std::stable_sort(sorted.begin(), sorted.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return SandboxStore::versionNumber(a.value(u"version_id"_s).toString())
                   < SandboxStore::versionNumber(b.value(u"version_id"_s).toString());
        });
        target = sorted.at(sorted.size() - 2);
    }
    const QString id = target.value(u"version_id"_s).toString();
    const QJsonObject configs = target.value(u"security_configs"_s).toObject();
    if (configs.isEmpty())
        return prettyMessage(500, u"Rollback failed: No security configs to rollback in version %1"_s.arg(id));
    QHash<CType, QJsonObject> changes;
    for (auto it = configs.begin(); it != configs.end(); ++it) {
        const auto type = ConfigTypes::fromName(it.key());
        if (!type) {
            return prettyMessage(500,
                                 u"Rollback failed: Rollback aborted and reverted due to failure in writing "
                                 "config: Rollback aborted: Unknown config type '%1' found in version"_s.arg(it.key()));
        }
        QJsonObject data = it.value().toObject().value(u"configData"_s).toObject();
        data.remove(u"_meta"_s);
        if (!Json::equals(data, context.snapshot.stored.value(*type)))
            changes.insert(*type, data);
    }
    if (!changes.isEmpty()) {
        if (auto saved = save(context, changes); !saved)
            return prettyMessage(500, u"Rollback failed: "_s + saved.error().toString());
    }
    return prettyMessage(200, u"config rolled back to version %1"_s.arg(id));
}

SandboxResponse ApiService::upgrade(const Context &context) const
{
    const bool perform = context.route.kind == RouteKind::UpgradePerform;
    const QString configsText =
        context.request.hasQuery(u"configs"_s) ? context.request.queryValue(u"configs"_s) : u"roles"_s;
    bool wantRoles = false;
    QStringList unsupported;
    for (const QString &item : configsText.split(u',', Qt::SkipEmptyParts)) {
        const auto type = ConfigTypes::fromName(item.trimmed().toLower());
        if (!type)
            continue; // unknown names are silently dropped
        if (*type == CType::Roles)
            wantRoles = true;
        else if (!unsupported.contains(ConfigTypes::name(*type).toUpper()))
            unsupported.append(ConfigTypes::name(*type).toUpper());
    }
    if (!unsupported.isEmpty())
        return prettyMessage(400, u"Unsupported configurations for upgrade, [%1]"_s.arg(unsupported.join(u", "_s)));
    if (!wantRoles) {
        if (perform)
            return prettyMessage(400, u"Unable to upgrade, no differences found"_s);
        return pretty(200, QJsonObject {{u"status"_s, u"OK"_s}, {u"upgradeAvailable"_s, false}});
    }

    QJsonObject active;
    QJsonObject shipped;
    if (context.request.hasQuery(u"entities"_s)) {
        const QStringList names = context.request.queryValue(u"entities"_s).split(u',', Qt::SkipEmptyParts);
        active = restrictTo(context.snapshot.entities(CType::Roles), names);
        shipped = restrictTo(m_shippedRoles, names);
    } else {
        active = EntitySchema::workingCollection(CType::Roles, context.snapshot.entities(CType::Roles), false);
        shipped = EntitySchema::workingCollection(CType::Roles, m_shippedRoles, false);
    }
    const UpgradeDiff diff = upgradeDiff(active, shipped);
    if (!perform) {
        if (diff.patch.isEmpty())
            return pretty(200, QJsonObject {{u"status"_s, u"OK"_s}, {u"upgradeAvailable"_s, false}});
        return pretty(200, QJsonObject {{u"status"_s, u"OK"_s},
                                        {u"upgradeAvailable"_s, true},
                                        {u"upgradeActions"_s, QJsonObject {{u"roles"_s, diff.actions}}}});
    }
    if (diff.patch.isEmpty())
        return prettyMessage(400, u"Unable to upgrade, no differences found in 'roles' config"_s);
    auto upgraded = diff.patch.apply(active);
    if (!upgraded)
        return prettyMessage(400, u"Error applying configuration, see the log file to troubleshoot."_s);
    const QJsonObject result = upgraded->toObject();
    QJsonObject stored = context.snapshot.stored.value(CType::Roles);
    for (const PatchOperation &operation : diff.patch.operations()) {
        const QString name = operation.path.tokens().value(0);
        if (context.snapshot.isStatic(CType::Roles, name))
            continue;
        auto entity = EntitySchema::normalize(CType::Roles, result.value(name).toObject());
        if (!entity)
            return prettyMessage(400, u"Error applying configuration, see the log file to troubleshoot."_s);
        stored.insert(name, *entity);
    }
    if (auto saved = save(context, {{CType::Roles, stored}}); !saved)
        return prettyMessage(400, u"Error applying configuration, see the log file to troubleshoot."_s);
    return pretty(200, QJsonObject {{u"status"_s, u"OK"_s}, {u"upgrades"_s, QJsonObject {{u"roles"_s, diff.actions}}}});
}
