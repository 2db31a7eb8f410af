#pragma once

// SecurityAdminFiles: the configuration document (docs/cli.md §2) as a directory of securityadmin.sh YAML files and
// back, and the entity-level comparison of two documents that import, compare and promote show. Pure functions, any
// thread; YAML through yaml-cpp, which never leaks out of the .cpp files (no exception crosses these functions).
//
// Layout (as securityadmin.sh reads it): one file per type (config.yml, roles.yml, roles_mapping.yml, ...), each a
// map of entities plus `_meta: {type: <cType>, config_version: 2}`; config.yml holds `config: {dynamic: ...}`,
// allowlist.yml and audit.yml hold their single entity `config`.

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "app/common/Result.h"
#include "app/domain/ConfigVersion.h"
#include "app/json/JsonPointer.h"

namespace SecurityAdminFiles {

struct ExportOptions
{
    bool includeHashes = true; // hashes come from `hashSource` of exportDirectory
};

struct ExportResult
{
    QStringList files;            // absolute paths written
    QStringList usersWithoutHash; // internal users written without a hash (commented in the file)
    QString hashVersionId;        // the version the real hashes came from, empty when none (set by callers)
    QStringList redactedSecrets;  // types written with "******" placeholders (GET's redacted passwords), which
                                  // `hashSource` could not replace: "config", "audit"
};

// Writes `document` (a configuration document, docs/cli.md §2) into `dir` in securityadmin layout, static entities
// left out. `hashSource` is a configuration document holding real hashes (a version snapshot's document,
// unredacted) or empty; hashes are taken from it for users whose other fields match. Files are written atomically
// (QSaveFile) and readable by their owner only (0600, an existing file's mode tightened); directories the export
// creates are 0700. A user without a hash gets a comment and no `hash` member, never an empty hash. Likewise the
// redacted passwords of config, audit and allowlist ("******" in GET) come from `hashSource` when it is otherwise
// the same; when it is not, the file says so in a comment and ExportResult::redactedSecrets names the type.
Result<ExportResult> exportDirectory(const QJsonObject &document, const QString &dir,
                                     const QJsonObject &hashSource = {}, const ExportOptions &options = {});

// Reads a securityadmin directory into a configuration document (only the types whose file exists). Errors name
// "file:line: reason" (line 1-based), for YAML syntax errors and everything else Yaml::parse refuses (bytes that
// are not UTF-8, an unclosed quote, an alias bomb), and for structural errors (an entity that is not a map, a
// _meta with the wrong type, an unknown file layout). Nothing is loaded when any file fails.
Result<QJsonObject> loadDirectory(const QString &dir);

// The type names for files and back: "roles" <-> "roles.yml", "rolesmapping" <-> "roles_mapping.yml", etc.
// Empty when unknown. typeForFileName also accepts "whitelist.yml" (-> "allowlist").
QString fileNameForType(const QString &configType);
QString typeForFileName(const QString &fileName);

// One differing entity between two configuration documents.
struct EntityDifference
{
    enum class Kind { Added, Removed, Changed }; // as seen from `target`: Added = only in source

    QString type;   // "roles"
    QString entity; // "r1"; "dynamic" for config, "config" for allowlist and audit
    Kind kind = Kind::Changed;
    QStringList changedMembers; // Changed: the top-level members that differ ("cluster_permissions", "hash")

    JsonPointer pointer() const { return JsonPointer({type, entity}); } // "/roles/r1", for ChangePlan::promote
    static QString kindName(Kind kind);                                 // "added", "removed", "changed"
};

// The entities that differ between `source` and `target`, per type in ConfigTypeInfo::all() order, then by name.
// Only types present in both documents are compared; static entities are ignored on both sides. Internal users'
// hashes are compared only when both sides hold a real (non-empty) one.
QList<EntityDifference> compareDocuments(const QJsonObject &source, const QJsonObject &target);

// The top-level members in which two entities of `type` differ. Members holding defaults (false, "", [], {}, null)
// count as absent, so a file's entity equals the GET that fills in defaults; secrets are compared only when both
// sides hold real values (a hash on both sides, no "******" placeholder).
QStringList differingMembers(const QString &type, const QJsonObject &source, const QJsonObject &target);
// True when two entities of `type` are the same apart from secrets (and default-valued members).
bool sameApartFromSecrets(const QString &type, const QJsonObject &a, const QJsonObject &b);

// `value` with object members holding defaults (false, "", [], {}, null) dropped at every depth: files leave them
// out, GET fills them in. The comparison ignores them, and so should anything that shows why entities differ.
QJsonValue withoutDefaults(const QJsonValue &value);

// For an export of the live configuration: the index of the newest of `versions` (sorted, oldest first) whose
// configuration equals `live` apart from secrets, so that its snapshot's real hashes and passwords are the live
// ones; -1 when none does. Types `live` lacks and hidden entities it does not show are left out of the check.
qsizetype newestMatchingVersion(const QList<ConfigVersion> &versions, const QJsonObject &live);

// [{"type", "entity", "kind", "members": [...]}]
QJsonArray differencesToJson(const QList<EntityDifference> &differences);
// Readable text: one line per entity ("+ roles/r1", "- ...", "~ roles/r2 (cluster_permissions)") and a count.
QString differencesText(const QList<EntityDifference> &differences);

} // namespace SecurityAdminFiles
