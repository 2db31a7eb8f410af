#include <QtTest>

#include "app/domain/ConfigBlame.h"

using namespace Qt::StringLiterals;

namespace {

BlameVersion version(const QString &id, const QString &user, const QJsonObject &roles)
{
    return {id, u"2026-01-01T00:00:0"_s + id.mid(1) + u"Z"_s, user, QJsonObject {{u"roles"_s, roles}}};
}

QJsonObject role(const QString &permission)
{
    return {{u"cluster_permissions"_s, QJsonArray {permission}}};
}

} // namespace

// ConfigBlame::blame: the earliest version from which a value stayed as it is now.
class TestBlame : public QObject
{
    Q_OBJECT

private:
    QList<BlameVersion> history()
    {
        return {
            version(u"v1"_s, u"alice"_s, {}),
            version(u"v2"_s, u"bob"_s, {{u"r"_s, role(u"a"_s)}}),
            version(u"v3"_s, u"carol"_s, {{u"r"_s, role(u"b"_s)}}),
            version(u"v4"_s, u"dave"_s, {{u"r"_s, role(u"b"_s)}, {u"s"_s, role(u"x"_s)}}),
            version(u"v5"_s, u"erin"_s, {{u"r"_s, role(u"b"_s)}, {u"s"_s, role(u"x"_s)}}),
        };
    }

private slots:
    void findsTheVersionThatIntroducedTheValue()
    {
        const auto result = ConfigBlame::blame(history(), JsonPointer({u"roles"_s, u"r"_s}), role(u"b"_s));
        QVERIFY(result);
        QCOMPARE(result->id, u"v3"_s);
        QCOMPARE(result->modifiedBy, u"carol"_s);
        QCOMPARE(result->index, 2);
        QVERIFY(ConfigBlame::describe(result).contains(u"v3 by carol"_s));
    }

    void aDeeperPathAndAValueSetBackToAnOlderOne()
    {
        QList<BlameVersion> versions = history();
        versions.append(version(u"v6"_s, u"frank"_s, {{u"r"_s, role(u"a"_s)}, {u"s"_s, role(u"x"_s)}}));
        // "a" was in v2 too, but changed in between: v6 is where the current value appeared.
        const auto result = ConfigBlame::blame(versions, JsonPointer({u"roles"_s, u"r"_s, u"cluster_permissions"_s}),
                                               QJsonArray {u"a"_s});
        QVERIFY(result);
        QCOMPARE(result->id, u"v6"_s);
        const auto s = ConfigBlame::blame(versions, JsonPointer({u"roles"_s, u"s"_s}), role(u"x"_s));
        QVERIFY(s);
        QCOMPARE(s->id, u"v4"_s);
        QCOMPARE(s->modifiedBy, u"dave"_s);
    }

    void theOldestRetainedVersionWhenTheValueNeverChanged()
    {
        QList<BlameVersion> versions = history().mid(2); // v3..v5, as after retention pruned v1 and v2
        const auto result = ConfigBlame::blame(versions, JsonPointer({u"roles"_s, u"r"_s}), role(u"b"_s));
        QVERIFY(result);
        QCOMPARE(result->id, u"v3"_s);
    }

    void notFound()
    {
        // Changed after the newest version, or a path no version holds.
        QVERIFY(!ConfigBlame::blame(history(), JsonPointer({u"roles"_s, u"r"_s}), role(u"z"_s)));
        QVERIFY(!ConfigBlame::blame(history(), JsonPointer({u"roles"_s, u"nope"_s}), role(u"b"_s)));
        QVERIFY(!ConfigBlame::blame({}, JsonPointer({u"roles"_s}), QJsonObject()));
        QCOMPARE(ConfigBlame::describe(std::nullopt), u"not found in any version"_s);
    }

    void anAbsentValueFindsWhereItVanished()
    {
        QList<BlameVersion> versions = history();
        versions.append(version(u"v6"_s, u"frank"_s, {{u"r"_s, role(u"b"_s)}}));
        const auto result =
            ConfigBlame::blame(versions, JsonPointer({u"roles"_s, u"s"_s}), QJsonValue(QJsonValue::Undefined));
        QVERIFY(result);
        QCOMPARE(result->id, u"v6"_s);
    }
};

QTEST_GUILESS_MAIN(TestBlame)
#include "TestBlame.moc"
