#include "formats/endnotereader.h"

#include "formats/endnotetags.h"
#include "formats/taggedlines.h"
#include "model/personname.h"

#include <array>

using namespace Qt::StringLiterals;

namespace refmend {

namespace {

//! One shared QString per ASCII tag, so that a million fields do not allocate a million
//! one-character strings.
const QString &tagString(QChar tag)
{
    static const std::array<QString, 128> table = [] {
        std::array<QString, 128> strings;
        for (int c = 0; c < 128; ++c)
            strings[size_t(c)] = QString(QChar(c));
        return strings;
    }();
    static thread_local QString other;
    if (tag.unicode() < 128)
        return table[tag.unicode()];
    other = QString(tag);
    return other;
}

bool isBlank(QStringView line)
{
    for (QChar c : line) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

//! The parse of one text, record by record. Positions are 1-based.
class Parser
{
public:
    Parser(Collection &out, ReadProgress *progress) : m_out(out), m_progress(progress) {}

    void parse(const QString &text);

private:
    struct Pending {
        bool active = false;
        QChar tag;                   // 'Z' for text before the record's first tag
        QStringView first;           // the value on the tag line
        QString joined;              // first + continuation lines, once there are any
        bool continued = false;
        int line = 0;
        int column = 0;
    };

    void handleLine(QStringView line, int lineNo);
    void startField(QChar tag, QStringView value, int lineNo, int tagColumn, int column);
    void flushPending();
    void touchRecord(int lineNo, qsizetype offset);
    void finishRecord();
    void warn(int line, int column, const QString &message);

    Collection &m_out;
    ReadProgress *m_progress = nullptr;
    QString m_text;                  // the whole text, shared with the records' SourceSpans
    qsizetype m_lineStart = 0;       // offset of the current line
    qsizetype m_lineEnd = 0;         // ... and of the line after it (line end included)
    qsizetype m_recordStart = 0;     // where the current record's text starts
    qsizetype m_contentEnd = 0;      // where its text ends, so far
    qsizetype m_previousEnd = 0;     // where the last record read ended
    Record m_record;
    bool m_started = false;          // the current record has seen any line
    bool m_hasType = false;          // ... and a non-empty %0
    Pending m_pending;
    QList<Diagnostic> m_recordDiagnostics;
};

void Parser::warn(int line, int column, const QString &message)
{
    Diagnostic d;
    d.severity = Severity::Warning;
    d.line = line;
    d.column = column;
    d.message = message;
    m_recordDiagnostics.append(d);
}

void Parser::parse(const QString &text)
{
    m_text = text;
    const qsizetype firstRecord = m_out.records.size();
    const qsizetype size = text.size();
    const QChar *data = text.data();
    qsizetype start = 0;
    int lineNo = 0;
    while (start < size) {
        if (!proceed(m_progress, start, size))
            return;     // cancelled: the result is thrown away
        qsizetype end = start;
        while (end < size && data[end] != u'\n' && data[end] != u'\r')
            ++end;
        qsizetype next = end + 1;
        if (end < size && data[end] == u'\r' && end + 1 < size && data[end + 1] == u'\n')
            ++next;
        ++lineNo;
        m_lineStart = start;
        m_lineEnd = qMin(next, size);
        handleLine(QStringView(text).sliced(start, end - start), lineNo);
        start = next;
    }
    flushPending();
    finishRecord();
    // What follows the last record (blank lines) belongs to it, so a save keeps it.
    if (m_out.records.size() > firstRecord)
        m_out.records.last().source.tailEnd = size;
}

void Parser::handleLine(QStringView line, int lineNo)
{
    // Files joined with `cat` can carry a byte order mark at the start of any line.
    int columnOffset = 0;
    if (line.startsWith(QChar(0xFEFF))) {
        line = line.sliced(1);
        columnOffset = 1;
    }
    if (isBlank(line)) {
        flushPending();
        finishRecord();
        return;
    }

    if (!endnote::isTagLine(line)) {
        if (m_pending.active) {
            if (!m_pending.continued) {
                m_pending.joined = m_pending.first.toString();
                m_pending.continued = true;
            }
            m_pending.joined += u'\n';
            m_pending.joined += line;
            m_contentEnd = m_lineEnd;
            return;
        }
        // Nothing to continue: text before the first tag of a record. Kept as a note.
        touchRecord(lineNo, m_lineStart);
        m_contentEnd = m_lineEnd;
        warn(lineNo, 1 + columnOffset, u"text before the first tag of a record; kept as a note (%Z)"_s);
        m_pending = Pending();
        m_pending.active = true;
        m_pending.tag = u'Z';
        m_pending.first = line;
        m_pending.line = lineNo;
        m_pending.column = 1 + columnOffset;
        return;
    }

    // A tag line. A record flattened onto one line starts with its %0 and has more tags
    // inside it, each after " %X " (a space, '%', a known tag character, a space); "80% of"
    // is no boundary. Other lines are never split: an abstract may say "Williams %R (WMS)".
    QChar tag = line.at(1);
    const bool mayBeFlattened = tag == u'0';
    qsizetype tagStart = 0;
    qsizetype valueStart = qMin<qsizetype>(3, line.size());
    for (;;) {
        qsizetype percent = -1;
        for (qsizetype i = mayBeFlattened ? line.indexOf(u'%', valueStart) : -1; i >= 0;
             i = line.indexOf(u'%', i + 1)) {
            if (line.at(i - 1) == u' ' && i + 2 < line.size() && line.at(i + 2) == u' '
                && endnote::isKnownTag(line.at(i + 1))) {
                percent = i;
                break;
            }
        }
        const qsizetype valueEnd = percent < 0 ? line.size() : qMax(percent - 1, valueStart);
        startField(tag, line.sliced(valueStart, valueEnd - valueStart), lineNo,
                   int(tagStart) + 1 + columnOffset, int(valueStart) + 1 + columnOffset);
        m_contentEnd = m_lineEnd;
        if (percent < 0)
            break;
        tag = line.at(percent + 1);
        tagStart = percent;
        valueStart = percent + 3;
    }
}

void Parser::startField(QChar tag, QStringView value, int lineNo, int tagColumn, int column)
{
    flushPending();
    // Offset of this tag's '%': a record flattened onto one line may end before it.
    const qsizetype tagOffset = m_lineStart + tagColumn - 1;
    if (tag == u'0' && m_hasType) {
        if (tagOffset > m_lineStart)
            m_contentEnd = tagOffset;
        finishRecord();
    }
    touchRecord(lineNo, tagOffset > m_lineStart ? tagOffset : m_lineStart);
    if (!endnote::isKnownTag(tag)) {
        warn(lineNo, tagColumn,
             u"unusual tag %1; kept as it is"_s.arg(endnote::tagDisplay(tag)));
    }
    m_pending = Pending();
    m_pending.active = true;
    m_pending.tag = tag;
    m_pending.first = value;
    m_pending.line = lineNo;
    m_pending.column = column;
    // Decide the record boundary now, so that a later %0 on the same line splits as it should.
    if (tag == u'0' && !value.trimmed().isEmpty())
        m_hasType = true;
}

void Parser::touchRecord(int lineNo, qsizetype offset)
{
    if (!m_started) {
        m_started = true;
        m_record.line = lineNo;
        m_recordStart = offset;
    }
}

void Parser::flushPending()
{
    if (!m_pending.active)
        return;
    Pending pending = std::move(m_pending);
    m_pending = Pending();

    QString value = pending.continued ? std::move(pending.joined) : pending.first.toString();
    const QChar tag = pending.tag;

    if (tag == u'0') {
        const QString type = value.trimmed();
        if (type.isEmpty()) {
            warn(pending.line, pending.column, u"%0 is empty"_s);
        } else {
            m_hasType = true;
            m_record.sourceType = type;
        }
        return;
    }

    if (isBlank(value)) {
        warn(pending.line, pending.column,
             u"%1 has no value; ignored"_s.arg(endnote::tagDisplay(tag)));
        return;
    }

    if (const std::optional<PersonRole> role = endnote::personRoleForTag(tag)) {
        Person person = tagged::parseEndNoteName(value);
        person.line = pending.line;
        person.column = pending.column;
        m_record.personsRef(*role).append(std::move(person));
        return;
    }

    Field field;
    field.key = endnote::fieldKeyForTag(tag);
    field.tag = tagString(tag);
    field.value = std::move(value);
    field.line = pending.line;
    field.column = pending.column;
    m_record.fields.append(std::move(field));
}

void Parser::finishRecord()
{
    if (!m_started) {
        m_out.diagnostics.append(m_recordDiagnostics);
        m_recordDiagnostics.clear();
        return;
    }

    bool hasPersons = false;
    for (int role = 0; role < int(PersonRole::Count); ++role)
        hasPersons = hasPersons || !m_record.persons(PersonRole(role)).isEmpty();
    const bool hasContent = hasPersons || !m_record.fields.isEmpty();

    int recordIndex = -1;
    if (!hasContent && m_record.sourceType.isEmpty()) {
        warn(m_record.line, 1, u"record has no content; skipped"_s);
    } else {
        if (m_record.sourceType.isEmpty()) {
            warn(m_record.line, 1, u"record has no %0 (reference type); read as Generic"_s);
        }
        if (!hasContent)
            warn(m_record.line, 1, u"record has no fields"_s);
        m_record.type = endnote::recordTypeForName(m_record.sourceType);
        m_record.sourceFormat = u"endnote"_s;
        m_record.setSource(m_text, m_previousEnd, m_recordStart, m_contentEnd);
        m_previousEnd = m_contentEnd;
        recordIndex = int(m_out.records.size());
        m_out.records.append(std::move(m_record));
    }

    for (Diagnostic &d : m_recordDiagnostics) {
        d.recordIndex = recordIndex;
        m_out.diagnostics.append(std::move(d));
    }
    m_recordDiagnostics.clear();
    m_record = Record();
    m_started = false;
    m_hasType = false;
}

} // namespace

void EndNoteReader::read(const QString &text, Collection &out) const
{
    Parser parser(out, progress());
    parser.parse(text);
}

} // namespace refmend
