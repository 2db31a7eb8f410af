#pragma once

// IndexMetadata: what access evaluation knows of a cluster's indices: the concrete indices (open or closed, hidden or
// not) with their aliases and parent data stream, the data streams with their backing indices, the system indices
// the nodes register, and the time "now" for date math. Read from a file (the JSON shape below), or from a cluster's
// _cat/indices, _cat/aliases and _data_stream. A value type, any thread.
//
// JSON shape:
//   {"indices": {"logs-1": {"aliases": ["logs"], "hidden": false, "closed": false, "data_stream": null}},
//    "data_streams": {"ds_a": [".ds-ds_a-000001"]},
//    "system_indices": [".plugins-ml-config"],
//    "aliases": {"logs": {"hidden": false}},          (optional: alias properties)
//    "now": "2026-06-15T12:00:00Z"}                    (optional: the evaluation time; else the clock)
// A backing index named by a data stream but absent from "indices" exists all the same, as does an index that only
// appears as an alias member.

#include <optional>

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QStringList>

#include "app/common/Result.h"

struct IndexInfo
{
    QStringList aliases;
    bool hidden = false;
    bool closed = false;
    QString dataStream; // empty: not a backing index
};

class IndexMetadata
{
public:
    IndexMetadata() = default;

    // Reads the JSON shape above; an error names the member that is wrong ("indices.logs-1.aliases: not an array").
    static Result<IndexMetadata> fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    // True when nothing is known (no index, no data stream): evaluation then says it assumed no index metadata.
    bool isEmpty() const { return m_indices.isEmpty() && m_dataStreams.isEmpty(); }

    void addIndex(const QString &name, const IndexInfo &info);
    void addDataStream(const QString &name, const QStringList &backingIndices);
    void setSystemIndices(const QStringList &names) { m_systemIndices = names; }
    void setAliasHidden(const QString &alias, bool hidden);
    void setNow(const QDateTime &now) { m_now = now; }

    // Concrete indices, in name order.
    QStringList indexNames() const { return m_indices.keys(); }
    QStringList aliasNames() const { return m_aliasMembers.keys(); }
    QStringList dataStreamNames() const { return m_dataStreams.keys(); }
    const QStringList &systemIndices() const { return m_systemIndices; }

    bool isIndex(const QString &name) const { return m_indices.contains(name); }
    bool isAlias(const QString &name) const { return m_aliasMembers.contains(name); }
    bool isDataStream(const QString &name) const { return m_dataStreams.contains(name); }
    // nullptr when `name` is not a concrete index.
    const IndexInfo *index(const QString &name) const;
    // The member indices of an alias, the backing indices of a data stream; empty for anything else.
    QStringList members(const QString &aliasOrDataStream) const;
    bool isAliasHidden(const QString &alias) const { return m_hiddenAliases.contains(alias); }
    // The evaluation time: "now" from the metadata, else the current UTC time.
    QDateTime now() const;
    bool hasFixedNow() const { return m_now.isValid(); }

private:
    QMap<QString, IndexInfo> m_indices;
    QMap<QString, QStringList> m_aliasMembers; // derived from the indices' aliases
    QMap<QString, QStringList> m_dataStreams;
    QStringList m_systemIndices;
    QSet<QString> m_hiddenAliases;
    QDateTime m_now;
};
