#pragma once

// ApiClient: sends ApiRequests to one cluster through its Transport (which owns the one QNetworkAccessManager)
// and hands back ApiCall handles. Lives on the GUI thread (or the CLI's main thread); bodies of large responses are
// parsed on a worker thread.

#include <QJsonValue>
#include <QObject>

#include "app/api/ApiError.h"
#include "app/api/ApiRequest.h"
#include "app/api/Transport.h"
#include "app/domain/ConnectionSettings.h"

struct ApiResponse
{
    int status = 0;
    QJsonValue json; // the parsed body (null for an empty body)
    HttpHeaders headers;
    QList<CertificateInfo> peerCertificates; // HTTPS: the server's chain, its own certificate first
};

using ApiResult = Result<ApiResponse, ApiError>;

// One call in flight. Emits finished() exactly once, also when cancelled (with a Cancelled error), then deletes
// itself. Connect with a context object so that a closed window never gets the callback.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    const ApiRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    void cancel();

signals:
    void progressed(qint64 received, qint64 total);
    void finished(const ApiResult &result);

private:
    friend class ApiClient;
    ApiCall(const ApiRequest &request, QObject *parent);
    void attach(TransportReply *reply);
    void onTransportFinished(const TransportOutcome &outcome);
    void finish(const ApiResult &result);

    ApiRequest m_request;
    TransportReply *m_reply = nullptr;
    bool m_finished = false;
    bool m_cancelled = false;
};

class ApiClient : public QObject
{
    Q_OBJECT

public:
    // A client over the network; fails when the TLS material in the settings cannot be used.
    static Result<ApiClient *, ApiError> create(const ConnectionSettings &settings, QObject *parent = nullptr);

    // A client over the given transport (tests use a fake); takes ownership of it.
    ApiClient(const ConnectionSettings &settings, Transport *transport, QObject *parent = nullptr);

    const ConnectionSettings &settings() const { return m_settings; }
    // The HTTP basic password of the requests sent from now on: after the connected user changed their own, the open
    // connection goes on with the new one. In memory only, like the settings.
    void setPassword(const QString &password) { m_settings.password = password; }

    ApiCall *send(const ApiRequest &request);

private:
    ConnectionSettings m_settings;
    Transport *m_transport;
};
