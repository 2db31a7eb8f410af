#pragma once

// IndexMetadataFetch: reads a cluster's indices, aliases and data streams in parallel and assembles the
// IndexMetadata that access evaluation needs (docs/api/security-api.md §10.6). An endpoint the caller may not use
// (403) or the cluster does not have (400 "no handler", 501) makes the metadata unavailable, with the reason; on
// _data_stream that, or a 404, only leaves the data streams out, with a note. Any other failure ends the fetch.
// Lives on the client's thread; emits finished() exactly once, then deletes itself.

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QStringList>

#include "app/api/ApiClient.h"
#include "app/api/ResponseParsers.h"
#include "app/domain/IndexMetadata.h"

struct FetchedIndexMetadata
{
    IndexMetadata metadata; // empty when unavailable
    QString unavailable;    // why there is no metadata, for people; empty when it was read
    QStringList notes;      // what the metadata lacks, for people ("data streams unknown: ...")
    QDateTime fetchedAt;

    bool isAvailable() const { return unavailable.isEmpty(); }
};

using IndexMetadataResult = Result<FetchedIndexMetadata, ApiError>;

class IndexMetadataFetch : public QObject
{
    Q_OBJECT

public:
    explicit IndexMetadataFetch(ApiClient *client, QObject *parent = nullptr);

    void start();
    void cancel();

    // Why an endpoint's error leaves its part out rather than failing the fetch ("no permission for _cat/indices
    // (403)"); empty when it is fatal. `endpoint` is "_cat/indices", "_cat/aliases" or "_data_stream".
    static QString unavailableReason(const QString &endpoint, const ApiError &error);

signals:
    void finished(const IndexMetadataResult &result);

private:
    // The four requests: every index, the indices without hidden ones (hidden = listed only by the first), the
    // aliases, the data streams.
    enum class Part { Indices, NotHiddenIndices, Aliases, DataStreams };
    static constexpr Part AllParts[] = {Part::Indices, Part::NotHiddenIndices, Part::Aliases, Part::DataStreams};

    static ApiRequest requestFor(Part part);
    static QString endpointOf(Part part);
    void onPartFinished(Part part, const ApiResult &result);
    void assemble();
    void fail(const ApiError &error); // cancels the calls still running
    void finish(const IndexMetadataResult &result);

    ApiClient *m_client;
    QMap<Part, ApiCall *> m_calls;
    QList<CatIndexRow> m_indices;
    QStringList m_notHidden;
    QList<CatAliasRow> m_aliases;
    QList<DataStreamInfo> m_dataStreams;
    QMap<Part, QString> m_unavailable; // the parts left out, with the reason
    bool m_finished = false;
};
