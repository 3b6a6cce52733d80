#include "formats/medlinereader.h"

#include "formats/taggedlines.h"
#include "model/personname.h"

using namespace Qt::StringLiterals;

namespace refmend {

namespace medline {

namespace {

struct TagKey {
    QLatin1StringView tag;
    FieldKey key;
};

// The first tag of each key is the one RefMend writes. The many tags RefMend has no key for
// (OWN, STAT, DCOM, LR, TA, PHST, SO, LID, ...) are kept verbatim as FieldKey::Other.
constexpr TagKey kTagKeys[] = {
    {"TI"_L1, FieldKey::Title},
    {"JT"_L1, FieldKey::ContainerTitle},
    {"BTI"_L1, FieldKey::ContainerTitle},
    {"CTI"_L1, FieldKey::SeriesTitle},
    {"DP"_L1, FieldKey::Date},
    {"VI"_L1, FieldKey::Volume},
    {"IP"_L1, FieldKey::Issue},
    {"PG"_L1, FieldKey::Pages},
    {"EN"_L1, FieldKey::Edition},
    {"PB"_L1, FieldKey::Publisher},
    {"PL"_L1, FieldKey::PublisherPlace},
    {"AID"_L1, FieldKey::Doi},
    {"AB"_L1, FieldKey::Abstract},
    {"OT"_L1, FieldKey::Keywords},
    {"MH"_L1, FieldKey::Keywords},
    {"GN"_L1, FieldKey::Note},
    {"IS"_L1, FieldKey::Isbn},
    {"ISBN"_L1, FieldKey::Isbn},
    {"LA"_L1, FieldKey::Language},
    {"PMID"_L1, FieldKey::AccessionNumber},
    {"AD"_L1, FieldKey::AuthorAddress},
};

struct TypeName {
    QLatin1StringView name;
    RecordType type;
};

// Publication types (PT) with a RecordType; the first of each type is the one RefMend
// writes. Other PT values ("Review", "Meta-Analysis", ...) are read as Generic, and a record's
// type comes from its first PT that has one.
constexpr TypeName kTypeNames[] = {
    {"Journal Article"_L1, RecordType::Article},
    {"Review"_L1, RecordType::Article},
    {"Systematic Review"_L1, RecordType::Article},
    {"Editorial"_L1, RecordType::Article},
    {"Letter"_L1, RecordType::Article},
    {"Comment"_L1, RecordType::Article},
    {"Preprint"_L1, RecordType::Article},
    {"Journal Articles"_L1, RecordType::Article},   // ERIC
    {"Book"_L1, RecordType::Book},
    {"Books"_L1, RecordType::Book},                 // ERIC
    {"Book Chapter"_L1, RecordType::Chapter},
    {"Congress"_L1, RecordType::ConferencePaper},
    {"Conference Proceedings"_L1, RecordType::ConferencePaper},
    {"Clinical Conference"_L1, RecordType::ConferencePaper},
    {"Academic Dissertation"_L1, RecordType::Thesis},
    {"Thesis"_L1, RecordType::Thesis},
    {"Technical Report"_L1, RecordType::Report},
    {"Government Publication"_L1, RecordType::Report},
    {"Website"_L1, RecordType::WebPage},
    {"Dataset"_L1, RecordType::Dataset},
    {"Patent"_L1, RecordType::Patent},
    {"Software"_L1, RecordType::Software},
    {"Generic"_L1, RecordType::Generic},   // RefMend's, for a record of no particular type
};

bool isUpperOrDigit(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

} // namespace

bool isTagLine(QStringView line, qsizetype *tagLength, qsizetype *valueStart)
{
    if (line.isEmpty() || line.at(0) < u'A' || line.at(0) > u'Z')
        return false;
    qsizetype i = 1;
    while (i < line.size() && i < 4 && isUpperOrDigit(line.at(i)))
        ++i;
    if (i < 2)
        return false;
    const qsizetype length = i;
    while (i < line.size() && line.at(i) == u' ')
        ++i;
    if (i >= line.size() || line.at(i) != u'-' || i > 6)
        return false;
    ++i;
    if (tagLength)
        *tagLength = length;
    if (valueStart) {
        // "TI  - x": one space after the dash; any more belong to the value.
        if (i < line.size() && (line.at(i) == u' ' || line.at(i) == u'\t'))
            ++i;
        *valueStart = i;
    }
    return true;
}

FieldKey fieldKeyForTag(QStringView tag)
{
    // One lookup per field rather than a walk through the list.
    static const QHash<quint32, FieldKey> table = [] {
        QHash<quint32, FieldKey> t;
        for (const TagKey &entry : kTagKeys)
            t.insert(tagged::packTag(QString(entry.tag)), entry.key);
        return t;
    }();
    return table.value(tagged::packTag(tag), FieldKey::Other);
}

QString tagForFieldKey(FieldKey key)
{
    for (const TagKey &entry : kTagKeys) {
        if (entry.key == key)
            return QString(entry.tag);
    }
    return QString();
}

RecordType recordTypeForName(QStringView publicationType)
{
    const QStringView name = publicationType.trimmed();
    for (const TypeName &entry : kTypeNames) {
        if (name.compare(entry.name, Qt::CaseInsensitive) == 0)
            return entry.type;
    }
    return RecordType::Generic;
}

QString nameForRecordType(RecordType type)
{
    for (const TypeName &entry : kTypeNames) {
        if (entry.type == type)
            return QString(entry.name);
    }
    return QString();
}

std::optional<QString> doiOfArticleId(QStringView value)
{
    value = value.trimmed();
    if (value.endsWith(u"[doi]", Qt::CaseInsensitive)) {
        const QStringView doi = value.chopped(5).trimmed();
        if (!doi.isEmpty())
            return doi.toString();
    }
    if (value.startsWith(u"doi:", Qt::CaseInsensitive) && value.size() > 4)
        return value.sliced(4).trimmed().toString();
    return std::nullopt;
}

QString shortName(const Person &person)
{
    if (person.isLiteral())
        return person.literal;
    QString name = person.particle.isEmpty() ? person.family : person.particle + u' ' + person.family;
    const QString initials = tagged::initialsOf(person.given);
    if (!initials.isEmpty())
        name += u' ' + initials;
    if (!person.suffix.isEmpty()) {
        QString suffix = person.suffix;
        suffix.remove(u'.');
        name += u' ' + suffix;
    }
    return name;
}

bool isNameInText(QStringView recordText, QStringView name)
{
    tagged::LineReader reader(recordText);
    tagged::Line line;
    while (reader.next(line)) {
        qsizetype length = 0;
        qsizetype valueStart = 0;
        if (!isTagLine(line.text, &length, &valueStart))
            continue;
        const QStringView tag = line.text.first(length);
        if ((tag == u"FAU" || tag == u"AU" || tag == u"FED" || tag == u"ED")
            && line.text.sliced(valueStart).trimmed() == name) {
            return true;
        }
    }
    return false;
}

QList<std::pair<QString, QString>> shortNamesInText(QStringView recordText)
{
    QList<std::pair<QString, QString>> pairs;
    tagged::LineReader reader(recordText);
    tagged::Line line;
    QStringView previousTag;
    QString previousValue;
    while (reader.next(line)) {
        qsizetype length = 0;
        qsizetype valueStart = 0;
        if (!isTagLine(line.text, &length, &valueStart))
            continue;
        const QStringView tag = line.text.first(length);
        const QString value = line.text.sliced(valueStart).trimmed().toString();
        if ((tag == u"AU" && previousTag == u"FAU") || (tag == u"ED" && previousTag == u"FED"))
            pairs.append({previousValue, value});
        previousTag = tag;
        previousValue = value;
    }
    return pairs;
}

} // namespace medline

namespace {

using tagged::Line;

class Parser
{
public:
    Parser(const QString &text, Collection &out, ReadProgress *progress)
        : m_sink(text, out, u"medline"_s)
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

    void handleTag(const Line &line, QStringView tag, qsizetype valueStart);
    void handleOtherLine(const Line &line);
    void startRecord(const Line &line);
    void continueField(QStringView text);
    void flushPending();
    void finishRecord();
    void noteTextBetweenRecords(const Line &line);
    void warn(int line, int column, const QString &message, Severity severity = Severity::Warning)
    { m_sink.recordDiagnostic(severity, line, column, message); }

    tagged::RecordSink m_sink;
    tagged::TagCache m_tags;
    tagged::NameCache m_names;
    bool m_inRecord = false;
    bool m_hasPmid = false;
    tagged::ControlCharacters m_control;
    bool m_gapReported = false;
    Record m_record;
    qsizetype m_recordStart = 0;
    qsizetype m_contentEnd = 0;
    Pending m_pending;
    QStringView m_previousTag;       // the tag of the last field, for FAU/AU pairs
    QList<int> m_publicationTypes;   // indexes of the PT fields
};

void Parser::parse()
{
    tagged::LineReader reader(m_sink.text());
    Line line;
    while (reader.next(line)) {
        if (!m_sink.proceed(line.start))
            return;     // cancelled: the result is thrown away
        if (line.isBlank()) {
            if (m_inRecord)
                finishRecord();
            continue;
        }
        qsizetype tagLength = 0;
        qsizetype valueStart = 0;
        if (medline::isTagLine(line.text, &tagLength, &valueStart))
            handleTag(line, line.text.first(tagLength), valueStart);
        else
            handleOtherLine(line);
    }
    if (m_inRecord)
        finishRecord();
    if (m_sink.recordCount() == 0 && !tagged::isBlank(m_sink.text()))
        m_sink.textDiagnostic(Severity::Warning, 0, 0, u"no MEDLINE records found"_s);
    m_sink.finish();
}

void Parser::startRecord(const Line &line)
{
    m_inRecord = true;
    m_hasPmid = false;
    m_control.reset();
    m_gapReported = false;
    m_record = Record();
    m_record.line = line.number;
    m_recordStart = line.start;
    m_previousTag = QStringView();
    m_publicationTypes.clear();
}

void Parser::handleTag(const Line &line, QStringView tag, qsizetype valueStart)
{
    if (tag == u"PMID") {
        if (m_inRecord && m_hasPmid) {
            warn(line.number, line.column(0), u"no blank line before this PMID; a new record starts here"_s);
            finishRecord();
        }
    }
    if (!m_inRecord)
        startRecord(line);
    if (tag == u"PMID")
        m_hasPmid = true;
    flushPending();
    m_control.check(line, m_sink);
    m_pending.active = true;
    m_pending.tag = tag;
    m_pending.first = tagged::chopTrailingSpace(line.text.sliced(valueStart));
    m_pending.line = line.number;
    m_pending.column = line.column(valueStart);
    m_contentEnd = line.next;
}

void Parser::handleOtherLine(const Line &line)
{
    if (!m_inRecord) {
        noteTextBetweenRecords(line);
        return;
    }
    m_control.check(line, m_sink);
    m_contentEnd = line.next;
    const QStringView text = line.text.trimmed();
    if (line.text.front().isSpace() && m_pending.active) {
        continueField(text);
        return;
    }
    // Not indented, no "- ": "SO  some value" reads as a tag missing its dash.
    qsizetype i = 0;
    while (i < line.text.size() && i < 4 && line.text.at(i).isUpper())
        ++i;
    qsizetype j = i;
    while (j < line.text.size() && line.text.at(j) == u' ')
        ++j;
    if (i >= 2 && j - i >= 2 && j < line.text.size()) {
        warn(line.number, line.column(0),
             u"\"%1\" has no '-' after its tag; read as %2"_s.arg(text.left(30), line.text.first(i)));
        flushPending();
        m_pending.active = true;
        m_pending.tag = line.text.first(i);
        m_pending.first = line.text.sliced(j).trimmed();
        m_pending.line = line.number;
        m_pending.column = line.column(j);
        return;
    }
    if (!m_pending.active) {
        warn(line.number, line.column(0), u"text without a tag; kept as a note (GN)"_s);
        m_pending.active = true;
        m_pending.tag = u"GN";
        m_pending.first = text;
        m_pending.line = line.number;
        m_pending.column = line.column(0);
        return;
    }
    warn(line.number, line.column(0),
         u"line is neither a tag nor indented; read as a continuation of %1"_s.arg(m_pending.tag));
    continueField(text);
}

void Parser::continueField(QStringView text)
{
    if (!m_pending.continued) {
        m_pending.joined = m_pending.first.toString();
        m_pending.continued = true;
    }
    if (text.isEmpty())
        return;
    if (!m_pending.joined.isEmpty())
        m_pending.joined += u' ';
    m_pending.joined += text;
}

void Parser::flushPending()
{
    if (!m_pending.active)
        return;
    Pending pending = std::move(m_pending);
    m_pending = Pending();
    const QStringView previousTag = m_previousTag;
    m_previousTag = pending.tag;

    QString value = pending.continued ? std::move(pending.joined) : pending.first.toString();
    const QStringView tag = pending.tag;
    if (tagged::isBlank(value)) {
        warn(pending.line, pending.column, u"%1 is empty; left out"_s.arg(tag), Severity::Info);
        return;
    }

    auto addPerson = [&](PersonRole role, Person person) {
        person.line = pending.line;
        person.column = pending.column;
        m_record.personsRef(role).append(std::move(person));
    };
    if (tag == u"FAU" || tag == u"FED") {
        addPerson(tag == u"FAU" ? PersonRole::Author : PersonRole::Editor, m_names.parse(value));
        return;
    }
    if (tag == u"AU" || tag == u"ED") {
        // The short form of the FAU (FED) just before is no second person; the writer
        // finds it again in the record's text.
        if (previousTag == (tag == u"AU" ? u"FAU" : u"FED"))
            return;
        addPerson(tag == u"AU" ? PersonRole::Author : PersonRole::Editor, m_names.parse(value));
        return;
    }
    if (tag == u"CN") {
        Person organisation;
        organisation.literal = value;
        organisation.raw = value;
        addPerson(PersonRole::Author, std::move(organisation));
        return;
    }

    Field field;
    field.key = medline::fieldKeyForTag(tag);
    field.tag = m_tags.intern(tag);
    field.line = pending.line;
    field.column = pending.column;
    if (field.key == FieldKey::Doi) {
        // AID holds all the article's identifiers; only the DOI is one.
        if (std::optional<QString> doi = medline::doiOfArticleId(value))
            value = *doi;
        else
            field.key = FieldKey::Other;
    }
    field.value = std::move(value);
    if (tag == u"PT")
        m_publicationTypes.append(int(m_record.fields.size()));
    m_record.fields.append(std::move(field));
}

void Parser::finishRecord()
{
    flushPending();
    m_inRecord = false;
    const int line = m_record.line;
    if (m_control.binary) {
        m_sink.addUnparsed(line, m_recordStart, m_contentEnd,
                           u"record holds NUL characters (binary data); kept unparsed"_s);
        m_record = Record();
        return;
    }
    Record &record = m_record;

    // The first PT is the type as written; the record's type comes from the first PT that
    // has one ("Review" after "Journal Article", or before it).
    if (!m_publicationTypes.isEmpty()) {
        const int first = m_publicationTypes.first();
        record.sourceType = record.fields.at(first).value;
        for (int index : std::as_const(m_publicationTypes)) {
            const RecordType type = medline::recordTypeForName(record.fields.at(index).value);
            if (type != RecordType::Generic) {
                record.type = type;
                break;
            }
        }
        record.fields.removeAt(first);
    }

    // A book's BTI is its title; a chapter's is its container.
    if (record.indexOf(FieldKey::Title) < 0) {
        for (Field &field : record.fields) {
            if (field.tag == u"BTI") {
                field.key = FieldKey::Title;
                break;
            }
        }
    }

    bool hasPersons = false;
    for (int role = 0; role < int(PersonRole::Count); ++role)
        hasPersons = hasPersons || !record.persons(PersonRole(role)).isEmpty();
    if (!hasPersons && record.fields.isEmpty() && record.sourceType.isEmpty())
        warn(line, 1, u"record has no fields"_s);
    const int date = record.indexOf(FieldKey::Date);
    if (date >= 0 && record.year().isEmpty()) {
        const Field &field = record.fields.at(date);
        warn(field.line, field.column,
             u"DP \"%1\" holds no four-digit year"_s.arg(field.value.left(40)));
    }

    m_sink.add(std::move(m_record), m_recordStart, m_contentEnd);
    m_record = Record();
}

void Parser::noteTextBetweenRecords(const Line &line)
{
    if (m_gapReported)
        return;
    m_gapReported = true;
    m_sink.textDiagnostic(Severity::Info, line.number, 1 + line.columnOffset,
                          u"text between records is not MEDLINE; it stays in the file as it is"_s);
}

} // namespace

void MedlineReader::read(const QString &text, Collection &out) const
{
    Parser parser(text, out, progress());
    parser.parse();
}

int sniffMedline(QStringView head)
{
    tagged::LineReader reader(head);
    tagged::Line line;
    int lines = 0;
    int tags = 0;
    int longTags = 0;     // three or four letters: RIS has none (but PMID)
    bool pmidFirst = false;
    bool risTags = false;  // TY or ER: RIS
    while (lines < 60 && reader.next(line)) {
        if (line.isBlank())
            continue;
        ++lines;
        qsizetype length = 0;
        if (!medline::isTagLine(line.text, &length))
            continue;
        ++tags;
        const QStringView tag = line.text.first(length);
        if (length > 2 && tag != u"PMID")
            ++longTags;
        risTags = risTags || tag == u"TY" || tag == u"ER";
        if (tags == 1 && (tag == u"PMID" || tag == u"PMC" || tag == u"OWN"))
            pmidFirst = true;
    }
    if (risTags)
        return 0;
    if (pmidFirst)
        return 95;
    if (longTags >= 1 && tags * 2 >= lines)
        return 80;
    return longTags > 0 ? 30 : 0;
}

} // namespace refmend
