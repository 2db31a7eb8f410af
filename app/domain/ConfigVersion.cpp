#include "app/domain/ConfigVersion.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include "app/json/JsonDiff.h"

namespace {

QString digest(const QString &prefix, const QString &secret)
{
    const QByteArray hash = QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("<%1 %2>").arg(prefix, QString::fromLatin1(hash.left(8)));
}

QString protect(const QJsonValue &secret, ConfigVersions::SecretMode mode, bool isHash)
{
    const QString text = secret.toString();
    if (mode == ConfigVersions::SecretMode::Redact)
        return isHash ? QString() : QStringLiteral("******");
    if (isHash)
        return text.isEmpty() ? QString() : digest(QStringLiteral("hash"), text);
    return text == u"******" ? text : digest(QStringLiteral("secret"), text);
}

QJsonValue protectPasswords(const QJsonValue &value, ConfigVersions::SecretMode mode)
{
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = protectPasswords(*it, mode);
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == u"password" && (it.value().isString() || it.value().isNull()))
            it.value() = protect(it.value(), mode, false);
        else if (it.value().isObject() || it.value().isArray())
            it.value() = protectPasswords(it.value(), mode);
    }
    return object;
}

} // namespace

QJsonObject ConfigVersion::toConfigDocument(bool showSecrets) const
{
    QJsonObject document;
    for (auto it = securityConfigs.constBegin(); it != securityConfigs.constEnd(); ++it) {
        QJsonObject data = it.value().toObject().value(QStringLiteral("configData")).toObject();
        data.remove(QStringLiteral("_meta"));
        document.insert(it.key(), it.key() == u"config" ? data.value(QStringLiteral("config")) : QJsonValue(data));
    }
    return showSecrets ? document : ConfigVersions::protectSecrets(document, ConfigVersions::SecretMode::Redact);
}

namespace ConfigVersions {

qint64 parseNumber(const QString &id)
{
    if (id.size() < 2 || id.front() != u'v')
        return -1;
    bool ok = false;
    const qint64 number = QStringView(id).mid(1).toLongLong(&ok);
    return ok && number >= 0 ? number : -1;
}

void sort(QList<ConfigVersion> &versions)
{
    std::stable_sort(versions.begin(), versions.end(), [](const ConfigVersion &a, const ConfigVersion &b) {
        if ((a.number < 0) != (b.number < 0))
            return a.number >= 0;
        if (a.number < 0)
            return a.id < b.id;
        return a.number < b.number;
    });
}

QJsonObject withoutStatics(const QJsonObject &document)
{
    QJsonObject result = document;
    for (auto type = result.begin(); type != result.end(); ++type) {
        if (type.key() == u"config")
            continue;
        QJsonObject entities = type.value().toObject();
        bool changed = false;
        for (auto entity = entities.begin(); entity != entities.end();) {
            if (entity.value().toObject().value(QStringLiteral("static")).toBool()) {
                entity = entities.erase(entity);
                changed = true;
            } else {
                ++entity;
            }
        }
        if (changed)
            type.value() = entities;
    }
    return result;
}

QJsonObject protectSecrets(const QJsonObject &document, SecretMode mode)
{
    QJsonObject result = document;
    if (result.contains(QStringLiteral("internalusers"))) {
        QJsonObject users = result.value(QStringLiteral("internalusers")).toObject();
        for (auto it = users.begin(); it != users.end(); ++it) {
            QJsonObject user = it.value().toObject();
            if (user.contains(QStringLiteral("hash"))) {
                user.insert(QStringLiteral("hash"), protect(user.value(QStringLiteral("hash")), mode, true));
                it.value() = user;
            }
        }
        result.insert(QStringLiteral("internalusers"), users);
    }
    if (result.contains(QStringLiteral("config")))
        result.insert(QStringLiteral("config"), protectPasswords(result.value(QStringLiteral("config")), mode));
    return result;
}

QMap<QString, int> changeCounts(const QJsonObject &previousDocument, const QJsonObject &document)
{
    QMap<QString, int> counts;
    const auto changes = JsonDiff::changes(protectSecrets(previousDocument, SecretMode::Fingerprint),
                                           protectSecrets(document, SecretMode::Fingerprint));
    for (const JsonChange &change : changes)
        ++counts[change.configType()];
    return counts;
}

} // namespace ConfigVersions
