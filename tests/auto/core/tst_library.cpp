// The library on SQLite: schema and migrations, file -> library -> file with no loss (every
// corpus file), full-text search, optimistic locking between two connections, the journal
// (history, restore), other connections' changes announced, and kill -9 during a stream of
// edits losing nothing acknowledged.

#include "formats/fileio.h"
#include "formats/formatregistry.h"
#include "storage/library.h"
#include "storage/schema.h"
#include "librarytestsupport.h"

#include "testconfig.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace refmend;
using namespace Qt::StringLiterals;

using namespace refmend::test;

class tst_Library : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void locationsShouldReadPathsAndUrls();
    void newLibraryShouldHaveTheCurrentSchema();
    void versionOneLibraryShouldBeMigratedAndIndexed();
    void shouldRefuseWhatIsNotALibrary();
    void shouldRefuseALibraryOfANewerSchema();
    void recordsShouldSurviveFileToLibraryToFile_data();
    void recordsShouldSurviveFileToLibraryToFile();
    void searchShouldIgnoreCaseAndDiacriticsAndRank();
    void secondSaveOfTheSameVersionShouldBeRefused();
    void journalShouldKeepEveryChangeAndRestoreAnyValue();
    void removedRecordShouldComeBackFromTheJournal();
    void otherConnectionsChangesShouldBeAnnounced();
    void acknowledgedEditsShouldSurviveKill();

private:
    QString newPath(const QString &name) { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    Library m_corpusLibrary;
};

void tst_Library::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QSqlDatabase::isDriverAvailable(u"QSQLITE"_s), "libqt6sql6-sqlite is missing");
}

void tst_Library::locationsShouldReadPathsAndUrls()
{
    QString error;
    LibraryLocation l = LibraryLocation::fromUrl(u"sqlite:/tmp/a.refmend"_s, &error);
    QCOMPARE(l.engine, LibraryEngine::SQLite);
    QCOMPARE(l.path, u"/tmp/a.refmend"_s);
    l = LibraryLocation::fromUrl(u"/tmp/b.refmend"_s);
    QCOMPARE(l.path, u"/tmp/b.refmend"_s);
    QCOMPARE(l.displayName(), u"b.refmend"_s);

    l = LibraryLocation::fromUrl(u"postgresql://ana:secret@db.example.org:6543/lab"_s, &error);
    QCOMPARE(l.engine, LibraryEngine::PostgreSQL);
    QCOMPARE(l.host, u"db.example.org"_s);
    QCOMPARE(l.port, 6543);
    QCOMPARE(l.user, u"ana"_s);
    QCOMPARE(l.password, u"secret"_s);
    QCOMPARE(l.database, u"lab"_s);
    QVERIFY(l.isValid());
    // The password is never part of what is shown or stored.
    QCOMPARE(l.toUrl(), u"postgresql://ana@db.example.org:6543/lab"_s);
    QCOMPARE(l.displayName(), u"lab on db.example.org"_s);
    QCOMPARE(LibraryLocation::fromUrl(u"postgres://h/x"_s).port, 5432);

    error.clear();
    QVERIFY(!LibraryLocation::fromUrl(u"postgresql://host"_s, &error).isValid());
    QVERIFY(error.contains(u"database"_s));
    error.clear();
    QVERIFY(!LibraryLocation::fromUrl(u"postgresql:///db"_s, &error).isValid());
    QVERIFY(error.contains(u"host"_s));
    QVERIFY(!LibraryLocation::fromUrl(QString(), &error).isValid());
}

void tst_Library::newLibraryShouldHaveTheCurrentSchema()
{
    Library library;
    QString error;
    QVERIFY2(library.open(LibraryLocation::fromUrl(newPath(u"new.refmend"_s)), &error),
             qPrintable(error));
    QCOMPARE(library.schemaVersion(), Library::currentSchemaVersion());
    QCOMPARE(library.recordCount(), 0);
    const QStringList tables = QSqlDatabase::database(library.connectionName()).tables();
    for (const auto &table : { u"meta"_s, u"records"_s, u"fields"_s, u"persons"_s,
                               u"journal"_s, u"record_search"_s })
        QVERIFY2(tables.contains(table), qPrintable(table));
    library.close();
    // Opening again changes nothing.
    QVERIFY(library.open(LibraryLocation::fromUrl(newPath(u"new.refmend"_s)), &error));
    QCOMPARE(library.schemaVersion(), Library::currentSchemaVersion());
}

void tst_Library::versionOneLibraryShouldBeMigratedAndIndexed()
{
    const QString path = newPath(u"v1.refmend"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QString error;
        QVERIFY2(schema::migrate(db, LibraryEngine::SQLite, &error, 1), qPrintable(error));
        QCOMPARE(schema::storedVersion(db), 1);
        QVERIFY(!db.tables().contains(u"record_search"_s));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"INSERT INTO records (position, type, created, modified) "
                       "VALUES (1, 'article', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z')"_s));
        QVERIFY(q.exec(u"INSERT INTO fields VALUES (1, 0, 'title', 'T1', 'Ação e reação')"_s));
        QVERIFY(q.exec(u"INSERT INTO persons VALUES (1, 'author', 0, 'Costa', 'Lúcia', '', '', '', '')"_s));
        QVERIFY(q.exec(u"INSERT INTO journal (at, who, record_id, version, field, before, after) "
                       "VALUES ('2020-01-01T00:00:00Z', 'old', 1, 1, 'record', '', 'created')"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"v1"_s);

    Library library;
    QString error;
    QVERIFY2(library.open(LibraryLocation::fromUrl(path), &error), qPrintable(error));
    QCOMPARE(library.schemaVersion(), 2);
    const auto record = library.record(1);
    QVERIFY(record);
    QCOMPARE(record->record.value(FieldKey::Title), u"Ação e reação"_s);
    QCOMPARE(record->record.authors().value(0).given, u"Lúcia"_s);
    // Version 2 indexed the record that was already there.
    const QList<SearchHit> hits = library.search(u"acao lucia"_s);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().id, RecordId(1));
    QCOMPARE(library.history(1).size(), 1);
    QCOMPARE(library.history(1).first().who, u"old"_s);
}

void tst_Library::shouldRefuseWhatIsNotALibrary()
{
    const QString text = newPath(u"refs.enw"_s);
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%0 Journal Article\n%T Not a database\n");
    file.close();
    Library library;
    QString error;
    QVERIFY(!library.open(LibraryLocation::fromUrl(text), &error));
    QVERIFY2(error.contains(u"not a RefMend library"_s), qPrintable(error));
    QVERIFY(!library.isOpen());
    QFile check(text);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("%0 Journal Article\n%T Not a database\n"));

    // An SQLite database of another program.
    const QString other = newPath(u"other.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        db.setDatabaseName(other);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE moz_places (id INTEGER)"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    error.clear();
    QVERIFY(!library.open(LibraryLocation::fromUrl(other), &error));
    QVERIFY2(error.contains(u"not a RefMend library"_s), qPrintable(error));
}

void tst_Library::shouldRefuseALibraryOfANewerSchema()
{
    const QString path = newPath(u"future.refmend"_s);
    {
        Library library;
        QVERIFY(library.open(LibraryLocation::fromUrl(path)));
        QSqlQuery q(QSqlDatabase::database(library.connectionName()));
        QVERIFY(q.exec(u"UPDATE meta SET value = '99' WHERE key = 'schema_version'"_s));
    }
    Library library;
    QString error;
    QVERIFY(!library.open(LibraryLocation::fromUrl(path), &error));
    QVERIFY2(error.contains(u"newer RefMend"_s), qPrintable(error));
}

void tst_Library::recordsShouldSurviveFileToLibraryToFile_data()
{
    QTest::addColumn<QString>("path");
    QStringList roots = { QStringLiteral(REFMEND_TEST_DATA_DIR) };
    if (QDir(QStringLiteral(REFMEND_CORPUS_DIR)).exists())
        roots.append(QStringLiteral(REFMEND_CORPUS_DIR));
    else
        qWarning("../shared/corpus is not there: only tests/data is used");
    for (const QString &root : std::as_const(roots)) {
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        QStringList paths;
        while (it.hasNext())
            paths.append(it.next());
        paths.sort();
        for (const QString &path : std::as_const(paths)) {
            if (path.endsWith(u".tsv"_s) || path.endsWith(u".md"_s) || path.contains(u"/ui/"_s))
                continue;
            QTest::newRow(qPrintable(QDir(root).relativeFilePath(path))) << path;
        }
    }
}

void tst_Library::recordsShouldSurviveFileToLibraryToFile()
{
    QFETCH(QString, path);
    const Collection file = readFile(path);
    if (file.records.isEmpty())
        QSKIP("no records in this file");

    // One library for the whole run: files accumulate as they would in a real library.
    Library &library = m_corpusLibrary;
    if (!library.isOpen())
        QVERIFY(library.open(LibraryLocation::fromUrl(newPath(u"corpus.refmend"_s))));
    QList<StoredRecord> added = stored(file.records);
    QString error;
    QVERIFY2(library.addRecords(added, &error), qPrintable(error));

    for (int i = 0; i < file.records.size(); ++i) {
        const auto back = library.record(added.at(i).record.id);
        QVERIFY(back);
        const Record &was = file.records.at(i);
        const Record &is = back->record;
        QCOMPARE(is.type, was.type);
        QCOMPARE(is.sourceType, was.sourceType);
        QCOMPARE(is.sourceFormat, was.sourceFormat);
        QCOMPARE(is.unparsed, was.unparsed);
        QCOMPARE(is.fields.size(), was.fields.size());
        for (int f = 0; f < was.fields.size(); ++f) {
            const Field &a = is.fields.at(f), &b = was.fields.at(f);
            QVERIFY2(a == b, qPrintable(u"field %1: %2 %3 [%4] != %5 %6 [%7]"_s.arg(f)
                     .arg(fieldKeyId(a.key), a.tag, a.value, fieldKeyId(b.key), b.tag, b.value)));
        }
        for (int role = 0; role < int(PersonRole::Count); ++role)
            QCOMPARE(is.persons(PersonRole(role)), was.persons(PersonRole(role)));
        QCOMPARE(is.isPristine(), was.isPristine());
        QCOMPARE(is.source.text(), was.source.text());
        QCOMPARE(is.source.before(), was.source.before());
    }

    // Written in the file's own format (or CSL-JSON when it has no writer), the library's
    // records give the same bytes as the file's.
    const FormatInfo *format = FormatRegistry::instance().find(file.formatId);
    const QString writeFormat = format && format->makeWriter ? file.formatId : u"csl-json"_s;
    QList<Record> fromLibrary;
    for (const StoredRecord &s : std::as_const(added))
        fromLibrary.append(library.record(s.record.id)->record);
    WriteOptions options = WriteOptions::sameAs(file);
    options.encoding.clear();    // a library is Unicode: compare the text, not the encoding
    // Ids are the library's (CSL-JSON writes a record's id when it has no key).
    QList<Record> original = file.records;
    for (int i = 0; i < original.size(); ++i)
        original[i].id = added.at(i).record.id;
    const QByteArray expected = writeBytes(original, writeFormat, options);
    const QByteArray actual = writeBytes(fromLibrary, writeFormat, options);
    if (actual != expected) {
        QFile a(m_dir.filePath(u"actual.out"_s)), e(m_dir.filePath(u"expected.out"_s));
        QVERIFY(a.open(QIODevice::WriteOnly) && e.open(QIODevice::WriteOnly));
        a.write(actual);
        e.write(expected);
        qWarning("written as %s: see %s", qPrintable(writeFormat), qPrintable(a.fileName()));
        if (qEnvironmentVariableIsSet("REFMEND_KEEP_DIFF"))
            m_dir.setAutoRemove(false);
    }
    QCOMPARE(actual.size(), expected.size());
    QVERIFY(actual == expected);
}

void tst_Library::searchShouldIgnoreCaseAndDiacriticsAndRank()
{
    Library library;
    QVERIFY(library.open(LibraryLocation::fromUrl(newPath(u"search.refmend"_s))));
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
    QCOMPARE(ids(u"LUCIA"_s), (QList<RecordId>{ c, a }));     // title hit outranks author hit
    QCOMPARE(ids(u"lúcia costa"_s), (QList<RecordId>{ a }));   // every word must match
    QCOMPARE(ids(u"muller"_s), (QList<RecordId>{ c }));
    QCOMPARE(ids(u"Jürg"_s), (QList<RecordId>{ c }));          // prefixes
    QCOMPARE(ids(u"resection"_s).first(), a);                   // title before abstract
    QCOMPARE(ids(u"resection"_s).size(), 3);
    QCOMPARE(ids(u"10.5555/jhs"_s), (QList<RecordId>{ b }));
    QCOMPARE(ids(u"\"unbalanced OR *"_s), (QList<RecordId>{}));  // no query syntax leaks through
    QVERIFY(ids(u"  "_s).isEmpty());

    // An edit is searchable at once; a removed record is not found.
    Record edited = records.at(1).record;
    edited.setValue(FieldKey::Title, u"Ablação hepática"_s);
    QCOMPARE(library.updateRecord(edited, 1).status, SaveResult::Status::Saved);
    QCOMPARE(ids(u"ablacao"_s), (QList<RecordId>{ b }));
    QCOMPARE(library.removeRecord(c, 1).status, SaveResult::Status::Saved);
    QCOMPARE(ids(u"muller"_s), (QList<RecordId>{}));
}

void tst_Library::secondSaveOfTheSameVersionShouldBeRefused()
{
    const QString path = newPath(u"shared.refmend"_s);
    Library ana, ben;
    QVERIFY(ana.open(LibraryLocation::fromUrl(path)));
    QVERIFY(ben.open(LibraryLocation::fromUrl(path)));
    QList<StoredRecord> records = stored({ article(u"Original"_s, u"Costa"_s, u"Ana"_s) });
    QVERIFY(ana.addRecords(records));
    const RecordId id = records.first().record.id;

    const auto anaCopy = ana.record(id), benCopy = ben.record(id);
    QCOMPARE(anaCopy->version, 1);
    QCOMPARE(benCopy->version, 1);
    Record mine = anaCopy->record;
    mine.setValue(FieldKey::Title, u"Ana's title"_s);
    Record theirs = benCopy->record;
    theirs.setValue(FieldKey::Year, u"1999"_s);

    SaveResult first = ana.updateRecord(mine, 1);
    QCOMPARE(first.status, SaveResult::Status::Saved);
    QCOMPARE(first.version, 2);
    SaveResult second = ben.updateRecord(theirs, 1);
    QCOMPARE(second.status, SaveResult::Status::Conflict);
    QVERIFY(second.theirs);
    QCOMPARE(second.theirs->version, 2);
    QCOMPARE(second.theirs->record.value(FieldKey::Title), u"Ana's title"_s);
    // Nothing of Ben's was written.
    QCOMPARE(ben.record(id)->record.value(FieldKey::Year), u"2020"_s);

    // Ben merges (Ana's title, his year) on the version he was shown: accepted.
    Record merged = second.theirs->record;
    merged.setValue(FieldKey::Year, u"1999"_s);
    const SaveResult third = ben.updateRecord(merged, second.theirs->version);
    QCOMPARE(third.status, SaveResult::Status::Saved);
    QCOMPARE(third.version, 3);
    const auto now = ana.record(id);
    QCOMPARE(now->record.value(FieldKey::Title), u"Ana's title"_s);
    QCOMPARE(now->record.value(FieldKey::Year), u"1999"_s);

    // Saving what is already there writes nothing; a removed record cannot be updated.
    QCOMPARE(ana.updateRecord(now->record, 3).status, SaveResult::Status::Unchanged);
    QCOMPARE(ana.removeRecord(id, 3).status, SaveResult::Status::Saved);
    QCOMPARE(ben.updateRecord(merged, 4).status, SaveResult::Status::Missing);
    QCOMPARE(ben.removeRecord(id, 3).status, SaveResult::Status::Missing);
}

void tst_Library::journalShouldKeepEveryChangeAndRestoreAnyValue()
{
    Library library;
    QVERIFY(library.open(LibraryLocation::fromUrl(newPath(u"journal.refmend"_s))));
    library.setUserName(u"ana"_s);
    QList<StoredRecord> records = stored({ article(u"First title"_s, u"Costa"_s, u"Ana L¨²cia"_s) });
    records[0].record.fields.append({ FieldKey::Keywords, u"K"_s, u"liver"_s });
    records[0].record.fields.append({ FieldKey::Keywords, u"K"_s, u"surgery"_s });
    records[0].record.fields.append({ FieldKey::Other, u"ZZ"_s, u"custom"_s });
    QVERIFY(library.addRecords(records));
    const RecordId id = records.first().record.id;

    Record r = records.first().record;
    r.setValue(FieldKey::Title, u"Second title"_s);
    QCOMPARE(library.updateRecord(r, 1).status, SaveResult::Status::Saved);
    Person fixed = r.authors().first();
    fixed.given = u"Ana Lúcia"_s;
    r.setPersons(PersonRole::Author, { fixed });
    r.fields.removeAt(r.indexOf(FieldKey::Keywords));
    r.fields[r.indexOf(FieldKey::Other, u"ZZ")].value = u"changed"_s;
    r.type = RecordType::Book;
    library.setUserName(u"ben"_s);
    QCOMPARE(library.updateRecord(r, 2).status, SaveResult::Status::Saved);

    const QList<JournalEntry> history = library.history(id);
    QStringList lines;
    for (const JournalEntry &e : history)
        lines.append(u"%1 v%2 %3: %4 -> %5"_s.arg(e.who).arg(e.version).arg(e.field,
                                                    e.displayBefore(), e.displayAfter()));
    const QStringList expected = {
        u"ana v1 record:  -> created"_s,
        u"ana v2 title: First title -> Second title"_s,
        u"ben v3 type: article -> book"_s,
        u"ben v3 keywords: liver; surgery -> surgery"_s,
        u"ben v3 tag:ZZ: custom -> changed"_s,
        u"ben v3 author: Costa, Ana L¨²cia -> Costa, Ana Lúcia"_s,
    };
    QCOMPARE(lines, expected);
    for (const JournalEntry &e : history)
        QVERIFY(e.at.isValid() && e.at.secsTo(QDateTime::currentDateTimeUtc()) < 60);

    // Any past value comes back, as a new change.
    auto entry = [&](const QString &field) {
        for (const JournalEntry &e : library.history(id)) {
            if (e.field == field)
                return e.id;
        }
        return qint64(0);
    };
    QCOMPARE(library.restore(entry(u"title"_s)).status, SaveResult::Status::Saved);
    QCOMPARE(library.restore(entry(u"keywords"_s)).status, SaveResult::Status::Saved);
    QCOMPARE(library.restore(entry(u"author"_s)).status, SaveResult::Status::Saved);
    QCOMPARE(library.restore(entry(u"tag:ZZ"_s)).status, SaveResult::Status::Saved);
    QCOMPARE(library.restore(entry(u"type"_s)).status, SaveResult::Status::Saved);
    const Record back = library.record(id)->record;
    QCOMPARE(back.value(FieldKey::Title), u"First title"_s);
    QCOMPARE(back.values(FieldKey::Keywords), (QStringList{ u"liver"_s, u"surgery"_s }));
    QCOMPARE(back.authors().first().given, u"Ana L¨²cia"_s);
    QCOMPARE(back.fields.at(back.indexOf(FieldKey::Other, u"ZZ")).value, u"custom"_s);
    QCOMPARE(back.type, RecordType::Article);
    QCOMPARE(back, records.first().record);
    QCOMPARE(library.history(id).size(), expected.size() + 5);
}

void tst_Library::removedRecordShouldComeBackFromTheJournal()
{
    Library library;
    QVERIFY(library.open(LibraryLocation::fromUrl(newPath(u"removed.refmend"_s))));
    QList<StoredRecord> records = stored({ article(u"Keep me"_s, u"Smith"_s, u"John"_s),
                                           article(u"Other"_s, u"Doe"_s, u"Jane"_s) });
    QVERIFY(library.addRecords(records));
    const RecordId id = records.first().record.id;
    QCOMPARE(library.removeRecord(id, 1).status, SaveResult::Status::Saved);
    QCOMPARE(library.recordCount(), 1);
    QVERIFY(!library.record(id));
    QVERIFY(library.search(u"keep"_s).isEmpty());

    const JournalEntry removal = library.history(id).last();
    QCOMPARE(removal.field, u"record"_s);
    QCOMPARE(removal.after, u"removed"_s);
    QCOMPARE(library.restore(removal.id).status, SaveResult::Status::Saved);
    QCOMPARE(library.recordCount(), 2);
    QCOMPARE(library.record(id)->record, records.first().record);
    QCOMPARE(library.search(u"keep"_s).size(), 1);
    // The order is kept: it comes back first.
    QCOMPARE(library.records().first().record.id, id);
}

void tst_Library::otherConnectionsChangesShouldBeAnnounced()
{
    const QString path = newPath(u"announce.refmend"_s);
    Library ana, ben;
    QVERIFY(ana.open(LibraryLocation::fromUrl(path)));
    QVERIFY(ben.open(LibraryLocation::fromUrl(path)));
    QSignalSpy anaHeard(&ana, &Library::recordsChangedElsewhere);
    QSignalSpy benHeard(&ben, &Library::recordsChangedElsewhere);
    QList<StoredRecord> records = stored({ article(u"A"_s, u"X"_s, u"Y"_s) });
    QVERIFY(ana.addRecords(records));
    QVERIFY(benHeard.wait(3000));
    QCOMPARE(benHeard.first().first().value<QList<RecordId>>(),
             (QList<RecordId>{ records.first().record.id }));
    Record r = records.first().record;
    r.setValue(FieldKey::Title, u"B"_s);
    QCOMPARE(ben.updateRecord(r, 1).status, SaveResult::Status::Saved);
    QVERIFY(anaHeard.wait(3000));
    // Nobody hears their own changes.
    QTest::qWait(1500);
    QCOMPARE(anaHeard.size(), 1);
    QCOMPARE(benHeard.size(), 1);
}

void tst_Library::acknowledgedEditsShouldSurviveKill()
{
    const QString path = newPath(u"crash.refmend"_s);
    {
        Library library;
        QVERIFY(library.open(LibraryLocation::fromUrl(path)));
        QList<StoredRecord> records = stored({ article(u"edit 0"_s, u"Smith"_s, u"John"_s) });
        QVERIFY(library.addRecords(records));
        QCOMPARE(records.first().record.id, RecordId(1));
    }
    QString why;
    const int acked = killEditingChildAfter(path, 40, &why);
    QVERIFY2(acked >= 40, qPrintable(why));

    Library library;
    QString error;
    QVERIFY2(library.open(LibraryLocation::fromUrl(path), &error), qPrintable(error));
    const auto record = library.record(1);
    QVERIFY(record);
    const int last = record->record.value(FieldKey::Title).mid(5).toInt();
    QVERIFY2(last >= acked, qPrintable(u"acknowledged %1, found %2"_s.arg(acked).arg(last)));
    QCOMPARE(record->record.value(FieldKey::Note), u"note %1"_s.arg(last));
    QCOMPARE(record->version, last + 1);
    // Every acknowledged edit is in the journal, in order.
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
    tst_Library test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_library.moc"
