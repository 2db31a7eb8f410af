#pragma once

// IndexMetadataStore: the connected cluster's indices, aliases and data streams (IndexMetadataFetch), read again
// whenever the session has read the configuration (connect, refresh, after a write), for everything that decides
// access offline (the Explain and Who-can views, and write confirmations). Holds the latest FetchedIndexMetadata; when
// it could not be read, metadata().unavailable says why. GUI thread.

#include <QObject>
#include <QPointer>

#include "app/api/IndexMetadataFetch.h"

class ClusterSession;

class IndexMetadataStore : public QObject
{
    Q_OBJECT

public:
    explicit IndexMetadataStore(ClusterSession *session, QObject *parent = nullptr);

    // The latest metadata read; before the first read (and after a disconnect) unavailable, with the reason.
    const FetchedIndexMetadata &metadata() const { return m_metadata; }
    // Whether a read is under way (metadata() is then the previous one).
    bool isFetching() const { return !m_fetch.isNull(); }
    // Reads the metadata again now.
    void refresh();

signals:
    // metadata() changed (a read ended, or the session disconnected).
    void changed();

private:
    void reset(const QString &reason);

    ClusterSession *m_session;
    FetchedIndexMetadata m_metadata;
    QPointer<IndexMetadataFetch> m_fetch;
};
