#include "app/store/ClusterSession.h"

#include "app/store/VersionStore.h"

ClusterSession::ClusterSession(QObject *parent) : QObject(parent) { }

void ClusterSession::connectTo(const ConnectionSettings &settings, const QString &name)
{
    disconnectFromCluster();
    m_name = name;
    auto client = ApiClient::create(settings, this);
    if (!client) {
        fail(client.error());
        return;
    }
    connectTo(*client, name);
}

void ClusterSession::connectTo(ApiClient *client, const QString &name)
{
    if (client != m_client)
        disconnectFromCluster();
    m_name = name;
    client->setParent(this);
    if (client != m_client) {
        m_client = client;
        m_versions = new VersionStore(client, client); // goes with its client
        emit versionStoreChanged(m_versions);
    }
    setState(State::Connecting);
    readIdentity();
}

void ClusterSession::refresh()
{
    if (!m_client)
        return;
    cancel();
    setState(State::Connecting);
    readIdentity();
}

void ClusterSession::cancel()
{
    m_requests.cancel();
    if (m_call)
        m_call->cancel();
    if (m_fetch)
        m_fetch->cancel();
    if (isBusy())
        setState(m_config.fetchedAt.isValid() ? State::Ready : State::Disconnected);
}

void ClusterSession::disconnectFromCluster()
{
    cancel();
    if (m_client)
        m_client->deleteLater();
    m_client = nullptr;
    if (m_versions) {
        m_versions = nullptr;
        emit versionStoreChanged(nullptr);
    }
    m_cluster.reset();
    m_identity.reset();
    m_config = {};
    m_error.reset();
    setState(State::Disconnected);
}

void ClusterSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ClusterSession::fail(const ApiError &error)
{
    m_error = error;
    setState(State::Failed);
    emit failed(error);
}

void ClusterSession::readIdentity()
{
    const CancelToken request = m_requests.next();
    m_call = m_client->send(SecurityApi::clusterInfo());
    connect(m_call, &ApiCall::finished, this, [this, request](const ApiResult &result) {
        if (request.isCancelled())
            return;
        if (!result)
            return fail(result.error());
        auto cluster = ResponseParsers::clusterInfo(result->json);
        if (!cluster) {
            const ApiRequest request = SecurityApi::clusterInfo();
            return fail(ApiError::invalidResponse(request.methodText(), request.path, cluster.error().message, {}));
        }
        m_cluster = *cluster;
        m_call = m_client->send(SecurityApi::authInfo());
        connect(m_call, &ApiCall::finished, this, [this, request](const ApiResult &info) {
            if (request.isCancelled())
                return;
            if (!info)
                return fail(info.error());
            auto identity = ResponseParsers::authInfo(info->json);
            if (!identity) {
                const ApiRequest request = SecurityApi::authInfo();
                return fail(
                    ApiError::invalidResponse(request.methodText(), request.path, identity.error().message, {}));
            }
            m_identity = *identity;
            readConfiguration(request);
        });
    });
}

void ClusterSession::readConfiguration(const CancelToken &request)
{
    setState(State::Loading);
    m_fetch = new ConfigFetch(m_client, ConfigTypeInfo::all(), this);
    connect(m_fetch, &ConfigFetch::progressed, this, &ClusterSession::progressed);
    connect(m_fetch, &ConfigFetch::finished, this, [this, request](const FetchResult &result) {
        if (request.isCancelled())
            return;
        if (!result)
            return fail(result.error());
        m_config = *result;
        m_error.reset();
        setState(State::Ready);
        emit configurationLoaded();
    });
    m_fetch->start();
}
