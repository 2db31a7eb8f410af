#pragma once

// The entity builders of ConfigGenerator: one role, internal user, role mapping, action group or tenant at a time,
// drawn from a seeded random source and the name pools of ConfigGeneratorSections, in the layout GET returns
// (docs/api/security-api.md §3.2). Internal to ConfigGenerator; a Builder belongs to one thread.

#include <algorithm>
#include <iterator>
#include <random>

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ConfigGeneratorEntities {

// std::uniform_int_distribution differs between standard libraries; this does not, so a seed means the same
// document everywhere.
class Random
{
public:
    explicit Random(quint64 seed) : m_engine(seed) { }

    qsizetype below(qsizetype n) { return n <= 1 ? 0 : qsizetype(m_engine() % quint64(n)); }
    qsizetype between(qsizetype low, qsizetype high) { return low + below(high - low + 1); }
    bool chance(double p) { return double(m_engine() >> 11) * 0x1.0p-53 < p; }

    template <typename List> auto pick(const List &list) -> decltype(list[0])
    {
        return list[below(qsizetype(std::size(list)))];
    }

    // `count` distinct elements of `pool` (fewer when the pool is smaller), in the pool's order.
    QStringList sample(const QStringList &pool, qsizetype count)
    {
        count = std::min(count, pool.size());
        QList<qsizetype> chosen;
        while (chosen.size() < count) {
            const qsizetype index = below(pool.size());
            if (!chosen.contains(index))
                chosen.append(index);
        }
        std::sort(chosen.begin(), chosen.end());
        QStringList result;
        result.reserve(count);
        for (qsizetype index : chosen)
            result.append(pool.at(index));
        return result;
    }

private:
    std::mt19937_64 m_engine;
};

// The role's department, team and kind: names and contents follow from it.
struct Profile
{
    QString department;
    QString team;
    QString kind;
};

QJsonArray strings(const QStringList &list);

// Builds entities from name pools. The pools are the other entities a new entity may refer to.
class Builder
{
public:
    explicit Builder(quint64 seed) : random(seed) { }

    Random random;
    QStringList roleNames;
    QStringList userNames;
    QStringList tenantNames;
    QStringList actionGroupNames; // custom (not static) ones

    Profile profile();
    QString groupName(const QString &department, const QString &team);
    QString description(const Profile &p, const QString &what);
    QString indexPattern(const Profile &p);
    QString sensitivePattern(const Profile &p); // personal or financial data

    QJsonObject indexPermission(const Profile &p);
    QJsonObject tenantPermission(const Profile &p);
    QJsonObject role(const Profile &p);
    QJsonObject user(const Profile &p, const QString &login); // "anna.schmidt123" belongs to Anna Schmidt
    QJsonObject mapping(const Profile &p);
    QJsonObject actionGroup(const Profile &p);
    QJsonObject tenant(const Profile &p);

private:
    static QString costCenter(const Profile &p);
    static QString personName(const QString &login);
};

} // namespace ConfigGeneratorEntities
