#pragma once

// VersionStore: the cluster's configuration versions (with their documents), loaded through an ApiClient, for the
// timeline. Lives on the client's thread. Versions are recorded asynchronously after a write
// (docs/api/security-api.md §9.3), so after a write call refreshUntilNewVersion(), which polls until a version newer
// than the given one appears or the timeout passes.
//
//     auto *store = new VersionStore(client, this);
//     connect(store, &VersionStore::loaded, this, [&] { model.setVersions(store->versions()); });
//     connect(store, &VersionStore::failed, this, [](const QString &message) { ... });
//     store->load();

#include <functional>

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>

#include "app/api/ApiClient.h"
#include "app/domain/ConfigVersion.h"

class QTimer;

class VersionStore : public QObject
{
    Q_OBJECT

public:
    enum class State { Empty, Loading, Loaded, VersioningOff, Failed };
    Q_ENUM(State)

    explicit VersionStore(ApiClient *client, QObject *parent = nullptr);

    State state() const { return m_state; }
    // Oldest first, numerically.
    const QList<ConfigVersion> &versions() const { return m_versions; }
    QString newestId() const;
    // The id of the version before the newest ("Undo the last change"); empty when there is none.
    QString previousId() const;
    // Why rollback is not possible, or empty when it is.
    QString rollbackDisabledReason() const;
    // The explanation for the last failure (versioning off names the settings that enable it).
    QString message() const { return m_message; }

    void load();
    // Loads (again) and calls `done` once, with true when the versions loaded and false when they could not be read
    // (message() says why), unless `context` is gone by then. For views sharing the session's store that need the
    // answer to one load of their own.
    void loadThen(QObject *context, std::function<void(bool loaded)> done);
    // Loads repeatedly (every intervalMs) until the newest id differs from previousNewestId or timeoutMs passes;
    // then emits loaded() (newVersion() says which way it ended).
    void refreshUntilNewVersion(const QString &previousNewestId, int timeoutMs = 5000, int intervalMs = 250);
    bool newVersion() const { return m_newVersion; }

    // The text shown when versioning is off or the cluster has no versions API.
    static QString versioningOffText();

signals:
    void loaded();
    void failed(const QString &message);

private:
    void request();
    void onFinished(const ApiResult &result);

    ApiClient *m_client;
    State m_state = State::Empty;
    QList<ConfigVersion> m_versions;
    QString m_message;
    QPointer<ApiCall> m_call;
    QTimer *m_poll;
    QString m_waitingFor; // the previous newest id while polling
    qint64 m_deadline = 0;
    bool m_polling = false;
    bool m_newVersion = false;
};
