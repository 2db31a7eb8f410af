#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

#include "app/common/Settings.h"
#include "app/models/ConfigTreeModel.h"
#include "app/models/PatchModel.h"
#include "app/models/ProblemsModel.h"
#include "app/store/ClusterSession.h"
#include "tests/support/GuiFixture.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/views/configtree/ConfigTreeDelegate.h"
#include "ui/views/configtree/ConfigTreeView.h"
#include "ui/views/patcheditor/PatchEditorView.h"
#include "ui/views/problems/ProblemsView.h"
#include "ui/views/write/WriteDialog.h"
#include "ui/widgets/MessageBar.h"

using namespace Qt::StringLiterals;

namespace {

const QString Rule = u"mapping-matches-everyone"_s;
const QString StarPointer = u"/rolesmapping/analyst_role/users/0"_s;

} // namespace

// The Problems dock on the sandbox (lint findings of the live configuration, filters, going to the entity, a fix into
// the patch editor, rules disabled per connection), the tree's lint badge, and the findings a write confirmation
// lists (a critical one needs the entity's name typed).
class TestProblemsView : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_gui;

    // The sandbox with a mapping that gives analyst_role to everyone (users ["*"]): a critical finding.
    void addEveryoneMapping()
    {
        const auto reply = m_gui.adminSend("PATCH", u"/_plugins/_security/api/rolesmapping"_s,
                                           R"([{"op": "add", "path": "/analyst_role/users", "value": ["*"]}])");
        QVERIFY2(reply.status == 200, reply.body.constData());
    }

    // The row of the filter model showing the finding of `rule` at `pointer`; -1 when none.
    static int rowOf(const ProblemsView *view, const QString &rule, const QString &pointer)
    {
        const QAbstractItemModel *model = view->filterModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(ProblemsModel::RuleRole).toString() == rule
                && index.data(ProblemsModel::PointerRole).toString() == pointer)
                return row;
        }
        return -1;
    }

    static void setPatchText(PatchEditorView *editor, const QString &text)
    {
        QVERIFY(editor->setRawMode(true));
        editor->findChild<QPlainTextEdit *>(ObjectNames::rawPatchEdit)->setPlainText(text);
        QVERIFY(editor->setRawMode(false));
    }

    static WriteDialog *clickSend(MainWindow &window)
    {
        auto *send = window.patchEditor()->findChild<QPushButton *>(ObjectNames::sendPatchButton);
        if (!send->isEnabled())
            return nullptr;
        QTest::mouseClick(send, Qt::LeftButton);
        return window.writeDialog();
    }

private slots:
    void initTestCase() { m_gui.initDataDirectory(); }

    void init()
    {
        m_gui.startSandbox();
        m_gui.makeWriteStores();
        m_gui.makeProfileStore();
        m_gui.discardDraft();
    }

    void cleanup() { m_gui.cleanup(); }

    void listsFiltersAndGoesToTheEntity()
    {
        addEveryoneMapping();
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        ProblemsView *view = GuiFixture::openProblems(window);
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isChecking() && rowOf(view, Rule, StarPointer) >= 0, 20000);
        auto *counts = view->findChild<QLabel *>(ObjectNames::problemsCounts);
        QVERIFY2(counts->text().contains(u"critical"_s), qPrintable(counts->text()));
        QVERIFY(window.problemsDock()->windowTitle().contains(u"critical"_s));
        for (const QString &name :
             {ObjectNames::problemsSeverityFilter, ObjectNames::problemsRuleFilter, ObjectNames::problemsFixButton,
              ObjectNames::problemsDisabledButton, ObjectNames::problemsTable, ObjectNames::problemsCounts}) {
            auto *widget = view->findChild<QWidget *>(name);
            QVERIFY2(widget, qPrintable(name));
            QVERIFY2(!widget->accessibleName().isEmpty() || !widget->property("text").toString().isEmpty(),
                     qPrintable(name));
        }

        // Filter by severity: only critical rows; then by rule.
        auto *severity = view->findChild<QComboBox *>(ObjectNames::problemsSeverityFilter);
        severity->setCurrentIndex(severity->findData(int(LintSeverity::Critical)));
        QVERIFY(view->filterModel()->rowCount() > 0);
        for (int row = 0; row < view->filterModel()->rowCount(); ++row)
            QCOMPARE(view->filterModel()->index(row, 0).data(ProblemsModel::SeverityRole).toInt(),
                     int(LintSeverity::Critical));
        severity->setCurrentIndex(severity->findData(int(LintSeverity::Info)));
        QCOMPARE(rowOf(view, Rule, StarPointer), -1);
        severity->setCurrentIndex(0);
        auto *rule = view->findChild<QComboBox *>(ObjectNames::problemsRuleFilter);
        rule->setCurrentIndex(rule->findData(Rule));
        QVERIFY(view->filterModel()->rowCount() >= 1);
        for (int row = 0; row < view->filterModel()->rowCount(); ++row)
            QCOMPARE(view->filterModel()->index(row, 0).data(ProblemsModel::RuleRole).toString(), Rule);
        GuiFixture::screenshot(&window, u"problems-dock.png"_s);

        // Double-click goes to the finding's node in the tree.
        auto *table = view->findChild<QTableView *>(ObjectNames::problemsTable);
        const int row = rowOf(view, Rule, StarPointer);
        QVERIFY(row >= 0);
        const QModelIndex index = view->filterModel()->index(row, ProblemsModel::MessageColumn);
        table->setCurrentIndex(index);
        const QRect rect = table->visualRect(index);
        // (QTest's double click needs the press before it, as a real one has.)
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTreeView *tree = window.configTreeView()->tree();
        QTRY_COMPARE(tree->currentIndex().data(ConfigTreeModel::PointerRole).toString(), StarPointer);

        // Enter does the same, from elsewhere in the tree.
        QVERIFY(window.configTreeView()->select(u"/roles"_s));
        table->setFocus();
        table->setCurrentIndex(index);
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_COMPARE(tree->currentIndex().data(ConfigTreeModel::PointerRole).toString(), StarPointer);

        // The tree's badge on the entity: its most severe finding, the findings in the tooltip.
        auto *treeModel = qobject_cast<ConfigTreeModel *>(tree->model());
        const QModelIndex entity =
            treeModel->indexForPointer(JsonPointer::parse(u"/rolesmapping/analyst_role"_s).value());
        QCOMPARE(entity.data(ConfigTreeModel::LintSeverityRole).toInt(), int(LintSeverity::Critical));
        QVERIFY(ConfigTreeDelegate::badges(entity).join(u' ').contains(u"critical"_s));
        QVERIFY(entity.data(Qt::ToolTipRole).toString().contains(Rule));
        const QModelIndex quiet = treeModel->indexForPointer(JsonPointer::parse(u"/roles/analyst_role"_s).value());
        QVERIFY(quiet.isValid());
        QVERIFY(!ConfigTreeDelegate::badges(quiet).join(u' ').contains(u"critical"_s));
    }

    void fixGoesToThePatchEditor()
    {
        addEveryoneMapping();
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        ProblemsView *view = GuiFixture::openProblems(window);
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(view, Rule, StarPointer) >= 0, 20000);
        auto *table = view->findChild<QTableView *>(ObjectNames::problemsTable);
        auto *fix = view->findChild<QPushButton *>(ObjectNames::problemsFixButton);
        QVERIFY(!fix->isEnabled()); // nothing selected
        table->setCurrentIndex(view->filterModel()->index(rowOf(view, Rule, StarPointer), 0));
        QVERIFY(fix->isEnabled());
        QCOMPARE(window.patchEditor()->model()->rowCount(), 0);
        QTest::mouseClick(fix, Qt::LeftButton);
        QTRY_VERIFY(window.findChild<QDockWidget *>(ObjectNames::patchEditorDock)->isVisible());
        PatchModel *patch = window.patchEditor()->model();
        QCOMPARE(patch->rowCount(), 1);
        const QString text = patch->rawText();
        QVERIFY2(text.contains(u"\"remove\""_s) && text.contains(StarPointer), qPrintable(text));

        // Sent from the editor through the normal confirmation: it resolves the finding, and the dock follows.
        WriteDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = clickSend(window)) != nullptr);
        auto *summary = dialog->findChild<QLabel *>(ObjectNames::writeLintSummary);
        QTRY_VERIFY(dialog->lintReady());
        QVERIFY(!dialog->lintDelta().removed.isEmpty());
        QCOMPARE(dialog->lintDelta().removed.first().rule, Rule);
        QVERIFY2(summary->text().contains(u"resolves"_s), qPrintable(summary->text()));
        // The admin holds analyst_role only through "*": the fix takes it away, which the confirmation says (a
        // self-lockout, critical), so the name is typed first.
        for (const LintFinding &finding : dialog->lintDelta().introduced)
            QCOMPARE(finding.rule, u"self-lockout"_s);
        auto *send = dialog->findChild<QPushButton *>(ObjectNames::writeSendButton);
        auto *confirm = dialog->findChild<QLineEdit *>(ObjectNames::writeLockoutConfirm);
        if (!dialog->confirmationName().isEmpty()) {
            QTRY_VERIFY(confirm->isVisible());
            QTest::keyClicks(confirm, dialog->confirmationName());
        }
        QTRY_VERIFY(send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog->page(), WriteDialog::Page::Report, 20000);
        QCOMPARE(dialog->report().outcome, WriteReport::Outcome::Applied);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isChecking() && rowOf(view, Rule, StarPointer) < 0
                                     && session.state() == ClusterSession::State::Ready,
                                 20000);
    }

    void disableRulePerProfile()
    {
        addEveryoneMapping();
        {
            ClusterSession session;
            MainWindow window(&session);
            window.setSettings(m_gui.settings());
            m_gui.connectWindow(window, session);
            ProblemsView *view = GuiFixture::openProblems(window);
            QVERIFY(view);
            QTRY_VERIFY_WITH_TIMEOUT(rowOf(view, Rule, StarPointer) >= 0, 20000);
            auto *table = view->findChild<QTableView *>(ObjectNames::problemsTable);
            table->setCurrentIndex(view->filterModel()->index(rowOf(view, Rule, StarPointer), 0));
            auto *disable = view->findChild<QAction *>(ObjectNames::actionProblemDisableRule);
            QVERIFY(disable->isEnabled());
            QVERIFY(disable->text().contains(Rule));
            disable->trigger();
            QCOMPARE(rowOf(view, Rule, StarPointer), -1);
            QCOMPARE(view->disabledRules(), QStringList {Rule});
            QVERIFY(view->findChild<QToolButton *>(ObjectNames::problemsDisabledButton)->isEnabled());
            // The tree's badge follows.
            auto *treeModel = qobject_cast<ConfigTreeModel *>(window.configTreeView()->tree()->model());
            const QModelIndex entity =
                treeModel->indexForPointer(JsonPointer::parse(u"/rolesmapping/analyst_role"_s).value());
            QVERIFY(entity.data(ConfigTreeModel::LintSeverityRole).toInt() != int(LintSeverity::Critical)
                    || !entity.data(ConfigTreeModel::LintFindingsRole).toStringList().join(u' ').contains(Rule));
        }
        QCOMPARE(m_gui.settings()->disabledLintRules(u"Sandbox"_s), QStringList {Rule});
        QVERIFY(m_gui.settings()->disabledLintRules(u"Production"_s).isEmpty());
        QVERIFY(!m_gui.settings()->profileNames().contains(u"Sandbox"_s)); // no profile of its own

        // A new window on the same connection does not run it; another connection name does.
        {
            ClusterSession session;
            MainWindow window(&session);
            window.setSettings(m_gui.settings());
            m_gui.connectWindow(window, session);
            ProblemsView *view = GuiFixture::openProblems(window);
            QTRY_VERIFY_WITH_TIMEOUT(!view->isChecking() && view->model()->rowCount() > 0, 20000);
            QCOMPARE(rowOf(view, Rule, StarPointer), -1);
            QVERIFY(view->findChild<QLabel *>(ObjectNames::problemsCounts)->text().contains(u"disabled"_s));

            // "Disabled rules" turns it on again.
            auto *menu = view->findChild<QMenu *>(ObjectNames::problemsDisabledMenu);
            emit menu->aboutToShow();
            auto *enable = menu->findChild<QAction *>(ObjectNames::enableRuleAction(Rule));
            QVERIFY(enable);
            enable->trigger();
            QTRY_VERIFY_WITH_TIMEOUT(!view->isChecking() && rowOf(view, Rule, StarPointer) >= 0, 20000);
            QVERIFY(m_gui.settings()->disabledLintRules(u"Sandbox"_s).isEmpty());
        }
        {
            m_gui.settings()->setDisabledLintRules(u"Sandbox"_s, {Rule});
            ClusterSession session;
            MainWindow window(&session);
            window.setSettings(m_gui.settings());
            m_gui.connectWindow(window, session, GuiFixture::Connection().named(u"Production"_s));
            ProblemsView *view = GuiFixture::openProblems(window);
            QTRY_VERIFY_WITH_TIMEOUT(!view->isChecking() && rowOf(view, Rule, StarPointer) >= 0, 20000);
            m_gui.settings()->setDisabledLintRules(u"Sandbox"_s, {});
        }
    }

    // The patch editor names the problems a draft introduces and resolves as it is edited, before Send.
    void patchEditorShowsTheDraftsFindings()
    {
        addEveryoneMapping();
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);
        PatchEditorView *editor = window.patchEditor();
        auto *tabs = editor->findChild<QTabWidget *>(ObjectNames::previewTabs);
        auto *findings = editor->findChild<QTreeWidget *>(ObjectNames::patchFindings);
        auto *summary = editor->findChild<QLabel *>(ObjectNames::patchLintSummary);
        auto *line = editor->findChild<QLabel *>(ObjectNames::patchLintLine);
        QVERIFY(findings && summary && line);
        QVERIFY(!summary->accessibleName().isEmpty() && !line->accessibleName().isEmpty());
        const int tab = tabs->indexOf(findings->parentWidget());
        QVERIFY(!tabs->isTabVisible(tab)); // no draft: nothing to say

        // Everyone gets readall: introduced, critical, named beside Send.
        setPatchText(editor, uR"([{"op": "add", "path": "/rolesmapping/readall/users", "value": ["*"]}])"_s);
        QTRY_VERIFY_WITH_TIMEOUT(findings->topLevelItemCount() > 0, 20000);
        QVERIFY(tabs->isTabVisible(tab));
        QVERIFY(findings->topLevelItem(0)->text(0).startsWith(u"Introduced"_s));
        QCOMPARE(findings->topLevelItem(0)->child(0)->text(1), Rule);
        QVERIFY2(tabs->tabText(tab).contains(u"+1"_s), qPrintable(tabs->tabText(tab)));
        QVERIFY2(summary->text().contains(u"critical"_s), qPrintable(summary->text()));
        QVERIFY(line->isVisibleTo(editor));
        QVERIFY2(line->text().contains(u"critical"_s), qPrintable(line->text()));
        if (auto *dock = qobject_cast<QDockWidget *>(editor->parentWidget()))
            dock->show();
        window.resize(1280, 860);
        window.show();
        tabs->setCurrentIndex(tab);
        GuiFixture::screenshot(&window, u"patch-lint.png"_s);

        // Removing the "*" everyone had resolves that finding; the connected admin held analyst_role through it, so
        // the draft also introduces a self-lockout.
        setPatchText(editor, uR"([{"op": "remove", "path": "/rolesmapping/analyst_role/users/0"}])"_s);
        const auto group = [findings](const QString &prefix) -> QTreeWidgetItem * {
            for (int i = 0; i < findings->topLevelItemCount(); ++i) {
                if (findings->topLevelItem(i)->text(0).startsWith(prefix))
                    return findings->topLevelItem(i);
            }
            return nullptr;
        };
        QTRY_VERIFY(group(u"Resolved"_s) != nullptr);
        QCOMPARE(group(u"Resolved"_s)->child(0)->text(1), Rule);
        QVERIFY(group(u"Introduced"_s) != nullptr);
        QCOMPARE(group(u"Introduced"_s)->child(0)->text(1), u"self-lockout"_s);
        QVERIFY2(summary->text().contains(u"resolves 1"_s), qPrintable(summary->text()));
        QVERIFY2(tabs->tabText(tab).contains(u"\u22121"_s), qPrintable(tabs->tabText(tab)));

        // A harmless draft: no new findings, nothing beside Send.
        setPatchText(editor,
                     uR"([{"op": "replace", "path": "/roles/analyst_role/description", "value": "Analysts, v2"}])"_s);
        QTRY_VERIFY2(summary->text().contains(u"No new findings"_s), qPrintable(summary->text()));
        QCOMPARE(findings->topLevelItemCount(), 0);
        QVERIFY(!line->isVisibleTo(editor));

        // An operation that does not apply: no findings claimed, and the tab says why.
        setPatchText(editor, uR"([{"op": "remove", "path": "/roles/no_such_role"}])"_s);
        QTRY_VERIFY(findings->topLevelItemCount() == 0);
        QTRY_VERIFY2(summary->text().contains(u"once every operation applies"_s), qPrintable(summary->text()));
        QVERIFY(!line->isVisibleTo(editor));
    }

    void writeConfirmationListsFindings()
    {
        ClusterSession session;
        MainWindow window(&session);
        m_gui.connectWindow(window, session);

        // A harmless change: no new findings, no typed confirmation.
        setPatchText(window.patchEditor(),
                     uR"([{"op": "replace", "path": "/roles/analyst_role/description", "value": "Analysts, v2"}])"_s);
        WriteDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = clickSend(window)) != nullptr);
        auto *summary = dialog->findChild<QLabel *>(ObjectNames::writeLintSummary);
        QVERIFY(summary->isVisible());
        QTRY_VERIFY(dialog->lintReady());
        QVERIFY2(summary->text().contains(u"No new findings"_s), qPrintable(summary->text()));
        QTRY_VERIFY(dialog->findChild<QPushButton *>(ObjectNames::writeSendButton)->isEnabled());
        QVERIFY(!dialog->findChild<QLineEdit *>(ObjectNames::writeLockoutConfirm)->isVisible());
        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectNames::writeCancelButton), Qt::LeftButton);
        QTRY_VERIFY(!window.writeDialog());

        // Everyone gets readall: a critical finding, listed, and Send waits for "readall" typed.
        setPatchText(window.patchEditor(),
                     uR"([{"op": "add", "path": "/rolesmapping/readall/users", "value": ["*"]}])"_s);
        QTRY_VERIFY((dialog = clickSend(window)) != nullptr);
        auto *send = dialog->findChild<QPushButton *>(ObjectNames::writeSendButton);
        auto *confirm = dialog->findChild<QLineEdit *>(ObjectNames::writeLockoutConfirm);
        summary = dialog->findChild<QLabel *>(ObjectNames::writeLintSummary);
        QTRY_VERIFY(dialog->lintReady());
        QVERIFY(!dialog->lintDelta().introduced.isEmpty());
        QCOMPARE(dialog->lintDelta().introduced.first().rule, Rule);
        QVERIFY2(summary->text().contains(u"critical"_s), qPrintable(summary->text()));
        auto *findings = dialog->findChild<QTreeWidget *>(ObjectNames::writeFindings);
        QVERIFY(findings->isVisible()); // its tab is brought forward
        QVERIFY(findings->topLevelItemCount() >= 1);
        QVERIFY(findings->topLevelItem(0)->text(0).startsWith(u"Introduced"_s));
        QCOMPARE(findings->topLevelItem(0)->child(0)->text(1), Rule);
        QTRY_VERIFY(confirm->isVisible());
        QCOMPARE(dialog->confirmationName(), u"readall"_s);
        QVERIFY(dialog->findChild<MessageBar *>(ObjectNames::writeLockoutBar)->text().contains(u"readall"_s));
        QVERIFY(dialog->findChild<QLabel *>(ObjectNames::writeLockoutConfirmLabel)->text().contains(u"readall"_s));
        QVERIFY(!send->isEnabled());
        QTest::keyClicks(confirm, u"readal"_s);
        QVERIFY(!send->isEnabled());
        QTest::keyClicks(confirm, u"l"_s);
        QTRY_VERIFY(send->isEnabled());
        GuiFixture::screenshot(dialog, u"write-lint.png"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(ObjectNames::writeCancelButton), Qt::LeftButton);
        QTRY_VERIFY(!window.writeDialog());
    }
};

QTEST_MAIN(TestProblemsView)
#include "TestProblemsView.moc"
