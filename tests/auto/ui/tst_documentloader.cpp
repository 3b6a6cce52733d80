// Reading a file on a worker thread: progress, the prepare step, cancelling, and a loader
// destroyed while it reads. MainWindow's use of it (the progress dialog) is in tst_mainwindow.

#include "document/documentloader.h"
#include "formats/fileio.h"
#include "model/personname.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace refmend;
using namespace Qt::StringLiterals;

namespace {

//! A RIS file of \a count records, in \a dir.
QString risFile(const QTemporaryDir &dir, int count)
{
    QList<Record> records;
    for (int i = 0; i < count; ++i) {
        Record r;
        r.type = RecordType::Article;
        r.setValue(FieldKey::Title, u"Record %1"_s.arg(i));
        r.setPersons(PersonRole::Author, {parsePersonName(u"Costa, Ana Lúcia"_s)});
        records.append(r);
    }
    const QString path = dir.filePath(u"records-%1.ris"_s.arg(count));
    return writeFile(path, records, u"ris"_s).ok ? path : QString();
}

} // namespace

class tst_DocumentLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void shouldReadOnAWorkerReportingProgressThenPrepare()
    {
        const QString path = risFile(m_dir, 5000);
        QVERIFY(!path.isEmpty());
        DocumentLoader loader;
        QSignalSpy progress(&loader, &DocumentLoader::progress);
        QSignalSpy finished(&loader, &DocumentLoader::finished);
        std::atomic<QThread *> preparedOn{nullptr};
        loader.start(path, {}, [&preparedOn](const Collection &collection) {
            preparedOn = QThread::currentThread();
            return std::any(int(collection.records.size()));
        });
        QVERIFY(loader.isRunning());
        QVERIFY(finished.wait(60000));
        QVERIFY(!loader.isRunning());

        DocumentLoader::Result result = loader.takeResult();
        QCOMPARE(result.path, path);
        QVERIFY(!result.cancelled);
        QCOMPARE(result.collection.records.size(), 5000);
        QCOMPARE(result.collection.records.constLast().value(FieldKey::Title), u"Record 4999"_s);
        QVERIFY(preparedOn.load() != nullptr);
        QVERIFY(preparedOn.load() != QThread::currentThread());
        QCOMPARE(std::any_cast<int>(result.prepared), 5000);

        // The progress came to this thread, rising, with words for the bar.
        QVERIFY(progress.size() >= 5);
        int last = -1;
        for (const QList<QVariant> &args : std::as_const(progress)) {
            const int permille = args.at(0).toInt();
            QVERIFY2(permille >= last, qPrintable(u"%1 after %2"_s.arg(permille).arg(last)));
            QVERIFY(permille <= 1000);
            QVERIFY(args.at(1).toString().contains(u"records-5000.ris"_s));
            last = permille;
        }
        QVERIFY(last >= 900);

        // Taken once.
        QVERIFY(loader.takeResult().collection.records.isEmpty());
    }

    void shouldShowTheFirstRecordsBeforeTheRest()
    {
        const QString path = risFile(m_dir, 5000);
        QVERIFY(!path.isEmpty());
        DocumentLoader loader;
        loader.setPreviewBytes(64 * 1024);
        QSignalSpy preview(&loader, &DocumentLoader::previewReady);
        QSignalSpy finished(&loader, &DocumentLoader::finished);
        bool previewBeforeFinished = false;
        connect(&loader, &DocumentLoader::previewReady, this,
                [&] { previewBeforeFinished = finished.isEmpty(); });
        loader.start(path);
        QVERIFY(finished.wait(60000));
        QCOMPARE(preview.size(), 1);
        QVERIFY(previewBeforeFinished);
        const Collection first = loader.takePreview();
        const Collection whole = loader.takeResult().collection;
        QCOMPARE(whole.records.size(), 5000);
        QVERIFY(first.records.size() > 100);
        QVERIFY(first.records.size() < 5000);
        for (qsizetype i = 0; i < first.records.size(); ++i)
            QCOMPARE(first.records.at(i).value(FieldKey::Title), whole.records.at(i).value(FieldKey::Title));
        QVERIFY(loader.takePreview().records.isEmpty());   // taken once

        // A file no larger than the head has no preview: it is read whole at once.
        const QString small = risFile(m_dir, 20);
        loader.start(small);
        QVERIFY(finished.wait(60000));
        QCOMPARE(preview.size(), 1);
        QCOMPARE(loader.takeResult().collection.records.size(), 20);
    }

    void cancellingShouldFinishWithNothingRead()
    {
        const QString path = risFile(m_dir, 20000);
        QVERIFY(!path.isEmpty());
        DocumentLoader loader;
        bool prepared = false;
        // Cancel as the progress dialog's button does, once reading the records has begun.
        connect(&loader, &DocumentLoader::progress, &loader, [&loader](int permille) {
            if (permille > 150)
                loader.cancel();
        });
        QSignalSpy finished(&loader, &DocumentLoader::finished);
        loader.start(path, {}, [&prepared](const Collection &) {
            prepared = true;
            return std::any();
        });
        QVERIFY(finished.wait(60000));
        const DocumentLoader::Result result = loader.takeResult();
        QVERIFY(result.cancelled);
        QVERIFY(result.collection.records.isEmpty());
        QVERIFY(!prepared);
    }

    void aSecondStartShouldReplaceTheFirst()
    {
        const QString big = risFile(m_dir, 20000);
        const QString small = risFile(m_dir, 10);
        DocumentLoader loader;
        QSignalSpy finished(&loader, &DocumentLoader::finished);
        loader.start(big);
        loader.start(small);
        QVERIFY(finished.wait(60000));
        QTRY_COMPARE(finished.size(), 1);   // the first one's result never shows
        QVERIFY(!loader.isRunning());
        const DocumentLoader::Result result = loader.takeResult();
        QCOMPARE(result.path, small);
        QCOMPARE(result.collection.records.size(), 10);
    }

    void destroyingTheLoaderWhileItReadsShouldStopAndWait()
    {
        const QString path = risFile(m_dir, 20000);
        auto *loader = new DocumentLoader;
        QSignalSpy progress(loader, &DocumentLoader::progress);
        loader->start(path);
        QTRY_VERIFY(!progress.isEmpty());
        delete loader;   // cancels and waits; the worker's queued reports are dropped
        QCoreApplication::processEvents();
    }

    void anUnreadableFileShouldFinishWithItsError()
    {
        DocumentLoader loader;
        QSignalSpy finished(&loader, &DocumentLoader::finished);
        loader.start(m_dir.filePath(u"missing.ris"_s));
        QVERIFY(finished.wait(60000));
        const DocumentLoader::Result result = loader.takeResult();
        QVERIFY(!result.cancelled);
        QVERIFY(result.collection.records.isEmpty());
        QVERIFY(result.collection.errorMessages().contains(u"missing.ris"_s));
    }
};

QTEST_MAIN(tst_DocumentLoader)
#include "tst_documentloader.moc"
