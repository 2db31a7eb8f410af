#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

#include "app/domain/ConfigChanges.h"
#include "app/json/Json.h"
#include "app/json/JsonDiff.h"
#include "tests/support/JsonTestUtil.h"
#include "tests/support/RandomJson.h"

using TestUtil::json;
using namespace Qt::StringLiterals;

namespace {

void verifyChangesAgreeWithPatch(const JsonDiffResult &result)
{
    QCOMPARE(result.changes.size(), result.patch.size());
    for (qsizetype i = 0; i < result.changes.size(); ++i) {
        const JsonChange &change = result.changes.at(i);
        const PatchOperation &operation = result.patch.operations().at(i);
        QCOMPARE(change.path, operation.path);
        switch (operation.op) {
        case PatchOperation::Op::Add:
            QCOMPARE(change.kind, JsonChange::Kind::Added);
            QVERIFY(Json::equals(change.newValue, operation.value));
            break;
        case PatchOperation::Op::Remove:
            QCOMPARE(change.kind, JsonChange::Kind::Removed);
            break;
        case PatchOperation::Op::Replace:
            QCOMPARE(change.kind, JsonChange::Kind::Changed);
            QVERIFY(Json::equals(change.newValue, operation.value));
            break;
        default:
            QFAIL("a diff emits only add, remove and replace");
        }
    }
}

} // namespace

class TestJsonDiff : public QObject
{
    Q_OBJECT

private slots:
    void minimalPatches_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QByteArray>("expectedPatch");
        QTest::newRow("identical") << QByteArray(R"({"a": [1, {"b": 2}]})") << QByteArray(R"({"a": [1, {"b": 2}]})")
                                   << QByteArray("[]");
        QTest::newRow("numbers by value")
            << QByteArray(R"({"a": 1})") << QByteArray(R"({"a": 1.0})") << QByteArray("[]");
        QTest::newRow("role gains one permission")
            << QByteArray(R"({"roles": {"r1": {"index_permissions": [{"index_patterns": ["logs-*"],
                              "allowed_actions": ["read", "search"]}]}}})")
            << QByteArray(R"({"roles": {"r1": {"index_permissions": [{"index_patterns": ["logs-*"],
                              "allowed_actions": ["read", "write", "search"]}]}}})")
            << QByteArray(
                   R"([{"op": "add", "path": "/roles/r1/index_permissions/0/allowed_actions/1", "value": "write"}])");
        QTest::newRow("entity removed") << QByteArray(R"({"roles": {"r1": {}, "r2": {"x": [1]}}})")
                                        << QByteArray(R"({"roles": {"r1": {}}})")
                                        << QByteArray(R"([{"op": "remove", "path": "/roles/r2"}])");
        QTest::newRow("scalar changed") << QByteArray(R"({"a": {"d": "old"}})") << QByteArray(R"({"a": {"d": "new"}})")
                                        << QByteArray(R"([{"op": "replace", "path": "/a/d", "value": "new"}])");
        QTest::newRow("type changed") << QByteArray(R"({"a": [1]})") << QByteArray(R"({"a": {"0": 1}})")
                                      << QByteArray(R"([{"op": "replace", "path": "/a", "value": {"0": 1}}])");
        QTest::newRow("element replaced in place")
            << QByteArray(R"(["a", "b", "c"])") << QByteArray(R"(["a", "x", "c"])")
            << QByteArray(R"([{"op": "replace", "path": "/1", "value": "x"}])");
        QTest::newRow("remove then append")
            << QByteArray(R"(["a", "b"])") << QByteArray(R"(["b", "c"])")
            << QByteArray(R"([{"op": "remove", "path": "/0"}, {"op": "add", "path": "/1", "value": "c"}])");
        QTest::newRow("objects in arrays are diffed inside")
            << QByteArray(R"([{"id": 1, "v": "a"}, {"id": 2, "v": "b"}])")
            << QByteArray(R"([{"id": 1, "v": "a"}, {"id": 2, "v": "c"}])")
            << QByteArray(R"([{"op": "replace", "path": "/1/v", "value": "c"}])");
        QTest::newRow("escaped member names") << QByteArray(R"({"a/b": 1, "m~n": 2})") << QByteArray(R"({"a/b": 1})")
                                              << QByteArray(R"([{"op": "remove", "path": "/m~0n"}])");
        QTest::newRow("whole document") << QByteArray("1") << QByteArray(R"("x")")
                                        << QByteArray(R"([{"op": "replace", "path": "", "value": "x"}])");
        QTest::newRow("member order is irrelevant")
            << QByteArray(R"({"a": 1, "b": 2})") << QByteArray(R"({"b": 2, "a": 1})") << QByteArray("[]");
    }

    void minimalPatches()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QByteArray, expectedPatch);
        const JsonDiffResult result = JsonDiff::compute(json(from), json(to));
        JSON_COMPARE(result.patch.toJson(), json(expectedPatch));
        verifyChangesAgreeWithPatch(result);
        const auto applied = result.patch.apply(json(from));
        QVERIFY(applied);
        JSON_COMPARE(*applied, json(to));
    }

    void insertionsIntoADistinctArrayAreAdds()
    {
        // k insertions at random places into an array of distinct strings give exactly k adds.
        for (quint64 seed = 1; seed <= 50; ++seed) {
            TestUtil::RandomJson random(seed);
            QJsonArray before;
            for (int i = 0; i < 40; ++i)
                before.append(QStringLiteral("perm:%1").arg(i));
            QJsonArray after = before;
            const int k = random.number(1, 5);
            for (int i = 0; i < k; ++i)
                after.insert(random.number(0, int(after.size())), QStringLiteral("new:%1").arg(i));
            const JsonPatch patch = JsonDiff::diff(before, after);
            QCOMPARE(patch.size(), k);
            for (const PatchOperation &operation : patch.operations())
                QCOMPARE(operation.op, PatchOperation::Op::Add);
            JSON_COMPARE(*patch.apply(before), after);
        }
    }

    void hugeArraysFallBackButStayCorrect()
    {
        QJsonArray before, after;
        for (int i = 0; i < 3000; ++i) {
            before.append(i);
            after.append(i % 7 == 0 ? -i : i);
        }
        after.append(QStringLiteral("tail"));
        const JsonDiffResult result = JsonDiff::compute(before, after);
        verifyChangesAgreeWithPatch(result);
        JSON_COMPARE(*result.patch.apply(before), after);
    }

    void changeListGroupsByTypeAndEntity()
    {
        const QJsonValue from = json(R"({"roles": {"b": {"x": 1}, "a": {"x": 1}}, "config": {"dynamic": {"k": 1}},
                                         "tenants": {}})");
        const QJsonValue to = json(R"({"roles": {"b": {"x": 2}, "a": {"x": 1, "y": [1]}, "c": {}},
                                       "config": {"dynamic": {"k": 2}}, "tenants": {"t": {}}})");
        const QList<JsonChange> changes = JsonDiff::changes(from, to);
        const QList<ConfigChangeGroup> groups = ConfigChanges::group(changes);
        QStringList keys;
        for (const ConfigChangeGroup &group : groups)
            keys << group.configType + u'/' + group.entity + u'/' + QString::number(group.changes.size());
        QCOMPARE(keys, QStringList({QStringLiteral("config/dynamic/1"), QStringLiteral("roles/a/1"),
                                    QStringLiteral("roles/b/1"), QStringLiteral("roles/c/1"),
                                    QStringLiteral("tenants/t/1")}));
        const JsonChange &changed = groups.at(2).changes.at(0);
        QCOMPARE(changed.kind, JsonChange::Kind::Changed);
        QCOMPARE(changed.path.toString(), QStringLiteral("/roles/b/x"));
        QCOMPARE(changed.oldValue.toInt(), 1);
        QCOMPARE(changed.newValue.toInt(), 2);
        QCOMPARE(groups.at(3).changes.at(0).kind, JsonChange::Kind::Added);

        const QString summary = ConfigChanges::summaryText(changes);
        QVERIFY2(summary.contains(QStringLiteral("~ /roles/b/x: 1 -> 2")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("+ /roles/a/y: [1]")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("3 added, 0 removed, 2 changed")), qPrintable(summary));
        QCOMPARE(ConfigChanges::summaryText({}), QStringLiteral("No differences.\n"));
    }

    void removedValuesAreReported()
    {
        const QList<JsonChange> changes = JsonDiff::changes(json(R"({"u": {"a": {"roles": ["x", "y"]}}})"),
                                                            json(R"({"u": {"a": {"roles": ["y"]}}})"));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).kind, JsonChange::Kind::Removed);
        QCOMPARE(changes.at(0).path.toString(), QStringLiteral("/u/a/roles/0"));
        QCOMPARE(changes.at(0).oldValue.toString(), QStringLiteral("x"));
        QCOMPARE(ConfigChanges::entity(changes.at(0)), QStringLiteral("a"));
    }

    void parallelDiffEqualsSerial()
    {
        // Large top-level members are diffed in parallel; wrapped in one more level the same pair is diffed
        // serially. Both must give the same operations in the same order.
        TestUtil::RandomJson random(7);
        QJsonObject a, b;
        for (const char *type : {"roles", "internalusers", "tenants"}) {
            QJsonObject entities;
            for (int i = 0; i < 3000; ++i)
                entities.insert(QStringLiteral("e%1").arg(i), random.value(2));
            a.insert(QLatin1String(type), entities);
            b.insert(QLatin1String(type), random.mutate(entities, 3));
        }
        a.insert(QStringLiteral("only_a"), 1);
        b.insert(QStringLiteral("only_b"), 2);
        const JsonDiffResult parallel = JsonDiff::compute(a, b);
        const JsonDiffResult serial =
            JsonDiff::compute(QJsonObject {{QStringLiteral("x"), a}}, QJsonObject {{QStringLiteral("x"), b}});
        QVERIFY(parallel.patch.size() > 100);
        QCOMPARE(parallel.patch.size(), serial.patch.size());
        for (qsizetype i = 0; i < parallel.patch.size(); ++i) {
            PatchOperation expected = serial.patch.operations().at(i);
            expected.path = JsonPointer(expected.path.tokens().mid(1));
            QCOMPARE(parallel.patch.operations().at(i), expected);
            QCOMPARE(parallel.changes.at(i).path, expected.path);
        }
        verifyChangesAgreeWithPatch(parallel);
        JSON_COMPARE(*parallel.patch.apply(a), b);
    }

    void sourceTextShortcutGivesTheSameResult()
    {
        // Entities identical in text are skipped; those that differ only in layout are still compared by value.
        TestUtil::RandomJson random(11);
        QJsonObject a, b;
        for (const char *type : {"roles", "internalusers"}) {
            QJsonObject entities;
            for (int i = 0; i < 2500; ++i)
                entities.insert(QStringLiteral("e%1").arg(i), random.value(3));
            a.insert(QLatin1String(type), entities);
            b.insert(QLatin1String(type), random.mutate(entities, 3));
        }
        const QByteArray textA = Json::serialize(a, Json::Format::Compact);
        QByteArray textB = Json::serialize(b, Json::Format::Indented); // different layout everywhere
        const auto sourceA = JsonSource::parse(textA);
        const auto sourceB = JsonSource::parse(textB);
        QVERIFY(sourceA && sourceB);
        QVERIFY(sourceA->hasEntityIndex());
        QVERIFY(!sourceA->entityText(QStringLiteral("roles"), QStringLiteral("e7")).isEmpty());
        const JsonDiffResult byValue = JsonDiff::compute(a, b);
        QCOMPARE(JsonDiff::compute(*sourceA, *sourceB).patch, byValue.patch);
        const auto compactB = JsonSource::parse(Json::serialize(b, Json::Format::Compact));
        QCOMPARE(JsonDiff::compute(*sourceA, *compactB).patch, byValue.patch);

        // Escaped names, nested braces inside strings, and a type that is not an object.
        const QByteArray tricky = "{\"roles\": {\"a\\\"b\": {\"x\": \"} { ] [\\\\\"}, \"c\\u00e9\": [1, {\"y\": 2}]},"
                                  " \"n\": 5, \"config\": {\"dynamic\": {}}}";
        const auto source = JsonSource::parse(tricky);
        QVERIFY2(source, source ? "" : qPrintable(source.error().message));
        QCOMPARE(source->entityText(QStringLiteral("roles"), QStringLiteral("a\"b")),
                 QByteArrayView("{\"x\": \"} { ] [\\\\\"}"));
        QCOMPARE(source->entityText(QStringLiteral("roles"), QString::fromUtf8("c\u00e9")),
                 QByteArrayView("[1, {\"y\": 2}]"));
        QCOMPARE(source->entityText(QStringLiteral("config"), QStringLiteral("dynamic")), QByteArrayView("{}"));
        QVERIFY(source->entityText(QStringLiteral("n"), QStringLiteral("x")).isEmpty());
        QVERIFY(!JsonSource::parse("{\"a\": ").ok());
    }

    void membersOnOneSideComeInKeyOrder()
    {
        // Found by fuzz_json_diff: a member only in `a` was emitted before a smaller key only in `b`, so the value
        // walk's order ("v2" before "r3") disagreed with the text-indexed diff's, which sorts by name.
        const QByteArray textA = R"({"roles": {"r1": {"p": ["a", "b"]}, "v2": {}}})";
        const QByteArray textB = R"({"roles": {"r1": {"p": ["a", "c", "b"]}, "r3": {"x": 1}}})";
        const JsonDiffResult byValue = JsonDiff::compute(TestUtil::json(textA), TestUtil::json(textB));
        QStringList paths;
        for (const PatchOperation &operation : byValue.patch.operations())
            paths << operation.summary();
        QCOMPARE(paths, QStringList({u"add /roles/r1/p/1"_s, u"add /roles/r3"_s, u"remove /roles/v2"_s}));
        const auto sourceA = JsonSource::parse(textA);
        const auto sourceB = JsonSource::parse(textB);
        QVERIFY(sourceA && sourceB);
        QCOMPARE(JsonDiff::compute(*sourceA, *sourceB).patch, byValue.patch);
        // Top level too: "b" only in the second document comes before "c" only in the first.
        const JsonPatch top =
            JsonDiff::diff(TestUtil::json(R"({"a": 1, "c": 2})"), TestUtil::json(R"({"a": 1, "b": 3})"));
        QCOMPARE(top.size(), 2);
        QCOMPARE(top.operations().at(0).summary(), u"add /b"_s);
        QCOMPARE(top.operations().at(1).summary(), u"remove /c"_s);
    }

    void randomPairsRoundTrip()
    {
        // Property: apply(diff(a, b), a) == b, the change list agrees with the patch, and the patch's inverse
        // turns b back into a.
        for (quint64 seed = 1; seed <= 1500; ++seed) {
            TestUtil::RandomJson random(seed);
            const QJsonValue a = random.value(4);
            const QJsonValue b = random.chance(10) ? random.value(4) : random.mutate(a, 4);
            const JsonDiffResult result = JsonDiff::compute(a, b);
            verifyChangesAgreeWithPatch(result);
            QJsonValue document = a;
            const auto inverse = result.patch.applyInPlace(document);
            QVERIFY2(inverse,
                     qPrintable(
                         QStringLiteral("seed %1: %2").arg(seed).arg(inverse ? QString() : inverse.error().message())));
            if (!Json::equals(document, b)) {
                QFAIL(qPrintable(QStringLiteral("seed %1: a=%2 b=%3 patch=%4")
                                     .arg(seed)
                                     .arg(QString::fromUtf8(TestUtil::compact(a)),
                                          QString::fromUtf8(TestUtil::compact(b)),
                                          QString::fromUtf8(TestUtil::compact(result.patch.toJson())))));
            }
            QVERIFY(inverse->applyInPlace(document));
            JSON_COMPARE(document, a);
            if (Json::equals(a, b))
                QVERIFY(result.patch.isEmpty());
        }
    }
};

QTEST_APPLESS_MAIN(TestJsonDiff)
#include "TestJsonDiff.moc"
