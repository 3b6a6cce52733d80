#include "dialogs/findreplacedialog.h"
#include "document/document.h"
#include "models/changepreviewmodel.h"
#include "testconfig.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

namespace {
const QString kCleanup = QStringLiteral(REFMEND_TEST_DATA_DIR "/ui/cleanup.enw");
}

class tst_FindReplaceDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReplacePlainTextInChosenFieldsAsOneUndoStep()
    {
        Document doc;
        QVERIFY(doc.loadFile(kCleanup));
        const QList<Record> original = doc.records();
        FindReplaceDialog dialog(&doc);
        QAbstractItemModelTester tester(dialog.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.findEdit()->setText(u"Hepatology"_s);
        dialog.replaceEdit()->setText(u"Hepatol."_s);
        dialog.setFields({FieldKey::ContainerTitle});
        dialog.updatePreview();
        QCOMPARE(dialog.error(), QString());
        QCOMPARE(dialog.previewModel()->rowCount(), 2);
        QCOMPARE(dialog.previewModel()->index(0, ChangePreviewModel::After).data(Qt::ToolTipRole).toString(),
                 u"ISRN Hepatol."_s);
        QVERIFY(dialog.applyButton()->isEnabled());

        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.record(0).value(FieldKey::ContainerTitle), u"ISRN Hepatol."_s);
        QCOMPARE(doc.record(1).value(FieldKey::ContainerTitle), u"ISRN Hepatol."_s);
        QCOMPARE(dialog.previewModel()->rowCount(), 0);   // nothing left to replace
        doc.undoStack()->undo();
        QCOMPARE(doc.records(), original);
    }

    void shouldRespectCaseAndWholeWords()
    {
        Document doc;
        QVERIFY(doc.loadFile(kCleanup));
        FindReplaceDialog dialog(&doc);
        dialog.findEdit()->setText(u"liver"_s);
        dialog.replaceEdit()->setText(u"hepatic"_s);
        dialog.setFields({FieldKey::Title});
        dialog.updatePreview();
        QCOMPARE(dialog.previewModel()->rowCount(), 1);   // "Liver surgery" differs in case
        dialog.caseBox()->setChecked(false);
        dialog.updatePreview();
        QCOMPARE(dialog.previewModel()->rowCount(), 2);
        dialog.findEdit()->setText(u"live"_s);
        dialog.wholeWordBox()->setChecked(true);
        dialog.updatePreview();
        QCOMPARE(dialog.previewModel()->rowCount(), 0);
    }

    void shouldReplaceWithARegularExpressionAndItsGroups()
    {
        Document doc;
        QVERIFY(doc.loadFile(kCleanup));
        FindReplaceDialog dialog(&doc);
        dialog.regexBox()->setChecked(true);
        dialog.findEdit()->setText(uR"(^(\d+)-(\d+)$)"_s);
        dialog.replaceEdit()->setText(uR"(\1–\2)"_s);
        dialog.setFields({FieldKey::Pages});
        dialog.updatePreview();
        QCOMPARE(dialog.error(), QString());
        QCOMPARE(dialog.previewModel()->rowCount(), 1);
        QCOMPARE(dialog.apply(), 1);
        QCOMPARE(doc.record(2).value(FieldKey::Pages), u"100–110"_s);
        QCOMPARE(doc.record(0).value(FieldKey::Pages), u"1--10"_s);
    }

    void shouldShowAnInvalidRegularExpressionInlineAndChangeNothing()
    {
        Document doc;
        QVERIFY(doc.loadFile(kCleanup));
        const QList<Record> original = doc.records();
        FindReplaceDialog dialog(&doc);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.regexBox()->setChecked(true);
        dialog.findEdit()->setText(u"(unclosed"_s);   // checked as typed, before any preview
        QVERIFY(!dialog.error().isEmpty());
        QVERIFY(dialog.errorLabel()->isVisible());
        QVERIFY(!dialog.applyButton()->isEnabled());
        dialog.updatePreview();
        QVERIFY(!dialog.error().isEmpty());
        QCOMPARE(dialog.previewModel()->rowCount(), 0);
        QCOMPARE(dialog.apply(), 0);
        QCOMPARE(doc.records(), original);
        QCOMPARE(doc.undoStack()->count(), 0);

        dialog.findEdit()->setText(u"(closed)"_s);
        QCOMPARE(dialog.error(), QString());
        QVERIFY(!dialog.errorLabel()->isVisible());
    }

    void shouldAlsoReplaceInNamesWhenAsked()
    {
        Document doc;
        QVERIFY(doc.loadFile(kCleanup));
        FindReplaceDialog dialog(&doc);
        dialog.findEdit()->setText(u"Smith"_s);
        dialog.replaceEdit()->setText(u"Smyth"_s);
        dialog.updatePreview();
        QCOMPARE(dialog.previewModel()->rowCount(), 0);
        dialog.namesBox()->setChecked(true);
        dialog.updatePreview();
        QCOMPARE(dialog.previewModel()->rowCount(), 1);
        QCOMPARE(dialog.apply(), 1);
        QCOMPARE(doc.record(2).authors().at(0).family, u"Smyth"_s);
    }
};

QTEST_MAIN(tst_FindReplaceDialog)
#include "tst_findreplacedialog.moc"
