// SecurityAdminFiles: the entity-level comparison of two configuration documents (a directory, another cluster,
// a version and the live configuration).

#include <QCoreApplication>
#include <QSet>

#include "app/domain/ConfigType.h"
#include "app/domain/SecurityAdminFiles.h"
#include "app/domain/WriteSecrets.h"
#include "app/json/Json.h"

using namespace Qt::StringLiterals;

namespace SecurityAdminFiles {

namespace {

// What a file may leave out and GET fills in (not 0: a number is never a default here).
bool isDefaultLike(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || value == QJsonValue(false) || value == QJsonValue(QString())
           || value == QJsonValue(QJsonArray()) || value == QJsonValue(QJsonObject());
}

QJsonObject comparable(const QJsonObject &entity, bool redacted)
{
    QJsonObject copy = entity;
    copy.remove(u"static"_s);
    const QJsonValue value = redacted ? WriteSecrets::redactValue(copy) : QJsonValue(copy);
    return withoutDefaults(value).toObject();
}

QStringList keysThatDiffer(const QJsonObject &a, const QJsonObject &b)
{
    QStringList keys = a.keys();
    for (const QString &key : b.keys()) {
        if (!a.contains(key))
            keys << key;
    }
    keys.sort();
    QStringList result;
    for (const QString &key : std::as_const(keys)) {
        if (!Json::equals(a.value(key), b.value(key)))
            result << key;
    }
    return result;
}

// A type's entities, statics left out. The config type's one entity is "dynamic".
QJsonObject entitiesOf(const QJsonObject &document, const QString &key)
{
    QJsonObject entities = document.value(key).toObject();
    for (auto it = entities.begin(); it != entities.end();) {
        if (it.value().toObject().value(u"static"_s).toBool())
            it = entities.erase(it);
        else
            ++it;
    }
    return entities;
}

// A version made comparable with the live configuration as this user sees it: types the cluster does not show
// and hidden entities it leaves out are dropped.
QJsonObject alignedWithLive(QJsonObject version, const QJsonObject &live)
{
    for (auto it = version.begin(); it != version.end();) {
        if (!live.contains(it.key())) {
            it = version.erase(it);
            continue;
        }
        if (it.key() != u"config"_s) {
            QJsonObject entities = it.value().toObject();
            const QJsonObject liveEntities = live.value(it.key()).toObject();
            for (auto entity = entities.begin(); entity != entities.end();) {
                if (entity.value().toObject().value(u"hidden"_s).toBool() && !liveEntities.contains(entity.key()))
                    entity = entities.erase(entity);
                else
                    ++entity;
            }
            it.value() = entities;
        }
        ++it;
    }
    return version;
}

} // namespace

QJsonValue withoutDefaults(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = withoutDefaults(array.at(i));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end();) {
        it.value() = withoutDefaults(it.value());
        if (isDefaultLike(it.value()))
            it = object.erase(it);
        else
            ++it;
    }
    return object;
}

qsizetype newestMatchingVersion(const QList<ConfigVersion> &versions, const QJsonObject &live)
{
    for (qsizetype i = versions.size() - 1; i >= 0; --i) {
        const QJsonObject version = alignedWithLive(versions.at(i).toConfigDocument(true), live);
        if (!version.isEmpty() && compareDocuments(version, live).isEmpty())
            return i;
    }
    return -1;
}

QString EntityDifference::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return u"added"_s;
    case Kind::Removed:
        return u"removed"_s;
    case Kind::Changed:
        break;
    }
    return u"changed"_s;
}

QStringList differingMembers(const QString &type, const QJsonObject &source, const QJsonObject &target)
{
    QStringList members = keysThatDiffer(comparable(source, true), comparable(target, true));
    if (!members.isEmpty())
        return members;
    // Equal apart from secrets: compare those only where both sides hold real values.
    QJsonObject a = source;
    QJsonObject b = target;
    a.remove(u"hash"_s);
    b.remove(u"hash"_s);
    if (!WriteSecrets::containsPlaceholder(a) && !WriteSecrets::containsPlaceholder(b))
        members = keysThatDiffer(comparable(a, false), comparable(b, false));
    if (type == u"internalusers"_s) {
        const QString hashA = source.value(u"hash"_s).toString();
        const QString hashB = target.value(u"hash"_s).toString();
        if (!hashA.isEmpty() && !hashB.isEmpty() && hashA != hashB)
            members << u"hash"_s;
    }
    return members;
}

bool sameApartFromSecrets(const QString &type, const QJsonObject &a, const QJsonObject &b)
{
    Q_UNUSED(type)
    return Json::equals(comparable(a, true), comparable(b, true));
}

QList<EntityDifference> compareDocuments(const QJsonObject &source, const QJsonObject &target)
{
    QList<EntityDifference> result;
    for (ConfigType type : ConfigTypeInfo::all()) {
        const QString key = ConfigTypeInfo::key(type);
        if (!source.contains(key) || !target.contains(key))
            continue;
        const QJsonObject from = entitiesOf(source, key);
        const QJsonObject to = entitiesOf(target, key);
        QStringList names = from.keys();
        for (const QString &name : to.keys()) {
            if (!from.contains(name))
                names << name;
        }
        names.sort();
        for (const QString &name : std::as_const(names)) {
            EntityDifference difference;
            difference.type = key;
            difference.entity = name;
            if (!to.contains(name)) {
                difference.kind = EntityDifference::Kind::Added;
            } else if (!from.contains(name)) {
                difference.kind = EntityDifference::Kind::Removed;
            } else {
                difference.changedMembers =
                    differingMembers(key, from.value(name).toObject(), to.value(name).toObject());
                if (difference.changedMembers.isEmpty())
                    continue;
            }
            result.append(difference);
        }
    }
    return result;
}

QJsonArray differencesToJson(const QList<EntityDifference> &differences)
{
    QJsonArray array;
    for (const EntityDifference &difference : differences) {
        QJsonObject item {{u"type"_s, difference.type},
                          {u"entity"_s, difference.entity},
                          {u"kind"_s, EntityDifference::kindName(difference.kind)}};
        if (difference.kind == EntityDifference::Kind::Changed)
            item.insert(u"members"_s, QJsonArray::fromStringList(difference.changedMembers));
        array.append(item);
    }
    return array;
}

QString differencesText(const QList<EntityDifference> &differences)
{
    QString text;
    for (const EntityDifference &difference : differences) {
        switch (difference.kind) {
        case EntityDifference::Kind::Added:
            text += u"+ "_s + difference.type + u'/' + difference.entity + u'\n';
            break;
        case EntityDifference::Kind::Removed:
            text += u"- "_s + difference.type + u'/' + difference.entity + u'\n';
            break;
        case EntityDifference::Kind::Changed:
            text += u"~ "_s + difference.type + u'/' + difference.entity + u" ("_s
                    + difference.changedMembers.join(u", "_s) + u")\n"_s;
            break;
        }
    }
    text += QCoreApplication::translate("SecurityAdminFiles", "%n entity(ies) differ", nullptr, int(differences.size()))
            + u'\n';
    return text;
}

} // namespace SecurityAdminFiles
