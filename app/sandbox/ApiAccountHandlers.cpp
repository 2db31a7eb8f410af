// The caller's own account (GET/PUT api/account), cache flushes (DELETE api/cache, api/cache/user/{name}), the SAML
// token processor's POST api/authtoken, service-account tokens (POST api/internalusers/{name}/authtoken), on-behalf-of
// tokens (POST api/generateonbehalfoftoken) and whoamiprotected (docs/api/security-api.md §13). A token or password is
// never kept: only the bcrypt hash of a service account's new password reaches the store.

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include "app/sandbox/ApiService.h"
#include "app/sandbox/Bcrypt.h"
#include "app/sandbox/Privileges.h"
#include "app/sandbox/SandboxStore.h"

using namespace Qt::StringLiterals;

namespace {

// The plugin's UserService.generatePassword: 8 to 15 characters, at least one lower case letter, one upper case
// letter and one digit.
QString servicePassword()
{
    static const QString lower = u"abcdefghijklmnopqrstuvwxyz"_s;
    static const QString upper = u"ABCDEFGHIJKLMNOPQRSTUVWXYZ"_s;
    static const QString digits = u"0123456789"_s;
    const QString all = lower + upper + digits;
    QRandomGenerator *random = QRandomGenerator::system();
    const int length = 8 + int(random->bounded(8));
    QString password;
    password.append(lower.at(random->bounded(int(lower.size()))));
    password.append(upper.at(random->bounded(int(upper.size()))));
    password.append(digits.at(random->bounded(int(digits.size()))));
    while (password.size() < length)
        password.append(all.at(random->bounded(int(all.size()))));
    for (qsizetype i = password.size() - 1; i > 0; --i)
        std::swap(password[i], password[random->bounded(int(i + 1))]);
    return password;
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

std::optional<SandboxResponse> ApiService::namedRouteDenial(const Context &context, const QStringList &actions) const
{
    const Privileges privileges(context.identity, context.snapshot);
    for (const QString &action : actions) {
        if (privileges.grantsCluster(action))
            return std::nullopt;
    }
    // The REST filter answers 401 in plain text, naming the route's unique name.
    return SandboxResponse::text(
        401,
        u"no permissions for [%1] and %2"_s.arg(actions.first(), Authenticator::describe(context.identity)).toUtf8());
}

SandboxResponse ApiService::whoAmIProtected(const Context &context) const
{
    if (auto denial = namedRouteDenial(
            context, {u"security:whoamiprotected"_s, u"cluster:admin/opendistro_security/whoamiprotected"_s}))
        return *denial;
    return whoAmI(context);
}

SandboxResponse ApiService::account(const Context &context) const
{
    const Identity &identity = context.identity;
    const QJsonObject users = context.snapshot.entities(CType::InternalUsers);
    const QJsonObject entity = users.value(identity.name).toObject();
    QJsonArray attributeNames;
    for (const QString &key : identity.attributes.keys())
        attributeNames.append(QString(u"attr.internal."_s + key));
    return SandboxResponse::fromJson(
        200, QJsonObject {{u"user_name"_s, identity.name},
                          {u"is_reserved"_s, entity.value(u"reserved"_s).toBool()},
                          {u"is_hidden"_s, entity.value(u"hidden"_s).toBool()},
                          {u"is_internal_user"_s, users.contains(identity.name)},
                          {u"user_requested_tenant"_s, QJsonValue::Null},
                          {u"backend_roles"_s, QJsonArray::fromStringList(identity.backendRoles)},
                          {u"custom_attribute_names"_s, attributeNames},
                          {u"tenants"_s, tenantMap(context)},
                          {u"roles"_s, QJsonArray::fromStringList(identity.roles)}});
}

SandboxResponse ApiService::putAccount(const Context &context) const
{
    const QString name = context.identity.name;
    QJsonObject body;
    if (auto error = ContentValidator::parseBody(context.request.body, body))
        return *error;
    const ContentValidator::KeyRules rules {{{u"current_password"_s, ContentValidator::DataType::String},
                                             {u"password"_s, ContentValidator::DataType::String},
                                             {u"hash"_s, ContentValidator::DataType::String}},
                                            {u"current_password"_s},
                                            {}};
    if (auto error = ContentValidator::validateKeys(body, rules))
        return *error;
    if (body.contains(u"password"_s)) {
        if (auto error = ContentValidator::checkPassword(body.value(u"password"_s).toString(), name, m_passwordRules))
            return *error;
    }
    const QJsonObject users = context.snapshot.entities(CType::InternalUsers);
    if (!users.contains(name))
        return SandboxResponse::message(404, u"account '%1' not found."_s.arg(name));
    const QJsonObject entity = users.value(name).toObject();
    // The account endpoint has no REST admin permission: only the TLS admin may change an immutable account.
    if (!context.identity.superAdmin) {
        if (entity.value(u"hidden"_s).toBool())
            return SandboxResponse::message(404, u"Resource '%1' is not available."_s.arg(name));
        if (entity.value(u"static"_s).toBool())
            return SandboxResponse::message(403, u"Resource '%1' is static."_s.arg(name));
        if (entity.value(u"reserved"_s).toBool())
            return SandboxResponse::message(403, u"Resource '%1' is reserved."_s.arg(name));
    }
    const QByteArray currentHash = entity.value(u"hash"_s).toString().toUtf8();
    if (currentHash.isEmpty() || !Bcrypt::verify(body.value(u"current_password"_s).toString().toUtf8(), currentHash))
        return SandboxResponse::message(400, u"Could not validate your current password."_s);
    const QString password = body.value(u"password"_s).toString();
    QString hash = password.isEmpty() ? body.value(u"hash"_s).toString()
                                      : QString::fromLatin1(Bcrypt::hash(password.toUtf8(), m_options.bcryptCost));
    if (hash.isEmpty())
        return SandboxResponse::message(400, u"Both provided password and hash cannot be null/empty."_s);
    QJsonObject stored = context.snapshot.stored.value(CType::InternalUsers);
    QJsonObject updated = stored.value(name).toObject();
    updated.insert(u"hash"_s, hash);
    stored.insert(name, updated);
    Authenticator::flushLogins(name);
    return saveOrError(context, {{CType::InternalUsers, stored}},
                       SandboxResponse::message(200, u"'%1' updated."_s.arg(name)));
}

SandboxResponse ApiService::flushCache(const Context &context) const
{
    if (context.parameters.contains(u"username"_s)) {
        const QString user = context.parameters.value(u"username"_s);
        if (user.isEmpty())
            return SandboxResponse::message(500, u"No username provided for cache invalidation."_s);
        Authenticator::flushLogins(user);
        return SandboxResponse::message(200, u"Cache invalidated for user: %1"_s.arg(user));
    }
    Authenticator::flushLogins();
    return SandboxResponse::message(200, u"Cache flushed successfully."_s);
}

SandboxResponse ApiService::authToken(const Context &) const
{
    // Without a SAML domain the plugin's token processor answers with an empty message.
    return SandboxResponse::message(200, QString());
}

SandboxResponse ApiService::userAuthToken(const Context &context) const
{
    const QString name = context.name();
    // Only the internalusers path vends tokens; the legacy user/{name}/authtoken route answers 501.
    if (!context.request.path.contains(u"/internalusers/"_s)) {
        // Responses.methodNotImplementedMessage: status 501, but "NOT_FOUND" in the body.
        return SandboxResponse::fromJson(
            501,
            QJsonObject {{u"status"_s, u"NOT_FOUND"_s},
                         {u"message"_s, u"Method %1 not supported for this action."_s.arg(context.request.method)}});
    }
    if (name.size() > 256)
        return SandboxResponse::message(400, u"user name exceeds maximum length of 256."_s);
    const QJsonObject users = context.snapshot.entities(CType::InternalUsers);
    const bool admin = isAdmin(context);
    const QJsonObject entity = users.value(name).toObject();
    if (!users.contains(name) || (!admin && entity.value(u"hidden"_s).toBool())) {
        if (users.contains(name))
            return SandboxResponse::message(404, u"Resource '%1' is not available."_s.arg(name));
        return SandboxResponse::message(404, u"user '%1' not found."_s.arg(name));
    }
    const QJsonObject attributes = entity.value(u"attributes"_s).toObject();
    auto isTrue = [&](const QString &key) {
        const QJsonValue value = attributes.value(key);
        return value.toString().compare(u"true"_s, Qt::CaseInsensitive) == 0 || value.toBool();
    };
    if (!isTrue(u"service"_s) || !isTrue(u"enabled"_s))
        return SandboxResponse::message(400, u"An auth token could not be generated for the specified account."_s);
    if (context.snapshot.isStatic(CType::InternalUsers, name))
        return SandboxResponse::message(400, u"An auth token could not be generated for the specified account."_s);
    // A new password for the account; its hash is stored, the token (user:password) is answered once.
    const QString password = servicePassword();
    QJsonObject stored = context.snapshot.stored.value(CType::InternalUsers);
    QJsonObject updated = stored.value(name).toObject();
    updated.insert(u"hash"_s, QString::fromLatin1(Bcrypt::hash(password.toUtf8(), m_options.bcryptCost)));
    stored.insert(name, updated);
    Authenticator::flushLogins(name);
    return saveOrError(
        context, {{CType::InternalUsers, stored}},
        SandboxResponse::message(
            200, u"'%1' authtoken generated Basic auth token with user=%1, password=%2"_s.arg(name, password)));
}

SandboxResponse ApiService::onBehalfOfToken(const Context &context) const
{
    if (auto denial = namedRouteDenial(context, {u"security:obo/create"_s}))
        return *denial;
    const QJsonObject settings = context.snapshot.stored.value(CType::Config)
                                     .value(u"config"_s)
                                     .toObject()
                                     .value(u"dynamic"_s)
                                     .toObject()
                                     .value(u"on_behalf_of"_s)
                                     .toObject();
    const QJsonValue enabled = settings.value(u"enabled"_s);
    if (!(enabled.toBool() || enabled.toString() == u"true")) {
        return SandboxResponse::text(400, "The OnBehalfOf token generating API has been disabled, see {link to doc} "
                                          "for more information on this feature.");
    }
    auto badRequest = [](const QString &error) {
        return SandboxResponse::fromJson(400, QJsonObject {{u"error"_s, error}});
    };
    const QJsonDocument document = QJsonDocument::fromJson(context.request.body);
    if (!document.isObject()) {
        return SandboxResponse::fromJson(
            500, QJsonObject {{u"error"_s, u"An unexpected error occurred. Please check the input and try again."_s}});
    }
    const QJsonObject body = document.object();
    for (const QString &key : body.keys()) {
        if (key.compare(u"durationSeconds"_s, Qt::CaseInsensitive) != 0
            && key.compare(u"description"_s, Qt::CaseInsensitive) != 0
            && key.compare(u"service"_s, Qt::CaseInsensitive) != 0)
            return badRequest(u"Unrecognized parameter: %1"_s.arg(key));
    }
    qint64 duration = 300;
    const QJsonValue requested = body.value(u"durationSeconds"_s);
    if (requested.isDouble() && requested.toDouble() == double(requested.toInteger())) {
        duration = requested.toInteger();
    } else if (requested.isString()) {
        bool ok = false;
        duration = requested.toString().toLongLong(&ok);
        if (!ok)
            return badRequest(u"durationSeconds must be a number."_s);
    } else if (!requested.isUndefined() && !requested.isNull()) {
        return badRequest(u"durationSeconds must be a number."_s);
    }
    duration = std::min<qint64>(duration, 600);
    const QString service = body.contains(u"service"_s) ? body.value(u"service"_s).toString() : u"self-issued"_s;
    if (service.isEmpty())
        return badRequest(u"Claims must be supplied with an audience value"_s);
    if (duration <= 0)
        return badRequest(u"The expiration time should be a positive integer"_s);
    const QByteArray signingKey = QByteArray::fromBase64(settings.value(u"signing_key"_s).toString().toLatin1());
    if (signingKey.isEmpty()) {
        return SandboxResponse::fromJson(
            500, QJsonObject {{u"error"_s, u"An unexpected error occurred. Please check the input and try again."_s}});
    }
    // An HS512 JWT as the plugin's JwtVendor signs it (without the encrypted roles claim).
    const qint64 now = (m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch();
    const QJsonObject header {{u"alg"_s, u"HS512"_s}, {u"typ"_s, u"JWT"_s}};
    const QJsonObject claims {{u"iss"_s, m_options.clusterName},
                              {u"iat"_s, now},
                              {u"sub"_s, context.identity.name},
                              {u"aud"_s, service},
                              {u"nbf"_s, now},
                              {u"exp"_s, now + duration}};
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
                                    + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray signature = QMessageAuthenticationCode::hash(signingInput, signingKey, QCryptographicHash::Sha512);
    return SandboxResponse::fromJson(
        200, QJsonObject {{u"user"_s, context.identity.name},
                          {u"authenticationToken"_s, QString::fromLatin1(signingInput + '.' + base64Url(signature))},
                          {u"durationSeconds"_s, duration}});
}
