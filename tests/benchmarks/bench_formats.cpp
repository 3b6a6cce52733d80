#include "formats/fileio.h"
#include "benchsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;
using namespace refmend;
using refmend::bench::bestOfThree;

/* Readers and writers over the same gen_corpus records in five formats (10,000 records
   unless REFMEND_BENCH_RECORDS says otherwise), each against baselines measured in the
   same run on the same bytes: scanning them for line ends (memchr: the memory's speed) and
   decoding them to a QString (QString::fromUtf8). Every row prints MB/s and the ratio to
   the baselines, so that figures from a loaded machine still compare. */
class BenchFormats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void read_data();
    void read();
    void write_data();
    void write();

private:
    struct Sample {
        QString formatId;
        QByteArray bytes;
        double scanMBps = 0;     // memchr over the bytes
        double decodeMBps = 0;   // QString::fromUtf8
    };
    void report(const char *what, const Sample &sample, qint64 bytes, qint64 nsecs);

    std::unique_ptr<QTemporaryDir> m_tempDir;
    QList<Sample> m_samples;
    QHash<QString, QList<Record>> m_records;   // per format, for the writers
};

namespace {

double megabytesPerSecond(qint64 bytes, qint64 nsecs)
{
    return nsecs <= 0 ? 0 : (double(bytes) / (1 << 20)) / (double(nsecs) / 1e9);
}

} // namespace

void BenchFormats::initTestCase()
{
    bool ok = false;
    int count = qEnvironmentVariableIntValue("REFMEND_BENCH_RECORDS", &ok);
    if (!ok || count <= 0)
        count = 10000;
    QString dir = qEnvironmentVariable("REFMEND_BENCH_DIR");
    if (dir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tempDir->isValid());
        dir = m_tempDir->path();
    }
    const QList<std::pair<QString, QString>> files{
        {u"enw"_s, u"endnote"_s}, {u"ris"_s, u"ris"_s}, {u"bib"_s, u"bibtex"_s},
        {u"nbib"_s, u"medline"_s}, {u"json"_s, u"csl-json"_s}};
    const QString stem = dir + u"/corpus-"_s + QString::number(count) + u'.';
    if (const QString problem = bench::ensureCorpus(QStringLiteral(REFMEND_BENCH_GENERATOR), dir, count);
        !problem.isEmpty()) {
        QSKIP(qPrintable(problem));
    }
    for (const auto &[extension, formatId] : files) {
        QFile file(stem + extension);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        Sample sample;
        sample.formatId = formatId;
        sample.bytes = file.readAll();
        const QByteArray &bytes = sample.bytes;
        volatile qsizetype lines = 0;
        const qint64 scan = bestOfThree([&] {
            qsizetype n = 0;
            for (const char *p = bytes.constData(), *end = p + bytes.size();
                 (p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)))); ++p)
                ++n;
            lines = n;
        });
        const qint64 decode = bestOfThree([&] {
            const QString text = QString::fromUtf8(bytes);
            lines = text.size();
        });
        sample.scanMBps = megabytesPerSecond(bytes.size(), scan);
        sample.decodeMBps = megabytesPerSecond(bytes.size(), decode);
        m_samples.append(sample);
    }
}

void BenchFormats::report(const char *what, const Sample &sample, qint64 bytes, qint64 nsecs)
{
    const double mbps = megabytesPerSecond(bytes, nsecs);
    qInfo("%-6s %-9s %7.1f MB in %7.3f s: %7.1f MB/s; %.3fx memchr (%.0f MB/s), %.3fx fromUtf8 (%.0f MB/s)",
          what, qPrintable(sample.formatId), double(bytes) / (1 << 20), double(nsecs) / 1e9, mbps,
          mbps / sample.scanMBps, sample.scanMBps, mbps / sample.decodeMBps, sample.decodeMBps);
}

void BenchFormats::read_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < m_samples.size(); ++i)
        QTest::newRow(qPrintable(m_samples.at(i).formatId)) << i;
}

void BenchFormats::read()
{
    QFETCH(int, index);
    const Sample &sample = m_samples.at(index);
    ReadFileOptions options;
    options.formatId = sample.formatId;
    Collection collection;
    const qint64 ns = bestOfThree([&] { collection = readBytes(sample.bytes, QString(), options); });
    QVERIFY(!collection.records.isEmpty());
    report("read", sample, sample.bytes.size(), ns);
    m_records.insert(sample.formatId, collection.records);
}

void BenchFormats::write_data()
{
    read_data();
}

void BenchFormats::write()
{
    QFETCH(int, index);
    const Sample &sample = m_samples.at(index);
    QList<Record> records = m_records.value(sample.formatId);
    if (records.isEmpty())
        QSKIP("read first");
    // Edited records are generated from their parts; unedited ones copy their source text.
    // Measure the generator: drop the sources.
    for (Record &record : records)
        record.source = SourceSpan();
    QByteArray bytes;
    const qint64 ns = bestOfThree([&] { bytes = writeBytes(records, sample.formatId, WriteOptions()); });
    QVERIFY(!bytes.isEmpty());
    report("write", sample, bytes.size(), ns);
}

QTEST_GUILESS_MAIN(BenchFormats)
#include "bench_formats.moc"
