#pragma once

// EntitySummary: a readable summary of one entity of a configuration document (a role's permissions and who gets
// it, a mapping's users and backend roles, a user's roles and attributes, an action group's actions and users, a
// tenant's roles), with links between related entities. Pure value code over the document, any thread.

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "app/domain/ConfigType.h"

// One piece of a row: plain text, or a link to a related entity by its JSON pointer ("/roles/x").
struct SummaryPart
{
    QString text;
    QString pointer;     // empty: plain text
    bool exists = false; // for links: whether the entity is in the document

    bool isLink() const { return !pointer.isEmpty(); }
};

struct SummaryRow
{
    QString label;            // may be empty
    QList<SummaryPart> parts; // shown as a list ("a, b, c")
    QString note;             // secondary text: how or why ("backend role admin")
    bool startsGroup = false; // a new block (one index permission of several) begins here
};

struct SummarySection
{
    QString title;
    QList<SummaryRow> rows;
    QString emptyText; // shown when there are no rows
};

struct EntitySummary
{
    QString title;       // the entity name
    QString kind;        // "Role", "Role mapping", ... translated
    QString description; // the entity's own description, if any
    QStringList badges;  // "reserved", "hidden", "static", translated
    QList<SummarySection> sections;

    bool isEmpty() const { return title.isEmpty(); }
    // Every pointer the summary links to, in order (tests, keyboard navigation).
    QStringList linkPointers() const;
    // All text of the summary as plain lines (tests, accessibility).
    QString toPlainText() const;
};

class EntitySummaries
{
    Q_DECLARE_TR_FUNCTIONS(EntitySummaries)

public:
    // The summary of entity `name` of `type`; empty for types without one (config, nodesdn, allowlist, audit) and
    // for entities that are not in the document. Reads each type it needs at most once (linear in its size).
    static EntitySummary summarize(const QJsonObject &configDocument, ConfigType type, const QString &name);

    // Long lists (users of a role, users matched by a pattern) stop after this many entries with a "more" row.
    static constexpr qsizetype MaxListed = 200;
};

// The free function the rest of the code calls.
inline EntitySummary summarize(const QJsonObject &configDocument, ConfigType type, const QString &name)
{
    return EntitySummaries::summarize(configDocument, type, name);
}
