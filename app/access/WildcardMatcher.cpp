#include "app/access/WildcardMatcher.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool isRegex(const QString &pattern)
{
    return pattern.startsWith(u'/') && pattern.endsWith(u'/');
}

// Java's POSIX character classes, ASCII-only as java.util.regex defines them without UNICODE_CHARACTER_CLASS.
const QHash<QString, QString> &posixClasses()
{
    static const QHash<QString, QString> classes {
        {u"Lower"_s, u"a-z"_s},
        {u"Upper"_s, u"A-Z"_s},
        {u"ASCII"_s, u"\\x00-\\x7F"_s},
        {u"Alpha"_s, u"a-zA-Z"_s},
        {u"Digit"_s, u"0-9"_s},
        {u"Alnum"_s, u"a-zA-Z0-9"_s},
        {u"Punct"_s, u"!-\\/:-@\\[-`{-~"_s},
        {u"Graph"_s, u"!-~"_s},
        {u"Print"_s, u" -~"_s},
        {u"Blank"_s, u" \\t"_s},
        {u"Cntrl"_s, u"\\x00-\\x1F\\x7F"_s},
        {u"XDigit"_s, u"0-9a-fA-F"_s},
        {u"Space"_s, u" \\t\\n\\x0B\\f\\r"_s},
    };
    return classes;
}

// The Java regex `java` in PCRE2's dialect, or an error naming the Java construct PCRE2 lacks.
Result<QString> toPcre(const QString &java)
{
    QString out;
    out.reserve(java.size());
    int classDepth = 0;
    bool quoted = false; // inside \Q...\E
    for (qsizetype i = 0; i < java.size(); ++i) {
        const QChar c = java.at(i);
        if (quoted) {
            if (c == u'\\' && i + 1 < java.size() && java.at(i + 1) == u'E') {
                quoted = false;
                out += u"\\E"_s;
                ++i;
            } else {
                out += c;
            }
            continue;
        }
        if (c == u'\\' && i + 1 < java.size()) {
            const QChar next = java.at(i + 1);
            if (next == u'Q') {
                quoted = true;
                out += u"\\Q"_s;
                ++i;
                continue;
            }
            if ((next == u'p' || next == u'P') && i + 2 < java.size() && java.at(i + 2) == u'{') {
                const qsizetype close = java.indexOf(u'}', i + 3);
                if (close > 0) {
                    const QString name = java.mid(i + 3, close - i - 3);
                    if (name.startsWith(u"java"_s))
                        return Error {u"access.regex"_s,
                                      u"\\p{%1} is a java.util.regex class that PCRE2 does not have"_s.arg(name),
                                      {}};
                    const auto posix = posixClasses().constFind(name);
                    if (posix != posixClasses().constEnd()) {
                        if (classDepth > 0 && next == u'P')
                            return Error {u"access.regex"_s,
                                          u"a negated Java POSIX class inside a character class is not supported"_s,
                                          {}};
                        const QString set = (next == u'P' ? u"^"_s : QString()) + *posix;
                        out += classDepth > 0 ? *posix : u'[' + set + u']';
                        i = close;
                        continue;
                    }
                }
            }
            out += c;
            out += next;
            ++i;
            continue;
        }
        if (c == u'{' && classDepth == 0) {
            // java.util.regex reads every '{' outside a class as a quantifier and rejects one that is not {n}, {n,}
            // or {n,m} ("Illegal repetition"); PCRE2 would take it as a literal.
            static const QRegularExpression quantifier(u"\\{\\d+(,\\d*)?\\}"_s);
            if (!quantifier
                     .match(java, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption)
                     .hasMatch())
                return Error {u"access.regex"_s,
                              u"illegal repetition at offset %1: java.util.regex rejects a '{' that does not start "
                              "a {n}, {n,} or {n,m} quantifier"_s.arg(i),
                              {}};
        }
        if (c == u'[') {
            ++classDepth;
        } else if (c == u']' && classDepth > 0) {
            --classDepth;
        } else if (c == u'&' && classDepth > 0 && i + 1 < java.size() && java.at(i + 1) == u'&') {
            return Error {u"access.regex"_s,
                          u"character class intersection (&&) is java.util.regex syntax that PCRE2 does not have"_s,
                          {}};
        }
        out += c;
    }
    return out;
}

} // namespace

bool WildcardMatcher::isPattern(const QString &pattern)
{
    return pattern.contains(u'*') || pattern.contains(u'?') || isRegex(pattern);
}

Result<WildcardMatcher::Element> WildcardMatcher::element(const QString &pattern, int source, Qt::CaseSensitivity cs)
{
    if (isRegex(pattern)) {
        if (pattern.size() < 2)
            return Error {u"access.pattern"_s, u"\"/\" is not a regular expression (the plugin fails on it too)"_s, {}};
        const Result<QString> pcre = toPcre(pattern.mid(1, pattern.size() - 2));
        if (!pcre)
            return Error {pcre.error().code, u"%1: %2"_s.arg(pattern, pcre.error().message), {}};
        QRegularExpression regex(QRegularExpression::anchoredPattern(*pcre),
                                 cs == Qt::CaseInsensitive ? QRegularExpression::CaseInsensitiveOption
                                                           : QRegularExpression::NoPatternOption);
        if (!regex.isValid())
            return Error {u"access.pattern"_s,
                          u"%1 is not a valid regular expression: %2 at offset %3"_s.arg(
                              pattern, regex.errorString(), QString::number(regex.patternErrorOffset())),
                          {}};
        regex.optimize();
        return Element {Kind::Regex, {}, regex, source};
    }
    const QString text = cs == Qt::CaseInsensitive ? pattern.toLower() : pattern;
    const qsizetype star = text.indexOf(u'*');
    if (star == text.size() - 1 && !text.contains(u'?'))
        return Element {Kind::Prefix, text.left(star), {}, source};
    return Element {Kind::Glob, text, {}, source};
}

Result<WildcardMatcher> WildcardMatcher::compile(const QString &pattern, Qt::CaseSensitivity cs)
{
    return compile(QStringList {pattern}, cs);
}

Result<WildcardMatcher> WildcardMatcher::compile(const QStringList &patterns, Qt::CaseSensitivity cs)
{
    QStringList invalid;
    WildcardMatcher matcher = compileLenient(patterns, &invalid, cs);
    if (!invalid.isEmpty())
        return Error {u"access.pattern"_s, invalid.first(), {}};
    return matcher;
}

WildcardMatcher WildcardMatcher::compileLenient(const QStringList &patterns, QStringList *invalid,
                                                Qt::CaseSensitivity cs)
{
    WildcardMatcher matcher;
    matcher.m_cs = cs;
    for (const QString &pattern : patterns) {
        // A blank pattern matches nothing (the plugin's NONE); it is kept out of patterns() as it can never match.
        if (pattern.trimmed().isEmpty())
            continue;
        const int source = int(matcher.m_patterns.size());
        if (pattern == u"*"_s) {
            if (matcher.m_any < 0)
                matcher.m_any = source;
        } else if (!isPattern(pattern)) {
            matcher.m_exact.append({cs == Qt::CaseInsensitive ? pattern.toLower() : pattern, source});
        } else {
            Result<Element> element = WildcardMatcher::element(pattern, source, cs);
            if (!element) {
                if (invalid)
                    invalid->append(element.error().message);
                continue;
            }
            matcher.m_elements.append(*element);
        }
        matcher.m_patterns.append(pattern);
    }
    // Sorted by text; of equal texts the first given comes first.
    std::stable_sort(matcher.m_exact.begin(), matcher.m_exact.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    matcher.m_exact.squeeze();
    matcher.m_elements.squeeze();
    matcher.m_patterns.squeeze();
    return matcher;
}

int WildcardMatcher::matchingPattern(const QString &candidate) const
{
    if (m_any >= 0)
        return m_any;
    const QString folded = m_cs == Qt::CaseInsensitive ? candidate.toLower() : QString();
    const QString &subject = m_cs == Qt::CaseInsensitive ? folded : candidate;
    if (!m_exact.isEmpty()) {
        const auto it = std::lower_bound(m_exact.cbegin(), m_exact.cend(), subject,
                                         [](const auto &entry, const QString &text) { return entry.first < text; });
        if (it != m_exact.cend() && it->first == subject)
            return it->second;
    }
    for (const Element &element : m_elements) {
        switch (element.kind) {
        case Kind::Prefix:
            if (subject.startsWith(element.text))
                return element.source;
            break;
        case Kind::Glob:
            if (globMatches(element.text, subject))
                return element.source;
            break;
        case Kind::Regex:
            if (element.regex.match(candidate).hasMatch())
                return element.source;
            break;
        }
    }
    return -1;
}

// The plugin's SimpleMatcher: iterative glob matching with one backtrack point (the last '*'), linear in practice.
bool WildcardMatcher::globMatches(const QString &pattern, const QString &candidate)
{
    const qsizetype m = pattern.size();
    const qsizetype n = candidate.size();
    qsizetype i = 0, j = 0, starCandidate = -1, starPattern = -1;
    while (i < n) {
        if (j < m && pattern.at(j) == u'*') {
            starCandidate = i;
            starPattern = j++;
        } else if (j < m && (pattern.at(j) == u'?' || pattern.at(j) == candidate.at(i))) {
            ++i;
            ++j;
        } else if (starPattern >= 0) {
            i = ++starCandidate;
            j = starPattern + 1;
        } else {
            return false;
        }
    }
    while (j < m && pattern.at(j) == u'*')
        ++j;
    return j == m;
}
