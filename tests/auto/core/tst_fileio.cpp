// Saving: QSaveFile, backups of the previous version, and what a failed save leaves behind.

#include "formats/fileio.h"
#include "formats/formatregistry.h"
#include "model/record.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/resource.h>

using namespace refmend;
using namespace Qt::StringLiterals;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray("<missing>");
    return file.readAll();
}

bool put(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

//! The names in \a dir, sorted.
QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

/*! Makes every file this process writes stop at \a bytes (writes past it fail with EFBIG,
    as on a full disk), until destroyed. Works as root too, unlike a read-only directory. */
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, SIG_DFL);
    }
    bool isActive() const { return m_ok; }

private:
    rlimit m_old{};
    bool m_ok = false;
};

} // namespace

class tst_FileIo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theHeadOfAFileShouldBeItsFirstWholeRecords_data()
    {
        QTest::addColumn<QByteArray>("lineEnd");
        QTest::newRow("LF") << QByteArray("\n");
        QTest::newRow("CRLF") << QByteArray("\r\n");
    }

    void theHeadOfAFileShouldBeItsFirstWholeRecords()
    {
        QFETCH(QByteArray, lineEnd);
        QByteArray ris;
        for (int i = 0; i < 300; ++i) {
            const QByteArrayList lines = {"TY  - JOUR", "AU  - Costa, Ana L\xC3\xBA" "cia",
                                          "TI  - Record " + QByteArray::number(i),
                                          "AB  - A longer text, so that the head ends inside a record",
                                          "ER  - ", ""};
            for (const QByteArray &line : lines) {
                ris += line + lineEnd;
            }
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(u"head.ris"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ris);
        file.close();

        const Collection whole = readFile(path);
        QCOMPARE(whole.records.size(), 300);
        const Collection head = readFileHead(path, 4000);
        QVERIFY(head.records.size() > 10);
        QVERIFY(head.records.size() < 40);
        QCOMPARE(head.formatId, u"ris"_s);
        QVERIFY(head.diagnostics.isEmpty());
        for (qsizetype i = 0; i < head.records.size(); ++i) {
            QCOMPARE(head.records.at(i).value(FieldKey::Title), whole.records.at(i).value(FieldKey::Title));
            QCOMPARE(head.records.at(i).contentFingerprint(), whole.records.at(i).contentFingerprint());
        }
        QCOMPARE(head.records.constFirst().authors().constFirst().given, u"Ana Lúcia"_s);

        // Nothing to show ahead: the file is no larger than the head, or UTF-16.
        QVERIFY(readFileHead(path, ris.size()).records.isEmpty());
        QVERIFY(readFileHead(path, 0).records.isEmpty());
        const QString utf16 = dir.filePath(u"utf16.ris"_s);
        QFile wide(utf16);
        QVERIFY(wide.open(QIODevice::WriteOnly));
        wide.write(QByteArray("\xFF\xFE"));
        const QString text = QString::fromUtf8(ris);
        wide.write(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        wide.close();
        QCOMPARE(readFile(utf16).records.size(), 300);
        QVERIFY(readFileHead(utf16, 4000).records.isEmpty());
    }

    void aWriteShouldReportItsRecordsAndStopWhenCancelled_data()
    {
        QTest::addColumn<QString>("format");
        for (const FormatInfo &format : FormatRegistry::instance().formats()) {
            if (format.makeWriter)
                QTest::newRow(qPrintable(format.id)) << format.id;
        }
    }

    void aWriteShouldReportItsRecordsAndStopWhenCancelled()
    {
        QFETCH(QString, format);
        QList<Record> records;
        for (int i = 0; i < 1000; ++i) {
            Record r;
            r.type = RecordType::Article;
            r.setValue(FieldKey::Title, u"Title %1"_s.arg(i));
            r.setValue(FieldKey::Year, u"2001"_s);
            Person author;
            author.family = u"Costa"_s;
            author.given = u"Ana"_s;
            r.setPersons(PersonRole::Author, {author});
            records.append(r);
        }

        // Every record counted, up to the last, about 200 reports at most.
        QList<qint64> done;
        bool totalsRight = true;
        WriteProgress progress([&](qint64 n, qint64 total) {
            done.append(n);
            totalsRight = totalsRight && total == 1000;
        });
        WriteOptions options;
        options.progress = &progress;
        WriteResult result;
        QVERIFY(!writeBytes(records, format, options, &result).isEmpty());
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!result.cancelled);
        QVERIFY(totalsRight);
        QVERIFY2(done.size() >= 100 && done.size() <= 202, qPrintable(QString::number(done.size())));
        QVERIFY(std::is_sorted(done.cbegin(), done.cend()));
        QCOMPARE(done.constLast(), 1000);

        // Cancelled half way (as from another thread): the writer stops at its next record,
        // and the file on disk stays as it was.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out"_s);
        QVERIFY(put(path, "as it was"));
        WriteProgress *self = nullptr;
        qint64 lastSeen = 0;
        WriteProgress stopper([&self, &lastSeen](qint64 n, qint64) {
            lastSeen = n;
            if (n >= 500)
                self->cancel();
        });
        self = &stopper;
        options.progress = &stopper;
        result = writeFile(path, records, format, options);
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QVERIFY(!result.error.isEmpty());
        QVERIFY2(lastSeen >= 500 && lastSeen < 510, qPrintable(QString::number(lastSeen)));
        QCOMPARE(contents(path), QByteArray("as it was"));
        QCOMPARE(entries(dir.path()), QStringList{u"out"_s});   // no temporary file left
    }

    void shouldNameBackupsNewestFirst()
    {
        QCOMPARE(backupPaths(u"/d/refs.bib"_s, 3),
                 (QStringList{u"/d/refs.bib.bak"_s, u"/d/refs.bib.bak2"_s, u"/d/refs.bib.bak3"_s}));
        QVERIFY(backupPaths(u"/d/refs.bib"_s, 0).isEmpty());
    }

    void shouldKeepThePreviousVersionInBak()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"refs.enw"_s);
        QVERIFY(saveBytes(path, "one\n", 1).ok);
        QVERIFY2(!QFile::exists(path + u".bak"_s), "a new file has no previous version");
        QVERIFY(saveBytes(path, "two\n", 1).ok);
        QCOMPARE(contents(path), QByteArray("two\n"));
        QCOMPARE(contents(path + u".bak"_s), QByteArray("one\n"));
        QVERIFY(saveBytes(path, "three\n", 1).ok);
        QCOMPARE(contents(path), QByteArray("three\n"));
        QCOMPARE(contents(path + u".bak"_s), QByteArray("two\n"));
        QCOMPARE(entries(dir.path()), (QStringList{u"refs.enw"_s, u"refs.enw.bak"_s}));
    }

    void shouldKeepAsManyBackupsAsAsked_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("one") << 1;
        QTest::newRow("two") << 2;
        QTest::newRow("three") << 3;
        QTest::newRow("five") << 5;
    }

    void shouldKeepAsManyBackupsAsAsked()
    {
        QFETCH(int, count);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"refs.ris"_s);
        constexpr int saves = 8;
        for (int v = 1; v <= saves; ++v)
            QVERIFY(saveBytes(path, "version " + QByteArray::number(v), count).ok);
        QCOMPARE(contents(path), QByteArray("version 8"));
        const QStringList backups = backupPaths(path, count);
        for (int i = 0; i < count; ++i)
            QCOMPARE(contents(backups.at(i)), "version " + QByteArray::number(saves - 1 - i));
        QStringList expected{u"refs.ris"_s};
        for (const QString &backup : backups)
            expected << QFileInfo(backup).fileName();
        expected.sort();
        QCOMPARE(entries(dir.path()), expected);
    }

    void theBackupShouldBeAsPrivateAsTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"private.bib"_s);
        QVERIFY(put(path, "mine only"));
        const QFile::Permissions owner = QFile::ReadOwner | QFile::WriteOwner;
        QVERIFY(QFile::setPermissions(path, owner));
        QVERIFY(saveBytes(path, "still mine", 1).ok);
        QCOMPARE(QFile::permissions(path + u".bak"_s) & ~(QFile::ReadUser | QFile::WriteUser), owner);
        QCOMPARE(QFile::permissions(path) & ~(QFile::ReadUser | QFile::WriteUser), owner);
    }

    void shouldMakeNoBackupWhenDisabled()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"refs.bib"_s);
        QVERIFY(saveBytes(path, "one", 0).ok);
        QVERIFY(saveBytes(path, "two", 0).ok);
        QCOMPARE(contents(path), QByteArray("two"));
        QCOMPARE(entries(dir.path()), QStringList{u"refs.bib"_s});
    }

    void shouldNotRotateAwayTheBackupWhenNothingChanged()
    {
        // Pressing Save twice must not replace the version before the edits with a copy
        // of the file as it already is.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"refs.bib"_s);
        QVERIFY(saveBytes(path, "original", 2).ok);
        QVERIFY(saveBytes(path, "edited", 2).ok);
        QVERIFY(saveBytes(path, "edited", 2).ok);
        QCOMPARE(contents(path + u".bak"_s), QByteArray("original"));
        QVERIFY(!QFile::exists(path + u".bak2"_s));
    }

    void shouldLeaveBackupsBeyondTheCountAlone()
    {
        // Lowering the count later does not delete what was kept before.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"refs.bib"_s);
        QVERIFY(put(path, "v3"));
        QVERIFY(put(path + u".bak"_s, "v2"));
        QVERIFY(put(path + u".bak2"_s, "v1"));
        QVERIFY(put(path + u".bak3"_s, "v0"));
        QVERIFY(saveBytes(path, "v4", 2).ok);
        QCOMPARE(contents(path + u".bak"_s), QByteArray("v3"));
        QCOMPARE(contents(path + u".bak2"_s), QByteArray("v2"));
        QCOMPARE(contents(path + u".bak3"_s), QByteArray("v0"));
    }

    void writeFileShouldKeepABackupToo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"refs.enw"_s);
        Record r;
        r.type = RecordType::Article;
        r.setValue(FieldKey::Title, u"First"_s);
        QVERIFY(writeFile(path, {r}, u"endnote"_s, {}, 1).ok);
        const QByteArray first = contents(path);
        r.setValue(FieldKey::Title, u"Second"_s);
        const WriteResult result = writeFile(path, {r}, u"endnote"_s, {}, 1);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.backupError.isEmpty());
        QVERIFY(contents(path).contains("%T Second"));
        QCOMPARE(contents(path + u".bak"_s), first);
    }

    void shouldFailWithTheReasonWhenTheFolderCannotExist()
    {
        // Tests run as root, where permissions stop nothing: a path under a regular file
        // cannot be created by anyone.
        QTemporaryDir dir;
        const QString notADirectory = dir.filePath(u"file"_s);
        QVERIFY(put(notADirectory, "x"));
        const QString path = notADirectory + u"/refs.bib"_s;
        const WriteResult result = saveBytes(path, "data", 1);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(path), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"directory"_s, Qt::CaseInsensitive), qPrintable(result.error));
        QCOMPARE(entries(dir.path()), QStringList{u"file"_s});
    }

    void aFailedWriteShouldLeaveTheFileAndItsBackupsIntact()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"refs.bib"_s);
        QVERIFY(put(path, "current"));
        QVERIFY(put(path + u".bak"_s, "previous"));
        QVERIFY(put(path + u".bak2"_s, "older"));
        const QStringList before = entries(dir.path());

        const QByteArray large(256 * 1024, 'x');
        WriteResult result;
        {
            FileSizeLimit limit(64 * 1024);   // the disk fills up during the write
            QVERIFY(limit.isActive());
            result = saveBytes(path, large, 2);
        }
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(path), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"large"_s), qPrintable(result.error));   // "File too large"
        QCOMPARE(contents(path), QByteArray("current"));
        QCOMPARE(contents(path + u".bak"_s), QByteArray("previous"));
        QCOMPARE(contents(path + u".bak2"_s), QByteArray("older"));
        QCOMPARE(entries(dir.path()), before);   // no temporary file or half backup left
    }

    void aShortWriteShouldNeverBeCommitted_data()
    {
        QTest::addColumn<int>("size");
        // Qt's write buffer is 16 KiB: a smaller write only fails when it is flushed.
        QTest::newRow("smaller than the write buffer") << 4 * 1024;
        QTest::newRow("larger than the write buffer") << 256 * 1024;
    }

    void aShortWriteShouldNeverBeCommitted()
    {
        QFETCH(int, size);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"refs.enw"_s);
        QVERIFY(put(path, "old contents"));
        WriteResult result;
        {
            FileSizeLimit limit(1024);
            QVERIFY(limit.isActive());
            result = saveBytes(path, QByteArray(size, 'n'), 0);
        }
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"File too large"_s), qPrintable(result.error));
        QCOMPARE(contents(path), QByteArray("old contents"));
        QCOMPARE(entries(dir.path()), QStringList{u"refs.enw"_s});
    }

    void aBackupThatCannotBeMadeShouldFailTheSaveAndChangeNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"refs.bib"_s);
        const QByteArray current(128 * 1024, 'c');
        QVERIFY(put(path, current));
        QVERIFY(put(path + u".bak"_s, "previous"));
        const QStringList before = entries(dir.path());

        WriteResult result;
        {
            // The new file fits, the copy of the old one does not.
            FileSizeLimit limit(64 * 1024);
            QVERIFY(limit.isActive());
            result = saveBytes(path, "small", 1);
        }
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"backup"_s), qPrintable(result.error));
        QCOMPARE(contents(path), current);
        QCOMPARE(contents(path + u".bak"_s), QByteArray("previous"));
        QCOMPARE(entries(dir.path()), before);
    }
};

QTEST_GUILESS_MAIN(tst_FileIo)
#include "tst_fileio.moc"
