#include <QtTest>

#include "app/api/ApiError.h"

Q_DECLARE_METATYPE(ApiError)

// The one error parser of docs/api/security-api.md §1.3, over all six body shapes, and the messages people see.
class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void shapes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expectedMessage");
        QTest::newRow("A plugin message")
            << 403
            << QByteArray("{\"status\":\"FORBIDDEN\",\"message\":\"Resource 'kibana_server' "
                          "is reserved.\"}")
            << QStringLiteral("Resource 'kibana_server' is reserved.");
        QTest::newRow("B validation") << 400
                                      << QByteArray("{\"status\":\"error\",\"reason\":\"Invalid configuration\","
                                                    "\"invalid_keys\":{\"keys\":\"foo,bar\"}}")
                                      << QStringLiteral("Invalid configuration");
        QTest::newRow("C exception") << 400
                                     << QByteArray(
                                            "{\"error\":{\"root_cause\":[{\"type\":\"illegal_argument_exception\","
                                            "\"reason\":\"request [/x] contains unrecognized parameter: [p]\"}],"
                                            "\"type\":\"illegal_argument_exception\",\"reason\":\"request [/x] "
                                            "contains unrecognized parameter: [p]\"},\"status\":400}")
                                     << QStringLiteral("request [/x] contains unrecognized parameter: [p]");
        QTest::newRow("C root cause only") << 500
                                           << QByteArray("{\"error\":{\"root_cause\":[{\"reason\":\"unknown field "
                                                         "[foo]\"}]},\"status\":500}")
                                           << QStringLiteral("unknown field [foo]");
        QTest::newRow("D simple") << 405
                                  << QByteArray("{\"error\":\"Incorrect HTTP method for uri [/x] and method [POST], "
                                                "allowed: [GET]\",\"status\":405}")
                                  << QStringLiteral(
                                         "Incorrect HTTP method for uri [/x] and method [POST], allowed: [GET]");
        QTest::newRow("D no handler")
            << 400
            << QByteArray("{\"error\":\"no handler found for uri "
                          "[/_plugins/_security/api/versions] and method [GET]\"}")
            << QStringLiteral("no handler found for uri [/_plugins/_security/api/versions] and method [GET]");
        QTest::newRow("E plain text") << 401 << QByteArray("Unauthorized") << QStringLiteral("Unauthorized");
        QTest::newRow("F allowlist") << 403
                                     << QByteArray("{\"error\":\"GET /_cat/nodes API not allowlisted\",\"status\":"
                                                   "\"FORBIDDEN\"}")
                                     << QStringLiteral("GET /_cat/nodes API not allowlisted");
        QTest::newRow("HTML from a proxy")
            << 502
            << QByteArray("<html><head><title>502 Bad Gateway</title></head><body><h1>Bad "
                          "Gateway</h1></body></html>")
            << QStringLiteral("502 Bad Gateway");
        QTest::newRow("empty body") << 500 << QByteArray() << QString();
        QTest::newRow("JSON without a message") << 409 << QByteArray("[1,2]") << QString();
    }

    void shapes()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, expectedMessage);
        const ApiError error =
            ApiError::fromHttp(QStringLiteral("GET"), QStringLiteral("/x"), status, QStringLiteral("Reason"), body);
        QCOMPARE(error.kind, ApiError::Kind::Http);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.serverMessage, expectedMessage);
        const QString text = error.userMessage();
        QVERIFY2(text.contains(QStringLiteral("GET /x")), qPrintable(text));
        QVERIFY2(text.contains(QString::number(status)), qPrintable(text));
        if (expectedMessage.isEmpty())
            QVERIFY2(text.contains(QStringLiteral("Reason")), qPrintable(text));
        else
            QVERIFY2(text.contains(expectedMessage), qPrintable(text));
    }

    void validationDetails()
    {
        const ApiError error = ApiError::fromHttp(
            QStringLiteral("PUT"), QStringLiteral("/_plugins/_security/api/roles/r1"), 400,
            QStringLiteral("Bad Request"),
            "{\"status\":\"error\",\"reason\":\"Invalid configuration\",\"invalid_keys\":{\"keys\":\"foo,bar\"},"
            "\"missing_mandatory_keys\":{\"keys\":\"allowed_actions\"},\"description\":\"String expected\"}");
        QCOMPARE(error.fieldDetails.value(QStringLiteral("invalid_keys")), QStringLiteral("foo, bar"));
        QCOMPARE(error.fieldDetails.value(QStringLiteral("missing_mandatory_keys")), QStringLiteral("allowed_actions"));
        QCOMPARE(error.fieldDetails.value(QStringLiteral("description")), QStringLiteral("String expected"));
        const QString text = error.userMessage();
        QVERIFY2(text.contains(QStringLiteral("keys not allowed here: foo, bar")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("missing required keys: allowed_actions")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("description: String expected")), qPrintable(text));
    }

    void recognisedConditions()
    {
        const ApiError noHandler = ApiError::fromHttp(
            QStringLiteral("GET"), QStringLiteral("/v"), 400, QString(),
            "{\"error\":\"no handler found for uri [/_plugins/_security/api/versions] and method [GET]\"}");
        QVERIFY(noHandler.isNoHandler());
        QVERIFY(!noHandler.isConnectionFailure());

        const ApiError upToDate = ApiError::fromHttp(
            QStringLiteral("POST"), QStringLiteral("/u"), 400, QString(),
            "{\"status\":\"BAD_REQUEST\",\"message\":\"Unable to upgrade, no differences found in 'roles' config\"}");
        QVERIFY(upToDate.isNothingToUpgrade());
        QVERIFY(!upToDate.isNoHandler());

        const ApiError unauthorized = ApiError::fromHttp(QStringLiteral("GET"), QStringLiteral("/"), 401,
                                                         QStringLiteral("Unauthorized"), "Unauthorized");
        QVERIFY(unauthorized.isAuthenticationFailure());
        QVERIFY(unauthorized.isConnectionFailure());
        QVERIFY(unauthorized.userMessage().contains(QStringLiteral("user name and password")));

        QVERIFY(ApiError::network(QStringLiteral("GET"), QStringLiteral("/"), QStringLiteral("Connection refused"))
                    .isConnectionFailure());
        QVERIFY(ApiError::timeout(QStringLiteral("GET"), QStringLiteral("/"), 30000).isConnectionFailure());
        QVERIFY(!ApiError::cancelled(QStringLiteral("GET"), QStringLiteral("/")).isConnectionFailure());
        QVERIFY(ApiError::timeout(QStringLiteral("GET"), QStringLiteral("/r"), 30000)
                    .userMessage()
                    .contains(QStringLiteral("30 s")));
    }

    void invalidResponseShowsTheBeginning()
    {
        const ApiError error =
            ApiError::invalidResponse(QStringLiteral("GET"), QStringLiteral("/_plugins/_security/api/roles"),
                                      QStringLiteral("not JSON"), "<html><body>Service temporarily down</body></html>");
        QVERIFY2(error.userMessage().contains(QStringLiteral("Service temporarily down")),
                 qPrintable(error.userMessage()));
        QVERIFY(error.userMessage().contains(QStringLiteral("GET /_plugins/_security/api/roles")));
    }

    // What each factory says about whether the server may have received the request; the transports refine it
    // (TestHttpExchange checks them on real connections).
    void mayHaveReachedServer_data()
    {
        const QString get = QStringLiteral("GET");
        const QString path = QStringLiteral("/x");
        QTest::addColumn<ApiError>("error");
        QTest::addColumn<bool>("expected");
        QTest::newRow("HTTP error: the server answered") << ApiError::fromHttp(get, path, 500, QString(), {}) << true;
        QTest::newRow("unusable response") << ApiError::invalidResponse(get, path, QStringLiteral("x"), {}) << true;
        QTest::newRow("timeout: not known to be unsent") << ApiError::timeout(get, path, 1000) << true;
        QTest::newRow("network: the transport decides")
            << ApiError::network(get, path, QStringLiteral("Connection refused")) << false;
        QTest::newRow("cancelled") << ApiError::cancelled(get, path) << false;
        QTest::newRow("setup") << ApiError::setup(QStringLiteral("no CA file")) << false;
        QTest::newRow("default") << ApiError() << false;
    }

    void mayHaveReachedServer()
    {
        QFETCH(ApiError, error);
        QFETCH(bool, expected);
        QCOMPARE(error.mayHaveReachedServer, expected);
    }

    // A write that failed after it was sent is not reported as unreachable, and people are told not to repeat it
    // blindly; reads, HTTP answers and failures before sending keep their messages.
    void writeThatMayHaveBeenApplied()
    {
        const QString path = QStringLiteral("/_plugins/_security/api/roles");
        ApiError dropped = ApiError::network(QStringLiteral("PATCH"), path, QStringLiteral("closed"));
        QVERIFY2(dropped.userMessage().contains(QStringLiteral("cannot be reached")),
                 qPrintable(dropped.userMessage()));
        dropped.mayHaveReachedServer = true;
        const QString text = dropped.userMessage();
        QVERIFY2(text.contains(QStringLiteral("PATCH /_plugins/_security/api/roles failed")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("after the request was sent")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("may have applied the change")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("cannot be reached")), qPrintable(text));

        const QString timeout = ApiError::timeout(QStringLiteral("PUT"), path, 1000).userMessage();
        QVERIFY2(timeout.contains(QStringLiteral("may have applied the change")), qPrintable(timeout));
        const QString cut =
            ApiError::invalidResponse(QStringLiteral("DELETE"), path, QStringLiteral("cut"), {}).userMessage();
        QVERIFY2(cut.contains(QStringLiteral("may have applied the change")), qPrintable(cut));

        ApiError read = ApiError::network(QStringLiteral("GET"), path, QStringLiteral("closed"));
        read.mayHaveReachedServer = true;
        QVERIFY(!read.userMessage().contains(QStringLiteral("may have applied")));
        QVERIFY(!ApiError::fromHttp(QStringLiteral("PATCH"), path, 409, QStringLiteral("Conflict"), {})
                     .userMessage()
                     .contains(QStringLiteral("may have applied")));
        QVERIFY(!ApiError::cancelled(QStringLiteral("PATCH"), path).userMessage().contains(QStringLiteral("may have")));
    }
};

QTEST_APPLESS_MAIN(TestApiError)
#include "TestApiError.moc"
