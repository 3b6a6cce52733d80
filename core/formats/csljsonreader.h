#pragma once

#include "format.h"

#include <QJsonObject>
#include <QJsonValue>

namespace refmend {

/*! \brief Reads CSL-JSON (citeproc input): an array of items, an object keyed by id, or a
    single item. Variables RefMend has a key for become those fields (tag = the variable as
    written); every other variable is kept as FieldKey::Other under its name, nested values
    as compact JSON, so that CslJsonWriter writes them back unchanged. A file that is not
    valid JSON as a whole gives one Error and no records: JSON has no point to resume at. */
class CslJsonReader : public Reader
{
public:
    void read(const QString &text, Collection &out) const override;
};

/*! \brief The CSL vocabulary, shared by CslJsonReader and CslJsonWriter so that reading and
    writing agree. */
namespace csl {

//! The key a CSL variable is read into ("page" -> Pages); FieldKey::Other when none.
FieldKey fieldKeyForVariable(QStringView variable);
bool isDateVariable(QStringView variable);
bool isNameVariable(QStringView variable);
//! "article-journal" -> Article, "legal_case" -> Generic.
RecordType recordTypeForCslType(QStringView type);

/*! \brief A CSL date as text: "1999", "1999-03-22", "1999-03/2001" (a range), the raw text
    of a raw-only date, else the compact JSON of the object (circa, season, literal ...), so
    that dateFromText() gives the same date back. */
QString dateText(const QJsonObject &date);
//! The inverse of dateText() for its numeric and JSON forms; an empty object otherwise.
QJsonObject dateFromText(QStringView text);
//! The year a date starts in, or an empty string.
QString dateYear(const QJsonObject &date);

/*! \brief A person from a CSL name: an object (family, given, particles, suffix, literal) or
    a string. Names with more than Person holds (dropping-particle, comma-suffix, ...) and
    string names keep their JSON as Person::raw, which the writer then writes back. */
Person personFromName(const QJsonValue &name);

//! Compact JSON text of any value (a string comes with its quotes).
QString compactJson(const QJsonValue &value);
//! The value \a text holds as JSON; QJsonValue::Undefined when it is not JSON.
QJsonValue parseJson(QStringView text);

} // namespace csl

} // namespace refmend
