#include "app/cli/UpgradeCommands.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include "app/access/AccessImpact.h"
#include "app/access/NodeSettings.h"
#include "app/api/ResponseParsers.h"
#include "app/cli/ClusterConnection.h"
#include "app/cli/WriteCommands.h"
#include "app/json/Json.h"
#include "app/json/JsonLineDiff.h"
#include "app/write/Upgrade.h"

using namespace Qt::StringLiterals;

namespace UpgradeCommands {
namespace {

using ClusterConnection::confirm;
using ClusterConnection::Session;
using ClusterConnection::stdinIsTerminal;

QString tr(const char *text)
{
    return QCoreApplication::translate("UpgradeCommands", text);
}

// What the check found, against the live configuration (for the collision flags).
struct Checked
{
    QJsonObject live;
    UpgradeReport report;
    QList<UpgradeEntry> entries;
};

std::optional<ExitCode> check(Session &session, const QStringList &entities, Checked &out)
{
    const FetchResult fetched =
        ClusterConnection::wait(new ConfigFetch(session.client, ConfigTypeInfo::all(), &session.owner));
    if (!fetched)
        return session.fail(fetched.error());
    out.live = fetched->document;
    const ApiResult result =
        ClusterConnection::wait(session.client->send(SecurityApi::upgradeCheck(Upgrade::supportedConfigs(), entities)));
    if (!result) {
        if (Upgrade::isUnsupported(result.error()))
            return session.context.fail(ExitCode::Failed, Upgrade::unsupportedText());
        return session.fail(result.error());
    }
    const auto report = ResponseParsers::upgradeCheck(result->json);
    if (!report)
        return session.context.fail(ExitCode::Failed, report.error().message);
    out.report = *report;
    out.entries = Upgrade::entries(*report, out.live);
    return std::nullopt;
}

QString entriesText(const QList<UpgradeEntry> &entries)
{
    QString text;
    for (const UpgradeEntry &entry : entries) {
        QString line = u"  "_s + entry.configType.leftJustified(8) + u"  "_s
                       + (entry.operation.isEmpty() ? u"-"_s : entry.operation).leftJustified(8) + u"  "_s
                       + entry.entity;
        if (entry.collision)
            line += u"  "_s + tr("(overwrites your role of this name)");
        else if (!entry.isText && !entry.exists)
            line += u"  "_s + tr("(new)");
        text += line + u'\n';
    }
    return text;
}

void warnCollisions(CliContext &context, const QList<UpgradeEntry> &entries)
{
    for (const QString &warning : Upgrade::collisionWarnings(entries))
        context.printError(tr("warning: %1\n").arg(warning));
}

QStringList parseEntities(const CliArguments &arguments)
{
    QStringList entities;
    for (const QString &name : arguments.value(u"entities"_s).split(u',', Qt::SkipEmptyParts))
        entities << name.trimmed();
    return entities;
}

ExitCode upgradeCheck(CliContext &context, const CliArguments &arguments)
{
    Session session(context);
    if (auto code = session.open(arguments))
        return *code;
    Checked checked;
    if (auto code = check(session, parseEntities(arguments), checked))
        return *code;
    warnCollisions(context, checked.entries);
    if (arguments.isSet(u"json"_s)) {
        QJsonArray actions;
        for (const UpgradeEntry &entry : std::as_const(checked.entries))
            actions.append(entry.toJson());
        context.write(Json::serialize(
            QJsonObject {{u"available"_s, checked.report.available},
                         {u"actions"_s, actions},
                         {u"collisions"_s, QJsonArray::fromStringList(Upgrade::collisionWarnings(checked.entries))}},
            Json::Format::Indented));
        return ExitCode::Success;
    }
    if (!checked.report.available) {
        context.print(Upgrade::upToDateText() + u'\n');
        return ExitCode::Success;
    }
    context.print(tr("An upgrade is available:\n") + entriesText(checked.entries)
                  + tr("Run \"secdesk-cli upgrade-perform\" to apply it (--entities a,b for some only).\n"));
    return ExitCode::Success;
}

// "--- roles/x (before)", "+++ roles/x (after)", then the pretty JSON lines marked " ", "-", "+".
QString entityDiffText(const UpgradeEntityResult &entity)
{
    const QStringList left = entity.before.isUndefined() ? QStringList() : JsonLineDiff::prettyLines(entity.before);
    const QStringList right = entity.after.isUndefined() ? QStringList() : JsonLineDiff::prettyLines(entity.after);
    const QString name = entity.configType + u'/' + entity.entity;
    QString text = u"--- %1 (%2)\n+++ %1 (%3)\n"_s.arg(
        name, entity.before.isUndefined() ? tr("absent before") : tr("before"), tr("after"));
    for (const LineDiffRow &row : JsonLineDiff::diffLines(left, right)) {
        switch (row.kind) {
        case LineDiffRow::Kind::Equal:
            text += u"  "_s + left.at(row.left) + u'\n';
            break;
        case LineDiffRow::Kind::Removed:
            text += u"- "_s + left.at(row.left) + u'\n';
            break;
        case LineDiffRow::Kind::Added:
            text += u"+ "_s + right.at(row.right) + u'\n';
            break;
        case LineDiffRow::Kind::Changed:
            text += u"- "_s + left.at(row.left) + u'\n' + u"+ "_s + right.at(row.right) + u'\n';
            break;
        }
    }
    return text;
}

// The newest version id, to undo the upgrade with; empty when versioning is off or unreadable.
QString newestVersionId(Session &session)
{
    const ApiResult result = ClusterConnection::wait(session.client->send(SecurityApi::versions()));
    if (!result)
        return {};
    auto list = ResponseParsers::versions(result->json);
    if (!list || list->isEmpty())
        return {};
    ConfigVersions::sort(*list);
    return list->last().id;
}

ExitCode upgradePerform(CliContext &context, const CliArguments &arguments)
{
    if (!arguments.isSet(u"yes"_s) && !stdinIsTerminal())
        return context.fail(ExitCode::Usage, tr("stdin is not a terminal, so the upgrade cannot be confirmed"),
                            tr("Run it on a terminal, or add --yes to upgrade without asking."));
    const bool json = arguments.isSet(u"json"_s);
    const QStringList entities = parseEntities(arguments);
    Session session(context);
    if (auto code = session.open(arguments))
        return *code;
    Checked checked;
    if (auto code = check(session, entities, checked))
        return *code;
    auto upToDate = [&]() {
        if (json)
            context.write(Json::serialize(QJsonObject {{u"outcome"_s, u"up-to-date"_s}, {u"upgraded"_s, QJsonArray()}},
                                          Json::Format::Indented));
        else
            context.print(Upgrade::upToDateText() + u'\n');
        return ExitCode::Success;
    };
    if (!checked.report.available)
        return upToDate();
    for (const QString &name : entities) {
        const bool listed = std::any_of(checked.entries.cbegin(), checked.entries.cend(),
                                        [&](const UpgradeEntry &e) { return e.entity == name; });
        if (!listed)
            context.printError(tr("note: %1 has nothing to upgrade; it is left alone\n").arg(name));
    }
    context.printError(tr("The upgrade would change:\n") + entriesText(checked.entries));
    warnCollisions(context, checked.entries);
    // The server computes the upgrade: before it, who holds the roles it changes; after it, what changed.
    const RoleReach reach =
        AccessImpact::reach(checked.live, NodeSettings(), Upgrade::roles(entities, checked.entries));
    QString reachText = tr("Access (what changes is printed once the upgrade is done):") + u'\n';
    for (const QString &line : reach.lines())
        reachText += u"  "_s + line + u'\n';
    context.printError(reachText);

    const auto plan = ChangePlan::upgrade(Upgrade::supportedConfigs(), entities, checked.live);
    if (!plan)
        return context.fail(ExitCode::Failed, plan.error().message);
    if (!arguments.isSet(u"yes"_s)
        && !confirm(context, tr("Perform the upgrade on %1?").arg(session.settings.baseUrl.toString()))) {
        return context.fail(ExitCode::Failed, tr("not confirmed: nothing was written"));
    }
    const QString undoId = newestVersionId(session);
    const QString profile = arguments.isSet(u"profile"_s) ? arguments.value(u"profile"_s)
                                                          : session.settings.baseUrl.toString(QUrl::RemoveUserInfo);
    BackupStore backups;
    WriteJournal journal;
    const std::optional<WriteReport> report = WriteCommands::runWrite(session, *plan, profile, backups, journal, false);
    if (report->outcome == WriteReport::Outcome::NothingToDo)
        return upToDate();
    std::optional<AccessChanges> access;
    if (!report->upgraded.isEmpty()) {
        const auto [before, after] = Upgrade::sides(checked.live, report->upgraded);
        access = WriteCommands::accessChanges(session, before, after);
    }
    if (json) {
        QJsonObject object = report->toJson();
        if (!undoId.isEmpty())
            object.insert(u"undo_version"_s, undoId);
        object.insert(u"access_reach"_s, reach.toJson());
        if (access) {
            object.insert(u"access_changes"_s, access->toJson());
            if (!access->notes.isEmpty())
                object.insert(u"access_notes"_s, QJsonArray::fromStringList(access->notes));
        }
        context.write(Json::serialize(object, Json::Format::Indented));
    } else {
        QString text = report->text();
        for (const UpgradeEntityResult &entity : std::as_const(report->upgraded))
            text += u'\n' + entityDiffText(entity);
        if (access)
            text += u'\n' + WriteCommands::accessText(*access);
        context.print(text);
    }
    switch (report->outcome) {
    case WriteReport::Outcome::Applied:
        if (!undoId.isEmpty())
            context.printError(tr("To undo this upgrade: secdesk-cli rollback %1\n").arg(undoId));
        return ExitCode::Success;
    case WriteReport::Outcome::Conflict:
        return context.fail(ExitCode::Conflict,
                            tr("the roles changed on the cluster since they were checked: nothing was written"));
    case WriteReport::Outcome::Failed:
        if (report->apiError && Upgrade::isUnsupported(*report->apiError))
            return context.fail(ExitCode::Failed, Upgrade::unsupportedText());
        return context.fail(WriteCommands::exitCodeFor(*report), report->headline());
    default:
        return context.fail(WriteCommands::exitCodeFor(*report), report->headline());
    }
}

} // namespace

CliCommand checkCommand()
{
    return ClusterConnection::command(
        tr("On a cluster (read-only)"), u"upgrade-check"_s, u"upgrade-check [--entities a,b]"_s,
        tr("What an upgrade of the roles to the defaults this cluster ships would add or modify. Warns (on stderr, "
           "and as \"collisions\" with --json) about roles that exist but are not reserved: probably your own roles "
           "sharing a name with a new default, which the upgrade would overwrite."),
        {}, 0, {{u"entities"_s, {u"a,b"_s}, tr("only these roles")}}, upgradeCheck);
}

CliCommand performCommand()
{
    return ClusterConnection::command(
        tr("On a cluster (writing)"), u"upgrade-perform"_s, u"upgrade-perform [--entities a,b] [--yes]"_s,
        tr("Performs the upgrade (all it lists, or only --entities) through the safe-write pipeline: check, fresh "
           "read, backup, POST _upgrade_perform, read-back, journal entry; then prints the before/after of each "
           "performed entity and the version to roll back to. Up to date: a message and exit 0."),
        {}, 0,
        {{u"entities"_s, {u"a,b"_s}, tr("only these roles")},
         {u"yes"_s, {}, tr("perform without asking (required when stdin is not a terminal)")}},
        upgradePerform);
}

} // namespace UpgradeCommands
