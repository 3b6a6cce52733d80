#pragma once

#include "model/person.h"

#include "document/document.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QTabBar;
class QTableView;

namespace refmend {

class PersonListModel;

/*! \brief Edits the person lists of one record: a table of family, given, particle and
    suffix per person, one tab per role. Every change is one SetPersonsCommand on the
    Document's undo stack; the table follows the Document, never the other way round. */
class AuthorListEditor : public QWidget
{
    Q_OBJECT
public:
    explicit AuthorListEditor(QWidget *parent = nullptr);
    ~AuthorListEditor() override;

    void setDocument(Document *document);
    Document *document() const { return m_document; }
    //! The Document row being edited, or -1.
    int record() const { return m_row; }
    void setRecord(int row);

    PersonRole role() const { return m_role; }
    void setRole(PersonRole role);
    //! The list shown (of role() of record()).
    PersonList persons() const;

    QTableView *view() const { return m_view; }
    //! Rows selected in the table, ascending.
    QList<int> selectedRows() const;

public Q_SLOTS:
    //! Inserts \a person at \a position (-1: after the current row, or at the end).
    void addPerson(const refmend::Person &person, int position = -1);
    void removePersons(const QList<int> &rows);
    void movePerson(int from, int to);
    void swapGivenFamily(const QList<int> &rows);
    //! Splits \a text into names and inserts them; returns how many were added.
    int pasteNames(const QString &text, int position = -1);

private:
    void commit(const PersonList &persons, const QString &text, const QList<int> &selectRows);
    void reload();
    void updateTabs();
    void updateActions();
    void onPersonEdited(int row, const Person &person);
    int insertPosition(int position) const;

    void addPersonInteractively();
    void pasteInteractively();

    QPointer<Document> m_document;
    int m_row = -1;
    PersonRole m_role = PersonRole::Author;

    QTabBar *m_tabs = nullptr;
    QTableView *m_view = nullptr;
    PersonListModel *m_model = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_upAction = nullptr;
    QAction *m_downAction = nullptr;
    QAction *m_swapAction = nullptr;
    QAction *m_pasteAction = nullptr;
};

} // namespace refmend
