#pragma once

// Helpers for the tests of the API client: a client logged in as admin, the one result of a call, a scripted answer
// and a write that shows whether it was applied more than once.

#include <optional>

#include <QPointer>
#include <QtTest>

#include "app/api/ApiClient.h"
#include "app/json/Json.h"
#include "tests/support/ScriptedHttpServer.h"

namespace ApiCallSupport {

// A client as admin/admin on `url` (parented to `parent`, or the caller's to delete).
inline ApiClient *adminClient(const QUrl &url, QObject *parent = nullptr, int timeoutMs = 5000)
{
    ConnectionSettings settings;
    settings.baseUrl = url;
    settings.userName = QStringLiteral("admin");
    settings.password = QStringLiteral("admin");
    settings.timeoutMs = timeoutMs;
    return ApiClient::create(settings, parent).value();
}

// The call's one result; nullopt when it finished more than once or did not finish (and go) within 20 s.
inline std::optional<ApiResult> runCall(ApiCall *call)
{
    std::optional<ApiResult> result;
    int count = 0;
    const QPointer<ApiCall> alive(call);
    QObject::connect(call, &ApiCall::finished, call, [&](const ApiResult &r) {
        result = r;
        ++count;
    });
    // A call deletes itself after its finished(): once it is gone, no second one can come.
    (void)QTest::qWaitFor([&] { return alive.isNull(); }, 20000);
    if (count != 1 || alive)
        return std::nullopt;
    return result;
}

// For a failure message: the error, or "(succeeded)".
inline QString messageOf(const ApiResult &result)
{
    return result ? QStringLiteral("(succeeded)") : result.error().userMessage();
}

// The roles path of the REST API.
inline QString rolesPath()
{
    return QStringLiteral("/_plugins/_security/api/roles");
}

// Not idempotent: every time a server applies it, one more "x" is appended to analyst_role's cluster permissions.
inline QByteArray appendPatch()
{
    return R"([{"op":"add","path":"/analyst_role/cluster_permissions/-","value":"x"}])";
}

inline ApiRequest appendToAnalystRole()
{
    ApiRequest request;
    request.method = "PATCH";
    request.path = rolesPath();
    request.body = Json::parse(appendPatch()).value();
    return request;
}

// A script that writes these bytes, then closes the connection when asked to.
inline ScriptedHttpServer::Script answer(const QByteArray &bytes, bool close = false)
{
    return [bytes, close](const auto &, QTcpSocket *socket) {
        socket->write(bytes);
        if (close)
            socket->disconnectFromHost();
    };
}

// A script that answers 200 with {"status":"OK"}.
inline ScriptedHttpServer::Script answerOk()
{
    return answer(ScriptedHttpServer::response(200, "OK", "application/json", "{\"status\":\"OK\"}"));
}

} // namespace ApiCallSupport
