#pragma once

// What the commands of AdminCommands.cpp and TokenCommands.cpp share: a session that knows the cluster's version,
// secret input that never touches the command line, and the confirmation rule of writes. CLI main thread only.

#include <optional>

#include <QJsonValue>
#include <QString>

#include "app/api/ApiAvailability.h"
#include "app/cli/CliCommand.h"
#include "app/cli/ClusterConnection.h"

namespace AdminSupport {

struct Session : ClusterConnection::Session
{
    using ClusterConnection::Session::Session;

    void printJson(const QJsonValue &value);
    // The APIs the cluster's version has, from GET /. When GET / cannot be read for another reason than a
    // connection failure (a user without cluster monitor access), the version is unknown and the server decides.
    // The error is the exit code after the failure was reported.
    Result<ApiAvailability, ExitCode> availability();
    // Reports and returns exit 1 when the cluster's version lacks `api`, having sent nothing but GET /.
    std::optional<ExitCode> require(AdminApi api);
};

// One line of secret input: on a terminal `prompt` goes to stderr and the typing is not echoed; otherwise the next
// line of stdin, without a prompt. nullopt at the end of input.
std::optional<QString> readSecret(CliContext &context, const QString &prompt);

// A command that changes something asks unless --yes; without a terminal and without --yes it is exit 2.
std::optional<ExitCode> requireConfirmationChannel(CliContext &context, const CliArguments &arguments);

// For a command whose own --user names someone else: the connection's --user option becomes --login. `ownOptions`
// is how many options the command declared itself (they come first).
void renameConnectionUser(CliCommand &command, qsizetype ownOptions);

} // namespace AdminSupport
