#include "app/sandbox/ContentValidator.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

using ContentValidator::DataType;
using ContentValidator::KeyRules;

KeyRules rulesFor(CType type)
{
    switch (type) {
    case CType::Roles:
        return {{{u"cluster_permissions"_s, DataType::Array},
                 {u"index_permissions"_s, DataType::Array},
                 {u"tenant_permissions"_s, DataType::Array},
                 {u"description"_s, DataType::String}},
                {},
                {}};
    case CType::RolesMapping:
        return {{{u"backend_roles"_s, DataType::Array},
                 {u"and_backend_roles"_s, DataType::Array},
                 {u"hosts"_s, DataType::Array},
                 {u"users"_s, DataType::Array},
                 {u"description"_s, DataType::String}},
                {},
                {u"and_backend_roles"_s, u"backend_roles"_s, u"hosts"_s, u"users"_s}};
    case CType::InternalUsers:
        return {{{u"backend_roles"_s, DataType::Array},
                 {u"attributes"_s, DataType::Object},
                 {u"description"_s, DataType::String},
                 {u"opendistro_security_roles"_s, DataType::Array},
                 {u"hash"_s, DataType::String},
                 {u"password"_s, DataType::String}},
                {},
                {}};
    case CType::ActionGroups:
        return {{{u"allowed_actions"_s, DataType::Array},
                 {u"type"_s, DataType::String},
                 {u"description"_s, DataType::String}},
                {u"allowed_actions"_s},
                {}};
    case CType::Tenants:
        return {{{u"description"_s, DataType::String}}, {}, {}};
    case CType::NodesDn:
        return {{{u"nodes_dn"_s, DataType::Array}}, {u"nodes_dn"_s}, {}};
    case CType::Config:
        return {{{u"dynamic"_s, DataType::Object}}, {}, {}};
    case CType::Allowlist:
        return {{{u"enabled"_s, DataType::Boolean}, {u"requests"_s, DataType::Object}}, {}, {}};
    case CType::Audit:
        return {
            {{u"enabled"_s, DataType::Boolean}, {u"audit"_s, DataType::Object}, {u"compliance"_s, DataType::Object}},
            {},
            {}};
    }
    return {};
}

QString typeMessage(DataType type)
{
    switch (type) {
    case DataType::String:
        return u"String expected"_s;
    case DataType::Array:
        return u"Array expected"_s;
    case DataType::Object:
        return u"Object expected"_s;
    case DataType::Boolean:
        return u"Boolean expected"_s;
    case DataType::Integer:
        return u"Integer expected"_s;
    }
    return {};
}

bool hasType(const QJsonValue &value, DataType type)
{
    switch (type) {
    case DataType::String:
        return value.isString();
    case DataType::Array:
        return value.isArray();
    case DataType::Object:
        return value.isObject();
    case DataType::Boolean:
        return value.isBool()
               || (value.isString()
                   && (value.toString().compare(u"true"_s, Qt::CaseInsensitive) == 0
                       || value.toString().compare(u"false"_s, Qt::CaseInsensitive) == 0));
    case DataType::Integer:
        return value.isDouble() && value.toDouble() == double(value.toInteger());
    }
    return false;
}

bool hasBlankArrayElement(const QJsonValue &value)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (item.isNull() || (item.isString() && item.toString().trimmed().isEmpty()))
                return true;
            if (hasBlankArrayElement(item))
                return true;
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (hasBlankArrayElement(it.value()))
                return true;
        }
    }
    return false;
}

bool hasLongString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().size() > 256;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (hasLongString(item))
                return true;
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (hasLongString(it.value()))
                return true;
        }
    }
    return false;
}

// A stand-in for zxcvbn: common passwords and passwords with little variety are weak.
bool isWeak(const QString &password)
{
    static const QStringList common = {u"password"_s,  u"password1"_s,  u"password123"_s, u"12345678"_s,
                                       u"123456789"_s, u"qwertyuiop"_s, u"iloveyou"_s,    u"admin123"_s,
                                       u"letmein1"_s,  u"changeme"_s,   u"welcome1"_s,    u"abcdefgh"_s};
    if (common.contains(password.toLower()))
        return true;
    int classes = 0;
    bool lower = false, upper = false, digit = false, other = false;
    for (QChar c : password) {
        lower |= c.isLower();
        upper |= c.isUpper();
        digit |= c.isDigit();
        other |= !c.isLetterOrNumber();
    }
    classes = int(lower) + int(upper) + int(digit) + int(other);
    return classes < 3 && password.size() < 16;
}

} // namespace

namespace ContentValidator {

std::optional<SandboxResponse> parseBody(const QByteArray &body, QJsonObject &out)
{
    if (body.trimmed().isEmpty())
        return SandboxResponse::validation(u"Request body required for this action."_s);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return SandboxResponse::validation(u"Could not parse content of request."_s);
    out = document.object();
    if (out.isEmpty())
        return SandboxResponse::validation(u"Request body required for this action."_s);
    return std::nullopt;
}

std::optional<SandboxResponse> validate(CType type, const QJsonObject &body, bool admin, const QString &userName,
                                        const PasswordRules &rules, const QSet<QString> *changedKeys)
{
    if (body.isEmpty())
        return SandboxResponse::validation(u"Request body required for this action."_s);
    KeyRules keys = rulesFor(type);
    if (admin && ConfigTypes::supportsFlags(type)) {
        keys.allowed.append({u"hidden"_s, DataType::Boolean});
        keys.allowed.append({u"reserved"_s, DataType::Boolean});
    }
    if (auto error = validateKeys(body, keys))
        return error;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (changedKeys && !changedKeys->contains(it.key()))
            continue;
        if (hasBlankArrayElement(it.value()))
            return SandboxResponse::validation(u"`null` or blank values are not allowed as json array elements"_s);
    }
    if (hasLongString(body))
        return SandboxResponse::validation(u"String value exceeds the maximum allowed length of 256 characters"_s);
    if (type == CType::InternalUsers && body.contains(u"password"_s))
        return checkPassword(body.value(u"password"_s).toString(), userName, rules);
    if (type == CType::Roles)
        return checkMaskedFields(body);
    return std::nullopt;
}

std::optional<SandboxResponse> validateKeys(const QJsonObject &body, const KeyRules &keys)
{
    auto typeOf = [&](const QString &key) -> std::optional<DataType> {
        for (const auto &[name, dataType] : keys.allowed) {
            if (name == key)
                return dataType;
        }
        return std::nullopt;
    };
    QStringList invalid;
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!typeOf(it.key()))
            invalid.append(it.key());
    }
    QStringList missing;
    for (const QString &key : keys.mandatory) {
        if (!body.contains(key))
            missing.append(key);
    }
    const bool oneOfMissing =
        !keys.oneOf.isEmpty()
        && std::none_of(keys.oneOf.begin(), keys.oneOf.end(), [&](const QString &key) { return body.contains(key); });
    if (!invalid.isEmpty() || !missing.isEmpty() || oneOfMissing) {
        QJsonObject extra;
        if (!invalid.isEmpty())
            extra.insert(u"invalid_keys"_s, QJsonObject {{u"keys"_s, invalid.join(u',')}});
        if (!missing.isEmpty())
            extra.insert(u"missing_mandatory_keys"_s, QJsonObject {{u"keys"_s, missing.join(u',')}});
        if (oneOfMissing)
            extra.insert(u"specify_one_of"_s, QJsonObject {{u"keys"_s, keys.oneOf.join(u',')}});
        return SandboxResponse::validation(u"Invalid configuration"_s, extra);
    }
    QJsonObject wrong;
    for (auto it = body.begin(); it != body.end(); ++it) {
        const DataType expected = *typeOf(it.key());
        if (!it.value().isNull() && !hasType(it.value(), expected))
            wrong.insert(it.key(), typeMessage(expected));
    }
    if (!wrong.isEmpty())
        return SandboxResponse::validation(u"Wrong datatype"_s, wrong);
    return std::nullopt;
}

std::optional<SandboxResponse> checkMaskedFields(const QJsonObject &role)
{
    static const QStringList algorithms = {u"MD5"_s,         u"SHA-1"_s,    u"SHA-256"_s,
                                           u"SHA-384"_s,     u"SHA-512"_s,  u"BLAKE2B-256"_s,
                                           u"BLAKE2B-512"_s, u"SHA3-256"_s, u"SHA3-512"_s};
    for (const QJsonValue &permission : role.value(u"index_permissions"_s).toArray()) {
        for (const QJsonValue &item : permission.toObject().value(u"masked_fields"_s).toArray()) {
            const QString expression = item.toString();
            const QStringList parts = expression.split(u"::"_s);
            QString problem;
            if (parts.first().trimmed().isEmpty()) {
                problem = u"Field name is missing"_s;
            } else if (parts.size() == 2) {
                if (!algorithms.contains(parts.at(1).toUpper()))
                    problem = u"Unknown hash algorithm %1"_s.arg(parts.at(1));
            } else if (parts.size() == 3) {
                const QString regex = parts.at(1);
                if (regex.size() < 2 || !regex.startsWith(u'/') || !regex.endsWith(u'/'))
                    problem = u"Regular expression must be enclosed in slashes"_s;
                else if (!QRegularExpression(regex.mid(1, regex.size() - 2)).isValid())
                    problem = u"Invalid regular expression"_s;
            } else if (parts.size() > 3) {
                problem = u"Too many :: separators"_s;
            }
            if (!problem.isEmpty()) {
                return SandboxResponse::validation(u"Wrong datatype"_s,
                                                   QJsonObject {{u"Masked field not valid: "_s + expression, problem}});
            }
        }
    }
    return std::nullopt;
}

std::optional<SandboxResponse> checkPassword(const QString &password, const QString &userName,
                                             const PasswordRules &rules)
{
    if (password.isEmpty())
        return SandboxResponse::validation(u"Password is too short"_s);
    if (userName.isEmpty())
        return SandboxResponse::validation(u"No username is given"_s);
    if (rules.minLength > 0 && password.size() < rules.minLength)
        return SandboxResponse::validation(u"Password is too short"_s);
    if (password.size() > 100)
        return SandboxResponse::validation(u"Password is too long"_s);
    if (!rules.regex.isEmpty()) {
        const QRegularExpression pattern(QRegularExpression::anchoredPattern(rules.regex));
        if (!pattern.match(password).hasMatch()) {
            return SandboxResponse::validation(
                rules.regexMessage.isEmpty() ? u"Password does not match minimum criteria"_s : rules.regexMessage);
        }
    }
    if (isWeak(password))
        return SandboxResponse::validation(u"Weak password"_s);
    if (userName.size() >= 3 && password.contains(userName, Qt::CaseInsensitive))
        return SandboxResponse::validation(u"Password is similar to user name"_s);
    return std::nullopt;
}

} // namespace ContentValidator
