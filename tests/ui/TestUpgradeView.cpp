#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeView>
#include <QtTest>

#include "app/models/UpgradeModel.h"
#include "app/store/ClusterSession.h"
#include "tests/support/GuiFixture.h"
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
    GuiFixture m_gui;

    QJsonObject roles() const { return m_gui.adminSend("GET", u"/_plugins/_security/api/roles"_s).json(); }

    // Opens the assistant from the Cluster menu's action and runs the check.
    static UpgradeView *openAndCheck(MainWindow &window)
    {
        auto *action = window.findChild<QAction *>(ObjectNames::actionUpgradeAssistant);
        if (!action || action->shortcut() != QKeySequence(u"Ctrl+Shift+U"_s))
            return nullptr;
        UpgradeView *view = GuiFixture::openUpgradeAssistant(window);
        if (!view || !window.upgradeDock()->isVisible())
            return nullptr;
        QTest::mouseClick(view->findChild<QPushButton *>(ObjectNames::upgradeCheckButton), Qt::LeftButton);
        return view;
    }

    static QStringList checkedNames(UpgradeView *view) { return view->model()->checkedEntities(); }

private slots:
    void initTestCase() { m_gui.initDataDirectory(); }

    void init()
    {
        m_gui.startSandbox();
        m_gui.makeWriteStores();
    }

    void cleanup() { m_gui.cleanup(); }

    void checkPerformOneAndUndo()
    {
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session, GuiFixture::Connection().sized({1300, 900}));
        // Reachable from the Cluster menu.
        bool inClusterMenu = false;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->menu()
                && menu->menu()->actions().contains(window.findChild<QAction *>(ObjectNames::actionUpgradeAssistant)))
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
        GuiFixture::screenshot(&window, u"upgrade-view.png"_s);

        // Uncheck all but one: with the tree's check box (keyboard: space on the row).
        QTest::mouseClick(view->findChild<QPushButton *>(ObjectNames::upgradeSelectNoneButton), Qt::LeftButton);
        auto *perform = view->findChild<QPushButton *>(ObjectNames::upgradePerformButton);
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
        QVERIFY(dialog->findChild<QLabel *>(ObjectNames::writeSummary)->text().contains(u"sandbox_alerts_read"_s));
        QVERIFY(!view->rememberedVersionId().isEmpty());
        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectNames::writeCancelButton), Qt::LeftButton);
        QTRY_VERIFY(!window.writeDialog() || !window.writeDialog()->isVisible());
        QCOMPARE(roles(), before);
        QVERIFY(m_gui.journal()->entries().isEmpty());

        QTRY_VERIFY(perform->isEnabled());
        QTest::mouseClick(perform, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.writeDialog() && window.writeDialog()->isVisible(), 10000);
        dialog = window.writeDialog();
        QTRY_VERIFY(dialog->findChild<QPushButton *>(ObjectNames::writeSendButton)->isEnabled());
        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectNames::writeSendButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), WriteDialog::Page::Report, 20000);
        QVERIFY2(dialog->report().outcome == WriteReport::Outcome::Applied, qPrintable(dialog->report().text()));
        QVERIFY(roles().contains(u"sandbox_alerts_read"_s));
        QCOMPARE(roles().value(u"sandbox_reports_read"_s), before.value(u"sandbox_reports_read"_s));
        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectNames::writeCloseButton), Qt::LeftButton);

        // The diff of the performed entity, and a new check listing the rest.
        QTRY_COMPARE_WITH_TIMEOUT(view->resultList()->count(), 1, 10000);
        QVERIFY(view->resultList()->item(0)->text().contains(u"sandbox_alerts_read"_s));
        QVERIFY(view->findChild<QWidget *>(ObjectNames::upgradeResultPane)->isVisible());
        QVERIFY(view->diffView()->rightPane()->toPlainText().contains(u"cluster:admin/sandbox/alerts/get"_s));
        QVERIFY(!view->diffView()->leftPane()->toPlainText().contains(u"cluster:admin/sandbox/alerts/get"_s));
        QTRY_COMPARE_WITH_TIMEOUT(view->state(), UpgradeView::State::Available, 20000);
        QCOMPARE(checkedNames(view), QStringList {u"sandbox_reports_read"_s});
        GuiFixture::screenshot(&window, u"upgrade-diff.png"_s);

        // Undo this upgrade: a rollback to the remembered version, through the same confirmation.
        auto *undo = view->findChild<QPushButton *>(ObjectNames::upgradeUndoButton);
        QVERIFY(undo->isEnabled());
        const QString remembered = view->rememberedVersionId();
        QTest::mouseClick(undo, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.writeDialog() && window.writeDialog()->isVisible()
                                     && window.writeDialog()->plan().kind == ChangePlan::Kind::Rollback,
                                 10000);
        dialog = window.writeDialog();
        QVERIFY(dialog->plan().steps.first().request.path.endsWith(u"/version/rollback/"_s + remembered));
        QTRY_VERIFY(dialog->findChild<QPushButton *>(ObjectNames::writeSendButton)->isEnabled());
        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectNames::writeSendButton), Qt::LeftButton);
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
        const auto put = m_gui.adminSend("PUT", u"/_plugins/_security/api/roles/sandbox_alerts_read"_s,
                                         R"({"cluster_permissions":["cluster_monitor"]})");
        QCOMPARE(put.status, 201);
        // Somebody holds the default the upgrade modifies: the confirmation names them, and the report what they
        // gained.
        QCOMPARE(m_gui
                     .adminSend("PUT", u"/_plugins/_security/api/rolesmapping/sandbox_reports_read"_s,
                                R"({"users":["viewer"]})")
                     .status,
                 201);
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session, GuiFixture::Connection().sized({1300, 900}));
        UpgradeView *view = openAndCheck(window);
        QVERIFY(view);
        QTRY_COMPARE_WITH_TIMEOUT(view->state(), UpgradeView::State::Available, 20000);
        QCOMPARE(view->model()->checkedCollisions().size(), 1);
        QVERIFY(view->findChild<QLabel *>(ObjectNames::upgradeStatusLabel)->text().contains(u"\u26a0"_s));
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
        QTest::mouseClick(view->findChild<QPushButton *>(ObjectNames::upgradePerformButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.writeDialog() && window.writeDialog()->isVisible(), 10000);
        WriteDialog *dialog = window.writeDialog();
        auto *bar = dialog->findChild<MessageBar *>(ObjectNames::writeLockoutBar);
        QVERIFY(bar->isVisible());
        auto *access = dialog->findChild<QLabel *>(u"writeAccessSummary"_s);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->accessReady(), 10000);
        QVERIFY(access->isVisible());
        QVERIFY2(access->text().contains(u"user viewer (sandbox_reports_read)"_s)
                     && access->text().contains(u"once it is done"_s),
                 qPrintable(access->text()));
        QVERIFY(!access->text().contains(u"secadmin"_s)); // holds neither role
        GuiFixture::screenshot(dialog, u"upgrade-confirm-access.png"_s);
        QTRY_VERIFY(dialog->findChild<QPushButton *>(ObjectNames::writeSendButton)->isEnabled());
        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectNames::writeSendButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), WriteDialog::Page::Report, 20000);
        QVERIFY2(dialog->report().outcome == WriteReport::Outcome::Applied, qPrintable(dialog->report().text()));
        // What it changed in access, from the roles before and read back: viewer gains the definitions.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->accessReady(), 20000);
        const QStringList changed = dialog->accessChanges().lines();
        QVERIFY2(changed.size() == 1 && changed.first().startsWith(u"user viewer: gains "_s)
                     && changed.first().contains(u"cluster:admin/sandbox/reports/definition/get on the cluster"_s),
                 qPrintable(changed.join(u'\n')));
        auto *reportTabs = dialog->findChild<QTabWidget *>(u"writeReportTabs"_s);
        auto *reportAccess = dialog->findChild<QWidget *>(u"writeReportAccessChanges"_s);
        QVERIFY(reportTabs->indexOf(reportAccess) >= 0);
        QVERIFY(dialog->findChild<QLabel *>(ObjectNames::writeOutcome)->text().contains(u"Access: "_s));
        reportTabs->setCurrentWidget(reportAccess);
        GuiFixture::screenshot(dialog, u"upgrade-access.png"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectNames::writeCloseButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(view->resultList()->count(), 2, 10000);
        // Nothing left: up to date, explained, not an error.
        QTRY_COMPARE_WITH_TIMEOUT(view->state(), UpgradeView::State::UpToDate, 20000);
        QVERIFY(view->findChild<QLabel *>(ObjectNames::upgradeStatusLabel)->text().contains(u"Up to date"_s));
        QVERIFY(!view->findChild<QPushButton *>(ObjectNames::upgradePerformButton)->isEnabled());
        QVERIFY(window.messageBar()->kind() != MessageBar::Kind::Error || !window.messageBar()->isVisible());
    }
};

QTEST_MAIN(TestUpgradeView)
#include "TestUpgradeView.moc"
