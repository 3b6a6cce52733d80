#pragma once

class QThreadPool;

namespace refmend {

/*! \brief The threads for work nobody waits for: the mojibake scan and the integrity checks
    that follow every load and edit. They run at idle priority (SCHED_IDLE on Linux), so
    that on a busy machine the GUI thread, and the table's own parallel work on the global
    pool, come first: at 100,000 records both scans start the moment the table appears.
    Nothing may block waiting for a job here (it could wait for as long as the machine is
    busy): take results through a QFutureWatcher. */
QThreadPool *backgroundPool();

} // namespace refmend
