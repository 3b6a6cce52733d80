// Noticing that another program changed, replaced or removed the open file.

#include "commands/recordcommands.h"
#include "document/document.h"
#include "document/filewatcher.h"
#include "formats/fileio.h"

#include <QFile>
#include <QFileSystemWatcher>
#include <QSignalSpy>
#include <QtConcurrent/QtConcurrentRun>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <cstdio>

using namespace refmend;
using namespace Qt::StringLiterals;

namespace {

bool put(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class tst_FileWatcher : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(u"refs.enw"_s);
        QVERIFY(put(m_file, "%0 Journal Article\n%T Original\n"));
    }

    void shouldReportAChangeMadeByAnotherProgram()
    {
        FileWatcher watcher;
        watcher.setDelay(0);
        watcher.setPath(m_file);
        QSignalSpy changed(&watcher, &FileWatcher::changedOnDisk);
        QVERIFY(put(m_file, "%0 Journal Article\n%T Changed elsewhere\n"));
        QVERIFY(changed.wait());
        QCOMPARE(changed.constFirst().constFirst().toString(), QFileInfo(m_file).absoluteFilePath());
        // Each version once: looking again finds nothing new.
        watcher.check();
        QCOMPARE(changed.count(), 1);
    }

    void shouldNoticeASameSizeRewrite()
    {
        FileWatcher watcher;
        watcher.setPath(m_file);
        QSignalSpy changed(&watcher, &FileWatcher::changedOnDisk);
        QVERIFY(put(m_file, "%0 Journal Article\n%T Originax\n"));
        watcher.check();
        QCOMPARE(changed.count(), 1);
    }

    void shouldIgnoreATouchThatChangesNoContent()
    {
        FileWatcher watcher;
        watcher.setPath(m_file);
        QSignalSpy changed(&watcher, &FileWatcher::changedOnDisk);
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
        file.close();
        watcher.check();
        QCOMPARE(changed.count(), 0);
    }

    void aLargeFileShouldBeJudgedByItsContentToo()
    {
        // Over 4 MB the digest is read on a worker; check() waits for it when it must.
        QByteArray big(6 * 1024 * 1024, 'a');
        QVERIFY(put(m_file, big));
        FileWatcher watcher;
        watcher.setPath(m_file);
        QVERIFY(watcher.isDigestPending());
        QTRY_VERIFY(!watcher.isDigestPending());
        QSignalSpy changed(&watcher, &FileWatcher::changedOnDisk);
        {
            QFile file(m_file);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(60),
                                     QFileDevice::FileModificationTime));
        }
        watcher.check();
        QCOMPARE(changed.count(), 0);   // touched: same content
        big[big.size() / 2] = 'b';
        QVERIFY(put(m_file, big));       // same size, other content
        watcher.check();
        QCOMPARE(changed.count(), 1);

        // Touched while the digest is read: reported, as which version it saw is unknown.
        watcher.setPath(m_file);
        QVERIFY(watcher.isDigestPending());
        {
            QFile file(m_file);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(120),
                                     QFileDevice::FileModificationTime));
        }
        watcher.check();
        QCOMPARE(changed.count(), 2);
    }

    void shouldIgnoreTheDocumentsOwnSave()
    {
        Document doc;
        QVERIFY(doc.loadFile(m_file));
        FileWatcher watcher;
        watcher.setDelay(0);
        connect(&doc, &Document::syncedWithFile, &watcher, &FileWatcher::setPath);
        watcher.setPath(m_file);
        QSignalSpy changed(&watcher, &FileWatcher::changedOnDisk);
        auto *inotify = watcher.findChild<QFileSystemWatcher *>();
        QVERIFY(inotify);
        QSignalSpy folderEvents(inotify, &QFileSystemWatcher::directoryChanged);

        doc.undoStack()->push(new SetFieldCommand(&doc, 0, FieldKey::Title, u"Saved by us"_s));
        doc.setBackupCount(1);   // the backup lands in the same folder: also ours
        QVERIFY(doc.save());
        QVERIFY(folderEvents.wait());                 // the save was seen...
        QTRY_VERIFY(!watcher.isCheckPending());       // ...and looked at
        watcher.check();
        QCOMPARE(changed.count(), 0);

        // Another program's change right after is still reported.
        QVERIFY(put(m_file, "%0 Journal Article\n%T Theirs\n"));
        QVERIFY(changed.wait());
    }

    void shouldNotLookWhileTheDocumentWritesOnAWorker()
    {
        // The window's loop runs while a save is written on a worker: the folder's events
        // come before the document can say the file is its own.
        Document doc;
        QVERIFY(doc.loadFile(m_file));
        doc.setWriteRunner([](const QString &, Document::WriteJob job) {
            QFuture<WriteResult> future = QtConcurrent::run(std::move(job), static_cast<WriteProgress *>(nullptr));
            while (!future.isFinished())
                QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            QTest::qWait(50);   // the folder's events, delivered before save() goes on
            return future.result();
        });
        FileWatcher watcher;
        watcher.setDelay(0);
        connect(&doc, &Document::syncedWithFile, &watcher, &FileWatcher::setPath);
        connect(&doc, &Document::writing, &watcher, &FileWatcher::setHeld);
        watcher.setPath(m_file);
        QSignalSpy changed(&watcher, &FileWatcher::changedOnDisk);
        doc.undoStack()->push(new SetFieldCommand(&doc, 0, FieldKey::Title, u"Saved by us"_s));
        QVERIFY(doc.save());
        QTest::qWait(100);
        watcher.check();
        QCOMPARE(changed.count(), 0);

        // Held no more: another program's change is reported.
        QVERIFY(put(m_file, "%0 Journal Article\n%T Theirs\n"));
        QVERIFY(changed.wait());
    }

    void shouldFollowAFileReplacedByRename()
    {
        // What most editors and sync clients do: write a new file, rename it over the old.
        FileWatcher watcher;
        watcher.setDelay(0);
        watcher.setPath(m_file);
        QSignalSpy changed(&watcher, &FileWatcher::changedOnDisk);
        QSignalSpy removed(&watcher, &FileWatcher::removedFromDisk);
        for (int round = 1; round <= 3; ++round) {
            const QString temp = m_dir.filePath(u"refs.enw.tmp"_s);
            QVERIFY(put(temp, "%0 Journal Article\n%T Round " + QByteArray::number(round) + "\n"));
            QVERIFY(::rename(QFile::encodeName(temp).constData(), QFile::encodeName(m_file).constData()) == 0);
            QTRY_COMPARE(changed.count(), round);
        }
        QCOMPARE(removed.count(), 0);
    }

    void shouldReportARemovedFileAndItsReturn()
    {
        FileWatcher watcher;
        watcher.setDelay(0);
        watcher.setPath(m_file);
        QSignalSpy changed(&watcher, &FileWatcher::changedOnDisk);
        QSignalSpy removed(&watcher, &FileWatcher::removedFromDisk);
        QVERIFY(QFile::remove(m_file));
        QVERIFY(removed.wait());
        QCOMPARE(changed.count(), 0);
        QVERIFY(put(m_file, "%0 Journal Article\n%T Written back by someone\n"));
        QVERIFY(changed.wait());
        QCOMPARE(removed.count(), 1);
    }

    void shouldWatchNothingWithoutAPath()
    {
        FileWatcher watcher;
        watcher.setPath(m_file);
        watcher.setPath({});
        QSignalSpy changed(&watcher, &FileWatcher::changedOnDisk);
        QVERIFY(put(m_file, "%0 Journal Article\n%T Changed\n"));
        watcher.check();
        QCOMPARE(changed.count(), 0);
        QVERIFY(watcher.findChild<QFileSystemWatcher *>()->files().isEmpty());
        QVERIFY(watcher.findChild<QFileSystemWatcher *>()->directories().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_FileWatcher)
#include "tst_filewatcher.moc"
