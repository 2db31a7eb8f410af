#include "app/access/DlsFls.h"

#include <QJsonDocument>

#include "app/access/AccessConfig.h"
#include "app/access/EvaluationContext.h"
#include "app/access/UserAttributes.h"

using namespace Qt::StringLiterals;

namespace DlsFls {

namespace {

bool hasRule(Kind kind, const CompiledIndexPermission &permission)
{
    switch (kind) {
    case Kind::Dls:
        // A DLS query the plugin cannot read is ignored: the entry is then unrestricted (3.6+).
        return permission.hasDls && permission.dlsProblem.isEmpty();
    case Kind::Fls:
        return permission.fls.has_value();
    case Kind::Masking:
        return !permission.masked.isEmpty();
    }
    return false;
}

// Thrown-like evaluation errors travel in this.
struct Failure
{
    QString message;
};

class Rules
{
public:
    Rules(const AccessConfig &config, EvaluationContext &context, Kind kind)
        : m_config(config)
        , m_context(context)
        , m_kind(kind)
        , m_memberYield(context.engine() == AccessEngine::Legacy)
        , m_dfm(config.settings().dfmEmptyOverridesAll())
    { }

    Restriction restriction(const QString &index);
    bool isUnrestricted(const QStringList &indices);

private:
    template <typename F> void forEachRole(F f) const
    {
        for (const QString &name : m_context.mappedRoles()) {
            if (const CompiledRole *role = m_config.role(name))
                f(name, *role);
        }
    }

    bool anyWildcardWithoutRule() const;
    bool anyWildcardRule() const;
    bool covered(const QString &name) const;
    QStringList parents(const QString &name) const;
    bool matchesDirectly(const QString &name, bool restricting);
    bool unrestrictedExplicit(const QString &name);
    bool restrictedExplicit(const QString &name);
    void collect(const QString &name, bool stateful, QList<RuleSource> &sink);

    const AccessConfig &m_config;
    EvaluationContext &m_context;
    Kind m_kind;
    bool m_memberYield;
    bool m_dfm;
};

bool Rules::anyWildcardWithoutRule() const
{
    bool any = false;
    forEachRole([&](const QString &, const CompiledRole &role) {
        for (const CompiledIndexPermission &p : role.indexPermissions)
            any = any || (p.pattern.isMatchAll() && !hasRule(m_kind, p));
    });
    return any;
}

bool Rules::anyWildcardRule() const
{
    bool any = false;
    forEachRole([&](const QString &, const CompiledRole &role) {
        for (const CompiledIndexPermission &p : role.indexPermissions)
            any = any || (p.pattern.isMatchAll() && hasRule(m_kind, p));
    });
    return any;
}

bool Rules::covered(const QString &name) const
{
    const IndexMetadata &metadata = m_context.metadata();
    return metadata.isIndex(name) || metadata.isAlias(name) || metadata.isDataStream(name);
}

QStringList Rules::parents(const QString &name) const
{
    const IndexInfo *index = m_context.metadata().index(name);
    if (!index)
        return {};
    QStringList result = index->aliases;
    if (!index->dataStream.isEmpty())
        result.append(index->dataStream);
    return result;
}

// Whether an index permission that has the rule (`restricting`) or lacks it matches `name` itself. A dynamic pattern
// that cannot be evaluated is no match among the unrestricted ones (the plugin logs it and goes on) and fails the
// evaluation among the restricting ones.
bool Rules::matchesDirectly(const QString &name, bool restricting)
{
    bool found = false;
    forEachRole([&](const QString &roleName, const CompiledRole &role) {
        for (const CompiledIndexPermission &p : role.indexPermissions) {
            if (found || p.pattern.isMatchAll() || hasRule(m_kind, p) != restricting)
                continue;
            if (p.pattern.hasStatic() && p.pattern.staticMatcher().matches(name)) {
                found = true;
            } else if (p.pattern.hasDynamic()) {
                const PatternMatch match =
                    p.pattern.matches(name, m_context, m_memberYield, IndexPattern::Part::DynamicOnly);
                if (restricting && !match.error.isEmpty())
                    throw Failure {u"Error while evaluating index pattern of role %1: %2"_s.arg(roleName, match.error)};
                found = match.matched;
            }
        }
    });
    return found;
}

bool Rules::unrestrictedExplicit(const QString &name)
{
    if (matchesDirectly(name, false))
        return true;
    const IndexMetadata &metadata = m_context.metadata();
    if (metadata.isIndex(name)) {
        for (const QString &parent : parents(name)) {
            if (matchesDirectly(parent, false))
                return true;
        }
        return false;
    }
    if (metadata.isAlias(name) || metadata.isDataStream(name)) {
        // Unrestricted when every member is.
        for (const QString &member : metadata.members(name)) {
            if (!matchesDirectly(member, false))
                return false;
        }
        return true;
    }
    return false;
}

bool Rules::restrictedExplicit(const QString &name)
{
    if (matchesDirectly(name, true))
        return true;
    const IndexMetadata &metadata = m_context.metadata();
    if (metadata.isIndex(name)) {
        for (const QString &parent : parents(name)) {
            if (matchesDirectly(parent, true))
                return true;
        }
    } else if (metadata.isAlias(name) || metadata.isDataStream(name)) {
        for (const QString &member : metadata.members(name)) {
            if (matchesDirectly(member, true))
                return true;
        }
    }
    return false;
}

void Rules::collect(const QString &name, bool stateful, QList<RuleSource> &sink)
{
    const auto add = [&](const QString &role, const CompiledIndexPermission *permission) {
        for (const RuleSource &existing : std::as_const(sink)) {
            const bool same =
                m_kind == Kind::Dls ? existing.permission->dls == permission->dls : existing.permission == permission;
            if (same)
                return;
        }
        sink.append({role, permission});
    };
    forEachRole([&](const QString &roleName, const CompiledRole &role) {
        // The role's last "*" permission with a rule.
        const CompiledIndexPermission *wildcard = nullptr;
        // For a known name: the role's last permission whose static patterns match it. Else: each matching one
        // (the last of those with the same patterns).
        const CompiledIndexPermission *last = nullptr;
        QList<const CompiledIndexPermission *> statics;
        QList<const CompiledIndexPermission *> dynamics;
        for (const CompiledIndexPermission &p : role.indexPermissions) {
            if (!hasRule(m_kind, p))
                continue;
            if (p.pattern.isMatchAll()) {
                wildcard = &p;
                continue;
            }
            if (p.pattern.hasStatic() && p.pattern.staticMatcher().matches(name)) {
                last = &p;
                statics.erase(std::remove_if(statics.begin(), statics.end(),
                                             [&](const CompiledIndexPermission *q) {
                                                 return q->pattern.staticMatcher().patterns()
                                                        == p.pattern.staticMatcher().patterns();
                                             }),
                              statics.end());
                statics.append(&p);
            }
            if (p.pattern.hasDynamic())
                dynamics.append(&p);
        }
        if (wildcard)
            add(roleName, wildcard);
        if (stateful) {
            if (last)
                add(roleName, last);
        } else {
            for (const CompiledIndexPermission *p : std::as_const(statics))
                add(roleName, p);
        }
        for (const CompiledIndexPermission *p : std::as_const(dynamics)) {
            const PatternMatch match =
                p->pattern.matches(name, m_context, m_memberYield, IndexPattern::Part::DynamicOnly);
            if (!match.error.isEmpty())
                throw Failure {u"Error while evaluating index pattern of role %1: %2"_s.arg(roleName, match.error)};
            if (match.matched)
                add(roleName, p);
        }
    });
}

Restriction Rules::restriction(const QString &index)
{
    Restriction result;
    if (m_context.mappedRoles().isEmpty()) {
        result.fullyRestricted = true;
        return result;
    }
    try {
        if (m_dfm && anyWildcardWithoutRule()) {
            result.unrestricted = true;
            return result;
        }
        if (m_dfm && unrestrictedExplicit(index)) {
            result.unrestricted = true;
            return result;
        }
        const bool stateful = covered(index);
        QList<RuleSource> sink;
        collect(index, stateful, sink);
        for (const QString &parent : parents(index))
            collect(parent, stateful, sink);
        if (!sink.isEmpty()) {
            result.rules = sink;
            return result;
        }
        if (!m_dfm && (anyWildcardWithoutRule() || unrestrictedExplicit(index)))
            result.unrestricted = true;
        else
            result.fullyRestricted = true;
    } catch (const Failure &failure) {
        result.error = failure.message;
    }
    return result;
}

bool Rules::isUnrestricted(const QStringList &indices)
{
    if (m_context.mappedRoles().isEmpty())
        return false;
    if (m_dfm && anyWildcardWithoutRule())
        return true;
    if (anyWildcardRule())
        return false;
    for (const QString &index : indices) {
        if (m_dfm) {
            if (!unrestrictedExplicit(index))
                return false;
        } else {
            if (restrictedExplicit(index))
                return false;
            if (!anyWildcardWithoutRule() && !unrestrictedExplicit(index))
                return false;
        }
    }
    return true;
}

QString normalizeField(const QString &field)
{
    return field.endsWith(u".keyword"_s) ? field.chopped(8) : field;
}

// FLS rules merged as the plugin merges them.
struct MergedFls
{
    bool allowAll = false;
    bool excluding = false;
    QList<FlsRule::Pattern> effective;
    QList<FlsRule::Pattern> objectOnly;

    static MergedFls from(const Restriction &restriction)
    {
        MergedFls merged;
        if (restriction.unrestricted || !restriction.error.isEmpty()) {
            merged.allowAll = true;
            return merged;
        }
        if (restriction.fullyRestricted) {
            merged.excluding = true;
            merged.effective.append({u"~*"_s, WildcardMatcher::compileLenient({u"*"_s}), true});
            return merged;
        }
        QList<FlsRule::Pattern> patterns;
        QList<FlsRule::Pattern> objectOnly;
        const auto addUnique = [](QList<FlsRule::Pattern> &list, const FlsRule::Pattern &pattern) {
            for (const FlsRule::Pattern &p : std::as_const(list)) {
                if (p.source == pattern.source)
                    return;
            }
            list.append(pattern);
        };
        for (const RuleSource &source : restriction.rules) {
            for (const FlsRule::Pattern &p : source.permission->fls->patterns)
                addUnique(patterns, p);
            for (const FlsRule::Pattern &p : source.permission->fls->objectOnlyPatterns)
                addUnique(objectOnly, p);
        }
        for (const FlsRule::Pattern &p : std::as_const(objectOnly)) {
            bool explicitToo = false;
            for (const FlsRule::Pattern &q : std::as_const(patterns))
                explicitToo = explicitToo || q.source == p.source;
            if (!explicitToo)
                merged.objectOnly.append(p);
        }
        QList<FlsRule::Pattern> excluded;
        QList<FlsRule::Pattern> included;
        for (const FlsRule::Pattern &p : std::as_const(patterns))
            (p.excluded ? excluded : included).append(p);
        if (excluded.isEmpty() && included.isEmpty()) {
            merged.allowAll = true;
        } else if (!excluded.isEmpty()) {
            // Only exclusions, or a mix: then only the exclusions apply.
            merged.excluding = true;
            merged.effective = excluded;
        } else {
            merged.effective = included;
            for (const FlsRule::Pattern &p : std::as_const(included))
                merged.allowAll = merged.allowAll || p.source == u"*"_s;
        }
        return merged;
    }

    bool nonRecursive(const QString &field) const
    {
        for (const FlsRule::Pattern &p : effective) {
            if (p.matcher.matches(field))
                return !excluding;
        }
        return excluding;
    }

    bool leaf(const QString &field) const { return allowAll || nonRecursive(normalizeField(field)); }

    bool object(const QString &field) const
    {
        if (excluding)
            return leaf(field);
        for (const FlsRule::Pattern &p : objectOnly) {
            if (p.matcher.matches(field))
                return true;
        }
        return false;
    }

    bool recursive(const QString &original) const
    {
        if (allowAll)
            return true;
        const QString field = normalizeField(original);
        if (excluding) {
            if (!nonRecursive(field))
                return false;
            for (qsizetype dot = field.lastIndexOf(u'.'); dot != -1; dot = field.lastIndexOf(u'.', dot - 1)) {
                if (!nonRecursive(field.left(dot)))
                    return false;
                if (dot == 0)
                    break;
            }
            return true;
        }
        if (nonRecursive(field))
            return true;
        for (qsizetype dot = field.lastIndexOf(u'.'); dot != -1; dot = field.lastIndexOf(u'.', dot - 1)) {
            if (nonRecursive(field.left(dot)))
                return true;
            if (dot == 0)
                break;
        }
        return false;
    }
};

} // namespace

Restriction restriction(const AccessConfig &config, EvaluationContext &context, Kind kind, const QString &index)
{
    return Rules(config, context, kind).restriction(index);
}

bool isUnrestricted(const AccessConfig &config, EvaluationContext &context, Kind kind, const QStringList &indices,
                    QString *error)
{
    try {
        return Rules(config, context, kind).isUnrestricted(indices);
    } catch (const Failure &failure) {
        if (error)
            *error = failure.message;
        return false;
    }
}

DlsResult dls(const AccessConfig &config, EvaluationContext &context, const QString &index)
{
    DlsResult result;
    const Restriction restriction = DlsFls::restriction(config, context, Kind::Dls, index);
    if (!restriction.error.isEmpty()) {
        result.state = DlsResult::State::Error;
        result.error = restriction.error;
        return result;
    }
    if (restriction.unrestricted)
        return result;
    if (restriction.fullyRestricted) {
        result.state = DlsResult::State::FullyRestricted;
        return result;
    }
    result.state = DlsResult::State::Queries;
    result.sources = restriction.rules;
    for (const RuleSource &source : restriction.rules) {
        const QString &query = source.permission->dls;
        if (!UserAttributes::needsSubstitution(query)) {
            result.queries.append(query);
            continue;
        }
        const QString rendered = context.render(query);
        if (UserAttributes::needsSubstitution(rendered)) {
            QStringList available = context.user().attributes.keys();
            result.state = DlsResult::State::Error;
            result.error = u"DLS query references undefined user attributes: [%1]. Available attributes are: %2"_s.arg(
                UserAttributes::unresolved(rendered).join(u", "_s),
                available.isEmpty() ? u"[none]"_s : available.join(u", "_s));
            return result;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(rendered.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject() || document.object().size() != 1) {
            result.state = DlsResult::State::Error;
            result.error = u"Invalid DLS query: %1"_s.arg(rendered);
            return result;
        }
        result.queries.append(rendered);
    }
    return result;
}

bool flsVisible(const AccessConfig &config, EvaluationContext &context, const QString &index, const QString &field,
                FieldCheck check, QString *error)
{
    const Restriction restriction = DlsFls::restriction(config, context, Kind::Fls, index);
    if (error)
        *error = restriction.error;
    const MergedFls merged = MergedFls::from(restriction);
    switch (check) {
    case FieldCheck::Leaf:
        return merged.leaf(field);
    case FieldCheck::Recursive:
        return merged.recursive(field);
    case FieldCheck::Object:
        return merged.object(field);
    }
    return false;
}

QStringList flsPatterns(const AccessConfig &config, EvaluationContext &context, const QString &index)
{
    const MergedFls merged = MergedFls::from(DlsFls::restriction(config, context, Kind::Fls, index));
    if (merged.allowAll)
        return {u"*"_s};
    QStringList patterns;
    for (const FlsRule::Pattern &p : merged.effective)
        patterns.append(p.source);
    return patterns;
}

QString maskExpression(const AccessConfig &config, EvaluationContext &context, const QString &index,
                       const QString &field, QString *error)
{
    const Restriction restriction = DlsFls::restriction(config, context, Kind::Masking, index);
    if (error)
        *error = restriction.error;
    if (restriction.unrestricted || !restriction.error.isEmpty())
        return {};
    if (restriction.fullyRestricted)
        return u"*"_s;
    const QString name = normalizeField(field);
    for (const RuleSource &source : restriction.rules) {
        for (const MaskExpression &expression : source.permission->masked) {
            if (expression.field.matches(name))
                return expression.source;
        }
    }
    return {};
}

QStringList maskedFields(const AccessConfig &config, EvaluationContext &context, const QString &index)
{
    const Restriction restriction = DlsFls::restriction(config, context, Kind::Masking, index);
    if (restriction.unrestricted || !restriction.error.isEmpty())
        return {};
    if (restriction.fullyRestricted)
        return {u"*"_s};
    QStringList fields;
    for (const RuleSource &source : restriction.rules) {
        for (const MaskExpression &expression : source.permission->masked) {
            if (!fields.contains(expression.source))
                fields.append(expression.source);
        }
    }
    return fields;
}

} // namespace DlsFls
