// Runs the real refmend-cli executable on real files and checks what it writes.
#include "formats/fileio.h"
#include "formats/formatregistry.h"
#include "storage/library.h"

#include "testconfig.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using refmend::Collection;
using refmend::FieldKey;
using refmend::Record;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(REFMEND_CLI_PATH), arguments);
    if (!process.waitForStarted())
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString seedPath()
{
    return QStringLiteral(REFMEND_CORPUS_DIR) + u"/endnote-refer/hindawi__isrn-hepatology-2013-flattened.enw"_s;
}

QString testData(const QString &relative)
{
    return QStringLiteral(REFMEND_TEST_DATA_DIR) + u'/' + relative;
}

QList<QByteArray> outputLines(const QByteArray &output)
{
    QList<QByteArray> lines = output.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

/*! \a record's authors as they read ("Ana Lúcia Costa", "HERMES Collaborators"), joined with
    "; "; with \a wordsOnly each name's words in alphabetical order. RIS writes an institution
    as a plain AU line, which reads back as a person: "GERMS SA" as "SA GERMS" (given "SA"). */
QString authorNames(const Record &record, bool wordsOnly = false)
{
    QStringList names;
    for (const refmend::Person &person : record.authors()) {
        const QString name = person.isLiteral() ? person.literal : person.naturalName();
        if (wordsOnly) {
            QStringList words = name.split(u' ', Qt::SkipEmptyParts);
            words.sort();
            names.append(words.join(u' '));
        } else {
            names.append(name);
        }
    }
    return names.join(u"; "_s);
}

//! The first file of each readable format in the corpus that reads with records and no error.
QStringList oneCorpusFileOfEachFormat()
{
    QStringList files;
    const QDir corpus(QStringLiteral(REFMEND_CORPUS_DIR));
    const QStringList folders = corpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &folder : folders) {
        if (folder == "other"_L1)
            continue;
        const QDir dir(corpus.filePath(folder));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            const Collection collection = refmend::readFile(dir.filePath(name));
            if (!collection.records.isEmpty() && !collection.hasErrors()) {
                files.append(dir.filePath(name));
                break;
            }
        }
    }
    return files;
}

/*! Three records for search: the word "Lúcia" in one's title and in another's author list. */
const QByteArray kSearchRecords = R"(TY  - JOUR
TI  - Hepatic resection in colorectal metastases
AU  - Costa, Ana Lúcia
PY  - 2013
ER  - 

TY  - JOUR
TI  - Lúcia and the liver
AU  - Pereira, Rui
AU  - Sousa, Ana
PY  - 2019
ER  - 

TY  - BOOK
TI  - Survey of surgery
AU  - Müller, Jürgen
PY  - 2001
ER  - 
)";

} // namespace

class Tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The library commands fall back on it: the tests say which library they mean.
        qunsetenv("REFMEND_LIBRARY");
    }

    void init()
    {
        static const QList<QByteArray> withoutCorpus{
                "shouldPrintVersionAndHelp", "shouldRejectBadUsageWithoutCrashing",
                "libraryShouldImportFilesAndExportThemToEveryFormat",
                "librarySearchShouldIgnoreAccentsAndRankTitleHitsFirst",
                "libraryHistoryShouldListChangesAndRestoreShouldBringThemBack",
                "libraryShouldSayWhatIsWrongWithTheLibrary"};
        if (!withoutCorpus.contains(QTest::currentTestFunction()) && !QFile::exists(seedPath()))
            QSKIP("../shared/corpus is not beside this checkout; CLI corpus tests skipped");
    }

    void shouldPrintVersionAndHelp()
    {
        const Run version = runCli({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("refmend-cli "));
        const Run help = runCli({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("convert IN OUT"));
        QVERIFY(help.out.contains("check IN"));
        for (const char *command : {"library import FILE...", "library export OUT",
                                    "library search TEXT", "library history ID",
                                    "library restore ENTRY", "REFMEND_LIBRARY"})
            QVERIFY2(help.out.contains(command), command);
    }

    void shouldRejectBadUsageWithoutCrashing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no arguments") << QStringList() << 2 << QByteArray("Usage:");
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << 2 << QByteArray("unknown command");
        QTest::newRow("unknown option") << QStringList{u"check"_s, u"--bogus"_s, u"x"_s} << 2
                                        << QByteArray("unknown option --bogus");
        QTest::newRow("convert without output") << QStringList{u"convert"_s, u"a.enw"_s} << 2
                                                << QByteArray("convert takes");
        QTest::newRow("unknown output format")
                << QStringList{u"convert"_s, u"a.enw"_s, u"-"_s, u"--to"_s, u"nonsense"_s} << 2
                << QByteArray("cannot write format 'nonsense'");
        QTest::newRow("stdout without --to") << QStringList{u"convert"_s, u"a.enw"_s, u"-"_s} << 2
                                             << QByteArray("needs --to");
        QTest::newRow("missing input file")
                << QStringList{u"check"_s, u"/nonexistent/dir/file.enw"_s} << 1
                << QByteArray("/nonexistent/dir/file.enw");
        QTest::newRow("input is a directory") << QStringList{u"check"_s, QDir::tempPath()} << 1
                                              << QByteArray("error");
        QTest::newRow("library without command") << QStringList{u"library"_s} << 2
                                                 << QByteArray("library takes a command");
        QTest::newRow("unknown library command") << QStringList{u"library"_s, u"merge"_s} << 2
                                                 << QByteArray("unknown library command 'merge'");
        QTest::newRow("library without --db")
                << QStringList{u"library"_s, u"search"_s, u"lucia"_s} << 2
                << QByteArray("library search needs a library: --db URL, or the environment variable REFMEND_LIBRARY");
        QTest::newRow("library URL without database")
                << QStringList{u"library"_s, u"search"_s, u"x"_s, u"--db"_s, u"postgresql://host"_s} << 2
                << QByteArray("cannot open library postgresql://host: \"postgresql://host\" names no database");
        QTest::newRow("import without files")
                << QStringList{u"library"_s, u"import"_s, u"--db"_s, u"x.refmend"_s} << 2
                << QByteArray("library import takes one or more files");
        QTest::newRow("history of no number")
                << QStringList{u"library"_s, u"history"_s, u"first"_s, u"--db=x.refmend"_s} << 2
                << QByteArray("library history takes one record id");
        QTest::newRow("restore of no number")
                << QStringList{u"library"_s, u"restore"_s, u"--db=x.refmend"_s} << 2
                << QByteArray("library restore takes one journal entry");
        QTest::newRow("bad limit")
                << QStringList{u"library"_s, u"search"_s, u"x"_s, u"--limit"_s, u"many"_s,
                               u"--db"_s, u"x.refmend"_s} << 2
                << QByteArray("--limit takes a number of records, not 'many'");
        QTest::newRow("option of another command")
                << QStringList{u"library"_s, u"search"_s, u"x"_s, u"--to=ris"_s, u"--db"_s, u"x.refmend"_s} << 2
                << QByteArray("library search does not take --to");
        QTest::newRow("library option to convert")
                << QStringList{u"convert"_s, u"a.enw"_s, u"b.ris"_s, u"--db"_s, u"x.refmend"_s} << 2
                << QByteArray("convert does not take --db");
        QTest::newRow("library export to stdout without --to")
                << QStringList{u"library"_s, u"export"_s, u"-"_s, u"--db"_s, u"x.refmend"_s} << 2
                << QByteArray("needs --to");
    }

    void shouldRejectBadUsageWithoutCrashing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const Run run = runCli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2((run.err + run.out).contains(message), run.err.constData());
    }

    void shouldRefuseWhatIsNoCitationFileWithTheLimitInTheMessage()
    {
        QTemporaryDir dir;
        // A program saved under a citation extension.
        const QString binary = dir.filePath(u"program.ris"_s);
        QVERIFY(QFile::copy(QStringLiteral(REFMEND_CLI_PATH), binary));
        Run run = runCli({u"check"_s, binary});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("program.ris holds binary data"), run.out.constData());

        // The limits come from RefMend's settings (the same as the application's).
        const QString config = dir.filePath(u"config"_s);
        QVERIFY(QDir().mkpath(config + u"/RefMend"_s));
        QFile settings(config + u"/RefMend/RefMend.conf"_s);
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[limits]\nmaxLineMB=1\n");
        settings.close();
        const QString longLine = dir.filePath(u"long.ris"_s);
        QFile file(longLine);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("TY  - JOUR\nAB  - " + QByteArray(2 << 20, 'x') + "\nER  - \n");
        file.close();
        qputenv("XDG_CONFIG_HOME", config.toLocal8Bit());
        run = runCli({u"check"_s, longLine});
        qunsetenv("XDG_CONFIG_HOME");
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("line 2 of ") && run.out.contains("limits/maxLineMB"), run.out.constData());
    }

    void shouldWriteBibtexInTheCharactersAsked()
    {
        const QStringList convert{u"convert"_s, seedPath(), u"-"_s, u"--to"_s, u"bibtex"_s,
                                  u"--repair-mojibake"_s};
        const Run latex = runCli(convert + QStringList{u"--bibtex"_s, u"latex"_s});
        QVERIFY2(latex.exitCode == 0, latex.err.constData());
        QVERIFY2(latex.out.contains(R"(Costa, Ana L{\'u}cia)"), latex.out.constData());
        QVERIFY(std::all_of(latex.out.begin(), latex.out.end(), [](char c) { return uchar(c) < 0x80; }));
        const Run unicode = runCli(convert + QStringList{u"--bibtex=unicode"_s});
        QVERIFY2(unicode.exitCode == 0, unicode.err.constData());
        QVERIFY2(unicode.out.contains("Costa, Ana L\xc3\xba" "cia"), unicode.out.constData());
        // Read back, both are the same record.
        const Collection a = refmend::readBytes(latex.out, u"a.bib"_s);
        const Collection b = refmend::readBytes(unicode.out, u"b.bib"_s);
        QCOMPARE(a.records.size(), 1);
        QCOMPARE(a.records.first(), b.records.first());

        const Run bad = runCli(convert + QStringList{u"--bibtex"_s, u"ascii"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains("--bibtex takes latex, unicode or auto"), bad.err.constData());
        QCOMPARE(runCli({u"check"_s, seedPath(), u"--bibtex"_s, u"latex"_s}).exitCode, 2);
    }

    void shouldRepairTheSeedIntoCslJson()
    {
        const Run run = runCli({u"convert"_s, seedPath(), u"-"_s, u"--to"_s, u"csl-json"_s,
                                u"--repair-mojibake"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(run.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(json.isArray());
        QCOMPARE(json.array().size(), 1);
        const QJsonObject item = json.array().first().toObject();

        const QStringList expectedFamilies{u"Macedo"_s, u"Amaral"_s, u"Fernandes"_s,
                                           u"Sousa"_s, u"Costa"_s, u"Távora"_s,
                                           u"Quintela"_s, u"Cortes"_s, u"Costa"_s};
        const QStringList expectedGiven{u"Daniela"_s, u"Teresa"_s, u"Isabel"_s,
                                        u"Ana Rita"_s, u"Ana Lúcia"_s, u"Isabel"_s,
                                        u"António"_s, u"Paulo"_s, u"Luís"_s};
        const QJsonArray authors = item.value("author"_L1).toArray();
        QCOMPARE(authors.size(), expectedFamilies.size());
        for (int i = 0; i < authors.size(); ++i) {
            QCOMPARE(authors.at(i).toObject().value("family"_L1).toString(), expectedFamilies.at(i));
            QCOMPARE(authors.at(i).toObject().value("given"_L1).toString(), expectedGiven.at(i));
        }
        QCOMPARE(item.value("DOI"_L1).toString(), u"10.1155/2013/702167"_s);
        QCOMPARE(item.value("type"_L1).toString(), u"article-journal"_s);
        QCOMPARE(item.value("container-title"_L1).toString(), u"ISRN Hepatology"_s);
        QCOMPARE(item.value("issued"_L1).toObject().value("date-parts"_L1).toArray().first()
                         .toArray().first().toInt(), 2013);
        QVERIFY(item.value("URL"_L1).toString().startsWith("http://www.hindawi.com/"_L1));
        const QString abstract = item.value("abstract"_L1).toString();
        QVERIFY(abstract.contains(u"75–80%"_s));
        QVERIFY(abstract.contains(u"20%–25%"_s));
        QVERIFY(!abstract.contains(u'¨'));
        QVERIFY2(run.err.contains("repaired 5 garbled fields"), run.err.constData());
    }

    void shouldKeepTheTextAsItWasWithoutRepair()
    {
        const Run run = runCli({u"convert"_s, seedPath(), u"-"_s, u"--to=csl-json"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject item = QJsonDocument::fromJson(run.out).array().first().toObject();
        const QJsonArray authors = item.value("author"_L1).toArray();
        QCOMPARE(authors.size(), 9);
        QCOMPARE(authors.at(5).toObject().value("family"_L1).toString(), u"T¨¢vora"_s);
        QVERIFY(item.value("abstract"_L1).toString().contains(u"75¨C80%"_s));
    }

    void shouldReportTheGarbledFieldsOnCheck()
    {
        const Run run = runCli({u"check"_s, seedPath()});
        QCOMPARE(run.exitCode, 0); // garbled text is a warning, not an error
        const QList<QByteArray> lines = run.out.split('\n');
        int garbled = 0;
        for (const QByteArray &line : lines) {
            if (!line.contains("looks garbled"))
                continue;
            ++garbled;
            // file:line:col: warning: ...
            QVERIFY2(line.startsWith(seedPath().toUtf8() + ":1:"), line.constData());
            QVERIFY2(line.contains(": warning: "), line.constData());
        }
        QCOMPARE(garbled, 5);
        QVERIFY(run.out.contains("\"Ana L¨²cia Costa\" would read \"Ana Lúcia Costa\""));
        QVERIFY(run.out.contains("1 records, 0 errors, 5 warnings, 5 garbled fields"));
    }

    void shouldConvertThroughFilesByExtension_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("EndNote") << u"enw"_s << QByteArray("%0 Journal Article\n%A ");
        QTest::newRow("CSL-JSON") << u"json"_s << QByteArray("\"DOI\": \"10.1155/2013/702167\"");
        QTest::newRow("CSV") << u"csv"_s << QByteArray("Távora");
    }

    void shouldConvertThroughFilesByExtension()
    {
        QFETCH(QString, extension);
        QFETCH(QByteArray, expected);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(u"out."_s + extension);
        const Run run = runCli({u"convert"_s, seedPath(), out, u"--repair-mojibake"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY2(written.contains(expected), written.left(400).constData());
        QVERIFY(run.err.contains("wrote 1 records"));
    }

    void shouldReadEndNoteFromStandardInput()
    {
        QFile seed(seedPath());
        QVERIFY(seed.open(QIODevice::ReadOnly));
        const Run run = runCli({u"convert"_s, u"-"_s, u"-"_s, u"--from"_s, u"endnote"_s,
                                u"--to"_s, u"enw"_s, u"--repair-mojibake"_s},
                               seed.readAll());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("%A Luís Costa\n") || run.out.contains("%A Costa, Luís\n"));
        QVERIFY(run.out.contains("%R 10.1155/2013/702167\n"));
    }

    void shouldCleanAndMergeDuplicatesAndSayWhat()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"deduped.enw"_s);
        const Run run = runCli({u"convert"_s,
                                QStringLiteral(REFMEND_TEST_DATA_DIR "/cleanup/duplicates.enw"), out,
                                u"--clean=doi,pages"_s, u"--dedupe"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("doi: 4 text(s) changed, 4 record(s)"), run.err.constData());
        QVERIFY2(run.err.contains("dedupe: 2 group(s) merged, 13 records -> 10"), run.err.constData());
        QVERIFY(run.err.contains("merged #1, #2, #13 (same DOI)"));
        const Run check = runCli({u"check"_s, out});
        QVERIFY(check.out.contains(": 10 records,"));

        const Run bad = runCli({u"convert"_s,
                                QStringLiteral(REFMEND_TEST_DATA_DIR "/cleanup/duplicates.enw"), out,
                                u"--clean=bogus"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("unknown cleanup action(s): bogus; valid: mojibake"));
    }

    void shouldCleanEveryGarbledNameOutOfTheSeedAndTenThousandRecords()
    {
        // The issue's acceptance run, at a size fit for a unit test: the seed followed by
        // synthetic records with realistic damage.
        QTemporaryDir dir;
        const QString generated = dir.filePath(u"gen"_s);
        QProcess gen;
        gen.start(u"python3"_s, {QStringLiteral(REFMEND_SHARED_DIR "/bench/gen_corpus.py"),
                                 u"--records"_s, u"2000"_s, u"--out"_s, generated,
                                 u"--formats"_s, u"enw"_s});
        if (!gen.waitForFinished(120000) || gen.exitCode() != 0)
            QSKIP("gen_corpus.py could not run here");
        QFile seed(seedPath());
        QFile synthetic(generated + u"/corpus-2000.enw"_s);
        QVERIFY(seed.open(QIODevice::ReadOnly) && synthetic.open(QIODevice::ReadOnly));
        const QString combined = dir.filePath(u"combined.enw"_s);
        QFile out(combined);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(seed.readAll() + "\n\n" + synthetic.readAll());
        out.close();

        const Run before = runCli({u"check"_s, combined});
        QVERIFY(!before.out.contains(" 0 garbled fields"));
        const QString cleaned = dir.filePath(u"cleaned.enw"_s);
        const Run run = runCli({u"convert"_s, combined, cleaned, u"--clean=all"_s, u"--dedupe"_s});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const Run after = runCli({u"check"_s, cleaned});
        QVERIFY2(after.out.contains(" 0 garbled fields"), after.out.right(300).constData());
        QFile written(cleaned);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(written.readAll());
        QVERIFY(text.contains(u"%A Costa, Luís\n"_s));
        QVERIFY(text.contains(u"75–80%"_s));
        QVERIFY(!text.contains(u'¨'));
    }

    void shouldRoundTripEveryEndNoteCorpusFileThroughTheCli()
    {
        const QDir dir(QStringLiteral(REFMEND_CORPUS_DIR) + u"/endnote-refer"_s);
        const QStringList files = dir.entryList(QDir::Files);
        QVERIFY(!files.isEmpty());
        QTemporaryDir tmp;
        for (const QString &name : files) {
            const QString out = tmp.filePath(name + u".enw"_s);
            const Run run = runCli({u"convert"_s, dir.filePath(name), out, u"--from"_s, u"endnote"_s});
            QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(name));
            if (run.exitCode == 1) {
                // Refused input must say which file and why, on stderr.
                QVERIFY2(run.err.contains(name.toUtf8()), run.err.constData());
                continue;
            }
            const Run again = runCli({u"check"_s, out});
            QVERIFY2(again.exitCode == 0, qPrintable(name + u": "_s + QString::fromUtf8(again.out)));
        }
    }

    void libraryShouldImportFilesAndExportThemToEveryFormat()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList files{testData(u"cleanup/duplicates.enw"_s), testData(u"medline/pubmed.nbib"_s)};
        if (QDir(QStringLiteral(REFMEND_CORPUS_DIR)).exists())
            files += oneCorpusFileOfEachFormat();
        else
            qWarning("../shared/corpus is not there: only tests/data is imported");

        // What the files hold, read as the CLI reads them.
        QList<Record> expected;
        QStringList expectedLines;
        for (const QString &file : std::as_const(files)) {
            const Collection collection = refmend::readFile(file);
            QVERIFY2(!collection.records.isEmpty() && !collection.hasErrors(), qPrintable(file));
            expected += collection.records;
            expectedLines.append(u"%1: %2 records added to lib.refmend"_s.arg(file).arg(
                    collection.records.size()));
        }

        // A library that is not there yet is created.
        const QString db = dir.filePath(u"lib.refmend"_s);
        const Run import = runCli(QStringList{u"library"_s, u"import"_s} + files
                                  + QStringList{u"--db"_s, db});
        QVERIFY2(import.exitCode == 0, import.err.constData());
        QCOMPARE(QString::fromUtf8(import.out).split(u'\n', Qt::SkipEmptyParts), expectedLines);

        for (const refmend::FormatInfo &format : refmend::FormatRegistry::instance().formats()) {
            if (!format.makeWriter)
                continue;
            const QString out = dir.filePath(u"export-%1.%2"_s.arg(format.id, format.extensions.first()));
            const Run run = runCli({u"library"_s, u"export"_s, out, u"--to"_s, format.id, u"--db"_s, db});
            QVERIFY2(run.exitCode == 0, qPrintable(format.id + u": "_s + QString::fromUtf8(run.err)));
            QVERIFY2(run.err.contains(u"lib.refmend: wrote %1 records to %2 (%3)"_s
                                              .arg(expected.size()).arg(out, format.name).toUtf8()),
                     run.err.constData());
            if (!format.makeReader) {
                // Write-only (CSV): every title is in it (with its quotes doubled).
                QFile file(out);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(file.readAll());
                for (const Record &record : std::as_const(expected)) {
                    const QString title = record.value(FieldKey::Title).replace(u"\""_s, u"\"\""_s);
                    QVERIFY2(text.contains(title), qPrintable(format.id + u": "_s + title));
                }
                continue;
            }
            const Collection back = refmend::readFile(out, {format.id, {}, {}, nullptr});
            QVERIFY2(!back.hasErrors(), qPrintable(format.id + u": "_s + back.errorMessages()));
            QCOMPARE(back.records.size(), expected.size());
            const bool wordsOnly = format.id == "ris"_L1;   // see authorNames()
            for (int i = 0; i < expected.size(); ++i) {
                const QString what = u"%1, record %2"_s.arg(format.id).arg(i + 1);
                QCOMPARE(back.records.at(i).value(FieldKey::Title).simplified(),
                         expected.at(i).value(FieldKey::Title).simplified());
                const QString is = authorNames(back.records.at(i), wordsOnly);
                const QString was = authorNames(expected.at(i), wordsOnly);
                QVERIFY2(is == was, qPrintable(what + u": "_s + is + u" != "_s + was));
            }
        }

        // To standard output, as convert writes it.
        const Run stdoutRun = runCli({u"library"_s, u"export"_s, u"-"_s, u"--to"_s, u"csl-json"_s,
                                      u"--db"_s, db});
        QVERIFY2(stdoutRun.exitCode == 0, stdoutRun.err.constData());
        QCOMPARE(QJsonDocument::fromJson(stdoutRun.out).array().size(), expected.size());
    }

    void librarySearchShouldIgnoreAccentsAndRankTitleHitsFirst()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"search.ris"_s);
        QVERIFY(writeText(file, kSearchRecords));
        const QString db = dir.filePath(u"search.refmend"_s);
        const Run import = runCli({u"library"_s, u"import"_s, file, u"--db"_s, db});
        QVERIFY2(import.exitCode == 0, import.err.constData());
        QCOMPARE(import.out, file.toUtf8() + ": 3 records added to search.refmend\n");

        // "lucia" finds "Lúcia": the title hit (record 2) before the author hit (record 1).
        const Run run = runCli({u"library"_s, u"search"_s, u"lucia"_s, u"--db"_s, db});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QByteArray> lines = outputLines(run.out);
        QCOMPARE(lines.size(), 2);
        static const QRegularExpression line(u"^(\\d+)\\t(\\d+\\.\\d\\d)\\t(.+)$"_s);
        const auto first = line.match(QString::fromUtf8(lines.at(0)));
        const auto second = line.match(QString::fromUtf8(lines.at(1)));
        QVERIFY2(first.hasMatch() && second.hasMatch(), run.out.constData());
        QCOMPARE(first.captured(1), u"2"_s);
        QCOMPARE(first.captured(3), u"Pereira et al. (2019) Lúcia and the liver"_s);
        QCOMPARE(second.captured(1), u"1"_s);
        QCOMPARE(second.captured(3), u"Costa (2013) Hepatic resection in colorectal metastases"_s);
        QVERIFY(first.captured(2).toDouble() >= second.captured(2).toDouble());

        const Run limited = runCli({u"library"_s, u"search"_s, u"LUCIA"_s, u"--limit=1"_s, u"--db"_s, db});
        QCOMPARE(outputLines(limited.out), QList<QByteArray>{lines.at(0)});
        // Every word must match; the library may also come from the environment.
        qputenv("REFMEND_LIBRARY", db.toUtf8());
        const Run twoWords = runCli({u"library"_s, u"search"_s, u"muller"_s, u"surv"_s});
        const Run none = runCli({u"library"_s, u"search"_s, u"muller"_s, u"liver"_s});
        qunsetenv("REFMEND_LIBRARY");
        QVERIFY2(twoWords.exitCode == 0, twoWords.err.constData());
        QCOMPARE(outputLines(twoWords.out).size(), 1);
        QVERIFY(twoWords.out.startsWith("3\t"));
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.out, QByteArray());

        // An export of a search has its records, best first.
        const QString out = dir.filePath(u"found.ris"_s);
        const Run exported = runCli({u"library"_s, u"export"_s, out, u"--query"_s, u"lúcia"_s,
                                     u"--db"_s, db});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QVERIFY2(exported.err.contains("search.refmend: wrote 2 records to"), exported.err.constData());
        const Collection found = refmend::readFile(out);
        QCOMPARE(found.records.size(), 2);
        QCOMPARE(found.records.at(0).value(FieldKey::Title), u"Lúcia and the liver"_s);
        QCOMPARE(found.records.at(1).value(FieldKey::Title), u"Hepatic resection in colorectal metastases"_s);
    }

    void libraryHistoryShouldListChangesAndRestoreShouldBringThemBack()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"history.refmend"_s);
        const Run import = runCli({u"library"_s, u"import"_s, testData(u"cleanup/costa.enw"_s),
                                   u"--db"_s, db});
        QVERIFY2(import.exitCode == 0, import.err.constData());
        {
            // Another client (the GUI) edits record 1's title and removes record 2.
            refmend::Library library;
            QString error;
            QVERIFY2(library.open(refmend::LibraryLocation::fromUrl(db), &error), qPrintable(error));
            library.setUserName(u"ana"_s);
            const auto stored = library.record(1);
            QVERIFY(stored);
            Record edited = stored->record;
            QCOMPARE(edited.value(FieldKey::Title), u"First"_s);
            edited.setValue(FieldKey::Title, u"First, edited"_s);
            QCOMPARE(library.updateRecord(edited, stored->version).status,
                     refmend::SaveResult::Status::Saved);
            QCOMPARE(library.removeRecord(2, 1).status, refmend::SaveResult::Status::Saved);
        }

        const Run history = runCli({u"library"_s, u"history"_s, u"1"_s, u"--db"_s, db});
        QVERIFY2(history.exitCode == 0, history.err.constData());
        QList<QByteArray> lines = outputLines(history.out);
        QCOMPARE(lines.size(), 2);
        // entry, time (UTC), who, version, field, before -> after
        static const QRegularExpression entry(
                u"^(\\d+)\\t\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\t([^\\t]+)\\t(\\d+)\\t([^\\t]+)\\t(.*)$"_s);
        const auto created = entry.match(QString::fromUtf8(lines.at(0)));
        const auto titled = entry.match(QString::fromUtf8(lines.at(1)));
        QVERIFY2(created.hasMatch() && titled.hasMatch(), history.out.constData());
        QCOMPARE(created.captured(3), u"1"_s);
        QCOMPARE(created.captured(4), u"record"_s);
        QCOMPARE(created.captured(5), u"(none) -> created"_s);
        QCOMPARE(titled.captured(2), u"ana"_s);
        QCOMPARE(titled.captured(3), u"2"_s);
        QCOMPARE(titled.captured(4), u"title"_s);
        QCOMPARE(titled.captured(5), u"First -> First, edited"_s);

        // Restoring the title entry brings "First" back, as a new change.
        const Run restore = runCli({u"library"_s, u"restore"_s, titled.captured(1), u"--db"_s, db});
        QVERIFY2(restore.exitCode == 0, restore.err.constData());
        QCOMPARE(restore.out, u"history.refmend: entry %1 restored (the record is now at version 3)\n"_s
                                      .arg(titled.captured(1)).toUtf8());
        lines = outputLines(runCli({u"library"_s, u"history"_s, u"1"_s, u"--db"_s, db}).out);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(2).endsWith("\t3\ttitle\tFirst, edited -> First"), lines.at(2).constData());
        const Run again = runCli({u"library"_s, u"restore"_s, titled.captured(1), u"--db"_s, db});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("nothing changed"), again.out.constData());

        // A removed record keeps its history; restoring the removal brings it back.
        QVERIFY(runCli({u"library"_s, u"search"_s, u"second"_s, u"--db"_s, db}).out.isEmpty());
        lines = outputLines(runCli({u"library"_s, u"history"_s, u"2"_s, u"--db"_s, db}).out);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(1).endsWith("\trecord\tpresent -> removed"), lines.at(1).constData());
        const QString removal = QString::fromUtf8(lines.at(1).left(lines.at(1).indexOf('\t')));
        QCOMPARE(runCli({u"library"_s, u"restore"_s, removal, u"--db"_s, db}).exitCode, 0);
        const Run found = runCli({u"library"_s, u"search"_s, u"second"_s, u"--db"_s, db});
        QVERIFY2(found.out.startsWith("2\t"), found.out.constData());

        // A creation cannot be undone from the journal; no such entry, no such record.
        const Run creation = runCli({u"library"_s, u"restore"_s, created.captured(1), u"--db"_s, db});
        QCOMPARE(creation.exitCode, 1);
        QVERIFY2(creation.err.contains("Only a removal can be undone"), creation.err.constData());
        const Run noEntry = runCli({u"library"_s, u"restore"_s, u"999"_s, u"--db"_s, db});
        QCOMPARE(noEntry.exitCode, 1);
        QVERIFY2(noEntry.err.contains("history.refmend: No journal entry 999"), noEntry.err.constData());
        const Run noRecord = runCli({u"library"_s, u"history"_s, u"999"_s, u"--db"_s, db});
        QCOMPARE(noRecord.exitCode, 1);
        QCOMPARE(noRecord.err, QByteArray("refmend-cli: history.refmend has no record 999\n"));
        QVERIFY(noRecord.out.isEmpty());
    }

    void libraryShouldSayWhatIsWrongWithTheLibrary()
    {
        QTemporaryDir dir;
        // A text file given as the library is refused, and left as it was.
        const QString text = dir.filePath(u"notes.refmend"_s);
        QVERIFY(writeText(text, "these are notes, not a library\n"));
        for (const QString &command : {u"import"_s, u"search"_s}) {
            const QString argument = command == "import"_L1 ? testData(u"cleanup/costa.enw"_s) : u"x"_s;
            const Run run = runCli({u"library"_s, command, argument, u"--db"_s, text});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.startsWith(u"refmend-cli: cannot open library %1: "_s.arg(text).toUtf8())
                             && run.err.contains("not a RefMend library"),
                     run.err.constData());
        }
        QFile file(text);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("these are notes, not a library\n"));

        // Only import creates a library: a mistyped name is not a new empty one.
        const QString missing = dir.filePath(u"missing.refmend"_s);
        for (const QString &command : {u"search"_s, u"history"_s, u"restore"_s, u"export"_s}) {
            const QString argument = command == "export"_L1 ? dir.filePath(u"out.ris"_s) : u"1"_s;
            const Run run = runCli({u"library"_s, command, argument, u"--db"_s, missing});
            QCOMPARE(run.exitCode, 1);
            QCOMPARE(run.err, u"refmend-cli: cannot open library %1: no such file\n"_s.arg(missing).toUtf8());
        }
        QVERIFY(!QFile::exists(missing));

        // A file that cannot be read adds nothing and fails; the other files are added.
        const QString db = dir.filePath(u"lib.refmend"_s);
        const Run partly = runCli({u"library"_s, u"import"_s, dir.filePath(u"absent.ris"_s),
                                   testData(u"cleanup/costa.enw"_s), u"--db"_s, db});
        QCOMPARE(partly.exitCode, 1);
        QVERIFY2(partly.err.contains("absent.ris: nothing added"), partly.err.constData());
        QVERIFY2(partly.out.contains("costa.enw: 7 records added to lib.refmend"), partly.out.constData());
        // Reading problems are printed as convert prints them (file:line:col: severity: message).
        const Run problems = runCli({u"library"_s, u"import"_s, testData(u"endnote/problems.enw"_s),
                                     u"--db"_s, db});
        const Run convert = runCli({u"convert"_s, testData(u"endnote/problems.enw"_s), u"-"_s,
                                    u"--to"_s, u"ris"_s});
        QList<QByteArray> diagnostics;
        for (const QByteArray &line : outputLines(convert.err)) {
            if (line.startsWith(testData(u"endnote/problems.enw"_s).toUtf8() + ':'))
                diagnostics.append(line);
        }
        QCOMPARE(diagnostics.size(), 4);
        QCOMPARE(outputLines(problems.err), diagnostics);
        QCOMPARE(problems.exitCode, 0);     // warnings only
        // A file with errors: what could be read is added, as convert writes it, but it fails.
        const Run errors = runCli({u"library"_s, u"import"_s, testData(u"ris/binary.ris"_s), u"--db"_s, db});
        QCOMPARE(errors.exitCode, 1);
        QVERIFY2(errors.err.contains("binary.ris:5:1: error: record holds NUL characters"), errors.err.constData());
        QVERIFY2(errors.out.contains("binary.ris: 3 records added to lib.refmend"), errors.out.constData());

        // A PostgreSQL server that is not there: a clear message, soon.
        QElapsedTimer timer;
        timer.start();
        const Run pg = runCli({u"library"_s, u"search"_s, u"x"_s, u"--db"_s,
                               u"postgresql://refmend:secret@127.0.0.1:1/none"_s});
        QCOMPARE(pg.exitCode, 1);
        QVERIFY2(pg.err.startsWith("refmend-cli: cannot open library postgresql://refmend@127.0.0.1:1/none: "),
                 pg.err.constData());
        QVERIFY2(!pg.err.contains("secret"), pg.err.constData());
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(Tst_Cli)
#include "tst_cli.moc"
