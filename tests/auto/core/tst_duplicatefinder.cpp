#include "cleanup/duplicatefinder.h"
#include "formats/fileio.h"
#include "model/personname.h"

#include "testconfig.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

using IndexGroups = QList<QList<int>>;

namespace {

const QString kDuplicatesPath = QStringLiteral(REFMEND_TEST_DATA_DIR "/cleanup/duplicates.enw");

IndexGroups indexesOf(const QList<DuplicateGroup> &groups)
{
    IndexGroups result;
    for (const DuplicateGroup &group : groups)
        result.append(group.recordIndexes);
    return result;
}

QStringList otherFields(const Record &record)
{
    QStringList result;
    for (const Field &field : record.fields) {
        if (field.key == FieldKey::Other)
            result.append(field.tag + u'=' + field.value);
    }
    return result;
}

Record article(const QString &title, const QString &year, const QString &author, const QString &doi = {})
{
    Record record;
    record.type = RecordType::Article;
    record.setValue(FieldKey::Title, title);
    record.setValue(FieldKey::Year, year);
    record.setValue(FieldKey::Doi, doi);
    record.setPersons(PersonRole::Author, {parsePersonName(author)});
    return record;
}

} // namespace

class TestDuplicateFinder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void normalisesTitlesToOneKey_data();
    void normalisesTitlesToOneKey();
    void findsTheKnownGroupsOfTheFixture_data();
    void findsTheKnownGroupsOfTheFixture();
    void namesTheReasonOfEachGroup();
    void neverGroupsRecordsWithDifferentDois();
    void mergesKeepingTheUnionOfUnknownFields();
    void mergesWithPerFieldChoices();
    void plansTheMergeAsOneReplaceAndRemovals();
    void findsDuplicatesAmongManyRecordsQuickly();

private:
    QList<Record> m_records;
};

void TestDuplicateFinder::initTestCase()
{
    const Collection collection = readFile(kDuplicatesPath);
    QVERIFY(!collection.hasErrors());
    m_records = collection.records;
    QCOMPARE(m_records.size(), 13);
}

void TestDuplicateFinder::normalisesTitlesToOneKey_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("key");

    QTest::newRow("punctuation and case") << u"The Role of DNA: a Review."_s << u"theroleofdnaareview"_s;
    QTest::newRow("capitals and dash") << u"THE ROLE OF DNA - A REVIEW"_s << u"theroleofdnaareview"_s;
    QTest::newRow("accents") << u"Müller’s «Tumour» study"_s << u"mullerstumourstudy"_s;
    QTest::newRow("LaTeX braces") << u"{DNA} in {HIV}"_s << u"dnainhiv"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestDuplicateFinder::normalisesTitlesToOneKey()
{
    QFETCH(QString, title);
    QFETCH(QString, key);
    QCOMPARE(normalisedTitleKey(title), key);
}

void TestDuplicateFinder::findsTheKnownGroupsOfTheFixture_data()
{
    QTest::addColumn<double>("threshold");
    QTest::addColumn<IndexGroups>("groups");

    // 0, 1, 12: one DOI written three ways. 2, 3: same title after folding, same year and
    // first author. Not: 4 (other year), 5/6 (Müller vs Mueller), 8/9 (different DOIs).
    QTest::newRow("exact titles") << 1.0 << IndexGroups{{0, 1, 12}, {2, 3}};
    // 10, 11: "outcomes" and "outcome".
    QTest::newRow("similar titles") << 0.85 << IndexGroups{{0, 1, 12}, {2, 3}, {10, 11}};
    QTest::newRow("similar titles, strict") << 0.99 << IndexGroups{{0, 1, 12}, {2, 3}};
}

void TestDuplicateFinder::findsTheKnownGroupsOfTheFixture()
{
    QFETCH(double, threshold);
    QFETCH(IndexGroups, groups);
    DuplicateOptions options;
    options.titleSimilarity = threshold;
    QCOMPARE(indexesOf(findDuplicates(m_records, options)), groups);
}

void TestDuplicateFinder::namesTheReasonOfEachGroup()
{
    DuplicateOptions options;
    options.titleSimilarity = 0.85;
    const QList<DuplicateGroup> groups = findDuplicates(m_records, options);
    QCOMPARE(groups.size(), 3);
    QCOMPARE(groups.at(0).reason, DuplicateReason::SameDoi);
    QCOMPARE(groups.at(1).reason, DuplicateReason::SameTitle);
    QCOMPARE(groups.at(2).reason, DuplicateReason::SimilarTitle);
    QVERIFY(groups.at(2).similarity >= 0.85 && groups.at(2).similarity < 1.0);
    QVERIFY(!duplicateReasonDescription(groups.at(2).reason).isEmpty());

    // Without DOIs, the third Smith record still joins by its similar title.
    options.matchDoi = false;
    const QList<DuplicateGroup> byTitle = findDuplicates(m_records, options);
    QCOMPARE(indexesOf(byTitle), (IndexGroups{{0, 1, 12}, {2, 3}, {10, 11}}));
    QCOMPARE(byTitle.at(0).reason, DuplicateReason::SameTitle);
}

void TestDuplicateFinder::neverGroupsRecordsWithDifferentDois()
{
    const QList<Record> records = {article(u"Same title"_s, u"2020"_s, u"Patel, Priya"_s, u"10.3000/a"_s),
                                   article(u"Same title"_s, u"2020"_s, u"Patel, Priya"_s, u"10.3000/b"_s),
                                   article(u"Same title"_s, u"2020"_s, u"Patel, P."_s),
                                   article(u"Same title"_s, u"2021"_s, u"Patel, Priya"_s)};
    // The third (no DOI) joins the first; the second's DOI contradicts both.
    QCOMPARE(indexesOf(findDuplicates(records)), (IndexGroups{{0, 2}}));
}

void TestDuplicateFinder::mergesKeepingTheUnionOfUnknownFields()
{
    const QList<Record> group = {m_records.at(0), m_records.at(1), m_records.at(12)};
    const Record merged = mergeRecords(group);
    // The second record is the most complete: its title, authors and pages.
    QCOMPARE(primaryRecordPosition(group), 1);
    QCOMPARE(merged.value(FieldKey::Title), m_records.at(1).value(FieldKey::Title));
    QCOMPARE(merged.authors().size(), 2);
    QCOMPARE(merged.value(FieldKey::Pages), u"1-10"_s);
    QCOMPARE(merged.value(FieldKey::Volume), u"12"_s);   // only the first has it
    QCOMPARE(otherFields(merged), (QStringList{u"1=custom-b"_s, u"2=extra"_s, u"1=custom-a"_s}));
    QCOMPARE(merged.values(FieldKey::Title).size(), 1);
}

void TestDuplicateFinder::mergesWithPerFieldChoices()
{
    const QList<Record> group = {m_records.at(0), m_records.at(1)};
    MergeChoices choices;
    choices.fields.insert(FieldKey::Title, 0);
    choices.fields.insert(FieldKey::ContainerTitle, 0);
    choices.persons.insert(PersonRole::Author, 0);
    const Record merged = mergeRecords(group, choices);
    QCOMPARE(merged.value(FieldKey::Title), u"The role of DNA in liver disease"_s);
    QCOMPARE(merged.value(FieldKey::ContainerTitle), u"Journal of Hepatology"_s);
    QCOMPARE(merged.authors().size(), 1);
    QCOMPARE(merged.authors().first().given, u"John"_s);
    QCOMPARE(merged.value(FieldKey::Doi), u"https://doi.org/10.1000/abc.123"_s);   // from the primary
}

void TestDuplicateFinder::plansTheMergeAsOneReplaceAndRemovals()
{
    const QList<DuplicateGroup> groups = findDuplicates(m_records);
    const QList<DedupePlan> plans = planDedupe(m_records, groups);
    QCOMPARE(plans.size(), 2);
    QCOMPARE(plans.at(0).keepIndex, 0);
    QCOMPARE(plans.at(0).removeIndexes, (QList<int>{1, 12}));
    QCOMPARE(plans.at(0).merged.id, m_records.at(0).id);
    QVERIFY(plans.at(0).label.startsWith(u"Smith 2013: "_s));
    QCOMPARE(plans.at(1).keepIndex, 2);
    QCOMPARE(plans.at(1).removeIndexes, QList<int>{3});

    QList<Record> records = m_records;
    applyDedupePlans(records, plans);
    QCOMPARE(records.size(), 10);
    QCOMPARE(records.at(0), plans.at(0).merged);
    QCOMPARE(records.at(1), plans.at(1).merged);
    QCOMPARE(records.at(2).value(FieldKey::Year), u"2014"_s);   // the old index 4
    QVERIFY(findDuplicates(records).isEmpty());
}

void TestDuplicateFinder::findsDuplicatesAmongManyRecordsQuickly()
{
    // 20,000 distinct records and every 100th repeated: blocking keeps this linear.
    QList<Record> records;
    for (int i = 0; i < 20000; ++i) {
        records.append(article(u"Distinct title number %1 about liver"_s.arg(i), QString::number(1950 + i % 70),
                               u"Author%1, Given"_s.arg(i % 300), u"10.5555/%1"_s.arg(i)));
    }
    for (int i = 0; i < 20000; i += 100) {
        Record copy = records.at(i);
        copy.setValue(FieldKey::Doi, {});
        copy.setValue(FieldKey::Title, copy.value(FieldKey::Title).toUpper() + u'.');
        records.append(copy);
    }
    QElapsedTimer timer;
    timer.start();
    DuplicateOptions options;
    options.titleSimilarity = 0.9;
    const QList<DuplicateGroup> groups = findDuplicates(records, options);
    QCOMPARE(groups.size(), 200);
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestDuplicateFinder)
#include "tst_duplicatefinder.moc"
