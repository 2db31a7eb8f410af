#include "app/api/HttpExchange.h"

#include <utility>

#include <QSslSocket>
#include <QTcpSocket>

#include "app/api/TlsFailure.h"

namespace {

// Set by the exchange itself: a caller's value would break the framing or reuse the connection. Accept-Encoding is
// never sent, so the body arrives as it is (a Content-Encoding in the response is then an error).
bool isExchangeHeader(const QByteArray &name)
{
    static const QList<QByteArray> own = {
        "Host",    "Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive", "Accept-Encoding", "TE",
        "Upgrade", "Expect",         "Proxy-Connection"};
    for (const QByteArray &header : own) {
        if (name.compare(header, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (c <= 0x20 || c >= 0x7f || QByteArrayView("()<>@,;:\\\"/[]?={}").contains(c))
            return false;
    }
    return true;
}

bool expectsBody(const QByteArray &method)
{
    return method == "POST" || method == "PUT" || method == "PATCH";
}

} // namespace

HttpExchange::HttpExchange(const TransportRequest &request, const QSslConfiguration &tls, bool verifyTls,
                           QObject *parent)
    : HttpExchange(request, tls, verifyTls, Limits(), parent)
{ }

HttpExchange::HttpExchange(const TransportRequest &request, const QSslConfiguration &tls, bool verifyTls, Limits limits,
                           QObject *parent)
    : TransportReply(parent)
    , m_request(request)
    , m_method(QString::fromLatin1(request.method))
    , m_path(request.url.path())
    , m_tls(tls)
    , m_verifyTls(verifyTls)
    , m_parser(request.method == "HEAD", limits.maxHeadBytes, limits.maxBodyBytes)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(request.timeoutMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        ApiError error = ApiError::timeout(m_method, m_path, m_request.timeoutMs);
        error.mayHaveReachedServer = m_written;
        fail(error);
    });
    // The caller connects to finished() after this returns: nothing may finish before that.
    QMetaObject::invokeMethod(this, &HttpExchange::start, Qt::QueuedConnection);
}

void HttpExchange::abort()
{
    if (m_done)
        return;
    ApiError error = ApiError::cancelled(m_method, m_path);
    error.mayHaveReachedServer = m_written;
    finish(error);
}

void HttpExchange::start()
{
    if (m_done)
        return;
    const QUrl &url = m_request.url;
    const bool https = url.scheme() == u"https";
    if ((!https && url.scheme() != u"http") || url.host().isEmpty()) {
        return fail(
            ApiError::network(m_method, m_path, tr("\"%1\" is not an http(s) address").arg(url.toDisplayString())));
    }
    QString problem;
    m_outgoing = serializedRequest(&problem);
    if (!problem.isEmpty())
        return fail(ApiError::network(m_method, m_path, problem));

    if (https) {
        auto *socket = new QSslSocket(this);
        QSslConfiguration tls = m_tls;
        tls.setAllowedNextProtocols({QByteArray(QSslConfiguration::NextProtocolHttp1_1)});
        socket->setSslConfiguration(tls);
        connect(socket, &QSslSocket::sslErrors, this, [this, socket](const QList<QSslError> &errors) {
            m_sslErrors = errors;
            if (!m_verifyTls)
                socket->ignoreSslErrors();
        });
        connect(socket, &QSslSocket::encrypted, this, &HttpExchange::sendRequest);
        connect(socket, &QSslSocket::connected, this, [this] { m_timer.start(); });
        m_socket = socket;
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &HttpExchange::sendRequest);
    }
    // Any traffic keeps the call alive; only silence in both directions for timeoutMs ends it.
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] { m_timer.start(); });
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpExchange::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpExchange::onEndOfInput);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &HttpExchange::onSocketError);
    m_timer.start();
    const quint16 port = quint16(url.port(https ? 443 : 80));
    if (https)
        static_cast<QSslSocket *>(m_socket)->connectToHostEncrypted(url.host(), port);
    else
        m_socket->connectToHost(url.host(), port);
}

void HttpExchange::sendRequest()
{
    if (m_done)
        return;
    m_timer.start();
    // From here on the server may receive the request, whatever happens next.
    m_written = true;
    m_socket->write(std::exchange(m_outgoing, {}));
}

void HttpExchange::onReadyRead()
{
    if (m_done)
        return;
    m_timer.start();
    m_parser.feed(m_socket->readAll());
    if (m_parser.bodyReceived() != m_reportedBody && m_parser.status() >= 200) {
        m_reportedBody = m_parser.bodyReceived();
        emit progressed(m_reportedBody, m_parser.bodyTotal());
    }
    if (m_parser.isComplete())
        onResponseComplete();
    else if (m_parser.hasFailed())
        onEndOfInput();
}

void HttpExchange::onEndOfInput()
{
    if (m_done)
        return;
    if (m_socket->bytesAvailable() > 0 && !m_parser.isDone()) {
        onReadyRead(); // the last bytes before the end
        if (m_done)
            return;
    }
    m_parser.endOfInput();
    if (m_parser.isComplete())
        return onResponseComplete();
    if (m_parser.failure() == HttpResponseParser::Failure::NoResponse) {
        ApiError error = ApiError::network(m_method, m_path, m_parser.failureText());
        error.mayHaveReachedServer = m_written;
        return fail(error);
    }
    // The head or body as far as it came, for its excerpt; never a gigabyte of it.
    fail(ApiError::invalidResponse(m_method, m_path, m_parser.failureText(), m_parser.body().left(4096)));
}

void HttpExchange::onSocketError()
{
    if (m_done)
        return;
    const QAbstractSocket::SocketError socketError = m_socket->error();
    if (socketError == QAbstractSocket::RemoteHostClosedError)
        return onEndOfInput();
    if (m_socket->bytesAvailable() > 0) {
        onReadyRead(); // a response that arrived before a reset still counts
        if (m_done)
            return;
    }
    auto *ssl = qobject_cast<QSslSocket *>(m_socket);
    if (ssl && !ssl->isEncrypted()
        && (socketError == QAbstractSocket::SslHandshakeFailedError || !m_sslErrors.isEmpty())) {
        return fail(
            TlsFailure::error(m_method, m_path, m_socket->errorString(), m_sslErrors, ssl->peerCertificateChain()));
    }
    ApiError error = ApiError::network(m_method, m_path, m_socket->errorString());
    error.mayHaveReachedServer = m_written;
    fail(error);
}

void HttpExchange::onResponseComplete()
{
    const int status = m_parser.status();
    const QString reason = QString::fromLatin1(m_parser.reasonPhrase());
    if (status >= 300 && status < 400) {
        // A redirect of a write: following it would send the change a second time, to wherever it points.
        const QByteArray location = m_parser.header("Location");
        ApiError error = ApiError::network(
            m_method, m_path,
            location.isEmpty()
                ? tr("the server answered HTTP %1 %2, a redirect; SecDesk sends a change only once, so it did not "
                     "follow it")
                      .arg(status)
                      .arg(reason)
                : tr("the server answered HTTP %1 %2, a redirect to %3; SecDesk sends a change only once, so it "
                     "did not follow it")
                      .arg(status)
                      .arg(reason, QString::fromLatin1(location.left(200))));
        error.mayHaveReachedServer = true;
        return fail(error);
    }
    TransportResponse response;
    response.status = status;
    response.reasonPhrase = reason;
    response.headers = m_parser.headers();
    response.body = m_parser.body();
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket))
        response.peerCertificates = TlsFailure::describeChain(ssl->peerCertificateChain());
    finish(response);
}

void HttpExchange::fail(ApiError error)
{
    finish(TransportOutcome(std::move(error)));
}

void HttpExchange::finish(const TransportOutcome &outcome)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    emit finished(outcome);
    deleteLater();
}

// The request as it goes on the wire; `problem` says why it cannot be sent (nothing of it was written then).
QByteArray HttpExchange::serializedRequest(QString *problem) const
{
    const QUrl &url = m_request.url;
    if (!isToken(m_request.method)) {
        *problem = tr("\"%1\" is not an HTTP method").arg(m_method);
        return {};
    }
    QByteArray target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (!target.startsWith('/'))
        target.prepend('/');
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int defaultPort = url.scheme() == u"https" ? 443 : 80;
    if (url.port() != -1 && url.port() != defaultPort)
        host += ':' + QByteArray::number(url.port());

    QByteArray bytes = m_request.method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const auto &[name, value] : m_request.headers) {
        if (!isToken(name) || value.contains('\r') || value.contains('\n')) {
            *problem = tr("the request header \"%1\" cannot be sent: its name or value is malformed")
                           .arg(QString::fromLatin1(name.left(60)));
            return {};
        }
        if (!isExchangeHeader(name))
            bytes += name + ": " + value + "\r\n";
    }
    if (m_request.hasBody || !m_request.body.isEmpty() || expectsBody(m_request.method))
        bytes += "Content-Length: " + QByteArray::number(m_request.body.size()) + "\r\n";
    bytes += "Connection: close\r\n\r\n";
    bytes += m_request.body;
    return bytes;
}
