#pragma once

#include "fieldkey.h"
#include "person.h"
#include "recordtype.h"

#include <QList>
#include <QString>
#include <array>

namespace refmend {

/*! \brief One (key, value) pair of a record, in source order.
    \c tag is the tag as the source wrote it ("J" for EndNote %J, "JO" for RIS); for
    FieldKey::Other it is the field's only identity. */
struct Field {
    FieldKey key = FieldKey::Other;
    QString tag;
    QString value;
    int line = 0;     // 1-based position of the value in the source, 0 when unknown
    int column = 0;

    friend bool operator==(const Field &a, const Field &b)
    { return a.key == b.key && a.tag == b.tag && a.value == b.value; }
    friend bool operator!=(const Field &a, const Field &b) { return !(a == b); }
};

using RecordId = quint64;

/*! \brief A citation: type, ordered fields and the person lists. Plain value type. */
class Record
{
public:
    RecordId id = 0;
    RecordType type = RecordType::Generic;
    QString sourceType;     // the type as the source wrote it ("Journal Article", "JOUR")
    QString sourceFormat;   // format id of the file it came from ("endnote"); tags are that format's
    QList<Field> fields;
    int line = 0;           // 1-based line where the record starts in its source

    //! First value of \a key, or an empty string.
    QString value(FieldKey key) const;
    QStringList values(FieldKey key) const;
    bool has(FieldKey key) const;
    //! Index of the first field with \a key (or, for Other, with \a tag), -1 if none.
    int indexOf(FieldKey key, QStringView tag = {}) const;
    //! Sets the first field with \a key; appends one (with \a tag) if there is none;
    //! removes it when \a value is empty.
    void setValue(FieldKey key, const QString &value, const QString &tag = {});

    const PersonList &persons(PersonRole role) const { return m_persons[size_t(role)]; }
    void setPersons(PersonRole role, const PersonList &list) { m_persons[size_t(role)] = list; }
    PersonList &personsRef(PersonRole role) { return m_persons[size_t(role)]; }
    const PersonList &authors() const { return persons(PersonRole::Author); }

    //! The four digits of the year (from Year, else Date), or empty.
    QString year() const;
    //! Authors in display form joined with "; ".
    QString authorsText() const;

    friend bool operator==(const Record &a, const Record &b);
    friend bool operator!=(const Record &a, const Record &b) { return !(a == b); }

private:
    std::array<PersonList, size_t(PersonRole::Count)> m_persons;
};

} // namespace refmend
