#pragma once

// ContentValidator: the plugin's request-body checks (docs/api/security-api.md §4.3, steps 2 to 8): body parsing,
// allowed, mandatory and "one of" keys, datatypes, null or blank array elements, the 256-character limit and the
// password rules. Pure functions, any thread.

#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

#include "app/sandbox/ConfigTypes.h"
#include "app/sandbox/HttpMessages.h"

struct PasswordRules
{
    int minLength = -1;
    QString regex;        // plugins.security.restapi.password_validation_regex (anchored); empty: none
    QString regexMessage; // its error message; empty: the plugin's default
};

namespace ContentValidator {

enum class DataType { String, Array, Object, Boolean, Integer };

// A request body's allowed keys with their datatypes, the mandatory ones, and "at least one of".
struct KeyRules
{
    QList<QPair<QString, DataType>> allowed;
    QStringList mandatory;
    QStringList oneOf;
};

// Steps 4 and 5 alone, for the endpoints with their own keys (account, tenancy/config, ...): unknown, missing and
// "one of" keys (400 "Invalid configuration"), then datatypes (400 "Wrong datatype").
std::optional<SandboxResponse> validateKeys(const QJsonObject &body, const KeyRules &rules);

// Step 2 and 3: the body as an object, or the 400 response.
std::optional<SandboxResponse> parseBody(const QByteArray &body, QJsonObject &out);

// Steps 3 to 8 on a parsed body. `changedKeys`: limit the null-element check to these top-level members
// (entity PATCH); null checks all. `userName` is used by the password rules (internal users).
std::optional<SandboxResponse> validate(CType type, const QJsonObject &body, bool admin, const QString &userName,
                                        const PasswordRules &rules, const QSet<QString> *changedKeys = nullptr);

// Step 9 for roles: every index_permissions[].masked_fields entry is a valid masking expression
// ("field", "field::ALGORITHM" or "field::/regex/::replacement").
std::optional<SandboxResponse> checkMaskedFields(const QJsonObject &role);

// Step 8 alone (used where only a password is checked).
std::optional<SandboxResponse> checkPassword(const QString &password, const QString &userName,
                                             const PasswordRules &rules);

} // namespace ContentValidator
