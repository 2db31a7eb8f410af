#include "app/sandbox/SandboxHttpServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTcpSocket>

#include "app/sandbox/ApiService.h"

using namespace Qt::StringLiterals;

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return u"GET"_s;
    case QHttpServerRequest::Method::Put:
        return u"PUT"_s;
    case QHttpServerRequest::Method::Delete:
        return u"DELETE"_s;
    case QHttpServerRequest::Method::Post:
        return u"POST"_s;
    case QHttpServerRequest::Method::Head:
        return u"HEAD"_s;
    case QHttpServerRequest::Method::Options:
        return u"OPTIONS"_s;
    case QHttpServerRequest::Method::Patch:
        return u"PATCH"_s;
    case QHttpServerRequest::Method::Connect:
        return u"CONNECT"_s;
    case QHttpServerRequest::Method::Trace:
        return u"TRACE"_s;
    default:
        return u"UNKNOWN"_s;
    }
}

} // namespace

SandboxHttpServer::SandboxHttpServer(const ApiService &service, bool tls, QObject *parent)
    : QAbstractHttpServer(parent), m_service(service), m_tls(tls)
{ }

QString SandboxHttpServer::subjectDn(const QSslCertificate &certificate)
{
    // RFC 2253 order as Java prints it: the most specific attribute first.
    static const QList<QPair<QByteArray, QString>> order = {{"CN", u"CN"_s}, {"OU", u"OU"_s}, {"O", u"O"_s},
                                                            {"L", u"L"_s},   {"ST", u"ST"_s}, {"C", u"C"_s}};
    QStringList parts;
    for (const auto &[attribute, label] : order) {
        for (const QString &value : certificate.subjectInfo(attribute))
            parts.append(label + u'=' + value);
    }
    return parts.join(u',');
}

bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SandboxRequest sandboxRequest;
    sandboxRequest.method = methodName(request.method());
    QString path = request.url().path(QUrl::FullyEncoded);
    if (path.isEmpty())
        path = u"/"_s;
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    sandboxRequest.path = path;
    sandboxRequest.rawPath = path;
    sandboxRequest.query = request.query().queryItems(QUrl::FullyDecoded);
    sandboxRequest.headers = request.headers();
    sandboxRequest.body = request.body();
    sandboxRequest.remoteAddress = request.remoteAddress().toString() + u':' + QString::number(socket->peerPort());
    sandboxRequest.tls = m_tls;
    if (auto *ssl = qobject_cast<QSslSocket *>(socket)) {
        const QSslCertificate peer = ssl->peerCertificate();
        // Only a certificate that verified against the client CA counts; QueryPeer records errors instead of failing.
        if (!peer.isNull() && ssl->sslHandshakeErrors().isEmpty())
            sandboxRequest.clientCertDn = subjectDn(peer);
    }

    const SandboxResponse response = m_service.dispatch(sandboxRequest);
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Type", response.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    // HEAD: the headers of the GET answer, no body.
    responder.writeBody(sandboxRequest.method == u"HEAD" ? QByteArray() : response.body);
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}
