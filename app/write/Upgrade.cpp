#include "app/write/Upgrade.h"

#include <QJsonArray>

#include "app/json/Json.h"
#include "app/write/ChangePlan.h"

using namespace Qt::StringLiterals;

namespace {

QJsonValue entityIn(const QJsonObject &document, const QString &type, const QString &entity)
{
    const QJsonObject entities = document.value(type).toObject();
    return entities.contains(entity) ? entities.value(entity) : QJsonValue(QJsonValue::Undefined);
}

} // namespace

QJsonObject UpgradeEntry::toJson() const
{
    QJsonObject json {{u"type"_s, configType}, {u"operation"_s, operation}};
    json.insert(isText ? u"text"_s : u"entity"_s, entity);
    if (!isText) {
        json.insert(u"exists"_s, exists);
        json.insert(u"reserved"_s, reserved);
        json.insert(u"collision"_s, collision);
    }
    return json;
}

QList<UpgradeEntry> Upgrade::entries(const UpgradeReport &report, const QJsonObject &liveDocument)
{
    QList<UpgradeEntry> result;
    for (const UpgradeRow &row : report.rows) {
        UpgradeEntry entry;
        entry.configType = row.configType;
        entry.entity = row.entity;
        entry.operation = row.operation;
        entry.isText = row.operation.isEmpty();
        if (!entry.isText) {
            const QJsonValue live = entityIn(liveDocument, row.configType, row.entity);
            entry.exists = !live.isUndefined();
            entry.reserved = live.toObject().value(u"reserved"_s).toBool();
            entry.isStatic = live.toObject().value(u"static"_s).toBool();
            entry.collision = isCollision(row.configType, row.entity, liveDocument);
        }
        result.append(entry);
    }
    return result;
}

bool Upgrade::isCollision(const QString &configType, const QString &entity, const QJsonObject &liveDocument)
{
    const QJsonValue live = entityIn(liveDocument, configType, entity);
    if (live.isUndefined())
        return false; // a new default: nothing of the user's is touched
    const QJsonObject object = live.toObject();
    return !object.value(u"reserved"_s).toBool() && !object.value(u"static"_s).toBool();
}

QString Upgrade::collisionWarning(const UpgradeEntry &entry)
{
    return tr("%1/%2 already exists and is not reserved: it is probably your own role that shares its name with a "
              "new default. Performing the upgrade overwrites it with the shipped definition.")
        .arg(entry.configType, entry.entity);
}

QStringList Upgrade::collisionWarnings(const QList<UpgradeEntry> &entries)
{
    QStringList warnings;
    for (const UpgradeEntry &entry : entries) {
        if (entry.collision)
            warnings << collisionWarning(entry);
    }
    return warnings;
}

QString Upgrade::upToDateText()
{
    return tr("Up to date: the roles match the defaults this cluster ships. There is nothing to upgrade.");
}

QString Upgrade::unsupportedText()
{
    return tr("This cluster has no upgrade API: _upgrade_check and _upgrade_perform were added in OpenSearch 2.14. "
              "Upgrade the cluster, or update the default roles with securityadmin.");
}

QList<UpgradeEntityResult> Upgrade::results(const QList<UpgradeRow> &performed, const QJsonObject &before,
                                            const QJsonObject &after)
{
    QList<UpgradeEntityResult> results;
    QStringList textTypes;
    auto contains = [&results](const QString &type, const QString &entity) {
        return std::any_of(results.cbegin(), results.cend(),
                           [&](const UpgradeEntityResult &r) { return r.configType == type && r.entity == entity; });
    };
    for (const UpgradeRow &row : performed) {
        if (row.operation.isEmpty()) {
            if (!textTypes.contains(row.configType))
                textTypes << row.configType;
            continue;
        }
        if (contains(row.configType, row.entity))
            continue;
        UpgradeEntityResult result;
        result.configType = row.configType;
        result.entity = row.entity;
        result.operation = row.operation;
        result.before = entityIn(before, row.configType, row.entity);
        result.after = entityIn(after, row.configType, row.entity);
        results.append(result);
    }
    // Sentences name no entity: report what differs.
    for (const QString &type : std::as_const(textTypes)) {
        const QJsonObject from = before.value(type).toObject();
        const QJsonObject to = after.value(type).toObject();
        QStringList names = to.keys();
        for (const QString &name : from.keys()) {
            if (!names.contains(name))
                names << name;
        }
        names.sort();
        for (const QString &name : std::as_const(names)) {
            if (contains(type, name) || Json::equals(from.value(name), to.value(name)))
                continue;
            UpgradeEntityResult result;
            result.configType = type;
            result.entity = name;
            result.before = entityIn(before, type, name);
            result.after = entityIn(after, type, name);
            results.append(result);
        }
    }
    return results;
}

Result<ChangePlan> ChangePlan::upgrade(const QStringList &configs, const QStringList &entities,
                                       const QJsonObject &liveDocument)
{
    ChangePlan plan;
    plan.kind = Kind::Upgrade;
    for (const QString &config : configs) {
        const auto type = ConfigTypeInfo::fromKey(config.trimmed().toLower());
        if (!type || !Upgrade::supportedConfigs().contains(ConfigTypeInfo::key(*type)))
            return Error {u"write.upgrade"_s, tr("\"%1\" cannot be upgraded; only roles can").arg(config), {}};
        if (!plan.types.contains(*type))
            plan.types.append(*type);
    }
    if (plan.types.isEmpty())
        return Error {u"write.upgrade"_s, tr("name the configuration types to upgrade (roles)"), {}};
    QStringList keys;
    for (ConfigType type : std::as_const(plan.types))
        keys << ConfigTypeInfo::key(type);
    plan.base = liveDocument;
    plan.expected = liveDocument; // unknown: the server computes the change
    plan.upgradeEntities = entities;
    plan.title = entities.isEmpty()
                     ? tr("Upgrade %1 to the defaults the cluster ships").arg(keys.join(u", "_s))
                     : tr("Upgrade %n entity(ies) to the defaults the cluster ships: %1", nullptr, int(entities.size()))
                           .arg(entities.join(u", "_s));
    WriteStep step;
    step.label = u"POST _upgrade_perform"_s;
    step.types = plan.types;
    step.request = SecurityApi::upgradePerform(keys, entities);
    step.verifiable = false;
    plan.steps.append(step);
    return plan;
}

std::pair<QJsonObject, QJsonObject> Upgrade::sides(const QJsonObject &configuration,
                                                   const QList<UpgradeEntityResult> &upgraded)
{
    QJsonObject sides[2] {configuration, configuration};
    for (const UpgradeEntityResult &entity : upgraded) {
        for (int side = 0; side < 2; ++side) {
            const QJsonValue value = side == 0 ? entity.before : entity.after;
            QJsonObject type = sides[side].value(entity.configType).toObject();
            if (value.isUndefined())
                type.remove(entity.entity);
            else
                type.insert(entity.entity, value);
            sides[side].insert(entity.configType, type);
        }
    }
    return {sides[0], sides[1]};
}

QStringList Upgrade::roles(const QStringList &entities, const QList<UpgradeEntry> &entries)
{
    if (!entities.isEmpty())
        return entities;
    QStringList roles;
    for (const UpgradeEntry &entry : entries) {
        if (!entry.isText && entry.configType == u"roles"_s && !roles.contains(entry.entity))
            roles << entry.entity;
    }
    return roles;
}
