#include "formats/csljsonreader.h"
#include "formats/csljsonwriter.h"
#include "formats/fileio.h"
#include "model/collection.h"

#include "testconfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

namespace {

const QString kSeedPath = QStringLiteral(REFMEND_CORPUS_DIR "/endnote-refer/hindawi__isrn-hepatology-2013-flattened.enw");

QJsonArray writeJson(const QList<Record> &records, QList<Diagnostic> *warnings = nullptr)
{
    const QString text = CslJsonWriter().write(records, WriteOptions(), warnings);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << error.errorString();
    return document.array();
}

QJsonObject writeOne(const Record &record, QList<Diagnostic> *warnings = nullptr)
{
    return writeJson({record}, warnings).at(0).toObject();
}

Field field(FieldKey key, const QString &value, const QString &tag = {})
{
    Field f;
    f.key = key;
    f.tag = tag;
    f.value = value;
    return f;
}

Person person(const QString &family, const QString &given, const QString &particle = {},
              const QString &suffix = {})
{
    Person p;
    p.family = family;
    p.given = given;
    p.particle = particle;
    p.suffix = suffix;
    return p;
}

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class Tst_CslJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void shouldWriteTheSeedRecord()
    {
        if (!QFile::exists(kSeedPath))
            QSKIP("corpus not found: set REFMEND_SHARED_DIR to the folder holding corpus/");
        const Collection collection = readFile(kSeedPath);
        QCOMPARE(collection.records.size(), 1);

        QList<Diagnostic> warnings;
        const QJsonArray array = writeJson(collection.records, &warnings);
        QCOMPARE(array.size(), 1);
        const QJsonObject item = array.at(0).toObject();
        QCOMPARE(item.value(u"id").toString(), u"refmend-%1"_s.arg(collection.records.first().id));
        QCOMPARE(item.value(u"type").toString(), u"article-journal"_s);
        QCOMPARE(item.value(u"title").toString(),
                 u"The Treatment of Liver Metastases in Patients with Neuroendocrine Tumors in 2012"_s);
        QCOMPARE(item.value(u"container-title").toString(), u"ISRN Hepatology"_s);
        QCOMPARE(item.value(u"DOI").toString(), u"10.1155/2013/702167"_s);
        QCOMPARE(item.value(u"URL").toString(), u"http://www.hindawi.com/journals/isrn.hepatology/2013/702167/"_s);
        QVERIFY(item.value(u"abstract").toString().startsWith(u"Neuroendocrine tumors"));
        QCOMPARE(item.value(u"issued").toObject(), parse(R"({"date-parts": [[2013]]})"));

        const QJsonArray authors = item.value(u"author").toArray();
        QCOMPARE(authors.size(), 9);
        QCOMPARE(authors.at(0).toObject(), parse(R"({"family": "Macedo", "given": "Daniela"})"));
        QCOMPARE(authors.at(3).toObject(), parse(R"({"family": "Sousa", "given": "Ana Rita"})"));
        QVERIFY(!item.contains(u"note"));
        QVERIFY(warnings.isEmpty());
    }

    void shouldWriteParticlesSuffixesAndLiteralNames()
    {
        Record record;
        record.type = RecordType::Book;
        record.personsRef(PersonRole::Author).append(person(u"Berg"_s, u"Jan"_s, u"van der"_s));
        record.personsRef(PersonRole::Author).append(person(u"Smith"_s, u"John"_s, {}, u"Jr."_s));
        Person who;
        who.literal = u"World Health Organization"_s;
        record.personsRef(PersonRole::Author).append(who);
        record.personsRef(PersonRole::Editor).append(person(u"Ed"_s, u"One"_s));
        record.personsRef(PersonRole::SeriesEditor).append(person(u"Series"_s, u"Sam"_s));
        record.personsRef(PersonRole::Translator).append(person(u"Trans"_s, u"Tom"_s));

        const QJsonObject item = writeOne(record);
        const QJsonArray authors = item.value(u"author").toArray();
        QCOMPARE(authors.at(0).toObject(),
                 parse(R"({"family": "Berg", "given": "Jan", "non-dropping-particle": "van der"})"));
        QCOMPARE(authors.at(1).toObject(), parse(R"({"family": "Smith", "given": "John", "suffix": "Jr."})"));
        QCOMPARE(authors.at(2).toObject(), parse(R"({"literal": "World Health Organization"})"));
        QCOMPARE(item.value(u"editor").toArray().size(), 1);
        QCOMPARE(item.value(u"collection-editor").toArray().at(0).toObject().value(u"family").toString(), u"Series"_s);
        QCOMPARE(item.value(u"translator").toArray().at(0).toObject().value(u"family").toString(), u"Trans"_s);
    }

    void shouldPutFieldsWithoutCslPlaceIntoTheNoteWithWarnings()
    {
        Record plain;
        Record record;
        record.fields.append(field(FieldKey::Note, u"A real note"_s, u"Z"_s));
        record.fields.append(field(FieldKey::Other, u"Alternate title"_s, u"O"_s));
        record.fields.append(field(FieldKey::AuthorAddress, u"Lisbon"_s, u"+"_s));
        QList<Diagnostic> warnings;
        const QJsonArray array = writeJson({plain, record}, &warnings);
        QCOMPARE(array.at(1).toObject().value(u"note").toString(),
                 u"A real note\nO: Alternate title\nauthor-address: Lisbon"_s);
        QCOMPARE(warnings.size(), 2);
        for (const Diagnostic &d : warnings) {
            QCOMPARE(d.severity, Severity::Warning);
            QCOMPARE(d.recordIndex, 1);
        }
        QVERIFY(warnings.at(0).message.contains(u"\"O\""));
    }

    void shouldMapRecordTypesToCslTypes_data()
    {
        QTest::addColumn<RecordType>("type");
        QTest::addColumn<QString>("csl");
        QTest::newRow("article") << RecordType::Article << u"article-journal"_s;
        QTest::newRow("book") << RecordType::Book << u"book"_s;
        QTest::newRow("chapter") << RecordType::Chapter << u"chapter"_s;
        QTest::newRow("conference paper") << RecordType::ConferencePaper << u"paper-conference"_s;
        QTest::newRow("thesis") << RecordType::Thesis << u"thesis"_s;
        QTest::newRow("report") << RecordType::Report << u"report"_s;
        QTest::newRow("web page") << RecordType::WebPage << u"webpage"_s;
        QTest::newRow("dataset") << RecordType::Dataset << u"dataset"_s;
        QTest::newRow("patent") << RecordType::Patent << u"patent"_s;
        QTest::newRow("software") << RecordType::Software << u"software"_s;
        QTest::newRow("generic") << RecordType::Generic << u"document"_s;
    }

    void shouldMapRecordTypesToCslTypes()
    {
        QFETCH(RecordType, type);
        QFETCH(QString, csl);
        Record record;
        record.type = type;
        QCOMPARE(writeOne(record).value(u"type").toString(), csl);
    }

    void shouldWriteIssuedFromYearAndDate_data()
    {
        QTest::addColumn<QString>("year");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QByteArray>("issued");
        QTest::addColumn<QString>("note");
        QTest::newRow("year only") << u"2013"_s << QString() << QByteArray(R"({"date-parts": [[2013]]})") << QString();
        QTest::newRow("numeric date") << u"2013"_s << u"2013/05/12"_s << QByteArray(R"({"date-parts": [[2013, 5, 12]]})") << QString();
        QTest::newRow("month name first") << u"2021"_s << u"September  1, 2021"_s << QByteArray(R"({"date-parts": [[2021, 9, 1]]})") << QString();
        QTest::newRow("month and day, year apart") << u"2013"_s << u"May 12"_s << QByteArray(R"({"date-parts": [[2013, 5, 12]]})") << QString();
        QTest::newRow("day first") << QString() << u"12 May 2013"_s << QByteArray(R"({"date-parts": [[2013, 5, 12]]})") << QString();
        QTest::newRow("year in words") << u"in press"_s << QString() << QByteArray(R"({"raw": "in press"})") << QString();
        QTest::newRow("date that is no date") << u"2013"_s << u"Spring"_s << QByteArray(R"({"date-parts": [[2013]]})") << u"date: Spring"_s;
        QTest::newRow("nothing") << QString() << QString() << QByteArray() << QString();
    }

    void shouldWriteIssuedFromYearAndDate()
    {
        QFETCH(QString, year);
        QFETCH(QString, date);
        QFETCH(QByteArray, issued);
        QFETCH(QString, note);
        Record record;
        if (!year.isEmpty())
            record.fields.append(field(FieldKey::Year, year));
        if (!date.isEmpty())
            record.fields.append(field(FieldKey::Date, date));
        const QJsonObject item = writeOne(record);
        QCOMPARE(item.value(u"issued").toObject(), parse(issued.constData()));
        QCOMPARE(item.value(u"note").toString(), note);
    }

    void shouldTellIsbnFromIssnAndJoinKeywords()
    {
        Record record;
        record.fields.append(field(FieldKey::Isbn, u"1008-0821"_s));
        record.fields.append(field(FieldKey::Keywords, u"liver\ntumour"_s));
        record.fields.append(field(FieldKey::Keywords, u"metastasis"_s));
        record.fields.append(field(FieldKey::Label, u"macedo2013"_s));
        record.fields.append(field(FieldKey::Pages, u"1-10"_s));
        const QJsonObject item = writeOne(record);
        QCOMPARE(item.value(u"ISSN").toString(), u"1008-0821"_s);
        QVERIFY(!item.contains(u"ISBN"));
        QCOMPARE(item.value(u"keyword").toString(), u"liver, tumour, metastasis"_s);
        QCOMPARE(item.value(u"id").toString(), u"macedo2013"_s);
        QCOMPARE(item.value(u"page").toString(), u"1-10"_s);

        Record book;
        book.fields.append(field(FieldKey::Isbn, u"978-3-86490-311-3"_s));
        QCOMPARE(writeOne(book).value(u"ISBN").toString(), u"978-3-86490-311-3"_s);
    }

    void shouldKeepASecondValueOfAOneValueVariableInTheNote()
    {
        Record record;
        record.fields.append(field(FieldKey::ContainerTitle, u"现代情报"_s, u"J"_s));
        record.fields.append(field(FieldKey::ContainerTitle, u"JOURNAL OF MODERN INFORMATION"_s, u"J"_s));
        QList<Diagnostic> warnings;
        const QJsonObject item = writeOne(record, &warnings);
        QCOMPARE(item.value(u"container-title").toString(), u"现代情报"_s);
        QCOMPARE(item.value(u"note").toString(), u"container-title: JOURNAL OF MODERN INFORMATION"_s);
        QCOMPARE(warnings.size(), 1);
    }

    void shouldWriteAnEmptyArrayForNoRecords()
    {
        const QString text = CslJsonWriter().write({}, WriteOptions());
        QCOMPARE(QJsonDocument::fromJson(text.toUtf8()).array().size(), 0);
        QVERIFY(text.trimmed().startsWith(u'['));
    }

    void shouldWriteBackTheVariablesOfARecordReadFromCslJson()
    {
        const char *json = R"([{"id": "x", "type": "article-magazine", "shortTitle": "Short",
            "ISSN": "1234-5678", "number-of-pages": 18, "custom": {"a": [1, 2]},
            "accessed": {"date-parts": [[2020, 1, 2]]}, "original-date": {"raw": "about 1850"},
            "container-author": [{"family": "Host"}]}])";
        Collection collection;
        CslJsonReader().read(QString::fromUtf8(json), collection);
        QList<Diagnostic> warnings;
        const QJsonObject item = writeOne(collection.records.first(), &warnings);
        QVERIFY(warnings.isEmpty());
        QCOMPARE(item.value(u"type").toString(), u"article-magazine"_s);
        QCOMPARE(item.value(u"shortTitle").toString(), u"Short"_s);
        QCOMPARE(item.value(u"ISSN").toString(), u"1234-5678"_s);
        QCOMPARE(item.value(u"number-of-pages").toString(), u"18"_s);
        QCOMPARE(item.value(u"custom").toObject(), parse(R"({"a": [1, 2]})"));
        QCOMPARE(item.value(u"accessed").toObject(), parse(R"({"date-parts": [[2020, 1, 2]]})"));
        QCOMPARE(item.value(u"original-date").toObject(), parse(R"({"raw": "about 1850"})"));
        QCOMPARE(item.value(u"container-author").toArray().at(0).toObject(), parse(R"({"family": "Host"})"));
        QVERIFY(!item.contains(u"note"));
    }

    void shouldWriteNamesWithMoreThanPersonHoldsAsTheyWere()
    {
        const char *json = R"([{"id": "x", "type": "book", "author": [
            {"family": "Beethoven", "given": "Ludwig", "dropping-particle": "van"},
            "Doe, Jane",
            {"family": "Smith", "given": "John", "suffix": "Jr.", "comma-suffix": true}]}])";
        Collection collection;
        CslJsonReader().read(QString::fromUtf8(json), collection);
        QJsonArray authors = writeOne(collection.records.first()).value(u"author").toArray();
        QCOMPARE(authors.at(0).toObject(),
                 parse(R"({"family": "Beethoven", "given": "Ludwig", "dropping-particle": "van"})"));
        QCOMPARE(authors.at(1).toString(), u"Doe, Jane"_s);
        QCOMPARE(authors.at(2).toObject().value(u"comma-suffix").toBool(), true);

        // An edited name is written from its parts.
        Record edited = collection.records.first();
        edited.personsRef(PersonRole::Author)[0].given = u"L."_s;
        authors = writeOne(edited).value(u"author").toArray();
        QCOMPARE(authors.at(0).toObject(),
                 parse(R"({"family": "Beethoven", "given": "L.", "non-dropping-particle": "van"})"));
    }

    void shouldWriteAnItemReadWithoutTypeWithoutOne()
    {
        Collection collection;
        CslJsonReader().read(u"[{\"id\": \"x\", \"title\": \"No type\"}]"_s, collection);
        QVERIFY(!writeOne(collection.records.first()).contains(u"type"));
        Record foreign;
        QCOMPARE(writeOne(foreign).value(u"type").toString(), u"document"_s);
    }

    void shouldWriteTheDatesCslJsonReaderReads_data()
    {
        QTest::addColumn<QString>("year");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QByteArray>("issued");
        QTest::newRow("a range") << u"1999"_s << u"1999-03/2001-06-22"_s
                                 << QByteArray(R"({"date-parts": [[1999, 3], [2001, 6, 22]]})");
        QTest::newRow("JSON") << u"1850"_s << u"{\"circa\":true,\"date-parts\":[[1850]]}"_s
                              << QByteArray(R"({"circa": true, "date-parts": [[1850]]})");
        QTest::newRow("a negative year") << u"-100"_s << QString() << QByteArray(R"({"date-parts": [[-100]]})");
    }

    void shouldWriteTheDatesCslJsonReaderReads()
    {
        QFETCH(QString, year);
        QFETCH(QString, date);
        QFETCH(QByteArray, issued);
        Record record;
        record.sourceFormat = u"csl-json"_s;
        record.fields.append(field(FieldKey::Year, year, u"issued"_s));
        if (!date.isEmpty())
            record.fields.append(field(FieldKey::Date, date, u"issued"_s));
        QList<Diagnostic> warnings;
        QCOMPARE(writeOne(record, &warnings).value(u"issued").toObject(), parse(issued.constData()));
        QVERIFY(warnings.isEmpty());
    }

    void shouldWriteAYearANumberWouldChangeAsText_data()
    {
        QTest::addColumn<QString>("year");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QByteArray>("issued");
        QTest::newRow("a negative year with a zero") << QString() << u"-0876"_s << QByteArray(R"({"raw": "-0876"})");
        QTest::newRow("year 4") << QString() << u"0004-03"_s << QByteArray(R"({"raw": "0004-03"})");
        QTest::newRow("year 0000") << u"0000"_s << QString() << QByteArray(R"({"raw": "0000"})");
    }

    void shouldWriteAYearANumberWouldChangeAsText()
    {
        QFETCH(QString, year);
        QFETCH(QString, date);
        QFETCH(QByteArray, issued);
        Record record;
        if (!year.isEmpty())
            record.fields.append(field(FieldKey::Year, year));
        if (!date.isEmpty())
            record.fields.append(field(FieldKey::Date, date));
        const QJsonObject item = writeOne(record);
        QCOMPARE(item.value(u"issued").toObject(), parse(issued.constData()));
        Collection back;
        CslJsonReader().read(QString::fromUtf8(QJsonDocument(QJsonArray{item}).toJson()), back);
        QCOMPARE(back.records.first().year(), record.year());
    }

    void shouldWriteARawDateReadFromCslJsonAsRaw()
    {
        Record record;
        record.sourceFormat = u"csl-json"_s;
        record.fields.append(field(FieldKey::Date, u"Spring term, 1987"_s, u"issued"_s));
        QCOMPARE(writeOne(record).value(u"issued").toObject(), parse(R"({"raw": "Spring term, 1987"})"));
    }

    void shouldNotNoteASecondValueThatRepeatsTheFirst()
    {
        // EndNote XML gives a journal both as secondary-title and as periodical/full-title.
        Record record;
        record.fields.append(field(FieldKey::ContainerTitle, u"Ecology"_s, u"titles/secondary-title"_s));
        record.fields.append(field(FieldKey::ContainerTitle, u"Ecology"_s, u"periodical/full-title"_s));
        QList<Diagnostic> warnings;
        const QJsonObject item = writeOne(record, &warnings);
        QCOMPARE(item.value(u"container-title").toString(), u"Ecology"_s);
        QVERIFY(!item.contains(u"note"));
        QVERIFY(warnings.isEmpty());
    }

    void shouldWriteAnUnparsedItemBackAsItWas()
    {
        Collection collection;
        CslJsonReader().read(u"[{\"id\": \"a\", \"type\": \"book\"}, [1, \"two\"]]"_s, collection);
        QVERIFY(collection.records.at(1).unparsed);
        const QJsonArray array = writeJson(collection.records);
        QCOMPARE(array.at(1).toArray(), (QJsonArray{1, u"two"_s}));
    }

    void shouldWriteAnUnparsedRecordOfAnotherFormatAsANote()
    {
        Record record;
        record.sourceFormat = u"endnote-xml"_s;
        record.unparsed = true;
        const QString text = u"<record><titles><title>Broken</titel></titles></record>"_s;
        record.setSource(text, 0, 0, text.size());
        QList<Diagnostic> warnings;
        const QJsonObject item = writeOne(record, &warnings);
        QCOMPARE(item.value(u"note").toString(), text);
        QCOMPARE(warnings.size(), 1);
    }
};

QTEST_GUILESS_MAIN(Tst_CslJsonWriter)
#include "tst_csljsonwriter.moc"
