#include "app/domain/ConfigChanges.h"

#include <map>

#include <QCoreApplication>
#include <QJsonObject>

#include "app/json/Json.h"

namespace ConfigChanges {

namespace {

// The texts keep the context they were translated under.
QString tr(const char *text)
{
    return QCoreApplication::translate("JsonDiff", text);
}

} // namespace

QString type(const JsonChange &change)
{
    return change.path.size() > 0 ? change.path.tokens().at(0) : QString();
}

QString entity(const JsonChange &change)
{
    return change.path.size() > 1 ? change.path.tokens().at(1) : QString();
}

QString key(const JsonChange &change)
{
    return type(change) + u'/' + (entity(change).isEmpty() ? QStringLiteral("*") : entity(change));
}

QList<ConfigChangeGroup> group(const QList<JsonChange> &changes)
{
    std::map<std::pair<QString, QString>, QList<JsonChange>> groups;
    for (const JsonChange &change : changes)
        groups[{type(change), entity(change)}].append(change);
    QList<ConfigChangeGroup> result;
    result.reserve(qsizetype(groups.size()));
    for (auto &[key, list] : groups)
        result.append(ConfigChangeGroup {key.first, key.second, std::move(list)});
    return result;
}

QJsonArray toJson(const QList<JsonChange> &changes)
{
    QJsonArray array;
    for (const JsonChange &change : changes) {
        QJsonObject object {{QStringLiteral("path"), change.path.toString()},
                            {QStringLiteral("kind"), JsonChange::kindName(change.kind)},
                            {QStringLiteral("type"), type(change)},
                            {QStringLiteral("entity"), entity(change)}};
        if (change.kind != JsonChange::Kind::Added)
            object.insert(QStringLiteral("old"), change.oldValue);
        if (change.kind != JsonChange::Kind::Removed)
            object.insert(QStringLiteral("new"), change.newValue);
        array.append(object);
    }
    return array;
}

QString summaryText(const QList<JsonChange> &changes)
{
    QString text;
    qsizetype added = 0, removed = 0, changed = 0;
    QString currentType;
    bool first = true;
    for (const ConfigChangeGroup &group : group(changes)) {
        if (first || group.configType != currentType) {
            text += (group.configType.isEmpty() ? tr("(document root)") : group.configType) + u'\n';
            currentType = group.configType;
            first = false;
        }
        if (!group.entity.isEmpty())
            text += QStringLiteral("  ") + group.entity + u'\n';
        for (const JsonChange &change : group.changes) {
            const QString path = change.path.isRoot() ? QStringLiteral("\"\"") : change.path.toString();
            text += QStringLiteral("    ");
            switch (change.kind) {
            case JsonChange::Kind::Added:
                ++added;
                text += QStringLiteral("+ ") + path + QStringLiteral(": ") + Json::preview(change.newValue);
                break;
            case JsonChange::Kind::Removed:
                ++removed;
                text += QStringLiteral("- ") + path + QStringLiteral(": ") + Json::preview(change.oldValue);
                break;
            case JsonChange::Kind::Changed:
                ++changed;
                text += QStringLiteral("~ ") + path + QStringLiteral(": ") + Json::preview(change.oldValue, 60)
                        + QStringLiteral(" -> ") + Json::preview(change.newValue, 60);
                break;
            }
            text += u'\n';
        }
    }
    if (changes.isEmpty())
        return tr("No differences.\n");
    text += QCoreApplication::translate("JsonDiff", "%n change(s): ", nullptr, int(changes.size()));
    text += tr("%1 added, %2 removed, %3 changed\n").arg(added).arg(removed).arg(changes.size() - added - removed);
    Q_UNUSED(changed);
    return text;
}

} // namespace ConfigChanges
