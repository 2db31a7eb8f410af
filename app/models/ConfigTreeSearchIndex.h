#pragma once

// ConfigTreeSearchIndex: what ConfigTreeModel's filter searches instead of the JSON values. Per part of a type (a
// run of entities), every distinct entity name, member name and scalar text once, joined into one string (and into
// a case-folded copy), and per entity the ids of its name and of the strings below it. A 35 MB document has 2 million
// names and values with 28 million characters, but only about 250,000 distinct strings with 6 million: a filter tests
// each distinct string once with one pass over contiguous text, then each entity by looking up ids. Parts are built in
// parallel on worker threads; immutable and shared once built.

#include <memory>
#include <optional>
#include <vector>

#include <QString>
#include <QStringList>

#include "app/models/ConfigTreeData.h"

struct ConfigTreeSearchIndex
{
    // Entities of a type are indexed in parts of this many, so that the parts build in parallel.
    static constexpr int PartSize = 8192;

    struct Part
    {
        int firstEntity = 0;          // the part's entity i is the type's firstEntity + i
        QString text;                 // the distinct strings, each followed by '\n'
        QString folded;               // the same, each string case-folded (same offsets)
        std::vector<quint32> offsets; // string i is text[offsets[i], offsets[i + 1] - 1); one more than strings
        // Strings that are tested one by one: their folding changes their length, or they hold surrogates (which
        // stand as U+FFFD in the texts, so that PCRE may skip its UTF-16 check).
        std::vector<quint32> special;  // ids, ascending
        QStringList specialStrings;    // their original text
        std::vector<quint32> nameIds;  // entity i's name
        std::vector<quint32> valueIds; // entity i's strings below it: valueIds[starts[i] .. starts[i + 1])
        std::vector<quint32> starts;   // one more than there are entities

        qsizetype stringCount() const { return qsizetype(offsets.size()) - 1; }
        QString string(quint32 id) const;

        // Which distinct strings `filter` matches (1) or not (0), exactly as ConfigTreeFilter::matches() would
        // say for each; nullopt when cancelled.
        std::optional<std::vector<char>> matchingStrings(const ConfigTreeFilter &filter,
                                                         const CancelToken &cancel) const;

        // The entities [first, first + PartSize) of `type`; null when cancelled.
        static std::shared_ptr<const Part> build(const ConfigTreeSnapshot::Type &type, int first,
                                                 const CancelToken &cancel = {});

    private:
        QStringView view(quint32 id) const;
        bool testOneByOne(const ConfigTreeFilter &filter, quint32 from, std::vector<char> &hits,
                          const CancelToken &cancel) const;
        void testSpecial(const ConfigTreeFilter &filter, std::vector<char> &hits) const;
    };

    std::shared_ptr<const ConfigTreeSnapshot> snapshot;
    std::vector<std::vector<std::shared_ptr<const Part>>> types; // parallel to snapshot->types, parts in order

    // Every part at once, on this thread (tests; the model builds the parts in parallel).
    static std::shared_ptr<const ConfigTreeSearchIndex> build(std::shared_ptr<const ConfigTreeSnapshot> snapshot);
};
