#pragma once

// Cli: secdesk-cli's dispatcher. Holds the table of commands, parses the global options, finds the command
// and runs its handler. Main thread only; it writes only to the two devices it is given.

#include <QIODevice>
#include <QList>
#include <QStringList>

#include "app/cli/CliCommand.h"

class Cli
{
public:
    // `out` receives results (raw bytes), `err` errors and diagnostics.
    Cli(QIODevice *out, QIODevice *err);

    // Every command, in the order --help lists them. Later command sets are appended here.
    static QList<CliCommand> commands();

    // Runs the command line without the program name ("diff", "a.json", "b.json"); returns the exit code.
    ExitCode run(const QStringList &arguments);

private:
    static QString tr(const char *text);

    QString usageText() const;

    QList<CliCommand> m_commands;
    CliContext m_context;
};
