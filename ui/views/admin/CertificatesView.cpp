#include "ui/views/admin/CertificatesView.h"

#include <algorithm>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include "app/api/AdminResponses.h"
#include "app/api/ApiRequest.h"
#include "app/api/ResponseParsers.h"
#include "app/models/CertificateTableModel.h"
#include "app/store/ClusterSession.h"
#include "ui/theme/Theme.h"
#include "ui/views/admin/AdminConfirm.h"

using namespace Qt::StringLiterals;

namespace {

// The status column: an icon and a colour from the level, beside the model's text (never colour alone).
class StatusDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != CertificateTableModel::StatusColumn
            && index.column() != CertificateTableModel::DaysLeftColumn)
            return;
        const auto level = ExpiryLevel(index.data(CertificateTableModel::LevelRole).toInt());
        if (level == ExpiryLevel::Ok)
            return;
        const QColor colour = level == ExpiryLevel::Error ? Theme::errorText(option->palette)
                                                          : Theme::hueText(option->palette, Theme::Hue::Orange);
        if (!(option->state & QStyle::State_Selected))
            option->palette.setColor(QPalette::Text, colour);
        if (index.column() == CertificateTableModel::StatusColumn && option->widget) {
            option->icon = option->widget->style()->standardIcon(
                level == ExpiryLevel::Error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
        option->font.setBold(level == ExpiryLevel::Error);
    }
};

} // namespace

CertificatesView::CertificatesView(ClusterSession *session, QWidget *parent) : AdminWindow(session, parent)
{
    setObjectName(u"certificatesView"_s);
    setWindowTitle(tr("Certificates"));
    m_model = new CertificateTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CertificateTableModel::SortRole);
    m_proxy->setFilterRole(CertificateTableModel::TypeRole);
    m_proxy->setFilterKeyColumn(CertificateTableModel::TypeColumn);

    auto *bar = new QHBoxLayout;
    auto *typeLabel = new QLabel(tr("&Type:"), this);
    m_type = new QComboBox(this);
    m_type->setObjectName(u"certificatesTypeCombo"_s);
    m_type->addItem(tr("All"), u"all"_s);
    m_type->addItem(tr("HTTP"), u"http"_s);
    m_type->addItem(tr("Transport"), u"transport"_s);
    m_type->setAccessibleName(tr("Certificate type"));
    typeLabel->setBuddy(m_type);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(u"certificatesRefreshButton"_s);
    m_refresh->setAccessibleName(tr("Refresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_reloadHttp = new QPushButton(tr("Reload &HTTP certificates\u2026"), this);
    m_reloadHttp->setObjectName(u"certificatesReloadHttpButton"_s);
    m_reloadHttp->setAccessibleName(tr("Reload HTTP certificates"));
    m_reloadTransport = new QPushButton(tr("Reload tr&ansport certificates\u2026"), this);
    m_reloadTransport->setObjectName(u"certificatesReloadTransportButton"_s);
    m_reloadTransport->setAccessibleName(tr("Reload transport certificates"));
    for (QPushButton *button : {m_reloadHttp, m_reloadTransport}) {
        const QString tip = tr("Re-reads the certificate files on the nodes; needs "
                               "plugins.security.ssl_cert_reload_enabled and restapi:admin/ssl/certs/reload.");
        button->setToolTip(tip);
        button->setStatusTip(tip);
    }
    bar->addWidget(typeLabel);
    bar->addWidget(m_type);
    bar->addWidget(m_refresh);
    bar->addStretch(1);
    bar->addWidget(m_reloadHttp);
    bar->addWidget(m_reloadTransport);
    body()->addLayout(bar);

    m_note = new QLabel(this);
    m_note->setObjectName(u"certificatesNote"_s);
    m_note->setWordWrap(true);
    m_note->hide();
    body()->addWidget(m_note);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"certificatesSummary"_s);
    body()->addWidget(m_summary);

    m_table = new QTableView(this);
    m_table->setObjectName(u"certificatesTable"_s);
    m_table->setAccessibleName(tr("Certificates"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CertificateTableModel::DaysLeftColumn, Qt::AscendingOrder); // the most urgent first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegate(new StatusDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    body()->addWidget(m_table, 1);

    body()->addWidget(heading(tr("This connection's TLS"), this));
    m_tls = new QLabel(this);
    m_tls->setObjectName(u"certificatesConnectionTls"_s);
    m_tls->setWordWrap(true);
    m_tls->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    body()->addWidget(m_tls);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    body()->addWidget(buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        const QString type = m_type->currentData().toString();
        m_proxy->setFilterFixedString(type == u"all"_s ? QString() : type);
        updateSummary();
    });
    connect(m_refresh, &QPushButton::clicked, this, &CertificatesView::refresh);
    connect(m_reloadHttp, &QPushButton::clicked, this, [this] { reload(u"http"_s); });
    connect(m_reloadTransport, &QPushButton::clicked, this, [this] { reload(u"transport"_s); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CertificatesView::updateSummary);
    resize(1400, 560);
}

void CertificatesView::setTypeFilter(const QString &type)
{
    const int index = m_type->findData(type);
    if (index >= 0)
        m_type->setCurrentIndex(index);
}

void CertificatesView::updateState()
{
    const Availability reload = availability().of(AdminApi::CertificateReload);
    m_reloadHttp->setEnabled(connected() && reload.available);
    m_reloadTransport->setEnabled(connected() && reload.available);
    m_refresh->setEnabled(connected());
}

void CertificatesView::refresh()
{
    updateState();
    clearMessage();
    const Availability certificatesApi = availability().of(AdminApi::Certificates);
    m_note->setText(certificatesApi
                        ? QString()
                        : tr("%1 Showing the key certificates from ssl/certs instead.").arg(certificatesApi.reason));
    m_note->setVisible(!certificatesApi.available);
    const ApiRequest request = certificatesApi ? SecurityApi::certificates(u"all"_s) : SecurityApi::sslCerts();
    call(
        request, tr("Reading the certificates (%1)").arg(request.displayText()),
        [this](const ApiResponse &response) {
            const auto list = AdminParsers::certificates(response.json);
            if (!list) {
                showError(list.error().message);
                return;
            }
            m_model->setCertificates(*list);
            m_table->resizeColumnsToContents();
            for (int column : {CertificateTableModel::SubjectColumn, CertificateTableModel::IssuerColumn,
                               CertificateTableModel::SansColumn})
                m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), 250));
            updateSummary();
            emit certificatesLoaded();
        },
        [this](const ApiError &error) {
            QString text = tr("Reading the certificates: %1").arg(error.userMessage());
            if (error.httpStatus == 403)
                text += u" "_s
                        + tr("Reading certificates needs REST admin permission restapi:admin/ssl/certs/info (or the "
                             "admin certificate).");
            showError(text);
        });
    call(SecurityApi::sslInfo(true), tr("Reading this connection's TLS (sslinfo)"),
         [this](const ApiResponse &response) {
             const auto info = AdminParsers::sslInfo(response.json);
             if (!info) {
                 m_tls->setText(info.error().message);
                 return;
             }
             const QString none = tr("(none)");
             m_tls->setText(
                 tr("Protocol: %1 \u00b7 Cipher: %2 \u00b7 Client certificate: %3 \u00b7 Server certificate: %4")
                     .arg(info->protocol.isEmpty() ? tr("(not TLS)") : info->protocol,
                          info->cipher.isEmpty() ? none : info->cipher,
                          info->principal.isEmpty() ? none : info->principal,
                          info->localCertificates.isEmpty() ? none : info->localCertificates.join(u"; "_s)));
         });
}

void CertificatesView::updateSummary()
{
    int warnings = 0;
    int errors = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const auto level = ExpiryLevel(m_proxy->index(row, 0).data(CertificateTableModel::LevelRole).toInt());
        warnings += level == ExpiryLevel::Warning;
        errors += level == ExpiryLevel::Error;
    }
    const QString certificates = tr("%n certificate(s)", nullptr, m_proxy->rowCount());
    m_summary->setText(errors + warnings == 0
                           ? tr("%1, none ends within %2 days.").arg(certificates).arg(CertificateExpiry::WarningDays)
                           : tr("%1: %2 with an error (expired or ending within %3 days), %4 with a warning "
                                "(ending within %5 days).")
                                 .arg(certificates)
                                 .arg(errors)
                                 .arg(CertificateExpiry::ErrorDays)
                                 .arg(warnings)
                                 .arg(CertificateExpiry::WarningDays));
}

bool CertificatesView::reload(const QString &type)
{
    updateState();
    if (!connected() || (type != u"http"_s && type != u"transport"_s))
        return false;
    const QString label = type == u"http"_s ? tr("HTTP") : tr("transport");
    if (!AdminConfirm::ask(this, windowTitle(),
                           tr("Reload the %1 certificates of %2 from their files on the nodes?")
                               .arg(label, session()->connectionName()),
                           tr("Reload")))
        return false;
    call(
        SecurityApi::reloadCertificates(type), tr("Reloading the %1 certificates").arg(label),
        [this](const ApiResponse &response) {
            refresh(); // clears the message bar first
            showInformation(ResponseParsers::message(response.json).message);
        },
        [this, label](const ApiError &error) {
            QString text = tr("Reloading the %1 certificates: %2").arg(label, error.userMessage());
            if (error.isNoHandler())
                text += u" "_s + tr("Reloading needs plugins.security.ssl_cert_reload_enabled: true on the nodes.");
            showError(text);
        });
    return true;
}
