// Writing BibTeX and BibLaTeX: LaTeX escaping, UTF-8 for BibLaTeX, citation keys, fields
// with no place, edited records, and reading back what was written over the whole corpus.
#include "formats/bibtexreader.h"
#include "formats/bibtexsyntax.h"
#include "formats/bibtexwriter.h"
#include "formats/fileio.h"
#include "model/collection.h"
#include "text/latexunicode.h"

#include "testconfig.h"

#include <QDir>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

namespace {

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

Person literal(const QString &name)
{
    Person p;
    p.literal = name;
    return p;
}

//! A record as another format's reader would give it.
Record foreignRecord()
{
    Record record;
    record.sourceFormat = u"ris"_s;
    record.sourceType = u"JOUR"_s;
    record.type = RecordType::Article;
    record.setPersons(PersonRole::Author, {person(u"Smith"_s, u"John"_s), literal(u"World Health Organization"_s)});
    record.setValue(FieldKey::Title, u"A Title"_s, u"TI"_s);
    record.setValue(FieldKey::ContainerTitle, u"J"_s, u"JO"_s);
    record.setValue(FieldKey::Year, u"2001"_s, u"PY"_s);
    return record;
}

QString write(const QList<Record> &records, bool biblatex = false, QList<Diagnostic> *warnings = nullptr,
              LineEnding ending = LineEnding::Lf)
{
    WriteOptions options;
    options.lineEnding = ending;
    return BibTeXWriter(biblatex).write(records, options, warnings);
}

Collection read(const QString &text, const QString &formatId = u"bibtex"_s)
{
    Collection collection;
    BibTeXReader(formatId).read(text, collection);
    return collection;
}

bool isAscii(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

//! Fields as (key, tag, value), leaving out the empty ones (never written) and, when
//! \a withoutKey, the citation key (generated for records that had none).
QList<Field> comparableFields(const Record &record, bool withoutKey)
{
    QList<Field> fields;
    for (const Field &field : record.fields) {
        if (field.value.isEmpty() || (withoutKey && field.key == FieldKey::Label))
            continue;
        fields.append(field);
    }
    return fields;
}

QString describe(const QList<Field> &fields)
{
    QStringList parts;
    for (const Field &field : fields)
        parts.append(u"%1=%2"_s.arg(field.tag, field.value));
    return parts.join(u" | "_s);
}

bool samePersons(const Record &a, const Record &b, QString *why)
{
    for (int role = 0; role < int(PersonRole::Count); ++role) {
        const PersonList &x = a.persons(PersonRole(role));
        const PersonList &y = b.persons(PersonRole(role));
        if (x.size() != y.size()) {
            *why = u"%1 names instead of %2"_s.arg(y.size()).arg(x.size());
            return false;
        }
        for (int i = 0; i < x.size(); ++i) {
            if (!x.at(i).sameName(y.at(i))) {
                *why = u"\"%1\" came back as \"%2\""_s.arg(x.at(i).displayName(), y.at(i).displayName());
                return false;
            }
        }
    }
    return true;
}

} // namespace

class Tst_BibTeXWriter : public QObject
{
    Q_OBJECT

private slots:
    void shouldWriteTheEntryForm();
    void shouldEscapeLatexAndWriteAsciiForBibTeX();
    void shouldKeepUtf8AndUseBibLaTeXNamesForBibLaTeX();
    void shouldWriteTheCharactersAskedFor();
    void shouldWriteNames_data();
    void shouldWriteNames();
    void shouldGenerateUniqueCitationKeys();
    void shouldKeepAValidLabelAsTheKeyAndReplaceAnInvalidOne();
    void shouldWriteFieldsWithNoPlaceIntoTheNoteWithAWarning();
    void shouldWriteUnparsedRecordsFromElsewhereAsANote();
    void shouldKeepUnchangedFieldsAsWrittenWhenARecordIsEdited();
    void shouldWriteEditedNamesAndKeepUnchangedOnes();
    void shouldKeepAUtf8FileInUtf8WhenARecordIsEdited();
    void shouldKeepFieldsBothFormatsExpressThroughARoundTrip_data();
    void shouldKeepFieldsBothFormatsExpressThroughARoundTrip();
    void shouldWriteGeneratedEntriesWithTheFileLineEndings();
    void shouldReadBackEditedCorpusRecordsUnchanged_data();
    void shouldReadBackEditedCorpusRecordsUnchanged();
    void shouldReadBackCorpusRecordsWrittenFromTheirValues_data();
    void shouldReadBackCorpusRecordsWrittenFromTheirValues();
};

void Tst_BibTeXWriter::shouldWriteTheEntryForm()
{
    QCOMPARE(write({foreignRecord()}),
             u"@article{Smith2001,\n"
             "  author = {Smith, John and {World Health Organization}},\n"
             "  title = {A Title},\n"
             "  journal = {J},\n"
             "  year = {2001},\n"
             "}\n"_s);
}

void Tst_BibTeXWriter::shouldEscapeLatexAndWriteAsciiForBibTeX()
{
    Record record = foreignRecord();
    record.setPersons(PersonRole::Author, {person(u"Müller"_s, u"Jürgen"_s), person(u"Dvořák"_s, u"Antonín"_s)});
    record.setValue(FieldKey::Title, u"Müller & Söhne: 50% of “all” – {x}_1"_s);
    const QString text = write({record});
    QVERIFY2(isAscii(text), qPrintable(text));
    QVERIFY(text.contains(uR"(author = {M{\"u}ller, J{\"u}rgen and Dvo{\v{r}}{\'a}k, Anton{\'\i}n})"_s)
            || text.contains(uR"(author = {M{\"u}ller, J{\"u}rgen and Dvo{\v{r}}{\'a}k, Anton{\'i}n})"_s));
    QVERIFY2(text.contains(uR"(title = {M{\"u}ller \& S{\"o}hne: 50\% of ``all'' -- \{x\}\_1})"_s), qPrintable(text));

    const Collection back = read(text);
    QCOMPARE(back.records.size(), 1);
    QCOMPARE(back.records.first().value(FieldKey::Title), record.value(FieldKey::Title));
    QCOMPARE(back.records.first().authors().at(1).family, u"Dvořák"_s);
}

void Tst_BibTeXWriter::shouldWriteTheCharactersAskedFor()
{
    auto writeAs = [](const QList<Record> &records, BibtexCharacters characters, bool biblatex) {
        WriteOptions options;
        options.bibtexCharacters = characters;
        return BibTeXWriter(biblatex).write(records, options);
    };
    Record record = foreignRecord();
    record.setPersons(PersonRole::Author, {person(u"Costa"_s, u"Ana Lúcia"_s)});
    // Chosen: UTF-8 for BibTeX, LaTeX for BibLaTeX.
    const QString unicode = writeAs({record}, BibtexCharacters::Unicode, false);
    QVERIFY2(unicode.contains(u"author = {Costa, Ana Lúcia}"_s), qPrintable(unicode));
    const QString latex = writeAs({record}, BibtexCharacters::Latex, true);
    QVERIFY2(isAscii(latex), qPrintable(latex));
    QVERIFY2(latex.contains(uR"(author = {Costa, Ana L{\'u}cia})"_s), qPrintable(latex));
    QCOMPARE(read(latex, u"biblatex"_s).records.first().authors().first().given, u"Ana Lúcia"_s);

    // A record read from a UTF-8 file: copied as it was when nothing is chosen; in LaTeX
    // commands (and read back the same) when LaTeX is chosen.
    const QString utf8File = u"@article{costa,\n  author = {Costa, Ana Lúcia},\n  title = {Ação},\n}\n"_s;
    const QList<Record> fromUtf8 = read(utf8File).records;
    QCOMPARE(writeAs(fromUtf8, BibtexCharacters::Auto, false), utf8File);
    const QString toLatex = writeAs(fromUtf8, BibtexCharacters::Latex, false);
    QVERIFY2(isAscii(toLatex), qPrintable(toLatex));
    QCOMPARE(read(toLatex).records.first(), fromUtf8.first());
    QVERIFY(toLatex.startsWith(u"@article{costa,"_s));   // its key kept

    // A record read with LaTeX commands: UTF-8 when asked.
    const QString latexFile = uR"(@article{costa,
  author = {Costa, Ana L{\'u}cia},
  title = {A{\c{c}}{\~a}o},
}
)"_s;
    const QList<Record> fromLatex = read(latexFile).records;
    QCOMPARE(writeAs(fromLatex, BibtexCharacters::Auto, false), latexFile);
    const QString toUnicode = writeAs(fromLatex, BibtexCharacters::Unicode, false);
    QVERIFY2(toUnicode.contains(u"Costa, Ana Lúcia"_s) && toUnicode.contains(u"{Ação}"_s),
             qPrintable(toUnicode));
    QCOMPARE(read(toUnicode).records.first(), fromLatex.first());
    QCOMPARE(bibtexCharactersFromId(bibtexCharactersId(BibtexCharacters::Latex)),
             std::optional(BibtexCharacters::Latex));
    QVERIFY(!bibtexCharactersFromId(u"ascii"));
}

void Tst_BibTeXWriter::shouldKeepUtf8AndUseBibLaTeXNamesForBibLaTeX()
{
    Record record = foreignRecord();
    record.setPersons(PersonRole::Author, {person(u"Müller"_s, u"Jürgen"_s)});
    record.setValue(FieldKey::Title, u"Über & mehr"_s);
    record.setValue(FieldKey::PublisherPlace, u"Köln"_s, u"CY"_s);
    const QString text = write({record}, true);
    QCOMPARE(text,
             u"@article{Muller2001,\n"
             "  author = {Müller, Jürgen},\n"
             "  title = {Über \\& mehr},\n"
             "  journaltitle = {J},\n"
             "  date = {2001},\n"
             "  location = {Köln},\n"
             "}\n"_s);
    const Collection back = read(text, u"biblatex"_s);
    QCOMPARE(back.records.first().sourceFormat, u"biblatex"_s);
    QCOMPARE(back.records.first().value(FieldKey::PublisherPlace), u"Köln"_s);
    QCOMPARE(back.records.first().value(FieldKey::Date), u"2001"_s);
}

void Tst_BibTeXWriter::shouldWriteNames_data()
{
    QTest::addColumn<Person>("person");
    QTest::addColumn<QString>("text");
    QTest::newRow("family, given") << person(u"Smith"_s, u"John"_s) << u"Smith, John"_s;
    QTest::newRow("particle before the family name") << person(u"Berg"_s, u"Jan"_s, u"van der"_s) << u"van der Berg, Jan"_s;
    QTest::newRow("suffix in the middle") << person(u"Knuth"_s, u"Donald E."_s, {}, u"Jr."_s) << u"Knuth, Jr., Donald E."_s;
    QTest::newRow("institution in braces") << literal(u"World Health Organization"_s) << u"{World Health Organization}"_s;
    QTest::newRow("others stays a word") << literal(u"others"_s) << u"others"_s;
    QTest::newRow("family only") << person(u"Plato"_s, {}) << u"Plato"_s;
    QTest::newRow("lower-case family kept whole") << person(u"de Gaulle"_s, u"Charles"_s) << u"{de Gaulle}, Charles"_s;
    QTest::newRow("particle and suffix") << person(u"Berg"_s, u"Jan"_s, u"van den"_s, u"III"_s) << u"van den Berg, III, Jan"_s;
    QTest::newRow("initials kept as written") << person(u"Albright"_s, u"TD"_s) << u"Albright, TD"_s;
    QTest::newRow("accents") << person(u"Ångström"_s, u"Anders"_s) << uR"({\AA}ngstr{\"o}m, Anders)"_s;
}

void Tst_BibTeXWriter::shouldWriteNames()
{
    QFETCH(Person, person);
    QFETCH(QString, text);
    QCOMPARE(bibtex::nameText(person, false), text);
    const Person back = bibtex::parseName(text);
    QVERIFY2(back.sameName(person), qPrintable(back.displayName()));
}

void Tst_BibTeXWriter::shouldGenerateUniqueCitationKeys()
{
    Record noAuthor = foreignRecord();
    noAuthor.setPersons(PersonRole::Author, {});
    noAuthor.setValue(FieldKey::Title, u"Über alles"_s);
    Record taken = foreignRecord();
    taken.setValue(FieldKey::Label, u"Smith2001"_s, u"ID"_s);
    const QList<Record> records = {foreignRecord(), foreignRecord(), noAuthor, taken};
    const Collection back = read(write(records));
    QStringList keys;
    for (const Record &record : back.records)
        keys.append(record.value(FieldKey::Label));
    // "Smith2001" belongs to the last record, so the generated ones go around it.
    QCOMPARE(keys, (QStringList{u"Smith2001a"_s, u"Smith2001b"_s, u"Uber2001"_s, u"Smith2001"_s}));
}

void Tst_BibTeXWriter::shouldKeepAValidLabelAsTheKeyAndReplaceAnInvalidOne()
{
    Record valid = foreignRecord();
    valid.setValue(FieldKey::Label, u"smith:2001-x"_s, u"F"_s);
    Record invalid = foreignRecord();
    invalid.setValue(FieldKey::Label, u"Smith et al, 2001"_s, u"F"_s);
    QList<Diagnostic> warnings;
    const Collection back = read(write({valid, invalid}, false, &warnings));
    QCOMPARE(back.records.at(0).value(FieldKey::Label), u"smith:2001-x"_s);
    QCOMPARE(back.records.at(1).value(FieldKey::Label), u"Smith2001"_s);
    QCOMPARE(back.records.at(1).value(FieldKey::Note), u"label: Smith et al, 2001"_s);
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().recordIndex, 1);
}

void Tst_BibTeXWriter::shouldWriteFieldsWithNoPlaceIntoTheNoteWithAWarning()
{
    Record record = foreignRecord();
    record.setValue(FieldKey::Note, u"Existing note"_s, u"N1"_s);
    record.setValue(FieldKey::CallNumber, u"QA76"_s, u"CN"_s);
    record.setValue(FieldKey::Other, u"Custom value"_s, u"M3"_s);
    record.setPersons(PersonRole::SeriesEditor, {person(u"Editor"_s, u"Series"_s)});
    QList<Diagnostic> warnings;
    const QString text = write({record}, false, &warnings);
    QCOMPARE(warnings.size(), 3);
    for (const Diagnostic &warning : warnings) {
        QCOMPARE(warning.severity, Severity::Warning);
        QCOMPARE(warning.recordIndex, 0);
    }
    const Collection back = read(text);
    QCOMPARE(back.records.first().value(FieldKey::Note),
             u"Existing note\nCN: QA76\nM3: Custom value\nseries editor: Editor, Series"_s);
    QCOMPARE(back.records.first().values(FieldKey::Note).size(), 1);
}

void Tst_BibTeXWriter::shouldWriteUnparsedRecordsFromElsewhereAsANote()
{
    Record broken;
    broken.sourceFormat = u"ris"_s;
    broken.unparsed = true;
    broken.line = 7;
    broken.setSource(u"TY  - JOUR\nXX garbage 100%\n"_s, 0, 0, 26);
    QList<Diagnostic> warnings;
    const Collection back = read(write({broken}, false, &warnings));
    QCOMPARE(back.records.size(), 1);
    QCOMPARE(back.records.first().value(FieldKey::Note), u"TY  - JOUR\nXX garbage 100%"_s);
    QCOMPARE(warnings.size(), 1);
}

void Tst_BibTeXWriter::shouldKeepUnchangedFieldsAsWrittenWhenARecordIsEdited()
{
    const QString text = u"@string{pami = \"IEEE PAMI\"}\n\n"
                         "@article{smith2001,\n"
                         "  author = {Smith, John and Doe, Jane},\n"
                         "  title = {A {DNA} study},\n"
                         "  journal = pami,\n"
                         "  publisher = pami # \" Press\",\n"
                         "  year = 2001,\n"
                         "  month = jan,\n"
                         "}\n\n"
                         "@book{brown1999, title = {Untouched}}\n"_s;
    Collection collection = read(text);
    QCOMPARE(collection.records.size(), 2);
    Record &edited = collection.records[0];
    edited.setValue(FieldKey::Year, u"2002"_s);
    edited.setValue(FieldKey::Abstract, u"New – abstract"_s);
    QList<Diagnostic> warnings;
    const QString written = write(collection.records, false, &warnings);
    QCOMPARE(written,
             u"@string{pami = \"IEEE PAMI\"}\n\n"
             "@article{smith2001,\n"
             "  author = {Smith, John and Doe, Jane},\n"
             "  title = {A {DNA} study},\n"
             "  journal = pami,\n"
             "  publisher = pami # \" Press\",\n"
             "  year = {2002},\n"
             "  month = jan,\n"
             "  abstract = {New -- abstract},\n"
             "}\n\n"
             "@book{brown1999, title = {Untouched}}\n"_s);
    QVERIFY(warnings.isEmpty());
}

void Tst_BibTeXWriter::shouldWriteEditedNamesAndKeepUnchangedOnes()
{
    const QString text = u"@article{k,\n  author = {M{\\\"u}ller, H. and Doe, J.},\n"
                         "  editor = {Ed, E.},\n  title = {T},\n}\n"_s;
    Collection collection = read(text);
    Record &record = collection.records[0];
    PersonList authors = record.authors();
    authors.append(person(u"Neu"_s, u"N."_s));
    record.setPersons(PersonRole::Author, authors);
    const QString written = write(collection.records);
    QVERIFY2(written.contains(uR"(author = {M{\"u}ller, H. and Doe, J. and Neu, N.},)"_s), qPrintable(written));
    QVERIFY2(written.contains(u"editor = {Ed, E.},"_s), qPrintable(written));
    QCOMPARE(read(written).records.first().authors().size(), 3);
}

void Tst_BibTeXWriter::shouldKeepAUtf8FileInUtf8WhenARecordIsEdited()
{
    Collection collection = read(u"@article{k,\n  title = {Über},\n}\n"_s);
    collection.records[0].setValue(FieldKey::Title, u"Über – neu"_s);
    QCOMPARE(write(collection.records), u"@article{k,\n  title = {Über – neu},\n}\n"_s);
}

void Tst_BibTeXWriter::shouldKeepFieldsBothFormatsExpressThroughARoundTrip_data()
{
    QTest::addColumn<bool>("biblatex");
    QTest::newRow("BibTeX") << false;
    QTest::newRow("BibLaTeX") << true;
}

void Tst_BibTeXWriter::shouldKeepFieldsBothFormatsExpressThroughARoundTrip()
{
    QFETCH(bool, biblatex);
    const std::pair<FieldKey, QString> values[] = {
        {FieldKey::Title, u"Títle with “quotes” & 100% — {braces}"_s},
        {FieldKey::ShortTitle, u"Títle"_s},
        {FieldKey::ContainerTitle, u"Zeitschrift für Physik"_s},
        {FieldKey::SeriesTitle, u"Lecture Notes"_s},
        {FieldKey::Year, u"2013"_s},
        {FieldKey::Date, u"2013-05-12"_s},
        {FieldKey::Volume, u"12"_s},
        {FieldKey::Issue, u"3"_s},
        {FieldKey::Pages, u"123–456"_s},
        {FieldKey::Edition, u"2nd"_s},
        {FieldKey::Publisher, u"Springer"_s},
        {FieldKey::PublisherPlace, u"Berlin"_s},
        {FieldKey::Doi, u"10.1000/xyz_123"_s},
        {FieldKey::Url, u"https://example.org/a_b?c=d&e=%20"_s},
        {FieldKey::Abstract, u"Line one.\nLine two with ~ tilde and ^ caret."_s},
        {FieldKey::Keywords, u"alpha, beta"_s},
        {FieldKey::Note, u"A note"_s},
        {FieldKey::Isbn, u"978-3-16-148410-0"_s},
        {FieldKey::Language, u"German"_s},
        {FieldKey::Label, u"Key2013"_s},
    };
    Record record;
    record.sourceFormat = u"csl-json"_s;
    record.type = RecordType::Article;
    for (const auto &[key, value] : values)
        record.setValue(key, value, fieldKeyId(key));
    record.setPersons(PersonRole::Author, {person(u"Berg"_s, u"Jan"_s, u"van der"_s), literal(u"The ATLAS Collaboration"_s)});
    record.setPersons(PersonRole::Editor, {person(u"Ed"_s, u"Eve"_s)});
    record.setPersons(PersonRole::Translator, {person(u"Tran"_s, u"Tom"_s)});

    QList<Diagnostic> warnings;
    const Collection back = read(write({record}, biblatex, &warnings));
    QVERIFY(warnings.isEmpty());
    QCOMPARE(back.records.size(), 1);
    const Record &again = back.records.first();
    QCOMPARE(again.type, RecordType::Article);
    for (const auto &[key, value] : values)
        QCOMPARE(again.value(key), value);
    QString why;
    QVERIFY2(samePersons(record, again, &why), qPrintable(why));
}

void Tst_BibTeXWriter::shouldWriteGeneratedEntriesWithTheFileLineEndings()
{
    Collection collection = read(u"@misc{a,\r\n  title = {A},\r\n}\r\n\r\n@misc{b, title = {B}}\r\n"_s);
    collection.records[0].setValue(FieldKey::Title, u"A2"_s);
    const QString text = write(collection.records, false, nullptr, LineEnding::CrLf);
    QCOMPARE(text, u"@misc{a,\r\n  title = {A2},\r\n}\r\n\r\n@misc{b, title = {B}}\r\n"_s);
}

void Tst_BibTeXWriter::shouldReadBackEditedCorpusRecordsUnchanged_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(REFMEND_CORPUS_DIR) + u"/bibtex"_s);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void Tst_BibTeXWriter::shouldReadBackEditedCorpusRecordsUnchanged()
{
    // Every record written as if edited (not copied from its source): what comes back must be
    // the same record, field for field and name for name.
    if (!QDir(QStringLiteral(REFMEND_CORPUS_DIR) + u"/bibtex"_s).exists())
        QSKIP("../shared/corpus/bibtex is not beside this checkout; corpus tests skipped");
    QFETCH(QString, path);
    ReadFileOptions options;
    options.formatId = u"bibtex"_s;
    Collection collection = readFile(path, options);
    if (collection.records.isEmpty())
        QSKIP("no records in this file");
    for (Record &record : collection.records)
        record.source.fingerprint = ~record.contentFingerprint();   // "edited"
    const QString written = write(collection.records, false, nullptr, collection.lineEnding);
    const Collection back = read(written);
    QCOMPARE(back.records.size(), collection.records.size());
    for (int i = 0; i < collection.records.size(); ++i) {
        const Record &before = collection.records.at(i);
        const Record &after = back.records.at(i);
        if (before.unparsed) {
            QVERIFY(after.unparsed);
            continue;
        }
        const QList<Field> a = comparableFields(before, before.value(FieldKey::Label).isEmpty());
        const QList<Field> b = comparableFields(after, before.value(FieldKey::Label).isEmpty());
        QVERIFY2(a == b, qPrintable(u"record %1:\n  %2\n  %3"_s.arg(i).arg(describe(a), describe(b))));
        QString why;
        QVERIFY2(samePersons(before, after, &why), qPrintable(u"record %1: %2"_s.arg(i).arg(why)));
        QCOMPARE(after.type, before.type);
    }
}

void Tst_BibTeXWriter::shouldReadBackCorpusRecordsWrittenFromTheirValues_data()
{
    shouldReadBackEditedCorpusRecordsUnchanged_data();
}

void Tst_BibTeXWriter::shouldReadBackCorpusRecordsWrittenFromTheirValues()
{
    // Without their source text, records are written from their values alone (as after a
    // conversion): every value must read back the same, in BibTeX (LaTeX) and BibLaTeX (UTF-8).
    if (!QDir(QStringLiteral(REFMEND_CORPUS_DIR) + u"/bibtex"_s).exists())
        QSKIP("../shared/corpus/bibtex is not beside this checkout; corpus tests skipped");
    QFETCH(QString, path);
    ReadFileOptions options;
    options.formatId = u"bibtex"_s;
    Collection collection = readFile(path, options);
    QList<Record> records;
    for (const Record &record : std::as_const(collection.records)) {
        if (record.unparsed)
            continue;
        Record copy = record;
        copy.source = SourceSpan();
        records.append(copy);
    }
    if (records.isEmpty())
        QSKIP("no records in this file");
    for (bool biblatex : {false, true}) {
        const QString written = write(records, biblatex);
        // BibTeX output is ASCII but for keys, field names, verbatim fields (url, file), math
        // and the characters LaTeX has no command for ("℘", "张"). Checked on the files under
        // 256 KiB, which hold every construct, to keep the test quick in Debug builds.
        if (!biblatex && collection.records.first().source.file.size() < 256 * 1024) {
            QList<Record> latexOnly = records;
            for (Record &record : latexOnly) {
                record.fields.removeIf([](const Field &field) {
                    return field.key == FieldKey::Label || bibtex::isVerbatimField(field.tag)
                            || !isAscii(field.tag);   // "funding_text\u00A01" is a name as written
                });
            }
            static const QRegularExpression math(u"\\$[^$]*\\$"_s);   // math is kept as written
            QString text = write(latexOnly);
            text.remove(math);
            for (QChar c : std::as_const(text)) {
                if (c.unicode() >= 0x80 && !c.isSurrogate())
                    QVERIFY2(unicodeToLatex(QString(c)) == QString(c), qPrintable(QString(c)));
            }
        }
        const Collection back = read(written, biblatex ? u"biblatex"_s : u"bibtex"_s);
        QCOMPARE(back.records.size(), records.size());
        QCOMPARE(back.hasErrors(), false);
        for (int i = 0; i < records.size(); ++i) {
            const Record &before = records.at(i);
            const Record &after = back.records.at(i);
            const bool keyless = before.value(FieldKey::Label).isEmpty();
            QList<Field> a = comparableFields(before, keyless);
            QList<Field> b = comparableFields(after, keyless);
            // Each dialect writes its own name for a field of the other (journaltitle ->
            // journal for BibTeX, location -> address): compare the keys of those.
            for (QList<Field> *list : {&a, &b}) {
                for (Field &field : *list) {
                    if (field.key != FieldKey::Other)
                        field.tag.clear();
                    field.line = field.column = 0;
                }
            }
            QVERIFY2(a == b, qPrintable(u"record %1 (%2):\n  %3\n  %4"_s.arg(i)
                                        .arg(biblatex ? u"biblatex"_s : u"bibtex"_s, describe(a), describe(b))));
            QString why;
            QVERIFY2(samePersons(before, after, &why), qPrintable(u"record %1: %2"_s.arg(i).arg(why)));
        }
    }
}

QTEST_GUILESS_MAIN(Tst_BibTeXWriter)
#include "tst_bibtexwriter.moc"
