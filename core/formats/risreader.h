#pragma once

#include "format.h"

#include <QString>
#include <QStringView>
#include <optional>

namespace refmend {

/*! \brief Reads RIS ("TY  - JOUR" ... "ER  - ") as EndNote, Zotero, Mendeley, RefWorks,
    PubMed, Scopus, Web of Science and the databases write it.
    A tag is two characters ([A-Z][A-Z0-9]), one or more spaces or tabs, '-' and the value
    ("TY - " and "TY  -" too). Lines without a tag continue the field before them (joined with
    '\n'; for KW and the name tags each such line is one more keyword or name). Blank lines do
    not end a record: ER does, or the next TY. Text between records (record numbers "1.",
    "Provider:" headers) stays in the file as it is. A record without TY or without ER is read
    with a warning; SP and EP become one Pages field "SP-EP", split again on writing. */
class RisReader : public Reader
{
public:
    void read(const QString &text, Collection &out) const override;
};

//! Confidence 0..100 that \a head is RIS.
int sniffRis(QStringView head);

//! The RIS vocabulary, shared by RisReader and RisWriter.
namespace ris {

/*! True when \a line is a tag line; \a valueStart receives the offset of the value (after
    the '-' and the whitespace that follows it), \a tagLength 2 (or 4 for PMID, 3 for PMC,
    which PubMed-derived exports write as if they were RIS tags). */
bool isTagLine(QStringView line, qsizetype *valueStart = nullptr, qsizetype *tagLength = nullptr);
/*! "1. TY  - JOUR": a record number before TY on the same line. Returns the offset of "TY",
    or -1. */
qsizetype numberedTypeLineStart(QStringView line);

std::optional<PersonRole> personRoleForTag(QStringView tag);
//! AU, A2, A3, A4.
QString tagForPersonRole(PersonRole role);
//! The field a tag holds; BT is the title of a book and the container of anything else.
FieldKey fieldKeyForTag(QStringView tag, RecordType type);
//! The tag RefMend writes for \a key; empty for FieldKey::Other.
QString tagForFieldKey(FieldKey key);
//! A tag the RIS specification or a common dialect gives a meaning to.
bool isDefinedTag(QStringView tag);
//! KW and the name tags: each continuation line is one more item.
bool isListTag(QStringView tag);

//! Generic for names RIS does not define.
RecordType recordTypeForName(QStringView name);
//! A reference type of the RIS specification (or one exporters write, like WEB or GRNT).
bool isTypeName(QStringView name);
//! JOUR, BOOK, CHAP, CPAPER, THES, RPRT, ELEC, DATA, PAT, COMP, GEN.
QString nameForRecordType(RecordType type);

} // namespace ris
} // namespace refmend
