#include "app/cli/AccessCommands.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <QXmlStreamWriter>

#include "app/access/AccessCases.h"
#include "app/access/AccessConfig.h"
#include "app/access/AccessEvaluator.h"
#include "app/access/ActionCatalogue.h"
#include "app/access/EvaluationContext.h"
#include "app/access/StaticEntities.h"
#include "app/access/TenantPrivileges.h"
#include "app/access/WhoCan.h"
#include "app/api/ApiRequest.h"
#include "app/api/ResponseParsers.h"
#include "app/cli/ClusterConnection.h"
#include "app/domain/SecurityAdminFiles.h"
#include "app/json/Json.h"
#include "app/lint/Lint.h"

using namespace Qt::StringLiterals;

namespace AccessCommands {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AccessCommands", text);
}

// The plugin's statics for a major version laid over `document`; the names that were missing become an assumption.
QJsonObject withStatics(const QJsonObject &document, int major, QStringList &assumptions)
{
    QMap<QString, QStringList> laidOver;
    const QJsonObject merged = StaticEntities::withStatics(document, major, &laidOver);
    QStringList added;
    for (auto it = laidOver.cbegin(); it != laidOver.cend(); ++it) {
        const QJsonObject before = document.value(it.key()).toObject();
        for (const QString &name : it.value()) {
            if (!before.contains(name))
                added.append(it.key() + u'/' + name);
        }
    }
    if (!added.isEmpty())
        assumptions.append(tr("the source lacks the plugin's static entities; those of OpenSearch %1.x were added "
                              "(%2 entities, for example %3)")
                               .arg(major)
                               .arg(added.size())
                               .arg(added.mid(0, 3).join(u", "_s)));
    return merged;
}

Result<QJsonObject, ExitCode> readObject(CliContext &context, const QString &path, const QString &what)
{
    const Result<QJsonValue> read = Json::readFile(path);
    if (!read)
        return context.fail(ExitCode::Usage, tr("%1 %2: %3").arg(what, path, read.error().toString()));
    if (!read->isObject())
        return context.fail(ExitCode::Usage, tr("%1 %2: not a JSON object").arg(what, path));
    return read->toObject();
}

std::optional<ExitCode> readSettingsAndIndices(CliContext &context, const CliArguments &arguments,
                                               AccessCaseSource &source)
{
    if (arguments.isSet(u"settings"_s)) {
        const Result<QJsonObject, ExitCode> json = readObject(context, arguments.value(u"settings"_s), tr("settings"));
        if (!json)
            return json.error();
        Result<NodeSettings> settings = NodeSettings::fromJson(*json);
        if (!settings)
            return context.fail(ExitCode::Usage,
                                tr("settings %1: %2").arg(arguments.value(u"settings"_s), settings.error().message));
        source.settings = *settings;
    }
    if (arguments.isSet(u"indices"_s)) {
        const Result<QJsonObject, ExitCode> json = readObject(context, arguments.value(u"indices"_s), tr("indices"));
        if (!json)
            return json.error();
        Result<IndexMetadata> metadata = IndexMetadata::fromJson(*json);
        if (!metadata)
            return context.fail(ExitCode::Usage,
                                tr("indices %1: %2").arg(arguments.value(u"indices"_s), metadata.error().message));
        source.metadata = *metadata;
    }
    return std::nullopt;
}

int staticMajor(const CliArguments &arguments)
{
    return arguments.isSet(u"static-major"_s) ? arguments.value(u"static-major"_s).toInt() : 3;
}

// The connected cluster's version (GET /); nullopt when it cannot be read.
std::optional<QVersionNumber> clusterVersion(ClusterConnection::Session &session)
{
    const ApiResult result = ClusterConnection::wait(session.client->send(SecurityApi::clusterInfo()));
    const Result<ClusterInfo> info =
        result ? ResponseParsers::clusterInfo(result->json) : Result<ClusterInfo>(Error {});
    if (!info || info->version.majorVersion() < 2)
        return std::nullopt;
    return info->version;
}

// What a command knows of its source besides the document.
struct SourceFacts
{
    bool settingsKnown = false;
    bool hashesVisible = false;
    std::optional<QVersionNumber> clusterVersion;
};

// The types access evaluation reads (nodesdn, allowlist and audit do not matter to it).
QList<ConfigType> evaluatedTypes()
{
    return {ConfigType::Config,        ConfigType::Roles,        ConfigType::RolesMapping,
            ConfigType::InternalUsers, ConfigType::ActionGroups, ConfigType::Tenants};
}

// Where the configuration comes from: --config FILE|DIR, else the cluster (--version ID, or live).
Result<AccessCaseSource, ExitCode> loadSource(CliContext &context, const CliArguments &arguments,
                                              const QString &userOption = u"user"_s, SourceFacts *facts = nullptr)
{
    SourceFacts known;
    known.settingsKnown = arguments.isSet(u"settings"_s);
    const auto done = [&](const AccessCaseSource &loaded) {
        if (facts)
            *facts = known;
        return loaded;
    };
    AccessCaseSource source;
    if (auto code = readSettingsAndIndices(context, arguments, source))
        return *code;
    if (arguments.isSet(u"static-major"_s)
        && !StaticEntities::supportedMajorVersions().contains(staticMajor(arguments)))
        return context.fail(
            ExitCode::Usage,
            tr("--static-major: %1 is not a supported major version (2 or 3)").arg(arguments.value(u"static-major"_s)));
    if (arguments.isSet(u"config"_s)) {
        const QString path = arguments.value(u"config"_s);
        if (QFileInfo(path).isDir()) {
            const Result<QJsonObject> loaded = SecurityAdminFiles::loadDirectory(path);
            if (!loaded)
                return context.fail(ExitCode::Usage, loaded.error().toString());
            source.document = withStatics(*loaded, staticMajor(arguments), source.assumptions);
            known.hashesVisible = true; // securityadmin files hold the real hashes
        } else {
            const Result<QJsonObject, ExitCode> document = readObject(context, path, tr("configuration"));
            if (!document)
                return document.error();
            source.document = withStatics(*document, staticMajor(arguments), source.assumptions);
        }
        return done(source);
    }
    ClusterConnection::Session session(context);
    if (auto code = session.open(arguments, userOption))
        return *code;
    known.clusterVersion = clusterVersion(session);
    int major = staticMajor(arguments);
    if (!arguments.isSet(u"static-major"_s) && known.clusterVersion)
        major = known.clusterVersion->majorVersion();
    else if (!arguments.isSet(u"static-major"_s))
        source.assumptions.append(tr("the cluster's version could not be read: OpenSearch 3.x statics assumed"));
    if (arguments.isSet(u"version"_s)) {
        const QString id = arguments.value(u"version"_s);
        const ApiResult result = ClusterConnection::wait(session.client->send(SecurityApi::version(id)));
        if (!result)
            return session.fail(result.error());
        const auto versions = ResponseParsers::versions(result->json);
        if (!versions || versions->isEmpty())
            return context.fail(ExitCode::Failed, tr("version %1 cannot be read").arg(id));
        source.document = withStatics(versions->first().toConfigDocument(false), major, source.assumptions);
    } else {
        const FetchResult fetched =
            ClusterConnection::wait(new ConfigFetch(session.client, evaluatedTypes(), &session.owner));
        if (!fetched)
            return session.fail(fetched.error());
        source.document = withStatics(fetched->document, major, source.assumptions);
        for (auto it = fetched->unavailable.constBegin(); it != fetched->unavailable.constEnd(); ++it)
            source.assumptions.append(tr("%1 is not visible to %2: %3")
                                          .arg(ConfigTypeInfo::key(it.key()), session.settings.userName, it.value()));
        source.assumptions.append(tr("the configuration as %1 reads it: hidden entities are left out unless %1 is a "
                                     "REST API admin")
                                      .arg(session.settings.userName));
    }
    if (!arguments.isSet(u"indices"_s)) {
        // The cluster's indices, aliases and data streams, when the user may read them.
        const IndexMetadataResult fetched =
            ClusterConnection::wait(new IndexMetadataFetch(session.client, &session.owner));
        if (!fetched)
            return session.fail(fetched.error());
        if (fetched->isAvailable()) {
            source.metadata = fetched->metadata;
            source.assumptions.append(fetched->notes);
        } else {
            source.assumptions.append(fetched->unavailable);
        }
    }
    return done(source);
}

Result<std::optional<AccessEngine>, ExitCode> engineOption(CliContext &context, const CliArguments &arguments)
{
    if (!arguments.isSet(u"engine"_s))
        return std::optional<AccessEngine>();
    const std::optional<AccessEngine> engine = AccessEngines::fromName(arguments.value(u"engine"_s));
    if (!engine)
        return context.fail(ExitCode::Usage,
                            tr("--engine: unknown engine \"%1\" (legacy or v4)").arg(arguments.value(u"engine"_s)));
    return engine;
}

// An action name, or a REST call's name ("search") for its action.
QString actionFrom(const QString &text)
{
    if (!text.contains(u':')) {
        if (const std::optional<QString> action = ActionCatalogue::actionForRestCall(text))
            return *action;
    }
    return text;
}

AccessUser userFrom(const CliArguments &arguments, const AccessConfig &config, QStringList &notes)
{
    const QString name = arguments.value(u"user"_s);
    AccessUser user;
    if (const std::optional<AccessUser> internal = config.userFromInternalUsers(name)) {
        user = *internal;
        notes.append(tr("%1's backend roles, security roles and attributes are those of internalusers, where not "
                        "given")
                         .arg(name));
    } else {
        user.name = name;
        notes.append(
            tr("%1 is not an internal user: only the backend roles, roles and attributes given count").arg(name));
    }
    const auto values = [&](const QString &option) {
        QStringList list;
        for (const QStringList &occurrence : arguments.occurrences(option))
            list.append(occurrence.value(0));
        return list;
    };
    if (arguments.isSet(u"backend-role"_s))
        user.backendRoles = values(u"backend-role"_s);
    if (arguments.isSet(u"role"_s))
        user.securityRoles = values(u"role"_s);
    for (const QString &attribute : values(u"attr"_s)) {
        const qsizetype equals = attribute.indexOf(u'=');
        user.attributes.insert(attribute.left(equals), equals < 0 ? QString() : attribute.mid(equals + 1));
    }
    user.ip = arguments.value(u"ip"_s);
    return user;
}

QString list(const QStringList &items)
{
    return items.isEmpty() ? tr("(none)") : items.join(u", "_s);
}

QString decisionText(const AccessUser &user, const AccessRequest &request, const AccessDecision &decision)
{
    QString text;
    text += tr("User %1 (backend roles: %2; security roles: %3)\n")
                .arg(user.name, list(user.backendRoles), list(user.securityRoles));
    text += tr("Request: %1 on %2 (%3 engine)\n")
                .arg(request.actions.join(u", "_s),
                     request.indices.isEmpty() ? tr("no index") : request.indices.join(u", "_s),
                     AccessEngines::name(decision.engine));
    text += tr("Mapped roles:\n");
    if (decision.mappedRoles.isEmpty())
        text += tr("  (none)\n");
    for (const MappedRole &role : decision.mappedRoles)
        text += u"  %1: %2\n"_s.arg(role.role, role.reasons.join(u"; "_s));
    text += tr("Decision: %1 (HTTP %2): %3\n")
                .arg(AccessStatuses::name(decision.status).toUpper())
                .arg(decision.httpStatus)
                .arg(decision.reason);
    if (decision.status == AccessStatus::Partial)
        text += tr("Allowed indices: %1\n").arg(list(decision.allowedIndices));
    if (!decision.missingPrivileges.isEmpty())
        text += tr("Missing privileges: %1\n").arg(decision.missingPrivileges.join(u", "_s));
    if (!decision.grants.isEmpty()) {
        text += tr("Granted:\n");
        for (const GrantedCell &cell : decision.grants) {
            const QString chain = cell.chain.join(u" > "_s);
            if (cell.index.isEmpty()) {
                text += tr("  %1: role %2, cluster permission %3\n").arg(cell.action, cell.grant.role, chain);
            } else {
                const QString via = cell.grant.via.isEmpty() ? QString() : tr(" (via %1)").arg(cell.grant.via);
                text += tr("  %1 %2: role %3, index_permissions[%4], pattern %5%6, actions %7\n")
                            .arg(cell.index, cell.action, cell.grant.role)
                            .arg(cell.grant.entry)
                            .arg(cell.grant.indexPattern, via, chain);
            }
        }
    }
    if (!decision.misses.isEmpty()) {
        text += tr("Nearest misses:\n");
        for (const QString &miss : decision.misses)
            text += u"  "_s + miss + u'\n';
    }
    if (!decision.restrictions.isEmpty()) {
        text += tr("Document and field restrictions:\n");
        for (const IndexRestrictions &r : decision.restrictions)
            text +=
                tr("  %1: DLS %2; FLS %3; masked %4\n").arg(r.index, r.dls, r.fls.join(u", "_s), list(r.maskedFields));
    }
    if (!decision.evaluationErrors.isEmpty()) {
        text += tr("Evaluation errors (the affected patterns grant nothing):\n");
        for (const QString &error : decision.evaluationErrors)
            text += u"  "_s + error + u'\n';
    }
    text += tr("Trace:\n");
    for (qsizetype i = 0; i < decision.trace.size(); ++i)
        text += u"  %1. %2\n"_s.arg(i + 1).arg(decision.trace.at(i));
    if (!decision.assumptions.isEmpty()) {
        text += tr("Assumptions:\n");
        for (const QString &assumption : decision.assumptions)
            text += u"  - "_s + assumption + u'\n';
    }
    return text;
}

ExitCode explainTenant(CliContext &context, const CliArguments &arguments, const AccessConfig &config,
                       const AccessCaseSource &source, const AccessUser &user, AccessEngine engine)
{
    const QList<MappedRole> mapped = config.mapper().map(user);
    QStringList roleNames;
    for (const MappedRole &role : mapped)
        roleNames.append(role.role);
    EvaluationContext evaluation(user, roleNames, source.metadata, engine);
    const QString tenant = arguments.value(u"tenant"_s);
    const bool write = arguments.isSet(u"write"_s);
    const TenantPrivileges::TenantCheck check = TenantPrivileges::check(config, evaluation, tenant, write);
    const QString access = write ? u"write"_s : u"read"_s;
    if (arguments.isSet(u"json"_s)) {
        QJsonArray roles;
        for (const MappedRole &role : mapped)
            roles.append(
                QJsonObject {{u"role"_s, role.role}, {u"reasons"_s, QJsonArray::fromStringList(role.reasons)}});
        context.write(
            Json::serialize(QJsonObject {{u"engine"_s, AccessEngines::name(engine)},
                                         {u"tenant"_s, tenant},
                                         {u"access"_s, access},
                                         {u"status"_s, check.allowed ? u"allowed"_s : u"denied"_s},
                                         {u"mapped_roles"_s, QJsonArray::fromStringList(roleNames)},
                                         {u"role_mapping"_s, roles},
                                         {u"role"_s, check.role},
                                         {u"tenant_pattern"_s, check.pattern},
                                         {u"reason"_s, check.reason},
                                         {u"assumptions"_s, QJsonArray::fromStringList(source.assumptions)}}));
        return ExitCode::Success;
    }
    QString text =
        tr("User %1, tenant %2, %3 access (%4 engine)\n").arg(user.name, tenant, access, AccessEngines::name(engine));
    text += tr("Mapped roles:\n");
    for (const MappedRole &role : mapped)
        text += u"  %1: %2\n"_s.arg(role.role, role.reasons.join(u"; "_s));
    if (check.allowed)
        text += tr("Decision: ALLOWED: role %1, tenant pattern %2%3\n")
                    .arg(check.role, check.pattern, check.reason.isEmpty() ? QString() : u" ("_s + check.reason + u')');
    else
        text += tr("Decision: DENIED: %1\n").arg(check.reason);
    for (const QString &assumption : source.assumptions)
        text += u"  - "_s + assumption + u'\n';
    context.print(text);
    return ExitCode::Success;
}

ExitCode explain(CliContext &context, const CliArguments &arguments)
{
    if (arguments.value(u"user"_s).isEmpty())
        return context.fail(ExitCode::Usage, tr("--user is required"));
    if (arguments.isSet(u"action"_s) == arguments.isSet(u"tenant"_s))
        return context.fail(ExitCode::Usage, tr("give either --action (with --index) or --tenant"));
    const Result<std::optional<AccessEngine>, ExitCode> engine = engineOption(context, arguments);
    if (!engine)
        return engine.error();
    const Result<AccessCaseSource, ExitCode> source = loadSource(context, arguments, u"login"_s);
    if (!source)
        return source.error();
    const AccessConfig config = AccessConfig::compile(source->document, source->settings);
    QStringList assumptions = source->assumptions;
    const AccessUser user = userFrom(arguments, config, assumptions);
    if (arguments.isSet(u"tenant"_s)) {
        AccessCaseSource withNotes = *source;
        withNotes.assumptions = assumptions;
        return explainTenant(context, arguments, config, withNotes, user, engine->value_or(config.dynamic().engine));
    }
    AccessRequest request;
    request.actions = {actionFrom(arguments.value(u"action"_s))};
    for (const QStringList &index : arguments.occurrences(u"index"_s))
        request.indices.append(index.value(0));
    EvaluationOptions options;
    options.engine = *engine;
    options.assumptions = assumptions;
    const AccessDecision decision = AccessEvaluator::evaluate(config, source->metadata, user, request, options);
    if (arguments.isSet(u"json"_s))
        context.write(Json::serialize(decision.toJson()));
    else
        context.print(decisionText(user, request, decision));
    return ExitCode::Success;
}

bool needsSource(const QList<AccessCase> &cases)
{
    for (const AccessCase &c : cases) {
        if (!c.config)
            return true;
    }
    return false;
}

VoidResult writeJUnit(const QString &path, const QList<AccessCaseOutcome> &outcomes, int failed)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {u"io.write"_s, tr("--junit %1: %2").arg(path, file.errorString()), {}};
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(u"testsuite"_s);
    xml.writeAttribute(u"name"_s, u"secdesk access-test"_s);
    xml.writeAttribute(u"tests"_s, QString::number(outcomes.size()));
    xml.writeAttribute(u"failures"_s, QString::number(failed));
    for (const AccessCaseOutcome &outcome : outcomes) {
        xml.writeStartElement(u"testcase"_s);
        xml.writeAttribute(u"classname"_s, u"access"_s);
        xml.writeAttribute(u"name"_s, u"%1 [%2]"_s.arg(outcome.id, AccessEngines::name(outcome.engine)));
        if (!outcome.pass) {
            xml.writeStartElement(u"failure"_s);
            xml.writeAttribute(u"message"_s, outcome.failures.join(u"; "_s));
            xml.writeCharacters(outcome.trace.join(u'\n'));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    if (!file.commit())
        return Error {u"io.write"_s, tr("--junit %1: %2").arg(path, file.errorString()), {}};
    return {};
}

ExitCode accessTest(CliContext &context, const CliArguments &arguments)
{
    QList<AccessCase> cases;
    for (const QString &path : arguments.positional()) {
        const Result<QList<AccessCase>> read = AccessCases::read(path);
        if (!read)
            return context.fail(ExitCode::Usage, read.error().message);
        cases.append(*read);
    }
    AccessCaseSource source;
    if (needsSource(cases)) {
        Result<AccessCaseSource, ExitCode> loaded = loadSource(context, arguments);
        if (!loaded)
            return loaded.error();
        source = *loaded;
    } else if (auto code = readSettingsAndIndices(context, arguments, source)) {
        return *code;
    }
    const Result<std::optional<AccessEngine>, ExitCode> engine = engineOption(context, arguments);
    if (!engine)
        return engine.error();
    QList<AccessCaseOutcome> outcomes;
    for (AccessCase accessCase : std::as_const(cases)) {
        if (*engine && accessCase.engines.isEmpty())
            accessCase.engines = {**engine};
        const Result<QList<AccessCaseOutcome>> run = AccessCases::run(accessCase, source);
        if (!run)
            return context.fail(ExitCode::Usage, run.error().message);
        outcomes.append(*run);
    }
    int failed = 0;
    for (const AccessCaseOutcome &outcome : std::as_const(outcomes))
        failed += outcome.pass ? 0 : 1;
    const int passed = int(outcomes.size()) - failed;
    if (arguments.isSet(u"junit"_s)) {
        if (const VoidResult written = writeJUnit(arguments.value(u"junit"_s), outcomes, failed); !written)
            return context.fail(ExitCode::Usage, written.error().message);
    }
    if (arguments.isSet(u"json"_s)) {
        QJsonArray results;
        for (const AccessCaseOutcome &outcome : std::as_const(outcomes))
            results.append(QJsonObject {{u"id"_s, outcome.id},
                                        {u"engine"_s, AccessEngines::name(outcome.engine)},
                                        {u"pass"_s, outcome.pass},
                                        {u"result"_s, outcome.result},
                                        {u"failures"_s, QJsonArray::fromStringList(outcome.failures)},
                                        {u"trace"_s, QJsonArray::fromStringList(outcome.trace)}});
        context.write(
            Json::serialize(QJsonObject {{u"results"_s, results}, {u"passed"_s, passed}, {u"failed"_s, failed}}));
    } else {
        QString text;
        for (const AccessCaseOutcome &outcome : std::as_const(outcomes)) {
            const QString engineName = AccessEngines::name(outcome.engine);
            text += outcome.pass ? u"PASS %1 [%2]\n"_s.arg(outcome.id, engineName)
                                 : u"FAIL %1 [%2]: %3\n"_s.arg(outcome.id, engineName, outcome.failures.join(u"; "_s));
        }
        text += u"%1 passed, %2 failed\n"_s.arg(passed).arg(failed); // the contract scripts read: never translated
        context.print(text);
    }
    return failed == 0 ? ExitCode::Success : ExitCode::Failed;
}

ExitCode whoCan(CliContext &context, const CliArguments &arguments)
{
    if (arguments.value(u"action"_s).isEmpty())
        return context.fail(ExitCode::Usage, tr("--action is required"));
    const Result<std::optional<AccessEngine>, ExitCode> engine = engineOption(context, arguments);
    if (!engine)
        return engine.error();
    const Result<AccessCaseSource, ExitCode> source = loadSource(context, arguments);
    if (!source)
        return source.error();
    const AccessConfig config = AccessConfig::compile(source->document, source->settings);
    AccessRequest request;
    request.actions = {actionFrom(arguments.value(u"action"_s))};
    if (arguments.isSet(u"index"_s))
        request.indices = {arguments.value(u"index"_s)};
    const QList<WhoCanEntry> entries = WhoCan::evaluate(config, source->metadata, request, *engine);
    const AccessEngine used = engine->value_or(config.dynamic().engine);
    if (arguments.isSet(u"json"_s)) {
        QJsonArray array;
        for (const WhoCanEntry &entry : entries)
            array.append(
                QJsonObject {{u"kind"_s, entry.kind == WhoCanEntry::Kind::InternalUser ? u"user"_s : u"backend_role"_s},
                             {u"name"_s, entry.subject},
                             {u"status"_s, AccessStatuses::name(entry.status)},
                             {u"roles"_s, QJsonArray::fromStringList(entry.roles)}});
        context.write(
            Json::serialize(QJsonObject {{u"action"_s, request.actions.first()},
                                         {u"index"_s, request.indices.value(0)},
                                         {u"engine"_s, AccessEngines::name(used)},
                                         {u"subjects"_s, array},
                                         {u"assumptions"_s, QJsonArray::fromStringList(source->assumptions)}}));
        return ExitCode::Success;
    }
    QString text =
        tr("Who can %1 on %2 (%3 engine):\n")
            .arg(request.actions.first(), request.indices.isEmpty() ? tr("the cluster") : request.indices.first(),
                 AccessEngines::name(used));
    if (entries.isEmpty())
        text += tr("  nobody (no internal user, no mapped backend role)\n");
    for (const WhoCanEntry &entry : entries) {
        const QString kind = entry.kind == WhoCanEntry::Kind::InternalUser ? tr("user") : tr("backend role");
        text +=
            tr("  %1 %2: %3 by %4\n").arg(kind, entry.subject, AccessStatuses::name(entry.status), list(entry.roles));
    }
    for (const QString &assumption : source->assumptions)
        text += u"  - "_s + assumption + u'\n';
    context.print(text);
    return ExitCode::Success;
}

ExitCode lint(CliContext &context, const CliArguments &arguments)
{
    const QString format = arguments.isSet(u"json"_s)               ? u"json"_s
                           : arguments.value(u"format"_s).isEmpty() ? u"text"_s
                                                                    : arguments.value(u"format"_s);
    if (format != u"text"_s && format != u"json"_s && format != u"sarif"_s)
        return context.fail(ExitCode::Usage, tr("--format: \"%1\" is not text, json or sarif").arg(format));
    LintContext lintContext;
    for (const QStringList &occurrence : arguments.occurrences(u"disable"_s)) {
        if (!Lint::rule(occurrence.value(0)))
            return context.fail(ExitCode::Usage, tr("--disable: there is no rule \"%1\"").arg(occurrence.value(0)),
                                tr("The rules: %1").arg([] {
                                    QStringList ids;
                                    for (const LintRule &rule : Lint::rules())
                                        ids.append(rule.id);
                                    return ids.join(u", "_s);
                                }()));
        lintContext.disabled.insert(occurrence.value(0));
    }
    SourceFacts facts;
    const Result<AccessCaseSource, ExitCode> source = loadSource(context, arguments, u"user"_s, &facts);
    if (!source)
        return source.error();
    lintContext.settings = source->settings;
    lintContext.settingsKnown = facts.settingsKnown;
    lintContext.hashesVisible = facts.hashesVisible;
    lintContext.clusterVersion = facts.clusterVersion;
    const QList<LintFinding> findings = Lint::run(source->document, lintContext);
    if (format == u"json"_s) {
        context.write(Json::serialize(Lint::json(findings)));
    } else if (format == u"sarif"_s) {
        const QString artifact = arguments.isSet(u"config"_s)    ? arguments.value(u"config"_s)
                                 : arguments.isSet(u"version"_s) ? u"version/"_s + arguments.value(u"version"_s)
                                                                 : u"live-configuration.json"_s;
        context.write(Json::serialize(Lint::sarif(findings, artifact)));
    } else {
        const QString summary = findings.isEmpty() ? tr("No findings.\n") : QString();
        context.print(Lint::text(findings) + summary);
    }
    const std::optional<LintSeverity> top = Lint::highest(findings);
    return top && *top >= LintSeverity::High ? ExitCode::Failed : ExitCode::Success;
}

QList<CliOption> sourceOptions()
{
    return {
        {u"config"_s,
         {u"FILE"_s},
         tr("a configuration document (as get --json prints it) or a securityadmin directory")},
        {u"version"_s, {u"ID"_s}, tr("a version of the connected cluster")},
        {u"settings"_s, {u"FILE"_s}, tr("node settings as a flat JSON object")},
        {u"indices"_s, {u"FILE"_s}, tr("index metadata: indices, aliases, data streams, system indices")},
        {u"engine"_s, {u"ENGINE"_s}, tr("legacy or v4 (default: what the configuration selects)")},
        {u"static-major"_s,
         {u"N"_s},
         tr("the OpenSearch major version whose static entities a file lacks (2 or 3; default: the cluster's, else "
            "3)")},
    };
}

} // namespace

QList<CliCommand> commands()
{
    const QString group = tr("Access and lint (on a file, a version or the live cluster)");
    const auto command = [&](const QString &name, const QString &synopsis, const QString &description,
                             const QStringList &positional, qsizetype extra, QList<CliOption> options,
                             std::function<ExitCode(CliContext &, const CliArguments &)> handler) {
        options.append(sourceOptions());
        CliCommand made =
            ClusterConnection::command(group, name, synopsis, description, positional, extra, options, handler);
        if (name == u"explain"_s) {
            // explain's --user names the user evaluated: the connection's user is --login (or SECDESK_USER, or the
            // profile's).
            for (qsizetype i = options.size(); i < made.options.size(); ++i) {
                if (made.options[i].name == u"user"_s) {
                    made.options[i].name = u"login"_s;
                    made.options[i].help = tr("the HTTP basic user to connect as (or env SECDESK_USER)");
                }
            }
        }
        return made;
    };
    return {
        command(u"explain"_s,
                u"explain --user NAME [--backend-role R]... [--role R]... [--attr KEY=VALUE]... [--ip IP] "
                u"(--action ACTION [--index EXPR]... | --tenant T [--write]) [--json]"_s,
                tr("One decision with its reasons: the mapped roles and the mapping behind each, the status (allowed, "
                   "partial, denied) with the HTTP status, the allowed indices, the missing privileges, the role, "
                   "index permission, pattern and action-group chain behind every granted (index, action), the "
                   "nearest miss for every missing one, DLS/FLS/masking in force, the engine and every assumption. "
                   "ACTION is an action name or a REST call (search, get, bulk, ...). An internal user's backend "
                   "roles, security roles and attributes come from internalusers unless given."),
                {}, 0,
                {{u"user"_s, {u"NAME"_s}, tr("the user")},
                 {u"backend-role"_s, {u"R"_s}, tr("a backend role (repeatable)"), true},
                 {u"role"_s, {u"R"_s}, tr("a security role given directly (repeatable)"), true},
                 {u"attr"_s, {u"KEY=VALUE"_s}, tr("a user attribute, e.g. attr.jwt.dept=ops (repeatable)"), true},
                 {u"ip"_s, {u"IP"_s}, tr("the caller's address, for hosts mappings")},
                 {u"action"_s, {u"ACTION"_s}, tr("the action or REST call")},
                 {u"index"_s, {u"EXPR"_s}, tr("an index expression as requested (repeatable)"), true},
                 {u"tenant"_s, {u"T"_s}, tr("a Dashboards tenant instead of an action")},
                 {u"write"_s, {}, tr("with --tenant: write access instead of read")}},
                explain),
        command(u"access-test"_s, u"access-test FILE... [--json] [--junit FILE]"_s,
                tr("Runs access cases (policy tests): each case's expect must hold. A case without its own config is "
                   "evaluated on the command's source. Prints PASS or FAIL per case and engine, then the totals. Exit "
                   "0 when all pass, 1 when any fails, 2 on unreadable input or an unknown request type."),
                {u"FILE"_s}, 1000, {{u"junit"_s, {u"FILE"_s}, tr("also write JUnit XML to FILE")}}, accessTest),
        command(u"lint"_s, u"lint [--disable RULE]... [--format text|json|sarif]"_s,
                tr("The configuration's findings: each with its rule, severity, entity, JSON pointer, what goes wrong "
                   "at run time and, where one exists, a fix as a JSON Patch. Exit 0 when no finding is high or "
                   "critical, 1 otherwise."),
                {}, 0,
                {{u"disable"_s, {u"RULE"_s}, tr("do not run this rule (repeatable)"), true},
                 {u"format"_s, {u"FORMAT"_s}, tr("text (default), json or sarif (SARIF 2.1.0)")}},
                lint),
        command(u"who-can"_s, u"who-can --action ACTION [--index NAME] [--json]"_s,
                tr("Every internal user, and every backend role the role mappings name, that the action is allowed "
                   "(or partially allowed) for on that index, with the granting roles."),
                {}, 0,
                {{u"action"_s, {u"ACTION"_s}, tr("the action or REST call")},
                 {u"index"_s, {u"NAME"_s}, tr("the index (omit for a cluster action)")}},
                whoCan),
    };
}

} // namespace AccessCommands
