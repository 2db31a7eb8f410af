#include "app/api/ConfigFetch.h"

#include <QCoreApplication>

#include "app/api/ResponseParsers.h"

ConfigFetch::ConfigFetch(ApiClient *client, const QList<ConfigType> &types, QObject *parent)
    : QObject(parent), m_client(client), m_types(types)
{ }

void ConfigFetch::start()
{
    if (m_types.isEmpty()) {
        m_result.fetchedAt = QDateTime::currentDateTimeUtc();
        finish(m_result);
        return;
    }
    for (ConfigType type : std::as_const(m_types)) {
        ApiCall *call = m_client->send(SecurityApi::getConfig(type));
        m_calls.insert(type, call);
        connect(call, &ApiCall::finished, this,
                [this, type](const ApiResult &result) { onTypeFinished(type, result); });
    }
}

void ConfigFetch::cancel()
{
    if (m_finished)
        return;
    const auto calls = m_calls;
    m_calls.clear();
    for (ApiCall *call : calls)
        call->cancel();
    finish(ApiError::cancelled(QStringLiteral("GET"), QString::fromUtf16(SecurityApi::ApiPrefix)));
}

QString ConfigFetch::unavailableReason(ConfigType type, const ApiError &error)
{
    if (error.kind != ApiError::Kind::Http)
        return {};
    if (error.isNoHandler()) {
        switch (type) {
        case ConfigType::NodesDn:
            return tr("not enabled on this cluster (plugins.security.nodes_dn_dynamic_config_enabled is off)");
        case ConfigType::Allowlist:
            return tr("not available on this cluster version");
        default:
            return tr("not available on this cluster (%1)").arg(error.serverMessage);
        }
    }
    if (error.httpStatus == 403)
        return tr("no permission: %1").arg(error.serverMessage.isEmpty() ? error.reasonPhrase : error.serverMessage);
    if (error.httpStatus == 501 && type == ConfigType::Audit)
        return tr("the audit configuration is not active on this cluster");
    return {};
}

void ConfigFetch::onTypeFinished(ConfigType type, const ApiResult &result)
{
    if (m_finished || !m_calls.contains(type))
        return;
    m_calls.remove(type);
    ++m_done;
    if (!result) {
        const QString reason = unavailableReason(type, result.error());
        if (reason.isEmpty()) {
            // Fatal: stop the others, report this one.
            const auto calls = m_calls;
            m_calls.clear();
            for (ApiCall *call : calls)
                call->cancel();
            return finish(result.error());
        }
        m_result.unavailable.insert(type, reason);
    } else {
        const auto value = ResponseParsers::configTypeValue(type, result->json);
        if (!value) {
            const ApiRequest request = SecurityApi::getConfig(type);
            return finish(ApiError::invalidResponse(request.methodText(), request.path, value.error().message, {}));
        }
        m_result.document.insert(ConfigTypeInfo::key(type), *value);
        if (type == ConfigType::Audit)
            m_result.auditReadonly = result->json.toObject().value(QStringLiteral("_readonly")).toArray();
    }
    emit progressed(m_done, int(m_types.size()));
    if (m_calls.isEmpty()) {
        m_result.fetchedAt = QDateTime::currentDateTimeUtc();
        finish(m_result);
    }
}

void ConfigFetch::finish(const FetchResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(result);
    deleteLater();
}
