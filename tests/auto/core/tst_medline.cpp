// MEDLINE / PubMed (.nbib): reading, writing, and the corpus read, written and read back.
#include "formats/fileio.h"
#include "formats/formatregistry.h"
#include "formats/medlinereader.h"
#include "formats/medlinewriter.h"
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
    MedlineReader().read(text, collection);
    return collection;
}

Collection readData(const QString &name)
{
    ReadFileOptions options;
    options.formatId = u"medline"_s;
    return readFile(QStringLiteral(REFMEND_TEST_DATA_DIR "/medline/") + name, options);
}

QString writeRecords(const QList<Record> &records, QList<Diagnostic> *warnings = nullptr)
{
    return MedlineWriter().write(records, WriteOptions(), warnings);
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

QStringList otherValues(const Record &record, const QString &tag)
{
    QStringList values;
    for (const Field &f : record.fields) {
        if (f.key == FieldKey::Other && f.tag == tag)
            values.append(f.value);
    }
    return values;
}

QStringList corpusFiles()
{
    QStringList files;
    const QDir corpus(QStringLiteral(REFMEND_CORPUS_DIR "/medline"));
    for (const QString &name : corpus.entryList(QDir::Files, QDir::Name))
        files.append(corpus.filePath(name));
    return files;
}

// MANIFEST.tsv counts PMID lines; this file also holds two records without a PMID (one
// starts with PMC, one with PMCR), each set apart by blank lines like the others.
const QHash<QString, int> kCountedByHand = {
    {u"medline/jabref__MedlinePlainImporterTestMultipleEntries.txt"_s, 7},
};

// Files with lines that are not MEDLINE: each must give a diagnostic.
const QStringList kMalformed = {
    u"medline/jabref__MedlinePlainImporterStringOutOfBounds.txt"_s,     // "SO  invalid line"
    u"medline/jabref__MedlinePlainImporterTestMultipleEntries.txt"_s,   // prose between records
};

} // namespace

class Tst_Medline : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadAPubMedRecord()
    {
        const Collection collection = readData(u"pubmed.nbib"_s);
        QVERIFY2(countOf(collection, Severity::Warning) == 0, qPrintable(diagnosticsText(collection)));
        QCOMPARE(collection.formatId, u"medline"_s);
        QCOMPARE(collection.records.size(), 2);
        const Record &record = collection.records.first();
        QCOMPARE(record.sourceFormat, u"medline"_s);
        QCOMPARE(record.line, 1);
        QCOMPARE(record.type, RecordType::Article);
        QCOMPARE(record.sourceType, u"Journal Article"_s);
        QCOMPARE(otherValues(record, u"PT"_s), (QStringList{u"Meta-Analysis"_s, u"Review"_s}));
        // Continuation lines join with one space.
        QCOMPARE(record.value(FieldKey::Title),
                 u"Impact of balloon guide catheter on technical and clinical outcomes: a systematic review and meta-analysis."_s);
        QCOMPARE(record.value(FieldKey::ContainerTitle), u"Journal of neurointerventional surgery"_s);
        QCOMPARE(record.value(FieldKey::Date), u"2018 Apr"_s);
        QCOMPARE(record.year(), u"2018"_s);
        QCOMPARE(record.value(FieldKey::Volume), u"10"_s);
        QCOMPARE(record.value(FieldKey::Issue), u"4"_s);
        QCOMPARE(record.value(FieldKey::Pages), u"335-339"_s);
        QCOMPARE(record.value(FieldKey::AccessionNumber), u"28754806"_s);
        QCOMPARE(record.value(FieldKey::Language), u"eng"_s);
        QCOMPARE(record.values(FieldKey::Keywords),
                 (QStringList{u"Brain Ischemia/diagnostic imaging/*surgery"_s, u"mechanical thrombectomy"_s}));
        QCOMPARE(record.values(FieldKey::AuthorAddress).size(), 3);
        QCOMPARE(record.values(FieldKey::AuthorAddress).last(),
                 u"Department of Neuroradiology, Toronto Western Hospital, University of Toronto, Toronto, Ontario, Canada."_s);
        QCOMPARE(otherValues(record, u"TA"_s), QStringList{u"J Neurointerv Surg"_s});
        QCOMPARE(otherValues(record, u"LID"_s), QStringList{u"10.1136/neurintsurg-2017-013179 [doi]"_s});
    }

    void shouldReadFullAndShortNamesAsOnePerson()
    {
        const Record record = readData(u"pubmed.nbib"_s).records.value(0);
        const PersonList &authors = record.authors();
        QCOMPARE(authors.size(), 3);   // FAU+AU, FAU+AU, CN
        QCOMPARE(authors.at(0).raw, u"Brinjikji, Waleed"_s);
        QCOMPARE(authors.at(0).given, u"Waleed"_s);
        QCOMPARE(authors.at(0).line, 14);
        QCOMPARE(authors.at(1).family, u"Sun"_s);
        QCOMPARE(authors.at(1).raw, u"Sun, Chung-Huan J"_s);
        QVERIFY(authors.at(2).isLiteral());
        QCOMPARE(authors.at(2).literal, u"HERMES Collaborators"_s);
        // The short forms are no fields of their own either.
        QVERIFY(otherValues(record, u"AU"_s).isEmpty());

        const Collection shortOnly = readData(u"au-only.nbib"_s);
        QCOMPARE(shortOnly.records.size(), 1);
        const PersonList names = shortOnly.records.at(0).authors();
        QCOMPARE(names.size(), 2);
        QCOMPARE(names.at(0).given, u"Tom"_s);
        QCOMPARE(names.at(1).family, u"Brinjikji"_s);
        QCOMPARE(names.at(1).given, u"W"_s);   // as written; the names clean-up adds the dot
    }

    void shouldTakeTheDoiFromTheArticleIds()
    {
        const Record record = readData(u"pubmed.nbib"_s).records.value(0);
        QCOMPARE(record.values(FieldKey::Doi), QStringList{u"10.1136/neurintsurg-2017-013179"_s});
        QCOMPARE(record.fields.at(record.indexOf(FieldKey::Doi)).tag, u"AID"_s);
        QCOMPARE(otherValues(record, u"AID"_s), QStringList{u"neurintsurg-2017-013179 [pii]"_s});

        const Record eric = readData(u"au-only.nbib"_s).records.value(0);
        QVERIFY(!eric.has(FieldKey::Doi));   // a URL, not "[doi]"
        QCOMPARE(otherValues(eric, u"AID"_s), QStringList{u"http://dx.doi.org/10.1000/123456789"_s});
        QCOMPARE(eric.type, RecordType::Article);   // ERIC's "Journal Articles"
    }

    void shouldTypeARecordByItsFirstPublicationTypeWithOne()
    {
        const Record record = readData(u"pubmed.nbib"_s).records.value(1);
        QCOMPARE(record.sourceType, u"Historical Article"_s);
        QCOMPARE(record.type, RecordType::Article);
        QCOMPARE(otherValues(record, u"PMC"_s), QStringList{u"PMC4513071"_s});
    }

    void shouldReadCrlfAndBomFilesThroughFileIo()
    {
        const Collection collection = readData(u"crlf-bom.nbib"_s);
        QVERIFY2(!collection.hasErrors(), qPrintable(diagnosticsText(collection)));
        QVERIFY(collection.hadBom);
        QCOMPARE(collection.lineEnding, LineEnding::CrLf);
        QCOMPARE(collection.records.size(), 2);
        QCOMPARE(collection.records.at(0).value(FieldKey::Title), u"CRLF record with a continuation line."_s);
        QCOMPARE(collection.records.at(0).authors().value(0).raw, u"Müller, Jürgen"_s);
        QCOMPARE(collection.records.at(1).line, 8);
    }

    void shouldReadLinesThatBendTheFormatWithWarnings()
    {
        const Collection collection = readData(u"invalid-lines.nbib"_s);
        QCOMPARE(collection.records.size(), 2);
        const Record &record = collection.records.at(0);
        QCOMPARE(record.value(FieldKey::AccessionNumber), u"22664220"_s);   // "PMID-22664220"
        QCOMPARE(record.value(FieldKey::Title), u"No space after the dash"_s);
        QCOMPARE(record.value(FieldKey::Doi), u"10.1016/j.cpr.2005.02.002"_s);
        QCOMPARE(otherValues(record, u"SO"_s).value(0),
                 u"invalid line a line that is neither a tag nor indented"_s);
        QCOMPARE(record.type, RecordType::Report);
        QVERIFY(findDiagnostic(collection, u"no '-' after its tag"));
        const Diagnostic *prose = findDiagnostic(collection, u"neither a tag nor indented");
        QVERIFY(prose);
        QCOMPARE(prose->line, 3);
        QCOMPARE(prose->recordIndex, 0);
        const Diagnostic *split = findDiagnostic(collection, u"no blank line before this PMID");
        QVERIFY(split);
        QCOMPARE(collection.records.at(1).line, 7);
        QCOMPARE(collection.records.at(1).value(FieldKey::Title), u"A second record with no blank line before it"_s);
        QCOMPARE(countOf(collection, Severity::Error), 0);
    }

    void shouldBeChosenByContent_data()
    {
        QTest::addColumn<QString>("head");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("PubMed .txt") << u"\nPMID- 123\nOWN - NLM\nTI  - x\n"_s << u"pubmed-export.txt"_s;
        QTest::newRow("nbib without PMID") << u"TI  - x\nFAU - Doe, Jane\nAU  - Doe J\nJT  - J\n"_s << u"x.ris"_s;
        QTest::newRow("ERIC") << u"\nOWN - ERIC\nTI  - Paper title\n"_s << u"eric.txt"_s;
    }

    void shouldBeChosenByContent()
    {
        QFETCH(QString, head);
        QFETCH(QString, fileName);
        QString reason;
        const FormatInfo *format = FormatRegistry::instance().detect(head, fileName, &reason);
        QVERIFY2(format, qPrintable(reason));
        QCOMPARE(format->id, u"medline"_s);
        QCOMPARE(FormatRegistry::instance().find(u"nbib")->id, u"medline"_s);
        QCOMPARE(FormatRegistry::instance().forExtension(u"nbib")->id, u"medline"_s);
    }

    void shouldWriteTheMedlineForm()
    {
        Record record;
        record.type = RecordType::Article;
        record.sourceFormat = u"ris"_s;
        record.personsRef(PersonRole::Author).append(parsePersonName(u"Macedo, Daniela"));
        record.personsRef(PersonRole::Author).append(parsePersonName(u"Jean-Luc van der Berg Jr."));
        Person group;
        group.literal = u"World Health Organization"_s;
        group.raw = group.literal;
        record.personsRef(PersonRole::Author).append(group);
        record.fields.append(field(FieldKey::AccessionNumber, u"12345"_s, u"AN"_s));
        record.fields.append(field(FieldKey::Title, u"Liver metastases"_s, u"TI"_s));
        record.fields.append(field(FieldKey::ContainerTitle, u"ISRN Hepatology"_s, u"T2"_s));
        record.fields.append(field(FieldKey::Year, u"2013"_s, u"PY"_s));
        record.fields.append(field(FieldKey::Volume, u"7"_s, u"VL"_s));
        record.fields.append(field(FieldKey::Pages, u"12-34"_s, u"SP"_s));
        record.fields.append(field(FieldKey::Doi, u"10.1155/2013/702167"_s, u"DO"_s));
        record.fields.append(field(FieldKey::Abstract, u"Neuroendocrine tumors comprise a heterogeneous group of malignancies "
                                                       "that arise from neuroendocrine cells throughout the body."_s, u"AB"_s));
        QList<Diagnostic> warnings;
        const QString text = writeRecords({record}, &warnings);
        QCOMPARE(text, u"PMID- 12345\n"
                       "FAU - Macedo, Daniela\n"
                       "AU  - Macedo D\n"
                       "FAU - van der Berg, Jean-Luc, Jr.\n"
                       "AU  - van der Berg JL Jr\n"
                       "CN  - World Health Organization\n"
                       "TI  - Liver metastases\n"
                       "JT  - ISRN Hepatology\n"
                       "DP  - 2013\n"
                       "VI  - 7\n"
                       "PG  - 12-34\n"
                       "AID - 10.1155/2013/702167 [doi]\n"
                       "AB  - Neuroendocrine tumors comprise a heterogeneous group of malignancies that arise\n"
                       "      from neuroendocrine cells throughout the body.\n"
                       "PT  - Journal Article\n"_s);
        QVERIFY(warnings.isEmpty());

        const Collection back = readText(text);
        QCOMPARE(back.diagnostics.size(), 0);
        const Record &again = back.records.value(0);
        QCOMPARE(again.type, RecordType::Article);
        QCOMPARE(again.authors().size(), 3);
        for (int i = 0; i < 3; ++i)
            QVERIFY(again.authors().at(i).sameName(record.authors().at(i)));
        for (const Field &f : record.fields) {
            if (f.key != FieldKey::Year)
                QCOMPARE(again.values(f.key), record.values(f.key));
        }
        QCOMPARE(again.year(), u"2013"_s);
    }

    void shouldWriteOneDateThatKeepsTheYear_data()
    {
        QTest::addColumn<QString>("year");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("written");
        QTest::newRow("year only") << u"2013"_s << QString() << u"DP  - 2013\n"_s;
        QTest::newRow("date only") << QString() << u"2013 May 12"_s << u"DP  - 2013 May 12\n"_s;
        QTest::newRow("year and its date") << u"2013"_s << u"2013/05/12"_s << u"DP  - 2013/05/12\n"_s;
        QTest::newRow("date without a year (WoS PD)") << u"2006"_s << u"JUN 14"_s << u"DP  - 2006 JUN 14\n"_s;
        QTest::newRow("date of another year")
                << u"2004"_s << u"2006-02-15"_s << u"DP  - 2004\nPT  - Journal Article\nGN  - date: 2006-02-15\n"_s;
    }

    void shouldWriteOneDateThatKeepsTheYear()
    {
        QFETCH(QString, year);
        QFETCH(QString, date);
        QFETCH(QString, written);
        Record record;
        record.type = RecordType::Article;
        record.sourceFormat = u"wos"_s;
        if (!year.isEmpty())
            record.fields.append(field(FieldKey::Year, year, u"PY"_s));
        if (!date.isEmpty())
            record.fields.append(field(FieldKey::Date, date, QString()));
        const QString text = writeRecords({record});
        QVERIFY2(text.startsWith(written), qPrintable(text));
        QCOMPARE(readText(text).records.value(0).year(), record.year());
    }

    void shouldPutWhatMedlineCannotHoldIntoGeneralNotes()
    {
        Record record;
        record.type = RecordType::Book;
        record.sourceFormat = u"bibtex"_s;
        record.fields.append(field(FieldKey::Title, u"A book"_s, u"title"_s));
        record.fields.append(field(FieldKey::Url, u"https://example.org"_s, u"url"_s));
        record.fields.append(field(FieldKey::Other, u"arXiv:1234.5678"_s, u"eprint"_s));
        record.fields.append(field(FieldKey::AccessionNumber, u"WOS:000123"_s, u"AN"_s));
        record.fields.append(field(FieldKey::Abstract, u"Line one.\nLine two."_s, u"abstract"_s));
        record.personsRef(PersonRole::Translator).append(parsePersonName(u"Doe, John"));
        QList<Diagnostic> warnings;
        const QString text = writeRecords({record}, &warnings);
        QVERIFY(text.contains(u"GN  - url: https://example.org\n"));
        QVERIFY(text.contains(u"GN  - eprint: arXiv:1234.5678\n"));
        QVERIFY(text.contains(u"GN  - AN: WOS:000123\n"));
        QVERIFY(text.contains(u"GN  - translator: Doe, John\n"));
        QVERIFY(text.contains(u"AB  - Line one. Line two.\n"));
        QVERIFY(text.contains(u"PT  - Book\n"));
        QStringList fields;
        for (const Diagnostic &d : warnings) {
            QCOMPARE(d.recordIndex, 0);
            if (!d.field.isEmpty())
                fields.append(d.field);
        }
        QCOMPARE(fields, (QStringList{u"translator"_s, u"url"_s, u"eprint"_s, u"AN"_s}));
        QCOMPARE(warnings.size(), 5);   // and the line break of the abstract
        QCOMPARE(readText(text).records.value(0).values(FieldKey::Note).size(), 4);
    }

    void shouldKeepTheFilesShortNamesInAnEditedRecord()
    {
        Collection collection = readData(u"pubmed.nbib"_s);
        Record &record = collection.records.first();
        record.setValue(FieldKey::Title, u"Edited"_s);
        const QString text = writeRecords(collection.records);
        // The NLM's own short form, not the one RefMend would make ("Sun CHJ").
        QVERIFY(text.contains(u"FAU - Sun, Chung-Huan J\nAU  - Sun CJ\n"));
        QVERIFY(text.contains(u"FAU - Brinjikji, Waleed\nAU  - Brinjikji W\nAD  - Department of Radiology"));
        QVERIFY(text.contains(u"PT  - Journal Article\nPT  - Meta-Analysis\nPT  - Review\n"));
        QVERIFY(text.contains(u"TI  - Edited\n"));
        QVERIFY(text.contains(u"CN  - HERMES Collaborators\n"));
        // The untouched record comes after a blank line, as it was.
        QVERIFY(text.endsWith(collection.records.at(1).source.before().toString()
                              + collection.records.at(1).source.text().toString()));
        const Collection back = readText(text);
        QCOMPARE(back.records.size(), 2);
        QCOMPARE(back.records.first(), record);
    }

    // A line that ends in a lone CR, then an LF: the two are one line end. A record copied
    // as it was read, whose last line ends that way, must still be set apart from the next
    // one (the fuzzer's medline input: the two records were read back as one).
    void shouldSetRecordsApartAfterALastLineEndingInALoneCr()
    {
        const Collection collection = readText(u"PMID- 1\nTI  - First\r \nPMID- 2\nTI  - Second\n"_s);
        QCOMPARE(collection.records.size(), 2);
        QVERIFY(collection.records.first().source.text().endsWith(u"First\r"));

        // Followed by a record from elsewhere.
        Record added;
        added.setValue(FieldKey::Title, u"Added"_s);
        QString text = writeRecords({collection.records.first(), added});
        QVERIFY2(text.startsWith(u"PMID- 1\nTI  - First\r\n\n"_s), qPrintable(text));
        Collection back = readText(text);
        QCOMPARE(back.records.size(), 2);
        QCOMPARE(back.records.at(1).value(FieldKey::Title), u"Added"_s);

        // Followed by a record of its own file moved after it, whose gap begins with an LF.
        const Collection gapped = readText(u"PMID- 3\nTI  - Third\n\nPMID- 4\nTI  - Fourth\n"_s);
        QVERIFY(gapped.records.at(1).source.before().startsWith(u'\n'));
        text = writeRecords({collection.records.first(), gapped.records.at(1)});
        back = readText(text);
        QCOMPARE(back.records.size(), 2);
        QCOMPARE(back.records.at(1).value(FieldKey::Title), u"Fourth"_s);
        QVERIFY2(text.endsWith(u"\nPMID- 4\nTI  - Fourth\n"_s), qPrintable(text));   // copied as it was
    }

    // A long value wraps at single spaces; never so that a line holds only spaces of other
    // kinds (no-break spaces), which the reader takes for the blank line that ends a record.
    void shouldNotWrapALineOfNoBreakSpaces()
    {
        Record record;
        record.setValue(FieldKey::Title, u"Title"_s);
        record.setValue(FieldKey::Abstract, u"Start"_s + QString(u"\u00a0 "_s).repeated(100) + u"end"_s);
        record.setValue(FieldKey::Note, QString(u"word "_s).repeated(40).trimmed());
        const QString text = writeRecords({record});
        const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines)
            QVERIFY2(!line.trimmed().isEmpty(), qPrintable(text));
        QVERIFY(text.contains(u"\n      word word"));   // plain spaces still wrap
        const Collection back = readText(text);
        QCOMPARE(back.records.size(), 1);
        QCOMPARE(back.records.first().value(FieldKey::Abstract), record.value(FieldKey::Abstract));
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
            if (columns.size() < 5 || columns.at(1) != "medline")
                continue;
            const QString path = QString::fromUtf8(columns.at(0));
            QTest::newRow(qPrintable(path.section(u'/', -1)))
                    << QStringLiteral(REFMEND_CORPUS_DIR "/") + path
                    << kCountedByHand.value(path, columns.at(4).toInt()) << kMalformed.contains(path);
        }
    }

    void shouldLoadEveryCorpusFile()
    {
        QFETCH(QString, path);
        QFETCH(int, records);
        QFETCH(bool, malformed);
        const Collection collection = readFile(path);
        QCOMPARE(collection.formatId, u"medline"_s);
        QVERIFY2(!collection.hasErrors(), qPrintable(diagnosticsText(collection)));
        QCOMPARE(collection.records.size(), records);
        if (malformed)
            QVERIFY(!collection.diagnostics.isEmpty());
        else
            QVERIFY2(countOf(collection, Severity::Warning) == 0, qPrintable(diagnosticsText(collection)));
        for (const Record &record : collection.records) {
            QVERIFY(record.line > 0);
            QVERIFY(!record.unparsed);
        }
    }

    void shouldWriteAnUneditedFileBackByteForByte_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = corpusFiles();
        if (files.isEmpty())
            QSKIP("corpus not found: set REFMEND_SHARED_DIR to the folder holding corpus/");
        for (const QString &path : files)
            QTest::newRow(qPrintable(path.section(u'/', -1))) << path;
    }

    void shouldWriteAnUneditedFileBackByteForByte()
    {
        QFETCH(QString, path);
        const Collection collection = readFile(path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(writeBytes(collection.records, u"medline"_s, WriteOptions::sameAs(collection)),
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
        Collection collection = readFile(path);
        if (collection.records.size() < 2)
            QSKIP("fewer than two records");
        Record &edited = collection.records.first();
        edited.setValue(FieldKey::Title, u"Edited title"_s);
        const QByteArray bytes = writeBytes(collection.records, u"medline"_s, WriteOptions::sameAs(collection));
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
        const Collection collection = readFile(path);
        QList<Record> edited = collection.records;
        for (Record &record : edited)
            record.source.fingerprint ^= 1;   // as if edited: each one is written anew
        const QByteArray bytes = writeBytes(edited, u"medline"_s, WriteOptions::sameAs(collection));
        const Collection back = readBytes(bytes, path);
        QCOMPARE(back.records.size(), collection.records.size());
        for (int i = 0; i < collection.records.size(); ++i) {
            if (back.records.at(i) != collection.records.at(i))
                QCOMPARE(describe(back.records.at(i)), describe(collection.records.at(i)));
        }
    }
};

QTEST_GUILESS_MAIN(Tst_Medline)
#include "tst_medline.moc"
