#include "app/sandbox/StateFile.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "app/json/Json.h"

using namespace Qt::StringLiterals;

namespace StateFile {

namespace {

Error ioError(const QString &what, const QString &path)
{
    return Error {u"io.write"_s, u"Cannot %1 the state file %2"_s.arg(what, path),
                  QString::fromLocal8Bit(std::strerror(errno))};
}

} // namespace

VoidResult write(const QString &path, const QByteArray &bytes)
{
    const QString temp = path + u".tmp"_s;
    const QByteArray tempName = QFile::encodeName(temp);
    const int fd = ::open(tempName.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return ioError(u"create"_s, temp);
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            ::close(fd);
            return ioError(u"write"_s, temp);
        }
        written += n;
    }
    if (::fsync(fd) != 0) {
        ::close(fd);
        return ioError(u"sync"_s, temp);
    }
    ::close(fd);
    if (::rename(tempName.constData(), QFile::encodeName(path).constData()) != 0)
        return ioError(u"replace"_s, path);
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    const int dirFd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return {};
}

Result<QJsonObject> read(const QString &path)
{
    if (!QFileInfo::exists(path))
        return QJsonObject();
    auto value = Json::readFile(path);
    if (!value)
        return value.error();
    if (!value->isObject())
        return Error {u"state.format"_s, u"The state file %1 does not hold a JSON object"_s.arg(path), {}};
    return value->toObject();
}

} // namespace StateFile
