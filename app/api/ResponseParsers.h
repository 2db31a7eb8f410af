#pragma once

// Tolerant readers for the Security API's success bodies: they accept both the plugin's real shapes and the ones
// the documentation pages show (docs/api/security-api.md §12), ignore unknown members, and report a wrong shape as
// an error naming what was expected. Pure functions, any thread.

#include <optional>

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVersionNumber>

#include "app/common/Result.h"
#include "app/domain/ConfigType.h"
#include "app/domain/ConfigVersion.h"

// GET /
struct ClusterInfo
{
    QString nodeName;
    QString clusterName;
    QString versionText; // "3.3.0"
    QVersionNumber version;
    QString distribution; // "opensearch"

    bool hasVersioning() const { return version >= QVersionNumber(3, 3); } // may still be switched off
    bool hasUpgradeApi() const { return version >= QVersionNumber(2, 14); }
};

// GET /_plugins/_security/authinfo
struct AuthInfo
{
    QString userName;
    QStringList backendRoles;
    QStringList roles;           // mapped security roles
    QMap<QString, bool> tenants; // name -> writable
    QStringList customAttributeNames;
    QString remoteAddress;
    int peerCertificates = 0;
};

struct HealthInfo
{
    QString status; // "UP"
    QString mode;
    QString message;
};

// {"status": ..., "message": ...} of a successful write.
struct ServerMessage
{
    QString status;
    QString message;
    bool noUpdatesRequired() const { return message == u"No updates required"; }
};

// One row of an upgrade check or perform: the config type, the operation ("add", "modify", ..., or "" when the
// server sent free text) and the entity name or the text.
struct UpgradeRow
{
    QString configType;
    QString operation;
    QString entity;
};

struct UpgradeReport
{
    bool available = false;
    QList<UpgradeRow> rows;
};

namespace ResponseParsers {

Result<ClusterInfo> clusterInfo(const QJsonValue &body);
Result<AuthInfo> authInfo(const QJsonValue &body);
Result<HealthInfo> health(const QJsonValue &body);
ServerMessage message(const QJsonValue &body);

// GET versions and GET version/{id}: {"versions": [...]}, sorted numerically.
Result<QList<ConfigVersion>> versions(const QJsonValue &body);

// _upgrade_check ("upgradeActions") and _upgrade_perform ("upgrades"): per type either an object of operation ->
// names or an array of sentences.
Result<UpgradeReport> upgradeCheck(const QJsonValue &body);
Result<UpgradeReport> upgradePerform(const QJsonValue &body);

// The value a type has in the configuration document, from the body of GET .../<endpoint>:
// for config the "config" member of GET securityconfig; for the others the entity map without "_meta" (and, for
// audit, without "_readonly").
Result<QJsonValue> configTypeValue(ConfigType type, const QJsonValue &body);

} // namespace ResponseParsers
