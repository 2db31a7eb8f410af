#include "app/json/JsonDiff.h"

#include <vector>

#include <QJsonArray>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentMap>

#include "app/json/Json.h"

namespace {

// Arrays whose differing middle parts exceed this many LCS cells are compared position by position instead.
constexpr qsizetype MaxLcsCells = 4'000'000;

enum class Edit : quint8 { Keep, Delete, Insert };

// The shortest edit script (as Keep/Delete/Insert steps) between a and b, from a longest common subsequence.
std::vector<Edit> lcsScript(const QJsonArray &a, qsizetype aBegin, qsizetype aEnd, const QJsonArray &b,
                            qsizetype bBegin, qsizetype bEnd)
{
    const qsizetype n = aEnd - aBegin;
    const qsizetype m = bEnd - bBegin;
    std::vector<size_t> ha(n), hb(m);
    for (qsizetype i = 0; i < n; ++i)
        ha[i] = Json::hash(a.at(aBegin + i));
    for (qsizetype j = 0; j < m; ++j)
        hb[j] = Json::hash(b.at(bBegin + j));
    auto same = [&](qsizetype i, qsizetype j) {
        return ha[i] == hb[j] && Json::equals(a.at(aBegin + i), b.at(bBegin + j));
    };
    // lengths[i][j]: LCS length of a[i..] and b[j..]
    const qsizetype width = m + 1;
    std::vector<quint32> lengths(size_t((n + 1) * width), 0);
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            lengths[i * width + j] = same(i, j) ? lengths[(i + 1) * width + j + 1] + 1
                                                : std::max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
        }
    }
    std::vector<Edit> script;
    script.reserve(size_t(n + m));
    qsizetype i = 0, j = 0;
    while (i < n && j < m) {
        if (same(i, j)) {
            script.push_back(Edit::Keep);
            ++i;
            ++j;
        } else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) {
            script.push_back(Edit::Delete);
            ++i;
        } else {
            script.push_back(Edit::Insert);
            ++j;
        }
    }
    script.insert(script.end(), size_t(n - i), Edit::Delete);
    script.insert(script.end(), size_t(m - j), Edit::Insert);
    return script;
}

// The members of two objects lined up: present in both, only in a, or only in b; in key order.
struct MemberPair
{
    QString key;
    QJsonValue a;
    QJsonValue b;
    bool inA = false;
    bool inB = false;
};

QList<MemberPair> pairMembers(const QJsonObject &a, const QJsonObject &b)
{
    // Both objects keep their keys sorted, so a merge walk lines them up; a key present on one side only is
    // confirmed with a lookup. Should the orders ever disagree, every key is paired by lookup instead.
    QList<MemberPair> pairs;
    auto ai = a.constBegin();
    auto bi = b.constBegin();
    while (ai != a.constEnd() || bi != b.constEnd()) {
        if (ai == a.constEnd()) {
            pairs.append({bi.key(), {}, bi.value(), false, true});
            ++bi;
            continue;
        }
        if (bi == b.constEnd()) {
            pairs.append({ai.key(), ai.value(), {}, true, false});
            ++ai;
            continue;
        }
        const QString aKey = ai.key();
        const QString bKey = bi.key();
        // The smaller key goes first, so the pairs (and the patch) are in key order whichever side a key is on.
        if (aKey == bKey) {
            pairs.append({aKey, ai.value(), bi.value(), true, true});
            ++ai;
            ++bi;
        } else if (aKey < bKey && !b.contains(aKey)) {
            pairs.append({aKey, ai.value(), {}, true, false});
            ++ai;
        } else if (bKey < aKey && !a.contains(bKey)) {
            pairs.append({bKey, {}, bi.value(), false, true});
            ++bi;
        } else {
            pairs.clear();
            for (auto it = a.constBegin(); it != a.constEnd(); ++it) {
                const auto found = b.constFind(it.key());
                const bool inB = found != b.constEnd();
                pairs.append({it.key(), it.value(), inB ? found.value() : QJsonValue(), true, inB});
            }
            for (auto it = b.constBegin(); it != b.constEnd(); ++it) {
                if (!a.contains(it.key()))
                    pairs.append({it.key(), {}, it.value(), false, true});
            }
            return pairs;
        }
    }
    return pairs;
}

// Documents whose top-level containers together hold at least this many elements are diffed in parallel, in
// slices of this many entities.
constexpr qsizetype ParallelThreshold = 4096;
constexpr qsizetype SliceSize = 1024;

qsizetype containerSize(const QJsonValue &value)
{
    return value.isObject() ? value.toObject().size() : value.isArray() ? value.toArray().size() : 0;
}

class Differ
{
public:
    explicit Differ(QStringList path = {}) : m_path(std::move(path)) { }

    JsonDiffResult result;

    // Records a change at the location the differ was made with.
    void recordHere(PatchOperation::Op op, const QJsonValue &oldValue, const QJsonValue &newValue)
    {
        record(op, oldValue, newValue);
    }

    void diffValue(const QJsonValue &a, const QJsonValue &b)
    {
        if (a.type() == b.type() && (a.isObject() || a.isArray())) {
            // Qt's own comparison is exact, allocation-free and O(1) for shared containers: most subtrees of a
            // configuration are unchanged, so it settles them before any walk.
            if (Json::identical(a, b))
                return;
            if (a.isObject())
                return diffObject(a.toObject(), b.toObject());
            return diffArray(a.toArray(), b.toArray());
        }
        if (!Json::equals(a, b))
            record(PatchOperation::Op::Replace, a, b);
    }

private:
    QStringList m_path; // the current location, as tokens; pushed and popped while walking

    void record(PatchOperation::Op op, const QJsonValue &oldValue, const QJsonValue &newValue)
    {
        JsonPointer pointer(m_path);
        JsonChange change;
        change.path = pointer;
        switch (op) {
        case PatchOperation::Op::Add:
            change.kind = JsonChange::Kind::Added;
            change.newValue = newValue;
            result.patch.append(PatchOperation::add(std::move(pointer), newValue));
            break;
        case PatchOperation::Op::Remove:
            change.kind = JsonChange::Kind::Removed;
            change.oldValue = oldValue;
            result.patch.append(PatchOperation::remove(std::move(pointer)));
            break;
        default:
            change.kind = JsonChange::Kind::Changed;
            change.oldValue = oldValue;
            change.newValue = newValue;
            result.patch.append(PatchOperation::replace(std::move(pointer), newValue));
            break;
        }
        result.changes.append(std::move(change));
    }

    void emitAt(const QString &token, PatchOperation::Op op, const QJsonValue &oldValue, const QJsonValue &newValue)
    {
        m_path.append(token);
        record(op, oldValue, newValue);
        m_path.removeLast();
    }

    void diffMember(const QString &key, const QJsonValue &a, const QJsonValue &b)
    {
        m_path.append(key);
        diffValue(a, b);
        m_path.removeLast();
    }

    void diffObject(const QJsonObject &a, const QJsonObject &b) { diffPairs(pairMembers(a, b)); }

public:
    // Diffs lined-up members of the object at the current location.
    void diffPairs(const QList<MemberPair> &members)
    {
        for (const MemberPair &member : members) {
            if (member.inA && member.inB)
                diffMember(member.key, member.a, member.b);
            else if (member.inA)
                emitAt(member.key, PatchOperation::Op::Remove, member.a, {});
            else
                emitAt(member.key, PatchOperation::Op::Add, {}, member.b);
        }
    }

private:
    void diffArray(const QJsonArray &a, const QJsonArray &b)
    {
        const qsizetype n = a.size();
        const qsizetype m = b.size();
        qsizetype prefix = 0;
        while (prefix < n && prefix < m && Json::equals(a.at(prefix), b.at(prefix)))
            ++prefix;
        qsizetype suffix = 0;
        while (suffix < n - prefix && suffix < m - prefix && Json::equals(a.at(n - 1 - suffix), b.at(m - 1 - suffix)))
            ++suffix;
        const qsizetype aEnd = n - suffix;
        const qsizetype bEnd = m - suffix;
        if (prefix == aEnd && prefix == bEnd)
            return;

        std::vector<Edit> script;
        if ((aEnd - prefix + 1) * (bEnd - prefix + 1) <= MaxLcsCells) {
            script = lcsScript(a, prefix, aEnd, b, prefix, bEnd);
        } else {
            // Too large for a quadratic table: pair elements by position, then delete or insert the rest.
            const qsizetype common = std::min(aEnd, bEnd) - prefix;
            for (qsizetype k = 0; k < common; ++k) {
                script.push_back(Edit::Delete);
                script.push_back(Edit::Insert);
            }
            script.insert(script.end(), size_t(aEnd - prefix - common), Edit::Delete);
            script.insert(script.end(), size_t(bEnd - prefix - common), Edit::Insert);
        }

        // Walk the script; a run of deletions followed by insertions pairs up into in-place changes.
        qsizetype index = prefix; // position in the array as it is after the operations emitted so far
        qsizetype ai = prefix;
        qsizetype bi = prefix;
        size_t s = 0;
        while (s < script.size()) {
            if (script[s] == Edit::Keep) {
                ++index, ++ai, ++bi, ++s;
                continue;
            }
            qsizetype deletions = 0, insertions = 0;
            while (s < script.size() && script[s] == Edit::Delete)
                ++deletions, ++s;
            while (s < script.size() && script[s] == Edit::Insert)
                ++insertions, ++s;
            const qsizetype paired = std::min(deletions, insertions);
            for (qsizetype k = 0; k < paired; ++k) {
                diffMember(QString::number(index), a.at(ai), b.at(bi));
                ++index, ++ai, ++bi;
            }
            for (qsizetype k = paired; k < deletions; ++k)
                emitAt(QString::number(index), PatchOperation::Op::Remove, a.at(ai++), {});
            for (qsizetype k = paired; k < insertions; ++k)
                emitAt(QString::number(index++), PatchOperation::Op::Add, {}, b.at(bi++));
        }
    }
};

} // namespace

QString JsonChange::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return QStringLiteral("added");
    case Kind::Removed:
        return QStringLiteral("removed");
    case Kind::Changed:
        break;
    }
    return QStringLiteral("changed");
}

namespace JsonDiff {

namespace {

JsonDiffResult computeDiff(const QJsonValue &from, const QJsonValue &to)
{
    if (from.isObject() && to.isObject()) {
        // A configuration document: its types, and the entities within a type, are independent. Large documents are
        // cut into slices of entities diffed on all cores; putting the slices back in order gives exactly the
        // serial walk's result.
        const QList<MemberPair> members = pairMembers(from.toObject(), to.toObject());
        qsizetype work = 0;
        for (const MemberPair &member : members)
            work += containerSize(member.a) + containerSize(member.b);
        if (work >= ParallelThreshold) {
            struct Slice
            {
                MemberPair member;          // the top-level member
                QList<MemberPair> entities; // a run of its entities, when both sides are objects
                bool entitiesOnly = false;
            };
            QList<Slice> slices;
            for (const MemberPair &member : members) {
                if (member.inA && member.inB && member.a.isObject() && member.b.isObject()) {
                    const QList<MemberPair> entities = pairMembers(member.a.toObject(), member.b.toObject());
                    for (qsizetype i = 0; i < entities.size(); i += SliceSize)
                        slices.append({member, entities.mid(i, SliceSize), true});
                } else {
                    slices.append({member, {}, false});
                }
            }
            const QList<JsonDiffResult> parts =
                QtConcurrent::blockingMapped<QList<JsonDiffResult>>(slices, [](const Slice &slice) -> JsonDiffResult {
                    Differ differ(QStringList {slice.member.key});
                    if (slice.entitiesOnly)
                        differ.diffPairs(slice.entities);
                    else if (slice.member.inA && slice.member.inB)
                        differ.diffValue(slice.member.a, slice.member.b);
                    else if (slice.member.inA)
                        differ.recordHere(PatchOperation::Op::Remove, slice.member.a, {});
                    else
                        differ.recordHere(PatchOperation::Op::Add, {}, slice.member.b);
                    return std::move(differ.result);
                });
            JsonDiffResult result;
            for (const JsonDiffResult &part : parts) {
                result.patch.append(part.patch);
                result.changes.append(part.changes);
            }
            return result;
        }
    }
    Differ differ;
    differ.diffValue(from, to);
    return std::move(differ.result);
}

} // namespace

JsonDiffResult compute(const QJsonValue &from, const QJsonValue &to)
{
    return computeDiff(from, to);
}

JsonDiffResult compute(const JsonSource &from, const JsonSource &to)
{
    if (!from.value().isObject() || !to.value().isObject() || !from.hasEntityIndex() || !to.hasEntityIndex())
        return computeDiff(from.value(), to.value());

    // Per type, the entity names whose text differs (or that exist on one side only) are found from the two text
    // indexes alone; only those entities are walked. The output order (by name) is the value walk's.
    JsonDiffResult result;
    for (const MemberPair &type : pairMembers(from.value().toObject(), to.value().toObject())) {
        const JsonSource::EntitySpans *spansA = from.entitySpans(type.key);
        const JsonSource::EntitySpans *spansB = to.entitySpans(type.key);
        const bool indexed = type.inA && type.inB && type.a.isObject() && type.b.isObject() && spansA && spansB
                             && spansA->size() == type.a.toObject().size()
                             && spansB->size() == type.b.toObject().size();
        Differ differ(QStringList {type.key});
        if (!indexed) {
            if (type.inA && type.inB)
                differ.diffValue(type.a, type.b);
            else if (type.inA)
                differ.recordHere(PatchOperation::Op::Remove, type.a, {});
            else
                differ.recordHere(PatchOperation::Op::Add, {}, type.b);
        } else {
            QStringList names;
            for (auto it = spansA->constBegin(); it != spansA->constEnd(); ++it) {
                const auto other = spansB->constFind(it.key());
                if (other == spansB->constEnd()
                    || QByteArrayView(from.text().constData() + it->begin, it->end - it->begin)
                           != QByteArrayView(to.text().constData() + other->begin, other->end - other->begin))
                    names << it.key();
            }
            for (auto it = spansB->constBegin(); it != spansB->constEnd(); ++it) {
                if (!spansA->contains(it.key()))
                    names << it.key();
            }
            std::sort(names.begin(), names.end());
            const QJsonObject a = type.a.toObject();
            const QJsonObject b = type.b.toObject();
            QList<MemberPair> pairs;
            pairs.reserve(names.size());
            for (const QString &name : std::as_const(names)) {
                const auto ai = a.constFind(name);
                const auto bi = b.constFind(name);
                const bool inA = ai != a.constEnd();
                const bool inB = bi != b.constEnd();
                pairs.append({name, inA ? ai.value() : QJsonValue(), inB ? bi.value() : QJsonValue(), inA, inB});
            }
            differ.diffPairs(pairs);
        }
        result.patch.append(differ.result.patch);
        result.changes.append(differ.result.changes);
    }
    return result;
}

JsonPatch diff(const QJsonValue &from, const QJsonValue &to)
{
    return compute(from, to).patch;
}

QList<JsonChange> changes(const QJsonValue &from, const QJsonValue &to)
{
    return compute(from, to).changes;
}

} // namespace JsonDiff
