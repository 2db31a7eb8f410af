#pragma once

// NodeSettings: the node settings (opensearch.yml) that change how the Security plugin decides access. The REST API
// does not show them, so they come from the user (a flat JSON object such as
// {"plugins.security.roles_mapping_resolution": "BOTH"}) and every one not given stays at the plugin's default,
// which evaluation then names as an assumption. A value type, any thread.

#include <QJsonObject>
#include <QStringList>

#include "app/common/Result.h"

class NodeSettings
{
public:
    enum class RoleMappingResolution { MappingOnly, BackendRolesOnly, Both };

    NodeSettings() = default;

    // Reads a flat object of setting name to value (a string, a boolean, a number or an array of strings). Nested
    // objects are flattened with dots ({"plugins": {"security": {...}}} works too). An unknown setting is kept and
    // ignored; a known one of the wrong type is an error naming it.
    static Result<NodeSettings> fromJson(const QJsonObject &json);
    QJsonObject toJson() const { return m_values; }

    // The known settings, each with the plugin's default.
    RoleMappingResolution roleMappingResolution() const; // roles_mapping_resolution, MAPPING_ONLY
    bool dfmEmptyOverridesAll() const;                   // dfm_empty_overrides_all, false
    bool systemIndicesEnabled() const;                   // system_indices.enabled, false
    bool systemIndexPermissionEnabled() const;           // system_indices.permission.enabled, false
    QStringList systemIndices() const;                   // system_indices.indices, none
    bool protectedIndicesEnabled() const;                // protected_indices.enabled, false
    QStringList protectedIndices() const;                // protected_indices.indices, none
    QStringList protectedIndicesRoles() const;           // protected_indices.roles, none
    bool filterSecurityIndexFromAllRequests() const;     // filter_securityindex_from_all_requests, false
    QString securityIndex() const;                       // config_index_name, .opendistro_security
    QStringList restApiRolesEnabled() const;             // restapi.roles_enabled, none
    bool enableSnapshotRestorePrivilege() const;         // enable_snapshot_restore_privilege, true
    bool checkSnapshotRestoreWritePrivileges() const;    // check_snapshot_restore_write_privileges, true
    QStringList forceAsClusterActions() const;           // privileges_evaluation.actions.force_as_cluster_actions
    QStringList universallyDeniedActions() const;        // privileges_evaluation.actions.universally_denied_actions
    QStringList mapActionNames() const;                  // privileges_evaluation.actions.map_action_names ("a>b")

    // The full names of the known settings that were not given (so are at their defaults), sorted.
    QStringList defaulted() const;
    // Every known setting's full name.
    static QStringList knownSettings();

private:
    QJsonValue value(const QString &shortName) const;
    bool boolean(const QString &shortName, bool fallback) const;
    QStringList list(const QString &shortName) const;

    QJsonObject m_values; // full setting name -> value
};
