#include "bench/AccessBench.h"

#include <malloc.h>

#include <QAbstractItemView>
#include <QCompleter>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

#include "app/access/AccessConfig.h"
#include "app/access/AccessEvaluator.h"
#include "app/access/AccessImpact.h"
#include "app/access/WhoCan.h"
#include "app/domain/IndexMetadata.h"
#include "app/forms/EntityChecks.h"
#include "app/json/Json.h"
#include "app/lint/Lint.h"
#include "app/write/ChangePlan.h"
#include "bench/BenchSupport.h"
#include "ui/views/access/AccessChangesTree.h"
#include "ui/views/forms/EntityFormDialog.h"
#include "ui/views/write/WriteDialog.h"
#include "ui/widgets/ListEdit.h"

using namespace Qt::StringLiterals;

namespace {

// Bytes the allocator has handed out and not taken back.
qint64 heapInUse()
{
    return qint64(mallinfo2().uordblks);
}

template <typename F> double timed(F &&function)
{
    QElapsedTimer timer;
    timer.start();
    function();
    return double(timer.nsecsElapsed()) / 1e6;
}

// Concrete indices for the roles' index patterns ("logs-*" -> "logs-2026"), so that evaluation resolves real names.
IndexMetadata metadataFor(const QJsonObject &document)
{
    IndexMetadata metadata;
    const QJsonObject roles = document.value(u"roles"_s).toObject();
    for (auto role = roles.begin(); role != roles.end(); ++role) {
        for (const QJsonValue &permission : role->toObject().value(u"index_permissions"_s).toArray()) {
            for (const QJsonValue &pattern : permission.toObject().value(u"index_patterns"_s).toArray()) {
                QString name = pattern.toString();
                if (name.startsWith(u'/') || name.contains(u"${"_s) || name.startsWith(u'<'))
                    continue;
                name.replace(u'*', u"2026"_s).replace(u'?', u'x');
                if (!name.isEmpty())
                    metadata.addIndex(name, IndexInfo());
            }
        }
    }
    return metadata;
}

// The internal user with the most mapped roles (an explain with much to say), and an index one of its roles names.
std::pair<AccessUser, QString> busiestUser(const AccessConfig &config, const IndexMetadata &metadata)
{
    AccessUser best;
    qsizetype most = -1;
    for (const QString &name : config.internalUserNames()) {
        const AccessUser user = *config.userFromInternalUsers(name);
        const qsizetype roles = config.mapper().mapNames(user).size();
        if (roles > most && name != u"admin"_s) {
            most = roles;
            best = user;
        }
    }
    for (const QString &role : config.mapper().mapNames(best)) {
        if (const CompiledRole *compiled = config.role(role)) {
            for (const CompiledIndexPermission &permission : compiled->indexPermissions) {
                for (QString pattern : permission.pattern.source()) {
                    pattern.replace(u'*', u"2026"_s);
                    if (metadata.isIndex(pattern))
                        return {best, pattern};
                }
            }
        }
    }
    return {best, metadata.indexNames().value(0)};
}

} // namespace

QList<BenchFigure> AccessBench::run(const QByteArray &bytes, int repeats)
{
    Bench::progress(u"case access: %1 bytes"_s.arg(bytes.size()));
    std::vector<double> loads, compiles, explains, whoCans;
    double documentBytes = 0, compiledBytes = 0;
    const NodeSettings settings;
    for (int run = 0; run <= repeats; ++run) { // run 0 warms up
        malloc_trim(0);
        const qint64 before = heapInUse();
        QJsonObject document;
        const double load = timed([&] { document = Json::parse(bytes)->toObject(); });
        const qint64 afterLoad = heapInUse();
        AccessConfig config;
        const double compile = timed([&] { config = AccessConfig::compile(document, settings); });
        const qint64 afterCompile = heapInUse();

        const IndexMetadata metadata = metadataFor(document);
        const auto [user, index] = busiestUser(config, metadata);
        AccessRequest request {{u"indices:data/read/search"_s}, QStringList {index}, {}};
        AccessDecision decision;
        const double explain = timed([&] { decision = AccessEvaluator::evaluate(config, metadata, user, request); });
        QList<WhoCanEntry> entries;
        const double whoCan = timed([&] { entries = WhoCan::evaluate(config, metadata, request); });
        if (run == 0) {
            Bench::progress(u"  explain: %1 on %2 -> %3 (%4 mapped roles); who-can: %5 subjects of %6 users"_s
                                .arg(user.name, index, AccessStatuses::name(decision.status))
                                .arg(decision.mappedRoles.size())
                                .arg(entries.size())
                                .arg(config.internalUserNames().size()));
            continue;
        }
        loads.push_back(load);
        compiles.push_back(compile);
        explains.push_back(explain);
        whoCans.push_back(whoCan);
        documentBytes = double(afterLoad - before);
        compiledBytes = double(afterCompile - afterLoad);
    }
    const double load = Bench::medianOf(loads);
    const double compile = Bench::medianOf(compiles);
    const BenchFigures figure {u"access"_s};
    const double mb = 1024.0 * 1024.0;
    return {
        figure(u"load"_s, load, 0, u"the document parsed from its bytes (the reference for compile)"_s),
        figure(u"compile"_s, compile, 1.5 * load,
               u"AccessConfig::compile: roles, mappings, action groups (<= 1.5 x load)"_s),
        figure(u"explain"_s, Bench::medianOf(explains), 5, u"one explain with every reason, after compile"_s),
        figure(u"who-can"_s, Bench::medianOf(whoCans), 1000,
               u"who-can over every internal user and mapped backend role"_s),
        // Memory, reported in the ms column as MB: the compiled form must not exceed the document.
        figure(u"document-mb"_s, documentBytes / mb, 0, u"heap held by the parsed document (MB, not ms)"_s),
        figure(u"compiled-mb"_s, compiledBytes / mb, documentBytes / mb,
               u"heap added by the compiled form (MB, not ms; <= the document's)"_s),
    };
}

namespace {

// Five operations an administrator might make in one go: a pattern and an action added to two roles, a mapping.
QJsonArray fiveOperationPatch(const QJsonObject &document)
{
    const QJsonObject roles = document.value(u"roles"_s).toObject();
    const QStringList names = roles.keys();
    QJsonArray patch;
    for (int i = 0; i < 2; ++i) {
        const QString name = names.at(names.size() / 3 + i);
        const QJsonObject role = roles.value(name).toObject();
        // Appended to the role's lists, or the list itself when the role has none.
        const auto append = [&](const QString &list, const QJsonValue &value) {
            const bool has = role.contains(list);
            const QString path = u"/roles/%1/%2%3"_s.arg(name, list, has ? u"/-"_s : QString());
            patch.append(QJsonObject {
                {u"op"_s, u"add"_s}, {u"path"_s, path}, {u"value"_s, has ? value : QJsonValue(QJsonArray {value})}});
        };
        append(u"index_permissions"_s, QJsonObject {{u"index_patterns"_s, QJsonArray {u"bench-*"_s}},
                                                    {u"allowed_actions"_s, QJsonArray {u"read"_s}}});
        append(u"cluster_permissions"_s, u"cluster_monitor"_s);
    }
    patch.append(QJsonObject {{u"op"_s, u"add"_s},
                              {u"path"_s, u"/rolesmapping/bench_mapping"_s},
                              {u"value"_s, QJsonObject {{u"users"_s, QJsonArray {u"*"_s}}}}});
    return patch;
}

QJsonObject fiveOperationChange(const QJsonObject &document)
{
    const auto plan = ChangePlan::compile(fiveOperationPatch(document), document);
    if (!plan) {
        Bench::progress(u"secdesk-bench: the 5-operation patch does not apply: %1"_s.arg(plan.error().message()));
        std::exit(2);
    }
    return plan->expected;
}

} // namespace

QList<BenchFigure> LintBench::run(const QJsonObject &document, int repeats)
{
    Bench::progress(u"case lint..."_s);
    const QJsonObject after = fiveOperationChange(document);
    LintContext context;
    std::vector<double> full, change;
    qsizetype findings = 0, introduced = 0;
    for (int run = 0; run <= repeats; ++run) {
        // The full lint of the document, kept as the baseline of its changes (as the GUI keeps the live one's).
        std::optional<LintBaseline> baseline;
        const double fullMs = timed([&] { baseline.emplace(document, context); });
        LintDelta delta;
        const double changeMs = timed([&] { delta = baseline->change(after); });
        findings = baseline->findings().size();
        introduced = delta.introduced.size();
        if (run == 0)
            continue;
        full.push_back(fullMs);
        change.push_back(changeMs);
    }
    Bench::progress(u"  %1 findings; the patch introduces %2"_s.arg(findings).arg(introduced));
    const BenchFigures figure {u"lint"_s};
    return {figure(u"full"_s, Bench::medianOf(full), 3000,
                   u"the whole document linted (a LintBaseline: Lint::run and what changes reuse)"_s),
            figure(u"change"_s, Bench::medianOf(change), 300,
                   u"LintBaseline::change: the findings a 5-operation patch introduces and removes"_s)};
}

QList<BenchFigure> ImpactBench::run(const QJsonObject &document, int repeats)
{
    Bench::progress(u"case impact..."_s);
    const QJsonObject after = fiveOperationChange(document);
    std::vector<double> compare;
    qsizetype changes = 0, subjects = 0;
    for (int run = 0; run <= repeats; ++run) {
        AccessChanges result;
        const double ms =
            timed([&] { result = AccessImpact::compare(document, after, NodeSettings(), IndexMetadata()); });
        changes = result.changes.size();
        subjects = result.subjectsCompared;
        if (run > 0)
            compare.push_back(ms);
    }
    Bench::progress(u"  %1 subjects compared, %2 access changes"_s.arg(subjects).arg(changes));
    return {BenchFigures {u"impact"_s}(u"access-changes"_s, Bench::medianOf(compare), 2000,
                                       u"AccessImpact::compare: who gains and loses what with a 5-operation patch"_s)};
}

QList<BenchFigure> FormsBench::run(const QJsonObject &document, int repeats)
{
    Bench::progress(u"case forms..."_s);
    EntityFormDialog::Context context;
    context.document = document;
    const QStringList roles = document.value(u"roles"_s).toObject().keys();
    const QString role = roles.at(roles.size() / 2);
    std::vector<double> open, complete, check;
    // A user's form as checked after a keystroke: security roles with a typo among 20,000 roles.
    EntityChecks::FormState userState;
    userState.type = u"internalusers"_s;
    userState.name = u"bench_user"_s;
    const QString typo = roles.at(roles.size() / 3) + u'x';
    userState.value.insert(u"opendistro_security_roles"_s, QJsonArray {roles.first(), roles.last(), typo});
    userState.value.insert(u"backend_roles"_s, QJsonArray {u"analysts"_s});
    userState.password = userState.confirmation = u"Bench-Pass#2026-long"_s;
    const CheckContext checkContext {document, QVersionNumber(3, 3, 0), {}};
    for (int run = 0; run <= repeats; ++run) {
        {
            QElapsedTimer clock;
            clock.start();
            const QList<FieldIssue> issues = EntityChecks::form(userState, checkContext);
            if (run > 0)
                check.push_back(double(clock.nsecsElapsed()) / 1e6);
            if (issues.isEmpty())
                qFatal("forms: the typo'd role was not flagged");
        }
        double openMs = 0;
        {
            QElapsedTimer clock;
            clock.start();
            EntityFormDialog form(u"roles"_s, EntityFormDialog::Mode::Edit, role, context);
            form.show();
            QCoreApplication::processEvents();
            openMs = double(clock.nsecsElapsed()) / 1e6;
        }
        EntityFormDialog user(u"internalusers"_s, EntityFormDialog::Mode::Create, {}, context);
        user.show();
        auto *edit = user.findChild<ListEdit *>(u"securityRolesEdit"_s);
        auto *completer = edit->findChild<QCompleter *>();
        QElapsedTimer wait;
        wait.start();
        while (completer->model()->rowCount() < roles.size() && wait.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (completer->model()->rowCount() < roles.size())
            qFatal("forms: the completion lists were not gathered");
        edit->setFocus();
        QElapsedTimer clock;
        clock.start();
        QTest::keyClicks(edit, roles.first().left(3));
        const double completeMs = double(clock.nsecsElapsed()) / 1e6 / 3;
        if (!completer->popup()->isVisible())
            qFatal("forms: no completion popup");
        if (run == 0)
            continue;
        open.push_back(openMs);
        complete.push_back(completeMs);
    }
    const BenchFigures figure {u"forms"_s};
    return {figure(u"open"_s, Bench::medianOf(open), 200, u"a role's form opened and shown"_s),
            figure(u"check"_s, Bench::medianOf(check), 150,
                   u"a user's fields checked after a keystroke, on a worker (a typo'd role among 20,000)"_s),
            figure(u"complete"_s, Bench::medianOf(complete), 50,
                   u"a keystroke in a user's security roles until the completion popup shows (20,000 roles)"_s)};
}

QList<BenchFigure> ConfirmBench::run(const QJsonObject &document, int repeats)
{
    Bench::progress(u"case confirm-view..."_s);
    const auto plan = ChangePlan::compile(fiveOperationPatch(document), document);
    if (!plan) {
        Bench::progress(u"secdesk-bench: the 5-operation patch does not apply: %1"_s.arg(plan.error().message()));
        std::exit(2);
    }
    QElapsedTimer clock;
    clock.start();
    Bench::Watchdog watchdog(clock);
    std::vector<double> shown, stall, fill;
    qsizetype changes = 0;
    for (int run = 0; run <= repeats; ++run) {
        // The confirmation as the coordinator opens it: change list, lockouts, lint and access on workers.
        WriteDialog::Context context;
        context.lint = LintContext();
        context.accessIndices = IndexMetadata();
        context.configuration = document;
        auto *dialog = new WriteDialog(*plan, context);
        dialog->resize(1000, 700);
        Bench::idle(200);
        watchdog.reset();
        const qint64 start = clock.nsecsElapsed();
        dialog->show();
        if (!Bench::waitUntil([&] { return dialog->accessReady(); }, 120000)) {
            Bench::progress(u"secdesk-bench: the access changes were not shown"_s);
            std::exit(2);
        }
        const double ms = Bench::msBetween(start, clock.nsecsElapsed());
        Bench::waitUntil([&] { return dialog->lintReady(); }, 120000);
        Bench::idle(100);
        const double worst = watchdog.maxGapMs();
        changes = dialog->accessChanges().changes.size();

        // A change that reaches everyone: 50,000 users with four changes each, filled into the confirmation's tree
        // (which lists the first subjects and counts the rest).
        AccessChanges everyone;
        for (int user = 0; user < 50000; ++user) {
            for (const QString &group : {u"read"_s, u"write"_s, u"cluster_monitor"_s, u"search"_s}) {
                AccessChange change;
                change.subject = {AccessSubject::Kind::InternalUser, u"user%1"_s.arg(user)};
                change.resource = u"logs-*"_s;
                change.group = group;
                change.after = CellAccess::Full;
                change.roles = {u"bench_role"_s};
                everyone.changes << change;
            }
        }
        auto *tree = dialog->findChild<AccessChangesTree *>(u"writeAccessChanges"_s);
        watchdog.reset();
        const double fillMs = timed([&] {
            tree->setChanges(everyone);
            const QString summary = AccessChangesTree::summary(everyone);
            Q_UNUSED(summary);
        });
        Bench::idle(100);
        const double fillStall = std::max(fillMs, watchdog.maxGapMs());
        Bench::progress(u"  run %1: access changes shown %2 ms (%3 changes), longest stall %4 ms; 200,000 changes "
                        "filled in %5 ms"_s.arg(run)
                            .arg(ms, 0, 'f', 0)
                            .arg(changes)
                            .arg(worst, 0, 'f', 0)
                            .arg(fillStall, 0, 'f', 0));
        delete dialog;
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (run == 0)
            continue;
        shown.push_back(ms);
        stall.push_back(worst);
        fill.push_back(fillStall);
    }
    const BenchFigures figure {u"confirm-view"_s};
    return {figure(u"access-shown"_s, Bench::medianOf(shown), 2000,
                   u"a write confirmation of the 5-operation patch opened -> its access changes shown"_s),
            figure(u"confirm-stall"_s, Bench::medianOf(stall), 50,
                   u"longest GUI stall meanwhile (changes, lockouts, lint and access on workers)"_s),
            figure(u"long-fill-stall"_s, Bench::medianOf(fill), 50,
                   u"200,000 access changes (50,000 users) filled into the confirmation's tree"_s)};
}
