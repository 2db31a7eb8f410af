#include "app/common/WorkerPool.h"

#include <QThreadPool>

namespace WorkerPool {

QThreadPool *instance()
{
    // Created on first use and never destroyed before the threads are done: Qt's global pool is waited for when
    // the application object goes, this one when the program ends.
    static QThreadPool pool;
    return &pool;
}

} // namespace WorkerPool
