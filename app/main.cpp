// secdesk: the composition root. Builds the core services, injects them and shows the main window; what the command
// line asks for is LaunchOptions' and StartupDriver's.

#include <cstdio>
#include <memory>

#include <QApplication>
#include <QTimer>

#include "app/common/KeychainSecretStore.h"
#include "app/common/Settings.h"
#include "app/common/Translations.h"
#include "app/sandbox/Sandbox.h"
#include "app/sandbox/SandboxDemo.h"
#include "app/store/ClusterSession.h"
#include "app/store/ProfileStore.h"
#include "app/write/BackupStore.h"
#include "app/write/WriteJournal.h"
#include "ui/mainwindow/LaunchOptions.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/ProfileMenu.h"
#include "ui/mainwindow/StartupDriver.h"
#include "ui/theme/Theme.h"

namespace {

// The texts of main() itself (lupdate needs a class to find their context).
struct Main
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("SecDesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("SecDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SECDESK_VERSION));
}

// The language: SECDESK_LANG (scripts, screenshots), else the preference, else the system's.
std::unique_ptr<Settings> settingsAndLanguage()
{
    // Profiles: fields in the settings (SECDESK_SETTINGS=FILE uses that INI file).
    std::unique_ptr<Settings> settings = Settings::fromEnvironment();
    Translations::install(Translations::chosen(settings->uiLanguage()));
    return settings;
}

} // namespace

int main(int argc, char *argv[])
{
    // --help and --version need no display (over SSH, in a container): answered before any window system is touched.
    if (LaunchOptions::asksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        const std::unique_ptr<Settings> settings = settingsAndLanguage();
        (void)LaunchOptions::parse(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setDesktopFileName(QStringLiteral("org.secdesk.SecDesk")); // resources/org.secdesk.SecDesk.desktop
    const std::unique_ptr<Settings> settings = settingsAndLanguage();
    const auto options = LaunchOptions::parse(app);
    if (!options) {
        std::fprintf(stderr, "%s\n", qPrintable(options.error().message));
        return 2;
    }
    Theme::apply(options->palette);

    // Secrets in the keychain, or for this session only when there is none (SECDESK_SECRET_STORE=none: never touch
    // the keychain).
    FallbackSecretStore secrets(KeychainSecretStore::fromEnvironment());
    ProfileStore profiles(settings.get(), &secrets);
    ClusterSession session;
    // Every write keeps a backup and a journal line in the data directory, shared with secdesk-cli.
    BackupStore backups;
    WriteJournal journal;
    MainWindow window(&session, &profiles);
    window.setWriteStores(&backups, &journal);
    window.setSettings(settings.get());
    std::unique_ptr<Sandbox> sandbox;
    QObject::connect(&window, &MainWindow::sandboxRequested, &window, [&] {
        if (!sandbox) {
            sandbox = std::make_unique<Sandbox>();
            const auto url = sandbox->start();
            if (!url) {
                window.showError(Main::tr("The sandbox could not start: %1").arg(url.error().message));
                sandbox.reset();
                return;
            }
            if (const VoidResult written = SandboxDemo::makeWrites(*sandbox, options->demoWrites); !written)
                window.showError(written.error().toString());
        }
        ConnectionSettings connection;
        connection.baseUrl = sandbox->url();
        connection.userName = QStringLiteral("admin");
        connection.password = sandbox->options().adminPassword;
        session.connectTo(connection, Main::tr("Sandbox"));
    });
    new StartupDriver(&window, &session, *options);
    if (!options->profile.isEmpty()) {
        const QString name = options->profile;
        QTimer::singleShot(0, window.profileMenu(), [&window, name] { window.profileMenu()->connectToProfile(name); });
    }
    window.show();
    if (options->sandbox)
        QTimer::singleShot(0, &window, &MainWindow::sandboxRequested);
    return app.exec();
}
