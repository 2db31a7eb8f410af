#pragma once

// ClusterConnection: the connection options every cluster command of secdesk-cli shares (docs/cli.md §4), turned into
// an ApiClient, and synchronous helpers that run calls to completion on the CLI's main thread.

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <optional>

#include "app/api/ApiClient.h"
#include "app/api/ConfigFetch.h"
#include "app/api/IndexMetadataFetch.h"
#include "app/cli/CliCommand.h"
#include "app/store/ProfileStore.h"

namespace ClusterConnection {

// --url --user --password-file --ca --cert --key --insecure --profile --timeout
QList<CliOption> options();

// A command that talks to a cluster: its own options, then the connection options.
CliCommand command(const QString &group, const QString &name, const QString &synopsis, const QString &description,
                   const QStringList &positional, qsizetype extraPositional, const QList<CliOption> &options,
                   std::function<ExitCode(CliContext &, const CliArguments &)> handler);

// Builds the settings from the options and the environment (SECDESK_URL, SECDESK_USER, SECDESK_PASSWORD,
// SECDESK_KEY_PASSPHRASE). With --profile NAME the saved profile gives the fields (options on the command line
// override them; SECDESK_URL and SECDESK_USER do not) and the keychain the secrets (--password-file, then
// SECDESK_PASSWORD, when it holds none). The error is one line for people; the exit code is 2 (bad usage,
// unreadable file, unknown profile).
// `userOption`: the option that names the HTTP user ("user"; "login" for commands whose --user names someone else).
Result<ConnectionSettings> settings(const CliArguments &arguments, const QString &userOption = QStringLiteral("user"));

// A profile saved by the app with its secrets, waiting for the keychain. The settings file is the one of
// SECDESK_SETTINGS when set, else the app's; SECDESK_SECRET_STORE=none skips the keychain. An unknown name is an
// error naming the saved profiles.
Result<LoadedProfile> loadProfile(const QString &name);

// Runs a call or a fetch to completion (a local event loop: the CLI has no GUI to keep responsive).
ApiResult wait(ApiCall *call);
FetchResult wait(ConfigFetch *fetch);
IndexMetadataResult wait(IndexMetadataFetch *fetch);

// The exit code for an API error: 3 unreachable, TLS, authentication or an unusable answer; 2 unusable settings;
// 1 otherwise.
ExitCode exitCodeFor(const ApiError &error);

// True when stdin is a terminal (a write asks there; without one it needs --yes).
bool stdinIsTerminal();
// Asks `question` on the terminal; true for "y" or "yes".
bool confirm(CliContext &context, const QString &question);

// One command's connection: the settings from the options, the client, and the parent of its calls.
struct Session
{
    CliContext &context;
    ConnectionSettings settings;
    ApiClient *client = nullptr;
    QObject owner;

    explicit Session(CliContext &c) : context(c) { }

    // Builds the settings and the client (warning on stderr when TLS verification is off); an exit code when
    // that fails, having said why.
    std::optional<ExitCode> open(const CliArguments &arguments, const QString &userOption = QStringLiteral("user"));
    // A fresh read of every type the user may read, as the configuration document.
    Result<QJsonObject, ApiError> read();
    ExitCode fail(const ApiError &error, const QString &hint = QString());
};

} // namespace ClusterConnection
