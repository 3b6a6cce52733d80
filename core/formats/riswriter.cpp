#include "formats/riswriter.h"

#include "formats/risreader.h"
#include "formats/taggedlines.h"

#include <array>

using namespace Qt::StringLiterals;

namespace refmend {

namespace {

const QString kRis = u"ris"_s;

bool isTagSyntax(QStringView tag)
{
    return tag.size() == 2 && tag.at(0) >= u'A' && tag.at(0) <= u'Z'
            && ((tag.at(1) >= u'A' && tag.at(1) <= u'Z') || (tag.at(1) >= u'0' && tag.at(1) <= u'9'));
}

//! A line RisReader would take for a tag (or a numbered TY) rather than a continuation.
bool readsAsTag(QStringView line)
{
    return ris::isTagLine(line)
            || (!line.isEmpty() && line.front().isDigit() && ris::numberedTypeLineStart(line) >= 0);
}

class RecordWriter
{
public:
    RecordWriter(QString &out, int recordIndex, QList<Diagnostic> *warnings)
        : m_out(out), m_recordIndex(recordIndex), m_warnings(warnings) {}

    void write(const Record &record);
    void writeUnparsed(const Record &record);

private:
    void writeTag(const QString &tag, const QString &value);
    void writePages(const Record &record, const Field &field);
    QString tagFor(const Record &record, const Field &field);
    void personTagsFromSource(const Record &record);
    void warn(const QString &message, const QString &field = QString())
    { tagged::addWriteWarning(m_warnings, m_recordIndex, message, field); }

    QString &m_out;
    int m_recordIndex;
    QList<Diagnostic> *m_warnings;
    std::array<QString, size_t(PersonRole::Count)> m_personTags;
};

void RecordWriter::writeTag(const QString &tag, const QString &text)
{
    QString value = text;
    if (value.contains(u'\r')) {
        value.replace(u"\r\n"_s, u"\n"_s);
        value.replace(u'\r', u'\n');
    }
    // The reader drops the whitespace at the end of a line, and blank lines at the end of a
    // value; spaces at its start are kept ("TI  -  x" holds " x").
    qsizetype first = 0;
    while (first < value.size() && (value.at(first) == u'\n' || value.at(first) == u'\r'))
        ++first;
    qsizetype last = value.size();
    while (last > first && value.at(last - 1).isSpace())
        --last;
    if (tagged::isBlank(QStringView(value).sliced(first, last - first)))
        return;
    const QStringView trimmed = QStringView(value).sliced(first, last - first);
    const QList<QStringView> lines = trimmed.split(u'\n');

    if (ris::isListTag(tag)) {
        // One keyword or name per line, each under its own tag.
        for (QStringView line : lines) {
            line = line.trimmed();
            if (line.isEmpty())
                continue;
            m_out += tag;
            m_out += u"  - "_s;
            m_out += line;
            m_out += u'\n';
        }
        return;
    }

    m_out += tag;
    m_out += u"  - "_s;
    m_out += tagged::chopTrailingSpace(lines.first());
    m_out += u'\n';
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QStringView line = lines.at(i);
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
        if (line.startsWith(QChar(0xFEFF))) {
            warn(u"a line of %1 starts with a byte order mark, which will not read back"_s.arg(tag));
        } else if (readsAsTag(line)) {
            warn(u"a line of %1 starts like a RIS tag; written with a leading space"_s.arg(tag));
            m_out += u' ';
        }
        m_out += line;
        m_out += u'\n';
    }
}

void RecordWriter::writePages(const Record &record, const Field &field)
{
    if (record.sourceFormat == kRis && field.tag == u"EP") {
        writeTag(u"EP"_s, field.value);   // an end page without a start page
        return;
    }
    // "12-34" (one hyphen, nothing around it) is the SP-EP pair the reader joined.
    const QString &value = field.value;
    const qsizetype dash = value.indexOf(u'-');
    const bool pair = dash > 0 && dash + 1 < value.size() && value.indexOf(u'-', dash + 1) < 0
            && !value.at(dash - 1).isSpace() && !value.at(dash + 1).isSpace()
            && !value.front().isSpace() && !value.back().isSpace() && !value.contains(u'\n');
    if (!pair) {
        writeTag(u"SP"_s, value);
        return;
    }
    writeTag(u"SP"_s, value.left(dash));
    writeTag(u"EP"_s, value.mid(dash + 1));
}

QString RecordWriter::tagFor(const Record &record, const Field &field)
{
    if (record.sourceFormat == kRis && (isTagSyntax(field.tag) || field.tag == u"PMID" || field.tag == u"PMC")
        && field.tag != u"TY"
        && field.tag != u"ER" && !ris::personRoleForTag(field.tag)
        && ris::fieldKeyForTag(field.tag, record.type) == field.key) {
        return field.tag;
    }
    if (field.key != FieldKey::Other)
        return ris::tagForFieldKey(field.key);
    // The journal abbreviation of MEDLINE (TA) and Web of Science (JI) is RIS's J2.
    if ((record.sourceFormat == u"medline" && field.tag == u"TA")
        || (record.sourceFormat == u"wos" && field.tag == u"JI")) {
        return u"J2"_s;
    }
    if (isTagSyntax(field.tag) && !ris::isDefinedTag(field.tag)) {
        warn(u"field \"%1\" has no RIS tag; written under its own tag, which other programs may not read"_s
                     .arg(field.tag), field.tag);
        return field.tag;
    }
    return QString();
}

void RecordWriter::personTagsFromSource(const Record &record)
{
    for (int role = 0; role < int(PersonRole::Count); ++role)
        m_personTags[size_t(role)] = ris::tagForPersonRole(PersonRole(role));
    if (record.sourceFormat != kRis || !record.source.isValid())
        return;
    // An edited record keeps the name tags it was written with (A1 rather than AU, ED
    // rather than A2).
    std::array<bool, size_t(PersonRole::Count)> seen{};
    tagged::LineReader reader(record.source.text());
    tagged::Line line;
    while (reader.next(line)) {
        if (!ris::isTagLine(line.text))
            continue;
        const QStringView tag = line.text.first(2);
        if (const std::optional<PersonRole> role = ris::personRoleForTag(tag)) {
            if (!seen[size_t(*role)]) {
                seen[size_t(*role)] = true;
                m_personTags[size_t(*role)] = tag.toString();
            }
        }
    }
}

void RecordWriter::write(const Record &record)
{
    const bool fromRis = record.sourceFormat == kRis;
    if (fromRis && !record.sourceType.trimmed().isEmpty()
        && ris::recordTypeForName(record.sourceType) == record.type) {
        writeTag(u"TY"_s, record.sourceType.trimmed());
    } else {
        writeTag(u"TY"_s, ris::nameForRecordType(record.type));
    }
    personTagsFromSource(record);

    QList<const Field *> homeless;
    for (const tagged::Item &item : tagged::orderedItems(record)) {
        if (item.person) {
            // A name is one line, whatever line breaks its source had.
            writeTag(m_personTags[size_t(item.role)],
                     tagged::oneLine(tagged::plainNameForWriting(*item.person)));
            continue;
        }
        const Field &field = *item.field;
        if (field.value.trimmed().isEmpty())
            continue;
        if (field.key == FieldKey::Pages) {
            writePages(record, field);
            continue;
        }
        const QString tag = tagFor(record, field);
        if (tag.isEmpty())
            homeless.append(&field);
        else
            writeTag(tag, field.value);
    }
    for (const Field *field : std::as_const(homeless)) {
        const QString name = field->tag.isEmpty() ? u"other"_s : field->tag;
        writeTag(u"N1"_s, name + u": "_s + field->value);
        warn(u"field \"%1\" has no RIS tag; written as a note (N1)"_s.arg(name), name);
    }
    m_out += u"ER  - \n"_s;
}

void RecordWriter::writeUnparsed(const Record &record)
{
    writeTag(u"TY"_s, ris::nameForRecordType(RecordType::Generic));
    writeTag(u"N1"_s, record.source.isValid() ? record.source.text().toString() : QString());
    m_out += u"ER  - \n"_s;
    warn(u"record from line %1 could not be read in its own format; its text is kept as a note (N1)"_s
                 .arg(record.line), u"unparsed record"_s);
}

} // namespace

QString RisWriter::write(const QList<Record> &records, const WriteOptions &options,
                         QList<Diagnostic> *warnings) const
{
    return tagged::writeRecords(records, kRis, options,
                                [warnings](const Record &record, int index, QString &out) {
        RecordWriter writer(out, index, warnings);
        if (record.unparsed)
            writer.writeUnparsed(record);
        else
            writer.write(record);
    });
}

} // namespace refmend
