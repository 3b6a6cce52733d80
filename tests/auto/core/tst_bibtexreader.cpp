// Reading BibTeX and BibLaTeX: entries, macros, the blocks that are no records, names,
// crossrefs, broken entries, and every file of the corpus.
#include "formats/bibtexreader.h"
#include "formats/bibtexsyntax.h"
#include "formats/fileio.h"
#include "formats/formatregistry.h"
#include "model/collection.h"
#include "text/encoding.h"

#include "testconfig.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

namespace {

Collection readText(const QString &text)
{
    Collection collection;
    BibTeXReader().read(text, collection);
    return collection;
}

Collection readFixture(const QString &name)
{
    ReadFileOptions options;
    options.formatId = u"bibtex"_s;
    return readFile(QStringLiteral(REFMEND_TEST_DATA_DIR) + u"/bibtex/"_s + name, options);
}

QString fieldValue(const Record &record, const QString &tag)
{
    for (const Field &field : record.fields) {
        if (field.tag == tag)
            return field.value;
    }
    return QString();
}

int countErrors(const Collection &collection)
{
    int errors = 0;
    for (const Diagnostic &d : collection.diagnostics)
        errors += d.severity == Severity::Error ? 1 : 0;
    return errors;
}

QString writeBack(const Collection &collection)
{
    const std::unique_ptr<Writer> writer = FormatRegistry::instance().find(u"bibtex"_s)->makeWriter();
    return writer->write(collection.records, WriteOptions::sameAs(collection));
}

/*! Entries counted without the reader: "@type{" or "@type(" at the start of a line (after
    white space), not @string, @comment or @preamble, and not inside an @comment block. The
    records read plus the records kept raw must come to this. */
int countEntriesIndependently(const QString &text)
{
    static const QRegularExpression entry(
            u"(*ANYCRLF)^[ \\t]*@[ \\t]*([A-Za-z][A-Za-z0-9_:.-]*)\\s*[{(]"_s,
            QRegularExpression::MultilineOption);
    int count = 0;
    qsizetype commentEnd = -1;
    for (auto it = entry.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedStart() < commentEnd)
            continue;
        const QString type = match.captured(1).toLower();
        if (type == u"comment"_s) {
            // Skip to the brace that closes the comment (JabRef's groups hold no '@' lines,
            // but commented-out entries do).
            int depth = 0;
            for (qsizetype i = match.capturedEnd() - 1; i < text.size(); ++i) {
                if (text.at(i) == u'{')
                    ++depth;
                else if (text.at(i) == u'}' && --depth == 0) {
                    commentEnd = i;
                    break;
                }
            }
            continue;
        }
        if (type != u"string"_s && type != u"preamble"_s)
            ++count;
    }
    return count;
}

struct ManifestRow {
    int records = -1;
    QString notes;
};

QHash<QString, ManifestRow> readManifest()
{
    QHash<QString, ManifestRow> rows;
    QFile file(QStringLiteral(REFMEND_CORPUS_DIR) + u"/MANIFEST.tsv"_s);
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        const QStringList columns = line.split(u'\t');
        if (columns.size() < 7 || !columns.at(0).startsWith(u"bibtex/"_s))
            continue;
        bool ok = false;
        const int records = columns.at(4).toInt(&ok);
        rows.insert(columns.at(0).mid(7), {ok ? records : -1, columns.at(6)});
    }
    return rows;
}

// Where MANIFEST.tsv's count (column 5) is not the number of entries in the file, checked
// by hand:
//  - the JabRef encoding tests hold one entry each ("@article{," with an empty key, or
//    "@article{testArticle}" with no fields), which the manifest's counter skipped;
//  - "web_page and other mendeley idiocy" has 512 "@type{" entries (17 keys repeated);
//    the manifest says 465.
const QHash<QString, int> kManifestCorrections = {
    {u"jabref__encoding-utf-16BE-with-header.bib"_s, 1},
    {u"jabref__encoding-utf-16BE-without-header.bib"_s, 1},
    {u"jabref__encodingWithoutNewline.bib"_s, 1},
    {u"zotero-better-bibtex__web_page and other mendeley idiocy.bib"_s, 512},
};

// Files that are not well-formed BibTeX: each broken entry is kept raw with an Error.
const QHash<QString, int> kBrokenEntries = {
    {u"colrev__bib_data.bib"_s, 1},             // a field name with a space ("key words")
    {u"colrev__ebsco_bib.bib"_s, 1},            // unbalanced braces in a scraped value
    {u"colrev__scopus_bib.bib"_s, 1},           // a key with a space ("Conference paper2022775")
    {u"kbibtex-testset__digiplay.bib"_s, 1},    // a key with a space ("ChristopherA. Paul04012010")
    {u"kbibtex-testset__manyauthors.bib"_s, 1}, // "$\}$" unbalances the braces
    {u"zotero-better-bibtex__Cache does not seem to fill #1296.bibtex"_s, 23},   // "{{\&} Francis}"
    {u"zotero-better-bibtex__Endnote should parse.bib"_s, 1},   // "@article{" with no key
    {u"zotero-better-bibtex__Some bibtex entries quietly discarded on import from bib file #873.bib"_s, 1},
};

} // namespace

class Tst_BibTeXReader : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadFieldsResolvingMacrosAndConcatenation();
    void shouldKeepStringPreambleAndCommentBlocksAsTextBetweenRecords();
    void shouldReadParenthesisDelimitedEntries();
    void shouldMapFieldNamesToKeys_data();
    void shouldMapFieldNamesToKeys();
    void shouldMapEntryTypes_data();
    void shouldMapEntryTypes();
    void shouldKeepUnknownFieldsVerbatim();
    void shouldDecodeLatexInValuesButNotInUrls();
    void shouldReadNames_data();
    void shouldReadNames();
    void shouldResolveCrossrefsAndXdataForDisplayOnly();
    void shouldKeepTheJabRefHeaderAndGroups();
    void shouldKeepMalformedEntriesRawAndReadOnAfterThem();
    void shouldReadWithAGuessWhereACommaIsMissingOrDoubled();
    void shouldSkipEntriesCommentedOutWithPercent();
    void shouldSurviveTenThousandNestedBraces();
    void shouldWarnAboutUndefinedMacrosAndRepeatedFields();
    void shouldReadEveryPrefixOfAFileWithoutCrashing_data();
    void shouldReadEveryPrefixOfAFileWithoutCrashing();
    void shouldRecogniseBibTeXByContent_data();
    void shouldRecogniseBibTeXByContent();
    void shouldWriteUneditedFixturesBackByteForByte_data();
    void shouldWriteUneditedFixturesBackByteForByte();
    void shouldLoadEveryCorpusFileWithoutLosingAnEntry_data();
    void shouldLoadEveryCorpusFileWithoutLosingAnEntry();
};

void Tst_BibTeXReader::shouldReadFieldsResolvingMacrosAndConcatenation()
{
    const Collection collection = readFixture(u"macros.bib"_s);
    QCOMPARE(collection.records.size(), 2);
    QCOMPARE(countErrors(collection), 0);
    const Record &article = collection.records.at(0);
    QCOMPARE(article.sourceFormat, u"bibtex"_s);
    QCOMPARE(article.sourceType, u"article"_s);
    QCOMPARE(article.type, RecordType::Article);
    QCOMPARE(article.value(FieldKey::Label), u"smith2001"_s);
    QCOMPARE(article.fields.first().tag, QString(bibtex::kKeyTag));
    QCOMPARE(article.value(FieldKey::Title), u"A DNA study"_s);
    QCOMPARE(article.value(FieldKey::ContainerTitle),
             u"IEEE Transactions on Pattern Analysis and Machine Intelligence"_s);
    QCOMPARE(article.value(FieldKey::Publisher), u"IEEE Press"_s);
    QCOMPARE(article.value(FieldKey::Year), u"2001"_s);
    QCOMPARE(fieldValue(article, u"month"_s), u"January"_s);
    QCOMPARE(article.authors().size(), 2);
    QCOMPARE(article.authors().at(1).family, u"Doe"_s);
    QCOMPARE(article.line, 6);
    QCOMPARE(collection.records.at(1).value(FieldKey::Title), u"The IEEE Book"_s);
}

void Tst_BibTeXReader::shouldKeepStringPreambleAndCommentBlocksAsTextBetweenRecords()
{
    const Collection collection = readFixture(u"macros.bib"_s);
    QCOMPARE(collection.records.size(), 2);
    const QString before = collection.records.at(0).source.before().toString();
    QVERIFY(before.startsWith(u"% Macros"_s));
    QVERIFY(before.contains(u"@string{pami"_s));
    QVERIFY(before.contains(u"@preamble{"_s));
    QVERIFY(collection.records.at(0).source.text().startsWith(u"@article{smith2001,"_s));
    QVERIFY(collection.records.at(0).source.text().endsWith(u"}\n"_s));
    const QString between = collection.records.at(1).source.before().toString();
    QVERIFY(between.contains(u"@comment{This is a comment with {braces} in it}"_s));
    QVERIFY(between.contains(u"Text between entries"_s));
    QCOMPARE(collection.records.at(1).source.after().toString(), u"% trailing comment\n"_s);
}

void Tst_BibTeXReader::shouldReadParenthesisDelimitedEntries()
{
    const Collection collection = readFixture(u"parentheses.bib"_s);
    QCOMPARE(collection.records.size(), 2);
    QCOMPARE(countErrors(collection), 0);
    QCOMPARE(collection.records.at(0).value(FieldKey::Title), u"Delimited (with) parentheses"_s);
    QCOMPARE(collection.records.at(0).value(FieldKey::Year), u"2005"_s);
    QCOMPARE(collection.records.at(1).value(FieldKey::Label), u"paren2"_s);
    QCOMPARE(collection.records.at(1).value(FieldKey::Note), u"quoted with braces"_s);
}

void Tst_BibTeXReader::shouldMapFieldNamesToKeys_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<FieldKey>("key");
    const std::pair<const char *, FieldKey> rows[] = {
        {"title", FieldKey::Title}, {"booktitle", FieldKey::ContainerTitle},
        {"journal", FieldKey::ContainerTitle}, {"journaltitle", FieldKey::ContainerTitle},
        {"year", FieldKey::Year}, {"date", FieldKey::Date}, {"volume", FieldKey::Volume},
        {"number", FieldKey::Issue}, {"issue", FieldKey::Issue}, {"pages", FieldKey::Pages},
        {"publisher", FieldKey::Publisher}, {"address", FieldKey::PublisherPlace},
        {"location", FieldKey::PublisherPlace}, {"doi", FieldKey::Doi}, {"url", FieldKey::Url},
        {"abstract", FieldKey::Abstract}, {"keywords", FieldKey::Keywords},
        {"note", FieldKey::Note}, {"annote", FieldKey::Note}, {"isbn", FieldKey::Isbn},
        {"issn", FieldKey::Isbn}, {"edition", FieldKey::Edition},
        {"language", FieldKey::Language}, {"series", FieldKey::SeriesTitle},
        {"shorttitle", FieldKey::ShortTitle}, {"Title (any case)", FieldKey::Title},
        {"howpublished", FieldKey::Other},
    };
    for (const auto &[name, key] : rows)
        QTest::newRow(name) << QString::fromLatin1(name).section(u' ', 0, 0) << key;
}

void Tst_BibTeXReader::shouldMapFieldNamesToKeys()
{
    QFETCH(QString, name);
    QFETCH(FieldKey, key);
    const Collection collection = readText(u"@misc{k, %1 = {value}}\n"_s.arg(name));
    QCOMPARE(collection.records.size(), 1);
    const Record &record = collection.records.first();
    QCOMPARE(record.fields.size(), 2);
    QCOMPARE(record.fields.at(1).key, key);
    QCOMPARE(record.fields.at(1).tag, name);   // the tag as written
    QCOMPARE(record.fields.at(1).value, u"value"_s);
}

void Tst_BibTeXReader::shouldMapEntryTypes_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<RecordType>("expected");
    const std::pair<const char *, RecordType> rows[] = {
        {"article", RecordType::Article}, {"Article", RecordType::Article},
        {"book", RecordType::Book}, {"inbook", RecordType::Chapter},
        {"incollection", RecordType::Chapter}, {"inproceedings", RecordType::ConferencePaper},
        {"conference", RecordType::ConferencePaper}, {"phdthesis", RecordType::Thesis},
        {"mastersthesis", RecordType::Thesis}, {"thesis", RecordType::Thesis},
        {"techreport", RecordType::Report}, {"report", RecordType::Report},
        {"online", RecordType::WebPage}, {"www", RecordType::WebPage},
        {"electronic", RecordType::WebPage}, {"dataset", RecordType::Dataset},
        {"patent", RecordType::Patent}, {"software", RecordType::Software},
        {"misc", RecordType::Generic}, {"unpublished", RecordType::Generic},
        {"somethingnew", RecordType::Generic},
    };
    for (const auto &[type, expected] : rows)
        QTest::newRow(type) << QString::fromLatin1(type) << expected;
}

void Tst_BibTeXReader::shouldMapEntryTypes()
{
    QFETCH(QString, type);
    QFETCH(RecordType, expected);
    const Collection collection = readText(u"@%1{k, title = {T}}"_s.arg(type));
    QCOMPARE(collection.records.size(), 1);
    QCOMPARE(collection.records.first().type, expected);
    QCOMPARE(collection.records.first().sourceType, type);
}

void Tst_BibTeXReader::shouldKeepUnknownFieldsVerbatim()
{
    const Collection collection = readText(
            u"@misc{k,\n  colrev.dblp.dblp_key = {conf/x/Y20},\n  Date-Added = {2020-01-01 10:00},\n}\n"_s);
    QCOMPARE(collection.records.size(), 1);
    const Record &record = collection.records.first();
    QCOMPARE(record.fields.size(), 3);
    QCOMPARE(record.fields.at(1).key, FieldKey::Other);
    QCOMPARE(record.fields.at(1).tag, u"colrev.dblp.dblp_key"_s);
    QCOMPARE(record.fields.at(1).value, u"conf/x/Y20"_s);
    QCOMPARE(record.fields.at(2).tag, u"Date-Added"_s);
    QCOMPARE(record.fields.at(2).line, 3);
    QCOMPARE(record.fields.at(2).column, 17);
}

void Tst_BibTeXReader::shouldDecodeLatexInValuesButNotInUrls()
{
    const Collection collection = readText(uR"(@article{k,
  title = {Caf\'e {\"U}ber   alles --
           the {DNA} \emph{story}},
  pages = {12--34},
  url = {http://example.org/~me/a\_b},
  doi = {10.1000/x--y},
  abstract = {First paragraph.

    Second paragraph.},
})"_s);
    QCOMPARE(collection.records.size(), 1);
    const Record &record = collection.records.first();
    QCOMPARE(record.value(FieldKey::Title), uR"(Café Über alles – the DNA \emph{story})"_s);
    QCOMPARE(record.value(FieldKey::Pages), u"12–34"_s);
    QCOMPARE(record.value(FieldKey::Url), uR"(http://example.org/~me/a\_b)"_s);
    QCOMPARE(record.value(FieldKey::Doi), u"10.1000/x--y"_s);
    QCOMPARE(record.value(FieldKey::Abstract), u"First paragraph.\nSecond paragraph."_s);
}

void Tst_BibTeXReader::shouldReadNames_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("particle");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("literal");
    QTest::newRow("particle, family first") << 0 << u"Berg"_s << u"Jan"_s << u"van der"_s << QString() << QString();
    QTest::newRow("natural order with a hyphen") << 1 << u"Sartre"_s << u"Jean-Paul"_s << QString() << QString() << QString();
    QTest::newRow("braces make a literal") << 2 << QString() << QString() << QString() << QString() << u"World Health Organization"_s;
    QTest::newRow("von Last, Jr, First") << 3 << u"Knuth"_s << u"Donald E."_s << QString() << u"Jr."_s << QString();
    QTest::newRow("LaTeX accent in a name") << 4 << u"Müller"_s << u"Hans"_s << QString() << QString() << QString();
    QTest::newRow("name after a line break") << 5 << u"Smith"_s << u"John"_s << QString() << QString() << QString();
    QTest::newRow("and others") << 6 << QString() << QString() << QString() << QString() << u"others"_s;
}

void Tst_BibTeXReader::shouldReadNames()
{
    QFETCH(int, index);
    QFETCH(QString, family);
    QFETCH(QString, given);
    QFETCH(QString, particle);
    QFETCH(QString, suffix);
    QFETCH(QString, literal);
    const Collection collection = readFixture(u"names.bib"_s);
    QCOMPARE(collection.records.size(), 1);
    const PersonList &authors = collection.records.first().authors();
    QCOMPARE(authors.size(), 7);
    const Person &person = authors.at(index);
    QCOMPARE(person.family, family);
    QCOMPARE(person.given, given);
    QCOMPARE(person.particle, particle);
    QCOMPARE(person.suffix, suffix);
    QCOMPARE(person.literal, literal);
    QVERIFY(person.line >= 2);
}

void Tst_BibTeXReader::shouldResolveCrossrefsAndXdataForDisplayOnly()
{
    const Collection collection = readFixture(u"crossref.bib"_s);
    QCOMPARE(collection.records.size(), 4);
    const Record &child = collection.records.at(0);
    QVERIFY(!child.has(FieldKey::Publisher));   // not copied into the record itself

    const QList<Record> resolved = resolveCrossrefs(collection.records);
    QCOMPARE(resolved.size(), 4);
    const Record &shown = resolved.at(0);
    QCOMPARE(shown.value(FieldKey::Title), u"The Child Paper"_s);
    QCOMPARE(shown.value(FieldKey::ContainerTitle), u"Proceedings of the Parent Conference"_s);
    QCOMPARE(shown.value(FieldKey::Publisher), u"Parent Press"_s);
    QCOMPARE(shown.value(FieldKey::Year), u"2010"_s);
    QCOMPARE(shown.persons(PersonRole::Editor).size(), 1);
    QCOMPARE(shown.authors().first().family, u"Child"_s);
    QCOMPARE(shown.value(FieldKey::Label), u"child"_s);

    const Record &withData = resolved.at(2);
    QCOMPARE(withData.value(FieldKey::ContainerTitle), u"Journal of Shared Data"_s);
    QCOMPARE(withData.value(FieldKey::Volume), u"7"_s);

    // Saving writes the crossref back as it was.
    QFile file(QStringLiteral(REFMEND_TEST_DATA_DIR) + u"/bibtex/crossref.bib"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(writeBack(collection).toUtf8(), file.readAll());
}

void Tst_BibTeXReader::shouldKeepTheJabRefHeaderAndGroups()
{
    const Collection collection = readFixture(u"jabref.bib"_s);
    QCOMPARE(collection.records.size(), 1);
    QCOMPARE(collection.lineEnding, LineEnding::CrLf);
    const Record &record = collection.records.first();
    QCOMPARE(record.source.before().toString(), u"% Encoding: UTF-8\r\n\r\n"_s);
    QVERIFY(record.source.after().contains(u"@Comment{jabref-meta: databaseType:biblatex;}"_s));
    QVERIFY(record.source.after().contains(u"StaticGroup:Fruit"_s));
    QCOMPARE(record.authors().first().family, u"Müller"_s);
    QCOMPARE(record.value(FieldKey::Title), u"Über Äpfel"_s);
    QCOMPARE(fieldValue(record, u"groups"_s), u"Fruit"_s);
}

void Tst_BibTeXReader::shouldKeepMalformedEntriesRawAndReadOnAfterThem()
{
    const Collection collection = readFixture(u"malformed.bib"_s);
    QStringList keys;
    for (const Record &record : collection.records)
        keys.append(record.unparsed ? u"(raw)"_s : record.value(FieldKey::Label));
    QCOMPARE(keys, (QStringList{u"good1"_s, u"(raw)"_s, u"good2"_s, u"(raw)"_s, u"good3"_s,
                                u"(raw)"_s, u"good4"_s}));

    QList<Diagnostic> errors;
    for (const Diagnostic &d : collection.diagnostics) {
        if (d.severity == Severity::Error)
            errors.append(d);
    }
    QCOMPARE(errors.size(), 3);
    QCOMPARE(errors.at(0).line, 6);   // the '{' that never closes
    QCOMPARE(errors.at(0).column, 11);
    QCOMPARE(errors.at(0).recordIndex, 1);
    QVERIFY(errors.at(1).message.contains(u"no citation key"_s));
    QCOMPARE(errors.at(1).line, 13);
    QCOMPARE(errors.at(2).line, 16);
    QVERIFY2(errors.at(2).message.contains(u"expected ','"_s), qPrintable(errors.at(2).message));

    const Record &broken = collection.records.at(1);
    QVERIFY(broken.fields.isEmpty());
    QVERIFY(broken.source.text().startsWith(u"@article{broken1,"_s));
    QVERIFY(broken.source.text().endsWith(u"year = 2001,\n\n"_s));

    // Raw records are written back unchanged.
    QFile file(QStringLiteral(REFMEND_TEST_DATA_DIR) + u"/bibtex/malformed.bib"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(writeBack(collection).toUtf8(), file.readAll());
}

void Tst_BibTeXReader::shouldReadWithAGuessWhereACommaIsMissingOrDoubled()
{
    const Collection collection = readText(
            u"@misc{k, title = {T},  , year = {2001}\n  note = {N}}\n"_s);
    QCOMPARE(collection.records.size(), 1);
    QCOMPARE(countErrors(collection), 0);
    const Record &record = collection.records.first();
    QCOMPARE(record.value(FieldKey::Year), u"2001"_s);
    QCOMPARE(record.value(FieldKey::Note), u"N"_s);
    QCOMPARE(collection.diagnostics.size(), 2);
    QCOMPARE(collection.diagnostics.at(0).severity, Severity::Warning);
    QCOMPARE(collection.diagnostics.at(0).recordIndex, 0);
}

void Tst_BibTeXReader::shouldSkipEntriesCommentedOutWithPercent()
{
    const Collection collection = readText(
            u"%@book{gone,\n%  title = {Gone}\n%}\n@misc{here,\n  title = {Here}, % a comment\n  % year = {1999},\n}\n"_s);
    QCOMPARE(collection.records.size(), 1);
    QCOMPARE(countErrors(collection), 0);
    QCOMPARE(collection.records.first().value(FieldKey::Label), u"here"_s);
    QVERIFY(!collection.records.first().has(FieldKey::Year));
}

void Tst_BibTeXReader::shouldSurviveTenThousandNestedBraces()
{
    const Collection deep = readFixture(u"deep.bib"_s);
    QCOMPARE(deep.records.size(), 2);
    QCOMPARE(countErrors(deep), 0);
    QCOMPARE(deep.records.at(0).value(FieldKey::Title), u"deep"_s);

    const Collection unbalanced = readFixture(u"deep-unbalanced.bib"_s);
    QCOMPARE(unbalanced.records.size(), 2);
    QVERIFY(unbalanced.records.at(0).unparsed);
    QCOMPARE(countErrors(unbalanced), 1);
    QCOMPARE(unbalanced.records.at(1).value(FieldKey::Title), u"After"_s);
}

void Tst_BibTeXReader::shouldWarnAboutUndefinedMacrosAndRepeatedFields()
{
    const Collection collection = readText(u"@misc{k, journal = pami, title = {A}, Title = {B}}"_s);
    QCOMPARE(collection.records.size(), 1);
    const Record &record = collection.records.first();
    QCOMPARE(record.value(FieldKey::ContainerTitle), u"pami"_s);
    QCOMPARE(record.values(FieldKey::Title), (QStringList{u"A"_s, u"B"_s}));
    QCOMPARE(collection.diagnostics.size(), 2);
    for (const Diagnostic &d : collection.diagnostics) {
        QCOMPARE(d.severity, Severity::Warning);
        QCOMPARE(d.recordIndex, 0);
    }
}

void Tst_BibTeXReader::shouldReadEveryPrefixOfAFileWithoutCrashing_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"macros.bib", "malformed.bib", "names.bib", "parentheses.bib", "crossref.bib"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void Tst_BibTeXReader::shouldReadEveryPrefixOfAFileWithoutCrashing()
{
    // A file cut anywhere (a download that stopped, a fuzzer): never a crash, every character
    // still belongs to some record's text or the text around it.
    QFETCH(QString, name);
    QFile file(QStringLiteral(REFMEND_TEST_DATA_DIR) + u"/bibtex/"_s + name);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    for (qsizetype cut = 0; cut <= text.size(); ++cut) {
        const QString prefix = text.left(cut);
        const Collection collection = readText(prefix);
        if (collection.records.isEmpty())
            continue;
        QString joined;
        for (const Record &record : collection.records) {
            joined += record.source.before();
            joined += record.source.text();
        }
        joined += collection.records.last().source.after();
        if (joined != prefix)
            QFAIL(qPrintable(u"cut at %1: the records do not cover the text"_s.arg(cut)));
    }
}

void Tst_BibTeXReader::shouldRecogniseBibTeXByContent_data()
{
    QTest::addColumn<QString>("head");
    QTest::addColumn<bool>("bibtex");
    QTest::newRow("entry first") << u"@article{k,\n title={T}}"_s << true;
    QTest::newRow("JabRef header") << u"% Encoding: UTF-8\n\n@Article{k,"_s << true;
    QTest::newRow("string first") << u"@string{a = \"b\"}\n@book{k,}"_s << true;
    QTest::newRow("brace on the next line") << u"@article\n{k, title={T}}"_s << true;
    QTest::newRow("RIS") << u"TY  - JOUR\nTI  - T\nER  - "_s << false;
    QTest::newRow("EndNote") << u"%0 Journal Article\n%T T\n%A A"_s << false;
    QTest::newRow("e-mail in text") << u"write to me@example.org\nplease"_s << false;
}

void Tst_BibTeXReader::shouldRecogniseBibTeXByContent()
{
    QFETCH(QString, head);
    QFETCH(bool, bibtex);
    QCOMPARE(sniffBibTeX(head) >= 50, bibtex);
    if (bibtex) {
        QString reason;
        const FormatInfo *format = FormatRegistry::instance().detect(head, u"refs.txt"_s, &reason);
        QVERIFY(format);
        QCOMPARE(format->id, u"bibtex"_s);
    }
}

void Tst_BibTeXReader::shouldWriteUneditedFixturesBackByteForByte_data()
{
    QTest::addColumn<QString>("name");
    const QDir dir(QStringLiteral(REFMEND_TEST_DATA_DIR) + u"/bibtex"_s);
    for (const QString &name : dir.entryList({u"*.bib"_s}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << name;
}

void Tst_BibTeXReader::shouldWriteUneditedFixturesBackByteForByte()
{
    QFETCH(QString, name);
    const QString path = QStringLiteral(REFMEND_TEST_DATA_DIR) + u"/bibtex/"_s + name;
    ReadFileOptions options;
    options.formatId = u"bibtex"_s;
    const Collection collection = readFile(path, options);
    QVERIFY(!collection.records.isEmpty());
    WriteResult result;
    const QByteArray written = writeBytes(collection.records, u"bibtex"_s,
                                          WriteOptions::sameAs(collection), &result);
    QVERIFY2(result.ok, qPrintable(result.error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(written, file.readAll());
}

void Tst_BibTeXReader::shouldLoadEveryCorpusFileWithoutLosingAnEntry_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(REFMEND_CORPUS_DIR) + u"/bibtex"_s);
    if (!dir.exists())
        return;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void Tst_BibTeXReader::shouldLoadEveryCorpusFileWithoutLosingAnEntry()
{
    if (!QDir(QStringLiteral(REFMEND_CORPUS_DIR) + u"/bibtex"_s).exists())
        QSKIP("../shared/corpus/bibtex is not beside this checkout; corpus tests skipped");
    QFETCH(QString, path);
    static const QHash<QString, ManifestRow> manifest = readManifest();
    const QString name = QFileInfo(path).fileName();

    ReadFileOptions options;
    options.formatId = u"bibtex"_s;
    const Collection collection = readFile(path, options);

    int raw = 0;
    for (const Record &record : collection.records)
        raw += record.unparsed ? 1 : 0;
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // JabRef's test puts its header and two blocks on one line: "...US-ASCII@PREAMBLE{}@article{}".
    const int independent = name == u"jabref__encodingWithoutNewline.bib"_s
            ? 1 : countEntriesIndependently(decodeText(file.readAll()).text);
    QCOMPARE(int(collection.records.size()), independent);

    const ManifestRow row = manifest.value(name);
    const int expected = kManifestCorrections.value(name, row.records);
    if (expected >= 0)
        QCOMPARE(int(collection.records.size()), expected);

    // Records read + records kept raw = entries; errors only where entries are broken.
    QCOMPARE(raw, kBrokenEntries.value(name, 0));
    QCOMPARE(countErrors(collection), raw);
}

QTEST_GUILESS_MAIN(Tst_BibTeXReader)
#include "tst_bibtexreader.moc"
