#include "app/api/ApiClient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

#include "app/api/NetworkTransport.h"
#include "app/common/WorkerPool.h"
#include "app/json/Json.h"

namespace {

// Bodies above this size are parsed on a worker thread so the GUI stays responsive.
constexpr qsizetype BackgroundParseBytes = 256 * 1024;

ApiResult toResult(const ApiRequest &request, const TransportResponse &response)
{
    const QString method = request.methodText();
    if (response.status >= 400)
        return ApiError::fromHttp(method, request.path, response.status, response.reasonPhrase, response.body);
    ApiResponse result;
    result.status = response.status;
    result.headers = response.headers;
    result.peerCertificates = response.peerCertificates;
    if (response.body.trimmed().isEmpty())
        return result;
    auto parsed = Json::parse(response.body, QCoreApplication::translate("ApiClient", "the response body"));
    if (!parsed)
        return ApiError::invalidResponse(method, request.path, parsed.error().message, response.body);
    result.json = std::move(parsed).value();
    return result;
}

} // namespace

ApiCall::ApiCall(const ApiRequest &request, QObject *parent) : QObject(parent), m_request(request) { }

void ApiCall::attach(TransportReply *reply)
{
    m_reply = reply;
    connect(reply, &TransportReply::progressed, this, &ApiCall::progressed);
    connect(reply, &TransportReply::finished, this, &ApiCall::onTransportFinished);
}

void ApiCall::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort(); // the transport reports the cancellation through finished()
    else
        finish(ApiError::cancelled(m_request.methodText(), m_request.path));
}

void ApiCall::onTransportFinished(const TransportOutcome &outcome)
{
    m_reply = nullptr;
    if (m_cancelled) {
        // A write cancelled after it went out may still be applied: keep what the transport knows.
        ApiError cancelled = ApiError::cancelled(m_request.methodText(), m_request.path);
        cancelled.mayHaveReachedServer = outcome.ok() || outcome.error().mayHaveReachedServer;
        return finish(cancelled);
    }
    if (!outcome)
        return finish(outcome.error());
    const TransportResponse &response = outcome.value();
    if (response.body.size() < BackgroundParseBytes || response.status >= 400)
        return finish(toResult(m_request, response));

    WorkerPool::whenFinished(this,
                             QtConcurrent::run(WorkerPool::instance(),
                                               [request = m_request, response] { return toResult(request, response); }),
                             [this](const QFuture<ApiResult> &parsed) {
                                 if (!m_cancelled)
                                     return finish(parsed.result());
                                 ApiError cancelled = ApiError::cancelled(m_request.methodText(), m_request.path);
                                 cancelled.mayHaveReachedServer = true; // the response had arrived
                                 finish(cancelled);
                             });
}

void ApiCall::finish(const ApiResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(result);
    deleteLater();
}

Result<ApiClient *, ApiError> ApiClient::create(const ConnectionSettings &settings, QObject *parent)
{
    if (!settings.baseUrl.isValid() || settings.baseUrl.host().isEmpty()
        || (settings.baseUrl.scheme() != u"http" && settings.baseUrl.scheme() != u"https")) {
        return ApiError::setup(
            tr("\"%1\" is not a cluster address (expected http(s)://host:port)").arg(settings.baseUrl.toString()));
    }
    auto tls = NetworkTransport::tlsConfiguration(settings);
    if (!tls)
        return tls.error();
    return new ApiClient(settings, new NetworkTransport(*tls, settings.verifyTls), parent);
}

ApiClient::ApiClient(const ConnectionSettings &settings, Transport *transport, QObject *parent)
    : QObject(parent), m_settings(settings), m_transport(transport)
{
    m_transport->setParent(this);
}

ApiCall *ApiClient::send(const ApiRequest &request)
{
    TransportRequest transportRequest;
    transportRequest.method = request.method;
    QUrl url = m_settings.baseUrl;
    QString basePath = url.path(QUrl::FullyEncoded);
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + request.path, QUrl::StrictMode);
    url.setQuery(request.query);
    transportRequest.url = url;
    transportRequest.timeoutMs = m_settings.timeoutMs;
    transportRequest.headers.emplaceBack("Accept", "application/json");
    transportRequest.headers.emplaceBack("User-Agent", "SecDesk/" SECDESK_VERSION);
    if (!m_settings.userName.isEmpty()) {
        const QByteArray credentials = (m_settings.userName + u':' + m_settings.password).toUtf8().toBase64();
        transportRequest.headers.emplaceBack("Authorization", "Basic " + credentials);
    }
    if (request.body) {
        transportRequest.hasBody = true;
        transportRequest.body = Json::serialize(*request.body, Json::Format::Compact);
        transportRequest.headers.emplaceBack("Content-Type", request.contentType);
    }
    auto *call = new ApiCall(request, this);
    call->attach(m_transport->send(transportRequest));
    return call;
}
