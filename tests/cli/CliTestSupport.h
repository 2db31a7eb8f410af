#pragma once

// Runs the secdesk-cli executable of this build for the CLI tests: the test's environment with some variables
// set or removed, stdin a closed pipe (not a terminal, so writing commands need --yes).

#include <QJsonValue>
#include <QProcess>
#include <QString>
#include <QStringList>

#include "app/json/Json.h"

namespace CliTest {

struct Run
{
    int exitCode = -1; // -1: did not finish within a minute
    QByteArray out;
    QString err;
    QJsonValue json() const { return Json::parse(out).value(); }
};

// `environment`: variables to set; a null value removes the variable.
inline Run run(const QStringList &arguments, const QList<std::pair<QString, QString>> &environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : environment) {
        if (value.isNull())
            env.remove(name);
        else
            env.insert(name, value);
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SECDESK_BINARY_DIR "/secdesk-cli"), arguments);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace CliTest
