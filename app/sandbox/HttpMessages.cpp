#include "app/sandbox/HttpMessages.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

QByteArray SandboxRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool SandboxRequest::hasQuery(const QString &name) const
{
    for (const auto &[key, value] : query) {
        if (key == name)
            return true;
    }
    return false;
}

QString SandboxRequest::queryValue(const QString &name) const
{
    for (const auto &[key, value] : query) {
        if (key == name)
            return value;
    }
    return {};
}

QJsonObject SandboxResponse::json() const
{
    return QJsonDocument::fromJson(body).object();
}

SandboxResponse SandboxResponse::fromJson(int status, const QJsonObject &body, bool pretty)
{
    SandboxResponse response;
    response.status = status;
    response.body = QJsonDocument(body).toJson(pretty ? QJsonDocument::Indented : QJsonDocument::Compact);
    return response;
}

SandboxResponse SandboxResponse::text(int status, const QByteArray &body)
{
    SandboxResponse response;
    response.status = status;
    response.contentType = "text/plain; charset=UTF-8";
    response.body = body;
    return response;
}

QString SandboxResponse::statusName(int status)
{
    switch (status) {
    case 200:
        return u"OK"_s;
    case 201:
        return u"CREATED"_s;
    case 400:
        return u"BAD_REQUEST"_s;
    case 401:
        return u"UNAUTHORIZED"_s;
    case 403:
        return u"FORBIDDEN"_s;
    case 404:
        return u"NOT_FOUND"_s;
    case 405:
        return u"METHOD_NOT_ALLOWED"_s;
    case 409:
        return u"CONFLICT"_s;
    case 500:
        return u"INTERNAL_SERVER_ERROR"_s;
    case 501:
        return u"NOT_IMPLEMENTED"_s;
    case 503:
        return u"SERVICE_UNAVAILABLE"_s;
    default:
        return QString::number(status);
    }
}

SandboxResponse SandboxResponse::message(int status, const QString &message)
{
    return fromJson(status, QJsonObject {{u"status"_s, statusName(status)}, {u"message"_s, message}});
}

SandboxResponse SandboxResponse::accessDenied()
{
    return message(403, u"Access denied"_s);
}

SandboxResponse SandboxResponse::validation(const QString &reason, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(u"status"_s, u"error"_s);
    body.insert(u"reason"_s, reason);
    return fromJson(400, body);
}

SandboxResponse SandboxResponse::exception(int status, const QString &type, const QString &reason)
{
    const QJsonObject cause {{u"type"_s, type}, {u"reason"_s, reason}};
    return fromJson(status, QJsonObject {{u"error"_s, QJsonObject {{u"root_cause"_s, QJsonArray {cause}},
                                                                   {u"type"_s, type},
                                                                   {u"reason"_s, reason}}},
                                         {u"status"_s, status}});
}

SandboxResponse SandboxResponse::simpleError(int status, const QString &error, bool withStatus)
{
    QJsonObject body {{u"error"_s, error}};
    if (withStatus)
        body.insert(u"status"_s, status);
    return fromJson(status, body);
}
