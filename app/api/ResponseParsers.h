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
#include "app/domain/IndexMetadata.h"

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

// One row of GET _cat/indices?format=json: the columns asked for with h= (docs/api/security-api.md §10.6).
struct CatIndexRow
{
    QString index;
    bool closed = false; // "status" is "close" (absent: not asked for, taken as open)
    QString health;      // "green", "yellow", "red"; empty when not asked for
    QString uuid;        // empty when not asked for
};

// One row of GET _cat/aliases?format=json: one alias on one index.
struct CatAliasRow
{
    QString alias;
    QString index;
};

// One entry of GET _data_stream.
struct DataStreamInfo
{
    QString name;
    QStringList backingIndices; // oldest first; the last is the write index
    QString timestampField;     // "@timestamp"
    int generation = 0;
    QString status;       // "GREEN", "YELLOW", "RED"
    QString templateName; // empty when the body names none
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

// The index metadata endpoints (docs/api/security-api.md §10.6). An error names the endpoint and what is wrong:
// "the _cat/indices response is not a JSON array", "... (row 3 has no \"index\")".
Result<QList<CatIndexRow>> catIndices(const QJsonValue &body);
Result<QList<CatAliasRow>> catAliases(const QJsonValue &body);
Result<QList<DataStreamInfo>> dataStreams(const QJsonValue &body);

// Puts the readings together. `indices` lists every index (expand_wildcards=all); an index missing from
// `notHidden` (the names listed without hidden ones) is hidden, since no column says so. An alias member or backing
// index that `indices` does not list (created between the requests) is kept as an open index.
IndexMetadata indexMetadata(const QList<CatIndexRow> &indices, const QStringList &notHidden,
                            const QList<CatAliasRow> &aliases, const QList<DataStreamInfo> &dataStreams);

} // namespace ResponseParsers
