#include "app/store/ProfileStore.h"

#include <functional>
#include <memory>

#include <QTimer>

#include "app/common/SecretStore.h"
#include "app/common/Settings.h"

using namespace Qt::StringLiterals;

namespace {

// Reads one secret; "not stored" is an empty secret, other failures are reported in `problem`.
void readSecret(SecretStore *store, const QString &key, QObject *context,
                const std::function<void(const QString &secret, const QString &problem)> &done)
{
    QObject::connect(store->read(key), &SecretJob::finished, context, [done](const Result<QString> &result) {
        if (result)
            done(*result, QString());
        else if (result.error().code == SecretStore::NotFound)
            done(QString(), QString());
        else
            done(QString(), result.error().message);
    });
}

} // namespace

ProfileStore::ProfileStore(Settings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_settings(settings), m_secrets(secrets)
{ }

QStringList ProfileStore::names() const
{
    return m_settings->profileNames();
}

bool ProfileStore::contains(const QString &name) const
{
    return m_settings->hasProfile(name);
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &name) const
{
    if (!contains(name))
        return std::nullopt;
    using Key = Settings::Key;
    ConnectionProfile profile;
    profile.name = name;
    profile.url = QUrl(m_settings->value(Key::ProfileUrl, name).toString());
    profile.auth = ConnectionProfile::authModeFromKey(m_settings->value(Key::ProfileAuth, name).toString());
    profile.user = m_settings->value(Key::ProfileUser, name).toString();
    profile.caFile = m_settings->value(Key::ProfileCaFile, name).toString();
    profile.certFile = m_settings->value(Key::ProfileCertFile, name).toString();
    profile.keyFile = m_settings->value(Key::ProfileKeyFile, name).toString();
    profile.verifyTls = m_settings->value(Key::ProfileVerifyTls, name).toBool();
    profile.timeoutSeconds = m_settings->value(Key::ProfileTimeoutSeconds, name).toInt();
    return profile;
}

void ProfileStore::writeFields(const ConnectionProfile &profile)
{
    using Key = Settings::Key;
    const QString &name = profile.name;
    m_settings->setValue(Key::ProfileUrl, profile.url.toString(), name);
    m_settings->setValue(Key::ProfileAuth, ConnectionProfile::authModeKey(profile.auth), name);
    m_settings->setValue(Key::ProfileUser, profile.usesPassword() ? profile.user : QString(), name);
    m_settings->setValue(Key::ProfileCaFile, profile.caFile, name);
    m_settings->setValue(Key::ProfileCertFile, profile.usesCertificate() ? profile.certFile : QString(), name);
    m_settings->setValue(Key::ProfileKeyFile, profile.usesCertificate() ? profile.keyFile : QString(), name);
    m_settings->setValue(Key::ProfileVerifyTls, profile.verifyTls, name);
    m_settings->setValue(Key::ProfileTimeoutSeconds, profile.timeoutSeconds, name);
}

SecretJob *ProfileStore::save(const ConnectionProfile &profile, const QString &password, const QString &passphrase,
                              const QString &previousName)
{
    if (const auto problems = profile.validate(); !problems.isEmpty())
        return SecretJob::finishLater(Error {u"profile.invalid"_s, problems.first().message, {}}, this);
    const bool renaming = !previousName.isEmpty() && previousName != profile.name;
    if ((previousName.isEmpty() || renaming) && contains(profile.name)) {
        return SecretJob::finishLater(
            Error {u"profile.exists"_s, tr("A profile named \"%1\" already exists.").arg(profile.name), {}}, this);
    }

    if (renaming) {
        m_settings->removeProfile(previousName);
        if (m_settings->lastProfile() == previousName)
            m_settings->setLastProfile(profile.name);
    }
    writeFields(profile);
    m_settings->sync();
    emit profilesChanged();

    QList<SecretJob *> jobs;
    const QString passwordKey = SecretStore::passwordKey(profile.name);
    const QString passphraseKey = SecretStore::passphraseKey(profile.name);
    const bool storesPassword = profile.usesPassword() && !password.isEmpty();
    const bool storesPassphrase = profile.usesCertificate() && !passphrase.isEmpty();
    jobs << (storesPassword ? m_secrets->write(passwordKey, password) : m_secrets->remove(passwordKey));
    jobs << (storesPassphrase ? m_secrets->write(passphraseKey, passphrase) : m_secrets->remove(passphraseKey));
    if (renaming) {
        jobs << m_secrets->remove(SecretStore::passwordKey(previousName));
        jobs << m_secrets->remove(SecretStore::passphraseKey(previousName));
    }
    auto *result = new SecretJob(this);
    connect(SecretJob::all(jobs, this), &SecretJob::finished, result,
            [this, result, storesSecret = storesPassword || storesPassphrase](const Result<QString> &outcome) {
                if (!outcome) {
                    result->finish(
                        Error {outcome.error().code,
                               tr("The profile was saved, but not its secrets: %1").arg(outcome.error().message),
                               {}});
                    return;
                }
                result->finish(storesSecret && !m_secrets->isPersistent()
                                   ? tr("No keychain is available: the password is kept for this session only.")
                                   : QString());
            });
    return result;
}

SecretJob *ProfileStore::remove(const QString &name)
{
    if (!contains(name))
        return SecretJob::finishLater(Error {u"profile.unknown"_s, unknownProfileMessage(name), {}}, this);
    m_settings->removeProfile(name);
    if (m_settings->lastProfile() == name)
        m_settings->setLastProfile(QString());
    m_settings->sync();
    emit profilesChanged();
    return SecretJob::all(
        {m_secrets->remove(SecretStore::passwordKey(name)), m_secrets->remove(SecretStore::passphraseKey(name))}, this);
}

ProfileLoad *ProfileStore::load(const QString &name)
{
    auto *job = new ProfileLoad(this);
    const std::optional<ConnectionProfile> found = profile(name);
    if (!found) {
        QTimer::singleShot(0, job, [this, job, name] {
            emit job->finished(Error {u"profile.unknown"_s, unknownProfileMessage(name), {}});
            job->deleteLater();
        });
        return job;
    }
    auto loaded = std::make_shared<LoadedProfile>();
    loaded->profile = *found;
    auto finish = [job, loaded] {
        loaded->settings = loaded->profile.toConnectionSettings(loaded->password, loaded->passphrase);
        emit job->finished(*loaded);
        job->deleteLater();
    };
    auto readPassphrase = [this, job, loaded, finish] {
        if (!loaded->profile.usesCertificate())
            return finish();
        readSecret(m_secrets, SecretStore::passphraseKey(loaded->profile.name), job,
                   [loaded, finish](const QString &secret, const QString &problem) {
                       loaded->passphrase = secret;
                       if (loaded->secretProblem.isEmpty())
                           loaded->secretProblem = problem;
                       finish();
                   });
    };
    if (!found->usesPassword()) {
        QTimer::singleShot(0, job, readPassphrase);
        return job;
    }
    readSecret(m_secrets, SecretStore::passwordKey(name), job,
               [loaded, readPassphrase](const QString &secret, const QString &problem) {
                   loaded->password = secret;
                   loaded->secretProblem = problem;
                   readPassphrase();
               });
    return job;
}

bool ProfileStore::secretsArePersistent() const
{
    return m_secrets->isPersistent();
}

QString ProfileStore::lastProfile() const
{
    return m_settings->lastProfile();
}

void ProfileStore::setLastProfile(const QString &name)
{
    m_settings->setLastProfile(name);
    m_settings->sync();
}

QString ProfileStore::unknownProfileMessage(const QString &name) const
{
    const QStringList saved = names();
    if (saved.isEmpty())
        return tr("No profile is named \"%1\": no profile is saved yet.").arg(name);
    return tr("No profile is named \"%1\". Saved profiles: %2.").arg(name, saved.join(u", "_s));
}
