#pragma once

// IndexResolver: how index expressions ("logs-*", "-logs-old", "alias", "_all", "<logs-{now/d}>", "remote:idx")
// become the names whose privileges are checked, as each engine does it. The legacy engine resolves with fixed
// options (open and hidden indices, aliases replaced by their member indices, data stream names added) and, when a
// named index does not exist, checks the expressions themselves as names. V4 keeps named aliases and data streams
// as they are, expands wildcards to concrete indices, and follows the request's own options. Also: which concrete
// indices a request then reads. Pure functions, any thread.

#include <QJsonObject>
#include <QStringList>

#include "app/common/Result.h"
#include "app/domain/IndexMetadata.h"

struct IndicesOptions
{
    bool ignoreUnavailable = false;
    bool allowNoIndices = true;
    bool expandOpen = true;
    bool expandClosed = false;
    bool expandHidden = false;

    // {"ignore_unavailable": true, "allow_no_indices": false, "expand_wildcards": "open,hidden"}; a missing member
    // keeps the default. An error names the member.
    static Result<IndicesOptions> fromJson(const QJsonObject &json, const IndicesOptions &defaults);
};

struct Resolution
{
    QStringList names;           // local names to check
    QStringList remote;          // "cluster:index" names (checked on their own cluster)
    QStringList missing;         // named indices that do not exist
    bool localAll = false;       // every index ("_all", "*" or no index named)
    bool rawExpressions = false; // legacy: a named index does not exist, so the expressions are checked as names
    bool hasWildcard = false;    // some expression is a pattern (or all)
};

namespace IndexResolver {

Resolution legacy(const QStringList &expressions, const IndexMetadata &metadata);
Resolution v4(const QStringList &expressions, const IndicesOptions &options, const IndexMetadata &metadata);

// The concrete indices a request on `expressions` reads with `options` (aliases and data streams replaced by their
// members); `missing` receives the named indices that do not exist.
QStringList concrete(const QStringList &expressions, const IndicesOptions &options, const IndexMetadata &metadata,
                     QStringList *missing = nullptr);

// Whether `text` holds a wildcard as OpenSearch reads index expressions ("*" only).
bool isWildcard(const QString &text);

} // namespace IndexResolver
