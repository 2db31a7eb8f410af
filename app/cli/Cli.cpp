#include "app/cli/Cli.h"

#include <QCoreApplication>

#include "app/cli/AccessCommands.h"
#include "app/cli/AdminCommands.h"
#include "app/cli/ClusterCommands.h"
#include "app/cli/FileCommands.h"
#include "app/cli/FileSyncCommands.h"
#include "app/cli/UpgradeCommands.h"
#include "app/cli/WriteCommands.h"

using namespace Qt::StringLiterals;

QString Cli::tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

Cli::Cli(QIODevice *out, QIODevice *err) : m_commands(commands()), m_context(out, err) { }

QList<CliCommand> Cli::commands()
{
    QList<CliCommand> all;
    all.append(FileCommands::commands());
    all.append(ClusterCommands::commands());
    all.append(WriteCommands::commands());
    all.append(FileSyncCommands::commands());
    all.append(UpgradeCommands::performCommand());
    all.append(AccessCommands::commands());
    all.append(AdminCommands::commands());
    return all;
}

QString Cli::usageText() const
{
    QString text = tr("Usage: secdesk-cli COMMAND [ARGUMENTS] [OPTIONS]") + u"\n\n"_s
                   + tr("SecDesk's core, headless, for scripting.") + u'\n';
    QString group;
    for (const CliCommand &command : m_commands) {
        if (command.group != group) {
            group = command.group;
            text += u'\n' + group + u":\n"_s;
        }
        text += u"  "_s + command.synopsis + u'\n';
    }
    text += u'\n'
            + tr("Global options: --help (this text), --version. \"secdesk-cli COMMAND --help\" describes a command.")
            + u'\n'
            + tr("Exit codes: 0 success, 1 the operation failed, 2 bad usage or an unreadable or invalid input file, "
                 "3 the cluster cannot be reached or authentication failed, 4 the configuration changed on the "
                 "cluster since it was read.")
            + u'\n';
    return text;
}

ExitCode Cli::run(const QStringList &arguments)
{
    const QString first = arguments.value(0);
    if (first == u"--help"_s || first == u"-h"_s || first == u"help"_s) {
        const QString topic = arguments.value(1);
        for (const CliCommand &command : std::as_const(m_commands)) {
            if (!topic.isEmpty() && command.name == topic) {
                m_context.print(command.helpText());
                return ExitCode::Success;
            }
        }
        if (!topic.isEmpty())
            return m_context.fail(ExitCode::Usage, tr("unknown command \"%1\"").arg(topic));
        m_context.print(usageText());
        return ExitCode::Success;
    }
    if (first == u"--version"_s) {
        m_context.print(u"secdesk-cli "_s + QStringLiteral(SECDESK_VERSION) + u'\n');
        return ExitCode::Success;
    }
    if (first.isEmpty())
        return m_context.fail(ExitCode::Usage, tr("no command given"), usageText());
    for (const CliCommand &command : std::as_const(m_commands)) {
        if (command.name != first)
            continue;
        m_context.commandName = command.name;
        const Result<CliArguments> parsed = command.parse(arguments.mid(1));
        if (!parsed) {
            return m_context.fail(ExitCode::Usage, parsed.error().message,
                                  tr("Usage: secdesk-cli %1").arg(command.synopsis));
        }
        if (parsed->isSet(u"help"_s)) {
            m_context.print(command.helpText());
            return ExitCode::Success;
        }
        return command.handler(m_context, *parsed);
    }
    return m_context.fail(ExitCode::Usage,
                          first.startsWith(u'-') ? tr("unknown option %1").arg(first)
                                                 : tr("unknown command \"%1\"").arg(first),
                          tr("Run \"secdesk-cli --help\" for the list of commands."));
}
