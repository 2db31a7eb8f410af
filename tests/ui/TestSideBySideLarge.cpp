// SideBySideDiffView with a diff of many lines: only the lines around the screen carry extra selections (a text
// cursor each), and scrolling moves them along, so the last lines are painted once they are on screen.

#include <QJsonArray>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QtTest>

#include "tests/support/Screenshot.h"
#include "ui/widgets/diff/SideBySideDiffView.h"

using namespace Qt::StringLiterals;

namespace {

// The block numbers the pane's extra selections are on.
QSet<int> selectedLines(QPlainTextEdit *pane)
{
    QSet<int> lines;
    for (const QTextEdit::ExtraSelection &selection : pane->extraSelections())
        lines.insert(selection.cursor.blockNumber());
    return lines;
}

} // namespace

class TestSideBySideLarge : public QObject
{
    Q_OBJECT

private slots:
    void selectionsFollowTheScreen()
    {
        // One entity whose 5000-element array changed in every element: 5000 changed lines.
        QJsonArray before;
        QJsonArray after;
        for (int i = 0; i < 5000; ++i) {
            before.append(u"old-%1"_s.arg(i));
            after.append(u"new-%1"_s.arg(i));
        }
        SideBySideDiffView view;
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setSections({{u"roles"_s, u"r1"_s, QJsonValue(QJsonObject {{u"a"_s, before}}),
                           QJsonValue(QJsonObject {{u"a"_s, after}})}});
        const int lines = int(view.currentLayout().lines.size());
        QVERIFY(lines > 5000);
        QCOMPARE(view.leftPane()->document()->blockCount(), lines);

        // At the top: the heading and the first changed lines, nothing near the end.
        QSet<int> left = selectedLines(view.leftPane());
        QVERIFY(left.contains(0));
        QVERIFY(left.contains(10));
        QVERIFY(left.size() < 500);
        QVERIFY(!left.contains(lines - 3));
        QCOMPARE(selectedLines(view.rightPane()), left);

        // At the bottom: the last changed lines have theirs, the top ones no longer.
        view.leftPane()->verticalScrollBar()->setValue(view.leftPane()->verticalScrollBar()->maximum());
        left = selectedLines(view.leftPane());
        QVERIFY(left.contains(lines - 3)); // the last element; the two lines after it close the array and the object
        QVERIFY(!left.contains(10));
        QVERIFY(left.size() < 500);
        QCOMPARE(selectedLines(view.rightPane()), left);

        // A changed line still carries its stronger range highlight besides its line background.
        const int line = lines - 3;
        int onLine = 0;
        for (const QTextEdit::ExtraSelection &selection : view.rightPane()->extraSelections())
            onLine += selection.cursor.blockNumber() == line;
        QVERIFY(onLine >= 2);

        // scrollToEntity still reaches a section, and an empty diff clears everything.
        QVERIFY(view.scrollToEntity(u"roles"_s, u"r1"_s));
        QVERIFY(selectedLines(view.leftPane()).contains(0));
        view.setSections({});
        QVERIFY(view.leftPane()->extraSelections().isEmpty());
        QVERIFY(view.rightPane()->extraSelections().isEmpty());
    }

    void manySectionsAreLaidOutOnAWorker()
    {
        SideBySideDiffView view;
        view.setSynchronousLimit(0); // every diff counts as large here
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto sections = [](const QString &value) {
            QList<DiffSection> list;
            for (int i = 0; i < 300; ++i)
                list.append({u"roles"_s, u"r%1"_s.arg(i), QJsonValue(QJsonObject {{u"d"_s, u"old"_s}}),
                             QJsonValue(QJsonObject {{u"d"_s, value}})});
            return list;
        };
        view.setSections(sections(u"first"_s));
        view.setSections(sections(u"second"_s)); // replaces the first before it arrives
        QVERIFY(view.isLayingOut());
        QVERIFY(view.currentLayout().lines.isEmpty()); // the previous (empty) layout until then
        QTRY_VERIFY(!view.isLayingOut());
        const SideBySideLayout &layout = view.currentLayout();
        QVERIFY(layout.rightText().contains(u"second"_s));
        QVERIFY(!layout.rightText().contains(u"first"_s));
        QCOMPARE(view.leftPane()->document()->blockCount(), int(layout.lines.size()));
        QCOMPARE(view.rightPane()->document()->toPlainText(), layout.rightText());
        QVERIFY(!selectedLines(view.rightPane()).isEmpty()); // painted
        QVERIFY(view.scrollToEntity(u"roles"_s, u"r250"_s));
        QVERIFY(TestScreenshot::save(&view, u"side-by-side-worker.png"_s));

        // A filter goes the same way; a small result comes back to the panes' own documents.
        view.setSynchronousLimit(50);
        view.setFilter(u"roles"_s, u"r17"_s);
        QVERIFY(!view.isLayingOut());
        QCOMPARE(view.leftPane()->document()->blockCount(), int(view.currentLayout().lines.size()));
        QVERIFY(view.currentLayout().leftText().contains(u"r17"_s));
        QCOMPARE(view.leftPane()->font(), view.leftPane()->document()->defaultFont());
    }
};

QTEST_MAIN(TestSideBySideLarge)
#include "TestSideBySideLarge.moc"
