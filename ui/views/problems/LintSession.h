#pragma once

// LintSession: what the linter knows about the connected cluster, read from the session (the version from GET /, the
// connected user from authinfo) and the settings (the rules switched off for this connection, and the node settings the
// administrator gave for it: the REST API does not show them, so without them defaults are assumed and the findings
// say so). The live configuration shows no password hashes. GUI thread.

#include "app/common/Settings.h"
#include "app/lint/Lint.h"
#include "app/store/ClusterSession.h"

namespace LintSession {

inline LintContext context(const ClusterSession &session, const Settings *settings, const QStringList &disabled)
{
    LintContext context;
    context.settingsKnown = false;
    context.hashesVisible = false;
    if (const auto &cluster = session.cluster(); cluster && !cluster->version.isNull())
        context.clusterVersion = cluster->version;
    if (const auto &identity = session.identity()) {
        context.connection.userName = identity->userName;
        context.connection.backendRoles = identity->backendRoles;
        context.connection.currentRoles = identity->roles;
    }
    if (settings) {
        if (const Result<NodeSettings> node = NodeSettings::fromJson(settings->nodeSettings(session.connectionName()));
            node && !node->toJson().isEmpty()) {
            context.settings = *node;
            context.settingsKnown = true;
        }
    }
    const QStringList rules = settings ? settings->disabledLintRules(session.connectionName()) : disabled;
    context.disabled = QSet<QString>(rules.cbegin(), rules.cend());
    return context;
}

} // namespace LintSession
