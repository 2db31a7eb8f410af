#pragma once

// WhoCan: the reverse question: of every internal user, and of any user holding one of the backend roles the role
// mappings name, who is allowed (or partially allowed) an action on an index, and which role grants it. Each subject
// is decided by AccessEvaluator exactly as an explain would decide it. Pure functions, any thread.

#include <QList>
#include <QString>

#include "app/access/AccessEvaluator.h"

struct WhoCanEntry
{
    enum class Kind { InternalUser, BackendRole };
    Kind kind = Kind::InternalUser;
    QString subject; // the user name, or the backend role
    AccessStatus status = AccessStatus::Denied;
    QStringList roles; // the roles whose grants decided it
};

namespace WhoCan {

// The subjects allowed or partially allowed, internal users first, each group in name order. `cancelled`, when
// given, is polled between subjects (a long run over many users can be stopped).
QList<WhoCanEntry> evaluate(const AccessConfig &config, const IndexMetadata &metadata, const AccessRequest &request,
                            std::optional<AccessEngine> engine = std::nullopt,
                            const std::function<bool()> &cancelled = {});

// The backend roles named (exactly, not as patterns) in the role mappings' backend_roles, in name order.
QStringList mappedBackendRoles(const AccessConfig &config);

} // namespace WhoCan
