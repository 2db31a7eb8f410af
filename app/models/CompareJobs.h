#pragma once

// CompareJobs: the work behind the compare view that runs on the WorkerPool: reading a securityadmin directory and
// comparing it (or another cluster's document) with the live configuration, the diff of one entity for people, and
// the promote plan. Pure functions over values, any thread (the view runs them through Latest: a newer request
// wins).

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "app/domain/SecurityAdminFiles.h"
#include "app/json/JsonDiff.h"
#include "app/json/JsonLineDiff.h"
#include "app/write/ChangePlan.h"

namespace CompareJobs {

struct Comparison
{
    QJsonObject source;
    QList<SecurityAdminFiles::EntityDifference> differences;
    QList<JsonPointer> keepChecked; // handed back to CompareModel::setDifferences
    QString error;                  // "roles.yml:12: reason" for a directory that cannot be read
};

struct EntityDiff
{
    QList<JsonChange> changes;
    QList<DiffSection> sections;
};

struct Promotion
{
    std::optional<ChangePlan> plan;
    QString error;
};

// Reads the directory (SecurityAdminFiles::loadDirectory) and compares it with `live`.
Comparison loadAndCompare(const QString &dir, const QJsonObject &live);
Comparison compare(const QJsonObject &source, const QJsonObject &live, const QList<JsonPointer> &keepChecked = {});

// The diff of a type or one of its entities (entity empty), live before and source after, for people: statics and
// the defaults the comparison ignores dropped, secrets redacted, real hashes as fingerprints ("<hash 1a2b3c4d>").
EntityDiff entityDiff(const QJsonObject &live, const QJsonObject &source, const QString &type, const QString &entity);

// ChangePlan::promote, for the worker (the confirmation checks the plan for lockouts itself).
Promotion promote(const QJsonObject &source, const QJsonObject &live, const QList<JsonPointer> &pointers, bool prune,
                  const QString &sourceLabel);

} // namespace CompareJobs
