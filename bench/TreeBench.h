#pragma once

// TreeBench: the `tree` case of secdesk-bench. Serves a generated configuration to the real ApiClient, ConfigFetch
// and ClusterSession through a transport double, shows it in the real MainWindow (offscreen), and measures what a
// user feels: the time from the last byte to the tree on screen, filter latency per keystroke, and the longest
// stall of the GUI thread's event loop (a 5 ms watchdog timer). GUI thread; needs a QApplication.

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QString>

struct BenchFigure
{
    QString name;  // "ready", "load-stall", ...
    double ms = 0; // the median over the runs
    double target = 0;
    QString what;                               // one line for the table
    QString benchCase = QStringLiteral("tree"); // the case it belongs to: tree, timeline, patch-editor
    // A target of 0 means none: the figure is only reported.
    bool hasTarget() const { return target > 0; }
    bool pass() const { return !hasTarget() || ms <= target; }
};

// The figures of one case: `const BenchFigures figure {u"lint"_s}; figure(u"full"_s, ms, 3000, u"..."_s)`.
struct BenchFigures
{
    QString benchCase;
    BenchFigure operator()(const QString &name, double ms, double target, const QString &what) const
    {
        BenchFigure f {name, ms, target, what};
        f.benchCase = benchCase;
        return f;
    }
};

// The benchmark's application: with SECDESK_BENCH_TRACE_MS=n in the environment, every event whose handling on
// the GUI thread takes longer than n ms is written to stderr with its receiver, to find what stalls.
class BenchApplication : public QApplication
{
public:
    BenchApplication(int &argc, char **argv);
    bool notify(QObject *receiver, QEvent *event) override;

private:
    int m_traceMs = 0;
    int m_depth = 0;
};

namespace TreeBench {

// Medians of `repeat` runs after one discarded warm-up run. Progress goes to stderr.
QList<BenchFigure> run(const QJsonObject &document, int repeat);

} // namespace TreeBench
