#include "bench/BenchSupport.h"

#include <algorithm>
#include <cstdio>
#include <ctime>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEvent>
#include <QWidget>

#include "app/api/ApiRequest.h"
#include "app/domain/ConfigType.h"
#include "app/json/Json.h"

using namespace Qt::StringLiterals;

namespace Bench {

void progress(const QString &text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::fflush(stderr);
}

qint64 threadCpuNs()
{
    timespec time {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time);
    return qint64(time.tv_sec) * 1000000000 + time.tv_nsec;
}

double msBetween(qint64 fromNs, qint64 toNs)
{
    return double(toNs - fromNs) / 1e6;
}

double medianOf(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QTimer wake; // the event loop wakes at least this often, even without a watchdog
    wake.start(WatchdogIntervalMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

void idle(int ms)
{
    QDeadlineTimer deadline(ms);
    waitUntil([&] { return deadline.hasExpired(); }, ms + 1000);
}

Watchdog::Watchdog(const QElapsedTimer &clock) : m_clock(clock)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(WatchdogIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    m_timer.start();
    m_lastNs = m_clock.nsecsElapsed();
}

void Watchdog::reset()
{
    m_lastNs = m_clock.nsecsElapsed();
    m_maxGapNs = 0;
}

double Watchdog::maxGapMs()
{
    tick();
    return double(m_maxGapNs) / 1e6;
}

void Watchdog::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_maxGapNs = std::max(m_maxGapNs, now - m_lastNs);
    m_lastNs = now;
}

void PaintProbe::watch(QWidget *widget, std::function<bool()> ready)
{
    m_watched.append(widget);
    m_ready.append(std::move(ready));
    widget->installEventFilter(this);
}

void PaintProbe::arm(std::function<bool()> condition)
{
    m_condition = std::move(condition);
    m_painted.clear();
    m_doneNs = -1;
    m_scheduled = false;
}

bool PaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    const qsizetype index = m_watched.indexOf(watched);
    if (event->type() != QEvent::Paint || !m_condition || m_scheduled || index < 0 || m_painted.contains(watched))
        return QObject::eventFilter(watched, event);
    const std::function<bool()> &ready = m_ready.at(index);
    if (ready ? ready() : m_condition()) {
        m_painted.append(watched);
        if (m_painted.size() == m_watched.size() && m_condition()) {
            m_scheduled = true;
            // Runs right after this paint (and the rest of the window's update) is done.
            QTimer::singleShot(0, this, [this] { m_doneNs = m_clock.nsecsElapsed(); });
        }
    }
    return QObject::eventFilter(watched, event);
}

Served bodiesFor(const QJsonObject &document)
{
    Served served;
    for (ConfigType type : ConfigTypeInfo::all()) {
        const QString key = ConfigTypeInfo::key(type);
        QJsonObject body;
        if (type == ConfigType::Config) {
            body.insert(u"config"_s, document.value(key));
        } else {
            body = document.value(key).toObject();
            body.insert(u"_meta"_s, QJsonObject {{u"type"_s, key}, {u"config_version"_s, 2}});
        }
        served.configuration.insert(SecurityApi::getConfig(type).path, Json::serialize(body, Json::Format::Compact));
    }
    served.clusterInfo = R"({"name":"bench-node","cluster_name":"bench","cluster_uuid":"b",
        "version":{"distribution":"opensearch","number":"2.11.0"},"tagline":"The OpenSearch Project"})";
    served.authInfo = R"({"user_name":"admin","backend_roles":["admin"],"roles":["all_access"],"tenants":{}})";
    served.roles = int(document.value(u"roles"_s).toObject().size());
    return served;
}

QJsonObject securityConfigsFor(const QJsonObject &document, const QString &timestamp)
{
    QJsonObject configs;
    for (ConfigType type : ConfigTypeInfo::all()) {
        const QString key = ConfigTypeInfo::key(type);
        QJsonObject data;
        if (type == ConfigType::Config)
            data.insert(u"config"_s, document.value(key));
        else
            data = document.value(key).toObject();
        data.insert(u"_meta"_s, QJsonObject {{u"type"_s, key}, {u"config_version"_s, 2}});
        configs.insert(key, QJsonObject {{u"lastUpdated"_s, timestamp}, {u"configData"_s, data}});
    }
    return configs;
}

} // namespace Bench
