#include "app/domain/ConfigBlame.h"

#include "app/json/Json.h"

namespace ConfigBlame {

std::optional<BlameResult> blame(const QList<BlameVersion> &versions, const JsonPointer &pointer,
                                 const QJsonValue &liveValue)
{
    std::optional<BlameResult> found;
    for (qsizetype i = versions.size() - 1; i >= 0; --i) {
        const BlameVersion &version = versions.at(i);
        const auto resolved = pointer.resolve(version.document);
        const QJsonValue value = resolved ? *resolved : QJsonValue(QJsonValue::Undefined);
        const bool same = (value.isUndefined() && liveValue.isUndefined())
                          || (!value.isUndefined() && !liveValue.isUndefined() && Json::equals(value, liveValue));
        if (!same)
            break;
        found = BlameResult {version.id, version.timestampText, version.modifiedBy, i};
    }
    return found;
}

QString describe(const std::optional<BlameResult> &result)
{
    if (!result)
        return QCoreApplication::translate("ConfigBlame", "not found in any version");
    return QCoreApplication::translate("ConfigBlame", "%1 by %2 at %3")
        .arg(result->id, result->modifiedBy, result->timestampText);
}

} // namespace ConfigBlame
