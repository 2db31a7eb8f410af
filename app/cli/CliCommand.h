#pragma once

// The pieces every secdesk-cli command is made of: its description (name, synopsis, options, handler), the
// parsed arguments it receives and the context it writes through. Main thread only.

#include <functional>

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include "app/common/Result.h"

// The process exit codes (docs/cli.md §3).
enum class ExitCode : int {
    Success = 0,     // including "nothing to do"
    Failed = 1,      // the operation failed (a patch did not apply, the server refused, verification failed)
    Usage = 2,       // bad usage, or an input file that cannot be read or is not valid JSON
    Unreachable = 3, // the cluster cannot be reached, TLS or authentication failed
    Conflict = 4,    // the configuration changed on the cluster since it was read: nothing was written
};

struct CliOption
{
    QString name;       // without the dashes: "users"
    QStringList values; // names of the values it takes, in order: {} for a flag, {"N"}, {"PCT", "OUT_B"}
    QString help;       // one line, translated
    bool repeatable = false;
};

// What a command got on its command line, after parsing against its options.
class CliArguments
{
public:
    const QStringList &positional() const { return m_positional; }
    bool isSet(const QString &option) const { return m_values.contains(option); }
    // The values of the option's last occurrence (one per value name), empty when it is not set.
    QStringList values(const QString &option) const { return m_values.value(option).value(0); }
    QString value(const QString &option) const { return values(option).value(0); }
    // Every occurrence of a repeatable option, in command-line order.
    QList<QStringList> occurrences(const QString &option) const { return m_values.value(option); }

private:
    friend struct CliCommand;
    QStringList m_positional;
    QHash<QString, QList<QStringList>> m_values;
};

// Where a command writes: stdout as raw bytes, stderr as text. Commands never write anywhere else.
class CliContext
{
public:
    CliContext(QIODevice *out, QIODevice *err) : m_out(out), m_err(err) { }

    void write(const QByteArray &bytes) { m_out->write(bytes); }
    void print(const QString &text) { m_out->write(text.toUtf8()); }
    void printError(const QString &text) { m_err->write(text.toUtf8()); }

    // The standard error report: the first line names what failed, further lines add hints.
    ExitCode fail(ExitCode code, const QString &what, const QString &hint = QString());

    QString commandName; // the command being run, for messages ("secdesk-cli diff: ...")

private:
    QIODevice *m_out;
    QIODevice *m_err;
};

struct CliCommand
{
    QString name;                  // "diff"
    QString group;                 // the heading it is listed under in --help ("On files")
    QString synopsis;              // "diff A B [--summary] [--json]"
    QString description;           // a few sentences for `secdesk-cli COMMAND --help`
    QStringList positionalNames;   // "A", "B": the required positional arguments
    qsizetype extraPositional = 0; // how many more optional positional arguments are allowed
    QList<CliOption> options;      // --help and --json are always accepted
    std::function<ExitCode(CliContext &, const CliArguments &)> handler;

    // Parses `arguments` (what follows the command name). The error is one line for people.
    Result<CliArguments> parse(const QStringList &arguments) const;
    QString helpText() const;

    Q_DECLARE_TR_FUNCTIONS(Cli)
};
