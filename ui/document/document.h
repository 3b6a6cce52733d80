#pragma once

#include "formats/fileio.h"
#include "formats/format.h"
#include "model/collection.h"

#include <QObject>
#include <QString>

#include <functional>

class QUndoStack;

namespace refmend {

/*! \brief One open file: its Collection and the undo stack every edit goes through.
    Only undo commands call the mutators (replaceRecord(), setRecords()), so undo,
    "modified" and the views all see the same events. */
class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    const Collection &collection() const { return m_collection; }
    const QList<Record> &records() const { return m_collection.records; }
    int recordCount() const { return int(m_collection.records.size()); }
    //! The record at \a row; \a row must be valid.
    const Record &record(int row) const { return m_collection.records.at(row); }
    bool isValidRow(int row) const { return row >= 0 && row < recordCount(); }

    QUndoStack *undoStack() const { return m_undoStack; }
    //! True when the records differ from the last load or save (never for a library).
    bool isModified() const;

    /*! The records are a library's (LibrarySync writes every change to it as it is made):
        \a name for the title bar; empty for a file. A library document is never modified,
        and has no file to save to. */
    void setLibraryName(const QString &name);
    QString libraryName() const { return m_libraryName; }
    bool isLibrary() const { return !m_libraryName.isEmpty(); }

    QString filePath() const { return m_collection.sourcePath; }
    QString formatId() const { return m_collection.formatId; }
    //! Display name of the format ("EndNote tagged (Refer)"), or the id when unknown.
    QString formatName() const;
    QString encoding() const { return m_collection.encoding; }
    //! How a save in \a formatId writes: the file's own encoding and line endings for its own
    //! format, UTF-8 otherwise.
    WriteOptions writeOptionsFor(const QString &formatId) const;
    const QList<Diagnostic> &diagnostics() const { return m_collection.diagnostics; }

    /*! Reads \a path. When nothing could be read (unreadable file, unknown format) the
        current collection is kept, \a error says why, and false is returned. A file with
        some broken records still loads; its diagnostics tell what was skipped. */
    bool loadFile(const QString &path, QString *error = nullptr);
    /*! What loadFile() does with a file once it is read: \a loaded, read from \a path
        (by readFile(), e.g. on DocumentLoader's worker thread), becomes the document, unless
        nothing could be read from it (then as loadFile()). */
    bool adoptLoaded(Collection loaded, const QString &path, QString *error = nullptr);
    //! Replaces everything with \a collection (a new, unmodified document).
    void setCollection(const Collection &collection);

    //! True when save() can write the file back in the format it was read from.
    bool canSave() const;
    /*! Writes the file back. When it fails (disk full, no permission) the file on disk is as
        it was, the document stays modified and \a error says why. */
    bool save(QString *error = nullptr);
    //! Writes to \a path in \a formatId and makes that the document's file and format.
    bool saveAs(const QString &path, const QString &formatId, QString *error = nullptr);
    /*! How many previous versions save() and saveAs() keep (path.bak, path.bak2, ...; see
        saveBytes()); 0, the default, keeps none. Exports never make backups. */
    void setBackupCount(int count) { m_backupCount = qMax(0, count); }
    int backupCount() const { return m_backupCount; }
    //! How BibTeX and BibLaTeX are written (Edit > Preferences); Auto by default.
    void setBibtexCharacters(BibtexCharacters characters) { m_bibtexCharacters = characters; }
    BibtexCharacters bibtexCharacters() const { return m_bibtexCharacters; }
    //! Why the last successful save could not complete its backup; empty when it could.
    QString backupError() const { return m_backupError; }
    /*! Runs a save's or an export's write, \a job (pure: it holds its own copy of the
        records), and returns its result; MainWindow runs it on a worker with a progress
        dialog, so that writing a million records does not freeze the window. The runner
        may give the job a WriteProgress (to show how far it got, and to stop it: the job
        then fails with WriteResult::cancelled and the file stays as it was), or null.
        Without a runner the job runs at once, on the caller's thread. */
    using WriteJob = std::function<WriteResult(WriteProgress *progress)>;
    //! The job that writes \a records to \a path (writeFile()), with the runner's progress.
    static WriteJob fileWriteJob(const QString &path, const QList<Record> &records,
                                 const QString &formatId, const WriteOptions &options,
                                 int backupCount = 0);
    using WriteRunner = std::function<WriteResult(const QString &path, WriteJob job)>;
    void setWriteRunner(WriteRunner runner) { m_writeRunner = std::move(runner); }
    //! Runs \a job through the write runner (or at once); for writes made outside the
    //! document (an export of chosen records).
    WriteResult runWrite(const QString &path, WriteJob job) const;

    /*! Replaces the records with \a disk's, the file as another program left it, as one
        undo step (undo brings back the version that was open), and takes its encoding,
        line endings and diagnostics. The document is then unmodified. */
    void reloadFrom(const Collection &disk);
    //! Marks the document as differing from its file (kept after the file changed on disk,
    //! or recovered after a crash), so that closing asks to save it.
    void markModified();
    //! Writes a copy; the document's file, format and modified state stay as they are.
    bool exportTo(const QString &path, const QString &formatId, QString *error = nullptr,
                  QList<Diagnostic> *warnings = nullptr);

    /*! Reads \a path and appends its records as one undo step (File > Import). Returns
        false with \a error when nothing could be read. */
    bool importFile(const QString &path, QString *error = nullptr);

    // Mutators, for undo commands only.
    void replaceRecord(int row, const Record &record);
    void setRecords(const QList<Record> &records);
    //! Inserts \a records before \a row; records whose id is taken get a fresh one.
    void insertRecords(int row, const QList<Record> &records);
    //! Removes \a count records from \a row on.
    void removeRecords(int row, int count);

    /*! Where \a row is after rows [\a first, \a last] were inserted (or removed, then -1
        when \a row was one of them), for widgets that hold a row number. */
    static int rowAfterInsert(int row, int first, int last);
    static int rowAfterRemove(int row, int first, int last);

Q_SIGNALS:
    //! Emitted before the whole record list is replaced (load, setRecords).
    void aboutToReset();
    void reset();
    void recordChanged(int row);
    void recordsAboutToBeInserted(int first, int last);
    void recordsInserted(int first, int last);
    void recordsAboutToBeRemoved(int first, int last);
    void recordsRemoved(int first, int last);
    //! The diagnostics list changed (an import added its own).
    void diagnosticsChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    //! Format or encoding changed (after load or Save As).
    void formatChanged();
    //! The file on disk now holds what the document holds: after a load, save or reload.
    void syncedWithFile(const QString &path);
    //! A save or an export is being written (true), or is done (false); syncedWithFile()
    //! follows a successful save.
    void writing(bool active);

private:
    WriteResult write(const QString &path, const QString &formatId, int backupCount,
                      QString *error);

    Collection m_collection;
    QUndoStack *m_undoStack = nullptr;
    int m_backupCount = 0;
    QString m_backupError;
    QString m_libraryName;
    BibtexCharacters m_bibtexCharacters = BibtexCharacters::Auto;
    WriteRunner m_writeRunner;
};

} // namespace refmend
