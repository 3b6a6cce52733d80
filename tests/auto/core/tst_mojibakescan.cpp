#include "cleanup/mojibakescan.h"
#include "formats/fileio.h"
#include "model/personname.h"

#include "testconfig.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

namespace {

const QString kSeedPath = QStringLiteral(REFMEND_CORPUS_DIR "/endnote-refer/hindawi__isrn-hepatology-2013-flattened.enw");

QStringList families(const PersonList &persons)
{
    QStringList result;
    for (const Person &person : persons)
        result.append(person.family);
    return result;
}

} // namespace

class Tst_MojibakeScan : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        if (!QFile::exists(kSeedPath))
            QSKIP("corpus not found: set REFMEND_SHARED_DIR to the folder holding corpus/");
    }

    void shouldFindTheFiveGarbledTextsOfTheSeed()
    {
        const Collection collection = readFile(kSeedPath);
        QCOMPARE(collection.records.size(), 1);
        const QList<MojibakeFinding> findings = scanForMojibake(collection.records);

        QStringList labels;
        for (const MojibakeFinding &finding : findings)
            labels.append(finding.label);
        QCOMPARE(labels, (QStringList{u"Author 5"_s, u"Author 6"_s, u"Author 7"_s, u"Author 9"_s,
                                      fieldKeyDisplayName(FieldKey::Abstract)}));

        const MojibakeFinding &tavora = findings.at(1);
        QCOMPARE(tavora.recordIndex, 0);
        QVERIFY(tavora.where.isPerson());
        QCOMPARE(tavora.where.role, PersonRole::Author);
        QCOMPARE(tavora.where.personIndex, 5);
        QCOMPARE(tavora.repair.before, u"Isabel T¨¢vora"_s);
        QCOMPARE(tavora.repair.after, u"Isabel Távora"_s);
        QCOMPARE(tavora.repair.kind, MojibakeKind::GbkReadAsLatin1);
        QCOMPARE(tavora.line, 1);
        QCOMPARE(tavora.column, collection.records.first().authors().at(5).column);

        QCOMPARE(findings.at(0).repair.after, u"Ana Lúcia Costa"_s);
        QCOMPARE(findings.at(2).repair.after, u"António Quintela"_s);
        QCOMPARE(findings.at(3).repair.after, u"Luís Costa"_s);

        const MojibakeFinding &abstract = findings.at(4);
        QVERIFY(!abstract.where.isPerson());
        QCOMPARE(collection.records.first().fields.at(abstract.where.fieldIndex).key, FieldKey::Abstract);
        QVERIFY(abstract.repair.after.contains(u"75–80% of patients"));
        QVERIFY(abstract.repair.after.contains(u"20%–25% will"));
    }

    void shouldRepairNamesAndAbstractWhenApplied()
    {
        const Collection collection = readFile(kSeedPath);
        const Record &record = collection.records.first();
        const Record repaired = applyMojibakeRepairs(record, scanForMojibake(collection.records));

        QCOMPARE(families(repaired.authors()),
                 (QStringList{u"Macedo"_s, u"Amaral"_s, u"Fernandes"_s, u"Sousa"_s, u"Costa"_s,
                              u"Távora"_s, u"Quintela"_s, u"Cortes"_s, u"Costa"_s}));
        QCOMPARE(repaired.authors().at(4).given, u"Ana Lúcia"_s);
        QCOMPARE(repaired.authors().at(6).given, u"António"_s);
        QCOMPARE(repaired.authors().at(5).raw, u"Isabel Távora"_s);
        QCOMPARE(repaired.authors().at(5).line, record.authors().at(5).line);
        QCOMPARE(repaired.authors().at(5).column, record.authors().at(5).column);
        QVERIFY(repaired.value(FieldKey::Abstract).contains(u"75–80% of patients"));
        QCOMPARE(repaired.value(FieldKey::Title), record.value(FieldKey::Title));
        QVERIFY(scanForMojibake({repaired}).isEmpty());
    }

    void shouldLeaveTextThatChangedSinceTheScan()
    {
        const Collection collection = readFile(kSeedPath);
        const QList<MojibakeFinding> findings = scanForMojibake(collection.records);
        Record edited = collection.records.first();
        edited.personsRef(PersonRole::Author)[5] = parsePersonName(u"Távora, Isabel M.");
        const Record repaired = applyMojibakeRepairs(edited, findings);
        QCOMPARE(repaired.authors().at(5).raw, u"Távora, Isabel M."_s);
        QCOMPARE(repaired.authors().at(4).family, u"Costa"_s);
        QCOMPARE(repaired.authors().at(4).given, u"Ana Lúcia"_s);
    }

    void shouldPlanOneRepairPerRecordAndNoneForStaleFindings()
    {
        Collection collection = readFile(kSeedPath);
        // A second, clean record between two copies of the seed.
        Record clean;
        clean.setValue(FieldKey::Title, u"Müller and Ångström"_s);
        collection.records.append(clean);
        collection.records.append(collection.records.first());
        const QList<MojibakeFinding> findings = scanForMojibake(collection.records);
        QCOMPARE(findings.size(), 10);

        const QList<RecordRepair> plan = planMojibakeRepairs(collection.records, findings);
        QCOMPARE(plan.size(), 2);
        QCOMPARE(plan.at(0).recordIndex, 0);
        QCOMPARE(plan.at(1).recordIndex, 2);
        QCOMPARE(plan.at(0).repairedTexts, 5);
        QCOMPARE(plan.at(0).after.authors().at(8).given, u"Luís"_s);

        // Once applied, the same findings are stale and plan nothing.
        QList<Record> repaired = collection.records;
        repaired[0] = plan.at(0).after;
        repaired[2] = plan.at(1).after;
        QVERIFY(planMojibakeRepairs(repaired, findings).isEmpty());
        // Findings that point outside the records are ignored, not a crash.
        MojibakeFinding outside = findings.first();
        outside.recordIndex = 99;
        QVERIFY(planMojibakeRepairs(collection.records, {outside}).isEmpty());
    }

    void shouldRepairEveryRecordInPlace()
    {
        QList<Record> records = readFile(kSeedPath).records;
        records.append(records.first());
        QCOMPARE(repairAllMojibake(records), 10);
        QVERIFY(scanForMojibake(records).isEmpty());
        QCOMPARE(records.at(1).authors().at(8).given, u"Luís"_s);
    }

    void shouldFindNothingInACleanFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("Latin-1 names, UTF-8 file") << QStringLiteral(REFMEND_CORPUS_DIR "/endnote-refer/jabref__Endnote.book.example.enw");
        QTest::newRow("CJK text") << QStringLiteral(REFMEND_CORPUS_DIR "/endnote-refer/zotero-translators__ReferBibIX-case01.enw");
        QTest::newRow("Norwegian") << QStringLiteral(REFMEND_CORPUS_DIR "/endnote-refer/zotero-translators__ReferBibIX-case02.enw");
    }

    void shouldFindNothingInACleanFile()
    {
        QFETCH(QString, path);
        const Collection collection = readFile(path);
        QVERIFY(!collection.records.isEmpty());
        const QList<MojibakeFinding> findings = scanForMojibake(collection.records);
        QVERIFY2(findings.isEmpty(), qPrintable(findings.value(0).repair.before));
    }

    void shouldLabelEditorsAndUnknownTags()
    {
        Record record;
        Person editor;
        editor.raw = u"JosÃ© Silva"_s;
        editor.given = u"JosÃ©"_s;
        editor.family = u"Silva"_s;
        record.personsRef(PersonRole::Editor).append(editor);
        Field other;
        other.tag = u"O"_s;
        other.value = u"CafÃ© culture"_s;
        record.fields.append(other);

        const QList<MojibakeFinding> findings = scanForMojibake({record});
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings.at(0).label, personRoleDisplayName(PersonRole::Editor) + u" 1"_s);
        QCOMPARE(findings.at(1).label, u"O"_s);
        QCOMPARE(findings.at(1).repair.after, u"Café culture"_s);
    }
};

QTEST_GUILESS_MAIN(Tst_MojibakeScan)
#include "tst_mojibakescan.moc"
