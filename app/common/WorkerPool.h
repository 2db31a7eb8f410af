#pragma once

// WorkerPool: the threads for CPU-heavy work (parsing large responses, building and filtering the configuration
// tree). Not Qt's global pool: QtGui hands parts of painting to that one and waits for them, so long jobs queued
// there stall the GUI thread's painting. Any thread.

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

class QThreadPool;

namespace WorkerPool {

QThreadPool *instance();

// One thread for work nobody waits for (the whole document linted after each read): it runs at a lower OS priority,
// so that on a machine with few cores it yields them to what the user waits for (a filter, an explanation).
QThreadPool *background();
// Lowers the calling thread's OS priority, for good (background()'s jobs call it first).
void lowerCurrentThreadPriority();

// Calls `function` with the finished future on the context's thread, unless the context is gone by then. (Not
// QFuture::then(context, ...): Qt 6.4 asserts there that the context still exists when the work ends.)
template <typename T, typename Function>
void whenFinished(QObject *context, const QFuture<T> &future, Function function)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, function = std::move(function)]() mutable {
                         watcher->deleteLater();
                         function(watcher->future());
                     });
    watcher->setFuture(future);
}

} // namespace WorkerPool
