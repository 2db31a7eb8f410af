#pragma once

// TenancyPanel: Cluster > Tenancy…: the Dashboards multi-tenancy settings (GET api/tenancy/config) as a form, what
// dashboardsinfo adds (read-only) and the tenants' Dashboards indices (tenantinfo, which only the Dashboards server
// user may read). Send builds AdminPlans::tenancy against the session's configuration and hands it to the write
// coordinator as a WriteRequest. GUI thread.

#include <optional>

#include "app/api/AdminResponses.h"
#include "ui/views/admin/AdminWindow.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

class TenancyPanel : public AdminWindow
{
    Q_OBJECT

public:
    TenancyPanel(ClusterSession *session, QWidget *parent);

    const std::optional<TenancyConfig> &config() const { return m_config; }

public slots:
    void refresh() override;
    // Builds the plan and asks the coordinator; false when nothing changed or the plan was refused (shown).
    bool send();

signals:
    void tenancyLoaded();

private:
    void fillTenants();
    void updateState();

    std::optional<TenancyConfig> m_config;
    QCheckBox *m_multitenancy;
    QCheckBox *m_privateTenant;
    QComboBox *m_defaultTenant;
    QLabel *m_signIn;
    QLabel *m_preferred;
    QLabel *m_facts;
    QTableWidget *m_indices;
    QLabel *m_indicesNote;
    QPushButton *m_send;
    QPushButton *m_reset;
};
