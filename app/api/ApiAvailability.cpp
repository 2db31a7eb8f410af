#include "app/api/ApiAvailability.h"

QVersionNumber ApiAvailability::since(AdminApi api)
{
    switch (api) {
    case AdminApi::CacheFlushUser:
        return QVersionNumber(3, 1);
    case AdminApi::Certificates:
        return QVersionNumber(2, 15);
    case AdminApi::AuthFailureListeners:
        return QVersionNumber(3, 0);
    case AdminApi::ApiTokens:
        return QVersionNumber(3, 7);
    default:
        return {};
    }
}

QString ApiAvailability::name(AdminApi api)
{
    switch (api) {
    case AdminApi::Account:
        return tr("The account API");
    case AdminApi::CacheFlush:
        return tr("Flushing the cache");
    case AdminApi::CacheFlushUser:
        return tr("Flushing one user's cache");
    case AdminApi::Certificates:
        return tr("The certificates API");
    case AdminApi::SslCerts:
        return tr("The ssl/certs API");
    case AdminApi::CertificateReload:
        return tr("Reloading certificates");
    case AdminApi::Tenancy:
        return tr("The tenancy configuration API");
    case AdminApi::DashboardsInfo:
        return tr("The dashboardsinfo API");
    case AdminApi::TenantInfo:
        return tr("The tenantinfo API");
    case AdminApi::ServiceAccountTokens:
        return tr("Service account tokens");
    case AdminApi::AuthFailureListeners:
        return tr("Auth failure listeners");
    case AdminApi::ApiTokens:
        return tr("API tokens");
    }
    return {};
}

QList<AdminApi> ApiAvailability::all()
{
    return {AdminApi::Account,
            AdminApi::CacheFlush,
            AdminApi::CacheFlushUser,
            AdminApi::Certificates,
            AdminApi::SslCerts,
            AdminApi::CertificateReload,
            AdminApi::Tenancy,
            AdminApi::DashboardsInfo,
            AdminApi::TenantInfo,
            AdminApi::ServiceAccountTokens,
            AdminApi::AuthFailureListeners,
            AdminApi::ApiTokens};
}

Availability ApiAvailability::of(AdminApi api) const
{
    const QVersionNumber needed = since(api);
    if (needed.isNull() || m_version.isNull() || m_version >= needed)
        return {};
    const QString text = api == AdminApi::ApiTokens
                             ? tr("API tokens need OpenSearch %1 or later; this cluster runs %2.")
                         : api == AdminApi::AuthFailureListeners
                             ? tr("Auth failure listeners need OpenSearch %1 or later; this cluster runs %2.")
                         : api == AdminApi::CacheFlushUser
                             ? tr("Flushing one user's cache needs OpenSearch %1 or later; this cluster runs %2.")
                             : tr("The certificates API needs OpenSearch %1 or later; this cluster runs %2.");
    return {false, text.arg(needed.toString(), m_version.toString())};
}
