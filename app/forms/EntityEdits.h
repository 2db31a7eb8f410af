#pragma once

// EntityEdits: what a form's change compiles to, as an RFC 6902 patch over the configuration document: an entity
// written whole (created, edited, duplicated), renamed (the new one added, every reference made to follow it, the
// old one removed: one change), or deleted (with what would dangle, optionally cleaned up in the same change). The
// patch then goes through the change plan and the safe-write pipeline like any other. Pure functions, any thread.

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace EntityEdits {

// The five entity types the forms edit: "roles", "rolesmapping", "internalusers", "actiongroups", "tenants".
const QStringList &types();

// A place elsewhere in the document that names an entity.
struct Reference
{
    QString pointer;     // an array element naming the entity, or a whole entity (a role's mapping)
    QString holderType;  // the type of the entity holding the reference
    QString holder;      // that entity's name
    bool holderReadOnly; // the holder is reserved, static or hidden: the API will not change it
    QString text;        // for people: "the role mapping of analyst", "role ops: cluster_permissions"
};

// Everything that names `name` of `type`: a role's mapping and users' opendistro_security_roles entries; an
// action group's uses in roles (cluster, index and tenant actions) and in other action groups; a tenant's exact
// uses in roles' tenant patterns; an internal user's exact uses in mappings' users. In document order.
QList<Reference> references(const QJsonObject &document, const QString &type, const QString &name);

// Why an entity opens read-only ("reserved", "static", "hidden", joined), empty when it can be edited.
QString readOnlyReason(const QJsonObject &entity);

// The entity written whole: created, or replaced when it exists.
QJsonArray put(const QString &type, const QString &name, const QJsonObject &value);

// An existing entity edited: one operation per member that changed (an add for a new or changed value, a remove for
// a dropped one), so that what a form does not show (an internal user's hash) stays as it is.
QJsonArray update(const QString &type, const QString &name, const QJsonObject &before, const QJsonObject &after);

// `from` renamed to `to` with the value `value`: the new entity added, every reference on an editable holder made
// to name `to` (a role's mapping moves to the new name), and `from` removed.
QJsonArray rename(const QJsonObject &document, const QString &type, const QString &from, const QString &to,
                  const QJsonObject &value);

// `name` removed; with `cleanUp`, the references on editable holders removed too (a deleted role's mapping, array
// entries naming it; entries of one array from the last to the first, so that indexes stay right).
QJsonArray remove(const QJsonObject &document, const QString &type, const QString &name, bool cleanUp);

} // namespace EntityEdits
