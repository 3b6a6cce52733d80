#pragma once

#include "formats/fileio.h"
#include "formats/readprogress.h"
#include "model/collection.h"

#include <QFutureWatcher>
#include <QObject>

#include <any>
#include <functional>
#include <memory>

namespace refmend {

/*! \brief Reads a file on a worker thread (QtConcurrent), reporting progress and stopping
    when cancelled, so that opening a large file never blocks the GUI thread.

    After the read, an optional \c prepare function runs on the same worker with the
    records, for work the GUI would otherwise do on its thread (the table's row texts).
    finished() comes on the loader's thread; takeResult() hands over what was read. */
class DocumentLoader : public QObject
{
    Q_OBJECT
public:
    using Prepare = std::function<std::any(const Collection &collection)>;

    struct Result {
        QString path;
        Collection collection;
        std::any prepared;        // what prepare returned; empty without one
        bool cancelled = false;
    };

    explicit DocumentLoader(QObject *parent = nullptr);
    //! Cancels a read still running and waits for its thread to stop.
    ~DocumentLoader() override;

    //! Starts reading \a path; a read already running is cancelled first.
    void start(const QString &path, const ReadFileOptions &options = {}, Prepare prepare = {});
    /*! With \a bytes > 0, a read of a file larger than that first reads its head
        (readFileHead()) and emits previewReady() with those records, so that they can be
        shown within moments while the rest is read. Off (0) by default. */
    void setPreviewBytes(qint64 bytes) { m_previewBytes = bytes; }
    //! The records previewReady() announced; leaves none behind.
    Collection takePreview() { return std::exchange(m_preview, Collection()); }
    bool isRunning() const;
    //! The result of the last read, once finished() was emitted; leaves an empty one behind.
    Result takeResult();

public Q_SLOTS:
    //! Asks the read to stop; finished() follows with Result::cancelled set.
    void cancel();

Q_SIGNALS:
    //! \a permille of the whole read (0-1000) and what it is doing, for a progress bar.
    void progress(int permille, const QString &stage);
    //! The first records of the file are there (takePreview()); finished() follows.
    void previewReady();
    void finished();

private:
    //! Waits for the read running now, if any, and lets go of its watcher (and its signals).
    void stopAndForget();

    QFuture<Result> m_future;
    QFutureWatcher<Result> *m_watcher = nullptr;   // one per read: no stale finished()
    std::shared_ptr<ReadProgress> m_progress;
    Result m_result;
    qint64 m_previewBytes = 0;
    Collection m_preview;
    quint64 m_generation = 0;   // which start() a queued preview belongs to
};

} // namespace refmend
