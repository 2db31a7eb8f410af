#pragma once

// AccessMatrix: what one subject (an internal user, any user holding a backend role, or one role on its own) may do,
// as a table: index patterns and known indices × action groups, each cell full, partial or none with the roles
// that grant it, and per row whether DLS, FLS or field masking restrict it; the cluster action groups; the tenants
// (read or read and write). A group's cell is decided by the plugin's own privilege check (ActionPrivileges, the
// check table with the special indices taken out; for the legacy engine its special-index evaluators asked of the
// row alone, as an explain of that row would) over the concrete actions of the group that SecDesk's action
// catalogue knows: full when every one is granted, partial when some are. Pure functions, any thread.

#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

class AccessConfig;
class IndexMetadata;

enum class CellAccess : quint8 { None, Partial, Full };

namespace CellAccesses {
QString name(CellAccess access); // "none", "partial", "full"
}

struct AccessSubject
{
    enum class Kind { InternalUser, BackendRole, Role };
    Kind kind = Kind::InternalUser;
    QString name;

    // "user alice", "backend role analysts", "role reader"
    QString displayText() const;
    QString kindName() const; // "internal_user", "backend_role", "role"
    bool operator==(const AccessSubject &other) const { return kind == other.kind && name == other.name; }
};

// An action group as a column, with the catalogue's actions it grants.
struct AccessColumn
{
    QString group;
    QStringList actions;
};

struct AccessCell
{
    CellAccess access = CellAccess::None;
    QStringList roles; // the roles whose grants fill it
};

enum RowRestriction : quint8 { NoRestriction = 0, Dls = 1, Fls = 2, Masking = 4 };

struct AccessMatrix
{
    AccessSubject subject;
    QStringList mappedRoles;
    QStringList rows;
    QList<AccessColumn> columns;
    QList<AccessCell> cells;    // rows × columns, row-major
    QList<quint8> restrictions; // per row: RowRestriction bits
    QList<AccessColumn> clusterColumns;
    QList<AccessCell> cluster;   // per cluster column
    QMap<QString, bool> tenants; // tenant -> read and write (true) or read only (false)

    const AccessCell &cell(int row, int column) const { return cells.at(row * columns.size() + column); }
    // One line per row: pattern, one column per action group ("full", "partial" or empty), DLS, FLS, masking;
    // then the cluster groups and the tenants; the first line names the subject and `stamp` (the configuration
    // version it was computed on).
    QByteArray toCsv(const QString &stamp) const;
};

namespace AccessMatrices {

// The columns: the plugin's static index (cluster) action groups that resolve to actions the catalogue knows. The
// cluster columns go on with each cluster permission the roles name (`permissions`: those given; else every role's)
// that those groups do not cover, as a column of its own: a plugin's action such as
// "cluster:admin/opendistro/alerting/monitor/get", or a pattern (asked as written, as a row's index pattern is).
QList<AccessColumn> indexColumns(const AccessConfig &config);
QList<AccessColumn> clusterColumns(const AccessConfig &config);
QList<AccessColumn> clusterColumns(const AccessConfig &config, const QStringList &permissions);

// A role's index patterns (its entity as JSON), without those rendered per user ("${...}").
QStringList indexPatterns(const QJsonObject &role);

// The index patterns the roles name (every role when `roles` is empty; patterns with "${...}" left out), then the
// known indices, aliases and data streams they match, sorted and each once. At most `limit` known names are added.
QStringList rows(const AccessConfig &config, const IndexMetadata &metadata, const QStringList &roles = {},
                 int limit = 2000);

// The roles the subject gets (a role subject: that role alone).
QStringList mappedRoles(const AccessConfig &config, const AccessSubject &subject);

// `clusterColumns`: given, these instead of clusterColumns(config).
AccessMatrix compute(const AccessConfig &config, const IndexMetadata &metadata, const AccessSubject &subject,
                     const QStringList &rows, const std::optional<QList<AccessColumn>> &clusterColumns = {});

} // namespace AccessMatrices
