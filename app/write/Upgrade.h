#pragma once

// Upgrade: the client side of the configuration upgrade (docs/api/security-api.md §8 and §12.1). Turns a check's rows
// into entries people can choose from (with the "collision" warning: a non-reserved role that already exists is most
// likely the user's own role sharing its name with a new default, and performing would overwrite it), and turns
// the configuration read before and after a perform into per-entity before/after results. The plan itself is
// ChangePlan::upgrade (defined in Upgrade.cpp). Pure functions, any thread.

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <utility>

#include "app/api/ApiError.h"
#include "app/api/ResponseParsers.h"
#include "app/write/WriteReport.h"

// One row of a check, with what the live configuration says about the entity.
struct UpgradeEntry
{
    QString configType;    // "roles"
    QString entity;        // the entity's name, or the server's sentence when isText
    QString operation;     // "add", "modify", "replace", ... ("" when isText)
    bool isText = false;   // the server sent free text (the seed's shape): nothing to choose
    bool exists = false;   // the entity is in the live configuration
    bool reserved = false; // live and reserved (a plugin default)
    bool isStatic = false; // live and static (the server will not change it)
    bool collision = false;

    QJsonObject toJson() const; // {"type", "entity", "operation", "exists", "reserved", "collision"}
};

class Upgrade
{
    Q_DECLARE_TR_FUNCTIONS(Upgrade)

public:
    // The only type the plugin upgrades (other known types give 400); the client offers no other.
    static QStringList supportedConfigs() { return {QStringLiteral("roles")}; }

    static QList<UpgradeEntry> entries(const UpgradeReport &report, const QJsonObject &liveDocument);
    // True for an entity that exists live and is neither reserved nor static: probably the user's own role.
    static bool isCollision(const QString &configType, const QString &entity, const QJsonObject &liveDocument);
    // "roles/x is not reserved: it is probably your own role ... performing the upgrade overwrites it ..."
    static QString collisionWarning(const UpgradeEntry &entry);
    static QStringList collisionWarnings(const QList<UpgradeEntry> &entries);

    // What people read instead of an error.
    static QString upToDateText();
    static QString unsupportedText(); // 400 "no handler found": the cluster predates the upgrade API (OpenSearch 2.14)
    // An error of a check or a perform that is not a failure: "nothing to upgrade" (also a 200 with no rows).
    static bool isUpToDate(const ApiError &error) { return error.isNothingToUpgrade(); }
    static bool isUnsupported(const ApiError &error) { return error.isNoHandler(); }

    // The entities a perform changed, before (from `before`, the document read just before sending) and after
    // (from `after`, read back). Rows with an entity name give one result each; free-text rows of a type are
    // replaced by every entity of that type that differs between the two documents.
    // `configuration` (the whole configuration, as last read) with each performed entity as it was just before the
    // upgrade, and as it was read back after it: two sides whose access differs only by what the upgrade did.
    static std::pair<QJsonObject, QJsonObject> sides(const QJsonObject &configuration,
                                                     const QList<UpgradeEntityResult> &upgraded);
    // The roles a plan of `entities` upgrades: those, or (all the check listed) every row of `entries` that names one.
    static QStringList roles(const QStringList &entities, const QList<UpgradeEntry> &entries);

    static QList<UpgradeEntityResult> results(const QList<UpgradeRow> &performed, const QJsonObject &before,
                                              const QJsonObject &after);
};
