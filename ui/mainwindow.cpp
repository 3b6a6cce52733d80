#include "mainwindow.h"

#include "backgroundpool.h"
#include "clipboard/recordmimedata.h"
#include "detail/detailview.h"
#include "dialogs/authorsview.h"
#include "dialogs/cleanupdialog.h"
#include "dialogs/connectlibrarydialog.h"
#include "dialogs/historydialog.h"
#include "dialogs/mergedialog.h"
#include "dialogs/documentguard.h"
#include "document/autosaver.h"
#include "document/documentloader.h"
#include "document/librarysync.h"
#include "latencyprobe.h"
#include "dialogs/duplicatesdialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/findreplacedialog.h"
#include "dialogs/preferencesdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "dialogs/problemspanel.h"
#include "dialogs/repairbar.h"
#include "document/document.h"
#include "editor/recordeditor.h"
#include "formats/fileio.h"
#include "formats/formatregistry.h"
#include "icons.h"
#include "model/recorddiff.h"
#include "storage/library.h"
#include "models/recordfilterproxy.h"
#include "models/recordtablemodel.h"
#include "settings/preferences.h"
#include "views/recordtableview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QRadioButton>
#include <QScopeGuard>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>
#include <optional>

namespace refmend {

namespace {

constexpr int MaxRecentFiles = 10;

const QString kGeometry = QStringLiteral("MainWindow/geometry");
const QString kState = QStringLiteral("MainWindow/state");
const QString kTableHeader = QStringLiteral("MainWindow/tableHeader");
const QString kSplitter = QStringLiteral("MainWindow/splitter");
const QString kSideSplitter = QStringLiteral("MainWindow/sideSplitter");
const QString kRecentFiles = QStringLiteral("recentFiles");
const QString kLastDirectory = QStringLiteral("lastDirectory");
//! How much of a file is read ahead of the rest to show its first records at once: some
//! 200 records of a typical RIS file, read in a few milliseconds.
constexpr qint64 kPreviewBytes = 256 * 1024;

//! "EndNote tagged (Refer) (*.enw *.txt)".
QString filterFor(const FormatInfo &info)
{
    QStringList patterns;
    for (const QString &ext : info.extensions)
        patterns << QStringLiteral("*.") + ext;
    return QStringLiteral("%1 (%2)").arg(info.name, patterns.join(u' '));
}

//! The platform's key for \a key, or \a fallback where the platform has none.
QList<QKeySequence> standardOr(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    const QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    return keys.isEmpty() ? QList<QKeySequence>{fallback} : keys;
}

//! How many previous versions a save keeps (Preferences: backup/enabled, backup/count).
int backupsToKeep()
{
    const Preferences preferences = Preferences::load();
    return preferences.backupEnabled ? preferences.backupCount : 0;
}

QList<const FormatInfo *> writableFormats()
{
    QList<const FormatInfo *> list;
    for (const FormatInfo &info : FormatRegistry::instance().formats()) {
        if (info.makeWriter)
            list << &info;
    }
    return list;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new Document(this))
    , m_model(new RecordTableModel(this))
    , m_proxy(new RecordFilterProxy(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_document->setBackupCount(backupsToKeep());
    m_document->setWriteRunner([this](const QString &path, Document::WriteJob job) {
        return writeInBackground(path, std::move(job));
    });
    m_guard = new DocumentGuard(m_document, this);
    m_loader = new DocumentLoader(this);

    m_model->setDocument(m_document);
    m_model->setNameOrder(Preferences::load().nameOrder);
    m_model->setCitationStyle(citationStyleFromId(Preferences::load().citationStyle));
    m_proxy->setSourceModel(m_model);

    m_view = new RecordTableView;
    m_view->setObjectName(QStringLiteral("recordTable"));
    m_view->setModel(m_proxy);
    QHeaderView *header = m_view->horizontalHeader();
    header->resizeSection(RecordTableModel::Authors, 200);
    header->resizeSection(RecordTableModel::Year, 56);
    header->resizeSection(RecordTableModel::Title, 300);
    header->resizeSection(RecordTableModel::Container, 150);
    header->resizeSection(RecordTableModel::Type, 110);
    header->resizeSection(RecordTableModel::Problems, 80);

    m_repairBar = new RepairBar;
    m_repairBar->setDocument(m_document);

    m_editor = new RecordEditor;
    m_editor->setObjectName(QStringLiteral("recordEditor"));
    m_editor->setDocument(m_document);
    // Typing not applied yet is autosaved too (in the recovery file, not the document).
    m_guard->autosaver()->setPendingEditSource([editor = QPointer<RecordEditor>(m_editor)](
                                                       int *row, Record *record) {
        if (!editor || !editor->pendingRecord(record))
            return false;
        *row = editor->record();
        return true;
    });
    connect(m_editor, &RecordEditor::pendingTextChanged, m_guard->autosaver(),
            &Autosaver::pendingEditsChanged);
    m_detail = new DetailView;
    m_detail->setObjectName(QStringLiteral("detailView"));
    m_detail->setDocument(m_document);
    // Drags carry citations in the style the detail view shows.
    connect(m_detail, &DetailView::citationStyleChanged, m_model, &RecordTableModel::setCitationStyle);

    m_sideSplitter = new QSplitter(Qt::Vertical);
    m_sideSplitter->setObjectName(QStringLiteral("sideSplitter"));
    m_sideSplitter->addWidget(m_detail);
    m_sideSplitter->addWidget(m_editor);
    m_sideSplitter->setStretchFactor(0, 2);
    m_sideSplitter->setStretchFactor(1, 3);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_sideSplitter);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // First-run proportions; readSettings() restores the user's own.
    m_splitter->setSizes({700, 520});
    m_sideSplitter->setSizes({300, 460});

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_repairBar);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_problems = new ProblemsPanel(this);
    m_problems->setDocument(m_document);
    addDockWidget(Qt::BottomDockWidgetArea, m_problems);
    m_problems->hide();

    m_authors = new AuthorsView(this);
    m_authors->setDocument(m_document);
    addDockWidget(Qt::RightDockWidgetArea, m_authors);
    m_authors->hide();

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search all fields"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Every word must occur; case and accents are ignored"));
    m_search->setMaximumWidth(320);
    // For the latency probe: a click on a header sorts before any other signal says so.
    connect(m_view->horizontalHeader(), &QHeaderView::sectionPressed, this,
            [] { LatencyProbe::mark(QStringLiteral("sort")); });
    // A large table is sorted on a worker (RecordFilterProxy::sort): say so meanwhile.
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column) {
        if (m_proxy->isSorting()) {
            statusBar()->showMessage(tr("Sorting %n record(s) by %1…", nullptr, m_proxy->rowCount())
                                             .arg(m_model->headerData(column, Qt::Horizontal).toString()));
        }
    });
    connect(m_proxy, &RecordFilterProxy::sorted, statusBar(), &QStatusBar::clearMessage);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        LatencyProbe::mark(QStringLiteral("filter"));
        applySearch();
        // A large table is searched on a worker (RecordFilterProxy::setFilter): say so.
        if (m_proxy->isFiltering())
            statusBar()->showMessage(tr("Searching %n record(s)…", nullptr, m_model->rowCount()));
    });
    connect(m_proxy, &RecordFilterProxy::filtered, statusBar(), &QStatusBar::clearMessage);
    // A library search is a list of ids: it is asked again after the records change.
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applySearch);
    auto researchLibrary = [this] {
        if (m_proxy->filter().byIds)
            m_searchTimer->start();
    };
    connect(m_document, &Document::recordChanged, this, researchLibrary);
    connect(m_document, &Document::recordsInserted, this, researchLibrary);
    connect(m_document, &Document::recordsRemoved, this, researchLibrary);

    createActions();
    createStatusBar();

    // The view speaks in Document rows; the panes follow it and never see it.
    connect(m_view, &RecordTableView::currentRecordChanged, m_editor, &RecordEditor::showRecord);
    connect(m_view, &RecordTableView::currentRecordChanged, m_detail, &DetailView::showRecord);
    connect(m_problems, &ProblemsPanel::recordActivated, this, &MainWindow::selectRecord);
    connect(m_repairBar, &RepairBar::recordActivated, this, &MainWindow::selectRecord);
    connect(m_authors, &AuthorsView::recordActivated, this, &MainWindow::selectRecord);

    connect(m_document, &Document::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_guard, &DocumentGuard::recovered, this, [this] {
        updateTitle();
        selectRecord(0);
    });
    connect(m_guard, &DocumentGuard::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::formatChanged, this, &MainWindow::updateStatus);
    connect(m_document, &Document::reset, this, &MainWindow::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateRecordCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateRecordCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateRecordCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateRecordCount);

    // First start: most of the screen, so the table, editor and detail view all have room.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(available.size().boundedTo(QSize(1600, 1000)) * 0.85);
    readSettings();
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Written before the document goes (the sync reads it).
    delete m_sync;
    m_sync = nullptr;
}

void MainWindow::createActions()
{
    QUndoStack *stack = m_document->undoStack();

    // File
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newWindowAction = fileMenu->addAction(themeIcon(QStringLiteral("window-new")),
                                                   tr("&New Window"), this, [this] { newWindow(); });
    newWindowAction->setShortcut(QKeySequence::New);
    newWindowAction->setStatusTip(tr("Open another window, to work on several files at once"));
    QAction *openAction = fileMenu->addAction(themeIcon(QStringLiteral("document-open")),
                                              tr("&Open…"), this, &MainWindow::openInteractively);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = fileMenu->addMenu(themeIcon(QStringLiteral("document-open-recent")),
                                     tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::populateRecentMenu);
    QAction *importAction = fileMenu->addAction(themeIcon(QStringLiteral("document-import")),
                                                tr("&Import…"), this, [this] { importFile(); });
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importAction->setStatusTip(tr("Add the records of another file to this collection"));
    fileMenu->addSeparator();
    QAction *saveAction = fileMenu->addAction(themeIcon(QStringLiteral("document-save")),
                                              tr("&Save"), this, [this] { save(); });
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = fileMenu->addAction(themeIcon(QStringLiteral("document-save-as")),
                                                tr("Save &As…"), this, [this] { saveAs(); });
    saveAsAction->setShortcuts(standardOr(QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    m_exportMenu = fileMenu->addMenu(themeIcon(QStringLiteral("document-export")), tr("&Export"));
    populateExportMenu();
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(themeIcon(QStringLiteral("application-exit")),
                                              tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcuts(standardOr(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quitAction->setMenuRole(QAction::QuitRole);

    // Edit
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undoAction = stack->createUndoAction(this, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    undoAction->setIcon(themeIcon(QStringLiteral("edit-undo")));
    QAction *redoAction = stack->createRedoAction(this, tr("&Redo"));
    redoAction->setShortcut(QKeySequence::Redo);
    redoAction->setIcon(themeIcon(QStringLiteral("edit-redo")));
    editMenu->addAction(undoAction);
    editMenu->addAction(redoAction);
    editMenu->addSeparator();
    // Copy and Paste act on records only while the table has the focus (the shortcuts belong
    // to it); elsewhere the keys stay with the text fields.
    QAction *copyAction = editMenu->addAction(themeIcon(QStringLiteral("edit-copy")), tr("&Copy"),
                                              this, [this] { copyRecords(); });
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    copyAction->setStatusTip(tr("Copy the selected records as formatted citations, "
                                "and as records for another RefMend window"));
    m_view->addAction(copyAction);
    QMenu *copyAsMenu = editMenu->addMenu(tr("Copy &As"));
    copyAsMenu->addAction(tr("&Formatted Citation"), this,
                          [this] { copyRecords(RecordMimeData::CitationFormatId); });
    copyAsMenu->addAction(tr("&BibTeX"), this, [this] { copyRecords(QStringLiteral("bibtex")); });
    copyAsMenu->addAction(tr("&RIS"), this, [this] { copyRecords(QStringLiteral("ris")); });
    copyAsMenu->addAction(tr("CSL-&JSON"), this, [this] { copyRecords(QStringLiteral("csl-json")); });
    QAction *pasteAction = editMenu->addAction(themeIcon(QStringLiteral("edit-paste")),
                                               tr("&Paste"), this, [this] { pasteRecords(); });
    pasteAction->setShortcut(QKeySequence::Paste);
    pasteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    pasteAction->setStatusTip(tr("Insert the records on the clipboard (BibTeX, RIS, EndNote, "
                                 "CSL-JSON, …) after the current record"));
    m_view->addAction(pasteAction);
    editMenu->addSeparator();
    QAction *findAction = editMenu->addAction(themeIcon(QStringLiteral("edit-find")),
                                              tr("&Find"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    findAction->setShortcut(QKeySequence::Find);
    QAction *repairAction = editMenu->addAction(tr("Repair &Garbled Text…"), m_repairBar,
                                                &RepairBar::review);
    connect(editMenu, &QMenu::aboutToShow, this,
            [this, repairAction] { repairAction->setEnabled(m_repairBar->findingCount() > 0); });
    QAction *replaceAction = editMenu->addAction(themeIcon(QStringLiteral("edit-find-replace")),
                                                 tr("Find and Rep&lace…"), this,
                                                 [this] { showFindReplace(); });
    replaceAction->setShortcuts(standardOr(QKeySequence::Replace, QKeySequence(Qt::CTRL | Qt::Key_H)));
    replaceAction->setStatusTip(tr("Replace text in chosen fields of every record, with a preview"));
    editMenu->addSeparator();
    QAction *preferencesAction = editMenu->addAction(
            themeIcon(QStringLiteral("preferences-system")), tr("Pr&eferences…"), this,
            [this] { showPreferences(); });
    preferencesAction->setShortcuts(standardOr(QKeySequence::Preferences,
                                               QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    preferencesAction->setMenuRole(QAction::PreferencesRole);

    // Library: a database of records instead of a file.
    QMenu *libraryMenu = menuBar()->addMenu(tr("&Library"));
    QAction *openLibraryAction = libraryMenu->addAction(tr("&Open Library…"), this,
                                                        &MainWindow::openLibraryInteractively);
    openLibraryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openLibraryAction->setStatusTip(tr("Open or create a library file (.refmend), where every "
                                       "change is saved as you make it"));
    QAction *connectAction = libraryMenu->addAction(tr("Connect to &Shared Library…"), this,
                                                    &MainWindow::connectLibraryInteractively);
    connectAction->setStatusTip(tr("Open a library on a PostgreSQL server that several "
                                   "people edit at once"));
    libraryMenu->addSeparator();
    QAction *historyAction = libraryMenu->addAction(tr("Record &History…"), this,
                                                    [this] { showHistory(); });
    historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    historyAction->setStatusTip(tr("Every change of the current record: who, when, before "
                                   "and after; restore any earlier value"));
    QAction *closeLibraryAction = libraryMenu->addAction(tr("&Close Library"), this,
                                                         &MainWindow::closeLibrary);
    m_libraryActions = { historyAction, closeLibraryAction };
    for (QAction *action : std::as_const(m_libraryActions))
        action->setEnabled(false);

    // Tools: collection-wide jobs, each previewed and undoable in one step.
    QMenu *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    QAction *authorsAction = toolsMenu->addAction(tr("&Authors…"), this,
                                                  &MainWindow::showAuthors);
    authorsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    authorsAction->setStatusTip(tr("Every person in the collection, with name variants grouped"));
    QAction *cleanupAction = toolsMenu->addAction(tr("&Clean Up…"), this,
                                                  [this] { showCleanup(); });
    cleanupAction->setStatusTip(tr("Preview and apply cleanup actions to every record"));
    QAction *duplicatesAction = toolsMenu->addAction(tr("Find &Duplicates…"), this,
                                                     [this] { showDuplicates(); });
    duplicatesAction->setStatusTip(tr("Find records that are the same work and merge them"));
    toolsMenu->addSeparator();
    QAction *checkAction = toolsMenu->addAction(tr("Check &Integrity"), this, [this] {
        m_editor->apply();
        m_problems->showChecks();
    });
    checkAction->setStatusTip(tr("List missing fields, invalid identifiers and suspicious names"));

    // View
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *problemsAction = m_problems->toggleViewAction();
    problemsAction->setText(tr("&Problems"));
    viewMenu->addAction(problemsAction);
    QAction *authorsViewAction = m_authors->toggleViewAction();
    authorsViewAction->setText(tr("A&uthors"));
    viewMenu->addAction(authorsViewAction);

    // Help
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *shortcutsAction = helpMenu->addAction(
            themeIcon(QStringLiteral("preferences-desktop-keyboard")), tr("&Keyboard Shortcuts"),
            this, [this] { showShortcuts(); });
    shortcutsAction->setStatusTip(tr("Every action and its keyboard shortcut"));
    helpMenu->addSeparator();
    QAction *aboutAction = helpMenu->addAction(themeIcon(QStringLiteral("help-about")),
                                               tr("&About RefMend"), this, [this] {
        QMessageBox::about(this, tr("About RefMend"),
                           tr("<h3>RefMend %1</h3><p>Opens, repairs and converts reference "
                              "(citation) files.</p>")
                                   .arg(QStringLiteral(REFMEND_VERSION)));
    });
    aboutAction->setMenuRole(QAction::AboutRole);

    // Toolbar: the common actions and the search field.
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonFollowStyle);
    toolBar->addAction(openAction);
    toolBar->addAction(saveAction);
    toolBar->addSeparator();
    toolBar->addAction(undoAction);
    toolBar->addAction(redoAction);
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addWidget(m_search);
    QAction *toolBarAction = toolBar->toggleViewAction();
    toolBarAction->setText(tr("Main &Toolbar"));
    viewMenu->addAction(toolBarAction);
}

PreferencesDialog *MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::applyPreferences);
    dialog->open();
    return dialog;
}

ShortcutsDialog *MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(this, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::applyPreferences()
{
    m_model->setNameOrder(Preferences::load().nameOrder);
    m_detail->setCitationStyle(citationStyleFromId(Preferences::load().citationStyle));
    m_document->setBackupCount(backupsToKeep());
    m_document->setBibtexCharacters(bibtexCharactersFromId(Preferences::load().bibtexCharacters)
                                            .value_or(BibtexCharacters::Auto));
}

void MainWindow::showAuthors()
{
    m_editor->apply();   // the view should see what is typed
    m_authors->show();
    m_authors->raise();
    m_authors->searchField()->setFocus(Qt::ShortcutFocusReason);
}

CleanupDialog *MainWindow::showCleanup()
{
    m_editor->apply();
    auto *dialog = new CleanupDialog(m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CleanupDialog::recordActivated, this, &MainWindow::selectRecord);
    dialog->open();
    return dialog;
}

DuplicatesDialog *MainWindow::showDuplicates()
{
    m_editor->apply();
    if (!m_duplicates) {
        m_duplicates = new DuplicatesDialog(m_document, this);
        connect(m_duplicates, &DuplicatesDialog::recordActivated, this, &MainWindow::selectRecord);
    }
    m_duplicates->show();
    m_duplicates->raise();
    m_duplicates->activateWindow();
    return m_duplicates;
}

FindReplaceDialog *MainWindow::showFindReplace()
{
    m_editor->apply();
    if (!m_findReplace) {
        m_findReplace = new FindReplaceDialog(m_document, this);
        connect(m_findReplace, &FindReplaceDialog::recordActivated, this, &MainWindow::selectRecord);
    }
    m_findReplace->show();
    m_findReplace->raise();
    m_findReplace->activateWindow();
    m_findReplace->findEdit()->setFocus(Qt::ShortcutFocusReason);
    m_findReplace->findEdit()->selectAll();
    return m_findReplace;
}

void MainWindow::createStatusBar()
{
    m_countLabel = new QLabel;
    m_problemsLabel = new QLabel;
    m_formatLabel = new QLabel;
    m_encodingLabel = new QLabel;
    statusBar()->addWidget(m_countLabel);
    statusBar()->addWidget(m_problemsLabel);
    statusBar()->addPermanentWidget(m_formatLabel);
    statusBar()->addPermanentWidget(m_encodingLabel);
}

void MainWindow::readSettings()
{
    QSettings settings;
    const QByteArray geometry = settings.value(kGeometry).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    restoreState(settings.value(kState).toByteArray());
    const QByteArray header = settings.value(kTableHeader).toByteArray();
    if (!header.isEmpty())
        m_view->horizontalHeader()->restoreState(header);
    m_splitter->restoreState(settings.value(kSplitter).toByteArray());
    m_sideSplitter->restoreState(settings.value(kSideSplitter).toByteArray());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(kGeometry, saveGeometry());
    settings.setValue(kState, saveState());
    settings.setValue(kTableHeader, m_view->horizontalHeader()->saveState());
    settings.setValue(kSplitter, m_splitter->saveState());
    settings.setValue(kSideSplitter, m_sideSplitter->saveState());
}

bool MainWindow::openFile(const QString &path)
{
    if (path.endsWith(QLatin1String(".refmend"), Qt::CaseInsensitive)
        || path.startsWith(QLatin1String("postgres"))) {
        QString error;
        const LibraryLocation location = LibraryLocation::fromUrl(path, &error);
        if (!location.isValid()) {
            showError(tr("Cannot Open Library"), error);
            return false;
        }
        return openLibrary(location);
    }
    if (m_loading || !maybeSave())
        return false;
    // A library open here is closed first (all written); it comes back if the file fails.
    std::optional<LibraryLocation> previousLibrary;
    if (m_library) {
        previousLibrary = m_library->location();
        closeLibrary();
    }
    auto restoreLibrary = qScopeGuard([&] {
        if (previousLibrary)
            openLibrary(*previousLibrary);
    });
    QString error;
    // Changes to this file that a RefMend closed without saving are offered first.
    const bool recovered = m_guard->offerRecovery(QFileInfo(path).absoluteFilePath());
    if (!recovered && !loadInBackground(path, &error)) {
        if (error.isEmpty()) {   // cancelled: the document is as it was
            statusBar()->showMessage(tr("Opening %1 was cancelled.")
                                             .arg(QDir::toNativeSeparators(path)), 8000);
            return false;
        }
        showError(tr("Cannot Open File"),
                  tr("%1 could not be opened.\n\n%2")
                          .arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    restoreLibrary.dismiss();
    addRecentFile(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(kLastDirectory, QFileInfo(path).absolutePath());
    updateTitle();
    if (m_document->collection().hasErrors())
        m_problems->show();
    if (m_document->recordCount() > 0)
        selectRecord(0);
    return true;
}

bool MainWindow::loadInBackground(const QString &path, QString *error)
{
    LatencyProbe::mark(QStringLiteral("open"));
    const QString name = QFileInfo(path).fileName();
    QProgressDialog dialog(tr("Reading %1…").arg(name), tr("Cancel"), 0, 1000, this);
    dialog.setObjectName(QStringLiteral("openProgress"));
    dialog.setWindowTitle(tr("Opening %1").arg(name));
    dialog.setWindowModality(Qt::WindowModal);   // the window waits; the GUI thread does not
    dialog.setMinimumDuration(500);              // small files open without a flash
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setValue(0);
    connect(m_loader, &DocumentLoader::progress, &dialog, [&dialog](int permille, const QString &stage) {
        dialog.setLabelText(stage);
        dialog.setValue(permille);
    });
    connect(&dialog, &QProgressDialog::canceled, m_loader, &DocumentLoader::cancel);
    // The file's first records show within moments, while the rest is read.
    m_loader->setPreviewBytes(kPreviewBytes);
    connect(m_loader, &DocumentLoader::previewReady, &dialog, [this] {
        showPreview(m_loader->takePreview());
    });
    const auto preview = qScopeGuard([this] { endPreview(); });

    // The table's row texts are made on the worker too, for the name order shown.
    const NameOrder order = m_model->nameOrder();
    QEventLoop loop;
    connect(m_loader, &DocumentLoader::finished, &loop, &QEventLoop::quit);
    m_loading = true;
    m_loader->start(path, ReadFileOptions(), [order](const Collection &collection) {
        return std::any(RecordTableModel::prepareRows(collection.records, order));
    });
    loop.exec();
    m_loading = false;
    disconnect(m_loader, nullptr, &dialog, nullptr);
    if (m_loader->isRunning()) {
        // The loop ended without the loader (the application is quitting): stop reading.
        m_loader->cancel();
        if (error)
            error->clear();
        return false;
    }
    DocumentLoader::Result result = m_loader->takeResult();
    dialog.close();

    if (m_closeAfterLoad) {
        // Closed while reading: finish closing now that the worker is done.
        m_closeAfterLoad = false;
        QTimer::singleShot(0, this, &QWidget::close);
        if (error)
            error->clear();
        return false;
    }
    if (result.cancelled) {
        if (error)
            error->clear();
        return false;
    }
    endPreview();
    LatencyProbe::mark(QStringLiteral("show"));
    if (auto *rows = std::any_cast<RecordTableModel::PreparedRows>(&result.prepared))
        m_model->setPreparedRows(std::move(*rows));
    QString why;
    if (!m_document->adoptLoaded(std::move(result.collection), path, &why)) {
        m_model->setPreparedRows({});
        if (error)
            *error = why.isEmpty() ? tr("The file could not be read.") : why;
        return false;
    }
    return true;
}

void MainWindow::showPreview(const Collection &head)
{
    endPreview();
    auto *view = new RecordTableView;   // the table's look, without its sorting and drags
    view->setObjectName(QStringLiteral("previewTable"));
    view->setSortingEnabled(false);
    view->setDragEnabled(false);
    view->setAcceptDrops(false);
    auto *document = new Document(view);
    document->setCollection(head);
    auto *model = new RecordTableModel(view);
    model->setNameOrder(m_model->nameOrder());
    model->setDocument(document);
    view->setModel(model);
    view->horizontalHeader()->restoreState(m_view->horizontalHeader()->saveState());
    view->setToolTip(tr("The first %n record(s) of the file, shown while the rest is read",
                        nullptr, int(head.records.size())));
    // In the table's place, with its size; the table itself waits, hidden, for the file.
    m_splitter->replaceWidget(m_splitter->indexOf(m_view), view);
    m_preview = view;
    statusBar()->showMessage(tr("The first %n record(s) are shown; reading the rest…", nullptr,
                                int(head.records.size())));
    LatencyProbe::mark(QStringLiteral("preview"));
}

void MainWindow::endPreview()
{
    if (!m_preview)
        return;
    m_splitter->replaceWidget(m_splitter->indexOf(m_preview), m_view);
    delete std::exchange(m_preview, nullptr);
    statusBar()->clearMessage();
}

bool MainWindow::maybeSave()
{
    m_editor->apply();   // typing not yet applied counts as a change too
    if (m_sync)
        m_sync->flush();    // a library has nothing to ask about once this is written
    if (!m_document->isModified())
        return true;
    const QString name = m_document->filePath().isEmpty()
                         ? tr("Untitled") : QFileInfo(m_document->filePath()).fileName();
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("Save the changes to %1?").arg(name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Your changes will be lost if you don't save them."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: return save();
    case QMessageBox::Discard: return true;
    default: return false;
    }
}

bool MainWindow::save()
{
    LatencyProbe::mark(QStringLiteral("save"));
    m_editor->apply();
    if (m_sync) {
        m_sync->flush();
        if (m_sync->pendingCount() == 0) {
            statusBar()->showMessage(tr("Every change is saved in the library %1.")
                                             .arg(m_library->location().displayName()), 5000);
        }
        return m_sync->pendingCount() == 0;
    }
    if (!m_document->canSave())
        return saveAs();
    QString error;
    if (!m_document->save(&error)) {
        if (!m_writeCancelled)
            showSaveError(m_document->filePath(), error);
        return false;
    }
    showSaved(m_document->filePath());
    return true;
}

bool MainWindow::saveAs(const QString &path, const QString &formatId)
{
    LatencyProbe::mark(QStringLiteral("save"));
    m_editor->apply();
    if (m_document->isLibrary())    // the library stays open: Save As writes a copy
        return exportFile(formatId.isEmpty() ? defaultExportFormat() : formatId, path);
    QString target = path;
    QString format = formatId;
    if (target.isEmpty()) {
        const QList<const FormatInfo *> formats = writableFormats();
        if (formats.isEmpty())
            return false;
        QStringList filters;
        QString selected;
        for (const FormatInfo *info : formats) {
            filters << filterFor(*info);
            if (info->id == m_document->formatId())
                selected = filters.last();
        }
        if (selected.isEmpty())
            selected = filters.constFirst();
        const QString suggested = m_document->filePath().isEmpty()
                                  ? dialogDirectory() : m_document->filePath();
        target = QFileDialog::getSaveFileName(this, tr("Save As"), suggested,
                                              filters.join(QLatin1String(";;")), &selected);
        if (target.isEmpty())
            return false;
        const int index = int(filters.indexOf(selected));
        const FormatInfo *info = formats.value(index < 0 ? 0 : index);
        format = info->id;
        if (QFileInfo(target).suffix().isEmpty() && !info->extensions.isEmpty())
            target += u'.' + info->extensions.constFirst();
    }
    if (format.isEmpty()) {
        const FormatInfo *info = FormatRegistry::instance().forExtension(QFileInfo(target).suffix());
        format = info && info->makeWriter ? info->id : m_document->formatId();
    }
    QString error;
    if (!m_document->saveAs(target, format, &error)) {
        if (!m_writeCancelled)
            showSaveError(target, error);
        return false;
    }
    addRecentFile(QFileInfo(target).absoluteFilePath());
    updateTitle();
    showSaved(target);
    return true;
}

void MainWindow::showSaveError(const QString &path, const QString &error)
{
    // The save went through QSaveFile: whatever failed, the file on disk is the old one.
    showError(tr("Cannot Save File"),
              tr("%1 could not be saved.\n\n%2\n\nNothing on disk was changed, and your "
                 "changes are still open here.")
                      .arg(QDir::toNativeSeparators(path), error));
}

void MainWindow::showSaved(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (m_document->backupError().isEmpty()) {
        statusBar()->showMessage(tr("Saved %1").arg(name), 4000);
        return;
    }
    showError(tr("Backup Incomplete"),
              tr("%1 was saved, but the backup of its previous version is incomplete: %2")
                      .arg(name, m_document->backupError()));
}

bool MainWindow::exportFile(const QString &formatId, const QString &path)
{
    LatencyProbe::mark(QStringLiteral("export"));
    m_editor->apply();
    const FormatInfo *info = FormatRegistry::instance().find(formatId);
    if (!info || !info->makeWriter)
        return false;
    if (path.isEmpty())
        return exportInteractively(info->id);
    const QString target = path;
    QString error;
    QList<Diagnostic> warnings;
    if (!m_document->exportTo(target, info->id, &error, &warnings)) {
        if (!m_writeCancelled)
            showError(tr("Cannot Export"), error);
        return false;
    }
    showExported(target, lossSummary(warnings, info->name));
    return true;
}

bool MainWindow::exportInteractively(const QString &formatId)
{
    ExportDialog dialog(m_document->records(), m_view->selectedRecords(), formatId,
                        m_document->collection().lineEnding, this);
    dialog.setEncoding(Preferences::load().exportEncoding);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const FormatInfo *info = FormatRegistry::instance().find(dialog.formatId());
    if (!info)
        return false;
    QString suggested = dialogDirectory();
    if (!m_document->filePath().isEmpty()) {
        const QFileInfo fi(m_document->filePath());
        suggested = fi.absolutePath() + u'/' + fi.completeBaseName();
        if (!info->extensions.isEmpty())
            suggested += u'.' + info->extensions.constFirst();
    }
    QString target = QFileDialog::getSaveFileName(this, tr("Export as %1").arg(info->name),
                                                  suggested, filterFor(*info));
    if (target.isEmpty())
        return false;
    if (QFileInfo(target).suffix().isEmpty() && !info->extensions.isEmpty())
        target += u'.' + info->extensions.constFirst();
    WriteOptions options = dialog.options();
    options.bibtexCharacters = m_document->bibtexCharacters();
    const WriteResult result = writeInBackground(
            target, Document::fileWriteJob(target, dialog.recordsToWrite(), info->id, options));
    if (!result.ok) {
        if (!result.cancelled)
            showError(tr("Cannot Export"), result.error);
        return false;
    }
    showExported(target, lossSummary(result.warnings, info->name));
    return true;
}

WriteResult MainWindow::writeInBackground(const QString &path,
                                          std::function<WriteResult(WriteProgress *)> job)
{
    LatencyProbe::mark(QStringLiteral("write"));
    m_writeCancelled = false;
    // The worker hands over how far it got through an atomic; the dialog reads it on a
    // timer (a queued call could outlive the dialog, which lives on this stack).
    auto permille = std::make_shared<std::atomic<int>>(0);
    auto progress = std::make_shared<WriteProgress>([permille](qint64 done, qint64 total) {
        permille->store(total > 0 ? int(done * 1000 / total) : 0, std::memory_order_relaxed);
    });
    QFuture<WriteResult> future = QtConcurrent::run(workerPool(), [job = std::move(job), progress] {
        return job(progress.get());
    });
    if (!future.isFinished()) {
        // The window waits (the dialog after half a second), its thread does not: a million
        // records take some forty seconds. Cancel stops the writer at its next record; the
        // file is replaced only once it is complete (QSaveFile), so it stays as it was.
        QProgressDialog dialog(tr("Writing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"),
                               0, 1000, this);
        dialog.setObjectName(QStringLiteral("writeProgress"));
        dialog.setWindowTitle(tr("Writing"));
        dialog.setWindowModality(Qt::WindowModal);
        dialog.setAutoClose(false);
        dialog.setAutoReset(false);
        dialog.setMinimumDuration(0);
        dialog.hide();
        connect(&dialog, &QProgressDialog::canceled, &dialog, [progress] { progress->cancel(); });
        QTimer ticks;
        connect(&ticks, &QTimer::timeout, &dialog, [&dialog, permille] {
            dialog.setValue(permille->load(std::memory_order_relaxed));
        });
        ticks.start(100);
        QFutureWatcher<WriteResult> watcher;
        QEventLoop loop;
        connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(500, &loop, [&] {
            if (!dialog.wasCanceled() && !future.isFinished()) {
                dialog.show();
                loop.quit();   // on to the second wait, with the dialog up
            }
        });
        watcher.setFuture(future);
        // First, typing and clicks wait until the write is done or the dialog is up (no
        // second save, no edit of the records being written); painting and timers go on.
        if (!future.isFinished())
            loop.exec(QEventLoop::ExcludeUserInputEvents);
        // Then the dialog, modal to the window, takes the input: its Cancel works, the
        // window's own controls do not.
        if (!future.isFinished())
            loop.exec();
        future.waitForFinished();   // the loop can also end because the application quits
    }
    LatencyProbe::mark(QStringLiteral("written"));
    const WriteResult result = future.result();
    m_writeCancelled = result.cancelled;
    if (result.cancelled) {
        statusBar()->showMessage(tr("Writing %1 was cancelled; the file was not changed.")
                                         .arg(QFileInfo(path).fileName()), 6000);
    }
    return result;
}

void MainWindow::showExported(const QString &path, const QString &losses)
{
    const QString name = QFileInfo(path).fileName();
    statusBar()->showMessage(losses.isEmpty() ? tr("Exported %1").arg(name)
                                              : tr("Exported %1 (%2)").arg(name, losses),
                             losses.isEmpty() ? 4000 : 10000);
}

bool MainWindow::importFile(const QString &path)
{
    m_editor->apply();
    QString source = path;
    if (source.isEmpty()) {
        source = QFileDialog::getOpenFileName(this, tr("Import"), dialogDirectory(),
                                              openFileFilter());
        if (source.isEmpty())
            return false;
    }
    const int before = m_document->recordCount();
    QString error;
    if (!m_document->importFile(source, &error)) {
        showError(tr("Cannot Import"),
                  tr("%1 could not be imported.\n\n%2").arg(QDir::toNativeSeparators(source), error));
        return false;
    }
    const int added = m_document->recordCount() - before;
    statusBar()->showMessage(tr("Imported %n record(s) from %1", nullptr, added)
                                     .arg(QFileInfo(source).fileName()), 6000);
    if (added > 0)
        selectRecord(before);
    return true;
}

QString MainWindow::openFileFilter() const
{
    // "All citation files (...)", one filter per format, "All files (*)".
    return FormatRegistry::instance().fileDialogFilter(false);
}

void MainWindow::openInteractively()
{
    openFiles(QFileDialog::getOpenFileNames(this, tr("Open"), dialogDirectory(), openFileFilter()));
}

void MainWindow::openFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    for (qsizetype i = 1; i < paths.size(); ++i)
        openInNewWindow(paths.at(i));
    openFile(paths.constFirst());
}

MainWindow *MainWindow::newWindow()
{
    auto *window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    const Autosaver *autosaver = m_guard->autosaver();
    if (!autosaver->directory().isEmpty())
        window->documentGuard()->setAutosave(autosaver->directory(), autosaver->interval());
    window->move(pos() + QPoint(32, 32));   // not exactly over this one
    window->show();
    return window;
}

MainWindow *MainWindow::openInNewWindow(const QString &path)
{
    MainWindow *window = newWindow();
    // From the event loop, so that the window is up while the file is read.
    QMetaObject::invokeMethod(window, [window, path] { window->openFile(path); },
                              Qt::QueuedConnection);
    return window;
}

bool MainWindow::copyRecords(const QString &formatId)
{
    m_editor->apply();
    QList<int> rows = m_view->selectedRecords();
    if (rows.isEmpty() && m_view->currentRecord() >= 0)
        rows << m_view->currentRecord();
    QList<Record> records;
    for (int row : std::as_const(rows))
        records << m_document->record(row);
    if (records.isEmpty()) {
        statusBar()->showMessage(tr("Select the records to copy."), 4000);
        return false;
    }
    QMimeData *data = formatId.isEmpty()
            ? RecordMimeData::create(records, m_detail->citationStyle())
            : RecordMimeData::createAs(records, formatId, m_detail->citationStyle());
    if (!data)
        return false;
    QGuiApplication::clipboard()->setMimeData(data);
    statusBar()->showMessage(tr("Copied %n record(s).", nullptr, int(records.size())), 4000);
    return true;
}

int MainWindow::pasteRecords()
{
    m_editor->apply();
    const int current = m_view->currentRecord();
    const int row = current < 0 ? m_document->recordCount() : current + 1;
    const int count = RecordMimeData::insert(m_document, row, QGuiApplication::clipboard()->mimeData());
    if (count == 0) {
        statusBar()->showMessage(tr("The clipboard holds no records in a format RefMend reads."), 6000);
        return 0;
    }
    selectRecord(row);
    statusBar()->showMessage(tr("Pasted %n record(s).", nullptr, count), 4000);
    return count;
}

QString MainWindow::dialogDirectory() const
{
    if (!m_document->filePath().isEmpty())
        return QFileInfo(m_document->filePath()).absolutePath();
    return QSettings().value(kLastDirectory, QDir::homePath()).toString();
}

void MainWindow::showError(const QString &title, const QString &text)
{
    // Not exec(): the caller goes on, and nothing waits on the user's click.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(kRecentFiles).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings().setValue(kRecentFiles, files);
}

void MainWindow::populateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        const QString text = i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName())
                                   : QFileInfo(path).fileName();
        QAction *action = m_recentMenu->addAction(text, this, [this, path] { openFile(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No Recent Files"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear Menu"), this,
                                [] { QSettings().remove(kRecentFiles); });
    }
}

void MainWindow::populateExportMenu()
{
    m_exportMenu->clear();
    QAction *chooseAction = m_exportMenu->addAction(tr("&Choose Format…"), this, [this] {
        m_editor->apply();
        exportInteractively(defaultExportFormat());
    });
    chooseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    chooseAction->setStatusTip(tr("Export with the default format of the Preferences, or another"));
    m_exportMenu->addSeparator();
    for (const FormatInfo *info : writableFormats()) {
        const QString id = info->id;
        m_exportMenu->addAction(tr("%1…").arg(info->name), this, [this, id] { exportFile(id); });
    }
    m_exportMenu->setEnabled(!m_exportMenu->isEmpty());
}

QString MainWindow::defaultExportFormat() const
{
    const QList<const FormatInfo *> formats = writableFormats();
    for (const QString &id : {Preferences::load().exportFormat, m_document->formatId()}) {
        const FormatInfo *info = id.isEmpty() ? nullptr : FormatRegistry::instance().find(id);
        if (info && info->makeWriter)
            return info->id;
    }
    return formats.isEmpty() ? QString() : formats.constFirst()->id;
}

void MainWindow::updateTitle()
{
    if (m_library) {
        setWindowFilePath(QString());
        setWindowTitle((m_library->location().isShared()
                                ? tr("%1 (shared library)").arg(m_library->location().displayName())
                                : tr("%1 (library)").arg(m_library->location().displayName()))
                       + QLatin1String("[*]"));
        setWindowModified(false);
        return;
    }
    const QString path = m_document->filePath();
    setWindowFilePath(path);
    setWindowTitle(path.isEmpty() ? tr("RefMend") + QLatin1String("[*]")
                                  : QFileInfo(path).fileName() + QLatin1String("[*]"));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    updateRecordCount();
    const bool loaded = !m_document->filePath().isEmpty() || m_document->recordCount() > 0;
    if (m_library) {
        m_formatLabel->setText(m_library->location().isShared() ? tr("PostgreSQL library")
                                                                : tr("SQLite library"));
        m_encodingLabel->setText(QString());
    } else {
        m_formatLabel->setText(loaded ? m_document->formatName() : QString());
        m_encodingLabel->setText(loaded ? m_document->encoding() : QString());
    }
    int problems = 0;
    for (const Diagnostic &d : m_document->diagnostics())
        problems += d.severity == Severity::Info ? 0 : 1;
    m_problemsLabel->setText(problems == 0 ? QString() : tr("%n problem(s)", nullptr, problems));
    m_problemsLabel->setVisible(problems > 0);
}

QString MainWindow::recordCountText() const
{
    return tr("%1 of %2 records").arg(m_proxy->rowCount()).arg(m_model->rowCount());
}

void MainWindow::updateRecordCount()
{
    m_countLabel->setText(recordCountText());
}

void MainWindow::selectRecord(int row)
{
    if (!m_document->isValidRow(row))
        return;
    m_view->selectRecord(row);
    if (m_view->currentRecord() != row && !m_search->text().isEmpty()) {
        m_search->clear();   // the record was filtered out: show everything
        m_view->selectRecord(row);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_loading) {
        // The read stops at its next record; loadInBackground() then closes the window.
        m_closeAfterLoad = true;
        m_loader->cancel();
        event->ignore();
        return;
    }
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_guard->discardRecovery();   // saved, or the user chose to discard the changes
    writeSettings();
    // For the latency probe: freeing a large collection is the window closing, not the
    // last thing the user did in it.
    LatencyProbe::mark(QStringLiteral("close"));
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.constFirst().isLocalFile())
        return;
    event->acceptProposedAction();
    const QString path = urls.constFirst().toLocalFile();
    // Leave the drop handler before any dialog (save changes?, errors) opens.
    QMetaObject::invokeMethod(this, [this, path] { openFile(path); }, Qt::QueuedConnection);
}

// --- libraries ----------------------------------------------------------------------------------

bool MainWindow::openLibrary(const LibraryLocation &location)
{
    if (m_loading || !maybeSave())
        return false;
    LibraryLocation where = location;
    auto library = std::make_unique<Library>();
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    bool opened = library->open(where, &error);
    QApplication::restoreOverrideCursor();
    if (!opened && where.isShared() && where.password.isEmpty()
        && error.contains(QLatin1String("password"), Qt::CaseInsensitive)) {
        bool entered = false;
        where.password = QInputDialog::getText(
                this, tr("Password"),
                tr("Password of %1 for the library %2:").arg(where.user, where.displayName()),
                QLineEdit::Password, QString(), &entered);
        if (entered)
            opened = library->open(where, &error);
    }
    if (!opened) {
        showError(tr("Cannot Open Library"),
                  tr("The library %1 could not be opened.\n\n%2").arg(where.toUrl(), error));
        return false;
    }
    closeLibrary();
    m_library = library.release();
    m_library->setParent(this);
    m_document->setLibraryName(where.displayName());
    m_sync = new LibrarySync(m_document, m_library, this);
    connect(m_sync, &LibrarySync::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_sync, &LibrarySync::undoHistoryCleared, this, [this](const QString &why) {
        statusBar()->showMessage(tr("%1: the undo history was cleared.").arg(why), 10000);
    });
    // After the write that found it has finished: the dialog runs an event loop.
    connect(m_sync, &LibrarySync::conflict, this, &MainWindow::resolveConflict,
            Qt::QueuedConnection);
    if (!m_sync->load(&error)) {
        closeLibrary();
        showError(tr("Cannot Open Library"), error);
        return false;
    }
    QSettings().setValue(QStringLiteral("library/last"), where.toUrl());
    for (QAction *action : std::as_const(m_libraryActions))
        action->setEnabled(true);
    updateTitle();
    updateStatus();
    applySearch();
    if (m_document->recordCount() > 0)
        selectRecord(0);
    statusBar()->showMessage(tr("Opened the library %1: %n record(s).", nullptr,
                                m_document->recordCount()).arg(where.displayName()), 8000);
    return true;
}

void MainWindow::closeLibrary()
{
    if (!m_sync)
        return;
    m_editor->apply();
    delete m_sync;          // writes what is left
    m_sync = nullptr;
    delete m_library;
    m_library = nullptr;
    m_document->setLibraryName(QString());
    m_document->setCollection(Collection());
    for (QAction *action : std::as_const(m_libraryActions))
        action->setEnabled(false);
    applySearch();
    updateTitle();
    updateStatus();
}

void MainWindow::openLibraryInteractively()
{
    QString dir = dialogDirectory();
    const QString last = QSettings().value(QStringLiteral("library/last")).toString();
    if (!last.isEmpty() && !last.startsWith(QLatin1String("postgres")))
        dir = last;
    else if (dir.isEmpty())
        dir = LibraryLocation::defaultSqlitePath();
    // A name that does not exist yet makes a new library.
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Open or Create a Library"), dir, tr("RefMend libraries (*.refmend)"),
            nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    QString file = path;
    if (QFileInfo(file).suffix().isEmpty())
        file += QLatin1String(".refmend");
    openLibrary(LibraryLocation::fromUrl(file));
}

void MainWindow::connectLibraryInteractively()
{
    const QString last = QSettings().value(QStringLiteral("library/last")).toString();
    const LibraryLocation previous = last.startsWith(QLatin1String("postgres"))
            ? LibraryLocation::fromUrl(last) : LibraryLocation();
    ConnectLibraryDialog dialog(previous, this);
    if (dialog.exec() == QDialog::Accepted)
        openLibrary(dialog.location());
}

HistoryDialog *MainWindow::showHistory()
{
    const int row = m_view->currentRecord();
    if (!m_sync || !m_document->isValidRow(row))
        return nullptr;
    m_editor->apply();
    m_sync->flush();
    const Record &record = m_document->record(row);
    const RecordId id = m_sync->libraryId(record.id);
    if (!id) {
        statusBar()->showMessage(tr("This record is not in the library yet."), 5000);
        return nullptr;
    }
    auto *dialog = new HistoryDialog(m_library, id, recordSummary(record), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &HistoryDialog::restored, this, [this](RecordId libraryId) {
        if (m_sync)
            m_sync->refresh(libraryId);
    });
    dialog->show();
    return dialog;
}

void MainWindow::resolveConflict(quint64 documentId, const Record &mine, const StoredRecord &theirs)
{
    if (!m_sync)
        return;
    QStringList conflicts;
    const Record merged = mergeThreeWay(m_sync->syncedRecord(documentId), mine, theirs.record,
                                        &conflicts);
    if (conflicts.isEmpty()) {
        m_sync->resolveConflict(documentId, merged, theirs);
        statusBar()->showMessage(tr("Someone else had saved this record meanwhile; "
                                    "their changes and yours were both kept."), 10000);
        return;
    }
    const QString who = m_library->lastEditor(theirs.record.id);
    MergeDialog dialog({ mine, theirs.record },
                       { tr("Yours"), who.isEmpty() ? tr("In the library") : tr("Saved by %1").arg(who) },
                       tr("Someone else saved this record while you were editing it, and you both "
                          "changed: %1. Choose, for each field, the version to keep. "
                          "Cancel keeps yours where you both changed it, and theirs elsewhere.")
                               .arg(conflicts.join(QLatin1String(", "))),
                       this);
    dialog.setWindowTitle(tr("Someone Else Changed This Record"));
    // Start from the automatic merge: theirs where only they changed a field.
    for (int key = 1; key < int(FieldKey::Count); ++key) {
        const FieldKey k = FieldKey(key);
        if (QRadioButton *button = dialog.fieldButton(k, merged.values(k) == mine.values(k) ? 0 : 1))
            button->setChecked(true);
    }
    for (int r = 0; r < int(PersonRole::Count); ++r) {
        const PersonRole role = PersonRole(r);
        if (QRadioButton *button = dialog.personsButton(
                    role, merged.persons(role) == mine.persons(role) ? 0 : 1))
            button->setChecked(true);
    }
    if (QRadioButton *button = dialog.typeButton(merged.type == mine.type ? 0 : 1))
        button->setChecked(true);
    const bool chosen = dialog.exec() == QDialog::Accepted;
    if (m_sync)
        m_sync->resolveConflict(documentId, chosen ? dialog.mergedRecord() : merged, theirs);
}

void MainWindow::applySearch()
{
    RecordFilter filter = m_proxy->filter();
    filter.text = m_search->text();
    filter.byIds = false;
    filter.ids.clear();
    if (m_sync && filter.columns.isEmpty() && !filter.text.trimmed().isEmpty()) {
        m_sync->flush();    // the index then holds what the table shows
        QString error;
        const QList<SearchHit> hits = m_library->search(filter.text, 0, &error);
        if (error.isEmpty()) {
            filter.byIds = true;
            for (const SearchHit &hit : hits) {
                if (const RecordId id = m_sync->documentId(hit.id))
                    filter.ids.insert(id);
            }
        }
    }
    m_proxy->setFilter(filter);
}

} // namespace refmend
