#pragma once

// The fixed material ConfigGenerator builds from: the name pools entities are named and filled from, the
// built-in entities a real cluster has, and the single-entity parts of a document: a realistic `config.dynamic` (six
// authentication domains, two authorisation domains, listeners) and `audit.config`, with every default filled in as GET
// returns them (docs/api/security-api.md §6.2 and §7.3). None of it depends on the seed. Pure functions, any thread.

#include <initializer_list>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ConfigGeneratorSections {

QStringList latin1List(std::initializer_list<const char *> items);

const QStringList &firstNames();
const QStringList &lastNames();
const QStringList &departments();
const QStringList &teams();
const QStringList &locations();
const QStringList &roleKinds();
const QStringList &groupSuffixes();
const QStringList &indexActions(); // index permissions and action groups
const QStringList &clusterActions();
const QStringList &maskableFields();
const QStringList &visibleFields();    // what an `fls` include list grants
const QStringList &sensitiveIndices(); // index kinds that hold personal or financial data
const QStringList &jobTitles();
const QStringList &sharedGroups();       // directory groups across departments
const QStringList &dlsQueries();         // "<department>" and "<team>" stand for the role's
const QStringList &roleDescriptions();   // %1 kind, %2 department, %3 team
const QStringList &tenantDescriptions(); // %1 department, %2 team

// Built-in entities, in the order the generator names its first entities after them.
struct StaticActionGroup
{
    QString name;
    QString type; // "index", "cluster" or "kibana"
    QStringList actions;
};
const QList<StaticActionGroup> &staticActionGroups();
const QStringList &specialRoles(); // all_access first
const QStringList &specialUsers(); // admin first
const QStringList &specialUserDescriptions();

QJsonObject dynamicConfig();
QJsonObject auditConfig();
QJsonObject nodesDn();
QJsonObject allowlist(); // allowlist.config

} // namespace ConfigGeneratorSections
