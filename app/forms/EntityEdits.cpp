#include "app/forms/EntityEdits.h"

#include <algorithm>

#include <QCoreApplication>

#include "app/json/Json.h"
#include "app/json/JsonPatch.h"
#include "app/json/JsonPointer.h"

using namespace Qt::StringLiterals;

namespace {

struct EntityEditsText
{
    Q_DECLARE_TR_FUNCTIONS(EntityEdits)
};

QString pointerOf(const QStringList &tokens)
{
    return JsonPointer(tokens).toString();
}

// The elements of the array at `path` (under `base`) that equal `name`.
void exactEntries(QList<EntityEdits::Reference> &into, const QJsonValue &array, const QString &path,
                  const QString &name, const QString &holderType, const QString &holder, bool readOnly,
                  const QString &text)
{
    const QJsonArray entries = array.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).toString() == name)
            into.append({path + u'/' + QString::number(i), holderType, holder, readOnly, text});
    }
}

// The array index a reference's pointer ends with, and the array's pointer; -1 for a whole entity.
std::pair<QString, qsizetype> arrayElement(const QString &pointer)
{
    const qsizetype slash = pointer.lastIndexOf(u'/');
    bool number = false;
    const qsizetype index = pointer.mid(slash + 1).toLongLong(&number);
    return number ? std::pair {pointer.left(slash), index} : std::pair {pointer, qsizetype(-1)};
}

} // namespace

const QStringList &EntityEdits::types()
{
    static const QStringList all {u"roles"_s, u"rolesmapping"_s, u"internalusers"_s, u"actiongroups"_s, u"tenants"_s};
    return all;
}

QString EntityEdits::readOnlyReason(const QJsonObject &entity)
{
    QStringList why;
    for (const QString &flag : {u"reserved"_s, u"static"_s, u"hidden"_s}) {
        if (entity.value(flag).toBool())
            why << flag;
    }
    return why.join(u", "_s);
}

QList<EntityEdits::Reference> EntityEdits::references(const QJsonObject &document, const QString &type,
                                                      const QString &name)
{
    QList<Reference> found;
    const QJsonObject roles = document.value(u"roles"_s).toObject();
    if (type == u"roles"_s) {
        const QJsonObject mappings = document.value(u"rolesmapping"_s).toObject();
        if (mappings.contains(name)) {
            found.append({pointerOf({u"rolesmapping"_s, name}), u"rolesmapping"_s, name,
                          !readOnlyReason(mappings.value(name).toObject()).isEmpty(),
                          EntityEditsText::tr("the role mapping of %1").arg(name)});
        }
        const QJsonObject users = document.value(u"internalusers"_s).toObject();
        for (auto it = users.begin(); it != users.end(); ++it) {
            const QJsonObject user = it->toObject();
            exactEntries(found, user.value(u"opendistro_security_roles"_s),
                         pointerOf({u"internalusers"_s, it.key(), u"opendistro_security_roles"_s}), name,
                         u"internalusers"_s, it.key(), !readOnlyReason(user).isEmpty(),
                         EntityEditsText::tr("user %1: security roles").arg(it.key()));
        }
    } else if (type == u"actiongroups"_s) {
        for (auto it = roles.begin(); it != roles.end(); ++it) {
            const QJsonObject role = it->toObject();
            const bool readOnly = !readOnlyReason(role).isEmpty();
            exactEntries(found, role.value(u"cluster_permissions"_s),
                         pointerOf({u"roles"_s, it.key(), u"cluster_permissions"_s}), name, u"roles"_s, it.key(),
                         readOnly, EntityEditsText::tr("role %1: cluster permissions").arg(it.key()));
            for (const char *list : {"index_permissions", "tenant_permissions"}) {
                const QJsonArray entries = role.value(QLatin1String(list)).toArray();
                for (qsizetype i = 0; i < entries.size(); ++i) {
                    exactEntries(found, entries.at(i).toObject().value(u"allowed_actions"_s),
                                 pointerOf({u"roles"_s, it.key(), QLatin1String(list), QString::number(i),
                                            u"allowed_actions"_s}),
                                 name, u"roles"_s, it.key(), readOnly,
                                 EntityEditsText::tr("role %1: %2 %3").arg(it.key(), QLatin1String(list)).arg(i + 1));
                }
            }
        }
        const QJsonObject groups = document.value(u"actiongroups"_s).toObject();
        for (auto it = groups.begin(); it != groups.end(); ++it) {
            if (it.key() == name)
                continue;
            exactEntries(found, it->toObject().value(u"allowed_actions"_s),
                         pointerOf({u"actiongroups"_s, it.key(), u"allowed_actions"_s}), name, u"actiongroups"_s,
                         it.key(), !readOnlyReason(it->toObject()).isEmpty(),
                         EntityEditsText::tr("action group %1").arg(it.key()));
        }
    } else if (type == u"tenants"_s) {
        for (auto it = roles.begin(); it != roles.end(); ++it) {
            const QJsonObject role = it->toObject();
            const QJsonArray entries = role.value(u"tenant_permissions"_s).toArray();
            for (qsizetype i = 0; i < entries.size(); ++i) {
                exactEntries(found, entries.at(i).toObject().value(u"tenant_patterns"_s),
                             pointerOf({u"roles"_s, it.key(), u"tenant_permissions"_s, QString::number(i),
                                        u"tenant_patterns"_s}),
                             name, u"roles"_s, it.key(), !readOnlyReason(role).isEmpty(),
                             EntityEditsText::tr("role %1: tenant permissions %2").arg(it.key()).arg(i + 1));
            }
        }
    } else if (type == u"internalusers"_s) {
        const QJsonObject mappings = document.value(u"rolesmapping"_s).toObject();
        for (auto it = mappings.begin(); it != mappings.end(); ++it) {
            exactEntries(found, it->toObject().value(u"users"_s), pointerOf({u"rolesmapping"_s, it.key(), u"users"_s}),
                         name, u"rolesmapping"_s, it.key(), !readOnlyReason(it->toObject()).isEmpty(),
                         EntityEditsText::tr("role mapping %1: users").arg(it.key()));
        }
    }
    return found;
}

QJsonArray EntityEdits::put(const QString &type, const QString &name, const QJsonObject &value)
{
    return {PatchOperation::json(u"add"_s, pointerOf({type, name}), value)};
}

QJsonArray EntityEdits::update(const QString &type, const QString &name, const QJsonObject &before,
                               const QJsonObject &after)
{
    QJsonArray patch;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (before.value(it.key()) != *it)
            patch.append(PatchOperation::json(u"add"_s, pointerOf({type, name, it.key()}), *it));
    }
    for (auto it = before.begin(); it != before.end(); ++it) {
        static const QStringList kept {u"reserved"_s, u"static"_s, u"hidden"_s, u"hash"_s};
        if (!after.contains(it.key()) && !kept.contains(it.key()))
            patch.append(PatchOperation::json(u"remove"_s, pointerOf({type, name, it.key()})));
    }
    return patch;
}

QJsonArray EntityEdits::rename(const QJsonObject &document, const QString &type, const QString &from, const QString &to,
                               const QJsonObject &value)
{
    QJsonArray patch = put(type, to, value);
    QJsonArray removals;
    for (const Reference &reference : references(document, type, from)) {
        if (reference.holderReadOnly)
            continue;
        if (arrayElement(reference.pointer).second >= 0) {
            patch.append(PatchOperation::json(u"replace"_s, reference.pointer, to));
        } else {
            // A role's mapping moves to the new name.
            patch.append(PatchOperation::json(u"add"_s, pointerOf({reference.holderType, to}),
                                              document.value(reference.holderType).toObject().value(reference.holder)));
            removals.append(PatchOperation::json(u"remove"_s, reference.pointer));
        }
    }
    for (const QJsonValue &removal : std::as_const(removals))
        patch.append(removal);
    patch.append(PatchOperation::json(u"remove"_s, pointerOf({type, from})));
    return patch;
}

QJsonArray EntityEdits::remove(const QJsonObject &document, const QString &type, const QString &name, bool cleanUp)
{
    QJsonArray patch {PatchOperation::json(u"remove"_s, pointerOf({type, name}))};
    if (!cleanUp)
        return patch;
    QList<std::pair<QString, qsizetype>> elements;
    for (const Reference &reference : references(document, type, name)) {
        if (!reference.holderReadOnly)
            elements.append(arrayElement(reference.pointer));
    }
    // Within one array, the last element first.
    std::sort(elements.begin(), elements.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second > b.second;
    });
    for (const auto &[array, index] : std::as_const(elements))
        patch.append(PatchOperation::json(u"remove"_s, index >= 0 ? array + u'/' + QString::number(index) : array));
    return patch;
}
