#include "cleanup/integritycheck.h"
#include "formats/fileio.h"
#include "model/personname.h"

#include "testconfig.h"

#include <QtTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace refmend;

using RecordList = QList<Record>;
Q_DECLARE_METATYPE(RecordList)

namespace {

const QString kIntegrityPath = QStringLiteral(REFMEND_TEST_DATA_DIR "/cleanup/integrity.enw");

// A journal article that passes every check; rows change one thing.
Record completeArticle(const std::function<void(Record &)> &change = {})
{
    Record record;
    record.type = RecordType::Article;
    record.sourceFormat = u"endnote"_s;
    record.setValue(FieldKey::Title, u"The treatment of liver metastases"_s);
    record.setValue(FieldKey::ContainerTitle, u"ISRN Hepatology"_s);
    record.setValue(FieldKey::Year, u"2013"_s);
    record.setValue(FieldKey::Doi, u"10.1155/2013/702167"_s);
    record.setPersons(PersonRole::Author, {parsePersonName(u"Costa, Luís")});
    if (change)
        change(record);
    return record;
}

Person personWithParts(const QString &family, const QString &given)
{
    Person person;
    person.family = family;
    person.given = given;
    return person;
}

IntegrityOptions fixedYear()
{
    IntegrityOptions options;
    options.currentYear = 2025;
    return options;
}

QList<IntegrityProblem> problemsOf(const QList<IntegrityProblem> &problems, const QString &checkId)
{
    QList<IntegrityProblem> matching;
    for (const IntegrityProblem &problem : problems) {
        if (problem.checkId == checkId)
            matching.append(problem);
    }
    return matching;
}

} // namespace

class TestIntegrityCheck : public QObject
{
    Q_OBJECT

private slots:
    void listsEveryCheckOnceWithAName();
    void reportsEachCheckOnlyWhenItFails_data();
    void reportsEachCheckOnlyWhenItFails();
    void fixesWhatCanBeFixed();
    void splitsUnsplitNamesFamilyFirstWhenTheCollectionKnowsTheFamily();
    void findsSwappedNamesFromTheRestOfTheCollection();
    void mergesTheFixesOfOneRecord();
    void skipsDisabledChecks();
    void reportsFileLineAndColumnForTheCommandLine();
};

void TestIntegrityCheck::listsEveryCheckOnceWithAName()
{
    QStringList ids;
    for (const IntegrityCheckInfo &info : integrityChecks()) {
        QVERIFY(!info.displayName.isEmpty());
        QVERIFY2(!ids.contains(info.id), qPrintable(info.id));
        ids.append(info.id);
    }
    QCOMPARE(ids.size(), 10);
}

void TestIntegrityCheck::reportsEachCheckOnlyWhenItFails_data()
{
    QTest::addColumn<RecordList>("records");
    QTest::addColumn<QString>("checkId");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("fixable");

    QTest::newRow("complete article passes every check")
            << RecordList{completeArticle()} << QString() << 0 << false;

    QTest::newRow("article without journal")
            << RecordList{completeArticle([](Record &r) { r.setValue(FieldKey::ContainerTitle, {}); })}
            << u"missing-field"_s << 1 << false;
    QTest::newRow("article without authors or year")
            << RecordList{completeArticle([](Record &r) { r.setPersons(PersonRole::Author, {}); r.setValue(FieldKey::Year, {}); })}
            << u"missing-field"_s << 2 << false;
    QTest::newRow("article with a date instead of a year")
            << RecordList{completeArticle([](Record &r) { r.setValue(FieldKey::Year, {}); r.setValue(FieldKey::Date, u"2013/05/12"_s); })}
            << u"missing-field"_s << 0 << false;
    QTest::newRow("book without publisher")
            << RecordList{completeArticle([](Record &r) { r.type = RecordType::Book; r.setValue(FieldKey::ContainerTitle, {}); })}
            << u"missing-field"_s << 1 << false;
    QTest::newRow("edited book with publisher")
            << RecordList{completeArticle([](Record &r) {
                   r.type = RecordType::Book;
                   r.setPersons(PersonRole::Editor, r.authors());
                   r.setPersons(PersonRole::Author, {});
                   r.setValue(FieldKey::Publisher, u"Springer"_s);
               })}
            << u"missing-field"_s << 0 << false;
    QTest::newRow("chapter without book title")
            << RecordList{completeArticle([](Record &r) {
                   r.type = RecordType::Chapter;
                   r.setValue(FieldKey::ContainerTitle, {});
                   r.setValue(FieldKey::Publisher, u"Springer"_s);
               })}
            << u"missing-field"_s << 1 << false;
    QTest::newRow("web page without URL")
            << RecordList{completeArticle([](Record &r) { r.type = RecordType::WebPage; })}
            << u"missing-field"_s << 1 << false;

    QTest::newRow("DOI with a short registrant")
            << RecordList{completeArticle([](Record &r) { r.setValue(FieldKey::Doi, u"10.12/x"_s); })}
            << u"invalid-doi"_s << 1 << false;
    QTest::newRow("DOI that is a word")
            << RecordList{completeArticle([](Record &r) { r.setValue(FieldKey::Doi, u"pending"_s); })}
            << u"invalid-doi"_s << 1 << false;
    QTest::newRow("DOI as a resolver URL is valid")
            << RecordList{completeArticle([](Record &r) { r.setValue(FieldKey::Doi, u"https://doi.org/10.1000/ABC"_s); })}
            << u"invalid-doi"_s << 0 << false;

    QTest::newRow("ISSN with a wrong check digit")
            << RecordList{completeArticle([](Record &r) { r.setValue(FieldKey::Isbn, u"0317-8472"_s); })}
            << u"issn-checksum"_s << 1 << false;
    QTest::newRow("valid ISSN")
            << RecordList{completeArticle([](Record &r) { r.setValue(FieldKey::Isbn, u"ISSN 0317-8471"_s); })}
            << u"issn-checksum"_s << 0 << false;
    QTest::newRow("ISBN-10 with a wrong check digit")
            << RecordList{completeArticle([](Record &r) { r.setValue(FieldKey::Isbn, u"0-306-40615-3"_s); })}
            << u"isbn-checksum"_s << 1 << false;
    QTest::newRow("ISBN-13 with a wrong prefix")
            << RecordList{completeArticle([](Record &r) { r.setValue(FieldKey::Isbn, u"9770306406156"_s); })}
            << u"isbn-checksum"_s << 1 << false;
    QTest::newRow("valid ISBN-13 and ISBN-10")
            << RecordList{completeArticle([](Record &r) { r.setValue(FieldKey::Isbn, u"978-0-306-40615-7; 0-8044-2957-X"_s); })}
            << u"isbn-checksum"_s << 0 << false;

    QTest::newRow("year before printing")
            << RecordList{completeArticle([](Record &r) { r.setValue(FieldKey::Year, u"1201"_s); })}
            << u"year-range"_s << 1 << false;
    QTest::newRow("year far in the future")
            << RecordList{completeArticle([](Record &r) { r.setValue(FieldKey::Year, u"2999"_s); })}
            << u"year-range"_s << 1 << false;
    QTest::newRow("year next year")
            << RecordList{completeArticle([](Record &r) { r.setValue(FieldKey::Year, u"2026"_s); })}
            << u"year-range"_s << 0 << false;
    QTest::newRow("year in press")
            << RecordList{completeArticle([](Record &r) { r.setValue(FieldKey::Year, u"in press"_s); })}
            << u"year-range"_s << 0 << false;

    QTest::newRow("garbled author")
            << RecordList{completeArticle([](Record &r) { r.personsRef(PersonRole::Author).append(parsePersonName(u"Ana L¨²cia Costa")); })}
            << u"mojibake"_s << 1 << true;
    QTest::newRow("garbled abstract")
            << RecordList{completeArticle([](Record &r) { r.setValue(FieldKey::Abstract, u"Approximately 75¨C80% of patients"_s); })}
            << u"mojibake"_s << 1 << true;
    QTest::newRow("accented author")
            << RecordList{completeArticle([](Record &r) { r.personsRef(PersonRole::Author).append(parsePersonName(u"Ana Lúcia Costa")); })}
            << u"mojibake"_s << 0 << false;

    QTest::newRow("decomposed title")
            << RecordList{completeArticle([](Record &r) { r.setValue(FieldKey::Title, u"Jose\u0301 and Mu\u0308ller"_s); })}
            << u"unicode-nfd"_s << 1 << true;
    QTest::newRow("decomposed author")
            << RecordList{completeArticle([](Record &r) { r.personsRef(PersonRole::Author)[0] = parsePersonName(u"Costa, Lui\u0301s"); })}
            << u"unicode-nfd"_s << 1 << true;
    QTest::newRow("composed text")
            << RecordList{completeArticle([](Record &r) { r.setValue(FieldKey::Title, u"José and Müller"_s); })}
            << u"unicode-nfd"_s << 0 << false;

    QTest::newRow("whole name in the family field")
            << RecordList{completeArticle([](Record &r) { r.personsRef(PersonRole::Author)[0] = personWithParts(u"Costa Luis"_s, {}); })}
            << u"name-unsplit"_s << 1 << true;
    QTest::newRow("family name with a space and a given name")
            << RecordList{completeArticle([](Record &r) { r.personsRef(PersonRole::Author)[0] = parsePersonName(u"García Márquez, Gabriel"); })}
            << u"name-unsplit"_s << 0 << false;
    QTest::newRow("institution")
            << RecordList{completeArticle([](Record &r) { r.personsRef(PersonRole::Author)[0] = parsePersonName(u"World Health Organization"); })}
            << u"name-unsplit"_s << 0 << false;

    QTest::newRow("capital surname in the given field")
            << RecordList{completeArticle([](Record &r) { r.personsRef(PersonRole::Author)[0] = personWithParts(u"Luis"_s, u"COSTA"_s); })}
            << u"name-swapped"_s << 1 << true;
    QTest::newRow("capital initials in the given field")
            << RecordList{completeArticle([](Record &r) { r.personsRef(PersonRole::Author)[0] = parsePersonName(u"Tolkien, J. R. R."); })}
            << u"name-swapped"_s << 0 << false;
    QTest::newRow("name in order")
            << RecordList{completeArticle()} << u"name-swapped"_s << 0 << false;

    QTest::newRow("two records with one citation key")
            << RecordList{completeArticle([](Record &r) { r.setValue(FieldKey::Label, u"costa2013"_s); }),
                          completeArticle([](Record &r) { r.setValue(FieldKey::Label, u"costa2013"_s); })}
            << u"duplicate-key"_s << 1 << true;
    QTest::newRow("distinct citation keys")
            << RecordList{completeArticle([](Record &r) { r.setValue(FieldKey::Label, u"costa2013"_s); }),
                          completeArticle([](Record &r) { r.setValue(FieldKey::Label, u"costa2013b"_s); })}
            << u"duplicate-key"_s << 0 << false;
}

void TestIntegrityCheck::reportsEachCheckOnlyWhenItFails()
{
    QFETCH(RecordList, records);
    QFETCH(QString, checkId);
    QFETCH(int, count);
    QFETCH(bool, fixable);

    const QList<IntegrityProblem> all = checkIntegrity(records, fixedYear());
    if (checkId.isEmpty()) {
        QCOMPARE(all.size(), 0);
        return;
    }
    const QList<IntegrityProblem> problems = problemsOf(all, checkId);
    QCOMPARE(problems.size(), count);
    for (const IntegrityProblem &problem : problems) {
        QVERIFY(!problem.message.isEmpty());
        QVERIFY(!problem.message.contains(u'\n'));
        QCOMPARE(problem.fix.has_value(), fixable);
        if (!fixable)
            continue;
        QVERIFY(!problem.fixDescription.isEmpty());
        // The fix clears this problem.
        RecordList fixed = records;
        fixed[problem.fix->recordIndex] = problem.fix->after;
        QVERIFY2(problemsOf(checkIntegrity(fixed, fixedYear()), checkId).size() < count,
                 qPrintable(problem.message));
    }
}

void TestIntegrityCheck::fixesWhatCanBeFixed()
{
    const RecordList records{completeArticle([](Record &r) {
        r.personsRef(PersonRole::Author).append(parsePersonName(u"Ana L¨²cia Costa"));
        r.personsRef(PersonRole::Author).append(personWithParts(u"Luis"_s, u"COSTA"_s));
    })};
    const QList<IntegrityProblem> problems = checkIntegrity(records, fixedYear());
    const QList<IntegrityProblem> mojibake = problemsOf(problems, u"mojibake"_s);
    QCOMPARE(mojibake.size(), 1);
    QCOMPARE(mojibake.first().location, u"Author 2"_s);
    QCOMPARE(mojibake.first().fix->after.authors().at(1).given, u"Ana Lúcia"_s);

    const QList<IntegrityProblem> swapped = problemsOf(problems, u"name-swapped"_s);
    QCOMPARE(swapped.size(), 1);
    QCOMPARE(swapped.first().fix->after.authors().at(2).displayName(), u"Costa, Luis"_s);
    QCOMPARE(swapped.first().fix->recordIndex, 0);
}

void TestIntegrityCheck::splitsUnsplitNamesFamilyFirstWhenTheCollectionKnowsTheFamily()
{
    const RecordList records{completeArticle([](Record &r) {
        r.personsRef(PersonRole::Author).append(personWithParts(u"Costa Luis"_s, {}));
    })};
    // The record also names "Costa, Luís": Costa is a family name here.
    const QList<IntegrityProblem> problems = problemsOf(checkIntegrity(records, fixedYear()), u"name-unsplit"_s);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().fix->after.authors().at(1).displayName(), u"Costa, Luis"_s);

    // Alone, the record gets the parser's reading ("First Last").
    const QList<IntegrityProblem> alone = problemsOf(checkRecord(records.first(), 0, fixedYear()), u"name-unsplit"_s);
    QCOMPARE(alone.first().fix->after.authors().at(1).displayName(), u"Luis, Costa"_s);
}

void TestIntegrityCheck::findsSwappedNamesFromTheRestOfTheCollection()
{
    const RecordList records{
        completeArticle([](Record &r) { r.setPersons(PersonRole::Author, {parsePersonName(u"Costa, Ana")}); }),
        completeArticle([](Record &r) { r.setPersons(PersonRole::Author, {parsePersonName(u"Silva, Luís")}); }),
        completeArticle([](Record &r) { r.setPersons(PersonRole::Author, {personWithParts(u"Luís"_s, u"Costa"_s)}); }),
    };
    const QList<IntegrityProblem> problems = problemsOf(checkIntegrity(records, fixedYear()), u"name-swapped"_s);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().recordIndex, 2);
    QCOMPARE(problems.first().fix->after.authors().first().displayName(), u"Costa, Luís"_s);
    // Without the collection, nothing suggests they are swapped.
    QVERIFY(problemsOf(checkRecord(records.at(2), 2, fixedYear()), u"name-swapped"_s).isEmpty());
}

void TestIntegrityCheck::mergesTheFixesOfOneRecord()
{
    const RecordList records{completeArticle([](Record &r) {
        r.personsRef(PersonRole::Author).append(parsePersonName(u"Ana L¨²cia Costa"));
        r.setValue(FieldKey::Title, u"Jose\u0301"_s);
    })};
    const QList<IntegrityProblem> problems = checkIntegrity(records, fixedYear());
    const QList<RecordRepair> repairs = planIntegrityFixes(records, problems);
    QCOMPARE(repairs.size(), 1);
    QCOMPARE(repairs.first().repairedTexts, 2);
    QCOMPARE(repairs.first().after.value(FieldKey::Title), u"José"_s);
    QCOMPARE(repairs.first().after.authors().at(1).given, u"Ana Lúcia"_s);
    QVERIFY(checkIntegrity({repairs.first().after}, fixedYear()).isEmpty());
}

void TestIntegrityCheck::skipsDisabledChecks()
{
    const RecordList records{completeArticle([](Record &r) { r.setValue(FieldKey::Doi, u"nope"_s); r.setValue(FieldKey::Year, u"1201"_s); })};
    IntegrityOptions options = fixedYear();
    options.disabledChecks = {u"invalid-doi"_s};
    const QList<IntegrityProblem> problems = checkIntegrity(records, options);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().checkId, u"year-range"_s);
}

void TestIntegrityCheck::reportsFileLineAndColumnForTheCommandLine()
{
    const Collection collection = readFile(kIntegrityPath);
    QCOMPARE(collection.records.size(), 3);
    QStringList lines;
    for (const IntegrityProblem &problem : checkIntegrity(collection.records, fixedYear()))
        lines.append(problem.toString(u"integrity.enw"_s));
    const QStringList expected = {
        u"integrity.enw:11:4: warning: Author 1: suspected mojibake: \"Ana L¨²cia Costa\" should read \"Ana Lúcia Costa\" [mojibake]"_s,
        u"integrity.enw:12:4: warning: Author 2: given name \"COSTA\" looks like a family name (swapped with \"Luis\"?) [name-swapped]"_s,
        u"integrity.enw:14:4: warning: Year: year 1201 is out of range (1400-2027) [year-range]"_s,
        u"integrity.enw:15:4: warning: DOI: \"10.12/x\" is not a DOI (10.NNNN/...) [invalid-doi]"_s,
        u"integrity.enw:16:4: warning: ISBN/ISSN: ISSN \"0317-8472\" fails its checksum [issn-checksum]"_s,
        u"integrity.enw:17:4: error: Label: citation key \"costa2013\" is also used by record 1 (line 1) [duplicate-key]"_s,
        u"integrity.enw:19: warning: Book without Publisher [missing-field]"_s,
    };
    QCOMPARE(lines, expected);
}

QTEST_GUILESS_MAIN(TestIntegrityCheck)
#include "tst_integritycheck.moc"
