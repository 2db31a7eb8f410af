#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

#include "app/json/Json.h"
#include "app/models/ConfigTreeModel.h"
#include "app/models/DiffTreeModel.h"
#include "app/models/PatchModel.h"
#include "app/store/ClusterSession.h"
#include "app/store/PatchDraftStore.h"
#include "tests/support/GuiFixture.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/views/configtree/ConfigTreeView.h"
#include "ui/views/patcheditor/PatchEditorView.h"
#include "ui/widgets/MessageBar.h"
#include "ui/widgets/diff/DiffTreeView.h"
#include "ui/widgets/diff/SideBySideDiffView.h"

// The patch editor driven like a user would, offscreen, in the main window against the in-process sandbox.
class TestPatchEditor : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_gui;
    QTemporaryDir m_files;

    static void triggerTreeAction(ConfigTreeView *view, const QString &pointer, const QString &kind)
    {
        QTRY_VERIFY(view->select(pointer));
        auto *action = view->tree()->findChild<QAction *>(ObjectNames::patchAction(kind));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        QVERIFY(view->tree()->actions().contains(action)); // in the tree's context menu
        action->trigger();
    }

private slots:
    void initTestCase()
    {
        m_gui.initDataDirectory();
        QVERIFY(m_files.isValid());
    }

    void init() { m_gui.startSandbox(); }
    void cleanup() { m_gui.cleanup(); }

    void buildPreviewUndoSaveAndRestore()
    {
        // Start without a leftover draft of an earlier run.
        m_gui.discardDraft(QStringLiteral("Sandbox"));
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session, GuiFixture::Connection().sized({1500, 950}));
        PatchEditorView *editor = window.patchEditor();
        auto *dock = window.findChild<QDockWidget *>(ObjectNames::patchEditorDock);
        QVERIFY(!dock->isVisible());
        QCOMPARE(window.findChild<QAction *>(ObjectNames::actionPatchEditor)->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_E));

        // From the tree's context menu: replace an entity member. The editor opens with the operation selected.
        ConfigTreeView *tree = window.configTreeView();
        triggerTreeAction(tree, QStringLiteral("/roles/kibana_user/description"), QStringLiteral("replace"));
        QTRY_VERIFY(dock->isVisible());
        PatchModel *model = editor->model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->operation(0).op, PatchOperation::Op::Replace);
        QCOMPARE(editor->currentRow(), 0);

        // Edit the value in the form, validated as we type, then apply.
        auto *value = editor->findChild<QPlainTextEdit *>(ObjectNames::valueEdit);
        auto *apply = editor->findChild<QPushButton *>(ObjectNames::applyOperationButton);
        auto *status = editor->findChild<QLabel *>(ObjectNames::formStatus);
        value->selectAll();
        QTest::keyClicks(value, QStringLiteral("\"Dashboards users"));
        QVERIFY(!apply->isEnabled());
        QVERIFY2(status->text().contains(QStringLiteral("Value")), qPrintable(status->text()));
        QTest::keyClicks(value, QStringLiteral("\""));
        QTRY_VERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(model->operation(0).value.toString(), QStringLiteral("Dashboards users"));

        // The preview: the changed path in the tree, and the old and new lines side by side.
        auto *tabs = editor->findChild<QTabWidget *>(ObjectNames::previewTabs);
        auto *diffTree = editor->findChild<DiffTreeView *>(ObjectNames::diffTreeView);
        QTRY_VERIFY(diffTree->model()->indexForPointer(QStringLiteral("/roles/kibana_user/description")).isValid());
        const QModelIndex changed =
            diffTree->model()->indexForPointer(QStringLiteral("/roles/kibana_user/description"));
        QCOMPARE(changed.data(DiffTreeModel::NewValueRole).toJsonValue().toString(),
                 QStringLiteral("Dashboards users"));
        QCOMPARE(changed.data(DiffTreeModel::ChangeKindRole).toInt(), int(JsonChange::Kind::Changed));
        auto *sideBySide = editor->findChild<SideBySideDiffView *>(ObjectNames::sideBySideDiff);
        tabs->setCurrentWidget(sideBySide);
        QVERIFY(sideBySide->rightPane()->toPlainText().contains(QStringLiteral("\"Dashboards users\"")));
        QVERIFY(sideBySide->leftPane()->toPlainText().contains(QStringLiteral("kibana_user")));
        QCOMPARE(sideBySide->leftPane()->document()->blockCount(), sideBySide->rightPane()->document()->blockCount());
        const auto &lines = sideBySide->currentLayout().lines;
        QVERIFY(std::any_of(lines.begin(), lines.end(), [](const SideBySideLayout::Line &line) {
            return line.kind == SideBySideLayout::LineKind::Changed && !line.rightRanges.isEmpty();
        }));
        QVERIFY(editor->findChild<QPushButton *>(ObjectNames::sendPatchButton)->isEnabled());

        // An operation that cannot apply is marked with its reason, and blocks sending.
        triggerTreeAction(tree, QStringLiteral("/roles/kibana_user"), QStringLiteral("remove"));
        QCOMPARE(model->rowCount(), 2);
        auto *path = editor->findChild<QLineEdit *>(ObjectNames::pathEdit);
        path->selectAll();
        QTest::keyClicks(path, QStringLiteral("/roles/no_such_role"));
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(!model->isValid(1));
        auto *list = editor->findChild<QListView *>(ObjectNames::operationsList);
        QVERIFY(list->model()
                    ->index(1, 0)
                    .data(PatchModel::ReasonRole)
                    .toString()
                    .contains(QStringLiteral("no_such_role")));
        QVERIFY(editor->findChild<QLabel *>(ObjectNames::operationWarnings)
                    ->text()
                    .contains(QStringLiteral("no_such_role")));
        QVERIFY(!editor->findChild<QPushButton *>(ObjectNames::sendPatchButton)->isEnabled());

        // Undo the path edit and the removal; redo them.
        QUndoStack *undo = editor->undoStack();
        undo->undo();
        QCOMPARE(model->operation(1).path.toString(), QStringLiteral("/roles/kibana_user"));
        QVERIFY(model->isValid(1));
        undo->undo();
        QCOMPARE(model->rowCount(), 1);
        undo->redo();
        undo->redo();
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(!model->isValid(1));
        // ...and with the keyboard (Ctrl+Z in the operations list).
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(model->isValid(1));
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!model->isValid(1));
        // Delete from the list with Del.
        editor->setCurrentRow(1);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(model->rowCount(), 1);

        // Raw JSON mode and back, without loss.
        const QString raw = model->rawText();
        QVERIFY(editor->setRawMode(true));
        auto *rawEdit = editor->findChild<QPlainTextEdit *>(ObjectNames::rawPatchEdit);
        QCOMPARE(rawEdit->toPlainText(), raw);
        QVERIFY(editor->setRawMode(false));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->rawText(), raw);

        // Save, change, open: the saved patch comes back.
        const QString file = m_files.filePath(QStringLiteral("patch.json"));
        QVERIFY(editor->saveFile(file).ok());
        const auto saved = Json::readFile(file);
        QVERIFY(saved.ok());
        QCOMPARE(saved->toArray().size(), 1);
        triggerTreeAction(tree, QStringLiteral("/roles/kibana_user/cluster_permissions"), QStringLiteral("append"));
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(editor->openFile(file).ok());
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->operation(0).value.toString(), QStringLiteral("Dashboards users"));

        // Screenshots for review, once the preview (debounced, built on a worker) shows the reopened patch: the
        // description only, not the append it replaced.
        const auto previewShowsTheFile = [diffTree] {
            const QList<JsonChange> &changes = diffTree->model()->changes();
            return changes.size() == 1
                   && changes.first().path.toString() == QStringLiteral("/roles/kibana_user/description");
        };
        QTRY_VERIFY(previewShowsTheFile());
        tabs->setCurrentWidget(sideBySide);
        QVERIFY(GuiFixture::grabTo(&window, QStringLiteral(SECDESK_BINARY_DIR) + QStringLiteral("/patch-editor.png")));
        tabs->setCurrentWidget(diffTree);
        QVERIFY(
            GuiFixture::grabTo(&window, QStringLiteral(SECDESK_BINARY_DIR) + QStringLiteral("/patch-editor-tree.png")));

        // The draft is written (debounced) and a new editor instance restores it.
        PatchDraftStore drafts;
        drafts.setDraftName(QStringLiteral("Sandbox"));
        QTRY_VERIFY(QFile::exists(drafts.filePath()));
        QCOMPARE(QFile::permissions(drafts.filePath()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QTRY_COMPARE(PatchModel::parseText(drafts.load().value()).value(), model->operations());
        PatchEditorView restored(&drafts);
        restored.setConfiguration(session.configuration().document, {});
        restored.restoreDraft(QStringLiteral("Sandbox"));
        QCOMPARE(restored.model()->operations(), model->operations());
        QVERIFY(restored.findChild<MessageBar *>(ObjectNames::patchMessageBar)
                    ->text()
                    .contains(QStringLiteral("Restored")));
        drafts.discard();
    }

    void lockoutGuard()
    {
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session, GuiFixture::Connection().keepSize());
        PatchEditorView *editor = window.patchEditor();
        // Removing the mapping that gives admin its API access: a loud warning above the editor.
        triggerTreeAction(window.configTreeView(), QStringLiteral("/rolesmapping/all_access"),
                          QStringLiteral("remove"));
        auto *lockout = editor->findChild<MessageBar *>(ObjectNames::lockoutBar);
        QTRY_VERIFY(lockout->isVisible());
        QCOMPARE(lockout->kind(), MessageBar::Kind::Error);
        QVERIFY2(lockout->text().contains(QStringLiteral("Lockout")), qPrintable(lockout->text()));
        editor->undoStack()->undo();
        QTRY_VERIFY(!lockout->isVisible());
        editor->undoStack()->clear();
    }
};

QTEST_MAIN(TestPatchEditor)
#include "TestPatchEditor.moc"
