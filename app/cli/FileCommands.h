#pragma once

// The secdesk-cli commands that work on files only, without a cluster: patch, diff and generate.

#include <QList>

#include "app/cli/CliCommand.h"

namespace FileCommands {

QList<CliCommand> commands();

} // namespace FileCommands
