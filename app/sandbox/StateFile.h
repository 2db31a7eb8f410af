#pragma once

// StateFile: the --state file, written atomically (a temporary file beside it, fsync, rename, fsync of the
// directory) so that a crash at any moment leaves either the old or the new state. Pure functions, any thread.

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include "app/common/Result.h"

namespace StateFile {

VoidResult write(const QString &path, const QByteArray &bytes);

// The saved state, or an empty object when the file does not exist.
Result<QJsonObject> read(const QString &path);

} // namespace StateFile
