#pragma once

// Lint: the configuration mistakes that bite, found before they reach the cluster. Each rule has a stable id (used by
// --disable, SARIF and the GUI), a severity, and findings that name the entity and the JSON pointer, say what goes
// wrong at run time, and carry a fix as a JSON Patch where one exists. A rule that lacks data it needs (index
// metadata, node settings, password hashes, the cluster's version) says so in its finding's note rather than guess.
// Sources: any configuration document (live, a version, a securityadmin directory); with a `before` document, the
// findings a pending change introduces and removes, and the rules about changes (reserved-edit, self-lockout).
// Pure functions, any thread.

#include <memory>
#include <optional>

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVersionNumber>

#include "app/access/NodeSettings.h"
#include "app/domain/PatchGuards.h"

enum class LintSeverity { Info, Medium, High, Critical };

namespace LintSeverities {
QString name(LintSeverity severity); // "info", "medium", "high", "critical"
std::optional<LintSeverity> fromName(const QString &name);
} // namespace LintSeverities

struct LintRule
{
    QString id;
    LintSeverity severity = LintSeverity::Info;
    QString title;       // one line
    QString explanation; // why it bites
};

struct LintFinding
{
    QString rule;
    LintSeverity severity = LintSeverity::Info;
    QString type;    // "roles", "rolesmapping", "internalusers", "actiongroups", "tenants", "config"
    QString entity;  // the entity's name (empty for config)
    QString pointer; // into the configuration document
    QString message; // what goes wrong at run time
    QString note;    // what the rule could not know, or which setting applies; may be empty
    QJsonArray fix;  // RFC 6902 operations on the document; empty: no fix offered
    QString related; // another entity of the same type the finding depends on (the conflicting role); may be empty

    // A finding is the same finding in another run when these match (the message may name other things).
    QString key() const { return rule + u'|' + pointer; }
    QJsonObject toJson() const;
};

// What the linter knows besides the document.
struct LintContext
{
    NodeSettings settings;
    bool settingsKnown = false; // false: node settings were not given (defaults assumed, said in notes)
    bool hashesVisible = false; // password hashes are real (securityadmin files, versions with hashes)
    std::optional<QVersionNumber> clusterVersion;
    GuardContext connection; // the connected user, for self-lockout
    QSet<QString> disabled;  // rule ids not to run
};

struct LintDelta
{
    QList<LintFinding> introduced;
    QList<LintFinding> removed;
    bool isEmpty() const { return introduced.isEmpty() && removed.isEmpty(); }
};

// A linted configuration, kept to lint changes to it quickly: what the linter derived from it (the users' role
// combinations, the action groups, compiled patterns) is reused by each change instead of derived again. Immutable
// once built: change() may run on any thread, several at once.
class LintBaseline
{
public:
    LintBaseline(const QJsonObject &document, const LintContext &context);
    ~LintBaseline();
    LintBaseline(const LintBaseline &) = delete;
    LintBaseline &operator=(const LintBaseline &) = delete;

    const QJsonObject &document() const;
    const LintContext &context() const;
    // Lint::run(document), most severe first.
    const QList<LintFinding> &findings() const;
    // The findings a change of the document to `after` introduces and removes, including the change rules
    // (reserved-edit, self-lockout).
    LintDelta change(const QJsonObject &after) const;

private:
    struct Data;
    std::unique_ptr<Data> d;
};

namespace Lint {

const QList<LintRule> &rules();
const LintRule *rule(const QString &id);

// Every finding on `document` (with the plugin's statics in it, as the REST API shows them), most severe first, then
// by pointer.
QList<LintFinding> run(const QJsonObject &document, const LintContext &context);

// The findings a change from `before` to `after` introduces and removes, including the change rules (reserved-edit,
// self-lockout): LintBaseline(before, context).change(after), for a single change.
LintDelta change(const QJsonObject &before, const QJsonObject &after, const LintContext &context);

// The baseline of `document` under `context`, shared: built on the calling thread the first time (seconds on a
// large configuration), then reused while the same document and context are asked for again (the Problems dock,
// the patch editor and the write confirmation all lint changes to the live configuration). The two most recent
// are kept. Any thread.
std::shared_ptr<const LintBaseline> baseline(const QJsonObject &document, const LintContext &context);

// The most severe finding's severity; nullopt when there is none.
std::optional<LintSeverity> highest(const QList<LintFinding> &findings);

// Text: one line per finding ("critical dls-invalid-query /roles/x/index_permissions/0/dls: message"), notes and
// fixes indented below. JSON: {"findings": [...], "counts": {...}}. SARIF 2.1.0 for code scanning services.
QString text(const QList<LintFinding> &findings);
QJsonObject json(const QList<LintFinding> &findings);
QJsonObject sarif(const QList<LintFinding> &findings, const QString &artifactUri);

} // namespace Lint
