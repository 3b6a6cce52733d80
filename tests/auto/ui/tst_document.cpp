#include "commands/recordcommands.h"
#include "document/document.h"
#include "cleanup/mojibakescan.h"
#include "formats/fileio.h"
#include "testconfig.h"

#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace refmend;

class tst_Document : public QObject
{
    Q_OBJECT

private:
    QString m_seed;

    //! Loads the seed into \a doc, or skips the test.
    bool loadSeed(Document &doc)
    {
        QString error;
        if (!doc.loadFile(m_seed, &error)) {
            qWarning() << "could not load the seed:" << error;
            return false;
        }
        return true;
    }

    static QList<RecordChange> repairChanges(const Document &doc)
    {
        QList<RecordChange> changes;
        const auto repairs = planMojibakeRepairs(doc.records(), scanForMojibake(doc.records()));
        for (const RecordRepair &repair : repairs)
            changes.append({repair.recordIndex, doc.record(repair.recordIndex), repair.after});
        return changes;
    }

    static Record titled(const QString &title)
    {
        Record r;
        r.type = RecordType::Article;
        r.setValue(FieldKey::Title, title);
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_seed = QStringLiteral(REFMEND_CORPUS_DIR
                                "/endnote-refer/hindawi__isrn-hepatology-2013-flattened.enw");
        if (!QFile::exists(m_seed))
            QSKIP("the shared corpus is not available");
    }

    void shouldLoadTheFlattenedSeedAsOneRecordWithNineAuthors()
    {
        Document doc;
        QSignalSpy resetSpy(&doc, &Document::reset);
        QSignalSpy pathSpy(&doc, &Document::filePathChanged);
        QVERIFY(loadSeed(doc));
        QCOMPARE(resetSpy.count(), 1);
        QCOMPARE(pathSpy.count(), 1);
        QCOMPARE(doc.recordCount(), 1);
        QCOMPARE(doc.record(0).authors().size(), 9);
        QCOMPARE(doc.filePath(), m_seed);
        QCOMPARE(doc.formatId(), QStringLiteral("endnote"));
        QVERIFY(!doc.encoding().isEmpty());
        QVERIFY(!doc.isModified());
        QVERIFY(doc.record(0).value(FieldKey::Title).startsWith(QStringLiteral("The Treatment")));
    }

    void shouldKeepTheCurrentFileWhenAnotherCannotBeRead()
    {
        Document doc;
        QVERIFY(loadSeed(doc));
        QSignalSpy resetSpy(&doc, &Document::reset);
        QString error;
        QVERIFY(!doc.loadFile(QStringLiteral("/nonexistent/refmend/missing.enw"), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(resetSpy.count(), 0);
        QCOMPARE(doc.recordCount(), 1);
        QCOMPARE(doc.filePath(), m_seed);
    }

    void shouldUndoAndRedoAFieldEdit()
    {
        Document doc;
        QVERIFY(loadSeed(doc));
        const QString title = doc.record(0).value(FieldKey::Title);
        QSignalSpy changed(&doc, &Document::recordChanged);

        doc.undoStack()->push(new SetFieldCommand(&doc, 0, FieldKey::Title, QStringLiteral("New title")));
        QCOMPARE(doc.record(0).value(FieldKey::Title), QStringLiteral("New title"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.takeFirst().at(0).toInt(), 0);

        doc.undoStack()->undo();
        QCOMPARE(doc.record(0).value(FieldKey::Title), title);
        QCOMPARE(changed.count(), 1);

        doc.undoStack()->redo();
        QCOMPARE(doc.record(0).value(FieldKey::Title), QStringLiteral("New title"));
    }

    void shouldMergeTypingInOneFieldIntoOneUndoStep()
    {
        Document doc;
        QVERIFY(loadSeed(doc));
        const Record original = doc.record(0);
        QUndoStack *stack = doc.undoStack();
        stack->push(new SetFieldCommand(&doc, 0, FieldKey::Title, QStringLiteral("T")));
        stack->push(new SetFieldCommand(&doc, 0, FieldKey::Title, QStringLiteral("Ti")));
        stack->push(new SetFieldCommand(&doc, 0, FieldKey::Title, QStringLiteral("Tit")));
        QCOMPARE(stack->count(), 1);
        QCOMPARE(doc.record(0).value(FieldKey::Title), QStringLiteral("Tit"));

        // Another field is another step.
        stack->push(new SetFieldCommand(&doc, 0, FieldKey::Year, QStringLiteral("2014")));
        QCOMPARE(stack->count(), 2);

        stack->undo();
        QCOMPARE(doc.record(0).value(FieldKey::Year), original.value(FieldKey::Year));
        QCOMPARE(doc.record(0).value(FieldKey::Title), QStringLiteral("Tit"));
        stack->undo();
        QCOMPARE(doc.record(0), original);
    }

    void shouldAddAndRemoveAFieldAsUndoableSteps()
    {
        Document doc;
        QVERIFY(loadSeed(doc));
        const Record original = doc.record(0);
        QUndoStack *stack = doc.undoStack();

        stack->push(SetFieldCommand::append(&doc, 0, FieldKey::Other, QStringLiteral("Z"),
                                            QStringLiteral("a note under an unknown tag")));
        QCOMPARE(doc.record(0).fields.size(), original.fields.size() + 1);
        QCOMPARE(doc.record(0).fields.constLast().tag, QStringLiteral("Z"));

        const int doi = doc.record(0).indexOf(FieldKey::Doi);
        QVERIFY(doi >= 0);
        stack->push(new SetFieldCommand(&doc, 0, doi, QString()));
        QVERIFY(!doc.record(0).has(FieldKey::Doi));
        QCOMPARE(stack->count(), 2);

        stack->undo();
        stack->undo();
        QCOMPARE(doc.record(0), original);
    }

    void shouldDropAnEditThatChangesNothing()
    {
        Document doc;
        QVERIFY(loadSeed(doc));
        const QString title = doc.record(0).value(FieldKey::Title);
        doc.undoStack()->push(new SetFieldCommand(&doc, 0, FieldKey::Title, title));
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(!doc.isModified());
    }

    void shouldUndoAPersonListEdit()
    {
        Document doc;
        QVERIFY(loadSeed(doc));
        const PersonList before = doc.record(0).authors();
        PersonList after = before;
        after.removeFirst();
        Person p;
        p.family = QStringLiteral("Berg");
        p.particle = QStringLiteral("van der");
        p.given = QStringLiteral("Jan");
        after.append(p);

        doc.undoStack()->push(new SetPersonsCommand(&doc, 0, PersonRole::Author, after));
        QCOMPARE(doc.record(0).authors().size(), 9);
        QCOMPARE(doc.record(0).authors().constLast().family, QStringLiteral("Berg"));
        QCOMPARE(doc.undoStack()->count(), 1);

        doc.undoStack()->undo();
        QCOMPARE(doc.record(0).authors(), before);
        doc.undoStack()->redo();
        QCOMPARE(doc.record(0).authors(), after);
    }

    void shouldRepairEveryGarbledTextInOneUndoStep()
    {
        Document doc;
        QVERIFY(loadSeed(doc));
        QCOMPARE(scanForMojibake(doc.records()).size(), 5);
        const Record original = doc.record(0);
        const QList<RecordChange> changes = repairChanges(doc);
        QCOMPARE(changes.size(), 1);

        doc.undoStack()->push(new ApplyRepairsCommand(&doc, changes, 5));
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(scanForMojibake(doc.records()).isEmpty());
        const QString authors = doc.record(0).authorsText();
        QVERIFY2(authors.contains(QStringLiteral("Távora")), qPrintable(authors));
        QVERIFY2(authors.contains(QStringLiteral("Luís")), qPrintable(authors));
        QVERIFY(doc.record(0).value(FieldKey::Abstract).contains(QStringLiteral("75–80%")));

        doc.undoStack()->undo();
        QCOMPARE(doc.record(0), original);
        QCOMPARE(scanForMojibake(doc.records()).size(), 5);
        doc.undoStack()->redo();
        QVERIFY(scanForMojibake(doc.records()).isEmpty());
    }

    void shouldFollowTheUndoStacksCleanStateForModified()
    {
        Document doc;
        QVERIFY(loadSeed(doc));
        QSignalSpy modified(&doc, &Document::modifiedChanged);
        QSignalSpy clean(doc.undoStack(), &QUndoStack::cleanChanged);

        doc.undoStack()->push(new SetFieldCommand(&doc, 0, FieldKey::Year, QStringLiteral("2012")));
        QVERIFY(doc.isModified());
        QCOMPARE(modified.count(), 1);
        QCOMPARE(modified.last().at(0).toBool(), true);
        QCOMPARE(clean.count(), 1);

        doc.undoStack()->undo();
        QVERIFY(!doc.isModified());
        QCOMPARE(modified.last().at(0).toBool(), false);

        doc.undoStack()->redo();
        QVERIFY(doc.isModified());
        QCOMPARE(modified.count(), 3);
    }

    void shouldSaveThroughASaveFileAndReadTheSameRecordsBack()
    {
        Document doc;
        QVERIFY(loadSeed(doc));
        doc.undoStack()->push(new ApplyRepairsCommand(&doc, repairChanges(doc), 5));
        doc.undoStack()->push(new SetFieldCommand(&doc, 0, FieldKey::Volume, QStringLiteral("2013")));
        QVERIFY(doc.isModified());

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("saved.enw"));
        QSignalSpy pathSpy(&doc, &Document::filePathChanged);
        QString error;
        QVERIFY2(doc.saveAs(path, QStringLiteral("endnote"), &error), qPrintable(error));
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.filePath(), path);
        QCOMPARE(pathSpy.count(), 1);
        QCOMPARE(doc.encoding(), QStringLiteral("UTF-8"));

        const Collection reread = readFile(path);
        QCOMPARE(reread.records.size(), 1);
        const Record &saved = doc.record(0);
        const Record &back = reread.records.constFirst();
        QCOMPARE(back.value(FieldKey::Title), saved.value(FieldKey::Title));
        QCOMPARE(back.value(FieldKey::Volume), QStringLiteral("2013"));
        QCOMPARE(back.value(FieldKey::Abstract), saved.value(FieldKey::Abstract));
        QCOMPARE(back.authors().size(), saved.authors().size());
        for (int i = 0; i < back.authors().size(); ++i)
            QVERIFY(back.authors().at(i).sameName(saved.authors().at(i)));
        QVERIFY(back.authorsText().contains(QStringLiteral("Távora")));

        // Save writes the same file again.
        doc.undoStack()->push(new SetFieldCommand(&doc, 0, FieldKey::Volume, QStringLiteral("7")));
        QVERIFY(doc.canSave());
        QVERIFY2(doc.save(&error), qPrintable(error));
        QCOMPARE(readFile(path).records.constFirst().value(FieldKey::Volume), QStringLiteral("7"));
    }

    void shouldKeepPathAndModifiedStateWhenSavingFails()
    {
        Document doc;
        QVERIFY(loadSeed(doc));
        doc.undoStack()->push(new SetFieldCommand(&doc, 0, FieldKey::Year, QStringLiteral("2012")));
        QString error;
        QVERIFY(!doc.saveAs(QStringLiteral("/nonexistent/refmend/out.enw"),
                            QStringLiteral("endnote"), &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(doc.filePath(), m_seed);
        QVERIFY(doc.isModified());
    }

    void shouldKeepTheChosenNumberOfPreviousVersionsWhenSaving()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("refs.enw"));
        QVERIFY(writeFile(path, {titled(QStringLiteral("v1"))}, QStringLiteral("endnote")).ok);
        Document doc;
        QVERIFY(doc.loadFile(path));
        QCOMPARE(doc.backupCount(), 0);
        doc.setBackupCount(2);
        for (const QString &title : {QStringLiteral("v2"), QStringLiteral("v3"), QStringLiteral("v4")}) {
            doc.undoStack()->push(new SetFieldCommand(&doc, 0, FieldKey::Title, title));
            QString error;
            QVERIFY2(doc.save(&error), qPrintable(error));
            QVERIFY(doc.backupError().isEmpty());
        }
        auto titleIn = [](const QString &file) {
            const Collection c = readFile(file, {QStringLiteral("endnote"), {}});
            return c.records.isEmpty() ? QString() : c.records.constFirst().value(FieldKey::Title);
        };
        QCOMPARE(titleIn(path), QStringLiteral("v4"));
        QCOMPARE(titleIn(path + QStringLiteral(".bak")), QStringLiteral("v3"));
        QCOMPARE(titleIn(path + QStringLiteral(".bak2")), QStringLiteral("v2"));
        QVERIFY(!QFile::exists(path + QStringLiteral(".bak3")));

        // An export is a copy somewhere else: no backups there.
        const QString exported = dir.filePath(QStringLiteral("copy.enw"));
        QVERIFY(doc.exportTo(exported, QStringLiteral("endnote")));
        QVERIFY(doc.exportTo(exported, QStringLiteral("endnote")));
        QVERIFY(!QFile::exists(exported + QStringLiteral(".bak")));
    }

    void shouldReloadTheFileOnDiskAsOneUndoStep()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("refs.enw"));
        QVERIFY(writeFile(path, {titled(QStringLiteral("Mine"))}, QStringLiteral("endnote")).ok);
        Document doc;
        QVERIFY(doc.loadFile(path));
        doc.undoStack()->push(new SetFieldCommand(&doc, 0, FieldKey::Year, QStringLiteral("1999")));

        // Another program rewrites the file with two records.
        QVERIFY(writeFile(path, {titled(QStringLiteral("Theirs")), titled(QStringLiteral("Added"))},
                          QStringLiteral("endnote")).ok);
        QSignalSpy synced(&doc, &Document::syncedWithFile);
        doc.reloadFrom(readFile(path));
        QCOMPARE(synced.count(), 1);
        QCOMPARE(doc.recordCount(), 2);
        QCOMPARE(doc.record(0).value(FieldKey::Title), QStringLiteral("Theirs"));
        QVERIFY(!doc.isModified());

        doc.undoStack()->undo();
        QCOMPARE(doc.recordCount(), 1);
        QCOMPARE(doc.record(0).value(FieldKey::Title), QStringLiteral("Mine"));
        QCOMPARE(doc.record(0).value(FieldKey::Year), QStringLiteral("1999"));
        QVERIFY(doc.isModified());
    }

    void markModifiedShouldLastUntilTheNextSave()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("refs.enw"));
        QVERIFY(writeFile(path, {titled(QStringLiteral("One"))}, QStringLiteral("endnote")).ok);
        Document doc;
        QVERIFY(doc.loadFile(path));
        QSignalSpy modified(&doc, &Document::modifiedChanged);
        doc.markModified();
        QVERIFY(doc.isModified());
        QCOMPARE(modified.count(), 1);
        QVERIFY(doc.save());
        QVERIFY(!doc.isModified());
    }

    void shouldExportWithoutChangingTheDocumentsFile()
    {
        Document doc;
        QVERIFY(loadSeed(doc));
        doc.undoStack()->push(new SetFieldCommand(&doc, 0, FieldKey::Year, QStringLiteral("2012")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.json"));
        QString error;
        QVERIFY2(doc.exportTo(path, QStringLiteral("csl-json"), &error), qPrintable(error));
        QVERIFY(QFileInfo(path).size() > 0);
        QCOMPARE(doc.filePath(), m_seed);
        QVERIFY(doc.isModified());
    }

    void shouldResetWhenTheRecordListIsReplaced()
    {
        Document doc;
        QVERIFY(loadSeed(doc));
        QSignalSpy about(&doc, &Document::aboutToReset);
        QSignalSpy reset(&doc, &Document::reset);
        doc.setRecords({});
        QCOMPARE(about.count(), 1);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(doc.recordCount(), 0);
    }

    void shouldImportAnotherFilesRecordsAsOneUndoStep()
    {
        Document doc;
        QVERIFY(loadSeed(doc));
        const QString other = QStringLiteral(REFMEND_CORPUS_DIR "/endnote-refer/jabref__refer.bibIX.ref");
        QSignalSpy inserted(&doc, &Document::recordsInserted);
        QSignalSpy diagnostics(&doc, &Document::diagnosticsChanged);
        QString error;
        QVERIFY2(doc.importFile(other, &error), qPrintable(error));
        QCOMPARE(doc.recordCount(), 5);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(0).toInt(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 4);
        QCOMPARE(diagnostics.count(), 1);
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(doc.isModified());

        // Every record keeps an id of its own.
        QSet<RecordId> ids;
        for (const Record &record : doc.records())
            ids.insert(record.id);
        QCOMPARE(ids.size(), 5);

        doc.undoStack()->undo();
        QCOMPARE(doc.recordCount(), 1);
        QVERIFY(!doc.isModified());
        doc.undoStack()->redo();
        QCOMPARE(doc.recordCount(), 5);
        QCOMPARE(doc.record(1).value(FieldKey::Title), readFile(other).records.first().value(FieldKey::Title));
    }

    void shouldRefuseToImportAFileWithNoRecords()
    {
        Document doc;
        QVERIFY(loadSeed(doc));
        QString error;
        QVERIFY(!doc.importFile(QStringLiteral("/nonexistent/refs.ris"), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/refs.ris")));
        QCOMPARE(doc.recordCount(), 1);
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void shouldRemoveScatteredRecordsAndPutThemBackOnUndo()
    {
        Document doc;
        QVERIFY(loadSeed(doc));
        QVERIFY(doc.importFile(QStringLiteral(REFMEND_CORPUS_DIR "/endnote-refer/jabref__refer.bibIX.ref")));
        const QList<Record> before = doc.records();
        doc.undoStack()->push(new RemoveRecordsCommand(&doc, {3, 1}, QStringLiteral("Remove")));
        QCOMPARE(doc.recordCount(), 3);
        QCOMPARE(doc.record(0), before.at(0));
        QCOMPARE(doc.record(1), before.at(2));
        QCOMPARE(doc.record(2), before.at(4));
        doc.undoStack()->undo();
        QCOMPARE(doc.records(), before);
    }

    void shouldTellWhereARowIsAfterRowsComeAndGo_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("last");
        QTest::addColumn<int>("afterInsert");
        QTest::addColumn<int>("afterRemove");
        QTest::newRow("before the range") << 1 << 3 << 4 << 1 << 1;
        QTest::newRow("inside the range") << 3 << 3 << 4 << 5 << -1;
        QTest::newRow("after the range") << 7 << 3 << 4 << 9 << 5;
        QTest::newRow("no row") << -1 << 0 << 0 << -1 << -1;
    }

    void shouldTellWhereARowIsAfterRowsComeAndGo()
    {
        QFETCH(int, row);
        QFETCH(int, first);
        QFETCH(int, last);
        QFETCH(int, afterInsert);
        QFETCH(int, afterRemove);
        QCOMPARE(Document::rowAfterInsert(row, first, last), row < 0 ? -1 : afterInsert);
        QCOMPARE(Document::rowAfterRemove(row, first, last), afterRemove);
    }
};

QTEST_GUILESS_MAIN(tst_Document)
#include "tst_document.moc"
