#include "app/cli/ClusterConnection.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ClusterConnection", text);
}

QString environment(const char *name)
{
    return qEnvironmentVariable(name);
}

} // namespace

namespace ClusterConnection {

QList<CliOption> options()
{
    return {
        {u"url"_s, {u"URL"_s}, tr("the cluster, e.g. https://localhost:9200 (or env SECDESK_URL)")},
        {u"user"_s, {u"NAME"_s}, tr("HTTP basic user (or env SECDESK_USER); the password from env SECDESK_PASSWORD")},
        {u"password-file"_s, {u"FILE"_s}, tr("read the password from the first line of FILE")},
        {u"ca"_s, {u"FILE"_s}, tr("trust the CA certificate(s) in FILE (PEM)")},
        {u"cert"_s, {u"FILE"_s}, tr("client certificate (PEM)")},
        {u"key"_s, {u"FILE"_s}, tr("client key (PEM); its passphrase from env SECDESK_KEY_PASSPHRASE")},
        {u"insecure"_s, {}, tr("do not verify the cluster's TLS certificate (a warning is printed)")},
        {u"profile"_s, {u"NAME"_s}, tr("a connection profile saved by the app")},
        {u"timeout"_s, {u"SECONDS"_s}, tr("give up on a request after SECONDS without data (default 30)")},
    };
}

Result<ConnectionSettings> settings(const CliArguments &arguments)
{
    auto error = [](const QString &message) { return Error {u"cli.usage"_s, message, {}}; };
    ConnectionSettings settings;
    if (arguments.isSet(u"profile"_s))
        return error(tr("--profile is not available yet: give the connection with --url and --user"));

    const QString url = arguments.isSet(u"url"_s) ? arguments.value(u"url"_s) : environment("SECDESK_URL");
    if (url.isEmpty())
        return error(tr("no cluster given: use --url URL or set SECDESK_URL"));
    settings.baseUrl = QUrl(url);
    if (!settings.baseUrl.isValid() || settings.baseUrl.host().isEmpty()
        || (settings.baseUrl.scheme() != u"http"_s && settings.baseUrl.scheme() != u"https"_s))
        return error(tr("\"%1\" is not a cluster address (expected http(s)://host:port)").arg(url));

    settings.userName = arguments.isSet(u"user"_s) ? arguments.value(u"user"_s) : environment("SECDESK_USER");
    if (arguments.isSet(u"password-file"_s)) {
        QFile file(arguments.value(u"password-file"_s));
        if (!file.open(QIODevice::ReadOnly))
            return error(tr("cannot read the password file %1: %2").arg(file.fileName(), file.errorString()));
        settings.password = QString::fromUtf8(file.readLine()).remove(u'\n').remove(u'\r');
    } else {
        settings.password = environment("SECDESK_PASSWORD");
    }
    if (!settings.userName.isEmpty() && settings.password.isEmpty() && !qEnvironmentVariableIsSet("SECDESK_PASSWORD")
        && !arguments.isSet(u"password-file"_s))
        return error(
            tr("no password for user %1: set SECDESK_PASSWORD or use --password-file FILE").arg(settings.userName));

    settings.caFile = arguments.value(u"ca"_s);
    settings.clientCertificateFile = arguments.value(u"cert"_s);
    settings.clientKeyFile = arguments.value(u"key"_s);
    settings.clientKeyPassphrase = environment("SECDESK_KEY_PASSPHRASE");
    settings.verifyTls = !arguments.isSet(u"insecure"_s);
    if (arguments.isSet(u"timeout"_s)) {
        bool ok = false;
        const double seconds = arguments.value(u"timeout"_s).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 86400)
            return error(tr("--timeout takes a number of seconds greater than 0, not \"%1\"")
                             .arg(arguments.value(u"timeout"_s)));
        settings.timeoutMs = int(seconds * 1000);
    }
    return settings;
}

ApiResult wait(ApiCall *call)
{
    std::optional<ApiResult> result;
    QEventLoop loop;
    QObject::connect(call, &ApiCall::finished, &loop, [&](const ApiResult &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

FetchResult wait(ConfigFetch *fetch)
{
    std::optional<FetchResult> result;
    QEventLoop loop;
    QObject::connect(fetch, &ConfigFetch::finished, &loop, [&](const FetchResult &r) {
        result = r;
        loop.quit();
    });
    fetch->start();
    if (!result)
        loop.exec();
    return *result;
}

ExitCode exitCodeFor(const ApiError &error)
{
    if (error.isConnectionFailure())
        return ExitCode::Unreachable;
    if (error.kind == ApiError::Kind::Setup)
        return ExitCode::Usage;
    return ExitCode::Failed;
}

} // namespace ClusterConnection
