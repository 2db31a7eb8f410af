#pragma once

// TokensView: Cluster > Tokens…: the cluster's API tokens (GET api/apitokens, OpenSearch 3.7+; disabled with the
// reason before that) with their expiry and status, Create… (TokenCreateDialog) and Revoke… (asked first); and
// service-account tokens: pick an internal user with attributes.service "true" and create its token (POST
// api/internalusers/{name}/authtoken, which replaces the account's password), shown once and never stored.
// GUI thread.

#include <QList>
#include <QPointer>

#include "app/api/AdminResponses.h"
#include "ui/views/admin/AdminWindow.h"
#include "ui/views/admin/TokenCreateDialog.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

class TokensView : public AdminWindow
{
    Q_OBJECT

public:
    TokensView(ClusterSession *session, QWidget *parent);

    const QList<ApiTokenInfo> &tokens() const { return m_tokens; }
    QTableWidget *table() const { return m_table; }
    // Null until Create… was used.
    TokenCreateDialog *createDialog() const { return m_createDialog; }
    QString shownServiceToken() const;

public slots:
    void refresh() override;
    TokenCreateDialog *openCreateDialog();
    // Asks (AdminConfirm), then DELETE api/apitokens/{id} for the selected token; false when nothing was sent.
    bool revokeSelected();
    // Asks (AdminConfirm), then creates the picked service account's token; false when nothing was sent.
    bool createServiceToken();

signals:
    void tokensLoaded();
    void serviceTokenShown();

protected:
    void closeEvent(QCloseEvent *event) override;
    void done(int result) override;

private:
    void updateState();
    void fillServiceAccounts();
    void forgetServiceToken();

    QList<ApiTokenInfo> m_tokens;
    bool m_switchedOff = false; // api_tokens.enabled is not true on the cluster
    QGroupBox *m_apiGroup;
    QLabel *m_apiReason;
    QTableWidget *m_table;
    QPushButton *m_create;
    QPushButton *m_revoke;
    QPushButton *m_refresh;
    QComboBox *m_serviceAccount;
    QPushButton *m_serviceCreate;
    QLabel *m_serviceNote;
    QLineEdit *m_serviceToken;
    QPushButton *m_serviceCopy;
    QLabel *m_serviceWarning;
    QPointer<TokenCreateDialog> m_createDialog;
};
