#include "formats/taggedlines.h"

#include "model/personname.h"

#include <array>

using namespace Qt::StringLiterals;

namespace refmend::tagged {

bool isBlank(QStringView text)
{
    for (QChar c : text) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

QString oneLine(const QString &text)
{
    if (!text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString result;
    result.reserve(text.size());
    bool pendingBreak = false;
    for (QChar c : text) {
        if (c == u'\n' || c == u'\r') {
            while (!result.isEmpty() && result.back().isSpace())
                result.chop(1);
            pendingBreak = true;
            continue;
        }
        if (pendingBreak) {
            if (c.isSpace())
                continue;
            if (!result.isEmpty())
                result += u' ';
            pendingBreak = false;
        }
        result += c;
    }
    return result;
}

QStringView chopTrailingSpace(QStringView text)
{
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
    return text;
}

bool Line::isBlank() const
{
    return tagged::isBlank(text);
}

bool LineReader::next(Line &line)
{
    const qsizetype size = m_text.size();
    if (m_pos >= size)
        return false;
    const QChar *data = m_text.data();
    qsizetype start = m_pos;
    qsizetype end = start;
    bool control = false;
    bool nul = false;
    for (; end < size; ++end) {
        const char16_t c = data[end].unicode();
        if (c >= 0x20)
            continue;
        if (c == u'\n' || c == u'\r')
            break;
        control = control || (c != u'\t' && c != u'\f');
        nul = nul || c == 0;
    }
    line.hasControlCharacters = control;
    line.hasNul = nul;
    qsizetype next = end;
    if (next < size) {
        ++next;
        if (data[end] == u'\r' && next < size && data[next] == u'\n')
            ++next;
    }
    line.columnOffset = 0;
    if (start < end && data[start] == QChar(0xFEFF)) {
        ++start;
        line.columnOffset = 1;
    }
    line.text = m_text.sliced(start, end - start);
    line.start = start;
    line.next = next;
    line.number = ++m_number;
    m_pos = next;
    return true;
}

quint32 packTag(QStringView tag)
{
    if (tag.isEmpty() || tag.size() > 4)
        return 0;
    quint32 key = 0;
    for (QChar c : tag) {
        if (c.unicode() == 0 || c.unicode() > 127)
            return 0;
        key = (key << 8) | c.unicode();
    }
    return key;
}

Person NameCache::parse(QStringView text)
{
    const QString key = text.trimmed().toString();
    const auto it = m_names.constFind(key);
    if (it != m_names.constEnd())
        return it.value();
    if (m_names.size() > 500000)
        m_names.clear();   // a bound for pathological files; the cache only saves time
    Person person = parsePersonName(key);
    m_names.insert(person.raw, person);
    return person;
}

bool isRecordNumberLine(QStringView text)
{
    text = text.trimmed();
    if (text.endsWith(u'.'))
        text.chop(1);
    if (text.isEmpty() || text.size() > 9)
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

const QString &TagCache::intern(QStringView tag)
{
    if (tag.size() <= 8) {
        quint64 key = quint64(tag.size()) << 56;
        bool ascii = true;
        for (qsizetype i = 0; i < tag.size() && ascii; ++i) {
            const char16_t c = tag.at(i).unicode();
            ascii = c > 0 && c < 128;
            key |= quint64(c) << (7 * i);
        }
        if (ascii) {
            auto it = m_tags.find(key);
            if (it == m_tags.end())
                it = m_tags.insert(key, tag.toString());
            return it.value();
        }
    }
    m_other = tag.toString();
    return m_other;
}

RecordSink::RecordSink(const QString &text, Collection &out, QString formatId)
    : m_text(text), m_out(out), m_formatId(std::move(formatId)),
      m_firstIndex(out.records.size())
{
}

void RecordSink::recordDiagnostic(Severity severity, int line, int column, const QString &message)
{
    Diagnostic d;
    d.severity = severity;
    d.line = line;
    d.column = column;
    d.message = message;
    m_pending.append(d);
}

void RecordSink::textDiagnostic(Severity severity, int line, int column, const QString &message)
{
    Diagnostic d;
    d.severity = severity;
    d.line = line;
    d.column = column;
    d.message = message;
    m_out.diagnostics.append(d);
}

void RecordSink::flush(int recordIndex)
{
    for (Diagnostic &d : m_pending) {
        d.recordIndex = recordIndex;
        m_out.diagnostics.append(std::move(d));
    }
    m_pending.clear();
}

int RecordSink::add(Record &&record, qsizetype start, qsizetype end)
{
    record.sourceFormat = m_formatId;
    record.setSource(m_text, m_previousEnd, start, end);
    m_previousEnd = end;
    const int index = int(m_out.records.size());
    m_out.records.append(std::move(record));
    ++m_added;
    flush(index);
    return index;
}

int RecordSink::addUnparsed(int line, qsizetype start, qsizetype end, const QString &message)
{
    Record record;
    record.unparsed = true;
    record.line = line;
    m_pending.clear();
    recordDiagnostic(Severity::Error, line, 1, message);
    return add(std::move(record), start, end);
}

void RecordSink::finish()
{
    flush(-1);
    if (m_out.records.size() > m_firstIndex)
        m_out.records.last().source.tailEnd = m_text.size();
}

void ControlCharacters::check(const Line &line, RecordSink &sink)
{
    if (line.hasNul) {
        binary = true;
        return;
    }
    if (!line.hasControlCharacters || warned)
        return;
    warned = true;
    for (qsizetype i = 0; i < line.text.size(); ++i) {
        const char16_t c = line.text.at(i).unicode();
        if (c < 0x20 && c != u'\t' && c != u'\f') {
            sink.recordDiagnostic(Severity::Warning, line.number, line.column(i),
                                  u"control character U+%1 in the text; kept as it is"_s
                                          .arg(int(c), 4, 16, QChar(u'0')));
            return;
        }
    }
}

void addWriteWarning(QList<Diagnostic> *warnings, int recordIndex, const QString &message,
                     const QString &field)
{
    if (!warnings)
        return;
    Diagnostic d;
    d.severity = Severity::Warning;
    d.message = message;
    d.recordIndex = recordIndex;
    d.field = field;
    warnings->append(d);
}

QList<Item> orderedItems(const Record &record)
{
    // Sequences in tie order: persons before fields, so that a record made from scratch
    // (no positions) lists its people first, the way exports usually do.
    constexpr int kRoles = int(PersonRole::Count);
    constexpr int kSequences = kRoles + 1;
    std::array<qsizetype, kSequences> next{};
    std::array<qsizetype, kSequences> sizes{};
    std::array<std::pair<int, int>, kSequences> last{};   // position of the item before
    for (int role = 0; role < kRoles; ++role)
        sizes[size_t(role)] = record.persons(PersonRole(role)).size();
    sizes[kRoles] = record.fields.size();

    auto position = [&](int sequence, qsizetype i) -> std::pair<int, int> {
        int line = 0;
        int column = 0;
        if (sequence < kRoles) {
            const Person &p = record.persons(PersonRole(sequence)).at(i);
            line = p.line;
            column = p.column;
        } else {
            const Field &f = record.fields.at(i);
            line = f.line;
            column = f.column;
        }
        return line > 0 ? std::make_pair(line, column) : last[size_t(sequence)];
    };

    QList<Item> items;
    items.reserve(record.fields.size() + 8);
    for (;;) {
        int best = -1;
        std::pair<int, int> bestPosition;
        for (int s = 0; s < kSequences; ++s) {
            if (next[size_t(s)] >= sizes[size_t(s)])
                continue;
            const std::pair<int, int> p = position(s, next[size_t(s)]);
            if (best < 0 || p < bestPosition) {
                best = s;
                bestPosition = p;
            }
        }
        if (best < 0)
            break;
        const qsizetype i = next[size_t(best)]++;
        last[size_t(best)] = bestPosition;
        Item item;
        item.index = int(i);
        if (best < kRoles) {
            item.role = PersonRole(best);
            item.person = &record.persons(item.role).at(i);
        } else {
            item.field = &record.fields.at(i);
        }
        items.append(item);
    }
    return items;
}

QString plainNameForWriting(const Person &person)
{
    const QString written = person.textForWriting();
    if (written.contains(u'{') || written.contains(u'}') || written.contains(u'\\'))
        return person.displayName();
    return written;
}

QString familyFirstName(const Person &person)
{
    if (person.isLiteral())
        return person.literal;
    const QString written = plainNameForWriting(person);
    if (written == person.raw && person.raw.contains(u','))
        return written;
    const QString display = person.displayName();
    // A "name" with no parts (a lone "." in AU) has no display form: written as it was, not
    // as a blank line that reads back as no name (found by the WoS fuzz target).
    return display.trimmed().isEmpty() ? written : display;
}

Person parseEndNoteName(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.endsWith(u',') && !trimmed.chopped(1).contains(u',')) {
        Person person;
        person.literal = trimmed.chopped(1).trimmed();
        person.raw = text;
        return person;
    }
    return parsePersonName(text);
}

QString endNoteNameText(const Person &person)
{
    if (!person.isLiteral())
        return person.textForWriting().trimmed();
    const QString raw = person.raw.trimmed();
    if (raw.endsWith(u',') && raw.chopped(1).trimmed() == person.literal)
        return raw;
    const Person parsed = parsePersonName(person.literal);
    if (parsed.isLiteral() && parsed.literal == person.literal && !person.literal.endsWith(u','))
        return person.literal;
    return person.literal + u',';
}

QString initialsOf(QStringView given)
{
    QString initials;
    bool atWordStart = true;
    for (QChar c : given) {
        if (c.isSpace() || c == u'-' || c == u'.') {
            atWordStart = true;
            continue;
        }
        if (c == u'(')
            break;   // "Liangli (Lucy)": what follows is a nickname
        if (atWordStart && c.isLetter())
            initials += c.toUpper();
        atWordStart = false;
    }
    return initials;
}

qsizetype lineEndsWhereTheyMeet(QStringView text, QStringView next)
{
    auto isLineEnd = [](QChar c) { return c == u'\n' || c == u'\r'; };
    qsizetype from = text.size();
    while (from > 0 && isLineEnd(text.at(from - 1)))
        --from;
    qsizetype to = 0;
    while (to < next.size() && isLineEnd(next.at(to)))
        ++to;
    // "\r" then "\n" is one line end, also when the "\r" ends one text and the "\n" starts
    // the other: a record whose last line ends in a lone CR, followed by LF, gets no blank
    // line from it.
    QString run = text.sliced(from).toString();
    run += next.first(to);
    qsizetype count = 0;
    for (qsizetype i = 0; i < run.size(); ++i) {
        if (run.at(i) == u'\r' && i + 1 < run.size() && run.at(i + 1) == u'\n')
            ++i;
        ++count;
    }
    return count;
}

void separateRecords(QString &out, LineEnding ending)
{
    if (out.isEmpty())
        return;
    const QStringView newline = lineEndingText(ending);
    while (lineEndsWhereTheyMeet(out, {}) < 2)
        out += newline;
}

namespace {

//! \a record was read right after \a previous from the same text.
bool followsInItsSource(const Record &previous, const Record &record)
{
    return previous.sourceFormat == record.sourceFormat && previous.source.isValid()
            && previous.source.file.constData() == record.source.file.constData()
            && previous.source.end == record.source.gapStart;
}

} // namespace

QString writeRecords(const QList<Record> &records, const QString &formatId,
                     const WriteOptions &options, const GenerateRecord &generate)
{
    QString out;
    QString generated;
    for (int i = 0; i < records.size(); ++i) {
        if (!proceed(options.progress, i, records.size()))
            return QString();   // cancelled: writeBytes() says so
        const Record &record = records.at(i);
        const bool ownSource = record.sourceFormat == formatId && record.source.isValid();
        if (ownSource && i > 0 && !followsInItsSource(records.at(i - 1), record)
            && lineEndsWhereTheyMeet(out, record.source.before()) < 2) {
            // Moved, or after a record from elsewhere: keep it apart from the one before.
            separateRecords(out, options.lineEnding);
        }
        if (ownSource)
            out += record.source.before();
        // An unparsed record is its text: written back as it was, as long as nothing was
        // added to it.
        const bool asRead = record.isPristine()
                || (record.unparsed && record.fields.isEmpty() && record.authors().isEmpty());
        if (ownSource && asRead) {
            out += record.source.text();
        } else {
            if (!ownSource)
                separateRecords(out, options.lineEnding);
            generated.clear();
            generate(record, i, generated);
            appendWithLineEnding(out, generated, options.lineEnding);
        }
        if (ownSource)
            out += record.source.after();
    }
    return out;
}

} // namespace refmend::tagged
