#pragma once

// The secdesk-cli commands that write to a cluster through the safe-write pipeline (app/write): plan, apply and
// replace-config (docs/cli.md §7).

#include <functional>

#include <QList>

#include "app/access/AccessImpact.h"
#include "app/api/ConfigFetch.h"
#include "app/cli/CliCommand.h"
#include "app/cli/ClusterConnection.h"
#include "app/write/BackupStore.h"
#include "app/write/ChangePlan.h"
#include "app/write/WriteJournal.h"
#include "app/write/WriteReport.h"

namespace WriteCommands {

QList<CliCommand> commands();

// --allow-lockout, for the commands whose plans can take access away (apply, rollback, import).
CliOption lockoutOption();

// Runs a confirmed plan through SafeWrite to its report, printing progress on stderr.
WriteReport runWrite(ClusterConnection::Session &session, const ChangePlan &plan, const QString &profile,
                     BackupStore &backups, WriteJournal &journal, bool lockoutAllowed);

// What changing `before` into `after` does to access, over the configuration's index patterns and the cluster's
// known indices (when the user may read them; else the patterns only, said in the notes).
AccessChanges accessChanges(ClusterConnection::Session &session, const QJsonObject &before, const QJsonObject &after);
// "Access changes:" and a line per subject (AccessChanges::lines), indented.
QString accessText(const AccessChanges &changes);

// The exit code (docs/cli.md §3) for a write's report: 0 applied and verified (or nothing to do); 1 not applied, partly
// applied, applied otherwise than planned or beside another writer's change; 3 the cluster could not be read (before
// writing, or back after a lost answer); 4 a conflict, nothing written.
ExitCode exitCodeFor(const WriteReport &report);

// For other commands (export, import, compare): opens the connection of `arguments`, reads the live
// configuration and hands it, with the client for further reads, to `handler`. Connection and read errors are
// reported with their exit codes.
using LiveHandler = std::function<ExitCode(ApiClient *client, const FetchedConfig &live)>;
ExitCode withLive(CliContext &context, const CliArguments &arguments, const LiveHandler &handler);

// Like `apply` for a plan made from the live configuration: `makePlan` builds it (or fails with an exit code,
// having reported why); a plan that changes nothing ends with exit 0, otherwise it is shown, confirmed (--yes, or
// a terminal; exit 2 without either) and run through SafeWrite. A plan that takes access away needs --allow-lockout
// (declare lockoutOption() on the command).
using PlanMaker = std::function<Result<ChangePlan, ExitCode>(const QJsonObject &live)>;
// With --dry-run among `arguments`, the plan is printed as `plan` prints one (text, or JSON with --json) and nothing
// is sent.
ExitCode runPlanOnLive(CliContext &context, const CliArguments &arguments, const PlanMaker &makePlan);
// The same on a session that is already open (a command that asked the cluster something first).
ExitCode runPlanOnLive(ClusterConnection::Session &session, const CliArguments &arguments, const PlanMaker &makePlan);

} // namespace WriteCommands
