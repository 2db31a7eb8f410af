#pragma once

// AccountDialog: Cluster > Account…: who the cluster says we are (GET api/account) and changing the connected
// user's own password (PUT api/account with the current one). The passwords live only in the masked fields and the
// one request; they are cleared once sent and never logged or journalled. GUI thread.

#include "ui/views/admin/AdminWindow.h"

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

class AccountDialog : public AdminWindow
{
    Q_OBJECT

public:
    AccountDialog(ClusterSession *session, QWidget *parent);

    QString userName() const { return m_userName; }

public slots:
    void refresh() override;
    // Sends the password change (what the Change password button does); false when the fields do not allow it.
    bool changePassword();

signals:
    void passwordChanged();

private:
    void updateChecks();

    QString m_userName;
    QLabel *m_user;
    QLabel *m_kind;
    QLabel *m_backendRoles;
    QLabel *m_roles;
    QLabel *m_tenants;
    QLabel *m_attributes;
    QLineEdit *m_current;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLabel *m_issues;
    QPushButton *m_change;
};
