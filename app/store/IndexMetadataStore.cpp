#include "app/store/IndexMetadataStore.h"

#include "app/store/ClusterSession.h"

IndexMetadataStore::IndexMetadataStore(ClusterSession *session, QObject *parent) : QObject(parent), m_session(session)
{
    m_metadata.unavailable = tr("not read yet");
    connect(m_session, &ClusterSession::configurationLoaded, this, &IndexMetadataStore::refresh);
    connect(m_session, &ClusterSession::stateChanged, this, [this](ClusterSession::State state) {
        if (state == ClusterSession::State::Disconnected)
            reset(tr("not connected"));
    });
}

void IndexMetadataStore::refresh()
{
    // A read under way is stale: its finished() (emitted by cancel() too) is ignored below.
    if (IndexMetadataFetch *older = m_fetch.data()) {
        m_fetch.clear();
        older->cancel();
    }
    if (!m_session->client())
        return;
    auto *fetch = new IndexMetadataFetch(m_session->client(), this);
    m_fetch = fetch;
    connect(fetch, &IndexMetadataFetch::finished, this, [this, fetch](const IndexMetadataResult &result) {
        if (m_fetch != fetch)
            return; // an older read
        m_fetch.clear();
        if (result) {
            m_metadata = *result;
        } else {
            m_metadata = {};
            m_metadata.unavailable = result.error().userMessage();
            m_metadata.fetchedAt = QDateTime::currentDateTimeUtc();
        }
        emit changed();
    });
    fetch->start();
}

void IndexMetadataStore::reset(const QString &reason)
{
    if (IndexMetadataFetch *older = m_fetch.data()) {
        m_fetch.clear();
        older->cancel();
    }
    m_metadata = {};
    m_metadata.unavailable = reason;
    emit changed();
}
