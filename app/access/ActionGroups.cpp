#include "app/access/ActionGroups.h"

#include <QJsonArray>
#include <QQueue>

using namespace Qt::StringLiterals;

FlattenedActionGroups::FlattenedActionGroups(const QJsonObject &actionGroups)
{
    for (auto it = actionGroups.constBegin(); it != actionGroups.constEnd(); ++it) {
        QStringList actions;
        for (const QJsonValue &action : it.value().toObject().value(u"allowed_actions"_s).toArray()) {
            if (action.isString())
                actions.append(action.toString());
        }
        m_direct.insert(it.key(), actions);
    }
    // Breadth-first from each group: the fixed point of the plugin's iteration, reached without its round limit
    // (which only a chain of more than 1000 groups could hit).
    for (auto it = m_direct.cbegin(); it != m_direct.cend(); ++it) {
        QStringList flattened;
        QSet<QString> seen {it.key()};
        QSet<QString> listed;
        QQueue<QString> pending;
        pending.enqueue(it.key());
        while (!pending.isEmpty()) {
            for (const QString &action : m_direct.value(pending.dequeue())) {
                if (!listed.contains(action)) {
                    listed.insert(action);
                    flattened.append(action);
                }
                if (m_direct.contains(action) && !seen.contains(action)) {
                    seen.insert(action);
                    pending.enqueue(action);
                }
            }
        }
        m_flattened.insert(it.key(), flattened);
    }
}

QStringList FlattenedActionGroups::resolve(const QStringList &names) const
{
    QStringList result;
    QSet<QString> listed;
    const auto add = [&](const QString &name) {
        if (!listed.contains(name)) {
            listed.insert(name);
            result.append(name);
        }
    };
    for (const QString &name : names)
        add(name);
    for (const QString &name : names) {
        if (const auto it = m_flattened.constFind(name); it != m_flattened.constEnd()) {
            for (const QString &action : *it)
                add(action);
        }
    }
    return result;
}

std::optional<QStringList> FlattenedActionGroups::chain(const QString &entry, const QString &action) const
{
    if (entry == action)
        return QStringList {};
    if (!m_direct.contains(entry))
        return std::nullopt;
    // Breadth-first, so the chain is a shortest one.
    QHash<QString, QString> parent {{entry, QString()}};
    QQueue<QString> pending;
    pending.enqueue(entry);
    while (!pending.isEmpty()) {
        const QString group = pending.dequeue();
        const QStringList &actions = m_direct.value(group);
        if (actions.contains(action)) {
            QStringList path {group};
            for (QString up = parent.value(group); !up.isEmpty(); up = parent.value(up))
                path.prepend(up);
            return path;
        }
        for (const QString &next : actions) {
            if (m_direct.contains(next) && !parent.contains(next)) {
                parent.insert(next, group);
                pending.enqueue(next);
            }
        }
    }
    return std::nullopt;
}
