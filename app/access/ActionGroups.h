#pragma once

// FlattenedActionGroups: action groups expanded as the plugin expands them. Each group's allowed_actions are looked
// up by exact name (a group name is never a pattern), repeatedly, to a fixed point: cycles are harmless, an unknown
// name stays as a literal action pattern that matches nothing. resolve() returns the names given plus everything
// they expand to. Immutable, any thread.

#include <optional>

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

class FlattenedActionGroups
{
public:
    FlattenedActionGroups() = default;
    // `actionGroups`: name -> {"allowed_actions": [...], ...} as the REST API shows action groups.
    explicit FlattenedActionGroups(const QJsonObject &actionGroups);

    bool contains(const QString &name) const { return m_flattened.contains(name); }
    // The names given, then what they expand to, without duplicates.
    QStringList resolve(const QStringList &names) const;
    // How `entry` (an allowed_actions entry) reaches `action` (one of the strings resolve({entry}) returns): the
    // group names from `entry` down to the group that lists `action` ({entry} when `entry` lists it directly, {}
    // when `action` is `entry` itself); nullopt when it does not reach it.
    std::optional<QStringList> chain(const QString &entry, const QString &action) const;

private:
    QHash<QString, QStringList> m_direct;    // group -> its allowed_actions as written
    QHash<QString, QStringList> m_flattened; // group -> everything it expands to
};
