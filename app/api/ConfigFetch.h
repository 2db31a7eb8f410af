#pragma once

// ConfigFetch: reads the configuration types in parallel and assembles the configuration document (docs/cli.md §2).
// A type the cluster does not expose (403, 400 "no handler", 501) is recorded as unavailable with the reason; any
// other failure ends the whole fetch. Lives on the client's thread; emits finished() exactly once, then deletes itself.

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QObject>

#include "app/api/ApiClient.h"
#include "app/domain/ConfigType.h"

struct FetchedConfig
{
    QJsonObject document;                  // type key -> value; unavailable types are absent
    QMap<ConfigType, QString> unavailable; // why a type is missing, for people
    QJsonArray auditReadonly;              // audit's "_readonly" pointers
    QDateTime fetchedAt;
};

using FetchResult = Result<FetchedConfig, ApiError>;

class ConfigFetch : public QObject
{
    Q_OBJECT

public:
    ConfigFetch(ApiClient *client, const QList<ConfigType> &types = ConfigTypeInfo::all(), QObject *parent = nullptr);

    void start();
    void cancel();

    // Why a type's error makes it unavailable rather than failing the fetch; empty when it is fatal.
    static QString unavailableReason(ConfigType type, const ApiError &error);

signals:
    void progressed(int done, int total);
    void finished(const FetchResult &result);

private:
    void onTypeFinished(ConfigType type, const ApiResult &result);
    void finish(const FetchResult &result);

    ApiClient *m_client;
    QList<ConfigType> m_types;
    QMap<ConfigType, ApiCall *> m_calls;
    FetchedConfig m_result;
    int m_done = 0;
    bool m_finished = false;
};
