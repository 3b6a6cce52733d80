#include "formats/fileio.h"
#include "formats/formatregistry.h"

#include "testconfig.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

class Tst_FormatRegistry : public QObject
{
    Q_OBJECT

private slots:
    void shouldFindFormatsByIdOrAlias_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("id");
        QTest::newRow("endnote") << u"endnote"_s << u"endnote"_s;
        QTest::newRow("refer") << u"refer"_s << u"endnote"_s;
        QTest::newRow("enw, upper case") << u"ENW"_s << u"endnote"_s;
        QTest::newRow("csl-json") << u"csl-json"_s << u"csl-json"_s;
        QTest::newRow("json") << u"json"_s << u"csl-json"_s;
        QTest::newRow("csljson") << u"CslJson"_s << u"csl-json"_s;
        QTest::newRow("csl") << u"csl"_s << u"csl-json"_s;
        QTest::newRow("csv") << u"csv"_s << u"csv"_s;
        QTest::newRow("unknown") << u"ris-ish"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void shouldFindFormatsByIdOrAlias()
    {
        QFETCH(QString, name);
        QFETCH(QString, id);
        const FormatInfo *format = FormatRegistry::instance().find(name);
        QCOMPARE(format ? format->id : QString(), id);
    }

    void shouldOfferReadersAndWritersAsDeclared()
    {
        const FormatRegistry &registry = FormatRegistry::instance();
        QVERIFY(registry.find(u"endnote")->makeReader);
        QVERIFY(registry.find(u"endnote")->makeWriter);
        QVERIFY(registry.find(u"csl-json")->makeReader);
        QVERIFY(registry.find(u"csl-json")->makeWriter);
        // Every format of the issue reads and writes, but MODS (read) and CSV (write).
        for (const char *id : {"ris", "bibtex", "medline", "wos", "endnote-xml"}) {
            const FormatInfo *format = registry.find(QString::fromLatin1(id));
            QVERIFY2(format && format->makeReader && format->makeWriter, id);
        }
        QVERIFY(registry.find(u"mods")->makeReader);
        QVERIFY(!registry.find(u"csv")->makeReader);
        QVERIFY(registry.find(u"csv")->makeWriter);
        QCOMPARE(registry.find(u"endnote")->extensions.first(), u"enw"_s);
    }

    void shouldDetectByContentBeforeExtension_data()
    {
        QTest::addColumn<QString>("head");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("reason");
        const QString endNote = u"%0 Journal Article\n%A Doe, Jane\n%T Title\n"_s;
        QTest::newRow("EndNote named .json") << endNote << u"refs.json"_s << u"endnote"_s << u"content looks like EndNote tagged"_s;
        QTest::newRow("EndNote without extension") << endNote << u"refs"_s << u"endnote"_s << u"content looks like EndNote tagged"_s;
        QTest::newRow("EndNote starting with %T") << u"%T Title\n%0 Book\n"_s << u"x.dat"_s << u"endnote"_s << u"content looks like EndNote tagged"_s;
        QTest::newRow("EndNote after a BOM and blank lines") << u"\uFEFF\n\n%A Doe\n"_s << u"x"_s << u"endnote"_s << u"content looks like EndNote tagged"_s;
        QTest::newRow("flattened EndNote") << u"%0 Journal Article %T x %A y"_s << u"x.bin"_s << u"endnote"_s << u"content looks like EndNote tagged"_s;
        QTest::newRow("CSL-JSON named .enw") << u"[\n  {\"id\": \"a\"}\n]"_s << u"refs.enw"_s << u"csl-json"_s << u"content looks like CSL-JSON"_s;
        QTest::newRow("JSON object") << u"  {\"items\": []}"_s << u"x"_s << u"csl-json"_s << u"content looks like CSL-JSON"_s;
        QTest::newRow("unknown content, .enw") << u"hello"_s << u"/tmp/refs.enw"_s << u"endnote"_s << u"by extension .enw"_s;
        QTest::newRow("unknown content, .TXT") << u"hello"_s << u"REFS.TXT"_s << u"endnote"_s << u"by extension .TXT"_s;
        QTest::newRow("empty, .ref") << QString() << u"a.ref"_s << u"endnote"_s << u"by extension .ref"_s;
        QTest::newRow("unknown content, .csv") << u"a,b"_s << u"a.csv"_s << u"csv"_s << u"by extension .csv"_s;
        QTest::newRow("nothing known") << u"hello"_s << u"a.xyz"_s << QString() << u"extension .xyz is not known"_s;
    }

    void shouldDetectByContentBeforeExtension()
    {
        QFETCH(QString, head);
        QFETCH(QString, fileName);
        QFETCH(QString, id);
        QFETCH(QString, reason);
        QString why;
        const FormatInfo *format = FormatRegistry::instance().detect(head, fileName, &why);
        QCOMPARE(format ? format->id : QString(), id);
        QVERIFY2(why.contains(reason), qPrintable(why));
    }

    void shouldFindFormatsByExtension()
    {
        const FormatRegistry &registry = FormatRegistry::instance();
        for (const char *suffix : {"enw", "txt", "ref", "enl", ".ENW"})
            QCOMPARE(registry.forExtension(QString::fromLatin1(suffix))->id, u"endnote"_s);
        QCOMPARE(registry.forExtension(u"json")->id, u"csl-json"_s);
        QVERIFY(!registry.forExtension(u"xyz"));
        QVERIFY(!registry.forExtension(u""));
    }

    void shouldBuildFileDialogFilters()
    {
        const FormatRegistry &registry = FormatRegistry::instance();
        const QString open = registry.fileDialogFilter(false);
        QVERIFY(open.contains(u"EndNote tagged (Refer) (*.enw *.txt *.ref *.enl)"));
        QVERIFY(!open.contains(u"*.csv"));
        QVERIFY(open.endsWith(u"All files (*)"));
        QVERIFY(open.startsWith(u"All citation files ("));
        const QString save = registry.fileDialogFilter(true);
        int writers = 0;
        for (const FormatInfo &format : registry.formats())
            writers += format.makeWriter ? 1 : 0;
        QCOMPARE(save.split(u";;"_s).size(), writers);
        QVERIFY(save.contains(u"CSV (*.csv)"));
        QVERIFY(save.contains(u"CSL-JSON (*.json)"));
    }

    void shouldReportAFileOfUnknownFormatNamingWhatWasSeen()
    {
        const Collection collection = readBytes("just some words\nand more", u"notes.xyz"_s);
        QVERIFY(collection.records.isEmpty());
        QVERIFY(collection.hasErrors());
        const QString message = collection.diagnostics.last().message;
        QVERIFY2(message.contains(u"notes.xyz") && message.contains(u"just some words"), qPrintable(message));
    }

    void shouldReportAFormatThatCannotBeRead()
    {
        const Collection collection = readBytes("a,b\n1,2\n", u"refs.csv"_s);
        QVERIFY(collection.hasErrors());
        QCOMPARE(collection.formatId, u"csv"_s);
        QVERIFY(collection.diagnostics.last().message.contains(u"refs.csv"));
    }

    void shouldReportAMissingFileWithoutCrashing()
    {
        const QString path = QStringLiteral(REFMEND_TEST_DATA_DIR "/endnote/does-not-exist.enw");
        const Collection collection = readFile(path);
        QVERIFY(collection.records.isEmpty());
        QCOMPARE(collection.diagnostics.size(), 1);
        QCOMPARE(collection.diagnostics.first().severity, Severity::Error);
        QVERIFY(collection.diagnostics.first().message.startsWith(u"cannot open "_s + path + u": "_s));
    }

    void shouldHonourAForcedFormat()
    {
        const Collection forced = readBytes("[not json\n%T Title\n", u"x.json"_s, {u"refer"_s, {}});
        QVERIFY(!forced.hasErrors());
        QCOMPARE(forced.formatId, u"endnote"_s);
        QCOMPARE(forced.records.size(), 1);

        const Collection unknown = readBytes("%T Title\n", u"x.enw"_s, {u"nope"_s, {}});
        QVERIFY(unknown.hasErrors());
    }

    void shouldSetEncodingPathAndIds()
    {
        const Collection collection = readBytes("%0 Book\n%T A\n\n%0 Book\n%T B\n", u"x.enw"_s);
        QCOMPARE(collection.formatId, u"endnote"_s);
        QCOMPARE(collection.sourcePath, u"x.enw"_s);
        QVERIFY(!collection.encoding.isEmpty());
        QCOMPARE(collection.records.size(), 2);
        QVERIFY(collection.records.at(0).id != 0);
        QVERIFY(collection.records.at(0).id != collection.records.at(1).id);
    }
};

QTEST_GUILESS_MAIN(Tst_FormatRegistry)
#include "tst_formatregistry.moc"
