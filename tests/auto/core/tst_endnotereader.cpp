#include "formats/endnotereader.h"
#include "formats/fileio.h"
#include "model/collection.h"

#include "testconfig.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

namespace {

const QString kSeedPath = QStringLiteral(REFMEND_CORPUS_DIR "/endnote-refer/hindawi__isrn-hepatology-2013-flattened.enw");

Collection readText(const QString &text)
{
    Collection collection;
    EndNoteReader().read(text, collection);
    return collection;
}

QString dataPath(const QString &name)
{
    return QStringLiteral(REFMEND_TEST_DATA_DIR "/endnote/") + name;
}

//! The first diagnostic whose message contains \a text, or nullptr.
const Diagnostic *findDiagnostic(const Collection &collection, QStringView text)
{
    for (const Diagnostic &d : collection.diagnostics) {
        if (d.message.contains(text))
            return &d;
    }
    return nullptr;
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

} // namespace

class Tst_EndNoteReader : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadTheFlattenedHindawiRecord()
    {
        if (!QFile::exists(kSeedPath))
            QSKIP("corpus not found: set REFMEND_SHARED_DIR to the folder holding corpus/");
        const Collection collection = readFile(kSeedPath);
        QVERIFY2(!collection.hasErrors(), qPrintable(diagnosticsText(collection)));
        QCOMPARE(collection.formatId, u"endnote"_s);
        QCOMPARE(collection.records.size(), 1);

        const Record &record = collection.records.first();
        QCOMPARE(record.type, RecordType::Article);
        QCOMPARE(record.sourceType, u"Journal Article"_s);
        QCOMPARE(record.sourceFormat, u"endnote"_s);
        QCOMPARE(families(record.authors()),
                 (QStringList{u"Macedo"_s, u"Amaral"_s, u"Fernandes"_s, u"Sousa"_s, u"Costa"_s,
                              u"T¨¢vora"_s, u"Quintela"_s, u"Cortes"_s, u"Costa"_s}));
        QCOMPARE(record.authors().at(4).raw, u"Ana L¨²cia Costa"_s);
        QCOMPARE(record.value(FieldKey::Title),
                 u"The Treatment of Liver Metastases in Patients with Neuroendocrine Tumors in 2012"_s);
        QCOMPARE(record.value(FieldKey::ContainerTitle), u"ISRN Hepatology"_s);
        QCOMPARE(record.value(FieldKey::Year), u"2013"_s);
        QCOMPARE(record.year(), u"2013"_s);
        QCOMPARE(record.value(FieldKey::Doi), u"10.1155/2013/702167"_s);
        QCOMPARE(record.value(FieldKey::Url), u"http://www.hindawi.com/journals/isrn.hepatology/2013/702167/"_s);

        const QString abstract = record.value(FieldKey::Abstract);
        QVERIFY(abstract.startsWith(u"Neuroendocrine tumors (NETs) comprise"));
        QVERIFY(abstract.contains(u"75¨C80% of patients"));
        QVERIFY(abstract.contains(u"20%¨C25% will"));
        QVERIFY(abstract.endsWith(u"mitotic count"));
        QCOMPARE(record.fields.size(), 6);   // %T %J %D %R %X %U; the %A are persons
    }

    void shouldGiveEachFlattenedTagItsOwnColumn()
    {
        if (!QFile::exists(kSeedPath))
            QSKIP("corpus not found: set REFMEND_SHARED_DIR to the folder holding corpus/");
        QFile file(kSeedPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const Record record = readFile(kSeedPath).records.value(0);

        const int title = record.indexOf(FieldKey::Title);
        QVERIFY(title >= 0);
        QCOMPARE(record.fields.at(title).line, 1);
        QCOMPARE(record.fields.at(title).column, int(text.indexOf(u" %T "_s)) + 5);
        QCOMPARE(record.authors().at(5).line, 1);
        QCOMPARE(record.authors().at(5).column, int(text.indexOf(u"Isabel T"_s)) + 1);
        QCOMPARE(record.line, 1);
    }

    void shouldLoadEveryCorpusFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("records");

        QFile manifest(QStringLiteral(REFMEND_CORPUS_DIR "/MANIFEST.tsv"));
        if (!manifest.open(QIODevice::ReadOnly | QIODevice::Text))
            QSKIP("corpus not found: set REFMEND_SHARED_DIR to the folder holding corpus/");

        // MANIFEST counts these by their %0 lines, but each also holds blank-line separated
        // records without any %0 (AIS eLibrary exports of tables of contents, indexes and one
        // paper). Those are read as Generic records with a warning rather than dropped or
        // merged into a neighbour.
        const QHash<QString, int> counted = {
            {u"endnote-refer/colrev__ais_enl.txt"_s, 6},
            {u"endnote-refer/colrev__enl_data.enl"_s, 3},
        };

        const QList<QByteArray> lines = manifest.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> columns = line.split('\t');
            if (columns.size() < 5 || columns.at(1) != "endnote-refer")
                continue;
            const QString path = QString::fromUtf8(columns.at(0));
            const int records = counted.value(path, columns.at(4).toInt());
            QTest::newRow(qPrintable(path.section(u'/', -1)))
                    << QStringLiteral(REFMEND_CORPUS_DIR "/") + path << records;
        }
    }

    void shouldLoadEveryCorpusFile()
    {
        QFETCH(QString, path);
        QFETCH(int, records);
        const Collection collection = readFile(path);
        QVERIFY2(!collection.hasErrors(), qPrintable(diagnosticsText(collection)));
        QCOMPARE(collection.records.size(), records);
        for (const Record &record : collection.records) {
            QVERIFY(record.line > 0);
            QCOMPARE(record.sourceFormat, u"endnote"_s);
        }
    }

    void shouldKeepTheRecordWhoseTitleComesBeforeItsType()
    {
        const Collection collection = readText(u"%T Title first\n%0 Journal Article\n%A Guo, Wenbo\n\n"
                                               u"%T Second\n%0 Journal Article\n"_s);
        QCOMPARE(collection.records.size(), 2);
        QCOMPARE(collection.records.at(0).value(FieldKey::Title), u"Title first"_s);
        QCOMPARE(collection.records.at(0).type, RecordType::Article);
        QCOMPARE(collection.records.at(0).authors().size(), 1);
        QCOMPARE(collection.records.at(1).value(FieldKey::Title), u"Second"_s);
    }

    void shouldReadTheSameRecordsWhateverTheLineEndings_data()
    {
        QTest::addColumn<QString>("text");
        const QString lf = u"%0 Book\n%A Doe, Jane\n%T Title\n%X one\ntwo\n\n%0 Report\n%T Second\n"_s;
        QTest::newRow("LF") << lf;
        QTest::newRow("CRLF") << QString(lf).replace(u"\n"_s, u"\r\n"_s);
        QTest::newRow("lone CR") << QString(lf).replace(u'\n', u'\r');
        QTest::newRow("mixed") << u"%0 Book\r\n%A Doe, Jane\r%T Title\n%X one\r\ntwo\r\r%0 Report\n%T Second"_s;
        QTest::newRow("BOM character") << QChar(0xFEFF) + lf;
        QTest::newRow("BOM inside, from joined files")
                << u"%0 Book\n%A Doe, Jane\n%T Title\n%X one\ntwo\n\n\uFEFF%0 Report\n%T Second\n"_s;
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
        QCOMPARE(book.value(FieldKey::Title), u"Title"_s);
        QCOMPARE(book.value(FieldKey::Abstract), u"one\ntwo"_s);
        QCOMPARE(book.fields.at(book.indexOf(FieldKey::Title)).line, 3);
        QCOMPARE(collection.records.at(1).line, 7);
        QCOMPARE(collection.records.at(1).value(FieldKey::Title), u"Second"_s);
    }

    void shouldReadCrlfAndBomFilesThroughFileIo()
    {
        const Collection crlf = readFile(dataPath(u"crlf.enw"_s));
        QVERIFY2(!crlf.hasErrors(), qPrintable(diagnosticsText(crlf)));
        QCOMPARE(crlf.lineEnding, LineEnding::CrLf);
        QCOMPARE(crlf.records.size(), 2);
        QCOMPARE(crlf.records.at(0).value(FieldKey::Abstract), u"line one\nline two"_s);

        const Collection bom = readFile(dataPath(u"bom.enw"_s));
        QVERIFY2(!bom.hasErrors(), qPrintable(diagnosticsText(bom)));
        QVERIFY(bom.hadBom);
        QCOMPARE(bom.lineEnding, LineEnding::Lf);
        QCOMPARE(bom.records.size(), 1);
        QCOMPARE(bom.records.at(0).type, RecordType::Article);
        QCOMPARE(bom.records.at(0).authors().value(0).raw, u"Müller, Jürgen"_s);
        QVERIFY(bom.records.at(0).id != 0);
    }

    void shouldJoinContinuationLinesToTheFieldBefore()
    {
        const Collection collection = readFile(dataPath(u"mixed.enw"_s));
        QCOMPARE(collection.records.size(), 2);
        const Record &record = collection.records.at(0);
        QCOMPARE(record.value(FieldKey::Abstract),
                 u"First line of the abstract\nsecond line of the abstract"_s);
        // Several keywords on one %K stay one field; a second %K is a second field.
        QCOMPARE(record.values(FieldKey::Keywords), (QStringList{u"liver\ntumour"_s, u"metastasis"_s}));
    }

    void shouldKeepRepeatedTagsInOrder()
    {
        const Record record = readText(u"%0 Book\n%A One, A\n%E Ed, One\n%A Two, B\n%E Ed, Two\n"
                                       u"%Y Series, S\n%? Trans, T\n%@ 978-1\n%@ 1234-5678\n"
                                       u"%J First\n%J Second\n%A Three, C\n"_s).records.value(0);
        QCOMPARE(families(record.authors()), (QStringList{u"One"_s, u"Two"_s, u"Three"_s}));
        QCOMPARE(families(record.persons(PersonRole::Editor)), (QStringList{u"Ed"_s, u"Ed"_s}));
        QCOMPARE(record.persons(PersonRole::Editor).at(1).given, u"Two"_s);
        QCOMPARE(families(record.persons(PersonRole::SeriesEditor)), QStringList{u"Series"_s});
        QCOMPARE(families(record.persons(PersonRole::Translator)), QStringList{u"Trans"_s});
        QCOMPARE(record.values(FieldKey::Isbn), (QStringList{u"978-1"_s, u"1234-5678"_s}));
        QCOMPARE(record.values(FieldKey::ContainerTitle), (QStringList{u"First"_s, u"Second"_s}));
    }

    void shouldMapKnownTagsToKeys_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<FieldKey>("key");
        const std::pair<const char *, FieldKey> rows[] = {
            {"T", FieldKey::Title}, {"J", FieldKey::ContainerTitle}, {"B", FieldKey::ContainerTitle},
            {"D", FieldKey::Year}, {"8", FieldKey::Date}, {"V", FieldKey::Volume},
            {"N", FieldKey::Issue}, {"P", FieldKey::Pages}, {"I", FieldKey::Publisher},
            {"C", FieldKey::PublisherPlace}, {"R", FieldKey::Doi}, {"U", FieldKey::Url},
            {"X", FieldKey::Abstract}, {"K", FieldKey::Keywords}, {"Z", FieldKey::Note},
            {"@", FieldKey::Isbn}, {"7", FieldKey::Edition}, {"G", FieldKey::Language},
            {"F", FieldKey::Label}, {"L", FieldKey::CallNumber}, {"M", FieldKey::AccessionNumber},
            {"S", FieldKey::SeriesTitle}, {"!", FieldKey::ShortTitle}, {"+", FieldKey::AuthorAddress},
            {"&", FieldKey::Section}, {"6", FieldKey::NumberOfVolumes}, {"W", FieldKey::Database},
        };
        for (const auto &[tag, key] : rows)
            QTest::newRow(qPrintable(u"%"_s + QLatin1StringView(tag))) << QString::fromLatin1(tag) << key;
    }

    void shouldMapKnownTagsToKeys()
    {
        QFETCH(QString, tag);
        QFETCH(FieldKey, key);
        const Collection collection = readText(u"%0 Generic\n%"_s + tag + u" value\n"_s);
        QCOMPARE(collection.diagnostics.size(), 0);
        const Record record = collection.records.value(0);
        QCOMPARE(record.fields.size(), 1);
        QCOMPARE(record.fields.first().key, key);
        QCOMPARE(record.fields.first().tag, tag);
        QCOMPARE(record.fields.first().value, u"value"_s);
    }

    void shouldMapReferenceTypes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<RecordType>("type");
        QTest::newRow("journal article") << u"Journal Article"_s << RecordType::Article;
        QTest::newRow("electronic article") << u"Electronic Article"_s << RecordType::Article;
        QTest::newRow("book") << u"Book"_s << RecordType::Book;
        QTest::newRow("edited book") << u"Edited Book"_s << RecordType::Book;
        QTest::newRow("book section") << u"Book Section"_s << RecordType::Chapter;
        QTest::newRow("conference paper") << u"Conference Paper"_s << RecordType::ConferencePaper;
        QTest::newRow("conference proceedings") << u"Conference Proceedings"_s << RecordType::ConferencePaper;
        QTest::newRow("thesis") << u"Thesis"_s << RecordType::Thesis;
        QTest::newRow("report") << u"Report"_s << RecordType::Report;
        QTest::newRow("web page") << u"Web Page"_s << RecordType::WebPage;
        QTest::newRow("electronic source") << u"Electronic Source"_s << RecordType::WebPage;
        QTest::newRow("dataset") << u"Dataset"_s << RecordType::Dataset;
        QTest::newRow("patent") << u"Patent"_s << RecordType::Patent;
        QTest::newRow("computer program") << u"Computer Program"_s << RecordType::Software;
        QTest::newRow("other case") << u"journal article"_s << RecordType::Article;
        QTest::newRow("unknown name") << u"Serial"_s << RecordType::Generic;
    }

    void shouldMapReferenceTypes()
    {
        QFETCH(QString, name);
        QFETCH(RecordType, type);
        const Record record = readText(u"%0 "_s + name + u"\n%T t\n"_s).records.value(0);
        QCOMPARE(record.type, type);
        QCOMPARE(record.sourceType, name);
    }

    void shouldSplitRecordsAtBlankLinesAndSecondTypeLines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("blank line") << u"%0 Book\n%T a\n\n%0 Book\n%T b\n"_s << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("whitespace-only line") << u"%0 Book\n%T a\n \t\n%0 Book\n%T b\n"_s << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("several blank lines") << u"\n\n%0 Book\n%T a\n\n\n\n%0 Book\n%T b\n\n\n"_s << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("second %0") << u"%0 Book\n%T a\n%0 Book\n%T b\n"_s << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("%T before %0") << u"%T a\n%0 Book\n\n%T b\n%0 Book\n"_s << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("empty %0 then a type") << u"%0\n%T a\n%0 Book\n%0 Book\n%T b\n"_s << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("two flattened records on one line") << u"%0 Book %T a %0 Book %T b"_s << QStringList{u"a"_s, u"b"_s};
        QTest::newRow("flattened records on two lines") << u"%0 Book %T a\n%0 Book %T b\n"_s << QStringList{u"a"_s, u"b"_s};
    }

    void shouldSplitRecordsAtBlankLinesAndSecondTypeLines()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, titles);
        const Collection collection = readText(text);
        QStringList read;
        for (const Record &record : collection.records) {
            read.append(record.value(FieldKey::Title));
            QCOMPARE(record.type, RecordType::Book);
        }
        QCOMPARE(read, titles);
    }

    void shouldNotSplitAtPercentSignsInsideText_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("percent after a digit") << u"rose by 80% of cases"_s;
        QTest::newRow("percent then space") << u"a 5 % A rise"_s;
        QTest::newRow("unknown tag character") << u"see %x here"_s;
        QTest::newRow("no space after the tag") << u"values %Ax and %T."_s;
    }

    void shouldNotSplitAtPercentSignsInsideText()
    {
        QFETCH(QString, value);
        const Record record = readText(u"%0 Book %X "_s + value).records.value(0);
        QCOMPARE(record.value(FieldKey::Abstract), value);
        QCOMPARE(record.fields.size(), 1);
    }

    void shouldOnlySplitLinesThatStartWithATag()
    {
        const Record record = readText(u"%0 Book\n%X first\nsecond %T not a title\n"_s).records.value(0);
        QCOMPARE(record.value(FieldKey::Abstract), u"first\nsecond %T not a title"_s);
        QVERIFY(!record.has(FieldKey::Title));
    }

    void shouldOnlySplitTheTypeLineOfAFlattenedRecord()
    {
        // "Williams %R" is a stock market indicator, in a Web of Science abstract.
        const Record record = readText(u"%0 Journal Article\n%X indicators such as Williams %R (WMS %R) as input\n%R 10.1/x\n"_s)
                                      .records.value(0);
        QCOMPARE(record.value(FieldKey::Abstract), u"indicators such as Williams %R (WMS %R) as input"_s);
        QCOMPARE(record.value(FieldKey::Doi), u"10.1/x"_s);
    }

    void shouldKeepUnknownTagsVerbatim()
    {
        const Collection collection = readFile(dataPath(u"mixed.enw"_s));
        QVERIFY2(collection.diagnostics.isEmpty(), qPrintable(diagnosticsText(collection)));
        const Record &record = collection.records.at(0);
        const QList<std::pair<QString, QString>> expected = {
            {u"O"_s, u"Alternate title"_s}, {u"1"_s, u"Custom one"_s}, {u"9"_s, u"Type of work"_s},
            {u"H"_s, u"Translated Author"_s}, {u"["_s, u"20151028"_s},
        };
        for (const auto &[tag, value] : expected) {
            const int index = record.indexOf(FieldKey::Other, tag);
            QVERIFY2(index >= 0, qPrintable(tag));
            QCOMPARE(record.fields.at(index).value, value);
        }
    }

    void shouldRecordLineAndColumnOfEveryValue()
    {
        const Collection collection = readFile(dataPath(u"mixed.enw"_s));
        const Record &first = collection.records.at(0);
        QCOMPARE(first.line, 1);
        QCOMPARE(first.authors().at(1).line, 3);
        QCOMPARE(first.authors().at(1).column, 4);
        const Field &abstract = first.fields.at(first.indexOf(FieldKey::Abstract));
        QCOMPARE(abstract.line, 17);
        QCOMPARE(abstract.column, 4);
        const Record &second = collection.records.at(1);
        QCOMPARE(second.line, 30);
        QCOMPARE(second.fields.at(second.indexOf(FieldKey::ContainerTitle)).line, 33);
        QCOMPARE(second.type, RecordType::Chapter);
    }

    void shouldKeepAndReportTextBeforeTheFirstTag()
    {
        const Collection collection = readFile(dataPath(u"problems.enw"_s));
        QVERIFY(!collection.hasErrors());
        QCOMPARE(collection.records.size(), 2);
        const Record &record = collection.records.at(0);
        QCOMPARE(record.type, RecordType::Book);
        QCOMPARE(record.value(FieldKey::Note), u"Exported from somewhere"_s);
        const Diagnostic *d = findDiagnostic(collection, u"before the first tag");
        QVERIFY(d);
        QCOMPARE(d->line, 1);
        QCOMPARE(d->column, 1);
        QCOMPARE(d->recordIndex, 0);
    }

    void shouldReportEmptyValuesAndUnusualTags()
    {
        const Collection collection = readFile(dataPath(u"problems.enw"_s));
        const Record &record = collection.records.at(0);

        const Diagnostic *empty = findDiagnostic(collection, u"%Q has no value");
        QVERIFY(empty);
        QCOMPARE(empty->line, 4);
        QCOMPARE(empty->column, 4);
        QCOMPARE(record.indexOf(FieldKey::Other, u"Q"), -1);

        const Diagnostic *unusual = findDiagnostic(collection, u"unusual tag %x");
        QVERIFY(unusual);
        QCOMPARE(unusual->line, 5);
        QCOMPARE(unusual->column, 1);
        const int odd = record.indexOf(FieldKey::Other, u"x");
        QVERIFY(odd >= 0);
        QCOMPARE(record.fields.at(odd).value, u"odd tag"_s);
    }

    void shouldReadARecordWithoutTypeAsGenericWithAWarning()
    {
        const Collection collection = readFile(dataPath(u"problems.enw"_s));
        const Record &record = collection.records.at(1);
        QCOMPARE(record.type, RecordType::Generic);
        QVERIFY(record.sourceType.isEmpty());
        QCOMPARE(record.value(FieldKey::Title), u"No type here"_s);
        const Diagnostic *d = findDiagnostic(collection, u"no %0");
        QVERIFY(d);
        QCOMPARE(d->line, 7);
        QCOMPARE(d->recordIndex, 1);
        QCOMPARE(d->severity, Severity::Warning);
    }

    void shouldReportRecordsWithoutFields()
    {
        const Collection typeOnly = readText(u"%0 Serial\n%0 Audio\n%T t\n"_s);
        QCOMPARE(typeOnly.records.size(), 2);
        QVERIFY(findDiagnostic(typeOnly, u"no fields"));

        const Collection nothing = readText(u"%0\n"_s);
        QCOMPARE(nothing.records.size(), 0);
        QVERIFY(findDiagnostic(nothing, u"%0 is empty"));
        QVERIFY(findDiagnostic(nothing, u"no content"));
    }

    void shouldNeverCrashOnGarbage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expectDiagnostics");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("blank lines only") << u"\n\r\n  \n"_s << false;
        QTest::newRow("lone percent") << u"%"_s << true;
        QTest::newRow("percent signs") << u"%%%%\n% %\n%%"_s << true;
        QTest::newRow("tag without value at end") << u"%0 Book\n%A"_s << true;
        QTest::newRow("binary noise") << QString::fromLatin1("\x01\x02\xff\xfe\x00\x10%\x7f", 8) << true;
        QTest::newRow("flattened tags without values") << u"%0 Book %A %E %T  %X "_s << true;
        QTest::newRow("replacement characters") << u"%0 \uFFFD\uFFFD\n%T \uFFFD"_s << false;
        QTest::newRow("json") << u"[{\"title\": \"x\"}]"_s << true;
    }

    void shouldNeverCrashOnGarbage()
    {
        QFETCH(QString, text);
        QFETCH(bool, expectDiagnostics);
        const Collection collection = readText(text);
        QCOMPARE(!collection.diagnostics.isEmpty(), expectDiagnostics);
        for (const Diagnostic &d : collection.diagnostics) {
            QVERIFY(d.line >= 1);
            QVERIFY(d.recordIndex < collection.records.size());
        }
    }

    void shouldSurviveEveryTruncationOfTheSeed()
    {
        if (!QFile::exists(kSeedPath))
            QSKIP("corpus not found: set REFMEND_SHARED_DIR to the folder holding corpus/");
        QFile file(kSeedPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (qsizetype length = 0; length <= text.size(); ++length) {
            const Collection collection = readText(text.left(length));
            QVERIFY(collection.records.size() <= 1);
            QVERIFY(!collection.hasErrors());
        }
    }
};

QTEST_GUILESS_MAIN(Tst_EndNoteReader)
#include "tst_endnotereader.moc"
