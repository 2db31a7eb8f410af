#include "app/common/Settings.h"

#include <QJsonDocument>

#include <algorithm>

#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

struct KeyInfo
{
    Settings::Key key;
    QString path; // relative to the profile's group for profile keys
    QVariant defaultValue;
    bool perProfile;
};

// Every setting, its place and its default.
const QList<KeyInfo> &keyTable()
{
    static const QList<KeyInfo> table = {
        {Settings::Key::LastProfile, u"lastProfile"_s, QString(), false},
        {Settings::Key::UiLanguage, u"language"_s, QString(), false},
        {Settings::Key::ProfileUrl, u"url"_s, QString(), true},
        {Settings::Key::ProfileAuth, u"auth"_s, u"basic"_s, true},
        {Settings::Key::ProfileUser, u"user"_s, QString(), true},
        {Settings::Key::ProfileCaFile, u"caFile"_s, QString(), true},
        {Settings::Key::ProfileCertFile, u"certFile"_s, QString(), true},
        {Settings::Key::ProfileKeyFile, u"keyFile"_s, QString(), true},
        {Settings::Key::ProfileVerifyTls, u"verifyTls"_s, true, true},
        {Settings::Key::ProfileTimeoutSeconds, u"timeoutSeconds"_s, 30, true},
        {Settings::Key::ProfileLintDisabled, u"lintDisabled"_s, QStringList(), true},
        {Settings::Key::ProfileNodeSettings, u"nodeSettings"_s, QString(), true},
    };
    return table;
}

const KeyInfo &info(Settings::Key key)
{
    const auto &table = keyTable();
    const auto it = std::find_if(table.begin(), table.end(), [key](const KeyInfo &i) { return i.key == key; });
    Q_ASSERT(it != table.end());
    return *it;
}

const QString ProfilesGroup = u"profiles"_s;
// Per-connection settings that are no profile of their own (the sandbox has none): kept apart from "profiles/", whose
// groups are the saved profiles.
const QString LintGroup = u"lint"_s;
const QString AccessGroup = u"access"_s;

// Profile names are free text; QSettings treats '/' and '\' as separators, so the group name is percent-encoded.
QString groupName(const QString &profile)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(profile, " -_.()"));
}

QString profileName(const QString &group)
{
    return QUrl::fromPercentEncoding(group.toLatin1());
}

} // namespace

Settings::Settings() : m_settings(std::make_unique<QSettings>()) { }

Settings::Settings(const QString &iniFile) : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat)) { }

Settings::~Settings() = default;

std::unique_ptr<Settings> Settings::fromEnvironment()
{
    const QString file = qEnvironmentVariable("SECDESK_SETTINGS");
    return file.isEmpty() ? std::make_unique<Settings>() : std::make_unique<Settings>(file);
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

QString Settings::path(Key key, const QString &profile) const
{
    const KeyInfo &i = info(key);
    if (!i.perProfile)
        return i.path;
    Q_ASSERT(!profile.isEmpty());
    const QString &group = key == Key::ProfileLintDisabled   ? LintGroup
                           : key == Key::ProfileNodeSettings ? AccessGroup
                                                             : ProfilesGroup;
    return group + u'/' + groupName(profile) + u'/' + i.path;
}

QVariant Settings::value(Key key, const QString &profile) const
{
    return m_settings->value(path(key, profile), info(key).defaultValue);
}

void Settings::setValue(Key key, const QVariant &value, const QString &profile)
{
    m_settings->setValue(path(key, profile), value);
}

QStringList Settings::profileNames() const
{
    m_settings->beginGroup(ProfilesGroup);
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    QStringList names;
    for (const QString &group : groups)
        names << profileName(group);
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return names;
}

bool Settings::hasProfile(const QString &name) const
{
    return !name.isEmpty() && m_settings->contains(path(Key::ProfileUrl, name));
}

void Settings::removeProfile(const QString &name)
{
    m_settings->remove(ProfilesGroup + u'/' + groupName(name));
    m_settings->remove(LintGroup + u'/' + groupName(name));
    m_settings->remove(AccessGroup + u'/' + groupName(name));
}

QStringList Settings::disabledLintRules(const QString &profile) const
{
    if (profile.isEmpty())
        return {};
    QStringList rules = value(Key::ProfileLintDisabled, profile).toStringList();
    rules.removeAll(QString());
    rules.sort();
    rules.removeDuplicates();
    return rules;
}

void Settings::setDisabledLintRules(const QString &profile, const QStringList &rules)
{
    if (profile.isEmpty())
        return;
    QStringList sorted = rules;
    sorted.sort();
    sorted.removeDuplicates();
    if (sorted.isEmpty())
        m_settings->remove(path(Key::ProfileLintDisabled, profile));
    else
        setValue(Key::ProfileLintDisabled, sorted, profile);
}

QJsonObject Settings::nodeSettings(const QString &profile) const
{
    if (profile.isEmpty())
        return {};
    return QJsonDocument::fromJson(value(Key::ProfileNodeSettings, profile).toString().toUtf8()).object();
}

void Settings::setNodeSettings(const QString &profile, const QJsonObject &settings)
{
    if (profile.isEmpty())
        return;
    if (settings.isEmpty())
        m_settings->remove(path(Key::ProfileNodeSettings, profile));
    else
        setValue(Key::ProfileNodeSettings, QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)),
                 profile);
}

void Settings::sync()
{
    m_settings->sync();
}
