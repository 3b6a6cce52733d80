#include "model/collection.h"
#include "model/fieldkey.h"
#include "model/record.h"
#include "model/recordtype.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

class Tst_Record : public QObject
{
    Q_OBJECT

private slots:
    void shouldSetReadAndRemoveFieldValues()
    {
        Record record;
        QVERIFY(!record.has(FieldKey::Title));
        record.setValue(FieldKey::Title, u"A title"_s, u"T"_s);
        QCOMPARE(record.value(FieldKey::Title), u"A title"_s);
        QCOMPARE(record.fields.first().tag, u"T"_s);
        record.setValue(FieldKey::Title, u"Another"_s);
        QCOMPARE(record.fields.size(), 1);
        QCOMPARE(record.fields.first().tag, u"T"_s); // the source tag stays
        record.setValue(FieldKey::Title, QString());
        QVERIFY(record.fields.isEmpty());
    }

    void shouldKeepUnknownTagsApartByTag()
    {
        Record record;
        record.setValue(FieldKey::Other, u"one"_s, u"1"_s);
        record.setValue(FieldKey::Other, u"two"_s, u"2"_s);
        QCOMPARE(record.fields.size(), 2);
        QCOMPARE(record.indexOf(FieldKey::Other, u"2"), 1);
        record.setValue(FieldKey::Other, u"changed"_s, u"1"_s);
        QCOMPARE(record.fields.at(0).value, u"changed"_s);
        QCOMPARE(record.fields.at(1).value, u"two"_s);
    }

    void shouldListRepeatedKeysInOrder()
    {
        Record record;
        record.fields.append({FieldKey::Keywords, u"K"_s, u"liver"_s});
        record.fields.append({FieldKey::Title, u"T"_s, u"t"_s});
        record.fields.append({FieldKey::Keywords, u"K"_s, u"tumour"_s});
        QCOMPARE(record.values(FieldKey::Keywords), (QStringList{u"liver"_s, u"tumour"_s}));
    }

    void shouldFindTheYear_data()
    {
        QTest::addColumn<QString>("year");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain year") << u"2013"_s << QString() << u"2013"_s;
        QTest::newRow("year with letter") << u"2013a"_s << QString() << u"2013"_s;
        QTest::newRow("from date") << QString() << u"2019/05/12/"_s << u"2019"_s;
        QTest::newRow("date with month first") << QString() << u"May 12, 1998"_s << u"1998"_s;
        QTest::newRow("in press") << u"in press"_s << QString() << QString();
        QTest::newRow("five digits are no year") << u"12345"_s << QString() << QString();
    }

    void shouldFindTheYear()
    {
        QFETCH(QString, year);
        QFETCH(QString, date);
        QFETCH(QString, expected);
        Record record;
        record.setValue(FieldKey::Year, year);
        record.setValue(FieldKey::Date, date);
        QCOMPARE(record.year(), expected);
    }

    void shouldCompareRecordsByContentNotId()
    {
        Record a;
        a.id = 1;
        a.setValue(FieldKey::Title, u"Same"_s);
        Record b = a;
        b.id = 2;
        b.fields.first().line = 42; // positions are not content
        QCOMPARE(a, b);
        Person person;
        person.family = u"Costa"_s;
        b.setPersons(PersonRole::Author, {person});
        QVERIFY(a != b);
    }

    void shouldAssignUniqueIdsOnlyWhereMissing()
    {
        Collection collection;
        collection.records.resize(3);
        collection.records[1].id = 7;
        collection.assignIds();
        QCOMPARE(collection.records.at(1).id, RecordId(7));
        QVERIFY(collection.records.at(0).id > 7);
        QVERIFY(collection.records.at(2).id > 7);
        QVERIFY(collection.records.at(0).id != collection.records.at(2).id);
        QCOMPARE(collection.indexOfId(7), 1);
        QCOMPARE(collection.indexOfId(999), -1);
    }

    void shouldRoundTripTypeAndKeyIds()
    {
        for (int i = 0; i < int(RecordType::Count); ++i) {
            const auto type = RecordType(i);
            QCOMPARE(recordTypeFromId(recordTypeId(type)), type);
            QVERIFY(!recordTypeDisplayName(type).isEmpty());
        }
        for (int i = 0; i < int(FieldKey::Count); ++i) {
            const auto key = FieldKey(i);
            QCOMPARE(fieldKeyFromId(fieldKeyId(key)), key);
            QVERIFY(!fieldKeyDisplayName(key).isEmpty());
        }
    }

    void shouldFormatDiagnosticsLikeACompiler()
    {
        Diagnostic d;
        d.severity = Severity::Error;
        d.line = 3;
        d.column = 14;
        d.message = u"empty tag"_s;
        QCOMPARE(d.toString(u"a.enw"_s), u"a.enw:3:14: error: empty tag"_s);
        d.line = 0;
        QCOMPARE(d.toString(u"a.enw"_s), u"a.enw: error: empty tag"_s);
        Collection collection;
        QVERIFY(!collection.hasErrors());
        collection.diagnostics.append(d);
        QVERIFY(collection.hasErrors());
    }
};

QTEST_GUILESS_MAIN(Tst_Record)
#include "tst_record.moc"
