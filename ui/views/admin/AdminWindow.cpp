#include "ui/views/admin/AdminWindow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "app/store/ClusterSession.h"
#include "ui/widgets/MessageBar.h"

using namespace Qt::StringLiterals;

AdminWindow::AdminWindow(ClusterSession *session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setWindowFlag(Qt::Window);
    auto *layout = new QVBoxLayout(this);
    m_messageBar = new MessageBar(this);
    m_messageBar->setObjectName(u"adminMessageBar"_s);
    m_messageBar->hide();
    layout->addWidget(m_messageBar);
    m_body = new QVBoxLayout;
    layout->addLayout(m_body, 1);

    m_busyRow = new QWidget(this);
    auto *busy = new QHBoxLayout(m_busyRow);
    busy->setContentsMargins(0, 0, 0, 0);
    m_progress = new QProgressBar(m_busyRow);
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(12);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Waiting for the cluster"));
    m_cancel = new QPushButton(tr("Cancel request"), m_busyRow);
    m_cancel->setObjectName(u"adminCancelButton"_s);
    m_cancel->setAccessibleName(tr("Cancel request"));
    connect(m_cancel, &QPushButton::clicked, this, &AdminWindow::cancelRequests);
    busy->addWidget(new QLabel(tr("Waiting for the cluster\u2026"), m_busyRow));
    busy->addWidget(m_progress, 1);
    busy->addWidget(m_cancel);
    layout->addWidget(m_busyRow);
    m_busyRow->hide();
}

bool AdminWindow::isBusy() const
{
    for (const QPointer<ApiCall> &call : m_calls) {
        if (call)
            return true;
    }
    return false;
}

QString AdminWindow::message() const
{
    return m_messageBar->isHidden() ? QString() : m_messageBar->text();
}

void AdminWindow::cancelRequests()
{
    const auto calls = m_calls;
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->cancel();
    }
}

void AdminWindow::call(const ApiRequest &request, const QString &what, Success onSuccess, Failure onFailure)
{
    ApiClient *client = m_session->client();
    if (!client || m_session->state() == ClusterSession::State::Disconnected) {
        showError(tr("%1: not connected to a cluster.").arg(what));
        return;
    }
    ApiCall *call = client->send(request);
    m_calls.append(call);
    connect(call, &ApiCall::finished, this,
            [this, what, onSuccess = std::move(onSuccess), onFailure = std::move(onFailure)](const ApiResult &result) {
                if (result) {
                    onSuccess(*result);
                } else if (result.error().kind == ApiError::Kind::Cancelled) {
                    showInformation(tr("%1: cancelled.").arg(what));
                } else if (onFailure) {
                    onFailure(result.error());
                } else {
                    showError(tr("%1: %2").arg(what, result.error().userMessage()));
                }
                // The call deletes itself after this signal; forget it now so isBusy() is right for idle().
                QMetaObject::invokeMethod(this, &AdminWindow::updateBusy, Qt::QueuedConnection);
            });
    updateBusy();
}

void AdminWindow::updateBusy()
{
    m_calls.removeIf([](const QPointer<ApiCall> &call) { return !call || call->isFinished(); });
    const bool busy = !m_calls.isEmpty();
    m_busyRow->setVisible(busy);
    if (!busy)
        emit idle();
}

void AdminWindow::showError(const QString &text)
{
    m_messageBar->showMessage(MessageBar::Kind::Error, text);
    m_messageBar->show();
}

void AdminWindow::showInformation(const QString &text)
{
    m_messageBar->showMessage(MessageBar::Kind::Information, text);
    m_messageBar->show();
}

void AdminWindow::clearMessage()
{
    m_messageBar->hide();
}

ApiAvailability AdminWindow::availability() const
{
    return ApiAvailability(m_session->cluster() ? m_session->cluster()->version : QVersionNumber());
}

bool AdminWindow::connected() const
{
    return m_session->client() && m_session->state() != ClusterSession::State::Disconnected;
}

QLabel *AdminWindow::heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
