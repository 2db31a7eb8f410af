#include "bench/TreeBench.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <functional>
#include <sys/resource.h>
#include <vector>

#include <QApplication>
#include <QCheckBox>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEvent>
#include <QLineEdit>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include "app/api/ApiClient.h"
#include "app/api/ApiRequest.h"
#include "app/domain/ConfigType.h"
#include "app/json/Json.h"
#include "app/models/ConfigTreeModel.h"
#include "app/store/ClusterSession.h"
#include "bench/BenchSupport.h"
#include "bench/BenchTransport.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/views/configtree/ConfigTreeView.h"

using namespace Qt::StringLiterals;

using namespace Bench;

namespace {

constexpr int PauseAfterLoadMs = 300;   // the user starts typing soon after the tree shows
constexpr int PauseBetweenKeysMs = 120; // a quick typist, and time for the previous result to settle

struct RunFigures
{
    double readyMs = 0;
    double loadStallMs = 0;
    std::vector<double> keystrokes;
    double filterStallMs = 0;
    bool complete = true;
};

struct Step
{
    QString label;
    std::function<void()> act;
};

RunFigures runOnce(const Served &served, const QElapsedTimer &clock, Watchdog &watchdog)
{
    RunFigures figures;
    auto *session = new ClusterSession;
    auto *window = new MainWindow(session);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        progress(u"the window was not exposed"_s);
    ConfigTreeView *view = window->configTreeView();
    QTreeView *tree = view->tree();
    auto *model = qobject_cast<ConfigTreeModel *>(tree->model());
    auto *filter = view->findChild<QLineEdit *>(u"filterEdit"_s);
    auto *regex = view->findChild<QCheckBox *>(u"filterRegex"_s);
    PaintProbe probe(clock);
    probe.watch(tree->viewport());
    idle(200);

    auto *transport = new BenchTransport;
    for (auto it = served.configuration.cbegin(); it != served.configuration.cend(); ++it)
        transport->serve(it.key(), it.value(), true);
    transport->serve(SecurityApi::clusterInfo().path, served.clusterInfo, false);
    transport->serve(SecurityApi::authInfo().path, served.authInfo, false);
    transport->setClock(&clock);
    ConnectionSettings settings;
    settings.baseUrl = QUrl(u"http://bench.invalid:9200"_s);
    auto *client = new ApiClient(settings, transport);

    // Load: from the last of the nine bodies arriving to the tree painted with the new configuration.
    const int types = int(served.configuration.size());
    probe.arm([&] {
        return transport->configurationBodiesServed() == types
               && model->index(1, 0).data(ConfigTreeModel::EntityCountRole).toInt() == served.roles;
    });
    watchdog.reset();
    session->connectTo(client, u"bench"_s);
    if (!waitUntil([&] { return probe.done(); }, StepTimeoutMs)) {
        progress(u"the tree was not ready within %1 ms"_s.arg(StepTimeoutMs));
        figures.complete = false;
    }
    figures.loadStallMs = watchdog.maxGapMs();
    figures.readyMs = msBetween(transport->lastBodyNs(), probe.doneNs());
    idle(PauseAfterLoadMs);

    // Filter: type "kibana", make it a regular expression, extend it to "kibana.*user", clear it.
    filter->setFocus();
    QList<Step> steps;
    for (QChar c : u"kibana"_s)
        steps.append({c, [filter, c] { QTest::keyClick(filter, c.toLatin1()); }});
    steps.append(
        {u"[regex]"_s, [regex] { QTest::mouseClick(regex, Qt::LeftButton, {}, QPoint(6, regex->height() / 2)); }});
    for (QChar c : u".*user"_s)
        steps.append({c, [filter, c] { QTest::keyClick(filter, c.toLatin1()); }});
    steps.append({u"[clear]"_s, [filter] {
                      filter->selectAll();
                      QTest::keyClick(filter, Qt::Key_Backspace);
                  }});
    QStringList line;
    watchdog.reset();
    for (const Step &step : std::as_const(steps)) {
        probe.arm([&] {
            return model->filterText() == filter->text()
                   && (filter->text().isEmpty() || model->filterIsRegex() == regex->isChecked());
        });
        const qint64 start = clock.nsecsElapsed();
        step.act();
        if (!waitUntil([&] { return probe.done(); }, StepTimeoutMs)) {
            progress(u"the filter \"%1\" was not shown within %2 ms"_s.arg(filter->text()).arg(StepTimeoutMs));
            figures.complete = false;
            break;
        }
        figures.keystrokes.push_back(msBetween(start, probe.doneNs()));
        line << u"%1 %2"_s.arg(step.label).arg(figures.keystrokes.back(), 0, 'f', 0);
        idle(PauseBetweenKeysMs);
    }
    figures.filterStallMs = watchdog.maxGapMs();
    progress(u"  ready %1 ms, load stall %2 ms; filter ms: %3; filter stall %4 ms"_s.arg(figures.readyMs, 0, 'f', 0)
                 .arg(figures.loadStallMs, 0, 'f', 0)
                 .arg(line.join(u", "_s))
                 .arg(figures.filterStallMs, 0, 'f', 0));

    tree->viewport()->removeEventFilter(&probe);
    delete window;
    delete session;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    idle(200);
    return figures;
}

} // namespace

namespace {

QtMessageHandler s_previousHandler = nullptr;

// The offscreen platform says this for every window shown; it would drown the progress lines.
void quietMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (!message.contains(u"propagateSizeHints") && s_previousHandler)
        s_previousHandler(type, context, message);
}

} // namespace

BenchApplication::BenchApplication(int &argc, char **argv)
    : QApplication(argc, argv), m_traceMs(qEnvironmentVariableIntValue("SECDESK_BENCH_TRACE_MS"))
{
    s_previousHandler = qInstallMessageHandler(quietMessages);
}

bool BenchApplication::notify(QObject *receiver, QEvent *event)
{
    if (m_traceMs <= 0 || m_depth > 0)
        return QApplication::notify(receiver, event);
    // The event and the receiver may be gone afterwards.
    const int type = event->type();
    const QString receiverName =
        QString::fromLatin1(receiver->metaObject()->className()) + u" \""_s + receiver->objectName() + u'"';
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuStart = threadCpuNs();
    rusage before {};
    getrusage(RUSAGE_THREAD, &before);
    ++m_depth;
    const bool result = QApplication::notify(receiver, event);
    --m_depth;
    const qint64 ms = timer.elapsed();
    if (ms >= m_traceMs) {
        rusage after {};
        getrusage(RUSAGE_THREAD, &after);
        progress(u"    slow event: %1 ms (%2 ms on the CPU; %3 waits, %4 preemptions), type %5, receiver %6"_s.arg(ms)
                     .arg((threadCpuNs() - cpuStart) / 1000000)
                     .arg(after.ru_nvcsw - before.ru_nvcsw)
                     .arg(after.ru_nivcsw - before.ru_nivcsw)
                     .arg(type)
                     .arg(receiverName));
    }
    return result;
}

namespace TreeBench {

QList<BenchFigure> run(const QJsonObject &document, int repeat)
{
    progress(u"case tree: serving the nine types..."_s);
    const Served served = bodiesFor(document);
    qsizetype bytes = 0;
    for (const QByteArray &body : served.configuration)
        bytes += body.size();
    progress(u"  %1 bytes in %2 bodies"_s.arg(bytes).arg(served.configuration.size()));

    QElapsedTimer clock;
    clock.start();
    Watchdog watchdog(clock);
    std::vector<double> ready, loadStall, filterMax, filterMedian, filterStall;
    for (int i = 0; i <= repeat; ++i) {
        progress(i == 0 ? u"  warm-up run"_s : u"  run %1 of %2"_s.arg(i).arg(repeat));
        const RunFigures run = runOnce(served, clock, watchdog);
        if (!run.complete) {
            progress(u"secdesk-bench: the tree case did not complete"_s);
            std::exit(2);
        }
        if (i == 0)
            continue;
        ready.push_back(run.readyMs);
        loadStall.push_back(run.loadStallMs);
        filterMax.push_back(*std::max_element(run.keystrokes.begin(), run.keystrokes.end()));
        filterMedian.push_back(medianOf(run.keystrokes));
        filterStall.push_back(run.filterStallMs);
    }
    return {
        {u"ready"_s, medianOf(ready), 1500, u"last body arrived -> tree painted with the configuration"_s},
        {u"load-stall"_s, medianOf(loadStall), 50, u"longest GUI event-loop stall while loading"_s},
        {u"filter-max"_s, medianOf(filterMax), 100, u"slowest keystroke -> filtered tree painted"_s},
        {u"filter-median"_s, medianOf(filterMedian), 100, u"median keystroke -> filtered tree painted"_s},
        {u"filter-stall"_s, medianOf(filterStall), 50, u"longest GUI event-loop stall while filtering"_s},
    };
}

} // namespace TreeBench
