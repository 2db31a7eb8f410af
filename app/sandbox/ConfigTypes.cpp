#include "app/sandbox/ConfigTypes.h"

using namespace Qt::StringLiterals;

namespace ConfigTypes {

const QList<CType> &all()
{
    static const QList<CType> types = {CType::ActionGroups, CType::Allowlist,     CType::Audit,
                                       CType::Config,       CType::InternalUsers, CType::NodesDn,
                                       CType::Roles,        CType::RolesMapping,  CType::Tenants};
    return types;
}

QString name(CType type)
{
    switch (type) {
    case CType::ActionGroups:
        return u"actiongroups"_s;
    case CType::Allowlist:
        return u"allowlist"_s;
    case CType::Audit:
        return u"audit"_s;
    case CType::Config:
        return u"config"_s;
    case CType::InternalUsers:
        return u"internalusers"_s;
    case CType::NodesDn:
        return u"nodesdn"_s;
    case CType::Roles:
        return u"roles"_s;
    case CType::RolesMapping:
        return u"rolesmapping"_s;
    case CType::Tenants:
        return u"tenants"_s;
    }
    return {};
}

std::optional<CType> fromName(QStringView text)
{
    for (CType type : all()) {
        if (name(type) == text)
            return type;
    }
    return std::nullopt;
}

QString fileName(CType type)
{
    switch (type) {
    case CType::ActionGroups:
        return u"action_groups.yml"_s;
    case CType::InternalUsers:
        return u"internal_users.yml"_s;
    case CType::NodesDn:
        return u"nodes_dn.yml"_s;
    case CType::RolesMapping:
        return u"roles_mapping.yml"_s;
    default:
        return name(type) + u".yml"_s;
    }
}

QString staticFileName(CType type)
{
    switch (type) {
    case CType::ActionGroups:
        return u"static_action_groups.yml"_s;
    case CType::Roles:
        return u"static_roles.yml"_s;
    case CType::Tenants:
        return u"static_tenants.yml"_s;
    default:
        return {};
    }
}

QString resourceWord(CType type)
{
    switch (type) {
    case CType::ActionGroups:
        return u"actiongroup"_s;
    case CType::InternalUsers:
        return u"user"_s;
    case CType::Roles:
        return u"role"_s;
    case CType::Tenants:
        return u"tenant"_s;
    default:
        return name(type);
    }
}

QString endpointName(CType type)
{
    switch (type) {
    case CType::Config:
        return u"CONFIG"_s;
    default:
        return name(type).toUpper();
    }
}

bool isCollection(CType type)
{
    return type != CType::Config && type != CType::Allowlist && type != CType::Audit;
}

bool supportsStatic(CType type)
{
    return type == CType::ActionGroups || type == CType::InternalUsers || type == CType::Roles
           || type == CType::Tenants;
}

bool supportsFlags(CType type)
{
    return supportsStatic(type) || type == CType::RolesMapping;
}

} // namespace ConfigTypes
