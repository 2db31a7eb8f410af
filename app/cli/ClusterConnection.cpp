#include "app/cli/ClusterConnection.h"

#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>

#include "app/common/KeychainSecretStore.h"
#include "app/common/Settings.h"

using namespace Qt::StringLiterals;

namespace ClusterConnection {

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
        {u"profile"_s, {u"NAME"_s}, tr("a connection profile saved by the app (its password from the keychain)")},
        {u"timeout"_s, {u"SECONDS"_s}, tr("give up on a request after SECONDS without data (default 30)")},
    };
}

Result<LoadedProfile> loadProfile(const QString &name)
{
    std::unique_ptr<Settings> settings = Settings::fromEnvironment();
    std::unique_ptr<SecretStore> secrets(KeychainSecretStore::fromEnvironment());
    ProfileStore profiles(settings.get(), secrets.get());
    if (!profiles.contains(name))
        return Error {u"cli.usage"_s, profiles.unknownProfileMessage(name), {}};
    std::optional<Result<LoadedProfile>> result;
    QEventLoop loop;
    QObject::connect(profiles.load(name), &ProfileLoad::finished, &loop, [&](const Result<LoadedProfile> &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

CliCommand command(const QString &group, const QString &name, const QString &synopsis, const QString &description,
                   const QStringList &positional, qsizetype extraPositional, const QList<CliOption> &options,
                   std::function<ExitCode(CliContext &, const CliArguments &)> handler)
{
    CliCommand command;
    command.name = name;
    command.group = group;
    command.synopsis = synopsis;
    command.description = description;
    command.positionalNames = positional;
    command.extraPositional = extraPositional;
    command.options = options + ClusterConnection::options();
    command.handler = std::move(handler);
    return command;
}

Result<ConnectionSettings> settings(const CliArguments &arguments, const QString &userOption)
{
    auto error = [](const QString &message) { return Error {u"cli.usage"_s, message, {}}; };
    ConnectionSettings settings;
    std::optional<LoadedProfile> profile;
    if (arguments.isSet(u"profile"_s)) {
        auto loaded = loadProfile(arguments.value(u"profile"_s));
        if (!loaded)
            return error(loaded.error().message);
        profile = *loaded;
        settings = profile->settings;
    }

    QString url = profile ? settings.baseUrl.toString() : environment("SECDESK_URL");
    if (arguments.isSet(u"url"_s))
        url = arguments.value(u"url"_s);
    if (url.isEmpty())
        return error(tr("no cluster given: use --url URL or set SECDESK_URL"));
    settings.baseUrl = QUrl(url);
    if (!settings.baseUrl.isValid() || settings.baseUrl.host().isEmpty()
        || (settings.baseUrl.scheme() != u"http"_s && settings.baseUrl.scheme() != u"https"_s))
        return error(tr("\"%1\" is not a cluster address (expected http(s)://host:port)").arg(url));

    if (arguments.isSet(userOption))
        settings.userName = arguments.value(userOption);
    else if (!profile)
        settings.userName = environment("SECDESK_USER");
    // The password: --password-file, then the profile's from the keychain, then SECDESK_PASSWORD.
    bool havePassword = false;
    if (arguments.isSet(u"password-file"_s)) {
        QFile file(arguments.value(u"password-file"_s));
        if (!file.open(QIODevice::ReadOnly))
            return error(tr("cannot read the password file %1: %2").arg(file.fileName(), file.errorString()));
        settings.password = QString::fromUtf8(file.readLine()).remove(u'\n').remove(u'\r');
        havePassword = true;
    } else if (profile && !profile->password.isEmpty() && !arguments.isSet(userOption)) {
        settings.password = profile->password;
        havePassword = true;
    } else if (qEnvironmentVariableIsSet("SECDESK_PASSWORD")) {
        settings.password = environment("SECDESK_PASSWORD");
        havePassword = true;
    }
    if (!settings.userName.isEmpty() && !havePassword) {
        if (profile && !profile->secretProblem.isEmpty()) {
            return error(tr("no password for user %1 of profile %2: the keychain cannot be read (%3); set "
                            "SECDESK_PASSWORD or use --password-file FILE")
                             .arg(settings.userName, profile->profile.name, profile->secretProblem));
        }
        return error(
            tr("no password for user %1: set SECDESK_PASSWORD or use --password-file FILE").arg(settings.userName));
    }

    if (arguments.isSet(u"ca"_s))
        settings.caFile = arguments.value(u"ca"_s);
    if (arguments.isSet(u"cert"_s))
        settings.clientCertificateFile = arguments.value(u"cert"_s);
    if (arguments.isSet(u"key"_s))
        settings.clientKeyFile = arguments.value(u"key"_s);
    if (!profile || profile->passphrase.isEmpty() || arguments.isSet(u"key"_s))
        settings.clientKeyPassphrase = environment("SECDESK_KEY_PASSPHRASE");
    if (arguments.isSet(u"insecure"_s))
        settings.verifyTls = false;
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

namespace {

// Starts a fetch that reports once through finished() and runs the event loop until it has.
template <typename Fetch, typename FetchResultType> FetchResultType runFetch(Fetch *fetch)
{
    std::optional<FetchResultType> result;
    QEventLoop loop;
    QObject::connect(fetch, &Fetch::finished, &loop, [&](const FetchResultType &r) {
        result = r;
        loop.quit();
    });
    fetch->start();
    if (!result)
        loop.exec();
    return *result;
}

} // namespace

FetchResult wait(ConfigFetch *fetch)
{
    return runFetch<ConfigFetch, FetchResult>(fetch);
}

IndexMetadataResult wait(IndexMetadataFetch *fetch)
{
    return runFetch<IndexMetadataFetch, IndexMetadataResult>(fetch);
}

ExitCode exitCodeFor(const ApiError &error)
{
    // An answer that cannot be used (a proxy's page, a cut or bogus body) is a cluster that could not be read,
    // never a failed operation or a conflict.
    if (error.isConnectionFailure() || error.kind == ApiError::Kind::InvalidResponse)
        return ExitCode::Unreachable;
    if (error.kind == ApiError::Kind::Setup)
        return ExitCode::Usage;
    return ExitCode::Failed;
}

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(fileno(stdin)) != 0;
#endif
}

bool confirm(CliContext &context, const QString &question)
{
    context.printError(question + u" [y/N] "_s);
    std::string answer;
    if (!std::getline(std::cin, answer))
        return false;
    const QString text = QString::fromStdString(answer).trimmed().toLower();
    return text == u"y"_s || text == u"yes"_s;
}

std::optional<ExitCode> Session::open(const CliArguments &arguments, const QString &userOption)
{
    const auto parsed = ClusterConnection::settings(arguments, userOption);
    if (!parsed)
        return context.fail(ExitCode::Usage, parsed.error().message);
    settings = *parsed;
    if (!settings.verifyTls)
        // Spelled out: inside Session, lupdate would file a plain tr() under "ClusterConnection::Session".
        context.printError(QCoreApplication::translate("ClusterConnection", "warning: TLS verification is off "
                                                                            "(--insecure): the cluster's identity "
                                                                            "is not checked\n"));
    auto created = ApiClient::create(settings, &owner);
    if (!created)
        return context.fail(exitCodeFor(created.error()), created.error().userMessage());
    client = *created;
    return std::nullopt;
}

Result<QJsonObject, ApiError> Session::read()
{
    const FetchResult fetched = wait(new ConfigFetch(client, ConfigTypeInfo::all(), &owner));
    if (!fetched)
        return fetched.error();
    return fetched->document;
}

ExitCode Session::fail(const ApiError &error, const QString &hint)
{
    return context.fail(exitCodeFor(error), error.userMessage(), hint);
}

} // namespace ClusterConnection
