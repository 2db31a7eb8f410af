#include "app/common/DataDirectory.h"

#include <QStandardPaths>

namespace DataDirectory {

QString path()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/SecDesk");
}

} // namespace DataDirectory
