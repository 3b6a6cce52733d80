#include "cleanup/mojibakescan.h"
#include "dialogs/repairbar.h"
#include "document/document.h"
#include "formats/fileio.h"
#include "mainwindow.h"
#include "samplecollection.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace refmend;

namespace {

QByteArray resourceBytes()
{
    QFile file(sampleCollectionResource());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool anyPerson(const QList<Record> &records, const std::function<bool(const Person &)> &test)
{
    return std::any_of(records.cbegin(), records.cend(), [&](const Record &record) {
        for (int role = 0; role < int(PersonRole::Count); ++role) {
            const PersonList &people = record.persons(PersonRole(role));
            if (std::any_of(people.cbegin(), people.cend(), test))
                return true;
        }
        return false;
    });
}

} // namespace

class tst_SampleCollection : public QObject
{
    Q_OBJECT

private:
    Collection m_sample;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_sample = readFile(sampleCollectionResource());
        QVERIFY2(!m_sample.hasErrors(), qPrintable(m_sample.errorMessages()));
    }

    void cleanupTestCase() { QSettings().clear(); }

    void shouldBeAnEndNoteFileOfAboutADozenRecords()
    {
        QCOMPARE(m_sample.formatId, u"endnote"_s);
        QCOMPARE(m_sample.encoding, u"UTF-8"_s);
        QVERIFY2(m_sample.records.size() >= 12, qPrintable(QString::number(m_sample.records.size())));
    }

    void shouldStartWithTheDamagedHindawiRecord()
    {
        const Record &first = m_sample.records.first();
        QCOMPARE(first.type, RecordType::Article);
        QCOMPARE(first.value(FieldKey::Doi), u"10.1155/2013/702167"_s);
        QCOMPARE(first.value(FieldKey::ContainerTitle), u"ISRN Hepatology"_s);
        QCOMPARE(first.authors().size(), 9);
        // Flattened onto one line, as the publisher's export was.
        QVERIFY(!resourceBytes().split('\n').first().isEmpty());
        QVERIFY(resourceBytes().split('\n').first().contains("%A Daniela Macedo %A Teresa Amaral"));
        // The names and dashes garbled by GBK bytes read as Latin-1, and what they repair to.
        QVERIFY(first.authors().at(4).raw.contains(u"Ana L¨²cia Costa"_s));
        QVERIFY(first.authors().at(8).raw.contains(u"Lu¨ªs"_s));
        QVERIFY(first.value(FieldKey::Abstract).contains(u"75¨C80%"_s));
        QStringList repaired;
        for (const MojibakeFinding &finding : scanForMojibake({first}))
            repaired << finding.repair.after;
        QVERIFY2(repaired.contains(u"Ana Lúcia Costa"_s), qPrintable(repaired.join(u" | ")));
        QVERIFY(repaired.contains(u"Isabel Távora"_s));
        QVERIFY(repaired.contains(u"António Quintela"_s));
        QVERIFY(repaired.contains(u"Luís Costa"_s));
    }

    void shouldShowTheVarietyANewcomerMeets()
    {
        QList<RecordType> types;
        for (const Record &record : std::as_const(m_sample.records))
            types.append(record.type);
        for (const RecordType type : {RecordType::Article, RecordType::Book, RecordType::Chapter,
                                      RecordType::ConferencePaper, RecordType::Thesis,
                                      RecordType::Report, RecordType::WebPage}) {
            QVERIFY2(types.contains(type), qPrintable(recordTypeDisplayName(type)));
        }
        const QList<Record> &records = m_sample.records;
        QVERIFY(anyPerson(records, [](const Person &p) { return !p.particle.isEmpty(); }));
        QVERIFY(anyPerson(records, [](const Person &p) { return p.suffix == u"Jr."_s; }));
        QVERIFY(anyPerson(records, [](const Person &p) { return p.isLiteral(); }));
        QVERIFY(anyPerson(records, [](const Person &p) {
            return p.textForWriting().contains(QRegularExpression(u"\\p{Han}"_s));
        }));
        // Both kinds of encoding accident, and clean accented names that are left alone.
        const QList<MojibakeFinding> findings = scanForMojibake(records);
        QList<MojibakeKind> kinds;
        for (const MojibakeFinding &finding : findings) {
            if (!kinds.contains(finding.repair.kind))
                kinds.append(finding.repair.kind);
        }
        QVERIFY2(kinds.size() >= 2, "GBK-as-Latin-1 and UTF-8-as-Windows-1252 both shown");
        QVERIFY(anyPerson(records, [](const Person &p) { return p.family == u"Ångström"_s; }));
        QVERIFY(std::none_of(findings.cbegin(), findings.cend(), [](const MojibakeFinding &f) {
            return f.repair.before.contains(u"Ångström"_s) || f.repair.before.contains(u"张"_s);
        }));
    }

    void shouldCopyTheSampleOnTheFirstStartOnly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        const QString folder = dir.filePath(u"data/RefMend"_s);

        const QString path = sampleForFirstStart({}, folder, settings);
        QCOMPARE(path, folder + u"/sample-collection.enw"_s);
        QFile copy(path);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), resourceBytes());
        QVERIFY2(QFileInfo(path).isWritable(), "a copy the user can save edits to");

        // Later starts open nothing of their own, even when the recent files were cleared.
        QCOMPARE(sampleForFirstStart({}, folder, settings), QString());
        QSettings other(dir.filePath(u"other.ini"_s), QSettings::IniFormat);
        QCOMPARE(sampleForFirstStart({u"/home/ana/refs.enw"_s}, folder, other), QString());
    }

    void shouldKeepAnEarlierCopyOfTheSample()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        const QString path = dir.filePath(u"sample-collection.enw"_s);
        QFile edited(path);
        QVERIFY(edited.open(QIODevice::WriteOnly));
        edited.write("%0 Book\n%T Edited by the user\n");
        edited.close();
        QCOMPARE(sampleForFirstStart({}, dir.path(), settings), path);
        QVERIFY(edited.open(QIODevice::ReadOnly));
        QCOMPARE(edited.readAll(), QByteArray("%0 Book\n%T Edited by the user\n"));
    }

    void shouldSayNothingWhenTheCopyCannotBeWritten()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        QFile blocker(dir.filePath(u"file"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        // A folder that cannot be made (a file is in the way).
        QCOMPARE(sampleForFirstStart({}, dir.filePath(u"file/RefMend"_s), settings), QString());
    }

    void shouldOpenTheCopyInTheWindowWithTheRepairBarShowing()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.recentFiles().isEmpty());
        const QString path = sampleForFirstStart(w.recentFiles(), dir.path(), settings);
        QVERIFY(w.openFile(path));
        QCOMPARE(w.document()->records().size(), m_sample.records.size());
        QCOMPARE(w.document()->filePath(), path);
        QVERIFY(!w.document()->isModified());
        QTRY_VERIFY(!w.repairBar()->isHidden());
        QCOMPARE(w.repairBar()->findingCount(), int(scanForMojibake(m_sample.records).size()));
        QCOMPARE(w.recentFiles(), QStringList{path});
    }
};

QTEST_MAIN(tst_SampleCollection)
#include "tst_samplecollection.moc"
