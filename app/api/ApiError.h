#pragma once

// ApiError: why a call to the Security REST API failed, for every cause (network, TLS, timeout, HTTP status with the
// server's message, unparseable body), with a message for people. A value type, any thread.

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

class QSslCertificate;

// What people need to decide whether to trust a certificate.
struct CertificateInfo
{
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256; // "AB:CD:..."

    static CertificateInfo from(const QSslCertificate &certificate);
    QString describe() const;

    Q_DECLARE_TR_FUNCTIONS(ApiError)
};

class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        Network,         // connection refused, host not found, reset, redirect refused, ...
        Tls,             // handshake failed or the certificate is not trusted
        Timeout,         // no data within the call's timeout
        Cancelled,       // the caller cancelled
        Http,            // the server answered with a 4xx or 5xx status
        InvalidResponse, // a 2xx whose body is not what the endpoint returns (not JSON, cut off, wrong shape)
        Setup            // the connection settings cannot be used (unreadable CA file, wrong key passphrase, ...)
    };

    Kind kind = Kind::Network;
    QString method;                      // "GET"
    QString path;                        // "/_plugins/_security/api/roles"
    int httpStatus = 0;                  // Http only
    QString reasonPhrase;                // Http only: "Forbidden"
    QString serverMessage;               // the body's message, or its raw text (docs/api/security-api.md §1.3)
    QString serverStatus;                // shape A's "status" ("FORBIDDEN") when present
    QMap<QString, QString> fieldDetails; // shape B: "invalid_keys" -> "a,b", "<field>" -> "String expected", ...
    QString detail;                      // network, TLS or parse detail for people
    QStringList tlsErrors;
    QList<CertificateInfo> certificates; // the peer chain, when TLS failed
    // Whether the server may have received the request, so that a write may have been applied although the call
    // failed. False only when the failure happened before any byte of the request was written: connection refused,
    // host not found, TLS handshake or certificate refusal, setup errors, cancelled before sending. True for HTTP
    // errors (fromHttp), timeouts after sending, a connection closed or reset while waiting, a cut or unparseable
    // body. A write that failed with this set must be checked by reading back, never sent again blindly.
    bool mayHaveReachedServer = false;

    // mayHaveReachedServer as the factories set it: network(), cancelled() and setup() false; timeout() true (the
    // safe guess: a transport that knows the request was never written lowers it); invalidResponse() and
    // fromHttp() true, since a response came back. A transport sets it on network errors after sending.
    static ApiError network(const QString &method, const QString &path, const QString &detail);
    static ApiError timeout(const QString &method, const QString &path, int timeoutMs);
    static ApiError cancelled(const QString &method, const QString &path);
    static ApiError setup(const QString &detail);
    static ApiError invalidResponse(const QString &method, const QString &path, const QString &detail,
                                    const QByteArray &body);

    // An HTTP error status: parses the body with the one algorithm of docs/api/security-api.md §1.3 for all six shapes.
    static ApiError fromHttp(const QString &method, const QString &path, int status, const QString &reasonPhrase,
                             const QByteArray &body);

    // One or two sentences for people, naming the request and what failed.
    QString userMessage() const;

    // 400 "no handler found for uri [...]": the route does not exist on this cluster (feature off or too old).
    bool isNoHandler() const;
    // Unreachable, TLS failure or authentication failure: secdesk-cli exits with 3 for these.
    bool isConnectionFailure() const;
    // 403 on PUT or PATCH securityconfig: the cluster's settings forbid changing it (docs/api/security-api.md §6.3);
    // userMessage() then explains the settings that allow it.
    bool isSecurityConfigWriteDenied() const;
    bool isAuthenticationFailure() const { return kind == Kind::Http && httpStatus == 401; }
    // 400 "... no differences found ...": an upgrade found nothing to do (not a failure for people).
    bool isNothingToUpgrade() const;

private:
    QString requestText() const;
    QString failureText() const;
};
