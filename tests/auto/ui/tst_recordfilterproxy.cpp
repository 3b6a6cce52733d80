#include "commands/recordcommands.h"
#include "document/document.h"
#include "models/recordfilterproxy.h"
#include "models/recordtablemodel.h"
#include "text/textfold.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>
#include <QtTest>

using namespace refmend;
using namespace Qt::StringLiterals;

namespace {

Record makeRecord(const QString &family, const QString &given, const QString &title,
                  const QString &year)
{
    Record r;
    r.type = RecordType::Article;
    Person p;
    p.family = family;
    p.given = given;
    r.setPersons(PersonRole::Author, {p});
    r.setValue(FieldKey::Title, title);
    if (!year.isEmpty())
        r.setValue(FieldKey::Year, year);
    return r;
}

} // namespace

class tst_RecordFilterProxy : public QObject
{
    Q_OBJECT

private:
    Document m_doc;
    RecordTableModel m_model;
    RecordFilterProxy m_proxy;

    QList<int> visibleSourceRows() const
    {
        QList<int> rows;
        for (int r = 0; r < m_proxy.rowCount(); ++r)
            rows << m_proxy.mapToSource(m_proxy.index(r, 0)).row();
        std::sort(rows.begin(), rows.end());
        return rows;
    }

    //! The rows whose search text holds every word of \a text (folded), found one by one.
    QList<int> matchedOneByOne(const QString &text) const
    {
        const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
        QList<int> rows;
        for (int row = 0; row < m_model.rowCount(); ++row) {
            const QString haystack = m_model.index(row, 0).data(RecordTableModel::SearchTextRole).toString();
            if (std::all_of(words.cbegin(), words.cend(),
                            [&](const QString &w) { return haystack.contains(w); }))
                rows.append(row);
        }
        return rows;
    }

    QList<int> sortedSourceRows() const
    {
        QList<int> rows;
        for (int r = 0; r < m_proxy.rowCount(); ++r)
            rows << m_proxy.mapToSource(m_proxy.index(r, 0)).row();
        return rows;
    }

private Q_SLOTS:
    void init()
    {
        Collection c;
        c.formatId = QStringLiteral("endnote");
        c.records = {
            makeRecord(QStringLiteral("Costa"), QStringLiteral("Luís"),
                       QStringLiteral("Liver metastases"), QStringLiteral("2013")),
            makeRecord(QStringLiteral("Souza"), QStringLiteral("Ana"),
                       QStringLiteral("Heart failure"), QStringLiteral("1999")),
            makeRecord(QStringLiteral("Álvarez"), QStringLiteral("Pedro"),
                       QStringLiteral("Lung treatment"), QStringLiteral("2020")),
            makeRecord(QStringLiteral("Berg"), QStringLiteral("Jan"),
                       QStringLiteral("Liver cancer: a review"), QString()),
        };
        m_doc.setCollection(c);
        m_model.setDocument(&m_doc);
        m_proxy.setSourceModel(&m_model);
        m_proxy.setFilter({});
        m_proxy.sort(-1);
    }

    void shouldStayConsistentUnderTheModelTesterWhileFilteringAndSorting()
    {
        QAbstractItemModelTester tester(&m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxy.setFilter({QStringLiteral("liver"), {}});
        m_proxy.sort(RecordTableModel::Year, Qt::DescendingOrder);
        m_doc.undoStack()->push(new SetFieldCommand(&m_doc, 1, FieldKey::Title, QStringLiteral("Liver")));
        m_proxy.setFilter({});
        m_doc.undoStack()->undo();
        QCOMPARE(m_proxy.rowCount(), 4);
    }

    void shouldMatchEveryWordIgnoringCaseAndAccents_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("rows");
        QTest::newRow("nothing typed shows all") << QString() << QList<int>{0, 1, 2, 3};
        QTest::newRow("luis finds Luís") << QStringLiteral("luis") << QList<int>{0};
        QTest::newRow("LUIS finds Luís") << QStringLiteral("LUIS") << QList<int>{0};
        QTest::newRow("Luís finds Luís") << QStringLiteral("Luís") << QList<int>{0};
        QTest::newRow("alvarez finds Álvarez") << QStringLiteral("alvarez") << QList<int>{2};
        QTest::newRow("one word in two titles") << QStringLiteral("liver") << QList<int>{0, 3};
        QTest::newRow("every word must match") << QStringLiteral("liver costa") << QList<int>{0};
        QTest::newRow("words in any order") << QStringLiteral("  COSTA   liver ") << QList<int>{0};
        QTest::newRow("a missing word hides all") << QStringLiteral("liver nobody") << QList<int>{};
        QTest::newRow("part of a word") << QStringLiteral("metast") << QList<int>{0};
        QTest::newRow("year") << QStringLiteral("1999") << QList<int>{1};
    }

    void shouldMatchEveryWordIgnoringCaseAndAccents()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, rows);
        m_proxy.setFilter({text, {}});
        QCOMPARE(visibleSourceRows(), rows);
    }

    void typingShouldFindWhatOneSearchFindsEvenAfterAnEdit()
    {
        // Enough rows for several blocks of the parallel match; each key narrows the last
        // search, and an edit between two keys must not be missed by the narrowing.
        Collection c;
        c.formatId = QStringLiteral("endnote");
        for (int i = 0; i < 10000; ++i) {
            c.records.append(makeRecord(i % 3 ? QStringLiteral("Costa") : QStringLiteral("Macedo"),
                                        QStringLiteral("Ana"), QStringLiteral("Title %1").arg(i),
                                        QString::number(1900 + i % 120)));
        }
        for (int i = 0; i < 10000; i += 997)   // text that is not ASCII after folding
            c.records[i].setValue(FieldKey::Title, u"王小明 Título %1"_s.arg(i));
        m_doc.setCollection(c);
        for (const QString &text : {u"m"_s, u"ma"_s, u"mac"_s}) {
            m_proxy.setFilter({text, {}});
            QCOMPARE(visibleSourceRows(), matchedOneByOne(text));
        }
        QCOMPARE(m_proxy.rowCount(), 3334);
        QVERIFY(!visibleSourceRows().contains(1));
        m_doc.undoStack()->push(new SetFieldCommand(&m_doc, 1, FieldKey::Title, u"Macedo again"_s));
        QVERIFY(visibleSourceRows().contains(1));   // the edited row is matched on its own
        for (const QString &text : {u"mace"_s, u"macedo 19"_s, u"macedo 199"_s, u"macedo"_s, u"m"_s}) {
            m_proxy.setFilter({text, {}});
            QCOMPARE(visibleSourceRows(), matchedOneByOne(text));
        }
        QVERIFY(visibleSourceRows().contains(1));
        m_proxy.setFilter({u"title 123"_s, {}});
        QCOMPARE(visibleSourceRows(), matchedOneByOne(u"title 123"_s));
        QVERIFY(!visibleSourceRows().isEmpty());
        for (const QString &text : {u"王"_s, u"王小"_s, u"王小 TITULO"_s, u"小明 título 99"_s}) {
            m_proxy.setFilter({text, {}});
            QCOMPARE(visibleSourceRows(), matchedOneByOne(foldForSearch(text)));
        }
        QVERIFY(visibleSourceRows().contains(997));

        // Sorted while typing: the rows are ranked once per column, and the ranks must
        // give the order one comparison at a time gives, also after an edit.
        const auto byTitle = [this](const QList<int> &rows) {
            QList<int> sorted = rows;
            std::stable_sort(sorted.begin(), sorted.end(), [this](int a, int b) {
                const QString ta = m_model.index(a, RecordTableModel::Title).data(RecordTableModel::SortRole).toString();
                const QString tb = m_model.index(b, RecordTableModel::Title).data(RecordTableModel::SortRole).toString();
                return ta.localeAwareCompare(tb) < 0;
            });
            return sorted;
        };
        m_proxy.setFilter({u"costa"_s, {}});
        m_proxy.sort(RecordTableModel::Title, Qt::AscendingOrder);
        QCOMPARE(sortedSourceRows(), byTitle(matchedOneByOne(u"costa"_s)));
        m_doc.undoStack()->push(new SetFieldCommand(&m_doc, 2, FieldKey::Title, u"Aardvarks"_s));
        QCOMPARE(sortedSourceRows().constFirst(), 2);
        m_proxy.setFilter({u"costa 19"_s, {}});
        QCOMPARE(sortedSourceRows(), byTitle(matchedOneByOne(u"costa 19"_s)));
        QCOMPARE(sortedSourceRows().constFirst(), 2);
        m_proxy.sort(-1);
    }

    void aLargeTableShouldBeSortedOnAWorkerAndFollowAnEditMeanwhile()
    {
        Collection c;
        c.formatId = QStringLiteral("endnote");
        for (int i = 0; i < 5000; ++i) {
            c.records.append(makeRecord(u"Costa"_s, u"Ana"_s, u"Title %1"_s.arg(4999 - i),
                                        QString::number(1900 + i % 120)));
        }
        m_doc.setCollection(c);
        m_proxy.setBackgroundSortFrom(1000);
        const auto inTitleOrder = [this] {
            QList<int> rows;
            for (int r = 0; r < m_model.rowCount(); ++r)
                rows.append(r);
            std::stable_sort(rows.begin(), rows.end(), [this](int a, int b) {
                const QString ta = m_model.index(a, RecordTableModel::Title).data(RecordTableModel::SortRole).toString();
                const QString tb = m_model.index(b, RecordTableModel::Title).data(RecordTableModel::SortRole).toString();
                return ta.localeAwareCompare(tb) < 0;
            });
            return rows;
        };
        QSignalSpy sorted(&m_proxy, &RecordFilterProxy::sorted);

        // The call returns before the rows are in order; they are once the ranks are in.
        m_proxy.sort(RecordTableModel::Title, Qt::AscendingOrder);
        QVERIFY(m_proxy.isSorting());
        QCOMPARE(m_proxy.sortColumn(), -1);
        QCOMPARE(sortedSourceRows().constFirst(), 0);   // still in file order
        QVERIFY(sorted.wait());
        QVERIFY(!m_proxy.isSorting());
        QCOMPARE(m_proxy.sortColumn(), int(RecordTableModel::Title));
        QCOMPARE(sortedSourceRows(), inTitleOrder());

        // Flipped: the ranks are there, so at once.
        m_proxy.sort(RecordTableModel::Title, Qt::DescendingOrder);
        QVERIFY(!m_proxy.isSorting());
        QCOMPARE(sortedSourceRows().constLast(), inTitleOrder().constFirst());

        // An edit while a sort is being ranked: ranked again, with the edited row in place.
        m_proxy.sort(-1);
        m_proxy.sort(RecordTableModel::Title, Qt::AscendingOrder);
        QVERIFY(m_proxy.isSorting());
        m_doc.undoStack()->push(new SetFieldCommand(&m_doc, 4000, FieldKey::Title, u"Aardvarks"_s));
        QVERIFY(sorted.wait());
        QCOMPARE(sortedSourceRows().constFirst(), 4000);
        QCOMPARE(sortedSourceRows(), inTitleOrder());

        // Back to file order while a sort waits: that one is dropped, and said to be over.
        m_proxy.sort(RecordTableModel::Year, Qt::AscendingOrder);
        QVERIFY(m_proxy.isSorting());
        const qsizetype sortsBefore = sorted.size();
        m_proxy.sort(-1);
        QVERIFY(!m_proxy.isSorting());
        QCOMPARE(sorted.size(), sortsBefore + 1);
        QCOMPARE(sortedSourceRows().constFirst(), 0);
        QTest::qWait(200);   // the dropped ranking ends without sorting
        QCOMPARE(m_proxy.sortColumn(), -1);
        QCOMPARE(sorted.size(), sortsBefore + 1);

        // Two rankings in flight, and a search with them: none waits for another's threads.
        m_proxy.sort(-1);
        m_proxy.setBackgroundFilterFrom(1000);
        QSignalSpy filtered(&m_proxy, &RecordFilterProxy::filtered);
        m_proxy.sort(RecordTableModel::Authors, Qt::AscendingOrder);
        m_proxy.sort(RecordTableModel::Title, Qt::AscendingOrder);
        m_proxy.setFilter({u"title 4"_s, {}});
        QVERIFY(m_proxy.isSorting());
        QVERIFY(m_proxy.isFiltering());
        QTRY_VERIFY(!m_proxy.isSorting() && !m_proxy.isFiltering());
        QCOMPARE(filtered.size(), 1);
        QCOMPARE(m_proxy.sortColumn(), int(RecordTableModel::Title));
        QList<int> titleFour;   // every word in the row's search text, in title order
        for (int row : inTitleOrder()) {
            const QString text = m_model.index(row, 0).data(RecordTableModel::SearchTextRole).toString();
            if (text.contains(u"title") && text.contains(u"4"))
                titleFour.append(row);
        }
        QVERIFY(titleFour.size() > 1000 && titleFour.size() < 5000);
        QCOMPARE(sortedSourceRows(), titleFour);
        m_proxy.setFilter({});
        m_proxy.setBackgroundFilterFrom(50000);   // the default

        // A smaller table is sorted at once.
        m_proxy.sort(-1);
        m_proxy.setBackgroundSortFrom(100000);
        m_proxy.sort(RecordTableModel::Title, Qt::AscendingOrder);
        QVERIFY(!m_proxy.isSorting());
        QCOMPARE(sortedSourceRows(), inTitleOrder());
        m_proxy.sort(-1);
    }

    void aLargeTableShouldBeSearchedOnAWorkerAndFollowAnEditMeanwhile()
    {
        Collection c;
        c.formatId = QStringLiteral("endnote");
        for (int i = 0; i < 5000; ++i) {
            c.records.append(makeRecord(i % 3 ? u"Costa"_s : u"Macedo"_s, u"Ana"_s,
                                        u"Title %1"_s.arg(i), QString::number(1900 + i % 120)));
        }
        m_doc.setCollection(c);
        QCOMPARE(m_proxy.rowCount(), 5000);   // the rows are mapped, as a view would have them
        m_proxy.setBackgroundFilterFrom(1000);
        QSignalSpy filtered(&m_proxy, &RecordFilterProxy::filtered);

        // The call returns before the rows are matched; the table shows all of them until then.
        m_proxy.setFilter({u"macedo"_s, {}});
        QVERIFY(m_proxy.isFiltering());
        QCOMPARE(m_proxy.rowCount(), 5000);
        QVERIFY(filtered.wait());
        QVERIFY(!m_proxy.isFiltering());
        QCOMPARE(visibleSourceRows(), matchedOneByOne(u"macedo"_s));
        QCOMPARE(m_proxy.rowCount(), 1667);

        // Keys typed faster than the worker: each drops the search before it; the last one
        // is shown, once.
        m_proxy.setFilter({});
        QVERIFY(!m_proxy.isFiltering());
        filtered.clear();
        for (const QString &text : {u"t"_s, u"ti"_s, u"title 1"_s, u"title 12"_s})
            m_proxy.setFilter({text, {}});
        QVERIFY(filtered.wait());
        QTest::qWait(100);
        QCOMPARE(filtered.size(), 1);
        QCOMPARE(visibleSourceRows(), matchedOneByOne(u"title 12"_s));
        // Narrowed from the last matches, also on a worker.
        m_proxy.setFilter({u"title 123"_s, {}});
        QVERIFY(filtered.wait());
        QCOMPARE(visibleSourceRows(), matchedOneByOne(u"title 123"_s));

        // An edit while the rows are matched: matched again, the edited row among them.
        m_proxy.setFilter({u"macedo 19"_s, {}});
        QVERIFY(m_proxy.isFiltering());
        m_doc.undoStack()->push(new SetFieldCommand(&m_doc, 1, FieldKey::Title, u"Macedo 1955"_s));
        m_doc.undoStack()->push(new SetFieldCommand(&m_doc, 3, FieldKey::Year, u"2001"_s));
        QVERIFY(filtered.wait());
        QVERIFY(!m_proxy.isFiltering());
        QCOMPARE(visibleSourceRows(), matchedOneByOne(u"macedo 19"_s));
        QVERIFY(visibleSourceRows().contains(1));
        QVERIFY(!visibleSourceRows().contains(3));

        // Cleared while a search waits: that one is dropped, and said to be over.
        m_proxy.setFilter({u"costa"_s, {}});
        QVERIFY(m_proxy.isFiltering());
        filtered.clear();
        m_proxy.setFilter({});
        QVERIFY(!m_proxy.isFiltering());
        QCOMPARE(filtered.size(), 1);
        QTest::qWait(200);   // the dropped search ends without showing anything
        QCOMPARE(filtered.size(), 1);
        QCOMPARE(m_proxy.rowCount(), 5000);

        // A smaller table is searched at once.
        m_proxy.setBackgroundFilterFrom(100000);
        m_proxy.setFilter({u"costa"_s, {}});
        QVERIFY(!m_proxy.isFiltering());
        QCOMPARE(visibleSourceRows(), matchedOneByOne(u"costa"_s));
        m_proxy.setFilter({});
        m_proxy.setBackgroundFilterFrom(50000);   // the default
    }

    void shouldSearchOnlyTheChosenColumns()
    {
        m_proxy.setFilter({QStringLiteral("costa"), {RecordTableModel::Title}});
        QCOMPARE(visibleSourceRows(), QList<int>{});
        m_proxy.setFilter({QStringLiteral("costa"), {RecordTableModel::Authors}});
        QCOMPARE(visibleSourceRows(), QList<int>{0});
    }

    void shouldFollowEditsWhileFiltered()
    {
        m_proxy.setFilter({QStringLiteral("liver"), {}});
        QCOMPARE(visibleSourceRows(), (QList<int>{0, 3}));
        m_doc.undoStack()->push(new SetFieldCommand(&m_doc, 1, FieldKey::Title, QStringLiteral("Liver and heart")));
        QCOMPARE(visibleSourceRows(), (QList<int>{0, 1, 3}));
        m_doc.undoStack()->undo();
        QCOMPARE(visibleSourceRows(), (QList<int>{0, 3}));
    }

    void shouldSortByYearNumericallyWithMissingYearsLast()
    {
        m_proxy.sort(RecordTableModel::Year, Qt::AscendingOrder);
        QCOMPARE(sortedSourceRows(), (QList<int>{1, 0, 2, 3}));
        m_proxy.sort(RecordTableModel::Year, Qt::DescendingOrder);
        QCOMPARE(sortedSourceRows(), (QList<int>{3, 2, 0, 1}));
    }

    void shouldSortByAuthorIgnoringAccents()
    {
        m_proxy.sort(RecordTableModel::Authors, Qt::AscendingOrder);
        QCOMPARE(sortedSourceRows(), (QList<int>{2, 3, 0, 1}));   // Álvarez, Berg, Costa, Souza
    }

    void aSortedTableShouldFollowEditsInsertsAndRemovals()
    {
        // The collation keys are made once per column: an edited, inserted or removed
        // record must still land in its place.
        m_proxy.sort(RecordTableModel::Title, Qt::AscendingOrder);
        QCOMPARE(sortedSourceRows(), (QList<int>{1, 3, 0, 2}));
        m_doc.undoStack()->push(new SetFieldCommand(&m_doc, 2, FieldKey::Title, QStringLiteral("Aardvarks")));
        QCOMPARE(sortedSourceRows().constFirst(), 2);
        m_doc.undoStack()->undo();
        QCOMPARE(sortedSourceRows(), (QList<int>{1, 3, 0, 2}));

        Record first;
        first.setValue(FieldKey::Title, QStringLiteral("Zebras"));
        m_doc.undoStack()->push(new InsertRecordsCommand(&m_doc, 0, {first}, QStringLiteral("Add")));
        // Every old row moved down by one; "Zebras" sorts last.
        QCOMPARE(sortedSourceRows(), (QList<int>{2, 4, 1, 3, 0}));
        m_doc.undoStack()->undo();
        QCOMPARE(sortedSourceRows(), (QList<int>{1, 3, 0, 2}));
    }

    void shouldReturnToFileOrderWhenSortingIsCleared()
    {
        m_proxy.sort(RecordTableModel::Title, Qt::AscendingOrder);
        QCOMPARE(sortedSourceRows(), (QList<int>{1, 3, 0, 2}));
        m_proxy.sort(-1);
        QCOMPARE(sortedSourceRows(), (QList<int>{0, 1, 2, 3}));
    }
};

QTEST_GUILESS_MAIN(tst_RecordFilterProxy)
#include "tst_recordfilterproxy.moc"
