#include "formats/endnotexmlwriter.h"

#include "formats/endnotetags.h"
#include "formats/taggedlines.h"
#include "formats/endnotexmlreader.h"
#include "model/personname.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace refmend {

namespace {

const QString kEndNoteXml = u"endnote-xml"_s;

using Attributes = std::vector<std::pair<QString, QString>>;

//! One element to write: a leaf at a path below <record>.
struct Entry {
    QString path;
    QString value;
    Attributes attributes;
    bool styled = true;
};

//! "titles/title", "urls/pdf-urls/url@name": element names an XML writer can write.
bool isElementPath(QStringView path)
{
    static const QRegularExpression valid(
            u"^[A-Za-z_][A-Za-z0-9._-]*(/[A-Za-z_][A-Za-z0-9._-]*)*(@[A-Za-z_][A-Za-z0-9._-]*)?$"_s);
    return valid.match(path.toString()).hasMatch();
}

//! Text XML 1.0 can hold: no control characters but tab, line feed and carriage return.
//! \a removed tells whether anything had to go.
QString xmlText(const QString &text, bool *removed)
{
    const auto fits = [](char16_t u) {
        return (u >= 0x20 && u < 0xD800) || u == u'\t' || u == u'\n' || u == u'\r';
    };
    if (std::all_of(text.cbegin(), text.cend(), [&](QChar c) { return fits(c.unicode()); }))
        return text;   // the usual case: nothing to take out, no copy
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            clean += c;
            clean += text.at(++i);
            continue;
        }
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || c.isSurrogate()
            || u == 0xFFFE || u == 0xFFFF) {
            *removed = true;
            continue;
        }
        clean += c;
    }
    return clean;
}

/*! \brief The little of an XML writer a record needs, writing straight into one string.
    It writes what QXmlStreamWriter wrote here before, byte for byte ("<a/>" for an empty
    element; &lt; &gt; &amp; &quot; in text and attributes; tab, line feed and carriage
    return as character references in attributes), without its per-call costs, which made
    EndNote XML the slowest writer by far. Text must already be XML characters (xmlText()). */
class XmlOut
{
public:
    explicit XmlOut(QString &out) : m_out(out) {}

    void startElement(QStringView name)
    {
        closeStartTag();
        m_out += u'<';
        m_out += name;
        m_open.append(name);
        m_inStartTag = true;
    }
    void attribute(QStringView name, QStringView value)
    {
        m_out += u' ';
        m_out += name;
        m_out += u"=\""_s;
        escape(value, true);
        m_out += u'"';
    }
    //! Character data; a carriage return as "&#13;", since a parser turns a literal one
    //! into a line feed. Empty text writes nothing (the element stays "<a/>").
    void text(QStringView value)
    {
        if (value.isEmpty())
            return;
        closeStartTag();
        escape(value, false);
    }
    //! A line break and the indentation of an element \a depth levels down.
    void newLine(QStringView indent, qsizetype depth)
    {
        closeStartTag();
        m_out += u'\n';
        m_out += indent;
        m_out.append(QString(2 * depth, u' '));
    }
    void endElement()
    {
        const QStringView name = m_open.takeLast();
        if (m_inStartTag) {
            m_out += u"/>"_s;
            m_inStartTag = false;
            return;
        }
        m_out += u"</"_s;
        m_out += name;
        m_out += u'>';
    }

private:
    void closeStartTag()
    {
        if (m_inStartTag)
            m_out += u'>';
        m_inStartTag = false;
    }
    void escape(QStringView value, bool attribute)
    {
        const char16_t *data = value.utf16();
        qsizetype plain = 0;
        for (qsizetype i = 0; i < value.size(); ++i) {
            QLatin1StringView reference;
            switch (data[i]) {
            case u'<': reference = "&lt;"_L1; break;
            case u'>': reference = "&gt;"_L1; break;
            case u'&': reference = "&amp;"_L1; break;
            case u'"': reference = "&quot;"_L1; break;
            case u'\r': reference = "&#13;"_L1; break;
            case u'\t': if (attribute) reference = "&#9;"_L1; break;
            case u'\n': if (attribute) reference = "&#10;"_L1; break;
            default: break;
            }
            if (reference.isEmpty())
                continue;
            m_out += value.sliced(plain, i - plain);
            m_out += reference;
            plain = i + 1;
        }
        m_out += value.sliced(plain);
    }

    QString &m_out;
    QList<QStringView> m_open;   // names of the open elements; they outlive the writer
    bool m_inStartTag = false;
};

class RecordXml
{
public:
    RecordXml(int recordIndex, QList<Diagnostic> *warnings)
        : m_recordIndex(recordIndex), m_warnings(warnings) {}

    //! Appends "<record>...</record>\n" to \a out, the lines after the first indented by
    //! \a indent.
    void write(const Record &record, const QString &indent, QString &out);

private:
    QList<Entry> entries(const Record &record);
    void writeEntries(const QList<Entry> &entries, const Attributes &recordAttributes,
                      const QString &indent, QString &out);
    void warn(const QString &message);

    int m_recordIndex;
    QList<Diagnostic> *m_warnings;
    Attributes m_recordAttributes;
};

void RecordXml::warn(const QString &message)
{
    if (!m_warnings)
        return;
    Diagnostic d;
    d.severity = Severity::Warning;
    d.message = message;
    d.recordIndex = m_recordIndex;
    m_warnings->append(d);
}

QList<Entry> RecordXml::entries(const Record &record)
{
    const bool own = record.sourceFormat == kEndNoteXml;
    QList<Entry> result;
    QStringList homeless;
    QString refTypeNumber;
    Attributes refTypeAttributes;
    qsizetype typeIndex = -1;   // where the source had its <ref-type>, when a field says so

    if (record.unparsed) {
        // Text another format could not read: kept, as a note, never dropped.
        QString text = record.source.isValid() ? record.source.text().toString() : QString();
        homeless.append(text.trimmed());
        warn(u"record from line %1 could not be read in its own format; its text is kept in the notes"_s
             .arg(record.line));
    }

    const QList<Field> &fields = record.fields;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const Field &field = fields.at(i);
        if (field.value.trimmed().isEmpty())
            continue;
        if (own && field.key == FieldKey::Other && isElementPath(field.tag)) {
            if (field.tag == "ref-type"_L1 || field.tag.startsWith("ref-type@"_L1)) {
                if (typeIndex < 0)
                    typeIndex = result.size();
            }
            if (field.tag == "ref-type"_L1) {
                refTypeNumber = field.value.trimmed();
                continue;
            }
            const qsizetype at = field.tag.indexOf(u'@');
            if (at < 0) {
                result.append({field.tag, field.value.trimmed(), {}, true});
                continue;
            }
            const QString path = field.tag.first(at);
            const QString name = field.tag.sliced(at + 1);
            if (path == "ref-type"_L1) {
                refTypeAttributes.emplace_back(name, field.value);
            } else if (path == "record"_L1) {
                m_recordAttributes.emplace_back(name, field.value);
            } else if (!result.isEmpty() && result.last().path == path && result.last().value.isEmpty()
                       && i > 0 && fields.at(i - 1).tag.startsWith(path + u'@')) {
                result.last().attributes.emplace_back(name, field.value); // the same element
            } else {
                result.append({path, QString(), {{name, field.value}}, true});
            }
            continue;
        }
        if (field.key == FieldKey::Other) {
            const QString name = field.tag.isEmpty() ? u"other"_s : field.tag;
            homeless.append(name + u": "_s + field.value.trimmed());
            warn(u"field \"%1\" has no place in EndNote XML; written into the notes"_s.arg(name));
            continue;
        }
        const QString path = own && endnotexml::fieldKeyForPath(field.tag) == field.key
                ? field.tag : endnotexml::pathForFieldKey(field.key);
        if (field.key == FieldKey::Keywords && !own) {
            // Keywords written one per line (EndNote tagged %K) are one <keyword> each.
            for (const QString &keyword : field.value.split(u'\n', Qt::SkipEmptyParts)) {
                if (!keyword.trimmed().isEmpty())
                    result.append({path, keyword.trimmed(), {}, true});
            }
            continue;
        }
        result.append({path, field.value.trimmed(), {}, true});
    }

    // An attribute-only element followed by its own element's text is one element.
    for (qsizetype i = 0; i + 1 < result.size(); ++i) {
        Entry &entry = result[i];
        if (entry.value.isEmpty() && !entry.attributes.empty() && result.at(i + 1).path == entry.path
            && result.at(i + 1).attributes.empty()) {
            result[i + 1].attributes = std::move(entry.attributes);
            result.removeAt(i);
            if (i < typeIndex)
                --typeIndex;
        }
    }
    for (Entry &entry : result) {
        const auto unstyled = {"database"_L1, "source-app"_L1, "rec-number"_L1, "foreign-keys/key"_L1};
        entry.styled = std::none_of(unstyled.begin(), unstyled.end(),
                                    [&](QLatin1StringView path) { return entry.path == path; })
                && !entry.value.isEmpty();
        if (entry.path == "database"_L1 && !entry.value.isEmpty()
            && std::none_of(entry.attributes.cbegin(), entry.attributes.cend(),
                            [](const auto &a) { return a.first == "name"_L1; })) {
            entry.attributes.emplace(entry.attributes.begin(), u"name"_s, entry.value);
        }
    }

    if (!homeless.isEmpty()) {
        const auto lastNote = std::find_if(result.rbegin(), result.rend(),
                                           [](const Entry &e) { return e.path == "notes"_L1; });
        const QString lines = homeless.join(u'\n');
        if (lastNote != result.rend())
            lastNote->value += u'\n' + lines;
        else
            result.append({u"notes"_s, lines, {}, true});
    }

    // The type and the people, where EndNote puts them: after the database and keys.
    QList<Entry> head;
    const QString sourceType = record.sourceType.trimmed();
    QString typeName;
    if (own && sourceType.isEmpty() && record.type == RecordType::Generic)
        typeName = QString(); // the source had no type name either
    else if (own && endnote::recordTypeForName(sourceType) == record.type && !sourceType.isEmpty())
        typeName = sourceType;
    else
        typeName = endnote::nameForRecordType(record.type);
    if (refTypeNumber.isEmpty() && !typeName.isEmpty()) {
        const int number = endnotexml::refTypeNumber(typeName);
        if (number > 0)
            refTypeNumber = QString::number(number);
    }
    if (!typeName.isEmpty() || !refTypeNumber.isEmpty() || !refTypeAttributes.empty()) {
        Entry type{u"ref-type"_s, refTypeNumber, {}, false};
        if (!typeName.isEmpty())
            type.attributes.emplace_back(u"name"_s, typeName);
        type.attributes.insert(type.attributes.end(), refTypeAttributes.begin(), refTypeAttributes.end());
        head.append(type);
    }
    for (int role = 0; role < int(PersonRole::Count); ++role) {
        const QString path = u"contributors/"_s + endnotexml::groupForPersonRole(PersonRole(role))
                + u"/author"_s;
        for (const Person &person : record.persons(PersonRole(role))) {
            const QString text = tagged::endNoteNameText(person);
            if (!text.isEmpty())
                head.append({path, text, {}, true});
        }
    }

    if (own) {
        // Source order, with the type and people where the source had the type, else in
        // EndNote's place for them.
        const int typeRank = endnotexml::pathRank(u"ref-type");
        const auto at = std::find_if(result.begin(), result.end(), [&](const Entry &e) {
            return endnotexml::pathRank(e.path) > typeRank;
        });
        const qsizetype index = typeIndex >= 0 ? typeIndex : at - result.begin();
        for (qsizetype i = 0; i < head.size(); ++i)
            result.insert(index + i, head.at(i));
        return result;
    }
    head.append(result);
    // EndNote's order of elements; each path's rank worked out once, not per comparison.
    std::vector<std::pair<int, qsizetype>> order;
    order.reserve(size_t(head.size()));
    for (qsizetype i = 0; i < head.size(); ++i)
        order.emplace_back(endnotexml::pathRank(head.at(i).path), i);
    std::stable_sort(order.begin(), order.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Entry> sorted;
    sorted.reserve(head.size());
    for (const auto &[rank, index] : order)
        sorted.append(std::move(head[index]));
    return sorted;
}

void RecordXml::writeEntries(const QList<Entry> &entries, const Attributes &recordAttributes,
                             const QString &indent, QString &out)
{
    XmlOut writer(out);
    bool removed = false;

    writer.startElement(u"record");
    for (const auto &[name, value] : recordAttributes)
        writer.attribute(name, xmlText(value, &removed));
    QList<QStringView> open;   // the wrapper elements open now ("titles", "urls/pdf-urls")
    for (const Entry &entry : entries) {
        const QList<QStringView> parts = QStringView(entry.path).split(u'/');
        const qsizetype parents = parts.size() - 1;
        qsizetype common = 0;
        while (common < open.size() && common < parents && open.at(common) == parts.at(common))
            ++common;
        while (open.size() > common) {
            open.removeLast();
            writer.newLine(indent, open.size() + 1);
            writer.endElement();
        }
        while (open.size() < parents) {
            writer.newLine(indent, open.size() + 1);
            writer.startElement(parts.at(open.size()));
            open.append(parts.at(open.size()));
        }
        writer.newLine(indent, open.size() + 1);
        writer.startElement(parts.last());
        for (const auto &[name, value] : entry.attributes)
            writer.attribute(name, xmlText(value, &removed));
        if (!entry.value.isEmpty()) {
            if (entry.styled) {
                writer.startElement(u"style");
                writer.attribute(u"face", u"normal");
                writer.attribute(u"font", u"default");
                writer.attribute(u"size", u"100%");
                writer.text(xmlText(entry.value, &removed));
                writer.endElement();
            } else {
                writer.text(xmlText(entry.value, &removed));
            }
        }
        writer.endElement();
    }
    while (!open.isEmpty()) {
        open.removeLast();
        writer.newLine(indent, open.size() + 1);
        writer.endElement();
    }
    writer.newLine(indent, 0);
    writer.endElement();
    if (removed)
        warn(u"control characters that XML cannot hold were left out"_s);
    out += u'\n';
}

void RecordXml::write(const Record &record, const QString &indent, QString &out)
{
    m_recordAttributes.clear();
    const QList<Entry> list = entries(record);
    writeEntries(list, m_recordAttributes, indent, out);
}

//! Appends \a record written afresh to \a out, with \a ending for its line ends.
void appendRecord(QString &out, const Record &record, int index, const QString &indent,
                  LineEnding ending, QList<Diagnostic> *warnings)
{
    if (ending == LineEnding::Lf) {
        RecordXml(index, warnings).write(record, indent, out);
        return;
    }
    QString text;
    RecordXml(index, warnings).write(record, indent, text);
    appendWithLineEnding(out, text, ending);
}

//! True when \a records are, in order, every record of one EndNote XML text: then the text
//! around them (declaration, <xml><records>, wrappers) can be copied as it was.
bool coverTheirSource(const QList<Record> &records)
{
    if (records.isEmpty())
        return false;
    const QString &file = records.first().source.file;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const Record &record = records.at(i);
        if (record.sourceFormat != kEndNoteXml || !record.source.isValid()
            || record.source.file.constData() != file.constData()) {
            return false;
        }
        const qsizetype expectedGap = i == 0 ? 0 : records.at(i - 1).source.end;
        if (record.source.gapStart != expectedGap)
            return false;
    }
    return records.last().source.tailEnd == file.size();
}

//! The indentation in front of a record's own text, from the text before it.
QString indentBefore(const SourceSpan &source)
{
    const QStringView before = source.before();
    const qsizetype newline = std::max(before.lastIndexOf(u'\n'), before.lastIndexOf(u'\r'));
    const QStringView tail = before.sliced(newline + 1);
    for (QChar c : tail) {
        if (c != u' ' && c != u'\t')
            return QString();
    }
    return tail.toString();
}

} // namespace

QString EndNoteXmlWriter::write(const QList<Record> &records, const WriteOptions &options,
                                QList<Diagnostic> *warnings) const
{
    QString out;
    if (coverTheirSource(records)) {
        for (int i = 0; i < records.size(); ++i) {
            if (!proceed(options.progress, i, records.size()))
                return QString();   // cancelled: writeBytes() says so
            const Record &record = records.at(i);
            out += record.source.before();
            if (record.isPristine() || record.unparsed) {
                out += record.source.text();
            } else {
                appendRecord(out, record, i, indentBefore(record.source), options.lineEnding, warnings);
            }
            out += record.source.after();
        }
        return out;
    }

    const QString encoding = options.encoding.isEmpty() ? u"UTF-8"_s : options.encoding;
    QString head = u"<?xml version=\"1.0\" encoding=\"%1\"?>\n<xml>\n  <records>\n"_s.arg(encoding);
    appendWithLineEnding(out, head, options.lineEnding);
    const QString indent = u"    "_s;
    for (int i = 0; i < records.size(); ++i) {
        if (!proceed(options.progress, i, records.size()))
            return QString();   // cancelled: writeBytes() says so
        const Record &record = records.at(i);
        const bool own = record.sourceFormat == kEndNoteXml && record.source.isValid();
        if (own && (record.isPristine() || record.unparsed)) {
            // A record as it was read, broken or not: its own text, unchanged.
            out += indent;
            out += record.source.text();
            if (!out.endsWith(u'\n') && !out.endsWith(u'\r'))
                out += lineEndingText(options.lineEnding);
            continue;
        }
        out += indent;
        appendRecord(out, record, i, indent, options.lineEnding, warnings);
    }
    appendWithLineEnding(out, u"  </records>\n</xml>\n", options.lineEnding);
    return out;
}

} // namespace refmend
