#include "app/store/PatchDraftStore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTimer>

#include "app/common/DataDirectory.h"
#include "app/domain/WriteSecrets.h"

namespace {

constexpr auto OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString fileNameFor(const QString &name)
{
    // Connection names are free text: keep letters, digits, '-', '_' and '.', replace the rest.
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    QString safe = name;
    safe.replace(unsafe, QStringLiteral("_"));
    if (safe.isEmpty() || safe.startsWith(u'.'))
        safe.prepend(u'_');
    return safe + QStringLiteral(".json");
}

} // namespace

PatchDraftStore::PatchDraftStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory.isEmpty() ? DataDirectory::path() + QStringLiteral("/drafts") : directory)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(500);
    connect(m_timer, &QTimer::timeout, this, &PatchDraftStore::flush);
}

PatchDraftStore::~PatchDraftStore()
{
    flush();
}

void PatchDraftStore::setDraftName(const QString &name)
{
    flush();
    m_name = name.isEmpty() ? QStringLiteral("default") : name;
}

QString PatchDraftStore::filePath() const
{
    return QDir(m_directory).filePath(fileNameFor(m_name));
}

void PatchDraftStore::scheduleSave(const QString &text)
{
    m_pending = text;
    m_hasPending = true;
    m_timer->start();
}

void PatchDraftStore::flush()
{
    m_timer->stop();
    if (!m_hasPending)
        return;
    m_hasPending = false;
    const VoidResult result = save(m_pending);
    m_pending.clear();
    if (result)
        emit saved();
    else
        emit saveFailed(result.error().toString());
}

VoidResult PatchDraftStore::save(const QString &unredacted)
{
    // Secrets never reach the disk: passwords and hashes are stored as "******" and asked for again; raw text that
    // does not parse yet and names a secret is not saved at all (the previous draft stays).
    const std::optional<QString> redacted = WriteSecrets::redactPatchText(unredacted);
    if (!redacted)
        return {};
    const QString &text = *redacted;
    if (!QDir().mkpath(m_directory))
        return Error {QStringLiteral("io.write"), tr("Cannot create the drafts folder %1").arg(m_directory), {}};
    const QString path = filePath();
    // Create the file 0600 before QSaveFile writes: it then keeps the existing file's permissions, so the draft is
    // never readable by others, not even for a moment.
    if (!QFile::exists(path)) {
        QFile create(path);
        if (!create.open(QIODevice::WriteOnly))
            return Error {QStringLiteral("io.write"), tr("Cannot write the draft %1").arg(path), create.errorString()};
        create.setPermissions(OwnerOnly);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {QStringLiteral("io.write"), tr("Cannot write the draft %1").arg(path), file.errorString()};
    file.write(text.toUtf8());
    if (!file.commit())
        return Error {QStringLiteral("io.write"), tr("Cannot write the draft %1").arg(path), file.errorString()};
    QFile::setPermissions(path, OwnerOnly);
    return {};
}

Result<QString> PatchDraftStore::load() const
{
    QFile file(filePath());
    if (!file.exists())
        return QString();
    if (!file.open(QIODevice::ReadOnly))
        return Error {QStringLiteral("io.read"), tr("Cannot read the draft %1").arg(file.fileName()),
                      file.errorString()};
    return QString::fromUtf8(file.readAll());
}

void PatchDraftStore::discard()
{
    m_timer->stop();
    m_hasPending = false;
    m_pending.clear();
    QFile::remove(filePath());
}

void PatchDraftStore::setDebounceInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}
