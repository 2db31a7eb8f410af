#pragma once

// ChangePlan: what a write to the cluster will do, computed before anything is sent. Pure value code, any thread.
//
// A plan is a list of WriteSteps (one HTTP request each, with the types it changes and a curl equivalent) plus the
// configuration document it was made against (the base) and the document expected afterwards. SafeWrite runs any
// plan the same way, so a patch, a replace-config PUT, a restore from a backup and, later, a rollback or an upgrade
// are all plans.
//
// Compiling a patch over the configuration document (docs/cli.md §2) into requests the plugin accepts
// (docs/api/security-api.md §3.5, §4.5, §4.6, §6.5, §12.3):
// - One PATCH per type, to /_plugins/_security/api/<endpoint>, in the order the patch first touches the types.
//   PATCH securityconfig is used for the `config` type only: it is the one endpoint whose working document is
//   `{"config":{"dynamic":...}}`, exactly the `/config` member of our document, so those pointers go unchanged.
//   There is no request that patches several types at once, so every other type gets its own collection PATCH
//   with the first token dropped (`/roles/r1/x` -> `/r1/x`; `/allowlist/config/enabled` -> `/config/enabled`).
//   Each request is atomic on the server; a multi-type write is not (SafeWrite reports partial results).
// - Only add, replace and remove are sent: move becomes remove + add, copy becomes add, and test operations are
//   checked here against the document (a fresh read) and never sent.
// - Object members are written with `add`, never `replace`: the server's working document omits default values,
//   so `replace` of a member that is false, "" or [] fails with `Missing field`. For the same reason a write
//   below a container that holds only defaults (an empty array, an empty authenticator config) is sent as an
//   `add` of that whole container.
// - The whole patch is first applied here as RFC 6902 says, so an operation that must fail there fails the plan
//   before anything is sent, even a `remove` of a missing member, which the plugin would silently accept.
// - Entity bodies lose the members GET adds but a write may not carry: `static`, `hidden`/`reserved` when false,
//   and an internal user's blank `hash`.

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "app/api/ApiRequest.h"
#include "app/common/Result.h"
#include "app/domain/ConfigType.h"
#include "app/domain/ConnectionSettings.h"
#include "app/json/JsonDiff.h"
#include "app/json/JsonPatch.h"

// One request of a write.
struct WriteStep
{
    QString label;           // "PATCH roles", "PUT securityconfig/config": for progress lines and reports
    QList<ConfigType> types; // what it changes
    ApiRequest request;
    QJsonArray operations;  // the compiled patch of a PATCH step (empty otherwise)
    bool verifiable = true; // false when the expected result is not known in advance (an upgrade)

    // The request body with secrets redacted, for people and the journal.
    QJsonValue displayBody() const;
    // A curl command line equivalent to the request: credentials as placeholders, secrets redacted.
    QString curlText(const ConnectionSettings &settings) const;
};

class ChangePlan
{
    Q_DECLARE_TR_FUNCTIONS(ChangePlan)

public:
    enum class Kind { Patch, ReplaceConfig, Restore, Other, Rollback, Upgrade };

    Kind kind = Kind::Patch;
    QString title;               // "Apply a patch (3 operations)", for confirmations and the journal
    QJsonArray sourcePatch;      // the patch as the user wrote it (Patch and Restore)
    QJsonObject base;            // the configuration document the plan was made against
    QJsonObject expected;        // the document expected after all steps
    QList<ConfigType> types;     // the types the plan changes, in sending order
    QList<ConfigType> readTypes; // the types the plan depends on (conflict check); `types` when empty
    QList<WriteStep> steps;
    QStringList warnings;        // for people: skipped operations, placeholders written literally, ...
    QStringList upgradeEntities; // Upgrade: the entities sent as `entities=` (empty: all the check lists)

    bool isEmpty() const { return steps.isEmpty(); }
    // The changes from base to expected in the affected types, secrets redacted.
    QList<JsonChange> changes() const;
    // {"kind", "title", "types", "patch" (redacted), "requests": [{"label","method","path","body"}], "warnings"}
    QJsonObject toJson() const;

    // Compiles an RFC 6902 patch over the configuration document `document`. Errors name the operation's index
    // (as in the patch) and the reason.
    static Result<ChangePlan, PatchError> compile(const QJsonArray &patch, const QJsonObject &document);

    // PUT securityconfig/config with `file` holding {"dynamic": {...}}. Validates like the plugin (only
    // `dynamic`, an object; strings of at most 256 characters; no null or blank array elements) and warns about
    // "******" placeholders, which the server would store literally.
    static Result<ChangePlan> replaceConfig(const QJsonObject &file, const QJsonObject &document);

    // A plan that turns `current` back into `backup` for `types` (all types both hold, when empty). Redacted
    // secrets cannot be restored: users keep their current passwords, users missing on the cluster cannot be
    // created again, and "******" values are left alone; warnings say which.
    static Result<ChangePlan, PatchError> restore(const QJsonObject &backup, const QJsonObject &current,
                                                  const QList<ConfigType> &types = {});

    // POST version/rollback/{versionId}, always with the id: without one the plugin toggles
    // (docs/api/security-api.md §9.5). `versionDocument` is the version as a configuration document
    // (ConfigVersion::toConfigDocument(true)); the expected document is the version's configuration (plus the live
    // static entities, which versions never hold); changes() compares live and version with secrets redacted.
    static Result<ChangePlan> rollback(const QString &versionId, const QJsonObject &versionDocument,
                                       const QJsonObject &liveDocument);

    // A patch (through compile) that restores only the entities or whole types named by `pointers` ("/roles/r1",
    // "/tenants") to their state in the version: an entity missing in the version is removed, one missing live is
    // added. Everything else is left alone. Errors for a pointer deeper than an entity and for types not in both
    // documents.
    static Result<ChangePlan, PatchError> selectiveRollback(const QJsonObject &versionDocument,
                                                            const QJsonObject &liveDocument,
                                                            const QList<JsonPointer> &pointers,
                                                            const QString &versionId = {});

    // A patch (through compile) that makes the live configuration hold `source`'s version of the entities named by
    // `pointers` ("/roles/r1", "/internalusers" for a whole type); with prune=false entities missing from `source`
    // are never removed even when a whole type is named. Internal users from `source` carry their hash; a user
    // whose source has no hash keeps the live password (or, when new, is refused with a clear error). Static
    // entities are never touched. `sourceLabel` names the source in the title ("directory /x", "profile staging").
    static Result<ChangePlan, PatchError> promote(const QJsonObject &source, const QJsonObject &live,
                                                  const QList<JsonPointer> &pointers, bool prune,
                                                  const QString &sourceLabel);

    // POST _upgrade_perform?configs=...&entities=... (docs/api/security-api.md §8, §12.1): the server computes the
    // change, so the expected document is unknown; the step is not verifiable and SafeWrite reports, per performed
    // entity, the state read before and read back after. `entities` empty: everything the check lists. Defined in
    // Upgrade.cpp.
    static Result<ChangePlan> upgrade(const QStringList &configs, const QStringList &entities,
                                      const QJsonObject &liveDocument);

    // The types a patch touches (the first token of each path and from), in order of first appearance; errors for
    // unknown types and whole-document paths.
    static Result<QList<ConfigType>, PatchError> touchedTypes(const QJsonArray &patch);
};
