#pragma once

// Tolerant readers for the plugin's other APIs (docs/api/security-api.md §13): account, certificates, tenancy,
// dashboardsinfo, tenantinfo, auth failure listeners, API tokens and service-account tokens. Like ResponseParsers
// they ignore unknown members, fill missing ones with the plugin's defaults, accept the shapes the plugin has used,
// and report a body of the wrong kind as an error naming the endpoint and what was expected. Pure functions and
// value types, any thread; the GUI reuses them.

#include <optional>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "app/common/Result.h"

// GET api/account.
struct AccountInfo
{
    QString userName;
    bool isReserved = false;
    bool isHidden = false;
    bool isInternalUser = false;
    QString requestedTenant; // empty when none
    QStringList backendRoles;
    QStringList roles;
    QStringList customAttributeNames;
    QMap<QString, bool> tenants; // name -> writable
};

// One certificate of one node, from GET api/certificates or GET api/ssl/certs.
struct NodeCertificate
{
    QString nodeId;   // empty for ssl/certs, which names no node
    QString nodeName; // empty when not given
    QString type;     // "http", "transport", "transport_client"
    QString subject;
    QString issuer;
    QStringList sans; // "DNS:localhost", "IP:127.0.0.1", "email:a@b", or "<type>:<value>" for other types
    QString serialNumber;
    bool hasPrivateKey = false;
    QDateTime notBefore; // invalid when unknown: the plugin's certificates API repeats not_after here (§13.2)
    QDateTime notAfter;  // invalid when missing or unreadable
    QString format;
    QString alias;
};

// How close a certificate is to its end (the GUI and the CLI mark them alike).
enum class ExpiryLevel { Ok, Warning, Error };

namespace CertificateExpiry {

inline constexpr int WarningDays = 30; // within 30 days: a warning
inline constexpr int ErrorDays = 7;    // within 7 days, or expired: an error

// Whole days from `now` to `notAfter` (negative once expired); nullopt when notAfter is unknown.
std::optional<qint64> daysLeft(const QDateTime &notAfter, const QDateTime &now);
// Unknown end dates are a warning: nobody can say they are fine.
ExpiryLevel classify(const QDateTime &notAfter, const QDateTime &now);
QString levelName(ExpiryLevel level); // "ok", "warning", "error"

} // namespace CertificateExpiry

// GET|PUT api/tenancy/config.
struct TenancyConfig
{
    bool multitenancyEnabled = true;
    bool privateTenantEnabled = true;
    QString defaultTenant;
    QStringList signInOptions;
    std::optional<QStringList> preferredTenants; // 3.7+
};

// GET dashboardsinfo (kibanainfo under the legacy prefix).
struct DashboardsInfo
{
    QString userName;
    bool multitenancyEnabled = true;
    bool privateTenantEnabled = true;
    QString defaultTenant;
    QString dashboardsIndex;
    QString serverUser;
    QStringList signInOptions;
    QString passwordRegex;
    QString passwordMessage;
    bool notFailOnForbidden = false;
    std::optional<bool> resourceSharingEnabled; // 3.3+
    std::optional<bool> apiTokensEnabled;       // 3.7+
    std::optional<qint64> maxDurationSeconds;   // 3.7+
};

// One entry of GET api/authfailurelisteners, with the plugin's defaults where a member is missing.
struct AuthFailureListener
{
    QString name;
    QString type;                  // "ip" or "username"
    QString authenticationBackend; // "internal" for username listeners, empty for ip
    QStringList ignoreHosts;
    qint64 allowedTries = 10;
    qint64 timeWindowSeconds = 3600;
    qint64 blockExpirySeconds = 600;
    qint64 maxBlockedClients = 100000;
    qint64 maxTrackedClients = 100000;

    // The member as config.dynamic.auth_failure_listeners holds it (defaults filled, no empty backend).
    QJsonObject toJson() const;
};

// One entry of GET api/apitokens (never the token itself: the server keeps only a hash).
struct ApiTokenInfo
{
    QString id;
    QString name;
    QDateTime issuedAt;
    QDateTime expiresAt; // invalid: never expires
    QDateTime revokedAt; // invalid: not revoked
    QStringList clusterPermissions;
    QJsonArray indexPermissions; // [{"index_pattern": [...], "allowed_actions": [...]}]
    QString createdBy;

    bool isRevoked() const { return revokedAt.isValid(); }
    bool isExpired(const QDateTime &now) const { return expiresAt.isValid() && expiresAt <= now; }
};

// What POST api/apitokens answered. `token` is shown once: print it and drop it.
struct CreatedApiToken
{
    QString id;
    QString token;
};

// What POST api/internalusers/{name}/authtoken answered: the account's new password, shown once.
struct ServiceAccountToken
{
    QString user;
    QString password;
};

struct SslInfo
{
    QString principal; // the client certificate's DN, empty without one
    int peerCertificates = 0;
    QString protocol;
    QString cipher;
    QStringList localCertificates; // with show_dn=true
};

namespace AdminParsers {

Result<AccountInfo> account(const QJsonValue &body);
// Both GET api/certificates ({"nodes": {id: {"name", "certificates": {type: [...]}}}}) and GET api/ssl/certs
// ({"http_certificates_list": [...], "transport_certificates_list": [...]}). A node that failed is skipped; a
// certificate that is not an object is an error naming the node and type.
Result<QList<NodeCertificate>> certificates(const QJsonValue &body);
Result<TenancyConfig> tenancyConfig(const QJsonValue &body);
Result<DashboardsInfo> dashboardsInfo(const QJsonValue &body);
// GET tenantinfo: index -> tenant ("__private__" for private tenants).
Result<QMap<QString, QString>> tenantInfo(const QJsonValue &body);
// GET api/authfailurelisteners and the answers of its PUT and DELETE: the map of every listener.
Result<QList<AuthFailureListener>> authFailureListeners(const QJsonValue &body);
// Validates a listener as the plugin does before sending (type ip|username, username needs backend internal, ip
// none, numbers non-negative integers); the error names the member.
Result<AuthFailureListener> authFailureListener(const QString &name, const QJsonValue &body);
// GET api/apitokens: an array (or {"tokens": [...]}, or a map id -> token).
Result<QList<ApiTokenInfo>> apiTokens(const QJsonValue &body);
Result<CreatedApiToken> createdApiToken(const QJsonValue &body);
Result<ServiceAccountToken> serviceAccountToken(const QJsonValue &body);
Result<SslInfo> sslInfo(const QJsonValue &body);

// "[[2, localhost], [7, 127.0.0.1]]" (the plugin's printed Java list), [[2, "localhost"]] or ["DNS:localhost"].
QStringList subjectAlternativeNames(const QJsonValue &value);
// An ISO 8601 instant ("2026-01-01T00:00:00Z", with or without fractions) or epoch milliseconds; invalid otherwise.
QDateTime instant(const QJsonValue &value);

} // namespace AdminParsers
