#pragma once

// CertificatesView: Cluster > Certificates: the TLS certificates of every node and type (GET api/certificates, or
// before OpenSearch 2.15 the key certificates of GET api/ssl/certs, with a note), in a sortable table filtered by
// type, with a status column (icon and text, coloured) warning 30 days before the end and an error within 7 days or
// once expired; this connection's TLS (sslinfo); and Reload HTTP/transport certificates, asked first. The table is a
// CertificateTableModel (core). GUI thread.

#include "ui/views/admin/AdminWindow.h"

class CertificateTableModel;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

class CertificatesView : public AdminWindow
{
    Q_OBJECT

public:
    CertificatesView(ClusterSession *session, QWidget *parent);

    CertificateTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    // "all", "http" or "transport".
    void setTypeFilter(const QString &type);

public slots:
    void refresh() override;
    // Asks (AdminConfirm), then PUT api/ssl/{type}/reloadcerts; false when nothing was sent.
    bool reload(const QString &type);

signals:
    void certificatesLoaded();

private:
    void updateState();
    void updateSummary();

    CertificateTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_type;
    QPushButton *m_refresh;
    QPushButton *m_reloadHttp;
    QPushButton *m_reloadTransport;
    QLabel *m_note;
    QLabel *m_summary;
    QTableView *m_table;
    QLabel *m_tls;
};
