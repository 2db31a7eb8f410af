#pragma once

// Transport: the seam between ApiClient and the wire. NetworkTransport sends over QNetworkAccessManager; unit tests
// use a fake. A transport and its replies live on the thread that created them.

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include "app/api/ApiError.h"
#include "app/common/Result.h"

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

struct TransportRequest
{
    QByteArray method;
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
    bool hasBody = false;
    int timeoutMs = 30000; // no data for this long ends the call
};

struct TransportResponse
{
    int status = 0;
    QString reasonPhrase;
    HttpHeaders headers;
    QByteArray body;
    QList<CertificateInfo> peerCertificates; // HTTPS: the chain the server presented, its own certificate first

    QByteArray header(const QByteArray &name) const;
};

using TransportOutcome = Result<TransportResponse, ApiError>;

// One request in flight. Emits finished() exactly once (also after abort()), then deletes itself.
class TransportReply : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual void abort() = 0;

signals:
    void progressed(qint64 received, qint64 total);
    void finished(const TransportOutcome &outcome);
};

class Transport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual TransportReply *send(const TransportRequest &request) = 0;
};
