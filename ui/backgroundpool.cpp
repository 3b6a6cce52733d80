#include "backgroundpool.h"

#include <QThread>
#include <QThreadPool>

namespace refmend {

namespace {

struct IdlePool : QThreadPool {
    IdlePool() { setThreadPriority(QThread::IdlePriority); }
};

Q_GLOBAL_STATIC(IdlePool, idlePool)

} // namespace

QThreadPool *backgroundPool()
{
    return idlePool();
}

} // namespace refmend
