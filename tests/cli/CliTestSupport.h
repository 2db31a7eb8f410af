#pragma once

// Runs the secdesk-cli executable of this build for the CLI tests: the test's environment with some variables
// set or removed, stdin a closed pipe (not a terminal, so writing commands need --yes).

#include <QJsonValue>

#include "app/json/Json.h"
#include "tests/support/ProcessRun.h"

namespace CliTest {

struct Run : ProcessRun::Result
{
    QJsonValue json() const { return Json::parse(out).value(); }
};

// `environment`: variables to set; a null value removes the variable. -1 when it did not finish within a minute.
inline Run run(const QStringList &arguments, const QList<std::pair<QString, QString>> &environment)
{
    return {ProcessRun::run(QStringLiteral("secdesk-cli"), arguments, environment)};
}

} // namespace CliTest
