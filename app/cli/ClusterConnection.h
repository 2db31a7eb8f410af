#pragma once

// ClusterConnection: the connection options every cluster command of secdesk-cli shares (CLI.md), turned into an
// ApiClient, and synchronous helpers that run calls to completion on the CLI's main thread.

#include <QList>

#include "app/api/ApiClient.h"
#include "app/api/ConfigFetch.h"
#include "app/cli/CliCommand.h"

namespace ClusterConnection {

// --url --user --password-file --ca --cert --key --insecure --profile --timeout
QList<CliOption> options();

// Builds the settings from the options and the environment (SECDESK_URL, SECDESK_USER, SECDESK_PASSWORD,
// SECDESK_KEY_PASSPHRASE). The error is one line for people; the exit code is 2 (bad usage or unreadable file).
Result<ConnectionSettings> settings(const CliArguments &arguments);

// Runs a call or a fetch to completion (a local event loop: the CLI has no GUI to keep responsive).
ApiResult wait(ApiCall *call);
FetchResult wait(ConfigFetch *fetch);

// The exit code for an API error: 3 unreachable, TLS or authentication; 2 unusable settings; 1 otherwise.
ExitCode exitCodeFor(const ApiError &error);

} // namespace ClusterConnection
