#include "backgroundpool.h"
#include "cleanup/mojibakescan.h"
#include "clipboard/recordmimedata.h"
#include "commands/recordcommands.h"
#include "detail/detailview.h"
#include "dialogs/historydialog.h"
#include "document/librarysync.h"
#include "storage/library.h"
#include "dialogs/problemspanel.h"
#include "dialogs/repairbar.h"
#include "dialogs/repairdialog.h"
#include "document/document.h"
#include "document/documentloader.h"
#include "editor/recordeditor.h"
#include "formats/fileio.h"
#include "mainwindow.h"
#include "models/recordfilterproxy.h"
#include "models/recordtablemodel.h"
#include "views/recordtableview.h"
#include "testconfig.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSemaphore>
#include <QStatusBar>
#include <QThreadPool>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace refmend;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private:
    QString m_seed;

    //! A RIS file of 20,000 copies of the seed record titled "Record 0", "Record 1", ...,
    //! large enough to be read and written over many progress reports.
    QString bigFile(const QTemporaryDir &dir) const
    {
        const QString path = dir.filePath(QStringLiteral("big.ris"));
        const Collection seed = readFile(m_seed);
        QList<Record> records;
        for (int i = 0; i < 20000; ++i) {
            Record r = seed.records.constFirst();
            r.setValue(FieldKey::Title, QStringLiteral("Record %1").arg(i));
            records.append(r);
        }
        return writeFile(path, records, QStringLiteral("ris")).ok ? path : QString();
    }

    static QAction *actionWithShortcut(const QWidget &w, QKeySequence::StandardKey key)
    {
        const QList<QAction *> actions = w.findChildren<QAction *>();
        for (QAction *a : actions) {
            if (a->shortcut() == QKeySequence(key))
                return a;
        }
        return nullptr;
    }

    static QString authorsCell(const MainWindow &w)
    {
        return w.tableModel()->index(0, RecordTableModel::Authors).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_seed = QStringLiteral(REFMEND_CORPUS_DIR
                                "/endnote-refer/hindawi__isrn-hepatology-2013-flattened.enw");
        if (!QFile::exists(m_seed))
            QSKIP("the shared corpus is not available");
    }

    void cleanupTestCase()
    {
        QSettings().clear();
    }

    void shouldShowTheSeedAsOneRecordWithItsFormatAndEncoding()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(m_seed));
        QCOMPARE(w.tableView()->model()->rowCount(), 1);
        QCOMPARE(w.recordCountText(), QStringLiteral("1 of 1 records"));
        QVERIFY(w.windowTitle().contains(QStringLiteral("hindawi__isrn-hepatology-2013-flattened.enw")));
        QVERIFY(!w.isWindowModified());
        QCOMPARE(w.tableView()->currentRecord(), 0);
        QCOMPARE(w.recordEditor()->record(), 0);
        QCOMPARE(w.detailView()->record(), 0);
        QVERIFY(w.detailView()->toPlainText().contains(QStringLiteral("ISRN Hepatology")));

        QStringList status;
        const QList<QLabel *> labels = w.statusBar()->findChildren<QLabel *>();
        for (const QLabel *label : labels)
            status << label->text();
        QVERIFY2(status.contains(w.document()->formatName()), qPrintable(status.join(u'|')));
        QVERIFY(status.contains(w.document()->encoding()));
        QVERIFY(status.contains(QStringLiteral("1 of 1 records")));
        QCOMPARE(w.recentFiles().value(0), QFileInfo(m_seed).absoluteFilePath());
    }

    void shouldOfferToRepairFiveGarbledFields()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(m_seed));
        QVERIFY(!w.repairBar()->isHidden());
        QCOMPARE(w.repairBar()->findingCount(), 5);
        QVERIFY2(w.repairBar()->message().contains(QStringLiteral("5 fields look garbled")),
                 qPrintable(w.repairBar()->message()));
    }

    void shouldRepairNamesAndTheAbstractThenUndoAndRedo()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(m_seed));
        const Record garbled = w.document()->record(0);

        QTest::mouseClick(w.repairBar()->repairAllButton(), Qt::LeftButton);
        const Record &repaired = w.document()->record(0);
        QVERIFY2(repaired.authorsText().contains(QStringLiteral("Távora")), qPrintable(repaired.authorsText()));
        QVERIFY(repaired.authorsText().contains(QStringLiteral("Luís")));
        QVERIFY(repaired.authorsText().contains(QStringLiteral("Lúcia")));
        QVERIFY(repaired.authorsText().contains(QStringLiteral("António")));
        QVERIFY(repaired.value(FieldKey::Abstract).contains(QStringLiteral("75–80%")));
        QVERIFY(authorsCell(w).contains(QStringLiteral("Távora")));
        QVERIFY(w.detailView()->toPlainText().contains(QStringLiteral("Távora")));
        QVERIFY(w.repairBar()->isHidden());
        QVERIFY(w.isWindowModified());
        QCOMPARE(w.document()->undoStack()->count(), 1);

        QAction *undo = actionWithShortcut(w, QKeySequence::Undo);
        QAction *redo = actionWithShortcut(w, QKeySequence::Redo);
        QVERIFY(undo && redo);
        undo->trigger();
        QCOMPARE(w.document()->record(0), garbled);
        QVERIFY(!authorsCell(w).contains(QStringLiteral("Távora")));
        QVERIFY(!w.repairBar()->isHidden());
        QCOMPARE(w.repairBar()->findingCount(), 5);
        QVERIFY(!w.isWindowModified());

        redo->trigger();
        QVERIFY(w.document()->record(0).authorsText().contains(QStringLiteral("Távora")));
        QVERIFY(w.repairBar()->isHidden());
        QVERIFY(w.isWindowModified());
    }

    void shouldSaveTheRepairedTextAndReadItBack()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("repaired.enw"));
        {
            MainWindow w;
            w.show();
            QVERIFY(w.openFile(m_seed));
            w.repairBar()->repairAll();
            QVERIFY(w.isWindowModified());
            QVERIFY(w.saveAs(path, QStringLiteral("endnote")));
            QVERIFY(!w.isWindowModified());
            QVERIFY(w.windowTitle().contains(QStringLiteral("repaired.enw")));
        }
        const Collection back = readFile(path);
        QCOMPARE(back.records.size(), 1);
        QVERIFY(back.records.constFirst().authorsText().contains(QStringLiteral("Távora")));
        QVERIFY(back.records.constFirst().authorsText().contains(QStringLiteral("Luís")));
        QVERIFY(back.records.constFirst().value(FieldKey::Abstract).contains(QStringLiteral("75–80%")));

        MainWindow reopened;
        reopened.show();
        QVERIFY(reopened.openFile(path));
        QVERIFY(authorsCell(reopened).contains(QStringLiteral("Távora")));
        QCOMPARE(reopened.repairBar()->findingCount(), 0);
        QVERIFY(reopened.repairBar()->isHidden());
    }

    void shouldApplyOnlyTheRepairsCheckedInTheReview()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(m_seed));
        int listed = 0;
        // The review dialog is modal: answer it once it is up.
        QTimer::singleShot(0, this, [&listed] {
            auto *dialog = qobject_cast<RepairDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QTreeWidget *tree = dialog->tree();
            listed = tree->topLevelItemCount();
            for (int i = 0; i < tree->topLevelItemCount(); ++i) {
                QTreeWidgetItem *item = tree->topLevelItem(i);
                if (item->text(RepairDialog::Before).contains(QStringLiteral("T¨¢vora")))
                    item->setCheckState(RepairDialog::Apply, Qt::Unchecked);
            }
            QCOMPARE(dialog->chosenFindings().size(), 4);
            dialog->accept();
        });
        QTest::mouseClick(w.repairBar()->reviewButton(), Qt::LeftButton);
        QCOMPARE(listed, 5);
        const QString authors = w.document()->record(0).authorsText();
        QVERIFY2(authors.contains(QStringLiteral("Luís")), qPrintable(authors));
        QVERIFY(!authors.contains(QStringLiteral("Távora")));
        QCOMPARE(w.repairBar()->findingCount(), 1);
        QVERIFY(w.repairBar()->message().contains(QStringLiteral("1 field looks garbled")));
        QCOMPARE(w.document()->undoStack()->count(), 1);
    }

    void shouldShowTheChangedPartOfALongTextInTheReview()
    {
        const RepairDialog::Excerpt e = RepairDialog::excerpt(
                QStringLiteral("Approximately 75¨C80% of patients ") + QStringLiteral("word ").repeated(40),
                QStringLiteral("Approximately 75–80% of patients ") + QStringLiteral("word ").repeated(40),
                false);
        QVERIFY2(e.before.contains(QStringLiteral("[75¨C80%]")), qPrintable(e.before));
        QVERIFY(e.after.contains(QStringLiteral("[75–80%]")));
        QVERIFY(e.after.endsWith(QStringLiteral("…")));
        QVERIFY(e.after.size() < 60);
    }

    void shouldFilterTheTableFromTheSearchField()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(m_seed));
        w.repairBar()->repairAll();
        QCOMPARE(w.searchField()->placeholderText(), QStringLiteral("Search all fields"));
        QVERIFY(w.searchField()->isClearButtonEnabled());
        w.searchField()->setText(QStringLiteral("LUIS tavora"));
        QCOMPARE(w.tableView()->model()->rowCount(), 1);
        w.searchField()->setText(QStringLiteral("luis nobody"));
        QCOMPARE(w.tableView()->model()->rowCount(), 0);
        QCOMPARE(w.recordCountText(), QStringLiteral("0 of 1 records"));
        QCOMPARE(w.recordEditor()->record(), -1);
        w.searchField()->clear();
        QCOMPARE(w.tableView()->model()->rowCount(), 1);
    }

    void shouldFocusTheSearchFieldWithFind()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAction *find = actionWithShortcut(w, QKeySequence::Find);
        QVERIFY(find);
        w.tableView()->setFocus();
        find->trigger();
        QTRY_VERIFY(w.searchField()->hasFocus() || QApplication::focusWidget() == w.searchField());
    }

    void shouldKeepTheCurrentFileWhenAnotherCannotBeOpened()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(m_seed));
        QVERIFY(!w.openFile(QStringLiteral("/nonexistent/refmend/missing.enw")));
        QCOMPARE(w.tableView()->model()->rowCount(), 1);
        QCOMPARE(w.document()->filePath(), m_seed);
        auto *box = w.findChild<QMessageBox *>(QStringLiteral("errorMessage"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("missing.enw")));
        box->close();
    }

    void aLargeFileShouldShowItsFirstRecordsWhileTheRestIsRead()
    {
        QTemporaryDir dir;
        const QString big = bigFile(dir);
        QVERIFY(!big.isEmpty());
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(m_seed));
        // Seen while the progress dialog is up: the first records, in the table's place.
        int previewRows = 0;
        QString firstTitle;
        bool tableHidden = false;
        connect(w.documentLoader(), &DocumentLoader::progress, &w, [&](int permille) {
            auto *preview = w.findChild<QTableView *>(QStringLiteral("previewTable"));
            if (!preview || permille < 150 || previewRows > 0)
                return;
            previewRows = preview->model()->rowCount();
            firstTitle = preview->model()->index(0, RecordTableModel::Title).data().toString();
            tableHidden = preview->isVisible() && !w.tableView()->isVisible();
        });
        QVERIFY(w.openFile(big));
        QVERIFY2(previewRows > 50, qPrintable(QString::number(previewRows)));
        QVERIFY(previewRows < 20000);
        QCOMPARE(firstTitle, QStringLiteral("Record 0"));
        QVERIFY(tableHidden);
        // Then the whole file, in the window's own table; the preview is gone.
        QVERIFY(!w.findChild<QTableView *>(QStringLiteral("previewTable")));
        QVERIFY(w.tableView()->isVisible());
        QCOMPARE(w.tableView()->model()->rowCount(), 20000);
    }

    void aLargeTableShouldBeSearchedWhileTheWindowGoesOn()
    {
        QTemporaryDir dir;
        const QString big = bigFile(dir);
        QVERIFY(!big.isEmpty());
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(big));
        auto *proxy = qobject_cast<RecordFilterProxy *>(w.tableView()->model());
        QVERIFY(proxy);
        proxy->setBackgroundFilterFrom(1000);   // as a table of a million rows is searched
        w.searchField()->setText(QStringLiteral("record 12345"));
        // The table stays as it was, and says it is being searched, until the matches are in.
        QVERIFY(proxy->isFiltering());
        QCOMPARE(w.tableView()->model()->rowCount(), 20000);
        QVERIFY2(w.statusBar()->currentMessage().startsWith(QStringLiteral("Searching 20000 record")),
                 qPrintable(w.statusBar()->currentMessage()));   // "records" once translated
        QTRY_VERIFY(!proxy->isFiltering());
        QCOMPARE(w.tableView()->model()->rowCount(), 1);
        QCOMPARE(w.tableView()->model()->index(0, RecordTableModel::Title).data().toString(),
                 QStringLiteral("Record 12345"));
        QCOMPARE(w.recordCountText(), QStringLiteral("1 of 20000 records"));
        QVERIFY(w.statusBar()->currentMessage().isEmpty());
        // Cleared: at once, with no search left waiting.
        w.searchField()->clear();
        QVERIFY(!proxy->isFiltering());
        QCOMPARE(w.recordCountText(), QStringLiteral("20000 of 20000 records"));
    }

    void savingAndExportingShouldNotHoldUpTheWindow()
    {
        QTemporaryDir dir;
        const QString big = bigFile(dir);
        QVERIFY(!big.isEmpty());
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(big));
        w.document()->undoStack()->push(new SetFieldCommand(w.document(), 0, FieldKey::Year,
                                                            QStringLiteral("2014")));
        QVERIFY(w.isWindowModified());
        // The window's thread goes on with its events while the records are written: a
        // timer due at once fires before the save returns.
        bool ticked = false;
        QTimer::singleShot(0, &w, [&ticked] { ticked = true; });
        QVERIFY(w.save());
        QVERIFY(ticked);
        QVERIFY(!w.isWindowModified());
        QCOMPARE(readFile(big).records.size(), 20000);
        QCOMPARE(readFile(big).records.constFirst().value(FieldKey::Year), QStringLiteral("2014"));

        const QString bib = dir.filePath(QStringLiteral("copy.bib"));
        ticked = false;
        QTimer::singleShot(0, &w, [&ticked] { ticked = true; });
        QVERIFY(w.exportFile(QStringLiteral("bibtex"), bib));
        QVERIFY(ticked);
        QCOMPARE(readFile(bib).records.size(), 20000);
        QCOMPARE(w.document()->filePath(), big);
        QVERIFY(!w.findChild<QProgressDialog *>(QStringLiteral("writeProgress")));
    }

    void cancellingASaveOrAnExportShouldLeaveTheFileAsItWas()
    {
        QTemporaryDir dir;
        const QString big = bigFile(dir);
        QVERIFY(!big.isEmpty());
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(big));
        const QByteArray before = [&big] {
            QFile f(big);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        w.document()->undoStack()->push(new SetFieldCommand(w.document(), 0, FieldKey::Year,
                                                            QStringLiteral("2014")));
        // The progress dialog's Cancel button (the dialog shows after half a second),
        // clicked while the write waits for a worker: the workers are held until then, so
        // that the write cannot be over before the click.
        QSemaphore gate;
        bool clicked = false;
        const auto cancelWhileWaiting = [&] {
            clicked = false;
            const int workers = workerPool()->maxThreadCount();
            for (int i = 0; i < workers; ++i)
                workerPool()->start([&gate] { gate.acquire(); });
            QTimer::singleShot(0, &w, [&w, &gate, &clicked, workers] {
                auto *dialog = w.findChild<QProgressDialog *>(QStringLiteral("writeProgress"));
                QVERIFY(dialog);
                QCOMPARE(dialog->maximum(), 1000);   // a share of the records, not a busy bar
                auto *button = dialog->findChild<QPushButton *>();
                QVERIFY(button);
                button->click();
                clicked = true;
                gate.release(workers);
            });
        };
        cancelWhileWaiting();
        QVERIFY(!w.save());
        QVERIFY(clicked);
        QVERIFY(w.wasWriteCancelled());
        QVERIFY(w.isWindowModified());   // the change is still open, and still unsaved
        QFile f(big);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
        QVERIFY(!w.findChild<QMessageBox *>(QStringLiteral("errorMessage")));

        const QString bib = dir.filePath(QStringLiteral("copy.bib"));
        cancelWhileWaiting();
        QVERIFY(!w.exportFile(QStringLiteral("bibtex"), bib));
        QVERIFY(clicked);
        QVERIFY(!QFile::exists(bib));
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("copy.bib")));
        QVERIFY(!w.findChild<QMessageBox *>(QStringLiteral("errorMessage")));

        // The next save goes through.
        QVERIFY(w.save());
        QVERIFY(!w.wasWriteCancelled());
        QVERIFY(!w.isWindowModified());
        QCOMPARE(readFile(big).records.constFirst().value(FieldKey::Year), QStringLiteral("2014"));
    }

    void cancellingAnOpenShouldKeepTheCurrentFile()
    {
        QTemporaryDir dir;
        const QString big = bigFile(dir);
        QVERIFY(!big.isEmpty());
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(m_seed));
        // Cancel with the progress dialog's own button once the records are being read.
        bool clicked = false;
        connect(w.documentLoader(), &DocumentLoader::progress, &w, [&w, &clicked](int permille) {
            auto *dialog = w.findChild<QProgressDialog *>(QStringLiteral("openProgress"));
            auto *button = dialog ? dialog->findChild<QPushButton *>() : nullptr;
            if (!clicked && button && permille > 150) {
                clicked = true;
                button->click();
            }
        });
        QVERIFY(!w.openFile(big));
        QVERIFY(clicked);
        QCOMPARE(w.document()->filePath(), m_seed);
        QCOMPARE(w.tableView()->model()->rowCount(), 1);
        QVERIFY(!w.isWindowModified());
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
        QVERIFY(!w.findChild<QMessageBox *>(QStringLiteral("errorMessage")));

        // And the next open works as before.
        disconnect(w.documentLoader(), nullptr, &w, nullptr);
        QVERIFY(w.openFile(big));
        QCOMPARE(w.tableView()->model()->rowCount(), 20000);
        QCOMPARE(w.document()->filePath(), big);
    }

    void shouldAskBeforeReplacingUnsavedChanges()
    {
        QTemporaryDir dir;
        const QString other = dir.filePath(QStringLiteral("other.enw"));
        QVERIFY(QFile::copy(m_seed, other));
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(m_seed));
        w.repairBar()->repairAll();
        QVERIFY(w.isWindowModified());

        auto answer = [this](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, this, [button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                QVERIFY(box->text().contains(QStringLiteral("hindawi")));
                box->button(button)->click();
            });
        };
        answer(QMessageBox::Cancel);
        QVERIFY(!w.openFile(other));
        QCOMPARE(w.document()->filePath(), m_seed);
        QVERIFY(w.isWindowModified());

        answer(QMessageBox::Discard);
        QVERIFY(w.openFile(other));
        QCOMPARE(w.document()->filePath(), other);
        QVERIFY(!w.isWindowModified());
        QCOMPARE(w.repairBar()->findingCount(), 5);
        QCOMPARE(w.recentFiles().value(0), QFileInfo(other).absoluteFilePath());
        QCOMPARE(w.recentFiles().count(QFileInfo(m_seed).absoluteFilePath()), 1);
    }

    void shouldExportToEveryWritableFormatWithoutChangingTheFile()
    {
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(m_seed));
        w.repairBar()->repairAll();
        QStringList exports;
        const QList<QMenu *> menus = w.findChildren<QMenu *>();
        for (const QMenu *menu : menus) {
            if (menu->title() == QStringLiteral("&Export")) {
                for (const QAction *a : menu->actions())
                    exports << a->text();
            }
        }
        const QString joined = exports.join(u'|');
        QVERIFY2(joined.contains(QStringLiteral("EndNote")), qPrintable(joined));
        QVERIFY2(joined.contains(QStringLiteral("CSL")), qPrintable(joined));
        QVERIFY2(joined.contains(QStringLiteral("CSV")), qPrintable(joined));

        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(w.exportFile(QStringLiteral("csv"), csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains(QStringLiteral("Távora")));
        QCOMPARE(w.document()->filePath(), m_seed);
        QVERIFY(w.isWindowModified());
    }

    void shouldListProblemsAndSelectTheirRecord()
    {
        MainWindow w;
        w.show();
        Collection c;
        c.formatId = QStringLiteral("endnote");
        Record a;
        a.line = 1;
        a.setValue(FieldKey::Title, QStringLiteral("First"));
        Record b;
        b.line = 10;
        b.setValue(FieldKey::Title, QStringLiteral("Second"));
        c.records = {a, b};
        c.diagnostics = {Diagnostic{Severity::Warning, 12, 3, QStringLiteral("odd tag"), -1},
                         Diagnostic{Severity::Error, 0, 0, QStringLiteral("about the first"), 0}};
        w.document()->setCollection(c);
        ProblemsPanel *panel = w.problemsPanel();
        QCOMPARE(panel->problemCount(), 2);
        QCOMPARE(panel->tree()->topLevelItem(0)->text(ProblemsPanel::Location), QStringLiteral("12:3"));
        QCOMPARE(panel->recordForDiagnostic(0), 1);
        QCOMPARE(panel->recordForDiagnostic(1), 0);
        Q_EMIT panel->tree()->itemActivated(panel->tree()->topLevelItem(0), 0);
        QCOMPARE(w.tableView()->currentRecord(), 1);
        QCOMPARE(w.recordEditor()->record(), 1);
    }

    void shouldOpenAFileDroppedOnTheWindow()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_seed)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&w, &drop);
        QTRY_COMPARE(w.tableView()->model()->rowCount(), 1);
        QCOMPARE(w.document()->filePath(), m_seed);
    }

    // --- several windows: copy, paste, drag, New Window, several files -----------------------

    //! A copy of the sample collection (13 records, EndNote) in \a dir.
    static QString sampleCopy(const QTemporaryDir &dir)
    {
        const QString path = dir.filePath(QStringLiteral("sample.enw"));
        QFile::remove(path);
        if (!QFile::copy(QStringLiteral(":/refmend/sample/sample-collection.enw"), path))
            return {};
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    static void selectRows(MainWindow &w, const QList<int> &rows)
    {
        QItemSelection selection;
        for (int row : rows) {
            const QModelIndex index = w.filterProxy()->mapFromSource(w.tableModel()->index(row, 0));
            selection.select(index, index);
        }
        w.tableView()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect
                                                                   | QItemSelectionModel::Rows);
    }

    static QList<MainWindow *> otherWindows(const MainWindow *than)
    {
        QList<MainWindow *> list;
        const QList<QWidget *> widgets = QApplication::topLevelWidgets();
        for (QWidget *widget : widgets) {
            auto *window = qobject_cast<MainWindow *>(widget);
            if (window && window != than && window->isVisible())
                list << window;
        }
        return list;
    }

    void shouldCopyTwoRecordsAndPasteThemEqualInAnotherWindow()
    {
        QTemporaryDir dir;
        const QString path = sampleCopy(dir);
        QVERIFY(!path.isEmpty());
        MainWindow from;
        from.show();
        QVERIFY(QTest::qWaitForWindowExposed(&from));
        QVERIFY(from.openFile(path));
        selectRows(from, {3, 4});
        from.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&from));
        from.tableView()->setFocus();
        QTest::keySequence(from.tableView(), QKeySequence::Copy);   // Ctrl+C in the table
        const QMimeData *clip = QGuiApplication::clipboard()->mimeData();
        QVERIFY(clip && clip->hasFormat(RecordMimeData::MimeType));
        QVERIFY2(clip->text().contains(QStringLiteral("Letter from Birmingham Jail")), qPrintable(clip->text()));
        QCOMPARE(clip->text().count(u'\n'), 1);   // two citations, one per line
        QVERIFY(clip->hasHtml());

        MainWindow to;
        to.show();
        QVERIFY(QTest::qWaitForWindowExposed(&to));
        to.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&to));
        to.tableView()->setFocus();
        QTest::keySequence(to.tableView(), QKeySequence::Paste);   // Ctrl+V in the table
        QCOMPARE(to.document()->recordCount(), 2);
        QVERIFY(to.document()->record(0) == from.document()->record(3));
        QVERIFY(to.document()->record(1) == from.document()->record(4));
        QCOMPARE(to.tableView()->currentRecord(), 0);
        QVERIFY(to.isWindowModified());

        // Pasted after the current record, as one undo step.
        QCOMPARE(to.pasteRecords(), 2);
        QCOMPARE(to.document()->recordCount(), 4);
        QVERIFY(to.document()->record(1) == from.document()->record(3));
        QVERIFY(to.document()->record(2) == from.document()->record(4));
        to.document()->undoStack()->undo();
        QCOMPARE(to.document()->recordCount(), 2);
        to.document()->undoStack()->undo();
        QCOMPARE(to.document()->recordCount(), 0);
        QVERIFY(!to.isWindowModified());
        from.document()->undoStack()->clear();
    }

    void shouldLeaveCtrlCToTheSearchField()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(sampleCopy(dir)));
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));
        w.searchField()->setText(QStringLiteral("Costa"));
        w.searchField()->setFocus();
        w.searchField()->selectAll();
        QTest::keySequence(w.searchField(), QKeySequence::Copy);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Costa"));
        QVERIFY(!QGuiApplication::clipboard()->mimeData()->hasFormat(RecordMimeData::MimeType));
    }

    void shouldSayInTheStatusBarWhenTheClipboardHoldsNoRecords()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QGuiApplication::clipboard()->setText(QStringLiteral("Lunch at noon? Bring the book."));
        QCOMPARE(w.pasteRecords(), 0);
        QCOMPARE(w.document()->recordCount(), 0);
        QCOMPARE(w.document()->undoStack()->count(), 0);
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("no records")),
                 qPrintable(w.statusBar()->currentMessage()));
        QVERIFY(!w.findChild<QMessageBox *>());
    }

    void shouldPasteRecordsCopiedAsTextFromAnotherProgram()
    {
        MainWindow w;
        w.show();
        QGuiApplication::clipboard()->setText(QStringLiteral(
                "TY  - JOUR\nAU  - Curie, Marie\nTI  - Radium\nPY  - 1904\nER  - \n"));
        QCOMPARE(w.pasteRecords(), 1);
        QCOMPARE(w.document()->record(0).value(FieldKey::Title), QStringLiteral("Radium"));
    }

    void shouldCopyAsEachFormatFromTheEditMenu_data()
    {
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("start");
        QTest::newRow("BibTeX") << QStringLiteral("&BibTeX") << QStringLiteral("@");
        QTest::newRow("RIS") << QStringLiteral("&RIS") << QStringLiteral("TY  - ");
        QTest::newRow("CSL-JSON") << QStringLiteral("CSL-&JSON") << QStringLiteral("[");
        QTest::newRow("Formatted Citation") << QStringLiteral("&Formatted Citation")
                                            << QStringLiteral("King, M. L., Jr. (1997).");
    }

    void shouldCopyAsEachFormatFromTheEditMenu()
    {
        QFETCH(QString, item);
        QFETCH(QString, start);
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(w.openFile(sampleCopy(dir)));
        selectRows(w, {3});
        QMenu *copyAs = nullptr;
        const QList<QMenu *> menus = w.findChildren<QMenu *>();
        for (QMenu *menu : menus) {
            if (menu->title() == QStringLiteral("Copy &As"))
                copyAs = menu;
        }
        QVERIFY(copyAs);
        QAction *action = nullptr;
        const QList<QAction *> actions = copyAs->actions();
        for (QAction *a : actions) {
            if (a->text() == item)
                action = a;
        }
        QVERIFY(action);
        action->trigger();
        const QString text = QGuiApplication::clipboard()->text();
        QVERIFY2(text.startsWith(start), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Birmingham")));
    }

    void shouldInsertRecordsDroppedFromAnotherWindowAndStillOpenDroppedFiles()
    {
        QTemporaryDir dir;
        MainWindow from;
        QVERIFY(from.openFile(sampleCopy(dir)));
        QModelIndexList indexes;
        for (int row : {1, 3}) {
            for (int column = 0; column < from.filterProxy()->columnCount(); ++column)
                indexes << from.filterProxy()->index(row, column);
        }
        std::unique_ptr<QMimeData> mime(from.filterProxy()->mimeData(indexes));
        QVERIFY(mime);

        MainWindow to;
        to.resize(1000, 700);
        to.show();
        QVERIFY(QTest::qWaitForWindowExposed(&to));
        QWidget *viewport = to.tableView()->viewport();
        const QPoint below(20, viewport->height() - 10);   // under the last row: appended
        QDragEnterEvent enter(below, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(below, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(QPointF(below), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &drop);
        QCOMPARE(to.document()->recordCount(), 2);
        QVERIFY(to.document()->record(0) == from.document()->record(1));
        QVERIFY(to.document()->record(1) == from.document()->record(3));
        QCOMPARE(to.document()->undoStack()->count(), 1);

        // A file dropped on the table opens, as on the rest of the window.
        to.document()->undoStack()->setClean();
        QMimeData files;
        files.setUrls({QUrl::fromLocalFile(m_seed)});
        QDragEnterEvent fileEnter(below, Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &fileEnter);
        QVERIFY(fileEnter.isAccepted());
        QDropEvent fileDrop(QPointF(below), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &fileDrop);
        QTRY_COMPARE(to.document()->filePath(), m_seed);
        QCOMPARE(to.document()->recordCount(), 1);
    }

    void shouldOpenAnEmptyWindowWithFileNewWindow()
    {
        MainWindow w;
        w.show();
        QAction *action = actionWithShortcut(w, QKeySequence::New);
        QVERIFY(action);
        QVERIFY(otherWindows(&w).isEmpty());
        action->trigger();
        const QList<MainWindow *> others = otherWindows(&w);
        QCOMPARE(others.size(), 1);
        QPointer<MainWindow> window = others.constFirst();
        QVERIFY(window->testAttribute(Qt::WA_DeleteOnClose));
        QCOMPARE(window->document()->recordCount(), 0);
        QVERIFY(window->document()->filePath().isEmpty());
        QVERIFY(window->document() != w.document());
        QVERIFY(window->close());
        QTRY_VERIFY(window.isNull());   // deleted once closed
    }

    void shouldOpenSeveralFilesEachInItsOwnWindow()
    {
        QTemporaryDir dir;
        const QString sample = sampleCopy(dir);
        MainWindow w;
        w.show();
        w.openFiles({m_seed, sample});
        QCOMPARE(w.document()->filePath(), m_seed);
        QCOMPARE(w.document()->recordCount(), 1);
        QList<MainWindow *> others;
        QTRY_COMPARE((others = otherWindows(&w)).size(), 1);
        QPointer<MainWindow> second = others.constFirst();
        QTRY_COMPARE(second->document()->filePath(), sample);
        QVERIFY(second->document()->recordCount() > 10);
        QVERIFY(second->testAttribute(Qt::WA_DeleteOnClose));
        second->close();
        QTRY_VERIFY(second.isNull());

        // One file: this window, as before.
        w.openFiles({sample});
        QCOMPARE(w.document()->filePath(), sample);
        QVERIFY(otherWindows(&w).isEmpty());
    }

    void shouldRememberHiddenColumnsAcrossWindows()
    {
        {
            MainWindow w;
            w.show();
            QVERIFY(!w.tableView()->horizontalHeader()->isSectionHidden(RecordTableModel::Doi));
            w.tableView()->horizontalHeader()->setSectionHidden(RecordTableModel::Doi, true);
            QVERIFY(w.close());
        }
        MainWindow again;
        QVERIFY(again.tableView()->horizontalHeader()->isSectionHidden(RecordTableModel::Doi));
        again.tableView()->horizontalHeader()->setSectionHidden(RecordTableModel::Doi, false);
        again.close();
    }

    void shouldRenderANonBlankWindowForTheScreenshot()
    {
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(m_seed));
        QTest::qWait(200);   // let the posted layout requests settle before grabbing
        const QImage image = w.grab().toImage();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), w.size() * image.devicePixelRatio());

        const QString dir = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
        QVERIFY(QDir().mkpath(dir));
        const QString file = dir + QStringLiteral("/mainwindow.png");
        QVERIFY(image.save(file));
        QVERIFY(QFileInfo(file).size() > 0);

        // Not blank: many different colours, and text drawn in the table area.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
        const QImage table = w.tableView()->viewport()->grab().toImage();
        QSet<QRgb> tableColours;
        for (int y = 0; y < table.height(); ++y) {
            for (int x = 0; x < table.width(); ++x)
                tableColours.insert(table.pixel(x, y));
        }
        QVERIFY(tableColours.size() > 2);
        qInfo("screenshot: %s", qPrintable(QDir::toNativeSeparators(file)));
    }

    // --- libraries ------------------------------------------------------------------------

    void libraryShouldOpenInTheWindowAndKeepEveryEdit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lab.refmend"));
        {
            // The seed (the damaged Hindawi record) imported into a new library.
            Library seed;
            QVERIFY(seed.open(LibraryLocation::fromUrl(path)));
            QList<StoredRecord> records;
            for (const Record &r : readFile(m_seed).records)
                records.append({ r, 0, 0 });
            QVERIFY(seed.addRecords(records));
        }
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        QVERIFY(w.library());
        QVERIFY(w.document()->isLibrary());
        QCOMPARE(w.windowTitle(), QStringLiteral("lab.refmend (library)[*]"));
        QCOMPARE(w.tableModel()->rowCount(), 1);

        // An edit is in the library at once, journaled; the window never asks to save.
        w.document()->undoStack()->push(new SetFieldCommand(w.document(), 0, FieldKey::Year,
                                                            QStringLiteral("2014")));
        QTRY_COMPARE(w.librarySync()->pendingCount(), 0);
        Library other;
        QVERIFY(other.open(LibraryLocation::fromUrl(path)));
        QCOMPARE(other.records().first().record.value(FieldKey::Year), QStringLiteral("2014"));
        QVERIFY(!w.isWindowModified());

        // Import adds to the library.
        QVERIFY(w.importFile(QStringLiteral(REFMEND_TEST_DATA_DIR "/cleanup/costa.enw")));
        QTRY_COMPARE(other.recordCount(), w.document()->recordCount());

        // The search field goes through the library's full-text index: accents and case
        // ignored, every word must match, prefixes count.
        w.searchField()->setText(QStringLiteral("macedo NEUROENDOC"));
        QVERIFY(w.filterProxy()->filter().byIds);
        QCOMPARE(w.filterProxy()->rowCount(), 1);
        w.searchField()->setText(QStringLiteral("no-such-word-anywhere"));
        QCOMPARE(w.filterProxy()->rowCount(), 0);
        w.searchField()->clear();
        QVERIFY(!w.filterProxy()->filter().byIds);
        QCOMPARE(w.filterProxy()->rowCount(), w.document()->recordCount());

        // History of the record, and an earlier value restored.
        w.tableView()->selectRecord(0);
        HistoryDialog *history = w.showHistory();
        QVERIFY(history);
        QTreeWidget *list = history->entryList();
        QVERIFY(list->topLevelItemCount() >= 2);
        QCOMPARE(list->topLevelItem(0)->text(2), fieldKeyDisplayName(FieldKey::Year));
        QCOMPARE(list->topLevelItem(0)->text(4), QStringLiteral("2014"));
        const QString before = list->topLevelItem(0)->text(3);
        QVERIFY(history->restoreRow(0));
        QCOMPARE(w.document()->record(0).value(FieldKey::Year), before);
        QCOMPARE(other.records().first().record.value(FieldKey::Year), before);
        history->close();

        // Save writes nothing new; Close Library leaves an empty window.
        QVERIFY(w.save());
        w.closeLibrary();
        QVERIFY(!w.library());
        QCOMPARE(w.document()->recordCount(), 0);
        QVERIFY(!w.isWindowModified());
    }

    void anotherClientsChangeToTheSameRecordShouldBeMergedNotLost()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.refmend"));
        Library ben;
        QVERIFY(ben.open(LibraryLocation::fromUrl(path)));
        ben.setUserName(QStringLiteral("ben"));
        QList<StoredRecord> records;
        for (const Record &r : readFile(m_seed).records)
            records.append({ r, 0, 0 });
        QVERIFY(ben.addRecords(records));

        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        // Ben saves a new year; before the window hears of it, its user changes the title.
        Record theirs = ben.records().first().record;
        theirs.setValue(FieldKey::Year, QStringLiteral("1999"));
        QCOMPARE(ben.updateRecord(theirs, 1).status, SaveResult::Status::Saved);
        w.document()->undoStack()->push(new SetFieldCommand(w.document(), 0, FieldKey::Title,
                                                            QStringLiteral("Edited title")));
        w.librarySync()->flush();       // refused: version 2 is there
        // Different fields: both kept without a question.
        QTRY_COMPARE(w.document()->record(0).value(FieldKey::Year), QStringLiteral("1999"));
        QTRY_COMPARE(w.librarySync()->pendingCount(), 0);
        const Record now = ben.records().first().record;
        QCOMPARE(now.value(FieldKey::Title), QStringLiteral("Edited title"));
        QCOMPARE(now.value(FieldKey::Year), QStringLiteral("1999"));
        QCOMPARE(w.document()->record(0).value(FieldKey::Title), QStringLiteral("Edited title"));
    }

    void openingAFileShouldCloseTheLibrary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.refmend"));
        MainWindow w;
        QVERIFY(w.openFile(path));      // a new, empty library
        QVERIFY(w.library());
        QCOMPARE(w.document()->recordCount(), 0);
        QVERIFY(QFile::exists(path));
        QVERIFY(w.openFile(m_seed));
        QVERIFY(!w.library());
        QVERIFY(!w.document()->isLibrary());
        QCOMPARE(w.document()->recordCount(), 1);
        QVERIFY(!w.document()->isModified());
        // A file that is not a library is refused with the library kept as it was.
        const QString bad = dir.filePath(QStringLiteral("bad.refmend"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database");
        file.close();
        QTimer::singleShot(0, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->accept();
        });
        QVERIFY(!w.openFile(bad));
        QCOMPARE(w.document()->recordCount(), 1);
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
