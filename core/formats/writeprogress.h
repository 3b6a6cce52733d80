#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

namespace refmend {

/*! \brief How far a write has got, and a way to stop it from another thread.

    Set in WriteOptions::progress. A writer calls proceed() once per record: it reports the
    records written so far and, after cancel(), returns false, and the writer stops there.
    writeBytes() and writeFile() then fail with WriteResult::cancelled set, and writeFile()
    leaves the file on disk as it was. Nothing in here blocks, so the callback may run on a
    worker thread and only hand the figure to the GUI. */
class WriteProgress
{
public:
    //! Called on the writing thread, about 200 times per write at most.
    using Callback = std::function<void(qint64 done, qint64 total)>;

    WriteProgress() = default;
    explicit WriteProgress(Callback callback) : m_callback(std::move(callback)) {}
    WriteProgress(const WriteProgress &) = delete;
    WriteProgress &operator=(const WriteProgress &) = delete;

    //! From any thread: the write stops at its next record.
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    //! Reports \a done of \a total records (not every call); false once cancelled.
    bool report(qint64 done, qint64 total)
    {
        if (m_callback && (done >= m_nextReport || done >= total)) {
            m_nextReport = done + qMax<qint64>(total / 200, 1);
            m_callback(done, total);
        }
        return !isCancelled();
    }

private:
    Callback m_callback;
    std::atomic<bool> m_cancelled{false};
    qint64 m_nextReport = 0;
};

/*! For the loops of writers: \a done of \a total records are written; false when the
    write was cancelled and should stop. \a progress may be null. */
inline bool proceed(WriteProgress *progress, qint64 done, qint64 total)
{
    return !progress || progress->report(done, total);
}

} // namespace refmend
