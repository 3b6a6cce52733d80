#include "mainwindow.h"

#include "detail/detailview.h"
#include "dialogs/authorsview.h"
#include "dialogs/cleanupdialog.h"
#include "dialogs/documentguard.h"
#include "document/autosaver.h"
#include "document/documentloader.h"
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
#include "models/recordfilterproxy.h"
#include "models/recordtablemodel.h"
#include "settings/preferences.h"
#include "views/recordtableview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
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
    m_guard = new DocumentGuard(m_document, this);
    m_loader = new DocumentLoader(this);

    m_model->setDocument(m_document);
    m_model->setNameOrder(Preferences::load().nameOrder);
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
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        LatencyProbe::mark(QStringLiteral("filter"));
        RecordFilter filter = m_proxy->filter();
        filter.text = text;
        m_proxy->setFilter(filter);
    });

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

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QUndoStack *stack = m_document->undoStack();

    // File
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
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
    m_document->setBackupCount(backupsToKeep());
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
    if (m_loading || !maybeSave())
        return false;
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

bool MainWindow::maybeSave()
{
    m_editor->apply();   // typing not yet applied counts as a change too
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
    if (!m_document->canSave())
        return saveAs();
    QString error;
    if (!m_document->save(&error)) {
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
    const WriteResult result = writeFile(target, dialog.recordsToWrite(), info->id,
                                         dialog.options());
    if (!result.ok) {
        showError(tr("Cannot Export"), result.error);
        return false;
    }
    showExported(target, lossSummary(result.warnings, info->name));
    return true;
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
    const QString path = QFileDialog::getOpenFileName(this, tr("Open"), dialogDirectory(),
                                                      openFileFilter());
    if (!path.isEmpty())
        openFile(path);
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
    m_formatLabel->setText(loaded ? m_document->formatName() : QString());
    m_encodingLabel->setText(loaded ? m_document->encoding() : QString());
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

} // namespace refmend
