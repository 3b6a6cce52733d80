#include "model/personname.h"
#include "model/recorddiff.h"

#include <QtTest>

using namespace refmend;
using namespace Qt::StringLiterals;

namespace {

Record article(const QString &key, const QString &title, const QString &year = u"2013"_s)
{
    Record r;
    r.type = RecordType::Article;
    if (!key.isEmpty())
        r.setValue(FieldKey::Label, key);
    r.setPersons(PersonRole::Author, {parsePersonName(u"Costa, Luís")});
    r.setValue(FieldKey::Title, title);
    r.setValue(FieldKey::Year, year);
    return r;
}

using Kind = RecordDifference::Kind;

} // namespace

class tst_RecordDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threeWayMergeShouldTakeEachPartFromTheSideThatChangedIt()
    {
        Record base = article(u"a"_s, u"Title"_s);
        base.setValue(FieldKey::Year, u"2020"_s);
        base.fields.append({ FieldKey::Keywords, u"K"_s, u"one"_s });
        Record mine = base, theirs = base;
        mine.setValue(FieldKey::Year, u"2021"_s);                   // only mine
        mine.fields.append({ FieldKey::Keywords, u"K"_s, u"two"_s }); // only mine (a list)
        mine.fields.append({ FieldKey::Other, u"ZZ"_s, u"mine"_s });  // new in mine
        theirs.setValue(FieldKey::Title, u"Their title"_s);          // only theirs
        Person p;
        p.family = u"Costa"_s;
        theirs.setPersons(PersonRole::Author, { p });               // only theirs
        QStringList conflicts;
        const Record merged = mergeThreeWay(base, mine, theirs, &conflicts);
        QVERIFY(conflicts.isEmpty());
        QCOMPARE(merged.value(FieldKey::Title), u"Their title"_s);
        QCOMPARE(merged.value(FieldKey::Year), u"2021"_s);
        QCOMPARE(merged.values(FieldKey::Keywords), (QStringList{ u"one"_s, u"two"_s }));
        QCOMPARE(merged.fields.last().value, u"mine"_s);
        QCOMPARE(merged.authors().size(), 1);
        QCOMPARE(merged.authors().first().family, u"Costa"_s);

        // Both changed the title: mine wins and the conflict is named.
        mine.setValue(FieldKey::Title, u"My title"_s);
        mine.type = RecordType::Book;
        theirs.type = RecordType::Report;
        conflicts.clear();
        const Record both = mergeThreeWay(base, mine, theirs, &conflicts);
        QCOMPARE(both.value(FieldKey::Title), u"My title"_s);
        QCOMPARE(both.type, RecordType::Book);
        QCOMPARE(conflicts, (QStringList{ u"type"_s, u"title"_s }));
        // The same change on both sides is no conflict; removing a field is a change.
        Record again = base;
        again.setValue(FieldKey::Year, QString());
        conflicts.clear();
        const Record removed = mergeThreeWay(base, again, again, &conflicts);
        QVERIFY(conflicts.isEmpty());
        QVERIFY(!removed.has(FieldKey::Year));
        const Record removedMine = mergeThreeWay(base, again, base, &conflicts);
        QVERIFY(!removedMine.has(FieldKey::Year));
        QVERIFY(conflicts.isEmpty());
    }

    void identicalListsShouldHaveNoDifferences()
    {
        const QList<Record> records{article(u"a"_s, u"One"_s), article(u"b"_s, u"Two"_s)};
        QVERIFY(compareRecords(records, records).isEmpty());
    }

    void reorderedRecordsShouldNotCountAsChanges()
    {
        const Record a = article(u"a"_s, u"One"_s);
        const Record b = article(u"b"_s, u"Two"_s);
        QVERIFY(compareRecords({a, b}, {b, a}).isEmpty());
    }

    void shouldFindAddedRemovedAndChangedRecords()
    {
        const Record kept = article(u"kept"_s, u"Kept"_s);
        const Record removed = article(u"gone"_s, u"Removed on one side"_s);
        const Record before = article(u"edited"_s, u"Old title"_s);
        Record after = before;
        after.setValue(FieldKey::Title, u"New title"_s);
        after.setPersons(PersonRole::Author, {parsePersonName(u"Távora, Isabel")});
        after.setValue(FieldKey::Other, u"custom value"_s, u"X1"_s);
        const Record added = article(u"new"_s, u"Added on the other"_s);

        const QList<RecordDifference> diff = compareRecords({kept, removed, before}, {kept, after, added});
        QCOMPARE(diff.size(), 3);

        QCOMPARE(diff.at(0).kind, Kind::Changed);
        QCOMPARE(diff.at(0).first, 2);
        QCOMPARE(diff.at(0).second, 1);
        QCOMPARE(diff.at(0).fields, QList<FieldKey>{FieldKey::Title});
        QCOMPARE(diff.at(0).roles, QList<PersonRole>{PersonRole::Author});
        QCOMPARE(diff.at(0).otherTags, QStringList{u"X1"_s});
        QVERIFY(!diff.at(0).typeChanged);

        QCOMPARE(diff.at(1).kind, Kind::OnlyInSecond);
        QCOMPARE(diff.at(1).second, 2);
        QCOMPARE(diff.at(2).kind, Kind::OnlyInFirst);
        QCOMPARE(diff.at(2).first, 1);
    }

    void shouldPairByDoiAndThenByTitleWhenThereIsNoKey()
    {
        Record withDoi = article({}, u"Title A"_s);
        withDoi.setValue(FieldKey::Doi, u"10.1000/ABC"_s);
        Record withDoiChanged = withDoi;
        withDoiChanged.setValue(FieldKey::Doi, u"https://doi.org/10.1000/abc"_s);
        withDoiChanged.setValue(FieldKey::Title, u"Title A, corrected"_s);

        const Record titled = article({}, u"The  Treatment of Liver"_s);
        Record titledChanged = article({}, u"the treatment of liver"_s);
        titledChanged.setValue(FieldKey::Pages, u"45–67"_s);

        const QList<RecordDifference> diff = compareRecords({withDoi, titled}, {titledChanged, withDoiChanged});
        QCOMPARE(diff.size(), 2);
        QCOMPARE(diff.at(0).kind, Kind::Changed);
        QCOMPARE(diff.at(0).first, 1);
        QCOMPARE(diff.at(0).fields, (QList<FieldKey>{FieldKey::Title, FieldKey::Pages}));
        QCOMPARE(diff.at(1).kind, Kind::Changed);
        QCOMPARE(diff.at(1).first, 0);
        QCOMPARE(diff.at(1).fields, (QList<FieldKey>{FieldKey::Title, FieldKey::Doi}));
    }

    void aRetitledRecordShouldPairByItsAuthorsYearAndType()
    {
        const Record before = article({}, u"The Treatment of Liver Metastases"_s);
        Record after = before;
        after.setValue(FieldKey::Title, u"Liver Metastases: a review"_s);
        Record book = article({}, u"Other"_s);
        book.type = RecordType::Book;   // same authors and year, another type: not the same
        const QList<RecordDifference> diff = compareRecords({before}, {book, after});
        QCOMPARE(diff.size(), 2);
        QCOMPARE(diff.at(0).kind, Kind::OnlyInSecond);
        QCOMPARE(diff.at(0).second, 0);
        QCOMPARE(diff.at(1).kind, Kind::Changed);
        QCOMPARE(diff.at(1).fields, QList<FieldKey>{FieldKey::Title});
    }

    void sameTitleInAnotherYearShouldNotPair()
    {
        const QList<RecordDifference> diff = compareRecords({article({}, u"Annual report"_s, u"2019"_s)},
                                                            {article({}, u"Annual report"_s, u"2020"_s)});
        QCOMPARE(diff.size(), 2);
        QCOMPARE(diff.at(0).kind, Kind::OnlyInSecond);
        QCOMPARE(diff.at(1).kind, Kind::OnlyInFirst);
    }

    void duplicatesShouldPairOneToOne()
    {
        const Record a = article(u"dup"_s, u"Same"_s);
        const QList<RecordDifference> diff = compareRecords({a, a, a}, {a});
        QCOMPARE(diff.size(), 2);
        QCOMPARE(diff.at(0).kind, Kind::OnlyInFirst);
        QCOMPARE(diff.at(1).kind, Kind::OnlyInFirst);
    }

    void shouldNoticeAChangedType()
    {
        const Record a = article(u"k"_s, u"T"_s);
        Record b = a;
        b.type = RecordType::Book;
        const QList<RecordDifference> diff = compareRecords({a}, {b});
        QCOMPARE(diff.size(), 1);
        QVERIFY(diff.at(0).typeChanged);
        QVERIFY(diff.at(0).fields.isEmpty());
    }

    void shouldSummariseARecordOnOneLine()
    {
        Record r = article(u"costa2013"_s, u"The Treatment\nof Liver Metastases"_s);
        QCOMPARE(recordSummary(r), u"costa2013: Costa (2013) The Treatment of Liver Metastases"_s);
        r.setPersons(PersonRole::Author, {parsePersonName(u"Costa, L."), parsePersonName(u"Távora, I.")});
        r.setValue(FieldKey::Label, {});
        QCOMPARE(recordSummary(r), u"Costa et al. (2013) The Treatment of Liver Metastases"_s);
        QVERIFY(!recordSummary(Record()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_RecordDiff)
#include "tst_recorddiff.moc"
