#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTabBar>
#include <QTextEdit>
#include <QToolButton>
#include <QtTest>

#include "app/store/ClusterSession.h"
#include "app/store/ProfileStore.h"
#include "app/write/ChangePlan.h"
#include "tests/support/GuiFixture.h"
#include "ui/dialogs/ConnectionDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/mainwindow/ProfileMenu.h"
#include "ui/views/compare/CompareMenu.h"
#include "ui/views/compare/CompareView.h"
#include "ui/views/configeditor/ReplaceConfigDialog.h"
#include "ui/views/journal/JournalView.h"
#include "ui/views/write/WriteCoordinator.h"
#include "ui/views/write/WriteDialog.h"

using namespace Qt::StringLiterals;

namespace {

// A control a user operates (and a screen reader announces): buttons, text fields, lists, trees, combo and spin
// boxes, tab bars. Qt's own pieces inside other controls (a combo box's or spin box's line edit, a line edit's clear
// button, an item view's header, the dock title buttons named qt_*) are Qt's to name and skipped; so is a hidden
// button without text (a message bar's action, which gets its text when it is shown).
bool isInteractive(const QWidget *widget)
{
    if (widget->objectName().startsWith(u"qt_"_s))
        return false;
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent)
            || qobject_cast<const QLineEdit *>(parent))
            return false;
    }
    if (qobject_cast<const QScrollBar *>(widget) || qobject_cast<const QHeaderView *>(widget))
        return false;
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget);
        button && button->isHidden() && button->text().isEmpty())
        return false;
    if (qobject_cast<const QTabBar *>(widget->parentWidget()))
        return false; // a tab bar's scroll buttons
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
           || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
           || qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QTextEdit *>(widget)
           || qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QTabBar *>(widget);
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(widget);
    return interface ? interface->text(QAccessible::Name).trimmed() : QString();
}

QString describe(const QWidget *widget)
{
    return u"%1 \"%2\" (in %3)"_s.arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                                      widget->parentWidget() ? widget->parentWidget()->objectName() : QString());
}

// Every interactive control under `root` that has no accessible name (its own, a buddy label's or its text).
QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (isInteractive(widget) && accessibleName(widget).isEmpty())
            unnamed << describe(widget);
    }
    return unnamed;
}

int countInteractive(QWidget *root)
{
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    return int(std::count_if(widgets.begin(), widgets.end(), [](QWidget *w) { return isInteractive(w); }));
}

// The object names Tab visits from `first`, in order: the focus chain, as QWidget::focusNextPrevChild walks it,
// keeping the widgets that can take focus from the keyboard now (visible, enabled, Tab focus).
QStringList tabOrder(QWidget *first, QWidget *window)
{
    QStringList names;
    QWidget *widget = first;
    do {
        if (widget->isVisibleTo(window) && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)
            && !widget->focusProxy() && widget->window() == window)
            names << widget->objectName();
        widget = widget->nextInFocusChain();
    } while (widget && widget != first);
    return names;
}

// `expected` appears in `order` in this order (other widgets may come between).
bool inOrder(const QStringList &order, const QStringList &expected)
{
    qsizetype from = 0;
    for (const QString &name : expected) {
        const qsizetype at = order.indexOf(name, from);
        if (at < 0)
            return false;
        from = at + 1;
    }
    return true;
}

} // namespace

// Accessible names on every control of the main window, its docks and its dialogs, and a sensible Tab order, on
// the in-process sandbox, offscreen.
class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    GuiFixture m_gui;

    static void verifyNamed(QWidget *root, int atLeast)
    {
        QVERIFY2(countInteractive(root) >= atLeast,
                 qPrintable(u"only %1 controls in %2"_s.arg(countInteractive(root)).arg(root->objectName())));
        const QStringList unnamed = unnamedControls(root);
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"without an accessible name: "_s + unnamed.join(u"; "_s)));
    }

private slots:
    void initTestCase()
    {
        m_gui.initDataDirectory();
        m_gui.startSandbox();
        m_gui.makeProfileStore();
    }

    void cleanupTestCase() { m_gui.cleanup(); }

    void theHelperSeesMissingNames()
    {
        // The check itself: an unlabelled line edit is caught, a buddy label or a name fixes it.
        QWidget form;
        auto *edit = new QLineEdit(&form);
        edit->setObjectName(u"bare"_s);
        QCOMPARE(unnamedControls(&form), QStringList {describe(edit)});
        auto *label = new QLabel(u"&Host:"_s, &form);
        label->setBuddy(edit);
        QCOMPARE(accessibleName(edit), u"Host:"_s);
        QVERIFY(unnamedControls(&form).isEmpty());
        auto *icon = new QToolButton(&form);
        QCOMPARE(unnamedControls(&form).size(), 1);
        icon->setAccessibleName(u"Close"_s);
        QVERIFY(unnamedControls(&form).isEmpty());
    }

    void welcomePage()
    {
        ClusterSession session;
        MainWindow window(&session, m_gui.profiles());
        GuiFixture::show(window);
        verifyNamed(window.findChild<QWidget *>(ObjectNames::welcomePage), 3);
        const QStringList order = tabOrder(window.findChild<QWidget *>(ObjectNames::trySandboxButton), &window);
        QStringList expected {ObjectNames::trySandboxButton, ObjectNames::addClusterButton};
        if (window.findChild<QWidget *>(ObjectNames::profileList)->isVisibleTo(&window))
            expected << ObjectNames::profileList;
        QVERIFY2(inOrder(order, expected), qPrintable(order.join(u", "_s)));
    }

    void mainWindowAndDocks()
    {
        ClusterSession session;
        MainWindow window(&session, m_gui.profiles());
        m_gui.connectWindow(window, session);
        QVERIFY(GuiFixture::openPatchEditor(window));
        QVERIFY(GuiFixture::openTimeline(window));
        QTRY_VERIFY(window.findChild<QDockWidget *>(ObjectNames::timelineDock)->isVisible());
        QVERIFY(window.findChild<QDockWidget *>(ObjectNames::patchEditorDock)->isVisible());
        window.showError(u"a message with its buttons"_s);

        verifyNamed(&window, 30);

        // The cluster page: filter, its option, the tree, then the summary and the JSON of the selection.
        const QStringList order = tabOrder(window.findChild<QWidget *>(ObjectNames::filterEdit), &window);
        QVERIFY2(inOrder(order, {ObjectNames::filterEdit, ObjectNames::filterRegex, ObjectNames::configTree,
                                 ObjectNames::jsonDetail}),
                 qPrintable(order.join(u", "_s)));
        // The patch editor: the operations, then the form top to bottom (its buttons are disabled while the form
        // is empty), then the preview.
        QVERIFY2(inOrder(order, {ObjectNames::operationsList, ObjectNames::opCombo, ObjectNames::pathEdit,
                                 ObjectNames::valueEdit, ObjectNames::diffTypeFilter, ObjectNames::diffTree}),
                 qPrintable(order.join(u", "_s)));
        // The timeline: the versions, its tabs, what they are compared with, the changes, the buttons.
        QVERIFY2(inOrder(order, {ObjectNames::timelineList, u"qt_tabwidget_tabbar"_s, ObjectNames::timelineCompareCombo,
                                 ObjectNames::diffTree, ObjectNames::diffLeftPane, ObjectNames::timelineReloadButton}),
                 qPrintable(order.join(u", "_s)));
        // The message bar sits above the page: its buttons come right before the filter (Shift+Tab from the filter
        // reaches them; the chain wraps from the docks to them).
        QVERIFY2(order.mid(order.size() - 2) == QStringList({ObjectNames::messageAction, ObjectNames::messageClose}),
                 qPrintable(order.join(u", "_s)));
    }

    void connectionDialog()
    {
        ClusterSession session;
        MainWindow window(&session, m_gui.profiles());
        GuiFixture::show(window);
        window.profileMenu()->addCluster();
        ConnectionDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ConnectionDialog *>(ObjectNames::connectionDialog))
                    && dialog->isVisible());
        verifyNamed(dialog, 12);
        // Each file field: the edit and its Browse button are told apart.
        QCOMPARE(accessibleName(dialog->findChild<QWidget *>(ObjectNames::caEditBrowse)).isEmpty(), false);
        QVERIFY(accessibleName(dialog->findChild<QWidget *>(ObjectNames::caEditBrowse))
                != accessibleName(dialog->findChild<QWidget *>(ObjectNames::certEditBrowse)));
        QCOMPARE(accessibleName(dialog->findChild<QWidget *>(ObjectNames::urlEdit)), u"Address:"_s);

        const QStringList order = tabOrder(dialog->findChild<QWidget *>(ObjectNames::nameEdit), dialog);
        QVERIFY2(inOrder(order, {ObjectNames::nameEdit, ObjectNames::urlEdit, ObjectNames::authCombo,
                                 ObjectNames::userEdit, ObjectNames::passwordEdit, ObjectNames::verifyTlsCheck,
                                 ObjectNames::timeoutSpin, ObjectNames::testButton, ObjectNames::saveButton}),
                 qPrintable(order.join(u", "_s)));
        // Real keys from the first field: Tab moves to the address, Shift+Tab back.
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto *name = dialog->findChild<QWidget *>(ObjectNames::nameEdit);
        name->setFocus();
        QTest::keyClick(name, Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), dialog->findChild<QWidget *>(ObjectNames::urlEdit));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
        QTRY_COMPARE(QApplication::focusWidget(), name);
        dialog->reject();
    }

    void clusterDialogsAndJournal()
    {
        ClusterSession session;
        MainWindow window(&session, m_gui.profiles());
        m_gui.connectWindow(window, session, GuiFixture::Connection().keepSize());

        window.findChild<QAction *>(ObjectNames::actionReplaceConfig)->trigger();
        auto *replace = window.findChild<ReplaceConfigDialog *>(ObjectNames::replaceConfigDialog);
        QTRY_VERIFY(replace && replace->isVisible());
        verifyNamed(replace, 6);
        const QStringList order = tabOrder(replace->findChild<QWidget *>(ObjectNames::replaceConfigEditor), replace);
        QVERIFY2(
            inOrder(order, {ObjectNames::replaceConfigEditor, ObjectNames::diffTree, ObjectNames::replaceConfigReset}),
            qPrintable(order.join(u", "_s)));
        replace->close();

        // The compare window: the source, the entity list and its options, the diff, then the buttons (the disabled
        // ones, Select all and Apply while nothing is loaded, are skipped by Tab).
        CompareView *compare = window.compareMenu()->openCompareView();
        QTRY_VERIFY(compare && compare->isVisible());
        verifyNamed(compare, 10);
        const QStringList compareOrder =
            tabOrder(compare->findChild<QWidget *>(ObjectNames::compareOpenDirectoryButton), compare);
        QVERIFY2(inOrder(compareOrder,
                         {ObjectNames::compareOpenDirectoryButton, ObjectNames::compareProfileCombo,
                          ObjectNames::compareFilterEdit, ObjectNames::compareTree, ObjectNames::comparePruneCheck,
                          ObjectNames::diffTree, ObjectNames::compareCloseButton}),
                 qPrintable(compareOrder.join(u", "_s)));
        compare->close();

        window.findChild<QAction *>(ObjectNames::actionWriteJournal)->trigger();
        auto *journal = window.findChild<JournalView *>(ObjectNames::journalView);
        QTRY_VERIFY(journal && journal->isVisible());
        verifyNamed(journal, 3);
        journal->close();

        // The write confirmation, for a one-operation patch that brings no new lint problem (one would show the
        // Problems tab first; TestProblemsView covers that).
        const auto plan = ChangePlan::compile(
            QJsonArray {QJsonObject {{u"op"_s, u"add"_s},
                                     {u"path"_s, u"/tenants/accessibility_tenant"_s},
                                     {u"value"_s, QJsonObject {{u"description"_s, u"a tenant"_s}}}}},
            session.configuration().document);
        QVERIFY(plan.ok());
        window.writes()->request({*plan, {}, {}, {}});
        WriteDialog *write = window.writeDialog();
        QTRY_VERIFY(write && write->isVisible());
        QTRY_VERIFY(write->findChild<QWidget *>(ObjectNames::writeSendButton)->isEnabled());
        verifyNamed(write, 8);
        const QStringList writeOrder = tabOrder(write->findChild<QWidget *>(ObjectNames::diffTree), write);
        QVERIFY2(
            inOrder(writeOrder, {ObjectNames::diffTree, ObjectNames::writeSendButton, ObjectNames::writeCancelButton}),
            qPrintable(writeOrder.join(u", "_s)));
        write->close();
    }
};

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
