#include "cleanup/findreplace.h"
#include "model/personname.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

using Mode = FindReplaceOptions::Mode;
Q_DECLARE_METATYPE(refmend::FindReplaceOptions::Mode)

namespace {

QList<Record> sampleRecords()
{
    Record first;
    first.setValue(FieldKey::Title, u"Liver metastases in liver disease"_s);
    first.setValue(FieldKey::ContainerTitle, u"ISRN Hepatology"_s);
    first.setValue(FieldKey::Pages, u"100-110"_s);
    Field custom;
    custom.tag = u"1"_s;
    custom.value = u"liver cohort"_s;
    first.fields.append(custom);
    first.setPersons(PersonRole::Author, {parsePersonName(u"Costa, L."), parsePersonName(u"Macedo, Daniela")});

    Record second;
    second.setValue(FieldKey::Title, u"Delivery of LIVER care"_s);
    second.setValue(FieldKey::Year, u"2013"_s);
    second.setPersons(PersonRole::Editor, {parsePersonName(u"Costa, L.")});
    return {first, second};
}

} // namespace

class TestFindReplace : public QObject
{
    Q_OBJECT

private slots:
    void replacesInTheChosenFields_data();
    void replacesInTheChosenFields();
    void replacesInPersonNamesAndReparsesThem();
    void limitsPersonsToTheChosenRoles();
    void reportsAnInvalidPatternInsteadOfCrashing_data();
    void reportsAnInvalidPatternInsteadOfCrashing();
    void expandsCapturesInTheReplacement_data();
    void expandsCapturesInTheReplacement();
    void plansTheChangesAsRecordRepairs();
};

void TestFindReplace::replacesInTheChosenFields_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QString>("find");
    QTest::addColumn<QString>("replace");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<bool>("wholeWord");
    QTest::addColumn<QList<FieldKey>>("fields");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<int>("matches");

    const QList<FieldKey> title{FieldKey::Title};
    QTest::newRow("plain, case-sensitive") << Mode::Plain << u"liver"_s << u"hepatic"_s << true << false << title
            << QStringList{u"Liver metastases in hepatic disease"_s, u"Dehepaticy of LIVER care"_s} << 2;
    QTest::newRow("plain, any case, whole word") << Mode::Plain << u"liver"_s << u"hepatic"_s << false << true << title
            << QStringList{u"hepatic metastases in hepatic disease"_s, u"Delivery of hepatic care"_s} << 3;
    QTest::newRow("plain text with regex characters") << Mode::Plain << u"in liver"_s << u"(in) $1"_s << true << false << title
            << QStringList{u"Liver metastases (in) $1 disease"_s, u"Delivery of LIVER care"_s} << 1;
    QTest::newRow("no match") << Mode::Plain << u"kidney"_s << u"x"_s << true << false << title
            << QStringList{u"Liver metastases in liver disease"_s, u"Delivery of LIVER care"_s} << 0;
    QTest::newRow("regex with a capture") << Mode::RegularExpression << u"(\\w+) disease"_s << u"disease of the \\1"_s << true << false << title
            << QStringList{u"Liver metastases in disease of the liver"_s, u"Delivery of LIVER care"_s} << 1;
    QTest::newRow("regex, dollar capture, any case") << Mode::RegularExpression << u"^(\\w+)"_s << u"[$1]"_s << false << false << title
            << QStringList{u"[Liver] metastases in liver disease"_s, u"[Delivery] of LIVER care"_s} << 2;
    QTest::newRow("other fields are not chosen") << Mode::Plain << u"ISRN"_s << u"X"_s << true << false << title
            << QStringList{u"Liver metastases in liver disease"_s, u"Delivery of LIVER care"_s} << 0;
}

void TestFindReplace::replacesInTheChosenFields()
{
    QFETCH(Mode, mode);
    QFETCH(QString, find);
    QFETCH(QString, replace);
    QFETCH(bool, caseSensitive);
    QFETCH(bool, wholeWord);
    QFETCH(QList<FieldKey>, fields);
    QFETCH(QStringList, titles);
    QFETCH(int, matches);

    FindReplaceOptions options;
    options.mode = mode;
    options.find = find;
    options.replace = replace;
    options.caseSensitive = caseSensitive;
    options.wholeWord = wholeWord;
    options.fields = fields;
    const QList<Record> records = sampleRecords();
    const FindReplaceResult result = previewFindReplace(records, options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.matchCount, matches);
    QList<Record> after = records;
    for (const RecordRepair &repair : planCleanup(records, result.changes))
        after[repair.recordIndex] = repair.after;
    QCOMPARE((QStringList{after.at(0).value(FieldKey::Title), after.at(1).value(FieldKey::Title)}), titles);
    for (const CleanupChange &change : result.changes) {
        QCOMPARE(change.actionId, u"find-replace"_s);
        QCOMPARE(change.label, fieldKeyDisplayName(FieldKey::Title));
    }
    // Fields that were not chosen are untouched.
    QCOMPARE(after.at(0).value(FieldKey::ContainerTitle), records.at(0).value(FieldKey::ContainerTitle));
    QCOMPARE(after.at(0).fields.last(), records.at(0).fields.last());
}

void TestFindReplace::replacesInPersonNamesAndReparsesThem()
{
    FindReplaceOptions options;
    options.find = u"Costa, L."_s;
    options.replace = u"Costa, Luís"_s;
    options.fields = {FieldKey::Pages};   // no field matches; persons do
    options.includePersons = true;
    const QList<Record> records = sampleRecords();
    const FindReplaceResult result = previewFindReplace(records, options);
    QCOMPARE(result.changes.size(), 2);
    QCOMPARE(result.changes.at(0).label, u"Author 1"_s);
    QCOMPARE(result.changes.at(1).label, u"Editor 1"_s);
    const QList<RecordRepair> repairs = planCleanup(records, result.changes);
    QCOMPARE(repairs.size(), 2);
    QCOMPARE(repairs.at(0).after.authors().at(0).given, u"Luís"_s);
    QCOMPARE(repairs.at(0).after.authors().at(1), records.at(0).authors().at(1));
    QCOMPARE(repairs.at(1).after.persons(PersonRole::Editor).at(0).family, u"Costa"_s);
}

void TestFindReplace::limitsPersonsToTheChosenRoles()
{
    FindReplaceOptions options;
    options.find = u"Costa"_s;
    options.replace = u"Da Costa"_s;
    options.fields = {FieldKey::Pages};
    options.includePersons = true;
    options.roles = {PersonRole::Editor};
    const FindReplaceResult result = previewFindReplace(sampleRecords(), options);
    QCOMPARE(result.changes.size(), 1);
    QCOMPARE(result.changes.first().recordIndex, 1);

    // Unknown fields by tag.
    FindReplaceOptions other;
    other.find = u"liver"_s;
    other.replace = u"hepatic"_s;
    other.fields = {FieldKey::Other};
    other.otherTags = {u"1"_s};
    const FindReplaceResult unknown = previewFindReplace(sampleRecords(), other);
    QCOMPARE(unknown.changes.size(), 1);
    QCOMPARE(unknown.changes.first().after, u"hepatic cohort"_s);
    QCOMPARE(unknown.changes.first().label, u"1"_s);
}

void TestFindReplace::reportsAnInvalidPatternInsteadOfCrashing_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<QString>("find");
    QTest::addColumn<bool>("valid");

    QTest::newRow("unclosed group") << Mode::RegularExpression << u"(liver"_s << false;
    QTest::newRow("dangling quantifier") << Mode::RegularExpression << u"*liver"_s << false;
    QTest::newRow("bad escape") << Mode::RegularExpression << u"liver\\"_s << false;
    QTest::newRow("empty search") << Mode::Plain << QString() << false;
    QTest::newRow("same text as plain") << Mode::Plain << u"(liver"_s << true;
    QTest::newRow("valid regex") << Mode::RegularExpression << u"li(v|b)er"_s << true;
}

void TestFindReplace::reportsAnInvalidPatternInsteadOfCrashing()
{
    QFETCH(Mode, mode);
    QFETCH(QString, find);
    QFETCH(bool, valid);

    FindReplaceOptions options;
    options.mode = mode;
    options.find = find;
    options.replace = u"x"_s;
    QCOMPARE(findReplacePatternError(options).isEmpty(), valid);
    const FindReplaceResult result = previewFindReplace(sampleRecords(), options);
    QCOMPARE(result.ok(), valid);
    if (!valid) {
        QVERIFY(result.changes.isEmpty());
        QVERIFY(!result.error.isEmpty());
    }
}

void TestFindReplace::expandsCapturesInTheReplacement_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("replacement");
    QTest::addColumn<QString>("expanded");

    QTest::newRow("backslash group") << u"(\\d+)-(\\d+)"_s << u"\\2-\\1"_s << u"10-1"_s;
    QTest::newRow("dollar group") << u"(\\d+)-(\\d+)"_s << u"$2–$1"_s << u"10–1"_s;
    QTest::newRow("whole match") << u"(\\d+)-(\\d+)"_s << u"[$&] [\\0] [$0]"_s << u"[1-10] [1-10] [1-10]"_s;
    QTest::newRow("named group") << u"(?<start>\\d+)-(?<end>\\d+)"_s << u"${end}/${start}"_s << u"10/1"_s;
    QTest::newRow("literal dollar and backslash") << u"(\\d+)"_s << u"$$1 \\\\1"_s << u"$1 \\1"_s;
    QTest::newRow("missing group is empty") << u"(\\d+)"_s << u"<$7>"_s << u"<>"_s;
}

void TestFindReplace::expandsCapturesInTheReplacement()
{
    QFETCH(QString, pattern);
    QFETCH(QString, replacement);
    QFETCH(QString, expanded);
    const QRegularExpressionMatch match = QRegularExpression(pattern).match(u"1-10");
    QVERIFY(match.hasMatch());
    QCOMPARE(expandReplacement(replacement, match), expanded);
}

void TestFindReplace::plansTheChangesAsRecordRepairs()
{
    FindReplaceOptions options;
    options.mode = Mode::RegularExpression;
    options.find = u"(\\d+)-(\\d+)"_s;
    options.replace = u"\\1–\\2"_s;
    options.fields = {FieldKey::Pages};
    const QList<Record> records = sampleRecords();
    const FindReplaceResult result = previewFindReplace(records, options);
    QCOMPARE(result.changes.size(), 1);
    QCOMPARE(result.changes.first().before, u"100-110"_s);
    QCOMPARE(result.changes.first().after, u"100–110"_s);
    const QList<RecordRepair> repairs = planCleanup(records, result.changes);
    QCOMPARE(repairs.size(), 1);
    QCOMPARE(repairs.first().recordIndex, 0);
    QCOMPARE(repairs.first().after.value(FieldKey::Pages), u"100–110"_s);
    QCOMPARE(repairs.first().repairedTexts, 1);
}

QTEST_GUILESS_MAIN(TestFindReplace)
#include "tst_findreplace.moc"
