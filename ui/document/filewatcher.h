#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

class QFileSystemWatcher;
class QTimer;

namespace refmend {

/*! \brief Notices when another program changes, replaces or deletes the open file.
    It remembers the file's content as the document last read or wrote it; a change on
    disk is reported only when the content differs from that, so RefMend's own saves (and
    a mere touch) are not. Editors that save by writing a new file and renaming it over the
    old one are followed: the folder is watched too, and the path is watched again. */
class FileWatcher : public QObject
{
    Q_OBJECT
public:
    explicit FileWatcher(QObject *parent = nullptr);
    ~FileWatcher() override;

    //! Watches \a path, whose content now is the known one; empty watches nothing.
    void setPath(const QString &path);
    QString path() const { return m_path; }
    //! The file as it is now is what the document holds or chose to ignore (after a load,
    //! a save, a reload, or "keep mine"): changes are reported from here on.
    void acceptCurrentContent();
    /*! Waits \a ms after a notification before looking (0: the next event-loop pass), so
        that a program writing in several steps is looked at once it is done. */
    void setDelay(int ms);

    /*! True while the digest of the known content is read on a worker (files over a few
        MB). A file that changes meanwhile, even by a touch, is reported as changed: which
        version the digest saw cannot be told. */
    bool isDigestPending() const { return m_digestWatcher != nullptr; }
    /*! While \a held, notifications are not looked at: the document writes the file
        itself (its write runs on a worker while the event loop goes on). The write ends
        with setPath() on success, which takes the new content as the known one. */
    void setHeld(bool held);
    //! True while a notification waits to be looked at.
    bool isCheckPending() const;
    //! Looks at the file now; emits changedOnDisk() or removedFromDisk() if it differs.
    void check();

Q_SIGNALS:
    //! The file's content is no longer the known one.
    void changedOnDisk(const QString &path);
    //! The file is gone (deleted, or moved away).
    void removedFromDisk(const QString &path);

private:
    struct Stamp {
        bool exists = false;
        qint64 size = -1;
        QDateTime modified;
        QDateTime taken;     // when size and time were read
        QByteArray digest;   // only computed when size or time differ
    };
    Stamp stampNow(bool withDigest) const;
    void watch();
    //! Waits for the digest of m_known that a worker computes, if it is not in yet.
    void finishDigest();

    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_timer = nullptr;
    QString m_path;
    bool m_held = false;
    Stamp m_known;
    // The digest of m_known, computed on a worker: a large file takes a second to read.
    QFuture<QByteArray> m_digest;
    QFutureWatcher<QByteArray> *m_digestWatcher = nullptr;
};

} // namespace refmend
