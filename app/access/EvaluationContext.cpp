#include "app/access/EvaluationContext.h"

#include "app/access/DateMath.h"
#include "app/access/UserAttributes.h"

EvaluationContext::EvaluationContext(const AccessUser &user, const QStringList &mappedRoles,
                                     const IndexMetadata &metadata, AccessEngine engine)
    : m_user(user)
    , m_mappedRoles(mappedRoles)
    , m_mappedRoleSet(mappedRoles.begin(), mappedRoles.end())
    , m_metadata(metadata)
    , m_engine(engine)
{ }

QString EvaluationContext::render(const QString &text) const
{
    AttributeSubject subject;
    subject.name = m_user.name;
    subject.backendRoles = m_user.backendRoles;
    subject.securityRoles = m_user.securityRoles;
    subject.attributes = m_user.attributes;
    subject.mappedRoles = m_mappedRoles;
    return UserAttributes::substitute(text, subject);
}

Result<WildcardMatcher> EvaluationContext::renderedMatcher(const QString &pattern)
{
    if (const auto it = m_rendered.constFind(pattern); it != m_rendered.constEnd())
        return *it;
    Result<WildcardMatcher> matcher = WildcardMatcher::compile(render(pattern));
    m_rendered.insert(pattern, matcher);
    return matcher;
}

Result<WildcardMatcher> EvaluationContext::dateMathMatcher(const QString &expression)
{
    if (const auto it = m_dateMath.constFind(expression); it != m_dateMath.constEnd())
        return *it;
    const Result<QString> resolved = DateMath::resolve(expression, m_metadata.now());
    Result<WildcardMatcher> matcher =
        resolved ? WildcardMatcher::compile(*resolved) : Result<WildcardMatcher>(resolved.error());
    m_dateMath.insert(expression, matcher);
    return matcher;
}
