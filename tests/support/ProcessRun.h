#pragma once

// Runs one of this build's executables for a test: the test's environment with some variables set or removed, stdin
// a closed pipe (never a terminal), and what it printed and returned.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace ProcessRun {

struct Result
{
    int exitCode = -1; // -1: did not finish in time; -2: crashed
    QByteArray out;
    QString err;
};

using Environment = QList<std::pair<QString, QString>>;

// The test's environment with these variables set; a null value removes the variable.
inline QProcessEnvironment environment(const Environment &changes)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &[name, value] : changes) {
        if (value.isNull())
            env.remove(name);
        else
            env.insert(name, value);
    }
    return env;
}

// The path of an executable in this build's binary folder.
inline QString executable(const QString &program)
{
    return QStringLiteral(SECDESK_BINARY_DIR "/") + program;
}

// `program`: the name of an executable in this build's binary folder. `changes`: see environment().
inline Result run(const QString &program, const QStringList &arguments, const Environment &changes,
                  int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(environment(changes));
    process.start(executable(program), arguments);
    process.closeWriteChannel();
    Result result;
    if (!process.waitForFinished(timeoutMs))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace ProcessRun
