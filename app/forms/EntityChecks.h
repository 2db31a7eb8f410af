#pragma once

// EntityChecks: what a form checks before it sends, at the field, as the plugin would judge it: required fields,
// names taken or reserved, blank array elements, a DLS query that is not a JSON object, masked-field expressions,
// the 256-character limit of clusters at 3.8 or later, an internal user's password (empty, too long, different from
// its confirmation, similar to the user name, likely weak), and, as warnings with "did you mean" (the plugin allows
// them), unknown actions, action groups, tenants and roles, and an action on the wrong side. Pure functions, any
// thread.

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVersionNumber>

struct FieldIssue
{
    QString field;        // "name", "password", "cluster_permissions/1", "index_permissions/0/dls", ...
    QString message;      // what is wrong, with "did you mean" where there is a likely name
    bool blocking = true; // false: a warning (the plugin accepts it, but it is likely a mistake)
};

struct CheckContext
{
    QJsonObject document; // the configuration the entity goes into (with the plugin's statics)
    std::optional<QVersionNumber> clusterVersion;
    QString originalName; // the entity's name before the edit; empty for a new entity (create, duplicate)
};

namespace EntityChecks {

// The name of an entity of `type`: required, no surrounding spaces, not taken by another entity (a reserved, static
// or hidden one is named as such).
QList<FieldIssue> name(const QString &type, const QString &name, const CheckContext &context);

// The fields of the entity `name` of `type` (for a role mapping, the name is the role it maps).
QList<FieldIssue> entity(const QString &type, const QString &name, const QJsonObject &value,
                         const CheckContext &context);

// An internal user's new password and its confirmation, with the plugin's messages where it has one.
QList<FieldIssue> password(const QString &userName, const QString &password, const QString &confirmation);

// The permission names a role or action group can use: action groups (the configuration's and the plugin's
// static ones) and the catalogue's action names (those `version` has, when it is known), sorted. For completion.
QStringList permissionNames(const QJsonObject &document, const std::optional<QVersionNumber> &version = {});

// Everything a form holds, for form(): the entity, a role's mapping and an internal user's secrets (in memory only).
struct FormState
{
    QString type;
    QString name;
    QJsonObject value;     // the entity, without the password
    QJsonObject mapping;   // a role's "Mapped users" (empty: the role has no mapping)
    bool editing = false;  // an existing entity: an internal user may keep the password it has
    bool renaming = false; // the name must change
    bool service = false;  // an internal user that is a service account (no password)
    QString password;
    QString confirmation;
    QString hash; // an existing bcrypt hash given instead of a password
};

// All of a form's issues: the name (a rename must change it), the entity, a role's mapping, and an internal user's
// password and hash.
QList<FieldIssue> form(const FormState &state, const CheckContext &context);

// Whether the issues hold a blocking one.
bool blocks(const QList<FieldIssue> &issues);

} // namespace EntityChecks
