#include "bench/TimelineBench.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include "app/api/ApiClient.h"
#include "app/api/ApiRequest.h"
#include "app/domain/ConfigVersion.h"
#include "app/json/Json.h"
#include "app/models/DiffTreeModel.h"
#include "app/models/PatchModel.h"
#include "app/models/VersionTimelineModel.h"
#include "app/store/ClusterSession.h"
#include "app/write/ChangePlan.h"
#include "bench/BenchSupport.h"
#include "bench/BenchTransport.h"
#include "ui/commands/PatchCommands.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/views/patcheditor/PatchEditorView.h"
#include "ui/views/timeline/TimelineView.h"
#include "ui/views/write/WriteDialog.h"
#include "ui/widgets/diff/DiffTreeView.h"
#include "ui/widgets/diff/SideBySideDiffView.h"

using namespace Qt::StringLiterals;
using namespace Bench;

namespace {

constexpr int PauseBeforeClickMs = 300; // the user looks at the list before clicking
const QString VersionA = u"v1"_s;
const QString VersionB = u"v2"_s;

[[noreturn]] void abortWith(const QString &text)
{
    progress(u"secdesk-bench: "_s + text);
    std::exit(2);
}

QJsonObject versionEntry(const QString &id, const QJsonObject &document, const QString &timestamp)
{
    // Versions never hold static entities (docs/api/security-api.md §9.2).
    return QJsonObject {
        {u"version_id"_s, id},
        {u"timestamp"_s, timestamp},
        {u"modified_by"_s, u"admin"_s},
        {u"security_configs"_s, securityConfigsFor(ConfigVersions::withoutStatics(document), timestamp)}};
}

// The real window over the real session and client, with `live` as the cluster's configuration and, when given,
// the two versions v1 = a and v2 = live. Deleted with the fixture.
struct Fixture
{
    ClusterSession *session = nullptr;
    MainWindow *window = nullptr;
    BenchTransport *transport = nullptr;
    qsizetype versionsBytes = 0;

    Fixture(const QJsonObject &live, const QJsonObject *a)
    {
        const Served served = bodiesFor(live);
        transport = new BenchTransport;
        for (auto it = served.configuration.cbegin(); it != served.configuration.cend(); ++it)
            transport->serve(it.key(), it.value(), true);
        transport->serve(SecurityApi::clusterInfo().path, served.clusterInfo, false);
        transport->serve(SecurityApi::authInfo().path, served.authInfo, false);
        if (a) {
            const QJsonObject entryA = versionEntry(VersionA, *a, u"2025-05-23T06:56:20.081933886Z"_s);
            const QJsonObject entryB = versionEntry(VersionB, live, u"2025-05-23T07:12:03.500000000Z"_s);
            const QByteArray listing =
                Json::serialize(QJsonObject {{u"versions"_s, QJsonArray {entryA, entryB}}}, Json::Format::Compact);
            versionsBytes = listing.size();
            transport->serve(SecurityApi::versions().path, listing, false);
            transport->serve(SecurityApi::version(VersionA).path,
                             Json::serialize(QJsonObject {{u"versions"_s, QJsonArray {entryA}}}, Json::Format::Compact),
                             false);
            transport->serve(SecurityApi::version(VersionB).path,
                             Json::serialize(QJsonObject {{u"versions"_s, QJsonArray {entryB}}}, Json::Format::Compact),
                             false);
        }
        session = new ClusterSession;
        window = new MainWindow(session);
        window->resize(1600, 1000);
        window->show();
        if (!QTest::qWaitForWindowExposed(window))
            progress(u"the window was not exposed"_s);
        ConnectionSettings settings;
        settings.baseUrl = QUrl(u"http://bench.invalid:9200"_s);
        session->connectTo(new ApiClient(settings, transport), u"bench"_s);
        if (!waitUntil([this] { return session->state() == ClusterSession::State::Ready; }))
            abortWith(u"the live configuration was not loaded"_s);
    }

    ~Fixture()
    {
        delete window;
        delete session;
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        idle(200);
    }

    template <typename T> T *find(const QString &name) const
    {
        T *found = window->findChild<T *>(name);
        if (!found)
            abortWith(u"no widget named %1"_s.arg(name));
        return found;
    }
};

} // namespace

namespace TimelineBench {

QList<BenchFigure> run(const QJsonObject &a, const QJsonObject &b, int repeat)
{
    progress(u"case timeline: serving the live configuration and two versions..."_s);
    Fixture fixture(b, &a);
    progress(u"  GET versions: %1 bytes"_s.arg(fixture.versionsBytes));
    TimelineView *view = fixture.window->timelineView();
    fixture.find<QAction>(u"actionVersionTimeline"_s)->trigger();
    auto *status = view->findChild<QLabel *>(u"timelineDiffStatus"_s);
    VersionTimelineModel *model = view->model();
    if (!waitUntil([&] { return model->rowCount() == 2; }))
        abortWith(u"the timeline did not show the two versions"_s);
    const auto rowOf = [model](const QString &id) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->versionAt(row).id == id)
                return row;
        }
        return -1;
    };
    // "No differences." is the state before each click: v2 against v2.
    const auto settleOnB = [&] {
        QElapsedTimer settling;
        settling.start();
        view->setCompareWith(VersionB);
        view->selectVersion(VersionB);
        if (!waitUntil([&] { return status->text() == u"No differences."; }, 4 * StepTimeoutMs))
            abortWith(u"v2 against v2 did not settle (%1)"_s.arg(status->text()));
        if (settling.elapsed() > 1000)
            progress(u"  (v2 against v2 settled after %1 ms)"_s.arg(settling.elapsed()));
        idle(PauseBeforeClickMs);
    };
    settleOnB();

    QElapsedTimer clock;
    clock.start();
    Watchdog watchdog(clock);
    PaintProbe probe(clock);
    DiffTreeView *diffTree = view->diffTree();
    SideBySideDiffView *sideBySide = view->sideBySide();
    // The changed paths come first, the side-by-side text (laid out on a worker) after: each view counts once it has
    // painted its own part of the v1 diff.
    const auto treeReady = [&] { return view->selectedId() == VersionA && !diffTree->model()->changes().isEmpty(); };
    const auto panesReady = [&] {
        return view->selectedId() == VersionA && !sideBySide->isLayingOut()
               && !sideBySide->currentLayout().lines.isEmpty();
    };
    probe.watch(diffTree->tree()->viewport(), treeReady);
    probe.watch(sideBySide->leftPane()->viewport(), panesReady);
    probe.watch(sideBySide->rightPane()->viewport(), panesReady);
    std::vector<double> shown, stall, cpu;
    for (int i = 0; i <= repeat; ++i) {
        settleOnB();
        probe.arm([&] { return treeReady() && panesReady(); });
        QListView *list = view->list();
        const QPoint point = list->visualRect(model->index(rowOf(VersionA), 0)).center();
        watchdog.reset();
        const qint64 cpuStart = threadCpuNs();
        const qint64 start = clock.nsecsElapsed();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, point);
        if (!waitUntil([&] { return probe.done(); }))
            abortWith(u"the v1 -> v2 diff was not shown within %1 ms"_s.arg(StepTimeoutMs));
        const double ms = msBetween(start, probe.doneNs());
        const double stallMs = watchdog.maxGapMs();
        const double cpuMs = msBetween(cpuStart, threadCpuNs());
        progress(u"  %1: shown %2 ms, GUI thread CPU %3 ms, stall %4 ms (%5 changes, %6 side-by-side lines)"_s
                     .arg(i == 0 ? u"warm-up"_s : u"run %1 of %2"_s.arg(i).arg(repeat))
                     .arg(ms, 0, 'f', 0)
                     .arg(cpuMs, 0, 'f', 0)
                     .arg(stallMs, 0, 'f', 0)
                     .arg(diffTree->model()->changes().size())
                     .arg(sideBySide->currentLayout().lines.size()));
        if (i == 0)
            continue;
        shown.push_back(ms);
        stall.push_back(stallMs);
        cpu.push_back(cpuMs);
    }
    const QString c = u"timeline"_s;
    return {
        {u"diff-shown"_s, medianOf(shown), 1000, u"click v1 (compare with v2) -> both diff views painted"_s, c},
        {u"diff-gui-cpu"_s, medianOf(cpu), 0, u"GUI thread CPU time in that span"_s, c},
        {u"diff-stall"_s, medianOf(stall), 50, u"longest GUI event-loop stall in that span"_s, c},
    };
}

} // namespace TimelineBench

namespace PatchEditorBench {

namespace {

// Five operations on different types, two of them touching access (the guards check those against the identity).
QList<PatchOperation> benchPatch(const QJsonObject &document, const QString &description)
{
    const auto nameAt = [&document](const QString &type, int index) {
        const QJsonObject entities = document.value(type).toObject();
        return entities.keys().value(std::min<qsizetype>(index, entities.size() - 1));
    };
    const QString role = nameAt(u"roles"_s, 1000);
    return {
        PatchOperation::replace(JsonPointer({u"roles"_s, role, u"description"_s}), description),
        PatchOperation::add(JsonPointer({u"roles"_s, role, u"cluster_permissions"_s, u"-"_s}),
                            u"cluster_composite_ops_ro"_s),
        PatchOperation::add(JsonPointer({u"internalusers"_s, u"bench_new_user"_s}),
                            QJsonObject {{u"hash"_s, u""_s}, {u"backend_roles"_s, QJsonArray {u"bench"_s}}}),
        PatchOperation::remove(JsonPointer({u"rolesmapping"_s, nameAt(u"rolesmapping"_s, 2000)})),
        PatchOperation::replace(JsonPointer({u"tenants"_s, nameAt(u"tenants"_s, 300), u"description"_s}),
                                u"bench tenant"_s),
    };
}

} // namespace

QList<BenchFigure> run(const QJsonObject &document, int repeat)
{
    progress(u"case patch-editor: serving the live configuration..."_s);
    Fixture fixture(document, nullptr);
    fixture.find<QAction>(u"actionPatchEditor"_s)->trigger();
    PatchEditorView *editor = fixture.window->patchEditor();
    PatchModel *model = editor->model();
    if (!waitUntil([&] { return model->baseDocument().size() == document.size(); }))
        abortWith(u"the patch editor did not get the configuration"_s);
    model->setOperations(benchPatch(document, u"bench"_s));
    if (model->invalidCount() != 0)
        abortWith(u"the bench patch is not valid: %1"_s.arg(model->reason(0)));
    auto *send = fixture.find<QPushButton>(u"sendPatchButton"_s);
    idle(500);

    QElapsedTimer clock;
    clock.start();
    Watchdog watchdog(clock);
    std::vector<double> edit, editShown, editStall, compile, sendStall, sendReady;
    for (int i = 0; i <= repeat; ++i) {
        // An edit of the first operation, as the form's Apply makes it: all five are validated again, on a worker
        // (the configuration is large); the GUI thread only records the edit.
        const PatchOperation edited = benchPatch(document, u"bench edit %1"_s.arg(i)).first();
        watchdog.reset();
        qint64 start = clock.nsecsElapsed();
        editor->undoStack()->push(new EditOperationCommand(model, 0, edited));
        const double editMs = msBetween(start, clock.nsecsElapsed());
        if (!waitUntil([&] { return !model->isValidating(); }))
            abortWith(u"the edit was not validated"_s);
        const double shownMs = msBetween(start, clock.nsecsElapsed());
        const double editStallMs = std::max(watchdog.maxGapMs(), editMs);
        if (model->lastValidationStart() != 0 || model->lastValidationApplied() != 5 || model->invalidCount() != 0)
            abortWith(u"the edit did not revalidate the five operations"_s);
        idle(PauseBeforeClickMs);

        // Send: the same compile the editor makes, timed alone, then the real click.
        start = clock.nsecsElapsed();
        const auto plan = ChangePlan::compile(model->patch().toJson(), fixture.session->configuration().document);
        const double compileMs = msBetween(start, clock.nsecsElapsed());
        if (!plan)
            abortWith(u"the bench patch does not compile: %1"_s.arg(plan.error().message()));
        watchdog.reset();
        start = clock.nsecsElapsed();
        QTest::mouseClick(send, Qt::LeftButton);
        if (!waitUntil([&] { return fixture.window->writeDialog() && fixture.window->writeDialog()->isVisible(); }))
            abortWith(u"Send did not open the write dialog"_s);
        // The change list is computed on a worker; the summary names the changes once they are shown.
        auto *summary = fixture.window->writeDialog()->findChild<QLabel *>(u"writeSummary"_s);
        if (!waitUntil([&] { return summary->text().startsWith(u"Changes "_s); }))
            abortWith(u"the write dialog did not show the changes"_s);
        const double readyMs = msBetween(start, clock.nsecsElapsed());
        idle(50);
        const double stallMs = watchdog.maxGapMs();
        fixture.window->writeDialog()->close();
        idle(PauseBeforeClickMs);
        progress(u"  %1: edit %2 ms on the GUI thread, validated after %3 ms (stall %4 ms), compile %5 ms, "
                 "Send -> changes shown %6 ms, stall %7 ms"_s
                     .arg(i == 0 ? u"warm-up"_s : u"run %1 of %2"_s.arg(i).arg(repeat))
                     .arg(editMs, 0, 'f', 1)
                     .arg(shownMs, 0, 'f', 0)
                     .arg(editStallMs, 0, 'f', 0)
                     .arg(compileMs, 0, 'f', 1)
                     .arg(readyMs, 0, 'f', 0)
                     .arg(stallMs, 0, 'f', 0));
        if (i == 0)
            continue;
        edit.push_back(editMs);
        editShown.push_back(shownMs);
        editStall.push_back(editStallMs);
        compile.push_back(compileMs);
        sendStall.push_back(stallMs);
        sendReady.push_back(readyMs);
    }
    const QString c = u"patch-editor"_s;
    return {
        {u"edit-gui"_s, medianOf(edit), 0, u"edit of op 1 of 5: the GUI thread's part"_s, c},
        {u"edit-shown"_s, medianOf(editShown), 300, u"edit -> the 5 operations validated (on a worker)"_s, c},
        {u"edit-stall"_s, medianOf(editStall), 16, u"longest GUI stall, edit -> validated"_s, c},
        {u"send-compile"_s, medianOf(compile), 0, u"ChangePlan::compile of the 5 ops on Send, GUI thread"_s, c},
        {u"send-ready"_s, medianOf(sendReady), 500, u"click on Send -> write dialog with its changes shown"_s, c},
        {u"send-stall"_s, medianOf(sendStall), 0, u"longest GUI stall, click on Send -> changes shown"_s, c},
    };
}

} // namespace PatchEditorBench
