#include "app/domain/ConfigVersion.h"
#include "app/domain/ConfigChanges.h"

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
    // A secret that is not a string (a key given as an object, a number) is protected as its JSON text.
    const QString text = secret.isString() || secret.isNull()
                             ? secret.toString()
                             : QString::fromUtf8(QJsonDocument(QJsonArray {secret}).toJson(QJsonDocument::Compact));
    if (mode == ConfigVersions::SecretMode::Redact)
        return isHash ? QString() : QStringLiteral("******");
    if (isHash)
        return text.isEmpty() ? QString() : digest(QStringLiteral("hash"), text);
    return text == u"******" ? text : digest(QStringLiteral("secret"), text);
}

// Protects the members `isSecret` names (without it: "password" holding a string or null) at any depth of `value`.
QJsonValue protectMembers(const QJsonValue &value, ConfigVersions::SecretMode mode,
                          const std::function<bool(QStringView)> &isSecret)
{
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = protectMembers(*it, mode, isSecret);
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool secret =
            isSecret ? isSecret(it.key()) : it.key() == u"password" && (it.value().isString() || it.value().isNull());
        if (secret)
            it.value() = protect(it.value(), mode, false);
        else if (it.value().isObject() || it.value().isArray())
            it.value() = protectMembers(it.value(), mode, isSecret);
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

QJsonObject protectSecrets(const QJsonObject &document, SecretMode mode,
                           const std::function<bool(QStringView)> &isSecret)
{
    QJsonObject result = document;
    for (auto type = result.begin(); type != result.end(); ++type) {
        if (type.key() == u"internalusers") {
            QJsonObject users = type.value().toObject();
            for (auto it = users.begin(); it != users.end(); ++it) {
                QJsonObject user = it.value().toObject();
                const bool hasHash = user.contains(QStringLiteral("hash"));
                const QJsonValue hash = user.take(QStringLiteral("hash"));
                if (isSecret)
                    user = protectMembers(user, mode, isSecret).toObject();
                if (hasHash)
                    user.insert(QStringLiteral("hash"), protect(hash, mode, true));
                it.value() = user;
            }
            type.value() = users;
        } else if (type.key() == u"config" || isSecret) {
            type.value() = protectMembers(type.value(), mode, isSecret);
        }
    }
    return result;
}

QMap<QString, int> changeCounts(const QJsonObject &previousDocument, const QJsonObject &document)
{
    QMap<QString, int> counts;
    const auto changes = JsonDiff::changes(protectSecrets(previousDocument, SecretMode::Fingerprint),
                                           protectSecrets(document, SecretMode::Fingerprint));
    for (const JsonChange &change : changes)
        ++counts[ConfigChanges::type(change)];
    return counts;
}

} // namespace ConfigVersions
