#include "app/cli/WriteCommands.h"
#include "app/domain/ConfigChanges.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>

#include "app/access/AccessImpact.h"
#include "app/access/NodeSettings.h"
#include "app/api/IndexMetadataFetch.h"
#include "app/api/ResponseParsers.h"
#include "app/cli/ClusterConnection.h"
#include "app/domain/PatchGuards.h"
#include "app/json/Json.h"
#include "app/lint/Lint.h"
#include "app/write/SafeWrite.h"

using namespace Qt::StringLiterals;

namespace WriteCommands {

using ClusterConnection::Session;

namespace {

using ClusterConnection::confirm;
using ClusterConnection::stdinIsTerminal;

QString tr(const char *text)
{
    return QCoreApplication::translate("WriteCommands", text);
}

// A JSON input file: exit 2 when it cannot be read or is not JSON.
Result<QJsonValue> readInput(const QString &path)
{
    return Json::readFile(path);
}

void printWarnings(CliContext &context, const ChangePlan &plan)
{
    for (const QString &warning : plan.warnings)
        context.printError(tr("warning: %1\n").arg(warning));
}

// The lint findings a plan introduces and removes (the lockout guard speaks for self-lockout).
LintDelta lintDeltaOf(const ChangePlan &plan)
{
    LintContext context;
    context.disabled.insert(u"self-lockout"_s);
    return Lint::change(plan.base, plan.expected, context);
}

QString lintText(const LintDelta &delta)
{
    if (delta.isEmpty())
        return tr("Lint: no finding introduced or removed") + u'\n';
    QString text = tr("Lint: %1 introduced, %2 removed").arg(delta.introduced.size()).arg(delta.removed.size()) + u'\n';
    const auto line = [](QChar sign, const LintFinding &f) {
        return u"  %1 %2 %3 %4: %5\n"_s.arg(sign).arg(LintSeverities::name(f.severity), f.rule, f.pointer, f.message);
    };
    for (const LintFinding &f : delta.introduced)
        text += line(u'+', f);
    for (const LintFinding &f : delta.removed)
        text += line(u'-', f);
    return text;
}

QString planText(const ChangePlan &plan, const ConnectionSettings &settings, const QList<Lockout> &lockouts,
                 const LintDelta &lint, const AccessChanges &access)
{
    const QList<JsonChange> changes = plan.changes();
    QString text = tr("Changes:") + u'\n'
                   + (changes.isEmpty() ? tr("  (none)") + u'\n' : ConfigChanges::summaryText(changes)) + u'\n'
                   + tr("Requests:") + u'\n';
    if (plan.steps.isEmpty())
        text += tr("  (none: nothing would be sent)") + u'\n';
    for (const WriteStep &step : plan.steps)
        text += u"  "_s + step.label + u'\n' + u"    "_s + step.curlText(settings) + u'\n';
    if (!lockouts.isEmpty())
        text += tr("Lockout: %1").arg(PatchGuards::lockoutText(lockouts)) + u'\n';
    text += lintText(lint);
    text += accessText(access);
    return text;
}

QJsonObject planJson(const ChangePlan &plan, const ConnectionSettings &settings, const QList<Lockout> &lockouts,
                     const LintDelta &lint, const AccessChanges &access)
{
    QJsonObject json = plan.toJson();
    QJsonArray requests = json.value(u"requests"_s).toArray();
    for (qsizetype i = 0; i < requests.size() && i < plan.steps.size(); ++i) {
        QJsonObject request = requests.at(i).toObject();
        request.insert(u"curl"_s, plan.steps.at(i).curlText(settings));
        requests[i] = request;
    }
    json.insert(u"requests"_s, requests);
    json.insert(u"changes"_s, ConfigChanges::toJson(plan.changes()));
    QJsonArray lockoutArray;
    for (const Lockout &lockout : lockouts)
        lockoutArray.append(QJsonObject {{u"user"_s, lockout.user},
                                         {u"lost_roles"_s, QJsonArray::fromStringList(lockout.lostRoles)},
                                         {u"api_access_lost"_s, lockout.apiAccessLost},
                                         {u"entity"_s, lockout.pointer},
                                         {u"message"_s, lockout.sentence}});
    json.insert(u"lockout"_s, lockoutArray);
    json.insert(u"lint"_s, QJsonObject {{u"introduced"_s, Lint::json(lint.introduced).value(u"findings"_s)},
                                        {u"removed"_s, Lint::json(lint.removed).value(u"findings"_s)}});
    json.insert(u"access_changes"_s, access.toJson());
    if (!access.notes.isEmpty())
        json.insert(u"access_notes"_s, QJsonArray::fromStringList(access.notes));
    return json;
}

// Who the plan could lock out: the connected user as the cluster reports it (authinfo), or, when that cannot be
// read, the user name of the connection with the backend roles the configuration gives it.
QList<Lockout> lockoutsOf(Session &session, const ChangePlan &plan)
{
    GuardContext guard;
    guard.userName = session.settings.userName;
    const ApiResult result = ClusterConnection::wait(session.client->send(SecurityApi::authInfo()));
    if (result) {
        if (const auto identity = ResponseParsers::authInfo(result->json)) {
            guard.userName = identity->userName;
            guard.backendRoles = identity->backendRoles;
            guard.currentRoles = identity->roles;
        }
    }
    return PatchGuards::lockouts(plan.base, plan.expected, guard);
}

// A plan as `plan` prints it (and `--dry-run`): warnings on stderr, then the changes, requests, lockouts, lint
// findings and access changes, as text or (--json) JSON. Sends nothing.
ExitCode printPlan(Session &session, const CliArguments &arguments, const ChangePlan &plan)
{
    CliContext &context = session.context;
    printWarnings(context, plan);
    const QList<Lockout> lockouts = lockoutsOf(session, plan);
    const LintDelta lint = lintDeltaOf(plan);
    const AccessChanges access = accessChanges(session, plan.base, plan.expected);
    if (arguments.isSet(u"json"_s))
        context.write(
            Json::serialize(planJson(plan, session.settings, lockouts, lint, access), Json::Format::Indented));
    else
        context.print(planText(plan, session.settings, lockouts, lint, access));
    return ExitCode::Success;
}

// Confirms (unless --yes), runs the plan, prints the report; offers a restore after a partial failure.
ExitCode confirmAndRun(Session &session, const CliArguments &arguments, const ChangePlan &plan)
{
    CliContext &context = session.context;
    printWarnings(context, plan);
    if (plan.isEmpty()) {
        context.print(tr("Nothing to do: the plan changes nothing.\n"));
        return ExitCode::Success;
    }
    const bool json = arguments.isSet(u"json"_s);
    const QList<Lockout> lockouts = lockoutsOf(session, plan);
    context.printError(planText(plan, session.settings, lockouts, lintDeltaOf(plan),
                                accessChanges(session, plan.base, plan.expected)));
    const bool lockoutAllowed = !lockouts.isEmpty() && arguments.isSet(u"allow-lockout"_s);
    if (!lockouts.isEmpty() && !lockoutAllowed)
        return context.fail(ExitCode::Failed, PatchGuards::lockoutText(lockouts),
                            tr("Nothing was written. Add --allow-lockout to send it anyway."));
    if (!arguments.isSet(u"yes"_s)
        && !confirm(context, tr("Send these requests to %1?").arg(session.settings.baseUrl.toString()))) {
        return context.fail(ExitCode::Failed, tr("not confirmed: nothing was written"));
    }
    // The journal names the profile, or the cluster's address when the connection came from options.
    const QString profile = arguments.isSet(u"profile"_s) ? arguments.value(u"profile"_s)
                                                          : session.settings.baseUrl.toString(QUrl::RemoveUserInfo);
    BackupStore backups;
    WriteJournal journal;
    const WriteReport report = runWrite(session, plan, profile, backups, journal, lockoutAllowed);
    if (json)
        context.write(Json::serialize(report.toJson(), Json::Format::Indented));
    else
        context.print(report.text());
    const ExitCode code = exitCodeFor(report);
    if (code == ExitCode::Conflict)
        context.fail(code, tr("the configuration changed on the cluster since it was read: nothing was written"));
    else if (code != ExitCode::Success)
        context.fail(code, report.headline());

    if (report.outcome == WriteReport::Outcome::PartiallyApplied && !arguments.isSet(u"yes"_s) && stdinIsTerminal()
        && !report.backupPath.isEmpty() && !report.accessLost
        && confirm(context, tr("Restore the applied part from the backup?"))) {
        const auto backup = backups.read(report.backupPath);
        const auto current = session.read();
        if (!backup || !current)
            return context.fail(ExitCode::Failed, tr("cannot prepare the restore"));
        const auto restore = ChangePlan::restore(*backup, *current, report.appliedTypes());
        if (!restore)
            return context.fail(ExitCode::Failed, restore.error().message());
        printWarnings(context, *restore);
        const WriteReport restored = runWrite(session, *restore, profile, backups, journal, false);
        context.print(restored.text());
    }
    return code;
}

ExitCode planCommand(CliContext &context, const CliArguments &arguments)
{
    const auto patch = readInput(arguments.positional().value(0));
    if (!patch)
        return context.fail(ExitCode::Usage, patch.error().toString());
    if (!patch->isArray())
        return context.fail(ExitCode::Failed, tr("the patch must be a JSON array of operations"));
    Session session(context);
    if (auto code = session.open(arguments))
        return *code;
    const auto document = session.read();
    if (!document)
        return session.fail(document.error());
    const auto plan = ChangePlan::compile(patch->toArray(), *document);
    if (!plan)
        return context.fail(ExitCode::Failed, plan.error().message());
    return printPlan(session, arguments, *plan);
}

std::optional<ExitCode> requireConfirmationChannel(CliContext &context, const CliArguments &arguments)
{
    if (arguments.isSet(u"yes"_s) || stdinIsTerminal())
        return std::nullopt;
    return context.fail(ExitCode::Usage, tr("stdin is not a terminal, so the write cannot be confirmed"),
                        tr("Run it on a terminal, or add --yes to write without asking."));
}

ExitCode applyCommand(CliContext &context, const CliArguments &arguments)
{
    const auto patch = readInput(arguments.positional().value(0));
    if (!patch)
        return context.fail(ExitCode::Usage, patch.error().toString());
    if (!patch->isArray())
        return context.fail(ExitCode::Failed, tr("the patch must be a JSON array of operations"));
    std::optional<QJsonObject> base;
    if (arguments.isSet(u"base"_s)) {
        const auto file = readInput(arguments.value(u"base"_s));
        if (!file)
            return context.fail(ExitCode::Usage, file.error().toString());
        if (!file->isObject())
            return context.fail(ExitCode::Usage, tr("the base must be a configuration document (a JSON object)"));
        base = file->toObject();
    }
    if (auto code = requireConfirmationChannel(context, arguments))
        return *code;
    Session session(context);
    if (auto code = session.open(arguments))
        return *code;
    if (!base) {
        const auto document = session.read();
        if (!document)
            return session.fail(document.error());
        base = *document;
    }
    const auto plan = ChangePlan::compile(patch->toArray(), *base);
    if (!plan)
        return context.fail(ExitCode::Failed, plan.error().message());
    return confirmAndRun(session, arguments, *plan);
}

ExitCode replaceConfigCommand(CliContext &context, const CliArguments &arguments)
{
    const auto file = readInput(arguments.positional().value(0));
    if (!file)
        return context.fail(ExitCode::Usage, file.error().toString());
    if (!file->isObject())
        return context.fail(ExitCode::Failed, tr("the file must hold {\"dynamic\": {...}}"));
    // Validate before any connection: the checks need only the file.
    if (const auto checked = ChangePlan::replaceConfig(file->toObject(), {{u"config"_s, QJsonObject()}}); !checked)
        return context.fail(ExitCode::Failed, checked.error().message);
    if (auto code = requireConfirmationChannel(context, arguments))
        return *code;
    Session session(context);
    if (auto code = session.open(arguments))
        return *code;
    const auto document = session.read();
    if (!document)
        return session.fail(document.error());
    const auto plan = ChangePlan::replaceConfig(file->toObject(), *document);
    if (!plan)
        return context.fail(ExitCode::Failed, plan.error().message);
    return confirmAndRun(session, arguments, *plan);
}

// rollback [ID] [--only POINTER]... [--yes]: always with an explicit id (docs/api/security-api.md §9.5).
ExitCode rollbackCommand(CliContext &context, const CliArguments &arguments)
{
    QList<JsonPointer> pointers;
    for (const QStringList &occurrence : arguments.occurrences(u"only"_s)) {
        const auto pointer = JsonPointer::parse(occurrence.value(0));
        if (!pointer)
            return context.fail(ExitCode::Usage, tr("--only %1: not a JSON pointer").arg(occurrence.value(0)));
        pointers.append(*pointer);
    }
    if (auto code = requireConfirmationChannel(context, arguments))
        return *code;
    Session session(context);
    if (auto code = session.open(arguments))
        return *code;
    const ApiResult result = ClusterConnection::wait(session.client->send(SecurityApi::versions()));
    if (!result) {
        if (result.error().isNoHandler())
            return context.fail(ExitCode::Failed, result.error().userMessage(),
                                tr("Versioning is not enabled on this cluster: set "
                                   "plugins.security.configurations_versions.enabled: true on every node (3.3 or "
                                   "later) and restart."));
        return session.fail(result.error());
    }
    auto list = ResponseParsers::versions(result->json);
    if (!list)
        return context.fail(ExitCode::Failed, list.error().message);
    ConfigVersions::sort(*list);
    QString id = arguments.positional().value(0);
    if (id.isEmpty()) {
        if (list->size() < 2)
            return context.fail(ExitCode::Failed,
                                QCoreApplication::translate("WriteCommands",
                                                            "there is only %n version(s): nothing to roll back to",
                                                            nullptr, int(list->size())));
        id = list->at(list->size() - 2).id;
        context.printError(tr("Rolling back to %1, the version before the newest (%2).\n").arg(id, list->last().id));
    }
    const auto found = std::find_if(list->cbegin(), list->cend(), [&](const ConfigVersion &v) { return v.id == id; });
    if (found == list->cend())
        return context.fail(ExitCode::Failed, tr("version %1 not found").arg(id));
    const QJsonObject versionDocument = found->toConfigDocument(true);
    const auto live = session.read();
    if (!live)
        return session.fail(live.error());
    if (!pointers.isEmpty()) {
        const auto plan = ChangePlan::selectiveRollback(versionDocument, *live, pointers, id);
        if (!plan)
            return context.fail(ExitCode::Failed, plan.error().message());
        return confirmAndRun(session, arguments, *plan);
    }
    const auto plan = ChangePlan::rollback(id, versionDocument, *live);
    if (!plan)
        return context.fail(ExitCode::Failed, plan.error().message);
    return confirmAndRun(session, arguments, *plan);
}

CliCommand command(const QString &name, const QString &synopsis, const QString &description,
                   const QStringList &positional, const QList<CliOption> &options,
                   std::function<ExitCode(CliContext &, const CliArguments &)> handler)
{
    return ClusterConnection::command(tr("On a cluster (writing)"), name, synopsis, description, positional, 0, options,
                                      std::move(handler));
}

} // namespace

WriteReport runWrite(Session &session, const ChangePlan &plan, const QString &profile, BackupStore &backups,
                     WriteJournal &journal, bool lockoutAllowed)
{
    std::optional<WriteReport> report;
    SafeWrite::Options options {profile, &backups, &journal};
    options.lockoutAllowed = lockoutAllowed;
    auto *write = new SafeWrite(session.client, plan, options, &session.owner);
    QEventLoop loop;
    QObject::connect(write, &SafeWrite::progressed, &loop,
                     [&](const QString &line) { session.context.printError(line + u'\n'); });
    QObject::connect(write, &SafeWrite::finished, &loop, [&](const WriteReport &r) {
        report = r;
        loop.quit();
    });
    write->start();
    if (!report)
        loop.exec();
    return *report;
}

ExitCode exitCodeFor(const WriteReport &report)
{
    switch (report.outcome) {
    case WriteReport::Outcome::Applied:
    case WriteReport::Outcome::NothingToDo:
        return ExitCode::Success;
    case WriteReport::Outcome::AppliedUnverified:
        // Unverifiable because the write took the user's own access away, as the user confirmed it would.
        return report.lockoutAllowed ? ExitCode::Success : ExitCode::Failed;
    case WriteReport::Outcome::Conflict:
        return ExitCode::Conflict;
    case WriteReport::Outcome::Unknown:
        return ExitCode::Unreachable; // the cluster could not be read back
    case WriteReport::Outcome::Failed:
        if (report.outcomeWasUnknown)
            return ExitCode::Failed; // read back: not applied
        if (report.readFailed)
            return ExitCode::Unreachable;
        if (report.apiError)
            return ClusterConnection::exitCodeFor(*report.apiError);
        return ExitCode::Failed;
    default:
        return ExitCode::Failed;
    }
}

CliOption lockoutOption()
{
    return {u"allow-lockout"_s,
            {},
            tr("send a change that takes roles or REST API access away from you or the Dashboards server user "
               "(refused without it, exit 1)")};
}

QList<CliCommand> commands()
{
    const CliOption yes {u"yes"_s, {}, tr("write without asking (required when stdin is not a terminal)")};
    const CliOption allowLockout = lockoutOption();
    return {
        command(u"plan"_s, u"plan PATCH"_s,
                tr("Checks an RFC 6902 patch over the configuration document against a fresh read (test operations "
                   "included) and prints what it would change and the exact requests it would send, with curl "
                   "equivalents (secrets redacted). Sends nothing but reads."),
                {u"PATCH"_s}, {}, planCommand),
        command(u"apply"_s, u"apply PATCH [--base FILE] [--yes] [--allow-lockout]"_s,
                tr("Applies a patch through the safe-write pipeline: fresh read, local check of test operations, "
                   "local backup, requests, read-back verification, journal entry. With --base, nothing is written "
                   "when the live configuration differs from FILE in a type the patch touches (exit code 4)."),
                {u"PATCH"_s},
                {{u"base"_s, {u"FILE"_s}, tr("the configuration document the patch was written against")},
                 yes,
                 allowLockout},
                applyCommand),
        command(u"replace-config"_s, u"replace-config FILE [--yes]"_s,
                tr("Replaces the security configuration (PUT securityconfig/config) with FILE holding "
                   "{\"dynamic\": {...}}, through the safe-write pipeline. Members left out take their defaults; "
                   "\"******\" placeholders from GET would be stored literally."),
                {u"FILE"_s}, {yes}, replaceConfigCommand),
        ClusterConnection::command(
            tr("On a cluster (writing)"), u"rollback"_s,
            u"rollback [ID] [--only POINTER]... [--yes] [--allow-lockout]"_s,
            tr("Rolls the configuration back to version ID (default: the version before the newest) through the "
               "safe-write pipeline, always naming the version. With --only (repeatable), restores just those "
               "entities or types (/roles/r1, /tenants) to their state in ID, as a patch, leaving everything else "
               "alone."),
            {}, 1,
            {{u"only"_s, {u"POINTER"_s}, tr("restore only this entity or type (repeatable)")}, yes, allowLockout},
            rollbackCommand),
    };
}

ExitCode withLive(CliContext &context, const CliArguments &arguments, const LiveHandler &handler)
{
    Session session(context);
    if (auto code = session.open(arguments))
        return *code;
    const FetchResult fetched =
        ClusterConnection::wait(new ConfigFetch(session.client, ConfigTypeInfo::all(), &session.owner));
    if (!fetched)
        return session.fail(fetched.error());
    return handler(session.client, *fetched);
}

ExitCode runPlanOnLive(CliContext &context, const CliArguments &arguments, const PlanMaker &makePlan)
{
    Session session(context);
    if (auto code = session.open(arguments))
        return *code;
    return runPlanOnLive(session, arguments, makePlan);
}

ExitCode runPlanOnLive(Session &session, const CliArguments &arguments, const PlanMaker &makePlan)
{
    CliContext &context = session.context;
    const auto live = session.read();
    if (!live)
        return session.fail(live.error());
    const auto plan = makePlan(*live);
    if (!plan)
        return plan.error();
    if (arguments.isSet(u"dry-run"_s)) {
        return printPlan(session, arguments, *plan);
    }
    if (!plan->isEmpty()) {
        if (auto code = requireConfirmationChannel(context, arguments))
            return *code;
    }
    return confirmAndRun(session, arguments, *plan);
}

AccessChanges accessChanges(Session &session, const QJsonObject &before, const QJsonObject &after)
{
    IndexMetadata metadata;
    QString unavailable;
    const IndexMetadataResult fetched = ClusterConnection::wait(new IndexMetadataFetch(session.client, &session.owner));
    if (fetched && fetched->isAvailable())
        metadata = fetched->metadata;
    else
        unavailable = fetched ? fetched->unavailable : fetched.error().userMessage();
    AccessChanges changes = AccessImpact::compare(before, after, NodeSettings(), metadata);
    if (!unavailable.isEmpty())
        changes.notes
            << tr("Known indices not compared (%1): only the index patterns the configuration names.").arg(unavailable);
    return changes;
}

QString accessText(const AccessChanges &changes)
{
    QString text = tr("Access changes:") + u'\n';
    for (const QString &line : changes.lines())
        text += u"  "_s + line + u'\n';
    return text;
}

} // namespace WriteCommands
