#pragma once

// Runs the secdesk-cli executable of this build for the CLI tests: the test's environment with some variables
// set or removed, stdin a closed pipe (not a terminal, so writing commands need --yes).

#include <QFile>
#include <QJsonValue>
#include <QUrl>

#include "app/json/Json.h"
#include "tests/support/ProcessRun.h"

namespace CliTest {

struct Run : ProcessRun::Result
{
    QJsonValue json() const { return Json::parse(out).value(); }
};

// `environment`: variables to set; a null value removes the variable. -1 when it did not finish within a minute.
inline Run run(const QStringList &arguments, const ProcessRun::Environment &environment)
{
    return {ProcessRun::run(QStringLiteral("secdesk-cli"), arguments, environment)};
}

// The variables of a run against the cluster at `url` as `user`, with SecDesk's data (journal, backups) under
// `dataHome`.
inline ProcessRun::Environment clusterEnvironment(const QUrl &url, const QString &dataHome,
                                                  const QString &user = QStringLiteral("admin"),
                                                  const QString &password = QStringLiteral("admin"))
{
    return {{QStringLiteral("SECDESK_URL"), url.toString()},
            {QStringLiteral("SECDESK_USER"), user},
            {QStringLiteral("SECDESK_PASSWORD"), password},
            {QStringLiteral("XDG_DATA_HOME"), dataHome}};
}

// Writes `content` to `path` (a test's input file) and returns the path.
inline QString writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write the test file %s", qPrintable(path));
    return path;
}

} // namespace CliTest
