#pragma once

// EvaluationContext: one evaluation's subject and surroundings: the user, the roles mapped to them, the index
// metadata, the engine, and the patterns rendered for this user (templates and date math, cached). Made per
// evaluation on the thread that evaluates; not shared between threads.

#include <QHash>
#include <QSet>

#include "app/access/AccessTypes.h"
#include "app/access/WildcardMatcher.h"
#include "app/common/Result.h"
#include "app/domain/IndexMetadata.h"

class EvaluationContext
{
public:
    EvaluationContext(const AccessUser &user, const QStringList &mappedRoles, const IndexMetadata &metadata,
                      AccessEngine engine);

    const AccessUser &user() const { return m_user; }
    const QStringList &mappedRoles() const { return m_mappedRoles; }
    bool hasRole(const QString &role) const { return m_mappedRoleSet.contains(role); }
    const IndexMetadata &metadata() const { return m_metadata; }
    AccessEngine engine() const { return m_engine; }

    // `text` with the user's attributes substituted (${user.name}, ${attr.x}, ...).
    QString render(const QString &text) const;
    // A "${...}" pattern rendered for this user and compiled; an error when the result does not compile.
    Result<WildcardMatcher> renderedMatcher(const QString &pattern);
    // A date math expression resolved at the metadata's "now" and compiled.
    Result<WildcardMatcher> dateMathMatcher(const QString &expression);

private:
    AccessUser m_user;
    QStringList m_mappedRoles;
    QSet<QString> m_mappedRoleSet;
    const IndexMetadata &m_metadata;
    AccessEngine m_engine;
    QHash<QString, Result<WildcardMatcher>> m_rendered;
    QHash<QString, Result<WildcardMatcher>> m_dateMath;
};
