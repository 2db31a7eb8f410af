// libFuzzer target: the Security API's responses (app/api/ResponseParsers.h, app/api/ApiError.h,
// app/domain/ConfigVersion.h). Input: a response body (arbitrary bytes), then optionally the separator line and a
// request path, and again a reason phrase. Every success parser reads the body when it is JSON; ApiError reads it
// as the body of each error status; the versions it yields go through the timeline's conversions.

#include "app/api/ApiError.h"
#include "app/api/ResponseParsers.h"
#include "app/domain/ConfigType.h"
#include "app/domain/ConfigVersion.h"
#include "app/json/Json.h"
#include "fuzz/FuzzSupport.h"

using namespace Qt::StringLiterals;

namespace {

void checkErrors(const QByteArray &body, const QString &path, const QString &reason)
{
    for (const char *method : {"GET", "PUT", "PATCH"}) {
        for (int status : {400, 401, 403, 404, 500, 503}) {
            const ApiError error = ApiError::fromHttp(QString::fromLatin1(method), path, status, reason, body);
            FUZZ_CHECK(error.kind == ApiError::Kind::Http && error.httpStatus == status, path);
            FUZZ_CHECK(!error.userMessage().isEmpty(), path);
            (void)error.isNoHandler();
            (void)error.isNothingToUpgrade();
            FUZZ_CHECK(error.isConnectionFailure() == (status == 401), path);
        }
    }
    const ApiError invalid = ApiError::invalidResponse(u"GET"_s, path, u"not JSON"_s, body);
    FUZZ_CHECK(!invalid.userMessage().isEmpty(), path);
}

void checkVersions(const QJsonValue &body)
{
    const auto versions = ResponseParsers::versions(body);
    if (!versions)
        return;
    QJsonObject previous;
    for (qsizetype i = 0; i < versions->size(); ++i) {
        const ConfigVersion &version = versions->at(i);
        FUZZ_CHECK(version.number == ConfigVersions::parseNumber(version.id), version.id);
        if (i > 0) {
            const ConfigVersion &before = versions->at(i - 1);
            // Numeric order, unparsed ids last.
            FUZZ_CHECK(before.number < 0 ? version.number < 0 : version.number < 0 || before.number <= version.number,
                       before.id + u" before "_s + version.id);
        }
        const QJsonObject document = version.toConfigDocument(false);
        const QJsonObject withSecrets = version.toConfigDocument(true);
        FUZZ_CHECK(document.keys() == withSecrets.keys(), version.id);
        const QJsonObject fingerprinted =
            ConfigVersions::protectSecrets(withSecrets, ConfigVersions::SecretMode::Fingerprint);
        (void)ConfigVersions::withoutStatics(withSecrets);
        (void)ConfigVersions::changeCounts(previous, withSecrets);
        previous = withSecrets;
        Q_UNUSED(fingerprinted);
    }
}

void checkParsers(const QJsonValue &body)
{
    if (const auto info = ResponseParsers::clusterInfo(body))
        FUZZ_CHECK(!info->versionText.isEmpty(), u"clusterInfo"_s);
    if (const auto auth = ResponseParsers::authInfo(body))
        FUZZ_CHECK(!auth->userName.isEmpty(), u"authInfo"_s);
    (void)ResponseParsers::health(body);
    (void)ResponseParsers::message(body).noUpdatesRequired();
    (void)ResponseParsers::upgradeCheck(body);
    (void)ResponseParsers::upgradePerform(body);
    for (const ConfigType type : ConfigTypeInfo::all()) {
        const auto value = ResponseParsers::configTypeValue(type, body);
        if (value && type != ConfigType::Config)
            FUZZ_CHECK(value->isObject() && !value->toObject().contains(u"_meta"_s), ConfigTypeInfo::key(type));
    }
    checkVersions(body);
}

} // namespace

SECDESK_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = Fuzz::split(data, size, 3);
    const QByteArray &body = parts.at(0);
    const QString path =
        parts.at(1).isEmpty() ? u"/_plugins/_security/api/securityconfig"_s : QString::fromUtf8(parts.at(1));
    const QString reason = QString::fromUtf8(parts.at(2));

    checkErrors(body, path, reason);
    (void)ConfigVersions::parseNumber(QString::fromUtf8(body));

    if (const auto json = Json::parse(body))
        checkParsers(*json);
    return 0;
}
