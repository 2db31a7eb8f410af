// libFuzzer target: JsonDiff (app/json/JsonDiff.h) and the side-by-side line diff (app/json/JsonLineDiff.h).
// Input: two JSON documents separated by the separator line. The oracle: the diff applied to the first document
// gives the second (apply(diff(a, b), a) == b), with one change per operation; the text-indexed diff
// (JsonSource) gives the same patch; the line diff keeps every line of both sides once and in order.

#include "app/domain/ConfigChanges.h"
#include "app/json/Json.h"
#include "app/json/JsonDiff.h"
#include "app/json/JsonLineDiff.h"
#include "app/json/JsonSource.h"
#include "fuzz/FuzzSupport.h"

using namespace Qt::StringLiterals;

namespace {

QString show(const QJsonValue &value)
{
    return QString::fromUtf8(Json::serialize(value, Json::Format::Compact));
}

void checkDiff(const JsonDiffResult &result, const QJsonValue &a, const QJsonValue &b, const char *which)
{
    const QString patchText = QString::fromLatin1(which) + u": "_s + show(result.patch.toJson());
    FUZZ_CHECK(result.changes.size() == result.patch.size(), patchText);
    const auto applied = result.patch.apply(a);
    FUZZ_CHECK(applied, patchText + u" does not apply: "_s + applied.error().message());
    FUZZ_CHECK(Json::equals(*applied, b), patchText + u" gives "_s + show(*applied));
}

void checkLineDiff(const QJsonValue &a, const QJsonValue &b)
{
    const QStringList left = JsonLineDiff::prettyLines(a);
    const QStringList right = JsonLineDiff::prettyLines(b);
    int nextLeft = 0;
    int nextRight = 0;
    for (const LineDiffRow &row : JsonLineDiff::diffLines(left, right)) {
        if (row.left >= 0)
            FUZZ_CHECK(row.left == nextLeft++, u"left line order"_s);
        if (row.right >= 0)
            FUZZ_CHECK(row.right == nextRight++, u"right line order"_s);
        if (row.kind == LineDiffRow::Kind::Equal)
            FUZZ_CHECK(left.at(row.left) == right.at(row.right), left.at(row.left));
        for (const LineRange &range : row.leftRanges)
            FUZZ_CHECK(range.start >= 0 && range.length >= 0 && range.start + range.length <= left.at(row.left).size(),
                       left.at(row.left));
        for (const LineRange &range : row.rightRanges)
            FUZZ_CHECK(range.start >= 0 && range.length >= 0
                           && range.start + range.length <= right.at(row.right).size(),
                       right.at(row.right));
    }
    FUZZ_CHECK(nextLeft == left.size() && nextRight == right.size(), u"lines lost"_s);

    const SideBySideLayout layout = JsonLineDiff::layout({DiffSection {u"t"_s, u"e"_s, a, b}});
    FUZZ_CHECK(layout.leftLines.size() == layout.rightLines.size() && layout.lines.size() == layout.leftLines.size(),
               u"layout sides differ in length"_s);
}

} // namespace

SECDESK_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = Fuzz::split(data, size, 2);
    const auto a = Json::parse(parts.at(0));
    const auto b = Json::parse(parts.at(1));
    if (!a || !b)
        return 0;

    const JsonDiffResult result = JsonDiff::compute(*a, *b);
    checkDiff(result, *a, *b, "value diff");
    FUZZ_CHECK(JsonDiff::diff(*b, *b).isEmpty(), show(*b));
    FUZZ_CHECK(JsonDiff::diff(*a, *b).isEmpty() == Json::equals(*a, *b), show(*a) + u" / "_s + show(*b));

    const auto sourceA = JsonSource::parse(parts.at(0));
    const auto sourceB = JsonSource::parse(parts.at(1));
    FUZZ_CHECK(sourceA && sourceB, u"JsonSource rejects what Json::parse accepts"_s);
    const JsonDiffResult indexed = JsonDiff::compute(*sourceA, *sourceB);
    checkDiff(indexed, *a, *b, "text-indexed diff");
    FUZZ_CHECK(indexed.patch == result.patch, u"text-indexed diff "_s + show(indexed.patch.toJson())
                                                  + u" differs from value diff "_s + show(result.patch.toJson()));

    FUZZ_CHECK(!ConfigChanges::summaryText(result.changes).isEmpty(), u"summary"_s);
    FUZZ_CHECK(ConfigChanges::toJson(result.changes).size() == result.changes.size(), u"changesToJson"_s);
    qsizetype grouped = 0;
    for (const ConfigChangeGroup &group : ConfigChanges::group(result.changes))
        grouped += group.changes.size();
    FUZZ_CHECK(grouped == result.changes.size(), u"group"_s);

    checkLineDiff(*a, *b);
    return 0;
}
