#include <QtTest>

#include "app/api/HttpResponseParser.h"

namespace {

// Feeds the bytes in pieces of `step` (1: byte by byte), as a connection may deliver them.
void feed(HttpResponseParser &parser, const QByteArray &bytes, qsizetype step)
{
    for (qsizetype i = 0; i < bytes.size(); i += step)
        parser.feed(QByteArrayView(bytes).sliced(i, qMin(step, bytes.size() - i)));
}

} // namespace

// The response reader of the one-shot write exchange: framing by Content-Length, chunks or the end of the
// connection, interim responses, limits, and every malformed response it must refuse rather than guess.
class TestHttpResponseParser : public QObject
{
    Q_OBJECT

private slots:
    void framing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("closeAtEnd");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("content-length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello") << false
                                        << 200 << QByteArray("hello");
        QTest::newRow("bytes after the body are not part of it")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhiHTTP/1.1 500 X\r\n\r\n") << false << 200
            << QByteArray("hi");
        QTest::newRow("chunked, extensions and trailers")
            << QByteArray("HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n5;name=x\r\nhello\r\n"
                          "1\r\n \r\n5\r\nworld\r\n0\r\nX-Trailer: 1\r\n\r\n")
            << false << 201 << QByteArray("hello world");
        QTest::newRow("chunked wins over content-length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 100\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "3\r\nabc\r\n0\r\n\r\n")
            << false << 200 << QByteArray("abc");
        QTest::newRow("delimited by the end of the connection")
            << QByteArray("HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n{\"a\":1}") << true << 200
            << QByteArray("{\"a\":1}");
        QTest::newRow("interim responses are skipped")
            << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 102 Processing\r\nX: y\r\n\r\n"
                          "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
            << false << 200 << QByteArray("ok");
        QTest::newRow("no body for 204") << QByteArray("HTTP/1.1 204 No Content\r\nContent-Length: 10\r\n\r\n") << false
                                         << 204 << QByteArray();
        QTest::newRow("bare LF line ends")
            << QByteArray("HTTP/1.1 200 OK\nContent-Length: 2\n\nok") << false << 200 << QByteArray("ok");
        QTest::newRow("identity encoding") << QByteArray("HTTP/1.1 200 OK\r\nContent-Encoding: identity\r\n"
                                                         "Content-Length: 2\r\n\r\nok")
                                           << false << 200 << QByteArray("ok");
        QTest::newRow("repeated equal lengths")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nok") << false << 200
            << QByteArray("ok");
    }

    void framing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, closeAtEnd);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        for (qsizetype step : {qsizetype(1), qsizetype(7), bytes.size()}) {
            HttpResponseParser parser;
            feed(parser, bytes, step);
            QCOMPARE(parser.isComplete(), !closeAtEnd);
            if (closeAtEnd)
                parser.endOfInput();
            QVERIFY2(parser.isComplete(), qPrintable(parser.failureText()));
            QCOMPARE(parser.status(), status);
            QCOMPARE(parser.body(), body);
        }
    }

    void interimResponsesAreCounted()
    {
        HttpResponseParser parser;
        parser.feed(
            "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nX-A: 1\r\n  continued\r\nContent-Length: 0\r\n\r\n");
        QVERIFY(parser.isComplete());
        QCOMPARE(parser.interimResponses(), 1);
        QCOMPARE(parser.header("x-a"), QByteArray("1 continued"));
        QCOMPARE(parser.reasonPhrase(), QByteArray("OK"));
    }

    void responseToHeadHasNoBody()
    {
        HttpResponseParser parser(true);
        parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n");
        QVERIFY(parser.isComplete());
        QVERIFY(parser.body().isEmpty());
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("closeAtEnd");
        QTest::addColumn<int>("failure");
        QTest::addColumn<QString>("text");
        const int invalid = int(HttpResponseParser::Failure::Invalid);
        const int cutOff = int(HttpResponseParser::Failure::CutOff);
        QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << false << invalid
                                  << QStringLiteral("did not answer with HTTP/1.x");
        QTest::newRow("HTTP/2 preface") << QByteArray("HTTP/2 200\r\n\r\n") << false << invalid
                                        << QStringLiteral("did not answer with HTTP/1.x");
        QTest::newRow("status out of range") << QByteArray("HTTP/1.1 999 Nope\r\n\r\n") << false << invalid
                                             << QStringLiteral("status line is not valid");
        QTest::newRow("switching protocols") << QByteArray("HTTP/1.1 101 Switching Protocols\r\n\r\n") << false
                                             << invalid << QStringLiteral("switched protocols");
        QTest::newRow("header without a name") << QByteArray("HTTP/1.1 200 OK\r\n: x\r\n\r\n") << false << invalid
                                               << QStringLiteral("malformed header line");
        QTest::newRow("gzip without asking")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 3\r\n\r\nabc") << false
            << invalid << QStringLiteral("encoded with \"gzip\"");
        QTest::newRow("unknown transfer coding")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n") << false << invalid
            << QStringLiteral("transfer coding");
        QTest::newRow("negative length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n") << false
                                         << invalid << QStringLiteral("Content-Length is not valid");
        QTest::newRow("conflicting lengths") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2, 3\r\n\r\nok") << false
                                             << invalid << QStringLiteral("Content-Length is not valid");
        QTest::newRow("bad chunk size") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
                                        << false << invalid << QStringLiteral("no valid size");
        QTest::newRow("chunk longer than declared")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabc\r\n") << false << invalid
            << QStringLiteral("longer than its declared size");
        QTest::newRow("cut in the body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf") << true
                                         << cutOff << QStringLiteral("cut off after 4 of the 10 bytes");
        QTest::newRow("cut in a chunk") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab")
                                        << true << cutOff << QStringLiteral("chunked body");
        QTest::newRow("cut in the head") << QByteArray("HTTP/1.1 200 OK\r\nContent-") << true << cutOff
                                         << QStringLiteral("middle of the response's headers");
        QTest::newRow("nothing at all") << QByteArray() << true << int(HttpResponseParser::Failure::NoResponse)
                                        << QStringLiteral("closed before a response arrived");
        QTest::newRow("only an interim response")
            << QByteArray("HTTP/1.1 100 Continue\r\n\r\n") << true << int(HttpResponseParser::Failure::NoResponse)
            << QStringLiteral("closed before a response arrived");
    }

    void refused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, closeAtEnd);
        QFETCH(int, failure);
        QFETCH(QString, text);
        HttpResponseParser parser;
        feed(parser, bytes, 3);
        if (closeAtEnd)
            parser.endOfInput();
        QVERIFY(!parser.isComplete());
        QCOMPARE(int(parser.failure()), failure);
        QVERIFY2(parser.failureText().contains(text), qPrintable(parser.failureText()));
        parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"); // nothing revives a failed response
        QVERIFY(!parser.isComplete());
    }

    void limits()
    {
        HttpResponseParser head(false, 1024, 100);
        head.feed(QByteArray("HTTP/1.1 200 OK\r\nX-Big: ").append(2000, 'a'));
        QCOMPARE(head.failure(), HttpResponseParser::Failure::TooLarge);
        QVERIFY2(head.failureText().contains(QStringLiteral("headers are larger than 1 KiB")),
                 qPrintable(head.failureText()));

        // Many small header lines add up, too.
        HttpResponseParser lines(false, 1024, 100);
        lines.feed("HTTP/1.1 200 OK\r\n");
        for (int i = 0; i < 200 && !lines.hasFailed(); ++i)
            lines.feed(QByteArray("X-").append(QByteArray::number(i)).append(": 1\r\n"));
        QCOMPARE(lines.failure(), HttpResponseParser::Failure::TooLarge);

        HttpResponseParser declared(false, 1024, 100);
        declared.feed("HTTP/1.1 200 OK\r\nContent-Length: 101\r\n\r\n");
        QCOMPARE(declared.failure(), HttpResponseParser::Failure::TooLarge);
        QVERIFY2(declared.failureText().contains(QStringLiteral("body is larger than 100 bytes")),
                 qPrintable(declared.failureText()));

        HttpResponseParser chunked(false, 1024, 100);
        chunked.feed(QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n")
                         .append(64, 'x')
                         .append("\r\n40\r\n"));
        QCOMPARE(chunked.failure(), HttpResponseParser::Failure::TooLarge);

        HttpResponseParser untilClose(false, 1024, 100);
        untilClose.feed(QByteArray("HTTP/1.1 200 OK\r\n\r\n").append(60, 'x'));
        QVERIFY(!untilClose.isDone());
        untilClose.feed(QByteArray(60, 'x'));
        QCOMPARE(untilClose.failure(), HttpResponseParser::Failure::TooLarge);

        HttpResponseParser exact(false, 1024, 100);
        exact.feed(QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n").append(100, 'x'));
        QVERIFY(exact.isComplete());
    }

    void progressCounts()
    {
        HttpResponseParser parser;
        parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n1234");
        QCOMPARE(parser.bodyReceived(), 4);
        QCOMPARE(parser.bodyTotal(), 10);
        QVERIFY(!parser.isDone());
    }
};

QTEST_APPLESS_MAIN(TestHttpResponseParser)
#include "TestHttpResponseParser.moc"
