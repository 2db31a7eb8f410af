#include "app/common/KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {

Result<QString> toResult(QKeychain::Job *job, const QString &value)
{
    switch (job->error()) {
    case QKeychain::NoError:
        return value;
    case QKeychain::EntryNotFound:
        return Error {
            SecretStore::NotFound, KeychainSecretStore::tr("The keychain holds no secret for %1.").arg(job->key()), {}};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error {SecretStore::NoBackend, job->errorString(), {}};
    case QKeychain::OtherError:
        // On Linux a missing D-Bus session or Secret Service shows up here.
        if (job->errorString().contains(u"D-Bus"_s, Qt::CaseInsensitive)
            || job->errorString().contains(u"DBus"_s, Qt::CaseInsensitive)
            || job->errorString().contains(u"not available"_s, Qt::CaseInsensitive))
            return Error {SecretStore::NoBackend, job->errorString(), {}};
        return Error {
            SecretStore::Failed, KeychainSecretStore::tr("The keychain failed: %1").arg(job->errorString()), {}};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return Error {SecretStore::Failed,
                      KeychainSecretStore::tr("The keychain refused access: %1").arg(job->errorString()),
                      {}};
    case QKeychain::CouldNotDeleteEntry:
        return Error {SecretStore::Failed,
                      KeychainSecretStore::tr("The keychain could not delete the secret: %1").arg(job->errorString()),
                      {}};
    }
    return Error {SecretStore::Failed, job->errorString(), {}};
}

// Runs a QtKeychain job and forwards its outcome to a SecretJob. The keychain job deletes itself.
SecretJob *start(QKeychain::Job *job, const QString &key, QObject *parent, bool removing)
{
    auto *secretJob = new SecretJob(parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, secretJob, [secretJob, removing](QKeychain::Job *done) {
        QString value;
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
            value = read->textData();
        Result<QString> result = toResult(done, value);
        if (removing && !result && result.error().code == SecretStore::NotFound)
            result = QString();
        secretJob->finish(result);
    });
    job->start();
    return secretJob;
}

} // namespace

SecretJob *KeychainSecretStore::read(const QString &key)
{
    return start(new QKeychain::ReadPasswordJob(Service), key, this, false);
}

SecretJob *KeychainSecretStore::write(const QString &key, const QString &secret)
{
    auto *job = new QKeychain::WritePasswordJob(Service);
    job->setTextData(secret);
    return start(job, key, this, false);
}

SecretJob *KeychainSecretStore::remove(const QString &key)
{
    return start(new QKeychain::DeletePasswordJob(Service), key, this, true);
}

SecretStore *KeychainSecretStore::fromEnvironment(QObject *parent)
{
    if (qEnvironmentVariable("SECDESK_SECRET_STORE") == u"none"_s)
        return new UnavailableSecretStore(parent);
    return new KeychainSecretStore(parent);
}
