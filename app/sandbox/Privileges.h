#pragma once

// Privileges: which cluster and index actions a caller's mapped roles grant, for the OpenSearch core endpoints the
// sandbox serves (docs/api/security-api.md §11.1). A role's permissions are expanded through the action groups (by
// exact name, recursively; cluster_all and cluster_monitor as the plugin ships them when the configuration lacks
// them), then matched as globs against the action; index_patterns are matched as globs against a name (no
// ${user...} substitution, no regular expressions, no date math). The TLS admin has every privilege. Built per
// request from one snapshot; a value type, any thread.

#include <QList>
#include <QStringList>

#include "app/sandbox/Authenticator.h"
#include "app/sandbox/ConfigSnapshot.h"

class Privileges
{
public:
    Privileges(const Identity &identity, const ConfigSnapshot &snapshot);

    bool grantsCluster(const QString &action) const;
    // Whether an index permission whose patterns match `name` grants the action ("*" asks for a grant on "*").
    bool grantsIndex(const QString &action, const QString &name) const;

private:
    struct IndexGrant
    {
        QStringList patterns;
        QStringList actions; // expanded
    };

    static bool anyMatches(const QStringList &patterns, const QString &text);

    bool m_superAdmin = false;
    QStringList m_clusterActions; // expanded
    QList<IndexGrant> m_indexGrants;
};
