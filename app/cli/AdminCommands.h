#pragma once

// The secdesk-cli commands for the plugin's other APIs (docs/cli.md §15): account, cache, certs and tenancy here;
// tokens and listeners in TokenCommands.cpp. Each asks GET / first when the API depends on the cluster's version and
// refuses, naming the version needed, before sending anything the cluster lacks (ApiAvailability).

#include <QList>

#include "app/cli/CliCommand.h"

namespace AdminCommands {

QList<CliCommand> commands();

} // namespace AdminCommands

namespace TokenCommands {

// tokens and listeners, listed under `group`.
QList<CliCommand> commands(const QString &group);

} // namespace TokenCommands
