#include "cleanup/duplicatefinder.h"
#include "dialogs/duplicatesdialog.h"
#include "dialogs/mergedialog.h"
#include "document/document.h"
#include "models/duplicategroupmodel.h"
#include "testconfig.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QRadioButton>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

namespace {
const QString kDuplicates = QStringLiteral(REFMEND_TEST_DATA_DIR "/ui/duplicates.enw");

QList<Record> groupRecords(const Document &doc, const DuplicateGroup &group)
{
    QList<Record> records;
    for (int row : group.recordIndexes)
        records << doc.record(row);
    return records;
}
} // namespace

class tst_MergeDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldShowTheRecordsSideBySideWithTheMostCompleteValuesChosen()
    {
        Document doc;
        QVERIFY(doc.loadFile(kDuplicates));
        DuplicatesDialog duplicates(&doc);
        QCOMPARE(duplicates.model()->rowCount(), 1);
        QCOMPARE(duplicates.model()->groups().constFirst().recordIndexes, (QList<int>{1, 3}));

        MergeDialog dialog(groupRecords(doc, duplicates.model()->groups().constFirst()));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Record 2 has more fields and persons: it gives the defaults.
        QVERIFY(dialog.fieldButton(FieldKey::ContainerTitle, 1)->isChecked());
        QCOMPARE(dialog.fieldButton(FieldKey::ContainerTitle, 0)->text(), u"Journal of Hepatology"_s);
        QCOMPARE(dialog.mergedText(FieldKey::ContainerTitle), u"J Hepatol"_s);
        // A field only the first record has is taken from it.
        QVERIFY(dialog.fieldButton(FieldKey::Volume, 0)->isChecked());
        QCOMPARE(dialog.mergedText(FieldKey::Volume), u"12"_s);
        QCOMPARE(dialog.mergedPersonsText(PersonRole::Author), u"Smith, J.; Doe, Jane"_s);
        QCOMPARE(dialog.mergedUnknownFields(), (QStringList{u"1: custom-b"_s, u"2: extra"_s, u"1: custom-a"_s}));
    }

    void shouldMergeTheChosenFieldsAndKeepEveryUnknownField()
    {
        Document doc;
        QVERIFY(doc.loadFile(kDuplicates));
        MergeDialog dialog({doc.record(1), doc.record(3)});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // Click on the radio indicator (a short label leaves the rest of its cell empty).
        auto click = [](QRadioButton *button) {
            QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
        };
        click(dialog.fieldButton(FieldKey::ContainerTitle, 0));
        click(dialog.fieldButton(FieldKey::Title, 0));
        click(dialog.fieldButton(FieldKey::Pages, 0));   // "(none)"
        QVERIFY(dialog.fieldButton(FieldKey::Pages, 0)->isChecked());
        dialog.personsButton(PersonRole::Author, 0)->click();
        QCOMPARE(dialog.mergedText(FieldKey::ContainerTitle), u"Journal of Hepatology"_s);
        QCOMPARE(dialog.mergedText(FieldKey::Title), u"The role of DNA in liver disease"_s);
        QCOMPARE(dialog.mergedText(FieldKey::Pages), QString());
        QCOMPARE(dialog.mergedPersonsText(PersonRole::Author), u"Smith, John"_s);

        const Record merged = dialog.mergedRecord();
        QCOMPARE(merged.value(FieldKey::ContainerTitle), u"Journal of Hepatology"_s);
        QCOMPARE(merged.value(FieldKey::Volume), u"12"_s);
        QVERIFY(!merged.has(FieldKey::Pages));
        QStringList unknown;
        for (const Field &f : merged.fields) {
            if (f.key == FieldKey::Other)
                unknown << f.tag + u'=' + f.value;
        }
        unknown.sort();
        QCOMPARE(unknown, (QStringList{u"1=custom-a"_s, u"1=custom-b"_s, u"2=extra"_s}));
    }

    void shouldMergeInOneUndoStepThatRestoresEveryRecordInPlace()
    {
        Document doc;
        QVERIFY(doc.loadFile(kDuplicates));
        const QList<Record> original = doc.records();
        DuplicatesDialog duplicates(&doc);
        QAbstractItemModelTester tester(duplicates.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        duplicates.show();
        QVERIFY(QTest::qWaitForWindowExposed(&duplicates));
        const DuplicateGroup group = duplicates.model()->groups().constFirst();
        MergeDialog dialog(groupRecords(doc, group));
        dialog.fieldButton(FieldKey::ContainerTitle, 0)->click();

        QVERIFY(duplicates.mergeGroup(0, dialog.choices()));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.recordCount(), original.size() - 1);
        // The merged record took the first one's place and identity; the other is gone.
        QCOMPARE(doc.record(1).id, original.at(1).id);
        QCOMPARE(doc.record(1).value(FieldKey::ContainerTitle), u"Journal of Hepatology"_s);
        QCOMPARE(doc.record(1).value(FieldKey::Pages), u"1-10"_s);
        QCOMPARE(doc.record(2), original.at(2));
        QCOMPARE(doc.record(3), original.at(4));
        QCOMPARE(duplicates.model()->rowCount(), 0);   // the list follows the document

        doc.undoStack()->undo();
        QCOMPARE(doc.recordCount(), original.size());
        for (int i = 0; i < original.size(); ++i) {
            QCOMPARE(doc.record(i), original.at(i));
            QCOMPARE(doc.record(i).id, original.at(i).id);
        }
        QTRY_COMPARE(duplicates.model()->rowCount(), 1);

        doc.undoStack()->redo();
        QCOMPARE(doc.recordCount(), original.size() - 1);
        QCOMPARE(doc.record(1).value(FieldKey::ContainerTitle), u"Journal of Hepatology"_s);
    }

    void shouldCombineKeywordsUnlessOneRecordIsChosen()
    {
        Record a;
        a.setValue(FieldKey::Title, u"Same"_s);
        a.fields.append(Field{FieldKey::Keywords, u"K"_s, u"liver"_s});
        Record b = a;
        b.fields.append(Field{FieldKey::Keywords, u"K"_s, u"surgery"_s});
        b.setValue(FieldKey::Year, u"2013"_s);
        MergeDialog dialog({a, b});
        QVERIFY(dialog.combineKeywordsBox()->isChecked());
        QCOMPARE(dialog.mergedText(FieldKey::Keywords), u"liver; surgery"_s);
        QVERIFY(!dialog.fieldButton(FieldKey::Keywords, 0)->isEnabled());
        dialog.combineKeywordsBox()->setChecked(false);
        dialog.fieldButton(FieldKey::Keywords, 0)->click();
        QCOMPARE(dialog.mergedText(FieldKey::Keywords), u"liver"_s);
    }
};

QTEST_MAIN(tst_MergeDialog)
#include "tst_mergedialog.moc"
