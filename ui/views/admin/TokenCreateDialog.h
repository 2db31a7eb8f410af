#pragma once

// TokenCreateDialog: creates one API token (POST api/apitokens, OpenSearch 3.7+): name, cluster permissions, index
// permissions (patterns and actions, a row each; Add index permission makes another) and a duration. The token the
// cluster answers is shown once in a read-only field with Copy and a warning; it is never stored, logged or journalled,
// and cleared when the dialog closes. GUI thread.

#include <QJsonObject>

#include "ui/views/admin/AdminWindow.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QVBoxLayout;

class TokenCreateDialog : public AdminWindow
{
    Q_OBJECT

public:
    TokenCreateDialog(ClusterSession *session, QWidget *parent);

    // The request body the fields describe; empty with a message in `error` when they do not make one.
    QJsonObject requestBody(QString *error = nullptr) const;
    // The token shown (empty until created, and again once closed).
    QString shownToken() const;
    // Another index permission row, its patterns and actions empty.
    void addPermissionRow();

public slots:
    // Sends the request; false when the fields do not allow it.
    bool create();

signals:
    // A token was created (its id; never the token).
    void created(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;
    void done(int result) override;

private:
    void updateState();
    void updatePermissionRows();
    void forgetToken();

    QStackedWidget *m_pages;
    QLineEdit *m_name;
    QLineEdit *m_cluster;
    struct PermissionRow
    {
        QWidget *row = nullptr;
        QLineEdit *patterns = nullptr;
        QLineEdit *actions = nullptr;
        QPushButton *remove = nullptr;
    };
    QList<PermissionRow> m_permissions;
    QVBoxLayout *m_permissionRows;
    QPushButton *m_addPermission;
    QSpinBox *m_days;
    QPushButton *m_create;
    QLineEdit *m_token;
    QLabel *m_tokenWarning;
    QPushButton *m_copy;
};
