// The repair bar's scan of a large document runs on a worker thread; edits made while it
// runs are not lost to its out-of-date result. (Its use with the seed file, the review
// dialog and undo are in tst_mainwindow.)

#include "commands/recordcommands.h"
#include "dialogs/repairbar.h"
#include "document/document.h"

#include <QUndoStack>
#include <QtTest>

using namespace refmend;
using namespace Qt::StringLiterals;

namespace {

//! \a count records; those whose index is in \a garbled have a GBK-as-Latin-1 author note.
Collection records(int count, const QList<int> &garbled)
{
    Collection c;
    for (int i = 0; i < count; ++i) {
        Record r;
        r.type = RecordType::Article;
        r.setValue(FieldKey::Title, u"Record %1"_s.arg(i));
        if (garbled.contains(i))
            r.setValue(FieldKey::Note, u"Ana L¨²cia Costa and Lu¨ªs Costa"_s);
        c.records.append(r);
    }
    return c;
}

} // namespace

class tst_RepairBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSmallDocumentShouldBeScannedAtOnce()
    {
        Document doc;
        doc.setCollection(records(10, {3}));
        RepairBar bar;
        bar.setDocument(&doc);
        QVERIFY(!bar.isScanning());
        QCOMPARE(bar.findingCount(), 1);
        QCOMPARE(bar.findings().constFirst().recordIndex, 3);
    }

    void aLargeDocumentShouldBeScannedOnAWorker()
    {
        Document doc;
        RepairBar bar;
        bar.setDocument(&doc);
        doc.setCollection(records(20000, {5, 19999}));
        QVERIFY(bar.isScanning());
        QCOMPARE(bar.findingCount(), 0);   // not yet: the GUI thread did not wait
        QTRY_VERIFY_WITH_TIMEOUT(!bar.isScanning(), 60000);
        QCOMPARE(bar.findingCount(), 2);
        QCOMPARE(bar.findings().at(0).recordIndex, 5);
        QCOMPARE(bar.findings().at(1).recordIndex, 19999);
    }

    void anEditDuringTheScanShouldCount()
    {
        Document doc;
        RepairBar bar;
        bar.setDocument(&doc);
        doc.setCollection(records(20000, {5}));
        QVERIFY(bar.isScanning());
        // Garble one more record while the scan (of the records before it) runs.
        doc.undoStack()->push(new SetFieldCommand(&doc, 700, FieldKey::Note, u"Lu¨ªs"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!bar.isScanning(), 60000);
        QCOMPARE(bar.findingCount(), 2);
        QCOMPARE(bar.findings().at(1).recordIndex, 700);

        // Many changes during a scan (a repair of many records) queue one more scan, not
        // one each.
        bar.rescan();
        QVERIFY(bar.isScanning());
        doc.undoStack()->push(new SetFieldCommand(&doc, 800, FieldKey::Note, u"Lu¨ªs"_s));
        for (int row = 900; row < 1000; ++row)
            doc.undoStack()->push(new SetFieldCommand(&doc, row, FieldKey::Note, u"Lu¨ªs"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!bar.isScanning(), 60000);
        QCOMPARE(bar.findingCount(), 2 + 1 + 100);
    }
};

QTEST_MAIN(tst_RepairBar)
#include "tst_repairbar.moc"
