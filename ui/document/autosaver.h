#pragma once

#include "model/collection.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QLockFile;
class QTimer;

namespace refmend {

class Document;

/*! \brief What an autosave left behind: the records of a document that had unsaved
    changes, and the file they belong to. Two files in the recovery folder: the records
    (<key>.<ext>, UTF-8, in the document's format) and this description (<key>.recovery.json). */
struct RecoveryFile {
    QString dataPath;           // the records, written in formatId
    QString infoPath;           // the JSON sidecar
    QString originalPath;       // the document's file; empty for an untitled document
    QDateTime savedAt;          // when the autosave was written
    QString formatId;           // the format dataPath is written in
    QString documentFormatId;   // the document's own format (may be read-only, e.g. MODS)
    QString encoding;           // the original file's encoding, BOM and line endings
    bool hadBom = false;
    LineEnding lineEnding = LineEnding::Lf;
    int recordCount = 0;
    //! Held while this process offers or recovers the file, so that no other RefMend does.
    std::shared_ptr<QLockFile> claim;

    bool isValid() const { return !dataPath.isEmpty(); }
    /*! The records as the document they were saved from: the original file's path, format
        and encoding, so that Save writes there as before. Empty with \a error when the
        file cannot be read. */
    Collection load(QString *error = nullptr) const;
    //! Deletes the recovery file and its description, and gives up the claim.
    void remove();
};

/*! \brief Writes a document's unsaved changes to a recovery file a few seconds after they
    are made, so that a crash or a kill loses at most that much. It writes only while the
    document is modified and has changed since the last autosave, and removes the file when
    the document becomes unmodified again (saved, reloaded, undone back to the file).
    While it keeps a recovery file it holds a lock beside it, which tells other RefMends
    (and orphaned()) that the file is not left over from a crash. */
class Autosaver : public QObject
{
    Q_OBJECT
public:
    explicit Autosaver(Document *document, QObject *parent = nullptr);
    //! Leaves the recovery file, as a crash would: a normal close discards it first.
    ~Autosaver() override;

    //! The application's recovery folder: AppDataLocation/recovery.
    static QString defaultDirectory();
    //! Where recovery files go; empty (the default) turns autosaving off.
    void setDirectory(const QString &directory);
    QString directory() const { return m_directory; }
    //! How long after a change the recovery file is written; edits in the meantime join it.
    void setInterval(int ms);
    int interval() const;

    /*! Text typed into an editor but not applied to the document yet: \a source gives the
        row and the record as it will be once applied (false when nothing is pending). The
        recovery file holds it in place of the document's record; the document and its
        undo stack are left alone. Call pendingEditsChanged() when that text changes. */
    using PendingEditSource = std::function<bool(int *row, Record *record)>;
    void setPendingEditSource(PendingEditSource source);
    void pendingEditsChanged();

    //! Writes the recovery file now if the document has changes it does not hold yet.
    //! False when nothing needed writing, or the write failed (see lastError()).
    bool saveNow();
    //! Removes the document's recovery file: its changes were discarded (or saved).
    void discard();
    //! The recovery file kept for the document now; empty when there is none.
    QString recoveryFilePath() const { return m_dataPath; }
    QString lastError() const { return m_lastError; }

    /*! Recovery files in \a directory that no running RefMend keeps, i.e. left by one that
        crashed or was killed, newest first; with \a originalPath, only that file's. Each
        comes claimed for this process until its last RecoveryFile copy is gone. */
    static QList<RecoveryFile> orphaned(const QString &directory, const QString &originalPath = {});

Q_SIGNALS:
    void saved(const QString &recoveryFilePath);
    void failed(const QString &error);

private:
    void changed();
    bool hasChanges() const;
    bool prepareKey();
    void removeFiles();

    QPointer<Document> m_document;
    QTimer *m_timer = nullptr;
    PendingEditSource m_pending;
    QString m_directory;
    bool m_dirty = false;                 // changed since the last autosave
    QString m_keyPath;                    // the document path the key was made for
    QString m_key;                        // base name of the files kept, empty when none
    QString m_dataPath;
    QString m_infoPath;
    std::unique_ptr<QLockFile> m_lock;
    QString m_lastError;
};

} // namespace refmend
