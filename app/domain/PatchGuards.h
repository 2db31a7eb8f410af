#pragma once

// PatchGuards: the warnings administrators need before sending a JSON patch of the security configuration:
// an `add` that replaces a whole array, edits of reserved, static or hidden entities (refused for non-admins), and
// the lockout guard: a change that takes the connected user's access to the security REST API away, or breaks the
// Dashboards server user's mapping. Pure functions, any thread.

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "app/json/JsonPatch.h"

// Who is connected, and the settings the lockout guard needs.
struct GuardContext
{
    QString userName;         // empty: no lockout check for the connected user
    QStringList backendRoles; // as authinfo reports them
    QStringList currentRoles; // mapped security roles, as authinfo reports them
    // The roles that grant access to the REST API (plugins.security.restapi.roles_enabled, a node setting the API
    // does not expose). The default is the demo installer's; when none of these is among the user's roles, the
    // user's current roles are taken instead, since one of them must be what lets the user in.
    QStringList apiRoles {QStringLiteral("all_access"), QStringLiteral("security_rest_api_access")};
    QString dashboardsUser = QStringLiteral("kibanaserver");
    QString dashboardsRole = QStringLiteral("kibana_server");
};

struct PatchWarning
{
    enum class Level { None, Notice, Warning, Danger };
    enum class Kind {
        ArrayReplaced,      // add on an existing array member replaces the array
        ReservedEntity,     // the server refuses non-admins (403)
        StaticEntity,       // read-only: refused for non-admins, overridden on the next load for admins
        HiddenEntity,       // not available (404) to non-admins
        ProtectedKey,       // static/reserved/hidden keys in a body
        MetaEdited,         // the _meta member must not be patched
        OwnUserRemoved,     // the connected user's own internal user is removed
        OwnAccessLost,      // the connected user loses every role that grants REST API access
        OwnAccessReduced,   // loses roles it holds now, keeps one that grants REST API access
        DashboardsUserLost, // the Dashboards server user loses its mapping (or is removed)
    };

    Level level = Level::None;
    Kind kind = Kind::ArrayReplaced;
    QString text;
};

// What a change takes away from the connected user or the Dashboards server user. Any such change needs a typed
// confirmation (the name of `entity`) in the app, and --allow-lockout in secdesk-cli.
struct Lockout
{
    enum class Kind {
        OwnUserRemoved,        // the connected user's internal user is removed
        OwnRolesLost,          // the connected user loses roles it holds now
        DashboardsUserRemoved, // the Dashboards server user is removed
        DashboardsRolesLost    // the Dashboards server user loses roles it holds now
    };

    Kind kind = Kind::OwnRolesLost;
    QString user;
    QStringList lostRoles;
    bool apiAccessLost = false; // OwnRolesLost: no role is left that grants access to the security REST API
    QString entity;             // the name to type to confirm: the changed entity that causes it ("all_access")
    QString pointer;            // that entity ("/rolesmapping/all_access")
    QString sentence;           // one sentence saying what is lost
};

namespace PatchGuards {

// Every lockout the change from `before` to `after` causes, the connected user's first.
QList<Lockout> lockouts(const QJsonObject &before, const QJsonObject &after, const GuardContext &context);
// The lockouts' sentences as one text, and the name the user types to confirm (the first lockout's entity).
QString lockoutText(const QList<Lockout> &lockouts);

// Warnings about one operation alone, judged on the document just before it.
QList<PatchWarning> checkOperation(const PatchOperation &operation, const QJsonObject &before);

// Lockout warnings (Danger, one per lockout()) for a change of the document from `before` to `after` (one
// operation or a whole patch).
QList<PatchWarning> checkAccess(const QJsonObject &before, const QJsonObject &after, const GuardContext &context);

// Whether an operation can change who gets which role (so checkAccess is worth running).
bool affectsAccess(const PatchOperation &operation);

// For an `add` that would replace an array with an array: the operations appending each new element at "/-"
// instead (elements already present are left out). Empty when this does not apply.
QList<PatchOperation> appendInstead(const PatchOperation &operation, const QJsonObject &before);

// The roles a user ends up with: mappings by user name and backend role, plus an internal user's own roles, only
// those that exist in the document's roles. For a user that is not an internal user, `backendRoles` is used.
QStringList effectiveRoles(const QJsonObject &document, const QString &userName, const QStringList &backendRoles);

PatchWarning::Level highestLevel(const QList<PatchWarning> &warnings);

} // namespace PatchGuards
