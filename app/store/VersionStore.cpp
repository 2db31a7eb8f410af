#include "app/store/VersionStore.h"

#include <QDateTime>
#include <QTimer>

#include "app/api/ResponseParsers.h"

using namespace Qt::StringLiterals;

VersionStore::VersionStore(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_poll(new QTimer(this))
{
    m_poll->setSingleShot(true);
    connect(m_poll, &QTimer::timeout, this, &VersionStore::request);
}

QString VersionStore::newestId() const
{
    return m_versions.isEmpty() ? QString() : m_versions.last().id;
}

QString VersionStore::previousId() const
{
    return m_versions.size() < 2 ? QString() : m_versions.at(m_versions.size() - 2).id;
}

QString VersionStore::rollbackDisabledReason() const
{
    switch (m_state) {
    case State::VersioningOff:
        return versioningOffText();
    case State::Loaded:
        if (m_versions.isEmpty())
            return tr("No versions are recorded yet.");
        if (m_versions.size() == 1)
            return tr("There is only one version: the current configuration. There is nothing to roll back to.");
        return {};
    default:
        return tr("The versions are not loaded.");
    }
}

QString VersionStore::versioningOffText()
{
    return tr("Configuration versioning is off on this cluster, or the cluster does not support it (it needs "
              "OpenSearch 3.3 or later). To enable it, set plugins.security.configurations_versions.enabled: true "
              "in opensearch.yml on every node and restart; plugins.security.config_version.retention_count sets "
              "how many versions are kept (default 10).");
}

void VersionStore::load()
{
    m_polling = false;
    m_poll->stop();
    request();
}

void VersionStore::loadThen(QObject *context, std::function<void(bool loaded)> done)
{
    // Both connections go after the first answer: a later load (another view's, a poll) is not this caller's.
    auto connections = std::make_shared<std::pair<QMetaObject::Connection, QMetaObject::Connection>>();
    auto once = [connections, done = std::move(done)](bool loaded) {
        QObject::disconnect(connections->first);
        QObject::disconnect(connections->second);
        done(loaded);
    };
    connections->first = connect(this, &VersionStore::loaded, context, [once] { once(true); });
    connections->second = connect(this, &VersionStore::failed, context, [once] { once(false); });
    load();
}

void VersionStore::refreshUntilNewVersion(const QString &previousNewestId, int timeoutMs, int intervalMs)
{
    m_waitingFor = previousNewestId;
    m_deadline = QDateTime::currentMSecsSinceEpoch() + timeoutMs;
    m_polling = true;
    m_newVersion = false;
    m_poll->setInterval(intervalMs);
    m_poll->stop();
    request();
}

void VersionStore::request()
{
    if (m_call)
        return;
    if (m_state != State::Loaded)
        m_state = State::Loading;
    m_call = m_client->send(SecurityApi::versions());
    connect(m_call, &ApiCall::finished, this, &VersionStore::onFinished);
}

void VersionStore::onFinished(const ApiResult &result)
{
    m_call = nullptr;
    if (!result) {
        m_polling = false;
        m_state = result.error().isNoHandler() ? State::VersioningOff : State::Failed;
        m_message = m_state == State::VersioningOff ? versioningOffText() : result.error().userMessage();
        emit failed(m_message);
        return;
    }
    auto parsed = ResponseParsers::versions(result->json);
    if (!parsed) {
        m_polling = false;
        m_state = State::Failed;
        m_message = parsed.error().message;
        emit failed(m_message);
        return;
    }
    m_versions = *parsed;
    ConfigVersions::sort(m_versions);
    m_state = State::Loaded;
    m_message.clear();
    if (m_polling) {
        m_newVersion = !newestId().isEmpty() && newestId() != m_waitingFor;
        if (!m_newVersion && QDateTime::currentMSecsSinceEpoch() < m_deadline) {
            m_poll->start();
            return;
        }
        m_polling = false;
    }
    emit loaded();
}
