#include "app/common/WorkerPool.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

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

QThreadPool *background()
{
    static QThreadPool pool;
    static const bool configured = [] {
        pool.setMaxThreadCount(1);
        qAddPostRoutine([] { pool.waitForDone(); });
        return true;
    }();
    Q_UNUSED(configured);
    return &pool;
}

void lowerCurrentThreadPriority()
{
    static thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
#ifdef Q_OS_LINUX
    // Linux's nice value is per thread; Qt's thread priorities do not change it for ordinary threads.
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 10);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

} // namespace WorkerPool
