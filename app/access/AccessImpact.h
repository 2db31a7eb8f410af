#pragma once

// AccessImpact: what a change of the configuration does to access: who gains and who loses which access, per
// internal user and per backend role the role mappings name, over the index patterns the affected roles name and the
// known indices they reach (AccessMatrix cells: action groups full or partial), the cluster action groups and the
// tenants. Only subjects the change can touch are compared (their mapped roles, or a role, action group or tenant
// those roles use, changed); subjects with the same roles are decided once. Pure functions, any thread.

#include <functional>
#include <optional>

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "app/access/AccessMatrix.h"

class IndexMetadata;
class NodeSettings;

struct AccessChange
{
    enum class Area { Index, Cluster, Tenant };
    AccessSubject subject;
    Area area = Area::Index;
    QString resource; // the index pattern or index; the tenant; empty for the cluster
    QString group;    // the action group; for a tenant, empty (before/after: none, read = Partial, read-write = Full)
    CellAccess before = CellAccess::None;
    CellAccess after = CellAccess::None;
    QStringList roles; // after a gain the roles that grant it, after a loss the ones that did

    bool gained() const { return after > before; }
    // "gains write on logs-*", "loses part of read on metrics-*", "gains read-write on tenant finance"
    QString text() const;
};

struct AccessChanges
{
    QList<AccessChange> changes; // by subject (users first, then backend roles), index before cluster and tenants
    int subjectsCompared = 0;
    QStringList notes; // what was not compared, and why

    bool isEmpty() const { return changes.isEmpty(); }
    // The subjects that gain, and those that lose, something; every subject with a change; each once, in order.
    QList<AccessSubject> gaining() const { return subjects(true); }
    QList<AccessSubject> losing() const { return subjects(false); }
    QList<AccessSubject> subjects(std::optional<bool> gained = std::nullopt) const;
    // For people: one line per subject ("user alice: gains write on logs-* (role writer); loses ...", six changes at
    // most, then how many more), subjects with the same changes on one line; "No access changes" when there are none.
    QStringList lines(int maxSubjectsPerLine = 5) const;
    // [{"subject", "kind", "changes": [{"area", "resource", "group", "before", "after", "roles"}]}]
    QJsonArray toJson() const;
};

// Who holds some of a set of roles: what can be said of a change that is known only by the roles it touches (an
// upgrade, which the server computes): nobody else's access can change.
struct RoleHolder
{
    AccessSubject subject;
    QStringList roles; // the roles of the set it holds
};

struct RoleReach
{
    QStringList roles;         // the set asked about
    QList<RoleHolder> holders; // internal users, then backend roles the role mappings name
    // Mapping entries that reach users SecDesk cannot list: users not among the internal users or given as
    // patterns, backend-role patterns, hosts, and_backend_roles ("roles/x: hosts 10.0.0.*").
    QStringList unlisted;

    bool isEmpty() const { return holders.isEmpty() && unlisted.isEmpty(); }
    // For people: one sentence, then one line per holder (at most `maxHolders`, then how many more), then the
    // unlisted entries.
    QStringList lines(int maxHolders = 20) const;
    // {"roles", "holders": [{"subject", "kind", "roles"}], "unlisted"}
    QJsonObject toJson() const;
};

namespace AccessImpact {

// Who holds any of `roles` in `document`: the internal users and backend roles mapped to them (a role a mapping names
// before it exists counts: once added, it grants), and the mapping entries whose users cannot be listed.
RoleReach reach(const QJsonObject &document, const NodeSettings &settings, const QStringList &roles);

// The access changes from `before` to `after` (configuration documents with the plugin's static entities).
// `cancelled`, when given, is polled between subjects; a cancelled comparison is partial and says so in notes.
AccessChanges compare(const QJsonObject &before, const QJsonObject &after, const NodeSettings &settings,
                      const IndexMetadata &metadata, const std::function<bool()> &cancelled = {});

} // namespace AccessImpact
