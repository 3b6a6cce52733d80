#include "formats/wosreader.h"

#include "formats/taggedlines.h"
#include "model/personname.h"

using namespace Qt::StringLiterals;

namespace refmend {

namespace wos {

namespace {

struct TagKey {
    QLatin1StringView tag;
    FieldKey key;
};

// The first tag of each key is the one RefMend writes. N1 is RefMend's: Web of Science has
// no note field.
constexpr TagKey kTagKeys[] = {
    {"TI"_L1, FieldKey::Title},
    {"SO"_L1, FieldKey::ContainerTitle},
    {"SE"_L1, FieldKey::SeriesTitle},
    {"PY"_L1, FieldKey::Year},
    {"PD"_L1, FieldKey::Date},
    {"VL"_L1, FieldKey::Volume},
    {"IS"_L1, FieldKey::Issue},
    {"BP"_L1, FieldKey::Pages},
    {"EP"_L1, FieldKey::Pages},
    {"PU"_L1, FieldKey::Publisher},
    {"PI"_L1, FieldKey::PublisherPlace},
    {"DI"_L1, FieldKey::Doi},
    {"AB"_L1, FieldKey::Abstract},
    {"DE"_L1, FieldKey::Keywords},
    {"ID"_L1, FieldKey::Keywords},
    {"N1"_L1, FieldKey::Note},
    {"SN"_L1, FieldKey::Isbn},
    {"BN"_L1, FieldKey::Isbn},
    {"LA"_L1, FieldKey::Language},
    {"UT"_L1, FieldKey::AccessionNumber},
    {"C1"_L1, FieldKey::AuthorAddress},
};

// The field tags of the Web of Science export format (current and older ones).
constexpr QLatin1StringView kKnownTags[] = {
    "FN"_L1, "VR"_L1, "PT"_L1, "AU"_L1, "AF"_L1, "BA"_L1, "BF"_L1, "CA"_L1, "GP"_L1, "BE"_L1,
    "ED"_L1, "TI"_L1, "SO"_L1, "SE"_L1, "BS"_L1, "LA"_L1, "DT"_L1, "CT"_L1, "CY"_L1, "CL"_L1,
    "SP"_L1, "HO"_L1, "DE"_L1, "ID"_L1, "AB"_L1, "C1"_L1, "C3"_L1, "RP"_L1, "EM"_L1, "RI"_L1,
    "OI"_L1, "FU"_L1, "FP"_L1, "FX"_L1, "CR"_L1, "NR"_L1, "TC"_L1, "Z9"_L1, "U1"_L1, "U2"_L1,
    "PU"_L1, "PI"_L1, "PA"_L1, "SN"_L1, "EI"_L1, "BN"_L1, "J9"_L1, "JI"_L1, "PD"_L1, "PY"_L1,
    "VL"_L1, "IS"_L1, "PN"_L1, "SU"_L1, "SI"_L1, "MA"_L1, "BP"_L1, "EP"_L1, "AR"_L1, "DI"_L1,
    "DL"_L1, "D2"_L1, "EA"_L1, "PG"_L1, "WC"_L1, "WE"_L1, "SC"_L1, "GA"_L1, "PM"_L1, "OA"_L1,
    "HC"_L1, "HP"_L1, "DA"_L1, "UT"_L1, "ER"_L1, "EF"_L1, "PS"_L1, "N1"_L1,
};

// Document types (DT) with a type of their own; any other DT ("Article", "Review",
// "Editorial Material", ...) leaves the type to PT.
struct DocumentType {
    QLatin1StringView name;
    RecordType type;
};
constexpr DocumentType kDocumentTypes[] = {
    {"Proceedings Paper"_L1, RecordType::ConferencePaper},
    {"Meeting Abstract"_L1, RecordType::ConferencePaper},
    {"Book Chapter"_L1, RecordType::Chapter},
    {"Book"_L1, RecordType::Book},
    {"Thesis"_L1, RecordType::Thesis},
    {"Dissertation"_L1, RecordType::Thesis},
    {"Report"_L1, RecordType::Report},
    {"Web Page"_L1, RecordType::WebPage},
    {"Data Set"_L1, RecordType::Dataset},
    {"Patent"_L1, RecordType::Patent},
    {"Software"_L1, RecordType::Software},
    {"Generic"_L1, RecordType::Generic},
};

struct TagInfo {
    FieldKey key = FieldKey::Other;
    bool known = false;
};

//! One lookup per line rather than a walk through the lists.
const QHash<quint32, TagInfo> &tagTable()
{
    static const QHash<quint32, TagInfo> table = [] {
        QHash<quint32, TagInfo> t;
        for (QLatin1StringView tag : kKnownTags)
            t[tagged::packTag(QString(tag))].known = true;
        for (const TagKey &entry : kTagKeys) {
            TagInfo &info = t[tagged::packTag(QString(entry.tag))];
            if (info.key == FieldKey::Other)
                info.key = entry.key;
        }
        return t;
    }();
    return table;
}

} // namespace

bool isKnownTag(QStringView tag)
{
    return tagTable().value(tagged::packTag(tag)).known;
}

FieldKey fieldKeyForTag(QStringView tag)
{
    return tagTable().value(tagged::packTag(tag)).key;
}

QString tagForFieldKey(FieldKey key)
{
    for (const TagKey &entry : kTagKeys) {
        if (entry.key == key)
            return QString(entry.tag);
    }
    return QString();
}

bool isListTag(QStringView tag)
{
    return tag == u"AU" || tag == u"AF" || tag == u"BA" || tag == u"BF" || tag == u"BE"
            || tag == u"CA" || tag == u"GP" || tag == u"C1" || tag == u"CR";
}

RecordType recordTypeFor(QStringView publicationType, QStringView documentType)
{
    // "Article; Proceedings Paper": any part with a type of its own decides.
    for (QStringView part : documentType.split(u';')) {
        part = part.trimmed();
        for (const DocumentType &entry : kDocumentTypes) {
            if (part.compare(entry.name, Qt::CaseInsensitive) == 0)
                return entry.type;
        }
    }
    const QStringView pt = publicationType.trimmed();
    if (pt.compare(u"J", Qt::CaseInsensitive) == 0)
        return RecordType::Article;
    if (pt.compare(u"B", Qt::CaseInsensitive) == 0 || pt.compare(u"S", Qt::CaseInsensitive) == 0)
        return RecordType::Book;
    if (pt.compare(u"C", Qt::CaseInsensitive) == 0)
        return RecordType::ConferencePaper;
    if (pt.compare(u"P", Qt::CaseInsensitive) == 0)
        return RecordType::Patent;
    return RecordType::Generic;
}

std::pair<QString, QString> namesForRecordType(RecordType type)
{
    switch (type) {
    case RecordType::Article:
        return {u"J"_s, u"Article"_s};
    case RecordType::Book:
        return {u"B"_s, u"Book"_s};
    case RecordType::Chapter:
        return {u"B"_s, u"Book Chapter"_s};
    case RecordType::ConferencePaper:
        return {u"C"_s, u"Proceedings Paper"_s};
    case RecordType::Thesis:
        return {u"B"_s, u"Thesis"_s};
    case RecordType::Report:
        return {u"J"_s, u"Report"_s};
    case RecordType::WebPage:
        return {u"J"_s, u"Web Page"_s};
    case RecordType::Dataset:
        return {u"J"_s, u"Data Set"_s};
    case RecordType::Patent:
        return {u"P"_s, u"Patent"_s};
    case RecordType::Software:
        return {u"J"_s, u"Software"_s};
    case RecordType::Generic:
    case RecordType::Count:
        break;
    }
    return {u"J"_s, u"Generic"_s};
}

QString shortName(const Person &person)
{
    if (person.isLiteral())
        return person.literal;
    QString name = person.particle.isEmpty() ? person.family : person.particle + u' ' + person.family;
    const QString initials = tagged::initialsOf(person.given);
    if (!initials.isEmpty())
        name += u", "_s + initials;
    return name;
}

namespace {

//! Calls \a take(tag, name) for each AU and AF name of \a recordText.
template<typename Take>
void forEachName(QStringView recordText, Take take)
{
    QStringView tag;
    tagged::LineReader reader(recordText);
    tagged::Line line;
    while (reader.next(line)) {
        QStringView value = line.text;
        const bool tagLine = value.size() >= 2 && value.at(0) >= u'A' && value.at(0) <= u'Z'
                && (value.size() == 2 || value.at(2) == u' ');
        if (tagLine) {
            tag = value.first(2);
            if (tag != u"AU" && tag != u"AF")
                tag = QStringView();
            value = value.sliced(qMin<qsizetype>(3, value.size()));
        }
        if (tag.isEmpty())
            continue;
        for (QStringView name : value.split(u';')) {
            name = name.trimmed();
            if (!name.isEmpty())
                take(tag, name);
        }
    }
}

} // namespace

bool isNameInText(QStringView recordText, QStringView name)
{
    bool found = false;
    forEachName(recordText, [&](QStringView, QStringView written) {
        found = found || written == name;
    });
    return found;
}

QList<std::pair<QString, QString>> shortNamesInText(QStringView recordText)
{
    QStringList shortNames;
    QStringList fullNames;
    forEachName(recordText, [&](QStringView tag, QStringView name) {
        (tag == u"AU" ? shortNames : fullNames).append(name.toString());
    });
    QList<std::pair<QString, QString>> pairs;
    for (qsizetype i = 0; i < qMin(shortNames.size(), fullNames.size()); ++i)
        pairs.append({fullNames.at(i), shortNames.at(i)});
    return pairs;
}

} // namespace wos

namespace {

using tagged::Line;

enum class RecordEnd { Er, NextType, FileMark, EndOfText };

struct Name {
    QString text;
    int line = 0;
    int column = 0;
};

class Parser
{
public:
    Parser(const QString &text, Collection &out, ReadProgress *progress)
        : m_sink(text, out, u"wos"_s)
    {
        m_sink.setProgress(progress);
    }

    void parse();

private:
    struct Pending {
        bool active = false;
        QStringView tag;
        QStringView first;
        QString joined;
        bool continued = false;
        int line = 0;
        int column = 0;
    };
    struct Deferred {
        Line line;
        int blankLinesBefore = 0;
    };

    bool isTagLine(QStringView text) const;
    void handleTag(const Line &line);
    void handleTextLine(const Line &line);
    void startRecord(const Line &line);
    void startField(QStringView tag, QStringView value, int line, int column);
    void continueField(const Line &line);
    void commitDeferred();
    std::optional<Line> takeDeferred();
    void endRecordBefore(RecordEnd end);
    void flushPending();
    void finishRecord(RecordEnd end);
    void noteTextBetweenRecords(const Line &line);
    void warn(int line, int column, const QString &message, Severity severity = Severity::Warning)
    { m_sink.recordDiagnostic(severity, line, column, message); }

    tagged::RecordSink m_sink;
    tagged::TagCache m_tags;
    tagged::NameCache m_names;
    bool m_indented = true;          // continuation lines are indented (as they should be)
    bool m_sawContinuation = false;
    bool m_inRecord = false;
    bool m_hasType = false;
    tagged::ControlCharacters m_control;
    bool m_gapReported = false;
    bool m_sawFileEnd = false;       // an EF line
    Record m_record;
    qsizetype m_recordStart = 0;
    qsizetype m_contentEnd = 0;
    int m_blankLines = 0;
    Pending m_pending;
    QList<Deferred> m_deferred;
    QList<Name> m_shortNames;        // AU
    QList<Name> m_fullNames;         // AF
    QString m_documentType;          // DT
};

bool looksLikeTagLine(QStringView text)
{
    return text.size() >= 2 && text.at(0) >= u'A' && text.at(0) <= u'Z'
            && ((text.at(1) >= u'A' && text.at(1) <= u'Z') || (text.at(1) >= u'0' && text.at(1) <= u'9'))
            && (text.size() == 2 || text.at(2) == u' ');
}

/*! Some old exports do not indent continuation lines at all: true when the text has lines
    that continue a field but none indented. */
bool hasUnindentedContinuations(QStringView text)
{
    tagged::LineReader reader(text);
    Line line;
    bool untagged = false;
    while (reader.next(line)) {
        if (line.text.size() > 3 && line.text.startsWith(u"   ") && !line.text.at(3).isSpace())
            return false;
        untagged = untagged || (!line.isBlank() && !looksLikeTagLine(line.text));
    }
    return untagged;
}

//! Fields of running text, after which a line can start like a tag by chance.
bool isProseTag(QStringView tag)
{
    return tag == u"AB" || tag == u"TI" || tag == u"DE" || tag == u"ID" || tag == u"FX"
            || tag == u"FU" || tag == u"RP";
}

bool Parser::isTagLine(QStringView text) const
{
    if (!looksLikeTagLine(text))
        return false;
    const QStringView tag = text.first(2);
    const QStringView value = text.sliced(2).trimmed();
    if ((tag == u"ER" || tag == u"EF") && !value.isEmpty())
        return false;   // "ER stress ...": text, not the end of a record
    if (m_indented)
        return true;
    // Without indentation a line of text can start like a tag ("GA and the growth ...");
    // only known tags count, and after running text not when what follows reads as the
    // middle of a sentence.
    if (!wos::isKnownTag(tag))
        return false;
    const bool afterText = m_pending.active && isProseTag(m_pending.tag);
    return !afterText || value.isEmpty() || !value.front().isLower();
}

void Parser::parse()
{
    m_indented = !hasUnindentedContinuations(m_sink.text());
    tagged::LineReader reader(m_sink.text());
    Line line;
    while (reader.next(line)) {
        if (!m_sink.proceed(line.start))
            return;     // cancelled: the result is thrown away
        if (line.isBlank()) {
            if (m_inRecord)
                ++m_blankLines;
            continue;
        }
        if (isTagLine(line.text))
            handleTag(line);
        else
            handleTextLine(line);
    }
    if (m_inRecord)
        endRecordBefore(RecordEnd::EndOfText);
    if (m_sink.recordCount() == 0 && !tagged::isBlank(m_sink.text())) {
        m_sink.textDiagnostic(Severity::Warning, 0, 0, u"no Web of Science records found"_s);
    } else if (m_sink.recordCount() > 0 && !m_sawFileEnd) {
        m_sink.textDiagnostic(Severity::Warning, 0, 0,
                              u"no EF line at the end; the file may be cut short"_s);
    }
    if (m_sawContinuation && !m_indented) {
        m_sink.textDiagnostic(Severity::Warning, 0, 0,
                              u"continuation lines are not indented; lines were told from tags by "
                              "the tags Web of Science uses"_s);
    }
    m_sink.finish();
}

void Parser::endRecordBefore(RecordEnd end)
{
    const std::optional<Line> gap = takeDeferred();
    finishRecord(end);
    if (gap)
        noteTextBetweenRecords(*gap);
}

void Parser::handleTag(const Line &line)
{
    const QStringView tag = line.text.first(2);
    // "TI Title": one space after the tag; any more belong to the value.
    const QStringView value = tagged::chopTrailingSpace(line.text.sliced(qMin<qsizetype>(3, line.text.size())));
    const int valueColumn = line.column(qMin<qsizetype>(3, line.text.size()));

    if (tag == u"FN" || tag == u"VR" || tag == u"EF") {
        // The file's header and end mark: text between records.
        if (m_inRecord)
            endRecordBefore(RecordEnd::FileMark);
        m_sawFileEnd = m_sawFileEnd || tag == u"EF";
        return;
    }
    if (tag == u"ER") {
        if (!m_inRecord) {
            m_sink.textDiagnostic(Severity::Warning, line.number, line.column(0),
                                  u"ER without a record before it; kept as it is"_s);
            return;
        }
        commitDeferred();
        flushPending();
        m_contentEnd = line.next;
        finishRecord(RecordEnd::Er);
        return;
    }
    if (tag == u"PT") {
        // PT is a record's first tag: it starts one after a record that has its own, and
        // after a blank line (a record without PT, e.g. text kept raw, ends there; the
        // fuzzer found such a record swallowing the next one when written without the FN
        // and VR lines that had stood between them).
        if (m_inRecord && (m_hasType || m_blankLines > 0))
            endRecordBefore(RecordEnd::NextType);
        if (!m_inRecord) {
            startRecord(line);
        } else {
            commitDeferred();
            flushPending();
            warn(line.number, line.column(0), u"PT is not the first tag of the record"_s);
        }
        m_hasType = true;
        m_record.sourceType = value.toString();
        if (value.isEmpty())
            warn(line.number, valueColumn, u"PT is empty"_s);
        m_contentEnd = line.next;
        m_blankLines = 0;
        m_control.check(line, m_sink);
        return;
    }
    if (!m_inRecord)
        startRecord(line);
    commitDeferred();
    startField(tag, value, line.number, valueColumn);
    m_contentEnd = line.next;
    m_blankLines = 0;
    m_control.check(line, m_sink);
}

void Parser::handleTextLine(const Line &line)
{
    if (!m_inRecord) {
        noteTextBetweenRecords(line);
        return;
    }
    if (m_blankLines > 0 || !m_deferred.isEmpty()) {
        m_deferred.append({line, m_blankLines});
        m_blankLines = 0;
        return;
    }
    continueField(line);
    m_contentEnd = line.next;
}

void Parser::startRecord(const Line &line)
{
    m_inRecord = true;
    m_hasType = false;
    m_control.reset();
    m_gapReported = false;
    m_blankLines = 0;
    m_record = Record();
    m_record.line = line.number;
    m_recordStart = line.start;
    m_shortNames.clear();
    m_fullNames.clear();
    m_documentType.clear();
}

void Parser::startField(QStringView tag, QStringView value, int line, int column)
{
    flushPending();
    m_pending.active = true;
    m_pending.tag = tag;
    m_pending.first = value;
    m_pending.line = line;
    m_pending.column = column;
}

void Parser::continueField(const Line &line)
{
    m_sawContinuation = true;
    m_control.check(line, m_sink);
    const QStringView text = line.text.trimmed();
    const int column = line.column(line.text.indexOf(text.front()));
    if (!m_pending.active) {
        warn(line.number, column, u"text without a tag; kept as a note (N1)"_s);
        startField(u"N1", text, line.number, column);
        return;
    }
    const QStringView tag = m_pending.tag;
    if (wos::isListTag(tag) && tag != u"CR") {
        startField(tag, text, line.number, column);   // one name or address per line
        return;
    }
    if (!m_pending.continued) {
        m_pending.joined = m_pending.first.toString();
        m_pending.continued = true;
    }
    if (!m_pending.joined.isEmpty())
        m_pending.joined += tag == u"CR" ? u'\n' : u' ';
    m_pending.joined += text;
}

void Parser::commitDeferred()
{
    for (const Deferred &deferred : std::as_const(m_deferred)) {
        continueField(deferred.line);
        m_contentEnd = deferred.line.next;
    }
    m_deferred.clear();
}

std::optional<Line> Parser::takeDeferred()
{
    if (m_deferred.isEmpty())
        return std::nullopt;
    const Line first = m_deferred.first().line;
    m_deferred.clear();
    return first;
}

void Parser::flushPending()
{
    if (!m_pending.active)
        return;
    Pending pending = std::move(m_pending);
    m_pending = Pending();
    QString value = pending.continued ? std::move(pending.joined) : pending.first.toString();
    const QStringView tag = pending.tag;
    if (tagged::isBlank(value)) {
        warn(pending.line, pending.column, u"%1 is empty; left out"_s.arg(tag), Severity::Info);
        return;
    }

    auto names = [&](QList<Name> &list) {
        // Old exports put several names on one line: "Joffe, Hadine; Hall, Janet E".
        for (QStringView name : QStringView(value).split(u';')) {
            name = name.trimmed();
            if (!name.isEmpty())
                list.append({name.toString(), pending.line, pending.column});
        }
    };
    if (tag == u"AU") {
        names(m_shortNames);
        return;
    }
    if (tag == u"AF") {
        names(m_fullNames);
        return;
    }
    if (tag == u"CA" || tag == u"GP" || tag == u"BE" || tag == u"ED") {
        QList<Name> list;
        if (tag == u"ED")
            names(list);
        else
            list.append({value, pending.line, pending.column});
        for (const Name &name : std::as_const(list)) {
            Person person;
            if (tag == u"CA" || tag == u"GP") {
                person.literal = name.text;
                person.raw = name.text;
            } else {
                person = m_names.parse(name.text);
            }
            person.line = name.line;
            person.column = name.column;
            m_record.personsRef(tag == u"CA" || tag == u"GP" ? PersonRole::Author
                                                             : PersonRole::Editor)
                    .append(std::move(person));
        }
        return;
    }
    if (tag == u"DT")
        m_documentType = value;

    Field field;
    field.key = wos::fieldKeyForTag(tag);
    field.tag = m_tags.intern(tag);
    field.value = std::move(value);
    field.line = pending.line;
    field.column = pending.column;
    m_record.fields.append(std::move(field));
}

void Parser::finishRecord(RecordEnd end)
{
    flushPending();
    m_inRecord = false;
    m_deferred.clear();
    const int line = m_record.line;
    if (m_control.binary) {
        m_sink.addUnparsed(line, m_recordStart, m_contentEnd,
                           u"record holds NUL characters (binary data); kept unparsed"_s);
        m_record = Record();
        return;
    }
    Record &record = m_record;

    // AF holds the full names, AU the short ones of the same people: one person each.
    PersonList authors;
    const qsizetype count = qMax(m_shortNames.size(), m_fullNames.size());
    for (qsizetype i = 0; i < count; ++i) {
        const Name &name = i < m_fullNames.size() ? m_fullNames.at(i) : m_shortNames.at(i);
        Person person = m_names.parse(name.text);
        person.line = name.line;
        person.column = name.column;
        authors.append(std::move(person));
    }
    if (!m_fullNames.isEmpty() && m_fullNames.size() != m_shortNames.size() && !m_shortNames.isEmpty()) {
        warn(line, 1, u"%1 names in AU but %2 in AF; each is read as one person"_s
                              .arg(m_shortNames.size()).arg(m_fullNames.size()));
    }
    authors.append(record.persons(PersonRole::Author));   // CA: organisations, after the people
    record.setPersons(PersonRole::Author, authors);

    int startPage = -1;
    int endPage = -1;
    for (int i = 0; i < record.fields.size(); ++i) {
        const QString &tag = record.fields.at(i).tag;
        if (startPage < 0 && tag == u"BP")
            startPage = i;
        else if (endPage < 0 && tag == u"EP")
            endPage = i;
    }
    if (startPage >= 0 && endPage >= 0) {
        record.fields[startPage].value += u'-' + record.fields.at(endPage).value;
        record.fields.removeAt(endPage);
    }

    record.type = wos::recordTypeFor(record.sourceType, m_documentType);
    if (!m_hasType)
        warn(line, 1, u"record has no PT line; its type comes from DT alone"_s);
    if (record.fields.isEmpty() && record.authors().isEmpty())
        warn(line, 1, u"record has no fields"_s);
    const int year = record.indexOf(FieldKey::Year);
    if (year >= 0 && record.year().isEmpty()) {
        const Field &field = record.fields.at(year);
        warn(field.line, field.column,
             u"PY \"%1\" holds no four-digit year"_s.arg(field.value.left(40)));
    }
    if (end == RecordEnd::NextType)
        warn(line, 1, u"record has no ER; it ends where the next PT begins"_s);
    else if (end == RecordEnd::FileMark)
        warn(line, 1, u"record has no ER; it ends at the file's FN or EF line"_s);
    else if (end == RecordEnd::EndOfText)
        warn(line, 1, u"record has no ER at the end of the text"_s);

    m_sink.add(std::move(m_record), m_recordStart, m_contentEnd);
    m_record = Record();
}

void Parser::noteTextBetweenRecords(const Line &line)
{
    if (m_gapReported)
        return;
    m_gapReported = true;
    m_sink.textDiagnostic(Severity::Info, line.number, 1 + line.columnOffset,
                          u"text between records is not Web of Science tagged; it stays in the file as it is"_s);
}

} // namespace

void WosReader::read(const QString &text, Collection &out) const
{
    Parser parser(text, out, progress());
    parser.parse();
}

int sniffWos(QStringView head)
{
    tagged::LineReader reader(head);
    tagged::Line line;
    int lines = 0;
    int tags = 0;
    int indented = 0;
    while (lines < 60 && reader.next(line)) {
        if (line.isBlank())
            continue;
        ++lines;
        const QStringView text = line.text;
        if (lines == 1 && (text.startsWith(u"FN ") || text == u"FN"))
            return 95;
        if (lines <= 3 && text.startsWith(u"PT ") && text.size() <= 5)
            return 85;
        if (text.startsWith(u"   ") && text.size() > 3 && !text.at(3).isSpace())
            ++indented;
        else if (text.size() >= 4 && text.at(2) == u' ' && !text.at(3).isSpace()
                 && text.at(3) != u'-' && wos::isKnownTag(text.first(2)))
            ++tags;   // "AU Doe, J", not RIS's "AU  - Doe, J"
    }
    if (tags >= 3 && (tags + indented) * 4 >= lines * 3)
        return 60;
    return tags > 0 ? 15 : 0;
}

} // namespace refmend
