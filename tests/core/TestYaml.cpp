#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

#include "app/json/Json.h"
#include "app/json/Yaml.h"
#include "tests/support/JsonTestUtil.h"

using namespace Qt::StringLiterals;
using TestUtil::json;

namespace {

QString parseError(const QByteArray &text)
{
    const auto parsed = Yaml::parse(text);
    return parsed ? QString() : u"%1: %2"_s.arg(parsed.error().line).arg(parsed.error().reason);
}

// A "billion laughs" file: nine levels of nine aliases each, the last one used as a role's permissions (line 15).
QByteArray aliasBomb()
{
    QByteArray text = "_meta:\n  type: roles\n  config_version: 2\nbomb_role:\n  description: x\n  lol:\n"
                      "    a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    const QByteArray names = "abcdefghi";
    for (qsizetype level = 1; level < names.size(); ++level) {
        QByteArrayList aliases;
        for (int i = 0; i < 9; ++i)
            aliases << "*" + names.mid(level - 1, 1);
        text += "    " + names.mid(level, 1) + ": &" + names.mid(level, 1) + " [" + aliases.join(',') + "]\n";
    }
    return text + "  cluster_permissions: *i\n";
}

} // namespace

// Yaml: what parse() refuses and where (bytes that are not UTF-8, quotes never closed, aliases and nesting beyond
// the limits), and that every string written by block(), member() and scalar() reads back the same.
class TestYaml : public QObject
{
    Q_OBJECT

private slots:
    void everyStringRoundTrips_data()
    {
        QTest::addColumn<QString>("text");
        const auto row = [](const char *name, const QString &text) { QTest::newRow(name) << text; };
        row("nul", QString(QChar(u'\0')));
        row("nul inside", u"a"_s + QChar(u'\0') + u"b"_s);
        row("control characters", u"\u0001\u0002\u001b\u001f"_s);
        row("del", u"\u007f"_s);
        row("c1 controls", u"\u0080\u0084\u0086\u009b\u009f"_s);
        row("next line", u"a\u0085b"_s);
        row("line separator", u"a\u2028b"_s);
        row("paragraph separator", u"a\u2029b"_s);
        row("lone cr", u"a\rb"_s);
        row("crlf", u"a\r\nb"_s);
        row("lf", u"a\nb\n"_s);
        row("last line feed", u"co\n"_s); // found by fuzz_yaml_import: written plain, read back "co"
        row("reserved word and line feed", u"yes\n"_s);
        row("number and line feed", u"12\n"_s);
        row("byte order mark first", u"\ufeffa"_s);
        row("byte order mark inside", u"a\ufeffb"_s);
        row("noncharacters", u"\ufffe\uffff"_s);
        row("tabs", u"\ta\tb\t"_s);
        row("leading and trailing spaces", u"  a b  "_s);
        row("only spaces", u"   "_s);
        row("empty", QString());
        row("quotes and backslashes", u"'\"\\\\'\"\\"_s);
        row("escapes as text", u"\\n\\u0000\\x41"_s);
        row("indicators", u"- ? : , [ ] { } # & * ! | > % @ `"_s);
        row("merge key", u"<<"_s);
        row("document markers", u"---\n...\n"_s);
        row("non-ascii", u"\u00e9\u4e2d\U0001F600"_s);
        row("replacement character", u"\ufffd"_s);
        row("reserved words", u"no"_s);
        row("number-like", u"0o17"_s);
    }

    void everyStringRoundTrips()
    {
        QFETCH(QString, text);
        // As a key and as a value, at the top and nested in a map inside a sequence.
        const QJsonObject document {{text, text},
                                    {u"nested"_s, QJsonArray {QJsonObject {{text, QJsonArray {text}}}, text}},
                                    {u"map"_s, QJsonObject {{text, QJsonObject {{text, text}}}}}};
        const QString written = Yaml::block(document, 0);
        const auto parsed = Yaml::parse(written.toUtf8());
        QVERIFY2(parsed, qPrintable(parseError(written.toUtf8()) + u"\n"_s + written));
        QVERIFY2(Json::equals(parsed->value, document), qPrintable(written));
        // member() at an indentation, and scalar() as a flow value.
        const QString member = u"outer:\n"_s + Yaml::member(text, text, 2);
        const auto parsedMember = Yaml::parse(member.toUtf8());
        QVERIFY2(parsedMember, qPrintable(parseError(member.toUtf8()) + u"\n"_s + member));
        QVERIFY(Json::equals(parsedMember->value, QJsonObject {{u"outer"_s, QJsonObject {{text, text}}}}));
        const QString flow = u"v: ["_s + Yaml::scalar(text) + u"]\n"_s;
        const auto parsedFlow = Yaml::parse(flow.toUtf8());
        QVERIFY2(parsedFlow, qPrintable(parseError(flow.toUtf8()) + u"\n"_s + flow));
        QVERIFY(Json::equals(parsedFlow->value, QJsonObject {{u"v"_s, QJsonArray {text}}}));
    }

    void longKeysAreWrittenExplicitly_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("explicitKey");
        // Found by fuzz_yaml_import: 171 NULs are 1032 bytes as escapes, beyond the 1024 of an implicit key.
        QTest::newRow("nuls") << QString(171, QChar(u'\0')) << true;
        QTest::newRow("letters") << QString(2000, u'k') + u": x"_s << true;
        QTest::newRow("multibyte") << QString(400, QChar(0x4e2d)) << true; // 1200 bytes in 400 characters
        QTest::newRow("short enough") << QString(900, u'k') << false;
    }

    void longKeysAreWrittenExplicitly()
    {
        QFETCH(QString, key);
        QFETCH(bool, explicitKey);
        const QJsonObject document {{key, QJsonObject {{u"a"_s, 1}}}, {key + u'2', u"v"_s}, {u"short"_s, true}};
        for (const QJsonValue &value : {QJsonValue(document), QJsonValue(QJsonArray {document})}) {
            const QString written = Yaml::block(value, 0);
            QCOMPARE(written.contains(u"? "_s), explicitKey);
            const auto parsed = Yaml::parse(written.toUtf8());
            QVERIFY2(parsed, qPrintable(parseError(written.toUtf8())));
            QVERIFY(Json::equals(parsed->value, value));
        }
        QCOMPARE(Yaml::member(u"k"_s, 1, 0), u"k: 1\n"_s);
    }

    void bytesThatAreNotUtf8AreRefusedWithTheirLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");
        QTest::newRow("latin-1") << QByteArray("a: 1\nb: 2\nc: \"caf\xe9\"\n") << 3
                                 << u"not valid UTF-8: the byte 0xE9 in column 8"_s;
        QTest::newRow("after multibyte") << QByteArray("d: \"\xc3\xa9\xe9\"\n") << 1 << u"byte 0xE9 in column 6"_s;
        QTest::newRow("stray continuation") << QByteArray("a:\n  - \x80\n") << 2 << u"byte 0x80 in column 5"_s;
        QTest::newRow("overlong") << QByteArray("a: \xc0\x80\n") << 1 << u"byte 0xC0"_s;
        QTest::newRow("surrogate") << QByteArray("a: \xed\xa0\x80\n") << 1 << u"byte 0xED"_s;
        QTest::newRow("beyond unicode") << QByteArray("a: \xf4\x90\x80\x80\n") << 1 << u"byte 0xF4"_s;
        QTest::newRow("truncated at the end") << QByteArray("a: b\n\xe2\x82") << 2 << u"byte 0xE2 in column 1"_s;
        QTest::newRow("utf-16") << QByteArray("\xff\xfe"
                                              "a\0:\0",
                                              6)
                                << 1 << u"byte 0xFF"_s;
        QTest::newRow("raw nul") << QByteArray("a: \"x\0y\"\n", 9) << 1 << u"control character U+0000 in column 6"_s;
        QTest::newRow("raw escape") << QByteArray("a:\n  b: x\x1b[0m\n") << 2 << u"U+001B"_s;
        QTest::newRow("raw del") << QByteArray("a: \x7f\n") << 1 << u"U+007F"_s;
        QTest::newRow("raw c1") << QByteArray("a: \xc2\x9b\n") << 1 << u"U+009B"_s;
    }

    void bytesThatAreNotUtf8AreRefusedWithTheirLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, reason);
        const auto parsed = Yaml::parse(text);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().line, line);
        QVERIFY2(parsed.error().reason.contains(reason), qPrintable(parsed.error().reason));
    }

    void allowedCharactersStay()
    {
        // A byte order mark first, CRLF line ends, tabs in values, NEL and non-ASCII text raw.
        const QByteArray text = "\xef\xbb\xbf"
                                "a: \"x\ty\"\r\nb: \xc2\x85z\r\nc: \"\xe2\x80\xa8\"\r\n";
        const auto parsed = Yaml::parse(text);
        QVERIFY2(parsed, qPrintable(parseError(text)));
        JSON_COMPARE(parsed->value, json(R"({"a": "x\ty", "b": "\u0085z", "c": "\u2028"})"));
        QCOMPARE(parsed->lineOf(u"/c"_s), 3);
    }

    void quotesNeverClosedAreRefusedWhereTheyStart_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");
        const QByteArray head = "_meta:\n  type: roles\n  config_version: 2\nr1:\n";
        QTest::newRow("double at the end") << head + "  cluster_permissions:\n    - a\n  description: \"abc\n"
                                           << 7 << u"a quoted value starts here with \" and is never closed"_s;
        QTest::newRow("single at the end") << head + "  description: 'abc\n\n"
                                           << 5 << u"a quoted value starts here with ' and is never closed"_s;
        QTest::newRow("without a last line break") << head + "  description: \"abc" << 5 << QString();
        QTest::newRow("running on into the list")
            << head
                   + "  cluster_permissions:\n    - 'cluster_monitor\n    - indices_monitor\n    - "
                     "cluster_composite_ops\n"
                     "  description: x\nr2:\n  reserved: false\n"
            << 6
            << u"a quoted value starts here with ' and runs on to line 7, which is not indented more than the "
               "block it belongs to: is the closing ' missing?"_s;
        QTest::newRow("closed by the next quote")
            << head + "  cluster_permissions:\n    - 'cluster_monitor\n    - indices_monitor\n    - 'x'\n"
            << 6 << u"runs on to line 7"_s;
        QTest::newRow("double running on") << head + "  description: \"abc\n  reserved: true\n"
                                           << 5 << u"with \" and runs on to line 6"_s;
        QTest::newRow("top-level key") << QByteArray("a: \"abc\nb: 1\"\n") << 1 << u"runs on to line 2"_s;
        QTest::newRow("in a flow sequence") << QByteArray("a: ['x,\nb']\n") << 1 << u"runs on to line 2"_s;
        QTest::newRow("with anchor and tag") << head + "  description: &d !!str \"abc\n  x: 1\"\n"
                                             << 5 << u"runs on to line 6"_s;
        QTest::newRow("after non-ascii") << QByteArray("\xc3\xbc: x\nr:\n  d: '\xc3\xa9\n  e: f'\n") << 3
                                         << u"runs on to line 4"_s;
        QTest::newRow("after a byte order mark") << QByteArray("\xef\xbb\xbf"
                                                               "r:\n  d: \"abc\n  e: f\"\n")
                                                 << 2 << u"runs on to line 3"_s;
        QTest::newRow("escaped line break") << QByteArray("r:\n  d: \"abc\\\n  e\"\n") << 2 << u"runs on to line 3"_s;
    }

    void quotesNeverClosedAreRefusedWhereTheyStart()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, reason);
        const auto parsed = Yaml::parse(text);
        QVERIFY2(!parsed, parsed ? Json::serialize(parsed->value, Json::Format::Compact).constData() : "");
        QCOMPARE(parsed.error().line, line);
        QVERIFY2(parsed.error().reason.contains(reason), qPrintable(parsed.error().reason));
    }

    void multiLineQuotesIndentedUnderTheirBlockStay()
    {
        const QByteArray text = "r:\n  d: \"abc\n    def\n\n   ghi\"\n  e: 'x\n   y'\n  f: \"a\\\n   b\"\n"
                                "  g: &g\n    \"p\n    q\"\n  h: ['s,\n    t']\n";
        const auto parsed = Yaml::parse(text);
        QVERIFY2(parsed, qPrintable(parseError(text)));
        JSON_COMPARE(parsed->value,
                     json(R"({"r": {"d": "abc def\nghi", "e": "x y", "f": "ab", "g": "p q", "h": ["s, t"]}})"));
        // At the top level any indentation will do.
        const auto top = Yaml::parse("\"abc\ndef\"\n");
        QVERIFY(top);
        QCOMPARE(top->value, QJsonValue(u"abc def"_s));
    }

    void aliasBombIsRefusedAtTheAlias()
    {
        const QByteArray text = aliasBomb();
        const auto parsed = Yaml::parse(text);
        QVERIFY(!parsed);
        // a to d expand to 10 + 91 + 820 + 7381 values; the first *d of e goes beyond the budget.
        QCOMPARE(parsed.error().line, 11);
        const qint64 budget = Yaml::valueBudget(text.size());
        QCOMPARE(budget, Yaml::AliasFactor * text.size() + Yaml::MinValueBudget);
        QCOMPARE(parsed.error().reason, u"aliases expand to more than %1 values; refusing"_s.arg(budget));
    }

    void aliasesWithinTheBudgetExpand()
    {
        const auto unknown = Yaml::parse("a: [1]\nb: *nope\n");
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().line, 2);
        const auto fine = Yaml::parse("r1:\n  cluster_permissions: &common [a, b, c]\n  index: &i {x: 1}\n"
                                      "r2:\n  cluster_permissions: *common\n  index: *i\nr3: *i\n&k key: *common\n"
                                      "other: *k\n");
        QVERIFY(fine);
        JSON_COMPARE(fine->value, json(R"({"r1": {"cluster_permissions": ["a", "b", "c"], "index": {"x": 1}},
            "r2": {"cluster_permissions": ["a", "b", "c"], "index": {"x": 1}}, "r3": {"x": 1},
            "key": ["a", "b", "c"], "other": "key"})"));
        // What an alias brings in is named by the alias's line.
        QCOMPARE(fine->lineOf(u"/r3"_s), 7);
        QCOMPARE(fine->lineOf(u"/r3/x"_s), 7);
        QCOMPARE(fine->lineOf(u"/r2/index"_s), 6);
        QCOMPARE(fine->lineOf(u"/r1/index"_s), 3);
        // An anchored key is a plain value; a map is not a key.
        const auto mapKey = Yaml::parse("a: &m {x: 1}\n*m : 2\n");
        QVERIFY(!mapKey);
        QCOMPARE(mapKey.error().line, 2);
        QCOMPARE(mapKey.error().reason, u"a map key must be a plain value"_s);
    }

    void aliasCyclesAreRefused()
    {
        for (const QByteArray &text : {QByteArray("a: &a [*a]\n"), QByteArray("x: 1\na: &m\n  b:\n    c: *m\n")}) {
            const auto parsed = Yaml::parse(text);
            QVERIFY(!parsed);
            QVERIFY2(parsed.error().reason.startsWith(u"the alias *"_s)
                         && parsed.error().reason.endsWith(u" refers to a value that contains it"_s),
                     qPrintable(parsed.error().reason));
            QCOMPARE(parsed.error().line, text.count('\n'));
        }
    }

    void valueBudgetNeverRefusesAFileWithoutAliases()
    {
        for (qint64 bytes : {0LL, 1LL, 100LL, 100000LL, 1000000LL, 50000000LL})
            QVERIFY(Yaml::valueBudget(bytes) >= bytes + 1);
        QCOMPARE(Yaml::valueBudget(1000000), Yaml::MaxAliasValues + 1);
        // The densest files: one value per byte and two.
        QByteArray dashes;
        for (int i = 0; i < 200000; ++i)
            dashes += "-\n";
        const auto sequence = Yaml::parse(dashes);
        QVERIFY(sequence);
        QCOMPARE(sequence->value.toArray().size(), 200000);
        QByteArray flow = "{";
        for (int i = 0; i < 100000; ++i)
            flow += QByteArray::number(i) + ',';
        const auto map = Yaml::parse(flow + "}");
        QVERIFY2(map, qPrintable(parseError(flow + "}")));
        QCOMPARE(map->value.toObject().size(), 100000);
    }

    void nestingIsBounded()
    {
        const auto nested = [](int depth) -> QByteArray {
            return "a: " + QByteArray(depth, '[') + QByteArray(depth, ']') + '\n';
        };
        QVERIFY(Yaml::parse(nested(Yaml::MaxDepth - 1))); // the map is one level
        const auto deep = Yaml::parse(nested(Yaml::MaxDepth));
        QVERIFY(!deep);
        QCOMPARE(deep.error().reason, u"values nest more than %1 levels deep; refusing"_s.arg(Yaml::MaxDepth));
        // Far deeper than any stack, closed or never closed: refused at once.
        const auto closed = Yaml::parse("a:\n  b: " + QByteArray(1000000, '[') + QByteArray(1000000, ']'));
        QVERIFY(!closed);
        QCOMPARE(closed.error().line, 2);
        QVERIFY2(closed.error().reason.contains(u"levels deep"_s), qPrintable(closed.error().reason));
        const auto open = Yaml::parse("a:\n  b: " + QByteArray(1000000, '['));
        QVERIFY(!open);
        QCOMPARE(open.error().line, 2);
        // An alias counts as deep as its anchored value.
        const auto viaAlias = Yaml::parse("a: &a " + QByteArray(60, '[') + QByteArray(60, ']')
                                          + "\nb: " + QByteArray(50, '[') + "*a" + QByteArray(50, ']') + '\n');
        QVERIFY(!viaAlias);
        QCOMPARE(viaAlias.error().line, 2);
    }

    void emptyAndCommentOnlyDocumentsAreNull()
    {
        for (const QByteArray &text : {QByteArray(), QByteArray("# nothing\n"), QByteArray("---\n")}) {
            const auto parsed = Yaml::parse(text);
            QVERIFY(parsed);
            QVERIFY(parsed->value.isNull());
        }
    }
};

QTEST_APPLESS_MAIN(TestYaml)
#include "TestYaml.moc"
