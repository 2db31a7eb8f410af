#pragma once

// ConnectionSettings: where a cluster is and how to authenticate to it. Secrets live here only in memory; they are
// never written to settings files or logs.

#include <QString>
#include <QUrl>

struct ConnectionSettings
{
    static constexpr int DefaultTimeoutMs = 30000;

    QUrl baseUrl;     // https://host:9200
    QString userName; // HTTP basic, when not empty
    QString password;
    QString caFile;                // PEM; trusted in addition to the system's CAs
    QString clientCertificateFile; // PEM
    QString clientKeyFile;         // PEM
    QString clientKeyPassphrase;
    bool verifyTls = true; // false only by explicit choice
    int timeoutMs = DefaultTimeoutMs;
};
