#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

#include "app/domain/SecurityAdminFiles.h"
#include "app/models/CompareModel.h"
#include "app/models/VersionTimelineModel.h"
#include "app/store/ClusterSession.h"
#include "app/store/ProfileStore.h"
#include "tests/sandbox/SandboxTestSupport.h"
#include "tests/support/GuiFixture.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/views/compare/CompareMenu.h"
#include "ui/views/compare/CompareView.h"
#include "ui/views/compare/ExportController.h"
#include "ui/views/timeline/TimelineView.h"
#include "ui/views/write/WriteDialog.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/diff/SideBySideDiffView.h"

using namespace Qt::StringLiterals;

namespace {

const QString OtherPassword = u"Staging-Secret-42!"_s;
// A bcrypt hash (cost 4) for the user added in the directory; never a real password.
const char NewUserHash[] = "$2y$04$abcdefghijklmnopqrstuu5Kz3Zb2Ce9b7qSx7Sxw7nN2c5yQf9Ka";

} // namespace

// Compare and promote in the main window, offscreen, against in-process sandboxes: a securityadmin directory with
// one changed role and one new user, of which only the role is applied (through the write confirmation; Cancel
// writes nothing); a broken YAML file named by file and line; another connection as the source; exports.
class TestCompareView : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_gui;
    Sandbox *m_other = nullptr; // owned by m_gui

    static SandboxOptions options(const QString &password, const QString &clusterName)
    {
        SandboxOptions options = GuiFixture::sandboxOptions(password);
        options.clusterName = clusterName;
        return options;
    }

    // Every type the tests look at, as the sandbox serves it now.
    QJsonObject liveTypes() const
    {
        QJsonObject result;
        for (const QString &type : {u"roles"_s, u"rolesmapping"_s, u"internalusers"_s, u"actiongroups"_s, u"tenants"_s})
            result.insert(type, m_gui.adminSend("GET", u"/_plugins/_security/api/"_s + type).json());
        return result;
    }

    QString roleDescription(const QString &name) const
    {
        return m_gui.adminSend("GET", u"/_plugins/_security/api/roles/"_s + name)
            .json()[name][u"description"_s]
            .toString();
    }

    // The target is "Production": the compare view and its prune warning name it.
    void connectWindow(MainWindow &window, ClusterSession &session)
    {
        m_gui.connectWindow(window, session, GuiFixture::Connection().named(u"Production"_s));
    }

    // The live configuration as securityadmin files, with cmp_role's description changed and a user added.
    static QString writeChangedDirectory(const QTemporaryDir &dir, const ClusterSession &session)
    {
        QJsonObject document = session.configuration().document;
        QJsonObject roles = document.value(u"roles"_s).toObject();
        QJsonObject role = roles.value(u"cmp_role"_s).toObject();
        role.insert(u"description"_s, u"After"_s);
        roles.insert(u"cmp_role"_s, role);
        document.insert(u"roles"_s, roles);
        QJsonObject users = document.value(u"internalusers"_s).toObject();
        users.insert(u"cmp_user"_s,
                     QJsonObject {{u"hash"_s, QString::fromLatin1(NewUserHash)}, {u"backend_roles"_s, QJsonArray()}});
        document.insert(u"internalusers"_s, users);
        const auto exported = SecurityAdminFiles::exportDirectory(document, dir.path(), document);
        if (!exported)
            qWarning("export failed: %s", qPrintable(exported.error().toString()));
        return exported ? dir.path() : QString();
    }

    static CompareView *openDirectory(MainWindow &window, const QString &dir)
    {
        CompareView *view = window.compareMenu()->openCompareView();
        QSignalSpy finished(view, &CompareView::comparisonFinished);
        view->openDirectory(dir);
        if (!finished.wait(20000))
            return nullptr;
        return view;
    }

    static QStringList listed(CompareView *view)
    {
        QStringList pointers;
        CompareModel *model = view->model();
        for (int type = 0; type < model->rowCount(); ++type) {
            const QModelIndex typeIndex = model->index(type, 0);
            for (int row = 0; row < model->rowCount(typeIndex); ++row)
                pointers << model->index(row, 0, typeIndex).data(CompareModel::PointerRole).toString();
        }
        return pointers;
    }

    // Checks the entity with the keyboard: select its row, press Space.
    static bool checkByKeyboard(CompareView *view, const QString &type, const QString &entity)
    {
        if (!view->select(type, entity))
            return false;
        view->tree()->setFocus();
        QTest::keyClick(view->tree(), Qt::Key_Space);
        return view->model()->isChecked(type, entity);
    }

    static WriteDialog *clickApply(MainWindow &window, CompareView *view)
    {
        auto *apply = view->findChild<QPushButton *>(ObjectNames::compareApplyButton);
        if (!apply->isEnabled())
            return nullptr;
        QTest::mouseClick(apply, Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return window.writeDialog() != nullptr; }, 10000))
            return nullptr;
        return window.writeDialog();
    }

private slots:
    void initTestCase() { m_gui.initDataDirectory(); }

    void init()
    {
        m_gui.makeWriteStores();
        m_gui.startSandbox(options(GuiFixture::SecretAdminPassword, u"production"_s));
        const SandboxTest::Reply role =
            m_gui.adminSend("PUT", u"/_plugins/_security/api/roles/cmp_role"_s,
                            R"({"description":"Before","cluster_permissions":["cluster_monitor"]})");
        QVERIFY2(role.status == 200 || role.status == 201, role.body.constData());
    }

    void cleanup()
    {
        m_other = nullptr;
        m_gui.cleanup();
    }

    void menuEntries()
    {
        ClusterSession session;
        MainWindow window(&session);
        auto *directory = window.findChild<QAction *>(ObjectNames::actionCompareDirectory);
        auto *connection = window.findChild<QAction *>(ObjectNames::actionCompareConnection);
        auto *exportAction = window.findChild<QAction *>(ObjectNames::actionExportSecurityAdmin);
        QVERIFY(directory && connection && exportAction);
        QVERIFY(!directory->isEnabled()); // not connected
        QCOMPARE(directory->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
        QCOMPARE(connection->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
        QCOMPARE(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        // No other action of the window uses the same shortcuts.
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action == directory || action == connection || action == exportAction || action->shortcut().isEmpty())
                continue;
            for (QAction *ours : {directory, connection, exportAction})
                QVERIFY2(action->shortcut() != ours->shortcut(), qPrintable(action->objectName()));
        }
        connectWindow(window, session);
        QTRY_VERIFY(directory->isEnabled());
        QVERIFY(!connection->isEnabled()); // no profile store
        // The action asks for the directory with a file dialog that does not block the event loop.
        directory->trigger();
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QFileDialog *>(ObjectNames::compareDirectoryDialog)) != nullptr);
        QVERIFY(dialog->isVisible());
        dialog->reject();
        QCOMPARE(window.compareMenu()->compareView()->findChild<QLabel *>(ObjectNames::compareTargetLabel)->text(),
                 u"Changes are written to Production"_s);
    }

    void promoteOneRoleFromADirectory()
    {
        ClusterSession session;
        MainWindow window(&session);
        connectWindow(window, session);
        QTemporaryDir dir;
        QVERIFY(!writeChangedDirectory(dir, session).isEmpty());
        const QJsonObject before = liveTypes();

        CompareView *view = openDirectory(window, dir.path());
        QVERIFY(view);
        QVERIFY2(!view->messageBar()->isVisible(), qPrintable(view->messageBar()->text()));
        QCOMPARE(listed(view), (QStringList {u"/roles/cmp_role"_s, u"/internalusers/cmp_user"_s}));
        QCOMPARE(view->model()->indexFor(u"roles"_s, u"cmp_role"_s).data(CompareModel::StatusRole).toInt(),
                 int(CompareModel::Status::Different));
        QCOMPARE(view->model()->indexFor(u"internalusers"_s, u"cmp_user"_s).data(CompareModel::StatusRole).toInt(),
                 int(CompareModel::Status::OnlyInSource));
        QVERIFY(!view->findChild<QPushButton *>(ObjectNames::compareApplyButton)->isEnabled()); // nothing checked

        // The diff of the selected entity: live left, source right; the new user's hash is never shown.
        QVERIFY(view->select(u"roles"_s, u"cmp_role"_s));
        QTRY_VERIFY(view->sideBySide()->currentLayout().rightText().contains(u"After"_s));
        QVERIFY(view->sideBySide()->currentLayout().leftText().contains(u"Before"_s));
        QVERIFY(view->select(u"internalusers"_s, u"cmp_user"_s));
        QTRY_VERIFY(view->sideBySide()->currentLayout().rightText().contains(u"cmp_user"_s));
        QVERIFY(!view->sideBySide()->currentLayout().rightText().contains(u"$2y$"_s));
        QVERIFY(view->sideBySide()->currentLayout().rightText().contains(u"<hash "_s)); // one will be written

        QVERIFY(checkByKeyboard(view, u"roles"_s, u"cmp_role"_s));
        QCOMPARE(view->model()->checkedCount(), 1);
        QTRY_VERIFY(view->sideBySide()->currentLayout().rightText().contains(u"After"_s));
        GuiFixture::screenshot(view, u"compare-view.png"_s);
        WriteDialog *dialog = clickApply(window, view);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->page(), WriteDialog::Page::Confirm);
        const QString requests = dialog->findChild<QPlainTextEdit *>(ObjectNames::writeRequests)->toPlainText();
        QVERIFY2(requests.contains(u"cmp_role"_s) && requests.contains(u"After"_s), qPrintable(requests));
        QVERIFY2(!requests.contains(u"cmp_user"_s), qPrintable(requests));
        QTRY_VERIFY(dialog->findChild<QPushButton *>(ObjectNames::writeSendButton)->isEnabled());
        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectNames::writeSendButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), WriteDialog::Page::Report, 20000);
        QCOMPARE(dialog->report().outcome, WriteReport::Outcome::Applied);

        // The role changed on the cluster, and nothing else did.
        QCOMPARE(roleDescription(u"cmp_role"_s), u"After"_s);
        QJsonObject after = liveTypes();
        QVERIFY(!after[u"internalusers"_s].toObject().contains(u"cmp_user"_s));
        QJsonObject expected = before;
        QJsonObject roles = expected[u"roles"_s].toObject();
        roles.insert(u"cmp_role"_s, after[u"roles"_s][u"cmp_role"_s]);
        expected.insert(u"roles"_s, roles);
        QVERIFY(Json::equals(after, expected));
        // After the session re-reads the cluster, only the user is left to compare.
        QTRY_COMPARE_WITH_TIMEOUT(listed(view), QStringList {u"/internalusers/cmp_user"_s}, 20000);
        dialog->close();
    }

    void cancelWritesNothing()
    {
        ClusterSession session;
        MainWindow window(&session);
        connectWindow(window, session);
        QTemporaryDir dir;
        QVERIFY(!writeChangedDirectory(dir, session).isEmpty());
        const QJsonObject before = liveTypes();
        CompareView *view = openDirectory(window, dir.path());
        QVERIFY(view);
        // "Select all" of the roles type: its check box on the type row.
        const QModelIndex roles = view->model()->indexFor(u"roles"_s);
        QVERIFY(view->model()->setData(roles, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(view->model()->checkedCount(), 1);
        WriteDialog *dialog = clickApply(window, view);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectNames::writeCancelButton), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        QVERIFY(Json::equals(liveTypes(), before));
        QCOMPARE(roleDescription(u"cmp_role"_s), u"Before"_s);
        QVERIFY(!QFile::exists(m_gui.journal()->path()) || QFileInfo(m_gui.journal()->path()).size() == 0);
    }

    void brokenYamlNamesFileAndLine()
    {
        ClusterSession session;
        MainWindow window(&session);
        connectWindow(window, session);
        QTemporaryDir dir;
        QFile file(dir.filePath(u"roles.yml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("_meta:\n  type: \"roles\"\n  config_version: 2\nbroken_role:\n  cluster_permissions: [\"a\"\n"
                   "  description: \"never closed\n");
        file.close();
        CompareView *view = openDirectory(window, dir.path());
        QVERIFY(view);
        QTRY_VERIFY(view->messageBar()->isVisible());
        QCOMPARE(view->messageBar()->kind(), MessageBar::Kind::Error);
        const QString text = view->messageBar()->text();
        QVERIFY2(QRegularExpression(u"roles\\.yml:\\d+"_s).match(text).hasMatch(), qPrintable(text));
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(!view->findChild<QPushButton *>(ObjectNames::compareApplyButton)->isEnabled());
    }

    void unreadableFileLeavesNothingToApply_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        const QByteArray head = "_meta:\n  type: \"roles\"\n  config_version: 2\ncmp_role:\n  cluster_permissions:\n"
                                "    - cluster_monitor\n";
        QTest::newRow("quote never closed")
            << head + "  description: \"After\n"
            << u"/roles.yml:7: a quoted value starts here with \" and is never closed"_s;
        QTest::newRow("quote running on")
            << head + "    - 'indices_monitor\n    - cluster_composite_ops\n  description: After\n"
            << u"/roles.yml:7: a quoted value starts here with ' and runs on to line 8"_s;
        QTest::newRow("latin-1") << head + "  description: \"Apr\xe8s\"\n"
                                 << u"/roles.yml:7: not valid UTF-8: the byte 0xE8 in column 20"_s;
    }

    // A directory with one unreadable file, opened after a good one: the error names the file and the line, the
    // differences of the good directory are gone and nothing can be applied.
    void unreadableFileLeavesNothingToApply()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        ClusterSession session;
        MainWindow window(&session);
        connectWindow(window, session);
        QTemporaryDir good;
        QVERIFY(!writeChangedDirectory(good, session).isEmpty());
        CompareView *view = openDirectory(window, good.path());
        QVERIFY(view);
        QVERIFY(checkByKeyboard(view, u"roles"_s, u"cmp_role"_s));
        auto *apply = view->findChild<QPushButton *>(ObjectNames::compareApplyButton);
        QVERIFY(apply->isEnabled());

        QTemporaryDir bad;
        QVERIFY(QFile::copy(good.filePath(u"tenants.yml"_s), bad.filePath(u"tenants.yml"_s)));
        QFile file(bad.filePath(u"roles.yml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        QCOMPARE(openDirectory(window, bad.path()), view);
        QVERIFY(view->messageBar()->isVisible());
        QCOMPARE(view->messageBar()->kind(), MessageBar::Kind::Error);
        const QString message = view->messageBar()->text();
        QVERIFY2(message.contains(QDir::toNativeSeparators(bad.path()) + error), qPrintable(message));
        QCOMPARE(view->model()->rowCount(), 0);
        QCOMPARE(view->model()->checkedCount(), 0);
        QVERIFY(!apply->isEnabled());
        QCOMPARE(roleDescription(u"cmp_role"_s), u"Before"_s);
    }

    void promoteFromAnotherConnection()
    {
        m_other = m_gui.startOtherSandbox(options(OtherPassword, u"staging"_s));
        QVERIFY(m_other);
        const SandboxTest::Reply role = GuiFixture::adminSend(
            *m_other, "PUT", u"/_plugins/_security/api/roles/promo_role"_s,
            R"({"description":"From staging","index_permissions":[{"index_patterns":["logs-*"],"allowed_actions":["read"]}]})");
        QVERIFY2(role.status == 200 || role.status == 201, role.body.constData());
        const QJsonObject otherBefore =
            GuiFixture::adminSend(*m_other, "GET", u"/_plugins/_security/api/roles"_s).json();

        m_gui.makeProfileStore();
        ConnectionProfile profile;
        profile.name = u"Staging"_s;
        profile.url = m_other->url();
        profile.user = u"admin"_s;
        m_gui.saveProfile(profile, OtherPassword);

        ClusterSession session;
        MainWindow window(&session, m_gui.profiles());
        connectWindow(window, session);
        auto *action = window.findChild<QAction *>(ObjectNames::actionCompareConnection);
        QTRY_VERIFY(action->isEnabled());
        action->trigger();
        CompareView *view = window.compareMenu()->compareView();
        QVERIFY(view);
        auto *combo = view->findChild<QComboBox *>(ObjectNames::compareProfileCombo);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(combo));
        QCOMPARE(combo->currentText(), u"Staging"_s);
        QSignalSpy finished(view, &CompareView::comparisonFinished);
        QTest::mouseClick(view->findChild<QPushButton *>(ObjectNames::compareProfileButton), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QVERIFY2(!view->messageBar()->isVisible(), qPrintable(view->messageBar()->text()));
        QCOMPARE(view->model()->indexFor(u"roles"_s, u"promo_role"_s).data(CompareModel::StatusRole).toInt(),
                 int(CompareModel::Status::OnlyInSource));
        // Production's cmp_role is only live: left alone, and not even checkable without prune.
        QCOMPARE(view->model()->indexFor(u"roles"_s, u"cmp_role"_s).data(CompareModel::StatusRole).toInt(),
                 int(CompareModel::Status::OnlyLive));
        QVERIFY(!view->model()->setChecked(u"roles"_s, u"cmp_role"_s, true));
        QVERIFY(view->sourceLabel().contains(u"Staging"_s));
        // Prune on: removals become checkable, with a loud warning naming the target; off again for the write.
        auto *prune = view->findChild<QCheckBox *>(ObjectNames::comparePruneCheck);
        QVERIFY(!prune->isChecked());
        prune->click();
        auto *warning = view->findChild<QLabel *>(ObjectNames::comparePruneWarning);
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(u"Production"_s));
        QVERIFY(view->model()->setChecked(u"roles"_s, u"cmp_role"_s, true));
        GuiFixture::screenshot(view, u"compare-view-prune.png"_s);
        prune->click();
        QVERIFY(!warning->isVisible());
        QVERIFY(!view->model()->isChecked(u"roles"_s, u"cmp_role"_s));

        QVERIFY(checkByKeyboard(view, u"roles"_s, u"promo_role"_s));
        WriteDialog *dialog = clickApply(window, view);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTRY_VERIFY(dialog->findChild<QPushButton *>(ObjectNames::writeSendButton)->isEnabled());
        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectNames::writeSendButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), WriteDialog::Page::Report, 20000);
        QCOMPARE(dialog->report().outcome, WriteReport::Outcome::Applied);

        const QJsonObject promoted = m_gui.adminSend("GET", u"/_plugins/_security/api/roles/promo_role"_s).json();
        QCOMPARE(promoted[u"promo_role"_s][u"description"_s].toString(), u"From staging"_s);
        QCOMPARE(roleDescription(u"cmp_role"_s), u"Before"_s); // not removed
        // The source was only read.
        QVERIFY(Json::equals(GuiFixture::adminSend(*m_other, "GET", u"/_plugins/_security/api/roles"_s).json(),
                             otherBefore));
        dialog->close();
    }

    void exportLiveAndVersion()
    {
        ClusterSession session;
        MainWindow window(&session);
        connectWindow(window, session);
        QTemporaryDir live;
        QSignalSpy exported(window.compareMenu(), &CompareMenu::noticeShown);
        window.compareMenu()->exporter()->exportLive(live.path());
        QVERIFY(exported.wait(20000));
        const QString message = exported.first().first().toString();
        QVERIFY2(message.contains(u"Password hashes come from version v"_s), qPrintable(message));
        QVERIFY(window.messageBar()->text().contains(u"Exported"_s));
        QVERIFY(QFile::exists(live.filePath(u"roles.yml"_s)));
        QFile users(live.filePath(u"internal_users.yml"_s));
        QVERIFY(users.open(QIODevice::ReadOnly));
        QVERIFY(users.readAll().contains("$2")); // admin's hash, from the newest version
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                                          | QFile::WriteOther | QFile::ExeOther;
        for (const QString &name : QDir(live.path()).entryList(QDir::Files))
            QCOMPARE(QFileInfo(live.filePath(name)).permissions() & others, QFile::Permissions());
        const auto loaded = SecurityAdminFiles::loadDirectory(live.path());
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().toString()));
        QCOMPARE(loaded->value(u"roles"_s)[u"cmp_role"_s][u"description"_s].toString(), u"Before"_s);

        // "Export this version…" from the timeline asks for a directory with a file dialog.
        TimelineView *timeline = GuiFixture::openTimeline(window);
        QVERIFY(timeline);
        QTRY_VERIFY_WITH_TIMEOUT(timeline->model()->rowCount() > 0, 10000);
        QVERIFY(timeline->selectVersion(timeline->model()->newestId()));
        auto *button = timeline->findChild<QPushButton *>(ObjectNames::timelineExportButton);
        QTRY_VERIFY(button->isEnabled());
        QTemporaryDir version;
        exported.clear();
        QTest::mouseClick(button, Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QFileDialog *>(ObjectNames::exportDirectoryDialog)) != nullptr);
        dialog->setDirectory(version.path());
        dialog->selectFile(version.path());
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept, as its Export button
        QVERIFY(exported.wait(20000));
        QVERIFY2(exported.first().first().toString().contains(timeline->model()->newestId()),
                 qPrintable(exported.first().first().toString()));
        QVERIFY(QFile::exists(version.filePath(u"roles.yml"_s)));
        QCOMPARE(QFileInfo(version.filePath(u"internal_users.yml"_s)).permissions() & others, QFile::Permissions());
    }
};

QTEST_MAIN(TestCompareView)
#include "TestCompareView.moc"
