#include "filewatcher.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace refmend {

namespace {

constexpr int kDefaultDelay = 300;
/*! File times are coarse (a few milliseconds on Linux, two seconds on FAT): a second write
    in the same tick keeps the time. Size and time prove "unchanged" only for a stamp taken
    this long after the time it read. */
constexpr qint64 kTimeResolutionMs = 3000;

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
        if (!m_path.isEmpty())
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

void FileWatcher::acceptCurrentContent()
{
    m_known = m_path.isEmpty() ? Stamp() : stampNow(true);
    watch();
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
    if (m_path.isEmpty())
        return;
    watch();
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
