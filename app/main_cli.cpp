// secdesk-cli: the headless entry point. Sets up the application object and hands the command line to Cli.

#include <cstdio>
#include <cstdlib>

#include <QCoreApplication>
#include <QFile>

#include "app/cli/Cli.h"
#include "app/common/Translations.h"

namespace {

// stderr belongs to the command's own messages (the first line names what failed): Qt's and the core's log
// output appears only with SECDESK_DEBUG set.
void logHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtFatalMsg && !qEnvironmentVariableIsSet("SECDESK_DEBUG"))
        return;
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(logHandler);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("SecDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("SecDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SECDESK_VERSION));
    // Messages for people follow the shell's locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) or SECDESK_LANG, like
    // other command-line tools; the GUI's language preference does not apply here. Data output is never translated.
    Translations::install(Translations::chosen(QString()));

    // Results go out as raw bytes, never through qDebug or a text codec.
    QFile out;
    QFile err;
    if (!out.open(fileno(stdout), QIODevice::WriteOnly, QFileDevice::DontCloseHandle)
        || !err.open(fileno(stderr), QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle))
        return int(ExitCode::Usage);

    Cli cli(&out, &err);
    const ExitCode code = cli.run(QCoreApplication::arguments().mid(1));
    out.flush();
    return int(code);
}
