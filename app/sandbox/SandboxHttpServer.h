#pragma once

// SandboxHttpServer: the socket side of the sandbox. Turns each Qt HttpServer request into a SandboxRequest
// (with the verified client certificate's DN under TLS), lets ApiService answer it and writes the response.
// Lives in the sandbox's server thread.

#include <QAbstractHttpServer>

class ApiService;

class SandboxHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    SandboxHttpServer(const ApiService &service, bool tls, QObject *parent = nullptr);

    static QString subjectDn(const class QSslCertificate &certificate);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    const ApiService &m_service;
    bool m_tls = false;
};
