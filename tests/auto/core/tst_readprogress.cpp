// Progress and cancelling of a read (what the GUI's background loading relies on): every
// reader reports its position and stops when asked, and readFile() reports the bytes it reads.

#include "formats/fileio.h"
#include "formats/readprogress.h"
#include "model/personname.h"
#include "model/record.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace refmend;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRecords = 2000;

QList<Record> someRecords()
{
    QList<Record> records;
    for (int i = 0; i < kRecords; ++i) {
        Record r;
        r.type = RecordType::Article;
        r.setValue(FieldKey::Title, u"Title number %1"_s.arg(i));
        r.setValue(FieldKey::Year, u"2013"_s);
        r.setPersons(PersonRole::Author, {parsePersonName(u"Macedo, Daniela"_s),
                                          parsePersonName(u"Costa, Ana Lúcia"_s)});
        records.append(r);
    }
    return records;
}

//! The same records as a file in \a formatId (MODS has no writer: written here).
QByteArray fileIn(const QString &formatId)
{
    if (formatId == "mods"_L1) {
        QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                         "<modsCollection xmlns=\"http://www.loc.gov/mods/v3\">\n";
        for (int i = 0; i < kRecords; ++i)
            xml += "<mods><titleInfo><title>Title number " + QByteArray::number(i)
                    + "</title></titleInfo></mods>\n";
        return xml + "</modsCollection>\n";
    }
    WriteResult result;
    const QByteArray bytes = writeBytes(someRecords(), formatId, WriteOptions(), &result);
    return result.ok ? bytes : QByteArray();
}

struct Report {
    ReadProgress::Stage stage;
    qint64 done;
    qint64 total;
};

} // namespace

class tst_ReadProgress : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeTestFile(const QString &formatId)
    {
        const QByteArray bytes = fileIn(formatId);
        const QString path = m_dir.filePath(u"records."_s + formatId);
        QFile file(path);
        if (bytes.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return QString();
        return path;
    }

private Q_SLOTS:
    void eachReader_data()
    {
        QTest::addColumn<QString>("formatId");
        for (const char *id : {"endnote", "ris", "bibtex", "biblatex", "csl-json", "medline",
                               "endnote-xml", "wos", "mods"})
            QTest::newRow(id) << QString::fromLatin1(id);
    }

    void shouldReportEveryStageUpToTheWhole_data() { eachReader_data(); }
    void shouldReportEveryStageUpToTheWhole()
    {
        QFETCH(QString, formatId);
        const QString path = writeTestFile(formatId);
        QVERIFY(!path.isEmpty());
        QList<Report> reports;
        ReadProgress progress([&reports](ReadProgress::Stage stage, qint64 done, qint64 total) {
            reports.append({stage, done, total});
        });
        ReadFileOptions options;
        options.formatId = formatId;
        options.progress = &progress;
        const Collection collection = readFile(path, options);
        QVERIFY2(!collection.hasErrors(), qPrintable(collection.errorMessages()));
        QCOMPARE(collection.records.size(), kRecords);

        QList<Report> reading;
        QList<Report> parsing;
        for (const Report &r : std::as_const(reports)) {
            QVERIFY(r.done >= 0 && r.done <= r.total);
            (r.stage == ReadProgress::Stage::Reading ? reading : parsing).append(r);
        }
        QVERIFY(!reading.isEmpty());
        QCOMPARE(reading.constLast().done, QFileInfo(path).size());
        // The reader itself reports on the way, not only readFile() at the end.
        qsizetype during = 0;
        for (qsizetype i = 0; i < parsing.size(); ++i) {
            if (i > 0 && parsing.at(i).stage == parsing.at(i - 1).stage)
                QVERIFY(parsing.at(i).done >= parsing.at(i - 1).done);
            if (parsing.at(i).stage == ReadProgress::Stage::Parsing
                && parsing.at(i).done > 0 && parsing.at(i).done < parsing.at(i).total)
                ++during;
        }
        QVERIFY2(during >= 10, qPrintable(u"%1 reports while parsing"_s.arg(during)));
        QVERIFY(during <= 250);   // not one per line or record
        QCOMPARE(parsing.constLast().stage, ReadProgress::Stage::Parsing);
        QCOMPARE(parsing.constLast().done, parsing.constLast().total);
    }

    void cancellingShouldStopTheReaderAndKeepNothing_data() { eachReader_data(); }
    void cancellingShouldStopTheReaderAndKeepNothing()
    {
        QFETCH(QString, formatId);
        const QString path = writeTestFile(formatId);
        QVERIFY(!path.isEmpty());
        int reportsAfterCancel = 0;
        ReadProgress *self = nullptr;
        ReadProgress progress([&](ReadProgress::Stage stage, qint64 done, qint64 total) {
            if (self->isCancelled())
                ++reportsAfterCancel;
            else if (stage == ReadProgress::Stage::Parsing && done > 0 && done < total / 4)
                self->cancel();   // as the GUI's Cancel button does, from another thread
        });
        self = &progress;
        ReadFileOptions options;
        options.formatId = formatId;
        options.progress = &progress;
        const Collection collection = readFile(path, options);
        QVERIFY(progress.isCancelled());
        QVERIFY(collection.records.isEmpty());
        QVERIFY2(collection.errorMessages().contains(u"cancelled"_s),
                 qPrintable(collection.errorMessages()));
        // The reader stopped at its next check: a reader that went on would have reported
        // about 150 more times.
        QVERIFY2(reportsAfterCancel <= 2, qPrintable(QString::number(reportsAfterCancel)));
    }

    void cancellingWhileReadingTheFileShouldNotParse()
    {
        const QString path = writeTestFile(u"ris"_s);
        QVERIFY(!path.isEmpty());
        bool parsed = false;
        ReadProgress *self = nullptr;
        ReadProgress progress([&](ReadProgress::Stage stage, qint64, qint64) {
            if (stage == ReadProgress::Stage::Parsing)
                parsed = true;
            self->cancel();
        });
        self = &progress;
        ReadFileOptions options;
        options.progress = &progress;
        const Collection collection = readFile(path, options);
        QVERIFY(!parsed);
        QVERIFY(collection.records.isEmpty());
        QVERIFY(collection.errorMessages().contains(u"cancelled"_s));
    }

    void aReadWithoutProgressShouldBeTheSame()
    {
        const QString path = writeTestFile(u"endnote"_s);
        ReadProgress progress;
        ReadFileOptions options;
        options.progress = &progress;
        const Collection with = readFile(path, options);
        const Collection without = readFile(path);
        QCOMPARE(with.records.size(), without.records.size());
        QCOMPARE(with.records.constLast().value(FieldKey::Title),
                 without.records.constLast().value(FieldKey::Title));
        QCOMPARE(with.encoding, without.encoding);
    }
};

QTEST_GUILESS_MAIN(tst_ReadProgress)
#include "tst_readprogress.moc"
