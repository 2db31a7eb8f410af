// OpenSearch core's index metadata endpoints as the sandbox serves them over real loopback HTTP
// (docs/api/security-api.md §10.6, §11.1): the JSON shapes of _cat/indices, _cat/aliases and _data_stream, hidden
// indices only when expand_wildcards asks for them, h=, the one privilege each endpoint needs, and 404 for a data
// stream that does not exist.

#include <QtTest>

#include "tests/sandbox/SandboxTestSupport.h"

using namespace Qt::StringLiterals;
using SandboxTest::Client;

namespace {

const QStringList VisibleIndices = {u"audit-2026.01"_s,
                                    u"logs-2026.01.01"_s,
                                    u"logs-2026.01.02"_s,
                                    u"metrics-archive-2025"_s,
                                    u"metrics-web"_s,
                                    u"reports-2026"_s,
                                    u"security-auditlog-2026.01.01"_s};
const QStringList HiddenIndices = {u".ds-logs-app-000001"_s, u".ds-logs-app-000002"_s,  u".ds-logs-app-000003"_s,
                                   u".kibana_1"_s,           u".opendistro_security"_s, u".plugins-ml-config"_s};

QJsonArray array(const SandboxTest::Reply &reply)
{
    return QJsonDocument::fromJson(reply.body).array();
}

// The values of one member over an array of rows, in order.
QStringList column(const QJsonArray &rows, const QString &key)
{
    QStringList values;
    for (const QJsonValue &row : rows)
        values.append(row.toObject().value(key).toString());
    return values;
}

QJsonObject rowOf(const QJsonArray &rows, const QString &key, const QString &value)
{
    for (const QJsonValue &row : rows) {
        if (row.toObject().value(key).toString() == value)
            return row.toObject();
    }
    return {};
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestSandboxIndices : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void catIndicesShape();
    void hiddenIndices_data();
    void hiddenIndices();
    void catIndicesColumns_data();
    void catIndicesColumns();
    void catIndicesText();
    void catAliases();
    void dataStreams_data();
    void dataStreams();
    void privileges_data();
    void privileges();

private:
    // GET as one of the demo users, whose passwords are their names.
    SandboxTest::Reply get(const QString &user, const QString &path) const
    {
        Client client(m_sandbox->url());
        client.setCredentials(user, user);
        return client.get(path);
    }

    std::unique_ptr<Sandbox> m_sandbox;
};

void TestSandboxIndices::initTestCase()
{
    m_sandbox = std::make_unique<Sandbox>(SandboxTest::fastOptions());
    const auto url = m_sandbox->start();
    QVERIFY2(url.ok(), url.ok() ? "" : qPrintable(url.error().toString()));
}

void TestSandboxIndices::cleanupTestCase()
{
    m_sandbox.reset();
}

// Every row has the ten columns OpenSearch writes by default, all strings, except a closed index's statistics.
void TestSandboxIndices::catIndicesShape()
{
    const auto reply = get(u"admin"_s, u"/_cat/indices?format=json"_s);
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.header("Content-Type").startsWith("application/json"));
    const QJsonArray rows = array(reply);
    QCOMPARE(column(rows, u"index"_s), VisibleIndices);
    const QStringList keys = {u"docs.count"_s,     u"docs.deleted"_s, u"health"_s, u"index"_s,      u"pri"_s,
                              u"pri.store.size"_s, u"rep"_s,          u"status"_s, u"store.size"_s, u"uuid"_s};
    for (const QJsonValue &row : rows)
        QCOMPARE(sorted(row.toObject().keys()), keys);

    const QJsonObject logs = rowOf(rows, u"index"_s, u"logs-2026.01.01"_s);
    QCOMPARE(logs.value(u"health"_s).toString(), u"green"_s);
    QCOMPARE(logs.value(u"status"_s).toString(), u"open"_s);
    QCOMPARE(logs.value(u"pri"_s).toString(), u"1"_s);
    QCOMPARE(logs.value(u"rep"_s).toString(), u"0"_s);
    QCOMPARE(logs.value(u"docs.count"_s).toString(), u"12000"_s);
    QCOMPARE(logs.value(u"store.size"_s).toString(), u"7mb"_s);
    QCOMPARE(logs.value(u"uuid"_s).toString().size(), 22);

    const QJsonObject closed = rowOf(rows, u"index"_s, u"metrics-archive-2025"_s);
    QCOMPARE(closed.value(u"status"_s).toString(), u"close"_s);
    QVERIFY(closed.value(u"docs.count"_s).isNull());
    QVERIFY(closed.value(u"store.size"_s).isNull());
    QCOMPARE(rowOf(rows, u"index"_s, u"metrics-web"_s).value(u"health"_s).toString(), u"yellow"_s);

    // The same UUID every time: the client may compare two reads.
    QCOMPARE(array(get(u"admin"_s, u"/_cat/indices?format=json"_s)), rows);
}

void TestSandboxIndices::hiddenIndices_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("indices"); // in the order listed
    QTest::newRow("default: open and closed, not hidden") << QString() << VisibleIndices;
    QTest::newRow("all") << u"&expand_wildcards=all"_s << sorted(VisibleIndices + HiddenIndices);
    QTest::newRow("open,closed,hidden") << u"&expand_wildcards=open,closed,hidden"_s
                                        << sorted(VisibleIndices + HiddenIndices);
    QStringList open = sorted(VisibleIndices + HiddenIndices);
    open.removeAll(u"metrics-archive-2025"_s);
    QTest::newRow("open,hidden") << u"&expand_wildcards=open,hidden"_s << open;
    QStringList openVisible = VisibleIndices;
    openVisible.removeAll(u"metrics-archive-2025"_s);
    QTest::newRow("open") << u"&expand_wildcards=open"_s << openVisible;
    QTest::newRow("closed") << u"&expand_wildcards=closed"_s << QStringList {u"metrics-archive-2025"_s};
    QTest::newRow("hidden alone names no state") << u"&expand_wildcards=hidden"_s << QStringList();
    QTest::newRow("none") << u"&expand_wildcards=none"_s << QStringList();
}

void TestSandboxIndices::hiddenIndices()
{
    QFETCH(QString, query);
    QFETCH(QStringList, indices);
    const auto reply = get(u"admin"_s, u"/_cat/indices?format=json"_s + query);
    QCOMPARE(reply.status, 200);
    QCOMPARE(column(array(reply), u"index"_s), indices);
}

void TestSandboxIndices::catIndicesColumns_data()
{
    QTest::addColumn<QString>("h");
    QTest::addColumn<QStringList>("keys"); // sorted
    QTest::newRow("index,status") << u"index,status"_s << QStringList {u"index"_s, u"status"_s};
    QTest::newRow("aliases of columns keep their names") << u"i,s"_s << QStringList {u"i"_s, u"s"_s};
    QTest::newRow("not a default column") << u"index,creation.date"_s << QStringList {u"creation.date"_s, u"index"_s};
    QTest::newRow("a pattern") << u"docs.*"_s << QStringList {u"docs.count"_s, u"docs.deleted"_s};
    QTest::newRow("an unknown column is left out") << u"index,nope"_s << QStringList {u"index"_s};
}

void TestSandboxIndices::catIndicesColumns()
{
    QFETCH(QString, h);
    QFETCH(QStringList, keys);
    const auto reply = get(u"admin"_s, u"/_cat/indices?format=json&expand_wildcards=all&h="_s + h);
    QCOMPARE(reply.status, 200);
    const QJsonArray rows = array(reply);
    QCOMPARE(rows.size(), VisibleIndices.size() + HiddenIndices.size());
    for (const QJsonValue &row : rows)
        QCOMPARE(sorted(row.toObject().keys()), keys);
}

// Without format=json (and with the Accept header of a browser) a text table; `v` adds the header line.
void TestSandboxIndices::catIndicesText()
{
    Client admin(m_sandbox->url());
    admin.setCredentials(u"admin"_s, u"admin"_s);
    admin.setRawHeader("Accept", "text/plain");
    const auto reply = admin.get(u"/_cat/indices?v&h=index,status,pri&expand_wildcards=closed"_s);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, QByteArray("index                status pri\n"
                                    "metrics-archive-2025 close    1\n"));
}

void TestSandboxIndices::catAliases()
{
    const auto reply = get(u"admin"_s, u"/_cat/aliases?format=json"_s);
    QCOMPARE(reply.status, 200);
    const QJsonArray rows = array(reply);
    // The get-aliases request's default takes hidden indices in: .kibana_1 is listed.
    const QJsonArray expected = SandboxTest::parseObject(R"({"rows": [
        {"alias": ".kibana", "index": ".kibana_1", "filter": "-", "routing.index": "-", "routing.search": "-",
         "is_write_index": "-"},
        {"alias": "logs", "index": "logs-2026.01.01", "filter": "-", "routing.index": "-", "routing.search": "-",
         "is_write_index": "false"},
        {"alias": "logs", "index": "logs-2026.01.02", "filter": "-", "routing.index": "-", "routing.search": "-",
         "is_write_index": "true"},
        {"alias": "metrics-current", "index": "metrics-web", "filter": "*", "routing.index": "1",
         "routing.search": "1,2", "is_write_index": "-"}]})")
                                    .value(u"rows"_s)
                                    .toArray();
    QCOMPARE(rows, expected);

    const auto visible = get(u"admin"_s, u"/_cat/aliases?format=json&expand_wildcards=open,closed"_s);
    QCOMPARE(visible.status, 200);
    QCOMPARE(column(array(visible), u"alias"_s), (QStringList {u"logs"_s, u"logs"_s, u"metrics-current"_s}));

    const auto narrow = get(u"admin"_s, u"/_cat/aliases?format=json&expand_wildcards=all&h=alias,index"_s);
    QCOMPARE(narrow.status, 200);
    QCOMPARE(array(narrow).size(), 4);
    QCOMPARE(sorted(array(narrow).first().toObject().keys()), (QStringList {u"alias"_s, u"index"_s}));
}

void TestSandboxIndices::dataStreams_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("expected"); // the whole body
    const QByteArray logsApp = R"({"data_streams": [{"name": "logs-app", "timestamp_field": {"name": "@timestamp"},
        "indices": [{"index_name": ".ds-logs-app-000001", "index_uuid": "UUID1"},
                    {"index_name": ".ds-logs-app-000002", "index_uuid": "UUID2"},
                    {"index_name": ".ds-logs-app-000003", "index_uuid": "UUID3"}],
        "generation": 3, "status": "GREEN", "template": "logs-app-template"}]})";
    QTest::newRow("all") << u"/_data_stream"_s << 200 << logsApp;
    QTest::newRow("by name") << u"/_data_stream/logs-app"_s << 200 << logsApp;
    QTest::newRow("by pattern") << u"/_data_stream/logs-*"_s << 200 << logsApp;
    QTest::newRow("_all") << u"/_data_stream/_all"_s << 200 << logsApp;
    QTest::newRow("a pattern that matches nothing")
        << u"/_data_stream/nothing-*"_s << 200 << QByteArray(R"({"data_streams": []})");
    const char *notFound = R"({"error": {"root_cause": [{"type": "index_not_found_exception",
        "reason": "no such index [%1]", "index": "%1", "resource.id": "%1", "resource.type": "index_or_alias",
        "index_uuid": "_na_"}], "type": "index_not_found_exception", "reason": "no such index [%1]", "index": "%1",
        "resource.id": "%1", "resource.type": "index_or_alias", "index_uuid": "_na_"}, "status": 404})";
    QTest::newRow("unknown name") << u"/_data_stream/nope"_s << 404
                                  << QString::fromLatin1(notFound).arg(u"nope"_s).toUtf8();
    QTest::newRow("an index is not a data stream") << u"/_data_stream/logs-2026.01.01"_s << 404
                                                   << QString::fromLatin1(notFound).arg(u"logs-2026.01.01"_s).toUtf8();
    QTest::newRow("no expand_wildcards here")
        << u"/_data_stream?expand_wildcards=all"_s << 400 << QByteArray(R"({"error": {"root_cause": [{
        "type": "illegal_argument_exception",
        "reason": "request [/_data_stream] contains unrecognized parameter: [expand_wildcards]"}],
        "type": "illegal_argument_exception",
        "reason": "request [/_data_stream] contains unrecognized parameter: [expand_wildcards]"}, "status": 400})");
}

void TestSandboxIndices::dataStreams()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, expected);
    const auto reply = get(u"admin"_s, path);
    QCOMPARE(reply.status, status);
    // The backing indices' UUIDs are those _cat/indices reports.
    const QJsonArray indices = array(get(u"admin"_s, u"/_cat/indices?format=json&expand_wildcards=all&h=index,uuid"_s));
    for (int i = 1; i <= 3; ++i) {
        const QString uuid = rowOf(indices, u"index"_s, u".ds-logs-app-00000%1"_s.arg(i)).value(u"uuid"_s).toString();
        QVERIFY(!uuid.isEmpty());
        expected.replace(QByteArray("UUID" + QByteArray::number(i)), uuid.toUtf8());
    }
    QCOMPARE(reply.json(), SandboxTest::parseObject(expected));
}

void TestSandboxIndices::privileges_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("denied"); // the action a 403 names; empty: 200
    const QString indices = u"/_cat/indices?format=json&expand_wildcards=all"_s;
    const QString aliases = u"/_cat/aliases?format=json"_s;
    const QString streams = u"/_data_stream"_s;
    const QString state = u"cluster:monitor/state"_s;
    const QString streamGet = u"indices:admin/data_stream/get"_s;
    // all_access: "*" as cluster permission and on every index.
    QTest::newRow("admin _cat/indices") << u"admin"_s << indices << QString();
    QTest::newRow("admin _cat/aliases") << u"admin"_s << aliases << QString();
    QTest::newRow("admin _data_stream") << u"admin"_s << streams << QString();
    // analyst_role: cluster_monitor (cluster:monitor/*), index permissions without data_stream/get.
    QTest::newRow("analyst _cat/indices") << u"analyst"_s << indices << QString();
    QTest::newRow("analyst _cat/aliases") << u"analyst"_s << aliases << QString();
    QTest::newRow("analyst _data_stream") << u"analyst"_s << streams << streamGet;
    QTest::newRow("analyst _data_stream/nope: 403 before 404") << u"analyst"_s << streams + u"/nope"_s << streamGet;
    // maintenance_role: cluster:monitor/*.
    QTest::newRow("ghost _cat/indices") << u"ghost"_s << indices << QString();
    // readall: cluster_composite_ops_ro and read on every index, nothing of the cluster's state.
    QTest::newRow("viewer _cat/indices") << u"viewer"_s << indices << state;
    QTest::newRow("viewer _cat/aliases") << u"viewer"_s << aliases << state;
    QTest::newRow("viewer _data_stream") << u"viewer"_s << streams << streamGet;
    QTest::newRow("secadmin _cat/indices") << u"secadmin"_s << indices << state;
    QTest::newRow("dashboards _cat/aliases") << u"dashboards"_s << aliases << state;
}

void TestSandboxIndices::privileges()
{
    QFETCH(QString, user);
    QFETCH(QString, path);
    QFETCH(QString, denied);
    const auto reply = get(user, path);
    if (denied.isEmpty()) {
        QCOMPARE(reply.status, 200);
        return;
    }
    QCOMPARE(reply.status, 403);
    // The demo users' backend roles are their names, except the dashboards service account's, which has none.
    const QString backendRoles = user == u"dashboards" ? QString() : user;
    const QString reason =
        u"no permissions for [%1] and User [name=%2, backend_roles=[%3], requestedTenant=null]"_s.arg(denied, user,
                                                                                                      backendRoles);
    const QJsonObject cause {{u"type"_s, u"security_exception"_s}, {u"reason"_s, reason}};
    const QJsonObject expected {{u"error"_s, QJsonObject {{u"root_cause"_s, QJsonArray {cause}},
                                                          {u"type"_s, u"security_exception"_s},
                                                          {u"reason"_s, reason}}},
                                {u"status"_s, 403}};
    QCOMPARE(reply.json(), expected);
}

QTEST_GUILESS_MAIN(TestSandboxIndices)
#include "TestSandboxIndices.moc"
