#include "app/cli/CliCommand.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

// The options every command accepts.
const QList<CliOption> &commonOptions()
{
    static const QList<CliOption> options {
        {u"json"_s, {}, CliCommand::tr("Print the result as JSON."), false},
        {u"help"_s, {}, CliCommand::tr("Show this help."), false},
    };
    return options;
}

} // namespace

ExitCode CliContext::fail(ExitCode code, const QString &what, const QString &hint)
{
    const QString prefix = commandName.isEmpty() ? u"secdesk-cli: "_s : u"secdesk-cli %1: "_s.arg(commandName);
    QString text = prefix + what + u'\n';
    if (!hint.isEmpty())
        text += hint + u'\n';
    printError(text);
    return code;
}

Result<CliArguments> CliCommand::parse(const QStringList &arguments) const
{
    auto usageError = [](const QString &message) { return Error {u"cli.usage"_s, message, {}}; };
    auto find = [this](QStringView name) -> const CliOption * {
        for (const QList<CliOption> *list : {&options, &commonOptions()}) {
            for (const CliOption &option : *list) {
                if (option.name == name)
                    return &option;
            }
        }
        return nullptr;
    };

    CliArguments result;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (optionsEnded || !argument.startsWith(u"--"_s) || argument == u"--"_s) {
            if (argument == u"--"_s && !optionsEnded)
                optionsEnded = true;
            else
                result.m_positional.append(argument);
            continue;
        }
        // --name, --name VALUE..., or --name=VALUE for a one-value option.
        QString name = argument.mid(2);
        QStringList values;
        const qsizetype equals = name.indexOf(u'=');
        if (equals >= 0) {
            values.append(name.mid(equals + 1));
            name.truncate(equals);
        }
        const CliOption *option = find(name);
        if (!option)
            return usageError(tr("unknown option --%1").arg(name));
        if (equals >= 0 && option->values.size() != 1)
            return usageError(tr("the option --%1 does not take a value after '='").arg(name));
        while (values.size() < option->values.size()) {
            if (++i >= arguments.size()) {
                return usageError(tr("the option --%1 needs %2").arg(name, option->values.join(QLatin1Char(' '))));
            }
            values.append(arguments.at(i));
        }
        if (result.m_values.contains(name) && !option->repeatable && !option->values.isEmpty())
            return usageError(tr("the option --%1 is given twice").arg(name));
        result.m_values[name].append(values);
    }
    if (result.isSet(u"help"_s))
        return result; // the caller prints help; other arguments do not matter
    const qsizetype count = result.m_positional.size();
    if (count < positionalNames.size() || count > positionalNames.size() + extraPositional) {
        return usageError(QCoreApplication::translate("Cli", "expected %n argument(s) (%1), got %2", nullptr,
                                                      int(positionalNames.size()))
                              .arg(positionalNames.join(QLatin1Char(' ')))
                              .arg(count));
    }
    return result;
}

QString CliCommand::helpText() const
{
    QString text =
        tr("Usage: secdesk-cli %1").arg(synopsis) + u"\n\n"_s + description + u"\n\n"_s + tr("Options:") + u'\n';
    for (const QList<CliOption> *list : {&options, &commonOptions()}) {
        for (const CliOption &option : *list) {
            QString left = u"  --"_s + option.name;
            for (const QString &value : option.values)
                left += u' ' + value;
            text += left.leftJustified(28) + u' ' + option.help + u'\n';
        }
    }
    return text;
}
