#pragma once

// ApiAvailability: which of the plugin's APIs a cluster of a given OpenSearch version serves, and, when it does not,
// the sentence that says why ("API tokens need OpenSearch 3.7 or later; this cluster runs 3.3.0"), so that the GUI
// can show an action disabled with its reason and the CLI can refuse before sending anything. Version gates only:
// an API a version has may still be switched off or forbidden, which only the server's answer tells. Pure, any
// thread.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVersionNumber>

enum class AdminApi {
    Account,              // GET/PUT api/account
    CacheFlush,           // DELETE api/cache
    CacheFlushUser,       // DELETE api/cache/user/{name}: 3.1
    Certificates,         // GET api/certificates: 2.15
    SslCerts,             // GET api/ssl/certs
    CertificateReload,    // PUT api/ssl/{type}/reloadcerts
    Tenancy,              // GET/PUT api/tenancy/config
    DashboardsInfo,       // GET dashboardsinfo
    TenantInfo,           // GET tenantinfo
    ServiceAccountTokens, // POST api/internalusers/{name}/authtoken
    AuthFailureListeners, // api/authfailurelisteners: 3.0
    ApiTokens,            // api/apitokens: 3.7
};

struct Availability
{
    bool available = true;
    QString reason; // empty when available

    explicit operator bool() const { return available; }
};

class ApiAvailability
{
    Q_DECLARE_TR_FUNCTIONS(ApiAvailability)

public:
    // `clusterVersion` as GET / reports it (ClusterInfo::version); a null version (unknown) makes everything
    // available: the server's answer decides then.
    explicit ApiAvailability(QVersionNumber clusterVersion) : m_version(std::move(clusterVersion)) { }

    Availability of(AdminApi api) const;
    bool has(AdminApi api) const { return of(api).available; }

    // The first OpenSearch version that serves the API (null: every version SecDesk supports).
    static QVersionNumber since(AdminApi api);
    // "API tokens", "the certificates API", ... for sentences.
    static QString name(AdminApi api);
    static QList<AdminApi> all();

private:
    QVersionNumber m_version;
};
