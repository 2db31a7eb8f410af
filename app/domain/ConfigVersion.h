#pragma once

// ConfigVersion: one entry of the cluster's configuration version history, and the conversions the timeline needs.
// A value type, any thread.

#include <functional>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

struct ConfigVersion
{
    QString id;            // "v12"
    qint64 number = -1;    // 12; -1 when the id does not parse (such versions sort last)
    QString timestampText; // as the server sent it (nanosecond precision)
    QDateTime timestamp;   // parsed, millisecond precision; invalid when it does not parse
    QString modifiedBy;
    QJsonObject securityConfigs; // cType -> {"lastUpdated", "configData"}; hashes included, never display them
    QString rawSecurityConfigs;  // when the server sent something that is not an object and does not parse

    // The configuration document (docs/cli.md §2): each cType's configData without _meta (config: its "config" member).
    // Secrets (password hashes, config passwords) are redacted unless showSecrets.
    QJsonObject toConfigDocument(bool showSecrets = false) const;
};

namespace ConfigVersions {

// "v12" -> 12; anything else -> -1.
qint64 parseNumber(const QString &id);

// Numeric order (v2 before v10); ids that do not parse go last, by text.
void sort(QList<ConfigVersion> &versions);

// Drops static entities ("static": true) from a configuration document: the plugin never stores them, so version
// snapshots never hold them, and a live configuration compared with a version must leave them out.
QJsonObject withoutStatics(const QJsonObject &document);

enum class SecretMode {
    Redact,     // hashes become "", other secrets "******" (as the plugin's GET shows them)
    Fingerprint // "<hash 1a2b3c4d>" / "<secret 1a2b3c4d>": a digest, so changes stay visible and nothing leaks
};

// Protects the secrets of a configuration document: every internal user's "hash", and every member named
// "password" in the security config (LDAP bind passwords and the like). With `isSecret` (the caller's rule, such as
// WriteSecrets::isSecretKey), every member whose name it accepts, in every type, is protected too (an internal
// user's "hash" stays a hash); a secret that is not a string is protected whole.
QJsonObject protectSecrets(const QJsonObject &document, SecretMode mode,
                           const std::function<bool(QStringView)> &isSecret = {});

// The number of changes (patch operations) from `previous` to `version`, per type key; hashes compared by
// fingerprint. Against an empty `previousDocument` each type present counts once (added whole).
QMap<QString, int> changeCounts(const QJsonObject &previousDocument, const QJsonObject &document);

} // namespace ConfigVersions
