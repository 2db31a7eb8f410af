#pragma once

// WorkerPool: the threads for CPU-heavy work (parsing large responses, building and filtering the configuration
// tree). Not Qt's global pool: QtGui hands parts of painting to that one and waits for them, so long jobs queued
// there stall the GUI thread's painting. Any thread.

class QThreadPool;

namespace WorkerPool {

QThreadPool *instance();

} // namespace WorkerPool
