#include "app/sandbox/SandboxStore.h"

#include <QLoggingCategory>
#include <QTimeZone>

#include "app/json/Json.h"
#include "app/sandbox/EntitySchema.h"
#include "app/sandbox/StateFile.h"

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSandboxStore, "app.sandbox.store")

SandboxStore::SandboxStore(StoreSettings settings) : m_settings(std::move(settings)) { }

VoidResult SandboxStore::initialise(const ConfigSnapshot &initial, const std::function<void(ConfigSnapshot &)> &adjust)
{
    QWriteLocker locker(&m_lock);
    m_state = initial;
    if (!m_settings.stateFile.isEmpty()) {
        auto saved = StateFile::read(m_settings.stateFile);
        if (!saved)
            return saved.error();
        if (!saved->isEmpty()) {
            const QJsonObject stored = saved->value(u"stored"_s).toObject();
            for (CType type : ConfigTypes::all()) {
                if (stored.contains(ConfigTypes::name(type)))
                    m_state.stored.insert(type, stored.value(ConfigTypes::name(type)).toObject());
            }
            m_versions = saved->value(u"versions"_s).toArray();
            m_highestVersion = saved->value(u"highest_version"_s).toInt();
            qCInfo(lcSandboxStore) << "state loaded from" << m_settings.stateFile << "with" << m_versions.size()
                                   << "versions";
        }
    }
    if (adjust)
        adjust(m_state);
    for (CType type : ConfigTypes::all()) {
        QJsonObject stored = m_state.stored.value(type);
        if (m_settings.shape)
            stored = m_settings.shape(type, stored);
        for (const QString &name : m_state.statics.value(type).keys())
            stored.remove(name);
        m_state.stored.insert(type, stored);
    }
    if (m_settings.versioning)
        recordVersion(u"system"_s);
    return persist();
}

ConfigSnapshot SandboxStore::snapshot() const
{
    QReadLocker locker(&m_lock);
    return m_state;
}

QJsonArray SandboxStore::versions() const
{
    QReadLocker locker(&m_lock);
    return m_versions;
}

int SandboxStore::versionCount() const
{
    QReadLocker locker(&m_lock);
    return int(m_versions.size());
}

qint64 SandboxStore::writeCount() const
{
    QReadLocker locker(&m_lock);
    return m_writes;
}

VoidResult SandboxStore::commit(const QHash<CType, QJsonObject> &changes, const QString &modifiedBy)
{
    QWriteLocker locker(&m_lock);
    const ConfigSnapshot before = m_state;
    const QJsonArray versionsBefore = m_versions;
    const int highestBefore = m_highestVersion;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        QJsonObject stored = m_settings.shape ? m_settings.shape(it.key(), it.value()) : it.value();
        for (const QString &name : m_state.statics.value(it.key()).keys())
            stored.remove(name);
        m_state.stored.insert(it.key(), stored);
    }
    ++m_writes;
    if (m_settings.versioning)
        recordVersion(modifiedBy);
    if (auto saved = persist(); !saved) {
        m_state = before;
        m_versions = versionsBefore;
        m_highestVersion = highestBefore;
        --m_writes;
        return saved;
    }
    return {};
}

QJsonObject SandboxStore::securityConfigs(const QHash<CType, QJsonObject> &stored, const QString &timestamp)
{
    QJsonObject configs;
    for (CType type : ConfigTypes::all()) {
        QJsonObject data = stored.value(type);
        data.insert(u"_meta"_s, EntitySchema::meta(type));
        configs.insert(ConfigTypes::name(type), QJsonObject {{u"lastUpdated"_s, timestamp}, {u"configData"_s, data}});
    }
    return configs;
}

int SandboxStore::versionNumber(const QString &versionId)
{
    if (!versionId.startsWith(u'v'))
        return -1;
    bool ok = false;
    const int number = versionId.mid(1).toInt(&ok);
    return ok && number >= 0 ? number : -1;
}

QString SandboxStore::timestamp() const
{
    const QDateTime now =
        (m_settings.clock ? m_settings.clock() : QDateTime::currentDateTimeUtc()).toTimeZone(QTimeZone::utc());
    // The plugin writes nanoseconds; Qt keeps milliseconds.
    return now.toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u"000000Z"_s;
}

bool SandboxStore::recordVersion(const QString &modifiedBy)
{
    if (!m_versions.isEmpty()) {
        const QJsonObject latest = m_versions.last().toObject().value(u"security_configs"_s).toObject();
        const QJsonObject current = securityConfigs(m_state.stored, QString());
        bool same = true;
        for (auto it = current.begin(); it != current.end() && same; ++it) {
            same = Json::equals(it.value().toObject().value(u"configData"_s),
                                latest.value(it.key()).toObject().value(u"configData"_s));
        }
        if (same)
            return false;
    }
    const QString now = timestamp();
    ++m_highestVersion;
    m_versions.append(QJsonObject {{u"version_id"_s, u"v%1"_s.arg(m_highestVersion)},
                                   {u"timestamp"_s, now},
                                   {u"modified_by"_s, modifiedBy},
                                   {u"security_configs"_s, securityConfigs(m_state.stored, now)}});
    while (m_settings.retention >= 0 && m_versions.size() > m_settings.retention)
        m_versions.removeFirst();
    return true;
}

VoidResult SandboxStore::persist() const
{
    if (m_settings.stateFile.isEmpty())
        return {};
    QJsonObject stored;
    for (CType type : ConfigTypes::all())
        stored.insert(ConfigTypes::name(type), m_state.stored.value(type));
    const QJsonObject state {
        {u"format"_s, 1}, {u"stored"_s, stored}, {u"versions"_s, m_versions}, {u"highest_version"_s, m_highestVersion}};
    return StateFile::write(m_settings.stateFile, Json::serialize(state, Json::Format::Compact));
}
