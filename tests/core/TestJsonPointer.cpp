#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

#include "app/json/Json.h"
#include "app/json/JsonPointer.h"

namespace {

QJsonValue parseJson(const char *text)
{
    auto result = Json::parse(QByteArray(text));
    if (!result)
        qFatal("bad test JSON: %s", qPrintable(result.error().message));
    return *result;
}

// The document of RFC 6901, section 5.
QJsonValue rfcDocument()
{
    return QJsonObject {{QStringLiteral("foo"), QJsonArray {QStringLiteral("bar"), QStringLiteral("baz")}},
                        {QString(), 0},
                        {QStringLiteral("a/b"), 1},
                        {QStringLiteral("c%d"), 2},
                        {QStringLiteral("e^f"), 3},
                        {QStringLiteral("g|h"), 4},
                        {QStringLiteral("i\\j"), 5},
                        {QStringLiteral("k\"l"), 6},
                        {QStringLiteral(" "), 7},
                        {QStringLiteral("m~n"), 8}};
}

} // namespace

class TestJsonPointer : public QObject
{
    Q_OBJECT

private slots:
    void rfc6901Examples_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("expected"); // compact JSON
        QTest::newRow("whole document") << QString() << QString();
        QTest::newRow("/foo") << QStringLiteral("/foo") << QStringLiteral(R"(["bar","baz"])");
        QTest::newRow("/foo/0") << QStringLiteral("/foo/0") << QStringLiteral(R"("bar")");
        QTest::newRow("/") << QStringLiteral("/") << QStringLiteral("0");
        QTest::newRow("/a~1b") << QStringLiteral("/a~1b") << QStringLiteral("1");
        QTest::newRow("/c%d") << QStringLiteral("/c%d") << QStringLiteral("2");
        QTest::newRow("/e^f") << QStringLiteral("/e^f") << QStringLiteral("3");
        QTest::newRow("/g|h") << QStringLiteral("/g|h") << QStringLiteral("4");
        QTest::newRow("/i\\j") << QStringLiteral("/i\\j") << QStringLiteral("5");
        QTest::newRow("/k\"l") << QStringLiteral("/k\"l") << QStringLiteral("6");
        QTest::newRow("/ ") << QStringLiteral("/ ") << QStringLiteral("7");
        QTest::newRow("/m~0n") << QStringLiteral("/m~0n") << QStringLiteral("8");
    }

    void rfc6901Examples()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, expected);
        const auto parsed = JsonPointer::parse(pointer);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        const auto value = parsed->resolve(rfcDocument());
        QVERIFY(value.ok());
        if (expected.isEmpty())
            QVERIFY(Json::equals(*value, rfcDocument()));
        else
            QVERIFY(Json::equals(*value, parseJson(expected.toUtf8().constData())));
        // Round trip of the text form.
        QCOMPARE(parsed->toString(), pointer);
    }

    void escaping()
    {
        QCOMPARE(JsonPointer::escapeToken(u"a/b~c"), QStringLiteral("a~1b~0c"));
        QCOMPARE(JsonPointer::escapeToken(u"~1"), QStringLiteral("~01"));
        const auto parsed = JsonPointer::parse(u"/~01/a~1b");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->tokens(), QStringList({QStringLiteral("~1"), QStringLiteral("a/b")}));
        QCOMPARE(JsonPointer({QStringLiteral("~1"), QStringLiteral("a/b")}).toString(), QStringLiteral("/~01/a~1b"));
    }

    void syntaxErrors_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no leading slash") << QStringLiteral("foo") << QStringLiteral("start with '/'");
        QTest::newRow("bad escape ~2") << QStringLiteral("/a~2") << QStringLiteral("bad escape in token 1");
        QTest::newRow("trailing ~") << QStringLiteral("/a/b~") << QStringLiteral("bad escape in token 2");
    }

    void syntaxErrors()
    {
        QFETCH(QString, pointer);
        QFETCH(QString, reason);
        const auto parsed = JsonPointer::parse(pointer);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(reason), qPrintable(parsed.error().message));
    }

    void arrayIndices_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<qlonglong>("expected"); // -1: not an index
        QTest::newRow("0") << QStringLiteral("0") << 0LL;
        QTest::newRow("10") << QStringLiteral("10") << 10LL;
        QTest::newRow("leading zero") << QStringLiteral("01") << -1LL;
        QTest::newRow("double zero") << QStringLiteral("00") << -1LL;
        QTest::newRow("exponent") << QStringLiteral("1e0") << -1LL;
        QTest::newRow("negative") << QStringLiteral("-1") << -1LL;
        QTest::newRow("dash") << QStringLiteral("-") << -1LL;
        QTest::newRow("empty") << QString() << -1LL;
        QTest::newRow("plus") << QStringLiteral("+1") << -1LL;
        QTest::newRow("too long") << QStringLiteral("1234567890123456789") << -1LL;
    }

    void arrayIndices()
    {
        QFETCH(QString, token);
        QFETCH(qlonglong, expected);
        const auto index = JsonPointer::parseArrayIndex(token);
        if (expected < 0)
            QVERIFY(!index.has_value());
        else
            QCOMPARE(qlonglong(index.value()), expected);
    }

    void resolveErrorsNameTheFailingToken_data()
    {
        QTest::addColumn<QString>("pointer");
        QTest::addColumn<QStringList>("mentions");
        QTest::newRow("missing member") << QStringLiteral("/roles/nope/x")
                                        << QStringList {QStringLiteral("/roles"), QStringLiteral("\"nope\"")};
        QTest::newRow("index out of range") << QStringLiteral("/roles/r1/list/5")
                                            << QStringList {QStringLiteral("index 5"), QStringLiteral("2 element")};
        QTest::newRow("dash") << QStringLiteral("/roles/r1/list/-") << QStringList {QStringLiteral("\"-\"")};
        QTest::newRow("leading zero") << QStringLiteral("/roles/r1/list/01")
                                      << QStringList {QStringLiteral("\"01\""), QStringLiteral("leading zero")};
        QTest::newRow("into a scalar") << QStringLiteral("/roles/r1/name/x")
                                       << QStringList {QStringLiteral("/roles/r1/name"), QStringLiteral("string")};
    }

    void resolveErrorsNameTheFailingToken()
    {
        QFETCH(QString, pointer);
        QFETCH(QStringList, mentions);
        const QJsonValue document = parseJson(R"({"roles": {"r1": {"name": "x", "list": [1, 2]}}})");
        const auto parsed = JsonPointer::parse(pointer);
        QVERIFY(parsed.ok());
        const auto value = parsed->resolve(document);
        QVERIFY(!value.ok());
        for (const QString &mention : mentions)
            QVERIFY2(value.error().message.contains(mention), qPrintable(value.error().message));
    }

    void prefixes()
    {
        const JsonPointer a({QStringLiteral("a")});
        const JsonPointer ab({QStringLiteral("a"), QStringLiteral("b")});
        const JsonPointer ac({QStringLiteral("ac")});
        QVERIFY(JsonPointer().isPrefixOf(a));
        QVERIFY(a.isPrefixOf(ab));
        QVERIFY(a.isPrefixOf(a));
        QVERIFY(!ab.isPrefixOf(a));
        QVERIFY(!a.isPrefixOf(ac));
        QCOMPARE(ab.parent(), a);
        QCOMPARE(a.child(3).toString(), QStringLiteral("/a/3"));
    }
};

QTEST_APPLESS_MAIN(TestJsonPointer)
#include "TestJsonPointer.moc"
