#include "app/sandbox/Sandbox.h"

#include <QVersionNumber>

#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslConfiguration>
#include <QThread>

#include "app/sandbox/ApiService.h"
#include "app/sandbox/Authenticator.h"
#include "app/sandbox/Bcrypt.h"
#include "app/sandbox/DemoConfig.h"
#include "app/sandbox/EntitySchema.h"
#include "app/sandbox/SandboxHttpServer.h"
#include "app/sandbox/SandboxStore.h"
#include "app/sandbox/YamlConfigLoader.h"

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSandbox, "app.sandbox")

namespace {

// --admin-password: the user "admin" gets this password (kept when its hash already matches, so a restart
// does not record a new version), and is created and mapped to all_access when missing.
void applyAdminPassword(ConfigSnapshot &snapshot, const QString &password, int cost)
{
    QJsonObject users = snapshot.stored.value(CType::InternalUsers);
    QJsonObject admin = users.value(u"admin"_s).toObject();
    const bool existed = users.contains(u"admin"_s);
    const QByteArray current = admin.value(u"hash"_s).toString().toUtf8();
    if (!existed || !Bcrypt::verify(password.toUtf8(), current)) {
        if (!existed)
            admin = *EntitySchema::normalize(CType::InternalUsers,
                                             QJsonObject {{u"backend_roles"_s, QJsonArray {u"admin"_s}}});
        admin.insert(u"hash"_s, QString::fromLatin1(Bcrypt::hash(password.toUtf8(), cost)));
        users.insert(u"admin"_s, admin);
        snapshot.stored.insert(CType::InternalUsers, users);
    }
    if (existed)
        return;
    QJsonObject mappings = snapshot.stored.value(CType::RolesMapping);
    QJsonObject allAccess = mappings.value(u"all_access"_s).toObject();
    if (allAccess.isEmpty())
        allAccess = *EntitySchema::normalize(CType::RolesMapping, QJsonObject());
    QJsonArray mappedUsers = allAccess.value(u"users"_s).toArray();
    if (!mappedUsers.contains(u"admin"_s))
        mappedUsers.append(u"admin"_s);
    allAccess.insert(u"users"_s, mappedUsers);
    mappings.insert(u"all_access"_s, allAccess);
    snapshot.stored.insert(CType::RolesMapping, mappings);
}

} // namespace

Sandbox::Sandbox(SandboxOptions options, QObject *parent) : QObject(parent), m_options(std::move(options)) { }

Sandbox::~Sandbox()
{
    stop();
}

SandboxStore &Sandbox::store()
{
    Q_ASSERT(m_store);
    return *m_store;
}

SandboxResponse Sandbox::dispatch(const SandboxRequest &request) const
{
    Q_ASSERT(m_service);
    return m_service->dispatch(request);
}

VoidResult Sandbox::loadState()
{
    ConfigSnapshot initial;
    QJsonObject shipped;
    if (m_options.configDir.isEmpty()) {
        initial = DemoConfig::build();
        shipped = DemoConfig::shippedRoles();
    } else {
        auto loaded = YamlConfigLoader::loadConfigDir(m_options.configDir);
        if (!loaded)
            return loaded.error();
        initial = *loaded;
        shipped = initial.stored.value(CType::Roles);
        ConfigSnapshot statics = DemoConfig::statics();
        if (!m_options.staticDir.isEmpty()) {
            auto loadedStatics = YamlConfigLoader::loadStaticDir(m_options.staticDir);
            if (!loadedStatics)
                return loadedStatics.error();
            statics = *loadedStatics;
        }
        initial.statics = statics.statics;
        initial.auditReadonly = statics.auditReadonly;
    }
    // The indices are demo data either way: a securityadmin directory holds no index.
    initial.indices = DemoConfig::indices();
    StoreSettings settings {m_options.versioning, m_options.retention, m_options.stateFile, m_options.clock, {}};
    // What the emulated version stores, so that GET securityconfig and the versions agree.
    settings.shape = [version = QVersionNumber::fromString(m_options.clusterVersion)](CType type,
                                                                                      QJsonObject entities) {
        for (auto it = entities.begin(); it != entities.end(); ++it)
            *it = EntitySchema::forVersion(type, it->toObject(), version);
        return entities;
    };
    m_store = std::make_unique<SandboxStore>(settings);
    const QString password = m_options.adminPassword;
    const int cost = m_options.bcryptCost;
    if (auto ready =
            m_store->initialise(initial, [&](ConfigSnapshot &state) { applyAdminPassword(state, password, cost); });
        !ready)
        return ready;
    m_service = std::make_unique<ApiService>(m_options, *m_store, shipped);
    return {};
}

Result<QUrl> Sandbox::start()
{
    return start(m_options.host, m_options.port);
}

Result<QUrl> Sandbox::start(const QString &host, quint16 port)
{
    if (m_thread)
        return m_url;
    if (auto loaded = loadState(); !loaded)
        return loaded.error();

    HttpLimits limits;
    limits.idleTimeoutMs = m_options.idleTimeoutMs;
    auto server = std::make_unique<SandboxHttpServer>(*m_service, m_options.tls, limits);
    if (m_options.tls) {
        auto material = TlsMaterial::load(m_options);
        if (!material)
            return material.error();
        server->setSslConfiguration(material->serverConfiguration());
        // Reloads run on a worker thread: hand the new configuration to the server thread without waiting.
        QPointer<SandboxHttpServer> target = server.get();
        m_service->setTls(*material, [target](const QSslConfiguration &configuration) {
            if (target) {
                QMetaObject::invokeMethod(
                    target, [target, configuration] { target->setSslConfiguration(configuration); },
                    Qt::QueuedConnection);
            }
        });
    }

    const QHostAddress address(host == u"localhost" ? u"127.0.0.1"_s : host);
    auto thread = std::make_unique<QThread>();
    thread->setObjectName(u"sandbox-http"_s);
    SandboxHttpServer *raw = server.release();
    raw->moveToThread(thread.get());
    QObject::connect(thread.get(), &QThread::finished, raw, &QObject::deleteLater);
    thread->start();
    // listen() creates the (TLS) server socket, so it runs in the thread that will serve it.
    quint16 actualPort = 0;
    QMetaObject::invokeMethod(
        raw, [raw, address, port, &actualPort] { actualPort = raw->listen(address, port); },
        Qt::BlockingQueuedConnection);
    if (actualPort == 0) {
        thread->quit();
        thread->wait();
        return Error {u"sandbox.listen"_s, u"Cannot listen on %1:%2"_s.arg(host).arg(port), {}};
    }
    m_thread = thread.release();
    m_server = raw;

    m_url.setScheme(m_options.tls ? u"https"_s : u"http"_s);
    m_url.setHost(address.toString());
    m_url.setPort(actualPort);
    qCInfo(lcSandbox) << "sandbox listening on" << m_url.toString();
    return m_url;
}

void Sandbox::stop()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_server = nullptr;
    m_url.clear();
}
