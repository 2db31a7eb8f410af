#pragma once

// CertificateTableModel: the certificates of every node as a table (node, type, subject, issuer, SANs, validity,
// days left, status), with the expiry level as a semantic role that the GUI's delegate turns into an icon and a
// colour. "Now" is set by the owner (a test can move it), so the levels are deterministic. GUI thread (any thread
// that owns it).

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include "app/api/AdminResponses.h"

class CertificateTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        DaysLeftColumn,
        NodeColumn,
        TypeColumn,
        SubjectColumn,
        IssuerColumn,
        SansColumn,
        NotAfterColumn,
        NotBeforeColumn,
        ColumnCount
    };
    enum Role {
        LevelRole = Qt::UserRole + 1, // int(ExpiryLevel)
        SortRole,                     // a value that sorts right (dates, days as numbers)
        TypeRole,                     // "http", "transport", ...
    };

    explicit CertificateTableModel(QObject *parent = nullptr);

    void setCertificates(const QList<NodeCertificate> &certificates);
    const QList<NodeCertificate> &certificates() const { return m_certificates; }
    // The instant days left and levels are counted from (default: the current time, read by setCertificates()).
    void setNow(const QDateTime &now);
    QDateTime now() const { return m_now; }
    ExpiryLevel level(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<NodeCertificate> m_certificates;
    QDateTime m_now;
    bool m_fixedNow = false;
};
