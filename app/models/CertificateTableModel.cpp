#include "app/models/CertificateTableModel.h"

#include <limits>

using namespace Qt::StringLiterals;

CertificateTableModel::CertificateTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_now(QDateTime::currentDateTimeUtc())
{ }

void CertificateTableModel::setCertificates(const QList<NodeCertificate> &certificates)
{
    beginResetModel();
    m_certificates = certificates;
    if (!m_fixedNow)
        m_now = QDateTime::currentDateTimeUtc();
    endResetModel();
}

void CertificateTableModel::setNow(const QDateTime &now)
{
    m_now = now;
    m_fixedNow = true;
    if (!m_certificates.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

ExpiryLevel CertificateTableModel::level(int row) const
{
    return CertificateExpiry::classify(m_certificates.value(row).notAfter, m_now);
}

int CertificateTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_certificates.size());
}

int CertificateTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CertificateTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const NodeCertificate &certificate = m_certificates.at(index.row());
    const ExpiryLevel expiry = level(index.row());
    const auto days = CertificateExpiry::daysLeft(certificate.notAfter, m_now);
    if (role == LevelRole)
        return int(expiry);
    if (role == TypeRole)
        return certificate.type;
    const auto dateText = [](const QDateTime &date) {
        return date.isValid() ? date.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
    };
    if (role == SortRole) {
        switch (index.column()) {
        case NotBeforeColumn:
            return certificate.notBefore;
        case NotAfterColumn:
            return certificate.notAfter;
        case DaysLeftColumn:
            return days ? QVariant(*days) : QVariant(std::numeric_limits<qint64>::max());
        case StatusColumn:
            return int(expiry);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == SansColumn || index.column() == SubjectColumn || index.column() == IssuerColumn)
            return data(index, Qt::DisplayRole);
        if (index.column() == NotBeforeColumn && !certificate.notBefore.isValid())
            return tr("The certificates API repeats the end date here; the start is not known.");
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == DaysLeftColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NodeColumn:
        return certificate.nodeName.isEmpty() ? certificate.nodeId : certificate.nodeName;
    case TypeColumn:
        return certificate.type;
    case SubjectColumn:
        return certificate.subject;
    case IssuerColumn:
        return certificate.issuer;
    case SansColumn:
        return certificate.sans.join(u", "_s);
    case NotBeforeColumn:
        return certificate.notBefore.isValid() ? dateText(certificate.notBefore) : tr("unknown");
    case NotAfterColumn:
        return certificate.notAfter.isValid() ? dateText(certificate.notAfter) : tr("unknown");
    case DaysLeftColumn:
        return days ? QString::number(*days) : tr("unknown");
    case StatusColumn:
        if (expiry == ExpiryLevel::Ok)
            return tr("OK");
        if (!days)
            return tr("Warning: end date unknown");
        if (*days < 0)
            return tr("Error: expired");
        return expiry == ExpiryLevel::Error ? tr("Error") : tr("Warning");
    }
    return {};
}

QVariant CertificateTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NodeColumn:
        return tr("Node");
    case TypeColumn:
        return tr("Type");
    case SubjectColumn:
        return tr("Subject");
    case IssuerColumn:
        return tr("Issuer");
    case SansColumn:
        return tr("SANs");
    case NotBeforeColumn:
        return tr("Not before");
    case NotAfterColumn:
        return tr("Not after");
    case DaysLeftColumn:
        return tr("Days left");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}
