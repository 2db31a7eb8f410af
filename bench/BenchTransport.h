#pragma once

// BenchTransport: a Transport double for secdesk-bench that answers GETs from a table of prepared bodies, each in its
// own event-loop turn (as replies from a fast network would), and notes when the last configuration body arrived.
// Lives on the GUI thread of the benchmark.

#include <functional>

#include <QElapsedTimer>
#include <QHash>
#include <QTimer>

#include "app/api/Transport.h"

class BenchReply : public TransportReply
{
public:
    BenchReply(const TransportOutcome &outcome, std::function<void()> arriving, QObject *parent)
        : TransportReply(parent), m_arriving(std::move(arriving))
    {
        QTimer::singleShot(0, this, [this, outcome] { finishWith(outcome); });
    }

    void abort() override { finishWith(ApiError::cancelled(QStringLiteral("GET"), QString())); }

private:
    void finishWith(const TransportOutcome &outcome)
    {
        if (m_done)
            return;
        m_done = true;
        if (m_arriving)
            m_arriving();
        emit finished(outcome);
        deleteLater();
    }

    std::function<void()> m_arriving;
    bool m_done = false;
};

class BenchTransport : public Transport
{
public:
    // Bodies by URL path. Those marked as configuration count towards lastBodyNs().
    void serve(const QString &path, const QByteArray &body, bool configuration)
    {
        m_bodies.insert(path, body);
        if (configuration)
            m_configurationPaths.insert(path, true);
    }

    void setClock(const QElapsedTimer *clock) { m_clock = clock; }
    int configurationBodiesServed() const { return m_served; }
    qint64 lastBodyNs() const { return m_lastBodyNs; }

    TransportReply *send(const TransportRequest &request) override
    {
        const QString path = request.url.path();
        TransportResponse response;
        response.status = m_bodies.contains(path) ? 200 : 404;
        response.body = m_bodies.value(path, QByteArrayLiteral("{\"status\":\"NOT_FOUND\"}"));
        response.headers.emplaceBack("Content-Type", "application/json");
        std::function<void()> arriving;
        if (m_configurationPaths.contains(path)) {
            arriving = [this] {
                ++m_served;
                m_lastBodyNs = m_clock ? m_clock->nsecsElapsed() : 0;
            };
        }
        return new BenchReply(TransportOutcome(response), std::move(arriving), this);
    }

private:
    QHash<QString, QByteArray> m_bodies;
    QHash<QString, bool> m_configurationPaths;
    const QElapsedTimer *m_clock = nullptr;
    int m_served = 0;
    qint64 m_lastBodyNs = 0;
};
