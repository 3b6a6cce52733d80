#include "formats/csvwriter.h"
#include "formats/fileio.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

namespace {

Field field(FieldKey key, const QString &value)
{
    Field f;
    f.key = key;
    f.value = value;
    return f;
}

Person person(const QString &family, const QString &given)
{
    Person p;
    p.family = family;
    p.given = given;
    return p;
}

Record sampleRecord()
{
    Record record;
    record.id = 7;
    record.type = RecordType::Article;
    record.personsRef(PersonRole::Author).append(person(u"Macedo"_s, u"Daniela"_s));
    record.personsRef(PersonRole::Author).append(person(u"Amaral"_s, u"Teresa"_s));
    record.personsRef(PersonRole::Editor).append(person(u"Costa"_s, u"Luís"_s));
    record.fields.append(field(FieldKey::Title, u"Liver metastases"_s));
    record.fields.append(field(FieldKey::ContainerTitle, u"ISRN Hepatology"_s));
    record.fields.append(field(FieldKey::Year, u"2013"_s));
    record.fields.append(field(FieldKey::Doi, u"10.1155/2013/702167"_s));
    record.fields.append(field(FieldKey::Keywords, u"liver\ntumour"_s));
    record.fields.append(field(FieldKey::Keywords, u"metastasis"_s));
    return record;
}

QString writeCsv(const QList<Record> &records, const QStringList &columns = {},
                 QList<Diagnostic> *warnings = nullptr)
{
    WriteOptions options;
    options.csvColumns = columns;
    return CsvWriter().write(records, options, warnings);
}

} // namespace

class Tst_CsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void shouldWriteTheDefaultHeaderAndOneRowPerRecord()
    {
        const QString text = writeCsv({sampleRecord(), Record()});
        const QStringList lines = text.split(u'\n');
        QCOMPARE(lines.size(), 4); // header, two rows, and the empty text after the last newline
        QCOMPARE(lines.at(0), u"type,authors,year,title,container-title,volume,issue,pages,"
                              u"publisher,doi,url,abstract,keywords,editors,other"_s);
        QCOMPARE(lines.at(1), u"article,\"Macedo, Daniela; Amaral, Teresa\",2013,Liver metastases,"
                              u"ISRN Hepatology,,,,,10.1155/2013/702167,,,liver; tumour; metastasis,"
                              u"\"Costa, Luís\","_s);
        QCOMPARE(lines.at(2), u"generic,,,,,,,,,,,,,,"_s);
        QVERIFY(lines.at(3).isEmpty());
    }

    void shouldQuoteValuesAsRfc4180Says_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << u"plain text"_s << u"plain text"_s;
        QTest::newRow("comma") << u"a, b"_s << u"\"a, b\""_s;
        QTest::newRow("quote") << u"the \"best\" one"_s << u"\"the \"\"best\"\" one\""_s;
        QTest::newRow("line feed") << u"one\ntwo"_s << u"\"one\ntwo\""_s;
        QTest::newRow("carriage return") << u"one\r\ntwo\rthree"_s << u"\"one\ntwo\nthree\""_s;
        QTest::newRow("leading space") << u" x"_s << u" x"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void shouldQuoteValuesAsRfc4180Says()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        Record record;
        record.fields.append(field(FieldKey::Title, value));
        QCOMPARE(writeCsv({record}, {u"title"_s}), u"title\n"_s + written + u'\n');
    }

    void shouldWriteTheChosenColumnsInTheirOrder()
    {
        QList<Diagnostic> warnings;
        const QString text = writeCsv({sampleRecord()},
                                      {u"doi"_s, u"Year"_s, u"editors"_s, u"id"_s, u"container-title"_s},
                                      &warnings);
        QCOMPARE(text, u"doi,Year,editors,id,container-title\n"
                       u"10.1155/2013/702167,2013,\"Costa, Luís\",7,ISRN Hepatology\n"_s);
        // Authors, title and keywords are in no chosen column: each is reported as left out.
        QStringList leftOut;
        for (const Diagnostic &warning : std::as_const(warnings)) {
            QVERIFY(warning.message.contains(u"left out"_s));
            leftOut.append(warning.field);
        }
        QCOMPARE(leftOut, (QStringList{u"author"_s, u"title"_s, u"keywords"_s, u"keywords"_s}));
    }

    void shouldLeaveOutAndReportUnknownColumns()
    {
        QList<Diagnostic> warnings;
        const QString text = writeCsv({sampleRecord()}, {u"title"_s, u"colour"_s}, &warnings);
        QCOMPARE(text, u"title\nLiver metastases\n"_s);
        QList<Diagnostic> aboutColumns;
        for (const Diagnostic &warning : std::as_const(warnings)) {
            if (warning.field.isEmpty())
                aboutColumns.append(warning);
        }
        QCOMPARE(aboutColumns.size(), 1);
        QVERIFY(aboutColumns.first().message.contains(u"colour"));
    }

    void shouldKeepFieldsNoColumnShowsInTheOtherColumnAndSayWhich()
    {
        Record record = sampleRecord();
        record.fields.append(field(FieldKey::Other, u"custom field"_s));
        record.fields.last().tag = u"X1"_s;
        record.fields.append(field(FieldKey::Edition, u"2nd"_s));
        Person translator;
        translator.family = u"Quintela"_s;
        translator.given = u"António"_s;
        record.setPersons(PersonRole::Translator, {translator});

        QList<Diagnostic> warnings;
        const QString text = writeCsv({record}, {}, &warnings);
        QVERIFY2(text.contains(u"\"translator: Quintela, António\nX1: custom field\nedition: 2nd\""_s),
                 qPrintable(text));
        QCOMPARE(warnings.size(), 3);
        QCOMPARE(warnings.at(1).field, u"X1"_s);
        QCOMPARE(warnings.at(1).recordIndex, 0);
        QCOMPARE(lossSummary(warnings, u"CSV"_s),
                 u"1 record: 3 fields have no place in CSV: X1 (1), edition (1), translator (1)"_s);

        // Without the "other" column they are left out, and still reported.
        warnings.clear();
        const QString chosen = writeCsv({record}, {u"title"_s}, &warnings);
        QVERIFY(!chosen.contains(u"custom field"_s));
        QVERIFY(warnings.size() >= 3);
        QVERIFY(warnings.first().message.contains(u"left out"_s));
    }

    void shouldJoinAuthorsWithSemicolons()
    {
        const QString text = writeCsv({sampleRecord()}, {u"authors"_s});
        QCOMPARE(text, u"authors\n\"Macedo, Daniela; Amaral, Teresa\"\n"_s);
    }

    void shouldUseTheChosenLineEndingThroughFileIo()
    {
        WriteOptions options;
        options.lineEnding = LineEnding::CrLf;
        options.csvColumns = {u"title"_s, u"keywords"_s};
        WriteResult result;
        const QByteArray bytes = writeBytes({sampleRecord()}, u"csv"_s, options, &result);
        QVERIFY(result.ok);
        QCOMPARE(bytes, QByteArray("title,keywords\r\nLiver metastases,liver; tumour; metastasis\r\n"));
    }
};

QTEST_GUILESS_MAIN(Tst_CsvWriter)
#include "tst_csvwriter.moc"
