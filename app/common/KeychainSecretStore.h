#pragma once

// KeychainSecretStore: secrets in the OS keychain through QtKeychain (Secret Service or KWallet on Linux, the
// Keychain on macOS, the Credential Manager on Windows), under the service "SecDesk". Never falls back to a
// plain-text file: without a backend every call fails with NoBackend (wrap it in a FallbackSecretStore).
// Lives on the thread that created it.

#include <memory>

#include "app/common/SecretStore.h"

class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    static inline const QString Service = QStringLiteral("SecDesk");

    using SecretStore::SecretStore;

    SecretJob *read(const QString &key) override;
    SecretJob *write(const QString &key, const QString &secret) override;
    SecretJob *remove(const QString &key) override;
    bool isPersistent() const override { return true; }

    // The keychain, or with SECDESK_SECRET_STORE=none an UnavailableSecretStore (tests, and systems where
    // touching the keychain is not wanted).
    static SecretStore *fromEnvironment(QObject *parent = nullptr);
};
