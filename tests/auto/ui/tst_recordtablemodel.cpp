#include "commands/recordcommands.h"
#include "document/document.h"
#include "formats/fileio.h"
#include "models/recordtablemodel.h"
#include "text/textfold.h"
#include "testconfig.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QUndoStack>
#include <QtTest>

using namespace refmend;

class tst_RecordTableModel : public QObject
{
    Q_OBJECT

private:
    QString m_seed;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_seed = QStringLiteral(REFMEND_CORPUS_DIR
                                "/endnote-refer/hindawi__isrn-hepatology-2013-flattened.enw");
        if (!QFile::exists(m_seed))
            QSKIP("the shared corpus is not available");
    }

    void shouldStayConsistentUnderTheModelTesterThroughLoadEditAndReset()
    {
        Document doc;
        RecordTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(&doc);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(doc.loadFile(m_seed));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(RecordTableModel::ColumnCount));
        doc.undoStack()->push(new SetFieldCommand(&doc, 0, FieldKey::Title, QStringLiteral("Edited")));
        doc.undoStack()->undo();
        doc.setRecords({});
        QCOMPARE(model.rowCount(), 0);
    }

    void shouldShowEachPieceOfTheRecordInItsColumn()
    {
        Document doc;
        QVERIFY(doc.loadFile(m_seed));
        RecordTableModel model;
        model.setDocument(&doc);
        auto cell = [&](int column) { return model.index(0, column).data().toString(); };
        QVERIFY2(cell(RecordTableModel::Authors).startsWith(QStringLiteral("Macedo")),
                 qPrintable(cell(RecordTableModel::Authors)));
        QCOMPARE(cell(RecordTableModel::Year), QStringLiteral("2013"));
        QCOMPARE(cell(RecordTableModel::Title),
                 QStringLiteral("The Treatment of Liver Metastases in Patients with "
                                "Neuroendocrine Tumors in 2012"));
        QCOMPARE(cell(RecordTableModel::Container), QStringLiteral("ISRN Hepatology"));
        QCOMPARE(cell(RecordTableModel::Type), recordTypeDisplayName(RecordType::Article));
        QCOMPARE(cell(RecordTableModel::Doi), QStringLiteral("10.1155/2013/702167"));
    }

    void shouldListEveryAuthorInTheTooltip()
    {
        Document doc;
        QVERIFY(doc.loadFile(m_seed));
        RecordTableModel model;
        model.setDocument(&doc);
        const QString tip = model.index(0, RecordTableModel::Authors).data(Qt::ToolTipRole).toString();
        QCOMPARE(tip.split(u'\n').size(), 9);
    }

    void shouldNameEveryColumnInTheHeader()
    {
        RecordTableModel model;
        for (int c = 0; c < RecordTableModel::ColumnCount; ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
        QCOMPARE(model.headerData(RecordTableModel::Year, Qt::Horizontal).toString(),
                 QStringLiteral("Year"));
    }

    void shouldOfferTheRecordIdAndFoldedSearchText()
    {
        Document doc;
        QVERIFY(doc.loadFile(m_seed));
        RecordTableModel model;
        model.setDocument(&doc);
        const QModelIndex index = model.index(0, RecordTableModel::Title);
        QCOMPARE(index.data(RecordTableModel::RecordIdRole).value<quint64>(), doc.record(0).id);
        const QString search = index.data(RecordTableModel::SearchTextRole).toString();
        QVERIFY(search.contains(QStringLiteral("neuroendocrine")));   // abstract, folded
        QVERIFY(search.contains(QStringLiteral("macedo")));
        QVERIFY(search.contains(QStringLiteral("isrn hepatology")));
        QCOMPARE(search, foldForSearch(search));
        QCOMPARE(model.index(0, RecordTableModel::Title).data(RecordTableModel::SortRole).toString(),
                 foldForSearch(index.data().toString()));
    }

    void shouldEmitDataChangedForTheWholeRowWhenItsRecordIsEdited()
    {
        Document doc;
        QVERIFY(doc.loadFile(m_seed));
        RecordTableModel model;
        model.setDocument(&doc);
        QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
        doc.undoStack()->push(new SetFieldCommand(&doc, 0, FieldKey::Title, QStringLiteral("Zürich notes")));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toModelIndex(), model.index(0, 0));
        QCOMPARE(spy.at(0).at(1).toModelIndex(), model.index(0, RecordTableModel::ColumnCount - 1));
        QCOMPARE(model.index(0, RecordTableModel::Title).data().toString(), QStringLiteral("Zürich notes"));
        QVERIFY(model.index(0, 0).data(RecordTableModel::SearchTextRole).toString()
                        .contains(QStringLiteral("zurich notes")));

        doc.undoStack()->undo();
        QCOMPARE(spy.count(), 2);
        QVERIFY(model.index(0, RecordTableModel::Title).data().toString().startsWith(QStringLiteral("The Treatment")));
    }

    void shouldResetWhenAnotherFileIsLoaded()
    {
        Document doc;
        RecordTableModel model;
        model.setDocument(&doc);
        QSignalSpy aboutSpy(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy resetSpy(&model, &QAbstractItemModel::modelReset);
        QVERIFY(doc.loadFile(m_seed));
        QCOMPARE(aboutSpy.count(), 1);
        QCOMPARE(resetSpy.count(), 1);
        QCOMPARE(model.rowCount(), 1);
    }

    void preparedRowsShouldBeTheRowsItWouldMake()
    {
        const Collection loaded = readFile(m_seed);
        QCOMPARE(loaded.records.size(), 1);
        Document doc;
        RecordTableModel model;
        model.setDocument(&doc);
        QVERIFY(doc.loadFile(m_seed));
        // Computed elsewhere (a worker thread in the GUI), they equal what the model makes.
        const RecordTableModel::PreparedRows prepared =
                RecordTableModel::prepareRows(doc.records(), model.nameOrder());
        QCOMPARE(prepared.rows.size(), 1);
        for (int c = 0; c < RecordTableModel::ColumnCount; ++c) {
            if (c == RecordTableModel::Problems)
                continue;   // computed when shown, not prepared
            QCOMPARE(prepared.rows.at(0).display[c], model.index(0, c).data().toString());
            QCOMPARE(prepared.rows.at(0).sort[c],
                     model.index(0, c).data(RecordTableModel::SortRole).toString());
        }
        QCOMPARE(QString::fromUtf8(prepared.rows.at(0).searchText),
                 model.index(0, 0).data(RecordTableModel::SearchTextRole).toString());
        QVERIFY(model.index(0, 0).data(RecordTableModel::SearchTextRole).toString().contains(u"macedo"));
    }

    void aResetShouldTakePreparedRowsOnlyWhenTheyFit()
    {
        Document doc;
        RecordTableModel model;
        model.setDocument(&doc);
        const Collection loaded = readFile(m_seed);

        // Marked, to tell them from rows the model makes itself.
        RecordTableModel::PreparedRows prepared = RecordTableModel::prepareRows(loaded.records,
                                                                               model.nameOrder());
        prepared.rows[0].display[RecordTableModel::Title] = QStringLiteral("prepared");
        model.setPreparedRows(prepared);
        QVERIFY(doc.adoptLoaded(loaded, m_seed));
        QCOMPARE(model.index(0, RecordTableModel::Title).data().toString(), QStringLiteral("prepared"));

        // Used once: the next reset makes its own.
        QVERIFY(doc.loadFile(m_seed));
        QVERIFY(model.index(0, RecordTableModel::Title).data().toString() != QStringLiteral("prepared"));

        // Prepared for another name order, or other records: not used.
        RecordTableModel::PreparedRows otherOrder = prepared;
        otherOrder.order = model.nameOrder() == NameOrder::FamilyFirst ? NameOrder::GivenFirst
                                                                        : NameOrder::FamilyFirst;
        model.setPreparedRows(otherOrder);
        QVERIFY(doc.adoptLoaded(loaded, m_seed));
        QVERIFY(model.index(0, RecordTableModel::Title).data().toString() != QStringLiteral("prepared"));
        RecordTableModel::PreparedRows otherRecords = prepared;
        otherRecords.firstId = otherRecords.lastId = prepared.firstId + 1000;
        model.setPreparedRows(otherRecords);
        QVERIFY(doc.adoptLoaded(loaded, m_seed));
        QVERIFY(model.index(0, RecordTableModel::Title).data().toString() != QStringLiteral("prepared"));
    }

    void shouldNotBeEditableInTheTable()
    {
        Document doc;
        QVERIFY(doc.loadFile(m_seed));
        RecordTableModel model;
        model.setDocument(&doc);
        const Qt::ItemFlags flags = model.flags(model.index(0, RecordTableModel::Title));
        QVERIFY(flags & Qt::ItemIsSelectable);
        QVERIFY(!(flags & Qt::ItemIsEditable));
    }
};

QTEST_GUILESS_MAIN(tst_RecordTableModel)
#include "tst_recordtablemodel.moc"
