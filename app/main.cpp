// secdesk: the composition root. Builds the core services, injects them and shows the main window.

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
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
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the main window to <file> once it is shown, then quit."),
        QStringLiteral("file"));
    parser.addOption(sandbox);
    parser.addOption(profile);
    parser.addOption(screenshot);
    parser.process(app);

    MainWindow window;
    window.show();
    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(500, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
