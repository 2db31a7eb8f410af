#pragma once

// ProblemsModel: the lint findings of a configuration (Lint::run) as a table: severity, rule, entity, message, with
// roles for what a view acts on (the pointer to select, the note, the fix as a JSON Patch). ProblemsFilterModel
// narrows it to one severity and one rule. setFindings() replaces everything (a reset): findings are computed on a
// worker and handed over whole. Read-only. GUI thread (any one thread).

#include <optional>

#include <QAbstractTableModel>
#include <QList>
#include <QSortFilterProxyModel>

#include "app/lint/Lint.h"

class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, RuleColumn, EntityColumn, MessageColumn, ColumnCount };

    enum Role {
        SeverityRole = Qt::UserRole + 1, // int: LintSeverity (Info 0 .. Critical 3)
        RuleRole,                        // QString: the rule's id
        TypeRole,                        // QString: the configuration type ("roles")
        EntityRole,                      // QString: the entity's name (empty for config)
        PointerRole,                     // QString: where in the configuration document
        NoteRole,                        // QString: what the rule could not know; may be empty
        FixRole,                         // QJsonArray: the fix as RFC 6902 operations; empty: none
        HasFixRole,                      // bool
    };
    Q_ENUM(Role)

    explicit ProblemsModel(QObject *parent = nullptr);

    void setFindings(const QList<LintFinding> &findings);
    const QList<LintFinding> &findings() const { return m_findings; }
    const LintFinding &finding(int row) const { return m_findings.at(row); }
    // How many findings have this severity.
    int count(LintSeverity severity) const;
    // The distinct rule ids among the findings, sorted.
    QStringList ruleIds() const;

    // The entity's pointer ("/roles/x", "/config") a finding belongs to: where the tree shows its badge.
    static QString entityPointer(const LintFinding &finding);
    // A severity for people ("critical"), translated.
    static QString severityText(LintSeverity severity);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<LintFinding> m_findings;
};

// The findings of one severity and one rule (either may be unset: all).
class ProblemsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ProblemsFilterModel(QObject *parent = nullptr);

    void setSeverity(std::optional<LintSeverity> severity);
    std::optional<LintSeverity> severity() const { return m_severity; }
    // An empty id: every rule.
    void setRule(const QString &rule);
    QString rule() const { return m_rule; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<LintSeverity> m_severity;
    QString m_rule;
};
