#include "formats/medlinewriter.h"

#include "formats/medlinereader.h"
#include "formats/taggedlines.h"

using namespace Qt::StringLiterals;

namespace refmend {

namespace {

const QString kMedline = u"medline"_s;
constexpr qsizetype kLineWidth = 88;   // as PubMed wraps
constexpr QStringView kIndent = u"      ";

bool isTagSyntax(QStringView tag)
{
    if (tag.size() < 2 || tag.size() > 4 || tag.at(0) < u'A' || tag.at(0) > u'Z')
        return false;
    for (QChar c : tag) {
        if (!((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')))
            return false;
    }
    return true;
}

bool isNumeric(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool looksLikeIsbn(QStringView text)
{
    int digits = 0;
    for (QChar c : text) {
        if (c.isDigit() || c == u'X' || c == u'x')
            ++digits;
    }
    return digits == 10 || digits == 13;
}

class RecordWriter
{
public:
    RecordWriter(QString &out, int recordIndex, QList<Diagnostic> *warnings)
        : m_out(out), m_recordIndex(recordIndex), m_warnings(warnings) {}

    void write(const Record &record);
    void writeUnparsed(const Record &record);

private:
    void writeRecord(const Record &record);
    void writeTag(QStringView tag, const QString &value);
    void writePerson(const Record &record, PersonRole role, const Person &person);
    void writeType(const Record &record);
    QString tagFor(const Record &record, const Field &field) const;
    void warn(const QString &message, const QString &field = QString())
    { tagged::addWriteWarning(m_warnings, m_recordIndex, message, field); }

    QString &m_out;
    int m_recordIndex;
    QList<Diagnostic> *m_warnings;
    QList<std::pair<QString, QString>> m_shortNames;   // (FAU, AU) of the record's source
    bool m_fullNames = true;                           // write FAU (else AU alone)
    bool m_typeWritten = false;
};

void RecordWriter::writeTag(QStringView tag, const QString &text)
{
    QString value = tagged::chopTrailingSpace(text).toString();
    if (tagged::isBlank(value))
        return;
    if (value.contains(u'\n') || value.contains(u'\r')) {
        warn(u"MEDLINE values are one paragraph: the line breaks of %1 are written as spaces"_s
                     .arg(tag));
        for (QChar &c : value) {
            if (c == u'\n' || c == u'\r')
                c = u' ';
        }
        value = value.simplified();
    }
    m_out += tag;
    for (qsizetype i = tag.size(); i < 4; ++i)
        m_out += u' ';
    m_out += u"- "_s;
    // Wrap at single spaces only, so that the reader's one-space join gives the value back:
    // between two characters that are no space of any kind (the reader trims a line's
    // spaces, no-break ones too, and a line of nothing else ends the record).
    QStringView rest(value);
    qsizetype width = kLineWidth - 6;
    while (rest.size() > width) {
        qsizetype cut = -1;
        for (qsizetype i = width; i > 0; --i) {
            if (rest.at(i) == u' ' && !rest.at(i - 1).isSpace() && i + 1 < rest.size()
                && !rest.at(i + 1).isSpace()) {
                cut = i;
                break;
            }
        }
        if (cut < 0)
            break;
        m_out += rest.first(cut);
        m_out += u'\n';
        m_out += kIndent;
        rest = rest.sliced(cut + 1);
        width = kLineWidth - kIndent.size();
    }
    m_out += rest;
    m_out += u'\n';
}

void RecordWriter::writePerson(const Record &record, PersonRole role, const Person &person)
{
    // An organisation is a CN, unless the file wrote it as a name (the name parser takes
    // some short forms, "Lu ET", for organisations).
    const bool organisation = person.isLiteral()
            && !(record.sourceFormat == kMedline && record.source.isValid()
                 && medline::isNameInText(record.source.text(), person.raw));
    if (organisation) {
        if (role == PersonRole::Author) {
            writeTag(u"CN", tagged::oneLine(person.literal));
            return;
        }
    } else if (role == PersonRole::Author || role == PersonRole::Editor) {
        // A name read from MEDLINE is written as it was; others family first.
        const QString full = tagged::oneLine(record.sourceFormat == kMedline
                                             ? tagged::plainNameForWriting(person)
                                             : tagged::familyFirstName(person));
        QString brief;
        // The short form the file gave, while the name is the one it was given for.
        for (qsizetype i = 0; i < m_shortNames.size(); ++i) {
            if (m_shortNames.at(i).first == full) {
                brief = m_shortNames.at(i).second;
                m_shortNames.removeAt(i);
                break;
            }
        }
        const bool author = role == PersonRole::Author;
        if (!m_fullNames) {
            writeTag(author ? u"AU" : u"ED", full);   // a file with short names only
            return;
        }
        if (brief.isEmpty())
            brief = medline::shortName(person);
        writeTag(author ? u"FAU" : u"FED", full);
        writeTag(author ? u"AU" : u"ED", brief);
        return;
    }
    const QString name = personRoleId(role);
    writeTag(u"GN", name + u": "_s + tagged::plainNameForWriting(person));
    warn(u"MEDLINE has no tag for a %1; written as a note (GN)"_s.arg(personRoleDisplayName(role).toLower()),
         name);
}

void RecordWriter::writeType(const Record &record)
{
    if (m_typeWritten)
        return;
    m_typeWritten = true;
    if (record.sourceFormat == kMedline && record.sourceType.trimmed().isEmpty()
        && record.type == RecordType::Generic) {
        return;   // it had no PT, and has none now
    }
    if (record.sourceFormat == kMedline && !record.sourceType.trimmed().isEmpty()) {
        // The record's type comes from its first PT with one, which may be a later PT.
        RecordType type = medline::recordTypeForName(record.sourceType);
        for (const Field &field : record.fields) {
            if (type != RecordType::Generic)
                break;
            if (field.tag == u"PT")
                type = medline::recordTypeForName(field.value);
        }
        if (type == record.type) {
            writeTag(u"PT", record.sourceType);
            return;
        }
    }
    const QString name = medline::nameForRecordType(record.type);
    if (!name.isEmpty())
        writeTag(u"PT", name);
}

QString RecordWriter::tagFor(const Record &record, const Field &field) const
{
    if (record.sourceFormat == kMedline && isTagSyntax(field.tag)
        && (medline::fieldKeyForTag(field.tag) == field.key
            || (field.tag == u"AID" && field.key == FieldKey::Other))) {
        return field.tag;   // AID: an identifier other than the DOI
    }
    if (record.sourceFormat == kMedline && field.tag == u"BTI" && field.key == FieldKey::Title)
        return field.tag;   // a book's title
    if (field.key == FieldKey::Isbn)
        return looksLikeIsbn(field.value) ? u"ISBN"_s : u"IS"_s;
    if (field.key != FieldKey::Other)
        return medline::tagForFieldKey(field.key);
    // The journal abbreviation of RIS (J2, JA) and Web of Science (JI) is MEDLINE's TA.
    if ((record.sourceFormat == u"ris" && (field.tag == u"J2" || field.tag == u"JA"))
        || (record.sourceFormat == u"wos" && field.tag == u"JI")) {
        return u"TA"_s;
    }
    return QString();
}

void RecordWriter::write(const Record &record)
{
    const qsizetype start = m_out.size();
    writeRecord(record);
    if (m_out.size() == start)
        writeTag(u"PT", u"Generic"_s);   // a record with nothing in it is still a record
}

void RecordWriter::writeRecord(const Record &record)
{
    const bool fromMedline = record.sourceFormat == kMedline;
    if (fromMedline && record.source.isValid()) {
        m_shortNames = medline::shortNamesInText(record.source.text());
        // Records with AU alone (older or non-PubMed exports) stay that way.
        const QStringView text = record.source.text();
        m_fullNames = text.startsWith(u"FAU ") || text.contains(u"\nFAU ")
                || text.contains(u"\rFAU ") || text.startsWith(u"FED ") || text.contains(u"\nFED ");
    }

    // PMID first, the way PubMed writes it.
    const Field *pmid = nullptr;
    if (!fromMedline) {
        for (const Field &field : record.fields) {
            if (field.key == FieldKey::AccessionNumber && isNumeric(field.value.trimmed())) {
                pmid = &field;
                writeTag(u"PMID", field.value);
                break;
            }
        }
    }

    // MEDLINE has one date, DP ("2018 Apr 12"). It takes the date when that is of the
    // record's year (or there is no year); a date without a year ("JUN 14", as Web of Science
    // writes PD) gets the year in front; a date of another year than the record's goes into
    // a note, and DP takes the year, so that the record keeps its year.
    const QString year = record.value(FieldKey::Year).trimmed();
    const QString yearOfDate = [&] {
        Record dateOnly;
        dateOnly.setValue(FieldKey::Date, record.value(FieldKey::Date));
        return dateOnly.year();
    }();
    const QString recordYear = record.year();
    enum class DateFrom { Date, YearAndDate, Year };
    DateFrom dateFrom = DateFrom::Date;
    if (!record.has(FieldKey::Date))
        dateFrom = DateFrom::Year;
    else if (!year.isEmpty() && yearOfDate.isEmpty())
        dateFrom = DateFrom::YearAndDate;
    else if (!year.isEmpty() && yearOfDate != recordYear)
        dateFrom = DateFrom::Year;
    bool dateWritten = false;
    QList<const Field *> homeless;
    for (const tagged::Item &item : tagged::orderedItems(record)) {
        if (item.person) {
            writePerson(record, item.role, *item.person);
            continue;
        }
        const Field &field = *item.field;
        if (&field == pmid || field.value.trimmed().isEmpty())
            continue;
        if (field.tag == u"PT" && fromMedline)
            writeType(record);   // the first PT goes before the others
        if (field.key == FieldKey::Year) {
            const QString value = field.value.trimmed();
            if (dateFrom == DateFrom::Year && !dateWritten) {
                writeTag(u"DP", field.value);
                dateWritten = true;
            } else if (value != (dateFrom == DateFrom::YearAndDate ? year : yearOfDate)) {
                homeless.append(&field);   // a year DP does not hold
            }
            continue;
        }
        if (field.key == FieldKey::Date) {
            if (dateFrom == DateFrom::Year || dateWritten) {
                homeless.append(&field);
            } else {
                const bool ownTag = fromMedline && field.tag == u"DP";
                writeTag(u"DP", dateFrom == DateFrom::YearAndDate && !ownTag
                                 ? year + u' ' + field.value.trimmed() : field.value);
                dateWritten = true;
            }
            continue;
        }
        if (field.key == FieldKey::Doi) {
            writeTag(fromMedline && field.tag == u"LID" ? u"LID" : u"AID", field.value + u" [doi]"_s);
            continue;
        }
        if (field.key == FieldKey::AccessionNumber && !fromMedline && !isNumeric(field.value.trimmed())) {
            homeless.append(&field);
            continue;
        }
        const QString tag = tagFor(record, field);
        if (tag.isEmpty())
            homeless.append(&field);
        else
            writeTag(tag, field.value);
    }
    writeType(record);
    for (const Field *field : std::as_const(homeless)) {
        const QString name = field->tag.isEmpty() ? fieldKeyId(field->key) : field->tag;
        writeTag(u"GN", name + u": "_s + field->value);
        warn(u"field \"%1\" has no MEDLINE tag; written as a note (GN)"_s.arg(name), name);
    }
}

void RecordWriter::writeUnparsed(const Record &record)
{
    writeTag(u"GN", record.source.isValid() ? record.source.text().toString().simplified() : QString());
    warn(u"record from line %1 could not be read in its own format; its text is kept as a note (GN)"_s
                 .arg(record.line), u"unparsed record"_s);
}

} // namespace

QString MedlineWriter::write(const QList<Record> &records, const WriteOptions &options,
                             QList<Diagnostic> *warnings) const
{
    return tagged::writeRecords(records, kMedline, options,
                                [warnings](const Record &record, int index, QString &out) {
        RecordWriter writer(out, index, warnings);
        if (record.unparsed)
            writer.writeUnparsed(record);
        else
            writer.write(record);
    });
}

} // namespace refmend
