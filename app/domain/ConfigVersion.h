#pragma once

// ConfigVersion: one entry of the cluster's configuration version history, and the conversions the timeline needs.
// A value type, any thread.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
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

    // The configuration document of CLI.md: each cType's configData without _meta (config: its "config" member).
    // Password hashes are replaced by "" unless showHashes.
    QJsonObject toConfigDocument(bool showHashes = false) const;
};

namespace ConfigVersions {

// "v12" -> 12; anything else -> -1.
qint64 parseNumber(const QString &id);

// Numeric order (v2 before v10); ids that do not parse go last, by text.
void sort(QList<ConfigVersion> &versions);

// Replaces every internal user's "hash" by "" in a configuration document (or a type map of users).
QJsonObject redactHashes(const QJsonObject &document);

} // namespace ConfigVersions
