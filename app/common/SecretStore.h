#pragma once

// SecretStore: where passwords and key passphrases live, behind an asynchronous interface (the OS keychain answers
// later). KeychainSecretStore (app/common/KeychainSecretStore.h) is the real one; MemorySecretStore keeps secrets in
// memory (test double and session-only store); FallbackSecretStore uses a primary store and keeps the secret in
// memory for the session when the primary has no backend. All live on the thread that created them.

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include "app/common/Result.h"

// One read, write or remove. Emits finished() exactly once, always after the call that created it has returned,
// then deletes itself. A read gives the secret; write and remove give an empty string.
class SecretJob : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Finishes on the next turn of the event loop (stores that answer at once use this).
    static SecretJob *finishLater(const Result<QString> &result, QObject *parent);
    // Finishes when all the jobs have: with the first error, or with an empty string.
    static SecretJob *all(const QList<SecretJob *> &jobs, QObject *parent);
    void finish(const Result<QString> &result);

signals:
    void finished(const Result<QString> &result);

private:
    bool m_done = false;
};

class SecretStore : public QObject
{
    Q_OBJECT

public:
    // Error codes of the results.
    static inline const QString NotFound = QStringLiteral("secret.not-found");
    static inline const QString NoBackend = QStringLiteral("secret.no-backend"); // no keychain on this system
    static inline const QString Failed = QStringLiteral("secret.failed");        // denied, or something else

    using QObject::QObject;

    virtual SecretJob *read(const QString &key) = 0;
    virtual SecretJob *write(const QString &key, const QString &secret) = 0;
    // Removing a key that is not there succeeds.
    virtual SecretJob *remove(const QString &key) = 0;

    // False when secrets are kept only until the application quits.
    virtual bool isPersistent() const = 0;

    // The keys SecDesk uses for a profile's secrets.
    static QString passwordKey(const QString &profile) { return QStringLiteral("profile/%1/password").arg(profile); }
    static QString passphraseKey(const QString &profile)
    {
        return QStringLiteral("profile/%1/passphrase").arg(profile);
    }
};

// Secrets in memory, gone when the process ends.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QString &secret) override;
    SecretJob *remove(const QString &key) override;
    bool isPersistent() const override { return m_persistent; }
    // Tests let it stand in for a working keychain.
    void setPersistent(bool persistent) { m_persistent = persistent; }

    bool contains(const QString &key) const { return m_secrets.contains(key); }
    QStringList keys() const { return m_secrets.keys(); }

private:
    QHash<QString, QString> m_secrets;
    bool m_persistent = false;
};

// A store that has no backend: every call fails with NoBackend (what a system without a keychain looks like;
// SECDESK_SECRET_STORE=none selects it).
class UnavailableSecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QString &secret) override;
    SecretJob *remove(const QString &key) override;
    bool isPersistent() const override { return false; }
};

// The primary store while it works; once it reports NoBackend, secrets are kept in memory for the session and
// keychainUnavailable() is emitted (once) with a message for people.
class FallbackSecretStore : public SecretStore
{
    Q_OBJECT

public:
    // Takes ownership of the primary store.
    explicit FallbackSecretStore(SecretStore *primary, QObject *parent = nullptr);

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QString &secret) override;
    SecretJob *remove(const QString &key) override;
    bool isPersistent() const override { return !m_sessionOnly && m_primary->isPersistent(); }

    // Empty while the keychain works.
    QString unavailableMessage() const { return m_unavailableMessage; }

signals:
    void keychainUnavailable(const QString &message);

private:
    enum class Op { Read, Write, Remove };
    SecretJob *run(Op op, const QString &key, const QString &secret);
    SecretJob *runInMemory(Op op, const QString &key, const QString &secret);
    void switchToMemory(const QString &detail);

    SecretStore *m_primary;
    MemorySecretStore *m_memory;
    bool m_sessionOnly = false;
    QString m_unavailableMessage;
};
