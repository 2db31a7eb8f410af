#include "app/api/AdminResponses.h"

#include <cmath>

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace CertificateExpiry {

std::optional<qint64> daysLeft(const QDateTime &notAfter, const QDateTime &now)
{
    if (!notAfter.isValid())
        return std::nullopt;
    const qint64 seconds = now.secsTo(notAfter);
    // Whole days, rounded towards the past: 23 hours left is 0 days, 1 second over is -1.
    return seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
}

ExpiryLevel classify(const QDateTime &notAfter, const QDateTime &now)
{
    const auto days = daysLeft(notAfter, now);
    if (!days)
        return ExpiryLevel::Warning;
    if (notAfter <= now || *days < ErrorDays)
        return ExpiryLevel::Error;
    if (*days < WarningDays)
        return ExpiryLevel::Warning;
    return ExpiryLevel::Ok;
}

QString levelName(ExpiryLevel level)
{
    switch (level) {
    case ExpiryLevel::Ok:
        return QStringLiteral("ok");
    case ExpiryLevel::Warning:
        return QStringLiteral("warning");
    case ExpiryLevel::Error:
        return QStringLiteral("error");
    }
    return {};
}

} // namespace CertificateExpiry

QJsonObject AuthFailureListener::toJson() const
{
    QJsonObject object {{QStringLiteral("type"), type},
                        {QStringLiteral("ignore_hosts"), QJsonArray::fromStringList(ignoreHosts)},
                        {QStringLiteral("allowed_tries"), allowedTries},
                        {QStringLiteral("time_window_seconds"), timeWindowSeconds},
                        {QStringLiteral("block_expiry_seconds"), blockExpirySeconds},
                        {QStringLiteral("max_blocked_clients"), maxBlockedClients},
                        {QStringLiteral("max_tracked_clients"), maxTrackedClients}};
    if (!authenticationBackend.isEmpty())
        object.insert(QStringLiteral("authentication_backend"), authenticationBackend);
    return object;
}

namespace AdminParsers {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AdminParsers", text);
}

Error shapeError(const QString &what, const QString &expected)
{
    return Error {QStringLiteral("api.shape"), tr("the %1 response is not %2").arg(what, expected), {}};
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    if (value.isString()) // a single value where a list was expected
        return {value.toString()};
    for (const QJsonValue &element : value.toArray()) {
        if (element.isString())
            list << element.toString();
    }
    return list;
}

// true, "true" (either case), 1
bool truthy(const QJsonValue &value, bool fallback)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString())
        return value.toString().compare(QStringLiteral("true"), Qt::CaseInsensitive) == 0;
    if (value.isDouble())
        return value.toDouble() != 0;
    return fallback;
}

std::optional<bool> optionalBool(const QJsonObject &object, const QString &key)
{
    if (!object.contains(key) || object.value(key).isNull())
        return std::nullopt;
    return truthy(object.value(key), false);
}

// A number, or a string holding one; fallback when missing or null; nullopt when present but unreadable.
std::optional<qint64> integer(const QJsonValue &value, qint64 fallback)
{
    if (value.isUndefined() || value.isNull())
        return fallback;
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::floor(number) != number)
            return std::nullopt;
        return qint64(number);
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

QString sanName(int type, const QString &value)
{
    switch (type) {
    case 1:
        return QStringLiteral("email:") + value;
    case 2:
        return QStringLiteral("DNS:") + value;
    case 6:
        return QStringLiteral("URI:") + value;
    case 7:
        return QStringLiteral("IP:") + value;
    case 8:
        return QStringLiteral("RID:") + value;
    default:
        return QString::number(type) + u':' + value;
    }
}

NodeCertificate certificateOf(const QJsonObject &object)
{
    NodeCertificate certificate;
    certificate.subject = object.value(QStringLiteral("subject_dn")).toString();
    certificate.issuer = object.value(QStringLiteral("issuer_dn")).toString();
    certificate.sans = AdminParsers::subjectAlternativeNames(object.value(QStringLiteral("san")));
    const QJsonValue serial = object.value(QStringLiteral("serial_number"));
    certificate.serialNumber = serial.isDouble() ? QString::number(serial.toInteger()) : serial.toString();
    certificate.hasPrivateKey = truthy(object.value(QStringLiteral("has_private_key")), false);
    certificate.notAfter = AdminParsers::instant(object.value(QStringLiteral("not_after")));
    certificate.notBefore = AdminParsers::instant(object.value(QStringLiteral("not_before")));
    // The certificates API writes not_after under not_before too (docs/api/security-api.md §13.2): equal dates mean
    // the start is unknown, not that the certificate is valid for an instant.
    if (certificate.notBefore.isValid() && certificate.notBefore == certificate.notAfter)
        certificate.notBefore = QDateTime();
    certificate.format = object.value(QStringLiteral("format")).toString();
    certificate.alias = object.value(QStringLiteral("alias")).toString();
    return certificate;
}

} // namespace

QStringList subjectAlternativeNames(const QJsonValue &value)
{
    QStringList names;
    if (value.isArray()) {
        for (const QJsonValue &element : value.toArray()) {
            if (element.isString()) {
                names << element.toString();
            } else if (element.isArray() && element.toArray().size() >= 2) {
                const QJsonArray pair = element.toArray();
                const QJsonValue type = pair.at(0);
                const int number = type.isDouble() ? type.toInt() : type.toString().toInt();
                const QJsonValue name = pair.at(1);
                names << sanName(number, name.isString() ? name.toString() : QString::number(name.toDouble()));
            }
        }
        return names;
    }
    // The plugin prints a Java List<List<?>>: "[[2, localhost], [7, 127.0.0.1]]".
    static const QRegularExpression pair(QStringLiteral("\\[\\s*(\\d+)\\s*,\\s*([^\\[\\]]*?)\\s*\\]"));
    const QString text = value.toString();
    for (auto it = pair.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        names << sanName(match.captured(1).toInt(), match.captured(2));
    }
    return names;
}

QDateTime instant(const QJsonValue &value)
{
    if (value.isDouble())
        return QDateTime::fromMSecsSinceEpoch(value.toInteger(), Qt::UTC);
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        // Java's Instant prints up to nanoseconds; Qt reads at most milliseconds.
        static const QRegularExpression fraction(QStringLiteral("\\.(\\d{3})\\d+"));
        QString trimmed = text;
        trimmed.replace(fraction, QStringLiteral(".\\1"));
        parsed = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    }
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

Result<AccountInfo> account(const QJsonValue &body)
{
    if (!body.isObject())
        return shapeError(QStringLiteral("account"), tr("an object"));
    const QJsonObject object = body.toObject();
    AccountInfo info;
    info.userName = object.value(QStringLiteral("user_name")).toString();
    if (info.userName.isEmpty())
        return shapeError(QStringLiteral("account"), tr("an account description (no user_name)"));
    info.isReserved = truthy(object.value(QStringLiteral("is_reserved")), false);
    info.isHidden = truthy(object.value(QStringLiteral("is_hidden")), false);
    info.isInternalUser = truthy(object.value(QStringLiteral("is_internal_user")), false);
    info.requestedTenant = object.value(QStringLiteral("user_requested_tenant")).toString();
    info.backendRoles = stringList(object.value(QStringLiteral("backend_roles")));
    info.roles = stringList(object.value(QStringLiteral("roles")));
    info.customAttributeNames = stringList(object.value(QStringLiteral("custom_attribute_names")));
    const QJsonValue tenants = object.value(QStringLiteral("tenants"));
    if (tenants.isObject()) {
        const QJsonObject map = tenants.toObject();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            info.tenants.insert(it.key(), truthy(it.value(), false));
    } else {
        for (const QString &tenant : stringList(tenants)) // older answers: names only
            info.tenants.insert(tenant, false);
    }
    return info;
}

Result<QList<NodeCertificate>> certificates(const QJsonValue &body)
{
    const QString what = QStringLiteral("certificates");
    if (!body.isObject())
        return shapeError(what, tr("an object"));
    const QJsonObject object = body.toObject();
    QList<NodeCertificate> list;
    auto appendList = [&](const QString &nodeId, const QString &nodeName, const QString &type,
                          const QJsonValue &value) -> std::optional<Error> {
        if (value.isNull() || value.isUndefined()) // null: that layer has no TLS
            return std::nullopt;
        if (!value.isArray())
            return shapeError(what, tr("a list of certificates (%1 of node %2 is not an array)")
                                        .arg(type, nodeName.isEmpty() ? nodeId : nodeName));
        for (const QJsonValue &element : value.toArray()) {
            if (!element.isObject())
                return shapeError(what, tr("a list of certificates (an entry of %1 of node %2 is not an object)")
                                            .arg(type, nodeName.isEmpty() ? nodeId : nodeName));
            NodeCertificate certificate = certificateOf(element.toObject());
            certificate.nodeId = nodeId;
            certificate.nodeName = nodeName;
            certificate.type = type;
            list.append(certificate);
        }
        return std::nullopt;
    };

    if (object.contains(QStringLiteral("nodes"))) {
        const QJsonValue nodes = object.value(QStringLiteral("nodes"));
        if (!nodes.isObject())
            return shapeError(what, tr("an object with a \"nodes\" object"));
        const QJsonObject map = nodes.toObject();
        for (auto node = map.constBegin(); node != map.constEnd(); ++node) {
            const QJsonObject entry = node.value().toObject();
            const QString name = entry.value(QStringLiteral("name")).toString();
            const QJsonObject byType = entry.value(QStringLiteral("certificates")).toObject();
            for (auto type = byType.constBegin(); type != byType.constEnd(); ++type) {
                if (auto error = appendList(node.key(), name, type.key(), type.value()))
                    return *error;
            }
        }
        return list;
    }
    // GET api/ssl/certs: the key certificates only, no node.
    bool any = false;
    for (const auto &[key, type] :
         {std::pair {QStringLiteral("http_certificates_list"), QStringLiteral("http")},
          std::pair {QStringLiteral("transport_certificates_list"), QStringLiteral("transport")}}) {
        if (!object.contains(key))
            continue;
        any = true;
        if (auto error = appendList(QString(), QString(), type, object.value(key)))
            return *error;
    }
    if (!any)
        return shapeError(what, tr("a certificate list (no \"nodes\" nor \"http_certificates_list\")"));
    return list;
}

Result<TenancyConfig> tenancyConfig(const QJsonValue &body)
{
    if (!body.isObject())
        return shapeError(QStringLiteral("tenancy/config"), tr("an object"));
    const QJsonObject object = body.toObject();
    if (!object.contains(QStringLiteral("multitenancy_enabled")) && !object.contains(QStringLiteral("default_tenant"))
        && !object.contains(QStringLiteral("private_tenant_enabled")))
        return shapeError(QStringLiteral("tenancy/config"), tr("a multi-tenancy configuration"));
    TenancyConfig config;
    config.multitenancyEnabled = truthy(object.value(QStringLiteral("multitenancy_enabled")), true);
    config.privateTenantEnabled = truthy(object.value(QStringLiteral("private_tenant_enabled")), true);
    config.defaultTenant = object.value(QStringLiteral("default_tenant")).toString();
    config.signInOptions = stringList(object.value(QStringLiteral("sign_in_options")));
    if (object.contains(QStringLiteral("preferred_tenants")))
        config.preferredTenants = stringList(object.value(QStringLiteral("preferred_tenants")));
    return config;
}

Result<DashboardsInfo> dashboardsInfo(const QJsonValue &body)
{
    if (!body.isObject())
        return shapeError(QStringLiteral("dashboardsinfo"), tr("an object"));
    const QJsonObject object = body.toObject();
    DashboardsInfo info;
    info.userName = object.value(QStringLiteral("user_name")).toString();
    // Older answers only have the opensearch_dashboards_ (or kibana_) names.
    const QJsonValue mt = object.contains(QStringLiteral("multitenancy_enabled"))
                              ? object.value(QStringLiteral("multitenancy_enabled"))
                          : object.contains(QStringLiteral("opensearch_dashboards_mt_enabled"))
                              ? object.value(QStringLiteral("opensearch_dashboards_mt_enabled"))
                              : object.value(QStringLiteral("kibana_mt_enabled"));
    info.multitenancyEnabled = truthy(mt, true);
    info.privateTenantEnabled = truthy(object.value(QStringLiteral("private_tenant_enabled")), true);
    info.defaultTenant = object.value(QStringLiteral("default_tenant")).toString();
    info.dashboardsIndex = object.value(QStringLiteral("opensearch_dashboards_index"))
                               .toString(object.value(QStringLiteral("kibana_index")).toString());
    info.serverUser = object.value(QStringLiteral("opensearch_dashboards_server_user"))
                          .toString(object.value(QStringLiteral("kibana_server_user")).toString());
    info.signInOptions = stringList(object.value(QStringLiteral("sign_in_options")));
    info.passwordRegex = object.value(QStringLiteral("password_validation_regex")).toString();
    info.passwordMessage = object.value(QStringLiteral("password_validation_error_message")).toString();
    info.notFailOnForbidden = truthy(object.value(QStringLiteral("not_fail_on_forbidden_enabled")), false);
    info.resourceSharingEnabled = optionalBool(object, QStringLiteral("resource_sharing_enabled"));
    info.apiTokensEnabled = optionalBool(object, QStringLiteral("api_tokens_enabled"));
    if (object.contains(QStringLiteral("max_duration_seconds")))
        info.maxDurationSeconds = integer(object.value(QStringLiteral("max_duration_seconds")), 0);
    return info;
}

Result<QMap<QString, QString>> tenantInfo(const QJsonValue &body)
{
    if (!body.isObject())
        return shapeError(QStringLiteral("tenantinfo"), tr("an object"));
    QMap<QString, QString> map;
    const QJsonObject object = body.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

Result<AuthFailureListener> authFailureListener(const QString &name, const QJsonValue &body)
{
    if (!body.isObject())
        return Error {QStringLiteral("listener.shape"), tr("listener %1 is not a JSON object").arg(name), {}};
    const QJsonObject object = body.toObject();
    auto invalid = [&](const QString &reason) {
        return Error {QStringLiteral("listener.invalid"), tr("listener %1: %2").arg(name, reason), {}};
    };
    AuthFailureListener listener;
    listener.name = name;
    listener.type = object.value(QStringLiteral("type")).toString();
    listener.authenticationBackend = object.value(QStringLiteral("authentication_backend")).toString();
    listener.ignoreHosts = stringList(object.value(QStringLiteral("ignore_hosts")));
    if (listener.type != u"ip" && listener.type != u"username")
        return invalid(tr("\"type\" must be \"ip\" or \"username\""));
    if (listener.type == u"username" && listener.authenticationBackend != u"internal")
        return invalid(tr("a username listener needs \"authentication_backend\": \"internal\""));
    if (listener.type == u"ip" && !listener.authenticationBackend.isEmpty())
        return invalid(tr("an ip listener takes no \"authentication_backend\""));
    const struct
    {
        const char *key;
        qint64 AuthFailureListener::*member;
    } numbers[] = {{"allowed_tries", &AuthFailureListener::allowedTries},
                   {"time_window_seconds", &AuthFailureListener::timeWindowSeconds},
                   {"block_expiry_seconds", &AuthFailureListener::blockExpirySeconds},
                   {"max_blocked_clients", &AuthFailureListener::maxBlockedClients},
                   {"max_tracked_clients", &AuthFailureListener::maxTrackedClients}};
    for (const auto &number : numbers) {
        const QString key = QString::fromLatin1(number.key);
        const auto value = integer(object.value(key), listener.*number.member);
        if (!value || *value < 0)
            return invalid(tr("\"%1\" must be a non-negative integer").arg(key));
        listener.*number.member = *value;
    }
    return listener;
}

Result<QList<AuthFailureListener>> authFailureListeners(const QJsonValue &body)
{
    if (!body.isObject())
        return shapeError(QStringLiteral("authfailurelisteners"), tr("an object"));
    QList<AuthFailureListener> list;
    const QJsonObject object = body.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isObject())
            return shapeError(QStringLiteral("authfailurelisteners"),
                              tr("a map of listeners (%1 is not an object)").arg(it.key()));
        // What the server holds is read as it is; validation is for what we send.
        const QJsonObject entry = it.value().toObject();
        AuthFailureListener listener;
        listener.name = entry.value(QStringLiteral("name")).toString(it.key());
        listener.type = entry.value(QStringLiteral("type")).toString();
        listener.authenticationBackend = entry.value(QStringLiteral("authentication_backend")).toString();
        listener.ignoreHosts = stringList(entry.value(QStringLiteral("ignore_hosts")));
        listener.allowedTries = integer(entry.value(QStringLiteral("allowed_tries")), 10).value_or(10);
        listener.timeWindowSeconds = integer(entry.value(QStringLiteral("time_window_seconds")), 3600).value_or(3600);
        listener.blockExpirySeconds = integer(entry.value(QStringLiteral("block_expiry_seconds")), 600).value_or(600);
        listener.maxBlockedClients =
            integer(entry.value(QStringLiteral("max_blocked_clients")), 100000).value_or(100000);
        listener.maxTrackedClients =
            integer(entry.value(QStringLiteral("max_tracked_clients")), 100000).value_or(100000);
        list.append(listener);
    }
    return list;
}

Result<QList<ApiTokenInfo>> apiTokens(const QJsonValue &body)
{
    const QString what = QStringLiteral("apitokens");
    QJsonArray entries;
    if (body.isArray()) {
        entries = body.toArray();
    } else if (body.isObject() && body.toObject().value(QStringLiteral("tokens")).isArray()) {
        entries = body.toObject().value(QStringLiteral("tokens")).toArray();
    } else if (body.isObject()) { // id -> token
        const QJsonObject map = body.toObject();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            QJsonObject entry = it.value().toObject();
            if (!it.value().isObject())
                return shapeError(what, tr("a list of tokens (%1 is not an object)").arg(it.key()));
            if (!entry.contains(QStringLiteral("id")))
                entry.insert(QStringLiteral("id"), it.key());
            entries.append(entry);
        }
    } else {
        return shapeError(what, tr("a list of tokens"));
    }
    QList<ApiTokenInfo> list;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (!entries.at(i).isObject())
            return shapeError(what, tr("a list of tokens (entry %1 is not an object)").arg(i + 1));
        const QJsonObject object = entries.at(i).toObject();
        ApiTokenInfo token;
        token.id = object.value(QStringLiteral("id")).toString();
        token.name = object.value(QStringLiteral("name")).toString();
        if (token.name.isEmpty() && token.id.isEmpty())
            return shapeError(what, tr("a list of tokens (entry %1 has neither id nor name)").arg(i + 1));
        token.issuedAt = instant(object.value(QStringLiteral("iat")));
        const QJsonValue expires = object.value(QStringLiteral("expires_at"));
        // 0 (or none): never expires.
        if (!(expires.isDouble() && expires.toInteger() == 0))
            token.expiresAt = instant(expires);
        token.revokedAt = instant(object.value(QStringLiteral("revoked_at")));
        token.clusterPermissions = stringList(object.value(QStringLiteral("cluster_permissions")));
        token.indexPermissions = object.value(QStringLiteral("index_permissions")).toArray();
        token.createdBy = object.value(QStringLiteral("created_by")).toString();
        list.append(token);
    }
    return list;
}

Result<CreatedApiToken> createdApiToken(const QJsonValue &body)
{
    const QJsonObject object = body.toObject();
    CreatedApiToken created {object.value(QStringLiteral("id")).toString(),
                             object.value(QStringLiteral("token")).toString()};
    if (!body.isObject() || created.token.isEmpty())
        return shapeError(QStringLiteral("apitokens"), tr("a new token (no \"token\")"));
    return created;
}

Result<ServiceAccountToken> serviceAccountToken(const QJsonValue &body)
{
    if (!body.isObject())
        return shapeError(QStringLiteral("authtoken"), tr("an object"));
    // "'<n>' authtoken generated Basic auth token with user=<n>, password=<pw>"
    const QString message = body.toObject().value(QStringLiteral("message")).toString();
    static const QRegularExpression pattern(QStringLiteral("user=(.*), password=(\\S+)\\s*$"));
    const QRegularExpressionMatch match = pattern.match(message);
    if (!match.hasMatch())
        return shapeError(QStringLiteral("authtoken"), tr("a generated token (the message names no password)"));
    return ServiceAccountToken {match.captured(1), match.captured(2)};
}

Result<SslInfo> sslInfo(const QJsonValue &body)
{
    if (!body.isObject())
        return shapeError(QStringLiteral("sslinfo"), tr("an object"));
    const QJsonObject object = body.toObject();
    SslInfo info;
    info.principal = object.value(QStringLiteral("principal")).toString();
    info.peerCertificates = int(integer(object.value(QStringLiteral("peer_certificates")), 0).value_or(0));
    info.protocol = object.value(QStringLiteral("ssl_protocol")).toString();
    info.cipher = object.value(QStringLiteral("ssl_cipher")).toString();
    info.localCertificates = stringList(object.value(QStringLiteral("local_certificates_list")));
    return info;
}

} // namespace AdminParsers
