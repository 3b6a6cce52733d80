// Runs the real refmend-cli executable on real files and checks what it writes.
#include "testconfig.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

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

} // namespace

class Tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        if (QTest::currentTestFunction() != QByteArray("shouldPrintVersionAndHelp")
            && QTest::currentTestFunction() != QByteArray("shouldRejectBadUsageWithoutCrashing")
            && !QFile::exists(seedPath()))
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
        // The acceptance run, at a size fit for a unit test: the seed followed by
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
};

QTEST_GUILESS_MAIN(Tst_Cli)
#include "tst_cli.moc"
