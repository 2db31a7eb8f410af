#include "app/api/NetworkTransport.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslKey>
#include <QTimer>

#include "app/api/HttpExchange.h"
#include "app/api/TlsFailure.h"

Q_LOGGING_CATEGORY(lcApi, "app.api", QtInfoMsg)

namespace {

// Failures of the transfer itself (connection closed, reset, bad framing), as opposed to the errors Qt derives from
// an HTTP status (a 400 becomes ProtocolInvalidOperationError, for instance).
bool isTransferFailure(QNetworkReply::NetworkError error)
{
    const int code = int(error);
    return (code >= 1 && code < 200) || error == QNetworkReply::ProtocolFailure
           || error == QNetworkReply::ProtocolUnknownError;
}

// Errors that happen before a request's first byte is written: the server cannot have received it.
bool failsBeforeSending(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return true;
    default:
        return false;
    }
}

class NetworkReply : public TransportReply
{
    Q_DECLARE_TR_FUNCTIONS(NetworkTransport)

public:
    NetworkReply(QNetworkReply *reply, const TransportRequest &request, bool verifyTls, QObject *parent)
        : TransportReply(parent)
        , m_reply(reply)
        , m_method(QString::fromLatin1(request.method))
        , m_path(request.url.path())
        , m_timeoutMs(request.timeoutMs)
    {
        m_timer.setSingleShot(true);
        m_timer.setInterval(request.timeoutMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_timedOut = true;
            m_reply->abort();
        });
        m_timer.start();
        connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
            m_timer.start();
            emit progressed(received, total);
        });
        connect(reply, &QNetworkReply::uploadProgress, this, [this] { m_timer.start(); });
        connect(reply, &QNetworkReply::requestSent, this, [this] { m_requestSent = true; });
        connect(reply, &QNetworkReply::sslErrors, this, [this, verifyTls](const QList<QSslError> &errors) {
            m_sslErrors = errors;
            if (!verifyTls)
                m_reply->ignoreSslErrors();
        });
        connect(reply, &QNetworkReply::finished, this, &NetworkReply::onFinished);
    }

    void abort() override
    {
        // A reply that already failed is about to report it; aborting it again only makes Qt complain.
        if (m_done || m_reply->isFinished() || m_reply->error() != QNetworkReply::NoError)
            return;
        m_aborted = true;
        m_reply->abort();
    }

private:
    void onFinished()
    {
        if (m_done)
            return;
        m_done = true;
        m_timer.stop();
        const TransportOutcome outcome = outcome_();
        m_reply->deleteLater();
        emit finished(outcome);
        deleteLater();
    }

    TransportOutcome outcome_()
    {
        if (m_timedOut) {
            ApiError timeout = ApiError::timeout(m_method, m_path, m_timeoutMs);
            timeout.mayHaveReachedServer = m_requestSent;
            return timeout;
        }
        if (m_aborted)
            return ApiError::cancelled(m_method, m_path);
        const QNetworkReply::NetworkError error = m_reply->error();
        const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (error == QNetworkReply::SslHandshakeFailedError
            || (!m_sslErrors.isEmpty() && error != QNetworkReply::NoError)) {
            return TlsFailure::error(m_method, m_path, m_reply->errorString(), m_sslErrors,
                                     m_reply->sslConfiguration().peerCertificateChain());
        }
        if (error == QNetworkReply::InsecureRedirectError || error == QNetworkReply::TooManyRedirectsError) {
            ApiError redirect =
                ApiError::network(m_method, m_path,
                                  tr("the server redirected to another address, which SecDesk does not follow "
                                     "with your credentials (%1)")
                                      .arg(m_reply->errorString()));
            redirect.mayHaveReachedServer = true;
            return redirect;
        }
        if (!status.isValid()) {
            ApiError failure = ApiError::network(m_method, m_path, m_reply->errorString());
            failure.mayHaveReachedServer = m_requestSent || !failsBeforeSending(error);
            return failure;
        }
        if (isTransferFailure(error)) {
            return ApiError::invalidResponse(m_method, m_path,
                                             tr("the response was cut off (%1)").arg(m_reply->errorString()), {});
        }
        TransportResponse response;
        response.status = status.toInt();
        response.reasonPhrase = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        for (const auto &pair : m_reply->rawHeaderPairs())
            response.headers.append({pair.first, pair.second});
        response.body = m_reply->readAll();
        if (m_reply->url().scheme() == u"https")
            response.peerCertificates = TlsFailure::describeChain(m_reply->sslConfiguration().peerCertificateChain());
        return response;
    }

    QNetworkReply *m_reply;
    QString m_method;
    QString m_path;
    int m_timeoutMs;
    QTimer m_timer;
    QList<QSslError> m_sslErrors;
    bool m_requestSent = false;
    bool m_timedOut = false;
    bool m_aborted = false;
    bool m_done = false;
};

} // namespace

QByteArray TransportResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Result<QSslConfiguration, ApiError> NetworkTransport::tlsConfiguration(const ConnectionSettings &settings)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!settings.caFile.isEmpty()) {
        const QList<QSslCertificate> authorities = QSslCertificate::fromPath(settings.caFile, QSsl::Pem);
        if (authorities.isEmpty())
            return ApiError::setup(
                tr("the CA file %1 cannot be read or holds no PEM certificate").arg(settings.caFile));
        tls.addCaCertificates(authorities);
    }
    if (!settings.clientCertificateFile.isEmpty() || !settings.clientKeyFile.isEmpty()) {
        if (settings.clientCertificateFile.isEmpty() || settings.clientKeyFile.isEmpty())
            return ApiError::setup(tr("a client certificate needs both the certificate file and the key file"));
        const QList<QSslCertificate> certificates =
            QSslCertificate::fromPath(settings.clientCertificateFile, QSsl::Pem);
        if (certificates.isEmpty()) {
            return ApiError::setup(tr("the client certificate %1 cannot be read or is not a PEM certificate")
                                       .arg(settings.clientCertificateFile));
        }
        QFile keyFile(settings.clientKeyFile);
        if (!keyFile.open(QIODevice::ReadOnly)) {
            return ApiError::setup(
                tr("the client key %1 cannot be read: %2").arg(settings.clientKeyFile, keyFile.errorString()));
        }
        const QByteArray pem = keyFile.readAll();
        QSslKey key;
        for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
            key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey, settings.clientKeyPassphrase.toUtf8());
            if (!key.isNull())
                break;
        }
        if (key.isNull()) {
            return ApiError::setup(tr("the client key %1 cannot be used: it is not a PEM private key, or the "
                                      "passphrase is wrong")
                                       .arg(settings.clientKeyFile));
        }
        tls.setLocalCertificate(certificates.first());
        tls.setPrivateKey(key);
    }
    if (!settings.verifyTls)
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    return tls;
}

NetworkTransport::NetworkTransport(const QSslConfiguration &tls, bool verifyTls, QObject *parent)
    : Transport(parent), m_manager(new QNetworkAccessManager(this)), m_tls(tls), m_verifyTls(verifyTls)
{
    m_manager->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

TransportReply *NetworkTransport::send(const TransportRequest &request)
{
    // Only reads go through QNetworkAccessManager. When a connection closes before the response arrives (the
    // server closed an idle keep-alive connection as the request went out, a proxy dropped the response),
    // Qt 6's QHttpNetworkConnectionChannel sends the request again, up to twice, whatever its method, and no
    // public API turns that off. A write that the server had applied would then be applied twice (an array
    // append, a removal by index), so every other method goes once over a connection of its own.
    if (request.method != "GET" && request.method != "HEAD") {
        qCDebug(lcApi) << request.method << request.url.path() << "(own connection)";
        return new HttpExchange(request, m_tls, m_verifyTls, this);
    }
    QNetworkRequest networkRequest(request.url);
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    if (request.url.scheme() == u"https")
        networkRequest.setSslConfiguration(m_tls);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // Never log the headers: they carry the credentials.
    qCDebug(lcApi) << request.method << request.url.path();
    QNetworkReply *reply = request.hasBody ? m_manager->sendCustomRequest(networkRequest, request.method, request.body)
                                           : m_manager->sendCustomRequest(networkRequest, request.method);
    return new NetworkReply(reply, request, m_verifyTls, this);
}
