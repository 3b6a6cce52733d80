#pragma once

#include "format.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <optional>
#include <utility>

namespace refmend {

/*! \brief Reads MEDLINE / PubMed text (.nbib, PubMed's "MEDLINE" format): "PMID- 123",
    a tag of up to four characters padded with spaces, "- ", the value; continuation lines
    are indented (six spaces) and join with one space. Records end at a blank line.
    FAU "Last, First" names a person and the AU after it is its short form ("Last FM"), not a
    second person; AU alone names a person too, CN an organisation. AID "10.1/x [doi]" is the
    DOI; DP the date; the first PT the type. Tags RefMend has no key for are kept verbatim. */
class MedlineReader : public Reader
{
public:
    void read(const QString &text, Collection &out) const override;
};

//! Confidence 0..100 that \a head is MEDLINE.
int sniffMedline(QStringView head);

//! The MEDLINE vocabulary, shared by MedlineReader and MedlineWriter.
namespace medline {

/*! True when \a line is a tag line ("PMID- 1", "TI  - x", "ISSN - x", "PMID-1");
    \a tagLength and \a valueStart receive the tag's length and the value's offset. */
bool isTagLine(QStringView line, qsizetype *tagLength = nullptr, qsizetype *valueStart = nullptr);

FieldKey fieldKeyForTag(QStringView tag);
//! The tag RefMend writes for \a key; empty when MEDLINE has no place for it.
QString tagForFieldKey(FieldKey key);

RecordType recordTypeForName(QStringView publicationType);
//! "Journal Article", "Book", "Book Chapter", "Congress", ...
QString nameForRecordType(RecordType type);

//! "10.1/x [doi]" or "doi:10.1/x": the DOI, else nothing.
std::optional<QString> doiOfArticleId(QStringView value);

//! NLM's short form of a name: "van der Berg JA", "Hellinger FR Jr".
QString shortName(const Person &person);

//! True when \a name is written under FAU, AU, FED or ED in \a recordText.
bool isNameInText(QStringView recordText, QStringView name);
//! The (FAU, AU) pairs of a record's text, in order: the short forms the file gave.
QList<std::pair<QString, QString>> shortNamesInText(QStringView recordText);

} // namespace medline
} // namespace refmend
