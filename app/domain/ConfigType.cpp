#include "app/domain/ConfigType.h"

#include <QCoreApplication>

namespace ConfigTypeInfo {

const QList<ConfigType> &all()
{
    static const QList<ConfigType> types {ConfigType::Config,        ConfigType::Roles,        ConfigType::RolesMapping,
                                          ConfigType::InternalUsers, ConfigType::ActionGroups, ConfigType::Tenants,
                                          ConfigType::NodesDn,       ConfigType::Allowlist,    ConfigType::Audit};
    return types;
}

QString key(ConfigType type)
{
    switch (type) {
    case ConfigType::Config:
        return QStringLiteral("config");
    case ConfigType::Roles:
        return QStringLiteral("roles");
    case ConfigType::RolesMapping:
        return QStringLiteral("rolesmapping");
    case ConfigType::InternalUsers:
        return QStringLiteral("internalusers");
    case ConfigType::ActionGroups:
        return QStringLiteral("actiongroups");
    case ConfigType::Tenants:
        return QStringLiteral("tenants");
    case ConfigType::NodesDn:
        return QStringLiteral("nodesdn");
    case ConfigType::Allowlist:
        return QStringLiteral("allowlist");
    case ConfigType::Audit:
        return QStringLiteral("audit");
    }
    return {};
}

std::optional<ConfigType> fromKey(QStringView text)
{
    for (ConfigType type : all()) {
        if (text.compare(key(type), Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

QString endpoint(ConfigType type)
{
    return type == ConfigType::Config ? QStringLiteral("securityconfig") : key(type);
}

QString resourceWord(ConfigType type)
{
    switch (type) {
    case ConfigType::Roles:
        return QStringLiteral("role");
    case ConfigType::InternalUsers:
        return QStringLiteral("user");
    case ConfigType::ActionGroups:
        return QStringLiteral("actiongroup");
    case ConfigType::Tenants:
        return QStringLiteral("tenant");
    default:
        return key(type);
    }
}

QString fileName(ConfigType type)
{
    switch (type) {
    case ConfigType::RolesMapping:
        return QStringLiteral("roles_mapping.yml");
    case ConfigType::InternalUsers:
        return QStringLiteral("internal_users.yml");
    case ConfigType::ActionGroups:
        return QStringLiteral("action_groups.yml");
    case ConfigType::NodesDn:
        return QStringLiteral("nodes_dn.yml");
    default:
        return key(type) + QStringLiteral(".yml");
    }
}

QString displayName(ConfigType type)
{
    switch (type) {
    case ConfigType::Config:
        return QCoreApplication::translate("ConfigType", "Security config");
    case ConfigType::Roles:
        return QCoreApplication::translate("ConfigType", "Roles");
    case ConfigType::RolesMapping:
        return QCoreApplication::translate("ConfigType", "Role mappings");
    case ConfigType::InternalUsers:
        return QCoreApplication::translate("ConfigType", "Internal users");
    case ConfigType::ActionGroups:
        return QCoreApplication::translate("ConfigType", "Action groups");
    case ConfigType::Tenants:
        return QCoreApplication::translate("ConfigType", "Tenants");
    case ConfigType::NodesDn:
        return QCoreApplication::translate("ConfigType", "Nodes DN");
    case ConfigType::Allowlist:
        return QCoreApplication::translate("ConfigType", "Allowlist");
    case ConfigType::Audit:
        return QCoreApplication::translate("ConfigType", "Audit");
    }
    return {};
}

bool hasEntityCrud(ConfigType type)
{
    switch (type) {
    case ConfigType::Roles:
    case ConfigType::RolesMapping:
    case ConfigType::InternalUsers:
    case ConfigType::ActionGroups:
    case ConfigType::Tenants:
    case ConfigType::NodesDn:
        return true;
    default:
        return false;
    }
}

bool isSingleEntity(ConfigType type)
{
    return type == ConfigType::Config || type == ConfigType::Allowlist || type == ConfigType::Audit;
}

} // namespace ConfigTypeInfo
