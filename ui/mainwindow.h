#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <functional>

class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTimer;

namespace refmend {

class AuthorsView;
class HistoryDialog;
class Library;
class LibrarySync;
struct LibraryLocation;
struct StoredRecord;
class Record;
class WriteProgress;
struct Collection;
struct WriteResult;
class CleanupDialog;
class DetailView;
class Document;
class DocumentGuard;
class DocumentLoader;
class DuplicatesDialog;
class FindReplaceDialog;
class PreferencesDialog;
class ProblemsPanel;
class RecordEditor;
class RecordFilterProxy;
class RecordTableModel;
class RecordTableView;
class RepairBar;
class ShortcutsDialog;

/*! \brief The main window: the table of records with search, the editor and detail
    panes, the repair bar and the problems dock. It wires the views' domain signals to
    the panes; it holds no record data itself (that is the Document's). */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /*! Opens \a path, first asking to save unsaved changes. When the file cannot be read
        at all, says why and keeps the current one. The file is read on a worker thread;
        a window-modal progress dialog (after a moment) shows how far it has got and can
        cancel it, which keeps the current document and returns false. */
    bool openFile(const QString &path);
    //! Opens the first of \a paths here (as openFile()) and each other one in a new window.
    void openFiles(const QStringList &paths);
    //! File > New Window: an empty window (deleted when closed), autosaving as this one does.
    MainWindow *newWindow();
    //! A new window that opens \a path once it is up.
    MainWindow *openInNewWindow(const QString &path);
    //! Reads the files openFile() opens; running while one is being read.
    DocumentLoader *documentLoader() const { return m_loader; }
    Document *document() const { return m_document; }
    //! Autosave, crash recovery and changes on disk (off until its setAutosave() is called).
    DocumentGuard *documentGuard() const { return m_guard; }

    //! Saves to the current file (asks for one when there is none or its format is read-only).
    bool save();
    //! Saves to \a path in \a formatId; with an empty path asks with a file dialog.
    bool saveAs(const QString &path = {}, const QString &formatId = {});
    /*! Writes a copy in \a formatId. With an empty path, the Export dialog offers the
        options and shows what the format cannot carry, then a file dialog asks where. */
    bool exportFile(const QString &formatId, const QString &path = {});
    //! Appends the records of \a path (File > Import); with an empty path asks for one.
    bool importFile(const QString &path = {});

    /*! Edit > Copy (empty \a formatId): the selected records' citations and the records
        themselves (RecordMimeData); Edit > Copy As: in \a formatId ("citation", "bibtex",
        "ris", "csl-json"). False when no record is selected. */
    bool copyRecords(const QString &formatId = {});
    /*! Edit > Paste: the records on the clipboard, in any format RefMend reads, inserted
        after the current record as one undo step. Returns how many (0: a status message). */
    int pasteRecords();

    QStringList recentFiles() const;

    /*! Opens a library in this window in place of the open file (asking to save it first):
        a .refmend file (made when new) or a PostgreSQL database. The table, editor, undo and
        tools work as on a file; every change is written to the library as it is made, and
        other people's changes to a shared library appear as they are saved. */
    bool openLibrary(const LibraryLocation &location);
    //! Closes the open library (its changes are all written); the window is then empty.
    void closeLibrary();
    Library *library() const { return m_library; }
    LibrarySync *librarySync() const { return m_sync; }
    //! Library > History: the journal of the current record, with Restore (window-modal).
    HistoryDialog *showHistory();

    // Tools over the whole collection; each change they make is one undo step.
    //! Tools > Authors: shows the authors dock.
    void showAuthors();
    //! Tools > Clean Up: opens the cleanup preview (window-modal; deletes itself on close).
    CleanupDialog *showCleanup();
    //! Tools > Find Duplicates (modeless, kept while the window lives).
    DuplicatesDialog *showDuplicates();
    //! Edit > Find and Replace (modeless, kept while the window lives).
    FindReplaceDialog *showFindReplace();
    //! Edit > Preferences (window-modal; deletes itself on close). OK applies what can change
    //! at once (the name order); the language follows at the next start.
    PreferencesDialog *showPreferences();
    //! Help > Keyboard Shortcuts: the window's actions and their keys.
    ShortcutsDialog *showShortcuts();
    /*! The format File > Export > Choose Format starts with: the one chosen in the
        Preferences, else the open file's, else the first writable one. */
    QString defaultExportFormat() const;

    RecordTableView *tableView() const { return m_view; }
    RecordTableModel *tableModel() const { return m_model; }
    RecordFilterProxy *filterProxy() const { return m_proxy; }
    RecordEditor *recordEditor() const { return m_editor; }
    DetailView *detailView() const { return m_detail; }
    RepairBar *repairBar() const { return m_repairBar; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    AuthorsView *authorsView() const { return m_authors; }
    QLineEdit *searchField() const { return m_search; }
    //! "N of M records".
    QString recordCountText() const;
    /*! The last save or export was stopped with its progress dialog's Cancel: it failed
        without an error box (the status bar says so) and the file on disk is as it was. */
    bool wasWriteCancelled() const { return m_writeCancelled; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createStatusBar();
    void applyPreferences();
    void readSettings();
    void writeSettings() const;
    //! Asks Save/Discard/Cancel when there are unsaved changes; false means Cancel.
    bool maybeSave();
    /*! Reads \a path with m_loader, the GUI thread running meanwhile, and makes it the
        document. False with \a error when nothing could be read; false with \a error
        empty when cancelled. */
    bool loadInBackground(const QString &path, QString *error);
    /*! Shows \a head (the file's first records, read ahead of the rest) in a read-only
        table in the place of the window's own, until endPreview(). */
    void showPreview(const Collection &head);
    /*! Runs a write on a worker while the window waits with a progress dialog (records
        written, and Cancel); see Document::WriteRunner. A cancelled write says so in the
        status bar, and the caller shows no error for it (WriteResult::cancelled). */
    WriteResult writeInBackground(const QString &path, std::function<WriteResult(WriteProgress *)> job);

    void endPreview();
    void showError(const QString &title, const QString &text);
    void openLibraryInteractively();
    void connectLibraryInteractively();
    //! Another client saved the record first: merge both (a dialog when both changed a part).
    void resolveConflict(quint64 documentId, const Record &mine, const StoredRecord &theirs);
    //! The search field's text through the library's full-text index, or the proxy's own.
    void applySearch();
    //! Names the file and the reason; says the file on disk is unchanged.
    void showSaveError(const QString &path, const QString &error);
    void showSaved(const QString &path);
    void openInteractively();
    bool exportInteractively(const QString &formatId);
    void showExported(const QString &path, const QString &losses);
    QString openFileFilter() const;
    void addRecentFile(const QString &path);
    void populateRecentMenu();
    void populateExportMenu();
    void updateTitle();
    void updateStatus();
    void updateRecordCount();
    void selectRecord(int row);
    QString dialogDirectory() const;

    Document *m_document = nullptr;
    DocumentGuard *m_guard = nullptr;
    DocumentLoader *m_loader = nullptr;
    RecordTableView *m_preview = nullptr;   // while a file loads: its first records
    bool m_loading = false;
    bool m_closeAfterLoad = false;     // the window was closed while a file was read
    bool m_writeCancelled = false;     // the last write was stopped with its Cancel button
    RecordTableModel *m_model = nullptr;
    RecordFilterProxy *m_proxy = nullptr;
    RecordTableView *m_view = nullptr;
    RecordEditor *m_editor = nullptr;
    DetailView *m_detail = nullptr;
    RepairBar *m_repairBar = nullptr;
    ProblemsPanel *m_problems = nullptr;
    AuthorsView *m_authors = nullptr;
    QPointer<DuplicatesDialog> m_duplicates;
    QPointer<FindReplaceDialog> m_findReplace;
    QLineEdit *m_search = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_sideSplitter = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_exportMenu = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QLabel *m_formatLabel = nullptr;
    QLabel *m_encodingLabel = nullptr;
    Library *m_library = nullptr;
    LibrarySync *m_sync = nullptr;
    QTimer *m_searchTimer = nullptr;
    QList<QAction *> m_libraryActions;     // enabled while a library is open
};

} // namespace refmend
