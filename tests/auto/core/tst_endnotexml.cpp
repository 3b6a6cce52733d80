#include "formats/csljsonreader.h"
#include "formats/csljsonwriter.h"
#include "formats/endnotexmlreader.h"
#include "formats/endnotexmlwriter.h"
#include "formats/fileio.h"
#include "formats/formatregistry.h"
#include "model/collection.h"

#include "testconfig.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

namespace {

Collection readText(const QString &text)
{
    Collection collection;
    EndNoteXmlReader().read(text, collection);
    return collection;
}

QString fixturePath(const QString &name)
{
    return QStringLiteral(REFMEND_TEST_DATA_DIR "/endnotexml/") + name;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString diagnosticsText(const Collection &collection)
{
    QStringList lines;
    for (const Diagnostic &d : collection.diagnostics)
        lines.append(d.toString(collection.sourcePath));
    return lines.join(u'\n');
}

QString valueAt(const Record &record, const QString &tag)
{
    for (const Field &field : record.fields) {
        if (field.tag == tag)
            return field.value;
    }
    return QString();
}

FieldKey keyAt(const Record &record, const QString &tag)
{
    for (const Field &field : record.fields) {
        if (field.tag == tag)
            return field.key;
    }
    return FieldKey::Count;
}

Field makeField(FieldKey key, const QString &value, const QString &tag = {})
{
    Field field;
    field.key = key;
    field.tag = tag;
    field.value = value;
    return field;
}

QString writeXml(const QList<Record> &records, QList<Diagnostic> *warnings = nullptr)
{
    return EndNoteXmlWriter().write(records, WriteOptions(), warnings);
}

//! The records with their source spans dropped: the writer then has to generate them.
QList<Record> withoutSources(QList<Record> records)
{
    for (Record &record : records) {
        if (!record.unparsed)
            record.source = SourceSpan();
    }
    return records;
}

QString firstDifference(const Record &a, const Record &b)
{
    if (a.type != b.type || a.sourceType != b.sourceType || a.unparsed != b.unparsed)
        return u"type %1 vs %2"_s.arg(a.sourceType, b.sourceType);
    for (qsizetype i = 0; i < qMax(a.fields.size(), b.fields.size()); ++i) {
        const Field fa = i < a.fields.size() ? a.fields.at(i) : Field();
        const Field fb = i < b.fields.size() ? b.fields.at(i) : Field();
        if (fa != fb)
            return u"field %1: [%2] %3 vs [%4] %5"_s.arg(i).arg(fa.tag, fa.value, fb.tag, fb.value);
    }
    for (int role = 0; role < int(PersonRole::Count); ++role) {
        if (a.persons(PersonRole(role)) != b.persons(PersonRole(role)))
            return u"persons in role %1"_s.arg(personRoleId(PersonRole(role)));
    }
    return QString();
}

QStringList corpusPaths(const QString &format, QHash<QString, int> *counts = nullptr)
{
    QStringList paths;
    QFile manifest(QStringLiteral(REFMEND_CORPUS_DIR "/MANIFEST.tsv"));
    if (!manifest.open(QIODevice::ReadOnly | QIODevice::Text))
        return paths;
    const QList<QByteArray> lines = manifest.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> columns = line.split('\t');
        if (columns.size() < 5 || columns.at(1) != format.toUtf8())
            continue;
        const QString path = QString::fromUtf8(columns.at(0));
        paths.append(path);
        if (counts)
            counts->insert(path, columns.at(4).toInt());
    }
    return paths;
}

// Corpus files that are not well-formed XML, and what is wrong with them.
const QHash<QString, QString> kMalformed = {
    // Text ("```", a Markdown fence) before the XML declaration: every record is still read.
    {u"endnote-xml/biblatex-csl-converter__library.xml"_s, u"not well-formed XML"_s},
};

} // namespace

class Tst_EndNoteXml : public QObject
{
    Q_OBJECT

private slots:
    // --- Reading -------------------------------------------------------------------------

    void shouldReadTheTypeAndThePeopleOfEachRole()
    {
        const Collection collection = readFile(fixturePath(u"styled.xml"_s));
        QCOMPARE(collection.formatId, u"endnote-xml"_s);
        QVERIFY2(!collection.hasErrors(), qPrintable(diagnosticsText(collection)));
        QCOMPARE(collection.records.size(), 2);
        const Record &record = collection.records.first();
        QCOMPARE(record.sourceFormat, u"endnote-xml"_s);
        QCOMPARE(record.sourceType, u"Journal Article"_s);
        QCOMPARE(record.type, RecordType::Article);
        QCOMPARE(record.line, 2);
        QCOMPARE(record.authors().size(), 2);
        QCOMPARE(record.authors().at(0).family, u"Berg"_s);
        QCOMPARE(record.authors().at(0).particle, u"van der"_s);
        QCOMPARE(record.authors().at(1).suffix, u"Jr."_s);
        QCOMPARE(record.persons(PersonRole::Editor).first().family, u"Editor"_s);
        QCOMPARE(record.persons(PersonRole::SeriesEditor).first().family, u"Series"_s);
        QCOMPARE(record.persons(PersonRole::Translator).first().family, u"Translator"_s);
        // A group RefMend has no role for is kept under its path.
        QCOMPARE(valueAt(record, u"contributors/translated-authors/author"_s), u"Autor, Übersetzt"_s);
    }

    void shouldMapElementPathsOntoFieldKeys_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<FieldKey>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("title") << u"titles/title"_s << FieldKey::Title
                               << u"Split E. coli runs & entities: café <tag>"_s;
        QTest::newRow("secondary-title") << u"titles/secondary-title"_s << FieldKey::ContainerTitle << u"Journal of Tests"_s;
        QTest::newRow("periodical full-title") << u"periodical/full-title"_s << FieldKey::ContainerTitle << u"Journal of Tests"_s;
        QTest::newRow("tertiary-title") << u"titles/tertiary-title"_s << FieldKey::SeriesTitle << u"Series of Tests"_s;
        QTest::newRow("short-title") << u"titles/short-title"_s << FieldKey::ShortTitle << u"Split runs"_s;
        QTest::newRow("alt-title") << u"titles/alt-title"_s << FieldKey::Other << u"J. Tests"_s;
        QTest::newRow("abbr-1") << u"periodical/abbr-1"_s << FieldKey::Other << u"J Tests"_s;
        QTest::newRow("pages") << u"pages"_s << FieldKey::Pages << u"45-67"_s;
        QTest::newRow("volume") << u"volume"_s << FieldKey::Volume << u"42"_s;
        QTest::newRow("number") << u"number"_s << FieldKey::Issue << u"4"_s;
        QTest::newRow("num-vols") << u"num-vols"_s << FieldKey::NumberOfVolumes << u"3"_s;
        QTest::newRow("edition") << u"edition"_s << FieldKey::Edition << u"2nd"_s;
        QTest::newRow("section") << u"section"_s << FieldKey::Section << u"Methods"_s;
        QTest::newRow("keyword") << u"keywords/keyword"_s << FieldKey::Keywords << u"testing"_s;
        QTest::newRow("year") << u"dates/year"_s << FieldKey::Year << u"2023"_s;
        QTest::newRow("pub-dates date") << u"dates/pub-dates/date"_s << FieldKey::Date << u"May 12"_s;
        QTest::newRow("pub-location") << u"pub-location"_s << FieldKey::PublisherPlace << u"New York"_s;
        QTest::newRow("publisher") << u"publisher"_s << FieldKey::Publisher << u"Test Press"_s;
        QTest::newRow("isbn") << u"isbn"_s << FieldKey::Isbn << u"1234-5678"_s;
        QTest::newRow("accession-num") << u"accession-num"_s << FieldKey::AccessionNumber << u"WOS:0001"_s;
        QTest::newRow("call-num") << u"call-num"_s << FieldKey::CallNumber << u"Q123 .T47"_s;
        QTest::newRow("electronic-resource-num") << u"electronic-resource-num"_s << FieldKey::Doi << u"10.1000/test.42"_s;
        QTest::newRow("abstract with a carriage return") << u"abstract"_s << FieldKey::Abstract << u"First line.\rSecond line."_s;
        QTest::newRow("label") << u"label"_s << FieldKey::Label << u"berg2023"_s;
        QTest::newRow("notes") << u"notes"_s << FieldKey::Note << u"A note"_s;
        QTest::newRow("research-notes") << u"research-notes"_s << FieldKey::Other << u"Research note"_s;
        QTest::newRow("remote-database-name") << u"remote-database-name"_s << FieldKey::Database << u"PubMed"_s;
        QTest::newRow("language") << u"language"_s << FieldKey::Language << u"English"_s;
        QTest::newRow("auth-address") << u"auth-address"_s << FieldKey::AuthorAddress << u"Leiden University"_s;
        QTest::newRow("related url, entities decoded") << u"urls/related-urls/url"_s << FieldKey::Url
                                                       << u"https://example.org/a?x=1&y=2"_s;
        QTest::newRow("pdf url") << u"urls/pdf-urls/url"_s << FieldKey::Other << u"internal-pdf://berg.pdf"_s;
        QTest::newRow("custom1") << u"custom1"_s << FieldKey::Other << u"Custom one"_s;
        QTest::newRow("custom7") << u"custom7"_s << FieldKey::Other << u"Custom seven"_s;
        QTest::newRow("database") << u"database"_s << FieldKey::Other << u"refs.enl"_s;
        QTest::newRow("rec-number") << u"rec-number"_s << FieldKey::Other << u"7"_s;
        QTest::newRow("foreign key") << u"foreign-keys/key"_s << FieldKey::Other << u"7"_s;
        QTest::newRow("an attribute") << u"foreign-keys/key@db-id"_s << FieldKey::Other << u"abc123"_s;
        QTest::newRow("the database's path") << u"database@path"_s << FieldKey::Other << u"C:\\refs.enl"_s;
    }

    void shouldMapElementPathsOntoFieldKeys()
    {
        QFETCH(QString, path);
        QFETCH(FieldKey, key);
        QFETCH(QString, value);
        const Record record = readFile(fixturePath(u"styled.xml"_s)).records.first();
        QCOMPARE(keyAt(record, path), key);
        QCOMPARE(valueAt(record, path), value);
    }

    void shouldJoinStyleRunsAndReadTextWithoutThem_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one run") << u"<style face=\"normal\" font=\"default\" size=\"100%\">One</style>"_s << u"One"_s;
        QTest::newRow("three runs") << u"<style face=\"normal\">A </style><style face=\"bold\">b</style><style face=\"normal\"> c</style>"_s
                                    << u"A b c"_s;
        QTest::newRow("runs on lines of their own")
                << u"\n  <style face=\"normal\">A</style>\n  <style face=\"italic\">b</style>\n"_s << u"Ab"_s;
        QTest::newRow("no run") << u"Plain &amp; simple"_s << u"Plain & simple"_s;
        QTest::newRow("a character reference") << u"<style>caf&#233;</style>"_s << u"café"_s;
        QTest::newRow("CDATA") << u"<![CDATA[a < b]]>"_s << u"a < b"_s;
        QTest::newRow("text wrapped by a pretty-printer") << u"A long\n        title"_s << u"A long title"_s;
    }

    void shouldJoinStyleRunsAndReadTextWithoutThem()
    {
        QFETCH(QString, title);
        QFETCH(QString, expected);
        const Collection collection = readText(
                u"<xml><records><record><titles><title>%1</title></titles></record></records></xml>"_s.arg(title));
        QVERIFY2(!collection.hasErrors(), qPrintable(diagnosticsText(collection)));
        QCOMPARE(collection.records.first().value(FieldKey::Title), expected);
    }

    void shouldKeepARefTypeNumberThatIsNotEndNotesOwn()
    {
        const Collection collection = readFile(fixturePath(u"styled.xml"_s));
        QVERIFY(valueAt(collection.records.at(0), u"ref-type"_s).isEmpty()); // 17 is EndNote's
        QCOMPARE(valueAt(collection.records.at(1), u"ref-type"_s), u"1"_s);   // Book is 6
        QCOMPARE(collection.records.at(1).type, RecordType::Book);
    }

    void shouldReadRecordsInsideWordCiteWrappers()
    {
        const Collection collection = readFile(fixturePath(u"cite-wrapper.xml"_s));
        QCOMPARE(collection.formatId, u"endnote-xml"_s);
        QCOMPARE(collection.records.size(), 2);
        QCOMPARE(collection.records.at(0).value(FieldKey::Title), u"Cited in Word"_s);
        QCOMPARE(collection.records.at(1).type, RecordType::Book);
        QVERIFY(!collection.hasErrors());
        // The citation's own <Author>, <Year> ... are not references; the user is told.
        QCOMPARE(collection.diagnostics.size(), 1);
        QCOMPARE(collection.diagnostics.first().severity, Severity::Info);
        QVERIFY(collection.diagnostics.first().message.contains(u"<DisplayText>"));
    }

    void shouldKeepTheRecordsAroundAMalformedOne()
    {
        const Collection collection = readFile(fixturePath(u"malformed.xml"_s));
        QCOMPARE(collection.records.size(), 5);
        const QList<bool> unparsed = {false, true, false, true, false};
        for (int i = 0; i < 5; ++i)
            QCOMPARE(collection.records.at(i).unparsed, unparsed.at(i));
        QCOMPARE(collection.records.at(2).value(FieldKey::Title), u"Third, fine again"_s);
        QCOMPARE(collection.records.at(4).value(FieldKey::Title), u"Fifth, fine"_s);

        // The broken record's own text, from its start tag to the next record.
        const Record &broken = collection.records.at(1);
        QVERIFY(broken.source.text().startsWith(u"<record>"));
        QVERIFY(broken.source.text().contains(u"</titel>"));
        QVERIFY(broken.fields.isEmpty());
        QCOMPARE(broken.line, 8);

        QCOMPARE(collection.diagnostics.size(), 2);
        const Diagnostic &mismatch = collection.diagnostics.at(0);
        QCOMPARE(mismatch.severity, Severity::Error);
        QCOMPARE(mismatch.recordIndex, 1);
        QCOMPARE(mismatch.line, 10);
        QVERIFY(mismatch.column > 30);
        const Diagnostic &entity = collection.diagnostics.at(1);
        QCOMPARE(entity.recordIndex, 3);
        QCOMPARE(entity.line, 18);
        QVERIFY(entity.message.contains(u"entity"));
    }

    void shouldKeepTheRecordsBeforeATruncation()
    {
        const Collection collection = readFile(fixturePath(u"truncated.xml"_s));
        QCOMPARE(collection.records.size(), 2);
        QCOMPARE(collection.records.at(0).value(FieldKey::Title), u"Complete"_s);
        QVERIFY(collection.records.at(1).unparsed);
        QVERIFY(collection.records.at(1).source.text().contains(u"Cut off"));
        QVERIFY(collection.hasErrors());
    }

    void shouldReadEveryRecordAfterJunkBeforeTheDeclaration()
    {
        const QString text = u"```<?xml version=\"1.0\"?>\n<xml><records>"
                             u"<record><titles><title>A</title></titles></record>\n"
                             u"<record><titles><title>B</title></titles></record>\n"
                             u"</records></xml>\n```\n"_s;
        const Collection collection = readText(text);
        QCOMPARE(collection.records.size(), 2);
        QCOMPARE(collection.records.at(1).value(FieldKey::Title), u"B"_s);
        QCOMPARE(collection.records.at(1).line, 3);
        QCOMPARE(collection.diagnostics.size(), 1);
        QCOMPARE(collection.diagnostics.first().severity, Severity::Error);
        QCOMPARE(collection.diagnostics.first().line, 1);
        // Saved, it is well-formed: the text that was not XML is left out.
        const QString saved = writeXml(collection.records);
        QVERIFY(!saved.contains(u"```"));
        QVERIFY(!readText(saved).hasErrors());
    }

    void shouldRefuseXmlThatIsNoCitationFormat()
    {
        const Collection collection = readFile(fixturePath(u"not-endnote.xml"_s));
        QVERIFY(collection.records.isEmpty());
        QVERIFY(collection.hasErrors());
        QVERIFY2(collection.diagnostics.last().message.contains(u"not a supported citation format"),
                 qPrintable(diagnosticsText(collection)));
        QVERIFY(collection.diagnostics.last().message.contains(u"<PubmedArticleSet>"));
    }

    void shouldTellEndNoteXmlFromModsAndOtherXml_data()
    {
        QTest::addColumn<QString>("head");
        QTest::addColumn<QString>("format");
        QTest::newRow("EndNote XML") << u"<?xml version=\"1.0\"?>\n<xml>\n <records>\n  <record>"_s << u"endnote-xml"_s;
        QTest::newRow("EndNote XML on one line") << u"<xml><records><record><database"_s << u"endnote-xml"_s;
        QTest::newRow("records without xml") << u"<records><record><ref-type name=\"Book\">"_s << u"endnote-xml"_s;
        QTest::newRow("Word's EndNote citations") << u"<EndNote><Cite><Author>A</Author><record><ref-type name=\"Book\">6</ref-type>"_s
                                                   << u"endnote-xml"_s;
        QTest::newRow("MODS collection") << u"<?xml version=\"1.0\"?>\n<modsCollection xmlns=\"http://www.loc.gov/mods/v3\">"_s
                                         << u"mods"_s;
        QTest::newRow("a MODS record with a prefix") << u"<mods:mods xmlns:mods=\"http://www.loc.gov/mods/v3\">"_s << u"mods"_s;
        QTest::newRow("PubMed XML") << QString::fromUtf8(fileBytes(fixturePath(u"not-endnote.xml"_s))) << QString();
        QTest::newRow("some other XML") << u"<?xml version=\"1.0\"?><!-- a comment --><catalog><book/></catalog>"_s << QString();
    }

    void shouldTellEndNoteXmlFromModsAndOtherXml()
    {
        QFETCH(QString, head);
        QFETCH(QString, format);
        const FormatInfo *detected = FormatRegistry::instance().detect(head, QString());
        QCOMPARE(detected ? detected->id : QString(), format);
    }

    void shouldNotTakeTheCorpusPubMedFilesForEndNoteXmlOrMods()
    {
        const QDir other(QStringLiteral(REFMEND_CORPUS_DIR "/other"));
        const QStringList files = other.entryList({u"*.xml"_s, u"*.bltxml"_s}, QDir::Files);
        if (files.isEmpty())
            QSKIP("corpus not found: set REFMEND_SHARED_DIR to the folder holding corpus/");
        for (const QString &name : files) {
            const Collection collection = readFile(other.filePath(name));
            QVERIFY2(collection.formatId != "mods"_L1, qPrintable(name));
            QVERIFY2(collection.records.isEmpty(), qPrintable(name));
            QVERIFY2(collection.hasErrors(), qPrintable(name));
        }
    }

    // --- Writing -------------------------------------------------------------------------

    void shouldWriteStandardEndNoteXml()
    {
        Record record;
        record.type = RecordType::Article;
        Person author;
        author.family = u"Müller"_s;
        author.given = u"Jürgen"_s;
        record.personsRef(PersonRole::Author).append(author);
        record.fields.append(makeField(FieldKey::Title, u"Fish & <chips>"_s));
        record.fields.append(makeField(FieldKey::ContainerTitle, u"Journal"_s));
        record.fields.append(makeField(FieldKey::Year, u"2013"_s));
        record.fields.append(makeField(FieldKey::Doi, u"10.1000/x"_s));
        const QString xml = writeXml({record});
        QVERIFY(xml.startsWith(u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xml>\n  <records>\n    <record>"));
        QVERIFY(xml.contains(u"<ref-type name=\"Journal Article\">17</ref-type>"));
        QVERIFY(xml.contains(u"<contributors>\n        <authors>\n          <author><style face=\"normal\" font=\"default\" size=\"100%\">Müller, Jürgen</style></author>"));
        QVERIFY(xml.contains(u"<title><style face=\"normal\" font=\"default\" size=\"100%\">Fish &amp; &lt;chips&gt;</style></title>"));
        QVERIFY(xml.contains(u"<secondary-title><style face=\"normal\" font=\"default\" size=\"100%\">Journal</style></secondary-title>"));
        QVERIFY(xml.contains(u"<electronic-resource-num>"));
        QVERIFY(xml.endsWith(u"</record>\n  </records>\n</xml>\n"));

        const Collection back = readText(xml);
        QVERIFY(!back.hasErrors());
        QCOMPARE(back.records.first().value(FieldKey::Title), u"Fish & <chips>"_s);
        QCOMPARE(back.records.first().authors().first().given, u"Jürgen"_s);
    }

    void shouldMarkInstitutionsWithEndNotesTrailingComma_data()
    {
        QTest::addColumn<QString>("literal");
        QTest::addColumn<QString>("written");
        QTest::newRow("reads like a person") << u"European Action Anticoag"_s << u"European Action Anticoag,"_s;
        QTest::newRow("ends in a full stop") << u"Library of Congress. Music Division."_s
                                              << u"Library of Congress. Music Division."_s;
        QTest::newRow("plainly an institution") << u"World Health Organization"_s << u"World Health Organization"_s;
    }

    void shouldMarkInstitutionsWithEndNotesTrailingComma()
    {
        QFETCH(QString, literal);
        QFETCH(QString, written);
        Record record;
        Person institution;
        institution.literal = literal;
        record.personsRef(PersonRole::Author).append(institution);
        const QString xml = writeXml({record});
        QVERIFY2(xml.contains(u"size=\"100%\">"_s + written + u"</style></author>"_s), qPrintable(xml));
        const Person back = readText(xml).records.first().authors().first();
        QCOMPARE(back.literal, literal);
        QVERIFY(back.family.isEmpty());
    }

    void shouldKeepCarriageReturnsAndLeaveOutControlCharacters()
    {
        Record record;
        record.fields.append(makeField(FieldKey::Abstract, u"One\rTwo\r\nThree\u0001"_s));
        QList<Diagnostic> warnings;
        const QString xml = writeXml({record}, &warnings);
        QVERIFY(xml.contains(u"One&#13;Two&#13;\nThree</style>"));
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(readText(xml).records.first().value(FieldKey::Abstract), u"One\rTwo\r\nThree"_s);
    }

    void shouldWriteFieldsWithoutAnElementIntoTheNotes()
    {
        Record record;
        record.sourceFormat = u"ris"_s;
        record.fields.append(makeField(FieldKey::Note, u"A real note"_s, u"N1"_s));
        record.fields.append(makeField(FieldKey::Other, u"Rating 4"_s, u"M3"_s));
        record.fields.append(makeField(FieldKey::Keywords, u"one\ntwo"_s, u"KW"_s));
        QList<Diagnostic> warnings;
        const Collection back = readText(writeXml({Record(), record}, &warnings));
        QCOMPARE(back.records.at(1).value(FieldKey::Note), u"A real note\nM3: Rating 4"_s);
        QCOMPARE(back.records.at(1).values(FieldKey::Keywords), (QStringList{u"one"_s, u"two"_s}));
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().recordIndex, 1);
        QVERIFY(warnings.first().message.contains(u"\"M3\""));
    }

    void shouldWriteAnUnchangedFileByteForByte_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("styled") << fixturePath(u"styled.xml"_s);
        QTest::newRow("Word's citations") << fixturePath(u"cite-wrapper.xml"_s);
        QTest::newRow("with broken records") << fixturePath(u"malformed.xml"_s);
        QTest::newRow("truncated") << fixturePath(u"truncated.xml"_s);
        for (const QString &path : corpusPaths(u"endnote-xml"_s))
            QTest::newRow(qPrintable(path.section(u'/', -1))) << QStringLiteral(REFMEND_CORPUS_DIR "/") + path;
    }

    void shouldWriteAnUnchangedFileByteForByte()
    {
        QFETCH(QString, path);
        const Collection collection = readFile(path);
        const QByteArray bytes = writeBytes(collection.records, u"endnote-xml"_s, WriteOptions::sameAs(collection));
        if (kMalformed.contains(path.section(u'/', -2))) {
            // Broken outside its records: written as a new, well-formed document instead.
            const Collection back = readBytes(bytes, path);
            QVERIFY2(!back.hasErrors(), qPrintable(diagnosticsText(back)));
            QCOMPARE(back.records.size(), collection.records.size());
            for (qsizetype i = 0; i < back.records.size(); ++i)
                QVERIFY(back.records.at(i) == collection.records.at(i));
            return;
        }
        QCOMPARE(bytes, fileBytes(path));
    }

    void shouldRewriteOnlyTheEditedRecord()
    {
        const QString path = fixturePath(u"malformed.xml"_s);
        Collection collection = readFile(path);
        const SourceSpan third = collection.records.at(2).source;
        collection.records[2].setValue(FieldKey::Title, u"Third, edited"_s);
        const QString text = writeXml(collection.records);
        // Everything else, the broken records included, is the file as it was.
        const QString original = QString::fromUtf8(fileBytes(path));
        QVERIFY(text.startsWith(original.left(third.start)));
        QVERIFY(text.endsWith(original.mid(third.end)));
        QVERIFY(text.contains(u"Second, broken</titel>"));
        const Collection back = readText(text);
        QCOMPARE(back.records.size(), 5);
        QCOMPARE(back.records.at(2).value(FieldKey::Title), u"Third, edited"_s);
        QCOMPARE(back.records.at(2).sourceType, u"Book"_s);
    }

    void shouldWriteTheRecordsOfADeletedFileStillAsAWholeDocument()
    {
        Collection collection = readFile(fixturePath(u"styled.xml"_s));
        collection.records.removeFirst();
        const QString text = writeXml(collection.records);
        QVERIFY(text.startsWith(u"<?xml"));
        const Collection back = readText(text);
        QVERIFY(!back.hasErrors());
        QCOMPARE(back.records.size(), 1);
        QVERIFY(back.records.first() == collection.records.first());
    }

    void shouldGenerateEveryRecordBackToAnEqualRecord_data()
    {
        shouldWriteAnUnchangedFileByteForByte_data();
    }

    void shouldGenerateEveryRecordBackToAnEqualRecord()
    {
        QFETCH(QString, path);
        const Collection first = readFile(path);
        QList<Diagnostic> warnings;
        const Collection second = readText(writeXml(withoutSources(first.records), &warnings));
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.isEmpty() ? QString() : warnings.first().message));
        QCOMPARE(second.records.size(), first.records.size());
        for (qsizetype i = 0; i < first.records.size(); ++i) {
            QVERIFY2(first.records.at(i) == second.records.at(i),
                     qPrintable(u"record %1: %2"_s.arg(i).arg(firstDifference(first.records.at(i), second.records.at(i)))));
        }
    }

    void shouldKeepWhatBothFormatsExpressThroughCslJson()
    {
        const Collection xml = readFile(fixturePath(u"styled.xml"_s));
        QList<Diagnostic> toCsl;
        Collection csl;
        CslJsonReader().read(CslJsonWriter().write(xml.records, WriteOptions(), &toCsl), csl);
        QList<Diagnostic> toXml;
        const Collection back = readText(writeXml(csl.records, &toXml));
        QVERIFY(toXml.isEmpty());
        QVERIFY(!toCsl.isEmpty()); // custom1, rec-number ...: listed, and kept in the note
        const Record &before = xml.records.first();
        const Record &after = back.records.first();
        for (FieldKey key : {FieldKey::Title, FieldKey::ShortTitle, FieldKey::ContainerTitle,
                             FieldKey::SeriesTitle, FieldKey::Year, FieldKey::Volume, FieldKey::Issue,
                             FieldKey::Pages, FieldKey::Edition, FieldKey::Publisher,
                             FieldKey::PublisherPlace, FieldKey::Doi, FieldKey::Url, FieldKey::Abstract,
                             FieldKey::Isbn, FieldKey::Language, FieldKey::Label, FieldKey::CallNumber,
                             FieldKey::Section, FieldKey::NumberOfVolumes, FieldKey::Database}) {
            QCOMPARE(after.value(key), before.value(key));
        }
        QCOMPARE(after.type, before.type);
        for (int role = 0; role < int(PersonRole::Count); ++role) {
            const PersonList a = before.persons(PersonRole(role));
            const PersonList b = after.persons(PersonRole(role));
            QCOMPARE(b.size(), a.size());
            for (qsizetype i = 0; i < a.size(); ++i)
                QVERIFY(a.at(i).sameName(b.at(i)));
        }
        // What CSL-JSON has no variable for travelled in the note.
        QVERIFY(after.value(FieldKey::Note).contains(u"custom1: Custom one"));
        QVERIFY(after.value(FieldKey::Note).contains(u"A note"));
    }

    // --- The corpus ----------------------------------------------------------------------

    void shouldReadEveryCorpusFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("records");
        QTest::addColumn<QString>("error");
        QHash<QString, int> counts;
        const QStringList paths = corpusPaths(u"endnote-xml"_s, &counts);
        if (paths.isEmpty())
            QSKIP("corpus not found: set REFMEND_SHARED_DIR to the folder holding corpus/");
        // MANIFEST.tsv's counts agree with the <record> elements of each file (grep -c).
        for (const QString &path : paths) {
            QTest::newRow(qPrintable(path.section(u'/', -1)))
                    << QStringLiteral(REFMEND_CORPUS_DIR "/") + path << counts.value(path)
                    << kMalformed.value(path);
        }
    }

    void shouldReadEveryCorpusFile()
    {
        QFETCH(QString, path);
        QFETCH(int, records);
        QFETCH(QString, error);
        const Collection collection = readFile(path);
        QCOMPARE(collection.formatId, u"endnote-xml"_s);
        QCOMPARE(collection.records.size(), records);
        if (error.isEmpty()) {
            QVERIFY2(!collection.hasErrors(), qPrintable(diagnosticsText(collection)));
        } else {
            QVERIFY(collection.hasErrors());
            QVERIFY(diagnosticsText(collection).contains(error));
        }
        for (const Record &record : collection.records) {
            QVERIFY(!record.unparsed);
            QVERIFY(record.line > 0);
            QVERIFY(!record.sourceType.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(Tst_EndNoteXml)
#include "tst_endnotexml.moc"
