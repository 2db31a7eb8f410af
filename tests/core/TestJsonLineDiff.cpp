#include <QtTest>

#include "app/json/JsonLineDiff.h"
#include "tests/support/JsonTestUtil.h"
#include "tests/support/RandomJson.h"

// Line alignment and intra-line ranges of side-by-side JSON diffs.
class TestJsonLineDiff : public QObject
{
    Q_OBJECT

private:
    static int lcsLength(const QStringList &a, const QStringList &b)
    {
        std::vector<std::vector<int>> table(size_t(a.size() + 1), std::vector<int>(size_t(b.size() + 1), 0));
        for (qsizetype i = a.size() - 1; i >= 0; --i) {
            for (qsizetype j = b.size() - 1; j >= 0; --j) {
                table[size_t(i)][size_t(j)] =
                    a.at(i) == b.at(j) ? table[size_t(i + 1)][size_t(j + 1)] + 1
                                       : std::max(table[size_t(i + 1)][size_t(j)], table[size_t(i)][size_t(j + 1)]);
            }
        }
        return table[0][0];
    }

    // Every line of each side appears once and in order; equal rows hold equal lines.
    static void checkRows(const QList<LineDiffRow> &rows, const QStringList &left, const QStringList &right)
    {
        int nextLeft = 0;
        int nextRight = 0;
        for (const LineDiffRow &row : rows) {
            if (row.left >= 0)
                QCOMPARE(row.left, nextLeft++);
            if (row.right >= 0)
                QCOMPARE(row.right, nextRight++);
            switch (row.kind) {
            case LineDiffRow::Kind::Equal:
                QCOMPARE(left.at(row.left), right.at(row.right));
                break;
            case LineDiffRow::Kind::Changed:
                QVERIFY(row.left >= 0 && row.right >= 0);
                QVERIFY(left.at(row.left) != right.at(row.right));
                break;
            case LineDiffRow::Kind::Removed:
                QCOMPARE(row.right, -1);
                break;
            case LineDiffRow::Kind::Added:
                QCOMPARE(row.left, -1);
                break;
            }
        }
        QCOMPARE(nextLeft, left.size());
        QCOMPARE(nextRight, right.size());
    }

    static QString outside(const QString &line, const QList<LineRange> &ranges)
    {
        QString rest;
        int position = 0;
        for (const LineRange &range : ranges) {
            rest += line.mid(position, range.start - position);
            position = range.start + range.length;
        }
        return rest + line.mid(position);
    }

private slots:
    void alignment_data()
    {
        QTest::addColumn<QStringList>("left");
        QTest::addColumn<QStringList>("right");
        QTest::addColumn<QString>("kinds"); // one letter per row: = - + ~
        const auto l = [](const char *text) { return QString::fromLatin1(text).split(u','); };
        QTest::newRow("same") << l("a,b,c") << l("a,b,c") << QStringLiteral("===");
        QTest::newRow("insert") << l("a,c") << l("a,b,c") << QStringLiteral("=+=");
        QTest::newRow("delete") << l("a,b,c") << l("a,c") << QStringLiteral("=-=");
        QTest::newRow("change") << l("a,b,c") << l("a,x,c") << QStringLiteral("=~=");
        QTest::newRow("change then add") << l("a,b,c") << l("a,x,y,c") << QStringLiteral("=~+=");
        QTest::newRow("all new") << QStringList() << l("a,b") << QStringLiteral("++");
        QTest::newRow("all gone") << l("a,b") << QStringList() << QStringLiteral("--");
        QTest::newRow("moved line") << l("a,b,c,d") << l("b,c,d,a") << QStringLiteral("-===+");
    }

    void alignment()
    {
        QFETCH(QStringList, left);
        QFETCH(QStringList, right);
        QFETCH(QString, kinds);
        const QList<LineDiffRow> rows = JsonLineDiff::diffLines(left, right);
        checkRows(rows, left, right);
        QString actual;
        for (const LineDiffRow &row : rows)
            actual += QStringLiteral("=-+~").at(int(row.kind));
        QCOMPARE(actual, kinds);
    }

    void intraLineRanges()
    {
        QList<LineRange> left;
        QList<LineRange> right;
        JsonLineDiff::diffCharacters(QStringLiteral("    \"description\": \"old text\","),
                                     QStringLiteral("    \"description\": \"new text\","), &left, &right, 0);
        QCOMPARE(left, (QList<LineRange> {{20, 3}}));
        QCOMPARE(right, (QList<LineRange> {{20, 3}}));

        // A pure insertion: nothing on the left.
        JsonLineDiff::diffCharacters(QStringLiteral("\"a\""), QStringLiteral("\"a\","), &left, &right, 0);
        QVERIFY(left.isEmpty());
        QCOMPARE(right, (QList<LineRange> {{3, 1}}));

        // Small gaps are merged for reading: "abcd" -> "xbcy" is two ranges, merged across 2 equal characters.
        JsonLineDiff::diffCharacters(QStringLiteral("abcd"), QStringLiteral("xbcy"), &left, &right, 0);
        QCOMPARE(left.size(), 2);
        JsonLineDiff::diffCharacters(QStringLiteral("abcd"), QStringLiteral("xbcy"), &left, &right, 2);
        QCOMPARE(left, (QList<LineRange> {{0, 4}}));
    }

    void randomDocuments()
    {
        // Properties on random documents: alignment is complete and ordered, equal rows are a *longest* common
        // subsequence, and the characters outside the highlighted ranges are the same on both sides.
        for (quint64 seed = 1; seed <= 150; ++seed) {
            TestUtil::RandomJson random(seed);
            const QJsonValue a = random.value(4);
            const QJsonValue b = random.mutate(a, 4);
            const QStringList left = JsonLineDiff::prettyLines(a);
            const QStringList right = JsonLineDiff::prettyLines(b);
            const QList<LineDiffRow> rows = JsonLineDiff::diffLines(left, right);
            checkRows(rows, left, right);
            const auto equal = std::count_if(
                rows.begin(), rows.end(), [](const LineDiffRow &row) { return row.kind == LineDiffRow::Kind::Equal; });
            QCOMPARE(int(equal), lcsLength(left, right));
            for (const LineDiffRow &row : rows) {
                if (row.kind != LineDiffRow::Kind::Changed)
                    continue;
                QList<LineRange> leftRanges;
                QList<LineRange> rightRanges;
                JsonLineDiff::diffCharacters(left.at(row.left), right.at(row.right), &leftRanges, &rightRanges, 0);
                QCOMPARE(outside(left.at(row.left), leftRanges), outside(right.at(row.right), rightRanges));
            }
        }
    }

    void sideBySideLayout()
    {
        const QList<DiffSection> sections {
            {QStringLiteral("roles"), QStringLiteral("r1"), TestUtil::json(R"({"a": 1, "b": [1, 2]})"),
             TestUtil::json(R"({"a": 2, "b": [1, 2, 3]})")},
            {QStringLiteral("roles"), QStringLiteral("r2"), std::nullopt, TestUtil::json(R"({"x": true})")},
        };
        const SideBySideLayout layout = JsonLineDiff::layout(sections);
        QCOMPARE(layout.leftLines.size(), layout.rightLines.size());
        QCOMPARE(layout.lines.size(), layout.leftLines.size());
        QCOMPARE(layout.sectionFirstLine.size(), 2);
        QCOMPARE(layout.lines.at(0).kind, SideBySideLayout::LineKind::Heading);
        QVERIFY(layout.leftLines.at(0).contains(QStringLiteral("roles / r1")));
        const int second = layout.sectionFirstLine.at(1);
        QVERIFY(layout.rightLines.at(second).contains(QStringLiteral("added")));
        // The added entity: every line after its heading is an Added line with a filler on the left.
        for (int i = second + 1; i < layout.lines.size(); ++i) {
            QCOMPARE(layout.lines.at(i).kind, SideBySideLayout::LineKind::Added);
            QVERIFY(layout.lines.at(i).leftFiller);
            QVERIFY(layout.leftLines.at(i).isEmpty());
        }
        // "a": 1 -> "a": 2 is a changed line whose ranges cover the digit only.
        bool found = false;
        for (int i = 1; i < second; ++i) {
            const auto &line = layout.lines.at(i);
            if (line.kind == SideBySideLayout::LineKind::Changed && layout.leftLines.at(i).contains(u"\"a\"")) {
                found = true;
                QCOMPARE(line.leftRanges.size(), 1);
                QCOMPARE(layout.leftLines.at(i).mid(line.leftRanges.first().start, line.leftRanges.first().length),
                         QStringLiteral("1"));
            }
        }
        QVERIFY(found);
    }

    void prettyLinesAreCompactForEmptyContainers()
    {
        QCOMPARE(JsonLineDiff::prettyLines(TestUtil::json(R"({"a": [], "b": {}})")),
                 (QStringList {QStringLiteral("{"), QStringLiteral("    \"a\": [],"), QStringLiteral("    \"b\": {}"),
                               QStringLiteral("}")}));
        QCOMPARE(JsonLineDiff::prettyLines(QJsonValue(3)), QStringList {QStringLiteral("3")});
    }
};

QTEST_APPLESS_MAIN(TestJsonLineDiff)
#include "TestJsonLineDiff.moc"
