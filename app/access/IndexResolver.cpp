#include "app/access/IndexResolver.h"

#include "app/access/DateMath.h"

using namespace Qt::StringLiterals;

namespace {

// OpenSearch's simple match: "*" matches any sequence; nothing else is special.
bool simpleMatch(const QString &pattern, const QString &text)
{
    const QStringList parts = pattern.split(u'*');
    if (parts.size() == 1)
        return pattern == text;
    if (!text.startsWith(parts.first()) || !text.endsWith(parts.last()))
        return false;
    qsizetype at = parts.first().size();
    const qsizetype end = text.size() - parts.last().size();
    if (at > end)
        return false;
    for (qsizetype i = 1; i + 1 < parts.size(); ++i) {
        const qsizetype found = text.indexOf(parts.at(i), at);
        if (found < 0 || found + parts.at(i).size() > end)
            return false;
        at = found + parts.at(i).size();
    }
    return true;
}

bool isAll(const QStringList &expressions)
{
    return expressions.isEmpty() || (expressions.size() == 1 && expressions.first() == u"_all"_s);
}

QString resolveDateMath(const QString &expression, const IndexMetadata &metadata)
{
    if (!DateMath::isDateMath(expression))
        return expression;
    const Result<QString> resolved = DateMath::resolve(expression, metadata.now());
    return resolved ? *resolved : expression;
}

struct Expander
{
    const IndexMetadata &metadata;
    IndicesOptions options;
    bool keepNamedAliases = false; // V4: a named alias or data stream stays a name

    bool indexVisible(const QString &index, const QString &pattern) const
    {
        const IndexInfo *info = metadata.index(index);
        if (!info)
            return false;
        if (info->closed ? !options.expandClosed : !options.expandOpen)
            return false;
        // Hidden indices only with expand_wildcards hidden, or for a pattern starting with "." on a dot-name.
        if (info->hidden && !options.expandHidden && !(pattern.startsWith(u'.') && index.startsWith(u'.')))
            return false;
        return true;
    }

    void append(QStringList &into, const QString &name) const
    {
        if (!into.contains(name))
            into.append(name);
    }

    // One wildcard expression: matching indices, and the members of matching aliases and data streams.
    void expandWildcard(const QString &pattern, QStringList &into) const
    {
        for (const QString &index : metadata.indexNames()) {
            if (simpleMatch(pattern, index) && indexVisible(index, pattern))
                append(into, index);
        }
        for (const QString &alias : metadata.aliasNames()) {
            if (!simpleMatch(pattern, alias))
                continue;
            if (metadata.isAliasHidden(alias) && !options.expandHidden && !pattern.startsWith(u'.'))
                continue;
            for (const QString &member : metadata.members(alias)) {
                const IndexInfo *info = metadata.index(member);
                if (info && (info->closed ? options.expandClosed : options.expandOpen))
                    append(into, member);
            }
        }
        for (const QString &dataStream : metadata.dataStreamNames()) {
            if (simpleMatch(pattern, dataStream)) {
                for (const QString &member : metadata.members(dataStream))
                    append(into, member);
            }
        }
    }

    // Returns false when a named index does not exist (and the options do not ignore that).
    bool expand(const QStringList &expressions, QStringList &into, QStringList &missing, bool &wildcard) const
    {
        bool wildcardSeen = false;
        for (const QString &raw : expressions) {
            const QString expression = resolveDateMath(raw, metadata);
            if (expression.startsWith(u'-') && wildcardSeen) {
                const QString excluded = expression.mid(1);
                into.erase(std::remove_if(into.begin(), into.end(),
                                          [&](const QString &name) { return simpleMatch(excluded, name); }),
                           into.end());
                continue;
            }
            if (expression == u"_all"_s || IndexResolver::isWildcard(expression)) {
                wildcardSeen = true;
                wildcard = true;
                expandWildcard(expression == u"_all"_s ? u"*"_s : expression, into);
                continue;
            }
            if (metadata.isIndex(expression)) {
                append(into, expression);
            } else if (metadata.isAlias(expression) || metadata.isDataStream(expression)) {
                if (keepNamedAliases) {
                    append(into, expression);
                } else {
                    for (const QString &member : metadata.members(expression))
                        append(into, member);
                }
            } else {
                missing.append(expression);
                if (!options.ignoreUnavailable)
                    return false;
            }
        }
        return true;
    }
};

QStringList splitRemote(const QStringList &expressions, QStringList &remote)
{
    QStringList local;
    for (const QString &expression : expressions) {
        if (expression.contains(u':'))
            remote.append(expression);
        else
            local.append(expression);
    }
    return local;
}

} // namespace

Result<IndicesOptions> IndicesOptions::fromJson(const QJsonObject &json, const IndicesOptions &defaults)
{
    IndicesOptions options = defaults;
    for (const auto &[key, target] : {std::pair {u"ignore_unavailable"_s, &options.ignoreUnavailable},
                                      std::pair {u"allow_no_indices"_s, &options.allowNoIndices}}) {
        const QJsonValue value = json.value(key);
        if (value.isUndefined())
            continue;
        if (!value.isBool() && !(value.isString() && (value.toString() == u"true"_s || value.toString() == u"false"_s)))
            return Error {u"request.options"_s, u"indices_options.%1 must be true or false"_s.arg(key), {}};
        *target = value.isBool() ? value.toBool() : value.toString() == u"true"_s;
    }
    const QJsonValue expand = json.value(u"expand_wildcards"_s);
    if (!expand.isUndefined()) {
        options.expandOpen = options.expandClosed = options.expandHidden = false;
        for (const QString &state : expand.toString().split(u',', Qt::SkipEmptyParts)) {
            const QString s = state.trimmed();
            if (s == u"open"_s) {
                options.expandOpen = true;
            } else if (s == u"closed"_s) {
                options.expandClosed = true;
            } else if (s == u"hidden"_s) {
                options.expandHidden = true;
            } else if (s == u"all"_s) {
                options.expandOpen = options.expandClosed = options.expandHidden = true;
            } else if (s != u"none"_s) {
                return Error {u"request.options"_s,
                              u"indices_options.expand_wildcards: unknown state \"%1\" (open, closed, hidden, all, "
                              "none)"_s.arg(s),
                              {}};
            }
        }
    }
    return options;
}

bool IndexResolver::isWildcard(const QString &text)
{
    return text.contains(u'*');
}

Resolution IndexResolver::legacy(const QStringList &expressions, const IndexMetadata &metadata)
{
    Resolution resolution;
    // The legacy resolver's fixed options, whatever the request says.
    IndicesOptions options;
    options.ignoreUnavailable = false;
    options.allowNoIndices = true;
    options.expandOpen = true;
    options.expandClosed = false;
    options.expandHidden = true;
    const Expander expander {metadata, options, false};
    if (isAll(expressions) || (expressions.size() == 1 && expressions.first() == u"*"_s)
        || expressions.contains(u"_all"_s)) {
        resolution.localAll = true;
        resolution.hasWildcard = true;
        expander.expandWildcard(u"*"_s, resolution.names);
        return resolution;
    }
    const QStringList local = splitRemote(expressions, resolution.remote);
    if (local.isEmpty())
        return resolution;
    QStringList names;
    if (!expander.expand(local, names, resolution.missing, resolution.hasWildcard)) {
        // IndexNotFoundException: the expressions (date math resolved) are checked as they are.
        resolution.rawExpressions = true;
        for (const QString &expression : local) {
            const QString name = resolveDateMath(expression, metadata);
            if (!resolution.names.contains(name))
                resolution.names.append(name);
        }
        return resolution;
    }
    resolution.names = names;
    // Data stream names the expressions match are checked too.
    for (const QString &dataStream : metadata.dataStreamNames()) {
        for (const QString &expression : local) {
            const QString e = resolveDateMath(expression, metadata);
            if (!e.startsWith(u'-') && simpleMatch(e, dataStream) && !resolution.names.contains(dataStream))
                resolution.names.append(dataStream);
        }
    }
    return resolution;
}

Resolution IndexResolver::v4(const QStringList &expressions, const IndicesOptions &options,
                             const IndexMetadata &metadata)
{
    Resolution resolution;
    const Expander expander {metadata, options, true};
    if (isAll(expressions) || (expressions.size() == 1 && expressions.first() == u"*"_s)) {
        resolution.localAll = true;
        resolution.hasWildcard = true;
        expander.expandWildcard(u"*"_s, resolution.names);
        return resolution;
    }
    const QStringList local = splitRemote(expressions, resolution.remote);
    IndicesOptions tolerant = options;
    tolerant.ignoreUnavailable = true; // every missing name collected
    const Expander all {metadata, tolerant, true};
    all.expand(local, resolution.names, resolution.missing, resolution.hasWildcard);
    // Without ignore_unavailable a named index that does not exist stays a name: the request fails with 404 when it
    // is permitted, with 403 when it is not.
    if (!options.ignoreUnavailable) {
        for (const QString &name : std::as_const(resolution.missing)) {
            if (!resolution.names.contains(name))
                resolution.names.append(name);
        }
    }
    return resolution;
}

QStringList IndexResolver::concrete(const QStringList &expressions, const IndicesOptions &options,
                                    const IndexMetadata &metadata, QStringList *missing)
{
    const Expander expander {metadata, options, false};
    QStringList names;
    QStringList notFound;
    bool wildcard = false;
    QStringList remote;
    const QStringList local = splitRemote(expressions, remote);
    if (isAll(local) || (local.size() == 1 && local.first() == u"*"_s)) {
        expander.expandWildcard(u"*"_s, names);
    } else {
        IndicesOptions tolerant = options;
        tolerant.ignoreUnavailable = true; // collect every missing name
        const Expander all {metadata, tolerant, false};
        all.expand(local, names, notFound, wildcard);
    }
    if (missing)
        *missing = notFound;
    return names;
}
