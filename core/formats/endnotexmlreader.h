#pragma once

#include "format.h"

#include <QStringList>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace refmend {

/*! \brief Reads EndNote XML (<xml><records><record>...): contributors, titles, periodical,
    dates, keywords, urls and the rest. Text split into several <style> runs is joined. The
    element path ("titles/secondary-title", "urls/pdf-urls/url") is each field's tag, so an
    element RefMend has no key for is kept as FieldKey::Other and written back in its place;
    attributes are kept as "path@name" fields. Records are also found inside Word's
    <EndNote><Cite> wrappers. Malformed XML: records before the error are kept, the broken
    one is kept as raw text (unparsed), and reading goes on record by record after it. */
class EndNoteXmlReader : public Reader
{
public:
    void read(const QString &text, Collection &out) const override;
};

//! Confidence 0..100 that \a head is EndNote XML (root <xml> then <records>, or <records>).
int sniffEndNoteXml(QStringView head);

/*! \brief The EndNote XML vocabulary, shared by the reader and EndNoteXmlWriter. Paths are
    relative to <record>: "titles/title", "dates/pub-dates/date". */
namespace endnotexml {

FieldKey fieldKeyForPath(QStringView path);
//! Where RefMend writes \a key ("titles/secondary-title" for the container).
QString pathForFieldKey(FieldKey key);
//! "authors" -> Author, "secondary-authors" -> Editor, ...; nullopt for other groups.
std::optional<PersonRole> personRoleForGroup(QStringView group);
QString groupForPersonRole(PersonRole role);
//! EndNote's number for a reference type name ("Journal Article" -> 17); 0 when unknown.
int refTypeNumber(QStringView name);
//! Sort rank of an element path in EndNote's own element order (unknown ones last).
int pathRank(QStringView path);

} // namespace endnotexml

/*! \brief The record-by-record XML reading that EndNoteXmlReader and ModsReader share. */
namespace xmlrecords {

//! One element of a record as a small tree: enough for the readers to map without keeping
//! a QXmlStreamReader position in mind.
struct Element {
    QString name;                                        // local name, without a prefix
    std::vector<std::pair<QString, QString>> attributes; // local names, as written
    QString text;     // character data; <style> runs joined when the format asks for it
    std::vector<Element> children;
    int line = 0;     // where the element's content starts (1-based)
    int column = 0;

    QString attribute(QStringView name) const;
    //! The first child named \a name, or nullptr.
    const Element *child(QStringView name) const;
    //! Text trimmed; for an element with children, only its own text.
    QString value() const { return text.trimmed(); }
};

struct Format {
    QString id;                    // "endnote-xml": Record::sourceFormat
    QString name;                  // "EndNote XML", for messages
    QString recordName;            // local name of a record element: "record", "mods"
    QStringList wrapperNames;      // elements that may hold records: "xml", "records", ...
    bool joinStyleRuns = false;    // EndNote's <style> runs are text, not elements
    //! Fills \a record from \a element; warnings go to \a diagnostics (recordIndex is set later).
    std::function<void(const Element &element, Record &record, QList<Diagnostic> &diagnostics)> build;
    //! Says what the document is when its root element is none of the above.
    std::function<QString(const QString &rootName)> notThisFormat;
};

//! Reads the records of \a format from \a text; \a progress as Reader::setProgress().
void readRecords(const QString &text, const Format &format, Collection &out,
                 ReadProgress *progress = nullptr);

//! The qualified name of the root element of \a head ("modsCollection", "mods:mods"),
//! skipping the XML declaration, comments and DOCTYPE; \a firstChild gets the first element
//! inside it when \a head reaches that far. Empty when \a head has no element.
QString rootElement(QStringView head, QString *firstChild = nullptr);

} // namespace xmlrecords

} // namespace refmend
