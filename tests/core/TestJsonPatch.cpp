#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

#include "app/json/Json.h"
#include "app/json/JsonPatch.h"
#include "tests/support/JsonTestUtil.h"
#include "tests/support/RandomJson.h"

using TestUtil::json;

namespace {

JsonPointer pointer(const char *text)
{
    return *JsonPointer::parse(QString::fromUtf8(text));
}

// A random operation that is valid on `document` (so that property tests exercise every kind of op).
PatchOperation randomValidOperation(TestUtil::RandomJson &random, const QJsonValue &document)
{
    // Collect every path in the document.
    QList<JsonPointer> paths;
    std::function<void(const JsonPointer &, const QJsonValue &)> walk = [&](const JsonPointer &at,
                                                                            const QJsonValue &value) {
        paths.append(at);
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.constBegin(); it != object.constEnd(); ++it)
                walk(at.child(it.key()), it.value());
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                walk(at.child(i), array.at(i));
        }
    };
    walk(JsonPointer(), document);
    const JsonPointer target = paths.at(random.number(0, int(paths.size()) - 1));
    const QJsonValue targetValue = *target.resolve(document);
    const JsonPointer source = paths.at(random.number(0, int(paths.size()) - 1));

    // A new location inside a container: a new member, an array position or "-".
    auto newLocation = [&]() -> std::optional<JsonPointer> {
        for (int tries = 0; tries < 10; ++tries) {
            const JsonPointer parent = paths.at(random.number(0, int(paths.size()) - 1));
            const QJsonValue parentValue = *parent.resolve(document);
            if (parentValue.isObject())
                return parent.child(random.key());
            if (parentValue.isArray()) {
                const int size = int(parentValue.toArray().size());
                return random.chance(30) ? parent.child(QStringLiteral("-")) : parent.child(random.number(0, size));
            }
        }
        return std::nullopt;
    };

    switch (random.number(0, 5)) {
    case 0:
        if (auto location = newLocation())
            return PatchOperation::add(*location, random.value(2));
        break;
    case 1:
        if (!target.isRoot())
            return PatchOperation::remove(target);
        break;
    case 2:
        return PatchOperation::replace(target, random.value(2));
    case 3:
        if (!source.isRoot()) {
            if (auto location = newLocation(); location && !source.isPrefixOf(*location))
                return PatchOperation::move(source, *location);
        }
        break;
    case 4:
        if (auto location = newLocation())
            return PatchOperation::copy(source, *location);
        break;
    default:
        return PatchOperation::test(target, targetValue);
    }
    return PatchOperation::test(target, targetValue);
}

} // namespace

class TestJsonPatch : public QObject
{
    Q_OBJECT

private slots:
    void errorsNameIndexOpAndReason()
    {
        const JsonPatch patch(
            {PatchOperation::add(pointer("/roles/r1/x"), 1), PatchOperation::remove(pointer("/roles/r1/description"))});
        QJsonValue document = json(R"({"roles": {"r1": {}}})");
        const auto result = patch.applyInPlace(document);
        QVERIFY(!result);
        QCOMPARE(result.error().index, 1);
        QCOMPARE(result.error().op, QStringLiteral("remove"));
        QCOMPARE(result.error().message(), QStringLiteral("operation 1 (remove /roles/r1/description): /roles/r1 has "
                                                          "no member \"description\""));
        JSON_COMPARE(document, json(R"({"roles": {"r1": {}}})"));
    }

    void inverseOfEachOperation_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QByteArray>("expectedInverse");
        QTest::newRow("add member") << QByteArray(R"({"a": 1})")
                                    << QByteArray(R"([{"op":"add","path":"/b","value":2}])")
                                    << QByteArray(R"([{"op":"remove","path":"/b"}])");
        QTest::newRow("add over member") << QByteArray(R"({"a": 1})")
                                         << QByteArray(R"([{"op":"add","path":"/a","value":2}])")
                                         << QByteArray(R"([{"op":"replace","path":"/a","value":1}])");
        QTest::newRow("append with -") << QByteArray(R"({"a": [1, 2]})")
                                       << QByteArray(R"([{"op":"add","path":"/a/-","value":3}])")
                                       << QByteArray(R"([{"op":"remove","path":"/a/2"}])");
        QTest::newRow("remove element") << QByteArray(R"({"a": [1, 2]})")
                                        << QByteArray(R"([{"op":"remove","path":"/a/0"}])")
                                        << QByteArray(R"([{"op":"add","path":"/a/0","value":1}])");
        QTest::newRow("replace") << QByteArray(R"({"a": {"b": [true]}})")
                                 << QByteArray(R"([{"op":"replace","path":"/a","value":null}])")
                                 << QByteArray(R"([{"op":"replace","path":"/a","value":{"b":[true]}}])");
        QTest::newRow("move") << QByteArray(R"({"a": 1})") << QByteArray(R"([{"op":"move","from":"/a","path":"/b"}])")
                              << QByteArray(R"([{"op":"remove","path":"/b"},{"op":"add","path":"/a","value":1}])");
        QTest::newRow("copy") << QByteArray(R"({"a": 1})") << QByteArray(R"([{"op":"copy","from":"/a","path":"/b"}])")
                              << QByteArray(R"([{"op":"remove","path":"/b"}])");
        QTest::newRow("test") << QByteArray(R"({"a": 1})") << QByteArray(R"([{"op":"test","path":"/a","value":1}])")
                              << QByteArray("[]");
        QTest::newRow("sequence, newest first")
            << QByteArray(R"({"a": [1]})")
            << QByteArray(R"([{"op":"add","path":"/a/-","value":2},{"op":"replace","path":"/a/0","value":0}])")
            << QByteArray(R"([{"op":"replace","path":"/a/0","value":1},{"op":"remove","path":"/a/1"}])");
        QTest::newRow("whole document") << QByteArray(R"({"a": 1})")
                                        << QByteArray(R"([{"op":"add","path":"","value":[]}])")
                                        << QByteArray(R"([{"op":"replace","path":"","value":{"a":1}}])");
    }

    void inverseOfEachOperation()
    {
        QFETCH(QByteArray, document);
        QFETCH(QByteArray, patch);
        QFETCH(QByteArray, expectedInverse);
        const auto parsed = JsonPatch::fromJson(json(patch));
        QVERIFY(parsed);
        QJsonValue value = json(document);
        const auto inverse = parsed->applyInPlace(value);
        QVERIFY(inverse);
        JSON_COMPARE(inverse->toJson(), json(expectedInverse));
        QVERIFY(inverse->applyInPlace(value));
        JSON_COMPARE(value, json(document));
    }

    void applyLeavesTheOriginalUntouched()
    {
        const QJsonValue original = json(R"({"roles": {"r1": {"list": [1, 2]}, "r2": {}}})");
        const QJsonValue keep = original; // shares every container with `original`
        const JsonPatch patch(
            {PatchOperation::add(pointer("/roles/r1/list/-"), 3), PatchOperation::remove(pointer("/roles/r2"))});
        const auto result = patch.apply(original);
        QVERIFY(result);
        JSON_COMPARE(*result, json(R"({"roles": {"r1": {"list": [1, 2, 3]}}})"));
        JSON_COMPARE(original, json(R"({"roles": {"r1": {"list": [1, 2]}, "r2": {}}})"));
        JSON_COMPARE(keep, original);
    }

    void failedApplyRestoresSharedAndUnsharedDocuments()
    {
        // The rollback path on a document that is shared and one that is not.
        const QJsonValue original = json(R"({"a": {"b": [1, 2, 3]}, "c": "x"})");
        const JsonPatch patch({PatchOperation::move(pointer("/a/b/0"), pointer("/c")),
                               PatchOperation::copy(pointer("/a"), pointer("/d")),
                               PatchOperation::add(pointer("/a/b/-"), 4), PatchOperation::test(pointer("/c"), 2)});
        QJsonValue shared = original;
        QVERIFY(!patch.applyInPlace(shared));
        JSON_COMPARE(shared, original);

        QJsonValue unshared = json(R"({"a": {"b": [1, 2, 3]}, "c": "x"})");
        QVERIFY(!patch.applyInPlace(unshared));
        JSON_COMPARE(unshared, original);
    }

    void manyOperationsOnALargeObject()
    {
        // 50,000 entities; 2,000 operations touching a few of them, in place. Correctness here; the cost is
        // measured by secdesk-bench.
        QJsonObject users;
        for (int i = 0; i < 50000; ++i)
            users.insert(QStringLiteral("user%1").arg(i), QJsonObject {{QStringLiteral("n"), i}});
        QJsonValue document = QJsonObject {{QStringLiteral("internalusers"), users}};
        users = QJsonObject();

        JsonPatch patch;
        for (int i = 0; i < 1000; ++i) {
            patch.append(
                PatchOperation::replace(JsonPointer({QStringLiteral("internalusers"),
                                                     QStringLiteral("user%1").arg(i * 37), QStringLiteral("n")}),
                                        -i));
            patch.append(PatchOperation::add(
                JsonPointer({QStringLiteral("internalusers"), QStringLiteral("new%1").arg(i)}), QJsonObject()));
        }
        const auto inverse = patch.applyInPlace(document);
        QVERIFY(inverse);
        const QJsonObject after = document[QStringLiteral("internalusers")].toObject();
        QCOMPARE(after.size(), 51000);
        QCOMPARE(after[QStringLiteral("user370")].toObject()[QStringLiteral("n")].toInt(), -10);
        QCOMPARE(after[QStringLiteral("user371")].toObject()[QStringLiteral("n")].toInt(), 371);
        QVERIFY(inverse->applyInPlace(document));
        QCOMPARE(document[QStringLiteral("internalusers")].toObject().size(), 50000);
        QCOMPARE(document[QStringLiteral("internalusers")][QStringLiteral("user370")][QStringLiteral("n")].toInt(),
                 370);
    }

    void jsonRoundTrip()
    {
        const QJsonValue text = json(R"([{"op":"add","path":"/a~1b","value":{"x":[1]}},{"op":"remove","path":"/c/0"},
            {"op":"replace","path":"","value":null},{"op":"move","from":"/d","path":"/e"},
            {"op":"copy","from":"/f","path":"/g/-"},{"op":"test","path":"/h","value":"v"}])");
        const auto patch = JsonPatch::fromJson(text);
        QVERIFY(patch);
        QCOMPARE(patch->size(), 6);
        QCOMPARE(patch->operations().at(0).path.tokens(), QStringList {QStringLiteral("a/b")});
        QCOMPARE(patch->operations().at(3).from.toString(), QStringLiteral("/d"));
        JSON_COMPARE(patch->toJson(), text);
        QCOMPARE(JsonPatch::fromJson(patch->toJson()).value(), patch.value());
        QCOMPARE(patch->operations().at(4).summary(), QStringLiteral("copy /f -> /g/-"));
    }

    void randomPatchesAndTheirInverses()
    {
        // Property: for random documents and random valid patches, apply(inverse(p), apply(p, a)) == a.
        int applied = 0;
        for (quint64 seed = 1; seed <= 400; ++seed) {
            TestUtil::RandomJson random(seed);
            const QJsonValue original = random.value(4);
            QJsonValue document = original;
            JsonPatch patch;
            // Build a patch whose every operation is valid at its point of application.
            QJsonValue scratch = original;
            const int length = random.number(1, 8);
            for (int i = 0; i < length; ++i) {
                const PatchOperation operation = randomValidOperation(random, scratch);
                if (!JsonPatch({operation}).applyInPlace(scratch))
                    continue;
                patch.append(operation);
            }
            const auto inverse = patch.applyInPlace(document);
            QVERIFY2(inverse,
                     qPrintable(
                         QStringLiteral("seed %1: %2").arg(seed).arg(inverse ? QString() : inverse.error().message())));
            JSON_COMPARE(document, scratch);
            QVERIFY(inverse->applyInPlace(document));
            JSON_COMPARE(document, original);
            applied += int(patch.size());
        }
        QVERIFY(applied > 1000);
    }
};

QTEST_APPLESS_MAIN(TestJsonPatch)
#include "TestJsonPatch.moc"
