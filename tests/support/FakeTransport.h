#pragma once

// FakeTransport: a Transport that answers from a table, records every request, and can hang until aborted.
// For unit tests of ApiClient and what builds on it; integration tests use the sandbox over loopback instead.

#include <optional>

#include <QMap>
#include <QTimer>

#include "app/api/Transport.h"

class FakeReply : public TransportReply
{
public:
    FakeReply(const TransportRequest &request, std::optional<TransportOutcome> outcome, QObject *parent)
        : TransportReply(parent), m_method(QString::fromLatin1(request.method)), m_path(request.url.path())
    {
        if (outcome)
            QTimer::singleShot(0, this, [this, result = *outcome] { finishWith(result); });
    }

    void abort() override { finishWith(ApiError::cancelled(m_method, m_path)); }

private:
    void finishWith(const TransportOutcome &outcome)
    {
        if (m_done)
            return;
        m_done = true;
        emit finished(outcome);
        deleteLater();
    }

    QString m_method;
    QString m_path;
    bool m_done = false;
};

class FakeTransport : public Transport
{
public:
    QList<TransportRequest> requests;

    // `path` may end in the query as sent ("/_cat/indices?format=json&h=index"): that route then answers only that
    // query, and a route without query answers the others.
    void respond(const QByteArray &method, const QString &path, int status, const QByteArray &body,
                 const HttpHeaders &headers = {})
    {
        TransportResponse response;
        response.status = status;
        response.body = body;
        response.headers = headers;
        m_routes.insert(key(method, path), TransportOutcome(response));
    }

    void fail(const QByteArray &method, const QString &path, const ApiError &error)
    {
        m_routes.insert(key(method, path), TransportOutcome(error));
    }

    // The call never finishes unless it is aborted.
    void hang(const QByteArray &method, const QString &path) { m_routes.insert(key(method, path), std::nullopt); }

    TransportReply *send(const TransportRequest &request) override
    {
        requests.append(request);
        QString k = key(request.method, request.url.path(QUrl::FullyEncoded));
        if (const QString withQuery = k + u'?' + request.url.query(QUrl::FullyEncoded);
            request.url.hasQuery() && m_routes.contains(withQuery))
            k = withQuery;
        if (!m_routes.contains(k)) {
            TransportResponse response;
            response.status = 404;
            response.body = "{\"status\":\"NOT_FOUND\",\"message\":\"no fake response for " + k.toUtf8() + "\"}";
            return new FakeReply(request, TransportOutcome(response), this);
        }
        return new FakeReply(request, m_routes.value(k), this);
    }

private:
    static QString key(const QByteArray &method, const QString &path)
    {
        return QString::fromLatin1(method) + u' ' + path;
    }

    QMap<QString, std::optional<TransportOutcome>> m_routes;
};
