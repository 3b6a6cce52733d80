// The limits that stop a broken or hostile file from exhausting memory, time or the stack:
// each gets a message naming the file and the problem, and the rest of a file still loads.
#include "formats/fileio.h"
#include "formats/readlimits.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

namespace {

QString firstError(const Collection &collection)
{
    for (const Diagnostic &d : collection.diagnostics) {
        if (d.severity == Severity::Error)
            return d.message;
    }
    return QString();
}

ReadFileOptions withLimits(const ReadLimits &limits, const QString &formatId = QString())
{
    ReadFileOptions options;
    options.limits = limits;
    options.formatId = formatId;
    return options;
}

} // namespace

class Tst_ReadLimits : public QObject
{
    Q_OBJECT

private slots:
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.ris"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Sparse: 3 MB on disk as far as QFile::size() is concerned, nothing to read.
        QVERIFY(file.resize(3 << 20));
        file.close();
        ReadLimits limits;
        limits.maxFileBytes = 2 << 20;
        const Collection collection = readFile(path, withLimits(limits));
        QVERIFY(collection.records.isEmpty());
        const QString error = firstError(collection);
        QVERIFY2(error.contains(path) && error.contains(u"3.0 MB"_s) && error.contains(u"2.0 MB"_s),
                 qPrintable(error));
    }

    void aLineLongerThanTheLimitRefusesTheFile()
    {
        const QByteArray bytes = "TY  - JOUR\nTI  - " + QByteArray(3 << 20, 'x') + "\nER  - \n";
        ReadLimits limits;
        limits.maxLineBytes = 1 << 20;
        const Collection collection = readBytes(bytes, u"long.ris"_s, withLimits(limits));
        QVERIFY(collection.records.isEmpty());
        const QString error = firstError(collection);
        QVERIFY2(error.contains(u"line 2 of long.ris"_s) && error.contains(u"limits/maxLineMB"_s),
                 qPrintable(error));

        // Within the limit the same file reads.
        limits.maxLineBytes = 4 << 20;
        QCOMPARE(readBytes(bytes, u"long.ris"_s, withLimits(limits)).records.size(), 1);
    }

    void binaryDataIsNoCitationFile()
    {
        QByteArray bytes("\x7f" "ELF\x02\x01\x01", 7);
        for (int i = 0; i < 4000; ++i)
            bytes.append(char(i % 7 == 0 ? 0 : 'A' + i % 26));
        const Collection collection = readBytes(bytes, u"program.ris"_s, withLimits(ReadLimits()));
        QVERIFY(collection.records.isEmpty());
        const QString error = firstError(collection);
        QVERIFY2(error.contains(u"program.ris holds binary data"_s), qPrintable(error));
    }

    void aStrayControlCharacterIsNotBinary()
    {
        const QByteArray bytes = "TY  - JOUR\nTI  - A title\x01 with a stray control\nER  - \n";
        const Collection collection = readBytes(bytes, u"stray.ris"_s, withLimits(ReadLimits()));
        QCOMPARE(collection.records.size(), 1);
        QVERIFY(firstError(collection).isEmpty());
    }

    void namesPastTheLimitAreKeptAsANote()
    {
        QByteArray bytes = "TY  - JOUR\nTI  - Many authors\n";
        for (int i = 0; i < 2500; ++i)
            bytes += "AU  - Author" + QByteArray::number(i) + ", Ann\n";
        bytes += "ER  - \n";
        ReadLimits limits;
        limits.maxPersonsPerRecord = 1000;
        const Collection collection = readBytes(bytes, u"many.ris"_s, withLimits(limits));
        QCOMPARE(collection.records.size(), 1);
        const Record &record = collection.records.first();
        QCOMPARE(record.authors().size(), 1000);
        QCOMPARE(record.authors().last().family, u"Author999"_s);
        const QString note = record.value(FieldKey::Note);
        QVERIFY2(note.startsWith(u"1500 more names"_s), qPrintable(note.left(100)));
        QVERIFY(note.contains(u"Author1000, Ann"_s));
        QVERIFY(note.endsWith(u"Author2499, Ann"_s));
        bool warned = false;
        for (const Diagnostic &d : collection.diagnostics)
            warned = warned || (d.message.contains(u"2500 names"_s) && d.line == 1);
        QVERIFY(warned);
    }

    void deeplyNestedInputNeitherCrashesNorHangs_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("formatId");
        const int depth = 100000;
        QTest::newRow("BibTeX braces") << "@article{a, title={" + QByteArray(depth, '{') + "x"
                        + QByteArray(depth, '}') + "}}\n" << u"bibtex"_s;
        QTest::newRow("EndNote XML style runs")
                << "<?xml version=\"1.0\"?><xml><records><record><titles><title>"
                   + QByteArray("<style>").repeated(depth) + "x" + QByteArray("</style>").repeated(depth)
                   + "</title></titles></record></records></xml>" << u"endnote-xml"_s;
        QTest::newRow("EndNote XML elements")
                << "<?xml version=\"1.0\"?><xml><records><record><titles>"
                   + QByteArray("<title>").repeated(depth) + QByteArray("</title>").repeated(depth)
                   + "</titles></record></records></xml>" << u"endnote-xml"_s;
        QTest::newRow("MODS related items")
                << "<?xml version=\"1.0\"?><modsCollection xmlns=\"http://www.loc.gov/mods/v3\"><mods>"
                   + QByteArray("<relatedItem>").repeated(depth) + QByteArray("</relatedItem>").repeated(depth)
                   + "</mods></modsCollection>" << u"mods"_s;
        QTest::newRow("CSL-JSON arrays") << "[{\"id\":\"a\",\"type\":\"book\",\"title\":"
                        + QByteArray(depth, '[') + QByteArray(depth, ']') + "}]" << u"csl-json"_s;
    }

    void deeplyNestedInputNeitherCrashesNorHangs()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, formatId);
        // Reaching the end is the test: these overflowed the stack or looped before.
        const Collection collection = readBytes(bytes, u"deep"_s, withLimits(ReadLimits(), formatId));
        QCOMPARE(collection.formatId, formatId);
        QVERIFY(collection.records.size() <= 1);
        if (collection.records.isEmpty())
            QVERIFY2(!firstError(collection).isEmpty(), "no record and no error");
    }

    void aFileThatIsNoCitationFileSaysSo()
    {
        const QByteArray bytes = "Dear colleague,\n\nplease find the minutes of our meeting attached.\n";
        const Collection collection = readBytes(bytes, u"letter.txt"_s, withLimits(ReadLimits()));
        QVERIFY(collection.records.isEmpty());
        QVERIFY2(firstError(collection).contains(u"letter.txt is not a citation file"_s),
                 qPrintable(firstError(collection)));
        // Without an extension that names a format, detection itself gives up.
        const Collection unnamed = readBytes(bytes, u"letter"_s, withLimits(ReadLimits()));
        QVERIFY(unnamed.records.isEmpty());
        QVERIFY2(firstError(unnamed).contains(u"cannot tell the format of letter"_s),
                 qPrintable(firstError(unnamed)));
        // An empty file of a known format is no error: a new collection starts that way.
        QVERIFY(!readBytes(QByteArray(), u"new.bib"_s).hasErrors());
    }

    void settingsOverrideTheDefaults()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"limits.ini"_s), QSettings::IniFormat);
        settings.setValue(u"limits/maxFileMB"_s, 5);
        settings.setValue(u"limits/maxLineMB"_s, 2);
        settings.setValue(u"limits/maxPersons"_s, 300);
        const ReadLimits limits = ReadLimits::fromSettings(settings);
        QCOMPARE(limits.maxFileBytes, qint64(5) << 20);
        QCOMPARE(limits.maxLineBytes, qint64(2) << 20);
        QCOMPARE(limits.maxPersonsPerRecord, 300);

        // An empty settings file keeps the built-in defaults.
        const ReadLimits none = ReadLimits::fromSettings(QSettings(dir.filePath(u"none.ini"_s), QSettings::IniFormat));
        QCOMPARE(none.maxFileBytes, ReadLimits().maxFileBytes);

        // The defaults readBytes() uses when the options give none.
        const ReadLimits saved = defaultReadLimits();
        ReadLimits tiny;
        tiny.maxFileBytes = 10;
        setDefaultReadLimits(tiny);
        const Collection refused = readBytes("TY  - JOUR\nER  - \n", u"small.ris"_s);
        setDefaultReadLimits(saved);
        QVERIFY(firstError(refused).contains(u"limits/maxFileMB"_s));
    }
};

QTEST_GUILESS_MAIN(Tst_ReadLimits)
#include "tst_readlimits.moc"
