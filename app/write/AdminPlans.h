#pragma once

// AdminPlans: change plans (ChangePlan::Kind::Other) for the plugin's APIs that write the security configuration
// without being a configuration type's endpoint: PUT api/tenancy/config (config.dynamic.kibana) and PUT/DELETE
// api/authfailurelisteners/{name} (config.dynamic.auth_failure_listeners), docs/api/security-api.md §13.3, §13.4.
// Each plan is one request whose expected document is the live one with that part of config.dynamic changed, so
// SafeWrite checks conflicts, backs up, sends once, reads back and verifies them like any other write. Pure, any
// thread; the GUI's write coordinator takes the same plans.
//
// Not here, on purpose: API tokens (kept in their own index, not the configuration), service-account tokens and
// password changes (their values must never reach a plan, a backup or the journal), cache flushes and certificate
// reloads (no configuration changes). Those are single requests the caller sends itself.

#include <optional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include "app/api/AdminResponses.h"
#include "app/common/Result.h"
#include "app/write/ChangePlan.h"

// What to change in the multi-tenancy settings; unset members are left as they are.
struct TenancyChange
{
    std::optional<bool> multitenancyEnabled;
    std::optional<bool> privateTenantEnabled;
    std::optional<QString> defaultTenant;

    bool isEmpty() const { return !multitenancyEnabled && !privateTenantEnabled && !defaultTenant; }
};

class AdminPlans
{
    Q_DECLARE_TR_FUNCTIONS(AdminPlans)

public:
    // PUT api/tenancy/config with the members the change sets. Checks what the plugin checks (a disabled private
    // tenant cannot be the default; the default must be global_tenant, private_tenant, empty or an existing tenant)
    // against `live`, the configuration document. An empty plan when nothing would change.
    static Result<ChangePlan> tenancy(const TenancyChange &change, const QJsonObject &live);

    // PUT api/authfailurelisteners/{name}: adds or replaces the listener (validated by
    // AdminParsers::authFailureListener). An empty plan when the live listener is already the same.
    static Result<ChangePlan> putListener(const AuthFailureListener &listener, const QJsonObject &live);
    // DELETE api/authfailurelisteners/{name}; an error when no such listener exists.
    static Result<ChangePlan> deleteListener(const QString &name, const QJsonObject &live);

    // config.dynamic.kibana and config.dynamic.auth_failure_listeners of a configuration document.
    static QJsonObject kibanaOf(const QJsonObject &document);
    static QJsonObject listenersOf(const QJsonObject &document);
};
