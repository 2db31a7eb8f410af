#pragma once

// AccessCommands: explain, access-test and who-can (docs/cli.md, "Access"): access evaluated as the Security plugin
// evaluates it, on a configuration file, a securityadmin directory, a version of the cluster or the live cluster.

#include <QList>

#include "app/cli/CliCommand.h"

namespace AccessCommands {

QList<CliCommand> commands();

} // namespace AccessCommands
