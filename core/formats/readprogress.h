#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

namespace refmend {

/*! \brief How far a read has got, and a way to stop it from another thread.

    readFile() reports the bytes it reads from disk (Stage::Reading), then the reader its
    position in the decoded text (Stage::Parsing). A reader calls proceed() in its main loop
    (per line, tag or record): after cancel() it stops there, and readFile() returns no records and an error
    saying the read was cancelled. Nothing in here blocks, so the callback may run on a
    worker thread and only queue a signal to the GUI. */
class ReadProgress
{
public:
    enum class Stage { Reading, Decoding, Parsing };
    //! Called on the reading thread, about 200 times per stage at most.
    using Callback = std::function<void(Stage stage, qint64 done, qint64 total)>;

    ReadProgress() = default;
    explicit ReadProgress(Callback callback) : m_callback(std::move(callback)) {}
    ReadProgress(const ReadProgress &) = delete;
    ReadProgress &operator=(const ReadProgress &) = delete;

    //! From any thread: the read stops at its next check.
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    //! Reports \a done of \a total in \a stage (not every call); false once cancelled.
    bool report(Stage stage, qint64 done, qint64 total);

private:
    Callback m_callback;
    std::atomic<bool> m_cancelled{false};
    Stage m_stage = Stage::Reading;
    qint64 m_nextReport = 0;
};

/*! For the loops of readers: reports the position \a pos in a text of \a total characters
    to \a progress (may be null); false when the read was cancelled and should stop. */
inline bool proceed(ReadProgress *progress, qint64 pos, qint64 total)
{
    return !progress || progress->report(ReadProgress::Stage::Parsing, pos, total);
}

} // namespace refmend
