#include "commands/recordcommands.h"
#include "document/document.h"
#include "editor/authorlisteditor.h"
#include "editor/recordeditor.h"
#include "model/personname.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace refmend;

class tst_RecordEditor : public QObject
{
    Q_OBJECT

private:
    Document *m_doc = nullptr;
    RecordEditor *m_editor = nullptr;

    QLineEdit *line(FieldKey key, const QString &tag = {}) const
    {
        return qobject_cast<QLineEdit *>(m_editor->fieldEditor(key, tag));
    }
    QUndoStack *stack() const { return m_doc->undoStack(); }
    const Record &record(int row = 0) const { return m_doc->record(row); }

    static void finishEditing(QLineEdit *edit) { Q_EMIT edit->editingFinished(); }

private Q_SLOTS:
    void init()
    {
        m_doc = new Document;
        Collection c;
        Record r;
        r.type = RecordType::Article;
        r.sourceType = QStringLiteral("Journal Article");
        r.fields = {
            Field{FieldKey::Title, QStringLiteral("T"), QStringLiteral("Liver metastases")},
            Field{FieldKey::Year, QStringLiteral("D"), QStringLiteral("2013")},
            Field{FieldKey::Doi, QStringLiteral("R"), QStringLiteral("10.1155/2013/702167")},
            Field{FieldKey::Abstract, QStringLiteral("X"), QStringLiteral("First paragraph.\n\nSecond.")},
            Field{FieldKey::Other, QStringLiteral("Z"), QStringLiteral("kept verbatim")},
        };
        r.setPersons(PersonRole::Author, {parsePersonName(u"Costa, Luís")});
        Record second;
        second.fields = {Field{FieldKey::Title, QStringLiteral("T"), QStringLiteral("Second record")}};
        c.records = {r, second};
        m_doc->setCollection(c);
        m_editor = new RecordEditor;
        m_editor->setDocument(m_doc);
        m_editor->showRecord(0);
    }

    void cleanup()
    {
        delete m_editor;
        delete m_doc;
    }

    void shouldShowEveryFieldOfTheRecordIncludingUnknownTags()
    {
        QVERIFY(line(FieldKey::Title));
        QCOMPARE(line(FieldKey::Title)->text(), QStringLiteral("Liver metastases"));
        QCOMPARE(line(FieldKey::Year)->text(), QStringLiteral("2013"));
        auto *abstract = qobject_cast<QPlainTextEdit *>(m_editor->fieldEditor(FieldKey::Abstract));
        QVERIFY(abstract);
        QCOMPARE(abstract->toPlainText(), QStringLiteral("First paragraph.\n\nSecond."));
        QLineEdit *unknown = line(FieldKey::Other, QStringLiteral("Z"));
        QVERIFY(unknown);
        QCOMPARE(unknown->text(), QStringLiteral("kept verbatim"));
        bool labelled = false;
        const QList<QLabel *> labels = m_editor->findChildren<QLabel *>();
        for (const QLabel *label : labels)
            labelled |= label->buddy() == unknown && label->text().contains(u'Z');
        QVERIFY(labelled);
        QCOMPARE(m_editor->typeComboBox()->currentData().toInt(), int(RecordType::Article));
        QCOMPARE(m_editor->authorListEditor()->persons().size(), 1);
        QVERIFY(!m_editor->isModified());
    }

    void shouldIssueOneCommandWhenAFieldEditIsFinished()
    {
        QSignalSpy modified(m_editor, &RecordEditor::modified);
        line(FieldKey::Title)->setText(QStringLiteral("Liver metastases in 2012"));
        QVERIFY(m_editor->isModified());
        QCOMPARE(modified.count(), 1);
        QCOMPARE(stack()->count(), 0);

        finishEditing(line(FieldKey::Title));
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(record().value(FieldKey::Title), QStringLiteral("Liver metastases in 2012"));
        QVERIFY(!m_editor->isModified());
        QCOMPARE(modified.count(), 2);
        QVERIFY(m_doc->isModified());
    }

    void shouldMergeRepeatedEditsOfTheSameFieldIntoOneUndoStep()
    {
        line(FieldKey::Title)->setText(QStringLiteral("Liver"));
        finishEditing(line(FieldKey::Title));
        line(FieldKey::Title)->setText(QStringLiteral("Liver tumours"));
        finishEditing(line(FieldKey::Title));
        QCOMPARE(stack()->count(), 1);
        stack()->undo();
        QCOMPARE(record().value(FieldKey::Title), QStringLiteral("Liver metastases"));
        QCOMPARE(line(FieldKey::Title)->text(), QStringLiteral("Liver metastases"));
    }

    void shouldPutBackTheRecordsValuesOnReset()
    {
        line(FieldKey::Year)->setText(QStringLiteral("1999"));
        QVERIFY(m_editor->isModified());
        m_editor->reset();
        QCOMPARE(line(FieldKey::Year)->text(), QStringLiteral("2013"));
        QVERIFY(!m_editor->isModified());
        QCOMPARE(stack()->count(), 0);
    }

    void shouldApplyEveryChangedFieldAsOneStep()
    {
        line(FieldKey::Year)->setText(QStringLiteral("2014"));
        line(FieldKey::Other, QStringLiteral("Z"))->setText(QStringLiteral("changed too"));
        m_editor->apply();
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(record().value(FieldKey::Year), QStringLiteral("2014"));
        QCOMPARE(record().fields.at(4).value, QStringLiteral("changed too"));
        stack()->undo();
        QCOMPARE(record().value(FieldKey::Year), QStringLiteral("2013"));
        QCOMPARE(record().fields.at(4).value, QStringLiteral("kept verbatim"));
    }

    void shouldRemoveAFieldWhoseTextIsCleared()
    {
        line(FieldKey::Doi)->clear();
        finishEditing(line(FieldKey::Doi));
        QVERIFY(!record().has(FieldKey::Doi));
        QVERIFY(!m_editor->fieldEditor(FieldKey::Doi));
        QCOMPARE(line(FieldKey::Other, QStringLiteral("Z"))->text(), QStringLiteral("kept verbatim"));
        stack()->undo();
        QVERIFY(record().has(FieldKey::Doi));
        QVERIFY(line(FieldKey::Doi));
    }

    void shouldAddANewFieldWhenItGetsAValue()
    {
        m_editor->addField(FieldKey::Volume);
        QLineEdit *volume = line(FieldKey::Volume);
        QVERIFY(volume);
        QVERIFY(volume->text().isEmpty());
        volume->setText(QStringLiteral("12"));
        finishEditing(volume);
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(record().value(FieldKey::Volume), QStringLiteral("12"));
        QCOMPARE(line(FieldKey::Volume)->text(), QStringLiteral("12"));
        QVERIFY(!m_editor->isModified());
    }

    void shouldChangeTheTypeWithTheCombo()
    {
        QComboBox *combo = m_editor->typeComboBox();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(int(record().type), combo->currentData().toInt());
        QVERIFY(record().type != RecordType::Article);
        stack()->undo();
        QCOMPARE(record().type, RecordType::Article);
        QCOMPARE(combo->currentData().toInt(), int(RecordType::Article));
    }

    void shouldKeepUnappliedTypingWhenTheRecordChangesElsewhere()
    {
        line(FieldKey::Year)->setText(QStringLiteral("20"));
        stack()->push(new SetFieldCommand(m_doc, 0, FieldKey::Title, QStringLiteral("From elsewhere")));
        QCOMPARE(line(FieldKey::Title)->text(), QStringLiteral("From elsewhere"));
        QCOMPARE(line(FieldKey::Year)->text(), QStringLiteral("20"));
        QVERIFY(m_editor->isModified());
    }

    void shouldApplyPendingEditsBeforeShowingAnotherRecord()
    {
        line(FieldKey::Year)->setText(QStringLiteral("2015"));
        m_editor->showRecord(1);
        QCOMPARE(record(0).value(FieldKey::Year), QStringLiteral("2015"));
        QCOMPARE(m_editor->record(), 1);
        QCOMPARE(line(FieldKey::Title)->text(), QStringLiteral("Second record"));
        QVERIFY(!line(FieldKey::Year));
    }

    void shouldFlagADoiThatDoesNotLookLikeOne()
    {
        QStringList problems;
        QVERIFY(m_editor->validate(&problems));
        line(FieldKey::Doi)->setText(QStringLiteral("not a doi"));
        QVERIFY(!m_editor->validate(&problems));
        QCOMPARE(problems.size(), 1);
        line(FieldKey::Doi)->setText(QStringLiteral("https://doi.org/10.1000/xyz"));
        QVERIFY(m_editor->validate());
    }

    void shouldShowNothingWhenTheDocumentIsReplaced()
    {
        line(FieldKey::Year)->setText(QStringLiteral("1999"));
        m_doc->setRecords({});
        QCOMPARE(m_editor->record(), -1);
        QVERIFY(!m_editor->fieldEditor(FieldKey::Title));
        QCOMPARE(stack()->count(), 0);
    }
};

QTEST_MAIN(tst_RecordEditor)
#include "tst_recordeditor.moc"
