#pragma once

#include "format.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <utility>

namespace refmend {

/*! \brief Reads Web of Science / ISI tagged text (.ciw, .isi, "FN Clarivate Analytics Web of
    Science", "VR 1.0"): two-character tags, continuation lines indented by three spaces, ER
    after each record and EF at the end. AF (full names) is preferred to AU (short names), one
    person per line; DT with PT gives the type; BP and EP become one Pages field "BP-EP".
    Files whose continuation lines are not indented (some old exports) are read with only
    known tags starting a field. The FN/VR header and EF stay in the text between records. */
class WosReader : public Reader
{
public:
    void read(const QString &text, Collection &out) const override;
};

//! Confidence 0..100 that \a head is Web of Science tagged.
int sniffWos(QStringView head);

//! The Web of Science vocabulary, shared by WosReader and WosWriter.
namespace wos {

//! A tag Web of Science defines (or N1, where RefMend writes notes).
bool isKnownTag(QStringView tag);
FieldKey fieldKeyForTag(QStringView tag);
//! The tag RefMend writes for \a key; empty when Web of Science has no place for it.
QString tagForFieldKey(FieldKey key);
//! Tags whose continuation lines are items of their own (names, addresses, references).
bool isListTag(QStringView tag);

//! The type of a record from its PT ("J", "B", "S", "C", "P") and DT ("Article",
//! "Proceedings Paper", "Book Chapter", ...).
RecordType recordTypeFor(QStringView publicationType, QStringView documentType);
//! The PT and DT RefMend writes for \a type.
std::pair<QString, QString> namesForRecordType(RecordType type);

//! "Family, INITIALS", the short form of AU.
QString shortName(const Person &person);
//! True when \a name is one of the AU or AF names of \a recordText.
bool isNameInText(QStringView recordText, QStringView name);
//! The (AF, AU) pairs of a record's text, in order: the short forms the file gave.
QList<std::pair<QString, QString>> shortNamesInText(QStringView recordText);

} // namespace wos
} // namespace refmend
