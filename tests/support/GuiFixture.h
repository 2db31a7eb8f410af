#pragma once

// GuiFixture: the setup the GUI tests share, so that each test reads as what it checks. A test class holds one as a
// member (GUI thread) and calls it from its slots. It owns a temporary data directory (XDG_DATA_HOME: drafts,
// backups, the journal, a settings file), in-process sandboxes (cheap bcrypt, fixed clock) and a profile store with
// secrets in memory; it sends requests to a sandbox as admin, connects a MainWindow to the sandbox through a
// ClusterSession, opens the docks by their actions and saves pictures. Helpers check with QVERIFY and QTRY_*, so
// a failure is recorded on the test function that called them. The objectNames tests find widgets by are in
// ObjectNames.h.
//
//     GuiFixture m_gui;
//     void initTestCase() { m_gui.initDataDirectory(); }
//     void init() { m_gui.startSandbox(); m_gui.makeWriteStores(); }
//     void cleanup() { m_gui.cleanup(); }
//     void aTest()
//     {
//         ClusterSession session;
//         MainWindow window(&session);
//         m_gui.connectWindow(window, session);
//         TimelineView *timeline = GuiFixture::openTimeline(window);
//         ...

#include <memory>
#include <optional>
#include <vector>

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

#include "app/common/DataDirectory.h"
#include "app/common/SecretStore.h"
#include "app/common/Settings.h"
#include "app/models/ConfigTreeModel.h"
#include "app/models/PatchModel.h"
#include "app/store/ClusterSession.h"
#include "app/store/PatchDraftStore.h"
#include "app/store/ProfileStore.h"
#include "app/write/BackupStore.h"
#include "app/write/WriteJournal.h"
#include "tests/sandbox/SandboxTestSupport.h"
#include "tests/support/ObjectNames.h"
#include "tests/support/Screenshot.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/views/configtree/ConfigTreeView.h"
#include "ui/views/patcheditor/PatchEditorView.h"
#include "ui/views/problems/ProblemsView.h"
#include "ui/views/timeline/TimelineView.h"
#include "ui/views/upgrade/UpgradeView.h"

class GuiFixture
{
public:
    // The main window's docks, each opened by its action (View, Patch and Cluster menus).
    enum class Dock { PatchEditor, Timeline, Upgrade, Problems };

    // How connectWindow() shows the window and names the connection; the defaults, changed by the setters:
    // GuiFixture::Connection().named(u"Production"_s).sized({1300, 900}).
    struct Connection
    {
        QString name = QStringLiteral("Sandbox"); // the session's connection name (the patch draft's too)
        QUrl url;                                 // empty: the sandbox's; else a proxy in front of it
        QSize size = QSize(1400, 900);            // an invalid size leaves the window's own

        Connection &named(const QString &connectionName)
        {
            name = connectionName;
            return *this;
        }
        Connection &through(const QUrl &proxyUrl)
        {
            url = proxyUrl;
            return *this;
        }
        Connection &sized(const QSize &windowSize)
        {
            size = windowSize;
            return *this;
        }
        // The window keeps the size it has (no resize).
        Connection &keepSize() { return sized(QSize()); }
    };

    // For the tests that check the password never shows (in requests, backups, the journal): the demo's "admin"
    // is also the user name, so it would be found everywhere.
    static inline const QString SecretAdminPassword = QStringLiteral("Adm1n-Sandbox-Secret!");
    static inline const QString AdminUser = QStringLiteral("admin");
    // Connecting, reading the whole configuration and building the tree, on a busy machine.
    static constexpr int ConnectTimeoutMs = 20000;

    GuiFixture() = default;
    GuiFixture(const GuiFixture &) = delete;
    GuiFixture &operator=(const GuiFixture &) = delete;
    ~GuiFixture() { cleanup(); }

    // SandboxTest::fastOptions() (bcrypt cost 4, a fixed clock), with this admin password when one is given.
    static SandboxOptions sandboxOptions(const QString &adminPassword = QString())
    {
        SandboxOptions options = SandboxTest::fastOptions();
        if (!adminPassword.isEmpty())
            options.adminPassword = adminPassword;
        return options;
    }

    // ---- The data directory --------------------------------------------------------------------------------

    // A fresh temporary directory as XDG_DATA_HOME, so DataDirectory::path() (drafts, backups, the journal) is in
    // it and never the user's own. Call it from initTestCase(), before any window exists.
    void initDataDirectory()
    {
        QVERIFY(m_data.isValid());
        qputenv("XDG_DATA_HOME", m_data.path().toLocal8Bit());
        QVERIFY(DataDirectory::path().startsWith(m_data.path()));
    }

    // The temporary directory (XDG_DATA_HOME), or `name` in it.
    QString dataPath(const QString &name = QString()) const
    {
        return name.isEmpty() ? m_data.path() : m_data.filePath(name);
    }

    // Where the app keeps backups and its journal when nothing else is injected; makeWriteStores() uses them too.
    static QString backupsPath() { return DataDirectory::path() + QStringLiteral("/backups"); }
    static QString journalPath() { return DataDirectory::path() + QStringLiteral("/journal.jsonl"); }

    // A BackupStore and a WriteJournal at those paths, which connectWindow() gives the window (setWriteStores),
    // so a test can read them. Without them the window makes its own there on the first write.
    void makeWriteStores()
    {
        m_backups = std::make_unique<BackupStore>(backupsPath());
        m_journal = std::make_unique<WriteJournal>(journalPath());
    }
    BackupStore *backups() const { return m_backups.get(); }
    WriteJournal *journal() const { return m_journal.get(); }

    // Deletes the backups and the journal that writes left (the stores stay). Only in the temporary directory:
    // without initDataDirectory() it does nothing.
    void removeWriteFiles() const
    {
        if (!ownsDataDirectory())
            return;
        QDir(backupsPath()).removeRecursively();
        QFile::remove(journalPath());
    }

    // Discards the saved patch draft of this connection name, so no draft of an earlier test is restored.
    void discardDraft(const QString &name = QStringLiteral("Sandbox")) const
    {
        QVERIFY2(ownsDataDirectory(), "initDataDirectory() first: this would discard the user's own draft");
        PatchDraftStore drafts;
        drafts.setDraftName(name);
        drafts.discard();
    }

    // ---- Profiles ------------------------------------------------------------------------------------------

    // A ProfileStore over settingsFile() with secrets in memory (never the keychain); replaces an earlier one.
    void makeProfileStore()
    {
        m_profiles.reset();
        m_settings = std::make_unique<Settings>(settingsFile());
        m_secrets = std::make_unique<MemorySecretStore>();
        m_profiles = std::make_unique<ProfileStore>(m_settings.get(), m_secrets.get());
    }
    QString settingsFile() const { return dataPath(QStringLiteral("SecDesk.ini")); }
    Settings *settings() const { return m_settings.get(); }
    MemorySecretStore *secrets() const { return m_secrets.get(); }
    ProfileStore *profiles() const { return m_profiles.get(); }

    // Saves a profile with its password and waits until the store says it is saved.
    void saveProfile(const ConnectionProfile &profile, const QString &password)
    {
        QVERIFY2(m_profiles, "makeProfileStore() first");
        std::optional<Result<QString>> saved;
        QObject context; // the job may outlive a failed wait; the lambda must not
        QObject::connect(m_profiles->save(profile, password, QString()), &SecretJob::finished, &context,
                         [&saved](const Result<QString> &result) { saved = result; });
        QTRY_VERIFY(saved.has_value());
        QVERIFY2(saved->ok(), saved->ok() ? "" : qPrintable(saved->error().toString()));
    }

    // ---- Sandboxes -----------------------------------------------------------------------------------------

    // Starts the sandbox the windows connect to, in place of an earlier one.
    void startSandbox(SandboxOptions options = sandboxOptions())
    {
        m_sandbox.reset();
        m_sandbox = std::make_unique<Sandbox>(std::move(options));
        const auto started = m_sandbox->start();
        QVERIFY2(started.ok(), started.ok() ? "" : qPrintable(started.error().toString()));
    }

    // Starts one more sandbox (another cluster), stopped with the others; null when it did not start.
    Sandbox *startOtherSandbox(SandboxOptions options)
    {
        auto sandbox = std::make_unique<Sandbox>(std::move(options));
        if (const auto started = sandbox->start(); !started.ok()) {
            qWarning("the other sandbox did not start: %s", qPrintable(started.error().toString()));
            return nullptr;
        }
        m_others.push_back(std::move(sandbox));
        return m_others.back().get();
    }

    Sandbox *sandbox() const { return m_sandbox.get(); }

    void stopSandboxes()
    {
        m_sandbox.reset();
        m_others.clear();
    }

    // A request to the sandbox as admin (with its admin password), answered before this returns.
    SandboxTest::Reply adminSend(const QByteArray &method, const QString &path, const QByteArray &body = {}) const
    {
        if (!m_sandbox) {
            qWarning("adminSend: no sandbox started");
            return {};
        }
        return adminSend(*m_sandbox, method, path, body);
    }
    static SandboxTest::Reply adminSend(const Sandbox &sandbox, const QByteArray &method, const QString &path,
                                        const QByteArray &body = {})
    {
        SandboxTest::Client client(sandbox.url());
        client.setCredentials(AdminUser, sandbox.options().adminPassword);
        return client.send(method, path, body);
    }

    // How a session reaches the sandbox (or `url`, a proxy in front of it) as admin.
    ConnectionSettings adminSettings(const QUrl &url = QUrl()) const
    {
        ConnectionSettings settings;
        settings.baseUrl = url.isEmpty() && m_sandbox ? m_sandbox->url() : url;
        settings.userName = AdminUser;
        settings.password = m_sandbox ? m_sandbox->options().adminPassword : QString();
        return settings;
    }

    // A loopback port nobody listens on (free a moment ago): connecting to it is refused. 0 when none was found.
    static quint16 closedPort()
    {
        QTcpServer probe;
        return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
    }

    // ---- Windows -------------------------------------------------------------------------------------------

    // Resizes (with a valid size), shows and waits until the window system exposed it.
    static void show(QWidget &widget, const QSize &size = QSize())
    {
        if (size.isValid())
            widget.resize(size);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));
    }

    // Connects the session to the sandbox as admin and waits until it is Ready (the configuration is read).
    void connectSession(ClusterSession &session, const QString &name = QStringLiteral("Sandbox"),
                        const QUrl &url = QUrl()) const
    {
        QVERIFY2(m_sandbox, "startSandbox() first");
        session.connectTo(adminSettings(url), name);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ClusterSession::State::Ready, ConnectTimeoutMs);
    }

    // The window on the sandbox, as a user finds it after connecting: writes going to the fixture's stores (when
    // makeWriteStores() made them), shown, the session Ready, and the tree and the patch editor showing the
    // configuration the session read.
    void connectWindow(MainWindow &window, ClusterSession &session) const
    {
        connectWindow(window, session, Connection());
    }
    void connectWindow(MainWindow &window, ClusterSession &session, const Connection &connection) const
    {
        if (m_backups)
            window.setWriteStores(m_backups.get(), m_journal.get());
        show(window, connection.size);
        if (QTest::currentTestFailed())
            return;
        connectSession(session, connection.name, connection.url);
        if (QTest::currentTestFailed())
            return;
        waitForConfiguration(window, session);
    }

    // Waits until the tree (built on a worker) and the patch editor have the session's configuration.
    static void waitForConfiguration(const MainWindow &window, const ClusterSession &session)
    {
        auto *tree = qobject_cast<ConfigTreeModel *>(window.configTreeView()->tree()->model());
        QVERIFY(tree);
        QTRY_VERIFY_WITH_TIMEOUT(tree->configuration() == session.configuration().document, ConnectTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(window.patchEditor()->model()->baseDocument() == session.configuration().document,
                                 ConnectTimeoutMs);
    }

    // ---- Docks ---------------------------------------------------------------------------------------------

    static QString actionName(Dock dock)
    {
        switch (dock) {
        case Dock::PatchEditor:
            return ObjectNames::actionPatchEditor;
        case Dock::Timeline:
            return ObjectNames::actionVersionTimeline;
        case Dock::Upgrade:
            return ObjectNames::actionUpgradeAssistant;
        case Dock::Problems:
            return ObjectNames::actionProblems;
        }
        return {};
    }
    static QString dockName(Dock dock)
    {
        switch (dock) {
        case Dock::PatchEditor:
            return ObjectNames::patchEditorDock;
        case Dock::Timeline:
            return ObjectNames::timelineDock;
        case Dock::Upgrade:
            return ObjectNames::upgradeDock;
        case Dock::Problems:
            return ObjectNames::problemsDock;
        }
        return {};
    }

    // Opens the dock with its action, as its menu entry or keyboard shortcut would: the action must exist and have
    // a shortcut, and the (shown) window shows the dock at once. A dock that is open stays open (the action
    // toggles). Null, with a warning saying why, otherwise.
    static QDockWidget *openDock(MainWindow &window, Dock dock)
    {
        auto *action = window.findChild<QAction *>(actionName(dock));
        auto *widget = window.findChild<QDockWidget *>(dockName(dock));
        if (!action || !widget) {
            qWarning("openDock: no action %s or no dock %s", qPrintable(actionName(dock)), qPrintable(dockName(dock)));
            return nullptr;
        }
        if (action->shortcut().isEmpty()) {
            qWarning("openDock: %s has no keyboard shortcut", qPrintable(actionName(dock)));
            return nullptr;
        }
        if (!widget->isVisible())
            action->trigger();
        if (!widget->isVisible()) {
            qWarning("openDock: %s did not show %s", qPrintable(actionName(dock)), qPrintable(dockName(dock)));
            return nullptr;
        }
        return widget;
    }
    static PatchEditorView *openPatchEditor(MainWindow &window)
    {
        return openDock(window, Dock::PatchEditor) ? window.patchEditor() : nullptr;
    }
    static TimelineView *openTimeline(MainWindow &window)
    {
        return openDock(window, Dock::Timeline) ? window.timelineView() : nullptr;
    }
    static UpgradeView *openUpgradeAssistant(MainWindow &window)
    {
        return openDock(window, Dock::Upgrade) ? window.upgradeView() : nullptr;
    }
    static ProblemsView *openProblems(MainWindow &window)
    {
        return openDock(window, Dock::Problems) ? window.problemsView() : nullptr;
    }

    // ---- Pictures ------------------------------------------------------------------------------------------

    // The README's pictures: saved as SECDESK_SCREENSHOT_DIR/name when that is set (TestScreenshot::save).
    static void screenshot(QWidget *widget, const QString &name) { QVERIFY(TestScreenshot::save(widget, name)); }

    // The widget as it looks now, saved at `path`: layouts asked for by the last changes are done first.
    static bool grabTo(QWidget *widget, const QString &path)
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        return widget->grab().save(path);
    }

    // ---- Between test functions ----------------------------------------------------------------------------

    // For cleanup() slots: stops the sandboxes, drops the write stores and deletes what writes left.
    void cleanup()
    {
        stopSandboxes();
        m_journal.reset();
        m_backups.reset();
        removeWriteFiles();
    }

private:
    // Whether DataDirectory::path() is in the temporary directory (initDataDirectory() was called).
    bool ownsDataDirectory() const
    {
        return m_data.isValid() && qEnvironmentVariable("XDG_DATA_HOME") == m_data.path()
               && DataDirectory::path().startsWith(m_data.path());
    }

    QTemporaryDir m_data;
    std::unique_ptr<Sandbox> m_sandbox;
    std::vector<std::unique_ptr<Sandbox>> m_others;
    std::unique_ptr<BackupStore> m_backups;
    std::unique_ptr<WriteJournal> m_journal;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_profiles;
};
