#pragma once

// The secdesk-cli commands that write to a cluster through the safe-write pipeline (app/write): plan, apply and
// replace-config (CLI.md).

#include <functional>

#include <QList>

#include "app/api/ConfigFetch.h"
#include "app/cli/CliCommand.h"
#include "app/write/ChangePlan.h"

namespace WriteCommands {

QList<CliCommand> commands();

// For other commands (export, import, compare): opens the connection of `arguments`, reads the live
// configuration and hands it, with the client for further reads, to `handler`. Connection and read errors are
// reported with their exit codes.
using LiveHandler = std::function<ExitCode(ApiClient *client, const FetchedConfig &live)>;
ExitCode withLive(CliContext &context, const CliArguments &arguments, const LiveHandler &handler);

// Like `apply` for a plan made from the live configuration: `makePlan` builds it (or fails with an exit code,
// having reported why); a plan that changes nothing ends with exit 0, otherwise it is shown, confirmed (--yes, or
// a terminal; exit 2 without either) and run through SafeWrite.
using PlanMaker = std::function<Result<ChangePlan, ExitCode>(const QJsonObject &live)>;
ExitCode runPlanOnLive(CliContext &context, const CliArguments &arguments, const PlanMaker &makePlan);

} // namespace WriteCommands
