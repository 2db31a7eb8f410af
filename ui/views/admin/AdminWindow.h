#pragma once

// AdminWindow: the frame the Cluster menu's admin windows share (account, cache, certificates, tenancy, tokens,
// listeners): a message bar for errors naming what failed, a busy row with a Cancel button while requests are on
// their way, and send() over the session's ApiClient with the callback dropped once the window is gone. Escape
// closes it (a QDialog). GUI thread.

#include <functional>

#include <QDialog>
#include <QList>
#include <QPointer>

#include "app/api/ApiAvailability.h"
#include "app/api/ApiClient.h"
#include "ui/views/write/WriteRequest.h"

class ClusterSession;
class MessageBar;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

class AdminWindow : public QDialog
{
    Q_OBJECT

public:
    AdminWindow(ClusterSession *session, QWidget *parent);

    bool isBusy() const;
    MessageBar *messageBar() const { return m_messageBar; }
    // The text shown in the message bar (empty when hidden).
    QString message() const;

public slots:
    // Reads what the window shows again.
    virtual void refresh() { }
    // Cancels the requests on their way.
    void cancelRequests();

signals:
    // A change of the security configuration, for the WriteCoordinator.
    void writeRequested(const WriteRequest &request);
    // Every request this window sent ended (successfully or not).
    void idle();

protected:
    using Success = std::function<void(const ApiResponse &response)>;
    using Failure = std::function<void(const ApiError &error)>;

    // Sends the request; a failure shows "<what>: <the error's text>" unless `onFailure` handles it.
    void call(const ApiRequest &request, const QString &what, Success onSuccess, Failure onFailure = {});
    void showError(const QString &text);
    void showInformation(const QString &text);
    void clearMessage();
    // Where a subclass puts its content (below the message bar, above the busy row).
    QVBoxLayout *body() const { return m_body; }
    ClusterSession *session() const { return m_session; }
    ApiAvailability availability() const;
    bool connected() const;
    // A bold label, for headings inside the window.
    static QLabel *heading(const QString &text, QWidget *parent);

private:
    void updateBusy();

    ClusterSession *m_session;
    MessageBar *m_messageBar;
    QVBoxLayout *m_body;
    QWidget *m_busyRow;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QList<QPointer<ApiCall>> m_calls;
};
