#pragma once

// The vocabulary of access evaluation: the two evaluation engines of the Security plugin, and the user whose access
// is evaluated (who they are, what the authentication backend said about them, where they connect from). Values,
// any thread.

#include <optional>

#include <QMap>
#include <QString>
#include <QStringList>

// The plugin's two privilege evaluators: the default one of every 3.x release, and the one that
// config.dynamic.privileges_evaluation_type: v4 selects (3.7+). They differ in how aliases, data streams, system
// indices and requests without indices are decided.
enum class AccessEngine { Legacy, V4 };

namespace AccessEngines {
QString name(AccessEngine engine); // "legacy", "v4"
std::optional<AccessEngine> fromName(const QString &name);
} // namespace AccessEngines

struct AccessUser
{
    QString name;
    QStringList backendRoles;          // from the authentication backend (internal users: their backend_roles)
    QStringList securityRoles;         // role names given directly (internal users: opendistro_security_roles)
    QMap<QString, QString> attributes; // custom attributes, keys as the plugin names them ("attr.internal.dept")
    QString ip;                        // the caller's address, for host mappings; empty when unknown
    QString requestedTenant;           // the Dashboards tenant the request names; empty: none
};
