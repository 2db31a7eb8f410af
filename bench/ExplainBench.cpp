#include "bench/ExplainBench.h"

#include <cstdlib>
#include <vector>

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>

#include "app/access/AccessConfig.h"
#include "app/api/ApiClient.h"
#include "app/api/ApiRequest.h"
#include "app/models/ConfigTreeModel.h"
#include "app/store/AccessConfigStore.h"
#include "app/store/ClusterSession.h"
#include "app/store/IndexMetadataStore.h"
#include "bench/BenchSupport.h"
#include "bench/BenchTransport.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/views/access/ExplainView.h"
#include "ui/views/access/WhoCanView.h"
#include "ui/views/configtree/ConfigTreeView.h"
#include "ui/views/problems/ProblemsView.h"

using namespace Qt::StringLiterals;
using namespace Bench;

namespace {

constexpr int PauseBetweenClicksMs = 200;

// Among the first internal users, the one with the most mapped roles, and an index its first index pattern names
// ("logs-*" -> "logs-2026"): an explanation with much to say.
std::pair<QString, QString> busyUser(const AccessConfig &config)
{
    QString best;
    qsizetype most = -1;
    const QStringList names = config.internalUserNames();
    for (qsizetype i = 0; i < names.size() && i < 2000; ++i) {
        const qsizetype roles = config.mapper().mapNames(*config.userFromInternalUsers(names.at(i), false)).size();
        if (roles > most && names.at(i) != u"admin") {
            most = roles;
            best = names.at(i);
        }
    }
    for (const QString &role : config.mapper().mapNames(*config.userFromInternalUsers(best, false))) {
        if (const CompiledRole *compiled = config.role(role)) {
            for (const CompiledIndexPermission &permission : compiled->indexPermissions) {
                for (QString pattern : permission.pattern.source()) {
                    if (pattern.startsWith(u'/') || pattern.contains(u"${"_s) || pattern.startsWith(u'<'))
                        continue;
                    return {best, pattern.replace(u'*', u"2026"_s)};
                }
            }
        }
    }
    return {best, u"logs-2026"_s};
}

} // namespace

namespace ExplainBench {

QList<BenchFigure> run(const QJsonObject &document, int repeat)
{
    progress(u"case explain-view: serving the nine types..."_s);
    const Served served = bodiesFor(document);
    QElapsedTimer clock;
    clock.start();
    Watchdog watchdog(clock);

    auto *session = new ClusterSession;
    auto *window = new MainWindow(session);
    window->resize(1400, 900);
    window->show();
    if (!QTest::qWaitForWindowExposed(window))
        progress(u"the window was not exposed"_s);
    auto *transport = new BenchTransport;
    for (auto it = served.configuration.cbegin(); it != served.configuration.cend(); ++it)
        transport->serve(it.key(), it.value(), true);
    transport->serve(SecurityApi::clusterInfo().path, served.clusterInfo, false);
    transport->serve(SecurityApi::authInfo().path, served.authInfo, false);
    ConnectionSettings settings;
    settings.baseUrl = QUrl(u"http://bench.invalid:9200"_s);
    session->connectTo(new ApiClient(settings, transport), u"bench"_s);
    QElapsedTimer compile;
    compile.start();
    window->showView(MainWindow::View::Explain); // access is asked for: the configuration is compiled once read
    if (!waitUntil([&] { return window->accessConfigs()->snapshot().isReady(); }, 120000)) {
        progress(u"secdesk-bench: the configuration was not compiled for access"_s);
        std::exit(2);
    }
    waitUntil([&] { return !window->indexMetadata()->isFetching(); });
    // The rest of the load (the tree, lint and its findings in the tree) settles first: only the access views are
    // measured.
    auto *treeModel = qobject_cast<ConfigTreeModel *>(window->configTreeView()->tree()->model());
    waitUntil([&] { return treeModel->configuration() == session->configuration().document; });
    waitUntil([&] { return !window->problemsView()->isChecking(); }, 120000);
    idle(1000);
    const AccessSnapshot snapshot = window->accessConfigs()->snapshot();
    const auto [user, index] = busyUser(*snapshot.config);
    progress(u"  connected and compiled after %1 ms; explaining %2 on %3"_s.arg(compile.elapsed()).arg(user, index));

    window->showView(MainWindow::View::Explain);
    ExplainView *explain = window->explainView();
    explain->findChild<QComboBox *>(u"explainUser"_s)->setEditText(user);
    explain->findChild<QComboBox *>(u"explainAction"_s)->setEditText(u"search"_s);
    explain->findChild<QLineEdit *>(u"explainIndices"_s)->setText(index);
    auto *explainButton = explain->findChild<QPushButton *>(u"explainButton"_s);
    int explained = 0;
    QObject::connect(explain, &ExplainView::resultShown, explain, [&explained] { ++explained; });
    PaintProbe explainProbe(clock);
    explainProbe.watch(explain->findChild<QTextBrowser *>(u"explainResult"_s)->viewport());

    WhoCanView *whoCan = window->whoCanView();
    int answered = 0;
    QObject::connect(whoCan, &WhoCanView::resultShown, whoCan, [&answered] { ++answered; });
    PaintProbe whoCanProbe(clock);

    std::vector<double> shown, explainStall, whoCanShown, whoCanStall;
    for (int i = 0; i <= repeat; ++i) {
        window->showView(MainWindow::View::Explain);
        idle(PauseBetweenClicksMs);
        const int before = explained;
        explainProbe.arm([&] { return explained > before; });
        watchdog.reset();
        const qint64 start = clock.nsecsElapsed();
        QTest::mouseClick(explainButton, Qt::LeftButton);
        if (!waitUntil([&] { return explainProbe.done(); })) {
            progress(u"secdesk-bench: the explanation was not shown"_s);
            std::exit(2);
        }
        const double explainMs = msBetween(start, explainProbe.doneNs());
        idle(50);
        const double stall = watchdog.maxGapMs();

        window->showView(MainWindow::View::WhoCan);
        whoCan->setQuery(index, u"search"_s);
        if (i == 0)
            whoCanProbe.watch(whoCan->findChild<QTreeWidget *>(u"whoCanResult"_s)->viewport());
        idle(PauseBetweenClicksMs);
        const int asked = answered;
        whoCanProbe.arm([&] { return answered > asked; });
        watchdog.reset();
        const qint64 whoStart = clock.nsecsElapsed();
        QTest::mouseClick(whoCan->findChild<QPushButton *>(u"whoCanButton"_s), Qt::LeftButton);
        if (!waitUntil([&] { return whoCanProbe.done(); })) {
            progress(u"secdesk-bench: the who-can answer was not shown"_s);
            std::exit(2);
        }
        const double whoMs = msBetween(whoStart, whoCanProbe.doneNs());
        idle(50);
        const double whoStall = watchdog.maxGapMs();
        progress(
            u"  run %1: explain shown %2 ms (%3), stall %4 ms; who-can shown %5 ms (%6 subjects), stall %7 ms"_s.arg(i)
                .arg(explainMs, 0, 'f', 0)
                .arg(explain->sentence().left(60))
                .arg(stall, 0, 'f', 0)
                .arg(whoMs, 0, 'f', 0)
                .arg(whoCan->entries().size())
                .arg(whoStall, 0, 'f', 0));
        if (i == 0)
            continue;
        shown.push_back(explainMs);
        explainStall.push_back(stall);
        whoCanShown.push_back(whoMs);
        whoCanStall.push_back(whoStall);
    }
    delete window;
    delete session;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    idle(200);
    const BenchFigures figure {u"explain-view"_s};
    return {figure(u"explain-shown"_s, medianOf(shown), 300, u"click on Explain -> the result painted"_s),
            figure(u"explain-stall"_s, medianOf(explainStall), 50, u"longest GUI stall during an explain"_s),
            figure(u"who-can-shown"_s, medianOf(whoCanShown), 0, u"click on Who can? -> the list painted"_s),
            figure(u"who-can-stall"_s, medianOf(whoCanStall), 50, u"longest GUI stall during a who-can"_s)};
}

} // namespace ExplainBench
