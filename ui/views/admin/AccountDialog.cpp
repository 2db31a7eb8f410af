#include "ui/views/admin/AccountDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "app/api/AdminResponses.h"
#include "app/api/ApiRequest.h"
#include "app/api/ResponseParsers.h"
#include "app/forms/EntityChecks.h"
#include "app/store/ClusterSession.h"

using namespace Qt::StringLiterals;

namespace {

QLabel *valueLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

QLineEdit *passwordEdit(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

AccountDialog::AccountDialog(ClusterSession *session, QWidget *parent) : AdminWindow(session, parent)
{
    setObjectName(u"accountDialog"_s);
    setWindowTitle(tr("Account"));

    auto *who = new QGroupBox(tr("Who am I"), this);
    auto *whoForm = new QFormLayout(who);
    m_user = valueLabel(who, u"accountUserLabel"_s);
    m_kind = valueLabel(who, u"accountKindLabel"_s);
    m_backendRoles = valueLabel(who, u"accountBackendRolesLabel"_s);
    m_roles = valueLabel(who, u"accountRolesLabel"_s);
    m_tenants = valueLabel(who, u"accountTenantsLabel"_s);
    m_attributes = valueLabel(who, u"accountAttributesLabel"_s);
    whoForm->addRow(tr("User:"), m_user);
    whoForm->addRow(tr("Kind:"), m_kind);
    whoForm->addRow(tr("Backend roles:"), m_backendRoles);
    whoForm->addRow(tr("Roles:"), m_roles);
    whoForm->addRow(tr("Tenants:"), m_tenants);
    whoForm->addRow(tr("Attributes:"), m_attributes);
    body()->addWidget(who);

    auto *change = new QGroupBox(tr("Change my password"), this);
    auto *changeForm = new QFormLayout(change);
    m_current = passwordEdit(change, u"accountCurrentPasswordEdit"_s, tr("Current password"));
    m_password = passwordEdit(change, u"accountNewPasswordEdit"_s, tr("New password"));
    m_confirm = passwordEdit(change, u"accountConfirmPasswordEdit"_s, tr("Confirm new password"));
    changeForm->addRow(tr("&Current password:"), m_current);
    changeForm->addRow(tr("&New password:"), m_password);
    changeForm->addRow(tr("Con&firm:"), m_confirm);
    m_issues = new QLabel(change);
    m_issues->setObjectName(u"accountPasswordIssues"_s);
    m_issues->setWordWrap(true);
    changeForm->addRow(m_issues);
    m_change = new QPushButton(tr("C&hange password"), change);
    m_change->setObjectName(u"accountChangePasswordButton"_s);
    m_change->setAccessibleName(tr("Change password"));
    m_change->setEnabled(false);
    changeForm->addRow(m_change);
    body()->addWidget(change);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    body()->addWidget(buttons);

    for (QLineEdit *edit : {m_current, m_password, m_confirm})
        connect(edit, &QLineEdit::textChanged, this, &AccountDialog::updateChecks);
    connect(m_change, &QPushButton::clicked, this, &AccountDialog::changePassword);
    resize(520, 460);
}

void AccountDialog::refresh()
{
    clearMessage();
    call(SecurityApi::account(), tr("Reading the account (GET api/account)"), [this](const ApiResponse &response) {
        const auto info = AdminParsers::account(response.json);
        if (!info) {
            showError(info.error().message);
            return;
        }
        m_userName = info->userName;
        const QString none = tr("(none)");
        const auto list = [&](const QStringList &items) { return items.isEmpty() ? none : items.join(u", "_s); };
        QStringList kind;
        kind << (info->isInternalUser ? tr("internal user") : tr("not an internal user"));
        if (info->isReserved)
            kind << tr("reserved");
        if (info->isHidden)
            kind << tr("hidden");
        QStringList tenants;
        for (auto it = info->tenants.constBegin(); it != info->tenants.constEnd(); ++it)
            tenants << (it.value() ? tr("%1 (read-write)") : tr("%1 (read-only)")).arg(it.key());
        m_user->setText(info->userName);
        m_kind->setText(kind.join(u", "_s));
        m_backendRoles->setText(list(info->backendRoles));
        m_roles->setText(list(info->roles));
        m_tenants->setText(list(tenants));
        m_attributes->setText(list(info->customAttributeNames));
        updateChecks();
    });
}

void AccountDialog::updateChecks()
{
    QStringList messages;
    bool blocking = m_current->text().isEmpty() || m_password->text().isEmpty();
    if (!m_password->text().isEmpty() || !m_confirm->text().isEmpty()) {
        const QList<FieldIssue> issues = EntityChecks::password(m_userName, m_password->text(), m_confirm->text());
        for (const FieldIssue &issue : issues)
            messages << issue.message;
        blocking = blocking || EntityChecks::blocks(issues);
    }
    if (!m_password->text().isEmpty() && m_password->text() == m_current->text())
        messages << tr("The new password is the current one.");
    m_issues->setText(messages.join(u'\n'));
    m_change->setEnabled(!blocking && !m_userName.isEmpty() && m_password->text() != m_current->text());
}

bool AccountDialog::changePassword()
{
    updateChecks();
    if (!m_change->isEnabled())
        return false;
    const ApiRequest request = SecurityApi::changeOwnPassword(m_current->text(), m_password->text());
    // The values stay only in the request on its way, and in memory until the open connection uses the new one.
    const QString password = m_password->text();
    for (QLineEdit *edit : {m_current, m_password, m_confirm})
        edit->clear();
    call(request, tr("Changing the password of %1 (PUT api/account)").arg(m_userName),
         [this, password](const ApiResponse &response) {
             const QString answer = ResponseParsers::message(response.json).message;
             // The connection authenticates as this user with a password: it goes on with the new one (else the
             // next read would be refused). A password saved in a profile is the user's to change.
             ApiClient *client = session()->client();
             if (client && client->settings().userName == m_userName) {
                 client->setPassword(password);
                 showInformation(tr("Password changed: %1 This connection now uses the new password; if a profile "
                                    "saves the old one, change it there (Connection > Edit Profile).")
                                     .arg(answer));
             } else {
                 showInformation(tr("Password changed: %1 Reconnect with the new password.").arg(answer));
             }
             emit passwordChanged();
         });
    return true;
}
