#include "app/access/NodeSettings.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

const QString Prefix = u"plugins.security."_s;

enum class Kind { Boolean, String, List };

struct Known
{
    const char *name; // after the prefix
    Kind kind;
};

const Known KnownSettings[] = {
    {"roles_mapping_resolution", Kind::String},
    {"dfm_empty_overrides_all", Kind::Boolean},
    {"system_indices.enabled", Kind::Boolean},
    {"system_indices.permission.enabled", Kind::Boolean},
    {"system_indices.indices", Kind::List},
    {"protected_indices.enabled", Kind::Boolean},
    {"protected_indices.indices", Kind::List},
    {"protected_indices.roles", Kind::List},
    {"filter_securityindex_from_all_requests", Kind::Boolean},
    {"config_index_name", Kind::String},
    {"restapi.roles_enabled", Kind::List},
    {"enable_snapshot_restore_privilege", Kind::Boolean},
    {"check_snapshot_restore_write_privileges", Kind::Boolean},
    {"privileges_evaluation.actions.force_as_cluster_actions", Kind::List},
    {"privileges_evaluation.actions.universally_denied_actions", Kind::List},
    {"privileges_evaluation.actions.map_action_names", Kind::List},
};

void flatten(const QJsonObject &object, const QString &prefix, QJsonObject &into)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        if (it->isObject())
            flatten(it->toObject(), key, into);
        else
            into.insert(key, *it);
    }
}

bool isStringList(const QJsonValue &value)
{
    if (value.isString())
        return true; // a comma-separated list, as in opensearch.yml
    if (!value.isArray())
        return false;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return false;
    }
    return true;
}

} // namespace

Result<NodeSettings> NodeSettings::fromJson(const QJsonObject &json)
{
    NodeSettings settings;
    flatten(json, {}, settings.m_values);
    for (const Known &known : KnownSettings) {
        const QString name = Prefix + QLatin1String(known.name);
        const QJsonValue value = settings.m_values.value(name);
        if (value.isUndefined() || value.isNull())
            continue;
        bool ok = true;
        QString expected;
        switch (known.kind) {
        case Kind::Boolean:
            ok = value.isBool()
                 || (value.isString() && (value.toString() == u"true"_s || value.toString() == u"false"_s));
            expected = u"true or false"_s;
            break;
        case Kind::String:
            ok = value.isString();
            expected = u"a string"_s;
            break;
        case Kind::List:
            ok = isStringList(value);
            expected = u"an array of strings"_s;
            break;
        }
        if (!ok) {
            return Error {u"settings.parse"_s, u"The node setting %1 must be %2."_s.arg(name, expected), {}};
        }
    }
    return settings;
}

QJsonValue NodeSettings::value(const QString &shortName) const
{
    return m_values.value(Prefix + shortName);
}

bool NodeSettings::boolean(const QString &shortName, bool fallback) const
{
    const QJsonValue v = value(shortName);
    if (v.isBool())
        return v.toBool();
    if (v.isString())
        return v.toString() == u"true"_s;
    return fallback;
}

QStringList NodeSettings::list(const QString &shortName) const
{
    const QJsonValue v = value(shortName);
    if (v.isString()) {
        QStringList items;
        for (const QString &item : v.toString().split(u',', Qt::SkipEmptyParts))
            items.append(item.trimmed());
        return items;
    }
    QStringList items;
    for (const QJsonValue &item : v.toArray())
        items.append(item.toString());
    return items;
}

NodeSettings::RoleMappingResolution NodeSettings::roleMappingResolution() const
{
    // The plugin upper-cases the value; anything it does not know falls back to MAPPING_ONLY.
    const QString mode = value(u"roles_mapping_resolution"_s).toString().toUpper();
    if (mode == u"BOTH"_s)
        return RoleMappingResolution::Both;
    if (mode == u"BACKENDROLES_ONLY"_s)
        return RoleMappingResolution::BackendRolesOnly;
    return RoleMappingResolution::MappingOnly;
}

bool NodeSettings::dfmEmptyOverridesAll() const
{
    return boolean(u"dfm_empty_overrides_all"_s, false);
}

bool NodeSettings::systemIndicesEnabled() const
{
    return boolean(u"system_indices.enabled"_s, false);
}

bool NodeSettings::systemIndexPermissionEnabled() const
{
    return boolean(u"system_indices.permission.enabled"_s, false);
}

QStringList NodeSettings::systemIndices() const
{
    return list(u"system_indices.indices"_s);
}

bool NodeSettings::protectedIndicesEnabled() const
{
    return boolean(u"protected_indices.enabled"_s, false);
}

QStringList NodeSettings::protectedIndices() const
{
    return list(u"protected_indices.indices"_s);
}

QStringList NodeSettings::protectedIndicesRoles() const
{
    return list(u"protected_indices.roles"_s);
}

bool NodeSettings::filterSecurityIndexFromAllRequests() const
{
    return boolean(u"filter_securityindex_from_all_requests"_s, false);
}

QString NodeSettings::securityIndex() const
{
    const QString name = value(u"config_index_name"_s).toString();
    return name.isEmpty() ? u".opendistro_security"_s : name;
}

QStringList NodeSettings::restApiRolesEnabled() const
{
    return list(u"restapi.roles_enabled"_s);
}

bool NodeSettings::enableSnapshotRestorePrivilege() const
{
    return boolean(u"enable_snapshot_restore_privilege"_s, true);
}

bool NodeSettings::checkSnapshotRestoreWritePrivileges() const
{
    return boolean(u"check_snapshot_restore_write_privileges"_s, true);
}

QStringList NodeSettings::forceAsClusterActions() const
{
    return list(u"privileges_evaluation.actions.force_as_cluster_actions"_s);
}

QStringList NodeSettings::universallyDeniedActions() const
{
    return list(u"privileges_evaluation.actions.universally_denied_actions"_s);
}

QStringList NodeSettings::mapActionNames() const
{
    return list(u"privileges_evaluation.actions.map_action_names"_s);
}

QStringList NodeSettings::knownSettings()
{
    QStringList names;
    for (const Known &known : KnownSettings)
        names.append(Prefix + QLatin1String(known.name));
    return names;
}

QStringList NodeSettings::defaulted() const
{
    QStringList names;
    for (const QString &name : knownSettings()) {
        if (!m_values.contains(name))
            names.append(name);
    }
    names.sort();
    return names;
}
