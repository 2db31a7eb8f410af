#pragma once

// ListenersView: Cluster > Auth failure listeners… (OpenSearch 3.0+): the listeners of GET
// api/authfailurelisteners and a form for one (name, type ip|username, authentication backend, ignored hosts,
// allowed tries, time window, block expiry, max blocked and tracked clients). Send and Delete build
// AdminPlans::putListener / deleteListener against the session's configuration and hand them to the write
// coordinator, whose confirmation is the question. GUI thread.

#include <QList>

#include "app/api/AdminResponses.h"
#include "ui/views/admin/AdminWindow.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

class ListenersView : public AdminWindow
{
    Q_OBJECT

public:
    ListenersView(ClusterSession *session, QWidget *parent);

    const QList<AuthFailureListener> &listeners() const { return m_listeners; }
    QTableWidget *table() const { return m_table; }
    // The listener the form describes.
    AuthFailureListener formListener() const;
    // Fills the form (what selecting a row does).
    void edit(const AuthFailureListener &listener);

public slots:
    void refresh() override;
    // Clears the form for a new listener.
    void newListener();
    // Builds the PUT plan and asks the coordinator; false when the form or the plan was refused (shown).
    bool send();
    // Builds the DELETE plan for the listener named in the form; false when refused (shown).
    bool remove();

signals:
    void listenersLoaded();

private:
    void updateState();

    QList<AuthFailureListener> m_listeners;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QComboBox *m_type;
    QComboBox *m_backend;
    QLineEdit *m_ignoreHosts;
    QSpinBox *m_allowedTries;
    QSpinBox *m_timeWindow;
    QSpinBox *m_blockExpiry;
    QSpinBox *m_maxBlocked;
    QSpinBox *m_maxTracked;
    QPushButton *m_new;
    QPushButton *m_send;
    QPushButton *m_delete;
};
