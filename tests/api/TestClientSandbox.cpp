#include <QtTest>

#include "app/api/AdminResponses.h"
#include "app/api/ApiAvailability.h"
#include "app/api/ApiClient.h"
#include "app/api/ConfigFetch.h"
#include "app/api/IndexMetadataFetch.h"
#include "app/api/ResponseParsers.h"
#include "app/json/Json.h"
#include "app/json/JsonPatch.h"
#include "tests/sandbox/SandboxTestSupport.h"

namespace {

JsonPatch patch(const char *json)
{
    return JsonPatch::fromJson(Json::parse(QByteArray(json)).value()).value();
}

} // namespace

// The real client against the sandbox over loopback HTTP: every endpoint SecDesk drives, and the errors it handles.
class TestClientSandbox : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sandbox> m_sandbox;
    ApiClient *m_client = nullptr;

    ApiClient *clientFor(const QString &user, const QString &password)
    {
        ConnectionSettings settings;
        settings.baseUrl = m_sandbox->url();
        settings.userName = user;
        settings.password = password;
        return ApiClient::create(settings, m_sandbox.get()).value();
    }

    ApiResult call(const ApiRequest &request, ApiClient *client = nullptr)
    {
        std::optional<ApiResult> result;
        ApiCall *apiCall = (client ? client : m_client)->send(request);
        connect(apiCall, &ApiCall::finished, this, [&result](const ApiResult &r) { result = r; });
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 20000);
        return result.value_or(ApiResult(ApiError::network(QString(), QString(), QStringLiteral("no result"))));
    }

    static QString message(const ApiResult &result) { return ResponseParsers::message(result->json).message; }

    IndexMetadataResult fetchIndexMetadata(ApiClient *client)
    {
        std::optional<IndexMetadataResult> result;
        auto *fetch = new IndexMetadataFetch(client);
        connect(fetch, &IndexMetadataFetch::finished, this, [&result](const IndexMetadataResult &r) { result = r; });
        fetch->start();
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 20000);
        return result.value_or(
            IndexMetadataResult(ApiError::network(QString(), QString(), QStringLiteral("no result"))));
    }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<Sandbox>(SandboxTest::fastOptions());
        QVERIFY(m_sandbox->start().ok());
        m_client = clientFor(QStringLiteral("admin"), QStringLiteral("admin"));
    }

    void cleanup() { m_sandbox.reset(); }

    void identityAndCluster()
    {
        const ApiResult root = call(SecurityApi::clusterInfo());
        QVERIFY2(root, root ? "" : qPrintable(root.error().userMessage()));
        const auto cluster = ResponseParsers::clusterInfo(root->json);
        QVERIFY(cluster);
        QCOMPARE(cluster->distribution, QStringLiteral("opensearch"));
        QVERIFY(cluster->version >= QVersionNumber(3, 3));
        QVERIFY(cluster->hasVersioning());

        const auto health = ResponseParsers::health(call(SecurityApi::health())->json);
        QCOMPARE(health->status, QStringLiteral("UP"));

        const auto info = ResponseParsers::authInfo(call(SecurityApi::authInfo())->json);
        QVERIFY(info);
        QCOMPARE(info->userName, QStringLiteral("admin"));
        QVERIFY(info->roles.contains(QStringLiteral("all_access")));
    }

    void fetchEveryType()
    {
        std::optional<FetchResult> result;
        auto *fetch = new ConfigFetch(m_client);
        connect(fetch, &ConfigFetch::finished, this, [&result](const FetchResult &r) { result = r; });
        fetch->start();
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        QVERIFY2(*result, result->ok() ? "" : qPrintable(result->error().userMessage()));
        const FetchedConfig &config = result->value();
        for (ConfigType type : ConfigTypeInfo::all()) {
            QVERIFY2(config.document.contains(ConfigTypeInfo::key(type)) != config.unavailable.contains(type),
                     qPrintable(ConfigTypeInfo::key(type)));
        }
        QVERIFY(config.document.value(QStringLiteral("config")).toObject().contains(QStringLiteral("dynamic")));
        QVERIFY(!config.document.value(QStringLiteral("roles")).toObject().contains(QStringLiteral("_meta")));
        // The demo admin is not a REST admin: nodesdn and allowlist are refused, and reported as such.
        QVERIFY(config.unavailable.value(ConfigType::Allowlist).contains(QStringLiteral("Access denied")));
    }

    // The sandbox's demo indices (docs/api/security-api.md §11.1) arrive whole: hidden and closed flags, aliases and
    // the data stream with its backing indices in order.
    void indexMetadata()
    {
        const IndexMetadataResult result = fetchIndexMetadata(m_client);
        QVERIFY2(result, result ? "" : qPrintable(result.error().userMessage()));
        QVERIFY2(result->isAvailable(), qPrintable(result->unavailable));
        QVERIFY(result->notes.isEmpty());
        const IndexMetadata &metadata = result->metadata;
        const QStringList hidden = {QStringLiteral(".ds-logs-app-000001"),  QStringLiteral(".ds-logs-app-000002"),
                                    QStringLiteral(".ds-logs-app-000003"),  QStringLiteral(".kibana_1"),
                                    QStringLiteral(".opendistro_security"), QStringLiteral(".plugins-ml-config")};
        const QStringList visible = {QStringLiteral("audit-2026.01"),
                                     QStringLiteral("logs-2026.01.01"),
                                     QStringLiteral("logs-2026.01.02"),
                                     QStringLiteral("metrics-archive-2025"),
                                     QStringLiteral("metrics-web"),
                                     QStringLiteral("reports-2026"),
                                     QStringLiteral("security-auditlog-2026.01.01")};
        QCOMPARE(metadata.indexNames(), hidden + visible);
        for (const QString &name : metadata.indexNames()) {
            QCOMPARE(metadata.index(name)->hidden, hidden.contains(name));
            QCOMPARE(metadata.index(name)->closed, name == u"metrics-archive-2025");
        }
        QCOMPARE(metadata.aliasNames(),
                 QStringList({QStringLiteral(".kibana"), QStringLiteral("logs"), QStringLiteral("metrics-current")}));
        QCOMPARE(metadata.members(QStringLiteral(".kibana")), QStringList {QStringLiteral(".kibana_1")});
        QCOMPARE(metadata.members(QStringLiteral("logs")),
                 QStringList({QStringLiteral("logs-2026.01.01"), QStringLiteral("logs-2026.01.02")}));
        QCOMPARE(metadata.members(QStringLiteral("metrics-current")), QStringList {QStringLiteral("metrics-web")});
        QCOMPARE(metadata.dataStreamNames(), QStringList {QStringLiteral("logs-app")});
        QCOMPARE(metadata.members(QStringLiteral("logs-app")), hidden.mid(0, 3));
        for (const QString &name : hidden.mid(0, 3))
            QCOMPARE(metadata.index(name)->dataStream, QStringLiteral("logs-app"));
        QVERIFY(metadata.index(QStringLiteral("logs-2026.01.01"))->dataStream.isEmpty());
    }

    // What the demo users may read of it: the sandbox asks cluster:monitor/state for the _cat endpoints and
    // indices:admin/data_stream/get for _data_stream.
    void indexMetadataByPrivilege_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("unavailable");
        QTest::addColumn<QStringList>("notes");
        const QStringList noDataStreams {QStringLiteral("data streams unknown: no permission for _data_stream (403)")};
        QTest::newRow("analyst (cluster_monitor)") << QStringLiteral("analyst") << QString() << noDataStreams;
        QTest::newRow("ghost (cluster:monitor/*)") << QStringLiteral("ghost") << QString() << noDataStreams;
        const QString refused = QStringLiteral("index metadata unavailable: no permission for _cat/indices (403)");
        QTest::newRow("viewer (readall)") << QStringLiteral("viewer") << refused << QStringList();
        QTest::newRow("dashboards (kibana_user)") << QStringLiteral("dashboards") << refused << QStringList();
    }

    void indexMetadataByPrivilege()
    {
        QFETCH(QString, user);
        QFETCH(QString, unavailable);
        QFETCH(QStringList, notes);
        const IndexMetadataResult result = fetchIndexMetadata(clientFor(user, user));
        QVERIFY2(result, result ? "" : qPrintable(result.error().userMessage()));
        QCOMPARE(result->unavailable, unavailable);
        QCOMPARE(result->notes, notes);
        if (unavailable.isEmpty()) {
            QCOMPARE(result->metadata.indexNames().size(), 13);
            QVERIFY(result->metadata.index(QStringLiteral(".kibana_1"))->hidden);
            QVERIFY(result->metadata.dataStreamNames().isEmpty());
        } else {
            QVERIFY(result->metadata.isEmpty());
        }
    }

    void entityWrites()
    {
        const QJsonObject role {{QStringLiteral("cluster_permissions"), QJsonArray {QStringLiteral("cluster_monitor")}},
                                {QStringLiteral("description"), QStringLiteral("client test")}};
        const ApiResult created = call(SecurityApi::putEntity(ConfigType::Roles, QStringLiteral("client role"), role));
        QVERIFY2(created, created ? "" : qPrintable(created.error().userMessage()));
        QCOMPARE(created->status, 201);
        QCOMPARE(message(created), QStringLiteral("'client role' created."));

        const ApiResult updated = call(SecurityApi::putEntity(ConfigType::Roles, QStringLiteral("client role"), role));
        QCOMPARE(updated->status, 200);

        const ApiResult patched = call(SecurityApi::patchConfig(
            ConfigType::Roles, patch(R"([{"op":"add","path":"/client role/description","value":"patched"}])")));
        QVERIFY2(patched, patched ? "" : qPrintable(patched.error().userMessage()));
        QCOMPARE(message(patched), QStringLiteral("Resource updated."));

        const ApiResult noop = call(SecurityApi::patchConfig(
            ConfigType::Roles, patch(R"([{"op":"add","path":"/client role/description","value":"patched"}])")));
        QVERIFY(ResponseParsers::message(noop->json).noUpdatesRequired());

        const ApiResult deleted = call(SecurityApi::deleteEntity(ConfigType::Roles, QStringLiteral("client role")));
        QVERIFY(deleted);
        QCOMPARE(message(deleted), QStringLiteral("'client role' deleted."));
    }

    void securityConfigWrites()
    {
        const ApiResult current = call(SecurityApi::getConfig(ConfigType::Config));
        QVERIFY(current);
        const QJsonValue dynamic = current->json[QStringLiteral("config")][QStringLiteral("dynamic")];
        const ApiResult patched = call(SecurityApi::patchConfig(
            ConfigType::Config,
            patch(R"([{"op":"add","path":"/config/dynamic/hosts_resolver_mode","value":"other"}])")));
        QVERIFY2(patched, patched ? "" : qPrintable(patched.error().userMessage()));
        QCOMPARE(message(patched), QStringLiteral("Resource updated."));
        const ApiResult put = call(SecurityApi::putSecurityConfig(dynamic));
        QVERIFY2(put, put ? "" : qPrintable(put.error().userMessage()));
        QCOMPARE(message(put), QStringLiteral("'config' updated."));
    }

    void upgradeAndVersions()
    {
        const auto check = ResponseParsers::upgradeCheck(call(SecurityApi::upgradeCheck())->json);
        QVERIFY(check && check->available);
        const ApiResult performed = call(SecurityApi::upgradePerform());
        QVERIFY2(performed, performed ? "" : qPrintable(performed.error().userMessage()));
        QCOMPARE(ResponseParsers::upgradePerform(performed->json)->rows.size(), check->rows.size());
        const ApiResult again = call(SecurityApi::upgradePerform());
        QVERIFY(!again);
        QVERIFY(again.error().isNothingToUpgrade());

        const auto versions = ResponseParsers::versions(call(SecurityApi::versions())->json);
        QVERIFY(versions && versions->size() >= 2);
        const QString first = versions->first().id;
        const ApiResult one = call(SecurityApi::version(first));
        QCOMPARE(ResponseParsers::versions(one->json)->first().id, first);
        const ApiResult rolledBack = call(SecurityApi::rollback(first));
        QVERIFY2(rolledBack, rolledBack ? "" : qPrintable(rolledBack.error().userMessage()));
        QVERIFY(message(rolledBack).contains(first));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("messagePart");
        const QString api = QStringLiteral("/_plugins/_security/api/");
        QTest::newRow("401") << QByteArray("GET") << api + u"roles" << QByteArray() << QStringLiteral("nobody") << 401
                             << QStringLiteral("Unauthorized");
        QTest::newRow("403 reserved") << QByteArray("DELETE") << api + u"internalusers/admin" << QByteArray()
                                      << QString() << 403 << QStringLiteral("is reserved");
        QTest::newRow("404") << QByteArray("GET") << api + u"roles/nope" << QByteArray() << QString() << 404
                             << QStringLiteral("not found");
        QTest::newRow("405") << QByteArray("DELETE") << api + u"roles" << QByteArray() << QString() << 405
                             << QStringLiteral("Incorrect HTTP method");
        QTest::newRow("400 invalid_keys") << QByteArray("PUT") << api + u"roles/r9" << QByteArray("{\"foo\":1}")
                                          << QString() << 400 << QStringLiteral("Invalid configuration");
        QTest::newRow("500 unknown nested member")
            << QByteArray("PUT") << api + u"roles/r9" << QByteArray("{\"index_permissions\":[{\"foo\":1}]}")
            << QString() << 500 << QStringLiteral("foo");
        QTest::newRow("406 content type")
            << QByteArray("PUT") << api + u"roles/r9" << QByteArray("{\"description\":\"x\"}")
            << QStringLiteral("text/plain") << 406 << QStringLiteral("is not supported");
        QTest::newRow("400 no handler") << QByteArray("GET") << api + u"nothing_here" << QByteArray() << QString()
                                        << 400 << QStringLiteral("no handler found");
        QTest::newRow("404 version") << QByteArray("GET") << api + u"version/v999" << QByteArray() << QString() << 404
                                     << QStringLiteral("Version v999 not found");
    }

    void errors()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, user);
        QFETCH(int, status);
        QFETCH(QString, messagePart);
        ApiRequest request;
        request.method = method;
        request.path = path;
        if (!body.isEmpty())
            request.body = Json::parse(body).value();
        // The "user" column names another user, or (with a slash) a content type to send instead of JSON.
        if (user.contains(u'/')) {
            request.contentType = user.toLatin1();
            user.clear();
        }
        ApiClient *client = user.isEmpty() ? m_client : clientFor(user, QStringLiteral("wrong"));
        const ApiResult result = call(request, client);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ApiError::Kind::Http);
        QCOMPARE(result.error().httpStatus, status);
        QVERIFY2(result.error().serverMessage.contains(messagePart), qPrintable(result.error().userMessage()));
        QVERIFY2(result.error().userMessage().contains(messagePart), qPrintable(result.error().userMessage()));
        if (status == 400 && messagePart.startsWith(QStringLiteral("no handler")))
            QVERIFY(result.error().isNoHandler());
        if (messagePart == u"Invalid configuration")
            QCOMPARE(result.error().fieldDetails.value(QStringLiteral("invalid_keys")), QStringLiteral("foo"));
    }

    // The plugin's other APIs (docs/api/security-api.md §13) through the real client and the tolerant readers.
    void otherApis()
    {
        const auto account = AdminParsers::account(call(SecurityApi::account())->json);
        QVERIFY(account);
        QCOMPARE(account->userName, QStringLiteral("admin"));
        QVERIFY(account->roles.contains(QStringLiteral("all_access")));
        QCOMPARE(message(call(SecurityApi::flushCache())), QStringLiteral("Cache flushed successfully."));
        QCOMPARE(message(call(SecurityApi::flushUserCache(QStringLiteral("a b")))),
                 QStringLiteral("Cache invalidated for user: a b"));

        const auto tenancy = AdminParsers::tenancyConfig(call(SecurityApi::tenancyConfig())->json);
        QVERIFY(tenancy && tenancy->multitenancyEnabled && !tenancy->preferredTenants);
        const ApiResult put = call(SecurityApi::putTenancyConfig(
            QJsonObject {{QStringLiteral("default_tenant"), QStringLiteral("global_tenant")}}));
        QVERIFY(put);
        QCOMPARE(AdminParsers::tenancyConfig(put->json)->defaultTenant, QStringLiteral("global_tenant"));
        const ApiResult refused = call(
            SecurityApi::putTenancyConfig(QJsonObject {{QStringLiteral("default_tenant"), QStringLiteral("nope")}}));
        QVERIFY(!refused);
        QCOMPARE(refused.error().httpStatus, 400);
        QVERIFY(refused.error().serverMessage.contains(QStringLiteral("can not be set to default tenant")));
        const auto dashboards = AdminParsers::dashboardsInfo(call(SecurityApi::dashboardsInfo())->json);
        QVERIFY(dashboards && dashboards->resourceSharingEnabled && !dashboards->apiTokensEnabled);
        QVERIFY(!dashboards->passwordRegex.isEmpty());
        const ApiResult tenantInfo = call(SecurityApi::tenantInfo()); // admin is not the dashboards server user
        QVERIFY(!tenantInfo);
        QCOMPARE(tenantInfo.error().httpStatus, 403);

        const ApiResult listener = call(SecurityApi::putAuthFailureListener(
            QStringLiteral("by ip"), QJsonObject {{QStringLiteral("type"), QStringLiteral("ip")}}));
        QVERIFY2(listener, listener ? "" : qPrintable(listener.error().userMessage()));
        const auto listeners = AdminParsers::authFailureListeners(call(SecurityApi::authFailureListeners())->json);
        QVERIFY(listeners && listeners->size() == 1);
        QCOMPARE(listeners->first().name, QStringLiteral("by ip"));
        QCOMPARE(listeners->first().allowedTries, 10);
        const ApiResult invalid = call(SecurityApi::putAuthFailureListener(
            QStringLiteral("u"), QJsonObject {{QStringLiteral("type"), QStringLiteral("username")}}));
        QVERIFY(!invalid && invalid.error().httpStatus == 400);
        QVERIFY(call(SecurityApi::deleteAuthFailureListener(QStringLiteral("by ip"))));
        const ApiResult gone = call(SecurityApi::deleteAuthFailureListener(QStringLiteral("by ip")));
        QVERIFY(!gone && gone.error().httpStatus == 404);
        QCOMPARE(gone.error().serverMessage, QStringLiteral("listener not found"));

        // A service account's token: the password comes back once in the message.
        QVERIFY(call(
            SecurityApi::putEntity(ConfigType::InternalUsers, QStringLiteral("svc"),
                                   QJsonObject {{QStringLiteral("attributes"),
                                                 QJsonObject {{QStringLiteral("service"), QStringLiteral("true")},
                                                              {QStringLiteral("enabled"), QStringLiteral("true")}}}})));
        const auto token =
            AdminParsers::serviceAccountToken(call(SecurityApi::serviceAccountToken(QStringLiteral("svc")))->json);
        QVERIFY(token);
        QCOMPARE(token->user, QStringLiteral("svc"));
        QVERIFY(token->password.size() >= 8);
        const ApiResult notService = call(SecurityApi::serviceAccountToken(QStringLiteral("admin")));
        QVERIFY(!notService && notService.error().httpStatus == 400);

        // Not on 3.3: the route does not exist, and ApiAvailability says so before asking.
        const ApiResult tokens = call(SecurityApi::apiTokens());
        QVERIFY(!tokens && tokens.error().isNoHandler());
        const auto cluster = ResponseParsers::clusterInfo(call(SecurityApi::clusterInfo())->json);
        QVERIFY(!ApiAvailability(cluster->version).has(AdminApi::ApiTokens));
        // The certificates need REST admin: an all_access user without REST admin mode is refused.
        const ApiResult certificates = call(SecurityApi::certificates());
        QVERIFY(!certificates && certificates.error().httpStatus == 403);
        const auto ssl = AdminParsers::sslInfo(call(SecurityApi::sslInfo(true))->json);
        QVERIFY(ssl && ssl->protocol.isEmpty());
    }

    void otherApisByVersion()
    {
        SandboxOptions options = SandboxTest::fastOptions();
        options.clusterVersion = QStringLiteral("3.7.0");
        options.restApiAdmin = true;
        m_sandbox = std::make_unique<Sandbox>(options);
        QVERIFY(m_sandbox->start().ok());
        // As securityadmin would: API tokens on, and admin may read certificates (a REST admin permission no REST
        // call may grant).
        SandboxTest::grantRestAdmin(*m_sandbox, QStringLiteral("admin"),
                                    {QStringLiteral("restapi:admin/ssl/certs/info")});
        SandboxTest::setDynamic(*m_sandbox, QStringLiteral("api_tokens"),
                                QJsonObject {{QStringLiteral("enabled"), true}});
        m_client = clientFor(QStringLiteral("admin"), QStringLiteral("admin"));

        const ApiResult created = call(SecurityApi::createApiToken(
            QJsonObject {{QStringLiteral("name"), QStringLiteral("ci")}, {QStringLiteral("duration_seconds"), 3600}}));
        QVERIFY2(created, created ? "" : qPrintable(created.error().userMessage()));
        const auto token = AdminParsers::createdApiToken(created->json);
        QVERIFY(token && token->token.startsWith(QStringLiteral("os_")));
        const ApiResult duplicate = call(SecurityApi::createApiToken(
            QJsonObject {{QStringLiteral("name"), QStringLiteral("ci")}, {QStringLiteral("duration_seconds"), 3600}}));
        QVERIFY(!duplicate);
        QVERIFY(duplicate.error().serverMessage.contains(QStringLiteral("already exists"))); // shape D
        QVERIFY(call(SecurityApi::revokeApiToken(token->id)));
        const auto list = AdminParsers::apiTokens(call(SecurityApi::apiTokens())->json);
        QVERIFY(list && list->size() == 1);
        QCOMPARE(list->first().name, QStringLiteral("ci"));
        QVERIFY(list->first().isRevoked());
        QVERIFY(list->first().expiresAt.isValid());
        const auto dashboards = AdminParsers::dashboardsInfo(call(SecurityApi::dashboardsInfo())->json);
        QVERIFY(dashboards && dashboards->apiTokensEnabled.value_or(false));
        QVERIFY(AdminParsers::tenancyConfig(call(SecurityApi::tenancyConfig())->json)->preferredTenants);

        const auto all = AdminParsers::certificates(call(SecurityApi::certificates())->json);
        QVERIFY2(all, all ? "" : qPrintable(all.error().message));
        QCOMPARE(all->size(), 4); // no HTTPS: the demo transport and transport_client certificates, CA first
        QCOMPARE(all->first().nodeName, QStringLiteral("sandbox-node-1"));
        QVERIFY(!all->first().notBefore.isValid());
        QVERIFY(all->at(1).sans.contains(QStringLiteral("IP:127.0.0.1")));
        const auto transport =
            AdminParsers::certificates(call(SecurityApi::certificates(QStringLiteral("transport")))->json);
        QCOMPARE(transport->size(), 2);
        const auto keys = AdminParsers::certificates(call(SecurityApi::sslCerts())->json);
        QVERIFY(keys && keys->size() == 1 && keys->first().notBefore.isValid());
        const ApiResult wrongType = call(SecurityApi::certificates(QStringLiteral("web")));
        QVERIFY(!wrongType && wrongType.error().httpStatus == 500);

        // 2.19: no listeners, no per-user cache flush.
        options.clusterVersion = QStringLiteral("2.19.0");
        m_sandbox = std::make_unique<Sandbox>(options);
        QVERIFY(m_sandbox->start().ok());
        m_client = clientFor(QStringLiteral("admin"), QStringLiteral("admin"));
        QVERIFY(call(SecurityApi::authFailureListeners()).error().isNoHandler());
        QVERIFY(call(SecurityApi::flushUserCache(QStringLiteral("x"))).error().isNoHandler());
        const ApiAvailability v219(ResponseParsers::clusterInfo(call(SecurityApi::clusterInfo())->json)->version);
        QVERIFY(!v219.has(AdminApi::AuthFailureListeners) && !v219.has(AdminApi::CacheFlushUser));
    }
};

QTEST_GUILESS_MAIN(TestClientSandbox)
#include "TestClientSandbox.moc"
