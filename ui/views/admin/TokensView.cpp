#include "ui/views/admin/TokensView.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "app/api/ApiRequest.h"
#include "app/api/ResponseParsers.h"
#include "app/store/ClusterSession.h"
#include "ui/views/admin/AdminConfirm.h"
#include "ui/views/admin/TokenCreateDialog.h"

using namespace Qt::StringLiterals;

namespace {

QString dateText(const QDateTime &date)
{
    return date.isValid() ? date.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

} // namespace

TokensView::TokensView(ClusterSession *session, QWidget *parent) : AdminWindow(session, parent)
{
    setObjectName(u"tokensView"_s);
    setWindowTitle(tr("Tokens"));

    m_apiGroup = new QGroupBox(tr("API tokens"), this);
    auto *api = new QVBoxLayout(m_apiGroup);
    m_apiReason = new QLabel(m_apiGroup);
    m_apiReason->setObjectName(u"tokensApiReason"_s);
    m_apiReason->setWordWrap(true);
    api->addWidget(m_apiReason);
    m_table = new QTableWidget(0, 6, m_apiGroup);
    m_table->setObjectName(u"tokensTable"_s);
    m_table->setAccessibleName(tr("API tokens"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Status"), tr("Issued"), tr("Expires"), tr("Created by"), tr("Permissions")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    api->addWidget(m_table, 1);
    auto *apiButtons = new QHBoxLayout;
    m_create = new QPushButton(tr("&Create\u2026"), m_apiGroup);
    m_create->setObjectName(u"tokensCreateButton"_s);
    m_create->setAccessibleName(tr("Create API token"));
    m_revoke = new QPushButton(tr("Re&voke\u2026"), m_apiGroup);
    m_revoke->setObjectName(u"tokensRevokeButton"_s);
    m_revoke->setAccessibleName(tr("Revoke API token"));
    m_refresh = new QPushButton(tr("&Refresh"), m_apiGroup);
    m_refresh->setObjectName(u"tokensRefreshButton"_s);
    m_refresh->setAccessibleName(tr("Refresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    apiButtons->addWidget(m_create);
    apiButtons->addWidget(m_revoke);
    apiButtons->addStretch(1);
    apiButtons->addWidget(m_refresh);
    api->addLayout(apiButtons);
    body()->addWidget(m_apiGroup, 1);

    auto *service = new QGroupBox(tr("Service account tokens"), this);
    auto *serviceLayout = new QVBoxLayout(service);
    m_serviceNote = new QLabel(tr("A service account's token is a new password for it: creating one replaces the "
                                  "account's password, and the old token stops working."),
                               service);
    m_serviceNote->setWordWrap(true);
    serviceLayout->addWidget(m_serviceNote);
    auto *pick = new QHBoxLayout;
    auto *accountLabel = new QLabel(tr("Service &account:"), service);
    m_serviceAccount = new QComboBox(service);
    m_serviceAccount->setObjectName(u"tokensServiceAccountCombo"_s);
    m_serviceAccount->setAccessibleName(tr("Service account"));
    accountLabel->setBuddy(m_serviceAccount);
    m_serviceCreate = new QPushButton(tr("Create &token\u2026"), service);
    m_serviceCreate->setObjectName(u"tokensServiceCreateButton"_s);
    m_serviceCreate->setAccessibleName(tr("Create service account token"));
    pick->addWidget(accountLabel);
    pick->addWidget(m_serviceAccount, 1);
    pick->addWidget(m_serviceCreate);
    serviceLayout->addLayout(pick);
    m_serviceWarning = new QLabel(tr("<b>Copy this token now.</b> It is shown only this once and SecDesk does not "
                                     "keep it anywhere. Closing this window forgets it."),
                                  service);
    m_serviceWarning->setObjectName(u"tokensServiceWarning"_s);
    m_serviceWarning->setWordWrap(true);
    m_serviceWarning->hide();
    serviceLayout->addWidget(m_serviceWarning);
    auto *shown = new QHBoxLayout;
    m_serviceToken = new QLineEdit(service);
    m_serviceToken->setObjectName(u"tokensServiceTokenEdit"_s);
    m_serviceToken->setAccessibleName(tr("The new service account token"));
    m_serviceToken->setReadOnly(true);
    m_serviceToken->hide();
    m_serviceCopy = new QPushButton(tr("Co&py"), service);
    m_serviceCopy->setObjectName(u"tokensServiceCopyButton"_s);
    m_serviceCopy->setAccessibleName(tr("Copy the service account token"));
    m_serviceCopy->hide();
    shown->addWidget(m_serviceToken, 1);
    shown->addWidget(m_serviceCopy);
    serviceLayout->addLayout(shown);
    body()->addWidget(service);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    body()->addWidget(buttons);

    connect(m_create, &QPushButton::clicked, this, &TokensView::openCreateDialog);
    connect(m_revoke, &QPushButton::clicked, this, &TokensView::revokeSelected);
    connect(m_refresh, &QPushButton::clicked, this, &TokensView::refresh);
    connect(m_serviceCreate, &QPushButton::clicked, this, &TokensView::createServiceToken);
    connect(m_serviceCopy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_serviceToken->text());
        showInformation(tr("The token is on the clipboard."));
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TokensView::updateState);
    connect(m_serviceAccount, &QComboBox::currentIndexChanged, this, &TokensView::updateState);
    resize(900, 560);
}

QString TokensView::shownServiceToken() const
{
    return m_serviceToken->text();
}

void TokensView::fillServiceAccounts()
{
    const QString current = m_serviceAccount->currentText();
    m_serviceAccount->clear();
    const QJsonObject users = session()->configuration().document.value(u"internalusers"_s).toObject();
    for (auto it = users.constBegin(); it != users.constEnd(); ++it) {
        const QJsonValue service = it.value().toObject().value(u"attributes"_s).toObject().value(u"service"_s);
        if (service.toString() == u"true"_s || service.toBool())
            m_serviceAccount->addItem(it.key());
    }
    if (m_serviceAccount->count() == 0)
        m_serviceAccount->setPlaceholderText(tr("(no internal user has attributes.service \"true\")"));
    const int index = m_serviceAccount->findText(current);
    if (index >= 0)
        m_serviceAccount->setCurrentIndex(index);
}

void TokensView::updateState()
{
    Availability apiTokens = availability().of(AdminApi::ApiTokens);
    if (apiTokens.available && m_switchedOff)
        apiTokens = {false, tr("API tokens are switched off on this cluster: config.dynamic.api_tokens.enabled is "
                               "not true.")};
    m_apiReason->setText(apiTokens.reason);
    m_apiReason->setVisible(!apiTokens.available);
    for (QWidget *widget :
         {static_cast<QWidget *>(m_table), static_cast<QWidget *>(m_create), static_cast<QWidget *>(m_refresh)}) {
        widget->setEnabled(apiTokens.available && connected());
        widget->setToolTip(apiTokens.reason);
        widget->setStatusTip(apiTokens.reason);
    }
    m_refresh->setEnabled(connected() && availability().has(AdminApi::ApiTokens));
    const int row = m_table->currentRow();
    const bool revocable = apiTokens.available && row >= 0 && m_table->item(row, 0)
                           && !m_table->item(row, 0)->data(Qt::UserRole + 1).toBool();
    m_revoke->setEnabled(revocable && connected());
    m_serviceCreate->setEnabled(connected() && m_serviceAccount->count() > 0);
}

void TokensView::refresh()
{
    fillServiceAccounts();
    updateState();
    if (!availability().has(AdminApi::ApiTokens))
        return;
    clearMessage();
    m_switchedOff = false;
    call(
        SecurityApi::apiTokens(), tr("Reading the API tokens (GET api/apitokens)"),
        [this](const ApiResponse &response) {
            const auto list = AdminParsers::apiTokens(response.json);
            if (!list) {
                showError(list.error().message);
                return;
            }
            m_tokens = *list;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            m_table->setSortingEnabled(false);
            m_table->setRowCount(0);
            for (const ApiTokenInfo &token : std::as_const(m_tokens)) {
                const int row = m_table->rowCount();
                m_table->insertRow(row);
                auto *name = new QTableWidgetItem(token.name);
                name->setData(Qt::UserRole, token.id);
                name->setData(Qt::UserRole + 1, token.isRevoked());
                name->setToolTip(tr("Id: %1").arg(token.id));
                const QString status = token.isRevoked()      ? tr("revoked %1").arg(dateText(token.revokedAt))
                                       : token.isExpired(now) ? tr("expired")
                                                              : tr("active");
                QStringList permissions = token.clusterPermissions;
                for (const QJsonValue &entry : token.indexPermissions) {
                    const QJsonObject object = entry.toObject();
                    QStringList patterns;
                    QStringList actions;
                    for (const QJsonValue &p : object.value(u"index_pattern"_s).toArray())
                        patterns << p.toString();
                    for (const QJsonValue &a : object.value(u"allowed_actions"_s).toArray())
                        actions << a.toString();
                    permissions << u"%1: %2"_s.arg(patterns.join(u", "_s), actions.join(u", "_s));
                }
                m_table->setItem(row, 0, name);
                m_table->setItem(row, 1, new QTableWidgetItem(status));
                m_table->setItem(row, 2, new QTableWidgetItem(dateText(token.issuedAt)));
                m_table->setItem(
                    row, 3, new QTableWidgetItem(token.expiresAt.isValid() ? dateText(token.expiresAt) : tr("never")));
                m_table->setItem(row, 4, new QTableWidgetItem(token.createdBy));
                m_table->setItem(row, 5, new QTableWidgetItem(permissions.join(u"; "_s)));
            }
            m_table->setSortingEnabled(true);
            m_table->resizeColumnsToContents();
            updateState();
            emit tokensLoaded();
        },
        [this](const ApiError &error) {
            // Switched off on the cluster: a fact about it, said where the tokens would be, not an error.
            if (error.httpStatus == 403 && error.serverMessage.contains(u"not enabled"_s)) {
                m_switchedOff = true;
                m_table->setRowCount(0);
                updateState();
                return;
            }
            showError(tr("Reading the API tokens: %1").arg(error.userMessage()));
        });
}

TokenCreateDialog *TokensView::openCreateDialog()
{
    if (!m_create->isEnabled())
        return nullptr;
    if (!m_createDialog) {
        m_createDialog = new TokenCreateDialog(session(), this);
        m_createDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_createDialog, &TokenCreateDialog::created, this, &TokensView::refresh);
    }
    m_createDialog->show();
    m_createDialog->raise();
    m_createDialog->activateWindow();
    return m_createDialog;
}

bool TokensView::revokeSelected()
{
    const int row = m_table->currentRow();
    if (!m_revoke->isEnabled() || row < 0)
        return false;
    const QString id = m_table->item(row, 0)->data(Qt::UserRole).toString();
    const QString name = m_table->item(row, 0)->text();
    if (!AdminConfirm::ask(this, windowTitle(),
                           tr("Revoke API token %1 (%2)? Whoever uses it is refused from then on; this cannot be "
                              "undone.")
                               .arg(name, id),
                           tr("Revoke")))
        return false;
    call(SecurityApi::revokeApiToken(id), tr("Revoking API token %1").arg(name), [this](const ApiResponse &response) {
        refresh(); // clears the message bar first
        showInformation(ResponseParsers::message(response.json).message);
    });
    return true;
}

bool TokensView::createServiceToken()
{
    const QString user = m_serviceAccount->currentText();
    if (!m_serviceCreate->isEnabled() || user.isEmpty())
        return false;
    if (!AdminConfirm::ask(this, windowTitle(),
                           tr("Create a token for service account %1? It replaces the account's password: the "
                              "current token stops working.")
                               .arg(user),
                           tr("Create token")))
        return false;
    m_serviceToken->clear();
    call(SecurityApi::serviceAccountToken(user), tr("Creating a token for %1").arg(user),
         [this](const ApiResponse &response) {
             auto token = AdminParsers::serviceAccountToken(response.json);
             if (!token) {
                 showError(token.error().message);
                 return;
             }
             clearMessage();
             m_serviceToken->setText(token->password);
             token->password.clear();
             for (QWidget *widget : {static_cast<QWidget *>(m_serviceWarning), static_cast<QWidget *>(m_serviceToken),
                                     static_cast<QWidget *>(m_serviceCopy)})
                 widget->show();
             m_serviceCopy->setFocus();
             emit serviceTokenShown();
         });
    return true;
}

void TokensView::forgetServiceToken()
{
    m_serviceToken->clear();
    for (QWidget *widget : {static_cast<QWidget *>(m_serviceWarning), static_cast<QWidget *>(m_serviceToken),
                            static_cast<QWidget *>(m_serviceCopy)})
        widget->hide();
}

void TokensView::closeEvent(QCloseEvent *event)
{
    forgetServiceToken();
    AdminWindow::closeEvent(event);
}

void TokensView::done(int result)
{
    forgetServiceToken();
    AdminWindow::done(result);
}
