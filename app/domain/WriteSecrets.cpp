#include "app/domain/WriteSecrets.h"
#include "app/domain/ConfigChanges.h"

#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include "app/domain/ConfigVersion.h"
#include "app/json/Json.h"
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

QJsonObject shownDocument(const QJsonObject &document, bool showHashes, bool showSecrets)
{
    QJsonObject shown = showSecrets ? document : redactDocument(document);
    const QString usersKey = u"internalusers"_s;
    if (!shown.contains(usersKey))
        return shown;
    const QJsonObject real = document.value(usersKey).toObject();
    QJsonObject users = shown.value(usersKey).toObject();
    for (auto it = users.begin(); it != users.end(); ++it) {
        QJsonObject user = it.value().toObject();
        if (!user.contains(u"hash"_s))
            continue;
        user.insert(u"hash"_s, showHashes ? real.value(it.key())[u"hash"_s] : QJsonValue(QString()));
        it.value() = user;
    }
    shown.insert(usersKey, users);
    return shown;
}

RedactedDiff diff(const QJsonObject &from, const QJsonObject &to)
{
    // The raw changes name the entities that differ (hashes included); only those are redacted and compared again.
    QHash<QString, QSet<QString>> entities; // per type entirely or partly changed; an empty name: the whole type
    for (const JsonChange &change : JsonDiff::changes(from, to)) {
        const QString type = ConfigChanges::type(change);
        const bool whole =
            change.path.size() < 2 || type == u"config" || !from.value(type).isObject() || !to.value(type).isObject();
        entities[type].insert(whole ? QString() : ConfigChanges::entity(change));
    }
    QJsonObject fromParts;
    QJsonObject toParts;
    for (auto it = entities.cbegin(); it != entities.cend(); ++it) {
        const QString &type = it.key();
        const bool whole = it.value().contains(QString());
        const auto part = [&](const QJsonObject &document, QJsonObject &into) {
            if (!document.contains(type))
                return;
            if (whole) {
                into.insert(type, document.value(type));
                return;
            }
            const QJsonObject all = document.value(type).toObject();
            QJsonObject some;
            for (const QString &name : it.value()) {
                const auto found = all.constFind(name);
                if (found != all.constEnd())
                    some.insert(name, found.value());
            }
            into.insert(type, some);
        };
        part(from, fromParts);
        part(to, toParts);
    }
    RedactedDiff result;
    result.before = redactDocument(fromParts);
    result.after = redactDocument(toParts);
    result.changes = JsonDiff::changes(result.before, result.after);
    return result;
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

namespace {

// Every non-empty secret (hashes included) becomes Placeholder: a draft's hash must be asked for again, never turn
// into an empty one.
QJsonValue placeholderSecrets(const QJsonValue &value, QStringView key, bool *changed)
{
    if (!key.isEmpty() && isSecretKey(key) && !(value.isString() && value.toString().isEmpty())) {
        if (value != QJsonValue(QString::fromUtf16(Placeholder)))
            *changed = true;
        return QString::fromUtf16(Placeholder);
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = placeholderSecrets(it.value(), it.key(), changed);
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = placeholderSecrets(array.at(i), {}, changed);
        return array;
    }
    return value;
}

std::optional<JsonPointer> findPlaceholder(const QJsonValue &value, QStringView key, const JsonPointer &at)
{
    if (!key.isEmpty() && isSecretKey(key) && value.isString() && value.toString() == QStringView(Placeholder))
        return at;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (auto found = findPlaceholder(it.value(), it.key(), at.child(it.key())))
                return found;
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (auto found = findPlaceholder(array.at(i), {}, at.child(i)))
                return found;
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<QString> redactPatchText(const QString &text)
{
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isArray()) {
        // Raw text that is not JSON yet: keep it only when it names no secret.
        static const QRegularExpression secretWord(
            u"password|passphrase|secret|hash|signing_key|encryption_key|exchange_key|private_key|pemkey"_s,
            QRegularExpression::CaseInsensitiveOption);
        if (secretWord.match(text).hasMatch())
            return std::nullopt;
        return text;
    }
    bool changed = false;
    QJsonArray patch = document.array();
    for (qsizetype i = 0; i < patch.size(); ++i) {
        QJsonObject operation = patch.at(i).toObject();
        if (!operation.contains(u"value"_s))
            continue;
        const auto pointer = JsonPointer::parse(operation.value(u"path"_s).toString());
        const QString last = pointer && !pointer->isRoot() ? pointer->last() : QString();
        operation.insert(u"value"_s, placeholderSecrets(operation.value(u"value"_s), last, &changed));
        patch[i] = operation;
    }
    if (!changed)
        return text;
    return QString::fromUtf8(Json::serialize(patch, Json::Format::Indented));
}

std::optional<JsonPointer> placeholderSecret(const PatchOperation &operation)
{
    if (!operation.hasValue())
        return std::nullopt;
    return findPlaceholder(operation.value, operation.path.isRoot() ? QString() : operation.path.last(), JsonPointer());
}

} // namespace WriteSecrets
