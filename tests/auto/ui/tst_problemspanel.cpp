#include "commands/recordcommands.h"
#include "dialogs/problemspanel.h"
#include "document/document.h"
#include "mainwindow.h"
#include "models/integrityproblemmodel.h"
#include "models/recordtablemodel.h"
#include "views/recordtableview.h"
#include "testconfig.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

namespace {

const QString kProblems = QStringLiteral(REFMEND_TEST_DATA_DIR "/ui/problems.enw");

//! The row of the first problem with \a checkId, or -1.
int rowOf(const IntegrityProblemModel *model, const QString &checkId)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(IntegrityProblemModel::CheckIdRole).toString() == checkId)
            return row;
    }
    return -1;
}

} // namespace

class tst_ProblemsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void shouldListIntegrityProblemsBesideTheReadingDiagnostics()
    {
        Document doc;
        QVERIFY(doc.loadFile(kProblems));
        ProblemsPanel panel;
        QAbstractItemModelTester tester(panel.integrityModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setDocument(&doc);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.problemCount(), int(doc.diagnostics().size()));
        QVERIFY(panel.integrityProblemCount() >= 2);
        const IntegrityProblemModel *model = panel.integrityModel();
        const int mojibake = rowOf(model, u"mojibake"_s);
        const int doi = rowOf(model, u"invalid-doi"_s);
        QVERIFY(mojibake >= 0);
        QVERIFY(doi >= 0);
        QCOMPARE(model->index(mojibake, 0).data(IntegrityProblemModel::RecordRole).toInt(), 0);
        QCOMPARE(model->index(mojibake, IntegrityProblemModel::Location).data().toString().left(8),
                 u"Author 2"_s);
        QVERIFY(model->index(mojibake, 0).data(IntegrityProblemModel::HasFixRole).toBool());
        QVERIFY(!model->index(mojibake, IntegrityProblemModel::Fix).data().toString().isEmpty());
        QVERIFY(panel.tabs()->tabText(ProblemsPanel::ChecksTab)
                        .contains(QString::number(panel.integrityProblemCount())));
        QVERIFY(panel.fixAllButton()->isEnabled());
    }

    void aLargeDocumentShouldBeCheckedOnAWorker()
    {
        // The problem records of the test file, among thousands of clean ones.
        Document small;
        QVERIFY(small.loadFile(kProblems));
        Collection large;
        for (int i = 0; i < 3000; ++i) {
            Record clean;
            clean.type = RecordType::Article;
            clean.setValue(FieldKey::Title, u"Clean record %1"_s.arg(i));
            clean.setValue(FieldKey::Year, u"2013"_s);
            large.records.append(clean);
        }
        large.records.append(small.records());
        Document doc;
        doc.setCollection(large);
        ProblemsPanel panel;
        panel.setDocument(&doc);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isChecking(), 60000);
        const IntegrityProblemModel *model = panel.integrityModel();
        const int doi = rowOf(model, u"invalid-doi"_s);
        QVERIFY(doi >= 0);
        QVERIFY(model->index(doi, 0).data(IntegrityProblemModel::RecordRole).toInt() >= 3000);
        const int before = panel.integrityProblemCount();

        // An edit while a check runs: the next check counts it, the running one is dropped.
        panel.refreshChecks();
        QVERIFY(panel.isChecking());
        doc.undoStack()->push(new SetFieldCommand(&doc, 5, FieldKey::Doi, u"not a doi"_s));
        panel.refreshChecks();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isChecking(), 60000);
        QCOMPARE(panel.integrityProblemCount(), before + 1);
    }

    void shouldFixAProblemWithOneClickAsOneUndoStep()
    {
        Document doc;
        QVERIFY(doc.loadFile(kProblems));
        const QList<Record> original = doc.records();
        ProblemsPanel panel;
        panel.setDocument(&doc);
        panel.resize(900, 300);
        panel.showChecks();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const int before = panel.integrityProblemCount();
        const int row = rowOf(panel.integrityModel(), u"mojibake"_s);
        QTreeView *view = panel.integrityView();
        const QModelIndex fix = panel.integrityModel()->index(row, IntegrityProblemModel::Fix);
        view->scrollTo(fix);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(fix).center());

        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.record(0).authors().at(1).displayName(), u"Costa, Ana Lúcia"_s);
        QCOMPARE(panel.integrityProblemCount(), before - 1);
        QCOMPARE(rowOf(panel.integrityModel(), u"mojibake"_s), -1);

        doc.undoStack()->undo();
        QCOMPARE(doc.records(), original);
        QTRY_COMPARE(panel.integrityProblemCount(), before);
    }

    void shouldFixEverythingFixableInOneUndoStep()
    {
        Document doc;
        QVERIFY(doc.loadFile(kProblems));
        ProblemsPanel panel;
        panel.setDocument(&doc);
        panel.showChecks();
        const int fixable = panel.integrityModel()->fixableCount();
        QVERIFY(fixable >= 1);
        QCOMPARE(panel.fixAll(), fixable);
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(panel.integrityModel()->fixableCount(), 0);
    }

    void shouldSelectTheRecordOfADoubleClickedProblem()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(kProblems));
        w.tableView()->selectRecord(1);
        w.problemsPanel()->showChecks();
        const int row = rowOf(w.problemsPanel()->integrityModel(), u"invalid-doi"_s);
        QVERIFY(row >= 0);
        QSignalSpy spy(w.problemsPanel(), &ProblemsPanel::recordActivated);
        Q_EMIT w.problemsPanel()->integrityView()->doubleClicked(
                w.problemsPanel()->integrityModel()->index(row, IntegrityProblemModel::Message));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(w.tableView()->currentRecord(), 0);
        // The reading diagnostics keep their own list.
        QCOMPARE(w.problemsPanel()->tree()->topLevelItemCount(), int(w.document()->diagnostics().size()));
    }

    void shouldUpdateTheProblemsColumnOfTheRecordTableAfterAnEdit()
    {
        Document doc;
        QVERIFY(doc.loadFile(kProblems));
        RecordTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(&doc);
        const QModelIndex cell = model.index(0, RecordTableModel::Problems);
        const int before = cell.data(RecordTableModel::ProblemCountRole).toInt();
        QVERIFY(before >= 2);
        QCOMPARE(cell.data().toString(), QString::number(before));
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(u"DOI"_s));
        QCOMPARE(cell.data(RecordTableModel::WorstSeverityRole).toInt() >= int(Severity::Warning), true);
        QCOMPARE(model.index(1, RecordTableModel::Problems).data(RecordTableModel::ProblemCountRole).toInt(), 0);
        QCOMPARE(model.index(1, RecordTableModel::Problems).data().toString(), QString());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        doc.undoStack()->push(new SetFieldCommand(&doc, 0, FieldKey::Doi, u"10.1155/2013/702168"_s));
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.constFirst().at(1).toModelIndex().column() >= RecordTableModel::Problems);
        QCOMPARE(model.index(0, RecordTableModel::Problems).data(RecordTableModel::ProblemCountRole).toInt(),
                 before - 1);
        doc.undoStack()->undo();
        QCOMPARE(model.index(0, RecordTableModel::Problems).data(RecordTableModel::ProblemCountRole).toInt(),
                 before);
    }

    void shouldSortRecordsWithTheWorstProblemsFirst()
    {
        Document doc;
        QVERIFY(doc.loadFile(kProblems));
        RecordTableModel model;
        model.setDocument(&doc);
        const QString problems = model.index(0, RecordTableModel::Problems).data(RecordTableModel::SortRole).toString();
        const QString clean = model.index(1, RecordTableModel::Problems).data(RecordTableModel::SortRole).toString();
        QVERIFY(!problems.isEmpty());
        QVERIFY(clean.isEmpty());   // the proxy sorts empty values last
    }
};

QTEST_MAIN(tst_ProblemsPanel)
#include "tst_problemspanel.moc"
