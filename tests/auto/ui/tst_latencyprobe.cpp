// The latency probe (REFMEND_LATENCY_PROBE): a GUI thread kept busy shows as a stall of
// the activity named last, in the log and in the summary.

#include "latencyprobe.h"

#include <QTemporaryFile>
#include <QThread>
#include <QtTest>

using namespace refmend;
using namespace Qt::StringLiterals;

class tst_LatencyProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aBusyThreadShouldCountAsAStallOfTheActivityNamedLast()
    {
        QTemporaryFile logFile;
        QVERIFY(logFile.open());
        FILE *log = std::fopen(qPrintable(logFile.fileName()), "w");
        QVERIFY(log);
        {
            LatencyProbe probe(log);
            QCOMPARE(LatencyProbe::instance(), &probe);
            QTest::qWait(50);
            LatencyProbe::mark(u"busy"_s);
            QThread::msleep(300);        // the event loop does not run
            QTest::qWait(50);            // the next tick comes late
            LatencyProbe::mark(u"after"_s);
            const LatencyProbe::Stats busy = probe.stats(u"busy"_s);
            QVERIFY2(busy.longestMs >= 250, qPrintable(QString::number(busy.longestMs)));
            QCOMPARE(busy.stalls, 1);
            QVERIFY(probe.summary().join(u'\n').contains(u"busy: longest stall"_s));
        }   // the summary is written as the probe goes
        QVERIFY(!LatencyProbe::instance());
        LatencyProbe::mark(u"nobody listens"_s);   // off: nothing happens
        std::fclose(log);
        QFile written(logFile.fileName());
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(written.readAll());
        QVERIFY2(text.contains(u"stall during busy"_s), qPrintable(text));
        QVERIFY(text.contains(u"busy begins at"_s));
        QVERIFY(text.contains(u"latency summary: busy: longest stall"_s));
        QVERIFY(!text.contains(u"nobody listens"_s));
    }

    void shouldStayOffUnlessTheEnvironmentAsks()
    {
        qunsetenv("REFMEND_LATENCY_PROBE");
        QVERIFY(!LatencyProbe::startIfRequested());
        qputenv("REFMEND_LATENCY_PROBE", "0");
        QVERIFY(!LatencyProbe::startIfRequested());
        qunsetenv("REFMEND_LATENCY_PROBE");
    }
};

QTEST_MAIN(tst_LatencyProbe)
#include "tst_latencyprobe.moc"
