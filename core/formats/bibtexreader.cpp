#include "formats/bibtexreader.h"

#include "formats/bibtexsyntax.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace refmend {

namespace {

using bibtex::BlockKind;
using bibtex::RawBlock;
using bibtex::RawField;
using bibtex::ScanError;

class Parser
{
public:
    Parser(Collection &out, const QString &formatId, ReadProgress *progress)
        : m_out(out), m_formatId(formatId), m_progress(progress) {}
    void parse(const QString &text);

private:
    struct Position {
        int line;
        int column;
    };

    Position position(qsizetype offset);
    void entry(const RawBlock &block, qsizetype end);
    void brokenEntry(qsizetype start, qsizetype end, const ScanError &error);
    void defineStrings(const RawBlock &block);
    QString latexOf(const RawField &field, QList<Diagnostic> &diagnostics, QString &storage);
    const QString &tagFor(QStringView name);
    Diagnostic diagnostic(Severity severity, qsizetype offset, const QString &message);
    qsizetype endOfLine(qsizetype offset) const;

    Collection &m_out;
    const QString &m_formatId;
    ReadProgress *m_progress = nullptr;
    QString m_text;
    bibtex::Macros m_macros;
    qsizetype m_gapStart = 0;
    // Line counting moves forward with the parse.
    qsizetype m_cursor = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
    QHash<QString, QString> m_tags;   // one shared QString per field name
    bibtex::NameCache m_names;
};

Parser::Position Parser::position(qsizetype offset)
{
    if (offset < m_cursor) {
        m_cursor = 0;
        m_line = 1;
        m_lineStart = 0;
    }
    const qsizetype n = m_text.size();
    const QChar *data = m_text.constData();
    offset = qMin(offset, n);
    for (qsizetype i = m_cursor; i < offset; ++i) {
        const QChar c = data[i];
        if (c == u'\n' || (c == u'\r' && (i + 1 >= n || data[i + 1] != u'\n'))) {
            ++m_line;
            m_lineStart = i + 1;
        }
    }
    m_cursor = offset;
    return {m_line, int(offset - m_lineStart) + 1};
}

Diagnostic Parser::diagnostic(Severity severity, qsizetype offset, const QString &message)
{
    const Position at = position(offset);
    Diagnostic d;
    d.severity = severity;
    d.line = at.line;
    d.column = at.column;
    d.message = message;
    return d;
}

const QString &Parser::tagFor(QStringView name)
{
    const QString probe = QString::fromRawData(name.data(), name.size());
    auto it = m_tags.find(probe);
    if (it == m_tags.end()) {
        const QString tag = name.toString();
        it = m_tags.insert(tag, tag);
    }
    return it.value();
}

qsizetype Parser::endOfLine(qsizetype offset) const
{
    // The record's text takes the rest of its last line when that is only white space.
    const qsizetype n = m_text.size();
    qsizetype p = offset;
    while (p < n && (m_text.at(p) == u' ' || m_text.at(p) == u'\t'))
        ++p;
    if (p < n && m_text.at(p) == u'\r')
        return p + 1 < n && m_text.at(p + 1) == u'\n' ? p + 2 : p + 1;
    if (p < n && m_text.at(p) == u'\n')
        return p + 1;
    return p == n ? n : offset;
}

QString Parser::latexOf(const RawField &field, QList<Diagnostic> &diagnostics, QString &storage)
{
    if (field.isLiteral)
        return QString();   // the caller uses field.literal
    QStringList undefined;
    storage = bibtex::expandValue(field.value, m_macros, &undefined);
    for (const QString &name : std::as_const(undefined)) {
        diagnostics.append(diagnostic(Severity::Warning, field.valueOffset,
                                      u"\"%1\" uses the undefined macro \"%2\"; its name is kept as the value"_s
                                      .arg(field.name.toString(), name)));
    }
    return storage;
}

void Parser::defineStrings(const RawBlock &block)
{
    QList<Diagnostic> diagnostics;
    for (const RawField &field : block.fields) {
        QString storage;
        latexOf(field, diagnostics, storage);
        m_macros.define(field.name, field.isLiteral ? field.literal.toString() : storage);
    }
    m_out.diagnostics.append(diagnostics);
}

void Parser::entry(const RawBlock &block, qsizetype end)
{
    Record record;
    record.sourceFormat = m_formatId;
    record.sourceType = tagFor(block.type);
    record.type = bibtex::recordTypeFor(block.type);
    record.line = position(block.start).line;
    QList<Diagnostic> diagnostics;
    for (const ScanError &warning : block.warnings)
        diagnostics.append(diagnostic(Severity::Warning, warning.offset, warning.message));

    if (!block.key.isEmpty()) {
        const Position at = position(block.keyOffset);
        static const QString keyTag(bibtex::kKeyTag);
        Field key;
        key.key = FieldKey::Label;
        key.tag = keyTag;
        key.value = block.key.toString();
        key.line = at.line;
        key.column = at.column;
        record.fields.append(std::move(key));
    }

    QList<QStringView> seen;
    seen.reserve(block.fields.size());
    for (const RawField &field : block.fields) {
        for (QStringView name : std::as_const(seen)) {
            if (name.compare(field.name, Qt::CaseInsensitive) == 0) {
                diagnostics.append(diagnostic(Severity::Warning, field.nameOffset,
                                              u"the field \"%1\" appears twice; both are kept"_s
                                              .arg(field.name.toString())));
                break;
            }
        }
        seen.append(field.name);

        QString storage;
        const QString expanded = latexOf(field, diagnostics, storage);
        const QStringView latex = field.isLiteral ? field.literal : QStringView(expanded);
        const bibtex::FieldMeaning meaning = bibtex::meaningOf(field.name);
        if (meaning.role) {
            PersonList &persons = record.personsRef(*meaning.role);
            for (const bibtex::NameSpan &span : bibtex::splitNames(latex)) {
                Person person = m_names.parse(latex.sliced(span.offset, span.length));
                if (person.isEmpty())
                    continue;
                const Position at = position(field.isLiteral ? field.literalOffset + span.offset
                                                             : field.valueOffset);
                person.line = at.line;
                person.column = at.column;
                persons.append(std::move(person));
            }
            continue;
        }
        const Position at = position(field.isLiteral ? field.literalOffset : field.valueOffset);
        Field out;
        out.key = meaning.key;
        out.tag = tagFor(field.name);
        out.value = bibtex::displayValue(latex, bibtex::isVerbatimField(field.name));
        out.line = at.line;
        out.column = at.column;
        record.fields.append(std::move(out));
    }

    record.setSource(m_text, m_gapStart, block.start, end);
    m_gapStart = end;
    const int recordIndex = int(m_out.records.size());
    m_out.records.append(std::move(record));
    for (Diagnostic &d : diagnostics) {
        d.recordIndex = recordIndex;
        m_out.diagnostics.append(std::move(d));
    }
}

void Parser::brokenEntry(qsizetype start, qsizetype end, const ScanError &error)
{
    Record record;
    record.sourceFormat = m_formatId;
    record.unparsed = true;
    record.line = position(start).line;
    qsizetype typeEnd = start + 1;
    if (bibtex::startsBlock(m_text, start, &typeEnd)) {
        qsizetype typeStart = start + 1;
        while (m_text.at(typeStart) == u' ' || m_text.at(typeStart) == u'\t')
            ++typeStart;
        record.sourceType = m_text.sliced(typeStart, typeEnd - typeStart);
    }
    record.setSource(m_text, m_gapStart, start, end);
    m_gapStart = end;
    Diagnostic d = diagnostic(Severity::Error, error.offset,
                              error.message + u"; the entry is kept as it is, unread"_s);
    d.recordIndex = int(m_out.records.size());
    m_out.records.append(std::move(record));
    m_out.diagnostics.append(std::move(d));
}

void Parser::parse(const QString &text)
{
    m_text = text;
    const qsizetype firstRecord = m_out.records.size();
    const qsizetype n = text.size();
    qsizetype pos = 0;
    while (pos < n) {
        if (!proceed(m_progress, pos, n))
            return;     // cancelled: the result is thrown away
        const qsizetype at = text.indexOf(u'@', pos);
        if (at < 0)
            break;
        if (bibtex::isCommentedOut(text, at)) {
            pos = at + 1;   // "%@article{...": commented out, as biber and JabRef read it
            continue;
        }
        qsizetype typeEnd = at;
        const std::optional<BlockKind> kind = bibtex::startsBlock(text, at, &typeEnd);
        if (!kind) {
            // Text between entries is a comment in BibTeX; an '@' there only matters when it
            // looks like an entry that lost its brace.
            const bool lineStart = at == 0 || text.at(at - 1) == u'\n' || text.at(at - 1) == u'\r';
            if (lineStart && at + 1 < n && text.at(at + 1).isLetter() && typeEnd > at + 1) {
                const QStringView type = QStringView(text).sliced(at + 1, typeEnd - at - 1);
                if (type.compare(u"comment"_s, Qt::CaseInsensitive) != 0) {
                    m_out.diagnostics.append(diagnostic(
                            Severity::Warning, at,
                            u"\"@%1\" is not followed by '{' or '('; kept as text between entries"_s
                            .arg(type.toString())));
                }
            }
            pos = at + 1;
            continue;
        }

        ScanError error;
        const RawBlock block = bibtex::scanBlock(text, at, &error);
        if (error.isError()) {
            if (*kind == BlockKind::Comment) {
                pos = at + 1;   // an @comment that never closes is only text
                continue;
            }
            const qsizetype resume = bibtex::nextAtLine(text, at);
            if (*kind == BlockKind::Entry) {
                brokenEntry(at, resume, error);
            } else {
                m_out.diagnostics.append(diagnostic(
                        Severity::Error, error.offset,
                        u"@%1 could not be read: %2; kept as text between entries"_s
                        .arg(block.type.toString(), error.message)));
            }
            pos = resume;
            continue;
        }

        switch (block.kind) {
        case BlockKind::String:
            defineStrings(block);
            pos = block.bodyEnd;
            break;
        case BlockKind::Preamble:
        case BlockKind::Comment:
            pos = block.bodyEnd;
            break;
        case BlockKind::Entry: {
            const qsizetype end = endOfLine(block.bodyEnd);
            entry(block, end);
            pos = end;
            break;
        }
        }
    }
    if (m_out.records.size() > firstRecord)
        m_out.records.last().source.tailEnd = n;
}

bool isBlankOrComment(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    return trimmed.isEmpty() || trimmed.startsWith(u'%');
}

} // namespace

BibTeXReader::BibTeXReader(const QString &formatId) : m_formatId(formatId) {}

void BibTeXReader::read(const QString &text, Collection &out) const
{
    Parser parser(out, m_formatId, progress());
    parser.parse(text);
}

int sniffBibTeX(QStringView head)
{
    if (head.startsWith(QChar(0xFEFF)))
        head = head.sliced(1);
    bool otherTextFirst = false;
    int entries = 0;
    qsizetype start = 0;
    while (start < head.size()) {
        qsizetype end = start;
        while (end < head.size() && head.at(end) != u'\n' && head.at(end) != u'\r')
            ++end;
        const QStringView line = head.sliced(start, end - start);
        start = end + 1;
        if (isBlankOrComment(line))
            continue;
        const QStringView trimmed = line.trimmed();
        // The '{' may be on the next line, so look at the head from here.
        const qsizetype at = trimmed.startsWith(u'@') ? (trimmed.data() - head.data()) : -1;
        if (at >= 0 && bibtex::startsBlock(head, at)) {
            if (!otherTextFirst)
                return 95;
            if (++entries >= 2)
                return 70;
        } else {
            otherTextFirst = true;
        }
    }
    return entries > 0 ? 60 : 0;
}

QList<Record> resolveCrossrefs(const QList<Record> &records)
{
    QHash<QString, int> byKey;
    for (int i = 0; i < records.size(); ++i) {
        const QString key = records.at(i).value(FieldKey::Label).toLower();
        if (!key.isEmpty() && !byKey.contains(key))
            byKey.insert(key, i);
    }
    auto parentKeys = [](const Record &record) {
        QStringList keys;
        for (const Field &field : record.fields) {
            if (field.key != FieldKey::Other)
                continue;
            if (field.tag.compare(u"crossref"_s, Qt::CaseInsensitive) == 0) {
                keys.append(field.value.trimmed().toLower());
            } else if (field.tag.compare(u"xdata"_s, Qt::CaseInsensitive) == 0) {
                for (const QString &key : field.value.split(u',', Qt::SkipEmptyParts))
                    keys.append(key.trimmed().toLower());
            }
        }
        return keys;
    };
    auto isLink = [](const Field &field) {
        return field.key == FieldKey::Label
                || (field.key == FieldKey::Other
                    && (field.tag.compare(u"crossref"_s, Qt::CaseInsensitive) == 0
                        || field.tag.compare(u"xdata"_s, Qt::CaseInsensitive) == 0));
    };
    auto hasField = [](const Record &record, const Field &field) {
        for (const Field &own : record.fields) {
            if (own.key != field.key)
                continue;
            if (field.key != FieldKey::Other || own.tag.compare(field.tag, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };

    QList<Record> resolved = records;
    for (Record &child : resolved) {
        QStringList pending = parentKeys(child);
        QSet<int> visited;
        const bool inType = child.type == RecordType::Chapter
                || child.type == RecordType::ConferencePaper;
        // Breadth first through parents and their parents; a cycle or a chain deeper than
        // any real file stops.
        for (int step = 0; step < pending.size() && step < 32; ++step) {
            const int index = byKey.value(pending.at(step), -1);
            if (index < 0 || visited.contains(index))
                continue;
            visited.insert(index);
            const Record &parent = records.at(index);
            for (const Field &field : parent.fields) {
                if (isLink(field))
                    continue;
                if (field.key == FieldKey::Title && inType) {
                    if (!child.has(FieldKey::ContainerTitle)) {
                        Field container = field;
                        container.key = FieldKey::ContainerTitle;
                        container.tag = u"booktitle"_s;
                        child.fields.append(container);
                    }
                    continue;
                }
                if (!hasField(child, field))
                    child.fields.append(field);
            }
            for (int role = 0; role < int(PersonRole::Count); ++role) {
                if (child.persons(PersonRole(role)).isEmpty())
                    child.setPersons(PersonRole(role), parent.persons(PersonRole(role)));
            }
            pending.append(parentKeys(parent));
        }
    }
    return resolved;
}

} // namespace refmend
