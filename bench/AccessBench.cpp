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
#include "bench/BenchSupport.h"
#include "ui/views/forms/EntityFormDialog.h"
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
    const auto figure = [](const QString &name, double value, double target, const QString &what) {
        BenchFigure f {name, value, target, what};
        f.benchCase = u"access"_s;
        return f;
    };
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
QJsonObject fiveOperationChange(const QJsonObject &document)
{
    QJsonObject after = document;
    QJsonObject roles = after.value(u"roles"_s).toObject();
    const QStringList names = roles.keys();
    for (int i = 0; i < 2; ++i) {
        QJsonObject role = roles.value(names.at(names.size() / 3 + i)).toObject();
        QJsonArray permissions = role.value(u"index_permissions"_s).toArray();
        permissions.append(QJsonObject {{u"index_patterns"_s, QJsonArray {u"bench-*"_s}},
                                        {u"allowed_actions"_s, QJsonArray {u"read"_s}}});
        role.insert(u"index_permissions"_s, permissions);
        QJsonArray cluster = role.value(u"cluster_permissions"_s).toArray();
        cluster.append(u"cluster_monitor"_s);
        role.insert(u"cluster_permissions"_s, cluster);
        roles.insert(names.at(names.size() / 3 + i), role);
    }
    after.insert(u"roles"_s, roles);
    QJsonObject mappings = after.value(u"rolesmapping"_s).toObject();
    mappings.insert(u"bench_mapping"_s, QJsonObject {{u"users"_s, QJsonArray {u"*"_s}}});
    after.insert(u"rolesmapping"_s, mappings);

    return after;
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
    const auto figure = [](const QString &name, double value, double target, const QString &what) {
        BenchFigure f {name, value, target, what};
        f.benchCase = u"lint"_s;
        return f;
    };
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
    BenchFigure figure {u"access-changes"_s, Bench::medianOf(compare), 2000,
                        u"AccessImpact::compare: who gains and loses what with a 5-operation patch"_s};
    figure.benchCase = u"impact"_s;
    return {figure};
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
    const auto figure = [](const QString &name, double value, double target, const QString &what) {
        BenchFigure f {name, value, target, what};
        f.benchCase = u"forms"_s;
        return f;
    };
    return {figure(u"open"_s, Bench::medianOf(open), 200, u"a role's form opened and shown"_s),
            figure(u"check"_s, Bench::medianOf(check), 150,
                   u"a user's fields checked after a keystroke, on a worker (a typo'd role among 20,000)"_s),
            figure(u"complete"_s, Bench::medianOf(complete), 50,
                   u"a keystroke in a user's security roles until the completion popup shows (20,000 roles)"_s)};
}
