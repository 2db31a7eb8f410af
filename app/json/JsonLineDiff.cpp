#include "app/json/JsonLineDiff.h"

#include <algorithm>
#include <utility>
#include <vector>

#include <QHash>
#include <QRegularExpression>

#include "app/json/Json.h"

namespace {

// Beyond this many edits the middle of a sequence is shown as removed-then-added instead of aligned: Myers' trace
// costs O(D^2) memory, and a diff that large is not read line by line anyway.
constexpr int MaxLineEdits = 3000;
constexpr int MaxCharEdits = 400;
constexpr int MaxCharLineLength = 4000;

using Matches = std::vector<std::pair<int, int>>;

// Myers' greedy shortest edit script; returns the matched (i, j) pairs in order (a longest common subsequence).
template <typename Eq> Matches myersMatches(int n, int m, Eq eq, int maxEdits)
{
    Matches matches;
    int prefix = 0;
    while (prefix < n && prefix < m && eq(prefix, prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && eq(n - 1 - suffix, m - 1 - suffix))
        ++suffix;
    for (int i = 0; i < prefix; ++i)
        matches.emplace_back(i, i);
    const int N = n - prefix - suffix;
    const int M = m - prefix - suffix;
    if (N > 0 && M > 0) {
        const int max = N + M;
        const int offset = max + 1;
        std::vector<int> v(size_t(2 * max + 3), 0);
        std::vector<std::vector<int>> trace; // trace[d]: v[-d..d] before step d
        int found = -1;
        for (int d = 0; d <= max && d <= maxEdits; ++d) {
            trace.emplace_back(v.begin() + (offset - d), v.begin() + (offset + d + 1));
            for (int k = -d; k <= d; k += 2) {
                int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1]
                                                                                       : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < N && y < M && eq(prefix + x, prefix + y)) {
                    ++x;
                    ++y;
                }
                v[offset + k] = x;
                if (x >= N && y >= M) {
                    found = d;
                    break;
                }
            }
            if (found >= 0)
                break;
        }
        if (found >= 0) {
            Matches middle;
            int x = N;
            int y = M;
            for (int d = found; d > 0; --d) {
                const std::vector<int> &prev = trace[size_t(d)];
                auto at = [&prev, d](int k) { return prev[size_t(k + d)]; };
                const int k = x - y;
                const int prevK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1;
                const int prevX = at(prevK);
                const int prevY = prevX - prevK;
                while (x > prevX && y > prevY) {
                    middle.emplace_back(prefix + x - 1, prefix + y - 1);
                    --x;
                    --y;
                }
                x = prevX;
                y = prevY;
            }
            while (x > 0 && y > 0) {
                middle.emplace_back(prefix + x - 1, prefix + y - 1);
                --x;
                --y;
            }
            matches.insert(matches.end(), middle.rbegin(), middle.rend());
        }
    }
    for (int i = suffix; i > 0; --i)
        matches.emplace_back(n - i, m - i);
    return matches;
}

QList<LineRange> unmatchedRanges(int length, const std::vector<int> &matchedPositions, int mergeGap)
{
    QList<LineRange> ranges;
    int next = 0; // next position expected to be matched
    auto addRun = [&](int start, int end) {
        if (end <= start)
            return;
        if (!ranges.isEmpty() && start - (ranges.last().start + ranges.last().length) <= mergeGap)
            ranges.last().length = end - ranges.last().start;
        else
            ranges.append({start, end - start});
    };
    for (int position : matchedPositions) {
        addRun(next, position);
        next = position + 1;
    }
    addRun(next, length);
    return ranges;
}

QString heading(const DiffSection &section)
{
    const QString name = section.entity.isEmpty() ? section.configType
                                                  : QStringLiteral("%1 / %2").arg(section.configType, section.entity);
    if (!section.left)
        return QCoreApplication::translate("JsonLineDiff", "%1 (added)").arg(name);
    if (!section.right)
        return QCoreApplication::translate("JsonLineDiff", "%1 (removed)").arg(name);
    return QCoreApplication::translate("JsonLineDiff", "%1 (changed)").arg(name);
}

} // namespace

namespace JsonLineDiff {

QList<LineDiffRow> diffLines(const QStringList &left, const QStringList &right)
{
    // Compare hashes first: cheap, and equal lines are confirmed by text.
    std::vector<size_t> leftHashes;
    std::vector<size_t> rightHashes;
    leftHashes.reserve(size_t(left.size()));
    rightHashes.reserve(size_t(right.size()));
    for (const QString &line : left)
        leftHashes.push_back(qHash(line));
    for (const QString &line : right)
        rightHashes.push_back(qHash(line));
    const auto eq = [&](int i, int j) {
        return leftHashes[size_t(i)] == rightHashes[size_t(j)] && left.at(i) == right.at(j);
    };
    const Matches matches = myersMatches(int(left.size()), int(right.size()), eq, MaxLineEdits);

    QList<LineDiffRow> rows;
    int i = 0;
    int j = 0;
    auto flush = [&](int untilLeft, int untilRight) {
        while (i < untilLeft && j < untilRight) {
            LineDiffRow row;
            row.kind = LineDiffRow::Kind::Changed;
            row.left = i++;
            row.right = j++;
            diffCharacters(left.at(row.left), right.at(row.right), &row.leftRanges, &row.rightRanges);
            rows.append(std::move(row));
        }
        while (i < untilLeft)
            rows.append({LineDiffRow::Kind::Removed, i++, -1, {}, {}});
        while (j < untilRight)
            rows.append({LineDiffRow::Kind::Added, -1, j++, {}, {}});
    };
    for (const auto &[mi, mj] : matches) {
        flush(mi, mj);
        rows.append({LineDiffRow::Kind::Equal, i++, j++, {}, {}});
    }
    flush(int(left.size()), int(right.size()));
    return rows;
}

void diffCharacters(const QString &left, const QString &right, QList<LineRange> *leftRanges,
                    QList<LineRange> *rightRanges, int mergeGap)
{
    std::vector<int> leftMatched;
    std::vector<int> rightMatched;
    if (left.size() <= MaxCharLineLength && right.size() <= MaxCharLineLength) {
        const auto eq = [&](int i, int j) { return left.at(i) == right.at(j); };
        for (const auto &[i, j] : myersMatches(int(left.size()), int(right.size()), eq, MaxCharEdits)) {
            leftMatched.push_back(i);
            rightMatched.push_back(j);
        }
    }
    if (leftRanges)
        *leftRanges = unmatchedRanges(int(left.size()), leftMatched, mergeGap);
    if (rightRanges)
        *rightRanges = unmatchedRanges(int(right.size()), rightMatched, mergeGap);
}

QStringList prettyLines(const QJsonValue &value)
{
    // Qt writes empty containers over two lines; a raw newline never occurs inside a JSON string, so this is safe.
    static const QRegularExpression emptyArray(QStringLiteral("\\[\n\\s*\\]"));
    static const QRegularExpression emptyObject(QStringLiteral("\\{\n\\s*\\}"));
    QString text = QString::fromUtf8(Json::serialize(value, Json::Format::Indented));
    text.replace(emptyArray, QStringLiteral("[]")).replace(emptyObject, QStringLiteral("{}"));
    if (text.endsWith(u'\n'))
        text.chop(1);
    return text.split(u'\n');
}

SideBySideLayout layout(const QList<DiffSection> &sections)
{
    SideBySideLayout result;
    for (int s = 0; s < sections.size(); ++s) {
        const DiffSection &section = sections.at(s);
        result.sectionFirstLine.append(int(result.lines.size()));
        const QString title = heading(section);
        result.leftLines.append(title);
        result.rightLines.append(title);
        result.lines.append({SideBySideLayout::LineKind::Heading, s, false, false, {}, {}});

        const QStringList left = section.left ? prettyLines(*section.left) : QStringList();
        const QStringList right = section.right ? prettyLines(*section.right) : QStringList();
        for (const LineDiffRow &row : diffLines(left, right)) {
            SideBySideLayout::Line line;
            line.section = s;
            line.leftFiller = row.left < 0;
            line.rightFiller = row.right < 0;
            line.leftRanges = row.leftRanges;
            line.rightRanges = row.rightRanges;
            switch (row.kind) {
            case LineDiffRow::Kind::Equal:
                line.kind = SideBySideLayout::LineKind::Equal;
                break;
            case LineDiffRow::Kind::Removed:
                line.kind = SideBySideLayout::LineKind::Removed;
                break;
            case LineDiffRow::Kind::Added:
                line.kind = SideBySideLayout::LineKind::Added;
                break;
            case LineDiffRow::Kind::Changed:
                line.kind = SideBySideLayout::LineKind::Changed;
                break;
            }
            result.leftLines.append(row.left >= 0 ? left.at(row.left) : QString());
            result.rightLines.append(row.right >= 0 ? right.at(row.right) : QString());
            result.lines.append(std::move(line));
        }
    }
    return result;
}

} // namespace JsonLineDiff
