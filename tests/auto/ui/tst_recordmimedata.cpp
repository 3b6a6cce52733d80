#include "clipboard/recordmimedata.h"
#include "document/document.h"
#include "formats/citationformatter.h"
#include "formats/fileio.h"
#include "model/personname.h"
#include "models/recordfilterproxy.h"
#include "models/recordtablemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace refmend;

namespace {

const QString kSample = u":/refmend/sample/sample-collection.enw"_s;

QList<Record> sampleRecords()
{
    return readFile(kSample).records;
}

Record madeHere()
{
    Record r;
    r.type = RecordType::Book;
    r.setPersons(PersonRole::Author, {parsePersonName(u"van der Berg, Jan"_s)});
    r.setValue(FieldKey::Title, u"Made in RefMend"_s);
    r.setValue(FieldKey::Year, u"2024"_s);
    r.setValue(FieldKey::Publisher, u"Routledge"_s);
    return r;
}

} // namespace

class tst_RecordMimeData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(sampleRecords().size() >= 10, "the sample collection is embedded in refmend_ui");
    }

    void shouldCarryRecordsReadFromAFileBackEqual_data()
    {
        QTest::addColumn<QList<int>>("rows");
        QTest::newRow("two records") << QList<int>{1, 2};
        QTest::newRow("the damaged Hindawi record") << QList<int>{0};
        QTest::newRow("every record") << QList<int>{};
    }

    void shouldCarryRecordsReadFromAFileBackEqual()
    {
        QFETCH(QList<int>, rows);
        const QList<Record> all = sampleRecords();
        QList<Record> records;
        for (int row : std::as_const(rows))
            records << all.at(row);
        if (rows.isEmpty())
            records = all;
        QCOMPARE(RecordMimeData::carrierFormat(records), u"endnote"_s);
        std::unique_ptr<QMimeData> data(RecordMimeData::create(records, CitationStyle::Apa));
        QVERIFY(RecordMimeData::hasRecords(data.get()));
        QCOMPARE(data->data(RecordMimeData::FormatMimeType), QByteArray("endnote"));
        const QList<Record> back = RecordMimeData::records(data.get());
        QCOMPARE(back.size(), records.size());
        for (int i = 0; i < records.size(); ++i)
            QVERIFY2(back.at(i) == records.at(i), qPrintable(records.at(i).value(FieldKey::Title)));
    }

    void shouldOfferTheCitationsAsTextAndHtml()
    {
        const QList<Record> records = sampleRecords().mid(1, 2);
        std::unique_ptr<QMimeData> data(RecordMimeData::create(records, CitationStyle::ChicagoAuthorDate));
        const CitationFormatter chicago(CitationStyle::ChicagoAuthorDate);
        QCOMPARE(data->text(), chicago.toText(records.at(0)) + u'\n' + chicago.toText(records.at(1)));
        QVERIFY(data->hasHtml());
        QVERIFY2(data->html().contains(chicago.toHtml(records.at(1))), qPrintable(data->html()));
        QVERIFY(data->html().contains(u"<i>"_s));
    }

    void shouldCarryRecordsOfSeveralFormatsAsCslJson()
    {
        QList<Record> records = sampleRecords().mid(1, 1);
        records << madeHere();
        QCOMPARE(RecordMimeData::carrierFormat(records), u"csl-json"_s);
        std::unique_ptr<QMimeData> data(RecordMimeData::create(records, CitationStyle::Apa));
        const QJsonDocument json = QJsonDocument::fromJson(data->data(RecordMimeData::MimeType));
        QVERIFY(json.isArray());
        QCOMPARE(json.array().size(), 2);
        const QList<Record> back = RecordMimeData::records(data.get());
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.at(1).value(FieldKey::Title), u"Made in RefMend"_s);
        QCOMPARE(back.at(1).type, RecordType::Book);
        QVERIFY(back.at(1).authors().constFirst().sameName(madeHere().authors().constFirst()));
        QCOMPARE(back.at(0).value(FieldKey::Title), records.at(0).value(FieldKey::Title));
    }

    void shouldCopyAsEachFormat_data()
    {
        QTest::addColumn<QString>("formatId");
        QTest::addColumn<QString>("expectedStart");
        QTest::newRow("BibTeX") << u"bibtex"_s << u"@"_s;
        QTest::newRow("RIS") << u"ris"_s << u"TY  - "_s;
        QTest::newRow("CSL-JSON") << u"csl-json"_s << u"["_s;
    }

    void shouldCopyAsEachFormat()
    {
        QFETCH(QString, formatId);
        QFETCH(QString, expectedStart);
        const QList<Record> records = sampleRecords().mid(1, 2);
        std::unique_ptr<QMimeData> data(RecordMimeData::createAs(records, formatId, CitationStyle::Apa));
        QVERIFY(data);
        QVERIFY2(data->text().trimmed().startsWith(expectedStart), qPrintable(data->text()));
        QVERIFY(!data->hasFormat(RecordMimeData::MimeType));
        // What Copy As puts on the clipboard, Paste reads back.
        const QList<Record> back = RecordMimeData::records(data.get());
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.at(0).value(FieldKey::Title), records.at(0).value(FieldKey::Title));
        QCOMPARE(back.at(1).value(FieldKey::Title), records.at(1).value(FieldKey::Title));
    }

    void shouldCopyAsFormattedCitation()
    {
        const QList<Record> records = sampleRecords().mid(1, 1);
        std::unique_ptr<QMimeData> data(RecordMimeData::createAs(records, RecordMimeData::CitationFormatId,
                                                                 CitationStyle::Vancouver));
        QCOMPARE(data->text(), CitationFormatter(CitationStyle::Vancouver).toText(records.constFirst()));
        QVERIFY(data->hasHtml());
        QVERIFY(!data->hasFormat(RecordMimeData::MimeType));
        QVERIFY(!RecordMimeData::createAs(records, u"csv-that-does-not-exist"_s, CitationStyle::Apa));
    }

    void shouldReadRecordsFromPlainText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::newRow("BibTeX") << u"@article{k1, author = {Curie, Marie}, title = {Radium}, year = 1904}\n"
                                   "@book{k2, author = {Sartre, Jean-Paul}, title = {Being}, year = 1943}\n"_s << 2;
        QTest::newRow("RIS") << u"TY  - JOUR\nAU  - Curie, Marie\nTI  - Radium\nPY  - 1904\nER  - \n"_s << 1;
        QTest::newRow("EndNote") << u"%0 Journal Article\n%A Curie, Marie\n%T Radium\n%D 1904\n"_s << 1;
        QTest::newRow("words") << u"Meet me at noon; bring the book."_s << 0;
        QTest::newRow("nothing") << u"   \n"_s << 0;
    }

    void shouldReadRecordsFromPlainText()
    {
        QFETCH(QString, text);
        QFETCH(int, count);
        QMimeData data;
        data.setText(text);
        QVERIFY(!RecordMimeData::hasRecords(&data));
        const QList<Record> records = RecordMimeData::records(&data);
        QCOMPARE(records.size(), count);
        if (count > 0)
            QCOMPARE(records.constFirst().value(FieldKey::Title), u"Radium"_s);
    }

    void shouldInsertPastedRecordsAsOneUndoStep()
    {
        Document doc;
        Collection c;
        c.records = sampleRecords().mid(3, 2);
        doc.setCollection(c);
        const QList<Record> copied = sampleRecords().mid(1, 2);
        std::unique_ptr<QMimeData> data(RecordMimeData::create(copied, CitationStyle::Apa));
        QCOMPARE(RecordMimeData::insert(&doc, 1, data.get()), 2);
        QCOMPARE(doc.recordCount(), 4);
        QVERIFY(doc.record(1) == copied.at(0));
        QVERIFY(doc.record(2) == copied.at(1));
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY2(doc.undoStack()->undoText().startsWith(u"Paste 2 "_s), qPrintable(doc.undoStack()->undoText()));
        doc.undoStack()->undo();
        QCOMPARE(doc.recordCount(), 2);

        QMimeData words;
        words.setText(u"no records here"_s);
        QCOMPARE(RecordMimeData::insert(&doc, 0, &words), 0);
        QCOMPARE(doc.undoStack()->count(), 1);   // nothing pushed
    }

    void shouldDragRowsFromOneModelAndDropThemOnAnother()
    {
        Document source;
        Collection c;
        c.records = sampleRecords();
        source.setCollection(c);
        RecordTableModel sourceModel;
        sourceModel.setDocument(&source);
        RecordFilterProxy sourceProxy;
        sourceProxy.setSourceModel(&sourceModel);
        QAbstractItemModelTester tester(&sourceModel, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Rows 2 and 1 of the table, a whole row each (every column), as a view drags them.
        QModelIndexList indexes;
        for (int row : {2, 1}) {
            for (int column = 0; column < sourceProxy.columnCount(); ++column)
                indexes << sourceProxy.index(row, column);
        }
        QVERIFY(sourceProxy.flags(indexes.constFirst()) & Qt::ItemIsDragEnabled);
        QCOMPARE(sourceProxy.mimeTypes(), QStringList{RecordMimeData::MimeType});
        std::unique_ptr<QMimeData> data(sourceProxy.mimeData(indexes));
        QVERIFY(data);
        QVERIFY(RecordMimeData::hasRecords(data.get()));

        Document target;
        Collection t;
        t.records = sampleRecords().mid(5, 2);
        target.setCollection(t);
        RecordTableModel targetModel;
        targetModel.setDocument(&target);
        RecordFilterProxy targetProxy;
        targetProxy.setSourceModel(&targetModel);
        QVERIFY(targetProxy.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, {}));
        QVERIFY(!targetProxy.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
        // Dropped onto the first row: after it.
        QVERIFY(targetProxy.dropMimeData(data.get(), Qt::CopyAction, -1, -1, targetProxy.index(0, 0)));
        QCOMPARE(target.recordCount(), 4);
        QVERIFY(target.record(1) == source.record(1));   // in table order
        QVERIFY(target.record(2) == source.record(2));
        QCOMPARE(target.undoStack()->count(), 1);
        QCOMPARE(targetModel.rowCount(), 4);
        target.undoStack()->undo();
        QCOMPARE(target.recordCount(), 2);

        // Text from another program is not a drop of records.
        QMimeData text;
        text.setText(u"TY  - JOUR\nTI  - Radium\nER  - \n"_s);
        QVERIFY(!targetProxy.canDropMimeData(&text, Qt::CopyAction, -1, -1, {}));
    }
};

QTEST_MAIN(tst_RecordMimeData)
#include "tst_recordmimedata.moc"
