// RIS reading: the tag set and its dialects, the quirks of real exports, and the corpus.
#include "formats/fileio.h"
#include "formats/formatregistry.h"
#include "formats/risreader.h"
#include "formats/riswriter.h"
#include "model/collection.h"

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

Collection readData(const QString &name)
{
    ReadFileOptions options;
    options.formatId = u"ris"_s;
    return readFile(QStringLiteral(REFMEND_TEST_DATA_DIR "/ris/") + name, options);
}

QStringList families(const PersonList &persons)
{
    QStringList result;
    for (const Person &person : persons)
        result.append(person.family);
    return result;
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

// MANIFEST.tsv counts records by their TY lines. Where the file holds records without one,
// the count established by reading the file by hand is used instead.
const QHash<QString, int> kCountedByHand = {
    // One record with every field but TY, closed by ER: read (best effort) with a warning.
    {u"ris/jabref__RisImporterCorrupted.ris"_s, 1},
};

// Files MANIFEST (or a look at them) marks as malformed: each must give a diagnostic.
const QStringList kMalformed = {
    u"ris/jabref__RisImporterCorrupted.ris"_s,                       // no TY
    u"ris/jabref__RisImporterTest1.ris"_s,                           // 11 TY, 1 ER
    u"ris/asreview__baseline_tag_and_field_definitions.ris"_s,       // a tag after ER
    u"ris/colrev__ris_data.ris"_s,                                   // a record without ER
    u"ris/asreview__faulty_year.ris"_s,                              // PY "10 15"
};

} // namespace

class Tst_RisReader : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadTheDialectsOfEachExporter_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<RecordType>("type");
        QTest::addColumn<QStringList>("authors");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("container");
        QTest::addColumn<QString>("year");
        QTest::addColumn<QString>("pages");
        QTest::addColumn<QString>("doi");

        QTest::newRow("EndNote") << u"endnote.ris"_s << RecordType::Article
                                 << QStringList{u"Macedo"_s, u"Amaral"_s}
                                 << u"The treatment of liver metastases in patients with neuroendocrine tumors"_s
                                 << u"ISRN Hepatology"_s << u"2013"_s << u"702167-702176"_s
                                 << u"10.1155/2013/702167"_s;
        QTest::newRow("Zotero") << u"zotero.ris"_s << RecordType::Chapter << QStringList{u"Smith"_s}
                                << u"A chapter title"_s << u"The book title"_s << u"2013"_s
                                << u"12-34"_s << QString();
        QTest::newRow("Mendeley") << u"mendeley.ris"_s << RecordType::Article
                                  << QStringList{u"Shannon"_s}
                                  << u"A mathematical theory of communication"_s
                                  << u"Bell System Technical Journal"_s << u"1948"_s
                                  << u"379-423"_s << u"10.1002/j.1538-7305.1948.tb01338.x"_s;
        QTest::newRow("RefWorks") << u"refworks.ris"_s << RecordType::Article
                                  << QStringList{u"Harrison"_s}
                                  << u"Editorial: open source and empirical software engineering"_s
                                  << u"Empirical Software Engineering"_s << u"2001"_s
                                  << u"193-194"_s << QString();
        QTest::newRow("PubMed") << u"pubmed.ris"_s << RecordType::Article
                                << QStringList{u"Brinjikji"_s, u"Pereira"_s}
                                << u"Impact of balloon guide catheter on technical and clinical outcomes: a systematic review and meta-analysis"_s
                                << u"Journal of neurointerventional surgery"_s << u"2018"_s
                                << u"335-339"_s << u"10.1136/neurintsurg-2017-013179"_s;
        QTest::newRow("Scopus") << u"scopus.ris"_s << RecordType::ConferencePaper
                                << QStringList{u"Li"_s, u"Wang"_s}
                                << u"Deep learning for citation parsing"_s
                                << u"Proceedings of the Conference on Digital Libraries"_s
                                << u"2020"_s << u"100-110"_s << u"10.1145/1234567.1234568"_s;
        QTest::newRow("Web of Science") << u"wos.ris"_s << RecordType::Article
                                        << QStringList{u"Gamernyk"_s, u"Gnatenko"_s}
                                        << u"Optical and photoelectric spectroscopy of photorefractive Sn2P2S6 crystals"_s
                                        << u"JOURNAL OF PHYSICS-CONDENSED MATTER"_s << u"2006"_s
                                        << u"5323-5331"_s << u"10.1088/0953-8984/18/23/006"_s;
    }

    void shouldReadTheDialectsOfEachExporter()
    {
        QFETCH(QString, file);
        QFETCH(RecordType, type);
        QFETCH(QStringList, authors);
        QFETCH(QString, title);
        QFETCH(QString, container);
        QFETCH(QString, year);
        QFETCH(QString, pages);
        QFETCH(QString, doi);

        const Collection collection = readData(file);
        QCOMPARE(collection.formatId, u"ris"_s);
        QCOMPARE(countOf(collection, Severity::Error), 0);
        QCOMPARE(countOf(collection, Severity::Warning), 0);
        QCOMPARE(collection.records.size(), 1);
        const Record &record = collection.records.first();
        QCOMPARE(record.sourceFormat, u"ris"_s);
        QCOMPARE(record.type, type);
        QCOMPARE(families(record.authors()), authors);
        QCOMPARE(record.value(FieldKey::Title), title);
        QCOMPARE(record.value(FieldKey::ContainerTitle), container);
        QCOMPARE(record.year(), year);
        QCOMPARE(record.value(FieldKey::Pages), pages);
        QCOMPARE(record.value(FieldKey::Doi), doi);
        QCOMPARE(record.line, 1);
    }

    void shouldKeepTheTagsAndTheTypeAsWritten()
    {
        const Record record = readData(u"zotero.ris"_s).records.value(0);
        QCOMPARE(record.sourceType, u"CHAP"_s);
        QCOMPARE(record.persons(PersonRole::Editor).value(0).raw, u"Doe, Jane"_s);
        QCOMPARE(record.value(FieldKey::SeriesTitle), u"The series title"_s);
        QCOMPARE(record.value(FieldKey::Date), u"2013/05/12/"_s);
        QCOMPARE(record.value(FieldKey::PublisherPlace), u"Lisbon"_s);
        // Tags RefMend has no key for stay under their tag.
        const int accessed = record.indexOf(FieldKey::Other, u"Y2");
        QVERIFY(accessed >= 0);
        QCOMPARE(record.fields.at(accessed).value, u"2020/01/01/12:00:00"_s);
        QVERIFY(record.indexOf(FieldKey::Other, u"L1") >= 0);
        // SP and EP made one field, at SP's place.
        const int pages = record.indexOf(FieldKey::Pages);
        QCOMPARE(record.fields.at(pages).tag, u"SP"_s);
        QCOMPARE(record.fields.at(pages).line, 10);
        QCOMPARE(record.fields.at(pages).column, 7);

        const Record refworks = readData(u"refworks.ris"_s).records.value(0);
        QCOMPARE(refworks.value(FieldKey::Year), u"2001/09/01/");   // Y1 as written
        QCOMPARE(refworks.fields.at(refworks.indexOf(FieldKey::Year)).tag, u"Y1"_s);
        QCOMPARE(refworks.authors().value(0).raw, u"Harrison,Warren"_s);
        QCOMPARE(refworks.authors().value(0).given, u"Warren"_s);
    }

    void shouldReadTagsWithOneSpaceTabsOrNothingAfterTheDash()
    {
        const Collection collection = readData(u"one-space.ris"_s);
        QVERIFY2(countOf(collection, Severity::Warning) == 0, qPrintable(diagnosticsText(collection)));
        QCOMPARE(collection.records.size(), 1);
        const Record &record = collection.records.first();
        QCOMPARE(record.type, RecordType::Article);
        QCOMPARE(families(record.authors()), (QStringList{u"Castoe"_s, u"Poole"_s}));
        QCOMPARE(record.value(FieldKey::ContainerTitle), u"Molecular Ecology Resources"_s);
        QCOMPARE(record.fields.at(record.indexOf(FieldKey::Other, u"ID")).value, u"3"_s);
        // "ER -" with no line end closes the record and the file.
        QCOMPARE(record.source.text().toString().right(4), u"ER -"_s);
    }

    void shouldJoinLinesWithoutATagToTheFieldBefore()
    {
        const Collection collection = readData(u"continuation.ris"_s);
        QVERIFY2(countOf(collection, Severity::Warning) == 0, qPrintable(diagnosticsText(collection)));
        const Record &record = collection.records.value(0);
        QCOMPARE(record.value(FieldKey::Title), u"A title that goes on\n      over two lines"_s);
        // A blank line inside a field is kept when the field goes on after it.
        QCOMPARE(record.value(FieldKey::Abstract),
                 u"First paragraph of the abstract,\nwhich continues here.\n\nSecond paragraph after a blank line."_s);
        // KW and the name tags take one item per line.
        QCOMPARE(record.values(FieldKey::Keywords),
                 (QStringList{u"first keyword"_s, u"second keyword"_s, u"third keyword"_s}));
        QCOMPARE(families(record.authors()), (QStringList{u"Harrison"_s, u"Levenshtein"_s}));
        QCOMPARE(record.authors().at(1).line, 12);
        QCOMPARE(record.value(FieldKey::Note), u"first line\n      * second line"_s);
    }

    void shouldReadARecordWithoutTypeAsGenericWithAWarning()
    {
        const Collection collection = readData(u"no-type.ris"_s);
        QCOMPARE(collection.records.size(), 1);
        const Record &record = collection.records.first();
        QCOMPARE(record.type, RecordType::Generic);
        QVERIFY(record.sourceType.isEmpty());
        QVERIFY(!record.unparsed);
        QCOMPARE(record.value(FieldKey::ContainerTitle), u"Empirical Software Engineering"_s);
        QCOMPARE(record.authors().size(), 1);
        const Diagnostic *warning = findDiagnostic(collection, u"no TY");
        QVERIFY2(warning, qPrintable(diagnosticsText(collection)));
        QCOMPARE(warning->severity, Severity::Warning);
        QCOMPARE(warning->recordIndex, 0);
        QCOMPARE(warning->line, 1);
    }

    void shouldKeepARecordThatNeverGetsItsEnd()
    {
        const Collection collection = readData(u"no-end.ris"_s);
        QCOMPARE(collection.records.size(), 2);
        QCOMPARE(collection.records.at(0).value(FieldKey::Title), u"First, closed by the next TY"_s);
        QCOMPARE(collection.records.at(1).value(FieldKey::Title), u"Second, closed by the end of the file"_s);
        QCOMPARE(collection.records.at(1).type, RecordType::Book);
        const Diagnostic *byType = findDiagnostic(collection, u"ends where the next TY begins");
        QVERIFY(byType);
        QCOMPARE(byType->recordIndex, 0);
        const Diagnostic *atEnd = findDiagnostic(collection, u"no ER at the end");
        QVERIFY(atEnd);
        QCOMPARE(atEnd->recordIndex, 1);
        QCOMPARE(atEnd->severity, Severity::Warning);
        // The blank line between them is text between records, not part of either.
        QCOMPARE(collection.records.at(1).source.before().toString(), u"\n"_s);
    }

    void shouldLeaveRecordNumbersAndExportHeadersBetweenRecords()
    {
        const Collection collection = readData(u"numbered.ris"_s);
        QCOMPARE(collection.records.size(), 3);
        QCOMPARE(collection.records.at(1).value(FieldKey::Title), u"Numbered on the TY line"_s);
        QCOMPARE(collection.records.at(1).source.before().toString(), u"\n2. "_s);
        QVERIFY(collection.records.at(1).source.text().startsWith(u"TY  - JOUR"));
        QCOMPARE(collection.records.at(0).source.before().toString(),
                 u"Record #1 of 3\nProvider: Example\n1.\n"_s);
        QCOMPARE(collection.records.at(2).line, 13);
        // Headers are noted once; record numbers are expected and not.
        QCOMPARE(countOf(collection, Severity::Info), 1);
        QCOMPARE(countOf(collection, Severity::Warning), 0);
    }

    void shouldReadTheSameRecordsWhateverTheLineEndings_data()
    {
        QTest::addColumn<QString>("text");
        const QString lf = u"TY  - BOOK\nAU  - Doe, Jane\nTI  - Title\nAB  - one\ntwo\nER  - \n\nTY  - RPRT\nTI  - Second\nER  - \n"_s;
        QTest::newRow("LF") << lf;
        QTest::newRow("CRLF") << QString(lf).replace(u"\n"_s, u"\r\n"_s);
        QTest::newRow("lone CR") << QString(lf).replace(u'\n', u'\r');
        QTest::newRow("BOM character") << QChar(0xFEFF) + lf;
        QTest::newRow("BOM inside, from joined files")
                << u"TY  - BOOK\nAU  - Doe, Jane\nTI  - Title\nAB  - one\ntwo\nER  - \n\n\uFEFFTY  - RPRT\nTI  - Second\nER  - \n"_s;
    }

    void shouldReadTheSameRecordsWhateverTheLineEndings()
    {
        QFETCH(QString, text);
        const Collection collection = readText(text);
        QCOMPARE(collection.diagnostics.size(), 0);
        QCOMPARE(collection.records.size(), 2);
        const Record &book = collection.records.at(0);
        QCOMPARE(book.type, RecordType::Book);
        QCOMPARE(book.authors().size(), 1);
        QCOMPARE(book.value(FieldKey::Abstract), u"one\ntwo"_s);
        QCOMPARE(book.fields.at(book.indexOf(FieldKey::Title)).line, 3);
        QCOMPARE(collection.records.at(1).line, 8);
        QCOMPARE(collection.records.at(1).type, RecordType::Report);
    }

    void shouldReadCrlfAndBomFilesThroughFileIo()
    {
        const Collection collection = readData(u"crlf-bom.ris"_s);
        QVERIFY2(!collection.hasErrors(), qPrintable(diagnosticsText(collection)));
        QVERIFY(collection.hadBom);
        QCOMPARE(collection.lineEnding, LineEnding::CrLf);
        QCOMPARE(collection.records.size(), 2);
        QCOMPARE(collection.records.at(0).authors().value(0).raw, u"Müller, Jürgen"_s);
        QCOMPARE(collection.records.at(0).value(FieldKey::Abstract), u"line one\nline two"_s);
        QVERIFY(collection.records.at(0).source.text().endsWith(u"ER  - \r\n"));
    }

    void shouldKeepUnknownTagsVerbatim()
    {
        const Collection collection = readData(u"unknown-tags.ris"_s);
        QCOMPARE(countOf(collection, Severity::Warning), 0);
        const Record &record = collection.records.value(0);
        QStringList tags;
        for (const Field &field : record.fields) {
            if (field.key == FieldKey::Other)
                tags.append(field.tag + u'=' + field.value);
        }
        QCOMPARE(tags, (QStringList{u"M3=Type of work"_s, u"C1=Custom one"_s,
                                    u"XY=A tag nobody defines"_s, u"Y2=2020/01/01"_s}));
    }

    void shouldGiveOvidsTagAfterErToTheRecordBefore()
    {
        const Collection collection = readData(u"ovid.ris"_s);
        QCOMPARE(collection.records.size(), 2);
        const Record &first = collection.records.at(0);
        QCOMPARE(first.fields.at(first.indexOf(FieldKey::Other, u"NL")).value, u"Clin Psychol Psychother"_s);
        QVERIFY(first.source.text().endsWith(u"NL  - Clin Psychol Psychother\n"));
        QVERIFY(collection.records.at(1).source.before().contains(u"Link to the Ovid"));
        QVERIFY(!findDiagnostic(collection, u"no ER"));
        QVERIFY(findDiagnostic(collection, u"NL after ER"));
    }

    void shouldKeepABinaryRecordUnparsedWithAnError()
    {
        QFile file(QStringLiteral(REFMEND_TEST_DATA_DIR "/ris/binary.ris"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Collection collection = readText(QString::fromUtf8(file.readAll()));
        QCOMPARE(collection.records.size(), 3);
        const Record &bad = collection.records.at(1);
        QVERIFY(bad.unparsed);
        QVERIFY(bad.fields.isEmpty());
        QVERIFY(bad.source.text().contains(u"Bad "));
        const Diagnostic *error = findDiagnostic(collection, u"NUL characters");
        QVERIFY(error);
        QCOMPARE(error->severity, Severity::Error);
        QCOMPARE(error->recordIndex, 1);
        QCOMPARE(error->line, 5);
        // Another control character is text with a warning, not binary data.
        QCOMPARE(collection.records.at(2).value(FieldKey::Title), u"Good again\x1f with a unit separator"_s);
        const Diagnostic *control = findDiagnostic(collection, u"U+001f");
        QVERIFY2(control, qPrintable(diagnosticsText(collection)));
        QCOMPARE(control->severity, Severity::Warning);
        QCOMPARE(control->recordIndex, 2);
        QCOMPARE(control->column, 17);
        // Saved back unchanged.
        WriteOptions options;
        QCOMPARE(RisWriter().write(collection.records, options), bad.source.file);
    }

    void shouldSplitRecordsAtASecondTypeAndFlagEmptyOnes()
    {
        const Collection collection = readText(u"TY  - BOOK\nTY  - JOUR\nTI  - Kept\nER  - \n"_s);
        QCOMPARE(collection.records.size(), 2);
        QCOMPARE(collection.records.at(0).type, RecordType::Book);
        QVERIFY(collection.records.at(0).fields.isEmpty());
        QCOMPARE(collection.records.at(1).value(FieldKey::Title), u"Kept"_s);
        const Diagnostic *empty = findDiagnostic(collection, u"no fields");
        QVERIFY(empty);
        QCOMPARE(empty->recordIndex, 0);
    }

    void shouldWarnAboutTypesAndYearsItCannotRead_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::addColumn<RecordType>("type");
        QTest::newRow("type RIS does not define")
                << u"TY  - OTHER\nTI  - x\nER  - \n"_s << u"not a RIS reference type"_s << RecordType::Generic;
        QTest::newRow("EndNote's type name")
                << u"TY  - Journal Article\nTI  - x\nER  - \n"_s << u"EndNote's name"_s << RecordType::Article;
        QTest::newRow("empty type") << u"TY  - \nTI  - x\nER  - \n"_s << u"TY is empty"_s << RecordType::Generic;
        QTest::newRow("year without a year")
                << u"TY  - JOUR\nPY  - 10 15\nER  - \n"_s << u"holds no four-digit year"_s << RecordType::Article;
        QTest::newRow("text after ER")
                << u"TY  - JOUR\nTI  - x\nER  - kmpt\n"_s << u"text after ER"_s << RecordType::Article;
        QTest::newRow("text right after TY")
                << u"TY  - JOUR\nstray text\nER  - \n"_s << u"kept as a note (N1)"_s << RecordType::Article;
    }

    void shouldWarnAboutTypesAndYearsItCannotRead()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QFETCH(RecordType, type);
        const Collection collection = readText(text);
        QCOMPARE(collection.records.size(), 1);
        QCOMPARE(collection.records.first().type, type);
        const Diagnostic *warning = findDiagnostic(collection, message);
        QVERIFY2(warning, qPrintable(diagnosticsText(collection)));
        QCOMPARE(warning->severity, Severity::Warning);
        QCOMPARE(warning->recordIndex, 0);
    }

    void shouldReadBookTitlesByType()
    {
        const Collection collection = readText(u"TY  - BOOK\nBT  - Whole book\nER  - \n\n"
                                               u"TY  - CHAP\nTI  - Part\nBT  - Container\nER  - \n"_s);
        QCOMPARE(collection.records.at(0).value(FieldKey::Title), u"Whole book"_s);
        QCOMPARE(collection.records.at(1).value(FieldKey::Title), u"Part"_s);
        QCOMPARE(collection.records.at(1).value(FieldKey::ContainerTitle), u"Container"_s);
    }

    void shouldBeChosenByContentAndExtension_data()
    {
        QTest::addColumn<QString>("head");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("formatId");
        QTest::newRow("RIS in .txt") << u"\nTY  - JOUR\nTI  - x\nER  - \n"_s << u"export.txt"_s << u"ris"_s;
        QTest::newRow("numbered RIS") << u"1.\nTY  - JOUR\n"_s << u"ovid.dat"_s << u"ris"_s;
        QTest::newRow("no TY in the head") << u"AU  - Doe, J\nTI  - x\nPY  - 2001\nER  - \n"_s
                                           << u"x.ris"_s << u"ris"_s;
        QTest::newRow("MEDLINE is not RIS") << u"PMID- 1\nOWN - NLM\nTI  - x\n"_s << u"x.ris"_s
                                            << u"medline"_s;
    }

    void shouldBeChosenByContentAndExtension()
    {
        QFETCH(QString, head);
        QFETCH(QString, fileName);
        QFETCH(QString, formatId);
        QString reason;
        const FormatInfo *format = FormatRegistry::instance().detect(head, fileName, &reason);
        QVERIFY2(format, qPrintable(reason));
        QCOMPARE(format->id, formatId);
        QCOMPARE(FormatRegistry::instance().forExtension(u"ris")->id, u"ris"_s);
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
            if (columns.size() < 5 || columns.at(1) != "ris")
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
        QCOMPARE(collection.formatId, u"ris"_s);   // found by content (or extension)
        QVERIFY2(!collection.hasErrors(), qPrintable(diagnosticsText(collection)));
        QCOMPARE(collection.records.size(), records);
        if (malformed) {
            QVERIFY2(countOf(collection, Severity::Warning) > 0, "a malformed file read without a warning");
        }
        for (const Record &record : collection.records) {
            QVERIFY(record.line > 0);
            QCOMPARE(record.sourceFormat, u"ris"_s);
            QVERIFY(!record.unparsed);
        }
        for (const Diagnostic &d : collection.diagnostics)
            QVERIFY(d.recordIndex < collection.records.size());
    }
};

QTEST_GUILESS_MAIN(Tst_RisReader)
#include "tst_risreader.moc"
