#include "formats/woswriter.h"

#include "formats/taggedlines.h"
#include "formats/wosreader.h"

using namespace Qt::StringLiterals;

namespace refmend {

namespace {

const QString kWos = u"wos"_s;
constexpr qsizetype kLineWidth = 80;
constexpr QStringView kIndent = u"   ";

bool isTagSyntax(QStringView tag)
{
    return tag.size() == 2 && tag.at(0) >= u'A' && tag.at(0) <= u'Z'
            && ((tag.at(1) >= u'A' && tag.at(1) <= u'Z') || (tag.at(1) >= u'0' && tag.at(1) <= u'9'));
}

class RecordWriter
{
public:
    RecordWriter(QString &out, int recordIndex, QList<Diagnostic> *warnings)
        : m_out(out), m_recordIndex(recordIndex), m_warnings(warnings) {}

    void write(const Record &record);
    void writeUnparsed(const Record &record);

private:
    void writeTag(QStringView tag, const QString &value);
    void writeLines(QStringView tag, const QStringList &lines);
    void writeAuthors(const Record &record);
    void writePages(const Record &record, const Field &field);
    QString tagFor(const Record &record, const Field &field);
    void warn(const QString &message, const QString &field = QString())
    { tagged::addWriteWarning(m_warnings, m_recordIndex, message, field); }

    QString &m_out;
    int m_recordIndex;
    QList<Diagnostic> *m_warnings;
    QString m_lastTag;   // a list tag whose block is open, so that the next item continues it
};

//! One value on one tag, wrapped at single spaces onto indented lines.
void RecordWriter::writeTag(QStringView tag, const QString &text)
{
    QString value = tagged::chopTrailingSpace(text).toString();
    m_lastTag.clear();
    if (tagged::isBlank(value))
        return;
    if (value.contains(u'\n') || value.contains(u'\r')) {
        warn(u"Web of Science values are one paragraph: the line breaks of %1 are written as spaces"_s
                     .arg(tag));
        for (QChar &c : value) {
            if (c == u'\n' || c == u'\r')
                c = u' ';
        }
        value = value.simplified();
    }
    m_out += tag;
    m_out += u' ';
    QStringView rest(value);
    const qsizetype width = kLineWidth - 3;
    while (rest.size() > width) {
        qsizetype cut = -1;
        for (qsizetype i = width; i > 0; --i) {
            if (rest.at(i) == u' ' && rest.at(i - 1) != u' ' && i + 1 < rest.size()
                && rest.at(i + 1) != u' ') {
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
    }
    m_out += rest;
    m_out += u'\n';
}

//! Items of a list tag (names, addresses, references), one per line.
void RecordWriter::writeLines(QStringView tag, const QStringList &lines)
{
    for (const QString &item : lines) {
        const QString line = item.trimmed();
        if (line.isEmpty())
            continue;
        if (m_lastTag == tag) {
            m_out += kIndent;
        } else {
            m_out += tag;
            m_out += u' ';
        }
        m_out += line;
        m_out += u'\n';
        m_lastTag = tag.toString();
    }
}

void RecordWriter::writeAuthors(const Record &record)
{
    const bool fromWos = record.sourceFormat == kWos && record.source.isValid();
    QList<std::pair<QString, QString>> shortNames;
    bool writeFull = true;
    if (fromWos) {
        shortNames = wos::shortNamesInText(record.source.text());
        // Old exports have AU only; keep it that way.
        writeFull = false;
        tagged::LineReader reader(record.source.text());
        tagged::Line line;
        while (!writeFull && reader.next(line))
            writeFull = line.text.startsWith(u"AF ");
    }

    QStringList brief;
    QStringList full;
    QStringList groups;
    bool groupsBeforePeopleWarned = false;
    for (const Person &person : record.authors()) {
        // An organisation is a CA, unless the file wrote it as a name (the name parser takes
        // some short forms, "Lu, ET", for organisations).
        if (person.isLiteral() && !(fromWos && wos::isNameInText(record.source.text(), person.raw))) {
            groups.append(tagged::oneLine(person.literal));
            continue;
        }
        if (!groups.isEmpty() && !groupsBeforePeopleWarned) {
            warn(u"Web of Science keeps group authors (CA) apart from people (AU): \"%1\" will "
                 "come after the people"_s.arg(groups.front()),
                 u"author order"_s);
            groupsBeforePeopleWarned = true;
        }
        const QString name = tagged::oneLine(fromWos ? tagged::plainNameForWriting(person)
                                                     : tagged::familyFirstName(person));
        if (name.contains(u';')) {
            warn(u"Web of Science separates names with ';': \"%1\" will be read back as more "
                 "than one name"_s.arg(name),
                 u"author names"_s);
        }
        if (!writeFull) {
            brief.append(name);
            continue;
        }
        QString shortName;
        for (qsizetype i = 0; i < shortNames.size(); ++i) {
            if (shortNames.at(i).first == name) {
                shortName = shortNames.takeAt(i).second;
                break;
            }
        }
        if (shortName.isEmpty())
            shortName = wos::shortName(person);
        if (shortName.trimmed().isEmpty())
            shortName = name;   // no parts, no short form
        brief.append(shortName);
        full.append(name);
    }
    m_lastTag.clear();
    writeLines(u"AU", brief);
    m_lastTag.clear();
    writeLines(u"AF", full);
    m_lastTag.clear();
    writeLines(u"CA", groups);
    m_lastTag.clear();
}

void RecordWriter::writePages(const Record &record, const Field &field)
{
    if (record.sourceFormat == kWos && field.tag == u"EP") {
        writeTag(u"EP", field.value);
        return;
    }
    const QString &value = field.value;
    const qsizetype dash = value.indexOf(u'-');
    const bool pair = dash > 0 && dash + 1 < value.size() && value.indexOf(u'-', dash + 1) < 0
            && !value.at(dash - 1).isSpace() && !value.at(dash + 1).isSpace()
            && !value.front().isSpace() && !value.back().isSpace();
    if (!pair) {
        writeTag(u"BP", value);
        return;
    }
    writeTag(u"BP", value.left(dash));
    writeTag(u"EP", value.mid(dash + 1));
}

QString RecordWriter::tagFor(const Record &record, const Field &field)
{
    if (record.sourceFormat == kWos && isTagSyntax(field.tag)
        && wos::fieldKeyForTag(field.tag) == field.key) {
        return field.tag;
    }
    if (field.key != FieldKey::Other)
        return wos::tagForFieldKey(field.key);
    // The journal abbreviation of RIS (J2, JA) and MEDLINE (TA) is JI.
    if ((record.sourceFormat == u"ris" && (field.tag == u"J2" || field.tag == u"JA"))
        || (record.sourceFormat == u"medline" && field.tag == u"TA")) {
        return u"JI"_s;
    }
    if (isTagSyntax(field.tag) && !wos::isKnownTag(field.tag)) {
        warn(u"field \"%1\" has no Web of Science tag; written under its own tag, which other programs may not read"_s
                     .arg(field.tag), field.tag);
        return field.tag;
    }
    return QString();
}

void RecordWriter::write(const Record &record)
{
    const bool fromWos = record.sourceFormat == kWos;
    QString documentType;
    for (const Field &field : record.fields) {
        if (field.tag == u"DT" && field.key == FieldKey::Other) {
            documentType = field.value;
            break;
        }
    }
    // PT (and DT) as written while they still give the record's type.
    const bool typeAsWritten = fromWos && !record.sourceType.trimmed().isEmpty()
            && wos::recordTypeFor(record.sourceType, documentType) == record.type;
    const std::pair<QString, QString> names = wos::namesForRecordType(record.type);
    writeTag(u"PT", typeAsWritten ? record.sourceType : names.first);
    const bool hasDocumentType = fromWos && !documentType.isEmpty();
    if (!typeAsWritten && !hasDocumentType)
        writeTag(u"DT", names.second);

    bool authorsWritten = false;
    QStringList editors;
    QList<const Field *> homeless;
    QList<std::pair<QString, QString>> homelessPersons;
    for (const tagged::Item &item : tagged::orderedItems(record)) {
        if (item.person) {
            if (item.role == PersonRole::Author) {
                if (!authorsWritten)
                    writeAuthors(record);
                authorsWritten = true;
            } else if (item.role == PersonRole::Editor) {
                if (editors.isEmpty()) {
                    for (const Person &person : record.persons(PersonRole::Editor))
                        editors.append(tagged::oneLine(fromWos ? tagged::plainNameForWriting(person)
                                                               : tagged::familyFirstName(person)));
                    m_lastTag.clear();
                    writeLines(u"BE", editors);
                    m_lastTag.clear();
                }
            } else {
                homelessPersons.append({personRoleId(item.role),
                                        tagged::plainNameForWriting(*item.person)});
            }
            continue;
        }
        const Field &field = *item.field;
        if (field.value.trimmed().isEmpty())
            continue;
        if (field.tag == u"DT" && field.key == FieldKey::Other && fromWos && !typeAsWritten) {
            writeTag(u"DT", names.second);   // the type was changed
            continue;
        }
        if (field.key == FieldKey::Pages) {
            writePages(record, field);
            continue;
        }
        const QString tag = tagFor(record, field);
        if (tag.isEmpty()) {
            homeless.append(&field);
        } else if (wos::isListTag(tag)) {
            writeLines(tag, field.value.split(u'\n'));
        } else {
            writeTag(tag, field.value);
        }
    }
    for (const auto &[role, name] : std::as_const(homelessPersons)) {
        writeTag(u"N1", role + u": "_s + name);
        warn(u"Web of Science has no tag for a %1; written as a note (N1)"_s.arg(role), role);
    }
    for (const Field *field : std::as_const(homeless)) {
        const QString name = field->tag.isEmpty() ? fieldKeyId(field->key) : field->tag;
        writeTag(u"N1", name + u": "_s + field->value);
        warn(u"field \"%1\" has no Web of Science tag; written as a note (N1)"_s.arg(name), name);
    }
    m_out += u"ER\n"_s;
}

void RecordWriter::writeUnparsed(const Record &record)
{
    writeTag(u"PT", u"J"_s);
    writeTag(u"DT", u"Generic"_s);
    writeTag(u"N1", record.source.isValid() ? record.source.text().toString().simplified() : QString());
    m_out += u"ER\n"_s;
    warn(u"record from line %1 could not be read in its own format; its text is kept as a note (N1)"_s
                 .arg(record.line), u"unparsed record"_s);
}

bool isFirstOfItsFile(const Record &record)
{
    return record.sourceFormat == kWos && record.source.isValid() && record.source.gapStart == 0;
}

bool isLastOfItsFile(const Record &record)
{
    return record.sourceFormat == kWos && record.source.isValid()
            && record.source.tailEnd == record.source.file.size();
}

} // namespace

QString WosWriter::write(const QList<Record> &records, const WriteOptions &options,
                         QList<Diagnostic> *warnings) const
{
    QString body = tagged::writeRecords(records, kWos, options,
                                        [warnings](const Record &record, int index, QString &out) {
        RecordWriter writer(out, index, warnings);
        if (record.unparsed)
            writer.writeUnparsed(record);
        else
            writer.write(record);
    });
    if (records.isEmpty())
        return body;
    // A file read from Web of Science brings its own header and end mark (or lack of them)
    // with its first and last records; anything else gets them written.
    QString out;
    if (!isFirstOfItsFile(records.first()))
        appendWithLineEnding(out, u"FN Clarivate Analytics Web of Science\nVR 1.0\n", options.lineEnding);
    out += body;
    if (!isLastOfItsFile(records.last())) {
        tagged::separateRecords(out, options.lineEnding);
        appendWithLineEnding(out, u"EF\n", options.lineEnding);
    }
    return out;
}

} // namespace refmend
