#include "dialogs/exportdialog.h"
#include "formats/fileio.h"

#include "testconfig.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

namespace {

Record sampleRecord(const QString &title)
{
    Record record;
    record.type = RecordType::Article;
    record.setValue(FieldKey::Title, title);
    record.setValue(FieldKey::Doi, u"10.1155/2013/702167"_s);
    record.setValue(FieldKey::Other, u"lab notebook 7"_s, u"X9"_s);
    Person author;
    author.family = u"Costa"_s;
    author.given = u"Luís"_s;
    record.setPersons(PersonRole::Author, {author});
    return record;
}

} // namespace

class Tst_ExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void shouldShowWhatTheChosenFormatCannotCarryBeforeWriting()
    {
        const QList<Record> records{sampleRecord(u"One"_s), sampleRecord(u"Two"_s)};
        ExportDialog dialog(records, {}, u"endnote"_s, LineEnding::Lf);
        QCOMPARE(dialog.formatId(), u"endnote"_s);
        // X9 comes from no EndNote tag: both records have a field with no place.
        QVERIFY2(dialog.lossText().startsWith(u"2 records: 2 fields have no place in"_s),
                 qPrintable(dialog.lossText()));
        QVERIFY(dialog.lossText().contains(u"X9 (2)"_s));

        // CSV keeps it in the "other" column, and says so; unchecking that column drops it.
        dialog.setFormatId(u"csv"_s);
        QVERIFY(dialog.lossText().contains(u"X9 (2)"_s));
        auto *columns = dialog.findChild<QListWidget *>(u"csvColumns"_s);
        QVERIFY(columns && columns->isVisibleTo(&dialog));
        const QList<QListWidgetItem *> other = columns->findItems(u"other"_s, Qt::MatchExactly);
        QCOMPARE(other.size(), 1);
        other.first()->setCheckState(Qt::Unchecked);
        QVERIFY(!dialog.options().csvColumns.contains(u"other"_s));
        QVERIFY(dialog.lossText().contains(u"X9 (2)"_s));
        const QByteArray csv = writeBytes(dialog.recordsToWrite(), dialog.formatId(), dialog.options());
        QVERIFY(!csv.contains("lab notebook"));
    }

    void shouldWriteOnlyTheSelectedRecordsWhenAsked()
    {
        const QList<Record> records{sampleRecord(u"One"_s), sampleRecord(u"Two"_s),
                                    sampleRecord(u"Three"_s)};
        ExportDialog dialog(records, {2}, u"csl-json"_s, LineEnding::CrLf);
        QCOMPARE(dialog.recordsToWrite().size(), 3);
        dialog.setSelectedOnly(true);
        QCOMPARE(dialog.recordsToWrite().size(), 1);
        QCOMPARE(dialog.recordsToWrite().first().value(FieldKey::Title), u"Three"_s);
        QVERIFY(dialog.lossText().startsWith(u"1 record: 1 field has no place"_s));
        QCOMPARE(dialog.options().lineEnding, LineEnding::CrLf);

        // Nothing selected: the option is off and cannot be turned on.
        ExportDialog none(records, {}, u"csl-json"_s, LineEnding::Lf);
        none.setSelectedOnly(true);
        QCOMPARE(none.recordsToWrite().size(), 3);
    }

    void shouldRefuseAnEncodingThatCannotHoldTheText()
    {
        Record record = sampleRecord(u"北京"_s);
        ExportDialog dialog({record}, {}, u"endnote"_s, LineEnding::Lf);
        auto *encoding = dialog.findChildren<QComboBox *>().at(1);
        encoding->setCurrentIndex(encoding->findData(u"windows-1252"_s));
        QCOMPARE(dialog.options().encoding, u"windows-1252"_s);
        QVERIFY2(dialog.lossText().contains(u"cannot be written in windows-1252"_s),
                 qPrintable(dialog.lossText()));
    }
};

QTEST_MAIN(Tst_ExportDialog)
#include "tst_exportdialog.moc"
