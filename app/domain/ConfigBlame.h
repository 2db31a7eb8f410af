#pragma once

// ConfigBlame: for a path in the live configuration, the version in which its current value first appeared (and
// stayed until the newest version), and who made it. Pure value code, any thread.

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <optional>

#include "app/json/JsonPointer.h"

struct BlameVersion
{
    QString id;            // "v7"
    QString timestampText; // as the server sent it
    QString modifiedBy;
    QJsonObject document; // the version as a configuration document (compare secrets the same way as liveValue)
};

struct BlameResult
{
    QString id;
    QString timestampText;
    QString modifiedBy;
    qsizetype index = -1; // in the list passed to blame()
};

namespace ConfigBlame {

// `versions` oldest -> newest. The earliest version from which the value at `pointer` equals `liveValue` in every
// version up to the newest; nullopt when the newest version does not hold it (the value is not in any version,
// or it changed after the newest was recorded). An absent value is Undefined: blame then finds where it vanished.
std::optional<BlameResult> blame(const QList<BlameVersion> &versions, const JsonPointer &pointer,
                                 const QJsonValue &liveValue);

// "v7 by admin at 2025-05-23T06:56:20Z", or "not found in any version", for people.
QString describe(const std::optional<BlameResult> &result);

} // namespace ConfigBlame
