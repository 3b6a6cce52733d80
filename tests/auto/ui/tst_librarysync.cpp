// A library open in a Document: edits, undo, inserts and removals reach the library (and
// its journal); another client's changes reach the document without touching its undo
// stack; a save refused because of a newer version is a conflict that a merge resolves.

#include "commands/recordcommands.h"
#include "document/document.h"
#include "document/librarysync.h"
#include "storage/library.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace refmend;
using namespace Qt::StringLiterals;

namespace {

Record article(const QString &title, const QString &family)
{
    Record r;
    r.type = RecordType::Article;
    r.setValue(FieldKey::Title, title);
    Person p;
    p.family = family;
    p.given = u"Ana"_s;
    r.setPersons(PersonRole::Author, { p });
    return r;
}

//! One client: a library connection, a document and the sync between them.
struct Client {
    explicit Client(const QString &path)
    {
        QString error;
        opened = library.open(LibraryLocation::fromUrl(path), &error);
        if (!opened)
            qWarning("%s", qPrintable(error));
        document.setLibraryName(library.location().displayName());
    }
    Library library;
    Document document;
    LibrarySync sync{ &document, &library };
    bool opened = false;
};

} // namespace

class tst_LibrarySync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void loadShouldShowTheLibrarysRecordsUnmodified();
    void editsAndUndoShouldReachTheLibrary();
    void insertedAndRemovedRecordsShouldReachTheLibrary();
    void manyChangesShouldBeOneTransaction();
    void otherClientsChangesShouldReachTheDocument();
    void refusedSaveShouldBeAConflictThatAMergeResolves();

private:
    QString m_path;
    QTemporaryDir m_dir;
};

void tst_LibrarySync::init()
{
    static int n = 0;
    m_path = m_dir.filePath(u"lib%1.refmend"_s.arg(++n));
    Library seed;
    QVERIFY(seed.open(LibraryLocation::fromUrl(m_path)));
    QList<StoredRecord> records;
    for (const auto &[title, family] : { std::pair{ u"First"_s, u"Costa"_s },
                                         std::pair{ u"Second"_s, u"Pereira"_s },
                                         std::pair{ u"Third"_s, u"Müller"_s } })
        records.append({ article(title, family), 0, 0 });
    QVERIFY(seed.addRecords(records));
}

void tst_LibrarySync::loadShouldShowTheLibrarysRecordsUnmodified()
{
    Client c(m_path);
    QVERIFY(c.opened);
    QVERIFY(c.sync.load());
    QCOMPARE(c.document.recordCount(), 3);
    QCOMPARE(c.document.record(2).value(FieldKey::Title), u"Third"_s);
    QVERIFY(!c.document.isModified());
    QVERIFY(c.document.isLibrary());
    QVERIFY(!c.document.canSave());
    QCOMPARE(c.sync.libraryId(c.document.record(0).id), RecordId(1));
    QCOMPARE(c.sync.version(c.document.record(0).id), 1);
    QCOMPARE(c.sync.pendingCount(), 0);
}

void tst_LibrarySync::editsAndUndoShouldReachTheLibrary()
{
    Client c(m_path);
    QVERIFY(c.sync.load());
    c.document.undoStack()->push(new SetFieldCommand(&c.document, 1, FieldKey::Title, u"Edited"_s));
    QVERIFY(!c.document.isModified());      // a library document is saved as it goes
    QCOMPARE(c.sync.pendingCount(), 1);
    QTRY_COMPARE(c.sync.pendingCount(), 0);
    QCOMPARE(c.library.record(2)->record.value(FieldKey::Title), u"Edited"_s);
    QCOMPARE(c.library.record(2)->version, 2);

    c.document.undoStack()->undo();
    c.sync.flush();
    QCOMPARE(c.library.record(2)->record.value(FieldKey::Title), u"Second"_s);
    QCOMPARE(c.library.record(2)->version, 3);
    c.document.undoStack()->redo();
    c.sync.flush();
    QCOMPARE(c.library.record(2)->record.value(FieldKey::Title), u"Edited"_s);

    QStringList journal;
    for (const JournalEntry &e : c.library.history(2))
        journal.append(e.field + u": "_s + e.displayBefore() + u" -> "_s + e.displayAfter());
    QCOMPARE(journal, (QStringList{ u"record:  -> created"_s, u"title: Second -> Edited"_s,
                                    u"title: Edited -> Second"_s, u"title: Second -> Edited"_s }));
}

void tst_LibrarySync::insertedAndRemovedRecordsShouldReachTheLibrary()
{
    Client c(m_path);
    QVERIFY(c.sync.load());
    // Inserted between the first and the second record.
    c.document.undoStack()->push(new InsertRecordsCommand(
            &c.document, 1, { article(u"Between"_s, u"Zed"_s) }, u"Insert"_s));
    c.document.undoStack()->push(new InsertRecordsCommand(
            &c.document, 4, { article(u"Last"_s, u"Zed"_s), article(u"Very last"_s, u"Zed"_s) },
            u"Import"_s));
    c.sync.flush();
    QStringList titles;
    for (const StoredRecord &s : c.library.records())
        titles.append(s.record.value(FieldKey::Title));
    QCOMPARE(titles, (QStringList{ u"First"_s, u"Between"_s, u"Second"_s, u"Third"_s,
                                   u"Last"_s, u"Very last"_s }));
    // An edit of a new record goes to the record the library made for it.
    c.document.undoStack()->push(new SetFieldCommand(&c.document, 1, FieldKey::Year, u"2024"_s));
    c.sync.flush();
    QCOMPARE(c.library.records().at(1).record.value(FieldKey::Year), u"2024"_s);

    c.document.undoStack()->push(new RemoveRecordsCommand(&c.document, { 0, 2 }, u"Remove"_s));
    c.sync.flush();
    titles.clear();
    for (const StoredRecord &s : c.library.records())
        titles.append(s.record.value(FieldKey::Title));
    QCOMPARE(titles, (QStringList{ u"Between"_s, u"Third"_s, u"Last"_s, u"Very last"_s }));
    // Undo brings them back, in their places.
    c.document.undoStack()->undo();
    c.sync.flush();
    titles.clear();
    for (const StoredRecord &s : c.library.records())
        titles.append(s.record.value(FieldKey::Title));
    QCOMPARE(titles, (QStringList{ u"First"_s, u"Between"_s, u"Second"_s, u"Third"_s,
                                   u"Last"_s, u"Very last"_s }));
    QCOMPARE(c.library.recordCount(), c.document.recordCount());
}

void tst_LibrarySync::manyChangesShouldBeOneTransaction()
{
    Client c(m_path);
    QVERIFY(c.sync.load());
    QList<Record> many;
    for (int i = 0; i < 500; ++i)
        many.append(article(u"Imported %1"_s.arg(i), u"Lúcia"_s));
    c.document.undoStack()->push(new InsertRecordsCommand(&c.document, 3, many, u"Import"_s));
    c.sync.flush();
    QCOMPARE(c.library.recordCount(), 503);
    // One change to every record (a clean-up), then one write.
    QList<Record> after = c.document.records();
    for (Record &r : after)
        r.setValue(FieldKey::Note, u"cleaned"_s);
    c.document.undoStack()->push(new ReplaceRecordsCommand(&c.document, after, u"Clean up"_s));
    c.sync.flush();
    int cleaned = 0;
    for (const StoredRecord &s : c.library.records())
        cleaned += s.record.value(FieldKey::Note) == u"cleaned"_s;
    QCOMPARE(cleaned, 503);
    // All changes of one flush carry one time stamp (one transaction).
    const QDateTime first = c.library.history(1).last().at;
    QCOMPARE(c.library.history(503).last().at, first);
}

void tst_LibrarySync::otherClientsChangesShouldReachTheDocument()
{
    Client ana(m_path), ben(m_path);
    QVERIFY(ana.sync.load());
    QVERIFY(ben.sync.load());
    ana.document.undoStack()->push(new SetFieldCommand(&ana.document, 0, FieldKey::Title, u"Ana's"_s));
    QTRY_COMPARE_WITH_TIMEOUT(ben.document.record(0).value(FieldKey::Title), u"Ana's"_s, 5000);
    QCOMPARE(ben.document.undoStack()->count(), 0);
    QVERIFY(!ben.document.isModified());
    // Nothing is written back by Ben for a change he only received.
    QCOMPARE(ben.sync.pendingCount(), 0);
    QCOMPARE(ana.library.record(1)->version, 2);

    ben.document.undoStack()->push(new InsertRecordsCommand(
            &ben.document, 3, { article(u"Ben's new"_s, u"Ben"_s) }, u"Add"_s));
    QTRY_COMPARE_WITH_TIMEOUT(ana.document.recordCount(), 4, 5000);
    QCOMPARE(ana.document.record(3).value(FieldKey::Title), u"Ben's new"_s);
    QCOMPARE(ana.document.undoStack()->count(), 1);     // her own edit is still undoable

    QSignalSpy cleared(&ana.sync, &LibrarySync::undoHistoryCleared);
    ben.document.undoStack()->push(new RemoveRecordsCommand(&ben.document, { 1 }, u"Remove"_s));
    QTRY_COMPARE_WITH_TIMEOUT(ana.document.recordCount(), 3, 5000);
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(ana.document.undoStack()->count(), 0);
    QStringList titles;
    for (const Record &r : ana.document.records())
        titles.append(r.value(FieldKey::Title));
    QCOMPARE(titles, (QStringList{ u"Ana's"_s, u"Third"_s, u"Ben's new"_s }));
}

void tst_LibrarySync::refusedSaveShouldBeAConflictThatAMergeResolves()
{
    Client ana(m_path), ben(m_path);
    QVERIFY(ana.sync.load());
    QVERIFY(ben.sync.load());
    QSignalSpy conflicts(&ben.sync, &LibrarySync::conflict);
    ana.document.undoStack()->push(new SetFieldCommand(&ana.document, 0, FieldKey::Title, u"Ana's title"_s));
    ana.sync.flush();
    // Ben edits the same record before he has heard of Ana's change.
    ben.document.undoStack()->push(new SetFieldCommand(&ben.document, 0, FieldKey::Year, u"1999"_s));
    ben.sync.flush();
    QCOMPARE(conflicts.size(), 1);
    const RecordId id = conflicts.first().at(0).value<RecordId>();
    const Record mine = conflicts.first().at(1).value<Record>();
    const StoredRecord theirs = conflicts.first().at(2).value<StoredRecord>();
    QCOMPARE(mine.value(FieldKey::Year), u"1999"_s);
    QCOMPARE(theirs.record.value(FieldKey::Title), u"Ana's title"_s);
    QCOMPARE(ana.library.record(1)->record.value(FieldKey::Year), QString());  // not written

    Record merged = theirs.record;
    merged.setValue(FieldKey::Year, u"1999"_s);
    ben.sync.resolveConflict(id, merged, theirs);
    ben.sync.flush();
    const Record now = ana.library.record(1)->record;
    QCOMPARE(now.value(FieldKey::Title), u"Ana's title"_s);
    QCOMPARE(now.value(FieldKey::Year), u"1999"_s);
    QCOMPARE(ben.document.record(0).value(FieldKey::Title), u"Ana's title"_s);
    QCOMPARE(ben.document.undoStack()->undoText(), u"Merge with the library's version"_s);
    QTRY_COMPARE_WITH_TIMEOUT(ana.document.record(0).value(FieldKey::Year), u"1999"_s, 5000);
}

QTEST_MAIN(tst_LibrarySync)
#include "tst_librarysync.moc"
