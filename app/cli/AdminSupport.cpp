#include "app/cli/AdminSupport.h"

#include <iostream>
#include <string>

#ifndef Q_OS_WIN
#include <termios.h>
#include <unistd.h>
#endif

#include <QCoreApplication>

#include "app/api/ResponseParsers.h"
#include "app/json/Json.h"

using namespace Qt::StringLiterals;

namespace AdminSupport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AdminSupport", text);
}

} // namespace

void Session::printJson(const QJsonValue &value)
{
    context.write(Json::serialize(value, Json::Format::Indented));
}

Result<ApiAvailability, ExitCode> Session::availability()
{
    const ApiResult result = ClusterConnection::wait(client->send(SecurityApi::clusterInfo()));
    if (!result) {
        if (result.error().isConnectionFailure())
            return fail(result.error());
        return ApiAvailability(QVersionNumber());
    }
    const auto info = ResponseParsers::clusterInfo(result->json);
    return ApiAvailability(info ? info->version : QVersionNumber());
}

std::optional<ExitCode> Session::require(AdminApi api)
{
    const auto known = availability();
    if (!known)
        return known.error();
    const Availability state = known->of(api);
    if (!state)
        // Spelled out: inside Session, lupdate would file a plain tr() under "AdminSupport::Session".
        return context.fail(ExitCode::Failed, state.reason,
                            QCoreApplication::translate("AdminSupport", "Nothing was sent."));
    return std::nullopt;
}

std::optional<QString> readSecret(CliContext &context, const QString &prompt)
{
    std::string line;
    if (!ClusterConnection::stdinIsTerminal()) {
        if (!std::getline(std::cin, line))
            return std::nullopt;
    } else {
        context.printError(prompt);
#ifndef Q_OS_WIN
        termios saved {};
        const bool restore = tcgetattr(STDIN_FILENO, &saved) == 0;
        if (restore) {
            termios silent = saved;
            silent.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
        }
        const bool read = bool(std::getline(std::cin, line));
        if (restore)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
#else
        const bool read = bool(std::getline(std::cin, line));
#endif
        context.printError(u"\n"_s);
        if (!read)
            return std::nullopt;
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

std::optional<ExitCode> requireConfirmationChannel(CliContext &context, const CliArguments &arguments)
{
    if (arguments.isSet(u"yes"_s) || ClusterConnection::stdinIsTerminal())
        return std::nullopt;
    return context.fail(ExitCode::Usage, tr("stdin is not a terminal, so this cannot be confirmed"),
                        tr("Run it on a terminal, or add --yes to send it without asking."));
}

void renameConnectionUser(CliCommand &command, qsizetype ownOptions)
{
    for (qsizetype i = ownOptions; i < command.options.size(); ++i) {
        if (command.options[i].name == u"user"_s) {
            command.options[i].name = u"login"_s;
            command.options[i].help = tr("the HTTP basic user to connect as (or env SECDESK_USER)");
        }
    }
}

} // namespace AdminSupport
