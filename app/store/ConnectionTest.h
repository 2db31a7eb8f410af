#pragma once

// ConnectionTest: tries a connection before it is saved: who the cluster says we are (authinfo), what the cluster
// is (GET /) and the certificate it presented. Owns a client of its own for the test. GUI thread.

#include <optional>

#include <QObject>
#include <QPointer>

#include "app/api/ApiClient.h"
#include "app/api/ResponseParsers.h"
#include "app/common/Latest.h"

struct ConnectionReport
{
    AuthInfo identity;
    std::optional<ClusterInfo> cluster;      // absent when GET / was refused (the user may lack cluster:monitor)
    QString clusterProblem;                  // why it is absent
    QList<CertificateInfo> peerCertificates; // HTTPS only, the server's own certificate first
};

using ConnectionTestResult = Result<ConnectionReport, ApiError>;

class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionTest(QObject *parent = nullptr);

    // Starts a test (cancelling one in flight). finished() follows exactly once per start, also on cancel().
    void start(const ConnectionSettings &settings);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void finished(const ConnectionTestResult &result);

private:
    void readCluster();
    void finish(const ConnectionTestResult &result);

    QPointer<ApiClient> m_client;
    QPointer<ApiCall> m_call;
    ConnectionReport m_report;
    bool m_running = false;
    Latest m_requests {this}; // a newer test wins over an older one
};
