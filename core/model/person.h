#pragma once

#include <QList>
#include <QString>

namespace refmend {

enum class PersonRole {
    Author,
    Editor,
    SeriesEditor,     // EndNote's tertiary author (%Y)
    Translator,
    Count
};

QString personRoleDisplayName(PersonRole role);
QString personRoleId(PersonRole role);

/*! \brief One person (or institution) named on a record.
    \c raw is the text as the file wrote it; it is written back unchanged as long as
    parsing it still yields the same parts (see textForWriting()). */
struct Person {
    QString family;
    QString given;
    QString particle;   // "van der", "de la", "von"
    QString suffix;     // "Jr.", "III"
    QString literal;    // institution or a name that must not be split
    QString raw;        // as written in the source file; may be empty for new names
    int line = 0;       // 1-based source position of the name, 0 when unknown
    int column = 0;

    bool isLiteral() const { return !literal.isEmpty(); }
    bool isEmpty() const;
    //! Same parts (family, given, particle, suffix, literal); ignores raw and position.
    bool sameName(const Person &other) const;

    //! "van der Berg, Jan, Jr." (family first, the form bibliographies sort by).
    QString displayName() const;
    //! "Jan van der Berg Jr." (natural reading order).
    QString naturalName() const;
    //! raw when it still parses to these parts, otherwise displayName().
    QString textForWriting() const;

    friend bool operator==(const Person &a, const Person &b)
    { return a.sameName(b) && a.raw == b.raw; }
    friend bool operator!=(const Person &a, const Person &b) { return !(a == b); }
};

using PersonList = QList<Person>;

} // namespace refmend
