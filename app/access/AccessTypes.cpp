#include "app/access/AccessTypes.h"

using namespace Qt::StringLiterals;

QString AccessEngines::name(AccessEngine engine)
{
    return engine == AccessEngine::V4 ? u"v4"_s : u"legacy"_s;
}

std::optional<AccessEngine> AccessEngines::fromName(const QString &name)
{
    if (name.compare(u"legacy"_s, Qt::CaseInsensitive) == 0)
        return AccessEngine::Legacy;
    if (name.compare(u"v4"_s, Qt::CaseInsensitive) == 0)
        return AccessEngine::V4;
    return std::nullopt;
}
