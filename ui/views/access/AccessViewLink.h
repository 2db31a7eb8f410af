#pragma once

// AccessViewLink: what the access views (Explain, Who can, Effective permissions) share in how they follow the
// session and the compiled configuration:
// - their completion lists are filled while the view is shown, not on every read of a large configuration;
// - a question asked before the configuration is compiled waits for it (the store is activated and the status says
//   why), and the last question is asked again whenever the compiled configuration changes.
// Owned by the view (its QObject child). GUI thread.

#include <functional>
#include <optional>

#include <QObject>

#include "app/store/AccessConfigStore.h"

class ClusterSession;
class QLabel;
class QWidget;

class AccessViewLink : public QObject
{
    Q_OBJECT

public:
    // `fillCompletions` fills the view's completion lists from the session's configuration; `status` is the view's
    // status line.
    AccessViewLink(QWidget *view, ClusterSession *session, AccessConfigStore *store, QLabel *status,
                   std::function<void()> fillCompletions);

    // The compiled configuration when it is ready. Otherwise none: the store is activated, the status line says why,
    // and `ask` runs once the configuration is compiled.
    std::optional<AccessSnapshot> snapshot(std::function<void()> ask);
    // Runs `ask` again each time the compiled configuration changes (the last question; replaces the one before).
    void askAgainOnChange(std::function<void()> ask) { m_last = std::move(ask); }
    // What the completions come from changed (a new read, another kind of name): filled now when the view is shown,
    // else when it next is.
    void completionsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_view;
    ClusterSession *m_session;
    AccessConfigStore *m_store;
    QLabel *m_status;
    std::function<void()> m_fillCompletions;
    std::function<void()> m_pending; // asked while no configuration was compiled
    std::function<void()> m_last;
    bool m_completionsStale = true;
};
