#pragma once

// AccessConfigStore: the live configuration compiled for access evaluation (AccessConfig, with the plugin's static
// entities of the cluster's major version laid over it, as `secdesk-cli explain` does), compiled on a worker once per
// configuration read and shared by every explanation and who-can query, together with the cluster's index metadata
// (IndexMetadataStore). Compiling a large configuration takes about a second and holds about two thirds of the
// document's memory again: it never runs on the GUI thread, and only once something asked for access (activate()),
// from then on after every read. GUI thread; snapshots are immutable and may go to any thread.

#include <functional>
#include <memory>

#include <QObject>
#include <QStringList>

#include "app/access/NodeSettings.h"
#include "app/common/Latest.h"
#include "app/domain/IndexMetadata.h"

class AccessConfig;
class ClusterSession;
class IndexMetadataStore;

// What one evaluation needs, fixed at the time it was taken.
struct AccessSnapshot
{
    std::shared_ptr<const AccessConfig> config; // null while none is compiled
    IndexMetadata metadata;                     // empty when it could not be read (see assumptions)
    QStringList assumptions;                    // what the offline answer assumes, for people

    bool isReady() const { return config != nullptr; }
};

class AccessConfigStore : public QObject
{
    Q_OBJECT

public:
    AccessConfigStore(ClusterSession *session, IndexMetadataStore *indices, QObject *parent = nullptr);

    AccessSnapshot snapshot() const;
    // The node settings evaluation assumes (the REST API does not show them): each compile asks `provider`; without
    // one, the plugin's defaults. recompile() after they changed.
    void setNodeSettings(std::function<NodeSettings()> provider) { m_nodeSettings = std::move(provider); }
    NodeSettings nodeSettings() const;
    void recompile();
    bool isCompiling() const { return m_compiling; }
    bool isActive() const { return m_active; }

public slots:
    // Access is asked for (an access view shown, a question asked): compiles the configuration read, if not yet
    // done, and from now on every configuration read.
    void activate();

signals:
    // snapshot() changed: a new configuration compiled, new index metadata read, or the session disconnected.
    void changed();

private:
    void compile();

    ClusterSession *m_session;
    IndexMetadataStore *m_indices;
    std::function<NodeSettings()> m_nodeSettings;
    std::shared_ptr<const AccessConfig> m_config;
    QStringList m_configAssumptions;
    bool m_compiling = false;
    bool m_active = false;
    Latest m_compile {this}; // a configuration read meanwhile replaces the one compiling
};
