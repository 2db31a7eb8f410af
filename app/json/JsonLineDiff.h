#pragma once

// JsonLineDiff: the layout of a side-by-side text diff of pretty JSON, computed in core so that widgets only paint.
// Lines are aligned with Myers' O(ND) shortest edit script; lines changed in place are paired and carry the ranges
// of characters that differ (a second Myers pass over their characters). Pure functions, any thread.

#include <optional>

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

struct LineRange
{
    int start = 0;
    int length = 0;
    bool operator==(const LineRange &other) const = default;
};

// One row of an aligned diff: a line on the left, on the right, or both.
struct LineDiffRow
{
    enum class Kind { Equal, Removed, Added, Changed };

    Kind kind = Kind::Equal;
    int left = -1;                // line index in the left text; -1 when the row has no left line (Added)
    int right = -1;               // line index in the right text; -1 when the row has no right line (Removed)
    QList<LineRange> leftRanges;  // Changed: the characters of the left line that are not in the right one
    QList<LineRange> rightRanges; // Changed: the characters of the right line that are not in the left one
};

// One entity (or other value) shown in a side-by-side diff; an absent side is an added or removed entity.
struct DiffSection
{
    QString configType;
    QString entity;
    std::optional<QJsonValue> left;
    std::optional<QJsonValue> right;
};

// The two panes of a side-by-side diff, line for line: both sides have the same number of lines, so a widget can
// scroll them together. Filler lines (no text on that side) and section headings are marked.
struct SideBySideLayout
{
    enum class LineKind { Heading, Equal, Removed, Added, Changed };

    struct Line
    {
        LineKind kind = LineKind::Equal;
        int section = -1;
        bool leftFiller = false; // no line on the left at this row
        bool rightFiller = false;
        QList<LineRange> leftRanges;
        QList<LineRange> rightRanges;
    };

    QStringList leftLines;
    QStringList rightLines;
    QList<Line> lines;
    QList<int> sectionFirstLine; // the heading line of each section

    QString leftText() const { return leftLines.join(u'\n'); }
    QString rightText() const { return rightLines.join(u'\n'); }
};

namespace JsonLineDiff {

// The rows aligning `left` with `right`: every line of each side appears exactly once and in order; Equal rows are
// a longest common subsequence. Within a block of removed and added lines, lines are paired in order as Changed.
QList<LineDiffRow> diffLines(const QStringList &left, const QStringList &right);

// The characters of `left` not in `right` and the reverse, as ranges merged across gaps of at most `mergeGap`
// equal characters (so "abcd" -> "xbcy" reads as one change, not two).
void diffCharacters(const QString &left, const QString &right, QList<LineRange> *leftRanges,
                    QList<LineRange> *rightRanges, int mergeGap = 1);

// Pretty JSON (four-space indent, members sorted, empty containers as [] and {}), one string per line.
QStringList prettyLines(const QJsonValue &value);

// The side-by-side layout of several sections, each led by a heading line ("roles / r1").
SideBySideLayout layout(const QList<DiffSection> &sections);

} // namespace JsonLineDiff
