#include "app/store/AccessConfigStore.h"

#include <QThreadPool>

#include "app/access/AccessConfig.h"
#include "app/access/StaticEntities.h"
#include "app/store/ClusterSession.h"
#include "app/store/IndexMetadataStore.h"

namespace {

// A compiled large configuration takes tens of milliseconds to free: never on the GUI thread.
void releaseOnWorker(std::shared_ptr<const AccessConfig> config)
{
    if (config)
        WorkerPool::instance()->start([config = std::move(config)]() mutable { config.reset(); });
}

} // namespace

AccessConfigStore::AccessConfigStore(ClusterSession *session, IndexMetadataStore *indices, QObject *parent)
    : QObject(parent), m_session(session), m_indices(indices)
{
    connect(m_session, &ClusterSession::configurationLoaded, this, [this] {
        if (m_active)
            compile();
    });
    connect(m_indices, &IndexMetadataStore::changed, this, &AccessConfigStore::changed);
    connect(m_session, &ClusterSession::stateChanged, this, [this](ClusterSession::State state) {
        if (state != ClusterSession::State::Disconnected || (!m_config && !m_compiling))
            return;
        m_compile.cancel();
        m_compiling = false;
        releaseOnWorker(std::exchange(m_config, nullptr));
        emit changed();
    });
}

AccessSnapshot AccessConfigStore::snapshot() const
{
    AccessSnapshot snapshot;
    snapshot.config = m_config;
    snapshot.assumptions = m_configAssumptions;
    const FetchedIndexMetadata &indices = m_indices->metadata();
    if (indices.isAvailable()) {
        snapshot.metadata = indices.metadata;
        snapshot.assumptions += indices.notes;
    } else {
        snapshot.assumptions.append(
            tr("no index metadata (%1): index names are taken as written").arg(indices.unavailable));
    }
    return snapshot;
}

void AccessConfigStore::activate()
{
    if (m_active)
        return;
    m_active = true;
    if (m_session->lastRead().isValid() && !m_config && !m_compiling)
        compile();
}

NodeSettings AccessConfigStore::nodeSettings() const
{
    return m_nodeSettings ? m_nodeSettings() : NodeSettings();
}

void AccessConfigStore::recompile()
{
    if (m_active && m_session->lastRead().isValid())
        compile();
}

void AccessConfigStore::compile()
{
    const FetchedConfig &fetched = m_session->configuration();
    int major = 3;
    QStringList assumptions;
    if (const auto &cluster = m_session->cluster();
        cluster && StaticEntities::supportedMajorVersions().contains(cluster->version.majorVersion()))
        major = cluster->version.majorVersion();
    else
        assumptions.append(tr("the cluster's version is not known: OpenSearch 3.x statics assumed"));
    // Only the types evaluation reads (nodesdn, allowlist and audit do not matter to it).
    static const QList<ConfigType> evaluated {ConfigType::Config,       ConfigType::Roles,
                                              ConfigType::RolesMapping, ConfigType::InternalUsers,
                                              ConfigType::ActionGroups, ConfigType::Tenants};
    for (auto it = fetched.unavailable.constBegin(); it != fetched.unavailable.constEnd(); ++it)
        if (evaluated.contains(it.key()))
            assumptions.append(
                tr("%1 is not visible to the connected user: %2").arg(ConfigTypeInfo::key(it.key()), it.value()));
    m_compiling = true;
    m_compile.run(
        [document = fetched.document, major, settings = nodeSettings()](const CancelToken &) {
            return std::make_shared<const AccessConfig>(
                AccessConfig::compile(StaticEntities::withStatics(document, major), settings));
        },
        [this, assumptions](const std::shared_ptr<const AccessConfig> &config) {
            m_compiling = false;
            releaseOnWorker(std::exchange(m_config, config));
            m_configAssumptions = assumptions;
            emit changed();
        },
        [](std::shared_ptr<const AccessConfig> stale) { releaseOnWorker(std::move(stale)); });
}
