#pragma once

// Seeded random JSON documents and random edits of them, for property tests.

#include <random>

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace TestUtil {

class RandomJson
{
public:
    explicit RandomJson(quint64 seed) : m_rng(seed) { }

    int number(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_rng); }
    bool chance(int percent) { return number(1, 100) <= percent; }

    QString key()
    {
        // A small alphabet so that keys collide between documents, plus the characters pointers escape.
        static const QStringList keys {QStringLiteral("a"),   QStringLiteral("b"),     QStringLiteral("roles"),
                                       QStringLiteral("x/y"), QStringLiteral("m~n"),   QStringLiteral(""),
                                       QStringLiteral("0"),   QStringLiteral("users"), QStringLiteral("r\u00f4le")};
        return keys.at(number(0, int(keys.size()) - 1));
    }

    QJsonValue scalar()
    {
        switch (number(0, 5)) {
        case 0:
            return QJsonValue();
        case 1:
            return chance(50);
        case 2:
            return number(-3, 3);
        case 3:
            return number(-3, 3) + 0.5;
        default:
            return QStringLiteral("s%1").arg(number(0, 4));
        }
    }

    QJsonValue value(int depth)
    {
        if (depth <= 0 || chance(35))
            return scalar();
        if (chance(50)) {
            QJsonObject object;
            const int size = number(0, 5);
            for (int i = 0; i < size; ++i)
                object.insert(key(), value(depth - 1));
            return object;
        }
        QJsonArray array;
        const int size = number(0, 6);
        for (int i = 0; i < size; ++i)
            array.append(value(depth - 1));
        return array;
    }

    // A copy of `v` with a few random edits: members added, removed and changed, array elements inserted,
    // removed and changed, types swapped.
    QJsonValue mutate(const QJsonValue &v, int depth)
    {
        if (v.isObject()) {
            QJsonObject object = v.toObject();
            const QStringList keys = object.keys();
            for (const QString &k : keys) {
                if (chance(15))
                    object.remove(k);
                else if (chance(40))
                    object.insert(k, mutate(object.value(k), depth - 1));
            }
            if (chance(30))
                object.insert(key(), value(depth - 1));
            return object;
        }
        if (v.isArray()) {
            QJsonArray array = v.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (chance(15))
                    array.removeAt(i--);
                else if (chance(30))
                    array[i] = mutate(array.at(i), depth - 1);
            }
            const int inserts = chance(50) ? number(1, 3) : 0;
            for (int i = 0; i < inserts; ++i)
                array.insert(number(0, int(array.size())), value(depth - 1));
            return array;
        }
        return chance(50) ? scalar() : value(depth);
    }

private:
    std::mt19937_64 m_rng;
};

} // namespace TestUtil
