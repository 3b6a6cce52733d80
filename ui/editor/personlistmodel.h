#pragma once

#include "model/person.h"

#include <QAbstractTableModel>

namespace refmend {

/*! \brief One person list (the authors of a record, say) as a table.
    Edits are not applied here: setData() emits personEdited() with the edited person and
    the owner turns that into an undo command; the list comes back through setPersons(). */
class PersonListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Family, Given, Particle, Suffix, Institution, ColumnCount };
    Q_ENUM(Column)

    explicit PersonListModel(QObject *parent = nullptr);

    const PersonList &persons() const { return m_persons; }
    //! Updates in place when the length is unchanged (keeps the view's editor and selection).
    void setPersons(const PersonList &persons);

    //! \a person with \a column set to \a value; raw is cleared so writers use the new parts.
    static Person edited(const Person &person, int column, const QVariant &value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void personEdited(int row, const refmend::Person &person);

private:
    PersonList m_persons;
};

} // namespace refmend
