#include "ui/views/admin/ListenersView.h"

#include <algorithm>
#include <limits>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "app/api/ApiRequest.h"
#include "app/store/ClusterSession.h"
#include "app/write/AdminPlans.h"

using namespace Qt::StringLiterals;

namespace {

QSpinBox *numberBox(QWidget *parent, const QString &name, const QString &accessibleName, const QString &suffix = {})
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessibleName);
    box->setRange(0, std::numeric_limits<int>::max());
    box->setSuffix(suffix);
    box->setGroupSeparatorShown(true);
    return box;
}

} // namespace

ListenersView::ListenersView(ClusterSession *session, QWidget *parent) : AdminWindow(session, parent)
{
    setObjectName(u"listenersView"_s);
    setWindowTitle(tr("Auth failure listeners"));
    auto *intro = new QLabel(tr("Listeners block clients (by IP address or user name) after too many failed logins. "
                                "Changes go through the write confirmation and are checked by reading back."),
                             this);
    intro->setWordWrap(true);
    body()->addWidget(intro);

    m_table = new QTableWidget(0, 8, this);
    m_table->setObjectName(u"listenersTable"_s);
    m_table->setAccessibleName(tr("Auth failure listeners"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Backend"), tr("Allowed tries"),
                                        tr("Time window (s)"), tr("Block expiry (s)"), tr("Max blocked"),
                                        tr("Max tracked")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    body()->addWidget(m_table, 1);

    auto *formBox = new QGroupBox(tr("Listener"), this);
    auto *form = new QFormLayout(formBox);
    m_name = new QLineEdit(formBox);
    m_name->setObjectName(u"listenerNameEdit"_s);
    m_name->setAccessibleName(tr("Listener name"));
    m_type = new QComboBox(formBox);
    m_type->setObjectName(u"listenerTypeCombo"_s);
    m_type->setAccessibleName(tr("Listener type"));
    m_type->addItem(tr("ip: block client addresses"), u"ip"_s);
    m_type->addItem(tr("username: block user names"), u"username"_s);
    m_backend = new QComboBox(formBox);
    m_backend->setObjectName(u"listenerBackendCombo"_s);
    m_backend->setAccessibleName(tr("Authentication backend"));
    m_ignoreHosts = new QLineEdit(formBox);
    m_ignoreHosts->setObjectName(u"listenerIgnoreHostsEdit"_s);
    m_ignoreHosts->setAccessibleName(tr("Ignored hosts"));
    m_ignoreHosts->setPlaceholderText(tr("comma-separated addresses or host names never blocked"));
    m_allowedTries = numberBox(formBox, u"listenerAllowedTriesSpin"_s, tr("Allowed tries"));
    m_timeWindow = numberBox(formBox, u"listenerTimeWindowSpin"_s, tr("Time window in seconds"), tr(" s"));
    m_blockExpiry = numberBox(formBox, u"listenerBlockExpirySpin"_s, tr("Block expiry in seconds"), tr(" s"));
    m_maxBlocked = numberBox(formBox, u"listenerMaxBlockedSpin"_s, tr("Max blocked clients"));
    m_maxTracked = numberBox(formBox, u"listenerMaxTrackedSpin"_s, tr("Max tracked clients"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("Authentication &backend:"), m_backend);
    form->addRow(tr("&Ignored hosts:"), m_ignoreHosts);
    form->addRow(tr("Allowed t&ries:"), m_allowedTries);
    form->addRow(tr("Time &window:"), m_timeWindow);
    form->addRow(tr("Block e&xpiry:"), m_blockExpiry);
    form->addRow(tr("Max b&locked clients:"), m_maxBlocked);
    form->addRow(tr("Max trac&ked clients:"), m_maxTracked);
    body()->addWidget(formBox);

    auto *buttons = new QDialogButtonBox(this);
    m_new = buttons->addButton(tr("N&ew"), QDialogButtonBox::ResetRole);
    m_new->setObjectName(u"listenerNewButton"_s);
    m_new->setAccessibleName(tr("New listener"));
    m_delete = buttons->addButton(tr("&Delete\u2026"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(u"listenerDeleteButton"_s);
    m_delete->setAccessibleName(tr("Delete listener"));
    m_send = buttons->addButton(tr("&Send\u2026"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(u"listenerSendButton"_s);
    m_send->setAccessibleName(tr("Send listener"));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setAccessibleName(tr("Close"));
    body()->addWidget(buttons);

    connect(m_new, &QPushButton::clicked, this, &ListenersView::newListener);
    connect(m_send, &QPushButton::clicked, this, &ListenersView::send);
    connect(m_delete, &QPushButton::clicked, this, &ListenersView::remove);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_name, &QLineEdit::textChanged, this, &ListenersView::updateState);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        // The plugin wants "internal" for username listeners and no backend for ip ones.
        m_backend->clear();
        if (m_type->currentData().toString() == u"username"_s)
            m_backend->addItem(u"internal"_s, u"internal"_s);
        else
            m_backend->addItem(tr("(none: ip listeners take no backend)"), QString());
        updateState();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_listeners.size())
            edit(m_listeners.at(row));
    });
    m_backend->addItem(tr("(none: ip listeners take no backend)"), QString());
    newListener();
    resize(820, 680);
}

AuthFailureListener ListenersView::formListener() const
{
    AuthFailureListener listener;
    listener.name = m_name->text().trimmed();
    listener.type = m_type->currentData().toString();
    listener.authenticationBackend = m_backend->currentData().toString();
    for (const QString &host : m_ignoreHosts->text().split(u',', Qt::SkipEmptyParts)) {
        if (!host.trimmed().isEmpty())
            listener.ignoreHosts << host.trimmed();
    }
    listener.allowedTries = m_allowedTries->value();
    listener.timeWindowSeconds = m_timeWindow->value();
    listener.blockExpirySeconds = m_blockExpiry->value();
    listener.maxBlockedClients = m_maxBlocked->value();
    listener.maxTrackedClients = m_maxTracked->value();
    return listener;
}

void ListenersView::edit(const AuthFailureListener &listener)
{
    m_name->setText(listener.name);
    m_type->setCurrentIndex(std::max(0, m_type->findData(listener.type)));
    m_ignoreHosts->setText(listener.ignoreHosts.join(u", "_s));
    const auto clamp = [](qint64 value) { return int(std::min<qint64>(value, std::numeric_limits<int>::max())); };
    m_allowedTries->setValue(clamp(listener.allowedTries));
    m_timeWindow->setValue(clamp(listener.timeWindowSeconds));
    m_blockExpiry->setValue(clamp(listener.blockExpirySeconds));
    m_maxBlocked->setValue(clamp(listener.maxBlockedClients));
    m_maxTracked->setValue(clamp(listener.maxTrackedClients));
    updateState();
}

void ListenersView::newListener()
{
    m_table->clearSelection();
    edit(AuthFailureListener {});
    m_type->setCurrentIndex(0);
    m_name->setFocus();
}

void ListenersView::updateState()
{
    const Availability available = availability().of(AdminApi::AuthFailureListeners);
    const bool ready = available.available && connected();
    const QString name = m_name->text().trimmed();
    const bool exists = std::any_of(m_listeners.begin(), m_listeners.end(),
                                    [&](const AuthFailureListener &listener) { return listener.name == name; });
    m_send->setEnabled(ready && !name.isEmpty());
    m_delete->setEnabled(ready && exists);
    for (QPushButton *button : {m_send, m_delete, m_new}) {
        button->setToolTip(available.reason);
        button->setStatusTip(available.reason);
    }
    if (!available.available)
        showError(available.reason);
}

void ListenersView::refresh()
{
    updateState();
    if (!availability().has(AdminApi::AuthFailureListeners))
        return;
    clearMessage();
    call(SecurityApi::authFailureListeners(), tr("Reading the auth failure listeners (GET api/authfailurelisteners)"),
         [this](const ApiResponse &response) {
             const auto list = AdminParsers::authFailureListeners(response.json);
             if (!list) {
                 showError(list.error().message);
                 return;
             }
             m_listeners = *list;
             const QSignalBlocker blocker(m_table);
             m_table->setRowCount(0);
             for (const AuthFailureListener &listener : std::as_const(m_listeners)) {
                 const int row = m_table->rowCount();
                 m_table->insertRow(row);
                 const QStringList cells {listener.name,
                                          listener.type,
                                          listener.authenticationBackend,
                                          QString::number(listener.allowedTries),
                                          QString::number(listener.timeWindowSeconds),
                                          QString::number(listener.blockExpirySeconds),
                                          QString::number(listener.maxBlockedClients),
                                          QString::number(listener.maxTrackedClients)};
                 for (int column = 0; column < cells.size(); ++column)
                     m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
             }
             m_table->resizeColumnsToContents();
             updateState();
             emit listenersLoaded();
         });
}

bool ListenersView::send()
{
    updateState();
    if (!m_send->isEnabled())
        return false;
    const AuthFailureListener listener = formListener();
    const auto checked = AdminParsers::authFailureListener(listener.name, listener.toJson());
    if (!checked) {
        showError(tr("Listener %1 cannot be sent: %2").arg(listener.name, checked.error().message));
        return false;
    }
    const auto plan = AdminPlans::putListener(*checked, session()->configuration().document);
    if (!plan) {
        showError(tr("Listener %1 cannot be sent: %2").arg(listener.name, plan.error().message));
        return false;
    }
    clearMessage();
    emit writeRequested({*plan, {}, this, [this](const WriteReport &) { refresh(); }});
    return true;
}

bool ListenersView::remove()
{
    updateState();
    if (!m_delete->isEnabled())
        return false;
    const QString name = m_name->text().trimmed();
    const auto plan = AdminPlans::deleteListener(name, session()->configuration().document);
    if (!plan) {
        showError(tr("Listener %1 cannot be deleted: %2").arg(name, plan.error().message));
        return false;
    }
    clearMessage();
    emit writeRequested({*plan, {}, this, [this](const WriteReport &) {
                             newListener();
                             refresh();
                         }});
    return true;
}
