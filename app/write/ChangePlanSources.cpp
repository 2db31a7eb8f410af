// ChangePlan's other sources: replace-config (PUT securityconfig/config) and restore from a backup.

#include "app/domain/ConfigVersion.h"
#include "app/domain/WriteSecrets.h"
#include "app/json/Json.h"
#include "app/write/ChangePlan.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxStringLength = 256;

Error validationError(const QString &message)
{
    return Error {u"write.validation"_s, message, {}};
}

// The plugin's body checks for PUT securityconfig/config (docs/api/security-api.md §4.3 steps 6 and 7, at any depth).
std::optional<QString> checkValues(const QJsonValue &value, const JsonPointer &at)
{
    if (value.isString() && value.toString().size() > MaxStringLength)
        return ChangePlan::tr("%1: the string has %2 characters; the server accepts at most %3")
            .arg(at.toString())
            .arg(value.toString().size())
            .arg(MaxStringLength);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (auto error = checkValues(it.value(), at.child(it.key())))
                return error;
        }
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue item = array.at(i);
            if (item.isNull() || (item.isString() && item.toString().trimmed().isEmpty()))
                return ChangePlan::tr("%1: null or blank values are not allowed as array elements")
                    .arg(at.child(i).toString());
            if (auto error = checkValues(item, at.child(i)))
                return error;
        }
    }
    return std::nullopt;
}

void placeholderPaths(const QJsonValue &value, const JsonPointer &at, QStringList &paths)
{
    if (value.isString() && value.toString() == QStringView(WriteSecrets::Placeholder))
        paths << at.toString();
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            placeholderPaths(it.value(), at.child(it.key()), paths);
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            placeholderPaths(array.at(i), at.child(i), paths);
    }
}

} // namespace

Result<ChangePlan> ChangePlan::replaceConfig(const QJsonObject &file, const QJsonObject &document)
{
    for (auto it = file.begin(); it != file.end(); ++it) {
        if (it.key() != u"dynamic"_s)
            return validationError(tr("the file may hold only \"dynamic\", not \"%1\"").arg(it.key()));
    }
    if (!file.value(u"dynamic"_s).isObject())
        return validationError(tr("the file must hold {\"dynamic\": {...}}: \"dynamic\" is missing or not an object"));
    const QJsonObject dynamic = file.value(u"dynamic"_s).toObject();
    if (auto error = checkValues(dynamic, JsonPointer({u"dynamic"_s})))
        return validationError(*error);
    if (!document.contains(u"config"_s))
        return validationError(tr("the security configuration (securityconfig) is not available on this cluster"));

    ChangePlan plan;
    plan.kind = Kind::ReplaceConfig;
    plan.title = tr("Replace the security configuration (PUT securityconfig/config)");
    plan.base = document;
    plan.expected = document;
    plan.expected.insert(u"config"_s, QJsonObject {{u"dynamic"_s, dynamic}});
    plan.types = {ConfigType::Config};
    QStringList placeholders;
    placeholderPaths(dynamic, JsonPointer({u"dynamic"_s}), placeholders);
    if (!placeholders.isEmpty())
        plan.warnings << tr("%1 hold(s) the placeholder \"******\" that GET shows instead of a password; the server "
                            "would store it literally as the password. Put the real value in the file, or change "
                            "only what you mean to with a patch.",
                            nullptr, int(placeholders.size()))
                             .arg(placeholders.join(u", "_s));
    if (dynamic.isEmpty())
        plan.warnings << tr("\"dynamic\" is empty: every setting returns to its default and all authentication "
                            "domains are removed.");
    WriteStep step;
    step.label = u"PUT securityconfig/config"_s;
    step.types = {ConfigType::Config};
    step.request = SecurityApi::putSecurityConfig(dynamic);
    plan.steps.append(step);
    return plan;
}

Result<ChangePlan, PatchError> ChangePlan::restore(const QJsonObject &backup, const QJsonObject &current,
                                                   const QList<ConfigType> &types)
{
    QList<ConfigType> selected = types;
    if (selected.isEmpty()) {
        for (ConfigType type : ConfigTypeInfo::all()) {
            if (backup.contains(ConfigTypeInfo::key(type)) && current.contains(ConfigTypeInfo::key(type)))
                selected.append(type);
        }
    }
    QStringList warnings;
    QJsonObject from;
    QJsonObject to;
    for (ConfigType type : std::as_const(selected)) {
        const QString key = ConfigTypeInfo::key(type);
        if (!backup.contains(key) || !current.contains(key)) {
            warnings << tr("%1 is not in both the backup and the cluster's configuration; left alone").arg(key);
            continue;
        }
        from.insert(key, current.value(key));
        to.insert(key, backup.value(key));
    }
    // Static entities are the plugin's, never stored; they cannot be restored and need not be.
    from = ConfigVersions::withoutStatics(from);
    to = ConfigVersions::withoutStatics(to);
    if (to.contains(u"internalusers"_s)) {
        // Hashes are never in a backup: compare users without them, and leave out users only the backup has.
        QJsonObject backupUsers = to.value(u"internalusers"_s).toObject();
        QJsonObject currentUsers = from.value(u"internalusers"_s).toObject();
        for (auto it = backupUsers.begin(); it != backupUsers.end();) {
            if (!currentUsers.contains(it.key())) {
                warnings << tr("user %1 cannot be restored: the backup holds no password for it; create it again "
                               "with a password")
                                .arg(it.key());
                it = backupUsers.erase(it);
                continue;
            }
            QJsonObject user = it.value().toObject();
            user.remove(u"hash"_s);
            it.value() = user;
            ++it;
        }
        for (auto it = currentUsers.begin(); it != currentUsers.end(); ++it) {
            QJsonObject user = it.value().toObject();
            user.remove(u"hash"_s);
            it.value() = user;
        }
        to.insert(u"internalusers"_s, backupUsers);
        from.insert(u"internalusers"_s, currentUsers);
    }
    QJsonArray patch;
    for (const PatchOperation &operation : JsonDiff::diff(from, to).operations()) {
        if (operation.hasValue() && WriteSecrets::containsPlaceholder(operation.value)) {
            warnings
                << tr("%1 is not restored: the backup holds it redacted (\"******\")").arg(operation.path.toString());
            continue;
        }
        patch.append(operation.toJson());
    }
    auto plan = compile(patch, current);
    if (!plan)
        return plan.error();
    plan->kind = Kind::Restore;
    plan->title = tr("Restore from a backup");
    plan->warnings = warnings + plan->warnings;
    return plan;
}
