#include "backgroundpool.h"

#include <QThread>
#include <QThreadPool>

namespace refmend {

namespace {

struct IdlePool : QThreadPool {
    IdlePool() { setThreadPriority(QThread::IdlePriority); }
};

Q_GLOBAL_STATIC(IdlePool, idlePool)
Q_GLOBAL_STATIC(QThreadPool, normalPool)
Q_GLOBAL_STATIC(QThreadPool, loopsPool)

} // namespace

QThreadPool *backgroundPool()
{
    return idlePool();
}

QThreadPool *workerPool()
{
    return normalPool();
}

QThreadPool *loopPool()
{
    return loopsPool();
}

} // namespace refmend
