#include "app/lint/Lint.h"

#include <algorithm>

#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>
#include <QVarLengthArray>

#include "app/access/AccessConfig.h"
#include "app/access/ActionCatalogue.h"
#include "app/access/ActionGroups.h"
#include "app/access/RoleMapper.h"
#include "app/access/StaticEntities.h"
#include "app/access/UserAttributes.h"
#include "app/access/WildcardMatcher.h"
#include "app/common/Suggestion.h"
#include "app/domain/ConfigRelations.h"
#include "app/json/Json.h"
#include "app/json/JsonPatch.h"
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

// An internal user as the role mapping sees it.
AccessUser subjectOf(const QString &name, const QJsonObject &entry)
{
    AccessUser subject;
    subject.name = name;
    subject.backendRoles = Json::strings(entry.value(u"backend_roles"_s));
    subject.securityRoles = Json::strings(entry.value(u"opendistro_security_roles"_s));
    return subject;
}

// The mappings of the roles `remapped` alone, as `mappings` has them.
RoleMapper remapperOf(const QJsonObject &mappings, const QSet<QString> &remapped,
                      NodeSettings::RoleMappingResolution resolution)
{
    QJsonObject only;
    for (const QString &role : remapped) {
        if (mappings.contains(role))
            only.insert(role, mappings.value(role));
    }
    return RoleMapper(only, resolution);
}

// A user's roles after the mappings of `remapped` changed: `roles` (what the mappings before gave), less the remapped
// roles, plus what `remapper` (their mappings after) gives.
QStringList remappedRoles(const AccessUser &subject, const QStringList &roles, const QSet<QString> &remapped,
                          const RoleMapper &remapper)
{
    QStringList now;
    for (const QString &role : roles) {
        if (!remapped.contains(role))
            now.append(role);
    }
    for (const QString &role : remapper.mapNames(subject)) {
        if (!now.contains(role))
            now.append(role);
    }
    return now;
}

class Linter
{
public:
    // `base`: the linter of the document before a change that left the action groups, tenants, security config and
    // users' attribute names alone; what it derived from those is taken over instead of derived again.
    Linter(const QJsonObject &document, const LintContext &context, const Linter *base = nullptr)
        : m_document(document), m_context(context), m_base(base)
    {
        m_roles = document.value(u"roles"_s).toObject();
        m_mappings = document.value(u"rolesmapping"_s).toObject();
        m_users = document.value(u"internalusers"_s).toObject();
        m_groups = document.value(u"actiongroups"_s).toObject();
        m_tenants = document.value(u"tenants"_s).toObject();
        for (auto it = demoMappings().cbegin(); it != demoMappings().cend(); ++it) {
            if (Json::strings(m_mappings.value(it.key()).toObject().value(u"backend_roles"_s)).contains(it.value()))
                m_demoSeen = true;
        }
        if (base) {
            m_derived = base->m_derived;
            return;
        }
        m_derived.tenantNames = m_tenants.keys();
        QJsonObject config = document.value(u"config"_s).toObject();
        if (config.contains(u"config"_s))
            config = config.value(u"config"_s).toObject();
        m_derived.hasConfig = document.contains(u"config"_s);
        m_derived.dynamic = config.value(u"dynamic"_s).toObject();
        // Action groups are the dynamic ones and the plugin's statics (a source may lack the statics).
        // The statics are built once per process, not once per run.
        static const QJsonObject staticGroups = StaticEntities::forMajorVersion(3).value(u"actiongroups"_s).toObject();
        QJsonObject allGroups = staticGroups;
        for (auto it = m_groups.begin(); it != m_groups.end(); ++it)
            allGroups.insert(it.key(), it.value());
        m_derived.groupNames = allGroups.keys();
        m_derived.flattened = FlattenedActionGroups(allGroups);
        for (auto it = m_users.begin(); it != m_users.end(); ++it) {
            for (const QString &role : Json::strings(it->toObject().value(u"opendistro_security_roles"_s)))
                ++m_derived.securityRoleUsers[role];
            const QJsonObject attributes = it->toObject().value(u"attributes"_s).toObject();
            for (auto a = attributes.begin(); a != attributes.end(); ++a)
                m_derived.internalAttributes.insert(a.key());
        }
        const QJsonObject authc = m_derived.dynamic.value(u"authc"_s).toObject();
        for (auto it = authc.begin(); it != authc.end(); ++it) {
            const QJsonObject domain = it->toObject();
            if (domain.contains(u"http_enabled"_s) && !domain.value(u"http_enabled"_s).toBool())
                continue;
            const QString backend =
                domain.value(u"authentication_backend"_s).toObject().value(u"type"_s).toString(u"noop"_s);
            const QString frontend = domain.value(u"http_authenticator"_s).toObject().value(u"type"_s).toString();
            m_derived.authBackends.insert(backend.toLower());
            m_derived.authFrontends.insert(frontend.toLower());
        }
    }

    // Limits the rules to what a change can have altered: these roles, mappings and users (`users`: changed, added
    // or removed), with `remapped` the roles whose mapping changed. The users' role combinations are looked at for
    // pairs with a role in scope; the security config's rules always run. Needs the base linter.
    void restrictTo(const QSet<QString> &roles, const QSet<QString> &mappings, const QSet<QString> &users,
                    const QSet<QString> &remapped)
    {
        Q_ASSERT(m_base);
        m_scoped = true;
        m_scopeRoles = roles;
        m_scopeMappings = mappings;
        m_scopeUsers = users;
        m_remapped = remapped;
        for (const QString &role : roles)
            m_derived.traits.remove(role);
        // The users naming security roles, as they are now.
        const QJsonObject was = m_base->m_users;
        for (const QString &user : users) {
            for (const QString &role : Json::strings(was.value(user).toObject().value(u"opendistro_security_roles"_s)))
                --m_derived.securityRoleUsers[role];
            for (const QString &role :
                 Json::strings(m_users.value(user).toObject().value(u"opendistro_security_roles"_s)))
                ++m_derived.securityRoleUsers[role];
        }
    }

    // Whether a scoped run gives this finding again (so the earlier one is dropped).
    bool recomputes(const LintFinding &f)
    {
        if (f.rule == u"dls-overridden-expectation"_s || f.rule == u"fls-mixed-include-exclude"_s) {
            const bool again = m_scopeRoles.contains(f.entity) || m_scopeRoles.contains(f.related);
            // The role may still conflict with another role: all its pairs are looked at again.
            if (again)
                m_pairsAgain.insert(f.entity);
            return again;
        }
        if (f.type == u"config"_s)
            return true;
        if (f.type == u"roles"_s)
            return m_scopeRoles.contains(f.entity);
        if (f.type == u"rolesmapping"_s)
            return m_scopeMappings.contains(f.entity);
        if (f.type == u"internalusers"_s)
            return f.rule == u"demo-config-left"_s || m_scopeUsers.contains(f.entity);
        return false;
    }

    // The role mapping of the document (built by a full run of the pair rules, or here).
    const RoleMapper &mapper()
    {
        if (!m_mapper)
            m_mapper = std::make_shared<RoleMapper>(m_mappings, m_context.settings.roleMappingResolution());
        return *m_mapper;
    }
    const RoleMapper &mapper() const
    {
        Q_ASSERT(m_mapper);
        return *m_mapper;
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
        auto it = m_derived.compiled.constFind(pattern);
        if (it == m_derived.compiled.constEnd())
            it = m_derived.compiled.insert(pattern, WildcardMatcher::compile(pattern));
        return *it;
    }

    // Whether a tenant pattern matches a defined tenant (or global_tenant); each distinct pattern is judged once.
    bool matchesSomeTenant(const QString &pattern)
    {
        if (pattern == u"global_tenant"_s || m_tenants.contains(pattern))
            return true;
        auto it = m_derived.tenantPatternMatches.constFind(pattern);
        if (it == m_derived.tenantPatternMatches.constEnd()) {
            const Result<WildcardMatcher> &matcher = compiled(pattern);
            const bool any = matcher && WildcardMatcher::isPattern(pattern)
                             && (matcher->matches(u"global_tenant"_s)
                                 || std::any_of(m_derived.tenantNames.cbegin(), m_derived.tenantNames.cend(),
                                                [&](const QString &t) { return matcher->matches(t); }));
            it = m_derived.tenantPatternMatches.insert(pattern, any);
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
                if (enabled(u"unused-role"_s) && !m_mappings.contains(name)
                    && m_derived.securityRoleUsers.value(name) <= 0) {
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
                            {}, QJsonArray {PatchOperation::json(u"remove"_s, where)});
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
            const bool group = m_derived.flattened.contains(entry);
            if (!group && entry != u"*"_s && enabled(u"unknown-action-group"_s)) {
                const bool looksLikeAction = entry.contains(u':');
                if (!looksLikeAction || !hasKnownNamespace(entry)) {
                    const QString suggestion =
                        looksLikeAction ? QString() : Suggestion::closest(entry, m_derived.groupNames);
                    add(u"unknown-action-group"_s, u"roles"_s, role, at,
                        looksLikeAction
                            ? u"%1 is not an action of any known namespace (cluster:, indices:, kibana:, "
                              "restapi:, system:): it matches nothing"_s.arg(entry)
                            : u"%1 is neither an action group nor an action: it matches nothing"_s.arg(entry),
                        suggestion.isEmpty() ? QString() : u"did you mean %1?"_s.arg(suggestion),
                        suggestion.isEmpty() ? QJsonArray()
                                             : QJsonArray {PatchOperation::json(u"replace"_s, at, suggestion)});
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
                        PatchOperation::json(u"remove"_s, at),
                        PatchOperation::json(u"add"_s,
                                             clusterList
                                                 + (m_roles.value(role).toObject().contains(u"cluster_permissions"_s)
                                                        ? u"/-"_s
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
                QJsonArray {PatchOperation::json(u"remove"_s, where)});
        return true;
    }

    void templateInjection(const QString &role, const QString &where, const QString &pattern, const QString &kind)
    {
        if (!enabled(u"template-injection"_s) || !pattern.contains(u"${"_s))
            return;
        static const QRegularExpression reference(u"\\$\\{(user\\.name|user_name|attr[._][^}]*)\\}"_s);
        if (!reference.match(pattern).hasMatch())
            return;
        if (!m_riskyUsers) {
            m_riskyUsers.emplace();
            for (auto it = m_users.begin(); it != m_users.end() && m_riskyUsers->size() < 3; ++it) {
                if (it.key().contains(u'*') || it.key().contains(u'?') || it.key().contains(u'/'))
                    m_riskyUsers->append(it.key());
            }
        }
        const QStringList &risky = *m_riskyUsers;
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
                provided = m_derived.internalAttributes.contains(key);
            } else if (source == u"jwt"_s || source == u"ldap"_s || source == u"proxy"_s || source == u"saml"_s) {
                const QString backend = source == u"proxy"_s ? u"proxy"_s : source;
                provided = m_derived.authFrontends.contains(backend) || m_derived.authBackends.contains(backend)
                           || m_derived.authFrontends.contains(u"extended-proxy"_s);
                note = u"the attributes a %1 backend sends are not visible in the configuration; only whether one "
                       "is configured"_s.arg(source);
            }
            if (!m_derived.hasConfig)
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
                const QString suggestion =
                    pattern == u"global"_s
                        ? u"global_tenant"_s
                        : Suggestion::closest(pattern, m_derived.tenantNames + QStringList {u"global_tenant"_s});
                add(u"tenant-pattern-undefined"_s, u"roles"_s, role, where,
                    u"the tenant pattern %1 matches no defined tenant: it grants nothing"_s.arg(pattern),
                    suggestion.isEmpty() ? QString() : u"did you mean %1?"_s.arg(suggestion),
                    suggestion.isEmpty() ? QJsonArray()
                                         : QJsonArray {PatchOperation::json(u"replace"_s, where, suggestion)});
            }
        }
        if (!enabled(u"tenant-write-missing"_s))
            return;
        const QStringList actions = Json::strings(p.value(u"allowed_actions"_s));
        const bool write = m_derived.flattened.resolve(actions).contains(TenantWrite);
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
                QJsonArray {PatchOperation::json(u"replace"_s, base + u"/allowed_actions"_s,
                                                 QJsonArray {u"kibana_all_write"_s})});
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
        if (m_derived.securityRoleUsers.value(role) > 0 && !m_mappings.contains(role)) {
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
        const QStringList cluster = m_derived.flattened.resolve(Json::strings(role.value(u"cluster_permissions"_s)));
        if (cluster.contains(u"*"_s))
            grants.append(u"every cluster action (*)"_s);
        if (cluster.contains(u"restapi:admin/*"_s))
            grants.append(u"the whole security REST API (restapi:admin/*)"_s);
        const QJsonArray permissions = role.value(u"index_permissions"_s).toArray();
        for (const QJsonValue &value : permissions) {
            const QJsonObject p = value.toObject();
            const QStringList actions = m_derived.flattened.resolve(Json::strings(p.value(u"allowed_actions"_s)));
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
        const bool internalOnly =
            m_derived.hasConfig && !m_derived.authBackends.isEmpty()
            && std::all_of(m_derived.authBackends.cbegin(), m_derived.authBackends.cend(),
                           [](const QString &b) { return b == u"intern"_s || b == u"internal"_s || b == u"noop"_s; });
        const QString hostsMode = m_derived.dynamic.value(u"hosts_resolver_mode"_s).toString(u"ip-only"_s);
        for (auto it = m_mappings.begin(); it != m_mappings.end(); ++it) {
            if (m_scoped && !m_scopeMappings.contains(it.key()))
                continue;
            const QString role = it.key();
            const QJsonObject mapping = it->toObject();
            const QString base = pointer({u"rolesmapping"_s, role});
            if (enabled(u"mapping-to-missing-role"_s) && !m_roles.isEmpty() && !m_roles.contains(role)) {
                const QString suggestion = Suggestion::closest(role, m_roles.keys());
                add(u"mapping-to-missing-role"_s, u"rolesmapping"_s, role, base,
                    u"the mapping names the role %1, which does not exist: it grants nothing"_s.arg(role),
                    suggestion.isEmpty() ? QString() : u"did you mean %1?"_s.arg(suggestion),
                    isProtected(mapping) ? QJsonArray() : QJsonArray {PatchOperation::json(u"remove"_s, base)});
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
                            {}, QJsonArray {PatchOperation::json(u"remove"_s, where)});
                    }
                    if (fieldName == u"users"_s && enabled(u"mapped-user-missing"_s)
                        && !WildcardMatcher::isPattern(entry) && !m_users.isEmpty() && !m_users.contains(entry)) {
                        if (internalOnly)
                            add(u"mapped-user-missing"_s, u"rolesmapping"_s, role, where,
                                u"the user %1 is not an internal user, and every authentication backend is "
                                "internal: the entry is stale"_s.arg(entry),
                                {}, QJsonArray {PatchOperation::json(u"remove"_s, where)});
                    }
                    if (fieldName == u"hosts"_s && enabled(u"hostname-mapping-disabled"_s) && hostsMode == u"ip-only"_s
                        && entry.contains(QRegularExpression(u"[A-Za-z]"_s)) && !entry.contains(u':')) {
                        add(u"hostname-mapping-disabled"_s, u"rolesmapping"_s, role, where,
                            u"%1 is a host name, and hosts_resolver_mode is ip-only: it never matches"_s.arg(entry),
                            m_derived.hasConfig
                                ? QString()
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
            {}, QJsonArray {PatchOperation::json(u"remove"_s, where)});
    }

    // ---- internal users ----

    void userRules()
    {
        static const QStringList demoUsers {u"admin"_s,    u"anomalyadmin"_s, u"kibanaserver"_s,   u"kibanaro"_s,
                                            u"logstash"_s, u"readall"_s,      u"snapshotrestore"_s};
        const QString algorithm =
            m_context.settings.toJson().value(u"plugins.security.password.hashing.algorithm"_s).toString(u"BCrypt"_s);
        QStringList demoPresent;
        for (const QString &name : demoUsers) {
            if (m_users.contains(name))
                demoPresent.append(name);
        }
        // A user's hash is judged on the user alone: a scoped run looks at the changed users only.
        const QStringList names = !enabled(u"weak-hash"_s) || !m_context.hashesVisible ? QStringList()
                                  : m_scoped                                           ? m_scopeUsers.values()
                                                                                       : m_users.keys();
        for (const QString &name : names) {
            const QString hash = m_users.value(name).toObject().value(u"hash"_s).toString();
            if (hash.isEmpty())
                continue;
            const QString where = pointer({u"internalusers"_s, name, u"hash"_s});
            static const QRegularExpression bcrypt(u"^\\$2[abxy]?\\$(\\d\\d)\\$"_s);
            const QRegularExpressionMatch match = bcrypt.match(hash);
            const bool bcryptAlgorithm = algorithm.compare(u"bcrypt"_s, Qt::CaseInsensitive) == 0;
            if (bcryptAlgorithm && !match.hasMatch()) {
                add(u"weak-hash"_s, u"internalusers"_s, name, where,
                    u"the hash is not a bcrypt hash, while the cluster hashes with %1: the user cannot log in"_s.arg(
                        algorithm),
                    m_context.settingsKnown ? QString() : u"node settings not given: BCrypt (the default) assumed"_s);
            } else if (match.hasMatch() && match.captured(1).toInt() < 12) {
                add(u"weak-hash"_s, u"internalusers"_s, name, where,
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
        if (m_derived.dynamic.value(u"privileges_evaluation_type"_s).toString().compare(u"v4"_s, Qt::CaseInsensitive)
            != 0)
            return;
        const QString base = m_document.value(u"config"_s).toObject().contains(u"config"_s)
                                 ? pointer({u"config"_s, u"config"_s, u"dynamic"_s})
                                 : pointer({u"config"_s, u"dynamic"_s});
        for (const char *setting :
             {"do_not_fail_on_forbidden", "do_not_fail_on_forbidden_empty", "filtered_alias_mode"}) {
            const QString key = QLatin1String(setting);
            if (m_derived.dynamic.contains(key))
                add(u"engine-setting-ignored"_s, u"config"_s, {}, base + u'/' + key,
                    u"%1 is set, but privileges_evaluation_type is v4, which ignores it"_s.arg(key), {},
                    QJsonArray {PatchOperation::json(u"remove"_s, base + u'/' + key)});
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
        auto it = m_derived.traits.constFind(role);
        if (it != m_derived.traits.constEnd())
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
        return *m_derived.traits.insert(role, t);
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

    // The state of one run of the pair rules: pattern lists and roles numbered, each pair of lists judged once, and
    // each role reported once.
    struct PairRole
    {
        QString name;
        int dls = -1, unrestricted = -1, include = -1, exclude = -1; // pattern list ids; -1: none
        bool inScope = true; // a scoped run looks only at pairs with a role in scope
    };
    struct Pairs
    {
        bool dls = false, fls = false;
        QHash<QStringList, int> listIds;
        QList<QStringList> lists;
        QHash<QString, int> roleIds;
        QList<PairRole> roles;
        QHash<quint64, QString> shared; // (list, list) -> a shared pattern, empty: none
        QSet<int> reportedDls, reportedFls;
        QSet<QString> scope; // a scoped run: the roles whose pairs are looked at
    };

    int pairRole(Pairs &pairs, const QString &name)
    {
        auto it = pairs.roleIds.constFind(name);
        if (it != pairs.roleIds.constEnd())
            return *it;
        const auto listId = [&](const QStringList &list) {
            if (list.isEmpty())
                return -1;
            auto found = pairs.listIds.constFind(list);
            if (found == pairs.listIds.constEnd()) {
                found = pairs.listIds.insert(list, int(pairs.lists.size()));
                pairs.lists.append(list);
            }
            return *found;
        };
        const RoleTraits t = traits(name);
        it = pairs.roleIds.insert(name, int(pairs.roles.size()));
        pairs.roles.append({name, listId(t.dlsPatterns), listId(t.unrestrictedPatterns), listId(t.includePatterns),
                            listId(t.excludePatterns), !m_scoped || pairs.scope.contains(name)});
        return *it;
    }

    // One finding per role, naming the first user found holding it together with a conflicting role.
    void checkPairs(Pairs &pairs, const AccessUser &subject, const QStringList &roleNames)
    {
        const bool dfm = m_context.settings.dfmEmptyOverridesAll();
        const auto sharedBetween = [&](int a, int b) -> QString {
            const quint64 key = (quint64(quint32(a)) << 32) | quint32(b);
            auto it = pairs.shared.constFind(key);
            if (it == pairs.shared.constEnd())
                it = pairs.shared.insert(key, sharedPattern(pairs.lists.at(a), pairs.lists.at(b)));
            return *it;
        };
        QVarLengthArray<int, 64> ids;
        bool anyCandidate = false;
        bool anyInScope = false;
        for (const QString &name : roleNames) {
            const int id = pairRole(pairs, name);
            ids.append(id);
            const PairRole &r = pairs.roles.at(id);
            anyCandidate = anyCandidate || (pairs.dls && r.dls >= 0 && !pairs.reportedDls.contains(id))
                           || (pairs.fls && r.include >= 0 && !pairs.reportedFls.contains(id));
            anyInScope = anyInScope || r.inScope;
        }
        if (!anyCandidate || !anyInScope)
            return;
        for (const int a : ids) {
            const PairRole &ra = pairs.roles.at(a);
            const bool dlsCandidate = pairs.dls && ra.dls >= 0 && !pairs.reportedDls.contains(a);
            const bool flsCandidate = pairs.fls && ra.include >= 0 && !pairs.reportedFls.contains(a);
            for (const int b : ids) {
                if (a == b || (!dlsCandidate && !flsCandidate))
                    continue;
                const PairRole &rb = pairs.roles.at(b);
                if (!ra.inScope && !rb.inScope)
                    continue;
                if (dlsCandidate && rb.unrestricted >= 0 && !pairs.reportedDls.contains(a)) {
                    if (const QString on = sharedBetween(ra.dls, rb.unrestricted); !on.isEmpty()) {
                        pairs.reportedDls.insert(a);
                        addRelated(rb.name);
                        add(u"dls-overridden-expectation"_s, u"roles"_s, ra.name, pointer({u"roles"_s, ra.name}),
                            dfm ? u"%1 is mapped to a role with DLS (%2) and to one without (%3) on the same indices "
                                  "(%4): with dfm_empty_overrides_all true the unrestricted role wins and %1 sees "
                                  "every document"_s.arg(subject.name, ra.name, rb.name, on)
                                : u"%1 is mapped to a role with DLS (%2) and to one without (%3) on the same indices "
                                  "(%4): with dfm_empty_overrides_all false (the default) the DLS of %2 still "
                                  "restricts %1"_s.arg(subject.name, ra.name, rb.name, on),
                            m_context.settingsKnown ? QString()
                                                    : u"node settings not given: dfm_empty_overrides_all false (the "
                                                      "default) assumed"_s);
                    }
                }
                if (flsCandidate && rb.exclude >= 0 && !pairs.reportedFls.contains(a)) {
                    if (const QString on = sharedBetween(ra.include, rb.exclude); !on.isEmpty()) {
                        pairs.reportedFls.insert(a);
                        addRelated(rb.name);
                        add(u"fls-mixed-include-exclude"_s, u"roles"_s, ra.name, pointer({u"roles"_s, ra.name}),
                            u"%1 is mapped to a role whose FLS includes fields (%2) and to one whose FLS excludes "
                            "fields (%3) on the same indices (%4): only the exclusions apply, so the fields %2 meant "
                            "to hide are visible"_s.arg(subject.name, ra.name, rb.name, on));
                    }
                }
            }
        }
    }

    // Pairs of roles one user holds that undo what one of them meant: DLS beside an unrestricted role on the same
    // indices, FLS inclusions beside exclusions. Users with the same roles are looked at once: a full run numbers
    // the distinct combinations of mapping entries, backend roles and security roles (kept for later changes); a
    // scoped run takes them from the base linter and adjusts their roles for the mappings and users that changed.
    void combinationRules()
    {
        Pairs pairs;
        pairs.dls = enabled(u"dls-overridden-expectation"_s);
        pairs.fls = enabled(u"fls-mixed-include-exclude"_s);
        if ((!pairs.dls && !pairs.fls) || m_users.isEmpty())
            return;
        if (!m_scoped) {
            allCombinations(pairs);
            return;
        }
        // Only pairs with a role in scope that takes part in pairs at all (one with DLS, FLS or an unrestricted
        // entry) can have changed, and the roles whose findings were dropped.
        for (const QSet<QString> *roles : {&m_scopeRoles, &m_pairsAgain}) {
            for (const QString &role : *roles) {
                const RoleTraits &t = traits(role);
                if (!t.dlsPatterns.isEmpty() || !t.unrestrictedPatterns.isEmpty() || !t.includePatterns.isEmpty()
                    || !t.excludePatterns.isEmpty())
                    pairs.scope.insert(role);
            }
        }
        if (pairs.scope.isEmpty())
            return;
        if (m_base->m_combinations.isEmpty()) { // the base had no users
            allCombinations(pairs);
            return;
        }
        const Linter &base = *m_base;
        // Roles without DLS, FLS or index patterns never pair: only the remapped roles that can pair are mapped again.
        QSet<QString> remapped = m_remapped;
        remapped.intersect(pairs.scope);
        const RoleMapper remapper = remapperOf(m_mappings, remapped, m_context.settings.roleMappingResolution());
        const auto rolesNow = [&](const AccessUser &subject, const QStringList &baseRoles) {
            return remapped.isEmpty() ? baseRoles : remappedRoles(subject, baseRoles, remapped, remapper);
        };
        // A combination whose roles include none in scope, and that no remapped mapping reaches, has no new pair.
        const auto mayPair = [&](const AccessUser &subject, const QStringList &baseRoles) {
            if (std::any_of(baseRoles.cbegin(), baseRoles.cend(),
                            [&](const QString &role) { return pairs.scope.contains(role); }))
                return true;
            if (remapped.isEmpty())
                return false;
            const QStringList gained = remapper.mapNames(subject);
            return std::any_of(gained.cbegin(), gained.cend(),
                               [&](const QString &role) { return remapped.contains(role); });
        };
        QList<int> members = base.m_combinationMembers;
        for (const QString &user : m_scopeUsers) {
            if (const auto it = base.m_userCombination.constFind(user); it != base.m_userCombination.constEnd())
                --members[*it];
        }
        if (remapper.hasUserEntries()) {
            // The remapped mappings name users: users of one combination may now differ by those entries.
            QSet<QString> seen;
            for (auto user = m_users.begin(); user != m_users.end(); ++user) {
                if (m_scopeUsers.contains(user.key()))
                    continue;
                const int id = base.m_userCombination.value(user.key(), -1);
                if (id < 0 || !registerKey(seen, QString::number(id) + u'|' + remapper.userEntriesKey(user.key())))
                    continue;
                AccessUser subject = base.m_combinations.at(id).subject;
                subject.name = user.key();
                if (mayPair(subject, base.m_combinations.at(id).roles))
                    checkPairs(pairs, subject, rolesNow(subject, base.m_combinations.at(id).roles));
            }
        } else {
            for (qsizetype id = 0; id < base.m_combinations.size(); ++id) {
                const Combination &c = base.m_combinations.at(id);
                if (members.at(id) > 0 && mayPair(c.subject, c.roles))
                    checkPairs(pairs, c.subject, rolesNow(c.subject, c.roles));
            }
        }
        for (const QString &user : m_scopeUsers) {
            if (!m_users.contains(user))
                continue;
            const AccessUser subject = subjectOf(user, m_users.value(user).toObject());
            checkPairs(pairs, subject, rolesNow(subject, base.mapper().mapNames(subject)));
        }
    }

    // Whether `key` is new to `seen` (and records it).
    static bool registerKey(QSet<QString> &seen, const QString &key)
    {
        const qsizetype before = seen.size();
        seen.insert(key);
        return seen.size() > before;
    }

    void allCombinations(Pairs &pairs)
    {
        const RoleMapper &mapper = this->mapper();
        // Users named by the same users entries, with the same backend and security roles, get the same roles.
        QHash<QString, int> combinationIds;
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
            if (const auto found = combinationIds.constFind(combination); found != combinationIds.constEnd()) {
                m_userCombination.insert(user.key(), *found);
                ++m_combinationMembers[*found];
                continue;
            }
            const int id = int(m_combinations.size());
            combinationIds.insert(combination, id);
            m_userCombination.insert(user.key(), id);
            m_combinationMembers.append(1);
            Combination c {subjectOf(user.key(), entry), {}};
            c.roles = mapper.mapNames(c.subject);
            m_combinations.append(c);
            checkPairs(pairs, c.subject, c.roles);
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
    QJsonObject m_roles, m_mappings, m_users, m_groups, m_tenants;
    // What the linter derives from the document besides findings; a change's linter takes it over from the base.
    struct Derived
    {
        bool hasConfig = false;
        QJsonObject dynamic;
        QStringList groupNames;
        FlattenedActionGroups flattened;
        QHash<QString, int> securityRoleUsers; // role -> how many internal users name it in opendistro_security_roles
        QSet<QString> internalAttributes;
        QSet<QString> authBackends, authFrontends;
        QHash<QString, RoleTraits> traits;
        QHash<QString, Result<WildcardMatcher>> compiled;
        QStringList tenantNames;
        QHash<QString, bool> tenantPatternMatches;
    } m_derived;
    bool m_demoSeen = false;
    bool m_scoped = false;
    QString m_nextRelated;
    QSet<QString> m_scopeRoles, m_scopeMappings, m_scopeUsers, m_remapped, m_pairsAgain;
    const Linter *m_base = nullptr;
    std::optional<QStringList> m_riskyUsers; // internal users whose names hold *, ? or / (at most 3)
    // A full run's users' role combinations (for the scoped runs of later changes).
    struct Combination
    {
        AccessUser subject; // the first user of the combination
        QStringList roles;  // its mapped roles
    };
    std::shared_ptr<const RoleMapper> m_mapper;
    QList<Combination> m_combinations;
    QList<int> m_combinationMembers;       // users per combination
    QHash<QString, int> m_userCombination; // user -> combination
    QList<LintFinding> m_findings;
};

// The entities of each type whose value differs between the two documents (added and removed ones too).
using ChangedEntities = QHash<QString, QSet<QString>>;

ChangedEntities changedEntities(const QJsonObject &before, const QJsonObject &after)
{
    ChangedEntities changed;
    for (const QString &type : {u"roles"_s, u"rolesmapping"_s, u"internalusers"_s, u"actiongroups"_s, u"tenants"_s})
        changed.insert(type, ConfigRelations::changedEntities(before, after, type));
    return changed;
}

// The change rules: edits of built-in entities, and lockouts.
QList<LintFinding> changeFindings(const QJsonObject &before, const QJsonObject &after, const LintContext &context,
                                  const ChangedEntities &changed)
{
    QList<LintFinding> findings;
    const auto rule = [](const QString &id) { return Lint::rule(id)->severity; };
    if (!context.disabled.contains(u"reserved-edit"_s)) {
        for (auto type = changed.cbegin(); type != changed.cend(); ++type) {
            const QJsonObject was = before.value(type.key()).toObject();
            for (const QString &name : *type) {
                if (!isProtected(was.value(name).toObject()))
                    continue;
                findings.append(
                    {u"reserved-edit"_s,
                     rule(u"reserved-edit"_s),
                     type.key(),
                     name,
                     pointer({type.key(), name}),
                     u"%1 %2 is reserved, static or hidden: the REST API refuses to change it"_s.arg(type.key(), name),
                     {},
                     {},
                     {}});
            }
        }
        std::sort(findings.begin(), findings.end(),
                  [](const LintFinding &a, const LintFinding &b) { return a.pointer < b.pointer; });
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

struct LintBaseline::Data
{
    Data(const QJsonObject &document, const LintContext &context) : document(document), context(context) { }

    const QJsonObject document;
    const LintContext context;
    std::optional<Linter> linter;
    QList<LintFinding> findings;
    QHash<QString, int> keys; // finding key -> how many findings have it
};

LintBaseline::LintBaseline(const QJsonObject &document, const LintContext &context)
    : d(std::make_unique<Data>(document, context))
{
    d->linter.emplace(d->document, d->context);
    d->findings = d->linter->run();
    d->linter->mapper(); // changes to users look their roles up
    for (const LintFinding &f : std::as_const(d->findings))
        ++d->keys[f.key()];
}

LintBaseline::~LintBaseline() = default;

const QJsonObject &LintBaseline::document() const
{
    return d->document;
}

const LintContext &LintBaseline::context() const
{
    return d->context;
}

const QList<LintFinding> &LintBaseline::findings() const
{
    return d->findings;
}

namespace {

QSet<QString> attributeKeys(const QJsonObject &users, const QSet<QString> &names)
{
    QSet<QString> keys;
    for (const QString &name : names) {
        const QJsonObject attributes = users.value(name).toObject().value(u"attributes"_s).toObject();
        for (auto a = attributes.begin(); a != attributes.end(); ++a)
            keys.insert(name + u'\x1f' + a.key());
    }
    return keys;
}

} // namespace

// The findings of `after` reuse those of the baseline for what a change cannot have touched: a role's findings depend
// on the role, its mapping and the users naming it; a mapping's on the mapping, whether its role exists, and the
// users it names; a user's on the user. A change to action groups, tenants, the security config or the users'
// attribute names can touch every role: then everything is linted again.
LintDelta LintBaseline::change(const QJsonObject &after) const
{
    const QJsonObject &before = d->document;
    const LintContext &context = d->context;
    const ChangedEntities changed = changedEntities(before, after);
    const QSet<QString> &users = changed.value(u"internalusers"_s);
    const QJsonObject beforeUsers = before.value(u"internalusers"_s).toObject();
    const QJsonObject afterUsers = after.value(u"internalusers"_s).toObject();
    bool whole = attributeKeys(beforeUsers, users) != attributeKeys(afterUsers, users);
    for (const QString &type : {u"actiongroups"_s, u"tenants"_s, u"config"_s})
        whole = whole || before.value(type) != after.value(type);
    LintDelta delta;
    if (whole) {
        const QList<LintFinding> now = Lint::run(after, context);
        QSet<QString> nowKeys;
        for (const LintFinding &f : now) {
            nowKeys.insert(f.key());
            if (!d->keys.contains(f.key()))
                delta.introduced.append(f);
        }
        for (const LintFinding &f : std::as_const(d->findings)) {
            if (!nowKeys.contains(f.key()))
                delta.removed.append(f);
        }
    } else {
        const QSet<QString> &remapped = changed.value(u"rolesmapping"_s);
        QSet<QString> roles = changed.value(u"roles"_s);
        roles.unite(remapped);
        QSet<QString> mappings = remapped;
        Linter scoped(after, context, &*d->linter);
        // A changed user's roles, before and after (their findings, and the users' role combinations, involve them).
        if (!users.isEmpty()) {
            const Linter &base = *d->linter;
            const RoleMapper remapper = remapperOf(after.value(u"rolesmapping"_s).toObject(), remapped,
                                                   context.settings.roleMappingResolution());
            for (const QString &user : users) {
                for (const QString &role : base.mapper().mapNames(subjectOf(user, beforeUsers.value(user).toObject())))
                    roles.insert(role);
                if (!afterUsers.contains(user))
                    continue;
                const AccessUser subject = subjectOf(user, afterUsers.value(user).toObject());
                for (const QString &role : remappedRoles(subject, base.mapper().mapNames(subject), remapped, remapper))
                    roles.insert(role);
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
        scoped.restrictTo(roles, mappings, users, remapped);
        QHash<QString, int> dropped;
        QList<LintFinding> droppedFindings;
        for (const LintFinding &f : std::as_const(d->findings)) {
            if (scoped.recomputes(f)) {
                ++dropped[f.key()];
                droppedFindings.append(f);
            }
        }
        QSet<QString> freshKeys;
        for (const LintFinding &f : scoped.run()) {
            freshKeys.insert(f.key());
            if (!d->keys.contains(f.key()))
                delta.introduced.append(f);
        }
        // A dropped finding is removed unless found again, or kept under another finding with its key.
        for (const LintFinding &f : std::as_const(droppedFindings)) {
            if (!freshKeys.contains(f.key()) && dropped.value(f.key()) == d->keys.value(f.key()))
                delta.removed.append(f);
        }
    }
    delta.introduced += changeFindings(before, after, context, changed);
    return delta;
}

LintDelta Lint::change(const QJsonObject &before, const QJsonObject &after, const LintContext &context)
{
    return LintBaseline(before, context).change(after);
}

namespace {

bool sameContext(const LintContext &a, const LintContext &b)
{
    const GuardContext &x = a.connection, &y = b.connection;
    return a.settingsKnown == b.settingsKnown && a.hashesVisible == b.hashesVisible
           && a.clusterVersion == b.clusterVersion && a.disabled == b.disabled && x.userName == y.userName
           && x.backendRoles == y.backendRoles && x.currentRoles == y.currentRoles && x.apiRoles == y.apiRoles
           && x.dashboardsUser == y.dashboardsUser && x.dashboardsRole == y.dashboardsRole
           && a.settings.toJson() == b.settings.toJson();
}

} // namespace

std::shared_ptr<const LintBaseline> Lint::baseline(const QJsonObject &document, const LintContext &context)
{
    static QMutex mutex;
    static QList<std::shared_ptr<const LintBaseline>> recent; // most recent first
    {
        // Documents that share their data (copies of the live configuration) compare in no time.
        const QMutexLocker locker(&mutex);
        for (const auto &kept : std::as_const(recent)) {
            if (kept->document() == document && sameContext(kept->context(), context))
                return kept;
        }
    }
    auto built = std::make_shared<const LintBaseline>(document, context);
    const QMutexLocker locker(&mutex);
    recent.prepend(built);
    while (recent.size() > 2)
        recent.removeLast();
    return built;
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
