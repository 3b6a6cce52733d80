// Opening and saving a file in its own format without edits must write the same bytes;
// after an edit, the records nobody touched must still be written byte for byte.
#include "formats/fileio.h"
#include "formats/formatregistry.h"
#include "model/collection.h"

#include "testconfig.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace refmend;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The corpus folders whose files must come back byte for byte, with their format.
const std::pair<const char *, const char *> kFolders[] = {
    {"endnote-refer", "endnote"},
    {"ris", "ris"},
    {"bibtex", "bibtex"},
};

} // namespace

class Tst_ByteFidelity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QDir(QStringLiteral(REFMEND_CORPUS_DIR)).exists())
            QSKIP("../shared/corpus is not beside this checkout; byte-fidelity corpus tests skipped");
    }

    void shouldWriteAnUneditedFileBackByteForByte_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("formatId");
        for (const auto &[folder, format] : kFolders) {
            const QDir dir(QStringLiteral(REFMEND_CORPUS_DIR) + u'/' + QLatin1StringView(folder));
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
                QTest::newRow(qPrintable(QLatin1StringView(folder) + u'/' + name))
                        << dir.filePath(name) << QString::fromLatin1(format);
            }
        }
    }

    void shouldWriteAnUneditedFileBackByteForByte()
    {
        QFETCH(QString, path);
        QFETCH(QString, formatId);
        const FormatInfo *format = FormatRegistry::instance().find(formatId);
        if (!format || !format->makeReader || !format->makeWriter)
            QFAIL(qPrintable(u"no reader and writer for "_s + formatId));

        ReadFileOptions options;
        options.formatId = formatId;
        const Collection collection = readFile(path, options);
        if (collection.records.isEmpty())
            QSKIP("no records in this file: nothing is written");

        WriteResult result;
        const QByteArray written = writeBytes(collection.records, formatId,
                                              WriteOptions::sameAs(collection), &result);
        QVERIFY2(result.ok, qPrintable(result.error));
        const QByteArray original = fileBytes(path);
        if (written != original) {
            qsizetype at = 0;
            while (at < written.size() && at < original.size() && written.at(at) == original.at(at))
                ++at;
            QFAIL(qPrintable(u"first difference at byte %1: wrote \"%2\", file has \"%3\""_s.arg(
                    QString::number(at), QString::fromUtf8(written.mid(at, 40)),
                    QString::fromUtf8(original.mid(at, 40)))));
        }
    }

    void shouldKeepUntouchedRecordsByteForByteWhenOthersAreEdited_data()
    {
        shouldWriteAnUneditedFileBackByteForByte_data();
    }

    void shouldKeepUntouchedRecordsByteForByteWhenOthersAreEdited()
    {
        QFETCH(QString, path);
        QFETCH(QString, formatId);
        ReadFileOptions options;
        options.formatId = formatId;
        Collection collection = readFile(path, options);
        if (collection.records.size() < 2)
            QSKIP("fewer than two records");

        // Edit the first parsed record's title (or add one).
        int edited = -1;
        for (int i = 0; i < collection.records.size() && edited < 0; ++i) {
            if (!collection.records.at(i).unparsed)
                edited = i;
        }
        if (edited < 0)
            QSKIP("no parsed record to edit");
        Record &record = collection.records[edited];
        record.setValue(FieldKey::Title, record.value(FieldKey::Title) + u" (edited)"_s);
        QVERIFY(!record.isPristine());

        WriteResult result;
        const QByteArray written = writeBytes(collection.records, formatId,
                                              WriteOptions::sameAs(collection), &result);
        QVERIFY2(result.ok, qPrintable(result.error));
        const Collection again = readBytes(written, path, options);
        QCOMPARE(again.records.size(), collection.records.size());
        for (int i = 0; i < collection.records.size(); ++i) {
            const Record &before = collection.records.at(i);
            const Record &after = again.records.at(i);
            if (i == edited) {
                QVERIFY(after.value(FieldKey::Title).endsWith(u" (edited)"_s));
                continue;
            }
            QCOMPARE(after.source.text().toString(), before.source.text().toString());
            QCOMPARE(after.source.before().toString(), before.source.before().toString());
        }
    }

    void shouldKeepTheTextOfAFileWithoutRecords()
    {
        // A BibTeX file of macros only: records added to it are saved after its text.
        const QByteArray macros = "% journal abbreviations\r\n@string{jbio = \"Journal of Biology\"}\r\n\r\n";
        Collection collection = readBytes(macros, u"macros.bib"_s);
        QVERIFY(!collection.hasErrors());
        QVERIFY(collection.records.isEmpty());
        QCOMPARE(writeBytes(collection.records, u"bibtex"_s, WriteOptions::sameAs(collection)), macros);

        const Collection other = readBytes("@article{a, title = {A}, journal = jbio}\n", u"a.bib"_s);
        collection.records.append(other.records);
        const QByteArray saved = writeBytes(collection.records, u"bibtex"_s, WriteOptions::sameAs(collection));
        QVERIFY2(saved.startsWith(macros), saved.constData());
        QVERIFY(saved.contains("@article{a,"));
        const Collection back = readBytes(saved, u"macros.bib"_s);
        QCOMPARE(back.records.size(), 1);
        QCOMPARE(back.records.first().value(FieldKey::ContainerTitle), u"Journal of Biology"_s);

        // Another format cannot carry it, and says so.
        WriteResult result;
        writeBytes(collection.records, u"ris"_s, WriteOptions::sameAs(collection), &result);
        const bool reported = std::any_of(result.warnings.cbegin(), result.warnings.cend(),
                                          [](const Diagnostic &d) { return d.field == u"text outside records"_s; });
        QVERIFY(reported);
    }

    void shouldTellPristineRecordsFromEditedOnes()
    {
        Record record;
        QVERIFY(!record.isPristine()); // never read from anywhere
        record.setValue(FieldKey::Title, u"Title"_s, u"T"_s);
        const QString file = u"\n%0 Book\n%T Title\n\n"_s;
        record.setSource(file, 0, 1, 18);
        QVERIFY(record.isPristine());
        QCOMPARE(record.source.before().toString(), u"\n"_s);
        QCOMPARE(record.source.text().toString(), u"%0 Book\n%T Title\n"_s);
        Record copy = record;
        copy.setValue(FieldKey::Title, u"Other"_s);
        QVERIFY(!copy.isPristine());
        copy.setValue(FieldKey::Title, u"Title"_s);
        QVERIFY(copy.isPristine()); // an edit undone is no edit
        copy.fields.first().line = 99; // positions are not content
        QVERIFY(copy.isPristine());
    }

    void shouldRefuseCharactersTheEncodingCannotHold()
    {
        WriteOptions options;
        options.encoding = u"windows-1252"_s;
        QString error;
        QCOMPARE(encodeText(u"Müller – José"_s, options, &error), QByteArray("M\xfcller \x96 Jos\xe9"));
        QVERIFY(error.isEmpty());
        QVERIFY(encodeText(u"Müller\n张伟"_s, options, &error).isEmpty());
        QVERIFY2(error.contains(u"张"_s) && error.contains(u"line 2"_s), qPrintable(error));
        options.encoding = u"UTF-8"_s;
        options.writeBom = true;
        error.clear();
        QCOMPARE(encodeText(u"a"_s, options, &error), QByteArray("\xEF\xBB\xBF" "a"));
    }

    void shouldConvertGeneratedLineEndingsOnly()
    {
        QString out = u"verbatim\r\n"_s;
        appendWithLineEnding(out, u"one\ntwo\n", LineEnding::CrLf);
        QCOMPARE(out, u"verbatim\r\none\r\ntwo\r\n"_s);
        out.clear();
        appendWithLineEnding(out, u"one\ntwo", LineEnding::Lf);
        QCOMPARE(out, u"one\ntwo"_s);
    }
};

QTEST_GUILESS_MAIN(Tst_ByteFidelity)
#include "tst_bytefidelity.moc"
