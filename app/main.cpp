// secdesk: the composition root. Builds the core services, injects them and shows the main window.

#include <memory>

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include "app/common/KeychainSecretStore.h"
#include "app/common/Settings.h"
#include "app/sandbox/Sandbox.h"
#include "app/store/ClusterSession.h"
#include "app/store/ProfileStore.h"
#include "app/write/BackupStore.h"
#include "app/write/WriteJournal.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/ProfileMenu.h"
#include "ui/views/configtree/ConfigTreeView.h"

namespace {

QString tr(const char *text)
{
    return QApplication::translate("main", text);
}

} // namespace

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
    parser.setApplicationDescription(tr("SecDesk: administration of the OpenSearch Security plugin's configuration."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"), tr("Start on a fresh in-process sandbox."));
    const QCommandLineOption profileOption(QStringLiteral("profile"), tr("Connect to the saved profile <name>."),
                                           QStringLiteral("name"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        tr("Save a picture of the main window to <file> once it has settled, then quit (for documentation)."),
        QStringLiteral("file"));
    const QCommandLineOption filterOption(QStringLiteral("filter"), tr("Start with <text> in the filter box."),
                                          QStringLiteral("text"));
    const QCommandLineOption selectOption(QStringLiteral("select"), tr("Select the node at the JSON <pointer>."),
                                          QStringLiteral("pointer"));
    parser.addOptions({sandboxOption, profileOption, screenshotOption, filterOption, selectOption});
    parser.process(app);

    // Profiles: fields in the settings (SECDESK_SETTINGS=FILE uses that INI file), secrets in the keychain, or
    // for this session only when there is none (SECDESK_SECRET_STORE=none: never touch the keychain).
    const std::unique_ptr<Settings> settings = Settings::fromEnvironment();
    FallbackSecretStore secrets(KeychainSecretStore::fromEnvironment());
    ProfileStore profiles(settings.get(), &secrets);
    ClusterSession session;
    // Every write keeps a backup and a journal line in the data directory, shared with secdesk-cli.
    BackupStore backups;
    WriteJournal journal;
    MainWindow window(&session, &profiles);
    window.setWriteStores(&backups, &journal);
    std::unique_ptr<Sandbox> sandbox;
    QObject::connect(&window, &MainWindow::sandboxRequested, &window, [&] {
        if (!sandbox) {
            sandbox = std::make_unique<Sandbox>();
            const auto url = sandbox->start();
            if (!url) {
                window.showError(tr("The sandbox could not start: %1").arg(url.error().message));
                sandbox.reset();
                return;
            }
        }
        ConnectionSettings settings;
        settings.baseUrl = sandbox->url();
        settings.userName = QStringLiteral("admin");
        settings.password = sandbox->options().adminPassword;
        session.connectTo(settings, tr("Sandbox"));
    });
    if (parser.isSet(profileOption)) {
        const QString name = parser.value(profileOption);
        QTimer::singleShot(0, window.profileMenu(), [&window, name] { window.profileMenu()->connectToProfile(name); });
    }
    window.show();
    if (parser.isSet(sandboxOption))
        QTimer::singleShot(0, &window, &MainWindow::sandboxRequested);

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        const QString filter = parser.value(filterOption);
        const QString select = parser.value(selectOption);
        auto shoot = [&window, file, filter, select] {
            if (!filter.isEmpty()) {
                auto *edit = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
                edit->setText(filter);
                QMetaObject::invokeMethod(edit, "returnPressed");
            }
            if (!select.isEmpty())
                window.configTreeView()->select(select);
            QTimer::singleShot(300, &window, [&window, file] { QApplication::exit(window.grab().save(file) ? 0 : 1); });
        };
        if (parser.isSet(sandboxOption)) {
            QObject::connect(&session, &ClusterSession::stateChanged, &window, [&session, shoot] {
                if (session.state() == ClusterSession::State::Ready || session.state() == ClusterSession::State::Failed)
                    QTimer::singleShot(200, shoot);
            });
        } else {
            QTimer::singleShot(500, &window, shoot);
        }
    }
    return app.exec();
}
