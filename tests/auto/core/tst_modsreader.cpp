#include "formats/csljsonreader.h"
#include "formats/csljsonwriter.h"
#include "formats/fileio.h"
#include "formats/modsreader.h"
#include "model/collection.h"

#include "testconfig.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

namespace {

Collection readText(const QString &text)
{
    Collection collection;
    ModsReader().read(text, collection);
    return collection;
}

Collection readFixture(const QString &name)
{
    return readFile(QStringLiteral(REFMEND_TEST_DATA_DIR "/mods/") + name);
}

QString diagnosticsText(const Collection &collection)
{
    QStringList lines;
    for (const Diagnostic &d : collection.diagnostics)
        lines.append(d.toString(collection.sourcePath));
    return lines.join(u'\n');
}

//! "key [tag] value" for each field, to compare with a few expected lines.
QStringList fieldLines(const Record &record)
{
    QStringList lines;
    for (const Field &field : record.fields)
        lines.append(u"%1 [%2] %3"_s.arg(fieldKeyId(field.key), field.tag, field.value));
    return lines;
}

QStringList names(const PersonList &persons)
{
    QStringList result;
    for (const Person &person : persons)
        result.append(person.displayName());
    return result;
}

} // namespace

class Tst_ModsReader : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadACollectionWithANamespacePrefix()
    {
        const Collection collection = readFixture(u"collection.xml"_s);
        QCOMPARE(collection.formatId, u"mods"_s);
        QVERIFY2(!collection.hasErrors(), qPrintable(diagnosticsText(collection)));
        QCOMPARE(collection.records.size(), 3);
        QCOMPARE(collection.records.at(0).line, 3);
        for (const Record &record : collection.records)
            QCOMPARE(record.sourceFormat, u"mods"_s);
    }

    void shouldReadASingleModsRecord()
    {
        const Collection collection = readFixture(u"single.xml"_s);
        QCOMPARE(collection.formatId, u"mods"_s);
        QCOMPARE(collection.records.size(), 1);
        const Record &record = collection.records.first();
        QCOMPARE(record.value(FieldKey::Title), u"A book on its own"_s);
        // No genre, but a monographic text: a book.
        QCOMPARE(record.type, RecordType::Book);
        QCOMPARE(record.sourceType, u"text"_s);
        QCOMPARE(record.value(FieldKey::Year), u"1999"_s);
        QCOMPARE(record.value(FieldKey::Date), u"c1999"_s);
    }

    void shouldMapEachConstruct_data()
    {
        QTest::addColumn<int>("record");
        QTest::addColumn<QString>("line");
        const auto row = [](const char *name, int record, const QString &line) {
            QTest::newRow(name) << record << line;
        };
        row("title with nonSort and subTitle", 0, u"title [titleInfo/title] The Particles of names: a study"_s);
        row("abbreviated title", 0, u"title-short [titleInfo[abbreviated]/title] Particles"_s);
        row("alternative title", 0, u"other [titleInfo[alternative]/title] Name particles"_s);
        row("affiliation", 0, u"author-address [name[personal]/affiliation] Leiden University"_s);
        row("a role RefMend has no place for", 0, u"other [name[personal][ths]] Advisor, Ada"_s);
        row("dateIssued as year and date", 0, u"year [originInfo/dateIssued] 2013"_s);
        row("dateIssued in full", 0, u"date [originInfo/dateIssued] 2013-05-12"_s);
        row("language", 0, u"language [language/languageTerm[code]] eng"_s);
        row("abstract", 0, u"abstract [abstract] How names are written."_s);
        row("note", 0, u"note [note] Read twice."_s);
        row("topic as keyword", 0, u"keywords [subject/topic] particles"_s);
        row("other subjects kept", 0, u"other [subject/geographic] Netherlands"_s);
        row("host title", 0, u"container-title [relatedItem[host]/titleInfo/title] Journal of Names"_s);
        row("host publisher", 0, u"publisher [relatedItem[host]/originInfo/publisher] Name Press"_s);
        row("host place", 0, u"publisher-place [relatedItem[host]/originInfo/place/placeTerm[text]] Leiden"_s);
        row("host ISSN", 0, u"isbn [relatedItem[host]/identifier[issn]] 1234-5678"_s);
        row("volume", 0, u"volume [relatedItem[host]/part/detail[volume]/number] 12"_s);
        row("issue", 0, u"issue [relatedItem[host]/part/detail[issue]/number] 3"_s);
        row("pages from start and end", 0, u"pages [relatedItem[host]/part/extent[page]] 101-118"_s);
        row("DOI", 0, u"doi [identifier[doi]] 10.1000/names.2013"_s);
        row("PMID", 0, u"accession-number [identifier[pmid]] 12345678"_s);
        row("citekey", 0, u"label [identifier[citekey]] berg2013"_s);
        row("other identifiers", 0, u"other [identifier[lccn]] 2013000001"_s);
        row("location URL", 0, u"url [location/url] https://example.org/names"_s);
        row("a preview is no URL of the work", 0, u"other [location/url[preview]] https://example.org/thumb.png"_s);
        row("unknown elements under their path", 0, u"other [physicalDescription/extent] 18 p."_s);
        row("a host's date", 1, u"year [relatedItem[host]/originInfo/dateIssued] 2001"_s);
        row("a host's edition", 1, u"edition [relatedItem[host]/originInfo/edition] 3rd"_s);
        row("a host's ISBN", 1, u"isbn [relatedItem[host]/identifier[isbn]] 978-3-16-148410-0"_s);
        row("pages with unit pages", 1, u"pages [relatedItem[host]/part/extent[pages]] 5-27"_s);
        row("a series in the host", 1, u"collection-title [relatedItem[host]/relatedItem[series]/titleInfo/title] Series of Books"_s);
        row("a series volume is kept, not the volume",
            1, u"other [relatedItem[host]/relatedItem[series]/part/detail[volume]/number] 9"_s);
        row("a date in words", 2, u"date [originInfo/dateIssued] May 1999"_s);
        row("total pages", 2, u"other [part/extent[page]/total] 250"_s);
        row("an extension", 2, u"other [extension/custom] kept"_s);
    }

    void shouldMapEachConstruct()
    {
        QFETCH(int, record);
        QFETCH(QString, line);
        const Collection collection = readFixture(u"collection.xml"_s);
        const QStringList lines = fieldLines(collection.records.at(record));
        QVERIFY2(lines.contains(line), qPrintable(lines.join(u'\n')));
    }

    void shouldNotRepeatTheSameDateInAnotherEncoding()
    {
        const Record record = readFixture(u"collection.xml"_s).records.first();
        QCOMPARE(record.values(FieldKey::Year), QStringList{u"2013"_s});
        QVERIFY(record.indexOf(FieldKey::Other, u"originInfo/dateIssued[marc]") < 0);
    }

    void shouldReadNamesAndRoles()
    {
        const Collection collection = readFixture(u"collection.xml"_s);
        const Record &article = collection.records.at(0);
        QCOMPARE(names(article.authors()),
                 (QStringList{u"van der Berg, Jan"_s, u"Smith, John, Jr."_s, u"World Health Organization"_s}));
        QCOMPARE(article.authors().at(0).particle, u"van der"_s);
        QVERIFY(article.authors().at(2).isLiteral());
        QCOMPARE(names(article.persons(PersonRole::Translator)), QStringList{u"Doe, Jane"_s});

        const Record &chapter = collection.records.at(1);
        QCOMPARE(names(chapter.authors()), QStringList{u"Chapter, Carl"_s});
        QCOMPARE(names(chapter.persons(PersonRole::Editor)), QStringList{u"Editor, Eve"_s});
        QCOMPARE(names(collection.records.at(2).authors()), QStringList{u"Student, Sue"_s});
    }

    void shouldTellTheTypeFromGenreOrHost_data()
    {
        QTest::addColumn<int>("record");
        QTest::addColumn<RecordType>("type");
        QTest::addColumn<QString>("sourceType");
        QTest::newRow("genre") << 0 << RecordType::Article << u"journal article"_s;
        QTest::newRow("a monographic host") << 1 << RecordType::Chapter << QString();
        QTest::newRow("marcgt thesis") << 2 << RecordType::Thesis << u"thesis"_s;
    }

    void shouldTellTheTypeFromGenreOrHost()
    {
        QFETCH(int, record);
        QFETCH(RecordType, type);
        QFETCH(QString, sourceType);
        const Collection collection = readFixture(u"collection.xml"_s);
        QCOMPARE(collection.records.at(record).type, type);
        QCOMPARE(collection.records.at(record).sourceType, sourceType);
    }

    void shouldTakeAJournalHostForAnArticle()
    {
        const Collection collection = readText(
                u"<modsCollection xmlns=\"http://www.loc.gov/mods/v3\"><mods><titleInfo><title>T</title></titleInfo>"
                u"<relatedItem type=\"host\"><titleInfo><title>J</title></titleInfo>"
                u"<originInfo><issuance>continuing</issuance></originInfo></relatedItem></mods></modsCollection>"_s);
        QCOMPARE(collection.records.first().type, RecordType::Article);
    }

    void shouldKeepTheRecordsAroundAMalformedOne()
    {
        const Collection collection = readFixture(u"malformed.xml"_s);
        QCOMPARE(collection.records.size(), 3);
        QVERIFY(!collection.records.at(0).unparsed);
        QVERIFY(collection.records.at(1).unparsed);
        QVERIFY(collection.records.at(1).source.text().contains(u"Broken"));
        QCOMPARE(collection.records.at(2).value(FieldKey::Title), u"Fine again"_s);
        QCOMPARE(collection.diagnostics.size(), 1);
        QCOMPARE(collection.diagnostics.first().severity, Severity::Error);
        QCOMPARE(collection.diagnostics.first().line, 7);
        QCOMPARE(collection.diagnostics.first().recordIndex, 1);
    }

    void shouldSayWhenTheXmlIsNotMods()
    {
        const Collection endNote = readText(u"<xml><records><record/></records></xml>"_s);
        QVERIFY(endNote.records.isEmpty());
        QVERIFY(endNote.diagnostics.first().message.contains(u"EndNote XML"));
        const Collection other = readText(u"<PubmedArticleSet><PubmedArticle/></PubmedArticleSet>"_s);
        QVERIFY(other.diagnostics.first().message.contains(u"not a supported citation format"));
    }

    void shouldKeepTitleAuthorsYearAndDoiThroughCslJson()
    {
        const Record mods = readFixture(u"collection.xml"_s).records.first();
        Collection csl;
        CslJsonReader().read(CslJsonWriter().write({mods}, WriteOptions()), csl);
        const Record &back = csl.records.first();
        QCOMPARE(back.value(FieldKey::Title), mods.value(FieldKey::Title));
        QCOMPARE(back.year(), mods.year());
        QCOMPARE(back.value(FieldKey::Date), u"2013-05-12"_s);
        QCOMPARE(back.value(FieldKey::Doi), mods.value(FieldKey::Doi));
        QCOMPARE(back.value(FieldKey::ContainerTitle), mods.value(FieldKey::ContainerTitle));
        QCOMPARE(back.value(FieldKey::Pages), mods.value(FieldKey::Pages));
        QCOMPARE(names(back.authors()), names(mods.authors()));
        QCOMPARE(back.type, RecordType::Article);
    }

    void shouldReadEveryCorpusFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("records");
        QFile manifest(QStringLiteral(REFMEND_CORPUS_DIR "/MANIFEST.tsv"));
        if (!manifest.open(QIODevice::ReadOnly | QIODevice::Text))
            QSKIP("corpus not found: set REFMEND_SHARED_DIR to the folder holding corpus/");
        // MANIFEST.tsv's counts agree with the <mods> elements of each file (grep); the
        // minimal file's empty <mods> is one record with a warning.
        const QList<QByteArray> lines = manifest.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> columns = line.split('\t');
            if (columns.size() < 5 || columns.at(1) != "mods")
                continue;
            const QString path = QString::fromUtf8(columns.at(0));
            QTest::newRow(qPrintable(path.section(u'/', -1)))
                    << QStringLiteral(REFMEND_CORPUS_DIR "/") + path << columns.at(4).toInt();
        }
    }

    void shouldReadEveryCorpusFile()
    {
        QFETCH(QString, path);
        QFETCH(int, records);
        const Collection collection = readFile(path);
        QCOMPARE(collection.formatId, u"mods"_s);
        QVERIFY2(!collection.hasErrors(), qPrintable(diagnosticsText(collection)));
        QCOMPARE(collection.records.size(), records);
        for (const Record &record : collection.records)
            QVERIFY(!record.unparsed);
    }

    void shouldKeepTitleAuthorsYearAndDoiOfEveryCorpusRecordThroughCslJson_data()
    {
        shouldReadEveryCorpusFile_data();
    }

    void shouldKeepTitleAuthorsYearAndDoiOfEveryCorpusRecordThroughCslJson()
    {
        QFETCH(QString, path);
        const Collection mods = readFile(path);
        Collection csl;
        CslJsonReader().read(CslJsonWriter().write(mods.records, WriteOptions()), csl);
        QCOMPARE(csl.records.size(), mods.records.size());
        for (qsizetype i = 0; i < mods.records.size(); ++i) {
            const Record &before = mods.records.at(i);
            const Record &after = csl.records.at(i);
            QCOMPARE(after.value(FieldKey::Title), before.value(FieldKey::Title));
            QCOMPARE(after.year(), before.year());
            QCOMPARE(after.value(FieldKey::Doi), before.value(FieldKey::Doi));
            QCOMPARE(after.authors().size(), before.authors().size());
            for (qsizetype a = 0; a < before.authors().size(); ++a)
                QVERIFY(after.authors().at(a).sameName(before.authors().at(a)));
        }
    }
};

QTEST_GUILESS_MAIN(Tst_ModsReader)
#include "tst_modsreader.moc"
