#pragma once

// ConnectionProfile: a saved connection to one cluster (name, address, how to authenticate, TLS material), without
// its secrets, which live in the SecretStore. Validation with messages for people. A value type, any thread.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

#include "app/domain/ConnectionSettings.h"

struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)

public:
    enum class AuthMode { Basic, Certificate, Both };
    enum class Field { Name, Url, User, CertFile, KeyFile, CaFile, Timeout };

    struct Problem
    {
        Field field;
        QString message;
    };

    static constexpr int DefaultTimeoutSeconds = 30;
    static constexpr int MaxTimeoutSeconds = 3600;

    QString name;
    QUrl url;
    AuthMode auth = AuthMode::Basic;
    QString user;
    QString caFile;
    QString certFile;
    QString keyFile;
    bool verifyTls = true;
    int timeoutSeconds = DefaultTimeoutSeconds;

    bool usesPassword() const { return auth != AuthMode::Certificate; }
    bool usesCertificate() const { return auth != AuthMode::Basic; }

    // Everything that keeps the profile from being saved or used, in field order; empty when it is fine.
    QList<Problem> validate() const;

    // What ApiClient needs, with the secrets added (fields the mode does not use are left out).
    ConnectionSettings toConnectionSettings(const QString &password, const QString &passphrase) const;

    // "basic", "certificate", "both": the settings' spelling.
    static QString authModeKey(AuthMode mode);
    static AuthMode authModeFromKey(const QString &key);
};
