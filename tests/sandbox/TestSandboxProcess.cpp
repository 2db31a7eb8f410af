// The secdesk-sandbox executable (docs/cli.md §11): the "listening on" line, its options, a clean exit on
// SIGINT/SIGTERM, and --state: kept across restarts and never corrupted by a kill -9 at a random moment.

#include <csignal>

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include "tests/sandbox/SandboxTestSupport.h"

using namespace Qt::StringLiterals;
using SandboxTest::Client;

class TestSandboxProcess : public QObject
{
    Q_OBJECT

private slots:
    void listensAndStopsCleanly_data();
    void listensAndStopsCleanly();
    void options_data();
    void options();
    void badUsage_data();
    void badUsage();
    void stateSurvivesRestart();
    void stateSurvivesKill9_data();
    void stateSurvivesKill9();

private:
    // Starts the executable and returns its URL (empty on failure).
    static QUrl start(QProcess &process, const QStringList &arguments);
};

QUrl TestSandboxProcess::start(QProcess &process, const QStringList &arguments)
{
    process.setProgram(QStringLiteral(SECDESK_BINARY_DIR) + u"/secdesk-sandbox"_s);
    process.setArguments(QStringList {u"--port"_s, u"0"_s, u"--bcrypt-cost"_s, u"4"_s} + arguments);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start();
    if (!process.waitForStarted(5000))
        return {};
    while (!process.canReadLine()) {
        if (!process.waitForReadyRead(10000))
            return {};
    }
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    static const QRegularExpression pattern(u"^listening on (https?://127\\.0\\.0\\.1:[0-9]+)$"_s);
    const auto match = pattern.match(line);
    if (!match.hasMatch()) {
        qWarning("unexpected first line: %s", qPrintable(line));
        return {};
    }
    return QUrl(match.captured(1));
}

void TestSandboxProcess::listensAndStopsCleanly_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestSandboxProcess::listensAndStopsCleanly()
{
    QFETCH(int, signalNumber);
    QProcess process;
    const QUrl url = start(process, {});
    QVERIFY(url.isValid());
    Client client(url);
    SANDBOX_EXPECT(client.get(u"/_plugins/_security/health"_s), 200, (QJsonObject {{u"status"_s, u"UP"_s}}));
    client.setCredentials(u"admin"_s, u"admin"_s); // the default --admin-password
    QCOMPARE(client.get(u"/_plugins/_security/api/roles"_s).status, 200);
    ::kill(pid_t(process.processId()), signalNumber);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardOutput(), QByteArray()); // exactly one line
}

void TestSandboxProcess::options_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("defaults: versioning on") << QStringList() << u"admin:admin"_s << QByteArray("GET")
                                             << u"/_plugins/_security/api/versions"_s << QByteArray() << 200;
    QTest::newRow("--versioning off") << QStringList {u"--versioning"_s, u"off"_s} << u"admin:admin"_s
                                      << QByteArray("GET") << u"/_plugins/_security/api/versions"_s << QByteArray()
                                      << 400;
    QTest::newRow("--admin-password") << QStringList {u"--admin-password"_s, u"Other-Pass-1"_s}
                                      << u"admin:Other-Pass-1"_s << QByteArray("GET")
                                      << u"/_plugins/_security/authinfo"_s << QByteArray() << 200;
    QTest::newRow("--admin-password, old one refused")
        << QStringList {u"--admin-password"_s, u"Other-Pass-1"_s} << u"admin:admin"_s << QByteArray("GET")
        << u"/_plugins/_security/authinfo"_s << QByteArray() << 401;
    QTest::newRow("defaults: securityconfig writable")
        << QStringList() << u"admin:admin"_s << QByteArray("PATCH") << u"/_plugins/_security/api/securityconfig"_s
        << QByteArray(R"([{"op":"add","path":"/config/dynamic/hosts_resolver_mode","value":"x"}])") << 200;
    QTest::newRow("--allow-securityconfig-modification off")
        << QStringList {u"--allow-securityconfig-modification"_s, u"off"_s} << u"admin:admin"_s << QByteArray("PATCH")
        << u"/_plugins/_security/api/securityconfig"_s
        << QByteArray(R"([{"op":"add","path":"/config/dynamic/hosts_resolver_mode","value":"x"}])") << 403;
    QTest::newRow("defaults: REST admin off") << QStringList() << u"secadmin:secadmin"_s << QByteArray("GET")
                                              << u"/_plugins/_security/api/allowlist"_s << QByteArray() << 403;
    QTest::newRow("--restapi-admin on") << QStringList {u"--restapi-admin"_s, u"on"_s} << u"secadmin:secadmin"_s
                                        << QByteArray("GET") << u"/_plugins/_security/api/allowlist"_s << QByteArray()
                                        << 200;
    QTest::newRow("--endpoint-disabled") << QStringList {u"--endpoint-disabled"_s, u"all_access:roles:GET"_s}
                                         << u"admin:admin"_s << QByteArray("GET") << u"/_plugins/_security/api/roles"_s
                                         << QByteArray() << 403;
    QTest::newRow("--nodesdn off") << QStringList {u"--nodesdn"_s, u"off"_s} << u"admin:admin"_s << QByteArray("GET")
                                   << u"/_plugins/_security/api/nodesdn"_s << QByteArray() << 400;
    const QString fixtures = QStringLiteral(SECDESK_SHARED_DIR) + u"/fixtures/security-config"_s;
    if (QFileInfo::exists(fixtures)) {
        QTest::newRow("--config-dir") << QStringList {u"--config-dir"_s, fixtures} << u"admin:admin"_s
                                      << QByteArray("GET") << u"/_plugins/_security/api/internalusers/logstash"_s
                                      << QByteArray() << 200;
    }
}

void TestSandboxProcess::options()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, user);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QProcess process;
    const QUrl url = start(process, arguments);
    QVERIFY(url.isValid());
    Client client(url);
    client.setCredentials(user.section(u':', 0, 0), user.section(u':', 1));
    const auto reply = client.send(method, path, body);
    if (reply.status != status)
        qWarning("%s", reply.body.constData());
    QCOMPARE(reply.status, status);
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
}

void TestSandboxProcess::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("bad port") << QStringList {u"--port"_s, u"http"_s} << 2;
    QTest::newRow("bad switch") << QStringList {u"--versioning"_s, u"maybe"_s} << 2;
    QTest::newRow("tls without cert") << QStringList {u"--tls"_s} << 2;
    QTest::newRow("bad modified-by") << QStringList {u"--modified-by"_s, u"nobody"_s} << 2;
    QTest::newRow("missing config dir") << QStringList {u"--config-dir"_s, u"/nonexistent/dir"_s} << 1;
}

void TestSandboxProcess::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QProcess process;
    process.start(QStringLiteral(SECDESK_BINARY_DIR) + u"/secdesk-sandbox"_s, arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), exitCode);
    QVERIFY(process.readAllStandardError().startsWith("secdesk-sandbox: "));
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
}

void TestSandboxProcess::stateSurvivesRestart()
{
    QTemporaryDir dir;
    const QString state = dir.filePath(u"state.json"_s);
    {
        QProcess process;
        const QUrl url = start(process, {u"--state"_s, state});
        QVERIFY(url.isValid());
        Client client(url);
        client.setCredentials(u"admin"_s, u"admin"_s);
        QCOMPARE(client.send("PUT", u"/_plugins/_security/api/tenants/kept"_s, R"({"description":"x"})").status, 201);
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
    }
    QProcess process;
    const QUrl url = start(process, {u"--state"_s, state});
    QVERIFY(url.isValid());
    Client client(url);
    client.setCredentials(u"admin"_s, u"admin"_s);
    QCOMPARE(client.get(u"/_plugins/_security/api/tenants/kept"_s).status, 200);
    const QJsonArray versions = client.get(u"/_plugins/_security/api/versions"_s).json().value(u"versions"_s).toArray();
    QCOMPARE(versions.size(), 2); // a restart without a change records no version
    QCOMPARE(versions.last().toObject().value(u"version_id"_s).toString(), u"v2"_s);
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
}

void TestSandboxProcess::stateSurvivesKill9_data()
{
    QTest::addColumn<int>("round");
    for (int round = 0; round < 3; ++round)
        QTest::newRow(qPrintable(u"round %1"_s.arg(round))) << round;
}

void TestSandboxProcess::stateSurvivesKill9()
{
    QTemporaryDir dir;
    const QString state = dir.filePath(u"state.json"_s);
    QStringList acknowledged;
    {
        QProcess process;
        const QUrl url = start(process, {u"--state"_s, state, u"--retention"_s, u"5"_s});
        QVERIFY(url.isValid());
        // The kill lands while the client waits for some write: a random moment in the write stream.
        const int delayMs = QRandomGenerator::global()->bounded(20, 200);
        bool killed = false;
        QTimer::singleShot(delayMs, &process, [&] {
            ::kill(pid_t(process.processId()), SIGKILL);
            killed = true;
        });
        Client client(url);
        client.setCredentials(u"admin"_s, u"admin"_s);
        for (int i = 0; i < 2000 && !killed; ++i) {
            const QString name = u"t%1"_s.arg(i);
            const auto reply =
                client.send("PUT", u"/_plugins/_security/api/tenants/"_s + name, R"({"description":"x"})");
            if (reply.status == 201)
                acknowledged.append(name);
        }
        QVERIFY(killed);
        if (process.state() != QProcess::NotRunning)
            QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    }
    // The file parses, and a restart serves every acknowledged write with a consistent history.
    QFile file(state);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    QJsonDocument::fromJson(file.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QProcess process;
    const QUrl url = start(process, {u"--state"_s, state, u"--retention"_s, u"5"_s});
    QVERIFY(url.isValid());
    Client client(url);
    client.setCredentials(u"admin"_s, u"admin"_s);
    const QJsonObject tenants = client.get(u"/_plugins/_security/api/tenants"_s).json();
    for (const QString &name : acknowledged)
        QVERIFY2(tenants.contains(name), qPrintable(name));
    const QJsonArray versions = client.get(u"/_plugins/_security/api/versions"_s).json().value(u"versions"_s).toArray();
    QVERIFY(!versions.isEmpty() && versions.size() <= 5);
    const QJsonObject latest = versions.last()
                                   .toObject()
                                   .value(u"security_configs"_s)
                                   .toObject()
                                   .value(u"tenants"_s)
                                   .toObject()
                                   .value(u"configData"_s)
                                   .toObject();
    for (const QString &name : acknowledged)
        QVERIFY(latest.contains(name));
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "TestSandboxProcess.moc"
