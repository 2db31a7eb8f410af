#include "app/access/AccessConfig.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "app/json/Json.h"

using namespace Qt::StringLiterals;

namespace {

const QString TenantWrite = u"kibana:saved_objects/*/write"_s;

// The hash algorithms Java's MessageDigest knows by name (case-insensitive), which masked_fields may name.
bool isKnownDigest(const QString &name)
{
    static const QStringList known {u"MD2"_s,         u"MD5"_s,      u"SHA"_s,      u"SHA1"_s,     u"SHA-1"_s,
                                    u"SHA-224"_s,     u"SHA-256"_s,  u"SHA-384"_s,  u"SHA-512"_s,  u"SHA-512/224"_s,
                                    u"SHA-512/256"_s, u"SHA3-224"_s, u"SHA3-256"_s, u"SHA3-384"_s, u"SHA3-512"_s,
                                    u"SHA224"_s,      u"SHA256"_s,   u"SHA384"_s,   u"SHA512"_s};
    return known.contains(name, Qt::CaseInsensitive);
}

// Why the plugin would ignore this DLS query, or empty. Templates are checked when rendered; here only the shape a
// query must have: a JSON object with one query in it.
QString dlsProblem(const QString &query)
{
    if (query.contains(u"${"_s))
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(query.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return u"the DLS query is not valid JSON (%1)"_s.arg(error.errorString());
    if (!document.isObject())
        return u"the DLS query is not a JSON object"_s;
    if (document.object().size() != 1)
        return u"the DLS query must hold exactly one query, it holds %1"_s.arg(document.object().size());
    return {};
}

// The roles the plugin ignores whole: an invalid regex in the resolved actions, or in a masked field's pattern or
// replacement (those exceptions escape the role's compilation).
//
// Roles repeat themselves: the same allowed_actions, cluster permissions and index patterns appear in thousands of
// roles of a large configuration. Each distinct list is resolved and compiled once and shared (the compiled values
// are implicitly shared), which keeps both the compile time and the compiled form's memory below the document's.
struct RoleCompiler
{
    RoleCompiler(const FlattenedActionGroups &g, QStringList &p) : groups(g), problems(p) { }

    const FlattenedActionGroups &groups;
    QStringList &problems;

    Result<std::shared_ptr<CompiledRole>> compile(const QString &name, const QJsonObject &raw);

private:
    // An allowed_actions (or cluster_permissions) list resolved and compiled.
    struct ActionSet
    {
        QStringList written;
        QStringList resolved;
        std::optional<WildcardMatcher> matcher; // nullopt: a pattern does not compile (the role is dropped)
        QString error;
        WildcardMatcher explicitMatcher;
        bool any = false;
        bool tenantWrite = false;
    };
    struct PatternSet
    {
        IndexPattern pattern;
        QStringList dropped;
    };

    const ActionSet &actionSet(const QStringList &written);
    const PatternSet &patternSet(const QStringList &written);
    Result<CompiledIndexPermission> indexPermission(const QString &role, int entry, const QJsonObject &raw);

    QHash<QStringList, ActionSet> m_actionSets;
    QHash<QStringList, PatternSet> m_patternSets;
    QHash<QString, Result<WildcardMatcher>> m_tenantPatterns;
};

const RoleCompiler::ActionSet &RoleCompiler::actionSet(const QStringList &written)
{
    if (const auto it = m_actionSets.constFind(written); it != m_actionSets.constEnd())
        return *it;
    ActionSet set;
    set.written = written;
    set.resolved = groups.resolve(written);
    Result<WildcardMatcher> matcher = WildcardMatcher::compile(set.resolved);
    if (matcher)
        set.matcher = *matcher;
    else
        set.error = matcher.error().message;
    set.any = set.resolved.contains(u"*"_s);
    QStringList explicitActions = set.resolved;
    explicitActions.removeAll(u"*"_s);
    set.explicitMatcher = WildcardMatcher::compileLenient(explicitActions);
    set.tenantWrite = set.resolved.contains(TenantWrite);
    return *m_actionSets.insert(written, set);
}

const RoleCompiler::PatternSet &RoleCompiler::patternSet(const QStringList &written)
{
    if (const auto it = m_patternSets.constFind(written); it != m_patternSets.constEnd())
        return *it;
    PatternSet set;
    set.pattern = IndexPattern::compile(written, &set.dropped);
    return *m_patternSets.insert(written, set);
}

Result<std::shared_ptr<CompiledRole>> RoleCompiler::compile(const QString &name, const QJsonObject &raw)
{
    auto role = std::make_shared<CompiledRole>();
    role->name = name;
    const ActionSet &cluster = actionSet(Json::strings(raw.value(u"cluster_permissions"_s)));
    if (!cluster.matcher)
        return Error {u"access.role"_s, u"cluster_permissions: %1"_s.arg(cluster.error), {}};
    role->clusterPermissions = cluster.resolved;
    role->cluster = *cluster.matcher;
    role->clusterAny = cluster.any;
    role->explicitCluster = cluster.explicitMatcher;
    const QJsonArray indexPermissions = raw.value(u"index_permissions"_s).toArray();
    for (int entry = 0; entry < indexPermissions.size(); ++entry) {
        Result<CompiledIndexPermission> permission =
            indexPermission(name, entry, indexPermissions.at(entry).toObject());
        if (!permission)
            return permission.error();
        role->indexPermissions.append(std::move(*permission));
    }
    for (const QJsonValue &value : raw.value(u"tenant_permissions"_s).toArray()) {
        const QJsonObject tenant = value.toObject();
        CompiledTenantPermission permission;
        const ActionSet &actions = actionSet(Json::strings(tenant.value(u"allowed_actions"_s)));
        permission.allowedActions = actions.written;
        permission.write = actions.tenantWrite;
        bool stop = false;
        for (const QString &pattern : Json::strings(tenant.value(u"tenant_patterns"_s))) {
            if (pattern.contains(u"${"_s)) {
                permission.patterns.append(pattern);
                permission.matchers.append(std::nullopt);
                continue;
            }
            auto cached = m_tenantPatterns.constFind(pattern);
            if (cached == m_tenantPatterns.constEnd())
                cached = m_tenantPatterns.insert(pattern, WildcardMatcher::compile(pattern));
            const Result<WildcardMatcher> &matcher = *cached;
            if (!matcher) {
                problems.append(u"roles/%1: the tenant pattern %2 does not compile (%3): the plugin stops reading "
                                "this role's tenant permissions there"_s.arg(name, pattern, matcher.error().message));
                stop = true;
                break;
            }
            permission.patterns.append(pattern);
            permission.matchers.append(*matcher);
        }
        if (!permission.patterns.isEmpty())
            role->tenantPermissions.append(permission);
        if (stop)
            break;
    }
    return role;
}

Result<CompiledIndexPermission> RoleCompiler::indexPermission(const QString &role, int entry, const QJsonObject &raw)
{
    CompiledIndexPermission permission;
    permission.entry = entry;
    const auto where = [&] { return u"roles/%1/index_permissions/%2"_s.arg(role).arg(entry); };
    const PatternSet &patterns = patternSet(Json::strings(raw.value(u"index_patterns"_s)));
    permission.pattern = patterns.pattern;
    for (const QString &text : patterns.dropped)
        problems.append(u"%1: the index pattern %2 is ignored"_s.arg(where(), text));
    const ActionSet &actions = actionSet(Json::strings(raw.value(u"allowed_actions"_s)));
    if (!actions.matcher)
        return Error {
            u"access.role"_s, u"index_permissions/%1 allowed_actions: %2"_s.arg(entry).arg(actions.error), {}};
    permission.allowedActions = actions.written;
    permission.resolvedActions = actions.resolved;
    permission.actions = *actions.matcher;
    permission.explicitActions = actions.explicitMatcher;

    const QJsonValue dls = raw.value(u"dls"_s);
    if (dls.isString() && !dls.toString().isEmpty()) {
        permission.hasDls = true;
        permission.dls = dls.toString();
        permission.dlsProblem = dlsProblem(permission.dls);
        if (!permission.dlsProblem.isEmpty())
            problems.append(u"%1: %2; the plugin ignores it (from 3.6 the entry is then unrestricted)"_s.arg(
                where(), permission.dlsProblem));
    }

    const QStringList fls = Json::strings(raw.value(u"fls"_s));
    if (!fls.isEmpty()) {
        FlsRule rule;
        bool valid = true;
        for (const QString &source : fls) {
            const bool excluded = source.startsWith(u'~') || source.startsWith(u'!');
            Result<WildcardMatcher> matcher = WildcardMatcher::compile(excluded ? source.mid(1) : source);
            if (!matcher) {
                problems.append(u"%1: the FLS pattern %2 does not compile (%3): the plugin ignores this entry's "
                                "FLS"_s.arg(where(), source, matcher.error().message));
                valid = false;
                break;
            }
            rule.patterns.append({source, *matcher, excluded});
            // "a.b.c" also lets the objects "a" and "a.b" through (not for regexes or exclusions).
            if (!excluded && !(source.startsWith(u'/') && source.endsWith(u'/'))) {
                for (qsizetype dot = source.indexOf(u'.'); dot >= 0; dot = source.indexOf(u'.', dot + 1)) {
                    const QString parent = source.left(dot);
                    bool known = false;
                    for (const FlsRule::Pattern &p : std::as_const(rule.objectOnlyPatterns))
                        known = known || p.source == parent;
                    if (!known)
                        rule.objectOnlyPatterns.append({parent, WildcardMatcher::compileLenient({parent}), false});
                }
            }
        }
        if (valid) {
            // Object-only patterns that are also explicit patterns are not object-only.
            QList<FlsRule::Pattern> objectOnly;
            for (const FlsRule::Pattern &p : std::as_const(rule.objectOnlyPatterns)) {
                bool explicitToo = false;
                for (const FlsRule::Pattern &q : std::as_const(rule.patterns))
                    explicitToo = explicitToo || q.source == p.source;
                if (!explicitToo)
                    objectOnly.append(p);
            }
            rule.objectOnlyPatterns = objectOnly;
            permission.fls = rule;
        }
    }

    const QStringList masked = Json::strings(raw.value(u"masked_fields"_s));
    bool maskValid = true;
    QList<MaskExpression> expressions;
    for (const QString &source : masked) {
        const QStringList tokens = source.split(u"::"_s);
        Result<WildcardMatcher> field = WildcardMatcher::compile(tokens.first());
        if (!field) {
            return Error {u"access.role"_s,
                          u"index_permissions/%1 masked_fields %2: %3"_s.arg(entry).arg(source, field.error().message),
                          {}};
        }
        if (tokens.size() == 2 && !isKnownDigest(tokens.at(1))) {
            problems.append(u"%1: the masked field %2 names an unknown hash algorithm: the plugin ignores this "
                            "entry's masking"_s.arg(where(), source));
            maskValid = false;
        } else if (tokens.size() > 2 && tokens.size() % 2 == 0) {
            problems.append(u"%1: the masked field %2 is not field::regex::replacement: the plugin ignores this "
                            "entry's masking"_s.arg(where(), source));
            maskValid = false;
        } else if (tokens.size() > 2) {
            for (qsizetype i = 1; i + 1 < tokens.size(); i += 2) {
                Result<WildcardMatcher> regex = WildcardMatcher::compile(u'/' + tokens.at(i) + u'/');
                if (!regex) {
                    return Error {
                        u"access.role"_s,
                        u"index_permissions/%1 masked_fields %2: %3"_s.arg(entry).arg(source, regex.error().message),
                        {}};
                }
            }
        }
        expressions.append({source, *field});
    }
    if (maskValid)
        permission.masked = expressions;
    return permission;
}

} // namespace

AccessConfig AccessConfig::compile(const QJsonObject &document, const NodeSettings &settings)
{
    AccessConfig config;
    config.m_settings = settings;

    QJsonObject configType = document.value(u"config"_s).toObject();
    if (configType.contains(u"config"_s))
        configType = configType.value(u"config"_s).toObject();
    const QJsonObject dynamic = configType.value(u"dynamic"_s).toObject();
    DynamicSettings &d = config.m_dynamic;
    d.engine = dynamic.value(u"privileges_evaluation_type"_s).toString().compare(u"v4"_s, Qt::CaseInsensitive) == 0
                   ? AccessEngine::V4
                   : AccessEngine::Legacy;
    d.dnfof = dynamic.value(u"do_not_fail_on_forbidden"_s).toBool(false);
    d.dnfofEmpty = dynamic.value(u"do_not_fail_on_forbidden_empty"_s).toBool(false);
    d.ignoreUnauthorizedIndices = dynamic.value(u"privileges_evaluation_ignore_unauthorized_indices"_s).toBool(true);
    const QJsonObject kibana = dynamic.value(u"kibana"_s).toObject();
    d.multitenancy = kibana.value(u"multitenancy_enabled"_s).toBool(true);
    d.privateTenant = kibana.value(u"private_tenant_enabled"_s).toBool(true);
    d.serverUser = kibana.value(u"server_username"_s).toString(u"kibanaserver"_s);
    d.dashboardsIndex = kibana.value(u"index"_s).toString(u".kibana"_s);
    d.filteredAliasMode = dynamic.value(u"filtered_alias_mode"_s).toString(u"warn"_s);

    config.m_actionGroups = FlattenedActionGroups(document.value(u"actiongroups"_s).toObject());

    config.m_rawRoles = document.value(u"roles"_s).toObject();
    RoleCompiler compiler(config.m_actionGroups, config.m_problems);
    config.m_roles.reserve(config.m_rawRoles.size());
    for (auto it = config.m_rawRoles.begin(); it != config.m_rawRoles.end(); ++it) {
        Result<std::shared_ptr<CompiledRole>> role = compiler.compile(it.key(), it->toObject());
        if (!role) {
            config.m_droppedRoles.insert(it.key(), role.error().message);
            continue;
        }
        config.m_roles.insert(it.key(), *role);
        config.m_roleOrder.append(it.key());
    }

    config.m_rawMappings = document.value(u"rolesmapping"_s).toObject();
    QStringList mappingProblems;
    config.m_mapper = RoleMapper(config.m_rawMappings, settings.roleMappingResolution(), &mappingProblems);
    config.m_problems.append(mappingProblems);

    const QJsonObject tenants = document.value(u"tenants"_s).toObject();
    config.m_tenantOrder = tenants.keys();
    config.m_tenants = QSet<QString>(config.m_tenantOrder.begin(), config.m_tenantOrder.end());

    config.m_internalUsers = document.value(u"internalusers"_s).toObject();
    return config;
}

const CompiledRole *AccessConfig::role(const QString &name) const
{
    const auto it = m_roles.constFind(name);
    return it == m_roles.constEnd() ? nullptr : it->get();
}

namespace {

AccessUser accessUserFrom(const QString &name, const QJsonObject &entry, bool withAttributes)
{
    AccessUser user;
    user.name = name;
    user.backendRoles = Json::strings(entry.value(u"backend_roles"_s));
    user.securityRoles = Json::strings(entry.value(u"opendistro_security_roles"_s));
    if (!withAttributes)
        return user;
    const QJsonObject attributes = entry.value(u"attributes"_s).toObject();
    for (auto it = attributes.begin(); it != attributes.end(); ++it)
        user.attributes.insert(u"attr.internal."_s + it.key(), it->toString());
    return user;
}

} // namespace

std::optional<AccessUser> AccessConfig::userFromInternalUsers(const QString &name, bool withAttributes) const
{
    const QJsonValue value = m_internalUsers.value(name);
    if (!value.isObject())
        return std::nullopt;
    return accessUserFrom(name, value.toObject(), withAttributes);
}

void AccessConfig::forEachInternalUser(const std::function<void(const AccessUser &)> &visit, bool withAttributes) const
{
    for (auto it = m_internalUsers.begin(); it != m_internalUsers.end(); ++it) {
        if (it->isObject())
            visit(accessUserFrom(it.key(), it->toObject(), withAttributes));
    }
}
