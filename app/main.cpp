// secdesk: the composition root. Builds the core services, injects them and shows the main window.

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include "ui/mainwindow/MainWindow.h"

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SecDesk"));
    QApplication::setOrganizationName(QStringLiteral("SecDesk"));
    QApplication::setApplicationVersion(QStringLiteral(SECDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("secdesk"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("secdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "SecDesk: administration of the OpenSearch Security plugin's configuration."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
                                     QApplication::translate("main", "Start on a fresh in-process sandbox."));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QApplication::translate("main", "Connect to the saved profile <name>."),
                                     QStringLiteral("name"));
    parser.addOption(sandbox);
    parser.addOption(profile);
    parser.process(app);

    MainWindow window;
    window.show();
    return app.exec();
}
