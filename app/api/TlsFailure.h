#pragma once

// TlsFailure: turns a refused TLS handshake (Qt's QSslErrors and the chain the server presented) into an ApiError
// of kind Tls, with a text per error and the certificates' details for people. Shared by both transports, the
// QNetworkAccessManager path for reads and HttpExchange for writes. Pure functions, any thread.

#include <QList>
#include <QSslCertificate>
#include <QSslError>

#include "app/api/ApiError.h"

class TlsFailure
{
public:
    // One QSslError for people ("the certificate has expired", ...).
    static QString describe(const QSslError &error);

    // A Tls error: `detail` is the socket's or reply's error string, `peerChain` the chain the server presented (the
    // certificate an error names stands in when the chain is empty). Nothing was sent: mayHaveReachedServer is false.
    static ApiError error(const QString &method, const QString &path, const QString &detail,
                          const QList<QSslError> &errors, const QList<QSslCertificate> &peerChain);

    static QList<CertificateInfo> describeChain(const QList<QSslCertificate> &chain);
};
