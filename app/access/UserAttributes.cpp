#include "app/access/UserAttributes.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QString quotedList(const QStringList &names)
{
    QStringList quoted;
    quoted.reserve(names.size());
    for (const QString &name : names)
        quoted.append(u'"' + name + u'"');
    return quoted.join(u',');
}

QHash<QString, QString> variables(const AttributeSubject &subject)
{
    QStringList securityRoles = subject.securityRoles;
    for (const QString &role : subject.mappedRoles) {
        if (!securityRoles.contains(role))
            securityRoles.append(role);
    }
    QHash<QString, QString> withDots {
        {u"user.name"_s, subject.name},
        {u"user.roles"_s, quotedList(subject.backendRoles)},
        {u"user.securityRoles"_s, quotedList(securityRoles)},
    };
    for (auto it = subject.attributes.cbegin(); it != subject.attributes.cend(); ++it)
        withDots.insert(it.key(), it.value());
    QHash<QString, QString> all = withDots;
    for (auto it = withDots.cbegin(); it != withDots.cend(); ++it)
        all.insert(QString(it.key()).replace(u'.', u'_'), it.value());
    return all;
}

// StringSubstitutor's scan: variables are resolved innermost first, a resolved value is itself substituted (a cycle
// or runaway nesting stops at `depth`, leaving the rest as written).
class Substitutor
{
public:
    explicit Substitutor(const QHash<QString, QString> &variables) : m_variables(variables) { }

    QString run(const QString &text, int depth) const
    {
        if (depth > MaxDepth || !text.contains(u"${"_s))
            return text;
        QString out;
        out.reserve(text.size());
        qsizetype i = 0;
        while (i < text.size()) {
            if (text.at(i) == u'$' && text.mid(i + 1, 2) == u"${"_s) {
                // "$${" escapes: a literal "${", and the variable after it is not substituted.
                const qsizetype close = matchingClose(text, i + 3);
                const qsizetype end = close < 0 ? text.size() : close + 1;
                out += text.mid(i + 1, end - i - 1);
                i = end;
            } else if (text.at(i) == u'$' && i + 1 < text.size() && text.at(i + 1) == u'{') {
                const qsizetype close = matchingClose(text, i + 2);
                if (close < 0) {
                    out += text.mid(i);
                    break;
                }
                const QString inner = run(text.mid(i + 2, close - i - 2), depth + 1);
                const qsizetype separator = inner.indexOf(u":-"_s);
                const QString name = separator < 0 ? inner : inner.left(separator);
                if (const auto it = m_variables.constFind(name); it != m_variables.constEnd())
                    out += run(*it, depth + 1);
                else if (separator >= 0)
                    out += run(inner.mid(separator + 2), depth + 1);
                else
                    out += u"${"_s + inner + u'}';
                i = close + 1;
            } else {
                out += text.at(i++);
            }
        }
        return out;
    }

private:
    static constexpr int MaxDepth = 32;

    // The '}' that closes a "${" whose name starts at `from`, counting nested "${".
    static qsizetype matchingClose(const QString &text, qsizetype from)
    {
        int depth = 0;
        for (qsizetype i = from; i < text.size(); ++i) {
            if (text.at(i) == u'$' && i + 1 < text.size() && text.at(i + 1) == u'{') {
                ++depth;
                ++i;
            } else if (text.at(i) == u'}') {
                if (depth == 0)
                    return i;
                --depth;
            }
        }
        return -1;
    }

    const QHash<QString, QString> &m_variables;
};

} // namespace

bool UserAttributes::needsSubstitution(const QString &text)
{
    return text.contains(u"${"_s);
}

QString UserAttributes::substitute(const QString &text, const AttributeSubject &subject)
{
    if (!needsSubstitution(text))
        return text;
    const QHash<QString, QString> vars = variables(subject);
    return Substitutor(vars).run(text, 0);
}

QStringList UserAttributes::unresolved(const QString &text)
{
    static const QRegularExpression reference(u"\\$\\{([^}]+)\\}"_s);
    QStringList names;
    for (auto it = reference.globalMatch(text); it.hasNext();)
        names.append(it.next().captured(1));
    return names;
}
