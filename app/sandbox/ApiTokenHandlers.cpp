// API tokens (GET/POST api/apitokens, DELETE api/apitokens/{id}; 3.7 and later; docs/api/security-api.md §13.5).
// The plugin keeps their metadata in an index; the sandbox keeps it in memory, never in the state file. A token's
// value ("os_" and 32 random bytes) is answered once by POST and kept nowhere, not even as a hash: the sandbox does
// not authenticate with API tokens.

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QRandomGenerator>
#include <QRegularExpression>

#include "app/sandbox/ApiService.h"

using namespace Qt::StringLiterals;

namespace {

SandboxResponse tokenError(int status, const QString &message)
{
    return SandboxResponse::fromJson(status, QJsonObject {{u"error"_s, message}});
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), count / 4);
    return bytes;
}

QJsonObject apiTokenSettings(const ConfigSnapshot &snapshot)
{
    QJsonObject settings {{u"enabled"_s, false}, {u"max_tokens"_s, 100}, {u"max_duration_seconds"_s, 7776000}};
    const QJsonObject stored = snapshot.stored.value(CType::Config)
                                   .value(u"config"_s)
                                   .toObject()
                                   .value(u"dynamic"_s)
                                   .toObject()
                                   .value(u"api_tokens"_s)
                                   .toObject();
    for (auto it = stored.begin(); it != stored.end(); ++it)
        settings.insert(it.key(), it.value());
    return settings;
}

} // namespace

// Access as the plugin's ApiTokenAction: REST API access for the APITOKENS endpoint, then the enabled switch.
static std::optional<SandboxResponse> apiTokenGate(const Authenticator &authenticator, const Identity &identity,
                                                   const SandboxRequest &request, const ConfigSnapshot &snapshot)
{
    if (!identity.superAdmin && authenticator.restApiDenial(identity, request, u"APITOKENS"_s)) {
        return SandboxResponse::message(
            403, u"No permission to access REST API: User does not have required security API access"_s);
    }
    const QJsonValue enabled = apiTokenSettings(snapshot).value(u"enabled"_s);
    if (!(enabled.toBool() || enabled.toString() == u"true"))
        return SandboxResponse::message(403, u"API tokens are not enabled."_s);
    return std::nullopt;
}

SandboxResponse ApiService::apiTokens(const Context &context) const
{
    if (auto denial = apiTokenGate(m_authenticator, context.identity, context.request, context.snapshot))
        return *denial;
    QJsonArray list;
    QMutexLocker locker(&m_apiTokens.mutex);
    for (const QJsonObject &token : m_apiTokens.tokens)
        list.append(token);
    SandboxResponse response;
    response.body = QJsonDocument(list).toJson(QJsonDocument::Compact);
    return response;
}

SandboxResponse ApiService::createApiToken(const Context &context) const
{
    if (auto denial = apiTokenGate(m_authenticator, context.identity, context.request, context.snapshot))
        return *denial;
    const QJsonDocument document = QJsonDocument::fromJson(context.request.body);
    if (!document.isObject())
        return tokenError(400, u"Invalid request: request body is required"_s);
    const QJsonObject body = document.object();
    static const QStringList known = {u"name"_s, u"cluster_permissions"_s, u"index_permissions"_s,
                                      u"duration_seconds"_s};
    for (const QString &key : body.keys()) {
        if (!known.contains(key))
            return tokenError(400, u"Invalid request: [create_api_token_request] unknown field [%1]"_s.arg(key));
    }
    if (!body.value(u"name"_s).isString())
        return tokenError(400, u"Invalid request: Required [name]"_s);
    const QString name = body.value(u"name"_s).toString();
    if (name.isEmpty())
        return tokenError(400, u"Token name is required."_s);
    static const QRegularExpression allowed(u"^[a-zA-Z0-9_-]+$"_s);
    if (!allowed.match(name).hasMatch())
        return tokenError(400, u"Token name must contain only alphanumeric characters, hyphens, and underscores."_s);
    QJsonArray indexPermissions;
    for (const QJsonValue &permission : body.value(u"index_permissions"_s).toArray()) {
        const QJsonObject object = permission.toObject();
        indexPermissions.append(QJsonObject {{u"index_pattern"_s, object.value(u"index_pattern"_s).toArray()},
                                             {u"allowed_actions"_s, object.value(u"allowed_actions"_s).toArray()}});
    }
    const QJsonObject settings = apiTokenSettings(context.snapshot);
    const qint64 maxTokens = std::min<qint64>(settings.value(u"max_tokens"_s).toInteger(), 1000);
    const qint64 maxDuration = settings.value(u"max_duration_seconds"_s).toInteger();
    const qint64 duration = body.value(u"duration_seconds"_s).toInteger();
    const qint64 now = (m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();

    QMutexLocker locker(&m_apiTokens.mutex);
    for (const QJsonObject &token : m_apiTokens.tokens) {
        if (token.value(u"name"_s).toString() == name)
            return tokenError(400, u"A token with name '%1' already exists."_s.arg(name));
    }
    if (m_apiTokens.tokens.size() >= maxTokens) {
        return tokenError(429, u"Maximum limit of %1 API tokens reached. Please delete existing tokens before "
                               u"creating new ones."_s.arg(maxTokens));
    }
    qint64 expiresAt = 0;
    if (duration != 0) {
        if (duration < 0)
            return tokenError(400, u"Token duration must be positive."_s);
        if (maxDuration > 0 && duration > maxDuration) {
            return tokenError(400,
                              u"Token duration exceeds the maximum allowed duration of %1 seconds."_s.arg(maxDuration));
        }
        expiresAt = now + duration * 1000;
    } else if (maxDuration > 0) {
        return tokenError(400,
                          u"Non-expiring tokens are not allowed. Maximum duration is %1 seconds."_s.arg(maxDuration));
    }
    const QString id = QString::fromLatin1(
        randomBytes(16).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).left(20));
    const QString token =
        u"os_"_s
        + QString::fromLatin1(randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_apiTokens.tokens.append(QJsonObject {{u"id"_s, id},
                                           {u"name"_s, name},
                                           {u"iat"_s, now},
                                           {u"expires_at"_s, expiresAt},
                                           {u"cluster_permissions"_s, body.value(u"cluster_permissions"_s).toArray()},
                                           {u"index_permissions"_s, indexPermissions},
                                           {u"created_by"_s, context.identity.name}});
    return SandboxResponse::fromJson(200, QJsonObject {{u"id"_s, id}, {u"token"_s, token}});
}

SandboxResponse ApiService::revokeApiToken(const Context &context) const
{
    if (auto denial = apiTokenGate(m_authenticator, context.identity, context.request, context.snapshot))
        return *denial;
    const QString id = context.parameters.value(u"id"_s);
    const qint64 now = (m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
    QMutexLocker locker(&m_apiTokens.mutex);
    for (QJsonObject &token : m_apiTokens.tokens) {
        if (token.value(u"id"_s).toString() == id) {
            // Revoked, not deleted: GET still lists it, with revoked_at.
            token.insert(u"revoked_at"_s, now);
            return SandboxResponse::fromJson(200,
                                             QJsonObject {{u"message"_s, u"Token %1 revoked successfully."_s.arg(id)}});
        }
    }
    return tokenError(500, u"Failed to delete token: [%1]: document missing"_s.arg(id));
}
