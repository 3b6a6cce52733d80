#include "benchsupport.h"
#include "cleanup/authorclusters.h"
#include "cleanup/cleanupactions.h"
#include "cleanup/cleanuppipeline.h"
#include "cleanup/duplicatefinder.h"
#include "cleanup/integritycheck.h"
#include "formats/fileio.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace refmend;

// Cleanup over a gen_corpus collection (100,000 records unless REFMEND_BENCH_RECORDS says
// otherwise): every action, the whole pipeline, clustering, duplicates, integrity checks.
class BenchCleanup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void previewAndPlanEachAction_data();
    void previewAndPlanEachAction();
    void runTheWholePipelineWithDedupe();
    void clusterAuthors();
    void findDuplicates_data();
    void findDuplicates();
    void checkIntegrity();

private:
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QList<Record> m_records;
};

void BenchCleanup::initTestCase()
{
    bool ok = false;
    int count = qEnvironmentVariableIntValue("REFMEND_BENCH_RECORDS", &ok);
    if (!ok || count <= 0)
        count = 100000;
    QString dir = qEnvironmentVariable("REFMEND_BENCH_DIR");
    if (dir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tempDir->isValid());
        dir = m_tempDir->path();
    }
    const QString path = dir + u"/corpus-"_s + QString::number(count) + u".enw"_s;
    if (const QString problem = bench::ensureCorpus(QStringLiteral(REFMEND_BENCH_GENERATOR), dir,
                                                    count, u"enw"_s, true);
        !problem.isEmpty()) {
        QSKIP(qPrintable(problem));
    }
    QElapsedTimer timer;
    timer.start();
    const Collection collection = readFile(path);
    m_records = collection.records;
    qInfo("read %lld records from %s in %lld ms", qlonglong(m_records.size()), qPrintable(path),
          qlonglong(timer.elapsed()));
    QVERIFY(m_records.size() >= count * 9 / 10);
}

void BenchCleanup::previewAndPlanEachAction_data()
{
    QTest::addColumn<QString>("action");
    for (const QString &id : cleanupActionIds())
        QTest::newRow(qPrintable(id)) << id;
}

void BenchCleanup::previewAndPlanEachAction()
{
    QFETCH(QString, action);
    qsizetype changes = 0;
    qsizetype repairs = 0;
    QBENCHMARK_ONCE {
        const QList<CleanupChange> preview = previewCleanup(m_records, action);
        changes = preview.size();
        repairs = planCleanup(m_records, preview).size();
    }
    qInfo("%s: %lld changes in %lld records", qPrintable(action), qlonglong(changes), qlonglong(repairs));
}

void BenchCleanup::runTheWholePipelineWithDedupe()
{
    CleanupReport report;
    QBENCHMARK_ONCE {
        QList<Record> records = m_records;
        report = runCleanup(records, {u"all"_s}, {}, true);
    }
    for (const QString &line : cleanupReportLines(report).mid(0, report.actions.size() + 1))
        qInfo("%s", qPrintable(line));
}

void BenchCleanup::clusterAuthors()
{
    AuthorClustering clustering;
    QBENCHMARK_ONCE {
        clustering = refmend::clusterAuthors(m_records);
    }
    qsizetype multi = 0;
    for (const AuthorCluster &cluster : clustering.clusters)
        multi += cluster.hasVariants() ? 1 : 0;
    qInfo("%lld clusters (%lld with variants), %lld possible matches", qlonglong(clustering.clusters.size()),
          qlonglong(multi), qlonglong(clustering.possibleMatches.size()));
}

void BenchCleanup::findDuplicates_data()
{
    QTest::addColumn<double>("threshold");
    QTest::newRow("exact titles") << 1.0;
    QTest::newRow("similar titles 0.85") << 0.85;
}

void BenchCleanup::findDuplicates()
{
    QFETCH(double, threshold);
    DuplicateOptions options;
    options.titleSimilarity = threshold;
    qsizetype groups = 0;
    QBENCHMARK_ONCE {
        groups = refmend::findDuplicates(m_records, options).size();
    }
    qInfo("%lld duplicate groups", qlonglong(groups));
}

void BenchCleanup::checkIntegrity()
{
    qsizetype problems = 0;
    QBENCHMARK_ONCE {
        problems = refmend::checkIntegrity(m_records).size();
    }
    qInfo("%lld problems", qlonglong(problems));
}

QTEST_GUILESS_MAIN(BenchCleanup)
#include "bench_cleanup.moc"
