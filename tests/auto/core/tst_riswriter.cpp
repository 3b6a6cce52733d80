// RIS writing: the standard form, the tags of RIS records, what has no place in RIS, and
// read -> write -> read on the corpus.
#include "formats/endnotereader.h"
#include "formats/endnotewriter.h"
#include "formats/fileio.h"
#include "formats/risreader.h"
#include "formats/riswriter.h"
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
    RisReader().read(text, collection);
    return collection;
}

QString writeRecords(const QList<Record> &records, QList<Diagnostic> *warnings = nullptr,
                     LineEnding ending = LineEnding::Lf)
{
    WriteOptions options;
    options.lineEnding = ending;
    return RisWriter().write(records, options, warnings);
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
    record.sourceType = u"Journal Article"_s;
    record.sourceFormat = u"endnote"_s;
    record.personsRef(PersonRole::Author).append(parsePersonName(u"Macedo, Daniela"));
    record.personsRef(PersonRole::Author).append(parsePersonName(u"Amaral, Teresa"));
    record.personsRef(PersonRole::Editor).append(parsePersonName(u"Costa, Luís"));
    record.fields.append(field(FieldKey::Title, u"Liver metastases"_s, u"T"_s));
    record.fields.append(field(FieldKey::ContainerTitle, u"ISRN Hepatology"_s, u"J"_s));
    record.fields.append(field(FieldKey::Year, u"2013"_s, u"D"_s));
    record.fields.append(field(FieldKey::Pages, u"702167-702176"_s, u"P"_s));
    record.fields.append(field(FieldKey::Doi, u"10.1155/2013/702167"_s, u"R"_s));
    record.fields.append(field(FieldKey::Keywords, u"liver"_s, u"K"_s));
    record.fields.append(field(FieldKey::Abstract, u"First paragraph.\n\nSecond paragraph."_s, u"X"_s));
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

QStringList warningFields(const QList<Diagnostic> &warnings)
{
    QStringList fields;
    for (const Diagnostic &d : warnings) {
        if (!d.field.isEmpty())
            fields.append(d.field);
    }
    return fields;
}

//! Marks every record as edited, so that the writer regenerates it rather than copying.
QList<Record> edited(QList<Record> records)
{
    for (Record &record : records)
        record.source.fingerprint ^= 1;
    return records;
}

} // namespace

class Tst_RisWriter : public QObject
{
    Q_OBJECT

private slots:
    void shouldWriteTheStandardForm()
    {
        QList<Diagnostic> warnings;
        const QString text = writeRecords({foreignRecord()}, &warnings);
        QCOMPARE(text, u"TY  - JOUR\n"
                       "AU  - Macedo, Daniela\n"
                       "AU  - Amaral, Teresa\n"
                       "A2  - Costa, Luís\n"
                       "TI  - Liver metastases\n"
                       "T2  - ISRN Hepatology\n"
                       "PY  - 2013\n"
                       "SP  - 702167\n"
                       "EP  - 702176\n"
                       "DO  - 10.1155/2013/702167\n"
                       "KW  - liver\n"
                       "AB  - First paragraph.\n"
                       "\n"
                       "Second paragraph.\n"
                       "ER  - \n"_s);
        QVERIFY(warnings.isEmpty());
    }

    void shouldReadBackWhatItWrites()
    {
        const Record original = foreignRecord();
        const Collection collection = readText(writeRecords({original}));
        QCOMPARE(collection.diagnostics.size(), 0);
        QCOMPARE(collection.records.size(), 1);
        const Record &back = collection.records.first();
        QCOMPARE(back.type, original.type);
        QCOMPARE(back.authors(), original.authors());
        QCOMPARE(back.persons(PersonRole::Editor), original.persons(PersonRole::Editor));
        for (const Field &f : original.fields)
            QCOMPARE(back.values(f.key), original.values(f.key));
    }

    void shouldSeparateRecordsWithABlankLineInTheLineEndingsAsked()
    {
        const QString text = writeRecords({foreignRecord(), foreignRecord()}, nullptr, LineEnding::CrLf);
        QVERIFY(text.contains(u"ER  - \r\n\r\nTY  - JOUR\r\n"));
        QVERIFY(!text.contains(u"\r\r"));
        QCOMPARE(text.count(u'\n'), text.count(u"\r\n"));
        QCOMPARE(readText(text).records.size(), 2);
    }

    void shouldSplitPagesIntoStartAndEnd_data()
    {
        QTest::addColumn<QString>("pages");
        QTest::addColumn<QString>("written");
        QTest::newRow("range") << u"12-34"_s << u"SP  - 12\nEP  - 34\n"_s;
        QTest::newRow("single page") << u"e0815"_s << u"SP  - e0815\n"_s;
        QTest::newRow("en dash stays whole") << u"12–34"_s << u"SP  - 12–34\n"_s;
        QTest::newRow("several ranges stay whole") << u"1-2, 5-7"_s << u"SP  - 1-2, 5-7\n"_s;
        QTest::newRow("spaced range stays whole") << u"12 - 34"_s << u"SP  - 12 - 34\n"_s;
    }

    void shouldSplitPagesIntoStartAndEnd()
    {
        QFETCH(QString, pages);
        QFETCH(QString, written);
        Record record;
        record.type = RecordType::Article;
        record.fields.append(field(FieldKey::Pages, pages, u"pages"_s));
        const QString text = writeRecords({record});
        QVERIFY2(text.contains(written), qPrintable(text));
        // Whatever the form, it reads back as written.
        QCOMPARE(readText(text).records.value(0).value(FieldKey::Pages), pages);
    }

    void shouldKeepTheTagsOfAnEditedRisRecord()
    {
        const QString source = u"TY  - EJOUR\nA1  - Harrison, Warren\nED  - Doe, Jane\nT1  - Title\n"
                               "JF  - Journal\nY1  - 2001/09/01/\nSP  - 193\nEP  - 194\nM3  - kept\nER  - \n"_s;
        Collection collection = readText(source);
        Record &record = collection.records.first();
        record.setValue(FieldKey::Title, u"Edited title"_s);
        QVERIFY(!record.isPristine());
        QCOMPARE(writeRecords(collection.records),
                 u"TY  - EJOUR\nA1  - Harrison, Warren\nED  - Doe, Jane\nT1  - Edited title\n"
                 "JF  - Journal\nY1  - 2001/09/01/\nSP  - 193\nEP  - 194\nM3  - kept\nER  - \n"_s);
    }

    void shouldWriteAChangedTypeByItsRisName()
    {
        Collection collection = readText(u"TY  - EJOUR\nTI  - x\nER  - \n"_s);
        collection.records.first().type = RecordType::Book;
        QVERIFY(writeRecords(collection.records).startsWith(u"TY  - BOOK\n"));
    }

    void shouldPutFieldsWithoutATagIntoNotesWithWarnings()
    {
        Record record = foreignRecord();
        record.sourceFormat = u"bibtex"_s;
        record.fields.append(field(FieldKey::Other, u"arXiv:1234.5678"_s, u"eprint"_s));
        record.fields.append(field(FieldKey::Other, u"J Hepatol"_s, u"TA"_s));   // RIS: translated author
        record.personsRef(PersonRole::Translator).append(parsePersonName(u"Doe, John"));

        QList<Diagnostic> warnings;
        const QString text = writeRecords({record}, &warnings);
        QVERIFY(text.contains(u"N1  - eprint: arXiv:1234.5678\n"));
        QVERIFY(text.contains(u"N1  - TA: J Hepatol\n"));
        QVERIFY(text.contains(u"A4  - Doe, John\n"));
        QCOMPARE(warningFields(warnings), (QStringList{u"eprint"_s, u"TA"_s}));
        for (const Diagnostic &d : warnings) {
            QCOMPARE(d.severity, Severity::Warning);
            QCOMPARE(d.recordIndex, 0);
        }
        QCOMPARE(lossSummary(warnings, u"RIS"_s),
                 u"1 record: 2 fields have no place in RIS: TA (1), eprint (1)"_s);
    }

    void shouldWriteAnotherFormatsTwoLetterTagUnderItselfWhenRisLeavesItFree()
    {
        Record record = foreignRecord();
        record.sourceFormat = u"wos"_s;
        record.fields.append(field(FieldKey::Other, u"17"_s, u"NR"_s));   // WoS: cited references
        record.fields.append(field(FieldKey::Other, u"J. Hepatol."_s, u"JI"_s));
        QList<Diagnostic> warnings;
        const QString text = writeRecords({record}, &warnings);
        QVERIFY(text.contains(u"NR  - 17\n"));
        QVERIFY(text.contains(u"J2  - J. Hepatol.\n"));   // the journal abbreviation
        QCOMPARE(warningFields(warnings), QStringList{u"NR"_s});
    }

    void shouldWriteAnotherFormatsUnparsedRecordAsANote()
    {
        const QString bibtex = u"@article{broken,\n  title = {Unclosed\n"_s;
        Record broken;
        broken.unparsed = true;
        broken.sourceFormat = u"bibtex"_s;
        broken.line = 7;
        broken.setSource(bibtex, 0, 0, bibtex.size());
        QList<Diagnostic> warnings;
        const QString text = writeRecords({broken}, &warnings);
        QCOMPARE(text, u"TY  - GEN\nN1  - @article{broken,\n  title = {Unclosed\nER  - \n"_s);
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().message.contains(u"line 7"));
    }

    void shouldIndentAContinuationLineThatWouldReadAsATag()
    {
        Record record;
        record.type = RecordType::Article;
        record.fields.append(field(FieldKey::Abstract, u"Results below.\nER  - not the end"_s));
        QList<Diagnostic> warnings;
        const QString text = writeRecords({record}, &warnings);
        QVERIFY(text.contains(u"AB  - Results below.\n ER  - not the end\n"));
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(readText(text).records.size(), 1);
    }

    void shouldCarryEndNoteRecordsThroughRisAndBack()
    {
        const QString source = u"%0 Book Section\n%A Macedo, Daniela\n%E Costa, Luís\n%T A chapter\n"
                               "%B The book\n%D 2013\n%P 12-34\n%I Publisher\n%C Lisbon\n%@ 978-3-16-148410-0\n"
                               "%U https://example.org\n%K one\n%K two\n%X Abstract\n%Z A note\n"_s;
        Collection original;
        EndNoteReader().read(source, original);
        QList<Diagnostic> warnings;
        const Collection viaRis = readText(writeRecords(original.records, &warnings));
        QVERIFY(warnings.isEmpty());
        const QString back = EndNoteWriter().write(viaRis.records, WriteOptions());
        Collection again;
        EndNoteReader().read(back, again);
        const Record &a = original.records.first();
        const Record &b = again.records.first();
        QCOMPARE(b.type, a.type);
        QCOMPARE(b.authors(), a.authors());
        QCOMPARE(b.persons(PersonRole::Editor), a.persons(PersonRole::Editor));
        for (const Field &f : a.fields)
            QCOMPARE(b.values(f.key), a.values(f.key));
    }

    void shouldReadBackEveryCorpusRecordItRewrites_data()
    {
        QTest::addColumn<QString>("path");
        const QDir corpus(QStringLiteral(REFMEND_CORPUS_DIR "/ris"));
        if (!corpus.exists())
            QSKIP("corpus not found: set REFMEND_SHARED_DIR to the folder holding corpus/");
        for (const QString &name : corpus.entryList(QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << corpus.filePath(name);
    }

    void shouldReadBackEveryCorpusRecordItRewrites()
    {
        QFETCH(QString, path);
        ReadFileOptions options;
        options.formatId = u"ris"_s;
        const Collection collection = readFile(path, options);

        // Unedited: the same records; edited: every record regenerated, still the same.
        for (const bool regenerate : {false, true}) {
            const QList<Record> records = regenerate ? edited(collection.records) : collection.records;
            const QByteArray bytes = writeBytes(records, u"ris"_s, WriteOptions::sameAs(collection));
            const Collection back = readBytes(bytes, path, options);
            QCOMPARE(back.records.size(), collection.records.size());
            for (int i = 0; i < collection.records.size(); ++i) {
                const Record &a = collection.records.at(i);
                Record b = back.records.at(i);
                // A record without TY is written with one: its type name is all that differs.
                if (regenerate && a.sourceType.isEmpty())
                    b.sourceType.clear();
                if (a != b)
                    QCOMPARE(describe(b), describe(a));
            }
        }
    }
};

QTEST_GUILESS_MAIN(Tst_RisWriter)
#include "tst_riswriter.moc"
