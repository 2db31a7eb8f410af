#include "app/sandbox/Authenticator.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QMutex>
#include <QUuid>

#include "app/sandbox/Bcrypt.h"

using namespace Qt::StringLiterals;

namespace {

// Successful logins, process-wide: HMAC(user, password) under a random per-process key -> the hash it verified
// against. Only successes are kept: a cached failure would answer a repeated (user, password) pair at once, and as
// unknown users share the dummy hash, timing would again tell which users exist. The hash is part of the entry, so
// a changed password is verified afresh; the plugin's cache flush empties it.
struct LoginCache
{
    QMutex mutex;
    QHash<QByteArray, QPair<QString, QByteArray>> entries;
    QByteArray key = QCryptographicHash::hash(
        QByteArray(QUuid::createUuid().toRfc4122() + QUuid::createUuid().toRfc4122()), QCryptographicHash::Sha256);
};

LoginCache &loginCache()
{
    static LoginCache cache;
    return cache;
}

QByteArray loginKey(const QString &user, const QByteArray &password)
{
    return QMessageAuthenticationCode::hash(QByteArray(user.toUtf8() + '\0' + password), loginCache().key,
                                            QCryptographicHash::Sha256);
}

bool isCachedLogin(const QString &user, const QByteArray &password, const QByteArray &hash)
{
    LoginCache &cache = loginCache();
    const QByteArray key = loginKey(user, password);
    QMutexLocker locker(&cache.mutex);
    const auto it = cache.entries.constFind(key);
    return it != cache.entries.constEnd() && it->first == user && it->second == hash;
}

bool verifyLogin(const QString &user, const QByteArray &password, const QByteArray &hash)
{
    if (isCachedLogin(user, password, hash))
        return true;
    if (!Bcrypt::verify(password, hash))
        return false;
    LoginCache &cache = loginCache();
    QMutexLocker locker(&cache.mutex);
    if (cache.entries.size() > 10000)
        cache.entries.clear();
    cache.entries.insert(loginKey(user, password), {user, hash});
    return true;
}

// bcrypt cost of a "$2y$12$..." hash, 0 when it is not one.
int costOf(const QByteArray &hash)
{
    if (hash.size() < 7 || !hash.startsWith("$2") || hash.at(3) != '$')
        return 0;
    return hash.mid(4, 2).toInt();
}

// A hash of a random secret at the given cost, made once per cost: an unknown user's password is checked against
// it so that the answer takes as long as for a known user with a wrong password.
QByteArray dummyHash(int cost)
{
    static QMutex mutex;
    static QHash<int, QByteArray> hashes;
    QMutexLocker locker(&mutex);
    auto it = hashes.find(cost);
    if (it == hashes.end())
        it = hashes.insert(cost, Bcrypt::hash(QUuid::createUuid().toByteArray(), cost));
    return *it;
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray())
        out.append(item.toString());
    return out;
}

// "CN=kirk,OU=client" -> sorted "cn=kirk" pairs, so DNs compare regardless of attribute order and case of names.
QStringList dnParts(const QString &dn)
{
    QStringList parts;
    for (const QString &part : dn.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq < 0)
            continue;
        parts.append(part.left(eq).trimmed().toLower() + u'=' + part.mid(eq + 1).trimmed());
    }
    parts.sort();
    return parts;
}

} // namespace

Authenticator::Authenticator(const SandboxOptions &options) : m_options(options) { }

bool Authenticator::needsPasswordCheck(const SandboxRequest &request) const
{
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.startsWith("Basic ") || isAdminDn(certificateDn(request)))
        return false;
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon <= 0)
        return false;
    const QString user = QString::fromUtf8(decoded.left(colon));
    const QByteArray password = decoded.mid(colon + 1);
    LoginCache &cache = loginCache();
    const QByteArray key = loginKey(user, password);
    QMutexLocker locker(&cache.mutex);
    return !cache.entries.contains(key);
}

void Authenticator::flushLogins(const QString &user)
{
    LoginCache &cache = loginCache();
    QMutexLocker locker(&cache.mutex);
    if (user.isEmpty()) {
        cache.entries.clear();
        return;
    }
    for (auto it = cache.entries.begin(); it != cache.entries.end();) {
        if (it->first == user)
            it = cache.entries.erase(it);
        else
            ++it;
    }
}

bool Authenticator::globMatches(const QString &pattern, const QString &text)
{
    // Iterative '*' and '?' matching with backtracking to the last star.
    qsizetype p = 0, t = 0, star = -1, mark = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern.at(p) == u'?' || pattern.at(p) == text.at(t))) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern.at(p) == u'*') {
            star = p++;
            mark = t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == u'*')
        ++p;
    return p == pattern.size();
}

QString Authenticator::describe(const Identity &identity)
{
    return u"User [name=%1, backend_roles=[%2], requestedTenant=null]"_s.arg(identity.name,
                                                                             identity.backendRoles.join(u", "_s));
}

bool Authenticator::isAdminDn(const QString &dn) const
{
    if (dn.isEmpty())
        return false;
    const QStringList wanted = dnParts(dn);
    return std::any_of(m_options.adminDns.begin(), m_options.adminDns.end(),
                       [&](const QString &admin) { return dnParts(admin) == wanted; });
}

QString Authenticator::certificateDn(const SandboxRequest &request) const
{
    if (!m_options.adminCertHeader.isEmpty()) {
        const QByteArray simulated = request.header(m_options.adminCertHeader);
        if (!simulated.isEmpty())
            return QString::fromUtf8(simulated);
    }
    return request.tls ? request.clientCertDn : QString();
}

Identity Authenticator::authenticate(const SandboxRequest &request, const ConfigSnapshot &snapshot) const
{
    Identity identity;
    const QString dn = certificateDn(request);
    if (isAdminDn(dn)) {
        identity.authenticated = true;
        identity.failure = Identity::Failure::None;
        identity.superAdmin = true;
        identity.name = dn;
        return identity;
    }
    // Without an HTTP authenticator that challenges, the plugin answers "Authentication finally failed".
    bool challenges = false;
    const QJsonObject domains = snapshot.stored.value(CType::Config)
                                    .value(u"config"_s)
                                    .toObject()
                                    .value(u"dynamic"_s)
                                    .toObject()
                                    .value(u"authc"_s)
                                    .toObject();
    for (const QJsonValue &domain : domains) {
        const QJsonObject object = domain.toObject();
        challenges |= object.value(u"http_enabled"_s).toBool(true)
                      && object.value(u"http_authenticator"_s).toObject().value(u"challenge"_s).toBool(true);
    }
    if (!challenges)
        identity.failure = Identity::Failure::NoChallenge;
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.startsWith("Basic "))
        return identity;
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon <= 0)
        return identity;
    const QString user = QString::fromUtf8(decoded.left(colon));
    const QByteArray password = decoded.mid(colon + 1);
    if (isAdminDn(user)) {
        identity.failure = Identity::Failure::AdminOverHttp;
        return identity;
    }
    const QJsonObject entity = snapshot.entity(CType::InternalUsers, user);
    const QByteArray hash = entity.value(u"hash"_s).toString().toUtf8();
    if (entity.isEmpty() || costOf(hash) == 0) {
        // Unknown user (or one without a usable hash): the same bcrypt work as a wrong password, then refused.
        int cost = 0;
        const QJsonObject users = snapshot.entities(CType::InternalUsers);
        for (const QJsonValue &other : users)
            cost = std::max(cost, costOf(other.toObject().value(u"hash"_s).toString().toUtf8()));
        Bcrypt::verify(password, dummyHash(cost > 0 ? cost : m_options.bcryptCost));
        return identity;
    }
    if (!verifyLogin(user, password, hash))
        return identity;
    identity.authenticated = true;
    identity.failure = Identity::Failure::None;
    identity.name = user;
    identity.backendRoles = strings(entity.value(u"backend_roles"_s));
    identity.attributes = entity.value(u"attributes"_s).toObject();
    const QString host = request.remoteAddress.section(u':', 0, -2);
    identity.roles =
        mappedRoles(user, identity.backendRoles, host, strings(entity.value(u"opendistro_security_roles"_s)), snapshot);
    return identity;
}

QStringList Authenticator::mappedRoles(const QString &user, const QStringList &backendRoles, const QString &host,
                                       const QStringList &ownRoles, const ConfigSnapshot &snapshot)
{
    QStringList roles = ownRoles;
    const QJsonObject mappings = snapshot.entities(CType::RolesMapping);
    auto anyMatch = [](const QStringList &patterns, const QStringList &values) {
        return std::any_of(patterns.begin(), patterns.end(), [&](const QString &pattern) {
            return std::any_of(values.begin(), values.end(),
                               [&](const QString &value) { return globMatches(pattern, value); });
        });
    };
    for (auto it = mappings.begin(); it != mappings.end(); ++it) {
        const QJsonObject mapping = it.value().toObject();
        const QStringList andRoles = strings(mapping.value(u"and_backend_roles"_s));
        const bool andMatch = !andRoles.isEmpty()
                              && std::all_of(andRoles.begin(), andRoles.end(),
                                             [&](const QString &r) { return anyMatch({r}, backendRoles); });
        if (anyMatch(strings(mapping.value(u"users"_s)), {user})
            || anyMatch(strings(mapping.value(u"backend_roles"_s)), backendRoles) || andMatch
            || (!host.isEmpty() && anyMatch(strings(mapping.value(u"hosts"_s)), {host}))) {
            roles.append(it.key());
        }
    }
    roles.removeDuplicates();
    roles.sort();
    return roles;
}

QStringList Authenticator::disabledMethods(const QStringList &roles, const QString &endpoint) const
{
    auto methodsFor = [&](const QString &role) -> std::optional<QStringList> {
        const auto entries = m_options.endpointsDisabled.constFind(role);
        if (entries == m_options.endpointsDisabled.constEnd())
            return std::nullopt;
        for (auto it = entries->begin(); it != entries->end(); ++it) {
            if (it.key().compare(endpoint, Qt::CaseInsensitive) != 0)
                continue;
            QStringList methods;
            for (const QString &method : it.value())
                methods.append(method == u"*" ? u"*"_s : method.toUpper());
            if (methods.contains(u"*"_s))
                methods = {u"DELETE"_s, u"GET"_s, u"PATCH"_s, u"POST"_s, u"PUT"_s};
            return methods;
        }
        return QStringList();
    };
    std::optional<QStringList> byRoles;
    for (const QString &role : roles) {
        const auto methods = methodsFor(role);
        if (!methods)
            continue;
        if (!byRoles) {
            byRoles = *methods;
        } else {
            QStringList common;
            for (const QString &method : *byRoles) {
                if (methods->contains(method))
                    common.append(method);
            }
            byRoles = common;
        }
    }
    QStringList disabled = byRoles.value_or(QStringList());
    for (const QString &method : methodsFor(u"global"_s).value_or(QStringList())) {
        if (!disabled.contains(method))
            disabled.append(method);
    }
    disabled.sort();
    return disabled;
}

std::optional<QString> Authenticator::restApiDenial(const Identity &identity, const SandboxRequest &request,
                                                    const QString &endpoint) const
{
    if (identity.superAdmin)
        return std::nullopt;
    const bool roleAccess = std::any_of(identity.roles.begin(), identity.roles.end(),
                                        [&](const QString &role) { return m_options.restRolesEnabled.contains(role); });
    const bool methodDisabled =
        !endpoint.isEmpty() && disabledMethods(identity.roles, endpoint).contains(request.method);
    if (roleAccess && !methodDisabled)
        return std::nullopt;
    QString roleReason;
    if (m_options.restRolesEnabled.isEmpty()) {
        roleReason = u"Role based access not enabled."_s;
    } else if (roleAccess) {
        roleReason = u"User %1 with Security roles [%2] does not have any access to endpoint %3 and method %4"_s.arg(
            identity.name, identity.roles.join(u", "_s), endpoint, request.method);
    } else {
        roleReason = u"User %1 with Security roles [%2] does not have any role privileged for admin access"_s.arg(
            identity.name, identity.roles.join(u", "_s));
    }
    const QString dn = certificateDn(request);
    QString certReason;
    if (!request.tls && dn.isEmpty())
        certReason = u"No ssl info found in request."_s;
    else if (dn.isEmpty())
        certReason = u"No client TLS certificate found in request"_s;
    else
        certReason = u"Security admin permissions required but %1 is not an admin"_s.arg(dn);
    return u"No permission to access REST API: %1. %2"_s.arg(roleReason, certReason);
}

bool Authenticator::isRestAdmin(const Identity &identity, const QString &permission,
                                const ConfigSnapshot &snapshot) const
{
    if (identity.superAdmin)
        return true;
    if (!m_options.restApiAdmin || permission.isEmpty())
        return false;
    const QJsonObject roles = snapshot.entities(CType::Roles);
    for (const QString &role : identity.roles) {
        for (const QString &granted : strings(roles.value(role).toObject().value(u"cluster_permissions"_s))) {
            if (granted != u"*" && globMatches(granted, permission))
                return true;
        }
    }
    return false;
}
