#include "app/cli/FileCommands.h"
#include "app/domain/ConfigChanges.h"

#include <cmath>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include "app/domain/ConfigGenerator.h"
#include "app/json/Json.h"
#include "app/json/JsonDiff.h"
#include "app/json/JsonPatch.h"
#include "app/json/JsonSource.h"

using namespace Qt::StringLiterals;

namespace FileCommands {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FileCommands", text);
}

Json::Format outputFormat(const CliArguments &arguments)
{
    return arguments.isSet(u"compact"_s) ? Json::Format::Compact : Json::Format::Indented;
}

ExitCode patchCommand(CliContext &context, const CliArguments &arguments)
{
    const QString documentPath = arguments.positional().at(0);
    const QString patchPath = arguments.positional().at(1);
    Result<QJsonValue> document = Json::readFile(documentPath);
    if (!document)
        return context.fail(ExitCode::Usage, document.error().message);
    const Result<QJsonValue> patchJson = Json::readFile(patchPath);
    if (!patchJson)
        return context.fail(ExitCode::Usage, patchJson.error().message);
    const Result<JsonPatch, PatchError> patch = JsonPatch::fromJson(*patchJson);
    if (!patch) {
        return context.fail(ExitCode::Failed,
                            tr("%1 is not a valid JSON Patch: %2").arg(patchPath, patch.error().message()));
    }
    QJsonValue result = std::move(document).value();
    const Result<JsonPatch, PatchError> applied = patch->applyInPlace(result);
    if (!applied) {
        return context.fail(ExitCode::Failed, tr("the patch does not apply: %1").arg(applied.error().message()),
                            tr("Nothing was written. The operations are numbered from 0 in %1.").arg(patchPath));
    }
    context.write(Json::serialize(result, outputFormat(arguments)));
    return ExitCode::Success;
}

ExitCode diffCommand(CliContext &context, const CliArguments &arguments)
{
    // The hot path for big documents: read, parse, diff, serialise; nothing else.
    // The sources keep their text, so that unchanged entities are recognised by their bytes.
    const Result<JsonSource> a = JsonSource::readFile(arguments.positional().at(0));
    if (!a)
        return context.fail(ExitCode::Usage, a.error().message);
    const Result<JsonSource> b = JsonSource::readFile(arguments.positional().at(1));
    if (!b)
        return context.fail(ExitCode::Usage, b.error().message);
    const JsonDiffResult diff = JsonDiff::compute(*a, *b);
    if (!arguments.isSet(u"summary"_s)) {
        context.write(Json::serialize(diff.patch.toJson(), outputFormat(arguments)));
        return ExitCode::Success;
    }
    const QList<JsonChange> &changes = diff.changes;
    if (arguments.isSet(u"json"_s))
        context.write(Json::serialize(ConfigChanges::toJson(changes), outputFormat(arguments)));
    else
        context.print(ConfigChanges::summaryText(changes));
    return ExitCode::Success;
}

// A count option of generate: a whole number from 0 to 10 million.
std::optional<qsizetype> count(const CliArguments &arguments, const QString &option, qsizetype fallback, QString &error)
{
    if (!arguments.isSet(option))
        return fallback;
    bool ok = false;
    const qlonglong value = arguments.value(option).toLongLong(&ok);
    if (!ok || value < 0 || value > 10'000'000) {
        error = tr("--%1 needs a whole number from 0 to 10000000, not \"%2\"").arg(option, arguments.value(option));
        return std::nullopt;
    }
    return qsizetype(value);
}

QJsonObject entityCounts(const QJsonObject &document)
{
    QJsonObject counts;
    for (const QString &type : ConfigGenerator::entityTypes())
        counts.insert(type, document.value(type).toObject().size());
    return counts;
}

// Compact, as the plugin's GET answers by default: the sizes generate reports are those of a real download.
Result<qsizetype> writeDocument(const QString &path, const QJsonObject &document)
{
    const QByteArray bytes = Json::serialize(document, Json::Format::Compact);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error {u"io.write"_s, tr("cannot write %1: %2").arg(path, file.errorString()), {}};
    return bytes.size();
}

QString describe(const QString &path, qsizetype bytes, const QJsonObject &document)
{
    const QJsonObject counts = entityCounts(document);
    QStringList parts;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        parts.append(u"%1 %2"_s.arg(it.value().toInteger()).arg(it.key()));
    return tr("wrote %1 (%2 bytes): %3").arg(path).arg(bytes).arg(parts.join(u", "_s));
}

ExitCode generateCommand(CliContext &context, const CliArguments &arguments)
{
    ConfigGenerator::Options options;
    QString error;
    const struct
    {
        const char16_t *name;
        qsizetype *target;
    } counts[] = {{u"users", &options.users},
                  {u"roles", &options.roles},
                  {u"mappings", &options.mappings},
                  {u"tenants", &options.tenants},
                  {u"actiongroups", &options.actionGroups}};
    for (const auto &entry : counts) {
        const auto value = count(arguments, QString::fromUtf16(entry.name), *entry.target, error);
        if (!value)
            return context.fail(ExitCode::Usage, error);
        *entry.target = *value;
    }
    if (arguments.isSet(u"seed"_s)) {
        bool ok = false;
        options.seed = arguments.value(u"seed"_s).toULongLong(&ok);
        if (!ok) {
            return context.fail(ExitCode::Usage, tr("--seed needs a whole number from 0 to 18446744073709551615, not "
                                                    "\"%1\"")
                                                     .arg(arguments.value(u"seed"_s)));
        }
    }
    double percent = 0;
    QString mutatedPath;
    if (arguments.isSet(u"mutate"_s)) {
        const QStringList values = arguments.values(u"mutate"_s);
        bool ok = false;
        percent = values.at(0).toDouble(&ok);
        if (!ok || !std::isfinite(percent) || percent < 0 || percent > 100) {
            return context.fail(ExitCode::Usage,
                                tr("--mutate needs a percentage from 0 to 100, not \"%1\"").arg(values.at(0)));
        }
        mutatedPath = values.at(1);
    }

    const QString path = arguments.positional().at(0);
    const QJsonObject document = ConfigGenerator::generate(options);
    const Result<qsizetype> written = writeDocument(path, document);
    if (!written)
        return context.fail(ExitCode::Usage, written.error().message);
    QJsonArray files {QJsonObject {{u"path"_s, path}, {u"bytes"_s, *written}, {u"entities"_s, entityCounts(document)}}};
    QString text = describe(path, *written, document) + u'\n';
    if (!mutatedPath.isEmpty()) {
        const QJsonObject mutated = ConfigGenerator::mutate(document, percent, options.seed);
        const Result<qsizetype> mutatedWritten = writeDocument(mutatedPath, mutated);
        if (!mutatedWritten)
            return context.fail(ExitCode::Usage, mutatedWritten.error().message);
        files.append(QJsonObject {
            {u"path"_s, mutatedPath}, {u"bytes"_s, *mutatedWritten}, {u"entities"_s, entityCounts(mutated)}});
        text += describe(mutatedPath, *mutatedWritten, mutated) + u'\n';
    }
    if (arguments.isSet(u"json"_s))
        context.write(Json::serialize(QJsonObject {{u"files"_s, files}}));
    else
        context.print(text);
    return ExitCode::Success;
}

} // namespace

QList<CliCommand> commands()
{
    const QString group = tr("On files (no cluster)");
    const CliOption compact {u"compact"_s, {}, tr("Print JSON on one line instead of indented."), false};
    auto countOption = [](const QString &name, const QString &what, qsizetype fallback) {
        return CliOption {name, {u"N"_s}, tr("Number of %1 (default %2).").arg(what).arg(fallback), false};
    };
    const ConfigGenerator::Options defaults;

    CliCommand patch;
    patch.name = u"patch"_s;
    patch.group = group;
    patch.synopsis = u"patch DOC PATCH"_s;
    patch.description = tr("Applies the RFC 6902 patch in the file PATCH to the JSON in the file DOC, atomically, and "
                           "prints the result. On failure nothing is printed, the error names the operation (numbered "
                           "from 0) and the reason, and the exit code is 1.");
    patch.positionalNames = {u"DOC"_s, u"PATCH"_s};
    patch.options = {compact};
    patch.handler = patchCommand;

    CliCommand diff;
    diff.name = u"diff"_s;
    diff.group = group;
    diff.synopsis = u"diff A B [--summary] [--json]"_s;
    diff.description = tr("Prints the RFC 6902 patch that turns the JSON in file A into the JSON in file B. With "
                          "--summary, a readable list of changes instead; with --summary --json, that list as JSON: "
                          "[{\"path\", \"kind\", \"old\", \"new\", \"type\", \"entity\"}] (\"old\" is left out for "
                          "additions, \"new\" for removals).");
    diff.positionalNames = {u"A"_s, u"B"_s};
    diff.options = {{u"summary"_s, {}, tr("Print a readable list of changes instead of a patch."), false}, compact};
    diff.handler = diffCommand;

    CliCommand generate;
    generate.name = u"generate"_s;
    generate.group = group;
    generate.synopsis = u"generate OUT [--users N] [--roles N] [--mappings N] [--tenants N] [--actiongroups N] "
                        u"[--seed S] [--mutate PCT OUT_B]"_s;
    generate.description =
        tr("Writes a realistic configuration document of that size to OUT as compact JSON, the "
           "same for the same seed. With --mutate, also writes OUT_B: a copy with about PCT % of its entities added, "
           "removed or edited.");
    generate.positionalNames = {u"OUT"_s};
    generate.options = {
        countOption(u"users"_s, tr("internal users"), defaults.users),
        countOption(u"roles"_s, tr("roles"), defaults.roles),
        countOption(u"mappings"_s, tr("role mappings"), defaults.mappings),
        countOption(u"tenants"_s, tr("tenants"), defaults.tenants),
        countOption(u"actiongroups"_s, tr("action groups"), defaults.actionGroups),
        {u"seed"_s, {u"S"_s}, tr("Seed of the generator (default 1)."), false},
        {u"mutate"_s, {u"PCT"_s, u"OUT_B"_s}, tr("Also write a copy with about PCT % of the entities changed."), false},
    };
    generate.handler = generateCommand;

    return {patch, diff, generate};
}

} // namespace FileCommands
