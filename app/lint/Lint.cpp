#include "app/lint/Lint.h"

#include <algorithm>

#include <QJsonDocument>
#include <QRegularExpression>
#include <QVarLengthArray>

#include "app/access/AccessConfig.h"
#include "app/access/ActionCatalogue.h"
#include "app/access/ActionGroups.h"
#include "app/access/RoleMapper.h"
#include "app/access/StaticEntities.h"
#include "app/access/UserAttributes.h"
#include "app/access/WildcardMatcher.h"
#include "app/json/Json.h"
#include "app/json/JsonPointer.h"

using namespace Qt::StringLiterals;

namespace {

const QString TenantWrite = u"kibana:saved_objects/*/write"_s;

QString pointer(std::initializer_list<QString> tokens)
{
    QString text;
    for (const QString &token : tokens)
        text += u'/' + JsonPointer::escapeToken(token);
    return text;
}

QString pointerWithIndex(const QString &prefix, qsizetype index)
{
    return prefix + u'/' + QString::number(index);
}

QJsonObject operation(const QString &op, const QString &path, const QJsonValue &value = QJsonValue::Undefined)
{
    QJsonObject object {{u"op"_s, op}, {u"path"_s, path}};
    if (!value.isUndefined())
        object.insert(u"value"_s, value);
    return object;
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1), current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

// The closest of `names` to `text` when it is a likely typo (at most 2 edits, or a prefix of it).
QString closest(const QString &text, const QStringList &names)
{
    QString best;
    int bestDistance = 3;
    for (const QString &name : names) {
        const int distance = name.startsWith(text) && text.size() >= 4 ? 1 : editDistance(text, name);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = name;
        }
    }
    return best;
}

bool isProtected(const QJsonObject &entity)
{
    return entity.value(u"reserved"_s).toBool() || entity.value(u"static"_s).toBool()
           || entity.value(u"hidden"_s).toBool();
}

// Names a pattern is tried on to tell whether it matches everyone.
const QStringList &probeNames()
{
    static const QStringList names {u"a"_s,           u"Z"_s, u"user.name"_s, u"x-1@example.com"_s,
                                    u"CN=svc,OU=x"_s, u"0"_s, u"é"_s,         u"a b"_s};
    return names;
}

bool matchesEveryone(const QString &pattern)
{
    const Result<WildcardMatcher> matcher = WildcardMatcher::compile(pattern);
    if (!matcher)
        return false;
    return std::all_of(probeNames().cbegin(), probeNames().cend(),
                       [&](const QString &name) { return matcher->matches(name); });
}

// The namespaces of transport action names.
bool hasKnownNamespace(const QString &action)
{
    static const QStringList namespaces {u"cluster"_s, u"indices"_s,  u"kibana"_s,     u"restapi"_s,
                                         u"system"_s,  u"internal"_s, u"searchguard"_s};
    const qsizetype colon = action.indexOf(u':');
    return colon > 0 && namespaces.contains(action.left(colon));
}

// A pattern another pattern of the same entry already covers.
bool covers(const QString &wider, const QString &narrower)
{
    if (wider == narrower)
        return false;
    if (wider == u"*"_s)
        return true;
    const Result<WildcardMatcher> matcher = WildcardMatcher::compile(wider);
    if (!matcher || narrower.startsWith(u'/') || narrower.contains(u"${"_s) || narrower.startsWith(u'<'))
        return false;
    if (!WildcardMatcher::isPattern(narrower))
        return matcher->matches(narrower);
    // A glob narrower pattern: covered by a prefix glob whose prefix it starts with.
    const bool prefixGlob = wider.endsWith(u'*') && wider.count(u'*') == 1 && !wider.contains(u'?');
    return prefixGlob && narrower.startsWith(wider.chopped(1));
}

// The demo configuration's mappings: role -> the demo backend role mapped to it.
const QHash<QString, QString> &demoMappings()
{
    static const QHash<QString, QString> demo {{u"all_access"_s, u"admin"_s},
                                               {u"readall"_s, u"readall"_s},
                                               {u"kibana_user"_s, u"kibanauser"_s},
                                               {u"logstash"_s, u"logstash"_s}};
    return demo;
}

class Linter
{
public:
    Linter(const QJsonObject &document, const LintContext &context) : m_document(document), m_context(context)
    {
        m_roles = document.value(u"roles"_s).toObject();
        m_mappings = document.value(u"rolesmapping"_s).toObject();
        m_users = document.value(u"internalusers"_s).toObject();
        m_groups = document.value(u"actiongroups"_s).toObject();
        m_tenants = document.value(u"tenants"_s).toObject();
        m_tenantNames = m_tenants.keys();
        QJsonObject config = document.value(u"config"_s).toObject();
        if (config.contains(u"config"_s))
            config = config.value(u"config"_s).toObject();
        m_hasConfig = document.contains(u"config"_s);
        m_dynamic = config.value(u"dynamic"_s).toObject();
        // Action groups are the dynamic ones and the plugin's statics (a source may lack the statics).
        // The statics are built once per process, not once per run.
        static const QJsonObject staticGroups = StaticEntities::forMajorVersion(3).value(u"actiongroups"_s).toObject();
        QJsonObject allGroups = staticGroups;
        for (auto it = m_groups.begin(); it != m_groups.end(); ++it)
            allGroups.insert(it.key(), it.value());
        m_groupNames = allGroups.keys();
        m_flattened = FlattenedActionGroups(allGroups);
        for (auto it = m_users.begin(); it != m_users.end(); ++it) {
            for (const QString &role : Json::strings(it->toObject().value(u"opendistro_security_roles"_s)))
                m_referencedRoles.insert(role);
            const QJsonObject attributes = it->toObject().value(u"attributes"_s).toObject();
            for (auto a = attributes.begin(); a != attributes.end(); ++a)
                m_internalAttributes.insert(a.key());
        }
        for (auto it = m_mappings.begin(); it != m_mappings.end(); ++it)
            m_referencedRoles.insert(it.key());
        for (auto it = demoMappings().cbegin(); it != demoMappings().cend(); ++it) {
            if (Json::strings(m_mappings.value(it.key()).toObject().value(u"backend_roles"_s)).contains(it.value()))
                m_demoSeen = true;
        }
        const QJsonObject authc = m_dynamic.value(u"authc"_s).toObject();
        for (auto it = authc.begin(); it != authc.end(); ++it) {
            const QJsonObject domain = it->toObject();
            if (domain.contains(u"http_enabled"_s) && !domain.value(u"http_enabled"_s).toBool())
                continue;
            const QString backend =
                domain.value(u"authentication_backend"_s).toObject().value(u"type"_s).toString(u"noop"_s);
            const QString frontend = domain.value(u"http_authenticator"_s).toObject().value(u"type"_s).toString();
            m_authBackends.insert(backend.toLower());
            m_authFrontends.insert(frontend.toLower());
        }
    }

    // Limits the entity rules to these roles and mappings (the rules over users, the security config and users'
    // role combinations always run whole): what a change can have altered.
    void restrictTo(const QSet<QString> &roles, const QSet<QString> &mappings, const QSet<QString> &users)
    {
        m_scoped = true;
        m_scopeRoles = roles;
        m_scopeMappings = mappings;
        m_scopeUsers = users;
    }

    // Whether a scoped run gives this finding again (so the earlier one is dropped).
    bool recomputes(const LintFinding &f) const
    {
        // The users' role combinations, the users and the security config are looked at whole.
        if (f.rule == u"dls-overridden-expectation"_s || f.rule == u"fls-mixed-include-exclude"_s)
            return m_scopeRoles.contains(f.entity) || m_scopeRoles.contains(f.related);
        if (f.type == u"config"_s)
            return true;
        if (f.type == u"roles"_s)
            return m_scopeRoles.contains(f.entity);
        if (f.type == u"rolesmapping"_s)
            return m_scopeMappings.contains(f.entity);
        if (f.type == u"internalusers"_s)
            return f.rule != u"string-too-long-3.8"_s || m_scopeUsers.contains(f.entity);
        return false;
    }

    QList<LintFinding> run()
    {
        rolesRules();
        mappingRules();
        userRules();
        configRules();
        combinationRules();
        stringLengthRule();
        std::stable_sort(m_findings.begin(), m_findings.end(), [](const LintFinding &a, const LintFinding &b) {
            if (a.severity != b.severity)
                return a.severity > b.severity;
            return a.pointer < b.pointer;
        });
        return m_findings;
    }

private:
    bool enabled(const QString &rule) const { return !m_context.disabled.contains(rule); }

    LintFinding &add(const QString &ruleId, const QString &type, const QString &entity, const QString &where,
                     const QString &message, const QString &note = {}, const QJsonArray &fix = {})
    {
        const LintRule *rule = Lint::rule(ruleId);
        m_findings.append({ruleId, rule ? rule->severity : LintSeverity::Info, type, entity, where, message, note, fix,
                           std::exchange(m_nextRelated, QString())});
        return m_findings.last();
    }

    // The next finding added depends on this entity too.
    void addRelated(const QString &entity) { m_nextRelated = entity; }

    // Patterns repeat across thousands of entities: each is compiled once.
    const Result<WildcardMatcher> &compiled(const QString &pattern)
    {
        auto it = m_compiled.constFind(pattern);
        if (it == m_compiled.constEnd())
            it = m_compiled.insert(pattern, WildcardMatcher::compile(pattern));
        return *it;
    }

    // Whether a tenant pattern matches a defined tenant (or global_tenant); each distinct pattern is judged once.
    bool matchesSomeTenant(const QString &pattern)
    {
        if (pattern == u"global_tenant"_s || m_tenants.contains(pattern))
            return true;
        auto it = m_tenantPatternMatches.constFind(pattern);
        if (it == m_tenantPatternMatches.constEnd()) {
            const Result<WildcardMatcher> &matcher = compiled(pattern);
            const bool any = matcher && WildcardMatcher::isPattern(pattern)
                             && (matcher->matches(u"global_tenant"_s)
                                 || std::any_of(m_tenantNames.cbegin(), m_tenantNames.cend(),
                                                [&](const QString &t) { return matcher->matches(t); }));
            it = m_tenantPatternMatches.insert(pattern, any);
        }
        return *it;
    }

    // ---- roles ----

    void rolesRules()
    {
        for (auto it = m_roles.begin(); it != m_roles.end(); ++it) {
            if (m_scoped && !m_scopeRoles.contains(it.key()))
                continue;
            const QString name = it.key();
            const QJsonObject role = it->toObject();
            // The plugin's static roles are not the administrator's to change.
            if (role.value(u"static"_s).toBool())
                continue;
            const bool builtIn = isProtected(role);
            const QJsonArray indexPermissions = role.value(u"index_permissions"_s).toArray();
            for (qsizetype i = 0; i < indexPermissions.size(); ++i)
                indexPermission(name, role, i, indexPermissions.at(i).toObject());
            actionEntries(name, pointer({u"roles"_s, name, u"cluster_permissions"_s}),
                          Json::strings(role.value(u"cluster_permissions"_s)), true);
            const QJsonArray tenantPermissions = role.value(u"tenant_permissions"_s).toArray();
            for (qsizetype i = 0; i < tenantPermissions.size(); ++i)
                tenantPermission(name, role, i, tenantPermissions.at(i).toObject());
            if (!builtIn) {
                overbroad(name, role);
                if (enabled(u"unused-role"_s) && !m_referencedRoles.contains(name)) {
                    add(u"unused-role"_s, u"roles"_s, name, pointer({u"roles"_s, name}),
                        u"no role mapping and no internal user's opendistro_security_roles names the role %1: it "
                        "grants nothing to anyone"_s.arg(name),
                        u"users of other authentication backends may still get it as a backend role with "
                        "roles_mapping_resolution BOTH or BACKENDROLES_ONLY"_s);
                }
            }
        }
    }

    void indexPermission(const QString &role, const QJsonObject &roleObject, qsizetype entry, const QJsonObject &p)
    {
        const QString base = pointerWithIndex(pointer({u"roles"_s, role, u"index_permissions"_s}), entry);
        const QStringList patterns = Json::strings(p.value(u"index_patterns"_s));
        for (qsizetype i = 0; i < patterns.size(); ++i) {
            const QString where = pointerWithIndex(base + u"/index_patterns"_s, i);
            patternProblem(u"roles"_s, role, where, patterns.at(i),
                           u"the plugin drops this index pattern: the entry grants nothing through it"_s);
            templateInjection(role, where, patterns.at(i), u"index"_s);
            if (enabled(u"dead-index-pattern"_s)) {
                for (qsizetype j = 0; j < patterns.size(); ++j) {
                    if (j != i && covers(patterns.at(j), patterns.at(i))
                        && !(patterns.at(j) == patterns.at(i) && j > i)) {
                        add(u"dead-index-pattern"_s, u"roles"_s, role, where,
                            u"the index pattern %1 is already covered by %2 in the same entry"_s.arg(patterns.at(i),
                                                                                                     patterns.at(j)),
                            {}, QJsonArray {operation(u"remove"_s, where)});
                        break;
                    }
                }
            }
        }
        actionEntries(role, base + u"/allowed_actions"_s, Json::strings(p.value(u"allowed_actions"_s)), false);
        const QString dls = p.value(u"dls"_s).toString();
        if (!dls.isEmpty()) {
            dlsQuery(role, base + u"/dls"_s, dls);
            unresolvedAttributes(role, base + u"/dls"_s, dls);
        }
        Q_UNUSED(roleObject)
    }

    // Entries of allowed_actions or cluster_permissions: unknown groups, wrong side, invalid patterns.
    void actionEntries(const QString &role, const QString &where, const QStringList &entries, bool cluster)
    {
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QString &entry = entries.at(i);
            const QString at = pointerWithIndex(where, i);
            if (patternProblem(
                    u"roles"_s, role, at, entry,
                    u"an invalid pattern among the actions makes the plugin drop the whole role %1"_s.arg(role)))
                continue;
            const bool group = m_flattened.contains(entry);
            if (!group && entry != u"*"_s && enabled(u"unknown-action-group"_s)) {
                const bool looksLikeAction = entry.contains(u':');
                if (!looksLikeAction || !hasKnownNamespace(entry)) {
                    const QString suggestion = looksLikeAction ? QString() : closest(entry, m_groupNames);
                    add(u"unknown-action-group"_s, u"roles"_s, role, at,
                        looksLikeAction
                            ? u"%1 is not an action of any known namespace (cluster:, indices:, kibana:, "
                              "restapi:, system:): it matches nothing"_s.arg(entry)
                            : u"%1 is neither an action group nor an action: it matches nothing"_s.arg(entry),
                        suggestion.isEmpty() ? QString() : u"did you mean %1?"_s.arg(suggestion),
                        suggestion.isEmpty() ? QJsonArray() : QJsonArray {operation(u"replace"_s, at, suggestion)});
                }
            }
            if (!enabled(u"action-on-wrong-side"_s) || group || WildcardMatcher::isPattern(entry)
                || !entry.contains(u':'))
                continue;
            const bool clusterAction = ActionCatalogue::isClusterAction(entry, AccessEngine::Legacy, NodeSettings());
            if (!cluster && clusterAction && entry.startsWith(u"indices:"_s)) {
                const QString clusterList = pointer({u"roles"_s, role, u"cluster_permissions"_s});
                add(u"action-on-wrong-side"_s, u"roles"_s, role, at,
                    u"%1 is a cluster action: granted in index_permissions it never applies"_s.arg(entry), {},
                    QJsonArray {
                        operation(u"remove"_s, at),
                        operation(u"add"_s,
                                  clusterList
                                      + (m_roles.value(role).toObject().contains(u"cluster_permissions"_s) ? u"/-"_s
                                                                                                           : QString()),
                                  m_roles.value(role).toObject().contains(u"cluster_permissions"_s)
                                      ? QJsonValue(entry)
                                      : QJsonValue(QJsonArray {entry}))});
            } else if (cluster && entry.startsWith(u"indices:data/"_s) && !clusterAction) {
                add(u"action-on-wrong-side"_s, u"roles"_s, role, at,
                    u"%1 is an index action: granted in cluster_permissions it never applies (it needs an index "
                    "permission with index patterns)"_s.arg(entry));
            }
        }
    }

    // An invalid /regex/, a lone "/" or a blank pattern. True when it found one.
    bool patternProblem(const QString &type, const QString &entity, const QString &where, const QString &pattern,
                        const QString &consequence)
    {
        if (pattern.contains(u"${"_s) || (pattern.startsWith(u'<') && pattern.endsWith(u'>')))
            return false;
        QString problem;
        if (pattern.trimmed().isEmpty())
            problem = u"a blank pattern matches nothing"_s;
        else if (const Result<WildcardMatcher> &matcher = compiled(pattern); !matcher)
            problem = matcher.error().message;
        if (problem.isEmpty())
            return false;
        if (enabled(u"invalid-pattern"_s))
            add(u"invalid-pattern"_s, type, entity, where, u"%1: %2"_s.arg(problem, consequence), {},
                QJsonArray {operation(u"remove"_s, where)});
        return true;
    }

    void templateInjection(const QString &role, const QString &where, const QString &pattern, const QString &kind)
    {
        if (!enabled(u"template-injection"_s) || !pattern.contains(u"${"_s))
            return;
        static const QRegularExpression reference(u"\\$\\{(user\\.name|user_name|attr[._][^}]*)\\}"_s);
        if (!reference.match(pattern).hasMatch())
            return;
        QStringList risky;
        for (auto it = m_users.begin(); it != m_users.end() && risky.size() < 3; ++it) {
            if (it.key().contains(u'*') || it.key().contains(u'?') || it.key().contains(u'/'))
                risky.append(it.key());
        }
        add(u"template-injection"_s, u"roles"_s, role, where,
            u"the %1 pattern %2 is filled with the user's name or attributes and then read as a pattern: a value "
            "holding *, ? or / widens the grant"_s.arg(kind, pattern),
            risky.isEmpty() ? u"no internal user's name holds such characters; names and attributes from other "
                              "authentication backends can"_s
                            : u"internal users whose names do: %1"_s.arg(risky.join(u", "_s)));
    }

    void dlsQuery(const QString &role, const QString &where, const QString &dls)
    {
        if (!enabled(u"dls-invalid-query"_s))
            return;
        // Templates are filled with a harmless value first: only the query's shape is judged here.
        static const QRegularExpression listTemplate(u"\\[\\s*\\$\\{[^}]*\\}\\s*\\]"_s);
        static const QRegularExpression anyTemplate(u"\\$\\{[^}]*\\}"_s);
        QString text = dls;
        text.replace(listTemplate, u"[\"x\"]"_s).replace(anyTemplate, u"x"_s);
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(text.toUtf8(), &error);
        QString problem;
        if (error.error != QJsonParseError::NoError)
            problem = u"it is not valid JSON (%1 at offset %2)"_s.arg(error.errorString()).arg(error.offset);
        else if (!parsed.isObject())
            problem = u"it is not a JSON object"_s;
        else if (parsed.object().size() != 1)
            problem = u"it must hold exactly one query clause, it holds %1"_s.arg(parsed.object().size());
        else if (!knownQueryTypes().contains(parsed.object().begin().key()))
            problem = u"%1 is not a query type"_s.arg(parsed.object().begin().key());
        if (!problem.isEmpty()) {
            add(u"dls-invalid-query"_s, u"roles"_s, role, where,
                u"the DLS query is invalid: %1. From 3.6 the plugin ignores it and the entry grants unfiltered "
                "access (before 3.6 every request on these indices failed)"_s.arg(problem));
            return;
        }
        static const QRegularExpression now(u"\"now[^\"]*\""_s);
        if (now.match(text).hasMatch())
            add(u"dls-invalid-query"_s, u"roles"_s, role, where,
                u"the DLS query uses \"now\": it is accepted when saved and fails at query time"_s);
    }

    static const QSet<QString> &knownQueryTypes()
    {
        static const QSet<QString> types {u"bool"_s,
                                          u"boosting"_s,
                                          u"constant_score"_s,
                                          u"dis_max"_s,
                                          u"function_score"_s,
                                          u"match_all"_s,
                                          u"match_none"_s,
                                          u"match"_s,
                                          u"match_phrase"_s,
                                          u"match_phrase_prefix"_s,
                                          u"match_bool_prefix"_s,
                                          u"multi_match"_s,
                                          u"combined_fields"_s,
                                          u"query_string"_s,
                                          u"simple_query_string"_s,
                                          u"intervals"_s,
                                          u"term"_s,
                                          u"terms"_s,
                                          u"terms_set"_s,
                                          u"range"_s,
                                          u"exists"_s,
                                          u"prefix"_s,
                                          u"wildcard"_s,
                                          u"regexp"_s,
                                          u"fuzzy"_s,
                                          u"ids"_s,
                                          u"nested"_s,
                                          u"has_child"_s,
                                          u"has_parent"_s,
                                          u"parent_id"_s,
                                          u"geo_bounding_box"_s,
                                          u"geo_distance"_s,
                                          u"geo_polygon"_s,
                                          u"geo_shape"_s,
                                          u"shape"_s,
                                          u"xy_shape"_s,
                                          u"script"_s,
                                          u"script_score"_s,
                                          u"wrapper"_s,
                                          u"more_like_this"_s,
                                          u"distance_feature"_s,
                                          u"rank_feature"_s,
                                          u"percolate"_s,
                                          u"span_term"_s,
                                          u"span_multi"_s,
                                          u"span_first"_s,
                                          u"span_near"_s,
                                          u"span_or"_s,
                                          u"span_not"_s,
                                          u"span_containing"_s,
                                          u"span_within"_s,
                                          u"field_masking_span"_s,
                                          u"knn"_s,
                                          u"neural"_s,
                                          u"hybrid"_s,
                                          u"template"_s};
        return types;
    }

    void unresolvedAttributes(const QString &role, const QString &where, const QString &dls)
    {
        if (!enabled(u"unresolved-attribute"_s))
            return;
        for (const QString &name : UserAttributes::unresolved(dls)) {
            const QString reference = name.section(u":-"_s, 0, 0);
            if (!reference.startsWith(u"attr"_s) || name.contains(u":-"_s))
                continue;
            QString source = reference.mid(5).section(reference.contains(u'.') ? u'.' : u'_', 0, 0);
            const QString key = reference.mid(5 + source.size() + 1);
            bool provided = false;
            QString note;
            if (source == u"internal"_s) {
                provided = m_internalAttributes.contains(key);
            } else if (source == u"jwt"_s || source == u"ldap"_s || source == u"proxy"_s || source == u"saml"_s) {
                const QString backend = source == u"proxy"_s ? u"proxy"_s : source;
                provided = m_authFrontends.contains(backend) || m_authBackends.contains(backend)
                           || m_authFrontends.contains(u"extended-proxy"_s);
                note = u"the attributes a %1 backend sends are not visible in the configuration; only whether one "
                       "is configured"_s.arg(source);
            }
            if (!m_hasConfig)
                note = u"the security config is not visible: the authentication backends are unknown"_s;
            if (!provided)
                add(u"unresolved-attribute"_s, u"roles"_s, role, where,
                    u"the DLS query references ${%1}, which no configured authentication backend provides: every "
                    "request on these indices fails with \"DLS query references undefined user attributes\""_s.arg(
                        reference),
                    note);
        }
    }

    void tenantPermission(const QString &role, const QJsonObject &roleObject, qsizetype entry, const QJsonObject &p)
    {
        const QString base = pointerWithIndex(pointer({u"roles"_s, role, u"tenant_permissions"_s}), entry);
        const QStringList patterns = Json::strings(p.value(u"tenant_patterns"_s));
        for (qsizetype i = 0; i < patterns.size(); ++i) {
            const QString where = pointerWithIndex(base + u"/tenant_patterns"_s, i);
            const QString &pattern = patterns.at(i);
            if (patternProblem(u"roles"_s, role, where, pattern,
                               u"the plugin stops reading this role's tenant permissions here"_s))
                continue;
            templateInjection(role, where, pattern, u"tenant"_s);
            if (!enabled(u"tenant-pattern-undefined"_s) || pattern.contains(u"${"_s) || pattern == u"global_tenant"_s
                || pattern == u"__user__"_s)
                continue;
            if (!matchesSomeTenant(pattern)) {
                const QString suggestion = pattern == u"global"_s
                                               ? u"global_tenant"_s
                                               : closest(pattern, m_tenantNames + QStringList {u"global_tenant"_s});
                add(u"tenant-pattern-undefined"_s, u"roles"_s, role, where,
                    u"the tenant pattern %1 matches no defined tenant: it grants nothing"_s.arg(pattern),
                    suggestion.isEmpty() ? QString() : u"did you mean %1?"_s.arg(suggestion),
                    suggestion.isEmpty() ? QJsonArray() : QJsonArray {operation(u"replace"_s, where, suggestion)});
            }
        }
        if (!enabled(u"tenant-write-missing"_s))
            return;
        const QStringList actions = Json::strings(p.value(u"allowed_actions"_s));
        const bool write = m_flattened.resolve(actions).contains(TenantWrite);
        const bool star = actions == QStringList {u"*"_s};
        static const QRegularExpression writer(u"writ|editor|\\brw\\b|_rw|rw_|manage|admin"_s,
                                               QRegularExpression::CaseInsensitiveOption);
        const bool namedWriter =
            writer.match(role).hasMatch() || writer.match(roleObject.value(u"description"_s).toString()).hasMatch();
        if (!write && (star || namedWriter)) {
            add(u"tenant-write-missing"_s, u"roles"_s, role, base + u"/allowed_actions"_s,
                star ? u"allowed_actions [\"*\"] on tenants gives read-only access: write needs "
                       "kibana:saved_objects/*/write (kibana_all_write)"_s
                     : u"the role is named or described as a writer, but its tenant permission gives read-only "
                       "access (no kibana:saved_objects/*/write)"_s,
                {},
                QJsonArray {operation(u"replace"_s, base + u"/allowed_actions"_s, QJsonArray {u"kibana_all_write"_s})});
        }
    }

    // Who a role reaches: a mapping with anything in it, or an internal user naming it.
    bool isMapped(const QString &role, bool *onlyAdmins) const
    {
        bool mapped = false;
        bool admins = true;
        const QJsonObject mapping = m_mappings.value(role).toObject();
        for (const char *field : {"users", "backend_roles", "and_backend_roles", "hosts"}) {
            for (const QString &who : Json::strings(mapping.value(QLatin1String(field)))) {
                mapped = true;
                admins = admins && who == u"admin"_s;
            }
        }
        if (m_referencedRoles.contains(role) && !m_mappings.contains(role)) {
            mapped = true;
            admins = false;
        }
        *onlyAdmins = admins;
        return mapped;
    }

    void overbroad(const QString &name, const QJsonObject &role)
    {
        if (!enabled(u"overbroad-grant"_s))
            return;
        bool onlyAdmins = true;
        if (!isMapped(name, &onlyAdmins) || onlyAdmins)
            return;
        QStringList grants;
        const QStringList cluster = m_flattened.resolve(Json::strings(role.value(u"cluster_permissions"_s)));
        if (cluster.contains(u"*"_s))
            grants.append(u"every cluster action (*)"_s);
        if (cluster.contains(u"restapi:admin/*"_s))
            grants.append(u"the whole security REST API (restapi:admin/*)"_s);
        const QJsonArray permissions = role.value(u"index_permissions"_s).toArray();
        for (const QJsonValue &value : permissions) {
            const QJsonObject p = value.toObject();
            const QStringList actions = m_flattened.resolve(Json::strings(p.value(u"allowed_actions"_s)));
            const bool everyIndex = Json::strings(p.value(u"index_patterns"_s)).contains(u"*"_s);
            if (everyIndex && (actions.contains(u"*"_s) || actions.contains(u"indices:*"_s))) {
                grants.append(u"every index action on every index"_s);
                break;
            }
        }
        if (!grants.isEmpty())
            add(u"overbroad-grant"_s, u"roles"_s, name, pointer({u"roles"_s, name}),
                u"the role %1 grants %2 and is mapped to users other than admin"_s.arg(name, grants.join(u", "_s)));
    }

    // ---- role mappings ----

    void mappingRules()
    {
        const bool internalOnly = m_hasConfig && !m_authBackends.isEmpty()
                                  && std::all_of(m_authBackends.cbegin(), m_authBackends.cend(), [](const QString &b) {
                                         return b == u"intern"_s || b == u"internal"_s || b == u"noop"_s;
                                     });
        const QString hostsMode = m_dynamic.value(u"hosts_resolver_mode"_s).toString(u"ip-only"_s);
        for (auto it = m_mappings.begin(); it != m_mappings.end(); ++it) {
            if (m_scoped && !m_scopeMappings.contains(it.key()))
                continue;
            const QString role = it.key();
            const QJsonObject mapping = it->toObject();
            const QString base = pointer({u"rolesmapping"_s, role});
            if (enabled(u"mapping-to-missing-role"_s) && !m_roles.isEmpty() && !m_roles.contains(role)) {
                const QString suggestion = closest(role, m_roles.keys());
                add(u"mapping-to-missing-role"_s, u"rolesmapping"_s, role, base,
                    u"the mapping names the role %1, which does not exist: it grants nothing"_s.arg(role),
                    suggestion.isEmpty() ? QString() : u"did you mean %1?"_s.arg(suggestion),
                    isProtected(mapping) ? QJsonArray() : QJsonArray {operation(u"remove"_s, base)});
            }
            for (const char *field : {"users", "backend_roles", "and_backend_roles", "hosts"}) {
                const QString fieldName = QLatin1String(field);
                const QStringList entries = Json::strings(mapping.value(fieldName));
                for (qsizetype i = 0; i < entries.size(); ++i) {
                    const QString where = pointerWithIndex(base + u'/' + fieldName, i);
                    const QString &entry = entries.at(i);
                    patternProblem(u"rolesmapping"_s, role, where, entry, u"this mapping entry matches nobody"_s);
                    if ((fieldName == u"users"_s || fieldName == u"hosts"_s) && enabled(u"mapping-matches-everyone"_s)
                        && matchesEveryone(entry)) {
                        add(u"mapping-matches-everyone"_s, u"rolesmapping"_s, role, where,
                            u"%1 %2 matches every %3: everyone gets the role %4"_s.arg(
                                fieldName, entry, fieldName == u"users"_s ? u"user"_s : u"caller"_s, role),
                            {}, QJsonArray {operation(u"remove"_s, where)});
                    }
                    if (fieldName == u"users"_s && enabled(u"mapped-user-missing"_s)
                        && !WildcardMatcher::isPattern(entry) && !m_users.isEmpty() && !m_users.contains(entry)) {
                        if (internalOnly)
                            add(u"mapped-user-missing"_s, u"rolesmapping"_s, role, where,
                                u"the user %1 is not an internal user, and every authentication backend is "
                                "internal: the entry is stale"_s.arg(entry),
                                {}, QJsonArray {operation(u"remove"_s, where)});
                    }
                    if (fieldName == u"hosts"_s && enabled(u"hostname-mapping-disabled"_s) && hostsMode == u"ip-only"_s
                        && entry.contains(QRegularExpression(u"[A-Za-z]"_s)) && !entry.contains(u':')) {
                        add(u"hostname-mapping-disabled"_s, u"rolesmapping"_s, role, where,
                            u"%1 is a host name, and hosts_resolver_mode is ip-only: it never matches"_s.arg(entry),
                            m_hasConfig ? QString()
                                        : u"the security config is not visible: ip-only (the default) assumed"_s);
                    }
                }
            }
            demoMapping(role, mapping, base);
        }
    }

    void demoMapping(const QString &role, const QJsonObject &mapping, const QString &base)
    {
        if (!enabled(u"demo-config-left"_s))
            return;
        const auto found = demoMappings().constFind(role);
        if (found == demoMappings().constEnd())
            return;
        const QStringList backendRoles = Json::strings(mapping.value(u"backend_roles"_s));
        const qsizetype at = backendRoles.indexOf(*found);
        if (at < 0)
            return;
        const QString where = pointerWithIndex(base + u"/backend_roles"_s, at);
        add(u"demo-config-left"_s, u"rolesmapping"_s, role, where,
            u"the demo configuration's mapping %1 ← backend role %2 is still there: anyone whose authentication "
            "backend reports that role gets %1"_s.arg(role, *found),
            {}, QJsonArray {operation(u"remove"_s, where)});
    }

    // ---- internal users ----

    void userRules()
    {
        static const QStringList demoUsers {u"admin"_s,    u"anomalyadmin"_s, u"kibanaserver"_s,   u"kibanaro"_s,
                                            u"logstash"_s, u"readall"_s,      u"snapshotrestore"_s};
        const QString algorithm =
            m_context.settings.toJson().value(u"plugins.security.password.hashing.algorithm"_s).toString(u"BCrypt"_s);
        QStringList demoPresent;
        for (auto it = m_users.begin(); it != m_users.end(); ++it) {
            const QJsonObject user = it->toObject();
            if (demoUsers.contains(it.key()))
                demoPresent.append(it.key());
            if (!enabled(u"weak-hash"_s) || !m_context.hashesVisible)
                continue;
            const QString hash = user.value(u"hash"_s).toString();
            if (hash.isEmpty())
                continue;
            const QString where = pointer({u"internalusers"_s, it.key(), u"hash"_s});
            static const QRegularExpression bcrypt(u"^\\$2[abxy]?\\$(\\d\\d)\\$"_s);
            const QRegularExpressionMatch match = bcrypt.match(hash);
            const bool bcryptAlgorithm = algorithm.compare(u"bcrypt"_s, Qt::CaseInsensitive) == 0;
            if (bcryptAlgorithm && !match.hasMatch()) {
                add(u"weak-hash"_s, u"internalusers"_s, it.key(), where,
                    u"the hash is not a bcrypt hash, while the cluster hashes with %1: the user cannot log in"_s.arg(
                        algorithm),
                    m_context.settingsKnown ? QString() : u"node settings not given: BCrypt (the default) assumed"_s);
            } else if (match.hasMatch() && match.captured(1).toInt() < 12) {
                add(u"weak-hash"_s, u"internalusers"_s, it.key(), where,
                    u"the bcrypt cost is %1, below 12: the password is cheap to guess from a leaked hash"_s.arg(
                        match.captured(1).toInt()));
            }
        }
        if (enabled(u"demo-config-left"_s) && m_demoSeen) {
            for (const QString &name : std::as_const(demoPresent)) {
                add(u"demo-config-left"_s, u"internalusers"_s, name, pointer({u"internalusers"_s, name}),
                    u"%1 is a user of the demo configuration, which is still in place"_s.arg(name),
                    m_context.hashesVisible ? u"check that its password is not the published demo password"_s
                                            : u"the password hash is not visible: the demo password may have been "
                                              "changed"_s);
            }
        }
    }

    // ---- security config ----

    void configRules()
    {
        if (enabled(u"demo-config-left"_s)
            && m_context.settings.toJson().value(u"plugins.security.allow_unsafe_democertificates"_s).toBool()) {
            add(u"demo-config-left"_s, u"config"_s, {}, pointer({u"config"_s}),
                u"plugins.security.allow_unsafe_democertificates is true: the published demo certificates are "
                "trusted"_s);
        }
        if (!enabled(u"engine-setting-ignored"_s))
            return;
        if (m_dynamic.value(u"privileges_evaluation_type"_s).toString().compare(u"v4"_s, Qt::CaseInsensitive) != 0)
            return;
        const QString base = m_document.value(u"config"_s).toObject().contains(u"config"_s)
                                 ? pointer({u"config"_s, u"config"_s, u"dynamic"_s})
                                 : pointer({u"config"_s, u"dynamic"_s});
        for (const char *setting :
             {"do_not_fail_on_forbidden", "do_not_fail_on_forbidden_empty", "filtered_alias_mode"}) {
            const QString key = QLatin1String(setting);
            if (m_dynamic.contains(key))
                add(u"engine-setting-ignored"_s, u"config"_s, {}, base + u'/' + key,
                    u"%1 is set, but privileges_evaluation_type is v4, which ignores it"_s.arg(key), {},
                    QJsonArray {operation(u"remove"_s, base + u'/' + key)});
        }
    }

    // ---- users' role combinations ----

    struct RoleTraits
    {
        QStringList dlsPatterns;          // index patterns of entries with DLS
        QStringList unrestrictedPatterns; // of entries without DLS
        QStringList includePatterns;      // of entries whose FLS only includes
        QStringList excludePatterns;      // of entries whose FLS excludes
    };

    const RoleTraits &traits(const QString &role)
    {
        auto it = m_traits.constFind(role);
        if (it != m_traits.constEnd())
            return *it;
        RoleTraits t;
        for (const QJsonValue &value : m_roles.value(role).toObject().value(u"index_permissions"_s).toArray()) {
            const QJsonObject p = value.toObject();
            const QStringList patterns = Json::strings(p.value(u"index_patterns"_s));
            (p.value(u"dls"_s).toString().isEmpty() ? t.unrestrictedPatterns : t.dlsPatterns) += patterns;
            const QStringList fls = Json::strings(p.value(u"fls"_s));
            if (fls.isEmpty())
                continue;
            const bool excludes = std::any_of(
                fls.cbegin(), fls.cend(), [](const QString &f) { return f.startsWith(u'~') || f.startsWith(u'!'); });
            (excludes ? t.excludePatterns : t.includePatterns) += patterns;
        }
        return *m_traits.insert(role, t);
    }

    // Two patterns can name the same index: one matches the other as a name, or both are globs with a common prefix.
    bool overlap(const QString &a, const QString &b)
    {
        if (a == b || a == u"*"_s || b == u"*"_s)
            return true;
        const Result<WildcardMatcher> &ma = compiled(a);
        const Result<WildcardMatcher> &mb = compiled(b);
        if ((ma && ma->matches(b)) || (mb && mb->matches(a)))
            return true;
        if (a.startsWith(u'/') || b.startsWith(u'/'))
            return false;
        const auto stem = [](const QString &p) {
            qsizetype cut = p.size();
            for (qsizetype i = 0; i < p.size(); ++i) {
                if (p.at(i) == u'*' || p.at(i) == u'?') {
                    cut = i;
                    break;
                }
            }
            return QStringView(p).left(cut);
        };
        const QStringView sa = stem(a), sb = stem(b);
        const bool globA = sa.size() < a.size(), globB = sb.size() < b.size();
        return globA && globB && (sa.startsWith(sb) || sb.startsWith(sa));
    }

    QString sharedPattern(const QStringList &a, const QStringList &b)
    {
        for (const QString &x : a) {
            for (const QString &y : b) {
                if (overlap(x, y))
                    return x == y ? x : x + u" / "_s + y;
            }
        }
        return {};
    }

    // One finding per role, naming the first user found holding it together with a conflicting role. Pattern lists
    // are numbered and each pair of lists judged once, and a role already reported is not looked at again, so that
    // 50,000 users' role pairs cost little.
    void combinationRules()
    {
        const bool dls = enabled(u"dls-overridden-expectation"_s);
        const bool fls = enabled(u"fls-mixed-include-exclude"_s);
        if ((!dls && !fls) || m_users.isEmpty())
            return;
        const RoleMapper mapper(m_mappings, m_context.settings.roleMappingResolution());
        const bool dfm = m_context.settings.dfmEmptyOverridesAll();
        // A scoped run looks only at users holding a role in scope that takes part in pairs at all (one with DLS,
        // FLS or an unrestricted entry): a mapping of those roles alone tells who they are, quickly.
        QSet<QString> pairScope;
        QJsonObject pairScopeMappings;
        if (m_scoped) {
            for (const QString &role : std::as_const(m_scopeRoles)) {
                const RoleTraits &t = traits(role);
                if (t.dlsPatterns.isEmpty() && t.unrestrictedPatterns.isEmpty() && t.includePatterns.isEmpty()
                    && t.excludePatterns.isEmpty())
                    continue;
                pairScope.insert(role);
                if (m_mappings.contains(role))
                    pairScopeMappings.insert(role, m_mappings.value(role));
            }
            if (pairScope.isEmpty())
                return;
        }
        const RoleMapper scopeMapper(pairScopeMappings, m_context.settings.roleMappingResolution());
        const auto holdsPairScope = [&](const AccessUser &user) {
            for (const QString &role : user.securityRoles) {
                if (pairScope.contains(role))
                    return true;
            }
            if (m_context.settings.roleMappingResolution() != NodeSettings::RoleMappingResolution::MappingOnly) {
                for (const QString &role : user.backendRoles) {
                    if (pairScope.contains(role))
                        return true;
                }
            }
            return !scopeMapper.mapNames(user).isEmpty();
        };
        struct Role
        {
            QString name;
            int dls = -1, unrestricted = -1, include = -1, exclude = -1; // pattern list ids; -1: none
            bool inScope = true; // a scoped run looks only at pairs with a role in scope
        };
        QHash<QStringList, int> listIds;
        QList<QStringList> lists;
        const auto listId = [&](const QStringList &list) {
            if (list.isEmpty())
                return -1;
            auto it = listIds.constFind(list);
            if (it == listIds.constEnd()) {
                it = listIds.insert(list, int(lists.size()));
                lists.append(list);
            }
            return *it;
        };
        QHash<QString, int> roleIds;
        QList<Role> roles;
        const auto roleId = [&](const QString &name) {
            auto it = roleIds.constFind(name);
            if (it == roleIds.constEnd()) {
                const RoleTraits t = traits(name);
                it = roleIds.insert(name, int(roles.size()));
                roles.append({name, listId(t.dlsPatterns), listId(t.unrestrictedPatterns), listId(t.includePatterns),
                              listId(t.excludePatterns), !m_scoped || pairScope.contains(name)});
            }
            return *it;
        };
        QHash<quint64, QString> shared; // (list, list) -> a shared pattern, empty: none
        const auto sharedBetween = [&](int a, int b) -> QString {
            const quint64 key = (quint64(quint32(a)) << 32) | quint32(b);
            auto it = shared.constFind(key);
            if (it == shared.constEnd())
                it = shared.insert(key, sharedPattern(lists.at(a), lists.at(b)));
            return *it;
        };
        QSet<int> reportedDls, reportedFls;
        QVarLengthArray<int, 64> ids;
        // Users named by the same users entries, with the same backend and security roles, get the same roles: each
        // such combination is looked at once.
        QSet<QString> seenCombinations;
        QString combination;
        for (auto user = m_users.begin(); user != m_users.end(); ++user) {
            const QJsonObject entry = user->toObject();
            const QJsonValue backendRoles = entry.value(u"backend_roles"_s);
            const QJsonValue securityRoles = entry.value(u"opendistro_security_roles"_s);
            combination = mapper.userEntriesKey(user.key()) + QChar(0x1d);
            for (const QJsonValue &role : backendRoles.toArray())
                combination += role.toString() + QChar(0x1f);
            combination += QChar(0x1e);
            for (const QJsonValue &role : securityRoles.toArray())
                combination += role.toString() + QChar(0x1f);
            if (seenCombinations.contains(combination))
                continue;
            seenCombinations.insert(combination);
            AccessUser subject;
            subject.name = user.key();
            subject.backendRoles = Json::strings(backendRoles);
            subject.securityRoles = Json::strings(securityRoles);
            if (m_scoped && !holdsPairScope(subject))
                continue;
            ids.clear();
            bool anyCandidate = false;
            bool anyInScope = false;
            for (const QString &name : mapper.mapNames(subject)) {
                const int id = roleId(name);
                ids.append(id);
                const Role &r = roles.at(id);
                anyCandidate = anyCandidate || (dls && r.dls >= 0 && !reportedDls.contains(id))
                               || (fls && r.include >= 0 && !reportedFls.contains(id));
                anyInScope = anyInScope || r.inScope;
            }
            if (!anyCandidate || !anyInScope)
                continue;
            for (const int a : ids) {
                const Role &ra = roles.at(a);
                const bool dlsCandidate = dls && ra.dls >= 0 && !reportedDls.contains(a);
                const bool flsCandidate = fls && ra.include >= 0 && !reportedFls.contains(a);
                for (const int b : ids) {
                    if (a == b || (!dlsCandidate && !flsCandidate))
                        continue;
                    const Role &rb = roles.at(b);
                    if (!ra.inScope && !rb.inScope)
                        continue;
                    if (dlsCandidate && rb.unrestricted >= 0 && !reportedDls.contains(a)) {
                        if (const QString on = sharedBetween(ra.dls, rb.unrestricted); !on.isEmpty()) {
                            reportedDls.insert(a);
                            addRelated(rb.name);
                            add(u"dls-overridden-expectation"_s, u"roles"_s, ra.name, pointer({u"roles"_s, ra.name}),
                                dfm ? u"%1 is mapped to a role with DLS (%2) and to one without (%3) on the same "
                                      "indices (%4): with dfm_empty_overrides_all true the unrestricted role wins and "
                                      "%1 sees every document"_s.arg(subject.name, ra.name, rb.name, on)
                                    : u"%1 is mapped to a role with DLS (%2) and to one without (%3) on the same "
                                      "indices (%4): with dfm_empty_overrides_all false (the default) the DLS of %2 "
                                      "still restricts %1"_s.arg(subject.name, ra.name, rb.name, on),
                                m_context.settingsKnown ? QString()
                                                        : u"node settings not given: dfm_empty_overrides_all false "
                                                          "(the default) assumed"_s);
                        }
                    }
                    if (flsCandidate && rb.exclude >= 0 && !reportedFls.contains(a)) {
                        if (const QString on = sharedBetween(ra.include, rb.exclude); !on.isEmpty()) {
                            reportedFls.insert(a);
                            addRelated(rb.name);
                            add(u"fls-mixed-include-exclude"_s, u"roles"_s, ra.name, pointer({u"roles"_s, ra.name}),
                                u"%1 is mapped to a role whose FLS includes fields (%2) and to one whose FLS excludes "
                                "fields (%3) on the same indices (%4): only the exclusions apply, so the fields %2 "
                                "meant to hide are visible"_s.arg(subject.name, ra.name, rb.name, on));
                        }
                    }
                }
            }
        }
    }

    // ---- every string ----

    void stringLengthRule()
    {
        if (!enabled(u"string-too-long-3.8"_s))
            return;
        if (m_context.clusterVersion && *m_context.clusterVersion < QVersionNumber(3, 8))
            return;
        const QString note =
            m_context.clusterVersion ? QString() : u"the cluster's version is not known: this matters from 3.8"_s;
        for (const QString &type :
             {u"roles"_s, u"rolesmapping"_s, u"internalusers"_s, u"actiongroups"_s, u"tenants"_s}) {
            const QJsonObject entities = m_document.value(type).toObject();
            const QSet<QString> *scope = type == u"roles"_s           ? &m_scopeRoles
                                         : type == u"rolesmapping"_s  ? &m_scopeMappings
                                         : type == u"internalusers"_s ? &m_scopeUsers
                                                                      : nullptr;
            for (auto it = entities.begin(); it != entities.end(); ++it) {
                if (m_scoped && (!scope || !scope->contains(it.key())))
                    continue;
                longStrings(type, it.key(), pointer({type, it.key()}), *it, note);
            }
        }
    }

    void longStrings(const QString &type, const QString &entity, const QString &where, const QJsonValue &value,
                     const QString &note)
    {
        if (value.isString()) {
            if (value.toString().size() > 256)
                add(u"string-too-long-3.8"_s, type, entity, where,
                    u"this value is %1 characters long: from 3.8 the plugin refuses PUT and PATCH bodies holding a "
                    "string over 256"_s.arg(value.toString().size()),
                    note);
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                longStrings(type, entity, pointerWithIndex(where, i), array.at(i), note);
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                longStrings(type, entity, where + u'/' + JsonPointer::escapeToken(it.key()), *it, note);
        }
    }

    const QJsonObject &m_document;
    const LintContext &m_context;
    QJsonObject m_roles, m_mappings, m_users, m_groups, m_tenants, m_dynamic;
    bool m_hasConfig = false;
    QStringList m_groupNames;
    FlattenedActionGroups m_flattened;
    QSet<QString> m_referencedRoles;
    QSet<QString> m_internalAttributes;
    QSet<QString> m_authBackends, m_authFrontends;
    QHash<QString, RoleTraits> m_traits;
    QHash<QString, Result<WildcardMatcher>> m_compiled;
    QStringList m_tenantNames;
    QHash<QString, bool> m_tenantPatternMatches;
    bool m_demoSeen = false;
    bool m_scoped = false;
    QString m_nextRelated;
    QSet<QString> m_scopeRoles, m_scopeMappings, m_scopeUsers;
    QList<LintFinding> m_findings;
};

// The change rules: edits of built-in entities, and lockouts.
QList<LintFinding> changeFindings(const QJsonObject &before, const QJsonObject &after, const LintContext &context)
{
    QList<LintFinding> findings;
    const auto rule = [](const QString &id) { return Lint::rule(id)->severity; };
    if (!context.disabled.contains(u"reserved-edit"_s)) {
        for (const QString &type :
             {u"roles"_s, u"rolesmapping"_s, u"internalusers"_s, u"actiongroups"_s, u"tenants"_s}) {
            const QJsonObject was = before.value(type).toObject();
            const QJsonObject now = after.value(type).toObject();
            for (auto it = was.begin(); it != was.end(); ++it) {
                if (!isProtected(it->toObject()) || now.value(it.key()) == *it)
                    continue;
                findings.append(
                    {u"reserved-edit"_s,
                     rule(u"reserved-edit"_s),
                     type,
                     it.key(),
                     pointer({type, it.key()}),
                     u"%1 %2 is reserved, static or hidden: the REST API refuses to change it"_s.arg(type, it.key()),
                     {},
                     {},
                     {}});
            }
        }
    }
    if (!context.disabled.contains(u"self-lockout"_s)) {
        for (const Lockout &lockout : PatchGuards::lockouts(before, after, context.connection))
            findings.append({u"self-lockout"_s,
                             rule(u"self-lockout"_s),
                             lockout.pointer.section(u'/', 1, 1),
                             lockout.entity,
                             lockout.pointer,
                             lockout.sentence,
                             {},
                             {},
                             {}});
    }
    return findings;
}

} // namespace

QString LintSeverities::name(LintSeverity severity)
{
    switch (severity) {
    case LintSeverity::Critical:
        return u"critical"_s;
    case LintSeverity::High:
        return u"high"_s;
    case LintSeverity::Medium:
        return u"medium"_s;
    case LintSeverity::Info:
        break;
    }
    return u"info"_s;
}

std::optional<LintSeverity> LintSeverities::fromName(const QString &name)
{
    for (LintSeverity s : {LintSeverity::Info, LintSeverity::Medium, LintSeverity::High, LintSeverity::Critical}) {
        if (LintSeverities::name(s) == name.toLower())
            return s;
    }
    return std::nullopt;
}

QJsonObject LintFinding::toJson() const
{
    QJsonObject object {{u"rule"_s, rule},       {u"severity"_s, LintSeverities::name(severity)},
                        {u"type"_s, type},       {u"entity"_s, entity},
                        {u"pointer"_s, pointer}, {u"message"_s, message}};
    if (!note.isEmpty())
        object.insert(u"note"_s, note);
    if (!fix.isEmpty())
        object.insert(u"fix"_s, fix);
    return object;
}

const QList<LintRule> &Lint::rules()
{
    using S = LintSeverity;
    static const QList<LintRule> all {
        {u"dls-invalid-query"_s, S::Critical, u"A DLS query that is not a valid query"_s,
         u"From 3.6 the plugin ignores an invalid DLS query and the entry grants unfiltered access."_s},
        {u"mapping-matches-everyone"_s, S::Critical, u"A role mapping that matches everyone"_s,
         u"users: [\"*\"] or hosts: [\"*\"] gives the role to every user."_s},
        {u"demo-config-left"_s, S::Critical, u"The demo configuration is still in place"_s,
         u"Demo mappings, users and certificates promoted to production."_s},
        {u"overbroad-grant"_s, S::Critical, u"A custom role grants everything to non-admins"_s,
         u"*, unlimited, restapi:admin/* or indices:* on * in a role mapped to users other than admin."_s},
        {u"dls-overridden-expectation"_s, S::Critical, u"A user with DLS and unrestricted roles on the same indices"_s,
         u"Which one wins depends on dfm_empty_overrides_all; either way rarely what was meant."_s},
        {u"fls-mixed-include-exclude"_s, S::Critical, u"FLS inclusions and exclusions reaching the same index"_s,
         u"Only the exclusions apply, so fields meant to be hidden by the inclusions leak."_s},
        {u"mapping-to-missing-role"_s, S::High, u"A role mapping for a role that does not exist"_s,
         u"It grants nothing; usually a typo or a deleted role."_s},
        {u"mapped-user-missing"_s, S::High, u"A mapped user who is no internal user"_s,
         u"With internal authentication only, the entry is stale."_s},
        {u"unknown-action-group"_s, S::High, u"An action group or action that matches nothing"_s,
         u"An unknown name in allowed_actions or cluster_permissions silently grants nothing."_s},
        {u"action-on-wrong-side"_s, S::High, u"A cluster action among index permissions, or the reverse"_s,
         u"The grant never applies."_s},
        {u"invalid-pattern"_s, S::High, u"An invalid pattern"_s,
         u"An invalid regex among the actions drops the whole role; among index patterns, that pattern."_s},
        {u"tenant-pattern-undefined"_s, S::High, u"A tenant pattern that matches no tenant"_s,
         u"It grants nothing (global vs global_tenant)."_s},
        {u"tenant-write-missing"_s, S::High, u"A tenant permission that is read-only by mistake"_s,
         u"allowed_actions [\"*\"] on tenants is read-only."_s},
        {u"template-injection"_s, S::High, u"A user name or attribute read as a pattern"_s,
         u"A value holding *, ? or / widens the grant."_s},
        {u"unresolved-attribute"_s, S::High, u"A DLS query with an attribute no backend provides"_s,
         u"Every request on those indices fails."_s},
        {u"string-too-long-3.8"_s, S::High, u"A string over 256 characters"_s,
         u"From 3.8 the plugin refuses such bodies."_s},
        {u"reserved-edit"_s, S::Medium, u"A change to a reserved, hidden or static entity"_s,
         u"The REST API refuses it."_s},
        {u"weak-hash"_s, S::Medium, u"A weak or mismatched password hash"_s,
         u"A bcrypt cost below 12, or a format the cluster's hashing algorithm does not read."_s},
        {u"unused-role"_s, S::Info, u"A role nothing maps"_s, u"It grants nothing to anyone."_s},
        {u"dead-index-pattern"_s, S::Info, u"An index pattern another pattern of the entry covers"_s,
         u"It adds nothing."_s},
        {u"engine-setting-ignored"_s, S::Info, u"A setting the v4 engine ignores"_s,
         u"do_not_fail_on_forbidden and filtered_alias_mode do nothing under v4."_s},
        {u"hostname-mapping-disabled"_s, S::Info, u"A host name in hosts with ip-only resolution"_s,
         u"It never matches."_s},
        {u"self-lockout"_s, S::Critical, u"A change that locks out the connected user"_s,
         u"The connected user (or the Dashboards server user) loses access or roles it has now."_s},
    };
    return all;
}

const LintRule *Lint::rule(const QString &id)
{
    for (const LintRule &rule : rules()) {
        if (rule.id == id)
            return &rule;
    }
    return nullptr;
}

QList<LintFinding> Lint::run(const QJsonObject &document, const LintContext &context)
{
    return Linter(document, context).run();
}

namespace {

// The entities of `type` whose value differs between the two documents (added and removed ones too).
QSet<QString> changedEntities(const QJsonObject &before, const QJsonObject &after, const QString &type)
{
    const QJsonObject was = before.value(type).toObject();
    const QJsonObject now = after.value(type).toObject();
    QSet<QString> changed;
    if (was == now)
        return changed;
    for (auto it = was.begin(); it != was.end(); ++it) {
        if (now.value(it.key()) != *it)
            changed.insert(it.key());
    }
    for (auto it = now.begin(); it != now.end(); ++it) {
        if (!was.contains(it.key()))
            changed.insert(it.key());
    }
    return changed;
}

QSet<QString> attributeKeys(const QJsonObject &document)
{
    QSet<QString> keys;
    const QJsonObject users = document.value(u"internalusers"_s).toObject();
    for (auto it = users.begin(); it != users.end(); ++it) {
        const QJsonObject attributes = it->toObject().value(u"attributes"_s).toObject();
        for (auto a = attributes.begin(); a != attributes.end(); ++a)
            keys.insert(a.key());
    }
    return keys;
}

// The findings of `after`, reusing those of `before` for the roles and mappings a change cannot have touched: a
// role's findings depend on the role, its mapping and the users naming it; a mapping's on the mapping, whether its
// role exists, and the users it names. A change to action groups, tenants, the security config or the users'
// attribute names can touch every role: then everything is linted again.
QList<LintFinding> afterFindings(const QJsonObject &before, const QJsonObject &after, const LintContext &context,
                                 const QList<LintFinding> &was)
{
    for (const QString &type : {u"actiongroups"_s, u"tenants"_s, u"config"_s}) {
        if (before.value(type) != after.value(type))
            return Lint::run(after, context);
    }
    const QSet<QString> users = changedEntities(before, after, u"internalusers"_s);
    if (!users.isEmpty() && attributeKeys(before) != attributeKeys(after))
        return Lint::run(after, context);
    QSet<QString> roles = changedEntities(before, after, u"roles"_s);
    const QSet<QString> mappingsChanged = changedEntities(before, after, u"rolesmapping"_s);
    QSet<QString> mappings = mappingsChanged;
    roles.unite(mappingsChanged);
    // A changed user's roles, before and after (their findings, and the users' role combinations, involve them).
    if (!users.isEmpty()) {
        for (const QJsonObject &document : {before, after}) {
            const RoleMapper mapper(document.value(u"rolesmapping"_s).toObject(),
                                    context.settings.roleMappingResolution());
            const QJsonObject all = document.value(u"internalusers"_s).toObject();
            for (const QString &user : users) {
                const QJsonObject entry = all.value(user).toObject();
                AccessUser subject;
                subject.name = user;
                subject.backendRoles = Json::strings(entry.value(u"backend_roles"_s));
                subject.securityRoles = Json::strings(entry.value(u"opendistro_security_roles"_s));
                for (const QString &role : mapper.mapNames(subject))
                    roles.insert(role);
            }
        }
    }
    // Mappings of roles that appeared or disappeared, and mappings naming users that did.
    const QJsonObject beforeRoles = before.value(u"roles"_s).toObject();
    const QJsonObject afterRoles = after.value(u"roles"_s).toObject();
    for (const QString &role : std::as_const(roles)) {
        if (beforeRoles.contains(role) != afterRoles.contains(role))
            mappings.insert(role);
    }
    if (!users.isEmpty()) {
        const QJsonObject afterMappings = after.value(u"rolesmapping"_s).toObject();
        for (auto it = afterMappings.begin(); it != afterMappings.end(); ++it) {
            const QStringList named = Json::strings(it->toObject().value(u"users"_s));
            if (std::any_of(named.cbegin(), named.cend(), [&](const QString &u) { return users.contains(u); }))
                mappings.insert(it.key());
        }
    }
    Linter scoped(after, context);
    scoped.restrictTo(roles, mappings, users);
    QList<LintFinding> findings;
    for (const LintFinding &f : was) {
        if (!scoped.recomputes(f))
            findings.append(f);
    }
    findings += scoped.run();
    return findings;
}

} // namespace

LintDelta Lint::change(const QJsonObject &before, const QJsonObject &after, const LintContext &context,
                       const std::optional<QList<LintFinding>> &beforeFindings)
{
    const QList<LintFinding> was = beforeFindings ? *beforeFindings : run(before, context);
    const QList<LintFinding> now = afterFindings(before, after, context, was);
    QSet<QString> wasKeys, nowKeys;
    for (const LintFinding &f : was)
        wasKeys.insert(f.key());
    for (const LintFinding &f : now)
        nowKeys.insert(f.key());
    LintDelta delta;
    for (const LintFinding &f : now) {
        if (!wasKeys.contains(f.key()))
            delta.introduced.append(f);
    }
    for (const LintFinding &f : was) {
        if (!nowKeys.contains(f.key()))
            delta.removed.append(f);
    }
    delta.introduced += changeFindings(before, after, context);
    return delta;
}

std::optional<LintSeverity> Lint::highest(const QList<LintFinding> &findings)
{
    std::optional<LintSeverity> top;
    for (const LintFinding &f : findings) {
        if (!top || f.severity > *top)
            top = f.severity;
    }
    return top;
}

QString Lint::text(const QList<LintFinding> &findings)
{
    QString text;
    for (const LintFinding &f : findings) {
        text += u"%1 %2 %3: %4\n"_s.arg(LintSeverities::name(f.severity), f.rule, f.pointer, f.message);
        if (!f.note.isEmpty())
            text += u"    note: "_s + f.note + u'\n';
        if (!f.fix.isEmpty())
            text += u"    fix: "_s + QString::fromUtf8(Json::serialize(f.fix, Json::Format::Compact)) + u'\n';
    }
    return text;
}

QJsonObject Lint::json(const QList<LintFinding> &findings)
{
    QJsonArray array;
    QJsonObject counts {{u"critical"_s, 0}, {u"high"_s, 0}, {u"medium"_s, 0}, {u"info"_s, 0}};
    for (const LintFinding &f : findings) {
        array.append(f.toJson());
        const QString severity = LintSeverities::name(f.severity);
        counts.insert(severity, counts.value(severity).toInt() + 1);
    }
    return QJsonObject {{u"findings"_s, array}, {u"counts"_s, counts}};
}

QJsonObject Lint::sarif(const QList<LintFinding> &findings, const QString &artifactUri)
{
    const auto level = [](LintSeverity s) {
        return s >= LintSeverity::High ? u"error"_s : s == LintSeverity::Medium ? u"warning"_s : u"note"_s;
    };
    QJsonArray ruleArray;
    for (const LintRule &rule : rules()) {
        ruleArray.append(
            QJsonObject {{u"id"_s, rule.id},
                         {u"shortDescription"_s, QJsonObject {{u"text"_s, rule.title}}},
                         {u"fullDescription"_s, QJsonObject {{u"text"_s, rule.explanation}}},
                         {u"defaultConfiguration"_s, QJsonObject {{u"level"_s, level(rule.severity)}}},
                         {u"properties"_s, QJsonObject {{u"severity"_s, LintSeverities::name(rule.severity)}}}});
    }
    QJsonArray results;
    for (const LintFinding &f : findings) {
        QJsonObject result {
            {u"ruleId"_s, f.rule},
            {u"level"_s, level(f.severity)},
            {u"message"_s,
             QJsonObject {{u"text"_s, f.note.isEmpty() ? f.message : f.message + u" ("_s + f.note + u')'}}},
            {u"locations"_s,
             QJsonArray {QJsonObject {
                 {u"physicalLocation"_s, QJsonObject {{u"artifactLocation"_s, QJsonObject {{u"uri"_s, artifactUri}}}}},
                 {u"logicalLocations"_s,
                  QJsonArray {QJsonObject {{u"fullyQualifiedName"_s, f.pointer}, {u"kind"_s, u"member"_s}}}}}}},
            {u"partialFingerprints"_s, QJsonObject {{u"secdeskFinding/v1"_s, f.key()}}}};
        results.append(result);
    }
    return QJsonObject {
        {u"$schema"_s, u"https://json.schemastore.org/sarif-2.1.0.json"_s},
        {u"version"_s, u"2.1.0"_s},
        {u"runs"_s,
         QJsonArray {QJsonObject {
             {u"tool"_s, QJsonObject {{u"driver"_s, QJsonObject {{u"name"_s, u"SecDesk"_s},
                                                                 {u"version"_s, QStringLiteral(SECDESK_VERSION)},
                                                                 {u"rules"_s, ruleArray}}}}},
             {u"results"_s, results}}}}};
}
