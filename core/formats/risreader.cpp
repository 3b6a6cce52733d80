#include "formats/risreader.h"

#include "formats/endnotetags.h"
#include "formats/taggedlines.h"
#include "model/personname.h"

#include <array>

using namespace Qt::StringLiterals;

namespace refmend {

namespace ris {

namespace {

struct TagKey {
    QLatin1StringView tag;
    FieldKey key;
};

// The first tag of each key is the one RefMend writes. Tags not listed (M1-M3, C1-C8, J2, ID,
// Y2, L1, L4, ...) are read as FieldKey::Other and written back under the same tag.
constexpr TagKey kTagKeys[] = {
    {"TI"_L1, FieldKey::Title},
    {"T1"_L1, FieldKey::Title},
    {"CT"_L1, FieldKey::Title},
    {"ST"_L1, FieldKey::ShortTitle},
    {"T2"_L1, FieldKey::ContainerTitle},
    {"JO"_L1, FieldKey::ContainerTitle},
    {"JF"_L1, FieldKey::ContainerTitle},
    {"BT"_L1, FieldKey::ContainerTitle},
    {"T3"_L1, FieldKey::SeriesTitle},
    {"PY"_L1, FieldKey::Year},
    {"Y1"_L1, FieldKey::Year},
    {"DA"_L1, FieldKey::Date},
    {"VL"_L1, FieldKey::Volume},
    {"IS"_L1, FieldKey::Issue},
    {"SP"_L1, FieldKey::Pages},
    {"EP"_L1, FieldKey::Pages},
    {"ET"_L1, FieldKey::Edition},
    {"PB"_L1, FieldKey::Publisher},
    {"CY"_L1, FieldKey::PublisherPlace},
    {"DO"_L1, FieldKey::Doi},
    {"UR"_L1, FieldKey::Url},
    {"L2"_L1, FieldKey::Url},
    {"AB"_L1, FieldKey::Abstract},
    {"N2"_L1, FieldKey::Abstract},
    {"KW"_L1, FieldKey::Keywords},
    {"N1"_L1, FieldKey::Note},
    {"SN"_L1, FieldKey::Isbn},
    {"LA"_L1, FieldKey::Language},
    {"LB"_L1, FieldKey::Label},
    {"CN"_L1, FieldKey::CallNumber},
    {"AN"_L1, FieldKey::AccessionNumber},
    {"AD"_L1, FieldKey::AuthorAddress},
    {"SE"_L1, FieldKey::Section},
    {"NV"_L1, FieldKey::NumberOfVolumes},
    {"DB"_L1, FieldKey::Database},
};

// Tags with a meaning in the RIS specification (2011) or its older dialects that RefMend
// keeps as Other: a field from another format is not written under one of these.
constexpr QLatin1StringView kOtherDefinedTags[] = {
    "TY"_L1, "ER"_L1, "AU"_L1, "A1"_L1, "A2"_L1, "A3"_L1, "A4"_L1, "ED"_L1, "AV"_L1,
    "C1"_L1, "C2"_L1, "C3"_L1, "C4"_L1, "C5"_L1, "C6"_L1, "C7"_L1, "C8"_L1, "CA"_L1,
    "CP"_L1, "DP"_L1, "ID"_L1, "J1"_L1, "J2"_L1, "JA"_L1, "L1"_L1, "L3"_L1, "L4"_L1,
    "LK"_L1, "M1"_L1, "M2"_L1, "M3"_L1, "OP"_L1, "PP"_L1, "RI"_L1, "RN"_L1, "RP"_L1,
    "TA"_L1, "TT"_L1, "U1"_L1, "U2"_L1, "U3"_L1, "U4"_L1, "U5"_L1, "VO"_L1, "Y2"_L1,
};

struct TypeName {
    QLatin1StringView name;
    RecordType type;
};

// Every reference type of the RIS specification, and a few that exporters write; the first
// of each RecordType is the one RefMend writes.
constexpr TypeName kTypeNames[] = {
    {"JOUR"_L1, RecordType::Article},
    {"EJOUR"_L1, RecordType::Article},
    {"MGZN"_L1, RecordType::Article},
    {"NEWS"_L1, RecordType::Article},
    {"INPR"_L1, RecordType::Article},
    {"ABST"_L1, RecordType::Article},
    {"BOOK"_L1, RecordType::Book},
    {"EBOOK"_L1, RecordType::Book},
    {"EDBOOK"_L1, RecordType::Book},
    {"CLSWK"_L1, RecordType::Book},
    {"ANCIENT"_L1, RecordType::Book},
    {"PAMP"_L1, RecordType::Book},
    {"DICT"_L1, RecordType::Book},
    {"ENCYC"_L1, RecordType::Book},
    {"CHAP"_L1, RecordType::Chapter},
    {"ECHAP"_L1, RecordType::Chapter},
    {"CPAPER"_L1, RecordType::ConferencePaper},
    {"CONF"_L1, RecordType::ConferencePaper},
    {"THES"_L1, RecordType::Thesis},
    {"RPRT"_L1, RecordType::Report},
    {"GOVDOC"_L1, RecordType::Report},
    {"STAND"_L1, RecordType::Report},
    {"ELEC"_L1, RecordType::WebPage},
    {"WEB"_L1, RecordType::WebPage},
    {"BLOG"_L1, RecordType::WebPage},
    {"DATA"_L1, RecordType::Dataset},
    {"DBASE"_L1, RecordType::Dataset},
    {"AGGR"_L1, RecordType::Dataset},
    {"PAT"_L1, RecordType::Patent},
    {"COMP"_L1, RecordType::Software},
    {"GEN"_L1, RecordType::Generic},
    {"ADVS"_L1, RecordType::Generic},
    {"ART"_L1, RecordType::Generic},
    {"BILL"_L1, RecordType::Generic},
    {"CASE"_L1, RecordType::Generic},
    {"CHART"_L1, RecordType::Generic},
    {"CTLG"_L1, RecordType::Generic},
    {"EQUA"_L1, RecordType::Generic},
    {"FIGURE"_L1, RecordType::Generic},
    {"GRANT"_L1, RecordType::Generic},
    {"GRNT"_L1, RecordType::Generic},
    {"HEAR"_L1, RecordType::Generic},
    {"ICOMM"_L1, RecordType::Generic},
    {"INTV"_L1, RecordType::Generic},
    {"JFULL"_L1, RecordType::Generic},
    {"LEGAL"_L1, RecordType::Generic},
    {"MANSCPT"_L1, RecordType::Generic},
    {"MAP"_L1, RecordType::Generic},
    {"MPCT"_L1, RecordType::Generic},
    {"MULTI"_L1, RecordType::Generic},
    {"MUSIC"_L1, RecordType::Generic},
    {"PCOMM"_L1, RecordType::Generic},
    {"POD"_L1, RecordType::Generic},
    {"PRESS"_L1, RecordType::Generic},
    {"SER"_L1, RecordType::Generic},
    {"SLIDE"_L1, RecordType::Generic},
    {"SOUND"_L1, RecordType::Generic},
    {"STAT"_L1, RecordType::Generic},
    {"UNBILL"_L1, RecordType::Generic},
    {"UNPB"_L1, RecordType::Generic},
    {"UNPD"_L1, RecordType::Generic},
    {"VIDEO"_L1, RecordType::Generic},
};

bool isUpperOrDigit(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

struct TagInfo {
    FieldKey key = FieldKey::Other;
    qint8 role = -1;          // a PersonRole, or -1
    bool defined = false;     // RIS gives the tag a meaning
};

constexpr int kTagCount = 26 * 36;

//! Index of a tag [A-Z][A-Z0-9] in the table, or -1.
int tagIndex(QStringView tag)
{
    if (tag.size() != 2 || tag.at(0) < u'A' || tag.at(0) > u'Z')
        return -1;
    const char16_t second = tag.at(1).unicode();
    int column = -1;
    if (second >= u'0' && second <= u'9')
        column = second - u'0';
    else if (second >= u'A' && second <= u'Z')
        column = 10 + (second - u'A');
    return column < 0 ? -1 : (tag.at(0).unicode() - u'A') * 36 + column;
}

//! One lookup per field rather than a walk through the lists: readers call this a lot.
const std::array<TagInfo, kTagCount> &tagTable()
{
    static const std::array<TagInfo, kTagCount> table = [] {
        std::array<TagInfo, kTagCount> t{};
        for (const TagKey &entry : kTagKeys) {
            TagInfo &info = t[size_t(tagIndex(QString(entry.tag)))];
            if (!info.defined)
                info.key = entry.key;
            info.defined = true;
        }
        for (QLatin1StringView tag : kOtherDefinedTags)
            t[size_t(tagIndex(QString(tag)))].defined = true;
        const std::pair<const char16_t *, PersonRole> roles[] = {
            {u"AU", PersonRole::Author}, {u"A1", PersonRole::Author},
            {u"A2", PersonRole::Editor}, {u"ED", PersonRole::Editor},
            {u"A3", PersonRole::SeriesEditor}, {u"A4", PersonRole::Translator},
        };
        for (const auto &[tag, role] : roles)
            t[size_t(tagIndex(QStringView(tag)))].role = qint8(role);
        return t;
    }();
    return table;
}

const TagInfo *tagInfo(QStringView tag)
{
    const int index = tagIndex(tag);
    return index < 0 ? nullptr : &tagTable()[size_t(index)];
}

const TypeName *findType(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (const TypeName &entry : kTypeNames) {
        if (trimmed.compare(entry.name, Qt::CaseInsensitive) == 0)
            return &entry;
    }
    return nullptr;
}

} // namespace

bool isTagLine(QStringView line, qsizetype *valueStart, qsizetype *tagLength)
{
    if (line.size() < 4 || line.at(0) < u'A' || line.at(0) > u'Z' || !isUpperOrDigit(line.at(1)))
        return false;
    // PubMed's PMID (and PMC) turn up in RIS exports as if they were RIS tags.
    const qsizetype length = line.startsWith(u"PMID") ? 4 : line.startsWith(u"PMC") ? 3 : 2;
    qsizetype i = length;
    while (i < line.size() && i < 7 && (line.at(i) == u' ' || line.at(i) == u'\t'))
        ++i;
    if (i == length || i >= line.size() || line.at(i) != u'-')
        return false;
    ++i;
    if (tagLength)
        *tagLength = length;
    if (valueStart) {
        // "TY  - JOUR": one space after the dash; any more belong to the value.
        if (i < line.size() && (line.at(i) == u' ' || line.at(i) == u'\t'))
            ++i;
        *valueStart = i;
    }
    return true;
}

qsizetype numberedTypeLineStart(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && line.at(i) >= u'0' && line.at(i) <= u'9')
        ++i;
    if (i == 0 || i + 1 >= line.size() || line.at(i) != u'.')
        return -1;
    ++i;
    while (i < line.size() && (line.at(i) == u' ' || line.at(i) == u'\t'))
        ++i;
    const QStringView rest = line.sliced(i);
    return rest.startsWith(u"TY") && isTagLine(rest) ? i : -1;
}

std::optional<PersonRole> personRoleForTag(QStringView tag)
{
    const TagInfo *info = tagInfo(tag);
    if (!info || info->role < 0)
        return std::nullopt;
    return PersonRole(info->role);
}

QString tagForPersonRole(PersonRole role)
{
    switch (role) {
    case PersonRole::Author:
        return u"AU"_s;
    case PersonRole::Editor:
        return u"A2"_s;
    case PersonRole::SeriesEditor:
        return u"A3"_s;
    case PersonRole::Translator:
        return u"A4"_s;
    case PersonRole::Count:
        break;
    }
    return QString();
}

FieldKey fieldKeyForTag(QStringView tag, RecordType type)
{
    if (tag == u"BT")
        return type == RecordType::Book ? FieldKey::Title : FieldKey::ContainerTitle;
    if (tag == u"PMID")
        return FieldKey::AccessionNumber;
    const TagInfo *info = tagInfo(tag);
    return info ? info->key : FieldKey::Other;
}

QString tagForFieldKey(FieldKey key)
{
    for (const TagKey &entry : kTagKeys) {
        if (entry.key == key)
            return QString(entry.tag);
    }
    return QString();
}

bool isDefinedTag(QStringView tag)
{
    const TagInfo *info = tagInfo(tag);
    return info && info->defined;
}

bool isListTag(QStringView tag)
{
    return tag == u"KW" || personRoleForTag(tag).has_value();
}

RecordType recordTypeForName(QStringView name)
{
    if (const TypeName *entry = findType(name))
        return entry->type;
    // Some exporters write EndNote's names ("Journal Article") after TY.
    return endnote::recordTypeForName(name);
}

bool isTypeName(QStringView name)
{
    return findType(name) != nullptr;
}

QString nameForRecordType(RecordType type)
{
    for (const TypeName &entry : kTypeNames) {
        if (entry.type == type)
            return QString(entry.name);
    }
    return u"GEN"_s;
}

} // namespace ris

namespace {

using tagged::Line;

enum class RecordEnd { Er, NextType, EndOfText };

//! The parse of one text, record by record.
class Parser
{
public:
    Parser(const QString &text, Collection &out, ReadProgress *progress)
        : m_sink(text, out, u"ris"_s)
    {
        m_sink.setProgress(progress);
    }

    void parse();

private:
    struct Pending {
        bool active = false;
        QStringView tag;
        QStringView first;           // the value on the tag line
        QString joined;              // first + continuation lines, once there are any
        bool continued = false;
        int line = 0;
        int column = 0;
    };
    //! A line without a tag after a blank line: it continues the field before it, unless
    //! the next tag is a TY that starts a new record (then it is text between records).
    struct Deferred {
        Line line;
        int blankLinesBefore = 0;
    };

    void handleTagLine(const Line &line, qsizetype tagStart, qsizetype valueStart,
                       qsizetype tagLength);
    void handleTextLine(const Line &line);
    void startRecord(const Line &line, qsizetype offset);
    void startField(QStringView tag, QStringView value, int line, int column);
    void continueField(const Line &line, int blankLinesBefore);
    void commitDeferred();
    std::optional<Line> takeDeferred();
    void flushPending();
    void finishRecord(RecordEnd end);
    void noteTextBetweenRecords(const Line &line);
    void warn(int line, int column, const QString &message, Severity severity = Severity::Warning)
    { m_sink.recordDiagnostic(severity, line, column, message); }

    tagged::RecordSink m_sink;
    tagged::TagCache m_tags;
    tagged::NameCache m_names;
    bool m_inRecord = false;
    bool m_hasType = false;
    bool m_afterEnd = false;         // ER was the last line; a tag on the next line extends it
    bool m_sawEnd = false;           // the record has had its ER
    tagged::ControlCharacters m_control;
    bool m_gapReported = false;
    Record m_record;
    qsizetype m_recordStart = 0;
    qsizetype m_contentEnd = 0;      // end of the record's text so far (line end included)
    int m_blankLines = 0;            // blank lines since the record's last content line
    Pending m_pending;
    QList<Deferred> m_deferred;
};

void Parser::parse()
{
    tagged::LineReader reader(m_sink.text());
    Line line;
    while (reader.next(line)) {
        if (!m_sink.proceed(line.start))
            return;     // cancelled: the result is thrown away
        if (line.isBlank()) {
            if (m_afterEnd)
                finishRecord(RecordEnd::Er);
            if (m_inRecord)
                ++m_blankLines;
            continue;
        }
        qsizetype valueStart = 0;
        qsizetype tagLength = 0;
        if (ris::isTagLine(line.text, &valueStart, &tagLength)) {
            handleTagLine(line, 0, valueStart, tagLength);
            continue;
        }
        if (m_afterEnd)
            finishRecord(RecordEnd::Er);
        const qsizetype typeStart = line.text.front().isDigit()
                ? ris::numberedTypeLineStart(line.text) : -1;
        if (typeStart >= 0) {
            ris::isTagLine(line.text.sliced(typeStart), &valueStart);
            handleTagLine(line, typeStart, typeStart + valueStart, 2);
            continue;
        }
        handleTextLine(line);
    }
    if (m_afterEnd)
        finishRecord(RecordEnd::Er);
    if (m_inRecord) {
        const std::optional<Line> gap = takeDeferred();
        finishRecord(m_sawEnd ? RecordEnd::Er : RecordEnd::EndOfText);
        if (gap)
            noteTextBetweenRecords(*gap);
    }
    if (m_sink.recordCount() == 0 && !tagged::isBlank(m_sink.text()))
        m_sink.textDiagnostic(Severity::Warning, 0, 0, u"no RIS records found"_s);
    m_sink.finish();
}

void Parser::handleTagLine(const Line &line, qsizetype tagStart, qsizetype valueStart,
                           qsizetype tagLength)
{
    const QStringView tag = line.text.sliced(tagStart, tagLength);
    const QStringView value = tagged::chopTrailingSpace(line.text.sliced(valueStart));
    const int valueColumn = line.column(valueStart);

    if (m_afterEnd) {
        if (tag == u"TY" || tag == u"ER") {
            finishRecord(RecordEnd::Er);
        } else {
            // Ovid writes NL after ER: a tag right after ER still belongs to that record.
            m_afterEnd = false;
            warn(line.number, line.column(tagStart),
                 u"%1 after ER; read as part of the record before"_s.arg(tag));
        }
    }

    if (tag == u"ER") {
        if (!m_inRecord) {
            m_sink.textDiagnostic(Severity::Warning, line.number, line.column(tagStart),
                                  u"ER without a record before it; kept as it is"_s);
            return;
        }
        commitDeferred();
        flushPending();
        if (!value.isEmpty()) {
            warn(line.number, valueColumn,
                 u"text after ER (\"%1\") belongs to no field; it stays in the file"_s
                         .arg(value.left(40)));
        }
        m_contentEnd = line.next;
        // The record ends here unless a tag follows on the very next line.
        m_afterEnd = true;
        m_sawEnd = true;
        return;
    }

    if (tag == u"TY") {
        if (m_inRecord && m_hasType) {
            const std::optional<Line> gap = takeDeferred();
            finishRecord(m_sawEnd ? RecordEnd::Er : RecordEnd::NextType);
            if (gap)
                noteTextBetweenRecords(*gap);
        }
        if (!m_inRecord) {
            startRecord(line, line.start + tagStart);
        } else {
            commitDeferred();
            flushPending();
            warn(line.number, line.column(tagStart),
                 u"TY is not the first tag of the record"_s);
        }
        m_hasType = true;
        m_record.sourceType = value.trimmed().toString();
        if (value.isEmpty()) {
            warn(line.number, valueColumn, u"TY is empty; read as Generic"_s);
        } else if (!ris::isTypeName(value)) {
            warn(line.number, valueColumn,
                 ris::recordTypeForName(value) == RecordType::Generic
                         ? u"\"%1\" is not a RIS reference type; read as Generic"_s.arg(value)
                         : u"\"%1\" is not a RIS reference type; read as EndNote's name"_s.arg(value));
        }
        m_contentEnd = line.next;
        m_blankLines = 0;
        m_control.check(line, m_sink);
        return;
    }

    if (!m_inRecord)
        startRecord(line, line.start + tagStart);
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
    continueField(line, 0);
    m_contentEnd = line.next;
}

void Parser::startRecord(const Line &line, qsizetype offset)
{
    m_inRecord = true;
    m_hasType = false;
    m_afterEnd = false;
    m_sawEnd = false;
    m_control.reset();
    m_gapReported = false;
    m_blankLines = 0;
    m_record = Record();
    m_record.line = line.number;
    m_recordStart = offset;
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

void Parser::continueField(const Line &line, int blankLinesBefore)
{
    m_control.check(line, m_sink);
    QStringView text = line.text;
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    qsizetype indent = 0;
    while (indent < text.size() && text.at(indent).isSpace())
        ++indent;

    if (!m_pending.active) {
        // Right after TY: there is no field to continue.
        warn(line.number, line.column(indent), u"text without a tag; kept as a note (N1)"_s);
        startField(u"N1", text.sliced(indent), line.number, line.column(indent));
        return;
    }
    if (ris::isListTag(m_pending.tag)) {
        // One keyword or name per line.
        startField(m_pending.tag, text.sliced(indent), line.number, line.column(indent));
        return;
    }
    if (!m_pending.continued) {
        m_pending.joined = m_pending.first.toString();
        m_pending.continued = true;
    }
    if (m_pending.joined.isEmpty()) {
        m_pending.joined = text.sliced(indent).toString();
        return;
    }
    for (int i = 0; i <= blankLinesBefore; ++i)
        m_pending.joined += u'\n';
    m_pending.joined += text;
}

void Parser::commitDeferred()
{
    for (const Deferred &deferred : std::as_const(m_deferred)) {
        continueField(deferred.line, deferred.blankLinesBefore);
        m_contentEnd = deferred.line.next;
    }
    m_deferred.clear();
}

std::optional<Line> Parser::takeDeferred()
{
    // Text after the record's last field, before the next record (or the end): part of
    // neither, so it stays between them.
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
    if (tagged::isBlank(value)) {
        warn(pending.line, pending.column, u"%1 is empty; left out"_s.arg(pending.tag), Severity::Info);
        return;
    }
    if (const std::optional<PersonRole> role = ris::personRoleForTag(pending.tag)) {
        Person person = m_names.parse(value);
        person.line = pending.line;
        person.column = pending.column;
        m_record.personsRef(*role).append(std::move(person));
        return;
    }
    Field field;
    field.key = ris::fieldKeyForTag(pending.tag, RecordType::Generic);
    field.tag = m_tags.intern(pending.tag);
    field.value = std::move(value);
    field.line = pending.line;
    field.column = pending.column;
    m_record.fields.append(std::move(field));
}

void Parser::finishRecord(RecordEnd end)
{
    flushPending();
    m_inRecord = false;
    m_afterEnd = false;
    m_deferred.clear();
    const int line = m_record.line;
    if (m_control.binary) {
        m_sink.addUnparsed(line, m_recordStart, m_contentEnd,
                           u"record holds NUL characters (binary data); kept unparsed"_s);
        m_record = Record();
        return;
    }

    Record &record = m_record;
    record.type = m_hasType ? ris::recordTypeForName(record.sourceType) : RecordType::Generic;
    if (!m_hasType)
        warn(line, 1, u"record has no TY line; read as Generic"_s);

    // BT is a book's own title, but the container of a chapter.
    int startPage = -1;
    int endPage = -1;
    for (int i = 0; i < record.fields.size(); ++i) {
        Field &field = record.fields[i];
        if (field.tag == u"BT")
            field.key = ris::fieldKeyForTag(field.tag, record.type);
        else if (startPage < 0 && field.tag == u"SP")
            startPage = i;
        else if (endPage < 0 && field.tag == u"EP")
            endPage = i;
    }
    // SP and EP make one Pages field, "SP-EP"; the writer splits it again.
    if (startPage >= 0 && endPage >= 0) {
        record.fields[startPage].value += u'-' + record.fields.at(endPage).value;
        record.fields.removeAt(endPage);
    }

    bool hasPersons = false;
    for (int role = 0; role < int(PersonRole::Count); ++role)
        hasPersons = hasPersons || !record.persons(PersonRole(role)).isEmpty();
    if (!hasPersons && record.fields.isEmpty())
        warn(line, 1, u"record has no fields"_s);

    for (const Field &field : std::as_const(record.fields)) {
        if (field.key == FieldKey::Year && record.year().isEmpty()) {
            warn(field.line, field.column,
                 u"%1 \"%2\" holds no four-digit year"_s.arg(field.tag, field.value.left(40)));
            break;
        }
    }

    if (end == RecordEnd::NextType)
        warn(line, 1, u"record has no ER; it ends where the next TY begins"_s);
    else if (end == RecordEnd::EndOfText)
        warn(line, 1, u"record has no ER at the end of the text"_s);

    m_sink.add(std::move(m_record), m_recordStart, m_contentEnd);
    m_record = Record();
}

void Parser::noteTextBetweenRecords(const Line &line)
{
    if (tagged::isRecordNumberLine(line.text) || m_gapReported)
        return;
    m_gapReported = true;
    m_sink.textDiagnostic(Severity::Info, line.number, 1 + line.columnOffset,
                          u"text between records is not RIS; it stays in the file as it is"_s);
}

} // namespace

void RisReader::read(const QString &text, Collection &out) const
{
    Parser parser(text, out, progress());
    parser.parse();
}

int sniffRis(QStringView head)
{
    // MEDLINE lines ("TI  - ...") look like RIS tag lines too: its three- and four-letter
    // tags ("PMID-", "FAU - ") tell it apart.
    tagged::LineReader reader(head);
    tagged::Line line;
    int lines = 0;
    int tags = 0;
    int types = 0;
    int longTags = 0;
    bool firstIsType = false;
    while (lines < 60 && reader.next(line)) {
        if (line.isBlank())
            continue;
        ++lines;
        const QStringView text = line.text;
        if (ris::isTagLine(text)) {
            ++tags;
            if (text.startsWith(u"TY")) {
                ++types;
                firstIsType = firstIsType || tags == 1;
            }
        } else if (text.front().isDigit() && ris::numberedTypeLineStart(text) >= 0) {
            ++tags;
            ++types;
            firstIsType = firstIsType || tags == 1;
        } else if (text.size() > 5 && text.at(0).isUpper() && text.at(1).isUpper()
                   && text.at(2).isUpper() && (text.at(4) == u'-' || text.at(3) == u'-')) {
            ++longTags;
        }
    }
    if (tags == 0 || longTags > 0)
        return longTags > 0 && types > 0 ? 30 : 0;
    if (firstIsType)
        return 95;
    if (types > 0)
        return 85;
    return tags >= 3 && tags * 2 >= lines ? 55 : 20;
}

} // namespace refmend
