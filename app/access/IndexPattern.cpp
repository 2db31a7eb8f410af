#include "app/access/IndexPattern.h"

#include "app/access/DateMath.h"
#include "app/access/EvaluationContext.h"
#include "app/access/UserAttributes.h"

using namespace Qt::StringLiterals;

IndexPattern IndexPattern::compile(const QStringList &source, QStringList *dropped)
{
    IndexPattern pattern;
    pattern.m_source = source;
    QStringList statics;
    for (const QString &text : source) {
        if (DateMath::isDateMath(text))
            pattern.m_dateMath.append(text);
        else if (UserAttributes::needsSubstitution(text))
            pattern.m_templates.append(text);
        else
            statics.append(text);
    }
    QStringList invalid;
    pattern.m_static = WildcardMatcher::compileLenient(statics, &invalid);
    if (dropped)
        dropped->append(invalid);
    return pattern;
}

PatternMatch IndexPattern::matchesDirectly(const QString &name, EvaluationContext &context, Part part) const
{
    PatternMatch result;
    if (part != Part::DynamicOnly) {
        const int index = m_static.matchingPattern(name);
        if (index >= 0) {
            result.matched = true;
            result.pattern = m_static.patterns().at(index);
            return result;
        }
    }
    if (part == Part::StaticOnly)
        return result;
    // As the plugin: the first error ends the check of this name.
    for (const QString &text : m_templates) {
        const Result<WildcardMatcher> matcher = context.renderedMatcher(text);
        if (!matcher) {
            result.error = u"the index pattern %1 cannot be evaluated: %2"_s.arg(text, matcher.error().message);
            return result;
        }
        if (matcher->matches(name)) {
            result.matched = true;
            result.pattern = text;
            return result;
        }
    }
    for (const QString &text : m_dateMath) {
        const Result<WildcardMatcher> matcher = context.dateMathMatcher(text);
        if (!matcher) {
            result.error =
                u"the date math index pattern %1 cannot be evaluated: %2"_s.arg(text, matcher.error().message);
            return result;
        }
        if (matcher->matches(name)) {
            result.matched = true;
            result.pattern = text;
            return result;
        }
    }
    return result;
}

PatternMatch IndexPattern::matches(const QString &name, EvaluationContext &context, bool memberYield, Part part) const
{
    PatternMatch direct = matchesDirectly(name, context, part);
    if (direct.matched || !direct.error.isEmpty())
        return direct;
    const IndexMetadata &metadata = context.metadata();
    if (const IndexInfo *index = metadata.index(name)) {
        if (!index->dataStream.isEmpty()) {
            PatternMatch parent = matchesDirectly(index->dataStream, context, part);
            if (parent.matched || !parent.error.isEmpty()) {
                parent.via = index->dataStream;
                return parent;
            }
        }
        for (const QString &alias : index->aliases) {
            PatternMatch parent = matchesDirectly(alias, context, part);
            if (parent.matched || !parent.error.isEmpty()) {
                parent.via = alias;
                return parent;
            }
        }
        return {};
    }
    if (memberYield && (metadata.isAlias(name) || metadata.isDataStream(name))) {
        PatternMatch all;
        all.matched = true;
        all.via = u"members"_s;
        QStringList patterns;
        for (const QString &member : metadata.members(name)) {
            const PatternMatch one = matchesDirectly(member, context, part);
            if (!one.matched)
                return one; // no match, or the error that stopped it
            if (!patterns.contains(one.pattern))
                patterns.append(one.pattern);
        }
        all.pattern = patterns.join(u", "_s);
        return all;
    }
    return {};
}
