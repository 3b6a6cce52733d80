#include "filewatcher.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace refmend {

namespace {

constexpr int kDefaultDelay = 300;
/*! File times are coarse (a few milliseconds on Linux, two seconds on FAT): a second write
    in the same tick keeps the time. Size and time prove "unchanged" only for a stamp taken
    this long after the time it read. */
constexpr qint64 kTimeResolutionMs = 3000;
//! Files up to this size are digested at once (some milliseconds); larger ones on a worker.
constexpr qint64 kDigestNowBytes = 4 * 1024 * 1024;

QByteArray digestOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return QByteArray();
    return hash.result();
}

} // namespace

FileWatcher::FileWatcher(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDefaultDelay);
    connect(m_timer, &QTimer::timeout, this, &FileWatcher::check);
    auto schedule = [this] {
        if (!m_path.isEmpty() && !m_held)
            m_timer->start();
    };
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, schedule);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, schedule);
}

void FileWatcher::setPath(const QString &path)
{
    const QString absolute = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    if (absolute != m_path) {
        if (const QStringList watched = m_watcher->files() + m_watcher->directories(); !watched.isEmpty())
            m_watcher->removePaths(watched);
        m_path = absolute;
        if (!m_path.isEmpty())
            m_watcher->addPath(QFileInfo(m_path).absolutePath());
    }
    m_timer->stop();
    acceptCurrentContent();
}

FileWatcher::~FileWatcher()
{
    m_digest.waitForFinished();
}

void FileWatcher::acceptCurrentContent()
{
    if (m_path.isEmpty()) {
        m_known = Stamp();
        return;
    }
    Stamp now = stampNow(false);
    // Accepted twice in a row (a load says both "new path" and "in step with the file"):
    // the same size and time, read long enough after that time, is the same content.
    const bool same = now.exists && m_known.exists && now.size == m_known.size
            && now.modified == m_known.modified
            && m_known.modified.msecsTo(m_known.taken) > kTimeResolutionMs;
    if (same && (!m_known.digest.isEmpty() || m_digest.isRunning())) {
        watch();
        return;
    }
    // The digest of a large file is read on a worker, so that opening or saving it does not
    // wait (check() waits for it in the rare case that it is not in yet); a small one's now.
    m_digest.waitForFinished();
    delete m_digestWatcher;
    m_digestWatcher = nullptr;
    m_known = now;
    if (now.exists && now.size <= kDigestNowBytes) {
        m_known.digest = digestOf(m_path);
    } else if (now.exists) {
        const QString path = m_path;
        m_digest = QtConcurrent::run([path, now] {
            QByteArray digest = digestOf(path);
            // Changed while it was read: the digest is of no known version.
            const QFileInfo after(path);
            if (after.size() != now.size || after.lastModified() != now.modified)
                digest.clear();
            return digest;
        });
        m_digestWatcher = new QFutureWatcher<QByteArray>(this);
        connect(m_digestWatcher, &QFutureWatcher<QByteArray>::finished, this,
                &FileWatcher::finishDigest);
        m_digestWatcher->setFuture(m_digest);
    }
    watch();
}

void FileWatcher::finishDigest()
{
    if (!m_digestWatcher)
        return;
    m_digest.waitForFinished();
    m_known.digest = m_digest.result();
    m_digestWatcher->deleteLater();
    m_digestWatcher = nullptr;
}

void FileWatcher::setHeld(bool held)
{
    m_held = held;
    if (held)
        m_timer->stop();
}

void FileWatcher::setDelay(int ms)
{
    m_timer->setInterval(qMax(0, ms));
}

bool FileWatcher::isCheckPending() const
{
    return m_timer->isActive();
}

FileWatcher::Stamp FileWatcher::stampNow(bool withDigest) const
{
    Stamp stamp;
    const QFileInfo info(m_path);
    stamp.exists = info.isFile();
    if (!stamp.exists)
        return stamp;
    stamp.size = info.size();
    stamp.modified = info.lastModified();
    stamp.taken = QDateTime::currentDateTime();
    if (withDigest)
        stamp.digest = digestOf(m_path);
    return stamp;
}

void FileWatcher::watch()
{
    // A file replaced by a rename is a new file: the old watch went with the old one.
    if (!m_path.isEmpty() && QFileInfo::exists(m_path) && !m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
}

void FileWatcher::check()
{
    m_timer->stop();
    if (m_path.isEmpty() || m_held)
        return;
    watch();
    finishDigest();
    Stamp now = stampNow(false);
    if (!now.exists) {
        if (m_known.exists) {
            m_known.exists = false;   // the digest stays: the same content may come back
            Q_EMIT removedFromDisk(m_path);
        }
        return;
    }
    const bool timeIsConclusive = m_known.modified.isValid()
                                  && m_known.modified.msecsTo(m_known.taken) > kTimeResolutionMs;
    if (m_known.exists && timeIsConclusive && now.size == m_known.size
        && now.modified == m_known.modified) {
        return;
    }
    now.digest = digestOf(m_path);
    const bool sameContent = !m_known.digest.isEmpty() && now.digest == m_known.digest;
    m_known = now;   // each version is reported once
    if (!sameContent)
        Q_EMIT changedOnDisk(m_path);
}

} // namespace refmend
