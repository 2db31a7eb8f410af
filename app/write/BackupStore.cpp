#include "app/write/BackupStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

#include "app/common/DataDirectory.h"
#include "app/domain/WriteSecrets.h"
#include "app/json/Json.h"

using namespace Qt::StringLiterals;

namespace {

const QString TimeFormat = u"yyyyMMdd'T'HHmmss.zzz'Z'"_s;

// Profile names become part of a file name: keep letters, digits, '-', '_' and '.'.
QString fileSafe(const QString &text)
{
    QString result;
    for (QChar c : text)
        result += (c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.') ? c : u'_';
    return result.left(64);
}

BackupInfo infoFor(const QFileInfo &file)
{
    static const QRegularExpression pattern(u"^(\\d{8}T\\d{6}\\.\\d{3}Z)(?:-(.*?))?(?:~\\d+)?\\.json$"_s);
    BackupInfo info;
    info.fileName = file.fileName();
    info.path = file.absoluteFilePath();
    const auto match = pattern.match(info.fileName);
    if (match.hasMatch()) {
        info.created = QDateTime::fromString(match.captured(1), TimeFormat);
        info.created.setTimeZone(QTimeZone::utc());
        info.profile = match.captured(2);
    }
    return info;
}

} // namespace

QString BackupStore::defaultDirectory()
{
    return DataDirectory::path() + u"/backups"_s;
}

BackupStore::BackupStore(QString directory, int keep) : m_directory(std::move(directory)), m_keep(keep) { }

Result<BackupInfo> BackupStore::save(const QJsonObject &document, const QString &profile, const QDateTime &now)
{
    QDir dir(m_directory);
    if (!dir.exists()) {
        if (!dir.mkpath(u"."_s))
            return Error {u"io.write"_s, tr("cannot create the backup folder %1").arg(m_directory), {}};
        QFile::setPermissions(m_directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    const QString stem = now.toUTC().toString(TimeFormat) + (profile.isEmpty() ? QString() : u'-' + fileSafe(profile));
    // Two writes (the app and secdesk-cli, or two CLI runs) may save in the same millisecond: the name is claimed by
    // creating the file exclusively, and the next suffix taken when another writer got there first.
    QFile file;
    for (int n = 1;; ++n) {
        const QString fileName = stem + (n == 1 ? QString() : u'~' + QString::number(n)) + u".json"_s;
        file.setFileName(dir.filePath(fileName));
        // Created with mode 0600 from the start: no moment where others may read it.
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            break;
        if (!file.exists() || n >= 1000)
            return Error {u"io.write"_s, tr("cannot write the backup %1").arg(file.fileName()), file.errorString()};
    }
    const QByteArray bytes = Json::serialize(WriteSecrets::redactDocument(document), Json::Format::Indented);
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString reason = file.errorString();
        file.remove();
        return Error {u"io.write"_s, tr("cannot write the backup %1").arg(file.fileName()), reason};
    }
    file.close();
    prune();
    BackupInfo info = infoFor(QFileInfo(file.fileName()));
    info.profile = profile;
    return info;
}

QList<BackupInfo> BackupStore::list() const
{
    QList<BackupInfo> result;
    const QFileInfoList files =
        QDir(m_directory).entryInfoList({u"*.json"_s}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo &file : files)
        result.append(infoFor(file));
    return result;
}

Result<QJsonObject> BackupStore::read(const QString &fileName) const
{
    const QString path = QFileInfo(fileName).isAbsolute() ? fileName : QDir(m_directory).filePath(fileName);
    auto value = Json::readFile(path);
    if (!value)
        return value.error();
    if (!value->isObject())
        return Error {u"io.read"_s, tr("%1 is not a configuration document").arg(path), {}};
    return value->toObject();
}

void BackupStore::prune()
{
    if (m_keep <= 0)
        return;
    const QList<BackupInfo> all = list();
    for (qsizetype i = m_keep; i < all.size(); ++i)
        QFile::remove(all.at(i).path);
}
