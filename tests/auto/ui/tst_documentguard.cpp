// The main window's safety net: recovery after a crash (including a real kill -9 of a
// process that had autosaved), changes made on disk by another program, failed saves.

#include "commands/recordcommands.h"
#include "dialogs/comparedialog.h"
#include "dialogs/documentguard.h"
#include "document/autosaver.h"
#include "document/document.h"
#include "document/filewatcher.h"
#include "editor/recordeditor.h"
#include "formats/fileio.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFileSystemWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/resource.h>

using namespace refmend;
using namespace Qt::StringLiterals;

namespace {

constexpr int kNever = 3600 * 1000;   // autosave only when a test calls saveNow()
const QString kCrashingChild = u"--crashing-child"_s;

Record titled(const QString &title, const QString &year)
{
    Record r;
    r.type = RecordType::Article;
    r.setValue(FieldKey::Title, title);
    r.setValue(FieldKey::Year, year);
    return r;
}

//! The records and sidecars in \a dir (lock files say who is alive and are left out).
QStringList recoveryFiles(const QString &dir)
{
    QStringList files = QDir(dir).entryList(QDir::Files, QDir::Name);
    files.removeIf([](const QString &name) { return name.endsWith(u".lock"_s); });
    return files;
}

/*! Clicks \a button of the window named \a dialog as soon as it shows (exec()'d or
    open()ed), keeping its text in the returned string. Polls from a timer, so that it also
    works inside the dialog's own event loop. */
std::shared_ptr<QString> clickWhenShown(QObject *context, const QString &dialog, const QString &button)
{
    auto text = std::make_shared<QString>();
    auto *timer = new QTimer(context);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, context, [timer, dialog, button, text] {
        const QList<QWidget *> windows = QApplication::topLevelWidgets();
        for (QWidget *window : windows) {
            if (window->objectName() != dialog || !window->isVisible())
                continue;
            auto *target = window->findChild<QAbstractButton *>(button);
            if (!target)
                continue;
            timer->stop();
            timer->deleteLater();
            if (auto *box = qobject_cast<QMessageBox *>(window))
                *text = box->text() + u'\n' + box->informativeText();
            target->click();
            return;
        }
    });
    timer->start();
    return text;
}

//! Answers the "Save the changes?" question (it has no name of its own) with \a answer.
void answerUnsavedChanges(QObject *context, QMessageBox::StandardButton answer)
{
    auto *timer = new QTimer(context);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, context, [timer, answer] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->button(answer))
            return;
        timer->stop();
        timer->deleteLater();
        box->button(answer)->click();
    });
    timer->start();
}

QString titleAt(const Document *doc, int row)
{
    return doc->record(row).value(FieldKey::Title);
}

/*! The crashing RefMend: opens the file in a main window with autosave every 50 ms, makes
    one edit, says when it has autosaved, then waits to be killed. */
int runCrashingChild(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = QCoreApplication::arguments();
    MainWindow window;
    window.documentGuard()->setAutosave(args.at(2), 50);
    QObject::connect(window.documentGuard()->autosaver(), &Autosaver::saved, &app,
                     [](const QString &path) {
                         std::printf("autosaved %s\n", qPrintable(path));
                         std::fflush(stdout);
                     });
    if (!window.openFile(args.at(3)))
        return 2;
    Document *doc = window.document();
    doc->undoStack()->push(new SetFieldCommand(doc, 0, FieldKey::Title, u"Typed before the crash"_s));
    // And text typed into the editor but never applied (no Enter, the focus never left).
    auto *editor = window.findChild<RecordEditor *>(u"recordEditor"_s);
    editor->showRecord(0);
    auto *year = qobject_cast<QLineEdit *>(editor->fieldEditor(FieldKey::Year));
    if (!year)
        return 3;
    year->setText(u"1999"_s);
    return app.exec();
}

} // namespace

class tst_DocumentGuard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_recovery;
    QString m_file;

    //! Leaves a recovery file for m_file whose first title is \a title, as a crash would.
    void leaveRecovery(const QString &title)
    {
        Document doc;
        QVERIFY(doc.loadFile(m_file));
        Autosaver saver(&doc);
        saver.setDirectory(m_recovery);
        doc.undoStack()->push(new SetFieldCommand(&doc, 0, FieldKey::Title, title));
        QVERIFY(saver.saveNow());
    }

    void setUp(MainWindow &w)
    {
        w.documentGuard()->setAutosave(m_recovery, kNever);
        w.documentGuard()->fileWatcher()->setDelay(0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_recovery = m_dir.filePath(u"recovery"_s);
        m_file = m_dir.filePath(u"refs.enw"_s);
    }

    void init()
    {
        QDir(m_recovery).removeRecursively();
        for (const QString &backup : backupPaths(m_file, 9))
            QFile::remove(backup);
        QVERIFY(writeFile(m_file, {titled(u"Original"_s, u"2013"_s), titled(u"Second"_s, u"2014"_s)},
                          u"endnote"_s).ok);
    }

    void cleanup()
    {
        // Windows left open by a failed test must not answer for the next one.
        const QList<QWidget *> windows = QApplication::topLevelWidgets();
        for (QWidget *window : windows) {
            if (qobject_cast<QDialog *>(window))
                window->close();
        }
    }

    // --- Recovery ---

    void openingAFileShouldOfferTheChangesACrashLeft()
    {
        leaveRecovery(u"Recovered title"_s);
        MainWindow w;
        setUp(w);
        QObject scope;
        const auto text = clickWhenShown(&scope, u"recoveryMessage"_s, u"recoverButton"_s);
        QVERIFY(w.openFile(m_file));
        QVERIFY2(text->contains(u"RefMend closed without saving changes to refs.enw at"_s), qPrintable(*text));
        QVERIFY(text->contains(u"Recover them?"_s));

        Document *doc = w.document();
        QCOMPARE(titleAt(doc, 0), u"Recovered title"_s);
        QCOMPARE(doc->recordCount(), 2);
        QVERIFY(doc->isModified());
        QVERIFY(w.isWindowModified());
        QCOMPARE(QFileInfo(doc->filePath()).absoluteFilePath(), QFileInfo(m_file).absoluteFilePath());

        // The crash's copy is gone; the recovered changes are kept by this window now.
        QVERIFY(Autosaver::orphaned(m_recovery).isEmpty());
        QCOMPARE(recoveryFiles(m_recovery).size(), 2);
        QVERIFY(!w.documentGuard()->autosaver()->recoveryFilePath().isEmpty());

        // Save writes them to the original file, and the recovery file goes.
        QVERIFY(w.save());
        QCOMPARE(readFile(m_file).records.constFirst().value(FieldKey::Title), u"Recovered title"_s);
        QVERIFY(recoveryFiles(m_recovery).isEmpty());
    }

    void discardingShouldOpenTheFileAndDeleteTheRecovery()
    {
        leaveRecovery(u"Unwanted"_s);
        MainWindow w;
        setUp(w);
        QObject scope;
        clickWhenShown(&scope, u"recoveryMessage"_s, u"discardButton"_s);
        QVERIFY(w.openFile(m_file));
        QCOMPARE(titleAt(w.document(), 0), u"Original"_s);
        QVERIFY(!w.document()->isModified());
        QVERIFY(recoveryFiles(m_recovery).isEmpty());
    }

    void decidingLaterShouldOpenTheFileAndOfferAgainNextTime()
    {
        leaveRecovery(u"Maybe"_s);
        {
            MainWindow w;
            setUp(w);
            QObject scope;
            clickWhenShown(&scope, u"recoveryMessage"_s, u"laterButton"_s);
            QVERIFY(w.openFile(m_file));
            QCOMPARE(titleAt(w.document(), 0), u"Original"_s);
            QVERIFY(!w.document()->isModified());
            QCOMPARE(recoveryFiles(m_recovery).size(), 2);
        }
        MainWindow w;
        setUp(w);
        QObject scope;
        clickWhenShown(&scope, u"recoveryMessage"_s, u"recoverButton"_s);
        QVERIFY(w.documentGuard()->offerRecovery());   // at start, no file named
        QCOMPARE(titleAt(w.document(), 0), u"Maybe"_s);
        QCOMPARE(w.windowFilePath(), QFileInfo(m_file).absoluteFilePath());
    }

    void closingWithDiscardShouldRemoveTheRecovery()
    {
        MainWindow w;
        setUp(w);
        w.show();
        QVERIFY(w.openFile(m_file));
        Document *doc = w.document();
        doc->undoStack()->push(new SetFieldCommand(doc, 0, FieldKey::Title, u"Not wanted"_s));
        QVERIFY(w.documentGuard()->autosaver()->saveNow());
        QCOMPARE(recoveryFiles(m_recovery).size(), 2);
        QObject scope;
        answerUnsavedChanges(&scope, QMessageBox::Discard);
        QVERIFY(w.close());
        QVERIFY(recoveryFiles(m_recovery).isEmpty());
        QCOMPARE(readFile(m_file).records.constFirst().value(FieldKey::Title), u"Original"_s);
    }

    void aKilledRefMendsChangesShouldBeRecovered()
    {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {kCrashingChild, m_recovery, m_file});
        QVERIFY(child.waitForStarted());
        QByteArray out;
        while (!out.contains("autosaved ") || !out.endsWith('\n')) {
            QVERIFY2(child.waitForReadyRead(60000), out.constData());
            out += child.readAllStandardOutput();
        }
        // While it runs, its recovery file is nobody else's to offer.
        QVERIFY(Autosaver::orphaned(m_recovery).isEmpty());

        child.kill();   // SIGKILL: no close event, no destructor
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QCOMPARE(readFile(m_file).records.constFirst().value(FieldKey::Title), u"Original"_s);
        QCOMPARE(Autosaver::orphaned(m_recovery, m_file).size(), 1);

        MainWindow w;
        setUp(w);
        QObject scope;
        clickWhenShown(&scope, u"recoveryMessage"_s, u"recoverButton"_s);
        QVERIFY(w.openFile(m_file));
        QCOMPARE(titleAt(w.document(), 0), u"Typed before the crash"_s);
        QCOMPARE(w.document()->record(0).value(FieldKey::Year), u"1999"_s);
        QCOMPARE(titleAt(w.document(), 1), u"Second"_s);
        QVERIFY(w.document()->isModified());
    }

    // --- Changes on disk ---

    void aChangeOnDiskShouldOfferReloadWhichCanBeUndone()
    {
        MainWindow w;
        setUp(w);
        QVERIFY(w.openFile(m_file));
        QObject scope;
        const auto text = clickWhenShown(&scope, u"fileChangedMessage"_s, u"reloadButton"_s);
        QSignalSpy reloaded(w.documentGuard(), &DocumentGuard::reloaded);
        QVERIFY(writeFile(m_file, {titled(u"Theirs"_s, u"2013"_s), titled(u"Second"_s, u"2014"_s),
                                   titled(u"Third"_s, u"2015"_s)}, u"endnote"_s).ok);
        QVERIFY(reloaded.wait());
        QVERIFY2(text->contains(u"refs.enw was changed by another program"_s), qPrintable(*text));

        Document *doc = w.document();
        QCOMPARE(doc->recordCount(), 3);
        QCOMPARE(titleAt(doc, 0), u"Theirs"_s);
        QVERIFY(!doc->isModified());
        doc->undoStack()->undo();
        QCOMPARE(doc->recordCount(), 2);
        QCOMPARE(titleAt(doc, 0), u"Original"_s);
        QVERIFY(doc->isModified());
    }

    void keepingMineShouldKeepTheDocumentAndAskToSaveIt()
    {
        MainWindow w;
        setUp(w);
        QVERIFY(w.openFile(m_file));
        QObject scope;
        clickWhenShown(&scope, u"fileChangedMessage"_s, u"keepButton"_s);
        QSignalSpy modified(w.document(), &Document::modifiedChanged);
        QVERIFY(writeFile(m_file, {titled(u"Theirs"_s, u"2013"_s)}, u"endnote"_s).ok);
        QVERIFY(modified.wait());
        QVERIFY(w.document()->isModified());
        QCOMPARE(w.document()->recordCount(), 2);
        QCOMPARE(titleAt(w.document(), 0), u"Original"_s);
        QVERIFY(!w.documentGuard()->isAskingAboutDisk());

        // The same change is not asked about again.
        QSignalSpy changed(w.documentGuard()->fileWatcher(), &FileWatcher::changedOnDisk);
        w.documentGuard()->fileWatcher()->check();
        QCOMPARE(changed.count(), 0);
    }

    void compareShouldListTheRecordsThatDiffer()
    {
        MainWindow w;
        setUp(w);
        QVERIFY(w.openFile(m_file));
        Document *doc = w.document();
        doc->undoStack()->push(new SetFieldCommand(doc, 1, FieldKey::Volume, u"12"_s));

        Record withPages = titled(u"Original"_s, u"2013"_s);
        withPages.setValue(FieldKey::Pages, u"1–10"_s);
        QObject scope;
        clickWhenShown(&scope, u"fileChangedMessage"_s, u"compareButton"_s);
        QVERIFY(writeFile(m_file, {withPages, titled(u"Second"_s, u"2014"_s), titled(u"Third"_s, u"2015"_s)},
                          u"endnote"_s).ok);
        CompareDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<CompareDialog *>(u"compareDialog"_s)) && dialog->isVisible());

        const QTreeWidget *list = dialog->differenceList();
        QCOMPARE(list->topLevelItemCount(), 3);
        QMap<QString, const QTreeWidgetItem *> byRecord;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            byRecord.insert(list->topLevelItem(i)->text(0), list->topLevelItem(i));
        const QTreeWidgetItem *pages = byRecord.value(u"(2013) Original"_s);
        QVERIFY2(pages, qPrintable(QStringList(byRecord.keys()).join(u" | "_s)));
        QCOMPARE(pages->childCount(), 1);
        QCOMPARE(pages->child(0)->text(0), fieldKeyDisplayName(FieldKey::Pages));
        QCOMPARE(pages->child(0)->text(1), u"1–10"_s);
        QCOMPARE(pages->child(0)->text(2), QString());
        const QTreeWidgetItem *volume = byRecord.value(u"(2014) Second"_s);
        QVERIFY(volume);
        QCOMPARE(volume->child(0)->text(0), fieldKeyDisplayName(FieldKey::Volume));
        QCOMPARE(volume->child(0)->text(2), u"12"_s);
        const QTreeWidgetItem *third = byRecord.value(u"(2015) Third"_s);
        QVERIFY(third);
        QCOMPARE(third->childCount(), 0);
        QVERIFY(third->text(2) != third->text(1));
        QVERIFY(dialog->summaryLabel()->text().contains(u"3 record"_s));

        dialog->keepButton()->click();
        QCOMPARE(doc->recordCount(), 2);
        QCOMPARE(doc->record(1).value(FieldKey::Volume), u"12"_s);
        QVERIFY(doc->isModified());
        QVERIFY(!w.documentGuard()->isAskingAboutDisk());
    }

    void ourOwnSaveShouldNotAsk()
    {
        MainWindow w;
        setUp(w);
        QVERIFY(w.openFile(m_file));
        Document *doc = w.document();
        doc->undoStack()->push(new SetFieldCommand(doc, 0, FieldKey::Title, u"Saved here"_s));
        FileWatcher *watcher = w.documentGuard()->fileWatcher();
        QSignalSpy changed(watcher, &FileWatcher::changedOnDisk);
        QSignalSpy folderEvents(watcher->findChild<QFileSystemWatcher *>(),
                                &QFileSystemWatcher::directoryChanged);
        QVERIFY(w.save());
        // The write runs on a worker while the window's loop goes on, so the folder's event
        // may come before save() returns.
        QVERIFY(!folderEvents.isEmpty() || folderEvents.wait());
        QTRY_VERIFY(!watcher->isCheckPending());
        QCOMPARE(changed.count(), 0);
        QVERIFY(!w.findChild<QMessageBox *>(u"fileChangedMessage"_s));
        QVERIFY(!doc->isModified());
    }

    void aRemovedFileShouldLeaveTheDocumentToBeSavedAgain()
    {
        MainWindow w;
        setUp(w);
        QVERIFY(w.openFile(m_file));
        QSignalSpy removed(w.documentGuard()->fileWatcher(), &FileWatcher::removedFromDisk);
        QVERIFY(QFile::remove(m_file));
        QVERIFY(removed.wait());
        QVERIFY(w.findChild<QMessageBox *>(u"fileRemovedMessage"_s));
        QVERIFY(w.document()->isModified());
        QVERIFY(w.save());
        QCOMPARE(readFile(m_file).records.size(), 2);
    }

    // --- Failed saves ---

    void aFailedSaveShouldSayWhyAndLeaveTheFileAsItWas()
    {
        MainWindow w;
        setUp(w);
        QVERIFY(w.openFile(m_file));
        const QByteArray before = [this] {
            QFile file(m_file);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        Document *doc = w.document();
        doc->undoStack()->push(new SetFieldCommand(doc, 0, FieldKey::Abstract, QString(4096, u'a')));

        // The disk fills up: every file this process writes stops at 1 KiB.
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit old{};
        QVERIFY(getrlimit(RLIMIT_FSIZE, &old) == 0);
        rlimit limited = old;
        limited.rlim_cur = 1024;
        QVERIFY(setrlimit(RLIMIT_FSIZE, &limited) == 0);
        const bool saved = w.save();
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, SIG_DFL);

        QVERIFY(!saved);
        auto *box = w.findChild<QMessageBox *>(u"errorMessage"_s);
        QVERIFY(box);
        QVERIFY2(box->text().contains(QDir::toNativeSeparators(m_file)), qPrintable(box->text()));
        QVERIFY2(box->text().contains(u"File too large"_s), qPrintable(box->text()));
        QVERIFY(box->text().contains(u"Nothing on disk was changed"_s));
        QVERIFY(doc->isModified());
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        QVERIFY(!QFile::exists(m_file + u".bak"_s));
    }
};

int main(int argc, char *argv[])
{
    if (argc >= 4 && QString::fromLocal8Bit(argv[1]) == kCrashingChild)
        return runCrashingChild(argc, argv);
    QApplication app(argc, argv);
    QApplication::setAttribute(Qt::AA_Use96Dpi, true);
    tst_DocumentGuard test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_documentguard.moc"
