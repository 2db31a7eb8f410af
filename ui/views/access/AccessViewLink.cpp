#include "ui/views/access/AccessViewLink.h"

#include <QEvent>
#include <QLabel>
#include <QWidget>

#include "app/store/ClusterSession.h"

AccessViewLink::AccessViewLink(QWidget *view, ClusterSession *session, AccessConfigStore *store, QLabel *status,
                               std::function<void()> fillCompletions)
    : QObject(view)
    , m_view(view)
    , m_session(session)
    , m_store(store)
    , m_status(status)
    , m_fillCompletions(std::move(fillCompletions))
{
    view->installEventFilter(this);
    connect(session, &ClusterSession::configurationLoaded, this, &AccessViewLink::completionsChanged);
    connect(store, &AccessConfigStore::changed, this, [this] {
        // A pending question, or the last one again: the answer may have changed with the configuration. Called on
        // a copy: asking replaces the last question, which would destroy the function while it runs.
        if (m_pending) {
            std::exchange(m_pending, {})();
        } else if (m_last && m_store->snapshot().isReady()) {
            const std::function<void()> last = m_last;
            last();
        }
    });
}

std::optional<AccessSnapshot> AccessViewLink::snapshot(std::function<void()> ask)
{
    AccessSnapshot snapshot = m_store->snapshot();
    if (snapshot.isReady()) {
        m_pending = {};
        return snapshot;
    }
    m_pending = std::move(ask);
    m_store->activate();
    m_status->setText(m_session->state() == ClusterSession::State::Disconnected
                          ? tr("Not connected.")
                          : tr("Compiling the configuration for access evaluation\u2026"));
    return std::nullopt;
}

void AccessViewLink::completionsChanged()
{
    m_completionsStale = true;
    if (m_view->isVisible()) {
        m_completionsStale = false;
        m_fillCompletions();
    }
}

bool AccessViewLink::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show && m_completionsStale) {
        m_completionsStale = false;
        m_fillCompletions();
    }
    return QObject::eventFilter(watched, event);
}
