#pragma once

// DlsFls: document-level security, field-level security and field masking for one index, as the plugin decides them.
// A rule belongs to an index permission and applies by index pattern alone (allowed_actions do not matter): an
// index permission without the rule is an "unrestricted" rule for the indices it matches. With the default
// dfm_empty_overrides_all=false any restricting rule wins over unrestricted ones; DLS queries of several roles are
// ORed; FLS rules are merged (mixing inclusions and exclusions leaves only the exclusions). Rules are looked up on the
// index and its aliases and data stream. The plugin keeps, for an index it knows, one rule per role and index (the
// last matching index permission); for a name it does not know, every matching one: so does this. Pure functions
// over an EvaluationContext, on the evaluating thread.

#include <QStringList>

class AccessConfig;
class EvaluationContext;
struct CompiledIndexPermission;

namespace DlsFls {

enum class Kind { Dls, Fls, Masking };

// One applying rule: the role and its index permission.
struct RuleSource
{
    QString role;
    const CompiledIndexPermission *permission = nullptr;
};

struct Restriction
{
    bool unrestricted = false;
    bool fullyRestricted = false; // no rule and no unrestricted permission: nothing passes
    QList<RuleSource> rules;      // when neither: the rules that apply together
    QString error;                // the evaluation failed (the request would fail)
};

// getRestriction() of the plugin for one name.
Restriction restriction(const AccessConfig &config, EvaluationContext &context, Kind kind, const QString &index);
// isUnrestricted() over resolved names (all of them must be unrestricted). `error` receives an evaluation error.
bool isUnrestricted(const AccessConfig &config, EvaluationContext &context, Kind kind, const QStringList &indices,
                    QString *error = nullptr);

// The DLS queries in force on `index`, each rendered for the user; `error` set when a query references an undefined
// attribute or does not parse after rendering.
struct DlsResult
{
    enum class State { Unrestricted, FullyRestricted, Queries, Error } state = State::Unrestricted;
    QStringList queries;
    QList<RuleSource> sources;
    QString error;
};
DlsResult dls(const AccessConfig &config, EvaluationContext &context, const QString &index);

enum class FieldCheck { Leaf, Recursive, Object };
// Whether `field` is visible on `index` under FLS.
bool flsVisible(const AccessConfig &config, EvaluationContext &context, const QString &index, const QString &field,
                FieldCheck check, QString *error = nullptr);
// The effective FLS patterns on `index` ("*" when unrestricted, "~*" when fully restricted).
QStringList flsPatterns(const AccessConfig &config, EvaluationContext &context, const QString &index);

// The masked_fields expression that masks `field` on `index`, or empty when it is not masked.
QString maskExpression(const AccessConfig &config, EvaluationContext &context, const QString &index,
                       const QString &field, QString *error = nullptr);
// The masked_fields expressions in force on `index` ("*" when fully restricted).
QStringList maskedFields(const AccessConfig &config, EvaluationContext &context, const QString &index);

} // namespace DlsFls
