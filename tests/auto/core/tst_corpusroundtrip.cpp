// Every file of ../shared/corpus, whatever its format: it loads without crashing, no
// record is silently lost, and each collection survives being written in every format
// RefMend writes and read back.
#include "formats/fileio.h"
#include "formats/formatregistry.h"
#include "text/textfold.h"

#include "testconfig.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

namespace {

struct ManifestRow {
    QString folder;
    int records = -1;
    QString notes;
};

//! path (relative to the corpus) -> row of MANIFEST.tsv.
QHash<QString, ManifestRow> readManifest()
{
    QHash<QString, ManifestRow> rows;
    QFile file(QStringLiteral(REFMEND_CORPUS_DIR "/MANIFEST.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    file.readLine(); // header
    while (!file.atEnd()) {
        const QStringList cells = QString::fromUtf8(file.readLine()).trimmed().split(u'\t');
        if (cells.size() < 5)
            continue;
        ManifestRow row;
        row.folder = cells.at(1);
        bool ok = false;
        row.records = cells.at(4).toInt(&ok);
        if (!ok)
            row.records = -1;
        row.notes = cells.value(6);
        rows.insert(cells.at(0), row);
    }
    return rows;
}

// Where MANIFEST.tsv's count is wrong, the count established by reading the file, and why.
struct CountOverride {
    const char *path;
    int records;
    const char *why;
};
const CountOverride kCountOverrides[] = {
    {"endnote-refer/colrev__ais_enl.txt", 6,
     "six blank-line separated records; four have no %0 line, MANIFEST counted the two with one"},
    {"endnote-refer/colrev__enl_data.enl", 3,
     "three blank-line separated records; MANIFEST counted the two with a %0 line"},
    {"ris/jabref__RisImporterCorrupted.ris", 1,
     "one record with no TY line, closed by ER: read with a warning, not dropped"},
    {"medline/jabref__MedlinePlainImporterTestMultipleEntries.txt", 7,
     "seven blank-line separated records; MANIFEST counted the PMID lines"},
    {"bibtex/jabref__encoding-utf-16BE-with-header.bib", 1,
     "one @article{, ...} with an empty key, in UTF-16BE; MANIFEST's counter did not decode it"},
    {"bibtex/jabref__encoding-utf-16BE-without-header.bib", 1,
     "one @article{, ...} with an empty key, in UTF-16BE; MANIFEST's counter did not decode it"},
    {"bibtex/jabref__encodingWithoutNewline.bib", 1,
     "@article{testArticle} after the header on the same line; MANIFEST missed it"},
    {"bibtex/zotero-better-bibtex__web_page and other mendeley idiocy.bib", 512,
     "512 entries counted by the BibTeX reader's author (465 start a line; the rest follow "
     "other text on their line); MANIFEST counted line starts"},
};

// The corpus folders whose format RefMend reads, with the format the file must be read as.
const QHash<QString, QString> kFolderFormats{
    {u"endnote-refer"_s, u"endnote"_s}, {u"ris"_s, u"ris"_s},
    {u"bibtex"_s, u"bibtex"_s},         {u"csl-json"_s, u"csl-json"_s},
    {u"medline"_s, u"medline"_s},       {u"wos-isi"_s, u"wos"_s},
    {u"endnote-xml"_s, u"endnote-xml"_s}, {u"mods"_s, u"mods"_s},
};

int errorCount(const Collection &collection)
{
    return int(std::count_if(collection.diagnostics.cbegin(), collection.diagnostics.cend(),
                             [](const Diagnostic &d) { return d.severity == Severity::Error; }));
}

int rawCount(const Collection &collection)
{
    int raw = 0;
    for (const Record &record : collection.records)
        raw += record.unparsed ? 1 : 0;
    return raw;
}

// The words of each name, folded and sorted: a format that cannot mark a particle, suffix
// or institution ("Gillette, Howard Jr", "{Hen Dotan, Nripan Mathews}" in RIS) may split a
// name differently when it is read back, but it must not lose or change any of its words.
// With \a groupsLast, the people first and then the institutions, for a format that keeps
// them in separate tags (Web of Science's AU and CA) and has said so in a warning.
QStringList families(const Record &record, bool groupsLast = false)
{
    QStringList names;
    QStringList groups;
    for (const Person &person : record.authors()) {
        QString text = foldForSearch(person.naturalName());
        text.remove(u',');
        QStringList words = text.split(u' ', Qt::SkipEmptyParts);
        words.sort();
        (groupsLast && person.isLiteral() ? groups : names).append(words.join(u' '));
    }
    return names + groups;
}

// Every part of every name, for formats that mark them (CSL-JSON's family, given,
// non-dropping-particle, suffix, literal).
QStringList nameParts(const Record &record)
{
    QStringList names;
    for (const Person &person : record.authors()) {
        names.append(QStringList{person.family, person.given, person.particle, person.suffix,
                                 person.literal}.join(u'|'));
    }
    return names;
}

} // namespace

class Tst_CorpusRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QDir(QStringLiteral(REFMEND_CORPUS_DIR)).exists())
            QSKIP("../shared/corpus is not beside this checkout; corpus tests skipped");
        m_manifest = readManifest();
        QVERIFY2(m_manifest.size() > 700, "MANIFEST.tsv lists the corpus");
    }

    void everyFileShouldLoadWithoutLosingRecords_data()
    {
        QTest::addColumn<QString>("relative");
        for (auto it = m_manifest.cbegin(); it != m_manifest.cend(); ++it)
            QTest::newRow(qPrintable(it.key())) << it.key();
    }

    void everyFileShouldLoadWithoutLosingRecords()
    {
        QFETCH(QString, relative);
        const ManifestRow row = m_manifest.value(relative);
        const QString path = QStringLiteral(REFMEND_CORPUS_DIR "/") + relative;
        const Collection collection = readFile(path); // detection, as a user opens it

        const QString expectedFormat = kFolderFormats.value(row.folder);
        if (expectedFormat.isEmpty()) {
            // A format RefMend does not read: either some reader takes it, or a clear error.
            if (collection.records.isEmpty()) {
                QVERIFY2(collection.hasErrors() || row.records == 0,
                         qPrintable(relative + u": no records and no error"_s));
            }
            return;
        }
        QVERIFY2(collection.formatId == expectedFormat,
                 qPrintable(u"%1 detected as \"%2\""_s.arg(relative, collection.formatId)));

        int expected = row.records;
        for (const CountOverride &o : kCountOverrides) {
            if (relative == QLatin1StringView(o.path))
                expected = o.records;
        }
        if (expected >= 0) {
            // Records read and records kept raw add up to the records in the file.
            QVERIFY2(collection.records.size() == expected,
                     qPrintable(u"%1: %2 records (%3 raw), MANIFEST says %4"_s.arg(relative)
                                        .arg(collection.records.size()).arg(rawCount(collection))
                                        .arg(expected)));
            ++m_countedFiles;
        }
        m_loaded[expectedFormat].files += 1;
        m_loaded[expectedFormat].records += int(collection.records.size());
        m_loaded[expectedFormat].raw += rawCount(collection);
        if (collection.hasErrors())
            m_loaded[expectedFormat].withErrors += 1;
    }

    void collectionsShouldSurviveEveryWriterAndReadBack_data()
    {
        everyFileShouldLoadWithoutLosingRecords_data();
    }

    void collectionsShouldSurviveEveryWriterAndReadBack()
    {
        QFETCH(QString, relative);
        const ManifestRow row = m_manifest.value(relative);
        if (!kFolderFormats.contains(row.folder))
            QSKIP("a format RefMend does not read");
        const Collection collection = readFile(QStringLiteral(REFMEND_CORPUS_DIR "/") + relative);
        if (collection.records.isEmpty())
            QSKIP("no records");

        QStringList unexpected;
        for (const FormatInfo &format : FormatRegistry::instance().formats()) {
            if (!format.makeWriter)
                continue;
            WriteOptions options;
            WriteResult result;
            const QByteArray bytes = writeBytes(collection.records, format.id, options, &result);
            QVERIFY2(result.ok, qPrintable(format.id + u": "_s + result.error));
            if (!format.makeReader)
                continue;
            ReadFileOptions readOptions;
            readOptions.formatId = format.id;
            const Collection back = readBytes(bytes, relative, readOptions);
            QStringList problems;
            // A record that could not be read is written back as it was (in BibTeX and BibLaTeX)
            // and gives the same error again; any other error is new.
            if (errorCount(back) > errorCount(collection)) {
                problems.append(u"reads back with errors: "_s
                                + (back.diagnostics.isEmpty() ? QString() : back.diagnostics.first().message));
            }
            if (back.records.size() != collection.records.size()) {
                problems.append(u"%1 records read back, %2 written"_s.arg(back.records.size())
                                        .arg(collection.records.size()));
            }
            // What the writer said it could not carry, per record.
            QHash<int, QSet<QString>> announced;
            for (const Diagnostic &warning : std::as_const(result.warnings)) {
                if (!warning.field.isEmpty())
                    announced[warning.recordIndex].insert(warning.field);
            }
            for (int i = 0; i < collection.records.size() && i < back.records.size(); ++i) {
                const Record &a = collection.records.at(i);
                const Record &b = back.records.at(i);
                if (a.unparsed)
                    continue; // written as a note; nothing to compare field by field
                const QString where = u"record %1: "_s.arg(i + 1);
                if (a.value(FieldKey::Title).simplified() != b.value(FieldKey::Title).simplified())
                    problems.append(where + u"title"_s);
                if (a.value(FieldKey::Doi) != b.value(FieldKey::Doi))
                    problems.append(where + u"DOI"_s);
                if (a.year() != b.year())
                    problems.append(where + u"year"_s);
                if (format.id == u"csl-json"_s && nameParts(a) != nameParts(b)) {
                    problems.append(where + u"name parts "_s + nameParts(a).join(u"; ")
                                    + u" -> "_s + nameParts(b).join(u"; "));
                }
                const bool groupsLast = announced.value(i).contains(u"author order"_s);
                // A name the format cannot keep as one (WoS splits at ';'): no word may be lost.
                const bool wordsOnly = announced.value(i).contains(u"author names"_s);
                const auto allWords = [](const Record &r) {
                    QStringList words = families(r).join(u' ').remove(u';').split(u' ', Qt::SkipEmptyParts);
                    words.sort();
                    return words;
                };
                if (wordsOnly ? allWords(a) != allWords(b)
                              : families(a, groupsLast) != families(b, groupsLast)) {
                    problems.append(where + u"authors "_s + families(a, groupsLast).join(u"; ")
                                    + u" -> "_s + families(b, groupsLast).join(u"; "));
                }
            }
            for (const QString &problem : std::as_const(problems))
                unexpected.append(u"%1 via %2: %3"_s.arg(relative, format.id, problem));
        }
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u'\n').left(4000)));
    }

    void cleanupTestCase()
    {
        // The per-format figures quoted in the issue notes.
        for (auto it = m_loaded.cbegin(); it != m_loaded.cend(); ++it) {
            qInfo("%-12s %4d files, %6d records, %4d raw, %3d files with errors",
                  qPrintable(it.key()), it->files, it->records, it->raw, it->withErrors);
        }
        qInfo("%d files checked against an independent record count", m_countedFiles);
        if (!m_loaded.isEmpty())   // the loading test ran (not only the round trip)
            QVERIFY(m_countedFiles >= 40);
    }

private:
    struct Loaded {
        int files = 0;
        int records = 0;
        int raw = 0;
        int withErrors = 0;
    };
    QHash<QString, ManifestRow> m_manifest;
    QMap<QString, Loaded> m_loaded;
    int m_countedFiles = 0;
};

QTEST_GUILESS_MAIN(Tst_CorpusRoundTrip)
#include "tst_corpusroundtrip.moc"
