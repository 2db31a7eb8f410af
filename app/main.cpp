// secdesk: the composition root. Builds the core services, injects them and shows the main window.

#include <cstdio>
#include <memory>
#include <utility>

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QLineEdit>
#include <QTimer>

#include "app/common/KeychainSecretStore.h"
#include "app/common/Settings.h"
#include "app/common/Translations.h"
#include "app/models/DiffTreeModel.h"
#include "app/models/VersionTimelineModel.h"
#include "app/sandbox/Sandbox.h"
#include "app/sandbox/SandboxDemo.h"
#include "app/store/ClusterSession.h"
#include "app/store/ProfileStore.h"
#include "app/write/BackupStore.h"
#include "app/write/WriteJournal.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/ProfileMenu.h"
#include "ui/theme/Theme.h"
#include "ui/views/compare/CompareMenu.h"
#include "ui/views/compare/CompareView.h"
#include "ui/views/configtree/ConfigTreeView.h"
#include "ui/views/patcheditor/PatchEditorView.h"
#include "ui/views/timeline/TimelineView.h"
#include "ui/views/upgrade/UpgradeView.h"
#include "ui/widgets/diff/DiffTreeView.h"
#include "ui/widgets/diff/SideBySideDiffView.h"

namespace {

// The texts of the command line and of main() itself (lupdate needs a class to find their context).
struct Main
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SecDesk"));
    QApplication::setOrganizationName(QStringLiteral("SecDesk"));
    QApplication::setApplicationVersion(QStringLiteral(SECDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.secdesk.SecDesk")); // resources/org.secdesk.SecDesk.desktop

    // Profiles: fields in the settings (SECDESK_SETTINGS=FILE uses that INI file), secrets in the keychain, or
    // for this session only when there is none (SECDESK_SECRET_STORE=none: never touch the keychain).
    const std::unique_ptr<Settings> settings = Settings::fromEnvironment();
    // The language: SECDESK_LANG (scripts, screenshots), else the preference, else the system's.
    Translations::install(Translations::chosen(settings->uiLanguage()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Main::tr("SecDesk: administration of the OpenSearch Security plugin's configuration."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"), Main::tr("Start on a fresh in-process sandbox."));
    const QCommandLineOption profileOption(QStringLiteral("profile"), Main::tr("Connect to the saved profile <name>."),
                                           QStringLiteral("name"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        Main::tr("Save a picture of the main window to <file> once it has settled, then quit (for documentation)."),
        QStringLiteral("file"));
    const QCommandLineOption filterOption(QStringLiteral("filter"), Main::tr("Start with <text> in the filter box."),
                                          QStringLiteral("text"));
    const QCommandLineOption selectOption(QStringLiteral("select"), Main::tr("Select the node at the JSON <pointer>."),
                                          QStringLiteral("pointer"));
    const QCommandLineOption paletteOption(
        QStringLiteral("palette"), Main::tr("Colours: <scheme> is system (the default), light or dark (Fusion style)."),
        QStringLiteral("scheme"), QStringLiteral("system"));
    const QCommandLineOption demoWritesOption(
        QStringLiteral("demo-writes"),
        Main::tr("With --sandbox: make <n> example writes on it first, so that the version timeline has versions."),
        QStringLiteral("n"));
    const QCommandLineOption showOption(QStringLiteral("show"),
                                        Main::tr("Open <view> once connected: timeline, patch-editor or upgrade."),
                                        QStringLiteral("view"));
    const QCommandLineOption versionOption(QStringLiteral("version-id"),
                                           Main::tr("With --show timeline: select the version <id> (v2, ...)."),
                                           QStringLiteral("id"));
    const QCommandLineOption patchOption(QStringLiteral("patch"),
                                         Main::tr("Open the JSON patch <file> in the patch editor once connected."),
                                         QStringLiteral("file"));
    parser.addOptions({sandboxOption, profileOption, screenshotOption, filterOption, selectOption, paletteOption,
                       demoWritesOption, showOption, versionOption, patchOption});
    const QCommandLineOption compareDirOption(
        QStringLiteral("compare-dir"),
        Main::tr("Once connected, compare with the securityadmin directory <dir> (with --screenshot: a picture of "
                 "the compare window)."),
        QStringLiteral("dir"));
    parser.addOption(compareDirOption);
    parser.process(app);
    bool demoWritesOk = true;
    const int demoWrites = parser.isSet(demoWritesOption) ? parser.value(demoWritesOption).toInt(&demoWritesOk) : 0;
    const QString show = parser.value(showOption);
    if (!demoWritesOk || demoWrites < 0
        || (!show.isEmpty() && show != u"timeline" && show != u"patch-editor" && show != u"upgrade")) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(Main::tr("--demo-writes takes a whole number >= 0, --show timeline, patch-editor or upgrade.")));
        return 2;
    }
    const auto scheme = Theme::schemeFromName(parser.value(paletteOption));
    if (!scheme) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(Main::tr("Unknown --palette %1: use system, light or dark.").arg(parser.value(paletteOption))));
        return 2;
    }
    Theme::apply(*scheme);

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
            if (const VoidResult written = SandboxDemo::makeWrites(*sandbox, demoWrites); !written)
                window.showError(written.error().toString());
        }
        ConnectionSettings settings;
        settings.baseUrl = sandbox->url();
        settings.userName = QStringLiteral("admin");
        settings.password = sandbox->options().adminPassword;
        session.connectTo(settings, Main::tr("Sandbox"));
    });
    if (parser.isSet(profileOption)) {
        const QString name = parser.value(profileOption);
        QTimer::singleShot(0, window.profileMenu(), [&window, name] { window.profileMenu()->connectToProfile(name); });
    }
    window.show();
    if (parser.isSet(sandboxOption))
        QTimer::singleShot(0, &window, &MainWindow::sandboxRequested);

    // --show, --version-id and --patch act once, when the first configuration has been read.
    const QString patchFile = parser.value(patchOption);
    const QString versionId = parser.value(versionOption);
    if (!show.isEmpty() || !patchFile.isEmpty()) {
        auto done = std::make_shared<bool>(false);
        QObject::connect(&session, &ClusterSession::configurationLoaded, &window, [&window, show, patchFile, done] {
            if (std::exchange(*done, true))
                return;
            if (!patchFile.isEmpty()) {
                if (const VoidResult opened = window.patchEditor()->openFile(patchFile); !opened)
                    window.showError(opened.error().toString());
            }
            const QString action = show == u"timeline"  ? QStringLiteral("actionVersionTimeline")
                                   : show == u"upgrade" ? QStringLiteral("actionUpgradeAssistant")
                                                        : QStringLiteral("actionPatchEditor");
            if (auto *toggle = window.findChild<QAction *>(action); toggle && !toggle->isChecked())
                toggle->trigger();
            // The timeline docks below the tree: give it most of the height, its diff panes need it.
            if (auto *dock = window.findChild<QDockWidget *>(QStringLiteral("timelineDock"));
                dock && show == u"timeline")
                QTimer::singleShot(
                    0, dock, [&window, dock] { window.resizeDocks({dock}, {window.height() * 3 / 5}, Qt::Vertical); });
            if (show == u"upgrade")
                window.upgradeView()->check();
        });
    }
    if (!versionId.isEmpty()) {
        // The timeline selects the newest version after each load; this runs after that, once.
        TimelineView *timeline = window.timelineView();
        auto done = std::make_shared<bool>(false);
        QObject::connect(timeline->model(), &QAbstractItemModel::modelReset, timeline, [timeline, versionId, done] {
            QTimer::singleShot(0, timeline, [timeline, versionId, done] {
                if (!*done)
                    *done = timeline->selectVersion(versionId);
            });
        });
    }

    // --compare-dir: the compare window on a securityadmin directory, once the first configuration has been read.
    const QString compareDir = parser.value(compareDirOption);
    if (!compareDir.isEmpty()) {
        auto done = std::make_shared<bool>(false);
        QObject::connect(&session, &ClusterSession::configurationLoaded, &window, [&window, compareDir, done] {
            if (std::exchange(*done, true))
                return;
            window.compareMenu()->openCompareView()->openDirectory(compareDir);
        });
    }

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        const QString filter = parser.value(filterOption);
        const QString select = parser.value(selectOption);
        // What has to be on screen before the picture: the timeline's diff, the patch editor's preview (at most
        // 5 s: a version equal to the live configuration has no diff to wait for).
        auto settled = [&window, show, patchFile, compareDir] {
            if (!compareDir.isEmpty())
                return window.compareMenu()->compareView() && window.compareMenu()->compareView()->hasSource()
                       && !window.compareMenu()->compareView()->sideBySide()->currentLayout().rightLines.isEmpty();
            if (show == u"timeline")
                return !window.timelineView()->diffTree()->model()->changes().isEmpty();
            if (show == u"upgrade")
                return window.upgradeView()->state() != UpgradeView::State::Checking
                       && window.upgradeView()->state() != UpgradeView::State::Idle;
            if (!patchFile.isEmpty())
                return !window.patchEditor()->findChild<DiffTreeView *>()->model()->changes().isEmpty();
            return true;
        };
        auto shoot = [&window, file, filter, select, settled] {
            if (!filter.isEmpty()) {
                auto *edit = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
                edit->setText(filter);
                QMetaObject::invokeMethod(edit, "returnPressed");
            }
            if (!select.isEmpty())
                window.configTreeView()->select(select);
            auto *poll = new QTimer(&window);
            poll->setInterval(100);
            QObject::connect(poll, &QTimer::timeout, &window, [&window, file, settled, poll, ticks = 0]() mutable {
                if (!settled() && ++ticks < 50)
                    return;
                poll->stop();
                QTimer::singleShot(300, &window, [&window, file] {
                    // With --compare-dir the compare window is the picture.
                    QWidget *target = window.compareMenu()->compareView();
                    if (!target || !target->isVisible())
                        target = &window;
                    QApplication::exit(target->grab().save(file) ? 0 : 1);
                });
            });
            poll->start();
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
