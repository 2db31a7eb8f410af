#pragma once

// ExplainView: "may this user do this?" on the live configuration: a user (an internal user, or a hypothetical one
// with backend roles, attributes and an IP), an action (by name, action group or REST call) and index expressions, or
// a Dashboards tenant to read or write in;
// the decision as a sentence, the mapped roles with their mappings, the index x action table, each grant's reason
// (role, entry, pattern, action-group chain) as links to the entities, the nearest misses and the DLS/FLS/masking in
// force. For a denial, Fix… sends the smallest change that grants what is missing (AccessFix) to the write
// confirmation. Evaluation runs on the WorkerPool over the shared compiled configuration (AccessConfigStore); the
// newest request wins. GUI thread.

#include <optional>

#include <QWidget>

#include "app/access/AccessQueries.h"
#include "app/common/Latest.h"

class AccessConfigStore;
class AccessViewLink;
class ClusterSession;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QTextBrowser;
class QUrl;
struct WriteRequest;

class ExplainView : public QWidget
{
    Q_OBJECT

public:
    ExplainView(ClusterSession *session, AccessConfigStore *store, QWidget *parent = nullptr);

    // Fills the fields from `query` (without explaining).
    void setQuery(const ExplainQuery &query);
    // The query the fields describe.
    ExplainQuery query() const;
    // "Explain access…" on a tree node (AccessQueries::explainQueryFor), explained at once.
    void explainFor(const QString &pointer);

    // The last result shown; empty before the first and while the configuration is compiled.
    const std::optional<ExplainResult> &result() const { return m_result; }
    // The pointers the result's links lead to, in the order of their anchors ("entity:N" is links().at(N)).
    const QStringList &links() const { return m_links; }
    // The decision as one sentence ("denied: no role of analyst grants indices:data/write/index on logs-1").
    QString sentence() const;
    bool isBusy() const { return m_busy; }

    // The sentence for a result (for tests and the CLI's words).
    static QString sentenceFor(const ExplainResult &result);

public slots:
    // Explains the query in the fields (on a worker).
    void explain();
    // Opens the write confirmation with the proposed fix.
    void fix();

signals:
    // A link asks for the entity (or a node of it) at `pointer` to be selected in the tree.
    void entityRequested(const QString &pointer);
    void writeRequested(const WriteRequest &request);
    // A result is on screen (the benchmark's end mark).
    void resultShown();
    // "Node settings…": the settings evaluation assumes, to be edited.
    void nodeSettingsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void run(const ExplainQuery &query);
    void showResult(const ExplainResult &result);
    void render();
    void updateCompletions();
    void follow(const QUrl &url);

    ClusterSession *m_session;
    AccessConfigStore *m_store;
    QComboBox *m_user;
    QLineEdit *m_backendRoles;
    QLineEdit *m_attributes;
    QLineEdit *m_ip;
    QComboBox *m_action;
    QLineEdit *m_indices;
    QComboBox *m_engine;
    QLineEdit *m_tenant;
    QCheckBox *m_tenantWrite;
    QPushButton *m_explain;
    QLabel *m_status;
    QTextBrowser *m_output;
    QPushButton *m_fix;
    QPushButton *m_nodeSettings;
    QStringListModel *m_users;   // the internal users, for the user field
    QStringListModel *m_actions; // REST calls, action groups, known actions
    std::optional<ExplainResult> m_result;
    AccessViewLink *m_link; // completions, and questions waiting for the compiled configuration
    QStringList m_links;    // pointers of the anchors in the rendered result, by index
    bool m_busy = false;
    Latest m_evaluations {this};
};
