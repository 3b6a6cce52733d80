// Shared libraries on a real PostgreSQL server that the test starts itself (initdb into a
// temporary folder, pg_ctl on a free loopback port; see ../pgtestserver.h): the schema,
// file -> library -> file with no loss, full-text search, two clients saving the same
// record (the second is refused, then merged: no update lost), NOTIFY reaching the other
// client, edits made while the server is down queued and replayed, and kill -9 during a
// stream of edits losing nothing acknowledged.

#include "../pgtestserver.h"
#include "librarytestsupport.h"

#include "formats/fileio.h"
#include "storage/library.h"

#include "testconfig.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

using namespace refmend;
using namespace Qt::StringLiterals;

using namespace refmend::test;

class tst_SharedLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void newDatabaseShouldGetTheSchema();
    void recordsShouldSurviveFileToLibraryToFile_data();
    void recordsShouldSurviveFileToLibraryToFile();
    void searchShouldIgnoreCaseAndDiacriticsAndRank();
    void secondClientsSaveShouldBeRefusedThenMerged();
    void otherClientShouldBeNotified();
    void editsWhileTheServerIsDownShouldBeQueuedAndReplayed();
    void acknowledgedEditsShouldSurviveKill();

private:
    LibraryLocation newDatabase(const QString &name)
    {
        QString why;
        const LibraryLocation l = m_server.createDatabase(name, &why);
        if (!l.isValid())
            qWarning("cannot create database %s: %s", qPrintable(name), qPrintable(why));
        return l;
    }
    test::PgTestServer m_server;
};

void tst_SharedLibrary::initTestCase()
{
    QString why;
    if (test::PgTestServer::binDir().isEmpty())
        QSKIP("PostgreSQL is not installed here (scripts/dev installs it): shared libraries not tested");
    QVERIFY2(m_server.start(&why), qPrintable(why));
    qInfo("PostgreSQL test server on 127.0.0.1:%d", m_server.port());
}

void tst_SharedLibrary::newDatabaseShouldGetTheSchema()
{
    const LibraryLocation location = newDatabase(u"schema"_s);
    QVERIFY(location.isValid());
    Library library;
    QString error;
    QVERIFY2(library.open(location, &error), qPrintable(error));
    QCOMPARE(library.schemaVersion(), Library::currentSchemaVersion());
    QVERIFY(library.isConnected());
    QCOMPARE(library.recordCount(), 0);
    // The second client finds the tables made and leaves them.
    Library second;
    QVERIFY2(second.open(location, &error), qPrintable(error));
    QCOMPARE(second.schemaVersion(), Library::currentSchemaVersion());

    // A wrong database name is a clear error, not a crash.
    LibraryLocation wrong = location;
    wrong.database = u"no_such_db"_s;
    Library third;
    QVERIFY(!third.open(wrong, &error));
    QVERIFY2(error.contains(u"no_such_db"_s), qPrintable(error));
}

void tst_SharedLibrary::recordsShouldSurviveFileToLibraryToFile_data()
{
    QTest::addColumn<QString>("path");
    const QString data = QStringLiteral(REFMEND_TEST_DATA_DIR);
    for (const auto &file : { u"endnote/mixed.enw"_s, u"ris/continuation.ris"_s, u"bibtex/macros.bib"_s,
                              u"bibtex/jabref.bib"_s, u"csljson/items.json"_s,
                              u"medline/pubmed.nbib"_s, u"endnotexml/styled.xml"_s,
                              u"cleanup/costa.enw"_s }) {
        if (QFile::exists(data + u'/' + file))
            QTest::newRow(qPrintable(file)) << data + u'/' + file;
    }
    const QString corpus = QStringLiteral(REFMEND_CORPUS_DIR);
    for (const auto &file : { u"wos/kbibtex-testset__chinese.isi"_s,
                              u"bibtex/biblatex-csl-converter__JabRef41.bib"_s }) {
        if (QFile::exists(corpus + u'/' + file))
            QTest::newRow(qPrintable(file)) << corpus + u'/' + file;
    }
}

void tst_SharedLibrary::recordsShouldSurviveFileToLibraryToFile()
{
    QFETCH(QString, path);
    const Collection file = readFile(path);
    QVERIFY(!file.records.isEmpty());
    static int n = 0;
    const LibraryLocation location = newDatabase(u"roundtrip%1"_s.arg(++n));
    Library library;
    QVERIFY(library.open(location));
    QList<StoredRecord> added = stored(file.records);
    QString error;
    QVERIFY2(library.addRecords(added, &error), qPrintable(error));

    // A second client reads them all back.
    Library reader;
    QVERIFY(reader.open(location));
    const QList<StoredRecord> back = reader.records(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(back.size(), file.records.size());
    QList<Record> records, original = file.records;
    for (int i = 0; i < back.size(); ++i) {
        QCOMPARE(back.at(i).record, file.records.at(i));
        QCOMPARE(back.at(i).record.isPristine(), file.records.at(i).isPristine());
        records.append(back.at(i).record);
        original[i].id = back.at(i).record.id;
    }
    WriteOptions options = WriteOptions::sameAs(file);
    options.encoding.clear();
    const QByteArray expected = writeBytes(original, file.formatId, options);
    const QByteArray actual = writeBytes(records, file.formatId, options);
    QCOMPARE(actual.size(), expected.size());
    QVERIFY(actual == expected);
}

void tst_SharedLibrary::searchShouldIgnoreCaseAndDiacriticsAndRank()
{
    Library library;
    QVERIFY(library.open(newDatabase(u"search"_s)));
    QList<StoredRecord> records = stored({
            article(u"Hepatic resection in colorectal metastases"_s, u"Costa"_s, u"Ana Lúcia"_s),
            article(u"Survey of liver surgery"_s, u"Pereira"_s, u"Rui"_s),
            article(u"Lucia and the resection of nothing"_s, u"Müller"_s, u"Jürgen"_s),
    });
    records[1].record.setValue(FieldKey::Abstract, u"Compares resection with ablation."_s);
    records[1].record.setValue(FieldKey::Doi, u"10.5555/jhs.2019.0123"_s);
    QVERIFY(library.addRecords(records));
    const RecordId a = records.at(0).record.id, b = records.at(1).record.id,
                   c = records.at(2).record.id;
    auto ids = [&](const QString &query) {
        QList<RecordId> out;
        QString error;
        for (const SearchHit &hit : library.search(query, 0, &error))
            out.append(hit.id);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return out;
    };
    QCOMPARE(ids(u"LUCIA"_s), (QList<RecordId>{ c, a }));
    QCOMPARE(ids(u"lúcia costa"_s), (QList<RecordId>{ a }));
    QCOMPARE(ids(u"muller"_s), (QList<RecordId>{ c }));
    QCOMPARE(ids(u"Jürg"_s), (QList<RecordId>{ c }));
    QCOMPARE(ids(u"resection"_s).first(), a);
    QCOMPARE(ids(u"resection"_s).size(), 3);
    QCOMPARE(ids(u"10.5555/jhs"_s), (QList<RecordId>{ b }));
    QCOMPARE(ids(u"a & b | !c :*"_s), (QList<RecordId>{}));   // no tsquery syntax leaks through
    QCOMPARE(library.search(u"resection"_s, 1).size(), 1);
}

void tst_SharedLibrary::secondClientsSaveShouldBeRefusedThenMerged()
{
    const LibraryLocation location = newDatabase(u"conflict"_s);
    Library ana, ben;
    QVERIFY(ana.open(location));
    QVERIFY(ben.open(location));
    ana.setUserName(u"ana"_s);
    ben.setUserName(u"ben"_s);
    QList<StoredRecord> records = stored({ article(u"Original"_s, u"Costa"_s, u"Ana"_s) });
    QVERIFY(ana.addRecords(records));
    const RecordId id = records.first().record.id;

    Record mine = ana.record(id)->record;
    Record theirs = ben.record(id)->record;
    mine.setValue(FieldKey::Title, u"Ana's title"_s);
    theirs.setValue(FieldKey::Year, u"1999"_s);
    QCOMPARE(ana.updateRecord(mine, 1).status, SaveResult::Status::Saved);
    const SaveResult refused = ben.updateRecord(theirs, 1);
    QCOMPARE(refused.status, SaveResult::Status::Conflict);
    QVERIFY(refused.theirs);
    QCOMPARE(refused.theirs->record.value(FieldKey::Title), u"Ana's title"_s);

    Record merged = refused.theirs->record;
    merged.setValue(FieldKey::Year, u"1999"_s);
    QCOMPARE(ben.updateRecord(merged, refused.theirs->version).status, SaveResult::Status::Saved);
    const Record now = ana.record(id)->record;
    QCOMPARE(now.value(FieldKey::Title), u"Ana's title"_s);
    QCOMPARE(now.value(FieldKey::Year), u"1999"_s);
    QStringList who;
    for (const JournalEntry &e : ana.history(id))
        who.append(e.who + u' ' + e.field);
    QCOMPARE(who, (QStringList{ u"ana record"_s, u"ana title"_s, u"ben year"_s }));

    // Many clients racing on one record: every save either lands or is refused, none is lost.
    QList<Library *> clients;
    for (int i = 0; i < 4; ++i) {
        clients.append(new Library(this));
        QVERIFY(clients.last()->open(location));
    }
    int saved = 0;
    const qint64 start = ana.record(id)->version;
    for (int round = 0; round < 5; ++round) {
        QList<StoredRecord> copies;
        for (Library *client : std::as_const(clients))
            copies.append(*client->record(id));
        for (int i = 0; i < clients.size(); ++i) {
            Record r = copies.at(i).record;
            r.setValue(FieldKey::Note, u"client %1 round %2"_s.arg(i).arg(round));
            const SaveResult result = clients.at(i)->updateRecord(r, copies.at(i).version);
            QVERIFY(result.status == SaveResult::Status::Saved
                    || result.status == SaveResult::Status::Conflict);
            saved += result.status == SaveResult::Status::Saved;
        }
    }
    QCOMPARE(saved, 5);    // one per round: the first; the others saw a newer version
    QCOMPARE(ana.record(id)->version, start + saved);
    qDeleteAll(clients);
}

void tst_SharedLibrary::otherClientShouldBeNotified()
{
    const LibraryLocation location = newDatabase(u"notify"_s);
    Library ana, ben;
    QVERIFY(ana.open(location));
    QVERIFY(ben.open(location));
    QSignalSpy benHeard(&ben, &Library::recordsChangedElsewhere);
    QSignalSpy anaHeard(&ana, &Library::recordsChangedElsewhere);
    QList<StoredRecord> records = stored({ article(u"A"_s, u"X"_s, u"Y"_s) });
    QElapsedTimer timer;
    timer.start();
    QVERIFY(ana.addRecords(records));
    QVERIFY(benHeard.wait(5000));
    qInfo("NOTIFY reached the other client %lld ms after the commit began", timer.elapsed());
    QCOMPARE(benHeard.first().first().value<QList<RecordId>>(),
             (QList<RecordId>{ records.first().record.id }));

    Record r = records.first().record;
    r.setValue(FieldKey::Title, u"B"_s);
    QCOMPARE(ben.updateRecord(r, 1).status, SaveResult::Status::Saved);
    QVERIFY(anaHeard.wait(5000));
    QCOMPARE(ana.record(r.id)->record.value(FieldKey::Title), u"B"_s);
    QTest::qWait(300);
    QCOMPARE(benHeard.size(), 1);   // nobody hears their own changes
    QCOMPARE(anaHeard.size(), 1);
}

void tst_SharedLibrary::editsWhileTheServerIsDownShouldBeQueuedAndReplayed()
{
    const LibraryLocation location = newDatabase(u"offline"_s);
    Library ana;
    QVERIFY(ana.open(location));
    QList<StoredRecord> records = stored({ article(u"One"_s, u"A"_s, u"B"_s),
                                           article(u"Two"_s, u"C"_s, u"D"_s) });
    QVERIFY(ana.addRecords(records));
    const RecordId one = records.at(0).record.id, two = records.at(1).record.id;

    QSignalSpy lost(&ana, &Library::connectionLost);
    QSignalSpy restored(&ana, &Library::connectionRestored);
    QSignalSpy conflicted(&ana, &Library::queuedUpdateConflicted);
    QSignalSpy added(&ana, &Library::queuedRecordAdded);
    QVERIFY(m_server.kill());

    Record r1 = records.at(0).record;
    r1.setValue(FieldKey::Title, u"One, edited offline"_s);
    QCOMPARE(ana.updateRecord(r1, 1).status, SaveResult::Status::Queued);
    QCOMPARE(lost.size(), 1);
    QVERIFY(!ana.isConnected());
    r1.setValue(FieldKey::Year, u"2001"_s);     // a second edit of the same record
    QCOMPARE(ana.updateRecord(r1, 1).status, SaveResult::Status::Queued);
    Record r2 = records.at(1).record;
    r2.setValue(FieldKey::Title, u"Two, Ana's"_s);
    QCOMPARE(ana.updateRecord(r2, 1).status, SaveResult::Status::Queued);
    StoredRecord fresh{ article(u"Three, added offline"_s, u"E"_s, u"F"_s), 0, 0 };
    fresh.record.id = 4242;     // the caller's own key
    QCOMPARE(ana.addRecord(fresh).status, SaveResult::Status::Queued);
    QCOMPARE(ana.queuedCount(), 3);
    QVERIFY(!ana.reconnect());

    QVERIFY(m_server.startAgain());
    // Meanwhile Ben changed record two.
    {
        Library ben;
        QVERIFY(ben.open(location));
        Record theirs = ben.record(two)->record;
        theirs.setValue(FieldKey::Title, u"Two, Ben's"_s);
        QCOMPARE(ben.updateRecord(theirs, 1).status, SaveResult::Status::Saved);
    }
    // The retry timer reconnects by itself.
    QVERIFY(restored.wait(15000));
    QCOMPARE(ana.queuedCount(), 0);
    QVERIFY(ana.isConnected());
    const Record back = ana.record(one)->record;
    QCOMPARE(back.value(FieldKey::Title), u"One, edited offline"_s);
    QCOMPARE(back.value(FieldKey::Year), u"2001"_s);
    QCOMPARE(ana.record(one)->version, 2);      // the two edits were one update
    // Ana's queued edit of two was not written over Ben's: she is told, with his version.
    QCOMPARE(conflicted.size(), 1);
    QCOMPARE(conflicted.first().at(0).value<Record>().value(FieldKey::Title), u"Two, Ana's"_s);
    QCOMPARE(ana.record(two)->record.value(FieldKey::Title), u"Two, Ben's"_s);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().at(0).value<RecordId>(), RecordId(4242));
    const RecordId three = added.first().at(1).value<RecordId>();
    QCOMPARE(ana.record(three)->record.value(FieldKey::Title), u"Three, added offline"_s);
    QCOMPARE(ana.recordCount(), 3);
}

void tst_SharedLibrary::acknowledgedEditsShouldSurviveKill()
{
    const LibraryLocation location = newDatabase(u"crash"_s);
    {
        Library library;
        QVERIFY(library.open(location));
        QList<StoredRecord> records = stored({ article(u"edit 0"_s, u"Smith"_s, u"John"_s) });
        QVERIFY(library.addRecords(records));
        QCOMPARE(records.first().record.id, RecordId(1));
    }
    QString why;
    const int acked = killEditingChildAfter(location.toUrl(), 40, &why);
    QVERIFY2(acked >= 40, qPrintable(why));

    Library library;
    QVERIFY(library.open(location));
    const auto record = library.record(1);
    QVERIFY(record);
    const int last = record->record.value(FieldKey::Title).mid(5).toInt();
    QVERIFY2(last >= acked, qPrintable(u"acknowledged %1, found %2"_s.arg(acked).arg(last)));
    int titles = 0;
    for (const JournalEntry &e : library.history(1)) {
        if (e.field == u"title"_s)
            QCOMPARE(e.displayAfter(), u"edit %1"_s.arg(++titles));
    }
    QCOMPARE(titles, last);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == kEditingChild)
        return runEditingChild(args.at(2));
    tst_SharedLibrary test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sharedlibrary.moc"
