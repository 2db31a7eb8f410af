#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeView>
#include <QtTest>

#include "app/models/ConfigTreeModel.h"
#include "app/models/DiffTreeModel.h"
#include "app/models/VersionTimelineModel.h"
#include "app/store/ClusterSession.h"
#include "app/store/VersionStore.h"
#include "tests/sandbox/SandboxTestSupport.h"
#include "tests/support/GuiFixture.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/views/configtree/ConfigTreeView.h"
#include "ui/views/timeline/TimelineView.h"
#include "ui/views/write/WriteDialog.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/diff/DiffTreeView.h"
#include "ui/widgets/diff/SideBySideDiffView.h"

using namespace Qt::StringLiterals;

// The version timeline in the main window, offscreen, against the in-process sandbox: the list, the diffs,
// rollback through the write confirmation (Cancel writes nothing), selective restore, versioning off, and blame.
class TestTimeline : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_gui;

    void startSandbox(bool versioning = true)
    {
        SandboxOptions options = GuiFixture::sandboxOptions(GuiFixture::SecretAdminPassword);
        options.modifiedBy = SandboxOptions::ModifiedBy::User;
        options.versioning = versioning;
        m_gui.startSandbox(options);
    }

    void putRole(const QString &name, const QByteArray &body)
    {
        const SandboxTest::Reply reply = m_gui.adminSend("PUT", u"/_plugins/_security/api/roles/"_s + name, body);
        QVERIFY2(reply.status == 200 || reply.status == 201, reply.body.constData());
    }

    QJsonObject role(const QString &name) const
    {
        return m_gui.adminSend("GET", u"/_plugins/_security/api/roles/"_s + name).json().value(name).toObject();
    }

    int versionCount() const
    {
        return m_gui.adminSend("GET", u"/_plugins/_security/api/versions"_s)
            .json()
            .value(u"versions"_s)
            .toArray()
            .size();
    }

    // Two writes over the API: v2 adds tl_a, v3 adds tl_b.
    void twoWrites()
    {
        putRole(u"tl_a"_s, R"({"description":"A","cluster_permissions":["cluster_monitor"]})");
        putRole(u"tl_b"_s, R"({"description":"B","cluster_permissions":["cluster_monitor"]})");
        QTRY_COMPARE_WITH_TIMEOUT(versionCount(), 3, 10000);
    }

    static QStringList listedIds(TimelineView *view)
    {
        QStringList ids;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            ids << view->model()->index(row, 0).data(VersionTimelineModel::IdRole).toString();
        return ids;
    }

    static QStringList changedPointers(TimelineView *view)
    {
        QStringList pointers;
        for (const JsonChange &change : view->diffTree()->model()->changes())
            pointers << change.path.toString();
        return pointers;
    }

    static bool selectDiffEntity(TimelineView *view, const QString &pointer)
    {
        const QModelIndex index = view->diffTree()->model()->indexForPointer(pointer);
        if (!index.isValid())
            return false;
        view->diffTree()->tree()->setCurrentIndex(index);
        return true;
    }

private slots:
    void initTestCase() { m_gui.initDataDirectory(); }
    void init() { m_gui.makeWriteStores(); }
    void cleanup() { m_gui.cleanup(); }

    void listsVersionsAndDiffsAgainstLive()
    {
        startSandbox();
        twoWrites();
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        TimelineView *view = GuiFixture::openTimeline(window);
        QVERIFY(view);
        QTRY_VERIFY(view->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(listedIds(view), QStringList({u"v3"_s, u"v2"_s, u"v1"_s}), 10000);
        QCOMPARE(view->model()->index(0, 0).data(VersionTimelineModel::ChangeCountsRole).toMap().value(u"roles"_s),
                 QVariant(1));
        QCOMPARE(view->model()->index(1, 0).data(VersionTimelineModel::ChangeCountsRole).toMap().value(u"roles"_s),
                 QVariant(1));
        QVERIFY(view->findChild<QPushButton *>(ObjectNames::timelineRollbackButton)->isEnabled());
        QVERIFY(view->findChild<QPushButton *>(ObjectNames::timelineUndoButton)->isEnabled());
        QVERIFY(!view->findChild<QLabel *>(ObjectNames::timelineMessage)->isVisible());

        // v1 against live: both roles added since.
        QVERIFY(view->selectVersion(u"v1"_s));
        QTRY_VERIFY(changedPointers(view).contains(u"/roles/tl_a"_s));
        QVERIFY(changedPointers(view).contains(u"/roles/tl_b"_s));
        QVERIFY(!view->sideBySide()->currentLayout().rightText().contains(u"$2"_s)); // no hashes
        // v1 against v2: only tl_a.
        QVERIFY(view->setCompareWith(u"v2"_s));
        QTRY_COMPARE(changedPointers(view), QStringList {u"/roles/tl_a"_s});
        QVERIFY(view->setCompareWith(QString()));
        QTRY_COMPARE_WITH_TIMEOUT(changedPointers(view).size(), 2, 3000);
        // v2's whole configuration (built while its tab is shown): hashes only when revealed on purpose, and hidden
        // again for another version.
        auto *tabs = view->findChild<QTabWidget *>(ObjectNames::timelineTabs);
        tabs->setCurrentIndex(1);
        QVERIFY(view->selectVersion(u"v2"_s));
        const auto adminHash = [view] {
            return view->configurationModel()->configuration()[u"internalusers"_s][u"admin"_s][u"hash"_s].toString();
        };
        QTRY_VERIFY(view->configurationModel()->configuration()[u"roles"_s].toObject().contains(u"tl_a"_s));
        QVERIFY(!view->configurationModel()->configuration()[u"roles"_s].toObject().contains(u"tl_b"_s));
        QCOMPARE(adminHash(), QString());
        auto *reveal = view->findChild<QCheckBox *>(ObjectNames::timelineRevealHashes);
        reveal->setChecked(true);
        QTRY_VERIFY(adminHash().startsWith(u"$2"_s));
        QVERIFY(view->selectVersion(u"v1"_s));
        QVERIFY(!reveal->isChecked());
        QTRY_VERIFY(view->configurationModel()->configuration().contains(u"roles"_s) && adminHash().isEmpty());
        GuiFixture::screenshot(view, u"timeline-configuration.png"_s); // hashes hidden
        tabs->setCurrentIndex(0);
        window.findChild<QDockWidget *>(ObjectNames::timelineDock)->resize(1400, 500);
        GuiFixture::screenshot(&window, u"timeline-main.png"_s);
        GuiFixture::screenshot(view, u"timeline.png"_s);
    }

    void rollbackConfirmationCancelThenSend()
    {
        startSandbox();
        twoWrites();
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        TimelineView *view = GuiFixture::openTimeline(window);
        QVERIFY(view);
        QTRY_COMPARE_WITH_TIMEOUT(listedIds(view).size(), 3, 10000);
        QVERIFY(view->selectVersion(u"v1"_s));
        QTest::mouseClick(view->findChild<QPushButton *>(ObjectNames::timelineRollbackButton), Qt::LeftButton);
        WriteDialog *dialog = window.writeDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->page(), WriteDialog::Page::Confirm);
        QCOMPARE(dialog->plan().kind, ChangePlan::Kind::Rollback);
        QStringList planned;
        for (const JsonChange &change : dialog->plan().changes())
            planned << change.path.toString();
        planned.sort();
        QCOMPARE(planned, QStringList({u"/roles/tl_a"_s, u"/roles/tl_b"_s}));
        QTRY_VERIFY(dialog->findChild<QLabel *>(ObjectNames::writeSummary)->text().contains(u"roles: 2"_s));
        auto *cancel = dialog->findChild<QPushButton *>(ObjectNames::writeCancelButton);
        QVERIFY(cancel->isDefault());
        GuiFixture::screenshot(dialog, u"timeline-rollback-confirm.png"_s);

        // Cancel writes nothing.
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(!window.writeDialog() || !window.writeDialog()->isVisible());
        QCOMPARE(versionCount(), 3);
        QVERIFY(!role(u"tl_a"_s).isEmpty());
        QVERIFY(m_gui.journal()->entries().isEmpty());

        // Send rolls back; the timeline refreshes with a new version.
        QTest::mouseClick(view->findChild<QPushButton *>(ObjectNames::timelineRollbackButton), Qt::LeftButton);
        dialog = window.writeDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->findChild<QPushButton *>(ObjectNames::writeSendButton)->isEnabled());
        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectNames::writeSendButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), WriteDialog::Page::Report, 20000);
        QVERIFY2(dialog->report().outcome == WriteReport::Outcome::Applied, qPrintable(dialog->report().text()));
        QVERIFY(role(u"tl_a"_s).isEmpty());
        QVERIFY(role(u"tl_b"_s).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(listedIds(view).size(), 4, 10000);
        QCOMPARE(listedIds(view).first(), u"v4"_s);
    }

    void selectiveRestoreLeavesOtherChanges()
    {
        startSandbox();
        twoWrites();
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        TimelineView *view = GuiFixture::openTimeline(window);
        QVERIFY(view);
        QTRY_COMPARE_WITH_TIMEOUT(listedIds(view).size(), 3, 10000);
        QVERIFY(view->selectVersion(u"v1"_s));
        QTRY_VERIFY(selectDiffEntity(view, u"/roles/tl_b"_s));
        auto *restore = view->findChild<QPushButton *>(ObjectNames::timelineRestoreButton);
        QTRY_VERIFY(restore->isEnabled());
        QTest::mouseClick(restore, Qt::LeftButton);
        WriteDialog *dialog = window.writeDialog();
        QVERIFY(dialog);
        QStringList planned;
        for (const JsonChange &change : dialog->plan().changes())
            planned << change.path.toString();
        QCOMPARE(planned, QStringList {u"/roles/tl_b"_s});
        QTRY_VERIFY(dialog->findChild<QPushButton *>(ObjectNames::writeSendButton)->isEnabled());
        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectNames::writeSendButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), WriteDialog::Page::Report, 20000);
        QVERIFY2(dialog->report().outcome == WriteReport::Outcome::Applied, qPrintable(dialog->report().text()));
        QVERIFY(role(u"tl_b"_s).isEmpty());
        QCOMPARE(role(u"tl_a"_s).value(u"description"_s).toString(), u"A"_s); // left alone
    }

    void undoTheLastChange()
    {
        startSandbox();
        twoWrites();
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        TimelineView *view = GuiFixture::openTimeline(window);
        QVERIFY(view);
        QTRY_COMPARE_WITH_TIMEOUT(listedIds(view).size(), 3, 10000);
        QTest::mouseClick(view->findChild<QPushButton *>(ObjectNames::timelineUndoButton), Qt::LeftButton);
        WriteDialog *dialog = window.writeDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->plan().steps.first().request.path.endsWith(u"/version/rollback/v2"_s));
        QStringList planned;
        for (const JsonChange &change : dialog->plan().changes())
            planned << change.path.toString();
        QCOMPARE(planned, QStringList {u"/roles/tl_b"_s});
    }

    void versioningOffExplains()
    {
        startSandbox(false);
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        TimelineView *view = GuiFixture::openTimeline(window);
        QVERIFY(view);
        auto *message = view->findChild<QLabel *>(ObjectNames::timelineMessage);
        QTRY_VERIFY_WITH_TIMEOUT(message->isVisible(), 10000);
        QVERIFY2(message->text().contains(u"plugins.security.configurations_versions.enabled"_s),
                 qPrintable(message->text()));
        QCOMPARE(view->store()->state(), VersionStore::State::VersioningOff);
        for (const QString &name : {ObjectNames::timelineRollbackButton, ObjectNames::timelineUndoButton,
                                    ObjectNames::timelineRestoreButton}) {
            auto *button = view->findChild<QPushButton *>(name);
            QVERIFY(!button->isEnabled());
            QVERIFY(button->toolTip().contains(u"versioning"_s));
        }
    }

    void onlyOneVersionDisablesRollback()
    {
        startSandbox();
        QTRY_COMPARE_WITH_TIMEOUT(versionCount(), 1, 10000);
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        TimelineView *view = GuiFixture::openTimeline(window);
        QVERIFY(view);
        QTRY_COMPARE_WITH_TIMEOUT(listedIds(view), QStringList {u"v1"_s}, 10000);
        auto *rollback = view->findChild<QPushButton *>(ObjectNames::timelineRollbackButton);
        QVERIFY(!rollback->isEnabled());
        QVERIFY(rollback->toolTip().contains(u"only one version"_s));
        QVERIFY(view->findChild<QLabel *>(ObjectNames::timelineMessage)->isVisible());
    }

    void blameNamesVersionAndUser()
    {
        startSandbox();
        twoWrites();
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        QTRY_VERIFY(window.configTreeView()->select(u"/roles/tl_b/description"_s));
        auto *action = window.configTreeView()->tree()->findChild<QAction *>(ObjectNames::actionBlame);
        QVERIFY(action);
        action->trigger(); // the timeline is not shown: it loads the versions itself
        MessageBar *bar = window.messageBar();
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->text().contains(u"v3 by admin"_s), 10000);
        QTRY_VERIFY(window.configTreeView()->select(u"/roles/tl_a/description"_s));
        action->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(bar->text().contains(u"v2 by admin"_s), 10000);
    }
};

QTEST_MAIN(TestTimeline)
#include "TestTimeline.moc"
