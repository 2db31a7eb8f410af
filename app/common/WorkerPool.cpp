#include "app/common/WorkerPool.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace WorkerPool {

QThreadPool *instance()
{
    // Created on first use. Like Qt's global pool, its threads are finished when the application object goes:
    // later, at the program's end, the thread-local data of Qt's modules (the font caches of a text document laid
    // out on a worker) would already be gone.
    static QThreadPool pool;
    static const bool finishedWithTheApplication = [] {
        qAddPostRoutine([] { pool.waitForDone(); });
        return true;
    }();
    Q_UNUSED(finishedWithTheApplication);
    return &pool;
}

} // namespace WorkerPool
