#pragma once

// NetworkTransport: the real Transport. Reads (GET, HEAD) go over the one QNetworkAccessManager it owns, which
// reuses connections; every other method goes once over a connection of its own (HttpExchange), because Qt would
// resend it when a connection closes early. TLS is verified unless the settings say otherwise; reads follow
// redirects only within the same origin, so credentials never leave it, and writes follow none.
// Lives on the thread that created it.

#include <QSslConfiguration>

#include "app/api/Transport.h"
#include "app/domain/ConnectionSettings.h"

class QNetworkAccessManager;

class NetworkTransport : public Transport
{
    Q_OBJECT

public:
    // Reads the CA file and the client certificate and key; an unreadable file or a wrong passphrase is an error.
    static Result<QSslConfiguration, ApiError> tlsConfiguration(const ConnectionSettings &settings);

    NetworkTransport(const QSslConfiguration &tls, bool verifyTls, QObject *parent = nullptr);

    TransportReply *send(const TransportRequest &request) override;

private:
    QNetworkAccessManager *m_manager;
    QSslConfiguration m_tls;
    bool m_verifyTls;
};
