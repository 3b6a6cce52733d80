#include "formats/endnotereader.h"
#include "formats/endnotewriter.h"
#include "formats/fileio.h"
#include "model/collection.h"
#include "model/personname.h"

#include "testconfig.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

namespace {

Collection readText(const QString &text)
{
    Collection collection;
    EndNoteReader().read(text, collection);
    return collection;
}

QString writeRecords(const QList<Record> &records, QList<Diagnostic> *warnings = nullptr)
{
    return EndNoteWriter().write(records, WriteOptions(), warnings);
}

Field field(FieldKey key, const QString &value, const QString &tag = {})
{
    Field f;
    f.key = key;
    f.tag = tag;
    f.value = value;
    return f;
}

//! A record as another format's reader would give it.
Record foreignRecord()
{
    Record record;
    record.type = RecordType::Article;
    record.sourceType = u"JOUR"_s;
    record.sourceFormat = u"ris"_s;
    record.personsRef(PersonRole::Author).append(parsePersonName(u"Macedo, Daniela"));
    record.personsRef(PersonRole::Author).append(parsePersonName(u"Amaral, Teresa"));
    record.personsRef(PersonRole::Editor).append(parsePersonName(u"Costa, Luís"));
    record.fields.append(field(FieldKey::Title, u"Liver metastases"_s, u"TI"_s));
    record.fields.append(field(FieldKey::ContainerTitle, u"ISRN Hepatology"_s, u"JO"_s));
    record.fields.append(field(FieldKey::Year, u"2013"_s, u"PY"_s));
    record.fields.append(field(FieldKey::Doi, u"10.1155/2013/702167"_s, u"DO"_s));
    return record;
}

QString describe(const Record &record)
{
    QStringList lines{u"type %1 (%2)"_s.arg(recordTypeId(record.type), record.sourceType)};
    for (int role = 0; role < int(PersonRole::Count); ++role) {
        for (const Person &person : record.persons(PersonRole(role)))
            lines.append(u"person %1: %2"_s.arg(personRoleId(PersonRole(role)), person.raw));
    }
    for (const Field &f : record.fields)
        lines.append(u"%1 [%2] %3"_s.arg(fieldKeyId(f.key), f.tag, f.value));
    return lines.join(u'\n');
}

QStringList corpusFiles()
{
    QStringList files;
    const QDir corpus(QStringLiteral(REFMEND_CORPUS_DIR "/endnote-refer"));
    for (const QString &name : corpus.entryList(QDir::Files, QDir::Name))
        files.append(corpus.filePath(name));
    return files;
}

} // namespace

class Tst_EndNoteWriter : public QObject
{
    Q_OBJECT

private slots:
    void shouldWriteTypeFirstThenPeopleThenFieldsWithBlankLinesBetween()
    {
        Record second;
        second.type = RecordType::Book;
        second.fields.append(field(FieldKey::Title, u"A book"_s));
        second.fields.append(field(FieldKey::Publisher, u"Press"_s));

        QList<Diagnostic> warnings;
        const QString text = writeRecords({foreignRecord(), second}, &warnings);
        QCOMPARE(text,
                 u"%0 Journal Article\n"
                 u"%A Macedo, Daniela\n"
                 u"%A Amaral, Teresa\n"
                 u"%E Costa, Luís\n"
                 u"%T Liver metastases\n"
                 u"%J ISRN Hepatology\n"
                 u"%D 2013\n"
                 u"%R 10.1155/2013/702167\n"
                 u"\n"
                 u"%0 Book\n"
                 u"%T A book\n"
                 u"%I Press\n"_s);
        QVERIFY(warnings.isEmpty());
    }

    void shouldWriteTheContainerOfAChapterAsSecondaryTitle()
    {
        Record record;
        record.type = RecordType::Chapter;
        record.fields.append(field(FieldKey::ContainerTitle, u"Handbook"_s));
        QCOMPARE(writeRecords({record}), u"%0 Book Section\n%B Handbook\n"_s);
    }

    void shouldWriteMultiLineValuesAsContinuationLines()
    {
        Record record;
        record.type = RecordType::Article;
        record.fields.append(field(FieldKey::Abstract, u"First line\r\nsecond line\nthird"_s));
        record.fields.append(field(FieldKey::Keywords, u"liver\ntumour"_s));
        const QString text = writeRecords({record});
        QCOMPARE(text, u"%0 Journal Article\n%X First line\nsecond line\nthird\n%K liver\ntumour\n"_s);
        QCOMPARE(readText(text).records.value(0).value(FieldKey::Keywords), u"liver\ntumour"_s);
    }

    void shouldWarnAboutLinesTheFormatCannotHold()
    {
        Record record;
        record.type = RecordType::Article;
        record.fields.append(field(FieldKey::Abstract, u"Para one\n\nPara two\n%A not a name"_s));
        QList<Diagnostic> warnings;
        const QString text = writeRecords({record}, &warnings);
        QCOMPARE(text, u"%0 Journal Article\n%X Para one\nPara two\n %A not a name\n"_s);
        QCOMPARE(warnings.size(), 2);
        QVERIFY(warnings.at(0).message.contains(u"blank line"));
        QVERIFY(warnings.at(1).message.contains(u"starts like a tag"));
        // Whatever was written still reads back as one record with one abstract.
        const Collection back = readText(text);
        QCOMPARE(back.records.size(), 1);
        QVERIFY(back.records.first().authors().isEmpty());
    }

    void shouldKeepTheSourceTagsOfEndNoteRecords()
    {
        const Collection collection = readText(u"%0 Journal Article\n%B Management Information Systems Quarterly\n"
                                               u"%O 10.1234/x\n%H Yu Min\n%! Short\n"_s);
        QList<Diagnostic> warnings;
        const QString text = writeRecords(collection.records, &warnings);
        QCOMPARE(text, u"%0 Journal Article\n%B Management Information Systems Quarterly\n"
                       u"%O 10.1234/x\n%H Yu Min\n%! Short\n"_s);
        QVERIFY(warnings.isEmpty());
    }

    void shouldWriteFieldsFromOtherFormatsIntoANoteWithAWarning()
    {
        Record record = foreignRecord();
        record.fields.append(field(FieldKey::Other, u"Some RIS remark"_s, u"N2"_s));
        record.fields.append(field(FieldKey::Note, u"A real note"_s, u"N1"_s));
        Record plain;
        plain.fields.append(field(FieldKey::Title, u"t"_s));

        QList<Diagnostic> warnings;
        const QString text = writeRecords({plain, record}, &warnings);
        QVERIFY(text.endsWith(u"%Z A real note\n%Z N2: Some RIS remark\n"_s));
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().severity, Severity::Warning);
        QCOMPARE(warnings.first().recordIndex, 1);
        QVERIFY(warnings.first().message.contains(u"N2"));

        const Record back = readText(text).records.value(1);
        QCOMPARE(back.values(FieldKey::Note), (QStringList{u"A real note"_s, u"N2: Some RIS remark"_s}));
    }

    void shouldWriteTheCanonicalTypeOnceTheTypeWasChanged()
    {
        Record record = readText(u"%0 Magazine Article\n%T t\n"_s).records.value(0);
        QCOMPARE(writeRecords({record}), u"%0 Magazine Article\n%T t\n"_s);
        record.type = RecordType::Book;
        QCOMPARE(writeRecords({record}), u"%0 Book\n%T t\n"_s);
    }

    void shouldWriteARecordReadWithoutTypeWithoutOne()
    {
        const QString source = u"%A Newman, W. H.\n%T Corn\n"_s;
        const Record record = readText(source).records.value(0);
        QCOMPARE(writeRecords({record}), source);

        Record generic = record;
        generic.sourceFormat.clear();
        QVERIFY(writeRecords({generic}).startsWith(u"%0 Generic\n"_s));
    }

    void shouldWarnWhenAValueWouldReadBackAsTwoTags_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("tag");
        QTest::newRow("tag inside") << u"Effects of the 5 %T group"_s << u"%T"_s;
        QTest::newRow("tag at the start") << u"%A starts the title"_s << u"%A"_s;
    }

    void shouldWarnWhenAValueWouldReadBackAsTwoTags()
    {
        QFETCH(QString, title);
        QFETCH(QString, tag);
        Record record;
        record.type = RecordType::Article;
        record.fields.append(field(FieldKey::Title, title));
        QList<Diagnostic> warnings;
        writeRecords({record}, &warnings);
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().message.contains(tag));
    }

    void shouldNotWarnAboutPercentSignsThatStayText()
    {
        Record record;
        record.type = RecordType::Article;
        record.fields.append(field(FieldKey::Abstract, u"75–80% of patients; 5 % A; %x y; 100%"_s));
        QList<Diagnostic> warnings;
        const QString text = writeRecords({record}, &warnings);
        QVERIFY(warnings.isEmpty());
        QCOMPARE(readText(text).records.value(0).value(FieldKey::Abstract), record.value(FieldKey::Abstract));
    }

    void shouldReadBackWhatItWrote_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = corpusFiles();
        if (files.isEmpty())
            QSKIP("corpus not found: set REFMEND_SHARED_DIR to the folder holding corpus/");
        for (const QString &path : files)
            QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
        for (const char *name : {"mixed.enw", "crlf.enw", "bom.enw", "problems.enw"})
            QTest::newRow(name) << QStringLiteral(REFMEND_TEST_DATA_DIR "/endnote/") + QLatin1StringView(name);
    }

    void shouldReadBackWhatItWrote()
    {
        QFETCH(QString, path);
        const Collection original = readFile(path);
        QVERIFY(!original.hasErrors());

        QList<Diagnostic> warnings;
        const QString text = writeRecords(original.records, &warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.value(0).message));
        const Collection back = readText(text);
        QCOMPARE(back.records.size(), original.records.size());
        for (int i = 0; i < original.records.size(); ++i) {
            const Record &before = original.records.at(i);
            const Record &after = back.records.at(i);
            QCOMPARE(describe(after), describe(before));
            QVERIFY(after == before);
        }
        // And writing again gives the same text.
        QCOMPARE(writeRecords(back.records), text);
    }

    void shouldWriteFilesWithTheChosenLineEnding()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"out.enw"_s);
        WriteOptions options;
        options.lineEnding = LineEnding::CrLf;
        const WriteResult result = writeFile(path, {foreignRecord()}, u"endnote"_s, options);
        QVERIFY2(result.ok, qPrintable(result.error));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%0 Journal Article\r\n%A Macedo, Daniela\r\n"));
        QVERIFY(bytes.contains("%E Costa, Lu\xc3\xads\r\n"));
        QCOMPARE(bytes.count("\r\n"), bytes.count("\n"));

        const Collection back = readFile(path);
        QCOMPARE(back.lineEnding, LineEnding::CrLf);
        QCOMPARE(back.records.size(), 1);
    }

    void shouldReportAPathItCannotWrite()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString missingFolder = dir.filePath(u"no/such/folder/out.enw"_s);
        const WriteResult result = writeFile(missingFolder, {foreignRecord()}, u"endnote"_s);
        QVERIFY(!result.ok);
        QVERIFY(result.error.contains(missingFolder));

        const WriteResult unknown = writeFile(dir.filePath(u"x"_s), {}, u"no-such-format"_s);
        QVERIFY(!unknown.ok);
        QVERIFY(unknown.error.contains(u"no-such-format"));
    }
};

QTEST_GUILESS_MAIN(Tst_EndNoteWriter)
#include "tst_endnotewriter.moc"
