#include "dialogs/duplicatesdialog.h"
#include "document/document.h"
#include "models/duplicategroupmodel.h"
#include "testconfig.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

namespace {
const QString kDuplicates = QStringLiteral(REFMEND_TEST_DATA_DIR "/ui/duplicates.enw");
}

class tst_DuplicatesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldListTheGroupsWithTheirRecords()
    {
        Document doc;
        QVERIFY(doc.loadFile(kDuplicates));
        DuplicatesDialog dialog(&doc);
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        DuplicateGroupModel *model = dialog.model();
        QCOMPARE(model->rowCount(), 1);
        const QModelIndex group = model->index(0, DuplicateGroupModel::Label);
        QCOMPARE(model->rowCount(group), 2);
        QCOMPARE(model->index(0, 0, group).data(DuplicateGroupModel::RecordRole).toInt(), 1);
        QCOMPARE(model->index(1, 0, group).data(DuplicateGroupModel::RecordRole).toInt(), 3);
        QCOMPARE(model->index(0, DuplicateGroupModel::Reason).data().toString(),
                 duplicateReasonDescription(DuplicateReason::SameDoi));
        QVERIFY(model->index(0, 0, group).data().toString().contains(u"(kept)"_s));
    }

    void shouldJoinSimilarTitlesWhenTheSimilarityIsLowered()
    {
        Document doc;
        QVERIFY(doc.loadFile(kDuplicates));
        DuplicatesDialog dialog(&doc);
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog.model()->rowCount(), 1);
        dialog.similaritySlider()->setValue(85);
        QCOMPARE(dialog.similaritySpin()->value(), 85);
        QCOMPARE(dialog.model()->rowCount(), 2);
        QCOMPARE(dialog.model()->groups().at(1).recordIndexes, (QList<int>{4, 5}));
        QCOMPARE(dialog.model()->groups().at(1).reason, DuplicateReason::SimilarTitle);
        dialog.similaritySpin()->setValue(100);
        QCOMPARE(dialog.similaritySlider()->value(), 100);
        QCOMPARE(dialog.model()->rowCount(), 1);
    }

    void shouldMergeAllGroupsInOneUndoStep()
    {
        Document doc;
        QVERIFY(doc.loadFile(kDuplicates));
        const QList<Record> original = doc.records();
        DuplicatesDialog dialog(&doc);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.similaritySpin()->setValue(85);
        QCOMPARE(dialog.model()->rowCount(), 2);
        QTest::mouseClick(dialog.mergeAllButton(), Qt::LeftButton);
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.recordCount(), 4);
        QCOMPARE(dialog.model()->rowCount(), 0);
        QVERIFY(!dialog.mergeAllButton()->isEnabled());
        doc.undoStack()->undo();
        QCOMPARE(doc.records(), original);
        QTRY_COMPARE(dialog.model()->rowCount(), 2);
    }

    void shouldCatchUpWithChangesMadeWhileItWasClosed()
    {
        Document doc;
        QVERIFY(doc.loadFile(kDuplicates));
        DuplicatesDialog dialog(&doc);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.mergeGroup(0));
        QCOMPARE(dialog.model()->rowCount(), 0);
        dialog.close();
        doc.undoStack()->undo();
        QTest::qWait(50);
        QCOMPARE(dialog.model()->rowCount(), 0);   // closed: no work done
        dialog.show();
        QCOMPARE(dialog.model()->rowCount(), 1);
    }

    void shouldAskToShowARecordWhenItIsActivated()
    {
        Document doc;
        QVERIFY(doc.loadFile(kDuplicates));
        DuplicatesDialog dialog(&doc);
        QSignalSpy spy(&dialog, &DuplicatesDialog::recordActivated);
        const QModelIndex group = dialog.model()->index(0, 0);
        Q_EMIT dialog.view()->activated(dialog.model()->index(1, 0, group));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.constFirst().constFirst().toInt(), 3);
    }
};

QTEST_MAIN(tst_DuplicatesDialog)
#include "tst_duplicatesdialog.moc"
