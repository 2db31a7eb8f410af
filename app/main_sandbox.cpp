// secdesk-sandbox: the emulated Security plugin REST API as a process (docs/cli.md §11).
// Prints "listening on <url>" once ready; SIGINT and SIGTERM end it cleanly with exit code 0.

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QVersionNumber>

#include "app/sandbox/Sandbox.h"

using namespace Qt::StringLiterals;

namespace {

int s_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(s_signalFds[0], &byte, 1);
}

std::optional<bool> onOff(const QString &value)
{
    if (value == u"on")
        return true;
    if (value == u"off")
        return false;
    return std::nullopt;
}

int usageError(const QString &message)
{
    std::fprintf(stderr, "secdesk-sandbox: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"secdesk-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SECDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"A local emulation of the OpenSearch Security plugin's REST API."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption host(u"host"_s, u"Address to listen on (default 127.0.0.1)."_s, u"HOST"_s, u"127.0.0.1"_s);
    const QCommandLineOption port(u"port"_s, u"Port; 0 picks a free one (default 0)."_s, u"PORT"_s, u"0"_s);
    const QCommandLineOption configDir(u"config-dir"_s, u"Load a securityadmin-layout YAML directory."_s, u"DIR"_s);
    const QCommandLineOption staticDir(u"static-dir"_s, u"Static entities (static_*.yml) for --config-dir."_s,
                                       u"DIR"_s);
    const QCommandLineOption adminPassword(u"admin-password"_s, u"Password of the user admin (default admin)."_s,
                                           u"PW"_s, u"admin"_s);
    const QCommandLineOption tls(u"tls"_s, u"Serve HTTPS (needs --cert and --key)."_s);
    const QCommandLineOption cert(u"cert"_s, u"Server certificate (PEM)."_s, u"FILE"_s);
    const QCommandLineOption key(u"key"_s, u"Server private key (PEM)."_s, u"FILE"_s);
    const QCommandLineOption clientCa(u"client-ca"_s, u"Verify client certificates against this CA (PEM)."_s,
                                      u"FILE"_s);
    const QCommandLineOption adminDn(u"admin-dn"_s, u"A super-admin certificate DN (repeatable)."_s, u"DN"_s);
    const QCommandLineOption versioning(u"versioning"_s, u"Configuration versions (default on)."_s, u"on|off"_s,
                                        u"on"_s);
    const QCommandLineOption retention(u"retention"_s, u"Versions kept (default 10)."_s, u"N"_s, u"10"_s);
    const QCommandLineOption allowConfig(u"allow-securityconfig-modification"_s,
                                         u"Allow securityconfig PUT/PATCH (default on)."_s, u"on|off"_s, u"on"_s);
    const QCommandLineOption restAdmin(u"restapi-admin"_s, u"Permission-based REST admins (default off)."_s,
                                       u"on|off"_s, u"off"_s);
    const QCommandLineOption nodesDn(u"nodesdn"_s, u"The nodesdn endpoints (default on)."_s, u"on|off"_s, u"on"_s);
    const QCommandLineOption modifiedBy(u"modified-by"_s, u"modified_by of versions (default user)."_s,
                                        u"user|system"_s, u"user"_s);
    const QCommandLineOption state(u"state"_s, u"Keep the state in FILE across restarts."_s, u"FILE"_s);
    const QCommandLineOption bcryptCost(u"bcrypt-cost"_s, u"bcrypt cost of new hashes (default 12)."_s, u"N"_s,
                                        u"12"_s);
    const QCommandLineOption endpointDisabled(
        u"endpoint-disabled"_s, u"Disable methods of an endpoint for a role or \"global\" (repeatable)."_s,
        u"ROLE:ENDPOINT:GET,PUT|*"_s);
    const QCommandLineOption adminCertHeader(
        u"admin-cert-header"_s, u"Emulator only, not upstream: treat this header's DN as a client certificate."_s,
        u"NAME"_s);
    const QCommandLineOption clusterVersion(
        u"cluster-version"_s, u"The OpenSearch version to emulate (default 3.3.0)."_s, u"X.Y.Z"_s, u"3.3.0"_s);
    const QCommandLineOption idleTimeout(u"idle-timeout"_s,
                                         u"Close connections idle for this many seconds (default 30; 0: never)."_s,
                                         u"SECONDS"_s, u"30"_s);
    const QCommandLineOption certReload(u"ssl-cert-reload"_s,
                                        u"Allow ssl/{http,transport}/reloadcerts (default off, as the plugin)."_s,
                                        u"on|off"_s, u"off"_s);
    parser.addOptions(
        {host,     port,       configDir,        staticDir,       adminPassword,  tls,         cert,      key,
         clientCa, adminDn,    versioning,       retention,       allowConfig,    restAdmin,   nodesDn,   modifiedBy,
         state,    bcryptCost, endpointDisabled, adminCertHeader, clusterVersion, idleTimeout, certReload});
    parser.process(app);

    SandboxOptions options;
    options.host = parser.value(host);
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535)
        return usageError(u"--port must be a number from 0 to 65535"_s);
    options.port = quint16(portNumber);
    options.configDir = parser.value(configDir);
    options.staticDir = parser.value(staticDir);
    options.adminPassword = parser.value(adminPassword);
    options.tls = parser.isSet(tls);
    options.certFile = parser.value(cert);
    options.keyFile = parser.value(key);
    options.clientCaFile = parser.value(clientCa);
    if (options.tls && (options.certFile.isEmpty() || options.keyFile.isEmpty()))
        return usageError(u"--tls needs --cert and --key"_s);
    if (parser.isSet(adminDn))
        options.adminDns = parser.values(adminDn);
    const QList<std::pair<const QCommandLineOption *, bool *>> switches = {
        {&versioning, &options.versioning},
        {&allowConfig, &options.allowSecurityConfigModification},
        {&restAdmin, &options.restApiAdmin},
        {&nodesDn, &options.nodesDnEnabled},
        {&certReload, &options.certificateReloadEnabled}};
    for (const auto &[option, target] : switches) {
        const auto value = onOff(parser.value(*option));
        if (!value)
            return usageError(u"--%1 must be on or off"_s.arg(option->names().first()));
        *target = *value;
    }
    options.retention = parser.value(retention).toInt(&ok);
    if (!ok)
        return usageError(u"--retention must be an integer"_s);
    if (parser.value(modifiedBy) != u"user" && parser.value(modifiedBy) != u"system")
        return usageError(u"--modified-by must be user or system"_s);
    options.modifiedBy =
        parser.value(modifiedBy) == u"user" ? SandboxOptions::ModifiedBy::User : SandboxOptions::ModifiedBy::System;
    options.stateFile = parser.value(state);
    options.bcryptCost = parser.value(bcryptCost).toInt(&ok);
    if (!ok || options.bcryptCost < 4 || options.bcryptCost > 31)
        return usageError(u"--bcrypt-cost must be from 4 to 31"_s);

    for (const QString &entry : parser.values(endpointDisabled)) {
        const QStringList parts = entry.split(u':');
        if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
            return usageError(u"--endpoint-disabled takes ROLE:ENDPOINT:METHODS"_s);
        options.endpointsDisabled[parts.at(0)][parts.at(1).toUpper()] = parts.at(2).split(u',', Qt::SkipEmptyParts);
    }
    options.adminCertHeader = parser.value(adminCertHeader).toUtf8();
    const QVersionNumber version = QVersionNumber::fromString(parser.value(clusterVersion));
    if (version.segmentCount() != 3 || version.majorVersion() < 1)
        return usageError(u"--cluster-version must be MAJOR.MINOR.PATCH"_s);
    options.clusterVersion = version.toString();
    const int idleSeconds = parser.value(idleTimeout).toInt(&ok);
    if (!ok || idleSeconds < 0)
        return usageError(u"--idle-timeout must be a number of seconds, 0 or more"_s);
    options.idleTimeoutMs = idleSeconds * 1000;

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalFds) != 0)
        return usageError(u"cannot set up signal handling"_s);
    QSocketNotifier notifier(s_signalFds[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::exit(0); });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);

    Sandbox sandbox(options);
    const auto url = sandbox.start();
    if (!url) {
        std::fprintf(stderr, "secdesk-sandbox: %s\n", qPrintable(url.error().toString()));
        return 1;
    }
    std::printf("listening on %s\n", qPrintable(url->toString()));
    std::fflush(stdout);
    const int code = app.exec();
    sandbox.stop();
    return code;
}
