#include "app/write/WriteSecrets.h"

#include "app/domain/ConfigVersion.h"
#include "app/json/JsonPointer.h"

using namespace Qt::StringLiterals;

namespace WriteSecrets {

bool isSecretKey(QStringView key)
{
    const QString k = key.toString().toLower();
    if (k == u"hash"_s || k == u"password"_s || k == u"passphrase"_s || k == u"secret"_s)
        return true;
    static const QStringList fragments {u"password"_s,       u"passphrase"_s,   u"secret"_s,      u"signing_key"_s,
                                        u"encryption_key"_s, u"exchange_key"_s, u"private_key"_s, u"pemkey_content"_s};
    for (const QString &fragment : fragments) {
        if (k.contains(fragment))
            return true;
    }
    return false;
}

QJsonValue redactValue(const QJsonValue &value, QStringView key)
{
    if (!key.isEmpty() && isSecretKey(key)) {
        if (value.isString() && value.toString().isEmpty())
            return value; // an empty hash stays empty: nothing to hide, and it matches a GET
        if (key.compare(u"hash"_s, Qt::CaseInsensitive) == 0)
            return QString();
        return QString::fromUtf16(Placeholder);
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = redactValue(it.value(), it.key());
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = redactValue(array.at(i));
        return array;
    }
    return value;
}

QJsonObject redactDocument(const QJsonObject &document)
{
    const QJsonObject protectedDocument = ConfigVersions::protectSecrets(document, ConfigVersions::SecretMode::Redact);
    return redactValue(protectedDocument).toObject();
}

QJsonArray redactPatch(const QJsonArray &patch)
{
    QJsonArray result;
    for (const QJsonValue &item : patch) {
        QJsonObject operation = item.toObject();
        if (operation.contains(u"value"_s)) {
            const auto pointer = JsonPointer::parse(operation.value(u"path"_s).toString());
            const QString last = pointer && !pointer->isRoot() ? pointer->last() : QString();
            operation.insert(u"value"_s, redactValue(operation.value(u"value"_s), last));
        }
        result.append(operation);
    }
    return result;
}

bool containsPlaceholder(const QJsonValue &value)
{
    if (value.isString())
        return value.toString() == QStringView(Placeholder);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (containsPlaceholder(it.value()))
                return true;
        }
        return false;
    }
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (containsPlaceholder(item))
                return true;
        }
    }
    return false;
}

} // namespace WriteSecrets
