#include "ui/views/admin/TenancyPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "app/api/ApiRequest.h"
#include "app/store/ClusterSession.h"
#include "app/write/AdminPlans.h"

using namespace Qt::StringLiterals;

TenancyPanel::TenancyPanel(ClusterSession *session, QWidget *parent) : AdminWindow(session, parent)
{
    setObjectName(u"tenancyPanel"_s);
    setWindowTitle(tr("Tenancy"));

    auto *settings = new QGroupBox(tr("Multi-tenancy (tenancy/config)"), this);
    auto *form = new QFormLayout(settings);
    m_multitenancy = new QCheckBox(tr("&Multi-tenancy enabled"), settings);
    m_multitenancy->setObjectName(u"tenancyMultitenancyCheck"_s);
    m_privateTenant = new QCheckBox(tr("&Private tenant enabled"), settings);
    m_privateTenant->setObjectName(u"tenancyPrivateTenantCheck"_s);
    m_defaultTenant = new QComboBox(settings);
    m_defaultTenant->setObjectName(u"tenancyDefaultTenantCombo"_s);
    m_defaultTenant->setAccessibleName(tr("Default tenant"));
    m_signIn = new QLabel(settings);
    m_signIn->setObjectName(u"tenancySignInLabel"_s);
    m_preferred = new QLabel(settings);
    m_preferred->setObjectName(u"tenancyPreferredLabel"_s);
    form->addRow(m_multitenancy);
    form->addRow(m_privateTenant);
    form->addRow(tr("&Default tenant:"), m_defaultTenant);
    form->addRow(tr("Sign-in options:"), m_signIn);
    form->addRow(tr("Preferred tenants:"), m_preferred);
    body()->addWidget(settings);

    auto *facts = new QGroupBox(tr("What Dashboards is told (dashboardsinfo, read-only)"), this);
    auto *factsLayout = new QVBoxLayout(facts);
    m_facts = new QLabel(facts);
    m_facts->setObjectName(u"tenancyDashboardsInfo"_s);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    factsLayout->addWidget(m_facts);
    body()->addWidget(facts);

    auto *indices = new QGroupBox(tr("Tenant indices (tenantinfo)"), this);
    auto *indicesLayout = new QVBoxLayout(indices);
    m_indices = new QTableWidget(0, 2, indices);
    m_indices->setObjectName(u"tenancyIndicesTable"_s);
    m_indices->setAccessibleName(tr("Tenant indices"));
    m_indices->setHorizontalHeaderLabels({tr("Index"), tr("Tenant")});
    m_indices->horizontalHeader()->setStretchLastSection(true);
    m_indices->verticalHeader()->hide();
    m_indices->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_indicesNote = new QLabel(indices);
    m_indicesNote->setObjectName(u"tenancyIndicesNote"_s);
    m_indicesNote->setWordWrap(true);
    indicesLayout->addWidget(m_indicesNote);
    indicesLayout->addWidget(m_indices);
    body()->addWidget(indices, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_send = buttons->addButton(tr("&Send\u2026"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(u"tenancySendButton"_s);
    m_send->setAccessibleName(tr("Send"));
    m_send->setToolTip(tr("Review and send the change through the write confirmation"));
    m_reset = buttons->addButton(QDialogButtonBox::Reset);
    m_reset->setObjectName(u"tenancyResetButton"_s);
    m_reset->setAccessibleName(tr("Reset"));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setAccessibleName(tr("Close"));
    body()->addWidget(buttons);
    connect(m_send, &QPushButton::clicked, this, &TenancyPanel::send);
    connect(m_reset, &QPushButton::clicked, this, &TenancyPanel::refresh);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_multitenancy, &QCheckBox::toggled, this, &TenancyPanel::updateState);
    connect(m_privateTenant, &QCheckBox::toggled, this, &TenancyPanel::updateState);
    connect(m_defaultTenant, &QComboBox::currentIndexChanged, this, &TenancyPanel::updateState);
    updateState();
    resize(620, 640);
}

void TenancyPanel::fillTenants()
{
    m_defaultTenant->blockSignals(true);
    m_defaultTenant->clear();
    m_defaultTenant->addItem(tr("(none: the global tenant)"), QString());
    m_defaultTenant->addItem(u"global_tenant"_s, u"global_tenant"_s);
    m_defaultTenant->addItem(u"private_tenant"_s, u"private_tenant"_s);
    const QStringList tenants = session()->configuration().document.value(u"tenants"_s).toObject().keys();
    for (const QString &tenant : tenants)
        m_defaultTenant->addItem(tenant, tenant);
    if (m_config) {
        int index = m_defaultTenant->findData(m_config->defaultTenant);
        if (index < 0) {
            m_defaultTenant->addItem(m_config->defaultTenant, m_config->defaultTenant);
            index = m_defaultTenant->count() - 1;
        }
        m_defaultTenant->setCurrentIndex(index);
    }
    m_defaultTenant->blockSignals(false);
}

void TenancyPanel::refresh()
{
    clearMessage();
    call(SecurityApi::tenancyConfig(), tr("Reading the tenancy settings (GET api/tenancy/config)"),
         [this](const ApiResponse &response) {
             const auto config = AdminParsers::tenancyConfig(response.json);
             if (!config) {
                 showError(config.error().message);
                 return;
             }
             m_config = *config;
             const QSignalBlocker a(m_multitenancy);
             const QSignalBlocker b(m_privateTenant);
             m_multitenancy->setChecked(config->multitenancyEnabled);
             m_privateTenant->setChecked(config->privateTenantEnabled);
             fillTenants();
             const QString none = tr("(none)");
             m_signIn->setText(config->signInOptions.isEmpty() ? none : config->signInOptions.join(u", "_s));
             m_preferred->setText(!config->preferredTenants             ? tr("(not before OpenSearch 3.7)")
                                  : config->preferredTenants->isEmpty() ? none
                                                                        : config->preferredTenants->join(u", "_s));
             updateState();
             emit tenancyLoaded();
         });
    call(SecurityApi::dashboardsInfo(), tr("Reading dashboardsinfo"), [this](const ApiResponse &response) {
        const auto info = AdminParsers::dashboardsInfo(response.json);
        if (!info) {
            m_facts->setText(info.error().message);
            return;
        }
        const auto onOff = [this](bool on) { return on ? tr("on") : tr("off"); };
        QStringList lines {
            tr("Dashboards server user: %1").arg(info->serverUser),
            tr("Dashboards index: %1").arg(info->dashboardsIndex),
            tr("Multi-tenancy: %1, private tenant: %2, default tenant: %3")
                .arg(onOff(info->multitenancyEnabled), onOff(info->privateTenantEnabled),
                     info->defaultTenant.isEmpty() ? tr("(none)") : info->defaultTenant),
            tr("Password rule: %1").arg(info->passwordMessage.isEmpty() ? tr("(none)") : info->passwordMessage),
        };
        if (info->resourceSharingEnabled)
            lines << tr("Resource sharing: %1").arg(onOff(*info->resourceSharingEnabled));
        if (info->apiTokensEnabled)
            lines << tr("API tokens: %1").arg(onOff(*info->apiTokensEnabled));
        if (info->maxDurationSeconds)
            lines << tr("Longest API token: %n second(s)", nullptr, int(*info->maxDurationSeconds));
        m_facts->setText(lines.join(u'\n'));
    });
    call(
        SecurityApi::tenantInfo(), tr("Reading tenantinfo"),
        [this](const ApiResponse &response) {
            const auto map = AdminParsers::tenantInfo(response.json);
            m_indices->setRowCount(0);
            if (!map) {
                m_indicesNote->setText(map.error().message);
                return;
            }
            m_indicesNote->setText(map->isEmpty() ? tr("No tenant has a Dashboards index yet.") : QString());
            for (auto it = map->constBegin(); it != map->constEnd(); ++it) {
                const int row = m_indices->rowCount();
                m_indices->insertRow(row);
                m_indices->setItem(row, 0, new QTableWidgetItem(it.key()));
                m_indices->setItem(row, 1, new QTableWidgetItem(it.value()));
            }
            m_indices->resizeColumnToContents(0);
        },
        [this](const ApiError &error) {
            m_indices->setRowCount(0);
            m_indicesNote->setText(error.httpStatus == 403
                                       ? tr("Only the admin certificate, the Dashboards server user and users "
                                            "mapped to its role may read tenantinfo.")
                                       : tr("Reading tenantinfo: %1").arg(error.userMessage()));
        });
}

void TenancyPanel::updateState()
{
    const bool ready = connected() && m_config.has_value();
    for (QWidget *widget : {static_cast<QWidget *>(m_multitenancy), static_cast<QWidget *>(m_privateTenant),
                            static_cast<QWidget *>(m_defaultTenant)})
        widget->setEnabled(ready);
    const bool changed = ready
                         && (m_multitenancy->isChecked() != m_config->multitenancyEnabled
                             || m_privateTenant->isChecked() != m_config->privateTenantEnabled
                             || m_defaultTenant->currentData().toString() != m_config->defaultTenant);
    m_send->setEnabled(changed);
    m_reset->setEnabled(changed);
}

bool TenancyPanel::send()
{
    if (!m_send->isEnabled() || !m_config)
        return false;
    TenancyChange change;
    if (m_multitenancy->isChecked() != m_config->multitenancyEnabled)
        change.multitenancyEnabled = m_multitenancy->isChecked();
    if (m_privateTenant->isChecked() != m_config->privateTenantEnabled)
        change.privateTenantEnabled = m_privateTenant->isChecked();
    if (m_defaultTenant->currentData().toString() != m_config->defaultTenant)
        change.defaultTenant = m_defaultTenant->currentData().toString();
    const auto plan = AdminPlans::tenancy(change, session()->configuration().document);
    if (!plan) {
        showError(tr("The tenancy change cannot be sent: %1").arg(plan.error().message));
        return false;
    }
    clearMessage();
    emit writeRequested({*plan, {}, this, [this](const WriteReport &) { refresh(); }});
    return true;
}
