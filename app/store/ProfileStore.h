#pragma once

// ProfileStore: the saved connection profiles. Their fields live in Settings, their password and key passphrase
// in the SecretStore (never in the settings file). Lists, saves, renames and removes profiles and loads a
// profile's ConnectionSettings with its secrets, asynchronously. GUI thread (or the CLI's main thread).

#include <optional>

#include <QObject>
#include <QStringList>

#include "app/common/Result.h"
#include "app/domain/ConnectionProfile.h"

class SecretJob;
class SecretStore;
class Settings;

// A profile with its secrets, ready to connect.
struct LoadedProfile
{
    ConnectionProfile profile;
    ConnectionSettings settings; // with the secrets that were found
    QString password;
    QString passphrase;
    QString secretProblem; // why a secret could not be read (empty when it was read or simply is not stored)
};

// One load in flight: emits finished() exactly once, after load() has returned, then deletes itself.
class ProfileLoad : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    void finished(const Result<LoadedProfile> &result);
};

class ProfileStore : public QObject
{
    Q_OBJECT

public:
    // Uses both; owns neither.
    ProfileStore(Settings *settings, SecretStore *secrets, QObject *parent = nullptr);

    QStringList names() const;
    bool contains(const QString &name) const;
    std::optional<ConnectionProfile> profile(const QString &name) const;

    // Saves the profile and its secrets (an empty secret is removed from the store). With a previousName other
    // than the profile's name, it is a rename: the old entry and its secrets go. The job's value is a notice for
    // people when the secrets could only be kept for this session, else empty; its error says why nothing or not
    // everything was saved (an invalid profile, a name that is taken, a keychain failure).
    SecretJob *save(const ConnectionProfile &profile, const QString &password, const QString &passphrase,
                    const QString &previousName = QString());
    // Removes the profile and its secrets.
    SecretJob *remove(const QString &name);
    // The profile with its secrets; an unknown name is an error naming the saved profiles.
    ProfileLoad *load(const QString &name);

    // False when there is no keychain and secrets last only until the application quits.
    bool secretsArePersistent() const;

    QString lastProfile() const;
    void setLastProfile(const QString &name);

    // "No profile is named X. Saved profiles: a, b." (or "No profile is saved yet.")
    QString unknownProfileMessage(const QString &name) const;

signals:
    // A profile was added, changed, renamed or removed.
    void profilesChanged();

private:
    void writeFields(const ConnectionProfile &profile);

    Settings *m_settings;
    SecretStore *m_secrets;
};
