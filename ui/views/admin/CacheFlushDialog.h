#pragma once

// CacheFlushDialog: Cluster > Flush security cache…: DELETE api/cache (every node, everyone) or, from OpenSearch
// 3.1, DELETE api/cache/user/{name} for one user picked from the internal users (with completion). Asks before
// sending; changes no configuration, so no write pipeline. GUI thread.

#include "ui/views/admin/AdminWindow.h"

class QComboBox;
class QLabel;
class QPushButton;
class QRadioButton;

class CacheFlushDialog : public AdminWindow
{
    Q_OBJECT

public:
    CacheFlushDialog(ClusterSession *session, QWidget *parent);

public slots:
    void refresh() override;
    // Asks (AdminConfirm) and sends; false when nothing was sent.
    bool flush();

signals:
    void flushed(const QString &user);

private:
    void updateState();

    QRadioButton *m_all;
    QRadioButton *m_one;
    QComboBox *m_user;
    QLabel *m_userReason;
    QPushButton *m_flush;
};
