#include "app/access/AccessCases.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include "app/access/AccessConfig.h"
#include "app/access/AccessEvaluator.h"
#include "app/access/ActionPrivileges.h"
#include "app/access/DlsFls.h"
#include "app/access/EvaluationContext.h"
#include "app/access/TenantPrivileges.h"
#include "app/access/UserAttributes.h"
#include "app/access/WildcardMatcher.h"
#include "app/json/Json.h"

using namespace Qt::StringLiterals;

namespace {

QString where(const AccessCase &c)
{
    return u"%1: case %2"_s.arg(c.file, c.id);
}

Error caseError(const AccessCase &c, const QString &field, const QString &what)
{
    return Error {u"access.case"_s, u"%1: %2: %3"_s.arg(where(c), field, what), {}};
}

QJsonArray sortedArray(QStringList list)
{
    list.removeDuplicates();
    list.sort();
    return QJsonArray::fromStringList(list);
}

// A DLS query reduced to what the plugin's tests compare: a term query as field and value, anything else as
// compact JSON with sorted keys.
QString canonicalQuery(const QString &query)
{
    const QJsonObject object = QJsonDocument::fromJson(query.toUtf8()).object();
    if (object.size() == 1 && object.contains(u"term"_s)) {
        const QJsonObject term = object.value(u"term"_s).toObject();
        if (term.size() == 1) {
            const QString field = term.constBegin().key();
            QJsonValue value = term.constBegin().value();
            if (value.isObject())
                value = value.toObject().value(u"value"_s);
            return u"term:%1=%2"_s.arg(field, value.toVariant().toString());
        }
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonValue canonicalDls(const QJsonValue &dls)
{
    if (!dls.isObject())
        return dls;
    QStringList queries;
    for (const QJsonValue &query : dls.toObject().value(u"any_of"_s).toArray())
        queries.append(canonicalQuery(query.toString()));
    return QJsonObject {{u"any_of"_s, sortedArray(queries)}};
}

const QSet<QString> &setFields()
{
    static const QSet<QString> fields {u"allowed_indices"_s, u"missing_privileges"_s, u"mapped_roles"_s,
                                       u"response_indices"_s};
    return fields;
}

QJsonValue comparable(const QString &field, const QJsonValue &value)
{
    if (setFields().contains(field))
        return sortedArray(value.toVariant().toStringList());
    if (field == u"dls"_s)
        return canonicalDls(value);
    return value;
}

QString shown(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isUndefined())
        return u"(nothing)"_s;
    if (value.isArray() || value.isObject()) {
        const QJsonDocument document =
            value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

AccessUser userFrom(const QJsonObject &json, const AccessConfig &config)
{
    const QString name = json.value(u"name"_s).toString(u"test_user"_s);
    AccessUser user;
    if (const std::optional<AccessUser> internal = config.userFromInternalUsers(name))
        user = *internal;
    user.name = name;
    if (json.contains(u"backend_roles"_s))
        user.backendRoles = json.value(u"backend_roles"_s).toVariant().toStringList();
    if (json.contains(u"security_roles"_s))
        user.securityRoles = json.value(u"security_roles"_s).toVariant().toStringList();
    if (json.contains(u"attributes"_s)) {
        const QJsonObject attributes = json.value(u"attributes"_s).toObject();
        for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it)
            user.attributes.insert(it.key(), it.value().toVariant().toString());
    }
    user.ip = json.value(u"ip"_s).toString(user.ip);
    user.requestedTenant = json.value(u"requested_tenant"_s).toString(user.requestedTenant);
    return user;
}

QString statusName(AccessStatus status)
{
    return AccessStatuses::name(status);
}

// One evaluation of a case's request: the computed fields (all a request type can give; the caller keeps those
// the case expects).
class CaseRun
{
public:
    CaseRun(const AccessCase &c, const AccessConfig &config, const IndexMetadata &metadata, AccessEngine engine,
            const QStringList &assumptions)
        : m_case(c), m_config(config), m_metadata(metadata), m_engine(engine), m_assumptions(assumptions)
    { }

    Result<QJsonObject> run()
    {
        const QJsonObject &request = m_case.request;
        const QString type = request.value(u"type"_s).toString();
        const AccessUser user = userFrom(m_case.user.value_or(QJsonObject()), m_config);
        const QStringList roles = m_case.mappedRoles ? *m_case.mappedRoles : m_config.mapper().mapNames(user);
        EvaluationContext context(user, roles, m_metadata, m_engine);
        QJsonObject result;
        if (type == u"role-mapping"_s) {
            result.insert(u"mapped_roles"_s, QJsonArray::fromStringList(roles));
        } else if (type == u"cluster"_s) {
            return cluster(context);
        } else if (type == u"index"_s) {
            return index(user, context);
        } else if (type == u"tenant"_s) {
            const QString access = request.value(u"access"_s).toString(u"read"_s);
            if (access != u"read"_s && access != u"write"_s)
                return caseError(m_case, u"request.access"_s, u"\"%1\" is neither read nor write"_s.arg(access));
            const TenantPrivileges::TenantCheck check =
                TenantPrivileges::check(m_config, context, request.value(u"tenant"_s).toString(), access == u"write"_s);
            result.insert(u"status"_s, check.allowed ? u"allowed"_s : u"denied"_s);
            m_trace.append(check.allowed ? u"granted by roles/%1 tenant pattern %2"_s.arg(check.role, check.pattern)
                                         : check.reason);
        } else if (type == u"tenant-map"_s) {
            QJsonObject map;
            const QMap<QString, bool> tenants = TenantPrivileges::tenantMap(m_config, context);
            for (auto it = tenants.cbegin(); it != tenants.cend(); ++it)
                map.insert(it.key(), it.value());
            result.insert(u"tenant_map"_s, map);
        } else if (type == u"match"_s) {
            const QJsonValue pattern = request.value(u"pattern"_s);
            const QStringList patterns =
                pattern.isArray() ? pattern.toVariant().toStringList() : QStringList {pattern.toString()};
            const Result<WildcardMatcher> matcher = WildcardMatcher::compile(
                patterns, request.value(u"ignore_case"_s).toBool() ? Qt::CaseInsensitive : Qt::CaseSensitive);
            result.insert(u"match"_s, matcher && matcher->matches(request.value(u"value"_s).toString()));
            if (!matcher)
                result.insert(u"error"_s, matcher.error().message);
        } else if (type == u"dls"_s) {
            if (request.contains(u"indices"_s)) {
                QString error;
                const bool unrestricted =
                    DlsFls::isUnrestricted(m_config, context, DlsFls::Kind::Dls,
                                           request.value(u"indices"_s).toVariant().toStringList(), &error);
                result.insert(u"dls_unrestricted"_s, unrestricted);
                if (!error.isEmpty())
                    result.insert(u"error"_s, error);
            } else {
                const DlsFls::DlsResult dls = DlsFls::dls(m_config, context, request.value(u"index"_s).toString());
                switch (dls.state) {
                case DlsFls::DlsResult::State::Unrestricted:
                    result.insert(u"dls"_s, u"unrestricted"_s);
                    break;
                case DlsFls::DlsResult::State::FullyRestricted:
                    result.insert(u"dls"_s, u"restricted"_s);
                    break;
                case DlsFls::DlsResult::State::Queries:
                    result.insert(u"dls"_s, QJsonObject {{u"any_of"_s, QJsonArray::fromStringList(dls.queries)}});
                    break;
                case DlsFls::DlsResult::State::Error:
                    result.insert(u"dls"_s, u"error"_s);
                    result.insert(u"error"_s, dls.error);
                    break;
                }
            }
        } else if (type == u"fls"_s) {
            const QString check = request.value(u"check"_s).toString(u"leaf"_s);
            DlsFls::FieldCheck fieldCheck = DlsFls::FieldCheck::Leaf;
            if (check == u"recursive"_s)
                fieldCheck = DlsFls::FieldCheck::Recursive;
            else if (check == u"object"_s)
                fieldCheck = DlsFls::FieldCheck::Object;
            else if (check != u"leaf"_s)
                return caseError(m_case, u"request.check"_s, u"\"%1\" is not leaf, recursive or object"_s.arg(check));
            QString error;
            result.insert(u"fls_visible"_s,
                          DlsFls::flsVisible(m_config, context, request.value(u"index"_s).toString(),
                                             request.value(u"field"_s).toString(), fieldCheck, &error));
            if (!error.isEmpty())
                result.insert(u"error"_s, error);
        } else if (type == u"fm"_s) {
            QString error;
            const QString expression = DlsFls::maskExpression(m_config, context, request.value(u"index"_s).toString(),
                                                              request.value(u"field"_s).toString(), &error);
            result.insert(u"masked"_s, !expression.isEmpty());
            result.insert(u"mask_expression"_s, expression);
            if (!error.isEmpty())
                result.insert(u"error"_s, error);
        } else if (type == u"substitute"_s) {
            result.insert(u"rendered"_s, context.render(request.value(u"template"_s).toString()));
        } else if (type == u"needs-substitution"_s) {
            result.insert(u"needs_substitution"_s,
                          UserAttributes::needsSubstitution(request.value(u"text"_s).toString()));
        } else if (type == u"unresolved-attributes"_s) {
            result.insert(u"unresolved"_s, QJsonArray::fromStringList(UserAttributes::unresolved(
                                               context.render(request.value(u"text"_s).toString()))));
        } else {
            return caseError(
                m_case, u"request.type"_s,
                u"unknown request type \"%1\" (known: %2)"_s.arg(type, AccessCases::requestTypes().join(u", "_s)));
        }
        return result;
    }

    const QStringList &trace() const { return m_trace; }

private:
    Result<QJsonObject> cluster(const EvaluationContext &context)
    {
        const QJsonObject &request = m_case.request;
        ClusterCheck check;
        if (request.value(u"any"_s).toBool()) {
            const std::optional<QStringList> actions = Json::stringList(request.value(u"actions"_s));
            if (!actions)
                return caseError(m_case, u"request.actions"_s, u"not an array of action names"_s);
            check = ActionPrivileges::anyCluster(m_config, context, *actions);
        } else {
            const QString action = request.value(u"action"_s).toString();
            if (action.isEmpty())
                return caseError(m_case, u"request.action"_s, u"missing"_s);
            check = ActionPrivileges::cluster(m_config, context, action, request.value(u"explicit"_s).toBool());
        }
        if (check.allowed)
            m_trace.append(
                u"granted by roles/%1 cluster permission %2"_s.arg(check.grant.role, check.grant.actionPattern));
        return QJsonObject {{u"status"_s, check.allowed ? u"allowed"_s : u"denied"_s},
                            {u"missing_privileges"_s, QJsonArray::fromStringList(check.missing)}};
    }

    Result<QJsonObject> index(const AccessUser &user, EvaluationContext &context)
    {
        const QJsonObject &request = m_case.request;
        const std::optional<QStringList> actions = Json::stringList(request.value(u"actions"_s));
        if (!actions || actions->isEmpty())
            return caseError(m_case, u"request.actions"_s, u"not a non-empty array of action names"_s);
        const std::optional<QStringList> indices =
            request.contains(u"indices"_s) ? Json::stringList(request.value(u"indices"_s)) : QStringList();
        if (!indices)
            return caseError(m_case, u"request.indices"_s, u"not an array of index names"_s);
        IndexCheck check;
        if (request.value(u"any_index"_s).toBool()) {
            check = ActionPrivileges::anyIndex(m_config, context, *actions);
        } else if (request.value(u"explicit"_s).toBool()) {
            check = ActionPrivileges::explicitIndex(m_config, context, *actions, *indices);
        } else if (request.value(u"resolved"_s).toBool()) {
            check =
                ActionPrivileges::index(m_config, context, *actions, *indices,
                                        SpecialIndexProtection::forEngine(m_engine, m_config.settings(), m_metadata),
                                        m_engine == AccessEngine::Legacy);
        } else {
            AccessRequest accessRequest {*actions, *indices, request.value(u"indices_options"_s).toObject()};
            EvaluationOptions options;
            options.mappedRoles = m_case.mappedRoles;
            options.engine = m_engine;
            options.assumptions = m_assumptions;
            const AccessDecision decision =
                AccessEvaluator::evaluate(m_config, m_metadata, user, accessRequest, options);
            m_trace = decision.trace;
            m_trace += decision.misses;
            QJsonObject result = decision.toJson();
            result.insert(u"evaluation_exception"_s, !decision.evaluationErrors.isEmpty());
            return result;
        }
        m_trace.append(check.table.toText().split(u'\n', Qt::SkipEmptyParts));
        return QJsonObject {{u"status"_s, statusName(check.status)},
                            {u"allowed_indices"_s, QJsonArray::fromStringList(check.availableIndices)},
                            {u"missing_privileges"_s, QJsonArray::fromStringList(check.missingPrivileges)},
                            {u"evaluation_exception"_s, !check.evaluationErrors.isEmpty()},
                            {u"error"_s, check.evaluationErrors.join(u"; "_s)}};
    }

    const AccessCase &m_case;
    const AccessConfig &m_config;
    const IndexMetadata &m_metadata;
    AccessEngine m_engine;
    QStringList m_assumptions;
    QStringList m_trace;
};

Result<AccessCase> parseCase(const QJsonValue &value, const QString &file, qsizetype position)
{
    AccessCase c;
    c.file = file;
    c.id = u"#%1"_s.arg(position + 1);
    if (!value.isObject())
        return caseError(c, u"(case)"_s, u"not an object"_s);
    const QJsonObject json = value.toObject();
    if (json.contains(u"id"_s)) {
        if (!json.value(u"id"_s).isString() || json.value(u"id"_s).toString().isEmpty())
            return caseError(c, u"id"_s, u"not a non-empty string"_s);
        c.id = json.value(u"id"_s).toString();
    }
    if (json.contains(u"engine"_s)) {
        const QString engine = json.value(u"engine"_s).toString();
        if (engine == u"both"_s) {
            c.engines = {AccessEngine::Legacy, AccessEngine::V4};
        } else if (const std::optional<AccessEngine> one = AccessEngines::fromName(engine)) {
            c.engines = {*one};
        } else {
            return caseError(
                c, u"engine"_s,
                u"unknown engine \"%1\" (legacy, v4 or both)"_s.arg(json.value(u"engine"_s).toVariant().toString()));
        }
    }
    const auto object = [&](const QString &field, std::optional<QJsonObject> &into) -> VoidResult {
        if (!json.contains(field))
            return {};
        if (!json.value(field).isObject())
            return caseError(c, field, u"not an object"_s);
        into = json.value(field).toObject();
        return {};
    };
    for (const auto &[field, into] : {std::pair {u"config"_s, &c.config}, std::pair {u"settings"_s, &c.settings},
                                      std::pair {u"cluster"_s, &c.cluster}, std::pair {u"user"_s, &c.user}}) {
        if (VoidResult ok = object(field, *into); !ok)
            return ok.error();
    }
    if (json.contains(u"mapped_roles"_s)) {
        c.mappedRoles = Json::stringList(json.value(u"mapped_roles"_s));
        if (!c.mappedRoles)
            return caseError(c, u"mapped_roles"_s, u"not an array of role names"_s);
    }
    if (!json.value(u"request"_s).isObject())
        return caseError(c, u"request"_s, u"missing or not an object"_s);
    c.request = json.value(u"request"_s).toObject();
    const QString type = c.request.value(u"type"_s).toString();
    if (!AccessCases::requestTypes().contains(type))
        return caseError(
            c, u"request.type"_s,
            u"unknown request type \"%1\" (known: %2)"_s.arg(c.request.value(u"type"_s).toVariant().toString(),
                                                             AccessCases::requestTypes().join(u", "_s)));
    if (!json.value(u"expect"_s).isObject() || json.value(u"expect"_s).toObject().isEmpty())
        return caseError(c, u"expect"_s, u"missing, empty or not an object"_s);
    c.expect = json.value(u"expect"_s).toObject();
    return c;
}

} // namespace

QStringList AccessCases::requestTypes()
{
    return {u"role-mapping"_s,
            u"cluster"_s,
            u"index"_s,
            u"tenant"_s,
            u"tenant-map"_s,
            u"match"_s,
            u"dls"_s,
            u"fls"_s,
            u"fm"_s,
            u"substitute"_s,
            u"needs-substitution"_s,
            u"unresolved-attributes"_s};
}

Result<QList<AccessCase>> AccessCases::parse(const QByteArray &bytes, const QString &file)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error {u"access.case"_s,
                      u"%1: not JSON: %2 at offset %3"_s.arg(file, parseError.errorString()).arg(parseError.offset),
                      {}};
    QJsonArray cases;
    if (document.isArray())
        cases = document.array();
    else if (document.object().value(u"cases"_s).isArray())
        cases = document.object().value(u"cases"_s).toArray();
    else
        return Error {u"access.case"_s, u"%1: neither an array of cases nor {\"cases\": [...]}"_s.arg(file), {}};
    QList<AccessCase> result;
    QSet<QString> ids;
    for (qsizetype i = 0; i < cases.size(); ++i) {
        Result<AccessCase> one = parseCase(cases.at(i), file, i);
        if (!one)
            return one.error();
        if (ids.contains(one->id))
            return caseError(*one, u"id"_s, u"used by an earlier case too"_s);
        ids.insert(one->id);
        result.append(*one);
    }
    return result;
}

Result<QList<AccessCase>> AccessCases::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {u"io.read"_s, u"%1: cannot read: %2"_s.arg(path, file.errorString()), {}};
    return parse(file.readAll(), path);
}

Result<QList<AccessCaseOutcome>> AccessCases::run(const AccessCase &c, const AccessCaseSource &source)
{
    NodeSettings settings = source.settings;
    if (c.settings) {
        Result<NodeSettings> read = NodeSettings::fromJson(*c.settings);
        if (!read)
            return caseError(c, u"settings"_s, read.error().message);
        settings = *read;
    }
    IndexMetadata metadata = source.metadata;
    if (c.cluster) {
        Result<IndexMetadata> read = IndexMetadata::fromJson(*c.cluster);
        if (!read)
            return caseError(c, u"cluster"_s, read.error().message);
        metadata = *read;
    }
    const AccessConfig config = AccessConfig::compile(c.config.value_or(source.document), settings);
    QStringList assumptions = c.config ? QStringList() : source.assumptions;
    const QList<AccessEngine> engines = c.engines.isEmpty() ? QList<AccessEngine> {config.dynamic().engine} : c.engines;
    QList<AccessCaseOutcome> outcomes;
    for (const AccessEngine engine : engines) {
        CaseRun run(c, config, metadata, engine, assumptions);
        Result<QJsonObject> computed = run.run();
        if (!computed)
            return computed.error();
        AccessCaseOutcome outcome;
        outcome.id = c.id;
        outcome.engine = engine;
        outcome.trace = run.trace();
        for (auto it = c.expect.constBegin(); it != c.expect.constEnd(); ++it) {
            const QString &field = it.key();
            if (field == u"error_mentions"_s) {
                const QString error = computed->value(u"error"_s).toString();
                outcome.result.insert(u"error"_s, error);
                for (const QString &mention : it.value().toVariant().toStringList()) {
                    if (!error.contains(mention, Qt::CaseInsensitive))
                        outcome.failures.append(u"error expected to mention \"%1\", got \"%2\""_s.arg(mention, error));
                }
                continue;
            }
            const QJsonValue got = computed->value(field);
            outcome.result.insert(field, got.isUndefined() ? QJsonValue() : got);
            if (got.isUndefined()) {
                outcome.failures.append(
                    u"%1 is not computed for a %2 request"_s.arg(field, c.request.value(u"type"_s).toString()));
            } else if (comparable(field, got) != comparable(field, it.value())) {
                outcome.failures.append(u"%1 expected %2, got %3"_s.arg(field, shown(it.value()), shown(got)));
            }
        }
        outcome.pass = outcome.failures.isEmpty();
        outcomes.append(outcome);
    }
    return outcomes;
}
