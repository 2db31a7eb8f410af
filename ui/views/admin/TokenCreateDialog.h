#pragma once

// TokenCreateDialog: creates one API token (POST api/apitokens, OpenSearch 3.7+): name, cluster permissions, one
// index permission (patterns and actions) and a duration. The token the cluster answers is shown once in a
// read-only field with Copy and a warning; it is never stored, logged or journalled, and cleared when the dialog
// closes. GUI thread.

#include <QJsonObject>

#include "ui/views/admin/AdminWindow.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

class TokenCreateDialog : public AdminWindow
{
    Q_OBJECT

public:
    TokenCreateDialog(ClusterSession *session, QWidget *parent);

    // The request body the fields describe; empty with a message in `error` when they do not make one.
    QJsonObject requestBody(QString *error = nullptr) const;
    // The token shown (empty until created, and again once closed).
    QString shownToken() const;

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
    void forgetToken();

    QStackedWidget *m_pages;
    QLineEdit *m_name;
    QLineEdit *m_cluster;
    QLineEdit *m_indexPatterns;
    QLineEdit *m_indexActions;
    QSpinBox *m_days;
    QPushButton *m_create;
    QLineEdit *m_token;
    QLabel *m_tokenWarning;
    QPushButton *m_copy;
};
