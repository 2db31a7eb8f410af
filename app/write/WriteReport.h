#pragma once

// WriteReport: what a SafeWrite did, for people (text()), for scripts and the journal (toJson()). A conflict
// report shows, per touched path, the base the change was made against, the server's current value and the value
// the write would have produced. A value type, any thread; secrets are redacted in everything it holds.

#include <optional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include "app/api/ApiError.h"
#include "app/domain/ConfigType.h"
#include "app/json/JsonDiff.h"

struct StepOutcome
{
    // Unknown*: the request may have reached the server but its answer was lost, cut, unreadable, a gateway's error
    // or late, so the types were read back to find out what happened (a server's clean 4xx refusal that reading
    // back confirms is plain Failed).
    enum class Status {
        NotSent,
        Applied,
        NoChange,
        Failed,            // refused by the server (read back: not applied), or never delivered
        Unknown,           // the answer was lost and the types could not be read back
        UnknownApplied,    // the answer was lost; reading back shows the change was applied as planned
        UnknownNotApplied, // the answer was lost; reading back shows nothing of it was applied
        UnknownDiffers     // the answer was lost; reading back shows the types changed, but not as planned
    };

    QString label; // "PATCH roles"
    QStringList types;
    Status status = Status::NotSent;
    QString serverMessage;         // "Resource updated."
    std::optional<ApiError> error; // the request's error (Failed and Unknown*)

    // "not-sent", "applied", "no-change", "failed", "unknown", "unknown-then-applied", "unknown-then-not-applied",
    // "unknown-then-differs"
    static QString statusName(Status status);
    bool isApplied() const { return status == Status::Applied || status == Status::UnknownApplied; }
    bool isUnknown() const;
};

// A change another writer made while this write ran: a configuration version that is not ours, or differences in
// the read-back outside the entities this write changed.
struct ConcurrentChange
{
    QString versionId;    // "v12"; empty when only the read-back showed it
    QString modifiedBy;   // "bob"; empty when unknown
    QStringList entities; // "roles/analyst_role"

    QString text() const; // "roles/analyst_role by bob, v12"
};

struct ConflictEntry
{
    JsonPointer path;
    QJsonValue base;   // undefined: absent
    QJsonValue server; // undefined: absent
    QJsonValue yours;  // undefined: absent
};

// One entity an upgrade (_upgrade_perform) changed, as read just before sending and read back afterwards.
struct UpgradeEntityResult
{
    QString configType; // "roles"
    QString entity;
    QString operation; // as the server reported it ("add", "modify", ...); empty when it sent sentences
    QJsonValue before; // undefined: the entity did not exist
    QJsonValue after;  // undefined: absent after the upgrade (or not read back)

    QList<JsonChange> changes() const; // before -> after, paths from the type ("/roles/x/...")
    QJsonObject toJson() const;        // {"type", "entity", "operation", "before", "after", "changes"}
};

struct ConflictReport
{
    QStringList types;               // the types that changed on the server
    QList<ConflictEntry> entries;    // per path the write touches
    QList<JsonChange> serverChanges; // everything that changed on the server in those types (base -> server)
    bool isEmpty() const { return types.isEmpty(); }
};

class WriteReport
{
    Q_DECLARE_TR_FUNCTIONS(WriteReport)

public:
    enum class Outcome {
        Applied,            // every step applied and the read-back matches the plan
        NothingToDo,        // the plan was empty
        Conflict,           // the configuration changed since the base: nothing was written
        Failed,             // nothing was written (a read, the backup or the first request failed)
        PartiallyApplied,   // some steps applied, one failed, the rest not sent
        VerificationFailed, // every step applied, but the read-back differs from the plan
        Cancelled,          // cancelled before anything was sent
        ConcurrentChange,   // applied as planned, but another writer changed the configuration at the same time
        AppliedUnverified,  // every request succeeded, but the result could not be read back (see `unverifiable`)
        Unknown             // an answer was lost and reading back failed: what the cluster holds is not known
    };

    Outcome outcome = Outcome::Failed;
    QString title; // the plan's
    QList<StepOutcome> steps;
    std::optional<ApiError> apiError; // the failed request or read
    std::optional<Error> error;       // a local failure (backup not writable, ...)
    ConflictReport conflict;
    QList<JsonChange> differences; // verification: expected -> read back, secrets redacted
    QStringList notCompared;       // what verification could not compare, and why
    bool verified = false;
    QList<UpgradeEntityResult> upgraded; // an upgrade: per performed entity, before and after
    QString backupPath;                  // the backup written before sending (absolute path), if any
    QStringList notes;                   // e.g. the journal could not be written
    QJsonObject journalEntry;
    bool readFailed = false;            // a read before sending failed (not a conflict: the cluster could not be read)
    bool outcomeWasUnknown = false;     // an answer was lost: the outcome was found by reading back
    QStringList unverifiable;           // why the result could not be read back ("you can no longer read ...")
    bool accessLost = false;            // the write took away the access needed to read back or restore
    bool lockoutAllowed = false;        // the user confirmed a change that takes access away
    QList<ConcurrentChange> concurrent; // other writers' changes that landed while this write ran

    static QString outcomeName(Outcome outcome); // "applied", "conflict", "partially-applied", ...
    // The outcome as the journal and scripts see it: outcomeName(), prefixed "unknown-then-" when an answer was
    // lost and the outcome was found by reading back ("unknown-then-applied", "unknown-then-not-applied",
    // "unknown-then-partly-applied").
    QString name() const;
    bool wroteSomething() const;
    // Every request was applied (answered, or found applied by reading back) or had nothing to change.
    bool allApplied() const;
    // The types of the steps that were applied (answered, or found applied by reading back), in sending order.
    QList<ConfigType> appliedTypes() const;
    // One sentence for people: what happened, naming what was found by reading back.
    QString headline() const;

    // Several lines for people: what was applied, what failed and why, what was not sent, differences, backup.
    QString text() const;
    QJsonObject toJson() const;
};
