#include "app/cli/FileSyncCommands.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include "app/api/ResponseParsers.h"
#include "app/cli/ClusterConnection.h"
#include "app/cli/WriteCommands.h"
#include "app/domain/ConfigVersion.h"
#include "app/domain/SecurityAdminFiles.h"
#include "app/domain/WriteSecrets.h"
#include "app/json/Json.h"

using namespace Qt::StringLiterals;

namespace FileSyncCommands {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FileSyncCommands", text);
}

QString trn(const char *text, qsizetype n)
{
    return QCoreApplication::translate("FileSyncCommands", text, nullptr, int(n));
}

// A directory that cannot be read, or YAML that is not valid, is unreadable input: exit 2, "file:line: reason".
Result<QJsonObject, ExitCode> loadDirectory(CliContext &context, const QString &dir)
{
    auto loaded = SecurityAdminFiles::loadDirectory(dir);
    if (!loaded)
        return context.fail(ExitCode::Usage, loaded.error().toString());
    return *loaded;
}

struct HashSource
{
    QJsonObject document;
    QString versionId;
    QString problem; // why there is none, for people
};

// The newest version whose configuration equals the live one apart from hashes: its snapshot holds the real ones.
HashSource findHashSource(ApiClient *client, const FetchedConfig &live)
{
    const ApiResult result = ClusterConnection::wait(client->send(SecurityApi::versions()));
    if (!result)
        return {{},
                {},
                result.error().isNoHandler() ? tr("versioning is off on this cluster")
                                             : tr("the versions cannot be read: %1").arg(result.error().userMessage())};
    auto versions = ResponseParsers::versions(result->json);
    if (!versions)
        return {{}, {}, tr("the versions cannot be read: %1").arg(versions.error().message)};
    ConfigVersions::sort(*versions);
    const qsizetype index = SecurityAdminFiles::newestMatchingVersion(*versions, live.document);
    if (index >= 0)
        return {versions->at(index).toConfigDocument(true), versions->at(index).id, {}};
    return {{}, {}, tr("no version matches the live configuration (it changed since the newest version)")};
}

void reportExport(CliContext &context, const CliArguments &arguments, const QString &dir,
                  const SecurityAdminFiles::ExportResult &result)
{
    if (!result.usersWithoutHash.isEmpty())
        context.printError(tr("warning: no password hash for %1: the file marks them; set a hash for each before "
                              "using it with securityadmin.sh\n")
                               .arg(result.usersWithoutHash.join(u", "_s)));
    if (!result.redactedSecrets.isEmpty())
        context.printError(tr("warning: %1 holds redacted secrets (\"******\"): set the real values before using "
                              "the files with securityadmin.sh\n")
                               .arg(result.redactedSecrets.join(u", "_s)));
    if (arguments.isSet(u"json"_s)) {
        context.write(
            Json::serialize(QJsonObject {{u"directory"_s, QDir(dir).absolutePath()},
                                         {u"files"_s, QJsonArray::fromStringList(result.files)},
                                         {u"usersWithoutHash"_s, QJsonArray::fromStringList(result.usersWithoutHash)},
                                         {u"hashVersion"_s, result.hashVersionId},
                                         {u"redactedSecrets"_s, QJsonArray::fromStringList(result.redactedSecrets)}},
                            Json::Format::Indented));
        return;
    }
    context.print(trn("Wrote %n file(s) to %1.\n", result.files.size()).arg(QDir(dir).absolutePath()));
    if (!result.hashVersionId.isEmpty())
        context.print(tr("Password hashes come from version %1.\n").arg(result.hashVersionId));
}

ExitCode exportCommand(CliContext &context, const CliArguments &arguments)
{
    const QString dir = arguments.positional().value(0);
    const QString versionId = arguments.value(u"version"_s);
    return WriteCommands::withLive(context, arguments, [&](ApiClient *client, const FetchedConfig &live) {
        for (auto it = live.unavailable.constBegin(); it != live.unavailable.constEnd(); ++it)
            context.printError(tr("note: %1 is left out: %2\n").arg(ConfigTypeInfo::key(it.key()), it.value()));
        QJsonObject document = live.document;
        HashSource hashes;
        if (!versionId.isEmpty()) {
            const ApiResult result = ClusterConnection::wait(client->send(SecurityApi::version(versionId)));
            if (!result)
                return context.fail(ClusterConnection::exitCodeFor(result.error()), result.error().userMessage());
            const auto versions = ResponseParsers::versions(result->json);
            if (!versions || versions->isEmpty())
                return context.fail(ExitCode::Failed, tr("version %1 cannot be read").arg(versionId));
            document = versions->first().toConfigDocument(true); // with its real hashes
            hashes.versionId = versionId;
        } else {
            hashes = findHashSource(client, live);
            if (!hashes.problem.isEmpty())
                context.printError(tr("note: password hashes are not available: %1\n").arg(hashes.problem));
        }
        auto exported = SecurityAdminFiles::exportDirectory(document, dir, hashes.document);
        if (!exported)
            return context.fail(ExitCode::Failed, exported.error().toString());
        exported->hashVersionId = hashes.versionId;
        reportExport(context, arguments, dir, *exported);
        return ExitCode::Success;
    });
}

// Every type both documents hold, as whole-type pointers.
QList<JsonPointer> commonTypes(const QJsonObject &source, const QJsonObject &live)
{
    QList<JsonPointer> pointers;
    for (ConfigType type : ConfigTypeInfo::all()) {
        const QString key = ConfigTypeInfo::key(type);
        if (source.contains(key) && live.contains(key))
            pointers.append(JsonPointer({key}));
    }
    return pointers;
}

ExitCode importCommand(CliContext &context, const CliArguments &arguments)
{
    const QString dir = arguments.positional().value(0);
    const auto source = loadDirectory(context, dir);
    if (!source)
        return source.error();
    const bool prune = arguments.isSet(u"prune"_s);
    return WriteCommands::runPlanOnLive(
        context, arguments, [&](const QJsonObject &live) -> Result<ChangePlan, ExitCode> {
            for (auto it = source->begin(); it != source->end(); ++it) {
                if (!live.contains(it.key()))
                    context.printError(tr("note: %1 is left alone: the cluster does not show it\n").arg(it.key()));
            }
            const auto differences = SecurityAdminFiles::compareDocuments(*source, live);
            if (!differences.isEmpty()) {
                context.printError(tr("Differences (+ only in the directory, - only on the cluster):\n")
                                   + SecurityAdminFiles::differencesText(differences));
            }
            const QList<JsonPointer> pointers = commonTypes(*source, live);
            if (pointers.isEmpty())
                return context.fail(ExitCode::Failed, tr("the directory and the cluster have no type in common"));
            auto plan =
                ChangePlan::promote(*source, live, pointers, prune, tr("directory %1").arg(QDir(dir).absolutePath()));
            if (!plan)
                return context.fail(ExitCode::Failed, plan.error().message());
            plan->title = tr("Import %1").arg(QDir(dir).absolutePath());
            return *plan;
        });
}

// The entity-level patch that turns `live` into `other`: whole entities added (or replaced) and removed, statics
// untouched, blank hashes left out (so the live password would stay).
QJsonArray entityPatch(const QJsonObject &other, const QList<SecurityAdminFiles::EntityDifference> &differences)
{
    QJsonArray patch;
    for (const SecurityAdminFiles::EntityDifference &difference : differences) {
        const JsonPointer pointer = difference.pointer();
        if (difference.kind == SecurityAdminFiles::EntityDifference::Kind::Removed) {
            patch.append(PatchOperation::remove(pointer).toJson());
            continue;
        }
        QJsonObject entity = other.value(difference.type).toObject().value(difference.entity).toObject();
        entity.remove(u"static"_s);
        if (entity.value(u"hash"_s).toString().isEmpty())
            entity.remove(u"hash"_s);
        patch.append(PatchOperation::add(pointer, entity).toJson());
    }
    return patch;
}

ExitCode printComparison(CliContext &context, const CliArguments &arguments, const QJsonObject &other,
                         const QJsonObject &live)
{
    const auto differences = SecurityAdminFiles::compareDocuments(other, live);
    const bool json = arguments.isSet(u"json"_s);
    if (arguments.isSet(u"summary"_s)) {
        if (json)
            context.write(Json::serialize(SecurityAdminFiles::differencesToJson(differences), Json::Format::Indented));
        else
            context.print(SecurityAdminFiles::differencesText(differences));
        return ExitCode::Success;
    }
    const QJsonArray patch = entityPatch(other, differences);
    if (WriteSecrets::containsPlaceholder(patch))
        context.printError(tr("warning: the patch holds redacted secrets (\"******\"), which would be stored "
                              "literally if it were applied\n"));
    context.write(Json::serialize(patch, Json::Format::Indented));
    return ExitCode::Success;
}

ExitCode compareCommand(CliContext &context, const CliArguments &arguments)
{
    const QString dir = arguments.positional().value(0);
    const QString profile = arguments.value(u"with-profile"_s);
    if (dir.isEmpty() == profile.isEmpty())
        return context.fail(ExitCode::Usage, tr("name either a directory or --with-profile NAME"));
    if (!dir.isEmpty()) {
        const auto other = loadDirectory(context, dir);
        if (!other)
            return other.error();
        return WriteCommands::withLive(context, arguments, [&](ApiClient *, const FetchedConfig &live) {
            return printComparison(context, arguments, *other, live.document);
        });
    }
    // The other cluster: the saved profile's connection, exactly as `--profile NAME` would give it.
    const CliCommand profileCommand = ClusterConnection::command({}, u"compare"_s, {}, {}, {}, 0, {}, {});
    const auto profileArguments = profileCommand.parse({u"--profile"_s, profile});
    if (!profileArguments)
        return context.fail(ExitCode::Usage, profileArguments.error().message);
    return WriteCommands::withLive(context, arguments, [&](ApiClient *, const FetchedConfig &live) {
        return WriteCommands::withLive(context, *profileArguments, [&](ApiClient *, const FetchedConfig &other) {
            return printComparison(context, arguments, other.document, live.document);
        });
    });
}

CliCommand command(const QString &name, const QString &synopsis, const QString &description,
                   const QStringList &positional, qsizetype extraPositional, const QList<CliOption> &options,
                   std::function<ExitCode(CliContext &, const CliArguments &)> handler)
{
    return ClusterConnection::command(tr("securityadmin files"), name, synopsis, description, positional,
                                      extraPositional, options, std::move(handler));
}

} // namespace

QList<CliCommand> commands()
{
    return {
        command(u"export"_s, u"export DIR [--version ID]"_s,
                tr("Writes the live configuration (or version ID) to DIR as securityadmin.sh YAML files "
                   "(config.yml, roles.yml, ...), static entities left out. Password hashes come from the newest "
                   "version that matches the live configuration (or from version ID); users without one are marked "
                   "in the file and named on stderr."),
                {u"DIR"_s}, 0, {{u"version"_s, {u"ID"_s}, tr("export this version instead of the live configuration")}},
                exportCommand),
        command(u"import"_s, u"import DIR [--prune] [--yes] [--allow-lockout]"_s,
                tr("Shows how the securityadmin directory DIR differs from the live configuration and applies the "
                   "difference as one patch through the safe-write pipeline. Entities missing from DIR are left "
                   "alone unless --prune; nothing is overwritten wholesale."),
                {u"DIR"_s}, 0,
                {{u"prune"_s, {}, tr("also remove entities that DIR does not hold")},
                 {u"yes"_s, {}, tr("write without asking (required when stdin is not a terminal)")},
                 WriteCommands::lockoutOption()},
                importCommand),
        command(u"compare"_s, u"compare DIR | --with-profile NAME [--summary]"_s,
                tr("The difference between the live configuration and a securityadmin directory or the cluster of "
                   "another saved profile: a patch (entity by entity) that would turn the live configuration into "
                   "the other side, or with --summary a list of the entities that differ."),
                {}, 1,
                {{u"with-profile"_s, {u"NAME"_s}, tr("compare with the cluster of this saved profile")},
                 {u"summary"_s, {}, tr("list the differing entities instead of printing a patch")}},
                compareCommand),
    };
}

} // namespace FileSyncCommands
