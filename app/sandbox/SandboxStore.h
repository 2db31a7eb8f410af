#pragma once

// SandboxStore: the sandbox's state (the stored configuration, the static overlay and the version history) and
// its persistence. Thread-safe: readers take consistent snapshots; writers hold writeGuard() for their whole
// read-modify-write, so writes are serialised and a reader never sees half of one.

#include <functional>
#include <mutex>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QReadWriteLock>

#include "app/common/Result.h"
#include "app/sandbox/ConfigSnapshot.h"

struct StoreSettings
{
    bool versioning = true;
    int retention = 10;
    QString stateFile; // empty: memory only
    std::function<QDateTime()> clock;
    // What the emulated version stores of a type's entities (members it does not know dropped); none: as given.
    std::function<QJsonObject(CType, QJsonObject)> shape;
};

class SandboxStore
{
public:
    explicit SandboxStore(StoreSettings settings);

    // Sets the initial state. When the state file exists, its stored configuration and versions replace
    // `initial.stored` (the statics stay). `adjust` then edits the state (the admin password). Records the
    // start-up version (normally v1) when versioning is on and the state differs from the latest version.
    VoidResult initialise(const ConfigSnapshot &initial, const std::function<void(ConfigSnapshot &)> &adjust = nullptr);

    ConfigSnapshot snapshot() const;
    QJsonArray versions() const; // ascending by number
    int versionCount() const;
    qint64 writeCount() const; // successful commits since start

    // Held by a writer from its read until its commit.
    std::unique_lock<QMutex> writeGuard() { return std::unique_lock<QMutex>(m_writeMutex); }

    // Replaces the stored documents of the given types (statics are removed from them first), then records a
    // version if anything differs from the latest and persists. Call with writeGuard() held.
    VoidResult commit(const QHash<CType, QJsonObject> &changes, const QString &modifiedBy);

    // The version snapshot layout of docs/api/security-api.md §9.2 (configData with _meta, hashes included).
    static QJsonObject securityConfigs(const QHash<CType, QJsonObject> &stored, const QString &timestamp);
    static int versionNumber(const QString &versionId); // "v12" -> 12, -1 when it does not parse

private:
    QString timestamp() const;
    bool recordVersion(const QString &modifiedBy); // with m_lock held for writing
    VoidResult persist() const;                    // with m_lock held

    StoreSettings m_settings;
    mutable QReadWriteLock m_lock;
    QMutex m_writeMutex;
    ConfigSnapshot m_state;
    QJsonArray m_versions;
    int m_highestVersion = 0;
    qint64 m_writes = 0;
};
