#include "ui/views/admin/CacheFlushDialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include "app/api/ApiRequest.h"
#include "app/api/ResponseParsers.h"
#include "app/store/ClusterSession.h"
#include "ui/views/admin/AdminConfirm.h"

using namespace Qt::StringLiterals;

CacheFlushDialog::CacheFlushDialog(ClusterSession *session, QWidget *parent) : AdminWindow(session, parent)
{
    setObjectName(u"cacheFlushDialog"_s);
    setWindowTitle(tr("Flush security cache"));
    auto *text = new QLabel(tr("The security plugin caches who users are and what they may do. Flushing makes every "
                               "node read users, roles and mappings again on the next request."),
                            this);
    text->setWordWrap(true);
    body()->addWidget(text);
    m_all = new QRadioButton(tr("&Everyone's entries, on every node"), this);
    m_all->setObjectName(u"cacheFlushAllRadio"_s);
    m_all->setChecked(true);
    m_one = new QRadioButton(tr("&Only this user's entries:"), this);
    m_one->setObjectName(u"cacheFlushUserRadio"_s);
    m_user = new QComboBox(this);
    m_user->setObjectName(u"cacheFlushUserCombo"_s);
    m_user->setEditable(true);
    m_user->setInsertPolicy(QComboBox::NoInsert);
    m_user->setAccessibleName(tr("User whose cache entries are flushed"));
    m_user->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_user->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_userReason = new QLabel(this);
    m_userReason->setObjectName(u"cacheFlushUserReason"_s);
    m_userReason->setWordWrap(true);
    body()->addWidget(m_all);
    body()->addWidget(m_one);
    body()->addWidget(m_user);
    body()->addWidget(m_userReason);
    body()->addStretch(1);
    auto *buttons = new QDialogButtonBox(this);
    m_flush = buttons->addButton(tr("&Flush\u2026"), QDialogButtonBox::AcceptRole);
    m_flush->setObjectName(u"cacheFlushButton"_s);
    m_flush->setAccessibleName(tr("Flush"));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setAccessibleName(tr("Close"));
    connect(m_flush, &QPushButton::clicked, this, &CacheFlushDialog::flush);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    body()->addWidget(buttons);
    connect(m_one, &QRadioButton::toggled, this, &CacheFlushDialog::updateState);
    connect(m_user, &QComboBox::editTextChanged, this, &CacheFlushDialog::updateState);
    resize(460, 260);
}

void CacheFlushDialog::refresh()
{
    // The internal users of the configuration the session read, for the picker.
    const QString current = m_user->currentText();
    m_user->clear();
    m_user->addItems(session()->configuration().document.value(u"internalusers"_s).toObject().keys());
    m_user->setEditText(current);
    updateState();
}

void CacheFlushDialog::updateState()
{
    const Availability perUser = availability().of(AdminApi::CacheFlushUser);
    m_one->setEnabled(perUser.available);
    m_one->setToolTip(perUser.reason);
    m_one->setStatusTip(perUser.reason);
    m_userReason->setText(perUser.reason);
    m_userReason->setVisible(!perUser.available);
    if (!perUser.available)
        m_all->setChecked(true);
    m_user->setEnabled(perUser.available && m_one->isChecked());
    m_flush->setEnabled(connected() && (m_all->isChecked() || !m_user->currentText().trimmed().isEmpty()));
}

bool CacheFlushDialog::flush()
{
    updateState();
    if (!m_flush->isEnabled())
        return false;
    const QString user = m_one->isChecked() ? m_user->currentText().trimmed() : QString();
    const QString question =
        user.isEmpty()
            ? tr("Flush the security cache of every user on every node of %1?").arg(session()->connectionName())
            : tr("Flush the cached entries of user %1 on %2?").arg(user, session()->connectionName());
    if (!AdminConfirm::ask(this, windowTitle(), question, tr("Flush")))
        return false;
    call(user.isEmpty() ? SecurityApi::flushCache() : SecurityApi::flushUserCache(user),
         user.isEmpty() ? tr("Flushing the cache (DELETE api/cache)")
                        : tr("Flushing the cache of %1 (DELETE api/cache/user)").arg(user),
         [this, user](const ApiResponse &response) {
             showInformation(ResponseParsers::message(response.json).message);
             emit flushed(user);
         });
    return true;
}
