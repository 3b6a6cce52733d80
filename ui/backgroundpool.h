#pragma once

#include <QList>
#include <QtConcurrent/QtConcurrentMap>

class QThreadPool;

namespace refmend {

/*! \brief Threads for work nobody waits for: the mojibake scan and the integrity checks
    that follow every load and edit. They run at idle priority (SCHED_IDLE on Linux), so
    that on a busy machine the GUI thread, and the table's own parallel work on the global
    pool, come first: at 100,000 records both scans start the moment the table appears.
    Nothing may block waiting for a job here (it could wait for as long as the machine is
    busy): take results through a QFutureWatcher. */
QThreadPool *backgroundPool();

/*! \brief Threads of normal priority for long jobs the user waits for while the window goes
    on: a save or export, the ranking of a large table's sort. Not the global pool: Qt's
    raster paint engine fills in parallel on QThreadPool::globalInstance() and waits for it,
    so seconds of work there froze the window's painting (seen with gdb: the GUI thread in
    QSemaphore::acquire under QRasterPaintEngine::drawLines while a million rows were
    ranked on the global pool). */
QThreadPool *workerPool();

/*! \brief Threads for the parallel loops inside a workerPool() job (a search's blocks, the
    collation keys and halves of a sort), which the job waits for. Not workerPool() itself:
    two such jobs could each hold one of its threads and wait for loops that find no thread
    left to run on (tst_recordfilterproxy hung so, with two searches in flight). Nothing
    that runs here waits for anything. */
QThreadPool *loopPool();

/*! Runs \a work(start, end) over the rows [0, \a count) in blocks of \a block rows, one task
    a block (a task a row would cost more than the row), on the threads of \a pool while the
    calling thread waits: so never on the pool the caller itself runs on (see loopPool()). */
template<typename Work>
void forEachBlock(QThreadPool *pool, qsizetype count, qsizetype block, Work work)
{
    QList<qsizetype> starts;
    for (qsizetype start = 0; start < count; start += block)
        starts.append(start);
    QtConcurrent::blockingMap(pool, starts, [&work, count, block](qsizetype start) {
        work(start, qMin(start + block, count));
    });
}

} // namespace refmend
