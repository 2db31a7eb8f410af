#include "app/sandbox/IndexCatalog.h"

#include <algorithm>

const CatalogIndex *IndexCatalog::index(const QString &name) const
{
    const auto it = std::find_if(indices.begin(), indices.end(), [&](const CatalogIndex &i) { return i.name == name; });
    return it == indices.end() ? nullptr : &*it;
}

const CatalogDataStream *IndexCatalog::dataStream(const QString &name) const
{
    const auto it = std::find_if(dataStreams.begin(), dataStreams.end(),
                                 [&](const CatalogDataStream &d) { return d.name == name; });
    return it == dataStreams.end() ? nullptr : &*it;
}
