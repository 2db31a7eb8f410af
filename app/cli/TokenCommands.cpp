// secdesk-cli tokens (API tokens, 3.7+, and service-account tokens) and listeners (auth failure listeners, 3.0+):
// docs/cli.md §15. A token or a generated password is printed once, to stdout, and kept nowhere: these requests
// never go through the write pipeline, whose backups and journal would hold them.

#include "app/cli/AdminCommands.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include "app/api/AdminResponses.h"
#include "app/api/ResponseParsers.h"
#include "app/cli/AdminSupport.h"
#include "app/cli/ClusterConnection.h"
#include "app/cli/WriteCommands.h"
#include "app/json/Json.h"
#include "app/write/AdminPlans.h"

using namespace Qt::StringLiterals;

namespace TokenCommands {

using AdminSupport::Session;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TokenCommands", text);
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

QString apiTokensHint(const ApiError &error)
{
    if (error.httpStatus == 403 && error.serverMessage.contains(u"not enabled"_s))
        return tr("Switch them on with config.dynamic.api_tokens.enabled: true (for example with apply or "
                  "replace-config).");
    return {};
}

ExitCode listApiTokens(Session &session, const CliArguments &arguments)
{
    const ApiResult result = ClusterConnection::wait(session.client->send(SecurityApi::apiTokens()));
    if (!result)
        return session.fail(result.error(), apiTokensHint(result.error()));
    const auto tokens = AdminParsers::apiTokens(result->json);
    if (!tokens)
        return session.context.fail(ExitCode::Unreachable, tokens.error().message);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto status = [&](const ApiTokenInfo &token) {
        return token.isRevoked() ? u"revoked"_s : token.isExpired(now) ? u"expired"_s : u"active"_s;
    };
    if (arguments.isSet(u"json"_s)) {
        QJsonArray array;
        for (const ApiTokenInfo &token : *tokens) {
            array.append(QJsonObject {
                {u"id"_s, token.id},
                {u"name"_s, token.name},
                {u"created_by"_s, token.createdBy},
                {u"issued_at"_s,
                 token.issuedAt.isValid() ? QJsonValue(token.issuedAt.toString(Qt::ISODate)) : QJsonValue()},
                {u"expires_at"_s,
                 token.expiresAt.isValid() ? QJsonValue(token.expiresAt.toString(Qt::ISODate)) : QJsonValue()},
                {u"revoked_at"_s,
                 token.revokedAt.isValid() ? QJsonValue(token.revokedAt.toString(Qt::ISODate)) : QJsonValue()},
                {u"status"_s, status(token)},
                {u"cluster_permissions"_s, QJsonArray::fromStringList(token.clusterPermissions)},
                {u"index_permissions"_s, token.indexPermissions}});
        }
        session.printJson(array);
        return ExitCode::Success;
    }
    if (tokens->isEmpty()) {
        session.context.print(tr("(no API tokens)\n"));
        return ExitCode::Success;
    }
    QString text = u"%1  %2  %3  %4  %5  %6\n"_s.arg(
        tr("ID").leftJustified(22), tr("NAME").leftJustified(20), tr("CREATED BY").leftJustified(12),
        tr("ISSUED (UTC)").leftJustified(16), tr("EXPIRES (UTC)").leftJustified(16), tr("STATUS"));
    for (const ApiTokenInfo &token : *tokens) {
        text += u"%1  %2  %3  %4  %5  %6\n"_s.arg(
            token.id.leftJustified(22), token.name.leftJustified(20), token.createdBy.leftJustified(12),
            timeText(token.issuedAt).leftJustified(16),
            (token.expiresAt.isValid() ? timeText(token.expiresAt) : tr("never")).leftJustified(16), status(token));
    }
    session.context.print(text);
    return ExitCode::Success;
}

// --index-permission "logs-*,metrics-*=read,indices:data/read/search"
std::optional<QJsonObject> indexPermission(const QString &text)
{
    const qsizetype equals = text.indexOf(u'=');
    if (equals <= 0 || equals == text.size() - 1)
        return std::nullopt;
    const QStringList patterns = text.left(equals).split(u',', Qt::SkipEmptyParts);
    const QStringList actions = text.mid(equals + 1).split(u',', Qt::SkipEmptyParts);
    if (patterns.isEmpty() || actions.isEmpty())
        return std::nullopt;
    return QJsonObject {{u"index_pattern"_s, QJsonArray::fromStringList(patterns)},
                        {u"allowed_actions"_s, QJsonArray::fromStringList(actions)}};
}

ExitCode createApiToken(Session &session, const CliArguments &arguments, const QString &name)
{
    CliContext &context = session.context;
    QJsonObject body {{u"name"_s, name}};
    QStringList cluster;
    for (const QStringList &occurrence : arguments.occurrences(u"cluster-permission"_s))
        cluster << occurrence.value(0);
    if (!cluster.isEmpty())
        body.insert(u"cluster_permissions"_s, QJsonArray::fromStringList(cluster));
    QJsonArray indices;
    for (const QStringList &occurrence : arguments.occurrences(u"index-permission"_s)) {
        const auto permission = indexPermission(occurrence.value(0));
        if (!permission)
            return context.fail(
                ExitCode::Usage,
                tr("--index-permission takes PATTERN[,PATTERN]=ACTION[,ACTION], not \"%1\"").arg(occurrence.value(0)));
        indices.append(*permission);
    }
    if (!indices.isEmpty())
        body.insert(u"index_permissions"_s, indices);
    if (arguments.isSet(u"duration"_s)) {
        bool ok = false;
        const qint64 seconds = arguments.value(u"duration"_s).toLongLong(&ok);
        if (!ok || seconds < 0)
            return context.fail(
                ExitCode::Usage,
                tr("--duration takes a number of seconds, not \"%1\"").arg(arguments.value(u"duration"_s)));
        body.insert(u"duration_seconds"_s, seconds);
    }
    const ApiResult result = ClusterConnection::wait(session.client->send(SecurityApi::createApiToken(body)));
    if (!result)
        return session.fail(result.error(), apiTokensHint(result.error()));
    const auto created = AdminParsers::createdApiToken(result->json);
    if (!created)
        return context.fail(ExitCode::Unreachable, created.error().message);
    // The token goes to stdout, once; people read the rest on stderr.
    if (arguments.isSet(u"json"_s)) {
        session.printJson(QJsonObject {{u"id"_s, created->id}, {u"name"_s, name}, {u"token"_s, created->token}});
    } else {
        context.printError(
            tr("API token %1 created (id %2). It is shown once, below: store it now.\n").arg(name, created->id));
        context.print(created->token + u'\n');
    }
    return ExitCode::Success;
}

ExitCode createServiceAccountToken(Session &session, const CliArguments &arguments, const QString &account)
{
    CliContext &context = session.context;
    if (!arguments.isSet(u"yes"_s)
        && !ClusterConnection::confirm(context, tr("Generate a new password for the service account %1? Its "
                                                   "current password stops working.")
                                                    .arg(account))) {
        return context.fail(ExitCode::Failed, tr("not confirmed: nothing was sent"));
    }
    const ApiResult result = ClusterConnection::wait(session.client->send(SecurityApi::serviceAccountToken(account)));
    if (!result)
        return session.fail(result.error(),
                            result.error().httpStatus == 400
                                ? tr("Only internal users with the attributes service and enabled set to \"true\" "
                                     "get tokens.")
                                : QString());
    const auto token = AdminParsers::serviceAccountToken(result->json);
    if (!token)
        return context.fail(ExitCode::Unreachable, token.error().message);
    if (arguments.isSet(u"json"_s)) {
        session.printJson(QJsonObject {{u"user"_s, token->user}, {u"password"_s, token->password}});
    } else {
        context.printError(tr("New password of the service account %1 (HTTP basic). It is shown once, below: store "
                              "it now; the previous one no longer works.\n")
                               .arg(token->user));
        context.print(token->password + u'\n');
    }
    return ExitCode::Success;
}

// tokens list | tokens create NAME [...] | tokens create --service-account NAME | tokens revoke ID
ExitCode tokens(CliContext &context, const CliArguments &arguments)
{
    const QString action = arguments.positional().value(0, u"list"_s);
    const QString argument = arguments.positional().value(1);
    const bool serviceAccount = arguments.isSet(u"service-account"_s);
    if (action != u"list"_s && action != u"create"_s && action != u"revoke"_s)
        return context.fail(ExitCode::Usage, tr("unknown action \"%1\"").arg(action),
                            tr("Actions: list, create, revoke"));
    if (action == u"create"_s && serviceAccount == !argument.isEmpty())
        return context.fail(ExitCode::Usage, tr("tokens create takes a NAME, or --service-account NAME"));
    if (action == u"revoke"_s && argument.isEmpty())
        return context.fail(ExitCode::Usage, tr("tokens revoke takes the token's ID"));
    if ((action == u"revoke"_s || serviceAccount)) {
        if (auto code = AdminSupport::requireConfirmationChannel(context, arguments))
            return *code;
    }
    Session session(context);
    if (auto code = session.open(arguments))
        return *code;
    if (serviceAccount)
        return createServiceAccountToken(session, arguments, arguments.value(u"service-account"_s));
    if (auto code = session.require(AdminApi::ApiTokens))
        return *code;
    if (action == u"list"_s)
        return listApiTokens(session, arguments);
    if (action == u"create"_s)
        return createApiToken(session, arguments, argument);
    if (!arguments.isSet(u"yes"_s)
        && !ClusterConnection::confirm(context, tr("Revoke the API token %1?").arg(argument)))
        return context.fail(ExitCode::Failed, tr("not confirmed: nothing was sent"));
    const ApiResult result = ClusterConnection::wait(session.client->send(SecurityApi::revokeApiToken(argument)));
    if (!result)
        return session.fail(result.error(), apiTokensHint(result.error()));
    const QJsonObject answer = result->json.toObject();
    const QString message = answer.value(u"message"_s).toString();
    if (arguments.isSet(u"json"_s))
        session.printJson(QJsonObject {{u"id"_s, argument}, {u"message"_s, message}});
    else
        context.print(message + u'\n');
    return ExitCode::Success;
}

ExitCode listListeners(Session &session, const CliArguments &arguments)
{
    const ApiResult result = ClusterConnection::wait(session.client->send(SecurityApi::authFailureListeners()));
    if (!result)
        return session.fail(result.error());
    const auto list = AdminParsers::authFailureListeners(result->json);
    if (!list)
        return session.context.fail(ExitCode::Unreachable, list.error().message);
    if (arguments.isSet(u"json"_s)) {
        QJsonObject json;
        for (const AuthFailureListener &listener : *list)
            json.insert(listener.name, listener.toJson());
        session.printJson(json);
        return ExitCode::Success;
    }
    if (list->isEmpty()) {
        session.context.print(tr("(no auth failure listeners)\n"));
        return ExitCode::Success;
    }
    QString text = u"%1  %2  %3  %4  %5  %6  %7\n"_s.arg(tr("NAME").leftJustified(20), tr("TYPE").leftJustified(8),
                                                         tr("BACKEND").leftJustified(8), tr("TRIES").leftJustified(5),
                                                         tr("WINDOW (S)").leftJustified(10),
                                                         tr("BLOCK (S)").leftJustified(9), tr("IGNORED HOSTS"));
    for (const AuthFailureListener &l : *list) {
        text += u"%1  %2  %3  %4  %5  %6  %7\n"_s.arg(
            l.name.leftJustified(20), l.type.leftJustified(8), l.authenticationBackend.leftJustified(8),
            QString::number(l.allowedTries).leftJustified(5), QString::number(l.timeWindowSeconds).leftJustified(10),
            QString::number(l.blockExpirySeconds).leftJustified(9), l.ignoreHosts.join(u", "_s));
    }
    session.context.print(text);
    return ExitCode::Success;
}

// listeners | listeners set NAME --file F | listeners delete NAME
ExitCode listeners(CliContext &context, const CliArguments &arguments)
{
    const QString action = arguments.positional().value(0, u"list"_s);
    const QString name = arguments.positional().value(1);
    if (action != u"list"_s && action != u"set"_s && action != u"delete"_s)
        return context.fail(ExitCode::Usage, tr("unknown action \"%1\"").arg(action), tr("Actions: set, delete"));
    if (action != u"list"_s && name.isEmpty())
        return context.fail(ExitCode::Usage, tr("listeners %1 takes the listener's NAME").arg(action));
    std::optional<AuthFailureListener> listener;
    if (action == u"set"_s) {
        if (!arguments.isSet(u"file"_s))
            return context.fail(ExitCode::Usage, tr("listeners set takes --file FILE (the listener as JSON)"));
        const auto file = Json::readFile(arguments.value(u"file"_s));
        if (!file)
            return context.fail(ExitCode::Usage, file.error().toString());
        const auto checked = AdminParsers::authFailureListener(name, *file);
        if (!checked)
            return context.fail(ExitCode::Failed, checked.error().message);
        listener = *checked;
    }
    Session session(context);
    if (auto code = session.open(arguments))
        return *code;
    if (auto code = session.require(AdminApi::AuthFailureListeners))
        return *code;
    if (action == u"list"_s)
        return listListeners(session, arguments);
    return WriteCommands::runPlanOnLive(
        session, arguments, [&](const QJsonObject &live) -> Result<ChangePlan, ExitCode> {
            auto plan = listener ? AdminPlans::putListener(*listener, live) : AdminPlans::deleteListener(name, live);
            if (!plan)
                return context.fail(ExitCode::Failed, plan.error().message);
            return *plan;
        });
}

} // namespace

QList<CliCommand> commands(const QString &group)
{
    const CliOption yes {u"yes"_s, {}, tr("send without asking (required when stdin is not a terminal)")};
    const CliOption dryRun {u"dry-run"_s, {}, tr("print the plan (changes and requests) and send nothing")};
    return {
        ClusterConnection::command(
            group, u"tokens"_s,
            u"tokens [list] | tokens create NAME [--cluster-permission P]... [--index-permission PATTERNS=ACTIONS]... "
            u"[--duration SECONDS] | tokens create --service-account NAME [--yes] | tokens revoke ID [--yes]"_s,
            tr("API tokens (OpenSearch 3.7 or later, config.dynamic.api_tokens.enabled): list them, create one (the "
               "token is printed once, to stdout, and kept nowhere), revoke one. --service-account NAME instead "
               "generates a new password for a service account (an internal user with the attributes service and "
               "enabled \"true\"), printed once to stdout; its previous password stops working."),
            {}, 2,
            {{u"cluster-permission"_s, {u"P"_s}, tr("a cluster permission of the new token (repeatable)"), true},
             {u"index-permission"_s,
              {u"PATTERNS=ACTIONS"_s},
              tr("index patterns and allowed actions of the new token, e.g. logs-*=read (repeatable)"),
              true},
             {u"duration"_s, {u"SECONDS"_s}, tr("how long the new token is valid (0: never, where allowed)")},
             {u"service-account"_s, {u"NAME"_s}, tr("create a service account's token instead of an API token")},
             yes},
            tokens),
        ClusterConnection::command(
            group, u"listeners"_s,
            u"listeners [list] | listeners set NAME --file FILE [--dry-run] [--yes] | listeners delete NAME "
            u"[--dry-run] [--yes]"_s,
            tr("The auth failure listeners (rate limiting of failed logins; OpenSearch 3.0 or later). set adds or "
               "replaces listener NAME with FILE holding {\"type\": \"ip\"|\"username\", ...}; set and delete go "
               "through the safe-write pipeline."),
            {}, 2, {{u"file"_s, {u"FILE"_s}, tr("the listener as a JSON object")}, dryRun, yes}, listeners),
    };
}

} // namespace TokenCommands
