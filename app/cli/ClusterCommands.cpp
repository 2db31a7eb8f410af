#include "app/cli/ClusterCommands.h"
#include "app/domain/ConfigChanges.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include "app/api/ResponseParsers.h"
#include "app/cli/ClusterConnection.h"
#include "app/cli/UpgradeCommands.h"
#include "app/domain/WriteSecrets.h"
#include "app/json/Json.h"
#include "app/json/JsonDiff.h"

using namespace Qt::StringLiterals;

namespace ClusterCommands {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ClusterCommands", text);
}

// A connected client for the command (ClusterConnection::Session) that prints JSON.
struct Session : ClusterConnection::Session
{
    using ClusterConnection::Session::Session;
    void printJson(const QJsonValue &value) { context.write(Json::serialize(value, Json::Format::Indented)); }
};

QString versioningHint()
{
    return tr("Versioning is not enabled on this cluster: set plugins.security.configurations_versions.enabled: true "
              "in opensearch.yml on every node and restart (OpenSearch 3.3 or later).");
}

struct ComparedDocument
{
    QJsonObject document;
    bool live = false;
    QMap<ConfigType, QString> unavailable; // live only
};

// Version `id` as a configuration document with its secrets, or the live configuration for "current".
Result<ComparedDocument, ApiError> readDocument(Session &session, const QString &id)
{
    if (id == u"current"_s) {
        auto *fetch = new ConfigFetch(session.client, ConfigTypeInfo::all(), &session.owner);
        const FetchResult fetched = ClusterConnection::wait(fetch);
        if (!fetched)
            return fetched.error();
        return ComparedDocument {ConfigVersions::withoutStatics(fetched->document), true, fetched->unavailable};
    }
    const ApiResult result = ClusterConnection::wait(session.client->send(SecurityApi::version(id)));
    if (!result)
        return result.error();
    const auto versions = ResponseParsers::versions(result->json);
    if (!versions || versions->isEmpty()) {
        const ApiRequest request = SecurityApi::version(id);
        return ApiError::invalidResponse(request.methodText(), request.path,
                                         versions ? tr("no version in the response") : versions.error().message, {});
    }
    return ComparedDocument {versions->first().toConfigDocument(true), false, {}};
}

// Makes a version comparable with the live configuration as this user sees it: types the cluster does not expose
// to the user and hidden entities it leaves out are dropped from the version, with a note for each kind.
QJsonObject alignWithLive(CliContext &context, QJsonObject version, const ComparedDocument &live)
{
    for (auto it = live.unavailable.constBegin(); it != live.unavailable.constEnd(); ++it) {
        if (version.contains(ConfigTypeInfo::key(it.key()))) {
            version.remove(ConfigTypeInfo::key(it.key()));
            context.printError(tr("note: %1 is left out: %2\n").arg(ConfigTypeInfo::key(it.key()), it.value()));
        }
    }
    int hidden = 0;
    for (auto type = version.begin(); type != version.end(); ++type) {
        if (type.key() == u"config"_s)
            continue;
        QJsonObject entities = type.value().toObject();
        const QJsonObject liveEntities = live.document.value(type.key()).toObject();
        for (auto entity = entities.begin(); entity != entities.end();) {
            if (entity.value().toObject().value(u"hidden"_s).toBool() && !liveEntities.contains(entity.key())) {
                entity = entities.erase(entity);
                ++hidden;
            } else {
                ++entity;
            }
        }
        type.value() = entities;
    }
    if (hidden > 0)
        context.printError(QCoreApplication::translate("ClusterCommands",
                                                       "note: %n hidden entity(ies) left out: the cluster hides them "
                                                       "from this user\n",
                                                       nullptr, hidden));
    return version;
}

ExitCode whoami(CliContext &context, const CliArguments &arguments)
{
    Session session(context);
    if (auto code = session.open(arguments))
        return *code;
    const ApiResult result = ClusterConnection::wait(session.client->send(SecurityApi::authInfo()));
    if (!result)
        return session.fail(result.error());
    const auto info = ResponseParsers::authInfo(result->json);
    if (!info)
        return context.fail(ExitCode::Failed, info.error().message);
    if (arguments.isSet(u"json"_s)) {
        QJsonObject tenants;
        for (auto it = info->tenants.constBegin(); it != info->tenants.constEnd(); ++it)
            tenants.insert(it.key(), it.value());
        session.printJson(QJsonObject {{u"user"_s, info->userName},
                                       {u"backend_roles"_s, QJsonArray::fromStringList(info->backendRoles)},
                                       {u"roles"_s, QJsonArray::fromStringList(info->roles)},
                                       {u"tenants"_s, tenants}});
        return ExitCode::Success;
    }
    QStringList tenants;
    for (auto it = info->tenants.constBegin(); it != info->tenants.constEnd(); ++it)
        tenants << (it.value() ? tr("%1 (read-write)") : tr("%1 (read-only)")).arg(it.key());
    const QString none = tr("(none)");
    context.print(
        tr("user:          %1\n").arg(info->userName)
        + tr("backend roles: %1\n").arg(info->backendRoles.isEmpty() ? none : info->backendRoles.join(u", "_s))
        + tr("roles:         %1\n").arg(info->roles.isEmpty() ? none : info->roles.join(u", "_s))
        + tr("tenants:       %1\n").arg(tenants.isEmpty() ? none : tenants.join(u", "_s)));
    return ExitCode::Success;
}

ExitCode get(CliContext &context, const CliArguments &arguments)
{
    QList<ConfigType> types = ConfigTypeInfo::all();
    const QString typeName = arguments.positional().value(0);
    if (!typeName.isEmpty()) {
        const auto type = ConfigTypeInfo::fromKey(typeName);
        if (!type) {
            QStringList keys;
            for (ConfigType t : ConfigTypeInfo::all())
                keys << ConfigTypeInfo::key(t);
            return context.fail(ExitCode::Usage, tr("unknown type \"%1\"").arg(typeName),
                                tr("Types: %1").arg(keys.join(u", "_s)));
        }
        types = {*type};
    }
    Session session(context);
    if (auto code = session.open(arguments))
        return *code;
    auto *fetch = new ConfigFetch(session.client, types, &session.owner);
    const FetchResult fetched = ClusterConnection::wait(fetch);
    if (!fetched)
        return session.fail(fetched.error());
    for (auto it = fetched->unavailable.constBegin(); it != fetched->unavailable.constEnd(); ++it) {
        if (!typeName.isEmpty())
            return context.fail(ExitCode::Failed,
                                tr("%1 is not available: %2").arg(ConfigTypeInfo::key(it.key()), it.value()));
        context.printError(tr("note: %1 is not available: %2\n").arg(ConfigTypeInfo::key(it.key()), it.value()));
    }
    session.printJson(typeName.isEmpty() ? QJsonValue(fetched->document)
                                         : fetched->document.value(ConfigTypeInfo::key(types.first())));
    return ExitCode::Success;
}

ExitCode versions(CliContext &context, const CliArguments &arguments)
{
    Session session(context);
    if (auto code = session.open(arguments))
        return *code;
    const ApiResult result = ClusterConnection::wait(session.client->send(SecurityApi::versions()));
    if (!result)
        return session.fail(result.error(), result.error().isNoHandler() ? versioningHint() : QString());
    const auto list = ResponseParsers::versions(result->json);
    if (!list)
        return context.fail(ExitCode::Failed, list.error().message);

    QJsonArray rows;
    QString text = tr("%1  %2  %3  %4\n")
                       .arg(tr("ID").leftJustified(6), tr("TIME (UTC)").leftJustified(24),
                            tr("MODIFIED BY").leftJustified(16), tr("CHANGES"));
    QJsonObject previous;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const ConfigVersion &version = list->at(i);
        const QJsonObject document = version.toConfigDocument(true);
        QJsonObject byType;
        int total = 0;
        if (i > 0) {
            const QMap<QString, int> counts = ConfigVersions::changeCounts(previous, document);
            for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
                byType.insert(it.key(), it.value());
                total += it.value();
            }
        }
        previous = document;
        rows.prepend(QJsonObject {{u"id"_s, version.id},
                                  {u"timestamp"_s, version.timestampText},
                                  {u"time"_s, version.timestamp.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s)},
                                  {u"modified_by"_s, version.modifiedBy},
                                  {u"changes"_s, i > 0 ? QJsonValue(total) : QJsonValue()},
                                  {u"changes_by_type"_s, byType}});
    }
    if (arguments.isSet(u"json"_s)) {
        session.printJson(rows);
        return ExitCode::Success;
    }
    for (const QJsonValue &row : std::as_const(rows)) { // newest first
        const QJsonObject object = row.toObject();
        QString changes = tr("(first)");
        if (!object.value(u"changes"_s).isNull()) {
            QStringList parts;
            const QJsonObject byType = object.value(u"changes_by_type"_s).toObject();
            for (auto it = byType.constBegin(); it != byType.constEnd(); ++it)
                parts << u"%1 %2"_s.arg(it.key()).arg(it.value().toInt());
            changes = QString::number(object.value(u"changes"_s).toInt())
                      + (parts.isEmpty() ? QString() : u" ("_s + parts.join(u", "_s) + u')');
        }
        text += u"%1  %2  %3  %4\n"_s.arg(object.value(u"id"_s).toString().leftJustified(6),
                                          object.value(u"time"_s).toString().leftJustified(24),
                                          object.value(u"modified_by"_s).toString().leftJustified(16), changes);
    }
    if (rows.isEmpty())
        text += tr("(no versions recorded)\n");
    context.print(text);
    return ExitCode::Success;
}

ExitCode version(CliContext &context, const CliArguments &arguments)
{
    Session session(context);
    if (auto code = session.open(arguments))
        return *code;
    const QString id = arguments.positional().value(0);
    const ApiResult result = ClusterConnection::wait(session.client->send(SecurityApi::version(id)));
    if (!result)
        return session.fail(result.error(), result.error().isNoHandler() ? versioningHint() : QString());
    const auto list = ResponseParsers::versions(result->json);
    if (!list || list->isEmpty())
        return context.fail(ExitCode::Failed, list ? tr("the response holds no version") : list.error().message);
    session.printJson(WriteSecrets::shownDocument(
        list->first().toConfigDocument(true), arguments.isSet(u"show-hashes"_s), arguments.isSet(u"show-secrets"_s)));
    return ExitCode::Success;
}

ExitCode versionDiff(CliContext &context, const CliArguments &arguments)
{
    Session session(context);
    if (auto code = session.open(arguments))
        return *code;
    const QString from = arguments.positional().value(0);
    const QString to = arguments.positional().value(1);
    auto a = readDocument(session, from);
    if (!a)
        return session.fail(a.error(), a.error().isNoHandler() ? versioningHint() : QString());
    auto b = readDocument(session, to);
    if (!b)
        return session.fail(b.error(), b.error().isNoHandler() ? versioningHint() : QString());
    // The live configuration shows secrets redacted: compare that way when it is one side; between versions,
    // compare secrets by fingerprint so that a password change shows without showing the password. Every secret
    // WriteSecrets names is protected (signing, encryption and exchange keys too), not only passwords and hashes.
    const bool live = a->live || b->live;
    const auto mode = live ? ConfigVersions::SecretMode::Redact : ConfigVersions::SecretMode::Fingerprint;
    if (a->live && !b->live)
        b->document = alignWithLive(context, b->document, *a);
    if (b->live && !a->live)
        a->document = alignWithLive(context, a->document, *b);
    a->document = ConfigVersions::protectSecrets(a->document, mode, WriteSecrets::isSecretKey);
    b->document = ConfigVersions::protectSecrets(b->document, mode, WriteSecrets::isSecretKey);
    const JsonDiffResult diff = JsonDiff::compute(a->document, b->document);
    if (arguments.isSet(u"summary"_s)) {
        if (arguments.isSet(u"json"_s)) {
            session.printJson(ConfigChanges::toJson(diff.changes));
        } else {
            context.print(ConfigChanges::summaryText(diff.changes));
        }
        return ExitCode::Success;
    }
    session.printJson(diff.patch.toJson());
    return ExitCode::Success;
}

CliCommand command(const QString &name, const QString &synopsis, const QString &description,
                   const QStringList &positional, qsizetype extra, const QList<CliOption> &options,
                   std::function<ExitCode(CliContext &, const CliArguments &)> handler)
{
    return ClusterConnection::command(tr("On a cluster (read-only)"), name, synopsis, description, positional, extra,
                                      options, std::move(handler));
}

} // namespace

QList<CliCommand> commands()
{
    return {
        command(u"whoami"_s, u"whoami"_s, tr("Who the cluster says we are: user, backend roles, roles and tenants."),
                {}, 0, {}, whoami),
        command(u"get"_s, u"get [TYPE]"_s,
                tr("The configuration document, or one type of it (config, roles, rolesmapping, internalusers, "
                   "actiongroups, tenants, nodesdn, allowlist, audit). Types the cluster does not expose are left "
                   "out, with a note on stderr."),
                {}, 1, {}, get),
        command(u"versions"_s, u"versions"_s,
                tr("The version timeline, newest first: id, time, modified by, and the number of changes against "
                   "the previous version per type."),
                {}, 0, {}, versions),
        command(u"version"_s, u"version ID [--show-hashes] [--show-secrets]"_s,
                tr("Version ID as a configuration document. Secrets are redacted as the REST API shows them: "
                   "internal users' password hashes blanked, every other secret (bind passwords, signing, "
                   "encryption and exchange keys, audit and allowlist passwords) \"******\". The two flags are "
                   "independent: --show-hashes reveals the hashes only, --show-secrets the other secrets only; give "
                   "both to see everything."),
                {u"ID"_s}, 0,
                {{u"show-hashes"_s, {}, tr("include the internal users' password hashes (no other secret)")},
                 {u"show-secrets"_s,
                  {},
                  tr("include the other secrets: bind passwords, signing, encryption and exchange keys, audit and "
                     "allowlist passwords (not the hashes)")}},
                version),
        command(u"version-diff"_s, u"version-diff A B [--summary]"_s,
                tr("An RFC 6902 patch from version A to version B; \"current\" names the live configuration. "
                   "Password hashes and other secrets are compared by fingerprint and never printed."),
                {u"A"_s, u"B"_s}, 0, {{u"summary"_s, {}, tr("a readable list of changes instead of a patch")}},
                versionDiff),
        UpgradeCommands::checkCommand(),
    };
}

} // namespace ClusterCommands
