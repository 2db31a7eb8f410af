#pragma once

// The read-only secdesk-cli commands that talk to a cluster: whoami, get, versions, version, version-diff and
// upgrade-check (docs/cli.md §6, §8).

#include <QList>

#include "app/cli/CliCommand.h"

namespace ClusterCommands {

QList<CliCommand> commands();

} // namespace ClusterCommands
