#include "ui/views/admin/TokenCreateDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "app/api/AdminResponses.h"
#include "app/api/ApiRequest.h"
#include "app/store/ClusterSession.h"

using namespace Qt::StringLiterals;

namespace {

QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    }
    return items;
}

QLineEdit *lineEdit(QWidget *parent, const QString &name, const QString &accessibleName, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

TokenCreateDialog::TokenCreateDialog(ClusterSession *session, QWidget *parent) : AdminWindow(session, parent)
{
    setObjectName(u"tokenCreateDialog"_s);
    setWindowTitle(tr("Create API token"));
    setWindowModality(Qt::WindowModal);
    m_pages = new QStackedWidget(this);

    auto *formPage = new QWidget(m_pages);
    auto *form = new QFormLayout(formPage);
    m_name = lineEdit(formPage, u"tokenNameEdit"_s, tr("Token name"), tr("letters, digits, - and _"));
    m_cluster = lineEdit(formPage, u"tokenClusterPermissionsEdit"_s, tr("Cluster permissions"),
                         tr("comma-separated, e.g. cluster_monitor"));
    // Index permissions: a row each (patterns and actions); Add index permission makes another.
    auto *permissions = new QWidget(formPage);
    m_permissionRows = new QVBoxLayout(permissions);
    m_permissionRows->setContentsMargins(0, 0, 0, 0);
    m_permissionRows->setSpacing(4);
    m_addPermission = new QPushButton(tr("Add inde&x permission"), permissions);
    m_addPermission->setObjectName(u"tokenAddIndexPermissionButton"_s);
    m_addPermission->setAccessibleName(tr("Add index permission"));
    m_permissionRows->addWidget(m_addPermission, 0, Qt::AlignLeft);
    connect(m_addPermission, &QPushButton::clicked, this, [this] {
        addPermissionRow();
        m_permissions.last().patterns->setFocus();
    });
    m_days = new QSpinBox(formPage);
    m_days->setObjectName(u"tokenDurationSpin"_s);
    m_days->setAccessibleName(tr("Duration in days"));
    m_days->setRange(1, 3650);
    m_days->setValue(90);
    m_days->setSuffix(tr(" days"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Cluster permissions:"), m_cluster);
    form->addRow(tr("&Index permissions:"), permissions);
    form->addRow(tr("&Duration:"), m_days);
    auto *formButtons = new QDialogButtonBox(formPage);
    m_create = formButtons->addButton(tr("C&reate"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(u"tokenCreateButton"_s);
    m_create->setAccessibleName(tr("Create token"));
    QPushButton *cancel = formButtons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    form->addRow(formButtons);
    connect(m_create, &QPushButton::clicked, this, &TokenCreateDialog::create);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    m_pages->addWidget(formPage);

    auto *tokenPage = new QWidget(m_pages);
    auto *tokenLayout = new QVBoxLayout(tokenPage);
    m_tokenWarning = new QLabel(tr("<b>Copy this token now.</b> It is shown only this once: the cluster keeps only a "
                                   "hash of it and SecDesk does not keep it anywhere. Closing this dialog forgets it."),
                                tokenPage);
    m_tokenWarning->setObjectName(u"tokenShownOnceWarning"_s);
    m_tokenWarning->setWordWrap(true);
    m_token = new QLineEdit(tokenPage);
    m_token->setObjectName(u"tokenValueEdit"_s);
    m_token->setAccessibleName(tr("The new token"));
    m_token->setReadOnly(true);
    m_copy = new QPushButton(tr("&Copy"), tokenPage);
    m_copy->setObjectName(u"tokenCopyButton"_s);
    m_copy->setAccessibleName(tr("Copy the token"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_token, 1);
    row->addWidget(m_copy);
    auto *closeBox = new QDialogButtonBox(QDialogButtonBox::Close, tokenPage);
    closeBox->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    tokenLayout->addWidget(m_tokenWarning);
    tokenLayout->addLayout(row);
    tokenLayout->addStretch(1);
    tokenLayout->addWidget(closeBox);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_token->text());
        showInformation(tr("The token is on the clipboard."));
    });
    connect(closeBox, &QDialogButtonBox::rejected, this, &QDialog::accept);
    m_pages->addWidget(tokenPage);
    body()->addWidget(m_pages);

    for (QLineEdit *edit : {m_name, m_cluster})
        connect(edit, &QLineEdit::textChanged, this, &TokenCreateDialog::updateState);
    addPermissionRow();
    permissions->setFocusProxy(m_permissions.first().patterns); // the label's mnemonic
    updateState();
    resize(640, 320);
}

QJsonObject TokenCreateDialog::requestBody(QString *error) const
{
    const QString name = m_name->text().trimmed();
    static const QRegularExpression validName(u"^[A-Za-z0-9_-]+$"_s);
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QJsonObject();
    };
    if (name.isEmpty())
        return fail(tr("Give the token a name."));
    if (!validName.match(name).hasMatch())
        return fail(tr("A token name holds only letters, digits, - and _."));
    QJsonObject body {{u"name"_s, name}};
    const QStringList cluster = splitList(m_cluster->text());
    if (!cluster.isEmpty())
        body.insert(u"cluster_permissions"_s, QJsonArray::fromStringList(cluster));
    QJsonArray indexPermissions;
    for (qsizetype i = 0; i < m_permissions.size(); ++i) {
        const QStringList patterns = splitList(m_permissions.at(i).patterns->text());
        const QStringList actions = splitList(m_permissions.at(i).actions->text());
        if (patterns.isEmpty() != actions.isEmpty())
            return fail(m_permissions.size() == 1
                            ? tr("An index permission needs both index patterns and allowed actions.")
                            : tr("Index permission %1 needs both index patterns and allowed actions.").arg(i + 1));
        if (!patterns.isEmpty())
            indexPermissions.append(QJsonObject {{u"index_pattern"_s, QJsonArray::fromStringList(patterns)},
                                                 {u"allowed_actions"_s, QJsonArray::fromStringList(actions)}});
    }
    if (!indexPermissions.isEmpty())
        body.insert(u"index_permissions"_s, indexPermissions);
    body.insert(u"duration_seconds"_s, qint64(m_days->value()) * 86400);
    return body;
}

void TokenCreateDialog::addPermissionRow()
{
    auto *row = new QWidget(m_addPermission->parentWidget());
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    PermissionRow permission;
    permission.row = row;
    permission.patterns = new QLineEdit(row);
    permission.patterns->setPlaceholderText(tr("index patterns, comma-separated, e.g. logs-*, metrics-*"));
    permission.actions = new QLineEdit(row);
    permission.actions->setPlaceholderText(tr("allowed actions, e.g. read"));
    // Every row has Remove (the rows line up); the last row left cannot be removed, only emptied.
    permission.remove = new QPushButton(tr("Remove"), row);
    layout->addWidget(permission.patterns, 1);
    layout->addWidget(permission.actions, 1);
    layout->addWidget(permission.remove);
    connect(permission.remove, &QPushButton::clicked, this, [this, row] {
        for (qsizetype i = 0; i < m_permissions.size(); ++i) {
            if (m_permissions.at(i).row == row) {
                m_permissions.removeAt(i);
                break;
            }
        }
        // Out of the dialog at once (its names are given to the rows that follow), deleted once its click is over.
        row->hide();
        row->setParent(nullptr);
        row->deleteLater();
        m_addPermission->setFocus();
        updatePermissionRows();
    });
    for (QLineEdit *edit : {permission.patterns, permission.actions})
        connect(edit, &QLineEdit::textChanged, this, &TokenCreateDialog::updateState);
    m_permissionRows->insertWidget(m_permissionRows->count() - 1, row);
    row->show(); // at once, not at the layout's next turn: Add focuses its first field
    m_permissions.append(permission);
    updatePermissionRows();
}

void TokenCreateDialog::updatePermissionRows()
{
    // Named by position (the first row plainly, then tokenIndexPatternsEdit2, …), so that names and messages agree
    // after a row is removed; Tab goes row by row, then to Add.
    QWidget *before = m_cluster;
    for (qsizetype i = 0; i < m_permissions.size(); ++i) {
        const PermissionRow &permission = m_permissions.at(i);
        const QString suffix = i == 0 ? QString() : QString::number(i + 1);
        permission.patterns->setObjectName(u"tokenIndexPatternsEdit"_s + suffix);
        permission.patterns->setAccessibleName(tr("Index patterns of index permission %1").arg(i + 1));
        permission.actions->setObjectName(u"tokenIndexActionsEdit"_s + suffix);
        permission.actions->setAccessibleName(tr("Allowed actions of index permission %1").arg(i + 1));
        permission.remove->setObjectName(u"tokenRemoveIndexPermissionButton"_s + suffix);
        permission.remove->setAccessibleName(tr("Remove index permission %1").arg(i + 1));
        permission.remove->setEnabled(m_permissions.size() > 1);
        setTabOrder(before, permission.patterns);
        setTabOrder(permission.patterns, permission.actions);
        setTabOrder(permission.actions, permission.remove);
        before = permission.remove;
    }
    setTabOrder(before, m_addPermission);
    updateState();
}

QString TokenCreateDialog::shownToken() const
{
    return m_token->text();
}

void TokenCreateDialog::updateState()
{
    QString error;
    const bool ok = !requestBody(&error).isEmpty();
    m_create->setEnabled(ok && connected());
    m_create->setToolTip(error);
}

bool TokenCreateDialog::create()
{
    QString error;
    const QJsonObject body = requestBody(&error);
    if (body.isEmpty()) {
        showError(error);
        return false;
    }
    m_create->setEnabled(false);
    const QString name = body.value(u"name"_s).toString();
    call(
        SecurityApi::createApiToken(body), tr("Creating API token %1 (POST api/apitokens)").arg(name),
        [this](const ApiResponse &response) {
            auto created = AdminParsers::createdApiToken(response.json);
            if (!created) {
                showError(created.error().message);
                updateState();
                return;
            }
            clearMessage();
            m_token->setText(created->token);
            created->token.clear();
            m_pages->setCurrentIndex(1);
            m_copy->setFocus();
            emit this->created(created->id);
        },
        [this, name](const ApiError &error) {
            showError(tr("Creating API token %1: %2").arg(name, error.userMessage()));
            updateState();
        });
    return true;
}

void TokenCreateDialog::forgetToken()
{
    m_token->clear();
}

void TokenCreateDialog::closeEvent(QCloseEvent *event)
{
    forgetToken();
    AdminWindow::closeEvent(event);
}

void TokenCreateDialog::done(int result)
{
    forgetToken();
    AdminWindow::done(result);
    // Escape and Close end here; the dialog (and with it the token's last trace) goes.
    if (testAttribute(Qt::WA_DeleteOnClose))
        deleteLater();
}
