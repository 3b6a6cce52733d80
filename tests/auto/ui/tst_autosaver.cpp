// Autosave of unsaved changes to a recovery file, and finding what a crashed RefMend left.

#include "commands/recordcommands.h"
#include "document/autosaver.h"
#include "document/document.h"
#include "formats/fileio.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace refmend;
using namespace Qt::StringLiterals;

namespace {

constexpr int kNever = 3600 * 1000;   // tests that call saveNow() themselves

Record titled(const QString &title)
{
    Record r;
    r.type = RecordType::Article;
    r.setValue(FieldKey::Title, title);
    return r;
}

//! The recovery folder's files, without lock files (which say who is alive).
QStringList recoveryFiles(const QString &dir)
{
    QStringList files = QDir(dir).entryList(QDir::Files, QDir::Name);
    files.removeIf([](const QString &name) { return name.endsWith(u".lock"_s); });
    return files;
}

QJsonObject sidecar(const QString &dataPath)
{
    const QFileInfo data(dataPath);
    QFile file(data.absolutePath() + u'/' + data.completeBaseName() + u".recovery.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class tst_Autosaver : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_recovery;
    QString m_file;

    //! A document on m_file ("Original"), unmodified.
    void open(Document &doc)
    {
        QVERIFY(doc.loadFile(m_file));
        QCOMPARE(doc.record(0).value(FieldKey::Title), u"Original"_s);
    }

    static void edit(Document &doc, const QString &title)
    {
        doc.undoStack()->push(new SetFieldCommand(&doc, 0, FieldKey::Title, title));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_recovery = m_dir.filePath(u"recovery"_s);
        QDir(m_recovery).removeRecursively();
        m_file = m_dir.filePath(u"refs.enw"_s);
        QVERIFY(writeFile(m_file, {titled(u"Original"_s)}, u"endnote"_s).ok);
    }

    void shouldWriteTheEditsAFewMomentsAfterTheyAreMade()
    {
        Document doc;
        open(doc);
        Autosaver saver(&doc);
        saver.setDirectory(m_recovery);
        saver.setInterval(20);
        QSignalSpy saved(&saver, &Autosaver::saved);
        edit(doc, u"Edited"_s);
        QVERIFY(saved.wait());
        const QString data = saved.at(0).at(0).toString();
        QCOMPARE(saver.recoveryFilePath(), data);
        QVERIFY(data.startsWith(m_recovery + u'/'));
        QVERIFY(data.endsWith(u".enw"_s));

        const Collection back = readFile(data, {u"endnote"_s, u"UTF-8"_s});
        QCOMPARE(back.records.size(), 1);
        QCOMPARE(back.records.constFirst().value(FieldKey::Title), u"Edited"_s);

        const QJsonObject info = sidecar(data);
        QCOMPARE(info.value(u"originalPath"_s).toString(), QFileInfo(m_file).absoluteFilePath());
        QCOMPARE(info.value(u"format"_s).toString(), u"endnote"_s);
        QCOMPARE(info.value(u"records"_s).toInt(), 1);
        QVERIFY(QDateTime::fromString(info.value(u"savedAt"_s).toString(), Qt::ISODateWithMs).isValid());
        QCOMPARE(recoveryFiles(m_recovery).size(), 2);   // the records and the sidecar
    }

    void shouldWriteOnlyWhenModifiedAndChangedSinceTheLastAutosave()
    {
        Document doc;
        open(doc);
        Autosaver saver(&doc);
        saver.setDirectory(m_recovery);
        saver.setInterval(kNever);
        QVERIFY(!saver.saveNow());                 // nothing to keep
        edit(doc, u"Edited"_s);
        QVERIFY(saver.saveNow());
        QVERIFY(!saver.saveNow());                 // nothing new since
        edit(doc, u"Edited again"_s);
        QVERIFY(saver.saveNow());
        QCOMPARE(readFile(saver.recoveryFilePath(), {u"endnote"_s, {}}).records.constFirst()
                         .value(FieldKey::Title), u"Edited again"_s);
    }

    void shouldWriteNoRecoveryFileForALibrary()
    {
        Document doc;
        open(doc);
        doc.setLibraryName(u"lab.refmend"_s);   // its edits go to the library (LibrarySync)
        Autosaver saver(&doc);
        saver.setDirectory(m_recovery);
        saver.setInterval(kNever);
        saver.setPendingEditSource([&doc](int *row, Record *record) {
            *row = 0;
            *record = doc.record(0);
            record->setValue(FieldKey::Title, u"Typed"_s);
            return true;
        });
        edit(doc, u"Edited"_s);
        saver.pendingEditsChanged();
        QVERIFY(!saver.saveNow());
        QVERIFY(recoveryFiles(m_recovery).isEmpty());
        // Back to a file: its edits are kept again.
        doc.setLibraryName(QString());
        edit(doc, u"Edited again"_s);
        QVERIFY(saver.saveNow());
    }

    void shouldKeepTextTypedButNotAppliedWithoutTouchingTheDocument()
    {
        Document doc;
        open(doc);
        Autosaver saver(&doc);
        saver.setDirectory(m_recovery);
        saver.setInterval(20);
        QString typed;   // what an editor holds for record 0's title, not applied
        saver.setPendingEditSource([&doc, &typed](int *row, Record *record) {
            if (typed.isEmpty())
                return false;
            *row = 0;
            *record = doc.record(0);
            record->setValue(FieldKey::Title, typed);
            return true;
        });
        QSignalSpy saved(&saver, &Autosaver::saved);
        typed = u"Typed"_s;
        saver.pendingEditsChanged();
        QVERIFY(saved.wait());
        QCOMPARE(readFile(saver.recoveryFilePath(), {u"endnote"_s, {}}).records.constFirst()
                         .value(FieldKey::Title), u"Typed"_s);
        // The document and its undo stack know nothing of it.
        QCOMPARE(doc.record(0).value(FieldKey::Title), u"Original"_s);
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.undoStack()->count(), 0);

        // Typing taken back: the document matches its file again, the recovery goes.
        const QString data = saver.recoveryFilePath();
        typed.clear();
        saver.pendingEditsChanged();
        QTRY_VERIFY(!QFile::exists(data));
        QVERIFY(recoveryFiles(m_recovery).isEmpty());
    }

    void shouldRemoveTheRecoveryFileWhenTheDocumentMatchesItsFileAgain()
    {
        Document doc;
        open(doc);
        Autosaver saver(&doc);
        saver.setDirectory(m_recovery);
        saver.setInterval(kNever);

        edit(doc, u"Edited"_s);
        QVERIFY(saver.saveNow());
        QVERIFY(doc.save());
        QVERIFY(recoveryFiles(m_recovery).isEmpty());
        QVERIFY(saver.recoveryFilePath().isEmpty());

        edit(doc, u"Edited twice"_s);
        QVERIFY(saver.saveNow());
        doc.undoStack()->undo();                  // back to what the file holds
        QVERIFY(!doc.isModified());
        QVERIFY(recoveryFiles(m_recovery).isEmpty());

        edit(doc, u"Edited three times"_s);
        QVERIFY(saver.saveNow());
        saver.discard();                          // closed, the user chose Discard
        QVERIFY(recoveryFiles(m_recovery).isEmpty());
        QVERIFY(QDir(m_recovery).entryList(QDir::Files).isEmpty());   // no lock either
    }

    void shouldNotOfferTheRecoveryOfARunningRefMend()
    {
        Document doc;
        open(doc);
        auto saver = std::make_unique<Autosaver>(&doc);
        saver->setDirectory(m_recovery);
        saver->setInterval(kNever);
        edit(doc, u"Edited"_s);
        QVERIFY(saver->saveNow());
        QVERIFY(Autosaver::orphaned(m_recovery).isEmpty());

        saver.reset();   // gone without discarding, as in a crash
        const QList<RecoveryFile> left = Autosaver::orphaned(m_recovery);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.constFirst().originalPath, QFileInfo(m_file).absoluteFilePath());
        QCOMPARE(left.constFirst().recordCount, 1);
        QVERIFY(Autosaver::orphaned(m_recovery, m_dir.filePath(u"other.enw"_s)).isEmpty());
    }

    void aClaimedRecoveryShouldNotBeOfferedTwice()
    {
        {
            Document doc;
            open(doc);
            Autosaver saver(&doc);
            saver.setDirectory(m_recovery);
            edit(doc, u"Edited"_s);
            QVERIFY(saver.saveNow());
        }
        QList<RecoveryFile> first = Autosaver::orphaned(m_recovery, m_file);
        QCOMPARE(first.size(), 1);
        QVERIFY(Autosaver::orphaned(m_recovery, m_file).isEmpty());   // being offered already
        first.clear();                                                // "decide later"
        QCOMPARE(Autosaver::orphaned(m_recovery, m_file).size(), 1);
    }

    void shouldRecoverTheEditsAsTheOriginalFile()
    {
        // A file in a legacy encoding: the recovery is UTF-8, the recovered document saves
        // in the file's own encoding again.
        const QString latin = m_dir.filePath(u"latin.enw"_s);
        {
            QFile file(latin);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral("%0 Journal Article\r\n%T Caf\u00e9 society\r\n%A M\u00fcller, J\u00fcrgen\r\n")
                               .toLatin1());
        }
        QString encoding;
        {
            Document doc;
            QVERIFY(doc.loadFile(latin));
            encoding = doc.encoding();
            QVERIFY2(encoding != u"UTF-8"_s, qPrintable(encoding));
            Autosaver saver(&doc);
            saver.setDirectory(m_recovery);
            edit(doc, u"Caf\u00e9 soci\u00e9t\u00e9"_s);
            QVERIFY(saver.saveNow());
            QVERIFY(readFile(saver.recoveryFilePath()).encoding == u"UTF-8"_s);
        }
        const QList<RecoveryFile> left = Autosaver::orphaned(m_recovery, latin);
        QCOMPARE(left.size(), 1);
        QString error;
        const Collection recovered = left.constFirst().load(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(recovered.sourcePath, QFileInfo(latin).absoluteFilePath());
        QCOMPARE(recovered.formatId, u"endnote"_s);
        QCOMPARE(recovered.encoding, encoding);
        QCOMPARE(recovered.lineEnding, LineEnding::CrLf);
        QCOMPARE(recovered.records.constFirst().value(FieldKey::Title), u"Caf\u00e9 soci\u00e9t\u00e9"_s);
        QVERIFY(recovered.records.constFirst().authorsText().contains(u"M\u00fcller"_s));

        Document doc;
        doc.setCollection(recovered);
        QVERIFY(doc.save());
        const Collection saved = readFile(latin);
        QCOMPARE(saved.encoding, encoding);
        QCOMPARE(saved.records.constFirst().value(FieldKey::Title), u"Caf\u00e9 soci\u00e9t\u00e9"_s);
    }

    void shouldKeepAnUntitledCollection()
    {
        {
            Document doc;
            Autosaver saver(&doc);
            saver.setDirectory(m_recovery);
            doc.undoStack()->push(new InsertRecordsCommand(&doc, 0, {titled(u"Pasted"_s)}, u"Paste"_s));
            QVERIFY(saver.saveNow());
        }
        const QList<RecoveryFile> left = Autosaver::orphaned(m_recovery);
        QCOMPARE(left.size(), 1);
        QVERIFY(left.constFirst().originalPath.isEmpty());
        const Collection recovered = left.constFirst().load();
        QVERIFY(recovered.sourcePath.isEmpty());
        QCOMPARE(recovered.records.size(), 1);
        QCOMPARE(recovered.records.constFirst().value(FieldKey::Title), u"Pasted"_s);
    }

    void aReadOnlyFormatShouldBeKeptInOneThatReadsBack()
    {
        Collection mods;
        mods.sourcePath = m_dir.filePath(u"refs.mods"_s);
        mods.formatId = u"mods"_s;
        mods.records = {titled(u"From MODS"_s)};
        {
            Document doc;
            doc.setCollection(mods);
            QVERIFY(!doc.canSave());
            Autosaver saver(&doc);
            saver.setDirectory(m_recovery);
            edit(doc, u"Edited MODS"_s);
            QVERIFY2(saver.saveNow(), qPrintable(saver.lastError()));
        }
        const QList<RecoveryFile> left = Autosaver::orphaned(m_recovery);
        QCOMPARE(left.size(), 1);
        const Collection recovered = left.constFirst().load();
        QCOMPARE(recovered.formatId, u"mods"_s);   // still asks where to save, as before
        QCOMPARE(recovered.records.constFirst().value(FieldKey::Title), u"Edited MODS"_s);
    }

    void shouldNotOverwriteARecoveryLeftForLater()
    {
        {
            Document doc;
            open(doc);
            Autosaver saver(&doc);
            saver.setDirectory(m_recovery);
            edit(doc, u"From the crashed session"_s);
            QVERIFY(saver.saveNow());
        }
        Document doc;
        open(doc);
        Autosaver saver(&doc);
        saver.setDirectory(m_recovery);
        edit(doc, u"From this session"_s);
        QVERIFY(saver.saveNow());
        QCOMPARE(recoveryFiles(m_recovery).size(), 4);
        const QList<RecoveryFile> left = Autosaver::orphaned(m_recovery, m_file);
        QCOMPARE(left.size(), 1);   // ours is alive
        QCOMPARE(left.constFirst().load().records.constFirst().value(FieldKey::Title),
                 u"From the crashed session"_s);
    }

    void shouldReportWhyItCouldNotWrite()
    {
        // The recovery folder's parent is a regular file: no one can create it, root included.
        const QString blocker = m_dir.filePath(u"blocker"_s);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        Document doc;
        open(doc);
        Autosaver saver(&doc);
        saver.setDirectory(blocker + u"/recovery"_s);
        QSignalSpy failed(&saver, &Autosaver::failed);
        edit(doc, u"Edited"_s);
        QVERIFY(!saver.saveNow());
        QCOMPARE(failed.count(), 1);
        QVERIFY2(saver.lastError().contains(u"blocker"_s), qPrintable(saver.lastError()));
    }
};

QTEST_MAIN(tst_Autosaver)
#include "tst_autosaver.moc"
