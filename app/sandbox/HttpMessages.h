#pragma once

// SandboxRequest / SandboxResponse: a request as the dispatcher sees it (independent of the socket layer, so
// tests can dispatch without HTTP) and the response it builds, with helpers for the plugin's body shapes
// (docs/api/security-api.md §1.3). Value types.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

struct SandboxRequest
{
    QString method;  // "GET", "PUT", ...
    QString path;    // decoded path, without the query
    QString rawPath; // as sent (for messages)
    QList<QPair<QString, QString>> query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString remoteAddress; // "127.0.0.1:50432"
    bool tls = false;
    QString clientCertDn;     // verified client certificate's subject, RFC 2253 order; empty if none
    QString sslProtocol;      // under TLS: "TLSv1.3", ...
    QString sslCipher;        // under TLS: the session's cipher, as OpenSSL names it
    int peerCertificates = 0; // under TLS: 1 with a verified client certificate

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
    bool hasQuery(const QString &name) const;
    QString queryValue(const QString &name) const;
};

struct SandboxResponse
{
    int status = 200;
    QByteArray contentType = "application/json; charset=UTF-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QJsonObject json() const; // the body as an object (tests)
    void addHeader(const QByteArray &name, const QByteArray &value) { headers.append(qMakePair(name, value)); }

    static SandboxResponse fromJson(int status, const QJsonObject &body, bool pretty = false);
    static SandboxResponse text(int status, const QByteArray &body);
    static QString statusName(int status); // "OK", "BAD_REQUEST", ... (RestStatus names)
    // Shape A: {"status":"<name>","message":"..."}
    static SandboxResponse message(int status, const QString &message);
    // 403 {"status":"FORBIDDEN","message":"Access denied"}: what the REST API answers a user it does not let in.
    static SandboxResponse accessDenied();
    // Shape B: {"status":"error","reason":"...", ...extra}
    static SandboxResponse validation(const QString &reason, const QJsonObject &extra = {});
    // Shape C: the OpenSearch exception envelope.
    static SandboxResponse exception(int status, const QString &type, const QString &reason);
    // Shape D: {"error":"...","status":N} (or without status)
    static SandboxResponse simpleError(int status, const QString &error, bool withStatus = true);
};
