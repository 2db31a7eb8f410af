#pragma once

// AccessConfig: a Security configuration compiled for access evaluation, as the plugin compiles it: action groups
// flattened, every role's cluster permissions, index permissions (patterns, actions, DLS, FLS, masked fields) and
// tenant permissions resolved and compiled, the role mappings indexed, the dynamic settings that change decisions
// read. What the plugin drops is dropped here too, and listed (droppedRoles(), problems()) so that an explanation
// can say why a role grants nothing. Immutable after compile(), any thread.

#include <functional>
#include <memory>
#include <optional>

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "app/access/AccessTypes.h"
#include "app/access/ActionGroups.h"
#include "app/access/IndexPattern.h"
#include "app/access/NodeSettings.h"
#include "app/access/RoleMapper.h"
#include "app/access/WildcardMatcher.h"

// A field-level security rule of one index permission ("field", "~field" or "!field" excluded, globs and regexes).
struct FlsRule
{
    struct Pattern
    {
        QString source;
        WildcardMatcher matcher;
        bool excluded = false;
    };
    QList<Pattern> patterns;           // as given
    QList<Pattern> objectOnlyPatterns; // parent objects of included dotted fields ("a.b" includes object "a")
};

// A field masking expression: "field", "field::ALGORITHM" or "field::regex::replacement[::regex::replacement]...".
struct MaskExpression
{
    QString source;
    WildcardMatcher field;
};

struct CompiledIndexPermission
{
    int entry = 0; // position in the role's index_permissions
    IndexPattern pattern;
    QStringList allowedActions;  // as written (action groups unresolved)
    QStringList resolvedActions; // with every action group expanded (the plugin's resolve())
    WildcardMatcher actions;
    WildcardMatcher explicitActions; // without the literal "*": what counts as an explicit grant
    bool hasDls = false;
    QString dls;                  // the query as written (may hold ${...})
    QString dlsProblem;           // why the plugin ignores this DLS query (then the entry is unrestricted)
    std::optional<FlsRule> fls;   // none: no FLS on this entry
    QList<MaskExpression> masked; // empty: no masking on this entry
};

struct CompiledTenantPermission
{
    QStringList patterns;
    QList<std::optional<WildcardMatcher>> matchers; // aligned with patterns; nullopt for "${...}" (rendered per user)
    QStringList allowedActions;
    bool write = false; // the resolved actions contain kibana:saved_objects/*/write
};

struct CompiledRole
{
    QString name;
    QStringList clusterPermissions; // resolved
    WildcardMatcher cluster;
    WildcardMatcher explicitCluster; // without the literal "*"
    bool clusterAny = false;         // "*" among the resolved cluster permissions
    QList<CompiledIndexPermission> indexPermissions;
    // As far as the plugin reads them: a tenant pattern that does not compile ends the reading of the role's
    // tenant permissions (the ones before it still count).
    QList<CompiledTenantPermission> tenantPermissions;
};

// The settings of config.dynamic that change decisions.
struct DynamicSettings
{
    AccessEngine engine = AccessEngine::Legacy;
    bool dnfof = false;                    // do_not_fail_on_forbidden
    bool dnfofEmpty = false;               // do_not_fail_on_forbidden_empty
    bool ignoreUnauthorizedIndices = true; // privileges_evaluation_ignore_unauthorized_indices (V4 index reduction)
    bool multitenancy = true;              // kibana.multitenancy_enabled
    bool privateTenant = true;             // kibana.private_tenant_enabled
    QString serverUser = QStringLiteral("kibanaserver"); // kibana.server_username
    QString dashboardsIndex = QStringLiteral(".kibana"); // kibana.index
    QString filteredAliasMode = QStringLiteral("warn");  // filtered_alias_mode
};

class AccessConfig
{
public:
    AccessConfig() = default;
    // `document`: type key -> entities ("roles", "rolesmapping", "actiongroups", "tenants", "internalusers") plus
    // "config" (the security config, {"dynamic": ...} or the REST API's {"config": {"dynamic": ...}}).
    static AccessConfig compile(const QJsonObject &document, const NodeSettings &settings);

    const NodeSettings &settings() const { return m_settings; }
    const DynamicSettings &dynamic() const { return m_dynamic; }
    const FlattenedActionGroups &actionGroups() const { return m_actionGroups; }
    const RoleMapper &mapper() const { return m_mapper; }
    const CompiledRole *role(const QString &name) const;
    QStringList roleNames() const { return m_roleOrder; }
    bool hasTenant(const QString &tenant) const { return m_tenants.contains(tenant); }
    QStringList tenants() const { return m_tenantOrder; }
    QJsonObject internalUser(const QString &name) const { return m_internalUsers.value(name).toObject(); }
    QStringList internalUserNames() const { return m_internalUsers.keys(); }
    // Every internal user, in name order, without looking each one up (`withAttributes` as for one user).
    void forEachInternalUser(const std::function<void(const AccessUser &)> &visit, bool withAttributes = true) const;
    QJsonObject rawRole(const QString &name) const { return m_rawRoles.value(name).toObject(); }
    QJsonObject rawMappings() const { return m_rawMappings; }

    // Roles the plugin ignores entirely, with the reason (an invalid regex in its actions, ...).
    const QMap<QString, QString> &droppedRoles() const { return m_droppedRoles; }
    // Smaller things the plugin ignores: a single index pattern, a DLS query, an FLS rule, a mapping pattern.
    const QStringList &problems() const { return m_problems; }

    // An internal user as an AccessUser (backend roles, security roles, attributes as attr.internal.*); nullopt when
    // there is no such internal user.
    // `withAttributes` false leaves the attributes out (quicker, when only the roles matter).
    std::optional<AccessUser> userFromInternalUsers(const QString &name, bool withAttributes = true) const;

private:
    NodeSettings m_settings;
    DynamicSettings m_dynamic;
    FlattenedActionGroups m_actionGroups;
    RoleMapper m_mapper;
    QHash<QString, std::shared_ptr<const CompiledRole>> m_roles;
    QStringList m_roleOrder;
    QSet<QString> m_tenants;
    QStringList m_tenantOrder;
    QJsonObject m_internalUsers;
    QJsonObject m_rawRoles;
    QJsonObject m_rawMappings;
    QMap<QString, QString> m_droppedRoles;
    QStringList m_problems;
};
