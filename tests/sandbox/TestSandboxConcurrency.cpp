// Many clients at once, each on its own thread with its own connection: writers are serialised (no lost
// update), no reader sees half of a change, and every write is recorded as a version.

#include <atomic>

#include <QThread>
#include <QtTest>

#include "tests/sandbox/SandboxTestSupport.h"

using namespace Qt::StringLiterals;
using SandboxTest::Client;

class TestSandboxConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void readersAndWriters_data();
    void readersAndWriters();
};

void TestSandboxConcurrency::readersAndWriters_data()
{
    QTest::addColumn<int>("writers");
    QTest::addColumn<int>("readers");
    QTest::addColumn<int>("writesEach");
    QTest::newRow("4 writers, 4 readers") << 4 << 4 << 15;
    QTest::newRow("8 writers, 2 readers") << 8 << 2 << 8;
}

void TestSandboxConcurrency::readersAndWriters()
{
    QFETCH(int, writers);
    QFETCH(int, readers);
    QFETCH(int, writesEach);
    SandboxOptions options = SandboxTest::fastOptions();
    options.retention = 10000;
    Sandbox sandbox(options);
    QVERIFY(sandbox.start().ok());
    const QUrl url = sandbox.url();

    std::atomic<int> failedWrites = 0;
    std::atomic<int> inconsistentReads = 0;
    std::atomic<int> reads = 0;
    std::atomic<int> writersLeft = writers;
    QList<QThread *> threads;
    for (int w = 0; w < writers; ++w) {
        threads.append(QThread::create([&, w] {
            Client client(url);
            client.setCredentials(u"admin"_s, u"admin"_s);
            for (int i = 0; i < writesEach; ++i) {
                // One request adds a pair of tenants and appends to a shared list: a reader must see both or
                // neither, and no append may be lost.
                const QString pair = u"w%1_%2"_s.arg(w).arg(i);
                auto addTenant = [&](const QString &suffix) {
                    return QJsonObject {{u"op"_s, u"add"_s},
                                        {u"path"_s, QString(u"/"_s + pair + suffix)},
                                        {u"value"_s, QJsonObject {{u"description"_s, pair}}}};
                };
                const QByteArray patch = QJsonDocument(QJsonArray {addTenant(u"_a"_s), addTenant(u"_b"_s)}).toJson();
                if (client.send("PATCH", u"/_plugins/_security/api/tenants"_s, patch).status != 200)
                    ++failedWrites;
                const QByteArray append =
                    QJsonDocument(QJsonArray {QJsonObject {{u"op"_s, u"add"_s},
                                                           {u"path"_s, u"/cluster_permissions/-"_s},
                                                           {u"value"_s, pair}}})
                        .toJson();
                if (client.send("PATCH", u"/_plugins/_security/api/roles/analyst_role"_s, append).status != 200)
                    ++failedWrites;
            }
            --writersLeft;
        }));
    }
    for (int r = 0; r < readers; ++r) {
        threads.append(QThread::create([&] {
            Client client(url);
            client.setCredentials(u"admin"_s, u"admin"_s);
            do {
                const QJsonObject tenants = client.get(u"/_plugins/_security/api/tenants"_s).json();
                for (const QString &name : tenants.keys()) {
                    if (name.endsWith(u"_a"_s) && !tenants.contains(name.chopped(2) + u"_b"_s))
                        ++inconsistentReads;
                    if (name.endsWith(u"_b"_s) && !tenants.contains(name.chopped(2) + u"_a"_s))
                        ++inconsistentReads;
                }
                const QJsonArray versions =
                    client.get(u"/_plugins/_security/api/versions"_s).json().value(u"versions"_s).toArray();
                for (qsizetype i = 0; i < versions.size(); ++i) {
                    if (versions.at(i).toObject().value(u"version_id"_s).toString() != u"v%1"_s.arg(i + 1))
                        ++inconsistentReads;
                }
                ++reads;
            } while (writersLeft > 0);
        }));
    }
    for (QThread *thread : threads)
        thread->start();
    for (QThread *thread : threads) {
        QVERIFY(thread->wait(60000));
        delete thread;
    }

    QCOMPARE(failedWrites.load(), 0);
    QCOMPARE(inconsistentReads.load(), 0);
    QVERIFY(reads > 0);
    const int totalWrites = writers * writesEach * 2;
    QCOMPARE(sandbox.store().writeCount(), qint64(totalWrites));
    QCOMPARE(sandbox.store().versionCount(), 1 + totalWrites); // every write recorded
    const ConfigSnapshot state = sandbox.store().snapshot();
    const QJsonArray permissions =
        state.stored.value(CType::Roles).value(u"analyst_role"_s).toObject().value(u"cluster_permissions"_s).toArray();
    QCOMPARE(permissions.size(), 1 + writers * writesEach);                            // no lost update
    QCOMPARE(state.stored.value(CType::Tenants).size(), 4 + writers * writesEach * 2); // 4 demo tenants
}

QTEST_GUILESS_MAIN(TestSandboxConcurrency)
#include "TestSandboxConcurrency.moc"
