#include "formats/csljsonreader.h"
#include "formats/csljsonwriter.h"
#include "formats/fileio.h"
#include "model/collection.h"

#include "testconfig.h"

#include <QDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

namespace {

Collection readText(const QString &text)
{
    Collection collection;
    CslJsonReader().read(text, collection);
    return collection;
}

Collection readFixture(const QString &name)
{
    return readFile(QStringLiteral(REFMEND_TEST_DATA_DIR "/csljson/") + name);
}

QString diagnosticsText(const Collection &collection)
{
    QStringList lines;
    for (const Diagnostic &d : collection.diagnostics)
        lines.append(d.toString(collection.sourcePath));
    return lines.join(u'\n');
}

QString otherValue(const Record &record, const QString &tag)
{
    const int index = record.indexOf(FieldKey::Other, tag);
    return index < 0 ? QString() : record.fields.at(index).value;
}

//! Writes \a records as CSL-JSON and reads them back.
Collection writeAndRead(const QList<Record> &records, QList<Diagnostic> *warnings = nullptr)
{
    return readText(CslJsonWriter().write(records, WriteOptions(), warnings));
}

//! The first difference between two records, for a failure message.
QString firstDifference(const Record &a, const Record &b)
{
    if (a.type != b.type || a.sourceType != b.sourceType)
        return u"type %1 vs %2"_s.arg(a.sourceType, b.sourceType);
    for (qsizetype i = 0; i < qMax(a.fields.size(), b.fields.size()); ++i) {
        const Field fa = i < a.fields.size() ? a.fields.at(i) : Field();
        const Field fb = i < b.fields.size() ? b.fields.at(i) : Field();
        if (fa != fb)
            return u"field %1: [%2] %3 vs [%4] %5"_s.arg(i).arg(fa.tag, fa.value, fb.tag, fb.value);
    }
    for (int role = 0; role < int(PersonRole::Count); ++role) {
        if (a.persons(PersonRole(role)) != b.persons(PersonRole(role)))
            return u"persons in role %1"_s.arg(personRoleId(PersonRole(role)));
    }
    return QString();
}

QList<QPair<QString, int>> corpusFiles(const QString &format)
{
    QList<QPair<QString, int>> files;
    QFile manifest(QStringLiteral(REFMEND_CORPUS_DIR "/MANIFEST.tsv"));
    if (!manifest.open(QIODevice::ReadOnly | QIODevice::Text))
        return files;
    const QList<QByteArray> lines = manifest.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> columns = line.split('\t');
        if (columns.size() >= 5 && columns.at(1) == format.toUtf8())
            files.append({QString::fromUtf8(columns.at(0)), columns.at(4).toInt()});
    }
    return files;
}

} // namespace

class Tst_CslJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadEachTopLevelShape_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("an array of items") << u"items.json"_s
                                           << QStringList{u"berg2013"_s, u"42"_s, u"season"_s, u"raw"_s, u"circa"_s};
        // In the order of the file, not QJsonObject's sorted keys; the key is the id when
        // the item has none.
        QTest::newRow("an object keyed by id") << u"keyed.json"_s << QStringList{u"second"_s, u"first"_s};
        QTest::newRow("a single item") << u"single.json"_s << QStringList{u"only"_s};
    }

    void shouldReadEachTopLevelShape()
    {
        QFETCH(QString, fixture);
        QFETCH(QStringList, ids);
        const Collection collection = readFixture(fixture);
        QCOMPARE(collection.formatId, u"csl-json"_s);
        QVERIFY2(!collection.hasErrors(), qPrintable(diagnosticsText(collection)));
        QStringList read;
        for (const Record &record : collection.records) {
            read.append(record.value(FieldKey::Label));
            QCOMPARE(record.sourceFormat, u"csl-json"_s);
            QVERIFY(record.line > 0);
        }
        QCOMPARE(read, ids);
    }

    void shouldGiveEachItemTheLineItStartsOn()
    {
        const Collection collection = readFixture(u"items.json"_s);
        QCOMPARE(collection.records.size(), 5);
        QCOMPARE(collection.records.at(0).line, 2);
        QCOMPARE(collection.records.at(1).line, 45);
        QCOMPARE(collection.records.at(4).line, 63);
        const Collection keyed = readFixture(u"keyed.json"_s);
        QCOMPARE(keyed.records.at(0).line, 2);
        QCOMPARE(keyed.records.at(1).line, 6);
    }

    void shouldMapCslVariablesOntoFieldKeys_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<FieldKey>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("title") << u"title"_s << FieldKey::Title << u"Particles, suffixes and institutions"_s;
        QTest::newRow("title-short") << u"title-short"_s << FieldKey::ShortTitle << u"Particles"_s;
        QTest::newRow("container-title") << u"container-title"_s << FieldKey::ContainerTitle << u"Journal of Names"_s;
        QTest::newRow("collection-title") << u"collection-title"_s << FieldKey::SeriesTitle << u"Name Studies"_s;
        QTest::newRow("a number as its text") << u"volume"_s << FieldKey::Volume << u"12"_s;
        QTest::newRow("issue") << u"issue"_s << FieldKey::Issue << u"3"_s;
        QTest::newRow("page") << u"page"_s << FieldKey::Pages << u"101-118"_s;
        QTest::newRow("edition") << u"edition"_s << FieldKey::Edition << u"2"_s;
        QTest::newRow("publisher") << u"publisher"_s << FieldKey::Publisher << u"Name Press"_s;
        QTest::newRow("publisher-place") << u"publisher-place"_s << FieldKey::PublisherPlace << u"Leiden"_s;
        QTest::newRow("DOI") << u"DOI"_s << FieldKey::Doi << u"10.1000/names.2013"_s;
        QTest::newRow("ISSN") << u"ISSN"_s << FieldKey::Isbn << u"1234-5678"_s;
        QTest::newRow("URL") << u"URL"_s << FieldKey::Url << u"https://example.org/names"_s;
        QTest::newRow("language") << u"language"_s << FieldKey::Language << u"en"_s;
        QTest::newRow("call-number") << u"call-number"_s << FieldKey::CallNumber << u"P321 .B47"_s;
        QTest::newRow("number-of-volumes") << u"number-of-volumes"_s << FieldKey::NumberOfVolumes << u"4"_s;
        QTest::newRow("section") << u"section"_s << FieldKey::Section << u"Reviews"_s;
        QTest::newRow("source") << u"source"_s << FieldKey::Database << u"Name Index"_s;
        QTest::newRow("keyword") << u"keyword"_s << FieldKey::Keywords << u"names, particles"_s;
        QTest::newRow("abstract") << u"abstract"_s << FieldKey::Abstract << u"How names are written."_s;
        QTest::newRow("note") << u"note"_s << FieldKey::Note << u"Read twice."_s;
        QTest::newRow("id") << u"id"_s << FieldKey::Label << u"berg2013"_s;
    }

    void shouldMapCslVariablesOntoFieldKeys()
    {
        QFETCH(QString, variable);
        QFETCH(FieldKey, key);
        QFETCH(QString, value);
        const Collection collection = readFixture(u"items.json"_s);
        const Record &record = collection.records.first();
        const int index = record.indexOf(key);
        QVERIFY(index >= 0);
        QCOMPARE(record.fields.at(index).tag, variable);
        QCOMPARE(record.fields.at(index).value, value);
    }

    void shouldKeepOtherVariablesWhole_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("value");
        QTest::newRow("a number") << u"number-of-pages"_s << u"18"_s;
        QTest::newRow("a string") << u"PMID"_s << u"12345678"_s;
        QTest::newRow("a date") << u"accessed"_s << u"2020-01-02"_s;
        QTest::newRow("an object") << u"custom"_s << u"{\"rating\":4,\"reviewed\":true}"_s;
        QTest::newRow("an array") << u"categories"_s << u"[\"linguistics\",\"onomastics\"]"_s;
        QTest::newRow("names RefMend has no role for")
                << u"container-author"_s << u"[{\"family\":\"Host\",\"given\":\"Harriet\"}]"_s;
    }

    void shouldKeepOtherVariablesWhole()
    {
        QFETCH(QString, variable);
        QFETCH(QString, value);
        const Collection collection = readFixture(u"items.json"_s);
        QCOMPARE(otherValue(collection.records.first(), variable), value);
    }

    void shouldReadNames_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("particle");
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<QString>("literal");
        QTest::addColumn<bool>("keepsJson");
        QTest::newRow("non-dropping particle") << 0 << u"Berg"_s << u"Jan"_s << u"van der"_s << QString() << QString() << false;
        QTest::newRow("dropping particle") << 1 << u"Beethoven"_s << u"Ludwig"_s << u"van"_s << QString() << QString() << true;
        QTest::newRow("suffix with comma-suffix") << 2 << u"Smith"_s << u"John"_s << QString() << u"Jr."_s << QString() << true;
        QTest::newRow("literal") << 3 << QString() << QString() << QString() << QString() << u"World Health Organization"_s << false;
        QTest::newRow("a name as a string") << 4 << u"Doe"_s << u"Jane"_s << QString() << QString() << QString() << true;
        QTest::newRow("an institution flag") << 5 << QString() << QString() << QString() << QString() << u"Doe Co."_s << true;
    }

    void shouldReadNames()
    {
        QFETCH(int, index);
        QFETCH(QString, family);
        QFETCH(QString, given);
        QFETCH(QString, particle);
        QFETCH(QString, suffix);
        QFETCH(QString, literal);
        QFETCH(bool, keepsJson);
        const Collection collection = readFixture(u"items.json"_s);
        const Person &person = collection.records.first().authors().at(index);
        QCOMPARE(person.family, family);
        QCOMPARE(person.given, given);
        QCOMPARE(person.particle, particle);
        QCOMPARE(person.suffix, suffix);
        QCOMPARE(person.literal, literal);
        // What Person cannot hold stays in raw, as the JSON the file wrote.
        QCOMPARE(!person.raw.isEmpty(), keepsJson);
    }

    void shouldParseANameGivenAsRawText()
    {
        const Collection collection = readText(u"[{\"id\": \"x\", \"type\": \"book\", \"author\": [{\"raw\": \"John van Smith\"}]}]"_s);
        const Person &person = collection.records.first().authors().first();
        QCOMPARE(person.family, u"Smith"_s);
        QCOMPARE(person.given, u"John"_s);
        QCOMPARE(person.particle, u"van"_s);
        QCOMPARE(person.raw, u"{\"raw\":\"John van Smith\"}"_s);
    }

    void shouldReadCiteprocSuffixShorthand()
    {
        // The CSL test suite writes a suffix set off by a comma as given "John,! Jr.".
        const Collection collection = readText(u"[{\"id\": \"x\", \"type\": \"book\", \"author\": [{\"family\": \"Doe\", \"given\": \"John,! Jr.\"}]}]"_s);
        const Person &person = collection.records.first().authors().first();
        QCOMPARE(person.family, u"Doe"_s);
        QCOMPARE(person.given, u"John"_s);
        QCOMPARE(person.suffix, u"Jr."_s);
    }

    void shouldReadEachNameRole()
    {
        const Record record = readFixture(u"items.json"_s).records.first();
        QCOMPARE(record.authors().size(), 6);
        QCOMPARE(record.persons(PersonRole::Editor).first().family, u"Ed"_s);
        QCOMPARE(record.persons(PersonRole::SeriesEditor).first().family, u"Series"_s);
        QCOMPARE(record.persons(PersonRole::Translator).first().family, u"Trans"_s);
    }

    void shouldReadDatesIntoYearAndDate_data()
    {
        QTest::addColumn<QString>("issued");
        QTest::addColumn<QString>("year");
        QTest::addColumn<QString>("date");
        QTest::newRow("full date-parts") << u"{\"date-parts\": [[2013, 5, 12]]}"_s << u"2013"_s << u"2013-05-12"_s;
        QTest::newRow("year only") << u"{\"date-parts\": [[2013]]}"_s << u"2013"_s << QString();
        QTest::newRow("numbers as strings") << u"{\"date-parts\": [[\"2013\", \"5\"]]}"_s << u"2013"_s << u"2013-05"_s;
        QTest::newRow("a range") << u"{\"date-parts\": [[1999, 3], [2001, 6, 22]]}"_s << u"1999"_s << u"1999-03/2001-06-22"_s;
        QTest::newRow("a negative year") << u"{\"date-parts\": [[-100]]}"_s << u"-100"_s << QString();
        QTest::newRow("raw") << u"{\"raw\": \"Spring term, 1987\"}"_s << QString() << u"Spring term, 1987"_s;
        QTest::newRow("literal") << u"{\"literal\": \"ca. 1850\"}"_s << QString() << u"{\"literal\":\"ca. 1850\"}"_s;
        QTest::newRow("season") << u"{\"date-parts\": [[1999]], \"season\": 1}"_s << u"1999"_s
                                << u"{\"date-parts\":[[1999]],\"season\":1}"_s;
        QTest::newRow("circa") << u"{\"date-parts\": [[1850]], \"circa\": true}"_s << u"1850"_s
                               << u"{\"circa\":true,\"date-parts\":[[1850]]}"_s;
        QTest::newRow("not an object") << u"\"2013\""_s << QString() << u"2013"_s;
    }

    void shouldReadDatesIntoYearAndDate()
    {
        QFETCH(QString, issued);
        QFETCH(QString, year);
        QFETCH(QString, date);
        const Collection collection = readText(u"[{\"id\": \"x\", \"type\": \"book\", \"issued\": %1}]"_s.arg(issued));
        QCOMPARE(collection.records.size(), 1);
        QCOMPARE(collection.records.first().value(FieldKey::Year), year);
        QCOMPARE(collection.records.first().value(FieldKey::Date), date);
    }

    void shouldMapCslTypesOntoRecordTypes_data()
    {
        QTest::addColumn<QString>("cslType");
        QTest::addColumn<RecordType>("type");
        QTest::newRow("article-journal") << u"article-journal"_s << RecordType::Article;
        QTest::newRow("article-newspaper") << u"article-newspaper"_s << RecordType::Article;
        QTest::newRow("book") << u"book"_s << RecordType::Book;
        QTest::newRow("chapter") << u"chapter"_s << RecordType::Chapter;
        QTest::newRow("entry-encyclopedia") << u"entry-encyclopedia"_s << RecordType::Chapter;
        QTest::newRow("paper-conference") << u"paper-conference"_s << RecordType::ConferencePaper;
        QTest::newRow("thesis") << u"thesis"_s << RecordType::Thesis;
        QTest::newRow("report") << u"report"_s << RecordType::Report;
        QTest::newRow("webpage") << u"webpage"_s << RecordType::WebPage;
        QTest::newRow("dataset") << u"dataset"_s << RecordType::Dataset;
        QTest::newRow("patent") << u"patent"_s << RecordType::Patent;
        QTest::newRow("software") << u"software"_s << RecordType::Software;
        QTest::newRow("a type RefMend has no kind for") << u"legal_case"_s << RecordType::Generic;
    }

    void shouldMapCslTypesOntoRecordTypes()
    {
        QFETCH(QString, cslType);
        QFETCH(RecordType, type);
        const Collection collection = readText(u"[{\"id\": \"x\", \"type\": \"%1\"}]"_s.arg(cslType));
        QCOMPARE(collection.records.first().type, type);
        QCOMPARE(collection.records.first().sourceType, cslType);
    }

    void shouldReportASyntaxErrorAtItsLineAndColumnAndReadNothing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        // QJsonParseError counts UTF-8 bytes; the column counts characters either way.
        const QString ascii = u"[\n  {\"title\": \"Umlaut\",}\n]"_s;
        const QString accented = u"[\n  {\"title\": \"Ümlaut\",}\n]"_s;
        QTest::newRow("trailing comma") << ascii << 2 << 23;
        QTest::newRow("trailing comma after a two-byte character") << accented << 2 << 23;
        QTest::newRow("unterminated string") << u"[{\"title\": \"open]"_s << 1 << 18;
        QTest::newRow("two documents") << u"[]\n[]"_s << 2 << 1;
    }

    void shouldReportASyntaxErrorAtItsLineAndColumnAndReadNothing()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        const Collection collection = readText(text);
        QVERIFY(collection.records.isEmpty());
        QCOMPARE(collection.diagnostics.size(), 1);
        const Diagnostic &d = collection.diagnostics.first();
        QCOMPARE(d.severity, Severity::Error);
        QCOMPARE(d.line, line);
        QCOMPARE(d.column, column);
        QVERIFY2(d.message.contains(u"no records were loaded"), qPrintable(d.message));
    }

    void shouldReportTheFixtureWithATrailingComma()
    {
        const Collection collection = readFixture(u"trailing-comma.json"_s);
        QVERIFY(collection.records.isEmpty());
        QVERIFY(collection.hasErrors());
        QCOMPARE(collection.diagnostics.last().line, 3);
    }

    void shouldKeepItemsThatAreNoObjectsAsRawRecords()
    {
        const Collection collection = readFixture(u"non-object-items.json"_s);
        QCOMPARE(collection.records.size(), 4);
        QVERIFY(!collection.records.at(0).unparsed);
        QVERIFY(collection.records.at(1).unparsed);
        QCOMPARE(collection.records.at(1).source.text(), u"\"just a string\"");
        QCOMPARE(collection.records.at(3).source.text(), u"17");
        int errors = 0;
        for (const Diagnostic &d : collection.diagnostics) {
            QCOMPARE(d.severity, Severity::Error);
            QVERIFY(d.recordIndex == 1 || d.recordIndex == 3);
            ++errors;
        }
        QCOMPARE(errors, 2);
        QCOMPARE(collection.diagnostics.first().line, 3);
        QCOMPARE(collection.diagnostics.first().column, 3);
    }

    void shouldWarnAboutAnItemWithoutType()
    {
        const Collection collection = readText(u"[{\"id\": \"x\", \"title\": \"No type\"}]"_s);
        QCOMPARE(collection.records.first().type, RecordType::Generic);
        QCOMPARE(collection.diagnostics.size(), 1);
        QCOMPARE(collection.diagnostics.first().severity, Severity::Warning);
        QCOMPARE(collection.diagnostics.first().recordIndex, 0);
    }

    void shouldReadAnEmptyFileAsNoRecords()
    {
        QVERIFY(readText(u"  \n"_s).records.isEmpty());
        QVERIFY(readText(u"  \n"_s).diagnostics.isEmpty());
        QVERIFY(readText(u"[]"_s).records.isEmpty());
    }

    void shouldWriteAndReadTheFixturesToEqualRecords_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("items") << u"items.json"_s;
        QTest::newRow("keyed") << u"keyed.json"_s;
        QTest::newRow("single") << u"single.json"_s;
        QTest::newRow("items that are no objects") << u"non-object-items.json"_s;
    }

    void shouldWriteAndReadTheFixturesToEqualRecords()
    {
        QFETCH(QString, fixture);
        const Collection first = readFixture(fixture);
        QList<Diagnostic> warnings;
        const Collection second = writeAndRead(first.records, &warnings);
        QVERIFY(warnings.isEmpty());
        QCOMPARE(second.records.size(), first.records.size());
        for (qsizetype i = 0; i < first.records.size(); ++i) {
            QVERIFY2(first.records.at(i) == second.records.at(i),
                     qPrintable(firstDifference(first.records.at(i), second.records.at(i))));
        }
    }

    void shouldReadEveryCorpusFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("records");
        const QList<QPair<QString, int>> files = corpusFiles(u"csl-json"_s);
        if (files.isEmpty())
            QSKIP("corpus not found: set REFMEND_SHARED_DIR to the folder holding corpus/");
        // The counts in MANIFEST.tsv agree with the length of each file's array (or object),
        // counted apart with Python's json module.
        for (const auto &[path, records] : files)
            QTest::newRow(qPrintable(path.section(u'/', -1))) << QStringLiteral(REFMEND_CORPUS_DIR "/") + path << records;
    }

    void shouldReadEveryCorpusFile()
    {
        QFETCH(QString, path);
        QFETCH(int, records);
        const Collection collection = readFile(path);
        QCOMPARE(collection.formatId, u"csl-json"_s);
        QVERIFY2(!collection.hasErrors(), qPrintable(diagnosticsText(collection)));
        QCOMPARE(collection.records.size(), records);
    }

    void shouldWriteAndReadEveryCorpusFileToEqualRecords_data()
    {
        shouldReadEveryCorpusFile_data();
    }

    void shouldWriteAndReadEveryCorpusFileToEqualRecords()
    {
        QFETCH(QString, path);
        const Collection first = readFile(path);
        QList<Diagnostic> warnings;
        const Collection second = writeAndRead(first.records, &warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.isEmpty() ? QString() : warnings.first().message));
        QCOMPARE(second.records.size(), first.records.size());
        for (qsizetype i = 0; i < first.records.size(); ++i) {
            QVERIFY2(first.records.at(i) == second.records.at(i),
                     qPrintable(u"record %1: %2"_s.arg(i).arg(firstDifference(first.records.at(i), second.records.at(i)))));
        }
    }
};

QTEST_GUILESS_MAIN(Tst_CslJsonReader)
#include "tst_csljsonreader.moc"
