#include "app/api/ApiError.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSslCertificate>

namespace {

// A readable excerpt of a non-JSON body: an HTML page's title (or its text), else the first line(s) of text.
QString textExcerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(4096)).trimmed();
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::DotMatchesEverythingOption);
    if (const auto match = title.match(text); match.hasMatch())
        return match.captured(1).simplified();
    if (text.startsWith(u'<')) {
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        text.replace(tags, QStringLiteral(" "));
    }
    text = text.simplified();
    if (text.size() > 300)
        text = text.left(299) + QChar(0x2026);
    return text;
}

QString joinKeys(const QJsonValue &group)
{
    // {"keys": "a,b"}; be tolerant of an array too.
    const QJsonValue keys = group.toObject().value(QStringLiteral("keys"));
    if (keys.isArray()) {
        QStringList list;
        for (const QJsonValue &key : keys.toArray())
            list << key.toString();
        return list.join(QStringLiteral(", "));
    }
    return keys.toString().split(u',', Qt::SkipEmptyParts).join(QStringLiteral(", "));
}

} // namespace

CertificateInfo CertificateInfo::from(const QSslCertificate &certificate)
{
    CertificateInfo info;
    info.subject = certificate.subjectDisplayName();
    if (info.subject.isEmpty())
        info.subject = certificate.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
    info.issuer = certificate.issuerDisplayName();
    info.notBefore = certificate.effectiveDate();
    info.notAfter = certificate.expiryDate();
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < digest.size(); i += 2)
        pairs << QString::fromLatin1(digest.mid(i, 2));
    info.sha256 = pairs.join(u':');
    return info;
}

QString CertificateInfo::describe() const
{
    return tr("subject %1, issued by %2, valid from %3 to %4, SHA-256 fingerprint %5")
        .arg(subject, issuer, notBefore.toUTC().toString(Qt::ISODate), notAfter.toUTC().toString(Qt::ISODate), sha256);
}

ApiError ApiError::network(const QString &method, const QString &path, const QString &detail)
{
    ApiError error;
    error.kind = Kind::Network;
    error.method = method;
    error.path = path;
    error.detail = detail;
    return error;
}

ApiError ApiError::timeout(const QString &method, const QString &path, int timeoutMs)
{
    ApiError error;
    error.kind = Kind::Timeout;
    error.method = method;
    error.path = path;
    error.detail = tr("no response within %1 s").arg(timeoutMs / 1000.0);
    error.mayHaveReachedServer = true;
    return error;
}

ApiError ApiError::cancelled(const QString &method, const QString &path)
{
    ApiError error;
    error.kind = Kind::Cancelled;
    error.method = method;
    error.path = path;
    return error;
}

ApiError ApiError::setup(const QString &detail)
{
    ApiError error;
    error.kind = Kind::Setup;
    error.detail = detail;
    return error;
}

ApiError ApiError::invalidResponse(const QString &method, const QString &path, const QString &detail,
                                   const QByteArray &body)
{
    ApiError error;
    error.kind = Kind::InvalidResponse;
    error.method = method;
    error.path = path;
    error.detail = detail;
    error.mayHaveReachedServer = true;
    if (!body.isEmpty())
        error.serverMessage = textExcerpt(body);
    return error;
}

ApiError ApiError::fromHttp(const QString &method, const QString &path, int status, const QString &reasonPhrase,
                            const QByteArray &body)
{
    ApiError error;
    error.kind = Kind::Http;
    error.method = method;
    error.path = path;
    error.httpStatus = status;
    error.reasonPhrase = reasonPhrase;
    error.mayHaveReachedServer = true;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        // Shape E (plain text from the authentication layer), or an HTML page from a proxy.
        if (parseError.error != QJsonParseError::NoError)
            error.serverMessage = textExcerpt(body);
        return error;
    }
    const QJsonObject object = document.object();
    const QJsonValue message = object.value(QStringLiteral("message"));
    const QJsonValue reason = object.value(QStringLiteral("reason"));
    const QJsonValue errorMember = object.value(QStringLiteral("error"));
    if (object.value(QStringLiteral("status")).isString())
        error.serverStatus = object.value(QStringLiteral("status")).toString();

    if (message.isString()) { // shape A
        error.serverMessage = message.toString();
    } else if (reason.isString()) { // shape B, with per-field details
        error.serverMessage = reason.toString();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString key = it.key();
            if (key == u"status" || key == u"reason")
                continue;
            if (it.value().isObject() && it.value().toObject().contains(QStringLiteral("keys")))
                error.fieldDetails.insert(key, joinKeys(it.value()));
            else if (it.value().isString())
                error.fieldDetails.insert(key, it.value().toString());
        }
    } else if (errorMember.isString()) { // shapes D and F
        error.serverMessage = errorMember.toString();
    } else if (errorMember.isObject()) { // shape C
        const QJsonObject inner = errorMember.toObject();
        QString text = inner.value(QStringLiteral("reason")).toString();
        if (text.isEmpty()) {
            const QJsonArray causes = inner.value(QStringLiteral("root_cause")).toArray();
            if (!causes.isEmpty())
                text = causes.first().toObject().value(QStringLiteral("reason")).toString();
        }
        error.serverMessage = text;
    }
    return error;
}

QString ApiError::requestText() const
{
    return method.isEmpty() ? QString() : method + u' ' + path;
}

QString ApiError::userMessage() const
{
    const QString text = failureText();
    // A write that failed after it was sent may still have been applied (the write pipeline reads back to find
    // out); the user must not simply try again.
    if (mayHaveReachedServer && kind != Kind::Http && !method.isEmpty() && method != u"GET" && method != u"HEAD")
        return text + u' ' + tr("The server may have applied the change; SecDesk did not send it again.");
    return text;
}

QString ApiError::failureText() const
{
    const QString request = requestText();
    switch (kind) {
    case Kind::Setup:
        return tr("The connection settings cannot be used: %1").arg(detail);
    case Kind::Cancelled:
        return tr("%1 was cancelled.").arg(request);
    case Kind::Timeout:
        return tr("%1 timed out: %2. The cluster may be overloaded or unreachable.").arg(request, detail);
    case Kind::Network:
        if (mayHaveReachedServer)
            return tr("%1 failed: the connection broke after the request was sent (%2).").arg(request, detail);
        return tr("%1 failed: the cluster cannot be reached (%2).").arg(request, detail);
    case Kind::Tls: {
        QString text = tr("%1 failed: the TLS connection was refused (%2).")
                           .arg(request, tlsErrors.isEmpty() ? detail : tlsErrors.join(QStringLiteral("; ")));
        if (!certificates.isEmpty())
            text += u' ' + tr("The server presented a certificate with %1.").arg(certificates.first().describe());
        return text;
    }
    case Kind::InvalidResponse:
        return serverMessage.isEmpty() ? tr("%1 returned an unusable response: %2.").arg(request, detail)
                                       : tr("%1 returned an unusable response: %2. The response begins: %3")
                                             .arg(request, detail, serverMessage);
    case Kind::Http:
        break;
    }
    QString text = tr("%1 failed with HTTP %2 %3").arg(request).arg(httpStatus).arg(reasonPhrase).trimmed();
    if (!serverMessage.isEmpty())
        text += QStringLiteral(": ") + serverMessage;
    QStringList details;
    for (auto it = fieldDetails.constBegin(); it != fieldDetails.constEnd(); ++it) {
        if (it.key() == u"invalid_keys")
            details << tr("keys not allowed here: %1").arg(it.value());
        else if (it.key() == u"missing_mandatory_keys")
            details << tr("missing required keys: %1").arg(it.value());
        else if (it.key() == u"specify_one_of")
            details << tr("give at least one of: %1").arg(it.value());
        else
            details << it.key() + QStringLiteral(": ") + it.value();
    }
    if (!details.isEmpty())
        text += QStringLiteral(" (") + details.join(QStringLiteral("; ")) + u')';
    if (httpStatus == 401) {
        if (!text.endsWith(u'.'))
            text += u'.';
        text += u' ' + tr("Check the user name and password, or the client certificate.");
    }
    if (isSecurityConfigWriteDenied()) {
        // The real settings (docs/api/security-api.md §6.3), not the documentation's endpoints_disabled advice (§12.2).
        if (!text.endsWith(u'.'))
            text += u'.';
        text += u' '
                + tr("The cluster does not allow changing the security configuration through the REST API. Either "
                     "set plugins.security.unsupported.restapi.allow_securityconfig_modification: true in "
                     "opensearch.yml on every node (used only while plugins.security.restapi.admin.enabled is "
                     "false; then every user with REST API access may write), or set "
                     "plugins.security.restapi.admin.enabled: true and write with the admin TLS client "
                     "certificate (plugins.security.authcz.admin_dn) or as a user whose role grants "
                     "restapi:admin/config/update explicitly. Both settings need a node restart.");
    }
    return text;
}

bool ApiError::isNoHandler() const
{
    return kind == Kind::Http && httpStatus == 400
           && serverMessage.startsWith(QStringLiteral("no handler found for uri"));
}

bool ApiError::isSecurityConfigWriteDenied() const
{
    return kind == Kind::Http && httpStatus == 403 && (method == u"PUT" || method == u"PATCH")
           && path.contains(QStringLiteral("/securityconfig"));
}

bool ApiError::isConnectionFailure() const
{
    return kind == Kind::Network || kind == Kind::Tls || kind == Kind::Timeout || isAuthenticationFailure();
}

bool ApiError::isNothingToUpgrade() const
{
    return kind == Kind::Http && httpStatus == 400 && serverMessage.contains(QStringLiteral("no differences found"));
}
