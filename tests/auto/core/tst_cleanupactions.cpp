#include "cleanup/cleanupactions.h"
#include "model/personname.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

Q_DECLARE_METATYPE(refmend::FieldKey)
Q_DECLARE_METATYPE(refmend::PageRangeForm)
Q_DECLARE_METATYPE(refmend::NameForm)

namespace {

Record recordWithField(FieldKey key, const QString &value, const QString &sourceFormat = u"endnote"_s,
                       const QString &tag = {})
{
    Record record;
    record.sourceFormat = sourceFormat;
    Field field;
    field.key = key;
    field.tag = tag;
    field.value = value;
    record.fields.append(field);
    return record;
}

Record recordWithAuthors(const QStringList &names)
{
    Record record;
    record.sourceFormat = u"endnote"_s;
    PersonList persons;
    for (const QString &name : names)
        persons.append(parsePersonName(name));
    record.setPersons(PersonRole::Author, persons);
    return record;
}

// Runs one action over one record and applies every change it proposes.
Record cleaned(const Record &record, QStringView actionId, const CleanupOptions &options = {})
{
    const QList<CleanupChange> changes = previewCleanupRecord(record, 0, actionId, options);
    return applyCleanupChanges(record, changes);
}

} // namespace

class TestCleanupActions : public QObject
{
    Q_OBJECT

private slots:
    void listsEveryActionInPipelineOrder();
    void parsesActionLists_data();
    void parsesActionLists();
    void rejectsUnknownActionsListingTheValidOnes();

    void cleansFieldValues_data();
    void cleansFieldValues();
    void writesPageRangesInTheChosenForm_data();
    void writesPageRangesInTheChosenForm();
    void normalisesPersonNames_data();
    void normalisesPersonNames();
    void writesNamesGivenFirstWhenAsked();
    void splitsCompoundFamilyNamesTheCollectionKnows();
    void convertsLatexInNamesButNotInUrls();

    void movesADoiFoundInTheUrlIntoTheEmptyDoiField();
    void copiesADoiFromANoteThatSaysMore();
    void leavesUrlAloneWhenTheRecordHasADoi();
    void flagsAllCapsTitlesWithoutForcingThem();
    void repairsMojibakeThroughTheScanner();
    void labelsChangesByFieldAndPerson();
    void skipsChangesToTextEditedSinceThePreview();
    void plansOneRepairPerChangedRecord();

    void validatesStandardNumbers_data();
    void validatesStandardNumbers();
    void normalisesDois_data();
    void normalisesDois();
};

void TestCleanupActions::listsEveryActionInPipelineOrder()
{
    QCOMPARE(cleanupActionIds(),
             (QStringList{u"mojibake"_s, u"latex"_s, u"nfc"_s, u"whitespace"_s, u"names"_s, u"doi"_s,
                          u"pages"_s, u"dates"_s, u"isbn"_s, u"titlecase"_s}));
    for (const CleanupActionInfo &info : cleanupActions()) {
        QVERIFY2(!info.displayName.isEmpty(), qPrintable(info.id));
        QVERIFY2(!info.description.isEmpty(), qPrintable(info.id));
        QCOMPARE(info.suggestsOnly, info.id == u"titlecase"_s);
    }
}

void TestCleanupActions::parsesActionLists_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QStringList>("ids");

    QTest::newRow("one") << u"doi"_s << QStringList{u"doi"_s};
    QTest::newRow("put in pipeline order") << u"pages,mojibake"_s << QStringList{u"mojibake"_s, u"pages"_s};
    QTest::newRow("spaces and case") << u" DOI , Names "_s << QStringList{u"names"_s, u"doi"_s};
    QTest::newRow("all leaves out title case")
            << u"all"_s
            << QStringList{u"mojibake"_s, u"latex"_s, u"nfc"_s, u"whitespace"_s, u"names"_s,
                           u"doi"_s, u"pages"_s, u"dates"_s, u"isbn"_s};
    QTest::newRow("all plus title case")
            << u"all,titlecase"_s
            << QStringList{u"mojibake"_s, u"latex"_s, u"nfc"_s, u"whitespace"_s, u"names"_s,
                           u"doi"_s, u"pages"_s, u"dates"_s, u"isbn"_s, u"titlecase"_s};
    QTest::newRow("repeated") << u"doi,doi"_s << QStringList{u"doi"_s};
}

void TestCleanupActions::parsesActionLists()
{
    QFETCH(QString, list);
    QFETCH(QStringList, ids);
    QString error = u"stale"_s;
    QCOMPARE(parseCleanupActionList(list, &error), ids);
    QVERIFY(error.isEmpty());
}

void TestCleanupActions::rejectsUnknownActionsListingTheValidOnes()
{
    QString error;
    QVERIFY(parseCleanupActionList(u"doi,spelling", &error).isEmpty());
    QVERIFY(error.contains(u"spelling"));
    for (const QString &id : cleanupActionIds())
        QVERIFY2(error.contains(id), qPrintable(error));
    QVERIFY(error.contains(u"all"));
}

void TestCleanupActions::cleansFieldValues_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<FieldKey>("key");
    QTest::addColumn<QString>("sourceFormat");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");

    const QString enw = u"endnote"_s;
    const QString bib = u"bibtex"_s;

    QTest::newRow("doi: https resolver") << u"doi"_s << FieldKey::Doi << enw << u"https://doi.org/10.1155/2013/702167"_s << u"10.1155/2013/702167"_s;
    QTest::newRow("doi: dx resolver, upper case") << u"doi"_s << FieldKey::Doi << enw << u"http://dx.doi.org/10.1000/ABC"_s << u"10.1000/abc"_s;
    QTest::newRow("doi: doi: prefix and full stop") << u"doi"_s << FieldKey::Doi << enw << u"doi:10.1000/xyz."_s << u"10.1000/xyz"_s;
    QTest::newRow("doi: DOI label") << u"doi"_s << FieldKey::Doi << enw << u"DOI: 10.1000/XYZ"_s << u"10.1000/xyz"_s;
    QTest::newRow("doi: percent-encoded slash") << u"doi"_s << FieldKey::Doi << enw << u"https://doi.org/10.1000%2Fabc"_s << u"10.1000/abc"_s;
    QTest::newRow("doi: clean is left alone") << u"doi"_s << FieldKey::Doi << enw << u"10.1000/abc"_s << u"10.1000/abc"_s;
    QTest::newRow("doi: not a DOI is left alone") << u"doi"_s << FieldKey::Doi << enw << u"see publisher"_s << u"see publisher"_s;

    QTest::newRow("dates: full stop") << u"dates"_s << FieldKey::Year << enw << u"2013."_s << u"2013"_s;
    QTest::newRow("dates: parentheses") << u"dates"_s << FieldKey::Year << enw << u"(2013)"_s << u"2013"_s;
    QTest::newRow("dates: brackets") << u"dates"_s << FieldKey::Year << enw << u"[2013]"_s << u"2013"_s;
    QTest::newRow("dates: copyright c") << u"dates"_s << FieldKey::Year << enw << u"c2013"_s << u"2013"_s;
    QTest::newRow("dates: copyright sign") << u"dates"_s << FieldKey::Year << enw << u"©2013."_s << u"2013"_s;
    QTest::newRow("dates: spaces") << u"dates"_s << FieldKey::Year << enw << u" 2013 "_s << u"2013"_s;
    QTest::newRow("dates: letter suffix kept") << u"dates"_s << FieldKey::Year << enw << u"(2013a)"_s << u"2013a"_s;
    QTest::newRow("dates: clean year") << u"dates"_s << FieldKey::Year << enw << u"2013"_s << u"2013"_s;
    QTest::newRow("dates: in press") << u"dates"_s << FieldKey::Year << enw << u"in press"_s << u"in press"_s;
    QTest::newRow("dates: full date") << u"dates"_s << FieldKey::Year << enw << u"2013/05/12"_s << u"2013/05/12"_s;

    QTest::newRow("whitespace: title") << u"whitespace"_s << FieldKey::Title << enw << u"  The  role\tof DNA "_s << u"The role of DNA"_s;
    QTest::newRow("whitespace: title newline") << u"whitespace"_s << FieldKey::Title << enw << u"The role\nof DNA"_s << u"The role of DNA"_s;
    QTest::newRow("whitespace: abstract keeps paragraphs") << u"whitespace"_s << FieldKey::Abstract << enw
            << u"First  line. \n\n\n  Second   line.\n"_s << u"First line.\n\nSecond line."_s;
    QTest::newRow("whitespace: clean") << u"whitespace"_s << FieldKey::Title << enw << u"The role of DNA"_s << u"The role of DNA"_s;

    QTest::newRow("nfc: decomposed acute") << u"nfc"_s << FieldKey::Title << enw << u"Jose\u0301"_s << u"José"_s;
    QTest::newRow("nfc: composed") << u"nfc"_s << FieldKey::Title << enw << u"José"_s << u"José"_s;
    QTest::newRow("nfc: unknown field too") << u"nfc"_s << FieldKey::Other << enw << u"Mu\u0308ller"_s << u"Müller"_s;

    QTest::newRow("latex: accents") << u"latex"_s << FieldKey::Title << bib << u"M{\\\"u}ller and Ca{\\~n}ete"_s << u"Müller and Cañete"_s;
    QTest::newRow("latex: dash in BibTeX") << u"latex"_s << FieldKey::Title << bib << u"Costs -- benefits"_s << u"Costs – benefits"_s;
    QTest::newRow("latex: dash outside BibTeX is text") << u"latex"_s << FieldKey::Title << enw << u"Costs -- benefits"_s << u"Costs -- benefits"_s;
    QTest::newRow("latex: tilde outside BibTeX is text") << u"latex"_s << FieldKey::Abstract << enw << u"~50% of cases"_s << u"~50% of cases"_s;
    QTest::newRow("latex: command outside BibTeX") << u"latex"_s << FieldKey::Title << enw << u"Schr\\\"odinger"_s << u"Schrödinger"_s;
    QTest::newRow("latex: url untouched") << u"latex"_s << FieldKey::Url << bib << u"http://x.org/~a--b"_s << u"http://x.org/~a--b"_s;
    QTest::newRow("latex: unknown field untouched") << u"latex"_s << FieldKey::Other << bib << u"C:\\data\\x.pdf"_s << u"C:\\data\\x.pdf"_s;
    QTest::newRow("latex: plain") << u"latex"_s << FieldKey::Title << bib << u"Müller"_s << u"Müller"_s;

    QTest::newRow("isbn: bare ISSN") << u"isbn"_s << FieldKey::Isbn << enw << u"12345679"_s << u"1234-5679"_s;
    QTest::newRow("isbn: labelled ISSN") << u"isbn"_s << FieldKey::Isbn << enw << u"ISSN 0317-8471"_s << u"0317-8471"_s;
    QTest::newRow("isbn: ISSN with x") << u"isbn"_s << FieldKey::Isbn << enw << u"0000-006x"_s << u"0000-006X"_s;
    QTest::newRow("isbn: spaced ISBN-10") << u"isbn"_s << FieldKey::Isbn << enw << u"0 306 40615 2"_s << u"0-306-40615-2"_s;
    QTest::newRow("isbn: spaced ISBN-13") << u"isbn"_s << FieldKey::Isbn << enw << u"978 0 306 40615 7"_s << u"978-0-306-40615-7"_s;
    QTest::newRow("isbn: lower-case check digit") << u"isbn"_s << FieldKey::Isbn << enw << u"0-8044-2957-x"_s << u"0-8044-2957-X"_s;
    QTest::newRow("isbn: hyphenated ISBN-13") << u"isbn"_s << FieldKey::Isbn << enw << u"978-0-306-40615-7"_s << u"978-0-306-40615-7"_s;
    QTest::newRow("isbn: compact ISBN-13 keeps its grouping") << u"isbn"_s << FieldKey::Isbn << enw << u"9780306406157"_s << u"9780306406157"_s;
    QTest::newRow("isbn: with a note") << u"isbn"_s << FieldKey::Isbn << enw << u"0-19-852663-6 (pbk.)"_s << u"0-19-852663-6 (pbk.)"_s;
    QTest::newRow("isbn: invalid checksum left") << u"isbn"_s << FieldKey::Isbn << enw << u"12345678"_s << u"12345678"_s;
    QTest::newRow("isbn: two ISBNs") << u"isbn"_s << FieldKey::Isbn << enw << u"0 306 40615 2; 978 0 306 40615 7"_s << u"0-306-40615-2; 978-0-306-40615-7"_s;

    QTest::newRow("mojibake: GBK dash") << u"mojibake"_s << FieldKey::Abstract << enw << u"Approximately 75¨C80% of patients"_s << u"Approximately 75–80% of patients"_s;
    QTest::newRow("mojibake: UTF-8 read as 1252") << u"mojibake"_s << FieldKey::Title << enw << u"SÃ£o Paulo cohort"_s << u"São Paulo cohort"_s;
    QTest::newRow("mojibake: genuine Latin-1") << u"mojibake"_s << FieldKey::Title << enw << u"Müller and Ångström"_s << u"Müller and Ångström"_s;
}

void TestCleanupActions::cleansFieldValues()
{
    QFETCH(QString, action);
    QFETCH(FieldKey, key);
    QFETCH(QString, sourceFormat);
    QFETCH(QString, before);
    QFETCH(QString, after);

    const Record record = recordWithField(key, before, sourceFormat, key == FieldKey::Other ? u"1"_s : QString());
    const QList<CleanupChange> changes = previewCleanupRecord(record, 7, action);
    QCOMPARE(changes.isEmpty(), before == after);
    for (const CleanupChange &change : changes) {
        QCOMPARE(change.recordIndex, 7);
        QCOMPARE(change.actionId, action);
        QCOMPARE(change.before, before);
        QVERIFY(!change.flaggedOnly);
    }
    const Record once = applyCleanupChanges(record, changes);
    QCOMPARE(once.fields.size(), 1);
    QCOMPARE(once.fields.first().value, after);
    QCOMPARE(once.fields.first().key, key);
    // Idempotent: a second run finds nothing more.
    QVERIFY(previewCleanupRecord(once, 0, action).isEmpty());
}

void TestCleanupActions::writesPageRangesInTheChosenForm_data()
{
    QTest::addColumn<PageRangeForm>("form");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");

    QTest::newRow("hyphen stays") << PageRangeForm::Hyphen << u"1-10"_s << u"1-10"_s;
    QTest::newRow("double hyphen to hyphen") << PageRangeForm::Hyphen << u"1--10"_s << u"1-10"_s;
    QTest::newRow("en dash to hyphen") << PageRangeForm::Hyphen << u"1–10"_s << u"1-10"_s;
    QTest::newRow("spaced hyphen") << PageRangeForm::Hyphen << u"1 - 10"_s << u"1-10"_s;
    QTest::newRow("pp. prefix") << PageRangeForm::Hyphen << u"pp. 1-10"_s << u"1-10"_s;
    QTest::newRow("pages prefix") << PageRangeForm::EnDash << u"Pages 100 -- 110"_s << u"100–110"_s;
    QTest::newRow("hyphen to en dash") << PageRangeForm::EnDash << u"1-10"_s << u"1–10"_s;
    QTest::newRow("hyphen to double hyphen") << PageRangeForm::DoubleHyphen << u"1-10"_s << u"1--10"_s;
    QTest::newRow("em dash to double hyphen") << PageRangeForm::DoubleHyphen << u"1—10"_s << u"1--10"_s;
    QTest::newRow("two ranges") << PageRangeForm::EnDash << u"1-5,7 -9"_s << u"1–5, 7–9"_s;
    QTest::newRow("article number") << PageRangeForm::EnDash << u"e1234"_s << u"e1234"_s;
    QTest::newRow("supplement pages") << PageRangeForm::EnDash << u"S12-S15"_s << u"S12-S15"_s;
    QTest::newRow("single page") << PageRangeForm::EnDash << u"123"_s << u"123"_s;
    QTest::newRow("single page with p.") << PageRangeForm::EnDash << u"p. 5"_s << u"p. 5"_s;
    QTest::newRow("roman numerals") << PageRangeForm::EnDash << u"xi-xv"_s << u"xi-xv"_s;
}

void TestCleanupActions::writesPageRangesInTheChosenForm()
{
    QFETCH(PageRangeForm, form);
    QFETCH(QString, before);
    QFETCH(QString, after);

    CleanupOptions options;
    options.pageRangeForm = form;
    const Record once = cleaned(recordWithField(FieldKey::Pages, before), u"pages", options);
    QCOMPARE(once.value(FieldKey::Pages), after);
    QVERIFY(previewCleanupRecord(once, 0, u"pages", options).isEmpty());
}

void TestCleanupActions::normalisesPersonNames_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("particle");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("given");

    QTest::newRow("all capitals") << u"COSTA, LUIS"_s << u"Costa, Luis"_s << QString() << u"Costa"_s << u"Luis"_s;
    QTest::newRow("clean name left alone") << u"Costa, Luís"_s << u"Costa, Luís"_s << QString() << u"Costa"_s << u"Luís"_s;
    QTest::newRow("given first to family first") << u"Luís Costa"_s << u"Costa, Luís"_s << QString() << u"Costa"_s << u"Luís"_s;
    QTest::newRow("capital particles") << u"VAN DER BERG, JAN"_s << u"van der Berg, Jan"_s << u"van der"_s << u"Berg"_s << u"Jan"_s;
    QTest::newRow("Spanish particles") << u"DE LA FUENTE, ANA"_s << u"de la Fuente, Ana"_s << u"de la"_s << u"Fuente"_s << u"Ana"_s;
    QTest::newRow("particle kept") << u"van der Berg, Jan"_s << u"van der Berg, Jan"_s << u"van der"_s << u"Berg"_s << u"Jan"_s;
    QTest::newRow("capitalised particle stays in family") << u"Van Gogh, Vincent"_s << u"Van Gogh, Vincent"_s << QString() << u"Van Gogh"_s << u"Vincent"_s;
    QTest::newRow("initials spaced") << u"Tolkien, J.R.R."_s << u"Tolkien, J. R. R."_s << QString() << u"Tolkien"_s << u"J. R. R."_s;
    QTest::newRow("capital initials") << u"TOLKIEN, JRR"_s << u"Tolkien, J. R. R."_s << QString() << u"Tolkien"_s << u"J. R. R."_s;
    QTest::newRow("PubMed style") << u"Smith JA"_s << u"Smith, J. A."_s << QString() << u"Smith"_s << u"J. A."_s;
    QTest::newRow("capital short name with vowels") << u"SMITH, LEE"_s << u"Smith, Lee"_s << QString() << u"Smith"_s << u"Lee"_s;
    QTest::newRow("apostrophe") << u"O'BRIEN, MARY KATE"_s << u"O'Brien, Mary Kate"_s << QString() << u"O'Brien"_s << u"Mary Kate"_s;
    QTest::newRow("hyphenated family") << u"LÓPEZ-GARCÍA, ANA"_s << u"López-García, Ana"_s << QString() << u"López-García"_s << u"Ana"_s;
    QTest::newRow("capital family only") << u"MÜLLER, Hans"_s << u"Müller, Hans"_s << QString() << u"Müller"_s << u"Hans"_s;
    QTest::newRow("capital given and initial") << u"COSTA, LUIS M"_s << u"Costa, Luis M."_s << QString() << u"Costa"_s << u"Luis M."_s;
    QTest::newRow("institution untouched") << u"World Health Organization"_s << u"World Health Organization"_s << QString() << QString() << QString();
    QTest::newRow("CJK untouched") << u"张伟"_s << u"张伟"_s << QString() << u"张伟"_s << QString();
}

void TestCleanupActions::normalisesPersonNames()
{
    QFETCH(QString, written);
    QFETCH(QString, raw);
    QFETCH(QString, particle);
    QFETCH(QString, family);
    QFETCH(QString, given);

    const Record record = recordWithAuthors({u"Amaral, Teresa"_s, written});
    const QList<CleanupChange> changes = previewCleanupRecord(record, 0, u"names");
    QCOMPARE(changes.isEmpty(), written == raw);
    const Record once = applyCleanupChanges(record, changes);
    const Person &person = once.authors().at(1);
    QCOMPARE(personText(person), raw);
    QCOMPARE(person.particle, particle);
    if (!person.isLiteral()) {
        QCOMPARE(person.family, family);
        QCOMPARE(person.given, given);
        // The written text reads back as the same parts.
        QVERIFY(parsePersonName(person.raw).sameName(person));
    }
    QCOMPARE(once.authors().at(0), record.authors().at(0));
    QVERIFY(previewCleanupRecord(once, 0, u"names").isEmpty());
}

void TestCleanupActions::writesNamesGivenFirstWhenAsked()
{
    CleanupOptions options;
    options.nameForm = NameForm::GivenFirst;
    const Record once = cleaned(recordWithAuthors({u"Costa, Luís"_s, u"VAN DER BERG, JAN"_s}), u"names", options);
    QCOMPARE(once.authors().at(0).raw, u"Luís Costa"_s);
    QCOMPARE(once.authors().at(1).raw, u"Jan van der Berg"_s);
    QCOMPARE(once.authors().at(1).particle, u"van der"_s);
    QVERIFY(previewCleanupRecord(once, 0, u"names", options).isEmpty());
}

void TestCleanupActions::splitsCompoundFamilyNamesTheCollectionKnows()
{
    const QList<Record> records = {recordWithAuthors({u"García Márquez, Ana"_s}),
                                   recordWithAuthors({u"Mary García Márquez"_s, u"Ana Maria Silva"_s})};
    const QList<CleanupChange> changes = previewCleanup(records, u"names");
    QList<Record> after = records;
    for (const RecordRepair &repair : planCleanup(records, changes))
        after[repair.recordIndex] = repair.after;
    QCOMPARE(after.at(1).authors().at(0).family, u"García Márquez"_s);
    QCOMPARE(after.at(1).authors().at(0).given, u"Mary"_s);
    QCOMPARE(after.at(1).authors().at(0).raw, u"García Márquez, Mary"_s);
    // A family name the collection does not know stays as the parser read it.
    QCOMPARE(after.at(1).authors().at(1).raw, u"Silva, Ana Maria"_s);
    QVERIFY(previewCleanup(after, u"names").isEmpty());
    // One record alone has no such hint.
    const Record alone = cleaned(records.at(1), u"names");
    QCOMPARE(alone.authors().at(0).family, u"Márquez"_s);
}

void TestCleanupActions::convertsLatexInNamesButNotInUrls()
{
    Record record = recordWithAuthors({u"M{\\\"u}ller, J{\\\"u}rgen"_s, u"Smith, John"_s});
    record.sourceFormat = u"bibtex"_s;
    record.setValue(FieldKey::Url, u"http://example.org/~smith/a--b"_s);
    const QList<CleanupChange> changes = previewCleanupRecord(record, 0, u"latex");
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().label, u"Author 1"_s);
    const Record once = applyCleanupChanges(record, changes);
    QCOMPARE(once.authors().at(0).family, u"Müller"_s);
    QCOMPARE(once.authors().at(0).given, u"Jürgen"_s);
    QCOMPARE(once.value(FieldKey::Url), record.value(FieldKey::Url));
    QVERIFY(previewCleanupRecord(once, 0, u"latex").isEmpty());
}

void TestCleanupActions::movesADoiFoundInTheUrlIntoTheEmptyDoiField()
{
    Record record = recordWithField(FieldKey::Title, u"A title"_s);
    record.setValue(FieldKey::Url, u"https://doi.org/10.1000/ABC"_s);
    record.setValue(FieldKey::Note, u"doi:10.9999/other"_s);
    const QList<CleanupChange> changes = previewCleanupRecord(record, 0, u"doi");
    QCOMPARE(changes.size(), 1);   // the first place found; the note is left for the user
    QCOMPARE(changes.first().kind, CleanupChange::Kind::MoveToField);
    QCOMPARE(changes.first().after, u"10.1000/abc"_s);
    QVERIFY(changes.first().removeSource);

    const Record once = applyCleanupChanges(record, changes);
    QCOMPARE(once.value(FieldKey::Doi), u"10.1000/abc"_s);
    QVERIFY(!once.has(FieldKey::Url));
    QCOMPARE(once.fields.at(1).key, FieldKey::Doi);   // in the place of the URL
    QCOMPARE(once.value(FieldKey::Note), u"doi:10.9999/other"_s);
    QVERIFY(previewCleanupRecord(once, 0, u"doi").isEmpty());

    // An empty DOI field is filled in place.
    Record withEmpty = recordWithField(FieldKey::Url, u"http://dx.doi.org/10.1000/XYZ"_s);
    Field emptyDoi;
    emptyDoi.key = FieldKey::Doi;
    withEmpty.fields.append(emptyDoi);
    withEmpty.setValue(FieldKey::Title, u"A title"_s);
    const Record filled = cleaned(withEmpty, u"doi");
    QCOMPARE(filled.fields.size(), 2);
    QCOMPARE(filled.fields.at(0).key, FieldKey::Doi);
    QCOMPARE(filled.fields.at(0).value, u"10.1000/xyz"_s);
    QCOMPARE(filled.fields.at(1).value, u"A title"_s);
}

void TestCleanupActions::copiesADoiFromANoteThatSaysMore()
{
    Record record = recordWithField(FieldKey::Note, u"Data at doi:10.5061/dryad.abc12, see also the appendix."_s);
    const Record once = cleaned(record, u"doi");
    QCOMPARE(once.value(FieldKey::Doi), u"10.5061/dryad.abc12"_s);
    QCOMPARE(once.value(FieldKey::Note), record.value(FieldKey::Note));
    QVERIFY(previewCleanupRecord(once, 0, u"doi").isEmpty());
}

void TestCleanupActions::leavesUrlAloneWhenTheRecordHasADoi()
{
    Record record = recordWithField(FieldKey::Doi, u"10.1000/abc"_s);
    record.setValue(FieldKey::Url, u"https://doi.org/10.1000/other"_s);
    QVERIFY(previewCleanupRecord(record, 0, u"doi").isEmpty());
}

void TestCleanupActions::flagsAllCapsTitlesWithoutForcingThem()
{
    const struct {
        QString before;
        QString after;
    } rows[] = {
        {u"THE ROLE OF DNA IN HIV INFECTION"_s, u"The role of DNA in HIV infection"_s},
        {u"COVID-19 AND THE LUNG: A REVIEW OF MRNA VACCINES"_s, u"COVID-19 and the lung: A review of mRNA vaccines"_s},
        {u"PCR ASSAYS FOR PHASE II TRIALS"_s, u"PCR assays for phase II trials"_s},
    };
    for (const auto &row : rows) {
        const Record record = recordWithField(FieldKey::Title, row.before);
        const QList<CleanupChange> changes = previewCleanupRecord(record, 0, u"titlecase");
        QCOMPARE(changes.size(), 1);
        QVERIFY(changes.first().flaggedOnly);
        QCOMPARE(changes.first().after, row.after);
        QVERIFY(previewCleanupRecord(applyCleanupChanges(record, changes), 0, u"titlecase").isEmpty());
    }
    for (const QString &clean : {u"The Role of DNA"_s, u"DNA"_s, u"A study of HIV"_s})
        QVERIFY(previewCleanupRecord(recordWithField(FieldKey::Title, clean), 0, u"titlecase").isEmpty());
    // Journal names in capitals are not titles.
    QVERIFY(previewCleanupRecord(recordWithField(FieldKey::ContainerTitle, u"THE LANCET ONCOLOGY"_s), 0, u"titlecase").isEmpty());
}

void TestCleanupActions::repairsMojibakeThroughTheScanner()
{
    const Record record = recordWithAuthors({u"Ana L¨²cia Costa"_s, u"Costa, Luís"_s, u"JosÃ© Silva"_s});
    const QList<CleanupChange> changes = previewCleanupRecord(record, 0, u"mojibake");
    QCOMPARE(changes.size(), 2);
    const Record once = applyCleanupChanges(record, changes);
    QCOMPARE(once.authors().at(0).given, u"Ana Lúcia"_s);
    QCOMPARE(once.authors().at(0).family, u"Costa"_s);
    QCOMPARE(once.authors().at(2).given, u"José"_s);
    QCOMPARE(once.authors().at(1), record.authors().at(1));
    QVERIFY(previewCleanupRecord(once, 0, u"mojibake").isEmpty());
}

void TestCleanupActions::labelsChangesByFieldAndPerson()
{
    Record record = recordWithAuthors({u"Amaral, Teresa"_s, u"Sousa, Ana"_s, u"COSTA, LUIS"_s});
    record.setValue(FieldKey::Doi, u"doi:10.1000/x"_s);
    QList<CleanupChange> changes = previewCleanupRecord(record, 0, u"names");
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().label, u"Author 3"_s);
    QCOMPARE(changes.first().before, u"COSTA, LUIS"_s);
    QCOMPARE(changes.first().after, u"Costa, Luis"_s);
    changes = previewCleanupRecord(record, 0, u"doi");
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().label, fieldKeyDisplayName(FieldKey::Doi));
}

void TestCleanupActions::skipsChangesToTextEditedSinceThePreview()
{
    const Record record = recordWithAuthors({u"COSTA, LUIS"_s});
    const QList<CleanupChange> changes = previewCleanupRecord(record, 0, u"names");
    Record edited = record;
    edited.personsRef(PersonRole::Author)[0] = parsePersonName(u"Costa, Luís Carlos");
    int applied = -1;
    const Record after = applyCleanupChanges(edited, changes, &applied);
    QCOMPARE(applied, 0);
    QCOMPARE(after, edited);
}

void TestCleanupActions::plansOneRepairPerChangedRecord()
{
    const QList<Record> records = {recordWithField(FieldKey::Year, u"2013."_s),
                                   recordWithField(FieldKey::Year, u"2014"_s),
                                   recordWithField(FieldKey::Year, u"(2015)"_s)};
    const QList<CleanupChange> changes = previewCleanup(records, u"dates");
    QCOMPARE(changes.size(), 2);
    const QList<RecordRepair> repairs = planCleanup(records, changes);
    QCOMPARE(repairs.size(), 2);
    QCOMPARE(repairs.at(0).recordIndex, 0);
    QCOMPARE(repairs.at(1).recordIndex, 2);
    QCOMPARE(repairs.at(1).after.value(FieldKey::Year), u"2015"_s);
    QCOMPARE(repairs.at(1).repairedTexts, 1);
    // A subset: only the ticked change.
    QCOMPARE(planCleanup(records, {changes.at(1)}).size(), 1);
    // Changes pointing outside the records are ignored.
    CleanupChange outside = changes.first();
    outside.recordIndex = 42;
    QVERIFY(planCleanup(records, {outside}).isEmpty());
    QVERIFY(previewCleanup(records, u"no-such-action").isEmpty());
}

void TestCleanupActions::validatesStandardNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("valid");

    QTest::newRow("valid ISSN") << u"0317-8471"_s << 1 << true;
    QTest::newRow("ISSN with X") << u"2434-561X"_s << 1 << true;
    QTest::newRow("bad ISSN") << u"0317-8472"_s << 1 << false;
    QTest::newRow("valid ISBN-10") << u"ISBN 0-306-40615-2"_s << 1 << true;
    QTest::newRow("bad ISBN-10") << u"0-306-40615-3"_s << 1 << false;
    QTest::newRow("valid ISBN-13") << u"978-0-306-40615-7"_s << 1 << true;
    QTest::newRow("bad ISBN-13") << u"978-0-306-40615-8"_s << 1 << false;
    QTest::newRow("not an identifier") << u"pbk."_s << 0 << false;
    QTest::newRow("too short") << u"12345"_s << 0 << false;
}

void TestCleanupActions::validatesStandardNumbers()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QFETCH(bool, valid);
    const QList<StandardNumber> numbers = findStandardNumbers(text);
    QCOMPARE(numbers.size(), count);
    if (count > 0)
        QCOMPARE(numbers.first().valid, valid);
}

void TestCleanupActions::normalisesDois_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("doi");

    QTest::newRow("bare") << u"10.1155/2013/702167"_s << u"10.1155/2013/702167"_s;
    QTest::newRow("www resolver") << u"https://www.doi.org/10.1000/X"_s << u"10.1000/x"_s;
    QTest::newRow("closing parenthesis that belongs") << u"10.1002/(SICI)1097-4636"_s << u"10.1002/(sici)1097-4636"_s;
    QTest::newRow("closing parenthesis that does not") << u"10.1000/abc)"_s << u"10.1000/abc"_s;
    QTest::newRow("short registrant") << u"10.12/abc"_s << QString();
    QTest::newRow("no suffix") << u"10.1000/"_s << QString();
    QTest::newRow("words") << u"unknown"_s << QString();
}

void TestCleanupActions::normalisesDois()
{
    QFETCH(QString, text);
    QFETCH(QString, doi);
    QCOMPARE(normaliseDoi(text), doi);
    QCOMPARE(isValidDoi(doi), !doi.isEmpty());
}

QTEST_GUILESS_MAIN(TestCleanupActions)
#include "tst_cleanupactions.moc"
