#pragma once

// Latest: "the newest request wins", written once for every asynchronous job whose newer request replaces an older
// one (a filter, a preview, a diff, a check) and whose receiver may be gone when the work ends. Each next() or run()
// makes every earlier request stale: the workers see it through their CancelToken (and may stop early), and their
// results are never delivered. Results are delivered on the receiver's thread, only while the receiver lives (through
// WorkerPool::whenFinished, never QFuture::then(context), which asserts in Qt 6.4 when the context dies first).
// A Latest lives in its receiver (a member) and is used on the receiver's thread; CancelTokens on any thread.
//
//     Latest m_diff{this};
//     m_diff.run([a, b](const CancelToken &cancel) { return diff(a, b, cancel); },
//                [this](const Diff &diff) { show(diff); });   // not called if another run() came meanwhile

#include <atomic>
#include <memory>
#include <type_traits>
#include <utility>

#include <QFuture>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include "app/common/WorkerPool.h"

// Tells work on any thread whether its request is still the newest one.
class CancelToken
{
public:
    CancelToken() = default; // never cancelled
    CancelToken(std::shared_ptr<const std::atomic<int>> counter, int generation)
        : m_counter(std::move(counter)), m_generation(generation)
    { }
    bool isCancelled() const { return m_counter && m_counter->load(std::memory_order_relaxed) != m_generation; }

private:
    std::shared_ptr<const std::atomic<int>> m_counter;
    int m_generation = 0;
};

class Latest
{
public:
    explicit Latest(QObject *receiver) : m_receiver(receiver) { }
    Latest(const Latest &) = delete;
    Latest &operator=(const Latest &) = delete;

    // A new request: every earlier one is stale from now on.
    CancelToken next() { return CancelToken(m_counter, ++*m_counter); }
    // Makes every request stale: nothing in flight is delivered.
    void cancel() { ++*m_counter; }
    bool isCurrent(const CancelToken &token) const { return !token.isCancelled(); }

    // Runs work(token) on the WorkerPool as a new request, then deliver(result) on the receiver's thread if it is still
    // the newest request and the receiver lives. A stale result goes to discard(result) instead (on the receiver's
    // thread), for results worth freeing elsewhere; by default it is simply dropped.
    template <typename Work, typename Deliver, typename Discard = std::nullptr_t>
    CancelToken run(Work work, Deliver deliver, Discard discard = nullptr)
    {
        return runOn(WorkerPool::instance(), std::move(work), std::move(deliver), std::move(discard));
    }

    // run() on WorkerPool::background(): for work nobody waits for, which yields the cores to the rest.
    template <typename Work, typename Deliver> CancelToken runInBackground(Work work, Deliver deliver)
    {
        return runOn(
            WorkerPool::background(),
            [work = std::move(work)](const CancelToken &token) mutable {
                WorkerPool::lowerCurrentThreadPriority();
                return work(token);
            },
            std::move(deliver));
    }

    // run() on the given pool.
    template <typename Work, typename Deliver, typename Discard = std::nullptr_t>
    CancelToken runOn(QThreadPool *pool, Work work, Deliver deliver, Discard discard = nullptr)
    {
        const CancelToken token = next();
        auto future = QtConcurrent::run(pool, [work = std::move(work), token]() mutable { return work(token); });
        deliverWhenCurrent(future, token, std::move(deliver), std::move(discard));
        return token;
    }

    // The same for a future started elsewhere under `token` (from next()). `deliver` takes the result, or the
    // finished future itself (for one with several results).
    template <typename T, typename Deliver, typename Discard = std::nullptr_t>
    void deliverWhenCurrent(const QFuture<T> &future, const CancelToken &token, Deliver deliver,
                            Discard discard = nullptr)
    {
        WorkerPool::whenFinished(
            m_receiver, future,
            [token, deliver = std::move(deliver), discard = std::move(discard)](const QFuture<T> &finished) mutable {
                if (!token.isCancelled()) {
                    if constexpr (std::is_invocable_v<Deliver &, const QFuture<T> &>)
                        deliver(finished);
                    else
                        deliver(finished.result());
                    return;
                }
                if constexpr (!std::is_same_v<Discard, std::nullptr_t>)
                    discard(finished.result());
            });
    }

private:
    QObject *m_receiver;
    std::shared_ptr<std::atomic<int>> m_counter = std::make_shared<std::atomic<int>>(0);
};
