#pragma once

// The secdesk-cli commands that write to a cluster through the safe-write pipeline (app/write): plan, apply and
// replace-config (CLI.md).

#include <QList>

#include "app/cli/CliCommand.h"

namespace WriteCommands {

QList<CliCommand> commands();

} // namespace WriteCommands
