#include "app/common/SecretStore.h"

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

SecretJob *SecretJob::finishLater(const Result<QString> &result, QObject *parent)
{
    auto *job = new SecretJob(parent);
    QTimer::singleShot(0, job, [job, result] { job->finish(result); });
    return job;
}

SecretJob *SecretJob::all(const QList<SecretJob *> &jobs, QObject *parent)
{
    if (jobs.isEmpty())
        return finishLater(QString(), parent);
    auto *group = new SecretJob(parent);
    auto pending = std::make_shared<qsizetype>(jobs.size());
    auto firstError = std::make_shared<std::optional<Error>>();
    for (SecretJob *job : jobs) {
        connect(job, &SecretJob::finished, group, [group, pending, firstError](const Result<QString> &result) {
            if (!result && !firstError->has_value())
                *firstError = result.error();
            if (--*pending == 0)
                group->finish(firstError->has_value() ? Result<QString>(**firstError) : Result<QString>(QString()));
        });
    }
    return group;
}

void SecretJob::finish(const Result<QString> &result)
{
    if (m_done)
        return;
    m_done = true;
    emit finished(result);
    deleteLater();
}

SecretJob *MemorySecretStore::read(const QString &key)
{
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        return SecretJob::finishLater(Error {NotFound, tr("No secret is stored for %1.").arg(key), {}}, this);
    return SecretJob::finishLater(*it, this);
}

SecretJob *MemorySecretStore::write(const QString &key, const QString &secret)
{
    m_secrets.insert(key, secret);
    return SecretJob::finishLater(QString(), this);
}

SecretJob *MemorySecretStore::remove(const QString &key)
{
    m_secrets.remove(key);
    return SecretJob::finishLater(QString(), this);
}

namespace {

Error noBackend()
{
    return Error {SecretStore::NoBackend,
                  QCoreApplication::translate("SecretStore", "No keychain is available on this system."),
                  {}};
}

} // namespace

SecretJob *UnavailableSecretStore::read(const QString &)
{
    return SecretJob::finishLater(noBackend(), this);
}

SecretJob *UnavailableSecretStore::write(const QString &, const QString &)
{
    return SecretJob::finishLater(noBackend(), this);
}

SecretJob *UnavailableSecretStore::remove(const QString &)
{
    return SecretJob::finishLater(noBackend(), this);
}

FallbackSecretStore::FallbackSecretStore(SecretStore *primary, QObject *parent)
    : SecretStore(parent), m_primary(primary), m_memory(new MemorySecretStore(this))
{
    m_primary->setParent(this);
}

SecretJob *FallbackSecretStore::read(const QString &key)
{
    return run(Op::Read, key, QString());
}

SecretJob *FallbackSecretStore::write(const QString &key, const QString &secret)
{
    return run(Op::Write, key, secret);
}

SecretJob *FallbackSecretStore::remove(const QString &key)
{
    return run(Op::Remove, key, QString());
}

SecretJob *FallbackSecretStore::runInMemory(Op op, const QString &key, const QString &secret)
{
    switch (op) {
    case Op::Read:
        return m_memory->read(key);
    case Op::Write:
        return m_memory->write(key, secret);
    case Op::Remove:
        return m_memory->remove(key);
    }
    return m_memory->remove(key);
}

SecretJob *FallbackSecretStore::run(Op op, const QString &key, const QString &secret)
{
    if (m_sessionOnly)
        return runInMemory(op, key, secret);
    auto *outer = new SecretJob(this);
    SecretJob *inner = op == Op::Read    ? m_primary->read(key)
                       : op == Op::Write ? m_primary->write(key, secret)
                                         : m_primary->remove(key);
    connect(inner, &SecretJob::finished, outer, [this, outer, op, key, secret](const Result<QString> &result) {
        if (result || result.error().code != NoBackend) {
            // A secret written to memory earlier in this session is still the one to use.
            if (!result && op == Op::Read && m_memory->contains(key)) {
                connect(m_memory->read(key), &SecretJob::finished, outer, &SecretJob::finish);
                return;
            }
            outer->finish(result);
            return;
        }
        switchToMemory(result.error().message);
        connect(runInMemory(op, key, secret), &SecretJob::finished, outer, &SecretJob::finish);
    });
    return outer;
}

void FallbackSecretStore::switchToMemory(const QString &detail)
{
    if (m_sessionOnly)
        return;
    m_sessionOnly = true;
    m_unavailableMessage = tr("No keychain is available: the password is kept for this session only (%1).").arg(detail);
    emit keychainUnavailable(m_unavailableMessage);
}
