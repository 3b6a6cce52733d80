// Web of Science / ISI tagged: reading, writing, and the corpus read, written and read back.
#include "formats/fileio.h"
#include "formats/formatregistry.h"
#include "formats/wosreader.h"
#include "formats/woswriter.h"
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
    WosReader().read(text, collection);
    return collection;
}

Collection readData(const QString &name)
{
    ReadFileOptions options;
    options.formatId = u"wos"_s;
    return readFile(QStringLiteral(REFMEND_TEST_DATA_DIR "/wos/") + name, options);
}

QString writeRecords(const QList<Record> &records, QList<Diagnostic> *warnings = nullptr)
{
    return WosWriter().write(records, WriteOptions(), warnings);
}

Field field(FieldKey key, const QString &value, const QString &tag = {})
{
    Field f;
    f.key = key;
    f.tag = tag;
    f.value = value;
    return f;
}

QString diagnosticsText(const Collection &collection)
{
    QStringList lines;
    for (const Diagnostic &d : collection.diagnostics)
        lines.append(d.toString(collection.sourcePath));
    return lines.join(u'\n');
}

int countOf(const Collection &collection, Severity severity)
{
    int count = 0;
    for (const Diagnostic &d : collection.diagnostics)
        count += d.severity == severity ? 1 : 0;
    return count;
}

const Diagnostic *findDiagnostic(const Collection &collection, QStringView text)
{
    for (const Diagnostic &d : collection.diagnostics) {
        if (d.message.contains(text))
            return &d;
    }
    return nullptr;
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

QStringList raws(const PersonList &persons)
{
    QStringList result;
    for (const Person &person : persons)
        result.append(person.raw);
    return result;
}

QString otherValue(const Record &record, const QString &tag)
{
    const int index = record.indexOf(FieldKey::Other, tag);
    return index < 0 ? QString() : record.fields.at(index).value;
}

QStringList corpusFiles()
{
    QStringList files;
    const QDir corpus(QStringLiteral(REFMEND_CORPUS_DIR "/wos-isi"));
    for (const QString &name : corpus.entryList(QDir::Files, QDir::Name))
        files.append(corpus.filePath(name));
    return files;
}

// Files MANIFEST marks as malformed, or that hold no records: each must give a diagnostic.
const QStringList kMalformed = {
    u"wos-isi/kbibtex-testset__chinese.isi"_s,       // no ER or EF, no indentation
    u"wos-isi/kbibtex-testset__sars.isi"_s,          // no EF
    u"wos-isi/jabref__IsiImporterTestEmpty.isi"_s,   // " ## " and nothing else
    u"wos-isi/zotero-translators__WebofScienceTagged-case07.ciw"_s,   // no indentation
};

} // namespace

class Tst_Wos : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadAWebOfScienceRecord()
    {
        const Collection collection = readData(u"wos.ciw"_s);
        QVERIFY2(collection.diagnostics.isEmpty(), qPrintable(diagnosticsText(collection)));
        QCOMPARE(collection.formatId, u"wos"_s);
        QCOMPARE(collection.records.size(), 2);
        const Record &record = collection.records.first();
        QCOMPARE(record.sourceFormat, u"wos"_s);
        QCOMPARE(record.line, 3);
        QCOMPARE(record.type, RecordType::Article);
        QCOMPARE(record.sourceType, u"J"_s);
        QCOMPARE(record.value(FieldKey::Title),
                 u"Optical and photoelectric spectroscopy of photorefractive Sn2P2S6 crystals"_s);
        QCOMPARE(record.value(FieldKey::ContainerTitle), u"JOURNAL OF PHYSICS-CONDENSED MATTER"_s);
        QCOMPARE(record.value(FieldKey::Year), u"2006"_s);
        QCOMPARE(record.value(FieldKey::Date), u"JUN 14"_s);
        QCOMPARE(record.value(FieldKey::Pages), u"5323-5331"_s);
        QCOMPARE(record.fields.at(record.indexOf(FieldKey::Pages)).tag, u"BP"_s);
        QCOMPARE(record.value(FieldKey::Doi), u"10.1088/0953-8984/18/23/006"_s);
        QCOMPARE(record.value(FieldKey::AccessionNumber), u"WOS:000238592600006"_s);
        QCOMPARE(record.values(FieldKey::Keywords),
                 (QStringList{u"photorefraction; spectroscopy"_s, u"ELECTRIC-FIELD; CRYSTALS"_s}));
        // One address per line; the cited references stay one field, a reference a line.
        QCOMPARE(record.values(FieldKey::AuthorAddress),
                 (QStringList{u"NAS Ukraine, Inst Phys, UA-03028 Kiev, Ukraine."_s,
                              u"Lviv Natl Univ, UA-29005 Lvov, Ukraine."_s}));
        QCOMPARE(otherValue(record, u"CR"_s),
                 u"BERCHA DM, 1997, FIZ TVERD TELA, V39, P1219\nBRAVINA SL, 1997, FERROELECTRICS, V192, P197"_s);
        QCOMPARE(otherValue(record, u"DT"_s), u"Article"_s);
        QCOMPARE(otherValue(record, u"JI"_s), u"J. Phys.-Condes. Matter"_s);
    }

    void shouldReadFullAndShortNamesAsOnePerson()
    {
        const Collection collection = readData(u"wos.ciw"_s);
        const Record &record = collection.records.first();
        // AF preferred, one person per line; CA is an organisation.
        QCOMPARE(raws(record.authors()),
                 (QStringList{u"Gamernyk, Roman V."_s, u"Hu, Linlin"_s, u"ATLAS Collaboration"_s}));
        QCOMPARE(record.authors().at(1).line, 7);
        QCOMPARE(record.authors().at(1).column, 4);
        QVERIFY(record.authors().at(2).isLiteral());
        QVERIFY(record.indexOf(FieldKey::Other, u"AU") < 0);

        const Record &second = collection.records.at(1);
        QCOMPARE(second.type, RecordType::ConferencePaper);   // PT S, DT Proceedings Paper
        QCOMPARE(raws(second.persons(PersonRole::Editor)), QStringList{u"Doe, Jane"_s});

        // Old exports: AU alone, several names on a line.
        const Record old = readData(u"au-only.isi"_s).records.value(0);
        QCOMPARE(raws(old.authors()),
                 (QStringList{u"Joffe, Hadine"_s, u"Hall, Janet E"_s, u"Gruber, Staci"_s}));
    }

    void shouldLeaveTheHeaderAndEndMarkBetweenRecords()
    {
        const Collection collection = readData(u"wos.ciw"_s);
        QCOMPARE(collection.records.first().source.before().toString(),
                 u"FN Clarivate Analytics Web of Science\nVR 1.0\n"_s);
        QCOMPARE(collection.records.last().source.after().toString(), u"\nEF\n"_s);
        QVERIFY(collection.records.first().source.text().endsWith(u"ER\n"));
    }

    void shouldReadContinuationLinesThatAreNotIndented()
    {
        const Collection collection = readData(u"no-indent.isi"_s);
        QCOMPARE(collection.records.size(), 2);
        const Record &record = collection.records.first();
        QCOMPARE(raws(record.authors()), (QStringList{u"Liu, Wei"_s, u"Zhang, Boce"_s}));
        QCOMPARE(record.value(FieldKey::Title),
                 u"Effects of Sulfation on the Physicochemical and Functional Properties of Psyllium"_s);
        // "GA and ..." and "ER stress ..." are the abstract going on, not tags.
        QVERIFY(record.value(FieldKey::Abstract).endsWith(u"named SP1, GA and the growth inhibition was analysed by MTT assay. ER stress was not measured."));
        QCOMPARE(record.value(FieldKey::Year), u"2010"_s);
        // After a list of names a tag counts even when its value starts in lower case.
        QCOMPARE(collection.records.at(1).value(FieldKey::Title), u"beta-Glucan in a second record"_s);
        QVERIFY(findDiagnostic(collection, u"not indented"));
        QVERIFY(findDiagnostic(collection, u"ends where the next PT begins"));
        QVERIFY(findDiagnostic(collection, u"no ER at the end"));
        QVERIFY(findDiagnostic(collection, u"no EF"));
        QCOMPARE(countOf(collection, Severity::Error), 0);
    }

    void shouldBeChosenByContent_data()
    {
        QTest::addColumn<QString>("head");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("header") << u"FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\n"_s << u"savedrecs.txt"_s;
        QTest::newRow("BOM and header") << u"\uFEFFFN Thomson Reuters Web of Knowledge\nVR 1.0\n"_s << u"x.ris"_s;
        QTest::newRow("no header") << u"PT J\nAU Hong, S\n   Collins, A\nTI Risk\n"_s << u"x.txt"_s;
    }

    void shouldBeChosenByContent()
    {
        QFETCH(QString, head);
        QFETCH(QString, fileName);
        QString reason;
        const FormatInfo *format = FormatRegistry::instance().detect(head, fileName, &reason);
        QVERIFY2(format, qPrintable(reason));
        QCOMPARE(format->id, u"wos"_s);
        QCOMPARE(FormatRegistry::instance().forExtension(u"ciw")->id, u"wos"_s);
        QCOMPARE(FormatRegistry::instance().find(u"isi")->id, u"wos"_s);
    }

    void shouldWriteTheWebOfScienceForm()
    {
        Record record;
        record.type = RecordType::Article;
        record.sourceFormat = u"ris"_s;
        record.personsRef(PersonRole::Author).append(parsePersonName(u"Macedo, Daniela"));
        record.personsRef(PersonRole::Author).append(parsePersonName(u"Jean-Luc Picard"));
        record.fields.append(field(FieldKey::Title, u"Liver metastases"_s, u"TI"_s));
        record.fields.append(field(FieldKey::ContainerTitle, u"ISRN Hepatology"_s, u"T2"_s));
        record.fields.append(field(FieldKey::Year, u"2013"_s, u"PY"_s));
        record.fields.append(field(FieldKey::Pages, u"12-34"_s, u"SP"_s));
        record.fields.append(field(FieldKey::Doi, u"10.1155/2013/702167"_s, u"DO"_s));
        record.fields.append(field(FieldKey::AuthorAddress, u"Univ Porto, Porto, Portugal."_s, u"AD"_s));
        record.fields.append(field(FieldKey::AuthorAddress, u"Univ Lisbon, Lisbon, Portugal."_s, u"AD"_s));
        record.fields.append(field(FieldKey::Other, u"J Hepatol"_s, u"J2"_s));
        QList<Diagnostic> warnings;
        const QString text = writeRecords({record}, &warnings);
        QCOMPARE(text, u"FN Clarivate Analytics Web of Science\n"
                       "VR 1.0\n"
                       "PT J\n"
                       "DT Article\n"
                       "AU Macedo, D\n"
                       "   Picard, JL\n"
                       "AF Macedo, Daniela\n"
                       "   Picard, Jean-Luc\n"
                       "TI Liver metastases\n"
                       "SO ISRN Hepatology\n"
                       "PY 2013\n"
                       "BP 12\n"
                       "EP 34\n"
                       "DI 10.1155/2013/702167\n"
                       "C1 Univ Porto, Porto, Portugal.\n"
                       "   Univ Lisbon, Lisbon, Portugal.\n"
                       "JI J Hepatol\n"
                       "ER\n"
                       "\n"
                       "EF\n"_s);
        QVERIFY(warnings.isEmpty());

        const Collection back = readText(text);
        QCOMPARE(back.diagnostics.size(), 0);
        const Record &again = back.records.value(0);
        QCOMPARE(again.type, RecordType::Article);
        QCOMPARE(again.authors().size(), 2);
        for (int i = 0; i < 2; ++i)
            QVERIFY(again.authors().at(i).sameName(record.authors().at(i)));
        for (const Field &f : record.fields) {
            if (f.key != FieldKey::Other)
                QCOMPARE(again.values(f.key), record.values(f.key));
        }
    }

    void shouldWriteEachTypeSoThatItReadsBack_data()
    {
        QTest::addColumn<RecordType>("type");
        for (int type = 0; type < int(RecordType::Count); ++type)
            QTest::newRow(qPrintable(recordTypeId(RecordType(type)))) << RecordType(type);
    }

    void shouldWriteEachTypeSoThatItReadsBack()
    {
        QFETCH(RecordType, type);
        Record record;
        record.type = type;
        record.fields.append(field(FieldKey::Title, u"x"_s));
        QCOMPARE(readText(writeRecords({record})).records.value(0).type, type);
    }

    void shouldPutWhatWebOfScienceCannotHoldIntoNotes()
    {
        Record record;
        record.type = RecordType::Book;
        record.sourceFormat = u"bibtex"_s;
        record.fields.append(field(FieldKey::Title, u"A book"_s, u"title"_s));
        record.fields.append(field(FieldKey::Url, u"https://example.org"_s, u"url"_s));
        record.fields.append(field(FieldKey::Note, u"A note"_s, u"note"_s));
        record.fields.append(field(FieldKey::Other, u"arXiv:1234.5678"_s, u"eprint"_s));
        record.fields.append(field(FieldKey::Other, u"12"_s, u"M3"_s));   // WoS leaves M3 free
        record.fields.append(field(FieldKey::Other, u"x"_s, u"C3"_s));    // but C3 is its own
        record.personsRef(PersonRole::Translator).append(parsePersonName(u"Doe, John"));
        QList<Diagnostic> warnings;
        const QString text = writeRecords({record}, &warnings);
        QVERIFY(text.contains(u"N1 url: https://example.org\n"));
        QVERIFY(text.contains(u"N1 A note\n"));
        QVERIFY(text.contains(u"N1 eprint: arXiv:1234.5678\n"));
        QVERIFY(text.contains(u"N1 C3: x\n"));
        QVERIFY(text.contains(u"M3 12\n"));
        QVERIFY(text.contains(u"N1 translator: Doe, John\n"));
        QStringList fields;
        for (const Diagnostic &d : warnings) {
            QCOMPARE(d.recordIndex, 0);
            fields.append(d.field);
        }
        QCOMPARE(fields, (QStringList{u"M3"_s, u"translator"_s, u"url"_s, u"eprint"_s, u"C3"_s}));
        const Record back = readText(text).records.value(0);
        QCOMPARE(back.values(FieldKey::Note).size(), 5);
    }

    void shouldKeepTheFilesShortNamesAndHeaderInAnEditedFile()
    {
        Collection collection = readData(u"wos.ciw"_s);
        Record &record = collection.records.first();
        record.setValue(FieldKey::Title, u"Edited"_s);
        const QString text = writeRecords(collection.records);
        QVERIFY(text.startsWith(u"FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Gamernyk, RV\n   Hu, LL\n"
                                "AF Gamernyk, Roman V.\n   Hu, Linlin\nCA ATLAS Collaboration\nTI Edited\n"));
        QVERIFY(text.contains(u"CR BERCHA DM, 1997, FIZ TVERD TELA, V39, P1219\n   BRAVINA SL, 1997"));
        QVERIFY(text.endsWith(u"ER\n\nEF\n"));
        QCOMPARE(text.count(u"EF\n"), 1);
        const Collection back = readText(text);
        QCOMPARE(back.records.size(), 2);
        QCOMPARE(back.records.first(), record);
        QVERIFY(back.diagnostics.isEmpty());

        // Without the file's first and last records the header and end mark are written anew.
        const QString middle = writeRecords({collection.records.at(1), collection.records.at(0)});
        QVERIFY(middle.startsWith(u"FN Clarivate Analytics Web of Science\nVR 1.0\n\nPT S\n"));
        QVERIFY(middle.endsWith(u"ER\n\nEF\n"));
        QCOMPARE(readText(middle).records.size(), 2);
    }

    void aPtAfterABlankLineShouldStartARecordEvenAfterOneWithoutPt()
    {
        // A record without PT (here one that starts at SO, as a cut file gives) ends at a
        // blank line before the next PT; before, it took the next record in as its own.
        const QString text = u"FN Clarivate Analytics Web of Science\nVR 1.0\n"
                             "SO MIS QUARTERLY\nLA English\n\n"
                             "PT J\nAU Ostberg, C. O.\nTI Optical materials\nER\n\nEF\n"_s;
        const Collection collection = readText(text);
        QCOMPARE(collection.records.size(), 2);
        QCOMPARE(collection.records.at(0).value(FieldKey::ContainerTitle), u"MIS QUARTERLY"_s);
        QCOMPARE(collection.records.at(1).value(FieldKey::Title), u"Optical materials"_s);
        // A PT right after a tag of a record without one is still that record's (a late PT).
        const Collection late = readText(u"SO MIS QUARTERLY\nPT J\nTI Title\nER\n"_s);
        QCOMPARE(late.records.size(), 1);
    }

    void shouldLoadEveryCorpusFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("records");
        QTest::addColumn<bool>("malformed");
        QFile manifest(QStringLiteral(REFMEND_CORPUS_DIR "/MANIFEST.tsv"));
        if (!manifest.open(QIODevice::ReadOnly | QIODevice::Text))
            QSKIP("corpus not found: set REFMEND_SHARED_DIR to the folder holding corpus/");
        const QList<QByteArray> lines = manifest.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> columns = line.split('\t');
            if (columns.size() < 5 || columns.at(1) != "wos-isi")
                continue;
            const QString path = QString::fromUtf8(columns.at(0));
            QTest::newRow(qPrintable(path.section(u'/', -1)))
                    << QStringLiteral(REFMEND_CORPUS_DIR "/") + path << columns.at(4).toInt()
                    << kMalformed.contains(path);
        }
    }

    void shouldLoadEveryCorpusFile()
    {
        QFETCH(QString, path);
        QFETCH(int, records);
        QFETCH(bool, malformed);
        ReadFileOptions options;
        options.formatId = u"wos"_s;   // rispy's example_wos.ris is WoS in a .ris file
        const Collection collection = readFile(path, options);
        QVERIFY2(!collection.hasErrors(), qPrintable(diagnosticsText(collection)));
        QCOMPARE(collection.records.size(), records);
        if (malformed)
            QVERIFY(countOf(collection, Severity::Warning) > 0);
        else
            QVERIFY2(countOf(collection, Severity::Warning) == 0, qPrintable(diagnosticsText(collection)));
        for (const Record &record : collection.records) {
            QVERIFY(record.line > 0);
            QVERIFY(!record.unparsed);
            QVERIFY(!record.authors().isEmpty() || record.has(FieldKey::Title));
        }
    }

    void shouldBeFoundByContentInEveryCorpusFile_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = corpusFiles();
        if (files.isEmpty())
            QSKIP("corpus not found: set REFMEND_SHARED_DIR to the folder holding corpus/");
        for (const QString &path : files) {
            if (!path.endsWith(u"IsiImporterTestEmpty.isi"))
                QTest::newRow(qPrintable(path.section(u'/', -1))) << path;
        }
    }

    void shouldBeFoundByContentInEveryCorpusFile()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString head = QString::fromUtf8(file.read(8192));
        QString reason;
        const FormatInfo *format = FormatRegistry::instance().detect(head, path, &reason);
        QVERIFY2(format && format->id == u"wos"_s, qPrintable(reason));
    }

    void shouldWriteAnUneditedFileBackByteForByte_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = corpusFiles();
        if (files.isEmpty())
            QSKIP("corpus not found: set REFMEND_SHARED_DIR to the folder holding corpus/");
        for (const QString &path : files) {
            // Nothing to write from a file without records.
            if (!path.endsWith(u"IsiImporterTestEmpty.isi"))
                QTest::newRow(qPrintable(path.section(u'/', -1))) << path;
        }
    }

    void shouldWriteAnUneditedFileBackByteForByte()
    {
        QFETCH(QString, path);
        ReadFileOptions options;
        options.formatId = u"wos"_s;
        const Collection collection = readFile(path, options);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(writeBytes(collection.records, u"wos"_s, WriteOptions::sameAs(collection)),
                 file.readAll());
    }

    void shouldKeepUntouchedRecordsByteForByteWhenOneIsEdited_data()
    {
        shouldWriteAnUneditedFileBackByteForByte_data();
    }

    void shouldKeepUntouchedRecordsByteForByteWhenOneIsEdited()
    {
        QFETCH(QString, path);
        ReadFileOptions options;
        options.formatId = u"wos"_s;
        Collection collection = readFile(path, options);
        if (collection.records.size() < 2)
            QSKIP("fewer than two records");
        Record &edited = collection.records.first();
        edited.setValue(FieldKey::Title, u"Edited title"_s);
        const QByteArray bytes = writeBytes(collection.records, u"wos"_s, WriteOptions::sameAs(collection));
        const Collection back = readBytes(bytes, path, options);
        QCOMPARE(back.records.size(), collection.records.size());
        QCOMPARE(back.records.first().value(FieldKey::Title), u"Edited title"_s);
        for (int i = 1; i < collection.records.size(); ++i) {
            QCOMPARE(back.records.at(i).source.text().toString(),
                     collection.records.at(i).source.text().toString());
            QCOMPARE(back.records.at(i).source.before().toString(),
                     collection.records.at(i).source.before().toString());
        }
    }

    void shouldReadBackEveryCorpusRecordItRewrites_data()
    {
        shouldWriteAnUneditedFileBackByteForByte_data();
    }

    void shouldReadBackEveryCorpusRecordItRewrites()
    {
        QFETCH(QString, path);
        ReadFileOptions options;
        options.formatId = u"wos"_s;
        const Collection collection = readFile(path, options);
        QList<Record> edited = collection.records;
        for (Record &record : edited)
            record.source.fingerprint ^= 1;   // as if edited: each one is written anew
        const QByteArray bytes = writeBytes(edited, u"wos"_s, WriteOptions::sameAs(collection));
        const Collection back = readBytes(bytes, path, options);
        QCOMPARE(back.records.size(), collection.records.size());
        for (int i = 0; i < collection.records.size(); ++i) {
            if (back.records.at(i) != collection.records.at(i))
                QCOMPARE(describe(back.records.at(i)), describe(collection.records.at(i)));
        }
    }
};

QTEST_GUILESS_MAIN(Tst_Wos)
#include "tst_wos.moc"
