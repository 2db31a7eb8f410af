#include "app/domain/IndexMetadata.h"

#include <QJsonArray>

#include "app/json/Json.h"

using namespace Qt::StringLiterals;

namespace {

Error badMember(const QString &path, const QString &what)
{
    return Error {u"indices.parse"_s, u"The index metadata is not valid at %1: %2"_s.arg(path, what), {}};
}

// Absent or null: none.
std::optional<QStringList> stringList(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        return QStringList();
    return Json::stringList(value);
}

} // namespace

Result<IndexMetadata> IndexMetadata::fromJson(const QJsonObject &json)
{
    IndexMetadata metadata;
    // An unknown member means a wrong file (a configuration document given as index metadata, say): say so rather
    // than evaluate as if the cluster had no index.
    static const QStringList members {u"indices"_s, u"data_streams"_s, u"system_indices"_s, u"aliases"_s, u"now"_s};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!members.contains(it.key()))
            return badMember(it.key(), u"unknown member (expected %1)"_s.arg(members.join(u", "_s)));
    }
    const QJsonValue indices = json.value(u"indices"_s);
    if (!indices.isUndefined() && !indices.isObject())
        return badMember(u"indices"_s, u"not an object"_s);
    const QJsonObject indexObject = indices.toObject();
    for (auto it = indexObject.begin(); it != indexObject.end(); ++it) {
        const QString path = u"indices."_s + it.key();
        if (!it->isObject())
            return badMember(path, u"not an object"_s);
        const QJsonObject entry = it->toObject();
        IndexInfo info;
        const auto aliases = stringList(entry.value(u"aliases"_s));
        if (!aliases)
            return badMember(path + u".aliases"_s, u"not an array of strings"_s);
        info.aliases = *aliases;
        for (const char *flag : {"hidden", "closed"}) {
            const QJsonValue value = entry.value(QLatin1String(flag));
            if (!value.isUndefined() && !value.isNull() && !value.isBool())
                return badMember(path + u'.' + QLatin1String(flag), u"not true or false"_s);
        }
        info.hidden = entry.value(u"hidden"_s).toBool();
        info.closed = entry.value(u"closed"_s).toBool();
        const QJsonValue dataStream = entry.value(u"data_stream"_s);
        if (!dataStream.isUndefined() && !dataStream.isNull() && !dataStream.isString())
            return badMember(path + u".data_stream"_s, u"not a string or null"_s);
        info.dataStream = dataStream.toString();
        metadata.addIndex(it.key(), info);
    }
    const QJsonValue dataStreams = json.value(u"data_streams"_s);
    if (!dataStreams.isUndefined() && !dataStreams.isObject())
        return badMember(u"data_streams"_s, u"not an object"_s);
    const QJsonObject dataStreamObject = dataStreams.toObject();
    for (auto it = dataStreamObject.begin(); it != dataStreamObject.end(); ++it) {
        const auto backing = stringList(*it);
        if (!backing)
            return badMember(u"data_streams."_s + it.key(), u"not an array of strings"_s);
        metadata.addDataStream(it.key(), *backing);
    }
    const auto system = stringList(json.value(u"system_indices"_s));
    if (!system)
        return badMember(u"system_indices"_s, u"not an array of strings"_s);
    metadata.setSystemIndices(*system);
    const QJsonValue aliases = json.value(u"aliases"_s);
    if (!aliases.isUndefined() && !aliases.isObject())
        return badMember(u"aliases"_s, u"not an object"_s);
    const QJsonObject aliasObject = aliases.toObject();
    for (auto it = aliasObject.begin(); it != aliasObject.end(); ++it) {
        if (!it->isObject())
            return badMember(u"aliases."_s + it.key(), u"not an object"_s);
        metadata.setAliasHidden(it.key(), it->toObject().value(u"hidden"_s).toBool());
    }
    const QJsonValue now = json.value(u"now"_s);
    if (!now.isUndefined() && !now.isNull()) {
        const QDateTime parsed = QDateTime::fromString(now.toString(), Qt::ISODateWithMs);
        if (!now.isString() || !parsed.isValid())
            return badMember(u"now"_s, u"not an ISO 8601 date and time"_s);
        metadata.setNow(parsed.toUTC());
    }
    return metadata;
}

QJsonObject IndexMetadata::toJson() const
{
    QJsonObject indices;
    for (auto it = m_indices.begin(); it != m_indices.end(); ++it) {
        indices.insert(it.key(),
                       QJsonObject {{u"aliases"_s, QJsonArray::fromStringList(it->aliases)},
                                    {u"hidden"_s, it->hidden},
                                    {u"closed"_s, it->closed},
                                    {u"data_stream"_s, it->dataStream.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                                : QJsonValue(it->dataStream)}});
    }
    QJsonObject dataStreams;
    for (auto it = m_dataStreams.begin(); it != m_dataStreams.end(); ++it)
        dataStreams.insert(it.key(), QJsonArray::fromStringList(*it));
    QJsonObject json {{u"indices"_s, indices},
                      {u"data_streams"_s, dataStreams},
                      {u"system_indices"_s, QJsonArray::fromStringList(m_systemIndices)}};
    if (!m_hiddenAliases.isEmpty()) {
        QJsonObject aliases;
        for (const QString &alias : m_hiddenAliases)
            aliases.insert(alias, QJsonObject {{u"hidden"_s, true}});
        json.insert(u"aliases"_s, aliases);
    }
    if (m_now.isValid())
        json.insert(u"now"_s, m_now.toUTC().toString(Qt::ISODate));
    return json;
}

void IndexMetadata::addIndex(const QString &name, const IndexInfo &info)
{
    if (const auto old = m_indices.constFind(name); old != m_indices.constEnd()) {
        for (const QString &alias : old->aliases)
            m_aliasMembers[alias].removeAll(name);
    }
    m_indices.insert(name, info);
    for (const QString &alias : info.aliases) {
        QStringList &members = m_aliasMembers[alias];
        if (!members.contains(name))
            members.append(name);
    }
    if (!info.dataStream.isEmpty()) {
        QStringList &backing = m_dataStreams[info.dataStream];
        if (!backing.contains(name))
            backing.append(name);
    }
}

void IndexMetadata::addDataStream(const QString &name, const QStringList &backingIndices)
{
    QStringList &backing = m_dataStreams[name];
    for (const QString &index : backingIndices) {
        if (!backing.contains(index))
            backing.append(index);
        auto it = m_indices.find(index);
        if (it == m_indices.end())
            m_indices.insert(index, IndexInfo {{}, false, false, name});
        else if (it->dataStream.isEmpty())
            it->dataStream = name;
    }
}

void IndexMetadata::setAliasHidden(const QString &alias, bool hidden)
{
    if (hidden)
        m_hiddenAliases.insert(alias);
    else
        m_hiddenAliases.remove(alias);
}

const IndexInfo *IndexMetadata::index(const QString &name) const
{
    const auto it = m_indices.constFind(name);
    return it == m_indices.constEnd() ? nullptr : &*it;
}

QStringList IndexMetadata::members(const QString &aliasOrDataStream) const
{
    if (const auto it = m_aliasMembers.constFind(aliasOrDataStream); it != m_aliasMembers.constEnd())
        return *it;
    return m_dataStreams.value(aliasOrDataStream);
}

QDateTime IndexMetadata::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}
