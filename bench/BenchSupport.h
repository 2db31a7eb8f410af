#pragma once

// BenchSupport: what the GUI cases of secdesk-bench (tree, timeline, patch-editor) share: progress lines, medians, a
// watchdog timer for GUI-thread stalls, a probe that notes when widgets have painted a result, event-loop waits, and
// the bodies the Security API returns for a configuration document. GUI thread.

#include <functional>
#include <vector>

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

class QWidget;

namespace Bench {

constexpr int WatchdogIntervalMs = 5;
constexpr int StepTimeoutMs = 30000;

// One line to stderr.
void progress(const QString &text);
// CPU time of the calling thread: tells work on the GUI thread from waiting for a core.
qint64 threadCpuNs();
double msBetween(qint64 fromNs, qint64 toNs);
double medianOf(std::vector<double> values);

// Runs the event loop until `condition` holds (checked at least every 5 ms); false on timeout.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = StepTimeoutMs);
// Runs the event loop for `ms`.
void idle(int ms);

// A timer on the GUI thread that fires every 5 ms; the longest gap between two firings is the longest time the
// event loop could not run (the gap includes the interval itself).
class Watchdog : public QObject
{
public:
    explicit Watchdog(const QElapsedTimer &clock);
    void reset();
    double maxGapMs();

private:
    void tick();

    const QElapsedTimer &m_clock;
    QTimer m_timer;
    qint64 m_lastNs = 0;
    qint64 m_maxGapNs = 0;
};

// Notes when every watched widget has finished painting while `condition` holds: the time the user sees the result.
class PaintProbe : public QObject
{
public:
    explicit PaintProbe(const QElapsedTimer &clock) : m_clock(clock) { }

    // Watches the paint events of `widget` (a viewport, usually); Qt drops the filter when either side is deleted.
    // `ready`, when given, says that the widget's own content is there: its first paint after that counts, even if
    // the armed condition becomes true only later (views whose content arrives at different times).
    void watch(QWidget *widget, std::function<bool()> ready = {});
    // Done once every watched widget has painted with its content there, the condition holding.
    void arm(std::function<bool()> condition);
    bool done() const { return m_doneNs >= 0; }
    qint64 doneNs() const { return m_doneNs; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const QElapsedTimer &m_clock;
    QList<QObject *> m_watched;
    QList<std::function<bool()>> m_ready; // per watched widget; empty: the armed condition decides
    QList<QObject *> m_painted;
    std::function<bool()> m_condition;
    qint64 m_doneNs = -1;
    bool m_scheduled = false;
};

// The bodies the Security API returns for a configuration document (docs/cli.md §2: config comes wrapped, the others
// carry _meta, which the client drops), by URL path, and the GET / and authinfo answers of an admin.
struct Served
{
    QHash<QString, QByteArray> configuration; // path -> body, the nine types
    QByteArray clusterInfo;
    QByteArray authInfo;
    int roles = 0;
};
Served bodiesFor(const QJsonObject &document);

// One `security_configs` member of a version (docs/api/security-api.md §9.2) holding `document`.
QJsonObject securityConfigsFor(const QJsonObject &document, const QString &timestamp);

} // namespace Bench
