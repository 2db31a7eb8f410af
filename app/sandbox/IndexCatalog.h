#pragma once

// IndexCatalog: the sandbox's indices, aliases and data streams, which _cat/indices, _cat/aliases and _data_stream
// report (docs/api/security-api.md §11.1). Fixed, read-only data: the sandbox has no API that creates or changes an
// index, and the catalog is never written to a state file. A value type (implicitly shared Qt containers).

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

struct CatalogIndex
{
    QString name;
    QString uuid;
    bool open = true;
    bool hidden = false; // index.hidden
    int primaries = 1;
    int replicas = 0; // the sandbox is one node: a replica is never assigned (health yellow)
    qint64 docsCount = 0;
    qint64 docsDeleted = 0;
    qint64 primaryStoreBytes = 0;
    qint64 creationDate = 0; // milliseconds since the epoch

    QString health() const { return replicas > 0 ? QStringLiteral("yellow") : QStringLiteral("green"); }
    // Left out of wildcard expansion unless expand_wildcards asks for hidden indices. OpenSearch goes by
    // index.hidden alone; the sandbox also hides every dot-index (system and backing indices, the security index),
    // so that a default listing shows the users' own indices (docs/api/security-api.md §11.1).
    bool isHidden() const { return hidden || name.startsWith(u'.'); }
};

// One alias on one index: a row of _cat/aliases.
struct CatalogAlias
{
    QString alias;
    QString index;
    bool filtered = false;
    QString indexRouting;           // empty: none
    QString searchRouting;          // empty: none
    std::optional<bool> writeIndex; // unset: not stated
};

struct CatalogDataStream
{
    QString name;
    QString timestampField = QStringLiteral("@timestamp");
    QStringList indices; // backing indices, oldest first; the last is the write index
    QString templateName;

    int generation() const { return int(indices.size()); }
};

struct IndexCatalog
{
    QList<CatalogIndex> indices;          // in name order
    QList<CatalogAlias> aliases;          // in alias, then index order
    QList<CatalogDataStream> dataStreams; // in name order

    const CatalogIndex *index(const QString &name) const;
    const CatalogDataStream *dataStream(const QString &name) const;
};
