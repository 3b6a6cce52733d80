#include "cleanup/cleanuppipeline.h"
#include "cleanup/mojibakescan.h"
#include "formats/fileio.h"

#include "testconfig.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

namespace {

const QString kPipelinePath = QStringLiteral(REFMEND_TEST_DATA_DIR "/cleanup/pipeline.enw");
const QString kSeedPath = QStringLiteral(REFMEND_CORPUS_DIR "/endnote-refer/hindawi__isrn-hepatology-2013-flattened.enw");

// "id records texts flagged" for each action, in the order they ran.
QStringList countsOf(const CleanupReport &report)
{
    QStringList counts;
    for (const CleanupActionCount &count : report.actions) {
        counts.append(u"%1 %2 %3 %4"_s.arg(count.actionId).arg(count.recordsChanged)
                              .arg(count.textsChanged).arg(count.flagged));
    }
    return counts;
}

} // namespace

class TestCleanupPipeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countsWhatEachActionChanged();
    void mergesDuplicatesAfterCleaning();
    void changesNothingMoreWhenRunTwice();
    void appliesTitleCaseOnlyWhenNamed();
    void rejectsUnknownActionsAndLeavesRecordsAlone();
    void rendersTheReportAsLines();
    void cleansTheSeedOfMojibake();

private:
    QList<Record> m_records;
};

void TestCleanupPipeline::initTestCase()
{
    const Collection collection = readFile(kPipelinePath);
    QVERIFY(!collection.hasErrors());
    m_records = collection.records;
    QCOMPARE(m_records.size(), 4);
}

void TestCleanupPipeline::countsWhatEachActionChanged()
{
    QList<Record> records = m_records;
    const CleanupReport report = runCleanup(records, {u"all"_s});
    QVERIFY(report.ok());
    QCOMPARE(countsOf(report), (QStringList{
        u"mojibake 1 1 0"_s,      // "Lu¨ªs Costa"
        u"latex 0 0 0"_s,
        u"nfc 0 0 0"_s,
        u"whitespace 1 2 0"_s,    // "Macedo,  Daniela", "ISRN  Hepatology"
        u"names 2 2 0"_s,         // "COSTA, LUIS", "Luís Costa"
        u"doi 3 3 0"_s,           // resolver URL, "doi:", and the DOI in the URL field
        u"pages 2 2 0"_s,
        u"dates 2 2 0"_s,
        u"isbn 1 1 0"_s,
        u"titlecase 0 0 1"_s,     // flagged, not applied
    }));
    QCOMPARE(records.size(), 4);
    QVERIFY(report.merges.isEmpty());
    QVERIFY(!report.deduplicated);

    const Record &first = records.at(0);
    QCOMPARE(first.authors().at(0).raw, u"Costa, Luis"_s);
    QCOMPARE(first.authors().at(1).raw, u"Macedo, Daniela"_s);
    QCOMPARE(first.value(FieldKey::ContainerTitle), u"ISRN Hepatology"_s);
    QCOMPARE(first.value(FieldKey::Year), u"2013"_s);
    QCOMPARE(first.value(FieldKey::Pages), u"1-10"_s);
    QCOMPARE(first.value(FieldKey::Doi), u"10.1155/2013/abc"_s);
    QCOMPARE(first.value(FieldKey::Isbn), u"1234-5679"_s);
    QCOMPARE(first.value(FieldKey::Title), u"THE ROLE OF DNA IN HIV INFECTION"_s);
    const Record &second = records.at(1);
    QCOMPARE(second.authors().at(0).raw, u"Costa, Luís"_s);
    QCOMPARE(second.value(FieldKey::Doi), u"10.1000/xyz"_s);
    QVERIFY(!second.has(FieldKey::Url));
    QCOMPARE(records.at(3), m_records.at(3));   // the clean record
}

void TestCleanupPipeline::mergesDuplicatesAfterCleaning()
{
    QList<Record> records = m_records;
    const CleanupReport report = runCleanup(records, {u"all"_s}, {}, true);
    QVERIFY(report.deduplicated);
    QCOMPARE(report.recordsBefore, 4);
    QCOMPARE(report.recordsAfter, 3);
    QCOMPARE(report.merges.size(), 1);
    QCOMPARE(report.merges.first().inputIndexes, (QList<int>{0, 2}));
    QCOMPARE(report.merges.first().reason, DuplicateReason::SameDoi);
    QVERIFY(report.merges.first().label.startsWith(u"Costa 2013: "_s));
    // The merged record keeps the unknown field of the record it absorbed.
    QCOMPARE(records.at(0).indexOf(FieldKey::Other, u"1"), records.at(0).fields.size() - 1);
    QCOMPARE(records.at(1).value(FieldKey::Title), u"Liver metastases"_s);
}

void TestCleanupPipeline::changesNothingMoreWhenRunTwice()
{
    QList<Record> records = m_records;
    runCleanup(records, {u"all"_s}, {}, true);
    const QList<Record> once = records;
    const CleanupReport again = runCleanup(records, {u"all"_s}, {}, true);
    for (const CleanupActionCount &count : again.actions) {
        QCOMPARE(count.recordsChanged, 0);
        QCOMPARE(count.textsChanged, 0);
    }
    QVERIFY(again.merges.isEmpty());
    QCOMPARE(records, once);
}

void TestCleanupPipeline::appliesTitleCaseOnlyWhenNamed()
{
    QList<Record> records = m_records;
    const CleanupReport report = runCleanup(records, {u"titlecase"_s});
    QCOMPARE(countsOf(report), QStringList{u"titlecase 1 1 0"_s});
    QCOMPARE(records.at(0).value(FieldKey::Title), u"The role of DNA in HIV infection"_s);

    QList<Record> withAll = m_records;
    runCleanup(withAll, {u"all,titlecase"_s});
    QCOMPARE(withAll.at(0).value(FieldKey::Title), u"The role of DNA in HIV infection"_s);
}

void TestCleanupPipeline::rejectsUnknownActionsAndLeavesRecordsAlone()
{
    QList<Record> records = m_records;
    const CleanupReport report = runCleanup(records, {u"doi"_s, u"spellcheck"_s}, {}, true);
    QVERIFY(!report.ok());
    QVERIFY(report.error.contains(u"spellcheck"));
    QVERIFY(report.error.contains(u"mojibake"));
    QVERIFY(report.actions.isEmpty());
    QCOMPARE(records, m_records);
    QCOMPARE(cleanupReportLines(report), QStringList{report.error});
}

void TestCleanupPipeline::rendersTheReportAsLines()
{
    QList<Record> records = m_records;
    CleanupOptions options;
    options.pageRangeForm = PageRangeForm::EnDash;
    const CleanupReport report = runCleanup(records, {u"pages"_s, u"mojibake"_s}, options, true);
    QCOMPARE(records.at(0).value(FieldKey::Pages), u"1–10"_s);
    const QStringList lines = cleanupReportLines(report);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).startsWith(u"mojibake: 1 "_s), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(u"pages: 3 "_s), qPrintable(lines.at(1)));   // "5-9" too, for the en dash
    QVERIFY2(lines.at(2).startsWith(u"dedupe: 1 "_s) && lines.at(2).endsWith(u"4 records -> 3"_s), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).contains(u"#1, #3"_s), qPrintable(lines.at(3)));
}

void TestCleanupPipeline::cleansTheSeedOfMojibake()
{
    if (!QFile::exists(kSeedPath))
        QSKIP("corpus not found: set REFMEND_SHARED_DIR to the folder holding corpus/");
    QList<Record> records = readFile(kSeedPath).records;
    records += m_records;
    const CleanupReport report = runCleanup(records, {u"all"_s}, {}, true);
    QVERIFY(report.ok());
    QVERIFY(scanForMojibake(records).isEmpty());
    QCOMPARE(records.at(0).authors().at(4).displayName(), u"Costa, Ana Lúcia"_s);
    QCOMPARE(records.at(0).authors().at(8).displayName(), u"Costa, Luís"_s);
    QCOMPARE(records.at(0).value(FieldKey::Doi), u"10.1155/2013/702167"_s);
}

QTEST_GUILESS_MAIN(TestCleanupPipeline)
#include "tst_cleanuppipeline.moc"
