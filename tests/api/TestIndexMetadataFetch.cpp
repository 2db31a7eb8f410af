#include <QPointer>
#include <QtTest>

#include "app/api/IndexMetadataFetch.h"
#include "tests/support/FakeTransport.h"

namespace {

// The four requests as IndexMetadataFetch sends them (docs/api/security-api.md §10.6).
const QString AllIndices = QStringLiteral("/_cat/indices?format=json&expand_wildcards=all&h=index,status");
const QString NotHidden = QStringLiteral("/_cat/indices?format=json&expand_wildcards=open,closed&h=index");
const QString Aliases = QStringLiteral("/_cat/aliases?format=json&expand_wildcards=all&h=alias,index");
const QString DataStreams = QStringLiteral("/_data_stream");

QByteArray forbidden(const char *action)
{
    const QByteArray reason = QByteArray("no permissions for [") + action
                              + "] and User [name=viewer, backend_roles=[viewer], requestedTenant=null]";
    return R"({"error":{"root_cause":[{"type":"security_exception","reason":")" + reason
           + R"("}],"type":"security_exception","reason":")" + reason + R"("},"status":403})";
}

void respondAll(FakeTransport *transport)
{
    transport->respond("GET", AllIndices, 200,
                       R"([{"index":"logs-1","status":"open"},{"index":"old","status":"close"},
                           {"index":".ds-app-000001","status":"open"},{"index":".kibana_1","status":"open"}])");
    transport->respond("GET", NotHidden, 200, R"([{"index":"logs-1"},{"index":"old"}])");
    transport->respond("GET", Aliases, 200, R"([{"alias":".kibana","index":".kibana_1"},
                                                 {"alias":"logs","index":"logs-1"}])");
    transport->respond("GET", DataStreams, 200,
                       R"({"data_streams":[{"name":"app","timestamp_field":{"name":"@timestamp"},
                           "indices":[{"index_name":".ds-app-000001","index_uuid":"u1"}],"generation":1,
                           "status":"GREEN","template":"app"}]})");
}

struct Run
{
    QList<IndexMetadataResult> results;
};

// Runs a fetch until it deleted itself (after its finished()), so a second finished() would be among the results.
Run fetch(ApiClient *client, bool cancelAtOnce = false)
{
    Run run;
    auto *fetch = new IndexMetadataFetch(client);
    const QPointer<IndexMetadataFetch> alive(fetch);
    QObject::connect(fetch, &IndexMetadataFetch::finished, fetch,
                     [&run](const IndexMetadataResult &r) { run.results << r; });
    fetch->start();
    if (cancelAtOnce)
        fetch->cancel();
    (void)QTest::qWaitFor([&] { return alive.isNull(); }, 5000);
    return run;
}

QString messageOf(const IndexMetadataResult &result)
{
    return result ? QStringLiteral("(succeeded)") : result.error().userMessage();
}

ConnectionSettings settings()
{
    ConnectionSettings s;
    s.baseUrl = QUrl(QStringLiteral("http://cluster:9200"));
    return s;
}

} // namespace

// The parallel read of indices, aliases and data streams, over a fake transport: what makes the metadata
// unavailable, what only leaves the data streams out, and what fails the fetch.
class TestIndexMetadataFetch : public QObject
{
    Q_OBJECT

private slots:
    void assemblesTheMetadata()
    {
        auto *transport = new FakeTransport;
        ApiClient client(settings(), transport);
        respondAll(transport);
        const Run run = fetch(&client);
        QCOMPARE(run.results.size(), 1);
        QVERIFY2(run.results.first(), qPrintable(messageOf(run.results.first())));
        const FetchedIndexMetadata &fetched = run.results.first().value();
        QVERIFY(fetched.isAvailable());
        QVERIFY(fetched.notes.isEmpty());
        QVERIFY(fetched.fetchedAt.isValid());

        QStringList sent;
        for (const TransportRequest &request : std::as_const(transport->requests)) {
            QCOMPARE(request.method, QByteArray("GET"));
            sent << request.url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority);
        }
        sent.sort();
        QCOMPARE(sent, QStringList({Aliases, AllIndices, NotHidden, DataStreams}));

        const IndexMetadata &metadata = fetched.metadata;
        QCOMPARE(metadata.indexNames(), QStringList({QStringLiteral(".ds-app-000001"), QStringLiteral(".kibana_1"),
                                                     QStringLiteral("logs-1"), QStringLiteral("old")}));
        QVERIFY(metadata.index(QStringLiteral(".kibana_1"))->hidden);
        QVERIFY(metadata.index(QStringLiteral(".ds-app-000001"))->hidden);
        QVERIFY(!metadata.index(QStringLiteral("logs-1"))->hidden);
        QVERIFY(metadata.index(QStringLiteral("old"))->closed);
        QCOMPARE(metadata.members(QStringLiteral(".kibana")), QStringList {QStringLiteral(".kibana_1")});
        QCOMPARE(metadata.members(QStringLiteral("app")), QStringList {QStringLiteral(".ds-app-000001")});
        QCOMPARE(metadata.index(QStringLiteral(".ds-app-000001"))->dataStream, QStringLiteral("app"));
    }

    void partsLeftOut_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("unavailable"); // empty: available, with the note
        QTest::addColumn<QString>("note");
        QTest::newRow("403 on _cat/indices")
            << AllIndices << 403 << forbidden("cluster:monitor/state")
            << QStringLiteral("index metadata unavailable: no permission for _cat/indices (403)") << QString();
        QTest::newRow("403 on the listing without hidden indices")
            << NotHidden << 403 << forbidden("cluster:monitor/state")
            << QStringLiteral("index metadata unavailable: no permission for _cat/indices (403)") << QString();
        QTest::newRow("403 on _cat/aliases")
            << Aliases << 403 << forbidden("cluster:monitor/state")
            << QStringLiteral("index metadata unavailable: no permission for _cat/aliases (403)") << QString();
        QTest::newRow("no handler for _cat/aliases")
            << Aliases << 400
            << QByteArray(R"({"error":"no handler found for uri [/_cat/aliases] and method [GET]","status":400})")
            << QStringLiteral("index metadata unavailable: _cat/aliases is not available on this cluster (400)")
            << QString();
        QTest::newRow("403 on _data_stream")
            << DataStreams << 403 << forbidden("indices:admin/data_stream/get") << QString()
            << QStringLiteral("data streams unknown: no permission for _data_stream (403)");
        QTest::newRow("404 on _data_stream")
            << DataStreams << 404
            << QByteArray(R"({"error":{"type":"index_not_found_exception","reason":"no such index [_all]"},)"
                          R"("status":404})")
            << QString() << QStringLiteral("data streams unknown: _data_stream found none (404)");
        QTest::newRow("no handler for _data_stream")
            << DataStreams << 400
            << QByteArray(R"({"error":"no handler found for uri [/_data_stream] and method [GET]","status":400})")
            << QString() << QStringLiteral("data streams unknown: _data_stream is not available on this cluster (400)");
        QTest::newRow("501 on _data_stream") << DataStreams << 501 << QByteArray() << QString()
                                             << QStringLiteral("data streams unknown: _data_stream is not "
                                                               "implemented on this cluster (501)");
    }

    void partsLeftOut()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, unavailable);
        QFETCH(QString, note);
        auto *transport = new FakeTransport;
        ApiClient client(settings(), transport);
        respondAll(transport);
        transport->respond("GET", path, status, body);
        const Run run = fetch(&client);
        QCOMPARE(run.results.size(), 1);
        QVERIFY2(run.results.first(), qPrintable(messageOf(run.results.first())));
        const FetchedIndexMetadata &fetched = run.results.first().value();
        QCOMPARE(fetched.unavailable, unavailable);
        QCOMPARE(fetched.isAvailable(), unavailable.isEmpty());
        QCOMPARE(fetched.notes, note.isEmpty() ? QStringList() : QStringList {note});
        if (!fetched.isAvailable()) {
            QVERIFY(fetched.metadata.isEmpty());
        } else {
            // The indices are all there; only the data streams are missing.
            QCOMPARE(fetched.metadata.indexNames().size(), 4);
            QVERIFY(fetched.metadata.dataStreamNames().isEmpty());
            QVERIFY(fetched.metadata.index(QStringLiteral(".ds-app-000001"))->dataStream.isEmpty());
        }
    }

    // Refused everywhere: the reason is always the first endpoint's, whichever answer came first.
    void theSameRefusalsGiveTheSameReason()
    {
        auto *transport = new FakeTransport;
        ApiClient client(settings(), transport);
        for (const QString &path : {AllIndices, NotHidden, Aliases})
            transport->respond("GET", path, 403, forbidden("cluster:monitor/state"));
        transport->respond("GET", DataStreams, 403, forbidden("indices:admin/data_stream/get"));
        const Run run = fetch(&client);
        QCOMPARE(run.results.size(), 1);
        QCOMPARE(run.results.first()->unavailable,
                 QStringLiteral("index metadata unavailable: no permission for _cat/indices (403)"));
        QVERIFY(run.results.first()->notes.isEmpty());
    }

    void failures_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message"); // part of userMessage()
        QTest::newRow("500 on _cat/aliases")
            << Aliases << 500 << QByteArray(R"({"error":{"type":"x","reason":"boom"},"status":500})")
            << int(ApiError::Kind::Http) << QStringLiteral("boom");
        QTest::newRow("404 on _cat/indices is not 'none'")
            << AllIndices << 404 << QByteArray(R"({"status":"NOT_FOUND","message":"wrong path"})")
            << int(ApiError::Kind::Http) << QStringLiteral("wrong path");
        QTest::newRow("a text table instead of JSON")
            << AllIndices << 200 << QByteArray("green open logs-1 aBcD 1 0 12 0 7kb 7kb\n")
            << int(ApiError::Kind::InvalidResponse)
            << QStringLiteral("GET /_cat/indices returned an unusable response: "
                              "the response body is not valid JSON");
        QTest::newRow("an object instead of rows")
            << NotHidden << 200 << QByteArray(R"({"indices":[]})") << int(ApiError::Kind::InvalidResponse)
            << QStringLiteral("the _cat/indices response is not a JSON array");
        QTest::newRow("a row without index")
            << Aliases << 200 << QByteArray(R"([{"alias":"a"}])") << int(ApiError::Kind::InvalidResponse)
            << QStringLiteral("row 1 has no \"index\"");
        QTest::newRow("data streams of another shape")
            << DataStreams << 200 << QByteArray(R"({"data_streams":[{"name":"ds"}]})")
            << int(ApiError::Kind::InvalidResponse) << QStringLiteral("\"ds\" has no \"indices\" array");
    }

    void failures()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, message);
        auto *transport = new FakeTransport;
        ApiClient client(settings(), transport);
        respondAll(transport);
        transport->respond("GET", path, status, body);
        const Run run = fetch(&client);
        QCOMPARE(run.results.size(), 1);
        QVERIFY(!run.results.first());
        const ApiError &error = run.results.first().error();
        QCOMPARE(int(error.kind), kind);
        QVERIFY2(error.userMessage().contains(message), qPrintable(error.userMessage()));
    }

    void networkFailureFailsTheFetch()
    {
        auto *transport = new FakeTransport;
        ApiClient client(settings(), transport);
        respondAll(transport);
        transport->fail("GET", DataStreams,
                        ApiError::network(QStringLiteral("GET"), DataStreams, QStringLiteral("connection refused")));
        const Run run = fetch(&client);
        QCOMPARE(run.results.size(), 1);
        QVERIFY(!run.results.first());
        QCOMPARE(run.results.first().error().kind, ApiError::Kind::Network);
    }

    void cancelEndsOnce()
    {
        auto *transport = new FakeTransport;
        ApiClient client(settings(), transport);
        for (const QString &path : {AllIndices, NotHidden, Aliases, DataStreams})
            transport->hang("GET", path);
        const Run run = fetch(&client, true);
        QCOMPARE(run.results.size(), 1);
        QVERIFY(!run.results.first());
        QCOMPARE(run.results.first().error().kind, ApiError::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestIndexMetadataFetch)
#include "TestIndexMetadataFetch.moc"
