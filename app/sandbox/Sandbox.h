#pragma once

// Sandbox: a local emulation of the Security plugin's REST API, for the app (--sandbox), the CLI tests and the
// integration tests. Owns the state (SandboxStore), the API (ApiService) and an HTTP(S) server that runs in its
// own thread, so callers on any thread (a GUI, a test with a blocking client) are served while they wait.
//
//     Sandbox sandbox(options);
//     auto url = sandbox.start();   // "http://127.0.0.1:40123"
//     ...
//     sandbox.stop();               // also done by the destructor

#include <memory>

#include <QObject>
#include <QUrl>

#include "app/common/Result.h"
#include "app/sandbox/HttpMessages.h"
#include "app/sandbox/SandboxOptions.h"

class ApiService;
class QThread;
class SandboxHttpServer;
class SandboxStore;

class Sandbox : public QObject
{
    Q_OBJECT

public:
    explicit Sandbox(SandboxOptions options = {}, QObject *parent = nullptr);
    ~Sandbox() override;

    // Loads the configuration (demo, --config-dir or --state), then listens. Errors name what failed.
    Result<QUrl> start();
    Result<QUrl> start(const QString &host, quint16 port);
    QUrl url() const { return m_url; }
    bool isRunning() const { return m_thread != nullptr; }
    void stop();

    const SandboxOptions &options() const { return m_options; }
    // For tests and the app: the state, and the API without sockets.
    SandboxStore &store();
    SandboxResponse dispatch(const SandboxRequest &request) const;

private:
    VoidResult loadState();

    SandboxOptions m_options;
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<ApiService> m_service;
    QThread *m_thread = nullptr;
    SandboxHttpServer *m_server = nullptr; // lives in m_thread
    QUrl m_url;
};
