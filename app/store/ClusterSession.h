#pragma once

// ClusterSession: the connection to one cluster and what was read from it: the cluster's identity (GET /), who we
// are (authinfo), the configuration document, and the configuration versions (one VersionStore per connection,
// shared by the timeline, the upgrade assistant, exports and the write coordinator). Every read goes through here;
// views observe it. GUI thread.

#include <optional>

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include "app/api/ApiClient.h"
#include "app/api/ConfigFetch.h"
#include "app/api/ResponseParsers.h"
#include "app/common/Latest.h"

class VersionStore;

class ClusterSession : public QObject
{
    Q_OBJECT

public:
    enum class State { Disconnected, Connecting, Loading, Ready, Failed };
    Q_ENUM(State)

    explicit ClusterSession(QObject *parent = nullptr);

    // Drops any previous connection and reads everything from the new one.
    void connectTo(const ConnectionSettings &settings, const QString &name);
    // The same over a client made elsewhere (a transport double in the benchmark); takes ownership of it.
    void connectTo(ApiClient *client, const QString &name);
    // Re-reads identity and configuration (F5).
    void refresh();
    // Cancels whatever is in flight; what was read before stays.
    void cancel();
    void disconnectFromCluster();

    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Connecting || m_state == State::Loading; }
    QString connectionName() const { return m_name; }
    ApiClient *client() const { return m_client; }
    // The versions of the connected cluster (loaded on demand: call load()); null when not connected. A new
    // connection gets a new store (versionStoreChanged).
    VersionStore *versions() const { return m_versions; }
    const std::optional<ClusterInfo> &cluster() const { return m_cluster; }
    const std::optional<AuthInfo> &identity() const { return m_identity; }
    const FetchedConfig &configuration() const { return m_config; }
    QDateTime lastRead() const { return m_config.fetchedAt; }
    const std::optional<ApiError> &lastError() const { return m_error; }

signals:
    void stateChanged(ClusterSession::State state);
    void configurationLoaded();
    void failed(const ApiError &error);
    void progressed(int done, int total);
    void versionStoreChanged(VersionStore *store);

private:
    void setState(State state);
    void fail(const ApiError &error);
    void readIdentity();
    void readConfiguration(const CancelToken &request);

    QString m_name;
    ApiClient *m_client = nullptr;
    VersionStore *m_versions = nullptr;
    State m_state = State::Disconnected;
    std::optional<ClusterInfo> m_cluster;
    std::optional<AuthInfo> m_identity;
    FetchedConfig m_config;
    std::optional<ApiError> m_error;
    QPointer<ApiCall> m_call;
    QPointer<ConfigFetch> m_fetch;
    Latest m_requests {this}; // results of an older connection or refresh are ignored
};
