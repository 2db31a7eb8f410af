#include "ui/views/forms/EntityFormDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "app/common/WorkerPool.h"
#include "app/forms/EntityEdits.h"
#include "app/json/Json.h"
#include "app/json/JsonPatch.h"
#include "app/json/JsonPointer.h"
#include "app/write/ChangePlan.h"
#include "ui/views/forms/PermissionEntryList.h"
#include "ui/views/problems/LintDeltaTree.h"
#include "ui/views/problems/LintStyle.h"
#include "ui/widgets/ListEdit.h"

using namespace Qt::StringLiterals;

namespace {

// What the form completes, gathered from the configuration on a worker.
struct Completions
{
    QStringList permissions, roles, tenants, backendRoles, users, indexPatterns;
};

Completions gather(const QJsonObject &document, const std::optional<QVersionNumber> &version)
{
    Completions c;
    c.permissions = EntityChecks::permissionNames(document, version);
    c.roles = document.value(u"roles"_s).toObject().keys();
    c.tenants = document.value(u"tenants"_s).toObject().keys() + QStringList {u"global_tenant"_s};
    c.users = document.value(u"internalusers"_s).toObject().keys();
    QSet<QString> backend, patterns;
    const QJsonObject users = document.value(u"internalusers"_s).toObject();
    for (auto it = users.begin(); it != users.end(); ++it) {
        for (const QString &role : Json::strings(it->toObject().value(u"backend_roles"_s)))
            backend.insert(role);
    }
    const QJsonObject mappings = document.value(u"rolesmapping"_s).toObject();
    for (auto it = mappings.begin(); it != mappings.end(); ++it) {
        for (const QString &role : Json::strings(it->toObject().value(u"backend_roles"_s)))
            backend.insert(role);
    }
    const QJsonObject roles = document.value(u"roles"_s).toObject();
    for (auto it = roles.begin(); it != roles.end(); ++it) {
        for (const QJsonValue &entry : it->toObject().value(u"index_permissions"_s).toArray()) {
            for (const QString &pattern : Json::strings(entry.toObject().value(u"index_patterns"_s)))
                patterns.insert(pattern);
        }
    }
    c.backendRoles = QStringList(backend.cbegin(), backend.cend());
    c.indexPatterns = QStringList(patterns.cbegin(), patterns.cend());
    c.backendRoles.sort();
    c.indexPatterns.sort();
    return c;
}

QString typeNoun(const QString &type)
{
    if (type == u"roles"_s)
        return EntityFormDialog::tr("role");
    if (type == u"rolesmapping"_s)
        return EntityFormDialog::tr("role mapping");
    if (type == u"internalusers"_s)
        return EntityFormDialog::tr("internal user");
    if (type == u"actiongroups"_s)
        return EntityFormDialog::tr("action group");
    return EntityFormDialog::tr("tenant");
}

void setList(QJsonObject &object, const QString &key, const QStringList &values)
{
    if (values.isEmpty())
        object.remove(key);
    else
        object.insert(key, QJsonArray::fromStringList(values));
}

} // namespace

QString EntityFormDialog::title(const QString &type, Mode mode, const QString &name)
{
    switch (mode) {
    case Mode::Create:
        return tr("New %1").arg(typeNoun(type));
    case Mode::Edit:
        return tr("Edit %1 %2").arg(typeNoun(type), name);
    case Mode::Duplicate:
        return tr("Duplicate %1 %2").arg(typeNoun(type), name);
    case Mode::Rename:
        return tr("Rename %1 %2").arg(typeNoun(type), name);
    }
    return {};
}

EntityFormDialog::EntityFormDialog(const QString &type, Mode mode, const QString &name, const Context &context,
                                   QWidget *parent)
    : QDialog(parent)
    , m_type(type)
    , m_mode(mode)
    , m_originalName(name)
    , m_context(context)
    , m_checkTimer(new QTimer(this))
    , m_banner(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_lintLine(new QLabel(this))
    , m_error(new QLabel(this))
    , m_send(new QPushButton(tr("Send\u2026"), this))
{
    setObjectName(u"entityForm"_s);
    setWindowTitle(title(type, mode, name));
    const QJsonObject entities = m_context.document.value(type).toObject();
    m_original = entities.value(name).toObject();
    if (type == u"roles"_s)
        m_originalMapping = m_context.document.value(u"rolesmapping"_s).toObject().value(name).toObject();
    if (mode == Mode::Edit)
        m_readOnly = EntityEdits::readOnlyReason(m_original);

    m_banner->setObjectName(u"entityFormBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setVisible(!m_readOnly.isEmpty());
    m_banner->setText(tr("This %1 is %2: the REST API does not change it, so the form is read-only.")
                          .arg(typeNoun(type), m_readOnly));

    auto *general = new QWidget(this);
    auto *form = new QFormLayout(general);
    const QString nameLabel = type == u"rolesmapping"_s ? tr("Role") : tr("%1 name").arg(typeNoun(type));
    QString nameText = nameLabel;
    nameText[0] = nameText[0].toUpper();
    m_name->setObjectName(u"entityNameEdit"_s);
    m_name->setAccessibleName(nameText);
    form->addRow(nameText, m_name);
    form->addRow(QString(), issueLabel(u"name"_s));
    if (mode == Mode::Edit)
        m_name->setReadOnly(true); // renaming is its own command
    QWidget *body = nullptr;
    if (type == u"roles"_s) {
        body = buildRole();
    } else if (type == u"rolesmapping"_s) {
        auto *roles = new QCompleter(m_context.document.value(u"roles"_s).toObject().keys(), m_name);
        roles->setCaseSensitivity(Qt::CaseInsensitive);
        m_name->setCompleter(roles);
        buildMapping(form);
        form->addRow(QString(), issueLabel(u"role"_s));
    } else if (type == u"internalusers"_s) {
        body = buildUser();
    } else if (type == u"actiongroups"_s) {
        body = buildActionGroup();
    } else {
        body = buildTenant();
    }
    m_description->setObjectName(u"descriptionEdit"_s);
    m_description->setAccessibleName(tr("Description"));
    form->addRow(tr("Description"), m_description);
    form->addRow(QString(), issueLabel(u"description"_s));

    m_summary->setObjectName(u"entityFormSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("Problems in the form"));
    m_lintLine->setObjectName(u"entityFormLint"_s);
    m_lintLine->setWordWrap(true);
    m_lintLine->setTextFormat(Qt::PlainText);
    m_lintLine->setAccessibleName(tr("Problems the change introduces"));
    m_error->setObjectName(u"entityFormError"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    m_send->setObjectName(u"entityFormSend"_s);
    m_send->setDefault(true);
    m_send->setToolTip(tr("Review the change and send it (Ctrl+Return)"));
    m_send->setVisible(m_readOnly.isEmpty());
    auto *cancel = new QPushButton(m_readOnly.isEmpty() ? tr("Cancel") : tr("Close"), this);
    cancel->setObjectName(u"entityFormCancel"_s);
    connect(cancel, &QPushButton::clicked, this, &EntityFormDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &EntityFormDialog::send);
    auto *send = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(send, &QShortcut::activated, this, [this] {
        if (m_send->isVisible() && m_send->isEnabled())
            this->send();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_lintLine, 1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_send);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(general);
    if (body)
        layout->addWidget(body, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    load(m_original, m_originalMapping);
    if (mode == Mode::Duplicate || mode == Mode::Rename)
        m_name->setText(mode == Mode::Duplicate ? name + u"_copy"_s : name);
    if (!m_readOnly.isEmpty()) {
        for (QWidget *widget : findChildren<QWidget *>()) {
            if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget))
                widget->setProperty("readOnly", true);
            else if (qobject_cast<QComboBox *>(widget) || qobject_cast<QCheckBox *>(widget)
                     || qobject_cast<QTableWidget *>(widget)
                     || (qobject_cast<QPushButton *>(widget) && widget != cancel))
                widget->setEnabled(false);
        }
        cancel->setEnabled(true);
        for (PermissionEntryList *list : {m_indexEntries, m_tenantEntries})
            if (list)
                list->setReadOnly(true);
    }
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(150);
    connect(m_checkTimer, &QTimer::timeout, this, &EntityFormDialog::check);
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, this, &EntityFormDialog::markEdited);
    for (QPlainTextEdit *edit : findChildren<QPlainTextEdit *>())
        connect(edit, &QPlainTextEdit::textChanged, this, &EntityFormDialog::markEdited);
    for (QComboBox *box : findChildren<QComboBox *>())
        connect(box, &QComboBox::currentIndexChanged, this, &EntityFormDialog::markEdited);
    for (QCheckBox *box : findChildren<QCheckBox *>())
        connect(box, &QCheckBox::toggled, this, &EntityFormDialog::markEdited);
    if (m_attributes)
        connect(m_attributes, &QTableWidget::itemChanged, this, &EntityFormDialog::markEdited);
    check();
    gatherCompletions();
    resize(720, type == u"roles"_s ? 720 : 480);
    m_name->setFocus();
    if (mode == Mode::Edit)
        m_description->setFocus();
}

QLabel *EntityFormDialog::issueLabel(const QString &field)
{
    auto *label = new QLabel(this);
    label->setObjectName(u"issue:"_s + field);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    m_issueLabels.insert(field, label);
    return label;
}

ListEdit *EntityFormDialog::listEdit(QFormLayout *form, const QString &label, const QString &field, const QString &name)
{
    auto *edit = new ListEdit(this);
    edit->setObjectName(name);
    edit->setAccessibleName(label);
    edit->setPlaceholderText(tr("comma-separated"));
    form->addRow(label, edit);
    form->addRow(QString(), issueLabel(field));
    return edit;
}

QWidget *EntityFormDialog::buildRole()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"entityFormTabs"_s);
    auto *cluster = new QWidget(this);
    auto *clusterForm = new QFormLayout(cluster);
    m_clusterPermissions =
        listEdit(clusterForm, tr("Cluster permissions"), u"cluster_permissions"_s, u"clusterPermissionsEdit"_s);
    m_tabs->addTab(cluster, tr("Cluster"));

    auto *indexDetail = new QWidget(this);
    auto *indexForm = new QFormLayout(indexDetail);
    m_indexPatterns =
        listEdit(indexForm, tr("Index patterns"), u"index_permissions/*/index_patterns"_s, u"indexPatternsEdit"_s);
    m_allowedActions =
        listEdit(indexForm, tr("Allowed actions"), u"index_permissions/*/allowed_actions"_s, u"allowedActionsEdit"_s);
    m_dls = new QPlainTextEdit(this);
    m_dls->setObjectName(u"dlsEdit"_s);
    m_dls->setAccessibleName(tr("Document-level security query"));
    m_dls->setPlaceholderText(tr("{\"term\": {\"department\": \"${attr.internal.department}\"}}"));
    m_dls->setTabChangesFocus(true);
    indexForm->addRow(tr("Document-level security query"), m_dls);
    indexForm->addRow(QString(), issueLabel(u"index_permissions/*/dls"_s));
    m_fls = listEdit(indexForm, tr("Field-level security"), u"index_permissions/*/fls"_s, u"flsEdit"_s);
    m_fls->setToolTip(tr("Fields to include, or ~field to exclude"));
    m_masked = listEdit(indexForm, tr("Masked fields"), u"index_permissions/*/masked_fields"_s, u"maskedFieldsEdit"_s);
    m_masked->setToolTip(tr("field, field::SHA-256 or field::/regex/::replacement"));
    PermissionEntryList::Binding index;
    index.patternsKey = u"index_patterns"_s;
    index.newEntry = {{u"index_patterns"_s, QJsonArray {}}, {u"allowed_actions"_s, QJsonArray {}}};
    index.fields = {m_indexPatterns, m_allowedActions, m_dls, m_fls, m_masked};
    index.load = [this](const QJsonObject &entry) {
        const bool loading = std::exchange(m_loading, true);
        m_indexPatterns->setValues(Json::strings(entry.value(u"index_patterns"_s)));
        m_allowedActions->setValues(Json::strings(entry.value(u"allowed_actions"_s)));
        m_dls->setPlainText(entry.value(u"dls"_s).toString());
        m_fls->setValues(Json::strings(entry.value(u"fls"_s)));
        m_masked->setValues(Json::strings(entry.value(u"masked_fields"_s)));
        m_loading = loading;
    };
    index.save = [this](QJsonObject entry) {
        entry.insert(u"index_patterns"_s, QJsonArray::fromStringList(m_indexPatterns->values()));
        entry.insert(u"allowed_actions"_s, QJsonArray::fromStringList(m_allowedActions->values()));
        const QString dls = m_dls->toPlainText().trimmed();
        if (dls.isEmpty())
            entry.remove(u"dls"_s);
        else
            entry.insert(u"dls"_s, dls);
        setList(entry, u"fls"_s, m_fls->values());
        setList(entry, u"masked_fields"_s, m_masked->values());
        return entry;
    };
    m_indexEntries =
        new PermissionEntryList(u"indexPermissions"_s, tr("Index permissions"), indexDetail, std::move(index), this);
    m_tabs->addTab(m_indexEntries, tr("Index permissions"));

    auto *tenantDetail = new QWidget(this);
    auto *tenantForm = new QFormLayout(tenantDetail);
    m_tenantPatterns =
        listEdit(tenantForm, tr("Tenant patterns"), u"tenant_permissions/*/tenant_patterns"_s, u"tenantPatternsEdit"_s);
    m_tenantAccess = new QComboBox(this);
    m_tenantAccess->setObjectName(u"tenantAccessCombo"_s);
    m_tenantAccess->setAccessibleName(tr("Access"));
    m_tenantAccess->addItem(tr("Read"), u"kibana_all_read"_s);
    m_tenantAccess->addItem(tr("Read and write"), u"kibana_all_write"_s);
    tenantForm->addRow(tr("Access"), m_tenantAccess);
    tenantForm->addRow(QString(), issueLabel(u"tenant_permissions/*/allowed_actions"_s));
    PermissionEntryList::Binding tenant;
    tenant.patternsKey = u"tenant_patterns"_s;
    tenant.newEntry = {{u"tenant_patterns"_s, QJsonArray {}},
                       {u"allowed_actions"_s, QJsonArray {u"kibana_all_read"_s}}};
    tenant.fields = {m_tenantPatterns, m_tenantAccess};
    tenant.load = [this](const QJsonObject &entry) {
        const bool loading = std::exchange(m_loading, true);
        m_tenantPatterns->setValues(Json::strings(entry.value(u"tenant_patterns"_s)));
        const bool write = Json::strings(entry.value(u"allowed_actions"_s)).contains(u"kibana_all_write"_s);
        m_tenantAccess->setCurrentIndex(write ? 1 : 0);
        m_loading = loading;
    };
    tenant.save = [this](QJsonObject entry) {
        entry.insert(u"tenant_patterns"_s, QJsonArray::fromStringList(m_tenantPatterns->values()));
        entry.insert(u"allowed_actions"_s, QJsonArray {m_tenantAccess->currentData().toString()});
        return entry;
    };
    m_tenantEntries = new PermissionEntryList(u"tenantPermissions"_s, tr("Tenant permissions"), tenantDetail,
                                              std::move(tenant), this);
    m_tabs->addTab(m_tenantEntries, tr("Tenant permissions"));
    for (PermissionEntryList *list : {m_indexEntries, m_tenantEntries}) {
        connect(list, &PermissionEntryList::edited, this, &EntityFormDialog::markEdited);
        connect(list, &PermissionEntryList::currentRowChanged, this, &EntityFormDialog::showIssues);
    }

    auto *mapped = new QWidget(this);
    auto *mappedForm = new QFormLayout(mapped);
    mappedForm->addRow(new QLabel(tr("Who gets this role: its role mapping, written in the same change."), mapped));
    buildMapping(mappedForm);
    m_tabs->addTab(mapped, tr("Mapped users"));
    m_tabs->tabBar()->setAccessibleName(tr("Role sections"));
    return m_tabs;
}

QWidget *EntityFormDialog::buildMapping(QFormLayout *form)
{
    m_mapUsers = listEdit(form, tr("Users"), u"users"_s, u"mappedUsersEdit"_s);
    m_mapBackendRoles = listEdit(form, tr("Backend roles"), u"backend_roles"_s, u"mappedBackendRolesEdit"_s);
    m_mapAndBackendRoles =
        listEdit(form, tr("All of these backend roles"), u"and_backend_roles"_s, u"mappedAndBackendRolesEdit"_s);
    m_mapHosts = listEdit(form, tr("Hosts"), u"hosts"_s, u"mappedHostsEdit"_s);
    return nullptr;
}

QWidget *EntityFormDialog::buildUser()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_service = new QCheckBox(tr("Service account (no password; tokens only)"), page);
    m_service->setObjectName(u"serviceAccountCheck"_s);
    m_service->setAccessibleName(tr("Service account"));
    form->addRow(QString(), m_service);
    m_password = new QLineEdit(page);
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    if (m_mode == Mode::Edit)
        m_password->setPlaceholderText(tr("leave empty to keep the current password"));
    form->addRow(tr("Password"), m_password);
    form->addRow(QString(), issueLabel(u"password"_s));
    m_confirm = new QLineEdit(page);
    m_confirm->setObjectName(u"confirmPasswordEdit"_s);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_confirm->setAccessibleName(tr("Confirm password"));
    form->addRow(tr("Confirm password"), m_confirm);
    form->addRow(QString(), issueLabel(u"confirm"_s));
    m_hash = new QLineEdit(page);
    m_hash->setObjectName(u"hashEdit"_s);
    m_hash->setAccessibleName(tr("Or a password hash"));
    m_hash->setPlaceholderText(tr("$2y$12$… (bcrypt), instead of a password"));
    form->addRow(tr("Or a password hash"), m_hash);
    form->addRow(QString(), issueLabel(u"hash"_s));
    connect(m_service, &QCheckBox::toggled, this, [this](bool service) {
        m_password->setEnabled(!service);
        m_confirm->setEnabled(!service);
        m_hash->setEnabled(!service);
    });
    m_backendRoles = listEdit(form, tr("Backend roles"), u"backend_roles"_s, u"backendRolesEdit"_s);
    m_securityRoles = listEdit(form, tr("Security roles"), u"opendistro_security_roles"_s, u"securityRolesEdit"_s);
    m_attributes = new QTableWidget(0, 2, page);
    m_attributes->setObjectName(u"attributesTable"_s);
    m_attributes->setAccessibleName(tr("Attributes"));
    m_attributes->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_attributes->horizontalHeader()->setStretchLastSection(true);
    m_attributes->setTabKeyNavigation(false);
    auto *addAttribute = new QPushButton(tr("Add attribute"), page);
    addAttribute->setObjectName(u"addAttributeButton"_s);
    auto *removeAttribute = new QPushButton(tr("Remove attribute"), page);
    removeAttribute->setObjectName(u"removeAttributeButton"_s);
    connect(addAttribute, &QPushButton::clicked, this, [this] {
        m_attributes->insertRow(m_attributes->rowCount());
        m_attributes->setCurrentCell(m_attributes->rowCount() - 1, 0);
        m_attributes->editItem(m_attributes->currentItem());
        m_attributes->setFocus();
        markEdited();
    });
    connect(removeAttribute, &QPushButton::clicked, this, [this] {
        if (m_attributes->currentRow() >= 0) {
            m_attributes->removeRow(m_attributes->currentRow());
            markEdited();
        }
    });
    auto *attributeButtons = new QHBoxLayout;
    attributeButtons->addWidget(addAttribute);
    attributeButtons->addWidget(removeAttribute);
    attributeButtons->addStretch();
    auto *attributes = new QVBoxLayout;
    attributes->addWidget(m_attributes);
    attributes->addLayout(attributeButtons);
    form->addRow(tr("Attributes"), attributes);
    form->addRow(QString(), issueLabel(u"attributes"_s));
    return page;
}

QWidget *EntityFormDialog::buildActionGroup()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_groupType = new QComboBox(page);
    m_groupType->setObjectName(u"actionGroupTypeCombo"_s);
    m_groupType->setAccessibleName(tr("Type"));
    m_groupType->addItem(tr("Index"), u"index"_s);
    m_groupType->addItem(tr("Cluster"), u"cluster"_s);
    m_groupType->addItem(tr("Dashboards (kibana)"), u"kibana"_s);
    form->addRow(tr("Type"), m_groupType);
    form->addRow(QString(), issueLabel(u"type"_s));
    m_groupActions = listEdit(form, tr("Allowed actions"), u"allowed_actions"_s, u"groupActionsEdit"_s);
    return page;
}

QWidget *EntityFormDialog::buildTenant()
{
    return nullptr;
}

void EntityFormDialog::load(const QJsonObject &entity, const QJsonObject &mapping)
{
    m_loading = true;
    m_name->setText(m_originalName);
    m_description->setText(entity.value(u"description"_s).toString());
    if (m_type == u"roles"_s) {
        m_clusterPermissions->setValues(Json::strings(entity.value(u"cluster_permissions"_s)));
        m_indexEntries->setEntries(entity.value(u"index_permissions"_s).toArray());
        m_tenantEntries->setEntries(entity.value(u"tenant_permissions"_s).toArray());
    }
    if (m_mapUsers) {
        const QJsonObject &source = m_type == u"roles"_s ? mapping : entity;
        m_mapUsers->setValues(Json::strings(source.value(u"users"_s)));
        m_mapBackendRoles->setValues(Json::strings(source.value(u"backend_roles"_s)));
        m_mapAndBackendRoles->setValues(Json::strings(source.value(u"and_backend_roles"_s)));
        m_mapHosts->setValues(Json::strings(source.value(u"hosts"_s)));
    }
    if (m_type == u"internalusers"_s) {
        m_service->setChecked(entity.value(u"attributes"_s).toObject().value(u"service"_s).toString() == u"true"_s);
        m_backendRoles->setValues(Json::strings(entity.value(u"backend_roles"_s)));
        m_securityRoles->setValues(Json::strings(entity.value(u"opendistro_security_roles"_s)));
        const QJsonObject attributes = entity.value(u"attributes"_s).toObject();
        for (auto it = attributes.begin(); it != attributes.end(); ++it) {
            if (it.key() == u"service"_s)
                continue;
            const int row = m_attributes->rowCount();
            m_attributes->insertRow(row);
            m_attributes->setItem(row, 0, new QTableWidgetItem(it.key()));
            m_attributes->setItem(row, 1, new QTableWidgetItem(it->toString()));
        }
    }
    if (m_type == u"actiongroups"_s) {
        const int type = m_groupType->findData(entity.value(u"type"_s).toString());
        m_groupType->setCurrentIndex(type >= 0 ? type : 0);
        m_groupActions->setValues(Json::strings(entity.value(u"allowed_actions"_s)));
    }
    m_loading = false;
}

QString EntityFormDialog::entityName() const
{
    return m_name->text();
}

QJsonObject EntityFormDialog::mappingValue() const
{
    QJsonObject mapping = m_type == u"roles"_s ? m_originalMapping : m_original;
    setList(mapping, u"users"_s, m_mapUsers->values());
    setList(mapping, u"backend_roles"_s, m_mapBackendRoles->values());
    setList(mapping, u"and_backend_roles"_s, m_mapAndBackendRoles->values());
    setList(mapping, u"hosts"_s, m_mapHosts->values());
    return mapping;
}

QJsonObject EntityFormDialog::value() const
{
    // What the form does not show (other members of the entity) is kept.
    QJsonObject value = m_original;
    for (const QString &flag : {u"reserved"_s, u"static"_s, u"hidden"_s})
        value.remove(flag);
    if (m_description->text().isEmpty())
        value.remove(u"description"_s);
    else
        value.insert(u"description"_s, m_description->text());
    if (m_type == u"roles"_s) {
        value.insert(u"cluster_permissions"_s, QJsonArray::fromStringList(m_clusterPermissions->values()));
        value.insert(u"index_permissions"_s, m_indexEntries->entries());
        value.insert(u"tenant_permissions"_s, m_tenantEntries->entries());
    } else if (m_type == u"rolesmapping"_s) {
        // Only the lists: the description above is the field's, not the original's.
        const QJsonObject mapping = mappingValue();
        for (const QString &list : {u"users"_s, u"backend_roles"_s, u"and_backend_roles"_s, u"hosts"_s}) {
            if (mapping.contains(list))
                value.insert(list, mapping.value(list));
            else
                value.remove(list);
        }
    } else if (m_type == u"internalusers"_s) {
        value.remove(u"hash"_s);
        setList(value, u"backend_roles"_s, m_backendRoles->values());
        setList(value, u"opendistro_security_roles"_s, m_securityRoles->values());
        QJsonObject attributes;
        for (int row = 0; row < m_attributes->rowCount(); ++row) {
            const QTableWidgetItem *key = m_attributes->item(row, 0);
            const QTableWidgetItem *text = m_attributes->item(row, 1);
            attributes.insert(key ? key->text() : QString(), text ? text->text() : QString());
        }
        if (m_service->isChecked())
            attributes.insert(u"service"_s, u"true"_s);
        if (attributes.isEmpty())
            value.remove(u"attributes"_s);
        else
            value.insert(u"attributes"_s, attributes);
    } else if (m_type == u"actiongroups"_s) {
        value.insert(u"type"_s, m_groupType->currentData().toString());
        value.insert(u"allowed_actions"_s, QJsonArray::fromStringList(m_groupActions->values()));
    }
    return value;
}

QJsonArray EntityFormDialog::patch() const
{
    const QString name = entityName();
    QJsonObject entity = value();
    const QString password = m_password && m_password->isEnabled() ? m_password->text() : QString();
    const QString hash = m_hash && m_hash->isEnabled() && password.isEmpty() ? m_hash->text().trimmed() : QString();
    QJsonArray patch;
    if (m_mode == Mode::Edit) {
        patch = EntityEdits::update(m_type, name, m_original, entity);
        if (!password.isEmpty() || !hash.isEmpty())
            patch.append(QJsonObject {
                {u"op"_s, u"add"_s},
                {u"path"_s, JsonPointer({m_type, name, password.isEmpty() ? u"hash"_s : u"password"_s}).toString()},
                {u"value"_s, password.isEmpty() ? hash : password}});
    } else {
        if (!password.isEmpty())
            entity.insert(u"password"_s, password);
        else if (!hash.isEmpty())
            entity.insert(u"hash"_s, hash);
        patch = m_mode == Mode::Rename ? EntityEdits::rename(m_context.document, m_type, m_originalName, name, entity)
                                       : EntityEdits::put(m_type, name, entity);
    }
    // A role's mapping, edited on its own tab, goes in the same change.
    if (m_type == u"roles"_s) {
        const QJsonObject mapping = mappingValue();
        const bool exists = m_mode != Mode::Create && !m_originalMapping.isEmpty();
        if (m_mode == Mode::Edit && exists) {
            for (const QJsonValue &operation : EntityEdits::update(u"rolesmapping"_s, name, m_originalMapping, mapping))
                patch.append(operation);
        } else if ((m_mode == Mode::Rename && exists && mapping != m_originalMapping)
                   || ((m_mode != Mode::Rename || !exists) && !mapping.isEmpty()
                       && (m_mode != Mode::Edit || mapping != m_originalMapping))) {
            for (const QJsonValue &operation : EntityEdits::put(u"rolesmapping"_s, name, mapping))
                patch.append(operation);
        }
    }
    return patch;
}

void EntityFormDialog::markEdited()
{
    if (m_loading)
        return;
    m_edited = true;
    m_error->hide();
    for (PermissionEntryList *list : {m_indexEntries, m_tenantEntries})
        if (list)
            list->showCurrentEdits();
    m_checkTimer->start();
}

EntityChecks::FormState EntityFormDialog::formState() const
{
    EntityChecks::FormState state;
    state.type = m_type;
    state.name = entityName();
    state.value = value();
    state.editing = m_mode == Mode::Edit;
    state.renaming = m_mode == Mode::Rename;
    if (m_type == u"roles"_s)
        state.mapping = mappingValue();
    if (m_type == u"internalusers"_s) {
        state.service = m_service->isChecked();
        state.password = m_password->text();
        state.confirmation = m_confirm->text();
        state.hash = m_hash->text();
    }
    return state;
}

CheckContext EntityFormDialog::checkContext() const
{
    return {m_context.document, m_context.clusterVersion,
            m_mode == Mode::Edit || m_mode == Mode::Rename ? m_originalName : QString()};
}

void EntityFormDialog::rebase(const Context &context)
{
    if (!m_readOnly.isEmpty())
        return;
    const QJsonObject entity = context.document.value(m_type).toObject().value(m_originalName).toObject();
    const QJsonObject mapping =
        m_type == u"roles"_s ? context.document.value(u"rolesmapping"_s).toObject().value(m_originalName).toObject()
                             : QJsonObject();
    if (m_mode != Mode::Create && (entity != m_original || mapping != m_originalMapping)) {
        m_banner->setText(entity.isEmpty() ? tr("%1 is no longer on the cluster: close this form.").arg(m_originalName)
                                           : tr("%1 changed on the cluster after this form opened: close the form and "
                                                "open it again to start from the change.")
                                                 .arg(m_originalName));
        m_banner->show();
        m_send->setEnabled(false);
        m_stale = true;
        return;
    }
    m_context = context;
    check();
}

// The checks run on a worker (names are looked up among every entity, for "did you mean"); the form's state is
// read here.
void EntityFormDialog::check()
{
    m_checks.run([state = formState(),
                  context = checkContext()](const CancelToken &) { return EntityChecks::form(state, context); },
                 [this](const QList<FieldIssue> &issues) {
                     m_issues = issues;
                     showIssues();
                     relint();
                 });
}

void EntityFormDialog::showIssues()
{
    for (QLabel *label : std::as_const(m_issueLabels)) {
        label->clear();
        label->hide();
    }
    QStringList lines;
    int blocking = 0;
    for (const FieldIssue &issue : std::as_const(m_issues)) {
        const QStringList parts = issue.field.split(u'/');
        QString key = issue.field;
        bool shown = true;
        if (parts.size() >= 3
            && (parts.first() == u"index_permissions"_s || parts.first() == u"tenant_permissions"_s)) {
            const int row = parts.at(1).toInt();
            shown = row == (parts.first() == u"index_permissions"_s ? m_indexEntries : m_tenantEntries)->currentRow();
            key = parts.at(0) + u"/*/"_s + parts.at(2);
        } else if (parts.size() >= 2) {
            key = parts.first();
        }
        blocking += issue.blocking ? 1 : 0;
        const QString text = (issue.blocking ? u"\u2716 "_s : u"\u26a0 "_s) + issue.message;
        lines << issue.field + u": "_s + issue.message;
        QLabel *label = m_issueLabels.value(key);
        if (label && shown) {
            label->setText(label->text().isEmpty() ? text : label->text() + u'\n' + text);
            QPalette palette = label->palette();
            palette.setColor(QPalette::WindowText,
                             LintStyle::text(palette, issue.blocking ? LintSeverity::Critical : LintSeverity::Medium));
            label->setPalette(palette);
            label->show();
        }
    }
    const int warnings = int(m_issues.size()) - blocking;
    m_summary->setVisible(!m_issues.isEmpty() && m_readOnly.isEmpty());
    m_summary->setText(
        blocking > 0 ? tr("%n problem(s) to fix before sending:", nullptr, blocking) + u'\n' + lines.join(u'\n')
                     : tr("%n warning(s) (the cluster accepts these):", nullptr, warnings) + u'\n' + lines.join(u'\n'));
    m_send->setEnabled(blocking == 0 && m_readOnly.isEmpty() && !m_stale);
}

// The lint findings the change would introduce, from the live configuration's shared baseline, on a worker.
void EntityFormDialog::relint()
{
    if (!m_context.lint || !m_readOnly.isEmpty() || EntityChecks::blocks(m_issues)) {
        m_lint.cancel();
        m_lintLine->clear();
        return;
    }
    const auto patched = JsonPatch::fromJson(patch());
    if (!patched)
        return;
    m_lint.run(
        [document = m_context.document, patch = *patched, context = *m_context.lint](const CancelToken &) {
            const auto after = patch.apply(document);
            return after ? std::optional(Lint::baseline(document, context)->change(after->toObject()))
                         : std::optional<LintDelta>();
        },
        [this](const std::optional<LintDelta> &delta) {
            if (!delta || delta->introduced.isEmpty()) {
                m_lintLine->setText(delta ? tr("No new configuration problems.") : QString());
                m_lintLine->setPalette(palette());
                return;
            }
            QPalette palette = m_lintLine->palette();
            palette.setColor(QPalette::WindowText, LintStyle::text(palette, *Lint::highest(delta->introduced)));
            m_lintLine->setPalette(palette);
            QStringList lines {LintDeltaTree::summary(LintDelta {delta->introduced, {}})};
            for (const LintFinding &finding : delta->introduced)
                lines << finding.rule + u": "_s + finding.message;
            m_lintLine->setText(lines.join(u'\n'));
        });
}

void EntityFormDialog::gatherCompletions()
{
    WorkerPool::whenFinished(
        this, QtConcurrent::run(WorkerPool::instance(), gather, m_context.document, m_context.clusterVersion),
        [this](const QFuture<Completions> &future) {
            const Completions c = future.result();
            for (ListEdit *edit : {m_clusterPermissions, m_allowedActions, m_groupActions})
                if (edit)
                    edit->setCompletions(c.permissions);
            if (m_indexPatterns)
                m_indexPatterns->setCompletions(c.indexPatterns);
            if (m_tenantPatterns)
                m_tenantPatterns->setCompletions(c.tenants);
            if (m_securityRoles)
                m_securityRoles->setCompletions(c.roles);
            for (ListEdit *edit : {m_backendRoles, m_mapBackendRoles, m_mapAndBackendRoles})
                if (edit)
                    edit->setCompletions(c.backendRoles);
            if (m_mapUsers)
                m_mapUsers->setCompletions(c.users);
        });
}

bool EntityFormDialog::send()
{
    m_checkTimer->stop();
    m_checks.cancel();
    m_issues = EntityChecks::form(formState(), checkContext());
    showIssues();
    if (m_stale) {
        m_error->setText(m_banner->text());
        m_error->show();
        return false;
    }
    if (!m_readOnly.isEmpty() || EntityChecks::blocks(m_issues)) {
        m_error->setText(tr("Fix the problems marked in the form first."));
        m_error->show();
        return false;
    }
    const QJsonArray operations = patch();
    if (operations.isEmpty()) {
        m_error->setText(tr("Nothing changed: there is nothing to send."));
        m_error->show();
        return false;
    }
    const auto plan = ChangePlan::compile(operations, m_context.document);
    if (!plan) {
        m_error->setText(tr("The change cannot be sent: %1").arg(plan.error().message()));
        m_error->show();
        return false;
    }
    ChangePlan titled = *plan;
    titled.title = windowTitle();
    m_error->hide();
    emit writeRequested({titled, {}, this, [this](const WriteReport &report) { onWriteFinished(report); }});
    return true;
}

void EntityFormDialog::onWriteFinished(const WriteReport &report)
{
    if (report.allApplied()) {
        m_edited = false;
        emit written(JsonPointer({m_type, entityName()}).toString());
        accept();
    } else {
        m_error->setText(report.wroteSomething()
                             ? tr("Part of the change is on the cluster (see the write's report); the form keeps "
                                  "what you entered.")
                             : tr("Nothing was written; the form keeps what you entered."));
        m_error->show();
    }
}

void EntityFormDialog::reject()
{
    if (m_edited && m_readOnly.isEmpty()
        && QMessageBox::question(this, windowTitle(), tr("Discard the changes made in this form?"),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Discard)
        return;
    QDialog::reject();
}
