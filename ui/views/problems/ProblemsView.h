#pragma once

// ProblemsView: the lint findings of the live configuration (the Problems dock). Lint runs on the WorkerPool each
// time the session reads the configuration (the newest run wins); the view filters by severity and rule, goes to a
// finding's entity in the tree (double-click, Enter), hands a finding's fix to the patch editor (Fix…) and switches
// rules off per connection (kept in Settings; "Disabled rules…" turns them on again). GUI thread.

#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QWidget>

#include "app/common/Latest.h"
#include "app/lint/Lint.h"

class ClusterSession;
class ProblemsFilterModel;
class ProblemsModel;
class QComboBox;
class QLabel;
class QMenu;
class QPushButton;
class QTableView;
class QToolButton;
class Settings;

class ProblemsView : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsView(ClusterSession *session, QWidget *parent = nullptr);

    // Where the disabled rules are kept (per connection name). Without settings they last until the app ends.
    void setSettings(Settings *settings);

    ProblemsModel *model() const { return m_model; }
    ProblemsFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    // A lint run is on its way.
    bool isChecking() const { return m_checking; }
    // "3 critical, 1 high, …" (empty while checking and with no configuration).
    QString countsText() const;

    // The rules switched off for the current connection, sorted.
    QStringList disabledRules() const;
    void setRuleDisabled(const QString &rule, bool disabled);

    // The finding at the current row of the table (for tests and actions); null when none is current.
    const LintFinding *currentFinding() const;

public slots:
    // Lints the session's configuration again (on a worker).
    void relint();
    // What double-click and Enter do on the current row: entityRequested(its pointer).
    void goToCurrent();
    // What Fix… does: fixRequested(the current finding's fix), when it has one.
    void fixCurrent();

signals:
    // Select this node in the configuration tree (a finding's pointer; its entity's when that is not shown).
    void entityRequested(const QString &pointer, const QString &entityPointer);
    // Load this JSON patch into the patch editor (a fix, to review and send there).
    void fixRequested(const QJsonArray &patch, const QString &label);
    // New findings (after each run, and when a rule is switched off).
    void findingsChanged(const QList<LintFinding> &findings);
    // The header line changed (for the dock's title).
    void countsChanged(const QString &title);

private:
    void showFindings(const QList<LintFinding> &findings);
    void updateHeader();
    void updateRuleCombo();
    void updateActions();
    void fillDisabledMenu();
    void showContextMenu(const QPoint &position);

    ClusterSession *m_session;
    Settings *m_settings = nullptr;
    QMap<QString, QStringList> m_disabledHere; // without settings: per connection name
    ProblemsModel *m_model;
    ProblemsFilterModel *m_filter;
    QLabel *m_header;
    QComboBox *m_severity;
    QComboBox *m_rule;
    QPushButton *m_fix;
    QToolButton *m_disabled;
    QMenu *m_disabledMenu;
    QTableView *m_table;
    QAction *m_goAction;
    QAction *m_fixAction;
    QAction *m_disableAction;
    Latest m_lint {this}; // the newest run wins
    bool m_checking = false;
    bool m_hasRun = false;
};
