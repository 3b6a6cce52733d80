#include "dialogs/cleanupdialog.h"
#include "document/document.h"
#include "models/changepreviewmodel.h"
#include "testconfig.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

namespace {
const QString kCleanup = QStringLiteral(REFMEND_TEST_DATA_DIR "/ui/cleanup.enw");

int groupNamed(const ChangePreviewModel &model, const QString &id)
{
    for (int g = 0; g < model.groups().size(); ++g) {
        if (model.groups().at(g).id == id)
            return g;
    }
    return -1;
}
} // namespace

class tst_CleanupDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldPreviewEachActionAsBeforeAndAfterChanges()
    {
        Document doc;
        QVERIFY(doc.loadFile(kCleanup));
        CleanupDialog dialog(&doc);
        QAbstractItemModelTester tester(dialog.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.setCheckedActions({u"doi"_s, u"pages"_s, u"whitespace"_s});
        ChangePreviewModel *model = dialog.previewModel();
        QCOMPARE(model->rowCount(), 3);
        const int pages = groupNamed(*model, u"pages"_s);
        QVERIFY(pages >= 0);
        const QModelIndex group = model->groupIndex(pages);
        QCOMPARE(model->rowCount(group), 2);   // "1--10" and "20–29"; "100-110" is fine
        const QModelIndex first = model->changeIndex(pages, 0, ChangePreviewModel::Before);
        QCOMPARE(first.data(Qt::ToolTipRole).toString(), u"1--10"_s);
        QCOMPARE(model->changeIndex(pages, 0, ChangePreviewModel::After).data(Qt::ToolTipRole).toString(), u"1-10"_s);
        QVERIFY(first.data(ChangePreviewModel::HtmlRole).toString().contains(u"<b"_s));
        QCOMPARE(model->changeIndex(pages, 0, ChangePreviewModel::RecordTitle).data().toString(),
                 u"A study of liver metastases"_s);
        QCOMPARE(group.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);

        // The page form is the user's choice.
        dialog.pageFormBox()->setCurrentIndex(dialog.pageFormBox()->findData(int(PageRangeForm::EnDash)));
        dialog.updatePreview();
        const int enDash = groupNamed(*model, u"pages"_s);
        QCOMPARE(model->changeIndex(enDash, 0, ChangePreviewModel::After).data(Qt::ToolTipRole).toString(),
                 u"1\u201310"_s);
    }

    void shouldShowTitleCaseSuggestionsUnticked()
    {
        Document doc;
        QVERIFY(doc.loadFile(kCleanup));
        CleanupDialog dialog(&doc);
        QAbstractItemModelTester tester(dialog.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.setCheckedActions({u"titlecase"_s});
        ChangePreviewModel *model = dialog.previewModel();
        QCOMPARE(model->rowCount(), 1);
        const QModelIndex change = model->changeIndex(0, 0);
        QVERIFY(change.data(ChangePreviewModel::FlaggedRole).toBool());
        QCOMPARE(change.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QCOMPARE(model->checkedCount(), 0);
        QVERIFY(!dialog.applyButton()->isEnabled());
        QCOMPARE(dialog.apply(), 0);
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void shouldLeaveAnUntickedChangeAndApplyTheRestAsOneUndoStep()
    {
        Document doc;
        QVERIFY(doc.loadFile(kCleanup));
        const QList<Record> original = doc.records();
        CleanupDialog dialog(&doc);
        dialog.setCheckedActions({u"pages"_s});
        ChangePreviewModel *model = dialog.previewModel();
        QCOMPARE(model->changeCount(), 2);
        QVERIFY(model->setData(model->changeIndex(0, 1), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model->groupIndex(0).data(Qt::CheckStateRole).value<Qt::CheckState>(),
                 Qt::PartiallyChecked);
        QCOMPARE(model->checkedCount(), 1);

        QCOMPARE(dialog.apply(), 1);
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.record(0).value(FieldKey::Pages), u"1-10"_s);
        QCOMPARE(doc.record(1), original.at(1));   // unticked: left as it was
        doc.undoStack()->undo();
        QCOMPARE(doc.records(), original);
    }

    void shouldApplyOneUndoStepPerActionRun()
    {
        Document doc;
        QVERIFY(doc.loadFile(kCleanup));
        const QList<Record> original = doc.records();
        CleanupDialog dialog(&doc);
        dialog.setCheckedActions({u"doi"_s, u"pages"_s});
        QCOMPARE(dialog.previewModel()->rowCount(), 2);
        QCOMPARE(dialog.apply(), 2);
        QCOMPARE(doc.undoStack()->count(), 2);
        QCOMPARE(doc.record(0).value(FieldKey::Doi), u"10.1155/2013/702167"_s);
        QCOMPARE(doc.record(2).value(FieldKey::Pages), u"100-110"_s);
        QCOMPARE(doc.record(1).value(FieldKey::Pages), u"20-29"_s);
        doc.undoStack()->undo();
        QCOMPARE(doc.record(1).value(FieldKey::Pages), original.at(1).value(FieldKey::Pages));
        QCOMPARE(doc.record(0).value(FieldKey::Doi), u"10.1155/2013/702167"_s);
        doc.undoStack()->undo();
        QCOMPARE(doc.records(), original);
    }

    void shouldCheckAndUncheckAWholeActionFromItsGroupRow()
    {
        Document doc;
        QVERIFY(doc.loadFile(kCleanup));
        CleanupDialog dialog(&doc);
        QAbstractItemModelTester tester(dialog.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.setCheckedActions({u"doi"_s, u"pages"_s});
        ChangePreviewModel *model = dialog.previewModel();
        const int before = model->checkedCount();
        const int pages = groupNamed(*model, u"pages"_s);
        QVERIFY(model->setData(model->groupIndex(pages), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model->checkedCount(), before - 2);
        QVERIFY(model->checkedChanges(pages).isEmpty());
        model->setAllChecked(true);
        QCOMPARE(model->checkedCount(), model->changeCount());
    }
};

QTEST_MAIN(tst_CleanupDialog)
#include "tst_cleanupdialog.moc"
