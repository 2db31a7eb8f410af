#pragma once

// WildcardMatcher: the Security plugin's pattern language for role names, users, backend roles, actions, index and
// tenant patterns and fields, with its semantics exactly:
//   - a blank pattern matches nothing, "*" matches everything (the empty string too);
//   - "/.../" is a regular expression that must match the whole string (java.util.regex Matcher.matches());
//   - otherwise '*' is any sequence and '?' one UTF-16 code unit, the rest literal;
//   - case-sensitive unless compiled with Qt::CaseInsensitive; a list is the OR of its patterns.
//
// Regular expressions run on PCRE2 (QRegularExpression), not java.util.regex. Where the two dialects differ:
//   - Java's POSIX classes \p{Lower} \p{Upper} \p{ASCII} \p{Alpha} \p{Digit} \p{Alnum} \p{Punct} \p{Graph}
//     \p{Print} \p{Blank} \p{Cntrl} \p{XDigit} \p{Space} (ASCII-only in Java) are rewritten to the same ASCII sets;
//   - Java's class intersection ("[a-z&&[^e]]") and \p{javaXxx} classes have no PCRE2 equivalent: such a pattern is
//     reported as not compiling here although the plugin accepts it (the error says so);
//   - anything else PCRE2 rejects (for example a variable-length lookbehind, which Java allows when bounded) is
//     reported as not compiling, with PCRE2's message;
//   - case-insensitive regex matching folds Unicode letters in PCRE2, ASCII only in Java.
// Immutable value, any thread.

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include "app/common/Result.h"

class WildcardMatcher
{
public:
    // Matches nothing.
    WildcardMatcher() = default;

    // One pattern, or the OR of several. An error names the pattern that does not compile.
    static Result<WildcardMatcher> compile(const QString &pattern, Qt::CaseSensitivity cs = Qt::CaseSensitive);
    static Result<WildcardMatcher> compile(const QStringList &patterns, Qt::CaseSensitivity cs = Qt::CaseSensitive);
    // The patterns that compile; `invalid`, when given, receives "pattern: reason" for each one that does not.
    static WildcardMatcher compileLenient(const QStringList &patterns, QStringList *invalid = nullptr,
                                          Qt::CaseSensitivity cs = Qt::CaseSensitive);

    // True when `pattern` can match more than one string ('*', '?' or "/regex/").
    static bool isPattern(const QString &pattern);

    bool matches(const QString &candidate) const { return matchingPattern(candidate) >= 0; }
    // The index in patterns() of a pattern that matches `candidate` (exact patterns are tried first), or -1.
    int matchingPattern(const QString &candidate) const;
    // The patterns as given (those that compiled).
    const QStringList &patterns() const { return m_patterns; }
    bool isAny() const { return m_any >= 0; }
    bool isNone() const { return m_any < 0 && m_exact.isEmpty() && m_elements.isEmpty(); }

private:
    enum class Kind { Prefix, Glob, Regex };
    struct Element
    {
        Kind kind;
        QString text; // Prefix: the prefix; Glob: the pattern (lower case when case-insensitive)
        QRegularExpression regex;
        int source;
    };
    static Result<Element> element(const QString &pattern, int source, Qt::CaseSensitivity cs);
    static bool globMatches(const QString &pattern, const QString &candidate);

    QStringList m_patterns;
    // Exact patterns (lower case when case-insensitive) with their index in m_patterns, sorted for a binary search:
    // smaller than a hash for the few patterns most lists hold, and a configuration holds tens of thousands of lists.
    QList<std::pair<QString, int>> m_exact;
    QList<Element> m_elements;
    int m_any = -1;
    Qt::CaseSensitivity m_cs = Qt::CaseSensitive;
};
