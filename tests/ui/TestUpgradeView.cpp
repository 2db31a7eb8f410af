#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

#include "app/models/UpgradeModel.h"
#include "app/store/ClusterSession.h"
#include "app/write/BackupStore.h"
#include "app/write/WriteJournal.h"
#include "tests/sandbox/SandboxTestSupport.h"
#include "tests/support/Screenshot.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/views/upgrade/UpgradeView.h"
#include "ui/views/write/WriteDialog.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/diff/SideBySideDiffView.h"

using namespace Qt::StringLiterals;

// The upgrade assistant in the main window, offscreen, against the in-process sandbox (whose fresh state has an
// upgrade available): check, choose one entity, perform through the write confirmation (Cancel writes nothing),
// the before/after diff, the collision warning, up to date, and "Undo this upgrade".
class TestUpgradeView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<BackupStore> m_backups;
    std::unique_ptr<WriteJournal> m_journal;

    SandboxTest::Reply adminSend(const QByteArray &method, const QString &path, const QByteArray &body = {}) const
    {
        SandboxTest::Client client(m_sandbox->url());
        client.setCredentials(u"admin"_s, u"admin"_s);
        return client.send(method, path, body);
    }

    QJsonObject roles() const { return adminSend("GET", u"/_plugins/_security/api/roles"_s).json(); }

    void connectWindow(MainWindow &window, ClusterSession &session)
    {
        window.setWriteStores(m_backups.get(), m_journal.get());
        window.resize(1300, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ConnectionSettings settings;
        settings.baseUrl = m_sandbox->url();
        settings.userName = u"admin"_s;
        settings.password = u"admin"_s;
        session.connectTo(settings, u"Sandbox"_s);
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ClusterSession::State::Ready, 20000);
    }

    // Opens the assistant from the Cluster menu's action and runs the check.
    static UpgradeView *openAndCheck(MainWindow &window)
    {
        auto *action = window.findChild<QAction *>(u"actionUpgradeAssistant"_s);
        if (!action || action->shortcut() != QKeySequence(u"Ctrl+Shift+U"_s))
            return nullptr;
        action->trigger();
        UpgradeView *view = window.upgradeView();
        if (!window.upgradeDock()->isVisible())
            return nullptr;
        QTest::mouseClick(view->findChild<QPushButton *>(u"upgradeCheckButton"_s), Qt::LeftButton);
        return view;
    }

    static void screenshot(QWidget *widget, const QString &name) { QVERIFY(TestScreenshot::save(widget, name)); }

    static QStringList checkedNames(UpgradeView *view) { return view->model()->checkedEntities(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        qputenv("XDG_DATA_HOME", m_data.path().toLocal8Bit());
    }

    void init()
    {
        m_sandbox = std::make_unique<Sandbox>(SandboxTest::fastOptions());
        QVERIFY(m_sandbox->start().ok());
        m_backups = std::make_unique<BackupStore>(m_data.filePath(u"backups"_s));
        QFile::remove(m_data.filePath(u"journal.jsonl"_s));
        m_journal = std::make_unique<WriteJournal>(m_data.filePath(u"journal.jsonl"_s));
    }

    void cleanup()
    {
        m_sandbox.reset();
        m_journal.reset();
        m_backups.reset();
    }

    void checkPerformOneAndUndo()
    {
        ClusterSession session;
        MainWindow window(&session);
        connectWindow(window, session);
        // Reachable from the Cluster menu.
        bool inClusterMenu = false;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->menu()
                && menu->menu()->actions().contains(window.findChild<QAction *>(u"actionUpgradeAssistant"_s)))
                inClusterMenu = true;
        }
        QVERIFY(inClusterMenu);
        UpgradeView *view = openAndCheck(window);
        QVERIFY(view);
        QTRY_COMPARE_WITH_TIMEOUT(view->state(), UpgradeView::State::Available, 20000);
        UpgradeModel *model = view->model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->rowCount(model->index(0, 0)), 2);
        QCOMPARE(checkedNames(view), (QStringList {u"sandbox_alerts_read"_s, u"sandbox_reports_read"_s}));
        screenshot(&window, u"upgrade-view.png"_s);

        // Uncheck all but one: with the tree's check box (keyboard: space on the row).
        QTest::mouseClick(view->findChild<QPushButton *>(u"upgradeSelectNoneButton"_s), Qt::LeftButton);
        auto *perform = view->findChild<QPushButton *>(u"upgradePerformButton"_s);
        QVERIFY(!perform->isEnabled());
        QTreeView *tree = view->tree();
        const QModelIndex type = tree->model()->index(0, 0);
        QModelIndex alerts;
        for (int row = 0; row < tree->model()->rowCount(type); ++row) {
            const QModelIndex index = tree->model()->index(row, 0, type);
            if (index.data().toString() == u"sandbox_alerts_read"_s)
                alerts = index;
        }
        QVERIFY(alerts.isValid());
        tree->setFocus();
        tree->setCurrentIndex(alerts);
        QTest::keyClick(tree, Qt::Key_Space);
        QCOMPARE(checkedNames(view), QStringList {u"sandbox_alerts_read"_s});
        QVERIFY(perform->isEnabled());

        // Perform goes through the write confirmation; Cancel writes nothing.
        const QJsonObject before = roles();
        QTest::mouseClick(perform, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.writeDialog() && window.writeDialog()->isVisible(), 10000);
        WriteDialog *dialog = window.writeDialog();
        QCOMPARE(dialog->plan().kind, ChangePlan::Kind::Upgrade);
        QCOMPARE(dialog->plan().upgradeEntities, QStringList {u"sandbox_alerts_read"_s});
        QVERIFY(dialog->findChild<QLabel *>(u"writeSummary"_s)->text().contains(u"sandbox_alerts_read"_s));
        QVERIFY(!view->rememberedVersionId().isEmpty());
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"writeCancelButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!window.writeDialog() || !window.writeDialog()->isVisible());
        QCOMPARE(roles(), before);
        QVERIFY(m_journal->entries().isEmpty());

        QTRY_VERIFY(perform->isEnabled());
        QTest::mouseClick(perform, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.writeDialog() && window.writeDialog()->isVisible(), 10000);
        dialog = window.writeDialog();
        QTRY_VERIFY(dialog->findChild<QPushButton *>(u"writeSendButton"_s)->isEnabled());
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"writeSendButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), WriteDialog::Page::Report, 20000);
        QVERIFY2(dialog->report().outcome == WriteReport::Outcome::Applied, qPrintable(dialog->report().text()));
        QVERIFY(roles().contains(u"sandbox_alerts_read"_s));
        QCOMPARE(roles().value(u"sandbox_reports_read"_s), before.value(u"sandbox_reports_read"_s));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"writeCloseButton"_s), Qt::LeftButton);

        // The diff of the performed entity, and a new check listing the rest.
        QTRY_COMPARE_WITH_TIMEOUT(view->resultList()->count(), 1, 10000);
        QVERIFY(view->resultList()->item(0)->text().contains(u"sandbox_alerts_read"_s));
        QVERIFY(view->findChild<QWidget *>(u"upgradeResultPane"_s)->isVisible());
        QVERIFY(view->diffView()->rightPane()->toPlainText().contains(u"cluster:admin/sandbox/alerts/get"_s));
        QVERIFY(!view->diffView()->leftPane()->toPlainText().contains(u"cluster:admin/sandbox/alerts/get"_s));
        QTRY_COMPARE_WITH_TIMEOUT(view->state(), UpgradeView::State::Available, 20000);
        QCOMPARE(checkedNames(view), QStringList {u"sandbox_reports_read"_s});
        screenshot(&window, u"upgrade-diff.png"_s);

        // Undo this upgrade: a rollback to the remembered version, through the same confirmation.
        auto *undo = view->findChild<QPushButton *>(u"upgradeUndoButton"_s);
        QVERIFY(undo->isEnabled());
        const QString remembered = view->rememberedVersionId();
        QTest::mouseClick(undo, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.writeDialog() && window.writeDialog()->isVisible()
                                     && window.writeDialog()->plan().kind == ChangePlan::Kind::Rollback,
                                 10000);
        dialog = window.writeDialog();
        QVERIFY(dialog->plan().steps.first().request.path.endsWith(u"/version/rollback/"_s + remembered));
        QTRY_VERIFY(dialog->findChild<QPushButton *>(u"writeSendButton"_s)->isEnabled());
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"writeSendButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), WriteDialog::Page::Report, 20000);
        QVERIFY2(dialog->report().outcome == WriteReport::Outcome::Applied, qPrintable(dialog->report().text()));
        QCOMPARE(roles(), before);
        QTRY_COMPARE_WITH_TIMEOUT(view->state(), UpgradeView::State::Available, 20000);
        QCOMPARE(view->model()->checkableCount(), 2);
        QVERIFY(!undo->isEnabled());
    }

    void collisionWarnsAndUpToDate()
    {
        // The user's own role, named like the default the upgrade would add.
        const auto put = adminSend("PUT", u"/_plugins/_security/api/roles/sandbox_alerts_read"_s,
                                   R"({"cluster_permissions":["cluster_monitor"]})");
        QCOMPARE(put.status, 201);
        ClusterSession session;
        MainWindow window(&session);
        connectWindow(window, session);
        UpgradeView *view = openAndCheck(window);
        QVERIFY(view);
        QTRY_COMPARE_WITH_TIMEOUT(view->state(), UpgradeView::State::Available, 20000);
        QCOMPARE(view->model()->checkedCollisions().size(), 1);
        QVERIFY(view->findChild<QLabel *>(u"upgradeStatusLabel"_s)->text().contains(u"\u26a0"_s));
        const QModelIndex type = view->tree()->model()->index(0, 0);
        bool warned = false;
        for (int row = 0; row < view->tree()->model()->rowCount(type); ++row) {
            const QModelIndex index = view->tree()->model()->index(row, 0, type);
            if (index.data().toString() == u"sandbox_alerts_read"_s) {
                warned = !index.data(Qt::DecorationRole).isNull()
                         && index.data(Qt::ToolTipRole).toString().contains(u"overwrites"_s);
            }
        }
        QVERIFY(warned);

        // Performing everything: the collision is a danger warning of the confirmation.
        QTest::mouseClick(view->findChild<QPushButton *>(u"upgradePerformButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.writeDialog() && window.writeDialog()->isVisible(), 10000);
        WriteDialog *dialog = window.writeDialog();
        auto *bar = dialog->findChild<MessageBar *>(u"writeLockoutBar"_s);
        QVERIFY(bar->isVisible());
        QTRY_VERIFY(dialog->findChild<QPushButton *>(u"writeSendButton"_s)->isEnabled());
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"writeSendButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), WriteDialog::Page::Report, 20000);
        QVERIFY2(dialog->report().outcome == WriteReport::Outcome::Applied, qPrintable(dialog->report().text()));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"writeCloseButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(view->resultList()->count(), 2, 10000);
        // Nothing left: up to date, explained, not an error.
        QTRY_COMPARE_WITH_TIMEOUT(view->state(), UpgradeView::State::UpToDate, 20000);
        QVERIFY(view->findChild<QLabel *>(u"upgradeStatusLabel"_s)->text().contains(u"Up to date"_s));
        QVERIFY(!view->findChild<QPushButton *>(u"upgradePerformButton"_s)->isEnabled());
        QVERIFY(window.messageBar()->kind() != MessageBar::Kind::Error || !window.messageBar()->isVisible());
    }
};

QTEST_MAIN(TestUpgradeView)
#include "TestUpgradeView.moc"
