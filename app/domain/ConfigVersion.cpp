#include "app/domain/ConfigVersion.h"

#include <algorithm>

#include <QJsonDocument>

namespace {

QJsonObject blankHashes(QJsonObject users)
{
    for (auto it = users.begin(); it != users.end(); ++it) {
        QJsonObject user = it.value().toObject();
        if (user.contains(QStringLiteral("hash"))) {
            user.insert(QStringLiteral("hash"), QString());
            it.value() = user;
        }
    }
    return users;
}

} // namespace

QJsonObject ConfigVersion::toConfigDocument(bool showHashes) const
{
    QJsonObject document;
    for (auto it = securityConfigs.constBegin(); it != securityConfigs.constEnd(); ++it) {
        QJsonObject data = it.value().toObject().value(QStringLiteral("configData")).toObject();
        data.remove(QStringLiteral("_meta"));
        if (it.key() == u"config") {
            document.insert(it.key(), data.value(QStringLiteral("config")));
            continue;
        }
        if (it.key() == u"internalusers" && !showHashes)
            data = blankHashes(data);
        document.insert(it.key(), data);
    }
    return document;
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

QJsonObject redactHashes(const QJsonObject &document)
{
    QJsonObject result = document;
    if (result.contains(QStringLiteral("internalusers")))
        result.insert(QStringLiteral("internalusers"),
                      blankHashes(result.value(QStringLiteral("internalusers")).toObject()));
    return result;
}

} // namespace ConfigVersions
