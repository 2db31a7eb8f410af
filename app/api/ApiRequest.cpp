#include "app/api/ApiRequest.h"

#include <QJsonObject>
#include <QUrl>

#include "app/json/JsonPatch.h"

QString ApiRequest::displayText() const
{
    QString text = methodText() + u' ' + path;
    if (!query.isEmpty())
        text += u'?' + query.toString(QUrl::FullyEncoded);
    return text;
}

namespace SecurityApi {

namespace {

QString apiPath(const QString &rest)
{
    return QString::fromUtf16(ApiPrefix) + u'/' + rest;
}

ApiRequest make(const char *method, const QString &path, std::optional<QJsonValue> body = std::nullopt)
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.body = std::move(body);
    return request;
}

ApiRequest upgrade(const char *method, const QString &endpoint, const QStringList &configs, const QStringList &entities)
{
    ApiRequest request = make(method, apiPath(endpoint));
    if (!configs.isEmpty())
        request.query.addQueryItem(QStringLiteral("configs"), configs.join(u','));
    if (!entities.isEmpty())
        request.query.addQueryItem(QStringLiteral("entities"),
                                   QString::fromLatin1(QUrl::toPercentEncoding(entities.join(u','), ",")));
    return request;
}

ApiRequest catTable(const QString &path, const QString &expandWildcards, const QStringList &columns)
{
    ApiRequest request = make("GET", path);
    request.query.addQueryItem(QStringLiteral("format"), QStringLiteral("json"));
    if (!expandWildcards.isEmpty())
        request.query.addQueryItem(QStringLiteral("expand_wildcards"), expandWildcards);
    if (!columns.isEmpty())
        request.query.addQueryItem(QStringLiteral("h"), columns.join(u','));
    return request;
}

} // namespace

QString encodeSegment(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

ApiRequest clusterInfo()
{
    return make("GET", QStringLiteral("/"));
}

ApiRequest health()
{
    return make("GET", QStringLiteral("/_plugins/_security/health"));
}

ApiRequest authInfo()
{
    return make("GET", QStringLiteral("/_plugins/_security/authinfo"));
}

ApiRequest getConfig(ConfigType type)
{
    return make("GET", apiPath(ConfigTypeInfo::endpoint(type)));
}

ApiRequest patchConfig(ConfigType type, const JsonPatch &patch)
{
    return make("PATCH", apiPath(ConfigTypeInfo::endpoint(type)), QJsonValue(patch.toJson()));
}

ApiRequest putSecurityConfig(const QJsonValue &dynamic)
{
    return make("PUT", apiPath(QStringLiteral("securityconfig/config")),
                QJsonValue(QJsonObject {{QStringLiteral("dynamic"), dynamic}}));
}

ApiRequest putEntity(ConfigType type, const QString &name, const QJsonValue &body)
{
    return make("PUT", apiPath(ConfigTypeInfo::endpoint(type) + u'/' + encodeSegment(name)), body);
}

ApiRequest deleteEntity(ConfigType type, const QString &name)
{
    return make("DELETE", apiPath(ConfigTypeInfo::endpoint(type) + u'/' + encodeSegment(name)));
}

ApiRequest upgradeCheck(const QStringList &configs, const QStringList &entities)
{
    return upgrade("GET", QStringLiteral("_upgrade_check"), configs, entities);
}

ApiRequest upgradePerform(const QStringList &configs, const QStringList &entities)
{
    return upgrade("POST", QStringLiteral("_upgrade_perform"), configs, entities);
}

ApiRequest catIndices(const QString &expandWildcards, const QStringList &columns)
{
    return catTable(QStringLiteral("/_cat/indices"), expandWildcards, columns);
}

ApiRequest catAliases(const QString &expandWildcards, const QStringList &columns)
{
    return catTable(QStringLiteral("/_cat/aliases"), expandWildcards, columns);
}

ApiRequest dataStreams(const QString &name)
{
    return make("GET", name.isEmpty() ? QStringLiteral("/_data_stream")
                                      : QStringLiteral("/_data_stream/") + encodeSegment(name));
}

ApiRequest versions()
{
    return make("GET", apiPath(QStringLiteral("versions")));
}

ApiRequest version(const QString &id)
{
    return make("GET", apiPath(QStringLiteral("version/") + encodeSegment(id)));
}

ApiRequest rollback(const std::optional<QString> &id)
{
    return make("POST", apiPath(id ? QStringLiteral("version/rollback/") + encodeSegment(*id)
                                   : QStringLiteral("version/rollback")));
}

ApiRequest account()
{
    return make("GET", apiPath(QStringLiteral("account")));
}

ApiRequest changeOwnPassword(const QString &currentPassword, const QString &newPassword)
{
    return make("PUT", apiPath(QStringLiteral("account")),
                QJsonValue(QJsonObject {{QStringLiteral("current_password"), currentPassword},
                                        {QStringLiteral("password"), newPassword}}));
}

ApiRequest flushCache()
{
    return make("DELETE", apiPath(QStringLiteral("cache")));
}

ApiRequest flushUserCache(const QString &user)
{
    return make("DELETE", apiPath(QStringLiteral("cache/user/") + encodeSegment(user)));
}

ApiRequest certificates(const QString &certType, const QString &nodeId)
{
    ApiRequest request =
        make("GET", apiPath(nodeId.isEmpty() ? QStringLiteral("certificates")
                                             : QStringLiteral("certificates/") + encodeSegment(nodeId)));
    if (!certType.isEmpty())
        request.query.addQueryItem(QStringLiteral("cert_type"), certType);
    return request;
}

ApiRequest sslCerts()
{
    return make("GET", apiPath(QStringLiteral("ssl/certs")));
}

ApiRequest reloadCertificates(const QString &type)
{
    return make("PUT", apiPath(QStringLiteral("ssl/") + encodeSegment(type) + QStringLiteral("/reloadcerts")));
}

ApiRequest sslInfo(bool showDn)
{
    ApiRequest request = make("GET", QStringLiteral("/_opendistro/_security/sslinfo"));
    if (showDn)
        request.query.addQueryItem(QStringLiteral("show_dn"), QStringLiteral("true"));
    return request;
}

ApiRequest tenancyConfig()
{
    return make("GET", apiPath(QStringLiteral("tenancy/config")));
}

ApiRequest putTenancyConfig(const QJsonObject &body)
{
    return make("PUT", apiPath(QStringLiteral("tenancy/config")), QJsonValue(body));
}

ApiRequest dashboardsInfo()
{
    return make("GET", QStringLiteral("/_plugins/_security/dashboardsinfo"));
}

ApiRequest tenantInfo()
{
    return make("GET", QStringLiteral("/_plugins/_security/tenantinfo"));
}

ApiRequest serviceAccountToken(const QString &name)
{
    return make("POST", apiPath(QStringLiteral("internalusers/") + encodeSegment(name) + QStringLiteral("/authtoken")));
}

ApiRequest apiTokens()
{
    return make("GET", apiPath(QStringLiteral("apitokens")));
}

ApiRequest createApiToken(const QJsonObject &body)
{
    return make("POST", apiPath(QStringLiteral("apitokens")), QJsonValue(body));
}

ApiRequest revokeApiToken(const QString &id)
{
    return make("DELETE", apiPath(QStringLiteral("apitokens/") + encodeSegment(id)));
}

ApiRequest authFailureListeners()
{
    return make("GET", apiPath(QStringLiteral("authfailurelisteners")));
}

ApiRequest putAuthFailureListener(const QString &name, const QJsonObject &body)
{
    return make("PUT", apiPath(QStringLiteral("authfailurelisteners/") + encodeSegment(name)), QJsonValue(body));
}

ApiRequest deleteAuthFailureListener(const QString &name)
{
    return make("DELETE", apiPath(QStringLiteral("authfailurelisteners/") + encodeSegment(name)));
}

} // namespace SecurityApi
