#include "document/document.h"
#include "formats/fileio.h"
#include "models/recordfilterproxy.h"
#include "models/recordtablemodel.h"
#include "benchsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <algorithm>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;
using namespace refmend;
using refmend::bench::bestOfThree;

/* The main table over gen_corpus records (RIS; 10,000 unless REFMEND_BENCH_RECORDS says
   otherwise): preparing the rows, data(), filtering and sorting through RecordFilterProxy,
   each against a baseline measured in the same run on the same rows: for a filter, one
   QString::contains over every row's search text (what any filter must at least do); for a
   sort, std::sort of the same sort texts with QString::compare. */
class BenchModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void prepareRows();
    void dataOfEveryCell();
    void filter_data();
    void filter();
    void sort_data();
    void sort();

private:
    std::unique_ptr<QTemporaryDir> m_tempDir;
    Document m_document;
    RecordTableModel m_model;
    RecordFilterProxy m_proxy;
    int m_count = 0;
};

namespace {

double ms(qint64 ns) { return double(ns) / 1e6; }

} // namespace

void BenchModel::initTestCase()
{
    bool ok = false;
    m_count = qEnvironmentVariableIntValue("REFMEND_BENCH_RECORDS", &ok);
    if (!ok || m_count <= 0)
        m_count = 10000;
    QString dir = qEnvironmentVariable("REFMEND_BENCH_DIR");
    if (dir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        dir = m_tempDir->path();
    }
    const QString path = dir + u"/corpus-"_s + QString::number(m_count) + u".ris"_s;
    if (const QString problem = bench::ensureCorpus(QStringLiteral(REFMEND_BENCH_GENERATOR), dir, m_count);
        !problem.isEmpty()) {
        QSKIP(qPrintable(problem));
    }
    QVERIFY(m_document.loadFile(path));
    m_model.setDocument(&m_document);
    m_proxy.setSourceModel(&m_model);
    // Every sort done at once, however large the table: what is measured is the work, which
    // the window does on a worker from backgroundSortFrom() rows on.
    m_proxy.setBackgroundSortFrom(std::numeric_limits<int>::max());
    m_proxy.setBackgroundFilterFrom(std::numeric_limits<int>::max());
    QCOMPARE(m_proxy.rowCount(), m_count);
}

void BenchModel::prepareRows()
{
    const QList<Record> &records = m_document.records();
    qint64 best = bestOfThree([&] {
        const auto prepared = RecordTableModel::prepareRows(records, NameOrder::FamilyFirst);
        QCOMPARE(prepared.rows.size(), records.size());
    });
    qInfo("prepareRows: %d rows in %.1f ms (%.2f us a row, on every core)", m_count, ms(best),
          double(best) / 1e3 / m_count);
}

void BenchModel::dataOfEveryCell()
{
    const int rows = m_model.rowCount();
    volatile qsizetype sink = 0;
    const qint64 best = bestOfThree([&] {
        qsizetype n = 0;
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < RecordTableModel::Problems; ++c)
                n += m_model.index(r, c).data().toString().size();
        }
        sink = n;
    });
    qInfo("data(): %d cells in %.1f ms (%.0f ns a cell)", rows * RecordTableModel::Problems,
          ms(best), double(best) / (rows * RecordTableModel::Problems));
}

void BenchModel::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("one letter") << u"m"_s;
    QTest::newRow("a name") << u"macedo"_s;
    QTest::newRow("two words") << u"costa lucia"_s;
    QTest::newRow("nothing matches") << u"zzzqqq"_s;
}

void BenchModel::filter()
{
    QFETCH(QString, text);
    // Baseline: the least a filter does, one contains() over every search text.
    const int rows = m_model.rowCount();
    QStringList texts;
    texts.reserve(rows);
    for (int r = 0; r < rows; ++r)
        texts << m_model.index(r, 0).data(RecordTableModel::SearchTextRole).toString();
    const QString word = text.split(u' ').constFirst();
    volatile int sink = 0;
    const qint64 baseline = bestOfThree([&] {
        int n = 0;
        for (const QString &t : std::as_const(texts))
            n += t.contains(word);
        sink = n;
    });
    int shown = 0;
    const qint64 best = bestOfThree([&] {
        m_proxy.setFilter({});
        QElapsedTimer timer;
        RecordFilter f;
        f.text = text;
        m_proxy.setFilter(f);
        shown = m_proxy.rowCount();
    });
    // The time above includes clearing the filter first; measure that alone too.
    const qint64 clear = bestOfThree([&] {
        RecordFilter f;
        f.text = text;
        m_proxy.setFilter(f);
        m_proxy.setFilter({});
    });
    qInfo("filter \"%s\": %d of %d rows; set (after a clear) %.1f ms, set+clear %.1f ms; "
          "baseline contains() %.1f ms (%.1fx)",
          qPrintable(text), shown, rows, ms(best), ms(clear), ms(baseline),
          double(best) / double(qMax<qint64>(baseline, 1)));

    // Typed a key at a time: each prefix of the first word in turn, as the search field
    // sends them; the slowest key is what the user waits for.
    qint64 slowest = 0;
    qint64 total = 0;
    m_proxy.setFilter({});
    for (qsizetype n = 1; n <= word.size(); ++n) {
        QElapsedTimer timer;
        timer.start();
        RecordFilter f;
        f.text = word.first(n);
        m_proxy.setFilter(f);
        m_proxy.rowCount();
        const qint64 t = timer.nsecsElapsed();
        slowest = qMax(slowest, t);
        total += t;
    }
    const int typedShown = m_proxy.rowCount();
    m_proxy.setFilter({});
    qInfo("typing \"%s\" a key at a time: slowest key %.1f ms (%.1fx the baseline), "
          "%.1f ms a key on average", qPrintable(word), ms(slowest),
          double(slowest) / double(qMax<qint64>(baseline, 1)), ms(total) / double(word.size()));

    // The same keys as the window types them into a table of backgroundFilterFrom() rows
    // or more: matched on a worker. What the GUI thread spends is the call and, once the
    // matches are in, showing them (the longest gap between two turns of the event loop);
    // the answer is the time from the key to the rows shown.
    m_proxy.setBackgroundFilterFrom(0);
    qint64 slowestCall = 0;
    qint64 slowestShow = 0;
    qint64 slowestAnswer = 0;
    for (qsizetype n = 1; n <= word.size(); ++n) {
        QElapsedTimer answer;
        answer.start();
        RecordFilter f;
        f.text = word.first(n);
        m_proxy.setFilter(f);
        slowestCall = qMax(slowestCall, answer.nsecsElapsed());
        // A tick every millisecond: the longest time between two is the longest stall.
        QElapsedTimer turn;
        turn.start();
        QTimer ticks;
        ticks.setTimerType(Qt::PreciseTimer);
        QObject::connect(&ticks, &QTimer::timeout, [&] { slowestShow = qMax(slowestShow, turn.restart()); });
        ticks.start(1);
        while (m_proxy.isFiltering())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        slowestShow = qMax(slowestShow, turn.nsecsElapsed());
        slowestAnswer = qMax(slowestAnswer, answer.nsecsElapsed());
    }
    QCOMPARE(m_proxy.rowCount(), typedShown);
    m_proxy.setFilter({});
    m_proxy.setBackgroundFilterFrom(std::numeric_limits<int>::max());
    qInfo("typing \"%s\" matched on a worker: GUI thread at most %.1f ms for the key and "
          "%.1f ms a turn of the event loop (showing the rows); answer within %.1f ms",
          qPrintable(word), ms(slowestCall), ms(slowestShow), ms(slowestAnswer));
}

void BenchModel::sort_data()
{
    QTest::addColumn<int>("column");
    QTest::newRow("authors") << int(RecordTableModel::Authors);
    QTest::newRow("year") << int(RecordTableModel::Year);
    QTest::newRow("title") << int(RecordTableModel::Title);
    QTest::newRow("container") << int(RecordTableModel::Container);
}

void BenchModel::sort()
{
    QFETCH(int, column);
    m_proxy.setFilter({});
    const int rows = m_model.rowCount();
    QStringList keys;
    keys.reserve(rows);
    for (int r = 0; r < rows; ++r)
        keys << m_model.index(r, column).data(RecordTableModel::SortRole).toString();
    const qint64 baseline = bestOfThree([&] {
        QStringList copy = keys;
        std::sort(copy.begin(), copy.end());
    });
    const qint64 best = bestOfThree([&] {
        m_proxy.sort(-1);
        m_proxy.sort(column, Qt::AscendingOrder);
    });
    // The order flipped: the rows' ranks are kept, so this is the proxy's own share.
    const qint64 flip = bestOfThree([&] {
        m_proxy.sort(column, Qt::DescendingOrder);
        m_proxy.sort(column, Qt::AscendingOrder);
    }) / 2;
    qInfo("sort column %d: %d rows in %.1f ms; baseline std::sort %.1f ms (%.1fx); "
          "order flipped (rows already ranked) %.1f ms", column, rows, ms(best), ms(baseline),
          double(best) / double(qMax<qint64>(baseline, 1)), ms(flip));
    m_proxy.sort(-1);
}

QTEST_MAIN(BenchModel)
#include "bench_model.moc"
