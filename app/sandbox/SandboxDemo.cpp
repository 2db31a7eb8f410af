#include "app/sandbox/SandboxDemo.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include "app/api/ApiRequest.h"
#include "app/json/Json.h"
#include "app/json/JsonPatch.h"
#include "app/json/JsonPointer.h"
#include "app/sandbox/HttpMessages.h"
#include "app/sandbox/Sandbox.h"

using namespace Qt::StringLiterals;

namespace {

// The i-th example write (i from 1): a type and a patch of it (paths relative to the type).
std::pair<ConfigType, JsonPatch> exampleWrite(int i)
{
    const QString team = u"team_%1"_s.arg(i, 2, 10, QLatin1Char('0'));
    switch (i % 3) {
    case 1:
        return {ConfigType::Roles,
                JsonPatch({PatchOperation::add(
                    JsonPointer({team + u"_reader"_s}),
                    QJsonObject {{u"description"_s, u"Reads the %1 indices"_s.arg(team)},
                                 {u"cluster_permissions"_s, QJsonArray {u"cluster_composite_ops_ro"_s}},
                                 {u"index_permissions"_s,
                                  QJsonArray {QJsonObject {{u"index_patterns"_s, QJsonArray {QString(team + u"-*"_s)}},
                                                           {u"allowed_actions"_s, QJsonArray {u"read"_s}}}}}})})};
    case 2:
        return {ConfigType::Roles, JsonPatch({PatchOperation::replace(
                                       JsonPointer({u"analyst_role"_s, u"description"_s}),
                                       u"Analysts read logs and work in their tenant (revision %1)"_s.arg(i))})};
    default:
        return {ConfigType::RolesMapping,
                JsonPatch({PatchOperation::add(JsonPointer({u"analyst_role"_s, u"backend_roles"_s, u"-"_s}),
                                               u"auditors_%1"_s.arg(i))})};
    }
}

} // namespace

VoidResult SandboxDemo::makeWrites(Sandbox &sandbox, int count)
{
    const QByteArray credentials = "admin:" + sandbox.options().adminPassword.toUtf8();
    for (int i = 1; i <= count; ++i) {
        const auto [type, patch] = exampleWrite(i);
        const ApiRequest api = SecurityApi::patchConfig(type, patch);
        SandboxRequest request;
        request.method = QString::fromLatin1(api.method);
        request.path = QUrl::fromPercentEncoding(api.path.toUtf8());
        request.rawPath = api.path;
        request.headers = {{"Authorization", "Basic " + credentials.toBase64()}, {"Content-Type", api.contentType}};
        request.body = api.body ? Json::serialize(*api.body, Json::Format::Compact) : QByteArray();
        request.remoteAddress = u"127.0.0.1:0"_s;
        const SandboxResponse response = sandbox.dispatch(request);
        if (response.status != 200)
            return Error {u"sandbox.demo"_s,
                          tr("Example write %1 of %2 was refused (HTTP %3)").arg(i).arg(count).arg(response.status),
                          QString::fromUtf8(response.body)};
    }
    return {};
}
