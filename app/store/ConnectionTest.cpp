#include "app/store/ConnectionTest.h"

using namespace Qt::StringLiterals;

ConnectionTest::ConnectionTest(QObject *parent) : QObject(parent) { }

void ConnectionTest::start(const ConnectionSettings &settings)
{
    cancel();
    m_report = ConnectionReport();
    m_running = true;
    const CancelToken request = m_requests.next();
    auto created = ApiClient::create(settings, this);
    if (!created) {
        // Reported on the next turn, like every other outcome.
        QMetaObject::invokeMethod(
            this,
            [this, error = created.error(), request] {
                if (!request.isCancelled())
                    finish(error);
            },
            Qt::QueuedConnection);
        return;
    }
    m_client = *created;
    m_call = m_client->send(SecurityApi::authInfo());
    connect(m_call, &ApiCall::finished, this, [this](const ApiResult &result) {
        if (!result)
            return finish(result.error());
        auto identity = ResponseParsers::authInfo(result->json);
        if (!identity) {
            const ApiRequest request = SecurityApi::authInfo();
            return finish(ApiError::invalidResponse(request.methodText(), request.path, identity.error().message, {}));
        }
        m_report.identity = *identity;
        m_report.peerCertificates = result->peerCertificates;
        readCluster();
    });
}

void ConnectionTest::readCluster()
{
    m_call = m_client->send(SecurityApi::clusterInfo());
    connect(m_call, &ApiCall::finished, this, [this](const ApiResult &result) {
        if (result) {
            auto cluster = ResponseParsers::clusterInfo(result->json);
            if (cluster)
                m_report.cluster = *cluster;
            else
                m_report.clusterProblem = cluster.error().message;
        } else if (result.error().kind == ApiError::Kind::Cancelled) {
            return finish(result.error());
        } else {
            m_report.clusterProblem = result.error().userMessage();
        }
        finish(m_report);
    });
}

void ConnectionTest::cancel()
{
    if (!m_running)
        return;
    QString path;
    if (m_call) {
        path = m_call->request().path;
        disconnect(m_call, nullptr, this, nullptr);
        m_call->cancel();
    }
    finish(ApiError::cancelled(u"GET"_s, path));
}

void ConnectionTest::finish(const ConnectionTestResult &result)
{
    if (!m_running)
        return;
    m_running = false;
    m_call = nullptr;
    if (m_client)
        m_client->deleteLater();
    emit finished(result);
}
