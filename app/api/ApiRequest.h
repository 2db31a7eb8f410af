#pragma once

// ApiRequest: one call to the Security REST API as a value (method, path, query, optional JSON body), and the
// builders for every endpoint SecDesk drives. Any thread.

#include <optional>

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include "app/domain/ConfigType.h"

class JsonPatch;

struct ApiRequest
{
    QByteArray method = "GET";
    QString path; // absolute, percent-encoded: "/_plugins/_security/api/roles/r%201"
    QUrlQuery query;
    std::optional<QJsonValue> body;
    QByteArray contentType = "application/json"; // of the body; the plugin refuses anything but JSON-like types

    // "GET /_plugins/_security/api/roles?x=y", for messages and logs (never contains a secret).
    QString displayText() const;
    QString methodText() const { return QString::fromLatin1(method); }
};

namespace SecurityApi {

inline constexpr char16_t ApiPrefix[] = u"/_plugins/_security/api";

// Percent-encodes one path segment (entity names may hold '*', ':', '/' or spaces).
QString encodeSegment(const QString &segment);

ApiRequest clusterInfo(); // GET /
ApiRequest health();
ApiRequest authInfo();

ApiRequest getConfig(ConfigType type);
// PATCH of one type; paths are relative to the type ("/r1/description"); for config, "/config/dynamic/...".
ApiRequest patchConfig(ConfigType type, const JsonPatch &patch);
ApiRequest putSecurityConfig(const QJsonValue &dynamic); // body {"dynamic": ...}
ApiRequest putEntity(ConfigType type, const QString &name, const QJsonValue &body);
ApiRequest deleteEntity(ConfigType type, const QString &name);

ApiRequest upgradeCheck(const QStringList &configs = {QStringLiteral("roles")}, const QStringList &entities = {});
ApiRequest upgradePerform(const QStringList &configs = {QStringLiteral("roles")}, const QStringList &entities = {});

// OpenSearch core's index metadata, always with format=json (docs/api/security-api.md §10.6). expandWildcards is
// the comma-separated list ("all", "open,closed"; empty: the endpoint's default), columns the h= list (empty: the
// default columns).
ApiRequest catIndices(const QString &expandWildcards = {}, const QStringList &columns = {});
ApiRequest catAliases(const QString &expandWildcards = {}, const QStringList &columns = {});
// GET /_data_stream, or /_data_stream/{name} for one name or pattern. It takes no expand_wildcards.
ApiRequest dataStreams(const QString &name = {});

ApiRequest versions();
ApiRequest version(const QString &id);
// Always prefer an explicit id: without one the plugin rolls back to the second-newest stored version, so two calls
// in a row toggle.
ApiRequest rollback(const std::optional<QString> &id);

// The plugin's other APIs (docs/api/security-api.md §13), current prefix unless noted. ApiAvailability says which
// of them a cluster version has.
ApiRequest account(); // GET api/account: who the caller is
// PUT api/account. The body holds both passwords: never log, print or journal it (displayText() does not show it).
ApiRequest changeOwnPassword(const QString &currentPassword, const QString &newPassword);
ApiRequest flushCache();                        // DELETE api/cache
ApiRequest flushUserCache(const QString &user); // DELETE api/cache/user/{name} (3.1+)
// GET api/certificates[/{nodeId}]?cert_type=... (2.15+); certType empty: the server's default (all types).
ApiRequest certificates(const QString &certType = {}, const QString &nodeId = {});
ApiRequest sslCerts();                              // GET api/ssl/certs (the deprecated list of key certificates)
ApiRequest reloadCertificates(const QString &type); // PUT api/ssl/{http|transport}/reloadcerts
ApiRequest sslInfo(bool showDn = false);            // GET /_opendistro/_security/sslinfo (that prefix only)
ApiRequest tenancyConfig();                         // GET api/tenancy/config
ApiRequest putTenancyConfig(const QJsonObject &body);
ApiRequest dashboardsInfo(); // GET /_plugins/_security/dashboardsinfo
ApiRequest tenantInfo();     // GET /_plugins/_security/tenantinfo
// POST api/internalusers/{name}/authtoken: a new password for a service account, answered once in the message.
ApiRequest serviceAccountToken(const QString &name);
ApiRequest apiTokens(); // GET api/apitokens (3.7+)
ApiRequest createApiToken(const QJsonObject &body);
ApiRequest revokeApiToken(const QString &id);
ApiRequest authFailureListeners(); // GET api/authfailurelisteners (3.0+)
ApiRequest putAuthFailureListener(const QString &name, const QJsonObject &body);
ApiRequest deleteAuthFailureListener(const QString &name);

} // namespace SecurityApi
