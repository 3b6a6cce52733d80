#include "document/document.h"
#include "editor/authorlisteditor.h"
#include "editor/personlistmodel.h"
#include "model/personname.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

using namespace refmend;

class tst_AuthorListEditor : public QObject
{
    Q_OBJECT

private:
    Document *m_doc = nullptr;
    AuthorListEditor *m_editor = nullptr;

    QStringList families() const
    {
        QStringList list;
        for (const Person &p : m_doc->record(0).authors())
            list << (p.isLiteral() ? p.literal : p.family);
        return list;
    }

    QUndoStack *stack() const { return m_doc->undoStack(); }

    QAction *action(const QString &text) const
    {
        const QList<QAction *> actions = m_editor->findChildren<QAction *>();
        for (QAction *a : actions) {
            if (a->text() == text)
                return a;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_doc = new Document;
        Collection c;
        Record r;
        r.setValue(FieldKey::Title, QStringLiteral("A title"));
        r.setPersons(PersonRole::Author, {parsePersonName(u"Costa, Luís"),
                                          parsePersonName(u"Souza, Ana"),
                                          parsePersonName(u"Berg, Jan")});
        c.records = {r};
        m_doc->setCollection(c);
        m_editor = new AuthorListEditor;
        m_editor->setDocument(m_doc);
        m_editor->setRecord(0);
    }

    void cleanup()
    {
        delete m_editor;
        delete m_doc;
    }

    void shouldShowOnePersonPerRowWithTheirParts()
    {
        QAbstractItemModel *model = m_editor->view()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, PersonListModel::Family).data().toString(), QStringLiteral("Costa"));
        QCOMPARE(model->index(0, PersonListModel::Given).data().toString(), QStringLiteral("Luís"));
        QCOMPARE(model->index(0, PersonListModel::Institution).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Unchecked));
        QVERIFY(model->flags(model->index(0, PersonListModel::Given)) & Qt::ItemIsEditable);
    }

    void shouldAddAPersonAsOneUndoStep()
    {
        m_editor->addPerson(parsePersonName(u"van der Berg, Jan"), 1);
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(families(), (QStringList{QStringLiteral("Costa"), QStringLiteral("Berg"),
                                          QStringLiteral("Souza"), QStringLiteral("Berg")}));
        QCOMPARE(m_doc->record(0).authors().at(1).particle, QStringLiteral("van der"));
        QCOMPARE(m_editor->persons().size(), 4);
        stack()->undo();
        QCOMPARE(families().size(), 3);
        QCOMPARE(m_editor->persons().size(), 3);
    }

    void shouldRemoveTheSelectedPeopleAsOneUndoStep()
    {
        m_editor->removePersons({0, 2});
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(families(), QStringList{QStringLiteral("Souza")});
        stack()->undo();
        QCOMPARE(families(), (QStringList{QStringLiteral("Costa"), QStringLiteral("Souza"),
                                          QStringLiteral("Berg")}));
    }

    void shouldMoveAPersonUpAndDownOneStepEach()
    {
        m_editor->movePerson(2, 1);
        QCOMPARE(families(), (QStringList{QStringLiteral("Costa"), QStringLiteral("Berg"),
                                          QStringLiteral("Souza")}));
        // The moved person stays selected, so the "Up" action moves it on.
        QCOMPARE(m_editor->view()->currentIndex().row(), 1);
        QAction *up = action(QStringLiteral("Up"));
        QVERIFY(up);
        QVERIFY(up->isEnabled());
        up->trigger();
        QCOMPARE(families(), (QStringList{QStringLiteral("Berg"), QStringLiteral("Costa"),
                                          QStringLiteral("Souza")}));
        QVERIFY(!up->isEnabled());   // now first
        QCOMPARE(stack()->count(), 2);
        stack()->undo();
        stack()->undo();
        QCOMPARE(families(), (QStringList{QStringLiteral("Costa"), QStringLiteral("Souza"),
                                          QStringLiteral("Berg")}));
    }

    void shouldSwapGivenAndFamilyAndClearTheWrittenForm()
    {
        QVERIFY(!m_doc->record(0).authors().at(1).raw.isEmpty());
        m_editor->swapGivenFamily({1});
        QCOMPARE(stack()->count(), 1);
        const Person p = m_doc->record(0).authors().at(1);
        QCOMPARE(p.family, QStringLiteral("Ana"));
        QCOMPARE(p.given, QStringLiteral("Souza"));
        QVERIFY(p.raw.isEmpty());
        QCOMPARE(p.textForWriting(), p.displayName());
    }

    void shouldPasteAListOfNamesAsOneUndoStep()
    {
        QCOMPARE(m_editor->pasteNames(QStringLiteral("Smith, John; Doe, Jane"), 3), 2);
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(families(), (QStringList{QStringLiteral("Costa"), QStringLiteral("Souza"),
                                          QStringLiteral("Berg"), QStringLiteral("Smith"),
                                          QStringLiteral("Doe")}));
        QCOMPARE(m_doc->record(0).authors().at(4).given, QStringLiteral("Jane"));
        stack()->undo();
        QCOMPARE(families().size(), 3);
    }

    void shouldPasteNothingFromTextWithoutNames()
    {
        QCOMPARE(m_editor->pasteNames(QStringLiteral("  \n ")), 0);
        QCOMPARE(stack()->count(), 0);
    }

    void shouldTurnACellEditIntoOneCommandThatWritesTheNewParts()
    {
        QAbstractItemModel *model = m_editor->view()->model();
        QVERIFY(model->setData(model->index(0, PersonListModel::Given), QStringLiteral("Luis Miguel")));
        QCOMPARE(stack()->count(), 1);
        const Person p = m_doc->record(0).authors().at(0);
        QCOMPARE(p.given, QStringLiteral("Luis Miguel"));
        QCOMPARE(p.family, QStringLiteral("Costa"));
        QVERIFY(p.raw.isEmpty());
        QVERIFY(p.textForWriting().contains(QStringLiteral("Luis Miguel")));
        QCOMPARE(model->index(0, PersonListModel::Given).data().toString(), QStringLiteral("Luis Miguel"));
    }

    void shouldMarkAPersonAsAnInstitutionAndBack()
    {
        QAbstractItemModel *model = m_editor->view()->model();
        QVERIFY(model->setData(model->index(2, PersonListModel::Institution), Qt::Checked,
                               Qt::CheckStateRole));
        Person p = m_doc->record(0).authors().at(2);
        QVERIFY(p.isLiteral());
        QCOMPARE(p.literal, QStringLiteral("Jan Berg"));
        QCOMPARE(model->index(2, PersonListModel::Family).data().toString(), QStringLiteral("Jan Berg"));
        QVERIFY(!(model->flags(model->index(2, PersonListModel::Given)) & Qt::ItemIsEditable));

        QVERIFY(model->setData(model->index(2, PersonListModel::Institution), Qt::Unchecked,
                               Qt::CheckStateRole));
        p = m_doc->record(0).authors().at(2);
        QVERIFY(!p.isLiteral());
        QCOMPARE(p.family, QStringLiteral("Berg"));
        QCOMPARE(p.given, QStringLiteral("Jan"));
        QCOMPARE(stack()->count(), 2);
    }

    void shouldEditTheChosenRoleOnly()
    {
        m_editor->setRole(PersonRole::Editor);
        QCOMPARE(m_editor->persons().size(), 0);
        m_editor->addPerson(parsePersonName(u"Editor, Erin"));
        QCOMPARE(m_doc->record(0).persons(PersonRole::Editor).size(), 1);
        QCOMPARE(m_doc->record(0).authors().size(), 3);
        m_editor->setRole(PersonRole::Author);
        QCOMPARE(m_editor->persons().size(), 3);
    }

    void shouldBeDisabledWithoutARecord()
    {
        m_editor->setRecord(-1);
        QVERIFY(!m_editor->isEnabled());
        QCOMPARE(m_editor->persons().size(), 0);
        m_editor->addPerson(parsePersonName(u"Nobody, Nora"));
        QCOMPARE(stack()->count(), 0);
    }
};

QTEST_MAIN(tst_AuthorListEditor)
#include "tst_authorlisteditor.moc"
