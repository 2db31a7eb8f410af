#include "app/write/WriteChecks.h"
#include "app/domain/ConfigChanges.h"

#include "app/domain/WriteSecrets.h"
#include "app/json/Json.h"

using namespace Qt::StringLiterals;

namespace WriteChecks {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WriteChecks", text);
}

QJsonObject only(const QJsonObject &document, const QList<ConfigType> &types)
{
    QJsonObject result;
    for (ConfigType type : types) {
        const QString key = ConfigTypeInfo::key(type);
        if (document.contains(key))
            result.insert(key, document.value(key));
    }
    return result;
}

// Secret values the plan sets that GET can only show redacted: listed, because they cannot be compared.
void secretPaths(const QJsonValue &value, const JsonPointer &at, QStringList &out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const JsonPointer child = at.child(it.key());
            if (WriteSecrets::isSecretKey(it.key()) && it.value().isString() && !it.value().toString().isEmpty()
                && it.value().toString() != QStringView(WriteSecrets::Placeholder))
                out << child.toString();
            else
                secretPaths(it.value(), child, out);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            secretPaths(array.at(i), at.child(i), out);
    }
}

} // namespace

ConflictReport conflict(const ChangePlan &plan, const QJsonObject &fresh)
{
    QList<ConfigType> types = plan.types;
    for (ConfigType type : plan.readTypes) {
        if (!types.contains(type))
            types.append(type);
    }
    return conflict(plan, fresh, types);
}

ConflictReport conflict(const ChangePlan &plan, const QJsonObject &fresh, const QList<ConfigType> &types)
{
    ConflictReport report;
    const QJsonObject base = WriteSecrets::redactDocument(only(plan.base, types));
    const QJsonObject server = WriteSecrets::redactDocument(only(fresh, types));
    const QJsonObject yours = WriteSecrets::redactDocument(only(plan.expected, types));
    for (ConfigType type : std::as_const(types)) {
        const QString key = ConfigTypeInfo::key(type);
        if (base.contains(key) != server.contains(key) || !Json::equals(base.value(key), server.value(key)))
            report.types << key;
    }
    if (report.types.isEmpty())
        return report;
    report.serverChanges = JsonDiff::changes(base, server);

    // The paths the write touches: the patch's own, or (without a patch) what changed on the server.
    QList<JsonPointer> paths;
    for (const QJsonValue &item : plan.sourcePatch) {
        for (const QString &member : {u"path"_s, u"from"_s}) {
            if (!item.toObject().contains(member))
                continue;
            auto pointer = JsonPointer::parse(item.toObject().value(member).toString());
            if (pointer && !paths.contains(*pointer))
                paths.append(*pointer);
        }
    }
    if (paths.isEmpty()) {
        for (const JsonChange &change : std::as_const(report.serverChanges))
            paths.append(change.path);
    }
    for (const JsonPointer &path : std::as_const(paths)) {
        if (path.isRoot() || !report.types.contains(path.tokens().first()))
            continue;
        report.entries.append({path, path.valueIn(base), path.valueIn(server), path.valueIn(yours)});
    }
    return report;
}

Verification verify(const QJsonObject &expected, const QJsonObject &actual, const QList<ConfigType> &types)
{
    Verification result;
    QJsonObject want = only(expected, types);
    const QJsonObject got = WriteSecrets::redactDocument(only(actual, types));

    secretPaths(want, JsonPointer(), result.notCompared);
    for (QString &path : result.notCompared)
        path = tr("%1: a secret; the server shows it only redacted").arg(path);
    // Internal users: a password becomes a hash, and GET never shows hashes.
    if (want.contains(u"internalusers"_s)) {
        QJsonObject users = want.value(u"internalusers"_s).toObject();
        for (auto it = users.begin(); it != users.end(); ++it) {
            QJsonObject user = it.value().toObject();
            if (user.contains(u"password"_s)) {
                user.remove(u"password"_s);
                user.insert(u"hash"_s, QString());
            }
            it.value() = user;
        }
        want.insert(u"internalusers"_s, users);
    }
    // Authentication and authorization domains accept and ignore `transport_enabled` (docs/api/security-api.md §6.2).
    if (want.contains(u"config"_s)) {
        QJsonObject config = want.value(u"config"_s).toObject();
        QJsonObject dynamic = config.value(u"dynamic"_s).toObject();
        for (const QString &section : {u"authc"_s, u"authz"_s}) {
            QJsonObject domains = dynamic.value(section).toObject();
            for (auto it = domains.begin(); it != domains.end(); ++it) {
                QJsonObject domain = it.value().toObject();
                if (domain.contains(u"transport_enabled"_s)) {
                    domain.remove(u"transport_enabled"_s);
                    result.notCompared << tr("%1: accepted and ignored by the server")
                                              .arg(JsonPointer({u"config"_s, u"dynamic"_s, section, it.key(),
                                                                u"transport_enabled"_s})
                                                       .toString());
                }
                it.value() = domain;
            }
            if (dynamic.contains(section))
                dynamic.insert(section, domains);
        }
        config.insert(u"dynamic"_s, dynamic);
        want.insert(u"config"_s, config);
    }
    want = WriteSecrets::redactDocument(want);

    for (const JsonChange &change : JsonDiff::changes(want, got)) {
        // The server fills in defaults, and leaves out null members: neither is a difference.
        if (change.kind == JsonChange::Kind::Added && Json::isDefaultLike(change.newValue))
            continue;
        if (change.kind == JsonChange::Kind::Removed && Json::isDefaultLike(change.oldValue))
            continue;
        result.differences.append(change);
    }
    return result;
}

Resolution resolve(const QJsonObject &before, const QJsonObject &expected, const QJsonObject &actual,
                   const QList<ConfigType> &types, bool expectedKnown)
{
    Resolution resolution;
    const Verification unchanged = verify(before, actual, types);
    if (unchanged.differences.isEmpty()) {
        resolution.found = Resolution::Found::NotApplied;
        return resolution;
    }
    if (!expectedKnown) {
        resolution.found = Resolution::Found::Applied;
        return resolution;
    }
    const Verification planned = verify(expected, actual, types);
    resolution.found = planned.differences.isEmpty() ? Resolution::Found::Applied : Resolution::Found::Differs;
    resolution.differences = planned.differences;
    return resolution;
}

QSet<QString> entitiesOf(const QList<JsonChange> &changes)
{
    QSet<QString> entities;
    for (const JsonChange &change : changes) {
        if (!ConfigChanges::type(change).isEmpty())
            entities.insert(ConfigChanges::key(change));
    }
    return entities;
}

bool containsEntity(const QSet<QString> &entities, const QString &entity)
{
    return entities.contains(entity) || entities.contains(entity.section(u'/', 0, 0) + u"/*"_s);
}

} // namespace WriteChecks
