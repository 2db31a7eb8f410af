#pragma once

// The secdesk-cli commands that bridge a cluster and securityadmin.sh YAML files (docs/cli.md §9): export (the live
// configuration or a version, with real password hashes from a matching version), import (the difference from a
// directory as one patch through the safe-write pipeline) and compare (with a directory or another profile's
// cluster).

#include <QList>

#include "app/cli/CliCommand.h"

namespace FileSyncCommands {

QList<CliCommand> commands();

} // namespace FileSyncCommands
