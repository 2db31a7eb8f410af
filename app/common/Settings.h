#pragma once

// Settings: the one typed view of the application's settings (QSettings underneath). Every key and its default
// live in one table in Settings.cpp; connection profiles sit under "profiles/<name>/". Secrets never go here.
// Not thread-safe: use it from the thread that created it.

#include <memory>

#include <QJsonObject>
#include <QStringList>
#include <QVariant>

class QSettings;

class Settings
{
public:
    enum class Key {
        LastProfile, // the name of the profile used last
        UiLanguage,  // "" follows the system locale; else a language code ("de", "fr", "en")
        // Per profile (pass the profile's name):
        ProfileUrl,
        ProfileAuth, // "basic", "certificate" or "both"
        ProfileUser,
        ProfileCaFile,
        ProfileCertFile,
        ProfileKeyFile,
        ProfileVerifyTls,
        ProfileTimeoutSeconds,
        ProfileLintDisabled, // QStringList: lint rule ids not run for this connection (the Problems dock)
        ProfileNodeSettings, // QString: the node settings access evaluation assumes for this connection (JSON)
    };

    // The user's settings (organization and application "SecDesk", as both executables set them).
    Settings();
    // Settings in an INI file (tests, and SECDESK_SETTINGS).
    explicit Settings(const QString &iniFile);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    // The INI file named by the environment variable SECDESK_SETTINGS when set, else the user's settings.
    static std::unique_ptr<Settings> fromEnvironment();

    QString fileName() const;

    // A profile key needs the profile's name; other keys ignore it. Unset keys give the table's default.
    QVariant value(Key key, const QString &profile = QString()) const;
    void setValue(Key key, const QVariant &value, const QString &profile = QString());

    QString lastProfile() const { return value(Key::LastProfile).toString(); }
    void setLastProfile(const QString &name) { setValue(Key::LastProfile, name); }

    // The language chosen in the preferences; empty for the system's. Takes effect at the next start.
    QString uiLanguage() const { return value(Key::UiLanguage).toString(); }
    void setUiLanguage(const QString &language) { setValue(Key::UiLanguage, language); }

    // The lint rules switched off for a connection (by its name; the sandbox's too), sorted.
    QStringList disabledLintRules(const QString &profile) const;
    void setDisabledLintRules(const QString &profile, const QStringList &rules);

    // The node settings (opensearch.yml) that access evaluation and lint assume for a connection (by its name; the
    // sandbox's too), as a flat JSON object; empty: the plugin's defaults. Not secret: settings names and values.
    QJsonObject nodeSettings(const QString &profile) const;
    void setNodeSettings(const QString &profile, const QJsonObject &settings);

    // Names of the saved profiles, sorted case-insensitively.
    QStringList profileNames() const;
    bool hasProfile(const QString &name) const;
    void removeProfile(const QString &name);

    // Writes pending changes to the file.
    void sync();

private:
    QString path(Key key, const QString &profile) const;

    std::unique_ptr<QSettings> m_settings;
};
