#include "app/write/AdminPlans.h"

#include "app/api/ApiRequest.h"
#include "app/json/Json.h"

using namespace Qt::StringLiterals;

namespace {

Error planError(const QString &message)
{
    return Error {u"plan.invalid"_s, message, {}};
}

QJsonObject dynamicOf(const QJsonObject &document)
{
    return document.value(u"config"_s).toObject().value(u"dynamic"_s).toObject();
}

QJsonObject withDynamic(QJsonObject document, const QJsonObject &dynamic)
{
    QJsonObject config = document.value(u"config"_s).toObject();
    config.insert(u"dynamic"_s, dynamic);
    document.insert(u"config"_s, config);
    return document;
}

ChangePlan configPlan(const QString &title, const QJsonObject &live, const QJsonObject &dynamic, const QString &label,
                      const ApiRequest &request)
{
    ChangePlan plan;
    plan.kind = ChangePlan::Kind::Other;
    plan.title = title;
    plan.base = live;
    plan.expected = withDynamic(live, dynamic);
    plan.types = {ConfigType::Config};
    if (Json::equals(plan.base, plan.expected))
        return plan; // nothing to send
    WriteStep step;
    step.label = label;
    step.types = {ConfigType::Config};
    step.request = request;
    plan.steps.append(step);
    return plan;
}

bool truthy(const QJsonValue &value, bool fallback)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString())
        return value.toString().compare(u"true"_s, Qt::CaseInsensitive) == 0;
    return fallback;
}

} // namespace

QJsonObject AdminPlans::kibanaOf(const QJsonObject &document)
{
    return dynamicOf(document).value(u"kibana"_s).toObject();
}

QJsonObject AdminPlans::listenersOf(const QJsonObject &document)
{
    return dynamicOf(document).value(u"auth_failure_listeners"_s).toObject();
}

Result<ChangePlan> AdminPlans::tenancy(const TenancyChange &change, const QJsonObject &live)
{
    if (!live.contains(u"config"_s))
        return planError(tr("the security configuration (securityconfig) cannot be read, so the multi-tenancy "
                            "settings cannot be planned"));
    QJsonObject dynamic = dynamicOf(live);
    QJsonObject kibana = dynamic.value(u"kibana"_s).toObject();
    QJsonObject body;
    if (change.multitenancyEnabled) {
        body.insert(u"multitenancy_enabled"_s, *change.multitenancyEnabled);
        kibana.insert(u"multitenancy_enabled"_s, *change.multitenancyEnabled);
    }
    if (change.privateTenantEnabled) {
        body.insert(u"private_tenant_enabled"_s, *change.privateTenantEnabled);
        kibana.insert(u"private_tenant_enabled"_s, *change.privateTenantEnabled);
    }
    if (change.defaultTenant) {
        body.insert(u"default_tenant"_s, *change.defaultTenant);
        kibana.insert(u"default_tenant"_s, *change.defaultTenant);
    }
    // The plugin's checks (docs/api/security-api.md §13.3), on the merged result.
    const QString defaultTenant = kibana.value(u"default_tenant"_s).toString();
    const QString lower = defaultTenant.toLower();
    if (!truthy(kibana.value(u"private_tenant_enabled"_s), true) && lower == u"private_tenant")
        return planError(tr("the private tenant cannot be disabled while it is the default tenant"));
    if (!lower.isEmpty() && lower != u"global_tenant" && lower != u"private_tenant") {
        bool exists = false;
        const QJsonObject tenants = live.value(u"tenants"_s).toObject();
        for (auto it = tenants.begin(); it != tenants.end(); ++it)
            exists |= it.key().toLower() == lower;
        if (!exists)
            return planError(tr("the default tenant \"%1\" does not exist: use global_tenant, private_tenant or an "
                                "existing tenant")
                                 .arg(defaultTenant));
    }
    dynamic.insert(u"kibana"_s, kibana);
    return configPlan(tr("Change the multi-tenancy settings (PUT tenancy/config)"), live, dynamic,
                      u"PUT tenancy/config"_s, SecurityApi::putTenancyConfig(body));
}

Result<ChangePlan> AdminPlans::putListener(const AuthFailureListener &listener, const QJsonObject &live)
{
    if (!live.contains(u"config"_s))
        return planError(tr("the security configuration (securityconfig) cannot be read, so the listener cannot be "
                            "planned"));
    if (listener.name.isEmpty())
        return planError(tr("a listener needs a name"));
    QJsonObject dynamic = dynamicOf(live);
    QJsonObject listeners = dynamic.value(u"auth_failure_listeners"_s).toObject();
    const QJsonObject body = listener.toJson();
    const bool exists = listeners.contains(listener.name);
    listeners.insert(listener.name, body);
    dynamic.insert(u"auth_failure_listeners"_s, listeners);
    return configPlan(exists ? tr("Replace the auth failure listener %1").arg(listener.name)
                             : tr("Add the auth failure listener %1").arg(listener.name),
                      live, dynamic, u"PUT authfailurelisteners/"_s + listener.name,
                      SecurityApi::putAuthFailureListener(listener.name, body));
}

Result<ChangePlan> AdminPlans::deleteListener(const QString &name, const QJsonObject &live)
{
    if (!live.contains(u"config"_s))
        return planError(tr("the security configuration (securityconfig) cannot be read, so the listener cannot be "
                            "planned"));
    QJsonObject dynamic = dynamicOf(live);
    QJsonObject listeners = dynamic.value(u"auth_failure_listeners"_s).toObject();
    if (!listeners.contains(name))
        return planError(tr("there is no auth failure listener \"%1\"").arg(name));
    listeners.remove(name);
    dynamic.insert(u"auth_failure_listeners"_s, listeners);
    return configPlan(tr("Delete the auth failure listener %1").arg(name), live, dynamic,
                      u"DELETE authfailurelisteners/"_s + name, SecurityApi::deleteAuthFailureListener(name));
}
