#include "formats/endnotewriter.h"

#include "formats/endnotetags.h"
#include "formats/taggedlines.h"

using namespace Qt::StringLiterals;

namespace refmend {

namespace {

const QString kEndNote = u"endnote"_s;

class RecordWriter
{
public:
    RecordWriter(QString &out, int recordIndex, QList<Diagnostic> *warnings)
        : m_out(out), m_recordIndex(recordIndex), m_warnings(warnings) {}

    void write(const Record &record);
    void writeUnparsed(const Record &record);

private:
    void writeTag(QChar tag, const QString &value);
    QChar tagFor(const Record &record, const Field &field) const;
    void warn(const QString &message, const QString &field = QString());

    QString &m_out;
    int m_recordIndex;
    QList<Diagnostic> *m_warnings;
};

void RecordWriter::warn(const QString &message, const QString &field)
{
    if (!m_warnings)
        return;
    Diagnostic d;
    d.severity = Severity::Warning;
    d.message = message;
    d.field = field;
    d.recordIndex = m_recordIndex;
    m_warnings->append(d);
}

//! A tag the record may keep: one printable character that reads back as the same key.
QChar RecordWriter::tagFor(const Record &record, const Field &field) const
{
    if (record.sourceFormat == kEndNote && field.tag.size() == 1) {
        const QChar tag = field.tag.at(0);
        if (tag != u'0' && !tag.isSpace() && tag.category() != QChar::Other_Control
            && !endnote::personRoleForTag(tag) && endnote::fieldKeyForTag(tag) == field.key) {
            return tag;
        }
    }
    return endnote::tagForFieldKey(field.key, record.type);
}

void RecordWriter::writeTag(QChar tag, const QString &value)
{
    const bool multiLine = value.contains(u'\n') || value.contains(u'\r');
    QString text;
    if (multiLine) {
        text = value;
        text.replace(u"\r\n"_s, u"\n"_s);
        text.replace(u'\r', u'\n');
    }
    const QList<QStringView> lines = multiLine ? QStringView(text).split(u'\n')
                                               : QList<QStringView>();
    const QStringView first = multiLine ? lines.first() : QStringView(value);

    m_out += u'%';
    m_out += tag;
    m_out += u' ';
    m_out += first;
    m_out += u'\n';
    // The space after the tag counts: a value starting "%A " splits as well.
    for (qsizetype p = first.indexOf(u'%'); p >= 0; p = first.indexOf(u'%', p + 1)) {
        if ((p == 0 || first.at(p - 1) == u' ') && p + 2 < first.size()
            && first.at(p + 2) == u' ' && endnote::isKnownTag(first.at(p + 1))) {
            warn(u"the value of %1 contains \"%2\", which will read back as a new tag"_s
                 .arg(endnote::tagDisplay(tag), first.sliced(p, 2)));
            break;
        }
    }

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringView line = lines.at(i);
        if (line.trimmed().isEmpty()) {
            // A blank line would end the record.
            warn(u"a blank line inside %1 cannot be written in EndNote tagged; left out"_s
                 .arg(endnote::tagDisplay(tag)));
            continue;
        }
        if (line.startsWith(QChar(0xFEFF))) {
            // Readers take a byte order mark at the start of a line for a joined file's.
            warn(u"a line of %1 starts with a byte order mark, which will not read back"_s
                 .arg(endnote::tagDisplay(tag)));
        } else if (endnote::isTagLine(line)) {
            warn(u"a line of %1 starts like a tag; written with a leading space"_s
                 .arg(endnote::tagDisplay(tag)));
            m_out += u' ';
        }
        m_out += line;
        m_out += u'\n';
    }
}

void RecordWriter::writeUnparsed(const Record &record)
{
    writeTag(u'0', endnote::nameForRecordType(RecordType::Generic));
    QString text = record.source.isValid() ? record.source.text().toString() : QString();
    text.replace(u"\r\n"_s, u"\n"_s);
    writeTag(u'Z', text.trimmed());
    warn(u"record from line %1 could not be read in its own format; its text is kept as a note (%Z)"_s
         .arg(record.line));
}

void RecordWriter::write(const Record &record)
{
    // Keep the type as the source wrote it unless the type was changed since. A record read
    // from EndNote without any %0 is written back without one.
    const bool fromEndNote = record.sourceFormat == kEndNote;
    if (fromEndNote && record.sourceType.isEmpty() && record.type == RecordType::Generic) {
        // nothing: the source had no %0 either
    } else if (!record.sourceType.trimmed().isEmpty() && fromEndNote
               && endnote::recordTypeForName(record.sourceType) == record.type) {
        writeTag(u'0', record.sourceType.trimmed());
    } else {
        writeTag(u'0', endnote::nameForRecordType(record.type));
    }

    for (int role = 0; role < int(PersonRole::Count); ++role) {
        const QChar tag = endnote::tagForPersonRole(PersonRole(role));
        for (const Person &person : record.persons(PersonRole(role))) {
            const QString text = tagged::endNoteNameText(person);
            if (!text.isEmpty())
                writeTag(tag, text);
        }
    }

    QList<const Field *> homeless;
    for (const Field &field : record.fields) {
        if (field.value.isEmpty())
            continue;
        const QChar tag = tagFor(record, field);
        if (tag.isNull()) {
            homeless.append(&field);
            continue;
        }
        writeTag(tag, field.value);
    }
    for (const Field *field : homeless) {
        const QString name = field->tag.isEmpty() ? u"other"_s : field->tag;
        writeTag(u'Z', name + u": "_s + field->value);
        warn(u"field \"%1\" has no EndNote tag; written as a note (%Z)"_s.arg(name), name);
    }
}

} // namespace

QString EndNoteWriter::write(const QList<Record> &records, const WriteOptions &options,
                             QList<Diagnostic> *warnings) const
{
    QString out;
    QString generated;
    for (int i = 0; i < records.size(); ++i) {
        if (!proceed(options.progress, i, records.size()))
            return QString();   // cancelled: writeBytes() says so
        const Record &record = records.at(i);
        const bool ownSource = record.sourceFormat == kEndNote && record.source.isValid();
        if (ownSource)
            out += record.source.before();
        if (ownSource && record.isPristine()) {
            out += record.source.text();
        } else {
            if (!ownSource)
                tagged::separateRecords(out, options.lineEnding);
            generated.clear();
            if (record.unparsed) {
                // Text another format could not parse: kept, as a note, never dropped.
                RecordWriter(generated, i, warnings).writeUnparsed(record);
            } else {
                RecordWriter(generated, i, warnings).write(record);
            }
            appendWithLineEnding(out, generated, options.lineEnding);
        }
        if (ownSource)
            out += record.source.after();
    }
    return out;
}

} // namespace refmend
