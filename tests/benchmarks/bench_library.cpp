#include "benchsupport.h"
#include "formats/fileio.h"
#include "storage/library.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace refmend;
using refmend::bench::bestOfThree;

/* A SQLite library over gen_corpus's RIS records (10,000 unless REFMEND_BENCH_RECORDS says
   otherwise): importing them into a new library (the target: 100,000 in under 10 s),
   against reading the RIS file alone in the same run as the baseline; then loading every
   record back (records()) and full-text searches. Best of three where a run leaves nothing
   behind; the import is once per new library (three libraries). */
class BenchLibrary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void import();
    void loadRecords();
    void search_data();
    void search();

private:
    std::unique_ptr<QTemporaryDir> m_corpusDir;
    QTemporaryDir m_libraryDir;
    QString m_risPath;
    int m_count = 0;
    QString m_library;      // the last library imported into
};

namespace {

double seconds(qint64 nsecs)
{
    return double(nsecs) / 1e9;
}

} // namespace

void BenchLibrary::initTestCase()
{
    bool ok = false;
    m_count = qEnvironmentVariableIntValue("REFMEND_BENCH_RECORDS", &ok);
    if (!ok || m_count <= 0)
        m_count = 10000;
    QString dir = qEnvironmentVariable("REFMEND_BENCH_DIR");
    if (dir.isEmpty()) {
        m_corpusDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_corpusDir->isValid());
        dir = m_corpusDir->path();
    }
    if (const QString problem = bench::ensureCorpus(QStringLiteral(REFMEND_BENCH_GENERATOR), dir,
                                                    m_count, u"ris"_s, true);
        !problem.isEmpty()) {
        QSKIP(qPrintable(problem));
    }
    m_risPath = dir + u"/corpus-"_s + QString::number(m_count) + u".ris"_s;
    QVERIFY(m_libraryDir.isValid());
}

void BenchLibrary::import()
{
    // What `refmend-cli library import` does: read the file, add its records in one transaction.
    qint64 best = -1, bestRead = 0, bestAdd = 0;
    qint64 libraryBytes = 0;
    qsizetype records = 0;
    for (int run = 0; run < 3; ++run) {
        const QString path = m_libraryDir.filePath(u"import-%1.refmend"_s.arg(run));
        QElapsedTimer timer;
        timer.start();
        const Collection collection = readFile(m_risPath, {u"ris"_s, {}, {}, nullptr});
        const qint64 read = timer.nsecsElapsed();
        QVERIFY(!collection.hasErrors());
        QList<StoredRecord> stored;
        stored.reserve(collection.records.size());
        for (const Record &record : collection.records)
            stored.append({ record, 0, 0 });
        Library library;
        QString error;
        QVERIFY2(library.open(LibraryLocation::fromUrl(path), &error), qPrintable(error));
        QVERIFY2(library.addRecords(stored, &error), qPrintable(error));
        const qint64 total = timer.nsecsElapsed();
        records = stored.size();
        library.close();
        qInfo("run %d: read %.2f s, add %.2f s, import %.2f s", run + 1, seconds(read),
              seconds(total - read), seconds(total));
        if (best < 0 || total < best) {
            best = total;
            bestRead = read;
            bestAdd = total - read;
        }
        libraryBytes = QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
        // Keep the last library for the reading benchmarks; the others only take disk space.
        if (run < 2) {
            QFile::remove(path);
            QFile::remove(path + u"-wal"_s);
            QFile::remove(path + u"-shm"_s);
        } else {
            m_library = path;
        }
    }
    QCOMPARE(records, qsizetype(m_count));
    qInfo("import %d RIS records (%.1f MB) into a new SQLite library: %.2f s "
          "(read %.2f s + add %.2f s); %.2fx the read alone; %.0f records/s; library %.1f MB",
          m_count, double(QFileInfo(m_risPath).size()) / (1 << 20), seconds(best), seconds(bestRead),
          seconds(bestAdd), double(best) / double(bestRead), m_count / seconds(best),
          double(libraryBytes) / (1 << 20));
}

void BenchLibrary::loadRecords()
{
    if (m_library.isEmpty())
        QSKIP("import first");
    // Against reading the RIS file the records came from, measured now, in the same run.
    const qint64 read = bestOfThree([&] {
        const Collection collection = readFile(m_risPath, {u"ris"_s, {}, {}, nullptr});
        QCOMPARE(collection.records.size(), qsizetype(m_count));
    });
    Library library;
    QVERIFY(library.open(LibraryLocation::fromUrl(m_library)));
    qsizetype loaded = 0;
    const qint64 ns = bestOfThree([&] {
        // A new connection each time: the source texts are cached per connection.
        library.close();
        QVERIFY(library.open(LibraryLocation::fromUrl(m_library)));
        loaded = library.records().size();
    });
    QCOMPARE(loaded, qsizetype(m_count));
    qInfo("records() of %d records (open included): %.2f s; %.2fx reading the RIS file (%.2f s)",
          m_count, seconds(ns), double(ns) / double(read), seconds(read));
}

void BenchLibrary::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("limit");
    QTest::newRow("costa") << u"costa"_s << 0;
    QTest::newRow("lucia costa") << u"lucia costa"_s << 0;
    QTest::newRow("hepat, limit 50") << u"hepat"_s << 50;
    QTest::newRow("hepat") << u"hepat"_s << 0;
    QTest::newRow("doi 10.2674/1982") << u"10.2674/1982"_s << 0;
    QTest::newRow("zzzqqq (none)") << u"zzzqqq"_s << 0;
}

void BenchLibrary::search()
{
    QFETCH(QString, query);
    QFETCH(int, limit);
    if (m_library.isEmpty())
        QSKIP("import first");
    Library library;
    QVERIFY(library.open(LibraryLocation::fromUrl(m_library)));
    QList<SearchHit> hits;
    QString error;
    const qint64 ns = bestOfThree([&] { hits = library.search(query, limit, &error); });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    qInfo("search %-16s %7lld hits in %8.2f ms", qPrintable(u'"' + query + u'"'),
          qint64(hits.size()), double(ns) / 1e6);
}

QTEST_GUILESS_MAIN(BenchLibrary)
#include "bench_library.moc"
