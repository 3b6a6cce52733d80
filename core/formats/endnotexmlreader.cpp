#include "formats/endnotexmlreader.h"

#include "formats/endnotetags.h"
#include "formats/taggedlines.h"
#include "model/personname.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace refmend {

// --- Reading records of an XML file, one small tree each ----------------------------------

namespace xmlrecords {

QString Element::attribute(QStringView name) const
{
    for (const auto &[key, value] : attributes) {
        if (key == name)
            return value;
    }
    return QString();
}

const Element *Element::child(QStringView name) const
{
    for (const Element &element : children) {
        if (element.name == name)
            return &element;
    }
    return nullptr;
}

namespace {

constexpr int kMaxDepth = 200;

QStringView localName(QStringView qualified)
{
    const qsizetype colon = qualified.lastIndexOf(u':');
    return colon < 0 ? qualified : qualified.sliced(colon + 1);
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.' || c == u':';
}

//! Where the text a QXmlStreamReader reads starts in the whole file (1-based).
struct Origin {
    int line = 1;
    int column = 1;
};

struct Position {
    int line = 0;
    int column = 0;
};

Position positionOf(const QXmlStreamReader &reader, const Origin &origin)
{
    const int line = int(reader.lineNumber());
    const int column = int(reader.columnNumber()) + 1;
    if (line <= 1)
        return {origin.line, origin.column + column - 1};
    return {origin.line + line - 1, column};
}

/*! The text of the element the reader stands on and of everything inside it, as
    readElementText(IncludeChildElements) gives it; that one recurses once per level, and a
    file nesting <style> 100,000 deep overflowed the stack. */
QString textOfElement(QXmlStreamReader &reader)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Characters:
        case QXmlStreamReader::EntityReference:
            text += reader.text();
            break;
        default:
            break;
        }
    }
    return text;
}

//! Reads the element the reader stands on (a StartElement) up to its EndElement.
class ElementReader
{
public:
    ElementReader(QXmlStreamReader &reader, const Origin &origin, bool joinStyleRuns)
        : m_reader(reader), m_origin(origin), m_joinStyleRuns(joinStyleRuns) {}

    Element read(int depth = 0);

private:
    QXmlStreamReader &m_reader;
    Origin m_origin;
    bool m_joinStyleRuns;
};

Element ElementReader::read(int depth)
{
    Element element;
    element.name = localName(m_reader.name()).toString();
    const QXmlStreamAttributes attributes = m_reader.attributes();
    for (const QXmlStreamAttribute &attribute : attributes) {
        const QStringView qualified = attribute.qualifiedName();
        if (qualified == u"xmlns" || qualified.startsWith(u"xmlns:"))
            continue;
        element.attributes.emplace_back(localName(qualified).toString(), attribute.value().toString());
    }
    const Position position = positionOf(m_reader, m_origin);
    element.line = position.line;
    element.column = position.column;

    QString all;          // every piece of text, in order
    QString withoutBlank; // the style runs and the non-blank text between them
    bool styled = false;
    while (!m_reader.atEnd()) {
        switch (m_reader.readNext()) {
        case QXmlStreamReader::StartElement:
            if (m_joinStyleRuns && localName(m_reader.name()) == u"style") {
                styled = true;
                const QString run = textOfElement(m_reader);
                all += run;
                withoutBlank += run;
            } else if (depth >= kMaxDepth) {
                m_reader.skipCurrentElement();
            } else {
                element.children.push_back(read(depth + 1));
            }
            if (m_reader.hasError())
                return element;
            break;
        case QXmlStreamReader::Characters:
            all += m_reader.text();
            if (!m_reader.isWhitespace())
                withoutBlank += m_reader.text();
            break;
        case QXmlStreamReader::EntityReference: {
            // An entity the document declares but QXmlStreamReader cannot resolve: kept as written.
            const QString reference = u'&' + m_reader.name().toString() + u';';
            all += reference;
            withoutBlank += reference;
            break;
        }
        case QXmlStreamReader::EndElement:
            element.text = styled ? withoutBlank : all;
            return element;
        case QXmlStreamReader::Invalid:
            return element;
        default:
            break; // comments, processing instructions
        }
    }
    return element;
}

class Driver
{
public:
    Driver(const QString &text, const Format &format, Collection &out, ReadProgress *progress)
        : m_text(text), m_format(format), m_out(out), m_progress(progress)
        , m_firstRecord(out.records.size()) {}

    void run();

private:
    struct Tag {
        qsizetype start = -1;
        qsizetype end = -1;        // one past its '>'
        bool selfClosing = false;
    };

    void readWhole();
    void recover(const QXmlStreamReader &reader, qsizetype recordStart, int recordLine);
    void readOneByOne(qsizetype from);
    void addRecord(const Element &element, qsizetype start, qsizetype end, int line);
    void addUnparsed(qsizetype start, qsizetype end, int line, const Position &where,
                     const QString &message);
    void addError(const Position &where, const QString &message);
    qsizetype afterLineEnd(qsizetype at) const;
    Tag findStartTag(qsizetype from) const;
    qsizetype findEndTag(qsizetype from, qsizetype *tagEnd) const;
    Origin originAt(qsizetype offset);

    const QString &m_text;
    const Format &m_format;
    Collection &m_out;
    ReadProgress *m_progress = nullptr;
    qsizetype m_firstRecord;
    qsizetype m_previousEnd = 0;
    bool m_structureBroken = false;   // an error outside any record
    // originAt() counts lines forward from here.
    qsizetype m_countedTo = 0;
    int m_countedLine = 1;
    qsizetype m_countedLineStart = 0;
};

void Driver::run()
{
    readWhole();
    if (m_out.records.size() == m_firstRecord)
        return;
    if (m_structureBroken) {
        // The text around the records is not well-formed XML: it is not kept, so that saving
        // writes a new document around the records rather than the broken one again.
        for (qsizetype i = m_firstRecord; i < m_out.records.size(); ++i)
            m_out.records[i].source.gapStart = m_out.records[i].source.start;
        return;
    }
    m_out.records.last().source.tailEnd = m_text.size();
}

void Driver::readWhole()
{
    QXmlStreamReader reader(m_text);
    reader.setNamespaceProcessing(false);
    bool rootSeen = false;
    QStringList ignored;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString name = localName(reader.name()).toString();
        if (name == m_format.recordName) {
            rootSeen = true;
            if (!proceed(m_progress, reader.characterOffset(), m_text.size()))
                return;     // cancelled: the result is thrown away
            const qsizetype start = qMax<qsizetype>(0, m_text.lastIndexOf(u'<', reader.characterOffset() - 1));
            const int line = int(reader.lineNumber());
            const Element element = ElementReader(reader, Origin(), m_format.joinStyleRuns).read();
            if (reader.hasError()) {
                recover(reader, start, line);
                return;
            }
            addRecord(element, start, afterLineEnd(reader.characterOffset()), line);
            continue;
        }
        if (!rootSeen) {
            rootSeen = true;
            if (!m_format.wrapperNames.contains(name)) {
                addError(positionOf(reader, Origin()), m_format.notThisFormat(reader.name().toString()));
                return;
            }
            continue;
        }
        if (m_format.wrapperNames.contains(name))
            continue;
        // Something beside the records (Word's <Cite><Author>, <DisplayText>): not a reference.
        if (!ignored.contains(name))
            ignored.append(name);
        reader.skipCurrentElement();
    }
    if (reader.hasError()) {
        recover(reader, -1, 0);
        return;
    }
    if (!ignored.isEmpty()) {
        Diagnostic d;
        d.severity = Severity::Info;
        d.message = u"elements outside the records were not read: <%1>"_s.arg(ignored.join(u">, <"_s));
        m_out.diagnostics.append(d);
    }
}

void Driver::recover(const QXmlStreamReader &reader, qsizetype recordStart, int recordLine)
{
    const Position where = positionOf(reader, Origin());
    if (recordStart < 0) {
        m_structureBroken = true;
        addError(where, u"not well-formed XML: %1. The records are read one by one; saving writes "
                        "them into a new, well-formed document"_s.arg(reader.errorString()));
        readOneByOne(m_previousEnd);
        return;
    }
    // The broken record runs to the next record, else to its last end tag, else to the end.
    qsizetype end = findStartTag(recordStart + 1).start;
    if (end < 0) {
        end = m_text.size();
        qsizetype tagEnd = 0;
        for (qsizetype at = findEndTag(recordStart, &tagEnd); at >= 0; at = findEndTag(tagEnd, &tagEnd))
            end = afterLineEnd(tagEnd);
    }
    addUnparsed(recordStart, end, recordLine, where,
                u"record is not well-formed XML (%1); kept as raw text"_s.arg(reader.errorString()));
    readOneByOne(end);
}

void Driver::readOneByOne(qsizetype from)
{
    Tag tag = findStartTag(from);
    while (tag.start >= 0) {
        if (!proceed(m_progress, tag.start, m_text.size()))
            return;     // cancelled: the result is thrown away
        const Origin origin = originAt(tag.start);
        const Tag next = findStartTag(tag.end);
        qsizetype closeEnd = -1;
        if (tag.selfClosing) {
            closeEnd = tag.end;
        } else {
            const qsizetype close = findEndTag(tag.end, &closeEnd);
            if (close < 0 || (next.start >= 0 && next.start < close))
                closeEnd = -1;
        }
        if (closeEnd < 0) {
            const qsizetype end = next.start >= 0 ? next.start : m_text.size();
            addUnparsed(tag.start, end, origin.line, {origin.line, origin.column},
                        u"record has no end tag </%1>; kept as raw text"_s.arg(m_format.recordName));
            tag = next;
            continue;
        }

        const qsizetype end = afterLineEnd(closeEnd);
        QXmlStreamReader reader(m_text.mid(tag.start, closeEnd - tag.start));
        reader.setNamespaceProcessing(false);
        while (!reader.atEnd() && reader.readNext() != QXmlStreamReader::StartElement) {
        }
        Element element;
        if (reader.tokenType() == QXmlStreamReader::StartElement)
            element = ElementReader(reader, origin, m_format.joinStyleRuns).read();
        if (reader.hasError()) {
            addUnparsed(tag.start, end, origin.line, positionOf(reader, origin),
                        u"record is not well-formed XML (%1); kept as raw text"_s.arg(reader.errorString()));
        } else {
            addRecord(element, tag.start, end, origin.line);
        }
        tag = next.start >= end || next.start < 0 ? next : findStartTag(end);
    }
}

void Driver::addRecord(const Element &element, qsizetype start, qsizetype end, int line)
{
    Record record;
    record.sourceFormat = m_format.id;
    record.line = line;
    QList<Diagnostic> diagnostics;
    m_format.build(element, record, diagnostics);
    record.setSource(m_text, qMin(m_previousEnd, start), start, end);
    m_previousEnd = end;
    const int index = int(m_out.records.size());
    m_out.records.append(std::move(record));
    for (Diagnostic &d : diagnostics) {
        d.recordIndex = index;
        m_out.diagnostics.append(std::move(d));
    }
}

void Driver::addUnparsed(qsizetype start, qsizetype end, int line, const Position &where,
                         const QString &message)
{
    Record record;
    record.sourceFormat = m_format.id;
    record.unparsed = true;
    record.line = line;
    record.setSource(m_text, qMin(m_previousEnd, start), start, end);
    m_previousEnd = end;
    Diagnostic d;
    d.severity = Severity::Error;
    d.line = where.line;
    d.column = where.column;
    d.message = message;
    d.recordIndex = int(m_out.records.size());
    m_out.records.append(std::move(record));
    m_out.diagnostics.append(d);
}

void Driver::addError(const Position &where, const QString &message)
{
    Diagnostic d;
    d.severity = Severity::Error;
    d.line = where.line;
    d.column = where.column;
    d.message = message;
    m_out.diagnostics.append(d);
}

qsizetype Driver::afterLineEnd(qsizetype at) const
{
    at = qBound(qsizetype(0), at, m_text.size());
    if (at < m_text.size() && m_text.at(at) == u'\r')
        ++at;
    if (at < m_text.size() && m_text.at(at) == u'\n')
        ++at;
    return at;
}

Driver::Tag Driver::findStartTag(qsizetype from) const
{
    const qsizetype size = m_text.size();
    for (qsizetype at = m_text.indexOf(u'<', from); at >= 0 && at + 1 < size;
         at = m_text.indexOf(u'<', at + 1)) {
        qsizetype nameEnd = at + 1;
        while (nameEnd < size && isNameChar(m_text.at(nameEnd)))
            ++nameEnd;
        if (nameEnd == at + 1 || localName(QStringView(m_text).sliced(at + 1, nameEnd - at - 1))
                                         != m_format.recordName) {
            continue;
        }
        if (nameEnd < size && !m_text.at(nameEnd).isSpace() && m_text.at(nameEnd) != u'>'
            && m_text.at(nameEnd) != u'/') {
            continue;
        }
        // The end of the tag: the first '>' outside an attribute value.
        QChar quote;
        for (qsizetype i = nameEnd; i < size; ++i) {
            const QChar c = m_text.at(i);
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == u'"' || c == u'\'') {
                quote = c;
            } else if (c == u'>') {
                return {at, i + 1, m_text.at(i - 1) == u'/'};
            } else if (c == u'<') {
                break;
            }
        }
        return {at, size, false}; // a tag cut short: the record has no end tag
    }
    return {};
}

qsizetype Driver::findEndTag(qsizetype from, qsizetype *tagEnd) const
{
    const qsizetype size = m_text.size();
    for (qsizetype at = m_text.indexOf(u"</", from); at >= 0; at = m_text.indexOf(u"</", at + 2)) {
        qsizetype nameEnd = at + 2;
        while (nameEnd < size && isNameChar(m_text.at(nameEnd)))
            ++nameEnd;
        if (localName(QStringView(m_text).sliced(at + 2, nameEnd - at - 2)) != m_format.recordName)
            continue;
        const qsizetype close = m_text.indexOf(u'>', nameEnd);
        if (close < 0)
            return -1;
        *tagEnd = close + 1;
        return at;
    }
    return -1;
}

Origin Driver::originAt(qsizetype offset)
{
    if (offset < m_countedTo) {
        m_countedTo = 0;
        m_countedLine = 1;
        m_countedLineStart = 0;
    }
    for (; m_countedTo < offset; ++m_countedTo) {
        if (m_text.at(m_countedTo) == u'\n') {
            ++m_countedLine;
            m_countedLineStart = m_countedTo + 1;
        }
    }
    return {m_countedLine, int(offset - m_countedLineStart) + 1};
}

//! Skips "<?...?>", "<!--...-->" and "<!DOCTYPE ...>"; returns the offset of the next
//! element's '<' from \a from, or -1.
qsizetype nextElement(QStringView text, qsizetype from)
{
    for (qsizetype at = text.indexOf(u'<', from); at >= 0; at = text.indexOf(u'<', at + 1)) {
        const QStringView rest = text.sliced(at);
        if (rest.startsWith(u"<?")) {
            const qsizetype end = text.indexOf(u"?>", at);
            if (end < 0)
                return -1;
            at = end;
        } else if (rest.startsWith(u"<!--")) {
            const qsizetype end = text.indexOf(u"-->", at);
            if (end < 0)
                return -1;
            at = end;
        } else if (rest.startsWith(u"<!")) {
            // DOCTYPE, with an internal subset in brackets perhaps.
            const qsizetype bracket = text.indexOf(u'[', at);
            qsizetype end = text.indexOf(u'>', at);
            if (bracket >= 0 && end > bracket)
                end = text.indexOf(u"]>", bracket);
            if (end < 0)
                return -1;
            at = end;
        } else if (rest.size() > 1 && isNameChar(rest.at(1))) {
            return at;
        }
    }
    return -1;
}

QString nameAt(QStringView text, qsizetype at)
{
    qsizetype end = at + 1;
    while (end < text.size() && isNameChar(text.at(end)))
        ++end;
    return text.sliced(at + 1, end - at - 1).toString();
}

} // namespace

void readRecords(const QString &text, const Format &format, Collection &out,
                 ReadProgress *progress)
{
    Driver(text, format, out, progress).run();
}

QString rootElement(QStringView head, QString *firstChild)
{
    const qsizetype root = nextElement(head, 0);
    if (root < 0)
        return QString();
    if (firstChild) {
        firstChild->clear();
        const qsizetype tagEnd = head.indexOf(u'>', root);
        const qsizetype child = tagEnd < 0 ? -1 : nextElement(head, tagEnd);
        if (child >= 0)
            *firstChild = nameAt(head, child);
    }
    return nameAt(head, root);
}

} // namespace xmlrecords

// --- The EndNote XML vocabulary ------------------------------------------------------------

namespace endnotexml {

namespace {

struct PathKey {
    QLatin1StringView path;
    FieldKey key;
};

// The first entry of a key is where RefMend writes it.
constexpr PathKey kPathKeys[] = {
    {"titles/title"_L1, FieldKey::Title},
    {"titles/secondary-title"_L1, FieldKey::ContainerTitle},
    {"periodical/full-title"_L1, FieldKey::ContainerTitle},
    {"titles/tertiary-title"_L1, FieldKey::SeriesTitle},
    {"titles/short-title"_L1, FieldKey::ShortTitle},
    {"dates/year"_L1, FieldKey::Year},
    {"dates/pub-dates/date"_L1, FieldKey::Date},
    {"volume"_L1, FieldKey::Volume},
    {"number"_L1, FieldKey::Issue},
    {"issue"_L1, FieldKey::Issue},
    {"pages"_L1, FieldKey::Pages},
    {"edition"_L1, FieldKey::Edition},
    {"publisher"_L1, FieldKey::Publisher},
    {"pub-location"_L1, FieldKey::PublisherPlace},
    {"electronic-resource-num"_L1, FieldKey::Doi},
    {"urls/related-urls/url"_L1, FieldKey::Url},
    {"urls/web-urls/url"_L1, FieldKey::Url},
    {"abstract"_L1, FieldKey::Abstract},
    {"keywords/keyword"_L1, FieldKey::Keywords},
    {"notes"_L1, FieldKey::Note},
    {"isbn"_L1, FieldKey::Isbn},
    {"issn"_L1, FieldKey::Isbn},
    {"language"_L1, FieldKey::Language},
    {"label"_L1, FieldKey::Label},
    {"call-num"_L1, FieldKey::CallNumber},
    {"accession-num"_L1, FieldKey::AccessionNumber},
    {"auth-address"_L1, FieldKey::AuthorAddress},
    {"section"_L1, FieldKey::Section},
    {"num-vols"_L1, FieldKey::NumberOfVolumes},
    {"remote-database-name"_L1, FieldKey::Database},
    {"remote-database-provider"_L1, FieldKey::Database},
};

struct GroupRole {
    QLatin1StringView group;
    PersonRole role;
};
constexpr GroupRole kGroupRoles[] = {
    {"authors"_L1, PersonRole::Author},
    {"secondary-authors"_L1, PersonRole::Editor},
    {"tertiary-authors"_L1, PersonRole::SeriesEditor},
    {"subsidiary-authors"_L1, PersonRole::Translator},
};

struct TypeNumber {
    QLatin1StringView name;
    int number;
};
constexpr TypeNumber kTypeNumbers[] = {
    {"Journal Article"_L1, 17}, {"Book"_L1, 6}, {"Book Section"_L1, 5}, {"Edited Book"_L1, 28},
    {"Conference Proceedings"_L1, 10}, {"Conference Paper"_L1, 47}, {"Thesis"_L1, 32},
    {"Report"_L1, 27}, {"Web Page"_L1, 12}, {"Generic"_L1, 13}, {"Patent"_L1, 25},
    {"Dataset"_L1, 59}, {"Computer Program"_L1, 9}, {"Electronic Article"_L1, 43},
    {"Electronic Book"_L1, 44}, {"Electronic Book Section"_L1, 60}, {"Magazine Article"_L1, 19},
    {"Newspaper Article"_L1, 23}, {"Government Document"_L1, 46}, {"Unpublished Work"_L1, 34},
    {"Manuscript"_L1, 36}, {"Figure"_L1, 37}, {"Map"_L1, 20}, {"Film or Broadcast"_L1, 21},
    {"Personal Communication"_L1, 26}, {"Serial"_L1, 57}, {"Blog"_L1, 56},
};

// EndNote's element order (RSXML.dtd); the writer follows it for records it generates.
constexpr QLatin1StringView kRecordOrder[] = {
    "database"_L1, "source-app"_L1, "rec-number"_L1, "foreign-keys"_L1, "ref-type"_L1,
    "contributors"_L1, "auth-address"_L1, "auth-affiliaton"_L1, "titles"_L1, "periodical"_L1,
    "alt-periodical"_L1, "pages"_L1, "volume"_L1, "number"_L1, "issue"_L1,
    "secondary-volume"_L1, "secondary-issue"_L1, "num-vols"_L1, "edition"_L1, "section"_L1,
    "reprint-edition"_L1, "reprint-status"_L1, "keywords"_L1, "dates"_L1, "pub-location"_L1,
    "publisher"_L1, "orig-pub"_L1, "isbn"_L1, "issn"_L1, "accession-num"_L1, "call-num"_L1,
    "report-id"_L1, "coden"_L1, "electronic-resource-num"_L1, "abstract"_L1, "label"_L1,
    "image"_L1, "caption"_L1, "notes"_L1, "research-notes"_L1, "work-type"_L1,
    "reviewed-item"_L1, "availability"_L1, "remote-source"_L1, "meeting-place"_L1,
    "work-location"_L1, "work-extent"_L1, "pack-method"_L1, "size"_L1, "repro-ratio"_L1,
    "remote-database-name"_L1, "remote-database-provider"_L1, "language"_L1, "urls"_L1,
    "access-date"_L1, "modified-date"_L1, "custom1"_L1, "custom2"_L1, "custom3"_L1,
    "custom4"_L1, "custom5"_L1, "custom6"_L1, "custom7"_L1, "misc1"_L1, "misc2"_L1, "misc3"_L1,
};
constexpr QLatin1StringView kGroupOrder[] = {
    // contributors
    "authors"_L1, "secondary-authors"_L1, "tertiary-authors"_L1, "subsidiary-authors"_L1,
    "translated-authors"_L1,
    // titles, periodical
    "title"_L1, "secondary-title"_L1, "tertiary-title"_L1, "alt-title"_L1, "short-title"_L1,
    "translated-title"_L1, "full-title"_L1, "abbr-1"_L1, "abbr-2"_L1, "abbr-3"_L1,
    // dates, urls
    "year"_L1, "pub-dates"_L1, "copyright-dates"_L1, "web-urls"_L1, "pdf-urls"_L1,
    "text-urls"_L1, "related-urls"_L1, "image-urls"_L1,
};

template<typename List>
int indexIn(const List &list, QStringView name)
{
    for (size_t i = 0; i < std::size(list); ++i) {
        if (name == list[i])
            return int(i);
    }
    return -1;
}

} // namespace

FieldKey fieldKeyForPath(QStringView path)
{
    for (const PathKey &entry : kPathKeys) {
        if (path == entry.path)
            return entry.key;
    }
    return FieldKey::Other;
}

QString pathForFieldKey(FieldKey key)
{
    for (const PathKey &entry : kPathKeys) {
        if (entry.key == key)
            return QString(entry.path);
    }
    return QString();
}

std::optional<PersonRole> personRoleForGroup(QStringView group)
{
    for (const GroupRole &entry : kGroupRoles) {
        if (group == entry.group)
            return entry.role;
    }
    return std::nullopt;
}

QString groupForPersonRole(PersonRole role)
{
    for (const GroupRole &entry : kGroupRoles) {
        if (entry.role == role)
            return QString(entry.group);
    }
    return QString();
}

int refTypeNumber(QStringView name)
{
    for (const TypeNumber &entry : kTypeNumbers) {
        if (name.trimmed().compare(entry.name, Qt::CaseInsensitive) == 0)
            return entry.number;
    }
    return 0;
}

int pathRank(QStringView path)
{
    const qsizetype at = path.indexOf(u'@');
    if (at >= 0)
        path = path.first(at);
    // The first two steps of the path, without splitting it (this runs for every field
    // of every record written).
    const qsizetype slash = path.indexOf(u'/');
    const int top = indexIn(kRecordOrder, slash < 0 ? path : path.first(slash));
    int group = -1;
    if (slash >= 0) {
        const QStringView rest = path.sliced(slash + 1);
        const qsizetype next = rest.indexOf(u'/');
        group = indexIn(kGroupOrder, next < 0 ? rest : rest.first(next));
    }
    return (top < 0 ? 999 : top) * 100 + (group < 0 ? 99 : group);
}

} // namespace endnotexml

// --- EndNote XML ---------------------------------------------------------------------------

namespace {

using xmlrecords::Element;

const QString kEndNoteXml = u"endnote-xml"_s;

//! The text of an element; a line break followed by indentation is the layout of a
//! pretty-printed file, not part of the value, and reads as one space.
QString valueOf(const Element &element)
{
    QString value = element.value();
    if (!value.contains(u'\n'))
        return value;
    static const QRegularExpression wrapped(u"[ \\t]*\\n[ \\t]+"_s);
    return value.replace(wrapped, u" "_s);
}

class RecordBuilder
{
public:
    RecordBuilder(Record &record, QList<Diagnostic> &diagnostics)
        : m_record(record), m_diagnostics(diagnostics) {}

    void build(const Element &element);

private:
    void walk(const Element &element, const QString &path);
    void readType(const Element &element);
    void readContributors(const Element &element);
    void addAttributes(const Element &element, const QString &path);
    void addField(FieldKey key, const QString &tag, const QString &value, const Element &at);

    Record &m_record;
    QList<Diagnostic> &m_diagnostics;
};

void RecordBuilder::build(const Element &element)
{
    for (const Element &child : element.children)
        walk(child, child.name);
    addAttributes(element, u"record"_s);
    if (m_record.fields.isEmpty() && m_record.sourceType.isEmpty()) {
        Diagnostic d;
        d.severity = Severity::Warning;
        d.line = element.line;
        d.message = u"record has no fields"_s;
        m_diagnostics.append(d);
    }
    m_record.type = endnote::recordTypeForName(m_record.sourceType);
}

void RecordBuilder::addField(FieldKey key, const QString &tag, const QString &value, const Element &at)
{
    if (value.isEmpty())
        return;
    Field field;
    field.key = key;
    field.tag = tag;
    field.value = value;
    field.line = at.line;
    field.column = at.column;
    m_record.fields.append(std::move(field));
}

void RecordBuilder::addAttributes(const Element &element, const QString &path)
{
    for (const auto &[name, value] : element.attributes) {
        // <database name="x.enl">x.enl</database>: the name says nothing the text does not.
        if (path == "database"_L1 && name == "name"_L1 && value == valueOf(element))
            continue;
        addField(FieldKey::Other, path + u'@' + name, value, element);
    }
}

void RecordBuilder::readType(const Element &element)
{
    m_record.sourceType = element.attribute(u"name").trimmed();
    const QString number = valueOf(element);
    // A number other than EndNote's own for the name (older exports number them apart).
    if (!number.isEmpty() && number != QString::number(endnotexml::refTypeNumber(m_record.sourceType)))
        addField(FieldKey::Other, u"ref-type"_s, number, element);
    for (const auto &[name, value] : element.attributes) {
        if (name != "name"_L1)
            addField(FieldKey::Other, u"ref-type@"_s + name, value, element);
    }
}

void RecordBuilder::readContributors(const Element &element)
{
    addAttributes(element, element.name);
    for (const Element &group : element.children) {
        const QString groupPath = element.name + u'/' + group.name;
        const std::optional<PersonRole> role = endnotexml::personRoleForGroup(group.name);
        if (!role) {
            walk(group, groupPath);
            continue;
        }
        addAttributes(group, groupPath);
        for (const Element &author : group.children) {
            if (author.name != "author"_L1 || !author.attributes.empty()) {
                walk(author, groupPath + u'/' + author.name);
                continue;
            }
            const QString text = valueOf(author);
            if (text.isEmpty())
                continue;
            Person person = tagged::parseEndNoteName(text);
            person.line = author.line;
            person.column = author.column;
            m_record.personsRef(*role).append(std::move(person));
        }
    }
}

void RecordBuilder::walk(const Element &element, const QString &path)
{
    if (path == "ref-type"_L1) {
        readType(element);
        return;
    }
    if (path == "contributors"_L1) {
        readContributors(element);
        return;
    }
    addAttributes(element, path);
    if (element.children.empty()) {
        addField(endnotexml::fieldKeyForPath(path), path, valueOf(element), element);
        return;
    }
    // Text beside child elements is unusual, but it is data all the same.
    addField(endnotexml::fieldKeyForPath(path), path, valueOf(element), element);
    for (const Element &child : element.children)
        walk(child, path + u'/' + child.name);
}

QString notEndNoteXml(const QString &root)
{
    const QString local = root.section(u':', -1);
    if (local == "mods"_L1 || local == "modsCollection"_L1) {
        return u"the root element is <%1>: this is MODS, not EndNote XML; open it as MODS"_s.arg(root);
    }
    return u"the root element is <%1>, not EndNote XML's <xml><records>: this XML is not a "
           "supported citation format"_s.arg(root);
}

} // namespace

void EndNoteXmlReader::read(const QString &text, Collection &out) const
{
    static const xmlrecords::Format format = [] {
        xmlrecords::Format f;
        f.id = kEndNoteXml;
        f.name = u"EndNote XML"_s;
        f.recordName = u"record"_s;
        // <EndNote><Cite>...<record> is how Word keeps EndNote citations in a document.
        f.wrapperNames = {u"xml"_s, u"records"_s, u"EndNote"_s, u"Cite"_s};
        f.joinStyleRuns = true;
        f.build = [](const Element &element, Record &record, QList<Diagnostic> &diagnostics) {
            RecordBuilder(record, diagnostics).build(element);
        };
        f.notThisFormat = notEndNoteXml;
        return f;
    }();
    xmlrecords::readRecords(text, format, out, progress());
}

int sniffEndNoteXml(QStringView head)
{
    QString child;
    const QString root = xmlrecords::rootElement(head, &child);
    int score = 0;
    if (root == "xml"_L1)
        score = child == "records"_L1 ? 95 : (child.isEmpty() ? 50 : 10);
    else if (root == "records"_L1)
        score = child == "record"_L1 || child.isEmpty() ? 90 : 30;
    else if (root == "EndNote"_L1)
        score = child == "Cite"_L1 && head.contains(u"<ref-type") ? 85 : 30;
    else if (root == "record"_L1)
        score = head.contains(u"<ref-type") ? 70 : 0;
    return score;
}

} // namespace refmend
