#pragma once

// TlsMaterial: the sandbox's HTTPS certificates as read from --cert, --key and --client-ca: the server's chain
// (the first with the private key), its key and the client CAs, and the server configuration made from them.
// Read at start and again by ssl/http/reloadcerts. A value type, any thread.

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

#include "app/common/Result.h"
#include "app/sandbox/SandboxOptions.h"

struct TlsMaterial
{
    QList<QSslCertificate> chain; // the server certificate first
    QSslKey key;
    QList<QSslCertificate> clientCas; // empty: client certificates are not requested

    static Result<TlsMaterial> load(const SandboxOptions &options);
    QSslConfiguration serverConfiguration() const;
};
