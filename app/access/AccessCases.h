#pragma once

// AccessCases: access test cases, read and run. A case file is a JSON array of cases (or {"cases": [...]}), each:
//   {"id", "engine": "legacy"|"v4"|"both", "config", "settings", "cluster", "user", "mapped_roles", "request",
//    "expect"}
// with the request types role-mapping, cluster, index (resolved names, any_index, explicit, or end to end), tenant,
// tenant-map, match, dls, fls, fm, substitute, needs-substitution and unresolved-attributes. `expect` holds only what
// must be true; a case run computes every field named there and compares it (sets where order means nothing, DLS
// queries by meaning). A case without "config" (or "settings", "cluster") is evaluated on the caller's source, so
// administrators keep policy tests in a file and run them against an export or a cluster. Pure functions, any thread.

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "app/access/AccessTypes.h"
#include "app/access/NodeSettings.h"
#include "app/common/Result.h"
#include "app/domain/IndexMetadata.h"

struct AccessCase
{
    QString file;
    QString id;
    QList<AccessEngine> engines; // "both": legacy, then v4; absent: the source's engine (empty list)
    std::optional<QJsonObject> config;
    std::optional<QJsonObject> settings;
    std::optional<QJsonObject> cluster;
    std::optional<QJsonObject> user;
    std::optional<QStringList> mappedRoles;
    QJsonObject request;
    QJsonObject expect;
};

// What a case lacks comes from here: the configuration document (type key -> entities), node settings, metadata.
struct AccessCaseSource
{
    QJsonObject document;
    NodeSettings settings;
    IndexMetadata metadata;
    QStringList assumptions;
};

struct AccessCaseOutcome
{
    QString id;
    AccessEngine engine = AccessEngine::Legacy;
    bool pass = false;
    QStringList failures; // "field expected X, got Y"
    QJsonObject result;   // every field named in the case's expect, as computed
    QStringList trace;
};

namespace AccessCases {

// The request types a case may use.
QStringList requestTypes();

// Reads a case file; an error names the file, the case (id or position) and the field.
Result<QList<AccessCase>> parse(const QByteArray &bytes, const QString &file);
Result<QList<AccessCase>> read(const QString &path);

// Runs one case once per engine it names. An error (an unknown request type, a case whose config, settings or cluster
// does not read) names the file, the case and the field.
Result<QList<AccessCaseOutcome>> run(const AccessCase &accessCase, const AccessCaseSource &source);

} // namespace AccessCases
