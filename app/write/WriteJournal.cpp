#include "app/write/WriteJournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include "app/common/DataDirectory.h"
#include "app/domain/WriteSecrets.h"

using namespace Qt::StringLiterals;

QString WriteJournal::defaultPath()
{
    return DataDirectory::path() + u"/journal.jsonl"_s;
}

WriteJournal::WriteJournal(QString path) : m_path(std::move(path)) { }

VoidResult WriteJournal::append(const QJsonObject &entry)
{
    const QString directory = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(directory))
        return Error {u"io.write"_s, tr("cannot create the folder %1").arg(directory), {}};
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error {u"io.write"_s, tr("cannot write the journal %1").arg(m_path), file.errorString()};
    // One write call per line, so that the app and the CLI appending at the same time do not interleave.
    const QByteArray line =
        QJsonDocument(WriteSecrets::redactValue(entry).toObject()).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(line) != line.size() || !file.flush())
        return Error {u"io.write"_s, tr("cannot write the journal %1").arg(m_path), file.errorString()};
    return {};
}

QList<QJsonObject> WriteJournal::entries() const
{
    QList<QJsonObject> result;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error == QJsonParseError::NoError && document.isObject())
            result.append(document.object());
    }
    return result;
}
