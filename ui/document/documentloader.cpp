#include "documentloader.h"

#include <QFileInfo>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace refmend {

namespace {

// Reads run in a pool of their own: the table's rows are prepared with a blocking map on the
// global pool, which two windows reading at once would otherwise fill with waiting reads.
Q_GLOBAL_STATIC(QThreadPool, readerPool)

// Shares of the progress bar: reading from disk is quick, parsing takes most of the time,
// and preparing the table's rows some.
int permilleOf(ReadProgress::Stage stage, qint64 done, qint64 total)
{
    const double part = total > 0 ? double(qBound<qint64>(0, done, total)) / double(total) : 1.0;
    switch (stage) {
    case ReadProgress::Stage::Reading: return int(100 * part);
    case ReadProgress::Stage::Decoding: return 100 + int(50 * part);
    case ReadProgress::Stage::Parsing: return 150 + int(750 * part);
    }
    return 0;
}

} // namespace

DocumentLoader::DocumentLoader(QObject *parent)
    : QObject(parent)
{
}

DocumentLoader::~DocumentLoader()
{
    stopAndForget();
}

void DocumentLoader::stopAndForget()
{
    cancel();
    if (m_watcher) {
        m_watcher->disconnect(this);
        delete m_watcher;
        m_watcher = nullptr;
    }
    m_future.waitForFinished();
    m_future = QFuture<Result>();
}

void DocumentLoader::start(const QString &path, const ReadFileOptions &options, Prepare prepare)
{
    stopAndForget();
    m_result = Result();
    m_preview = Collection();
    const quint64 generation = ++m_generation;

    // The callback runs on the worker: it only queues a call on this object's thread. The
    // loader outlives the worker (its destructor waits), and Qt drops calls queued for an
    // object that is gone.
    DocumentLoader *self = this;
    const QString name = QFileInfo(path).fileName();
    m_progress = std::make_shared<ReadProgress>(
            [self, name](ReadProgress::Stage stage, qint64 done, qint64 total) {
                const int permille = permilleOf(stage, done, total);
                QString what;
                switch (stage) {
                case ReadProgress::Stage::Reading: what = tr("Reading %1…").arg(name); break;
                case ReadProgress::Stage::Decoding: what = tr("Decoding %1…").arg(name); break;
                case ReadProgress::Stage::Parsing: what = tr("Reading the records of %1…").arg(name); break;
                }
                QMetaObject::invokeMethod(self, [self, permille, what] {
                    Q_EMIT self->progress(permille, what);
                }, Qt::QueuedConnection);
            });

    ReadFileOptions readOptions = options;
    readOptions.progress = m_progress.get();
    std::shared_ptr<ReadProgress> progress = m_progress;
    const qint64 previewBytes = m_previewBytes;
    m_future = QtConcurrent::run(
            readerPool(), [path, readOptions, progress, prepare = std::move(prepare), self, name,
                           previewBytes, generation]() {
                Result result;
                result.path = path;
                if (previewBytes > 0) {
                    Collection head = readFileHead(path, previewBytes, readOptions);
                    if (!head.records.isEmpty() && !progress->isCancelled()) {
                        QMetaObject::invokeMethod(self, [self, generation, head = std::move(head)]() mutable {
                            if (self->m_generation != generation)
                                return;   // from a read that was replaced by another
                            self->m_preview = std::move(head);
                            Q_EMIT self->previewReady();
                        }, Qt::QueuedConnection);
                    }
                }
                result.collection = readFile(path, readOptions);
                result.cancelled = progress->isCancelled();
                if (result.cancelled) {
                    result.collection = Collection();
                    return result;
                }
                if (prepare && !result.collection.records.isEmpty()) {
                    QMetaObject::invokeMethod(self, [self, name] {
                        Q_EMIT self->progress(900, tr("Preparing the table for %1…").arg(name));
                    }, Qt::QueuedConnection);
                    result.prepared = prepare(result.collection);   // a cancel now: see finished
                }
                return result;
            });
    m_watcher = new QFutureWatcher<Result>(this);
    connect(m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        m_result = m_future.result();
        // Cancel pressed after the worker's last check still cancels: the user said so
        // before being told the file was read.
        if (m_progress && m_progress->isCancelled()) {
            m_result.cancelled = true;
            m_result.collection = Collection();
            m_result.prepared.reset();
        }
        Q_EMIT finished();
    });
    m_watcher->setFuture(m_future);
}

bool DocumentLoader::isRunning() const
{
    return m_future.isRunning();
}

DocumentLoader::Result DocumentLoader::takeResult()
{
    return std::exchange(m_result, Result());
}

void DocumentLoader::cancel()
{
    if (m_progress)
        m_progress->cancel();
}

} // namespace refmend
