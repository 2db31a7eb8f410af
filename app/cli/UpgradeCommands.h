#pragma once

// The upgrade commands of secdesk-cli (docs/cli.md §8): upgrade-check (what an upgrade would add or modify, with
// collision warnings) and upgrade-perform (through the safe-write pipeline, printing each performed entity's
// before/after).

#include "app/cli/CliCommand.h"

namespace UpgradeCommands {

// Listed with the read-only cluster commands.
CliCommand checkCommand();
// Listed with the writing commands.
CliCommand performCommand();

} // namespace UpgradeCommands
