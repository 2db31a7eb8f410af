#include "app/models/ConfigTreeSearchIndex.h"

#include <algorithm>

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace {

// How often a worker looks at its cancel token, in entities or strings.
constexpr int SearchCancelInterval = 1024;

// Adds the ids of the member names and scalar texts in `value` to `out`, giving new strings new ids.
class Collector
{
public:
    quint32 idOf(const QString &text)
    {
        const auto it = m_ids.constFind(text);
        if (it != m_ids.constEnd())
            return *it;
        const auto id = quint32(strings.size());
        strings.append(text);
        m_ids.insert(text, id);
        return id;
    }

    void collect(const QJsonValue &value, std::vector<quint32> &out)
    {
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                out.push_back(idOf(it.key()));
                collect(it.value(), out);
            }
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (const QJsonValue &element : array)
                collect(element, out);
        } else {
            out.push_back(idOf(ConfigTreeFilter::scalarText(value)));
        }
    }

    QStringList strings;

private:
    QHash<QString, quint32> m_ids;
};

bool hasSurrogate(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isSurrogate(); });
}

QString withoutSurrogates(QString text)
{
    for (QChar &c : text) {
        if (c.isSurrogate())
            c = QChar::ReplacementCharacter;
    }
    return text;
}

} // namespace

using Part = ConfigTreeSearchIndex::Part;

QStringView Part::view(quint32 id) const
{
    return QStringView(text).mid(offsets[id], offsets[id + 1] - offsets[id] - 1);
}

QString Part::string(quint32 id) const
{
    const auto it = std::lower_bound(special.begin(), special.end(), id);
    if (it != special.end() && *it == id)
        return specialStrings.at(it - special.begin());
    return view(id).toString();
}

std::shared_ptr<const Part> Part::build(const ConfigTreeSnapshot::Type &type, int first, const CancelToken &cancel)
{
    auto index = std::make_shared<Part>();
    index->firstEntity = first;
    Collector collector;
    const qsizetype end = std::min(type.names.size(), qsizetype(first) + PartSize);
    index->nameIds.reserve(size_t(end - first));
    index->starts.reserve(size_t(end - first) + 1);
    std::vector<quint32> below;
    for (qsizetype i = first; i < end; ++i) {
        if (i % SearchCancelInterval == 0 && cancel.isCancelled())
            return nullptr;
        index->nameIds.push_back(collector.idOf(type.names[i]));
        below.clear();
        collector.collect(type.values[i], below);
        // Each string once per entity: "false" is in most of them several times.
        std::sort(below.begin(), below.end());
        below.erase(std::unique(below.begin(), below.end()), below.end());
        index->starts.push_back(quint32(index->valueIds.size()));
        index->valueIds.insert(index->valueIds.end(), below.begin(), below.end());
    }
    index->starts.push_back(quint32(index->valueIds.size()));
    index->valueIds.shrink_to_fit();

    qsizetype length = 0;
    for (const QString &string : std::as_const(collector.strings))
        length += string.size() + 1;
    index->text.reserve(length);
    index->folded.reserve(length);
    index->offsets.reserve(size_t(collector.strings.size()) + 1);
    for (qsizetype id = 0; id < collector.strings.size(); ++id) {
        const QString &string = collector.strings[id];
        const QString folded = string.toCaseFolded();
        index->offsets.push_back(quint32(index->text.size()));
        if (folded.size() != string.size() || hasSurrogate(string)) {
            index->special.push_back(quint32(id));
            index->specialStrings.append(string);
            const QString placeholder = withoutSurrogates(string);
            index->text += placeholder;
            index->folded += placeholder;
        } else {
            index->text += string;
            index->folded += folded;
        }
        index->text += u'\n';
        index->folded += u'\n';
    }
    index->offsets.push_back(quint32(index->text.size()));
    return index;
}

// Tests the strings from `from` on with the filter itself; false when cancelled.
bool Part::testOneByOne(const ConfigTreeFilter &filter, quint32 from, std::vector<char> &hits,
                        const CancelToken &cancel) const
{
    for (quint32 id = from; id < quint32(stringCount()); ++id) {
        if (id % SearchCancelInterval == 0 && cancel.isCancelled())
            return false;
        hits[id] = filter.matches(view(id));
    }
    return true;
}

void Part::testSpecial(const ConfigTreeFilter &filter, std::vector<char> &hits) const
{
    for (size_t i = 0; i < special.size(); ++i)
        hits[special[i]] = filter.matches(specialStrings.at(qsizetype(i)));
}

// Plain text: search the folded text for the folded needle. Folding maps each character on its own and keeps
// lengths (strings where it does not are special), so a hit is exactly a case-insensitive match; the needle holds
// no '\n', so a hit never spans two strings. A regular expression: its prefilter finds the first string at or
// after a position that may match, which is then tested with the expression itself.
std::optional<std::vector<char>> Part::matchingStrings(const ConfigTreeFilter &filter, const CancelToken &cancel) const
{
    std::vector<char> hits(size_t(stringCount()), 0);
    const QString needle = filter.text();
    const QString foldedNeedle = needle.toCaseFolded();
    std::optional<QRegularExpression> prefilter;
    if (filter.isRegex())
        prefilter = filter.prefilter();
    const bool plainSearch = !filter.isRegex() && !needle.contains(u'\n') && !hasSurrogate(needle)
                             && !foldedNeedle.contains(QChar::ReplacementCharacter)
                             && foldedNeedle.size() == needle.size();
    if (!prefilter && !plainSearch) {
        if (!testOneByOne(filter, 0, hits, cancel))
            return std::nullopt;
        testSpecial(filter, hits);
        return hits;
    }

    qsizetype from = 0;
    int found = 0;
    while (from < text.size()) {
        if (++found % SearchCancelInterval == 0 && cancel.isCancelled())
            return std::nullopt;
        qsizetype hit = -1;
        if (prefilter) {
            const QRegularExpressionMatch match = prefilter->match(
                text, from, QRegularExpression::NormalMatch, QRegularExpression::DontCheckSubjectStringMatchOption);
            if (!match.isValid()) { // PCRE gave up on this long text (a resource limit): test the rest one by one
                const auto next = std::upper_bound(offsets.begin(), offsets.end(), quint32(from));
                if (!testOneByOne(filter, quint32(next - offsets.begin()) - 1, hits, cancel))
                    return std::nullopt;
                break;
            }
            hit = match.hasMatch() ? match.capturedStart() : -1;
        } else {
            hit = folded.indexOf(foldedNeedle, from, Qt::CaseSensitive);
        }
        if (hit < 0)
            break;
        const auto next = std::upper_bound(offsets.begin(), offsets.end(), quint32(hit));
        const auto id = quint32(next - offsets.begin()) - 1;
        if (id >= quint32(stringCount()))
            break;
        hits[id] = prefilter ? filter.matches(view(id)) : 1;
        from = *next;
    }
    testSpecial(filter, hits); // whatever the search said about their placeholders
    return hits;
}

std::shared_ptr<const ConfigTreeSearchIndex>
ConfigTreeSearchIndex::build(std::shared_ptr<const ConfigTreeSnapshot> snapshot)
{
    auto index = std::make_shared<ConfigTreeSearchIndex>();
    for (const ConfigTreeSnapshot::Type &type : snapshot->types) {
        std::vector<std::shared_ptr<const Part>> parts;
        for (int first = 0; first < int(type.names.size()) || first == 0; first += PartSize)
            parts.push_back(Part::build(type, first));
        index->types.push_back(std::move(parts));
    }
    index->snapshot = std::move(snapshot);
    return index;
}
