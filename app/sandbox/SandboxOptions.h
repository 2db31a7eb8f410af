#pragma once

// SandboxOptions: how a sandbox behaves; mirrors the secdesk-sandbox command line (docs/cli.md §11) plus the plugin
// settings that tests switch (docs/api/security-api.md §2.5). A value type.

#include <functional>

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

struct SandboxOptions
{
    enum class ModifiedBy { User, System };

    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    QString configDir; // securityadmin layout; empty: the built-in demo configuration
    QString staticDir; // static_*.yml overlay for configDir; empty: the built-in statics
    QString adminPassword = QStringLiteral("admin");
    bool tls = false;
    QString certFile;     // PEM, with tls
    QString keyFile;      // PEM, with tls
    QString clientCaFile; // PEM: client certificates are requested and verified against it
    bool versioning = true;
    int retention = 10;
    bool allowSecurityConfigModification = true;
    bool restApiAdmin = false;
    ModifiedBy modifiedBy = ModifiedBy::User;
    QString stateFile;
    bool nodesDnEnabled = true;
    int bcryptCost = 12;          // the plugin's; tests use 4
    int passwordMinLength = 8;    // the demo installer's
    QString passwordRegex;        // password_validation_regex; empty: none
    QString passwordRegexMessage; // password_validation_error_message
    QStringList adminDns = {QStringLiteral("CN=kirk,OU=client,O=client,L=test,C=de")};
    QStringList restRolesEnabled = {QStringLiteral("all_access"), QStringLiteral("security_rest_api_access")};
    // plugins.security.restapi.endpoints_disabled: role (or "global") -> ENDPOINT -> methods ("*" for all).
    QHash<QString, QHash<QString, QStringList>> endpointsDisabled;
    // Emulator-only, not upstream (docs/api/security-api.md §2.1): when set, a request carrying this header is treated
    // as presenting a client certificate with the header's DN. The real client never sends it.
    QByteArray adminCertHeader;
    QString clusterName = QStringLiteral("secdesk-sandbox");
    // The emulated OpenSearch version: GET / reports it, and APIs that version lacks are not routed (apitokens from
    // 3.7, cache/user from 3.1, authfailurelisteners from 3.0, certificates from 2.15).
    QString clusterVersion = QStringLiteral("3.3.0");
    bool certificateReloadEnabled = false; // plugins.security.ssl_cert_reload_enabled
    int idleTimeoutMs = 30000;             // a connection without a complete request for this long is closed; 0: never
    std::function<QDateTime()> clock;      // empty: the system clock (UTC)
};
