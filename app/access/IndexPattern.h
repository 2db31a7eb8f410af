#pragma once

// IndexPattern: the index_patterns of one index permission, compiled as the plugin compiles them. Each pattern is
// one of: date math ("<logs-{now/d}>", resolved at evaluation time, then matched as a wildcard), a template holding
// "${...}" (rendered for the user, then matched), or a static wildcard / regex pattern. A static pattern that does
// not compile is dropped alone (the rest of the permission stays); a template or date math that fails at evaluation
// time is an evaluation error that grants nothing for that name. Immutable, any thread.

#include <QString>
#include <QStringList>

#include "app/access/WildcardMatcher.h"

class EvaluationContext;

// How a name matched (or why it could not be decided).
struct PatternMatch
{
    bool matched = false;
    QString pattern; // the index_patterns entry that matched
    QString via;     // empty: the name itself; else the alias or data stream of the index that matched, or
                     // "members" when every member of an alias or data stream matched
    QString error;   // an evaluation error (a template that renders to an invalid regex, bad date math)
};

class IndexPattern
{
public:
    enum class Part { All, StaticOnly, DynamicOnly };

    IndexPattern() = default;
    // `dropped`, when given, receives "pattern: reason" for every static pattern that did not compile.
    static IndexPattern compile(const QStringList &source, QStringList *dropped = nullptr);

    const QStringList &source() const { return m_source; }
    bool isMatchAll() const { return m_static.isAny(); }
    bool hasStatic() const { return !m_static.isNone(); }
    bool hasDynamic() const { return !m_templates.isEmpty() || !m_dateMath.isEmpty(); }
    bool isEmpty() const { return !hasStatic() && !hasDynamic(); }
    const WildcardMatcher &staticMatcher() const { return m_static; }

    // The plugin's IndexPattern.matches(): the name itself; for a concrete index, its parent data stream or any of its
    // aliases; and, when `memberYield` (the legacy engine), an alias or data stream all of whose members match.
    PatternMatch matches(const QString &name, EvaluationContext &context, bool memberYield,
                         Part part = Part::All) const;
    // The name itself only.
    PatternMatch matchesDirectly(const QString &name, EvaluationContext &context, Part part = Part::All) const;

private:
    QStringList m_source;
    WildcardMatcher m_static;
    QStringList m_templates;
    QStringList m_dateMath;
};
