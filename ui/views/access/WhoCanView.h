#pragma once

// WhoCanView: the reverse question on the live configuration: for an index and an action, the internal users and
// the backend roles (those the role mappings name) that are allowed, each with the roles that grant it. A row's
// double-click selects the user, or the granting role, in the tree. Evaluated on the WorkerPool over the shared
// compiled configuration (AccessConfigStore); a newer question cancels the one running. GUI thread.

#include <optional>

#include <QList>
#include <QWidget>

#include "app/access/WhoCan.h"
#include "app/common/Latest.h"

class AccessConfigStore;
class AccessViewLink;
class ClusterSession;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QTreeWidget;
class QTreeWidgetItem;

class WhoCanView : public QWidget
{
    Q_OBJECT

public:
    WhoCanView(ClusterSession *session, AccessConfigStore *store, QWidget *parent = nullptr);

    void setQuery(const QString &index, const QString &action);
    // "Who can access…" on a tree node (AccessQueries::whoCanQueryFor), asked at once.
    void askFor(const QString &pointer);
    const QList<WhoCanEntry> &entries() const { return m_entries; }
    bool isBusy() const { return m_busy; }

public slots:
    void ask();

signals:
    void entityRequested(const QString &pointer);
    // A result is on screen.
    void resultShown();

private:
    void updateCompletions();
    void run(const QString &index, const QString &action);
    void showEntries(const QList<WhoCanEntry> &entries, const QString &index, const QString &action);
    void open(QTreeWidgetItem *item, int column);

    ClusterSession *m_session;
    AccessConfigStore *m_store;
    QLineEdit *m_index;
    QComboBox *m_action;
    QPushButton *m_ask;
    QLabel *m_status;
    QTreeWidget *m_list;
    QStringListModel *m_actions; // REST calls, action groups, known actions
    QList<WhoCanEntry> m_entries;
    AccessViewLink *m_link; // completions, and questions waiting for the compiled configuration
    bool m_busy = false;
    Latest m_evaluations {this};
};
