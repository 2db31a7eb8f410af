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
#include "app/json/JsonDiff.h"

struct StepOutcome
{
    enum class Status { NotSent, Applied, NoChange, Failed };

    QString label; // "PATCH roles"
    QStringList types;
    Status status = Status::NotSent;
    QString serverMessage;         // "Resource updated."
    std::optional<ApiError> error; // Failed only

    static QString statusName(Status status); // "not-sent", "applied", "no-change", "failed"
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
        Cancelled           // cancelled before anything was sent
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

    static QString outcomeName(Outcome outcome); // "applied", "conflict", "partially-applied", ...
    bool wroteSomething() const;

    // Several lines for people: what was applied, what failed and why, what was not sent, differences, backup.
    QString text() const;
    QJsonObject toJson() const;
};
