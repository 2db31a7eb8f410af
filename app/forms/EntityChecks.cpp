#include "app/forms/EntityChecks.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include "app/access/ActionCatalogue.h"
#include "app/access/NodeSettings.h"
#include "app/access/StaticEntities.h"
#include "app/common/Suggestion.h"
#include "app/forms/EntityEdits.h"
#include "app/json/Json.h"

using namespace Qt::StringLiterals;

namespace {

struct EntityChecksText
{
    Q_DECLARE_TR_FUNCTIONS(EntityChecks)
};

QString field(const QString &list, qsizetype index)
{
    return list + u'/' + QString::number(index);
}

bool isPattern(const QString &entry)
{
    return entry.contains(u'*') || entry.contains(u'?') || (entry.startsWith(u'/') && entry.endsWith(u'/'));
}

// The action groups by name (the configuration's over the plugin's statics) with their type.
QHash<QString, QString> actionGroupTypes(const QJsonObject &document)
{
    static const QJsonObject statics = StaticEntities::forMajorVersion(3).value(u"actiongroups"_s).toObject();
    QHash<QString, QString> types;
    for (const QJsonObject &groups : {statics, document.value(u"actiongroups"_s).toObject()}) {
        for (auto it = groups.begin(); it != groups.end(); ++it)
            types.insert(it.key(), it->toObject().value(u"type"_s).toString());
    }
    return types;
}

class Checker
{
public:
    explicit Checker(const CheckContext &context) : m_context(context) { }

    QList<FieldIssue> issues;

    void block(const QString &where, const QString &message) { issues.append({where, message, true}); }
    void warn(const QString &where, const QString &message) { issues.append({where, message, false}); }

    // Entries of an array of strings: none blank.
    // `base`: where `value` sits ("index_permissions/0"), empty for the entity itself.
    QStringList strings(const QJsonObject &value, const QString &list, const QString &base = {})
    {
        const QStringList entries = Json::strings(value.value(list));
        for (qsizetype i = 0; i < entries.size(); ++i) {
            if (entries.at(i).trimmed().isEmpty())
                block(field(base.isEmpty() ? list : base + u'/' + list, i),
                      EntityChecksText::tr("an empty entry: the cluster refuses it"));
        }
        return entries;
    }

    // Permissions (cluster_permissions, allowed_actions): unknown names and the wrong side, as warnings.
    void permissions(const QString &where, const QStringList &entries, std::optional<bool> cluster)
    {
        if (m_groupTypes.isEmpty())
            m_groupTypes = actionGroupTypes(m_context.document);
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QString &entry = entries.at(i);
            if (entry.trimmed().isEmpty() || isPattern(entry))
                continue;
            if (const auto group = m_groupTypes.constFind(entry); group != m_groupTypes.constEnd()) {
                if (cluster && *group == (*cluster ? u"index"_s : u"cluster"_s))
                    warn(field(where, i),
                         *cluster ? EntityChecksText::tr("%1 is an index action group: in cluster permissions "
                                                         "it grants nothing")
                                        .arg(entry)
                                  : EntityChecksText::tr("%1 is a cluster action group: in index permissions "
                                                         "it grants nothing")
                                        .arg(entry));
                continue;
            }
            const bool action = entry.contains(u':');
            if (const auto known = action ? ActionCatalogue::info(entry) : std::nullopt) {
                if (m_context.clusterVersion && !known->availableIn(*m_context.clusterVersion))
                    warn(field(where, i),
                         EntityChecksText::tr("%1 exists from OpenSearch %2; this cluster runs %3: it grants "
                                              "nothing here")
                             .arg(entry, known->since.toString(), m_context.clusterVersion->toString()));
                const bool clusterAction =
                    ActionCatalogue::isClusterAction(entry, AccessEngine::Legacy, NodeSettings());
                if (cluster && !*cluster && clusterAction && entry.startsWith(u"cluster:"_s))
                    warn(field(where, i),
                         EntityChecksText::tr("%1 is a cluster action: in index permissions it never applies")
                             .arg(entry));
                else if (cluster && *cluster && !clusterAction && entry.startsWith(u"indices:"_s))
                    warn(field(where, i),
                         EntityChecksText::tr("%1 is an index action: in cluster permissions it never applies "
                                              "(it needs an index permission)")
                             .arg(entry));
                continue;
            }
            const QString suggestion =
                Suggestion::closest(entry, action ? ActionCatalogue::knownActions() : m_groupTypes.keys());
            if (action) {
                // The catalogue does not hold every action: only a likely typo is flagged.
                if (!suggestion.isEmpty())
                    warn(field(where, i),
                         EntityChecksText::tr("%1 is not a known action: did you mean %2?").arg(entry, suggestion));
            } else {
                warn(field(where, i),
                     suggestion.isEmpty()
                         ? EntityChecksText::tr("%1 is neither an action group nor an action: it matches nothing")
                               .arg(entry)
                         : EntityChecksText::tr("%1 is not an action group: did you mean %2?").arg(entry, suggestion));
            }
        }
    }

    // Names of entities of `type` that should exist (tenants, roles): unknown ones as warnings.
    void names(const QString &where, const QStringList &entries, const QString &type, const QStringList &extra = {})
    {
        const QJsonObject entities = m_context.document.value(type).toObject();
        const QStringList known = entities.keys() + extra;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QString &entry = entries.at(i);
            if (entry.trimmed().isEmpty() || isPattern(entry) || entry.contains(u"${"_s) || known.contains(entry))
                continue;
            const QString suggestion = Suggestion::closest(entry, known);
            const QString what = type == u"tenants"_s ? EntityChecksText::tr("tenant") : EntityChecksText::tr("role");
            warn(field(where, i),
                 suggestion.isEmpty()
                     ? EntityChecksText::tr("there is no %1 %2").arg(what, entry)
                     : EntityChecksText::tr("there is no %1 %2: did you mean %3?").arg(what, entry, suggestion));
        }
    }

    void role(const QJsonObject &value)
    {
        permissions(u"cluster_permissions"_s, strings(value, u"cluster_permissions"_s), true);
        const QJsonArray index = value.value(u"index_permissions"_s).toArray();
        for (qsizetype i = 0; i < index.size(); ++i) {
            const QJsonObject entry = index.at(i).toObject();
            const QString base = field(u"index_permissions"_s, i);
            if (strings(entry, u"index_patterns"_s, base).isEmpty())
                block(base + u"/index_patterns"_s, EntityChecksText::tr("at least one index pattern is needed"));
            const QStringList actions = strings(entry, u"allowed_actions"_s, base);
            permissions(base + u"/allowed_actions"_s, actions, false);
            const QString dls = entry.value(u"dls"_s).toString();
            if (!dls.trimmed().isEmpty()) {
                QJsonParseError error;
                const QJsonDocument query = QJsonDocument::fromJson(dls.toUtf8(), &error);
                if (error.error != QJsonParseError::NoError || !query.isObject())
                    block(base + u"/dls"_s,
                          error.error != QJsonParseError::NoError
                              ? EntityChecksText::tr(
                                    "the DLS query is not valid JSON (%1 at character %2): from 3.6 the plugin "
                                    "then grants unfiltered access")
                                    .arg(error.errorString())
                                    .arg(error.offset)
                              : EntityChecksText::tr(
                                  "the DLS query must be a JSON object, such as {\"term\": {\"team\": \"a\"}}"));
            }
            strings(entry, u"fls"_s, base);
            const QStringList masked = strings(entry, u"masked_fields"_s, base);
            for (qsizetype m = 0; m < masked.size(); ++m) {
                if (const QString problem = maskedFieldProblem(masked.at(m)); !problem.isEmpty())
                    block(field(base + u"/masked_fields"_s, m), problem);
            }
        }
        const QJsonArray tenants = value.value(u"tenant_permissions"_s).toArray();
        for (qsizetype i = 0; i < tenants.size(); ++i) {
            const QJsonObject entry = tenants.at(i).toObject();
            const QString base = field(u"tenant_permissions"_s, i);
            const QStringList patterns = strings(entry, u"tenant_patterns"_s, base);
            if (patterns.isEmpty())
                block(base + u"/tenant_patterns"_s, EntityChecksText::tr("at least one tenant pattern is needed"));
            names(base + u"/tenant_patterns"_s, patterns, u"tenants"_s, {u"global_tenant"_s});
            const QStringList actions = strings(entry, u"allowed_actions"_s, base);
            for (qsizetype a = 0; a < actions.size(); ++a) {
                if (actions.at(a) != u"kibana_all_read"_s && actions.at(a) != u"kibana_all_write"_s)
                    warn(field(base + u"/allowed_actions"_s, a),
                         EntityChecksText::tr("tenant permissions take kibana_all_read or kibana_all_write"));
            }
        }
    }

    void mapping(const QString &name, const QJsonObject &value)
    {
        names(u"role"_s, {name}, u"roles"_s);
        for (const QString &list : {u"users"_s, u"backend_roles"_s, u"and_backend_roles"_s, u"hosts"_s})
            strings(value, list);
    }

    void user(const QJsonObject &value)
    {
        strings(value, u"backend_roles"_s);
        names(u"opendistro_security_roles"_s, strings(value, u"opendistro_security_roles"_s), u"roles"_s);
        const QJsonObject attributes = value.value(u"attributes"_s).toObject();
        for (auto it = attributes.begin(); it != attributes.end(); ++it) {
            if (it.key().trimmed().isEmpty())
                block(u"attributes"_s, EntityChecksText::tr("an attribute needs a name"));
        }
    }

    void actionGroup(const QJsonObject &value)
    {
        const QString type = value.value(u"type"_s).toString();
        if (!type.isEmpty() && type != u"cluster"_s && type != u"index"_s && type != u"kibana"_s)
            block(u"type"_s, EntityChecksText::tr("the type is cluster, index or kibana"));
        const QStringList actions = strings(value, u"allowed_actions"_s);
        if (actions.isEmpty())
            block(u"allowed_actions"_s, EntityChecksText::tr("at least one action or action group is needed"));
        permissions(u"allowed_actions"_s, actions,
                    type == u"cluster"_s ? std::optional(true)
                    : type == u"index"_s ? std::optional(false)
                                         : std::nullopt);
    }

    // From 3.8 the plugin refuses bodies holding a string over 256 characters.
    void longStrings(const QString &where, const QJsonValue &value)
    {
        if (value.isString() && value.toString().size() > 256) {
            block(where, EntityChecksText::tr("%n characters: the cluster (3.8 or later) accepts at most 256", nullptr,
                                              int(value.toString().size())));
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                longStrings(where.isEmpty() ? QString::number(i) : field(where, i), array.at(i));
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                longStrings(where.isEmpty() ? it.key() : where + u'/' + it.key(), *it);
        }
    }

    // The plugin's masked-field expressions: field, field::algorithm, field::/regex/::replacement[::/regex/::...].
    static QString maskedFieldProblem(const QString &expression)
    {
        const QStringList tokens = expression.split(u"::"_s);
        if (tokens.first().trimmed().isEmpty())
            return EntityChecksText::tr("a masked field needs a field name");
        if (tokens.size() == 2) {
            static const QStringList algorithms {u"MD5"_s,      u"SHA-1"_s,    u"SHA-224"_s,    u"SHA-256"_s,
                                                 u"SHA-384"_s,  u"SHA-512"_s,  u"SHA3-224"_s,   u"SHA3-256"_s,
                                                 u"SHA3-384"_s, u"SHA3-512"_s, u"BLAKE2B-256"_s};
            if (!algorithms.contains(tokens.at(1), Qt::CaseInsensitive))
                return EntityChecksText::tr("Invalid algorithm %1 (for example SHA-256 or BLAKE2B-256)")
                    .arg(tokens.at(1));
            return {};
        }
        if (tokens.size() > 1 && tokens.size() % 2 == 0)
            return EntityChecksText::tr(
                "A field masking expression must have the form 'field_name', 'field_name::algorithm', "
                "'field_name::regex::replacement' or 'field_name::(regex::replacement)+'");
        for (qsizetype i = 1; i + 1 < tokens.size(); i += 2) {
            const QString &regex = tokens.at(i);
            if (regex.size() < 2 || !regex.startsWith(u'/') || !regex.endsWith(u'/'))
                return EntityChecksText::tr("A regular expression needs to be wrapped in /.../");
            if (!QRegularExpression(regex.mid(1, regex.size() - 2)).isValid())
                return EntityChecksText::tr("%1 is not a valid regular expression").arg(regex);
        }
        return {};
    }

private:
    const CheckContext &m_context;
    QHash<QString, QString> m_groupTypes;
};

} // namespace

QList<FieldIssue> EntityChecks::name(const QString &type, const QString &name, const CheckContext &context)
{
    Checker checker(context);
    if (name.trimmed().isEmpty()) {
        checker.block(u"name"_s, EntityChecksText::tr("a name is required"));
    } else if (name != name.trimmed()) {
        checker.block(u"name"_s, EntityChecksText::tr("the name begins or ends with a space"));
    } else if (name != context.originalName) {
        const QJsonObject entities = context.document.value(type).toObject();
        if (entities.contains(name)) {
            const QString why = EntityEdits::readOnlyReason(entities.value(name).toObject());
            checker.block(u"name"_s, why.isEmpty()
                                         ? EntityChecksText::tr("%1 already exists").arg(name)
                                         : EntityChecksText::tr("%1 already exists, and is %2").arg(name, why));
        }
    }
    if (context.clusterVersion && *context.clusterVersion >= QVersionNumber(3, 8))
        checker.longStrings(u"name"_s, name);
    return checker.issues;
}

QList<FieldIssue> EntityChecks::entity(const QString &type, const QString &name, const QJsonObject &value,
                                       const CheckContext &context)
{
    Checker checker(context);
    // The plugin answers an empty body with "Request body required for this action." (a user's password is added
    // to its body later).
    if (value.isEmpty() && type != u"internalusers"_s)
        checker.block(u"description"_s,
                      EntityChecksText::tr("the cluster refuses an empty entity: give it at least a description"));
    if (type == u"roles"_s)
        checker.role(value);
    else if (type == u"rolesmapping"_s)
        checker.mapping(name, value);
    else if (type == u"internalusers"_s)
        checker.user(value);
    else if (type == u"actiongroups"_s)
        checker.actionGroup(value);
    if (context.clusterVersion && *context.clusterVersion >= QVersionNumber(3, 8)) {
        QJsonObject withoutSecrets = value;
        withoutSecrets.remove(u"password"_s);
        withoutSecrets.remove(u"hash"_s);
        checker.longStrings({}, withoutSecrets);
    }
    return checker.issues;
}

QList<FieldIssue> EntityChecks::password(const QString &userName, const QString &password, const QString &confirmation)
{
    Checker checker({});
    if (password.isEmpty()) {
        checker.block(u"password"_s, EntityChecksText::tr("Password is too short"));
        return checker.issues;
    }
    if (password.size() > 100)
        checker.block(u"password"_s, EntityChecksText::tr("Password is too long"));
    if (password != confirmation)
        checker.block(u"confirm"_s, EntityChecksText::tr("the passwords do not match"));
    // The plugin's strength estimate (zxcvbn) finds the user name in the password, also reversed.
    const QString lower = password.toLower();
    QString name = userName.toLower();
    QString reversed = name;
    std::reverse(reversed.begin(), reversed.end());
    if (name.size() >= 3 && (lower.contains(name) || lower.contains(reversed)))
        checker.block(u"password"_s, EntityChecksText::tr("Password is similar to user name"));
    // Not zxcvbn itself: passwords it surely scores low (common ones, short ones, little variety) are flagged.
    static const QStringList common {u"password"_s,   u"password1"_s, u"password123"_s, u"12345678"_s, u"123456789"_s,
                                     u"qwertyuiop"_s, u"letmein"_s,   u"admin123"_s,    u"changeme"_s, u"welcome1"_s};
    int classes = 0;
    for (const auto &test : {+[](QChar c) { return c.isLower(); }, +[](QChar c) { return c.isUpper(); },
                             +[](QChar c) { return c.isDigit(); }, +[](QChar c) { return !c.isLetterOrNumber(); }})
        classes += std::any_of(password.cbegin(), password.cend(), test) ? 1 : 0;
    const bool oneCharacter =
        std::all_of(password.cbegin(), password.cend(), [&](QChar c) { return c == password.front(); });
    if (common.contains(lower) || oneCharacter || password.size() < 8 || (classes < 3 && password.size() < 16))
        checker.warn(u"password"_s,
                     EntityChecksText::tr("Weak password: the cluster is likely to refuse it (by default it wants "
                                          "a strong password: 16 characters, or 8 mixing letters, digits and "
                                          "symbols)"));
    return checker.issues;
}

QStringList EntityChecks::permissionNames(const QJsonObject &document, const std::optional<QVersionNumber> &version)
{
    QStringList names = actionGroupTypes(document).keys() + ActionCatalogue::knownActions(version);
    names.removeDuplicates();
    names.sort();
    return names;
}

QList<FieldIssue> EntityChecks::form(const FormState &state, const CheckContext &context)
{
    QList<FieldIssue> issues;
    if (state.renaming && state.name == context.originalName)
        issues.append({u"name"_s, EntityChecksText::tr("type the new name"), true});
    else
        issues = name(state.type, state.name, context);
    issues += entity(state.type, state.name, state.value, context);
    if (state.type == u"roles"_s && !state.mapping.isEmpty()) {
        for (const FieldIssue &issue : entity(u"rolesmapping"_s, state.name, state.mapping, context)) {
            if (!issue.field.startsWith(u"role"_s)) // the role is this one
                issues.append(issue);
        }
    }
    if (state.type != u"internalusers"_s || state.service)
        return issues;
    const bool hashGiven = !state.hash.trimmed().isEmpty() && state.password.isEmpty();
    const bool keepsPassword = state.editing && state.password.isEmpty() && state.confirmation.isEmpty();
    if (!keepsPassword && !hashGiven)
        issues += password(state.name, state.password, state.confirmation);
    static const QRegularExpression bcrypt(u"^\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}$"_s);
    if (hashGiven && !bcrypt.match(state.hash.trimmed()).hasMatch())
        issues.append({u"hash"_s, EntityChecksText::tr("not a bcrypt hash ($2y$12$ and 53 characters)"), true});
    return issues;
}

bool EntityChecks::blocks(const QList<FieldIssue> &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const FieldIssue &issue) { return issue.blocking; });
}
