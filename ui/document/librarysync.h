#pragma once

#include "storage/library.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QTimer;

namespace refmend {

class Document;

/*! \brief Keeps a Document and a Library in step, so that a library opens in the same
    window as a file: the table, editor, detail view, undo and clean-up all work on the
    Document, and every change they make (undo included) is written to the library at the
    next turn of the event loop, in one transaction per turn, and journaled there.

    Changes other clients make reach the document without touching its undo stack: an
    edited record is replaced, a new one is appended; a removal clears the undo history
    (its steps name rows, which would then be wrong). A save the library refuses because
    someone saved a newer version first is reported with conflict(); the caller shows
    both and passes the merge to resolveConflict(). */
class LibrarySync : public QObject
{
    Q_OBJECT
public:
    //! \a library must be open; it is not owned.
    LibrarySync(Document *document, Library *library, QObject *parent = nullptr);
    ~LibrarySync() override;

    Library *library() const { return m_library; }

    //! Makes the library's records the document's (a fresh, unmodified document).
    bool load(QString *error = nullptr);
    //! Writes what is waiting now (it is written at the next turn of the event loop anyway).
    void flush();
    //! Changes made in the document and not yet written (or queued while offline).
    int pendingCount() const;

    //! The library's id of the document's record \a documentId (0 while it is not there yet).
    RecordId libraryId(RecordId documentId) const;
    RecordId documentId(RecordId libraryId) const;
    //! The record as the library held it when the document's \a documentId was last in step
    //! with it (the base of a three-way merge).
    Record syncedRecord(RecordId documentId) const { return m_entries.value(documentId).synced; }
    //! The version of the library's record the document's record \a documentId was made from.
    qint64 version(RecordId documentId) const;

    /*! After conflict(): \a merged (what the user chose from both) becomes the record, as
        one undo step, and is saved over \a theirs.version. */
    void resolveConflict(RecordId documentId, const Record &merged, const StoredRecord &theirs);
    //! After conflict(): keep the library's version, dropping the document's change.
    void takeTheirs(RecordId documentId, const StoredRecord &theirs);
    //! Re-reads one record from the library (after History > Restore) into the document.
    void refresh(RecordId libraryId);

Q_SIGNALS:
    //! The library holds a newer version of the record \a documentId than the one \a mine
    //! was edited from: \a theirs. Nothing of \a mine was written.
    void conflict(RecordId documentId, const Record &mine, const StoredRecord &theirs);
    //! A line for the status bar ("Saved to the library", "Offline: 3 changes waiting").
    void message(const QString &text);
    //! The undo history was cleared because another client removed records.
    void undoHistoryCleared(const QString &why);

private:
    struct Entry {
        RecordId libraryId = 0;     // 0: not in the library yet
        qint64 version = 0;
        double position = 0;
        Record synced;              // what the library holds (as far as we know)
        bool addQueued = false;     // added while offline, waiting for its id
    };

    void scheduleFlush();
    void recordChanged(int row);
    void recordsInserted(int first, int last);
    void recordsAboutToBeRemoved(int first, int last);
    void documentReset();
    void changedElsewhere(const QList<RecordId> &ids);
    void queuedRecordAdded(RecordId localKey, RecordId id, qint64 version);
    void queuedUpdateConflicted(const Record &mine, const SaveResult &result);
    //! The position for a record inserted at \a row, between its neighbours (0: at the end).
    double positionFor(int row) const;
    void map(RecordId documentId, const Entry &entry);
    Record forLibrary(const Record &record, RecordId libraryId) const;

    Document *m_document;
    Library *m_library;
    QTimer *m_flushTimer;
    QHash<RecordId, Entry> m_entries;           // by document id
    QHash<RecordId, RecordId> m_byLibraryId;    // library id -> document id
    QSet<RecordId> m_dirty;                     // document ids changed or added
    QList<std::pair<RecordId, qint64>> m_removals;   // library id, version
    bool m_applying = false;    // the document is being changed from the library
};

} // namespace refmend
