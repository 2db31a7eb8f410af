#pragma once

// DataDirectory: where SecDesk keeps its files (backups/, journal.jsonl, drafts/), shared by the GUI and the CLI.
// docs/cli.md §10 fixes it: $XDG_DATA_HOME/SecDesk (~/.local/share/SecDesk) on Linux. AppDataLocation would add the
// organisation name as a second "SecDesk" level, so this builds the path from GenericDataLocation instead.

#include <QString>

namespace DataDirectory {

QString path();

} // namespace DataDirectory
