#pragma once

// Authenticator: who a request comes from (HTTP Basic against the internal users, or the TLS admin certificate),
// the security roles mapped to them (docs/api/security-api.md §2.6), and the access rules of §2.2 and §2.3. Stateless
// apart from a process-wide cache of successful logins (bcrypt is slow on purpose); any thread. An unknown user
// costs one bcrypt check against a dummy hash, like a wrong password.

#include <optional>

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "app/sandbox/ConfigSnapshot.h"
#include "app/sandbox/HttpMessages.h"
#include "app/sandbox/SandboxOptions.h"

struct Identity
{
    enum class Failure { None, Unauthorized, NoChallenge, AdminOverHttp };
    Failure failure = Failure::Unauthorized; // why authenticated is false

    bool authenticated = false;
    bool superAdmin = false; // the TLS admin certificate
    QString name;
    QStringList backendRoles;
    QStringList roles; // mapped security roles, sorted
    QJsonObject attributes;
};

class Authenticator
{
public:
    explicit Authenticator(const SandboxOptions &options);

    // The caller, or an identity with authenticated == false when the credentials are missing or wrong.
    Identity authenticate(const SandboxRequest &request, const ConfigSnapshot &snapshot) const;

    // True when authenticate() would run bcrypt for this request: Basic credentials not among the cached logins.
    // The server answers such requests on their own pool.
    bool needsPasswordCheck(const SandboxRequest &request) const;
    // The plugin's cache flush: forget the cached logins of one user, or of all when user is empty.
    static void flushLogins(const QString &user = {});

    // §2.2: null when the caller may use the management API endpoint, otherwise the 403 message.
    std::optional<QString> restApiDenial(const Identity &identity, const SandboxRequest &request,
                                         const QString &endpoint) const;

    // §2.3: an admin for the endpoint (permission e.g. "restapi:admin/roles"; empty: only the TLS admin counts).
    bool isRestAdmin(const Identity &identity, const QString &permission, const ConfigSnapshot &snapshot) const;

    bool isAdminDn(const QString &dn) const;

    // The client certificate DN of a request: the verified TLS one, or the emulator-only header's when enabled.
    QString certificateDn(const SandboxRequest &request) const;

    // endpoints_disabled: the methods disabled for these roles on an endpoint (a method stays disabled only if
    // every role that has entries disables it; "global" entries always apply).
    QStringList disabledMethods(const QStringList &roles, const QString &endpoint) const;

    static QStringList mappedRoles(const QString &user, const QStringList &backendRoles, const QString &host,
                                   const QStringList &ownRoles, const ConfigSnapshot &snapshot);
    static bool globMatches(const QString &pattern, const QString &text);
    // "User [name=analyst, backend_roles=[analyst], requestedTenant=null]", as the plugin prints a user.
    static QString describe(const Identity &identity);

private:
    const SandboxOptions &m_options;
};
