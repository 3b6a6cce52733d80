// Every file of ../shared/corpus, whatever its format: it loads without crashing, no
// record is silently lost, and each collection survives being written in every format
// RefMend writes and read back.
#include "formats/fileio.h"
#include "formats/formatregistry.h"

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
};

// The corpus folders whose format RefMend reads, with the format the file must be read as.
const QHash<QString, QString> kFolderFormats{
    {u"endnote-refer"_s, u"endnote"_s}, {u"ris"_s, u"ris"_s},
    {u"bibtex"_s, u"bibtex"_s},         {u"csl-json"_s, u"csl-json"_s},
    {u"medline"_s, u"medline"_s},       {u"wos-isi"_s, u"wos"_s},
    {u"endnote-xml"_s, u"endnote-xml"_s}, {u"mods"_s, u"mods"_s},
};

int rawCount(const Collection &collection)
{
    int raw = 0;
    for (const Record &record : collection.records)
        raw += record.unparsed ? 1 : 0;
    return raw;
}

QStringList families(const Record &record)
{
    QStringList names;
    for (const Person &person : record.authors())
        names.append(person.isLiteral() ? person.literal : person.family);
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
            QVERIFY2(!back.hasErrors(),
                     qPrintable(u"%1 -> %2 reads back with errors: %3"_s.arg(
                             relative, format.id,
                             back.diagnostics.isEmpty() ? QString() : back.diagnostics.first().message)));
            // Unparsed records go into a note; everything else comes back one for one.
            QCOMPARE(back.records.size(), collection.records.size());
            for (int i = 0; i < collection.records.size(); ++i) {
                const Record &a = collection.records.at(i);
                const Record &b = back.records.at(i);
                if (a.unparsed)
                    continue;
                const QString where = u"%1 record %2 via %3"_s.arg(relative).arg(i + 1).arg(format.id);
                QVERIFY2(a.value(FieldKey::Title).simplified() == b.value(FieldKey::Title).simplified(),
                         qPrintable(where + u": title"_s));
                QVERIFY2(a.value(FieldKey::Doi) == b.value(FieldKey::Doi), qPrintable(where + u": DOI"_s));
                QVERIFY2(a.year() == b.year(), qPrintable(where + u": year"_s));
                QVERIFY2(families(a) == families(b), qPrintable(where + u": authors "_s
                                                               + families(a).join(u"; ")
                                                               + u" -> "_s + families(b).join(u"; ")));
            }
        }
    }

    void cleanupTestCase()
    {
        // The per-format figures quoted in the issue notes.
        for (auto it = m_loaded.cbegin(); it != m_loaded.cend(); ++it) {
            qInfo("%-12s %4d files, %6d records, %4d raw, %3d files with errors",
                  qPrintable(it.key()), it->files, it->records, it->raw, it->withErrors);
        }
        qInfo("%d files checked against an independent record count", m_countedFiles);
        if (!m_manifest.isEmpty())
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
