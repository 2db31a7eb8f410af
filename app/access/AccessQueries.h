#pragma once

// AccessQueries: what the Explain and Who-can views ask, assembled as `secdesk-cli explain` and `who-can` assemble
// it: the user from the internal users (their backend roles, security roles and attributes, unless given) or a
// hypothetical user with what is given; an action by name or by REST call ("search"); the decision, and for a denial
// the smallest fix (AccessFix). Pure functions over a compiled configuration, any thread (the views run them on the
// WorkerPool).

#include <optional>
#include <utility>

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

#include "app/access/AccessFix.h"
#include "app/access/TenantPrivileges.h"
#include "app/access/WhoCan.h"

struct ExplainQuery
{
    QString user;
    std::optional<QStringList> backendRoles; // given: instead of the internal user's
    QMap<QString, QString> attributes;       // added to (or replacing) the internal user's, keys as given
    QString ip;
    QString action; // a transport action, an action group or a REST call's name
    QStringList indices;
    std::optional<AccessEngine> engine; // none: the configured one
    // A Dashboards tenant: given, the question is whether the user may read (or with tenantWrite, write) in it,
    // instead of the action.
    QString tenant;
    bool tenantWrite = false;
};

struct ExplainResult
{
    ExplainQuery query;
    AccessUser user;
    bool internalUser = false; // false: a hypothetical user
    AccessRequest request;
    AccessDecision decision; // for a tenant question: the engine, the mapped roles, the status and the reason
    std::optional<AccessFix> fix;
    std::optional<TenantPrivileges::TenantCheck> tenant; // the answer to a tenant question
};

namespace AccessQueries {

// The transport action for `text`: a REST call's name ("search", "create-index") becomes its action; anything
// else is taken as written.
QString actionFrom(const QString &text);
// Completion for the action field: the REST calls' names, the action groups of `document` (a configuration
// document) and the catalogue's actions.
QStringList actionCompletions(const QJsonObject &document);
// Splits a comma-separated field ("a, b ,c") into its non-empty parts.
QStringList splitList(const QString &text);

ExplainResult explain(const AccessConfig &config, const IndexMetadata &metadata, const ExplainQuery &query,
                      const QStringList &assumptions = {});

// What "Explain access…" on the tree node at `pointer` asks: for an internal user, that user; for a role or its
// mapping, a user the mapping names (else a hypothetical user with the mapping's first backend role), searching the
// role's first index pattern.
ExplainQuery explainQueryFor(const QJsonObject &document, const QString &pointer);
// What "Who can access…" on the tree node at `pointer` asks: {index, action}: a role's index permission (or one of
// its patterns) gives the pattern, searched.
std::pair<QString, QString> whoCanQueryFor(const QJsonObject &document, const QString &pointer);

QList<WhoCanEntry> whoCan(const AccessConfig &config, const IndexMetadata &metadata, const QString &action,
                          const QString &index, const std::function<bool()> &cancelled = {});

} // namespace AccessQueries
