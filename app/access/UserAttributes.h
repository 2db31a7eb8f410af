#pragma once

// UserAttributes: the plugin's "${...}" substitution in index patterns, tenant patterns and DLS queries (3.7+, a
// commons-text StringSubstitutor over the user):
//   ${user.name}, ${user_name}            the user's name
//   ${user.roles}, ${user_roles}          the backend roles as "a","b" (quoted, comma-joined; meant for DLS)
//   ${user.securityRoles}, ...            the security roles, then the mapped roles not among them, same format
//   ${attr.x.y}, ${attr_x_y}              each custom attribute, by its key and with '.' replaced by '_'
//   ${name:-default}                      the default when `name` is unknown; variables nest ("${a_${b}}")
//   $${name}                              a literal "${name}"
// An unknown variable without a default stays as written. Pure functions, any thread.

#include <QMap>
#include <QString>
#include <QStringList>

struct AttributeSubject
{
    QString name;
    QStringList backendRoles;
    QStringList securityRoles;
    QStringList mappedRoles;
    QMap<QString, QString> attributes;
};

namespace UserAttributes {

// True when `text` holds "${" (the plugin's test: it does not check that a variable follows).
bool needsSubstitution(const QString &text);
QString substitute(const QString &text, const AttributeSubject &subject);
// The names of the "${...}" references left in `text` (after substitution: the unresolved ones), in order.
QStringList unresolved(const QString &text);

} // namespace UserAttributes
