#include <QSemaphore>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <QtTest>

#include "app/common/Latest.h"

// Latest: the newest request wins; stale results never reach a receiver, and a receiver that is gone gets nothing.
class TestLatest : public QObject
{
    Q_OBJECT

private slots:
    void onlyTheNewestIsDelivered()
    {
        QObject receiver;
        Latest latest(&receiver);
        QSemaphore release;
        QList<int> delivered;
        QList<int> discarded;
        bool firstSawCancel = false;
        const CancelToken first = latest.run(
            [&](const CancelToken &cancel) {
                release.acquire(); // held until the second request has been made
                firstSawCancel = cancel.isCancelled();
                return 1;
            },
            [&](int value) { delivered << value; }, [&](int value) { discarded << value; });
        QVERIFY(latest.isCurrent(first));
        const CancelToken second =
            latest.run([](const CancelToken &) { return 2; }, [&](int value) { delivered << value; },
                       [&](int value) { discarded << value; });
        QVERIFY(!latest.isCurrent(first));
        QVERIFY(first.isCancelled());
        QVERIFY(latest.isCurrent(second));
        release.release();
        QTRY_COMPARE(delivered.size() + discarded.size(), 2);
        QCOMPARE(delivered, QList<int> {2});
        QCOMPARE(discarded, QList<int> {1});
        QVERIFY(firstSawCancel); // the worker could have stopped early
    }

    void cancelDeliversNothing()
    {
        QObject receiver;
        Latest latest(&receiver);
        QSemaphore release;
        int delivered = 0;
        latest.run(
            [&](const CancelToken &) {
                release.acquire();
                return 1;
            },
            [&](int) { ++delivered; });
        latest.cancel();
        release.release();
        // The work ends and its watcher reports; nothing arrives.
        QVERIFY(WorkerPool::instance()->waitForDone(5000));
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        QCOMPARE(delivered, 0);
    }

    void aReceiverThatIsGoneGetsNothing()
    {
        QSemaphore release;
        bool delivered = false;
        {
            QObject receiver;
            Latest latest(&receiver);
            latest.run(
                [&](const CancelToken &) {
                    release.acquire();
                    return 1;
                },
                [&](int) { delivered = true; });
        } // receiver and Latest destroyed while the work runs
        release.release();
        QVERIFY(WorkerPool::instance()->waitForDone(5000));
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        QVERIFY(!delivered);
    }

    void futuresStartedElsewhereAndTokensForNetworkCalls()
    {
        QObject receiver;
        Latest latest(&receiver);
        const CancelToken old = latest.next();
        const CancelToken current = latest.next();
        QList<int> results;
        latest.deliverWhenCurrent(QtConcurrent::run([] { return 7; }), old, [&](int value) { results << value; });
        // A future with several results can be taken whole.
        latest.deliverWhenCurrent(QtConcurrent::mapped(QList<int> {1, 2, 3}, [](int v) { return v * 10; }), current,
                                  [&](const QFuture<int> &future) { results << future.results(); });
        QTRY_COMPARE(results, (QList<int> {10, 20, 30}));
        // A default token (no Latest) is never cancelled.
        QVERIFY(!CancelToken().isCancelled());
    }
};

QTEST_GUILESS_MAIN(TestLatest)
#include "TestLatest.moc"
