#pragma once

#include "../model/fieldkey.h"
#include "../model/person.h"
#include "../model/recordtype.h"

#include <QChar>
#include <QString>
#include <QStringView>
#include <optional>

namespace refmend {

/*! \brief The EndNote tagged (Refer) vocabulary: which %-tag means what.
    Shared by EndNoteReader and EndNoteWriter so that reading and writing agree. */
namespace endnote {

//! True for the tag characters EndNote itself writes (%A, %0, %@, %~ ...).
bool isKnownTag(QChar tag);

//! True when \a line is a tag line: '%', one non-space tag character, then a space or the
//! end of the line.
bool isTagLine(QStringView line);

//! %A, %E, %Y and %? name people; every other tag is a field.
std::optional<PersonRole> personRoleForTag(QChar tag);
QChar tagForPersonRole(PersonRole role);

//! FieldKey::Other for tags RefMend has no key for (%O, %H, %1 ...), which are kept verbatim.
FieldKey fieldKeyForTag(QChar tag);
//! The tag RefMend writes for \a key; the container is %B for chapters and conference
//! papers, %J otherwise. A null QChar for FieldKey::Other.
QChar tagForFieldKey(FieldKey key, RecordType type);

//! Maps a %0 value ("Journal Article", "Book Section") to a RecordType; unknown names
//! give RecordType::Generic.
RecordType recordTypeForName(QStringView name);
//! The %0 name RefMend writes for \a type ("Journal Article").
QString nameForRecordType(RecordType type);

//! "%A", "%0": the tag as a user reads it in a message.
QString tagDisplay(QChar tag);

} // namespace endnote
} // namespace refmend
